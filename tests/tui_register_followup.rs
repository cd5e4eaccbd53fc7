//! The register as a working list (issue 13): every follow-up field on
//! screen, the actions on their own tab, edits of the due date, the answer,
//! the level and links, each written into exactly the file the item came
//! from. Keys go through the real keymap and `update`, effects through the
//! real `Runner`, on copies of the fixture folders; snapshots at 80×24,
//! 120×40 and 200×60 in Dutch and English.
//!
//! Update with `INSTA_UPDATE=always cargo test --test tui_register_followup`,
//! then read the `.snap` files as a facilitator would.

mod common;
mod register_followup;
mod review_fixtures;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::Level;
use casus::review::{BottleneckChange, ItemChange};
use casus::store::read_session;
use casus::tui::action::Effect;
use casus::tui::app::App;
use casus::tui::keymap::Context;

use common::*;
use register_followup::{all_files, file, reg, working_list};
use review_fixtures::{S1, S2};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];
const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

fn snap(app: &App, name: &str) {
    let lang = app.lang.code();
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
    }
}

// ---------------------------------------------------------------- what shows

#[test]
fn a_linked_knelpunt_stands_beside_its_twin_as_one_signal_of_two_sessions() {
    let (app, _runner, _tmp, _dirs) = working_list(Lang::Nl);
    let rows = &reg(&app).rows;
    let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Geen gedeeld dossier met school",
            "Wachtlijst jeugd-ggz",
            "Wachttijd specialistische ggz",
            "Geen budget voor overbrugging",
        ],
        "the signal's two knelpunten together, oldest first"
    );
    assert_eq!(rows[0].signal, rows[1].signal);
    assert_eq!(rows[0].signal_sessions, [S1, S2]);
    assert_eq!(rows[1].signal_sessions, [S1, S2]);
    assert_eq!(rows[2].signal_sessions, [S1]);
    let signals = casus::review::signals(rows);
    assert_eq!(signals.len(), 3);
    assert_eq!(signals[0].rows, [0, 1]);
    // 2026-01-15 to 2026-11-23: open, so flagged; the resolved one is not.
    assert_eq!((rows[0].age, rows[0].stale), (312, true));
    assert!(!rows[3].stale);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("signaal uit 2 sessies"), "{screen}");
    assert!(screen.contains("gemeente"), "{screen}");
    assert!(screen.contains("uiterlijk 2027-01-15"), "{screen}");
    assert!(screen.contains("antwoord: De gemeente kijkt"), "{screen}");
    assert!(screen.contains("312 d ⚠ lang open"), "{screen}");
}

#[test]
fn snapshots_of_the_working_list() {
    for lang in LANGS {
        let (mut app, _runner, _tmp, _dirs) = working_list(lang);
        snap(&app, "register_working_list");
        press(&mut app, ch('m'));
        press_code(&mut app, KeyCode::Down);
        snap(&app, "register_marked");
        press_code(&mut app, KeyCode::Tab);
        assert_eq!(app.context(), Context::ReviewActions);
        snap(&app, "register_actions");
        press(&mut app, ch('d'));
        type_text(&mut app, " morgen");
        press_code(&mut app, KeyCode::Enter);
        snap(&app, "register_bad_due");
    }
}

// ---------------------------------------------------------------- edits

#[test]
fn a_dutch_due_date_is_saved_into_that_file_only() {
    let (mut app, runner, _tmp, dirs) = working_list(Lang::Nl);
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down); // Wachttijd specialistische ggz (S1, k-2)
    let path = file(&dirs[0], S1);
    let before = read_session(&path).unwrap();
    let untouched: Vec<_> = all_files(&dirs)
        .into_iter()
        .filter(|(p, _)| *p != path)
        .collect();
    press(&mut app, ch('d'));
    assert_eq!(app.context(), Context::ReviewOwner);
    type_text(&mut app, "1-2-2027");
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::UpdateItem {
            path: path.clone(),
            session_id: S1.into(),
            item: "k-2".into(),
            text: "Wachttijd specialistische ggz".into(),
            change: ItemChange::Bottleneck(BottleneckChange::Due(Some(
                "2027-02-01".parse().unwrap()
            ))),
        }]
    );
    run(&mut app, &runner, effects);
    let mut expected = before;
    expected.bottlenecks[1].due = Some("2027-02-01".parse().unwrap());
    assert_eq!(read_session(&path).unwrap(), expected, "only the due date");
    let others: Vec<_> = all_files(&dirs)
        .into_iter()
        .filter(|(p, _)| *p != path)
        .collect();
    assert_eq!(others, untouched, "no other file changed");
    assert!(render(&app, 120, 40).contains("uiterlijk 2027-02-01"));
}

#[test]
fn a_date_that_is_no_date_is_named_and_the_field_stays_open() {
    let (mut app, _runner, _tmp, _dirs) = working_list(Lang::Nl);
    press(&mut app, ch('d'));
    press(&mut app, ctrl('u'));
    type_text(&mut app, "31-2-2027");
    assert!(press_code(&mut app, KeyCode::Enter).is_empty());
    let (text, error) = status(&app);
    assert!(error && text.contains("31-2-2027 is geen datum"), "{text}");
    assert_eq!(app.context(), Context::ReviewOwner, "to be fixed at once");
    // Emptying it clears the date.
    press(&mut app, ctrl('u'));
    let effects = press_code(&mut app, KeyCode::Enter);
    assert!(matches!(
        &effects[..],
        [Effect::UpdateItem {
            change: ItemChange::Bottleneck(BottleneckChange::Due(None)),
            ..
        }]
    ));
}

#[test]
fn the_answer_is_scanned_a_bsn_refused_and_a_phone_number_warned_once() {
    let (mut app, runner, _tmp, dirs) = working_list(Lang::En);
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down); // Wachttijd specialistische ggz (S1, k-2)
    press(&mut app, ch('a'));
    type_text(&mut app, "Bel 111222333");
    assert!(press_code(&mut app, KeyCode::Enter).is_empty());
    let (text, error) = status(&app);
    assert!(error && text.contains("BSN"), "{text}");
    press(&mut app, ctrl('u'));
    type_text(&mut app, "Call 06-12345678");
    assert!(
        press_code(&mut app, KeyCode::Enter).is_empty(),
        "a warning first"
    );
    assert!(status(&app).0.contains("phone number"));
    let effects = press_code(&mut app, KeyCode::Enter);
    run(&mut app, &runner, effects);
    let saved = read_session(&file(&dirs[0], S1)).unwrap();
    assert_eq!(saved.bottlenecks[1].answer, "Call 06-12345678");
}

#[test]
fn l_moves_the_level_on_and_past_national_to_none() {
    let (mut app, runner, _tmp, dirs) = working_list(Lang::Nl);
    let mut seen = Vec::new();
    for _ in 0..3 {
        let effects = press(&mut app, ch('l'));
        run(&mut app, &runner, effects);
        seen.push(read_session(&file(&dirs[0], S1)).unwrap().bottlenecks[0].level);
    }
    assert_eq!(seen, [Some(Level::Region), Some(Level::National), None]);
}

#[test]
fn t_tags_a_knelpunt_with_a_theme_of_any_loaded_set_and_again_untags_it() {
    let (mut app, runner, _tmp, dirs) = working_list(Lang::Nl);
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down); // Wachttijd specialistische ggz (S1, k-2)
    press(&mut app, ch('t'));
    assert_eq!(app.context(), Context::Picker);
    snap(&app, "register_themes");
    type_text(&mut app, "groot mandaat");
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::UpdateItem {
            path: file(&dirs[0], S1),
            session_id: S1.into(),
            item: "k-2".into(),
            text: "Wachttijd specialistische ggz".into(),
            change: ItemChange::Bottleneck(BottleneckChange::ToggleTheme(
                "eigenwijs/mandaat".into()
            )),
        }]
    );
    assert_eq!(app.context(), Context::ReviewRegister, "Enter closes");
    run(&mut app, &runner, effects);
    let saved = read_session(&file(&dirs[0], S1)).unwrap();
    assert_eq!(saved.bottlenecks[1].themes, ["eigenwijs/mandaat"]);
    assert!(render(&app, 120, 40).contains("mandaat"));

    // Tab toggles without closing: the same theme again removes it.
    press(&mut app, ch('t'));
    type_text(&mut app, "groot mandaat");
    let effects = press_code(&mut app, KeyCode::Tab);
    assert_eq!(app.context(), Context::Picker, "Tab keeps it open");
    run(&mut app, &runner, effects);
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::ReviewRegister);
    let saved = read_session(&file(&dirs[0], S1)).unwrap();
    assert!(saved.bottlenecks[1].themes.is_empty());
}

#[test]
fn the_help_lists_the_registers_keys() {
    for lang in LANGS {
        let (mut app, _runner, _tmp, _dirs) = working_list(lang);
        press(&mut app, ch('?'));
        snap(&app, "register_help");
        let help = render(&app, 120, 40);
        let want: &[&str] = match lang {
            Lang::Nl => &[
                "uiterlijke datum",
                "antwoord",
                "volgend niveau",
                "markeren / koppelen",
            ],
            Lang::En => &["due date", "answer", "next level", "mark / link"],
        };
        for w in want {
            assert!(help.contains(w), "{w}:\n{help}");
        }
    }
}
