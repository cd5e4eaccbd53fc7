//! The register's links, its actions tab and its filter tokens (issue 13):
//! `m` joins two knelpunten into one signal, `Tab` shows the actions, whose
//! status and owner are written into their file, and `eigenaar:`,
//! `niveau:`, `ouder:` and `knelpunt:` narrow the rows. Keys through the
//! real keymap and `update`, effects through the real `Runner`.

mod common;
mod register_followup;
mod review_fixtures;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::ActionStatus;
use casus::review::{ActionChange, ItemChange};
use casus::store::read_session;
use casus::tui::action::Effect;
use casus::tui::app::App;
use casus::tui::keymap::Context;

use common::*;
use register_followup::{file, reg, working_list};
use review_fixtures as fx;
use review_fixtures::S1;

#[test]
fn m_marks_and_m_on_another_links_them_and_again_unlinks() {
    let (mut app, runner, _tmp, dirs) = working_list(Lang::Nl);
    // Wachttijd specialistische ggz (S1, k-2) to Geen budget (S4, k-1).
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down);
    assert!(press(&mut app, ch('m')).is_empty());
    assert!(status(&app).0.contains("Wachttijd specialistische ggz"));
    press_code(&mut app, KeyCode::Down);
    let effects = press(&mut app, ch('m'));
    assert_eq!(effects.len(), 1, "{effects:?}");
    run(&mut app, &runner, effects);
    let s4 = read_session(&file(&dirs[1], fx::S4)).unwrap();
    assert_eq!(s4.bottlenecks[0].links, [format!("{S1}/k-2")]);
    let rows = &reg(&app).rows;
    let joined: Vec<&str> = rows
        .iter()
        .filter(|r| r.signal_sessions.len() > 1)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(joined.len(), 4, "two signals of two now: {joined:?}");

    // Linking the same two again (from either side) unlinks them.
    let at = |text: &str| rows.iter().position(|r| r.text == text).unwrap();
    let (wachttijd, budget) = (
        at("Wachttijd specialistische ggz"),
        at("Geen budget voor overbrugging"),
    );
    for _ in 0..4 {
        press_code(&mut app, KeyCode::Up);
    }
    for _ in 0..budget {
        press_code(&mut app, KeyCode::Down);
    }
    press(&mut app, ch('m'));
    for _ in 0..4 {
        press_code(&mut app, KeyCode::Up);
    }
    for _ in 0..wachttijd {
        press_code(&mut app, KeyCode::Down);
    }
    let effects = press(&mut app, ch('m'));
    run(&mut app, &runner, effects);
    let s4 = read_session(&file(&dirs[1], fx::S4)).unwrap();
    assert!(
        s4.bottlenecks[0].links.is_empty(),
        "unlinked where it was linked"
    );
    let s1 = read_session(&file(&dirs[0], S1)).unwrap();
    assert!(
        s1.bottlenecks[1].links.is_empty(),
        "nothing written on the other side"
    );
}

#[test]
fn the_actions_tab_cycles_an_actions_status_and_the_status_line_names_it() {
    let (mut app, runner, _tmp, dirs) = working_list(Lang::Nl);
    press_code(&mut app, KeyCode::Tab);
    assert_eq!(app.context(), Context::ReviewActions);
    let first = reg(&app).current_action().unwrap().clone();
    assert_eq!(first.text, "Afspraak met de school over signalen");
    let effects = press(&mut app, ch('s'));
    assert!(matches!(
        &effects[..],
        [Effect::UpdateItem {
            change: ItemChange::Action(ActionChange::Status(ActionStatus::Done, _)),
            ..
        }]
    ));
    run(&mut app, &runner, effects);
    let (text, error) = status(&app);
    assert!(!error && text.contains("gedaan"), "{text}");
    let saved = read_session(&file(&dirs[0], &first.session_id)).unwrap();
    assert_eq!(saved.actions[0].status, ActionStatus::Done);
    assert_eq!(saved.actions[0].history.len(), 1, "the change is dated");

    press(&mut app, ch('o'));
    press(&mut app, ctrl('u'));
    type_text(&mut app, "Teamleider");
    let effects = press_code(&mut app, KeyCode::Enter);
    run(&mut app, &runner, effects);
    let saved = read_session(&file(&dirs[0], &first.session_id)).unwrap();
    assert_eq!(saved.actions[0].owner.as_deref(), Some("Teamleider"));
    // Keys of knelpunten only do nothing here.
    assert!(press(&mut app, ch('a')).is_empty());
    assert!(press(&mut app, ch('l')).is_empty());
    press_code(&mut app, KeyCode::Tab);
    assert_eq!(app.context(), Context::ReviewRegister);
}

#[test]
fn the_register_follows_owner_level_and_age_tokens() {
    let (mut app, _runner, _tmp, _dirs) = working_list(Lang::Nl);
    let texts =
        |app: &App| -> Vec<String> { reg(app).rows.iter().map(|r| r.text.clone()).collect() };
    // A new line each time, not one added to the last.
    let review_filter = |app: &mut App, line: &str| {
        press(app, ch('/'));
        press(app, ctrl('u'));
        type_text(app, line);
        press_code(app, KeyCode::Enter);
        assert!(!status(app).1, "{line}: {}", status(app).0);
    };
    review_filter(&mut app, "niveau:gemeente");
    assert_eq!(texts(&app), ["Geen gedeeld dossier met school"]);
    review_filter(&mut app, "eigenaar:regio");
    assert_eq!(texts(&app), ["Wachtlijst jeugd-ggz"]);
    review_filter(&mut app, "ouder:250");
    assert_eq!(
        texts(&app),
        [
            "Geen gedeeld dossier met school",
            "Wachtlijst jeugd-ggz",
            "Wachttijd specialistische ggz"
        ]
    );
    review_filter(&mut app, "knelpunt:beantwoord");
    assert!(texts(&app).is_empty());
    let actions: Vec<String> = reg(&app).actions.iter().map(|a| a.text.clone()).collect();
    assert!(
        actions.is_empty(),
        "only sessions with an answered knelpunt"
    );
}
