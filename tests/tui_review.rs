//! The review screens: the session list with its filter line, the read-only
//! detail, tellen en vertellen, and the knelpunten register that writes back
//! into the session files. Keys go through the real keymap and `update`;
//! effects go through the real `Runner`, on copies of the fixture folders.
//!
//! Snapshots: `INSTA_UPDATE=always cargo test --test tui_review`, then read
//! the `.snap` files as a team lead looking back on a quarter would.

mod common;
mod review_fixtures;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::Runner;
use casus::tui::action::{Action, Effect};
use casus::tui::app::{App, Screen};
use casus::tui::keymap::Context;
use casus::tui::screens::review::Page;

use common::*;
use review_fixtures as fx;
use review_fixtures::{S0, S1, S2, S4};

/// Review over the fixture folders Noord, Zuid and Kapot, read-only.
fn fixtures(lang: Lang) -> (App, Runner, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let dirs = ["noord", "zuid", "kapot"].map(fx::data_dir).to_vec();
    let (app, runner) = review_over(lang, dirs, data.path());
    (app, runner, data)
}

// ---------------------------------------------------------------- loading and the list

#[test]
fn review_shows_a_loading_frame_before_it_reads_the_folders() {
    let data = tempfile::tempdir().unwrap();
    let runner =
        Runner::new(data.path(), Lang::Nl)
            .unwrap()
            .with_cache(casus::review::index::Cache::Dir(
                data.path().join("index-cache"),
            ));
    let mut app = app(Lang::Nl);
    app.review_dirs = vec![fx::data_dir("noord")];
    let mut frames = Vec::new();
    casus::tui::step_drawing(&mut app, &runner, Action::OpenReview, &mut |app| {
        frames.push(render(app, 80, 24));
    });
    assert!(frames[0].contains("Sessies laden…"), "{}", frames[0]);
    assert_eq!(listed_ids(&app).len(), 4, "noord holds four sessions");
}

#[test]
fn the_list_is_newest_first_each_id_once_and_counts_the_unreadable_file() {
    let (app, _runner, _data) = fixtures(Lang::Nl);
    let ids = listed_ids(&app);
    assert_eq!(ids.len(), 6, "S0..S5, S2 once although two folders hold it");
    assert_eq!(ids[0], S4);
    assert_eq!(ids[5], S0);
    assert_eq!(review(&app).loaded.as_ref().unwrap().problems.len(), 1);
    assert!(render(&app, 80, 24).contains("Onleesbaar: 1 bestand · 1 melding ·"));
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
    review_filter(&mut app, "theme:mandaat");
    assert_eq!(listed_ids(&app), [S4, S2, S1, S0]);
    assert_eq!(
        app.context(),
        Context::ReviewList,
        "Enter leaves the filter line"
    );
    press(&mut app, ch('/'));
    type_text(&mut app, " group:noord");
    assert_eq!(listed_ids(&app).len(), 4, "typing alone does not apply");
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(listed_ids(&app), [S2, S1, S0]);
}

#[test]
fn a_bad_filter_is_explained_in_the_status_bar_and_the_line_stays_open() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    review_filter(&mut app, "foo:bar");
    let status = app.status.clone().expect("a message");
    assert!(status.error);
    assert!(status.text.contains("foo"), "{}", status.text);
    assert_eq!(app.context(), Context::ReviewFilter);
    assert_eq!(listed_ids(&app).len(), 6, "the old filter still holds");
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
    review_filter(&mut app, "group:noord");
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
    use casus::tui::keymap::{Keymap, bindings};
    let keymap = Keymap::default();
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
                keymap.action_for(context, ctrl('c')),
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
    review_filter(&mut app, "group:noord");
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
    review_filter(&mut app, "group:noord");
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
