//! The closing phase and exporting a session: real keys, no files.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::action::Effect;

use common::*;

// ---------------------------------------------------------------- closing and summary

#[test]
fn a_in_the_closing_adds_an_action_with_an_owner() {
    let mut app = at_closing();
    press(&mut app, ch('a'));
    type_text(&mut app, "Spreekuur regelen");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "IB");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.actions.len(), 1);
    assert_eq!(saved.actions[0].text, "Spreekuur regelen");
    assert_eq!(saved.actions[0].owner.as_deref(), Some("IB"));
}

#[test]
fn i_in_the_closing_writes_the_lessons() {
    let mut app = at_closing();
    press(&mut app, ch('i'));
    type_text(&mut app, "Korte lijnen werken");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(last_save(&effects).lessons, "Korte lijnen werken");
}

#[test]
fn b_in_the_closing_adds_a_knelpunt_of_the_whole_case() {
    let mut app = at_closing();
    press(&mut app, ch('b'));
    type_text(&mut app, "Te weinig formatie");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.bottlenecks.len(), 2);
    assert_eq!(saved.bottlenecks[1].step, None);
}

#[test]
fn enter_in_the_closing_edits_the_selected_knelpunt_from_a_step() {
    let mut app = at_closing();
    press(&mut app, ch('j'));
    assert_eq!(session(&app).closing_cursor, 1);
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(editor_text(&app), "Geen spreekuur");
    assert_eq!(
        session(&app).editor.as_ref().unwrap().side().as_deref(),
        Some("schoolbestuur")
    );
    type_text(&mut app, " op school");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.bottlenecks.len(), 1);
    assert_eq!(saved.bottlenecks[0].text, "Geen spreekuur op school");
    assert!(
        saved.bottlenecks[0].step.is_some(),
        "still belongs to its step"
    );
}

#[test]
fn the_closing_cursor_stays_within_the_items() {
    let mut app = at_closing();
    for _ in 0..5 {
        press_code(&mut app, KeyCode::Down);
    }
    assert_eq!(session(&app).closing_cursor, 1, "lessons and one knelpunt");
    for _ in 0..5 {
        press(&mut app, ch('k'));
    }
    assert_eq!(session(&app).closing_cursor, 0);
}

#[test]
fn e_exports_the_session_as_markdown_during_the_session() {
    let mut app = at_first_step(Lang::Nl);
    let effects = press(&mut app, ch('e'));
    assert_eq!(effects.len(), 1);
    let Effect::ExportMarkdown(s) = &effects[0] else {
        panic!("an export, got {effects:?}");
    };
    assert_eq!(s.id, ID);
}

#[test]
fn an_export_with_personal_data_is_held_back_once_and_named() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Moeder belt op 06-12345678");
    press_code(&mut app, KeyCode::Esc);
    press_code(&mut app, KeyCode::Esc); // keep the phone number on purpose
    assert_eq!(
        session(&app).session.steps[0].decision,
        "Moeder belt op 06-12345678"
    );
    let first = press(&mut app, ch('e'));
    assert!(first.is_empty(), "the first e only warns: {first:?}");
    let status = app.status.clone().expect("a warning is shown");
    assert!(
        status.error && status.text.contains("telefoonnummer"),
        "{status:?}"
    );
    let second = press(&mut app, ch('e'));
    assert!(
        matches!(second.as_slice(), [Effect::ExportMarkdown(_)]),
        "the second e exports: {second:?}"
    );
}
