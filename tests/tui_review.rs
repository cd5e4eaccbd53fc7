//! The review screens: the session list with its filter line, the read-only
//! detail, tellen en vertellen, and the knelpunten register that writes back
//! into the session files. Keys go through the real keymap and `update`;
//! effects go through the real `Runner`, on copies of the fixture folders.
//!
//! Snapshots: `INSTA_UPDATE=always cargo test --test tui_review`, then read
//! the `.snap` files as a team lead looking back on a quarter would.

mod common;
mod review_fixtures;

use std::path::PathBuf;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{BottleneckStatus, Session};
use casus::review::index::Cache;
use casus::store::read_session;
use casus::tui::Runner;
use casus::tui::action::{Action, Effect};
use casus::tui::app::{App, Screen};
use casus::tui::keymap::Context;
use casus::tui::screens::review::{Page, Review};

use common::*;
use review_fixtures as fx;

const S0: &str = "20250820-120000-aaaaaa";
const S1: &str = "20260115-120000-bbbbbb";
const S2: &str = "20260220-120000-cccccc";
const S4: &str = "20260505-120000-eeeeee";

/// An app on the review list over `dirs`, opened with `r` from home and
/// loaded by a runner writing to `data` (exports go there; the review index
/// in `data/index-cache`, not in the user's cache folder).
fn review_over(lang: Lang, dirs: Vec<PathBuf>, data: &std::path::Path) -> (App, Runner) {
    let mut app = app(lang);
    app.review_dirs = dirs.clone();
    let runner = Runner::new(data, lang)
        .expect("a runner")
        .with_cache(Cache::Dir(data.join("index-cache")));
    let effects = press(&mut app, ch('r'));
    assert_eq!(effects, vec![Effect::LoadReview(dirs)]);
    run(&mut app, &runner, effects);
    assert_eq!(app.context(), Context::ReviewList);
    (app, runner)
}

/// Review over the fixture folders Noord, Zuid and Kapot, read-only.
fn fixtures(lang: Lang) -> (App, Runner, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let dirs = ["noord", "zuid", "kapot"].map(fx::data_dir).to_vec();
    let (app, runner) = review_over(lang, dirs, data.path());
    (app, runner, data)
}

fn review(app: &App) -> &Review {
    match &app.screen {
        Screen::Review(r) => r,
        other => panic!("expected review, got {}", screen_name(other)),
    }
}

/// The ids of the sessions in the list, top to bottom.
fn listed(app: &App) -> Vec<String> {
    review(app)
        .sessions()
        .iter()
        .map(|s| s.id.clone())
        .collect()
}

fn filter(app: &mut App, text: &str) {
    press(app, ch('/'));
    assert_eq!(app.context(), Context::ReviewFilter);
    type_text(app, text);
    press_code(app, KeyCode::Enter);
}

// ---------------------------------------------------------------- loading and the list

#[test]
fn review_shows_a_loading_frame_before_it_reads_the_folders() {
    let data = tempfile::tempdir().unwrap();
    let runner = Runner::new(data.path(), Lang::Nl).unwrap();
    let mut app = app(Lang::Nl);
    app.review_dirs = vec![fx::data_dir("noord")];
    let mut frames = Vec::new();
    casus::tui::step_drawing(&mut app, &runner, Action::OpenReview, &mut |app| {
        frames.push(render(app, 80, 24));
    });
    assert!(frames[0].contains("Sessies laden…"), "{}", frames[0]);
    assert_eq!(listed(&app).len(), 4, "noord holds four sessions");
}

#[test]
fn the_list_is_newest_first_each_id_once_and_counts_the_unreadable_file() {
    let (app, _runner, _data) = fixtures(Lang::Nl);
    let ids = listed(&app);
    assert_eq!(ids.len(), 6, "S0..S5, S2 once although two folders hold it");
    assert_eq!(ids[0], S4);
    assert_eq!(ids[5], S0);
    assert_eq!(review(&app).loaded.as_ref().unwrap().problems.len(), 1);
    assert!(render(&app, 80, 24).contains("Niet gelezen: 1 bestand(en)"));
}

#[test]
fn u_shows_the_unreadable_file_with_its_position() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    press(&mut app, ch('u'));
    let screen = render(&app, 120, 40);
    assert!(screen.contains("20260304-120000-gggggg.ron:"), "{screen}");
    assert!(screen.contains("staat in twee mappen"), "{screen}");
}

#[test]
fn slash_then_enter_applies_the_filter_and_tokens_combine() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    filter(&mut app, "theme:mandaat");
    assert_eq!(listed(&app), [S4, S2, S1, S0]);
    assert_eq!(
        app.context(),
        Context::ReviewList,
        "Enter leaves the filter line"
    );
    press(&mut app, ch('/'));
    type_text(&mut app, " group:noord");
    assert_eq!(listed(&app).len(), 4, "typing alone does not apply");
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(listed(&app), [S2, S1, S0]);
}

#[test]
fn a_bad_filter_is_explained_in_the_status_bar_and_the_line_stays_open() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    filter(&mut app, "foo:bar");
    let status = app.status.clone().expect("a message");
    assert!(status.error);
    assert!(status.text.contains("foo"), "{}", status.text);
    assert_eq!(app.context(), Context::ReviewFilter);
    assert_eq!(listed(&app).len(), 6, "the old filter still holds");
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::ReviewList);
    assert_eq!(
        review(&app).filter_line.value(),
        "foo:bar",
        "Esc keeps the text"
    );
}

#[test]
fn e_exports_the_filtered_set_as_markdown_into_the_first_data_folder() {
    let (mut app, runner, data) = fixtures(Lang::Nl);
    filter(&mut app, "group:noord");
    let effects = press(&mut app, ch('e'));
    let Some(Effect::ExportSet {
        sessions, filter, ..
    }) = effects.first()
    else {
        panic!("expected an export, got {effects:?}");
    };
    assert_eq!(sessions.len(), 3);
    assert_eq!(filter, "group:noord");
    run(&mut app, &runner, effects);
    let written: Vec<_> = std::fs::read_dir(data.path().join("exports"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1);
    let report = std::fs::read_to_string(&written[0]).unwrap();
    assert!(report.contains("`group:noord`"), "{report}");
    assert!(app.status.unwrap().text.contains("tellen-en-vertellen-"));
}

#[test]
fn esc_on_the_list_goes_home_and_q_quits() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    assert_eq!(press(&mut app, ch('q')), vec![Effect::Quit]);
    press_code(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home));
}

#[test]
fn review_is_also_the_last_row_of_the_home_screen() {
    let mut app = app(Lang::Nl);
    app.review_dirs = vec![fx::data_dir("zuid")];
    press(&mut app, ch('j'));
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::LoadReview(app.review_dirs.clone())]);
    assert!(matches!(app.screen, Screen::Review(_)));
}

#[test]
fn in_the_filter_line_letters_are_text_and_a_paste_is_one_line() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    press(&mut app, ch('/'));
    type_text(&mut app, "qck");
    assert!(press(&mut app, ch('q')).is_empty(), "q is a letter here");
    act(&mut app, Action::Paste(" group:\"team\nnoord\"".into()));
    assert_eq!(review(&app).filter_line.value(), "qckq group:\"teamnoord\"");
    assert_eq!(
        press(&mut app, ctrl('c')),
        vec![Effect::Quit],
        "Ctrl-C still quits"
    );
}

#[test]
fn every_review_screen_quits_on_ctrl_c_and_lists_its_keys_in_the_help() {
    use casus::tui::keymap::{action_for, bindings};
    for context in [
        Context::ReviewList,
        Context::ReviewFilter,
        Context::ReviewDetail,
        Context::ReviewChart,
        Context::ReviewStories,
        Context::ReviewRegister,
        Context::ReviewOwner,
    ] {
        assert!(
            matches!(
                action_for(context, ctrl('c')),
                Some(Action::Command(casus::tui::action::Command::Quit))
            ),
            "{context:?}"
        );
        assert!(bindings(context).len() >= 4, "{context:?}");
    }
}

// ---------------------------------------------------------------- detail

#[test]
fn enter_opens_the_whole_session_and_esc_returns_to_the_list() {
    let (mut app, runner, data) = fixtures(Lang::Nl);
    filter(&mut app, "group:noord");
    press_code(&mut app, KeyCode::Down);
    press_run(&mut app, &runner, KeyCode::Enter);
    assert_eq!(app.context(), Context::ReviewDetail);
    let screen = render(&app, 120, 40);
    for text in [
        "De inbrenger twijfelde",
        "We bellen de ouders nog dezelfde dag.",
        "[Groot mandaat voor de professional]",
        "Reflectie (AB): De school wist meer dan wij.",
        "Geen gedeeld dossier met school",
        "De ouders belden zelf terug.",
        "Afspraak met de school over signalen",
    ] {
        assert!(screen.contains(text), "{text} in\n{screen}");
    }
    let effects = press(&mut app, ch('e'));
    assert!(matches!(&effects[..], [Effect::ExportMarkdown(s)] if s.id == S1));
    run(&mut app, &runner, effects);
    assert!(data.path().join(format!("exports/{S1}.md")).exists());
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::ReviewList);
}

#[test]
fn scrolling_the_detail_stops_at_its_end() {
    let (mut app, runner, _data) = fixtures(Lang::Nl);
    filter(&mut app, "group:noord");
    press_code(&mut app, KeyCode::Down);
    press_run(&mut app, &runner, KeyCode::Enter);
    // The event loop draws after every key; draw records where the text ends.
    let mut screen = render(&app, 80, 24);
    for _ in 0..50 {
        press(&mut app, ch('j'));
        screen = render(&app, 80, 24);
    }
    let Page::Detail(detail) = &review(&app).page else {
        panic!("detail")
    };
    let end = detail.scroll;
    assert!(end > 0 && end < 50, "stopped at {end}");
    assert!(
        screen.contains("Casus terugbrengen over drie maanden"),
        "{screen}"
    );
    press(&mut app, ch('k'));
    let Page::Detail(detail) = &review(&app).page else {
        panic!("detail")
    };
    assert_eq!(detail.scroll, end - 3, "one step up is one step");
}

// ---------------------------------------------------------------- tellen en vertellen

#[test]
fn the_chart_counts_decision_points_per_theme_most_first() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    press(&mut app, ch('c'));
    assert_eq!(app.context(), Context::ReviewChart);
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    let counts: Vec<(&str, usize)> = chart
        .stats
        .themes()
        .map(|(_, t)| (t.id.as_str(), t.count))
        .collect();
    // S5 (Kapot) adds a sterke-eerste-lijn tag to S2's two and S4's one.
    assert_eq!(
        counts,
        [
            ("sterke-eerste-lijn", 4),
            ("mandaat", 4),
            ("eerste-lijn-dichtbij", 3),
            ("normatief", 1),
            ("persoonlijk", 1),
        ]
    );
}

#[test]
fn choosing_a_theme_shows_every_decision_and_reflection_behind_its_number() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    press(&mut app, ch('c'));
    press_code(&mut app, KeyCode::Down); // mandaat
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::ReviewStories);
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    assert_eq!(chart.current().unwrap().id, "mandaat");
    let sessions: Vec<&str> = chart
        .stories
        .iter()
        .map(|s| s.session_id.as_str())
        .collect();
    // S4: a decision; S2: decision and EF's reflection; S1: decision and two reflections; S0: a decision.
    assert_eq!(sessions, [S4, S2, S2, S1, S1, S1, S0]);
    let screen = render(&app, 80, 24);
    assert!(
        screen.contains("Groot mandaat voor de professional: 4 beslismomenten, 7 verhalen"),
        "{screen}"
    );
    assert!(
        screen.contains("Reflectie (EF): Mandaat voelt spannend."),
        "{screen}"
    );
    press_code(&mut app, KeyCode::Right);
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    assert_eq!(chart.current().unwrap().id, "eerste-lijn-dichtbij");
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::ReviewChart);
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::ReviewList);
}

#[test]
fn the_chart_follows_the_filter() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    filter(&mut app, "group:zuid");
    press(&mut app, ch('c'));
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    assert_eq!(chart.stats.sessions, 1);
    assert_eq!(chart.stats.theme("eigenwijs/mandaat").unwrap().count, 1);
}

// ---------------------------------------------------------------- knelpunten register

/// Review over copies of Noord and Zuid, on the register.
fn register_on_copies() -> (App, Runner, tempfile::TempDir, Vec<PathBuf>) {
    let (tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let (mut app, runner) = review_over(Lang::Nl, dirs.clone(), &dirs[0]);
    press(&mut app, ch('k'));
    assert_eq!(app.context(), Context::ReviewRegister);
    (app, runner, tmp, dirs)
}

fn rows(app: &App) -> Vec<(String, BottleneckStatus, Option<String>)> {
    let Page::Register(reg) = &review(app).page else {
        panic!("register")
    };
    reg.rows
        .iter()
        .map(|r| (r.text.clone(), r.status, r.owner.clone()))
        .collect()
}

fn file(dir: &std::path::Path, id: &str) -> PathBuf {
    dir.join("sessions").join(format!("{id}.ron"))
}

/// Every file under the copies, with its bytes.
fn snapshot_files(dirs: &[PathBuf]) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(dir.join("sessions")).unwrap() {
            let path = entry.unwrap().path();
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn the_register_lists_every_bottleneck_newest_session_first() {
    let (app, _runner, _tmp, _dirs) = register_on_copies();
    use BottleneckStatus::*;
    assert_eq!(
        rows(&app),
        [
            (
                "Geen budget voor overbrugging".into(),
                Resolved,
                Some("Wethouder".into())
            ),
            ("Wachtlijst jeugd-ggz".into(), Raised, Some("Regio".into())),
            (
                "Geen gedeeld dossier met school".into(),
                Raised,
                Some("Gemeente".into())
            ),
            ("Wachttijd specialistische ggz".into(), Open, None),
        ]
    );
}

#[test]
fn s_cycles_the_status_and_persists_it_to_that_file_and_nothing_else() {
    let (mut app, runner, _tmp, dirs) = register_on_copies();
    let path = file(&dirs[0], S1);
    let before: Session = read_session(&path).unwrap();
    let untouched: Vec<_> = snapshot_files(&dirs)
        .into_iter()
        .filter(|(p, _)| *p != path)
        .collect();
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down); // Geen gedeeld dossier met school (S1, raised)
    let effects = press(&mut app, ch('s'));
    assert_eq!(
        effects,
        vec![Effect::UpdateBottleneck {
            path: path.clone(),
            session_id: S1.into(),
            index: 0,
            status: BottleneckStatus::Resolved,
            owner: Some("Gemeente".into()),
        }]
    );
    run(&mut app, &runner, effects);

    let mut expected = before.clone();
    expected.bottlenecks[0].status = BottleneckStatus::Resolved;
    assert_eq!(
        read_session(&path).unwrap(),
        expected,
        "only that status changed"
    );
    let others: Vec<_> = snapshot_files(&dirs)
        .into_iter()
        .filter(|(p, _)| *p != path)
        .collect();
    assert_eq!(others, untouched, "no other file changed");
    assert_eq!(
        rows(&app)[2].1,
        BottleneckStatus::Resolved,
        "the row shows it"
    );
    assert!(app.status.clone().unwrap().text.contains("opgelost"));
}

#[test]
fn a_session_in_two_folders_is_updated_in_the_copy_that_was_read() {
    let (mut app, runner, _tmp, dirs) = register_on_copies();
    let old_copy = std::fs::read(file(&dirs[0], S2)).unwrap();
    press_code(&mut app, KeyCode::Down); // Wachtlijst jeugd-ggz, read from Zuid (newer)
    let effects = press(&mut app, ch('s'));
    run(&mut app, &runner, effects);
    let zuid = read_session(&file(&dirs[1], S2)).unwrap();
    assert_eq!(zuid.bottlenecks[0].status, BottleneckStatus::Resolved);
    assert_eq!(std::fs::read(file(&dirs[0], S2)).unwrap(), old_copy);
}

#[test]
fn the_status_goes_round_open_raised_resolved() {
    let (mut app, runner, _tmp, _dirs) = register_on_copies();
    for _ in 0..3 {
        press_code(&mut app, KeyCode::Down);
    }
    let mut seen = Vec::new();
    for _ in 0..3 {
        let effects = press(&mut app, ch('s'));
        run(&mut app, &runner, effects);
        seen.push(rows(&app)[3].1);
    }
    use BottleneckStatus::*;
    assert_eq!(seen, [Raised, Resolved, Open]);
}

#[test]
fn the_owner_is_saved_a_bsn_is_refused_and_other_personal_data_warned_once() {
    let (mut app, runner, _tmp, dirs) = register_on_copies();
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down); // Wachttijd specialistische ggz, no owner
    press(&mut app, ch('o'));
    assert_eq!(app.context(), Context::ReviewOwner);

    type_text(&mut app, "BSN 111222333");
    assert!(
        press_code(&mut app, KeyCode::Enter).is_empty(),
        "a BSN is never saved"
    );
    assert!(app.status.clone().unwrap().error);
    assert_eq!(
        app.context(),
        Context::ReviewOwner,
        "the text stays to be fixed"
    );

    press(&mut app, ctrl('u'));
    type_text(&mut app, "Wethouder 06-12345678");
    assert!(
        press_code(&mut app, KeyCode::Enter).is_empty(),
        "first a warning"
    );
    assert!(app.status.clone().unwrap().text.contains("telefoonnummer"));
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(effects.len(), 1, "the second time it is saved");
    run(&mut app, &runner, effects);

    press(&mut app, ch('o'));
    press(&mut app, ctrl('u'));
    type_text(&mut app, "Wethouder zorg");
    let effects = press_code(&mut app, KeyCode::Esc);
    run(&mut app, &runner, effects);
    let saved = read_session(&file(&dirs[0], S1)).unwrap();
    assert_eq!(
        saved.bottlenecks[1].owner.as_deref(),
        Some("Wethouder zorg")
    );
    assert_eq!(rows(&app)[3].2.as_deref(), Some("Wethouder zorg"));
}

#[test]
fn a_session_open_in_another_casus_is_not_written() {
    let (mut app, runner, _tmp, dirs) = register_on_copies();
    let store = casus::store::Store::existing(&dirs[0]);
    let _held = store.lock(S1).expect("the other casus holds the session");
    let path = file(&dirs[0], S1);
    let before = std::fs::read(&path).unwrap();
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down);
    let effects = press(&mut app, ch('s'));
    run(&mut app, &runner, effects);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let status = app.status.clone().unwrap();
    assert!(status.error && status.text.contains(S1), "{}", status.text);
    assert_eq!(
        rows(&app)[2].1,
        BottleneckStatus::Raised,
        "the row is unchanged"
    );
}

#[test]
fn ctrl_c_while_typing_an_owner_saves_it_before_leaving() {
    let (mut app, runner, _tmp, dirs) = register_on_copies();
    press(&mut app, ch('o'));
    press(&mut app, ctrl('u'));
    type_text(&mut app, "Gemeente Zuid");
    let effects = press(&mut app, ctrl('c'));
    assert!(matches!(effects.last(), Some(Effect::Quit)), "{effects:?}");
    run(&mut app, &runner, effects);
    let saved = read_session(&file(&dirs[1], S4)).unwrap();
    assert_eq!(saved.bottlenecks[0].owner.as_deref(), Some("Gemeente Zuid"));
}

#[test]
fn enter_on_a_bottleneck_opens_its_session_and_esc_returns_to_the_register() {
    let (mut app, runner, _tmp, _dirs) = register_on_copies();
    press_run(&mut app, &runner, KeyCode::Enter);
    assert_eq!(app.context(), Context::ReviewDetail);
    assert!(render(&app, 80, 24).contains("Team Zuid"));
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::ReviewRegister);
}

#[test]
fn the_register_follows_the_knelpunt_token() {
    let (mut app, _runner, _tmp, _dirs) = register_on_copies();
    filter(&mut app, "knelpunt:open");
    let texts: Vec<String> = rows(&app).into_iter().map(|r| r.0).collect();
    assert_eq!(texts, ["Wachttijd specialistische ggz"]);
}

// ---------------------------------------------------------------- snapshots

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Snapshots at both sizes as `<lang>_<name>_<w>x<h>`; the app is told the
/// size first, as the event loop would, so scrolling stops where it shows.
fn snap(app: &mut App, name: &str) {
    for (w, h) in SIZES {
        act(app, Action::Resize(w, h));
        let lang = app.lang.code();
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
    }
}

fn screens(lang: Lang) {
    let (mut app, runner, _data) = fixtures(lang);
    snap(&mut app, "review_list");
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down); // S1, the fullest session
    press_run(&mut app, &runner, KeyCode::Enter);
    snap(&mut app, "review_detail");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('c'));
    press_code(&mut app, KeyCode::Down); // mandaat
    snap(&mut app, "review_chart");
    press_code(&mut app, KeyCode::Enter);
    snap(&mut app, "review_stories");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('k'));
    snap(&mut app, "review_register");
}

#[test]
fn snapshots_in_dutch() {
    screens(Lang::Nl);
}

#[test]
fn snapshots_in_english() {
    screens(Lang::En);
}

#[test]
fn snapshots_of_the_states_between() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    press(&mut app, ch('/'));
    type_text(&mut app, "theme:mandaat group:");
    press_code(&mut app, KeyCode::Enter);
    snap(&mut app, "review_filter_error");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('?'));
    snap(&mut app, "review_help");
    press(&mut app, ch('?'));
    press(&mut app, ch('k'));
    press(&mut app, ch('o'));
    type_text(&mut app, " 06-12345678");
    press_code(&mut app, KeyCode::Enter);
    snap(&mut app, "review_owner_warning");

    let mut loading = common::app(Lang::Nl);
    loading.review_dirs = vec![fx::data_dir("noord")];
    press(&mut loading, ch('r'));
    snap(&mut loading, "review_loading");
}
