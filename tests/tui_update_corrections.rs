//! Everything written can be corrected: reflections and knelpunten of a
//! decision point are selected with `s`, opened with Enter and removed with
//! `x` after a question; lessons, actions and knelpunten of the closing the
//! same way; the group and participants with `g`. Real keys, no files.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{DraftTarget, Session};
use casus::tui::keymap::Context;
use casus::tui::screens::session::SessionScreen;

use common::*;

/// Types a reflection (with an author) at the decision point on show.
fn reflect(app: &mut casus::tui::app::App, text: &str, author: &str) -> Session {
    press(app, ch('r'));
    type_text(app, text);
    press_code(app, KeyCode::Tab);
    type_text(app, author);
    last_save(&press_code(app, KeyCode::Esc)).clone()
}

fn erase(app: &mut casus::tui::app::App, n: usize) {
    for _ in 0..n {
        press_code(app, KeyCode::Backspace);
    }
}

#[test]
fn a_selected_reflection_opens_in_its_editor_with_its_author_and_is_saved_changed() {
    let mut app = at_first_step(Lang::Nl);
    reflect(&mut app, "Eerst bellen", "AB");
    reflect(&mut app, "Huisbezoek", "CD");
    press(&mut app, ch('s'));
    press(&mut app, ch('s'));
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(editor_text(&app), "Huisbezoek");
    type_text(&mut app, " morgen");
    press_code(&mut app, KeyCode::Tab);
    erase(&mut app, 2);
    type_text(&mut app, "EF");
    let saved = last_save(&press_code(&mut app, KeyCode::Esc)).clone();
    let r = &saved.steps[0].reflections;
    assert_eq!(r.len(), 2);
    assert_eq!(r[1].text, "Huisbezoek morgen");
    assert_eq!(r[1].author.as_deref(), Some("EF"));
    assert_eq!(r[0].text, "Eerst bellen", "the other one is untouched");
}

#[test]
fn s_cycles_through_the_items_and_back_to_none_where_enter_edits_the_decision() {
    let mut app = at_first_step(Lang::Nl);
    reflect(&mut app, "Een", "AB");
    press(&mut app, ch('s'));
    assert!(session(&app).selected().is_some());
    press(&mut app, ch('s'));
    assert_eq!(session(&app).selected(), None);
    press_code(&mut app, KeyCode::Enter);
    assert!(matches!(
        session(&app).editor.as_ref().unwrap().target,
        DraftTarget::Decision(0)
    ));
}

#[test]
fn x_asks_first_esc_keeps_and_enter_removes_and_saves() {
    let mut app = at_first_step(Lang::Nl);
    reflect(&mut app, "Een", "AB");
    reflect(&mut app, "Twee", "CD");
    press(&mut app, ch('s'));
    let effects = press(&mut app, ch('x'));
    assert!(
        saves(&effects).is_empty(),
        "nothing removed before the answer"
    );
    assert_eq!(status(&app).0, nl().edit.confirm_remove);
    assert_eq!(app.context(), Context::SetupText);
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(session(&app).session.steps[0].reflections.len(), 2);
    assert_eq!(app.context(), Context::Steps);
    press(&mut app, ch('x'));
    let effects = press_code(&mut app, KeyCode::Enter);
    let r = &last_save(&effects).steps[0].reflections;
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].text, "Twee");
    assert_eq!(status(&app).0, nl().edit.removed);
}

#[test]
fn x_with_nothing_selected_removes_nothing() {
    let mut app = at_first_step(Lang::Nl);
    reflect(&mut app, "Een", "AB");
    let effects = press(&mut app, ch('x'));
    assert!(saves(&effects).is_empty());
    assert_eq!(status(&app).0, nl().edit.nothing_selected);
    assert_eq!(session(&app).removing, None);
}

#[test]
fn two_knelpunten_on_one_step_are_edited_and_removed_one_by_one() {
    let mut app = at_first_step(Lang::Nl);
    reflect(&mut app, "Een", "AB");
    for (text, owner) in [("Wachtlijst", "gemeente"), ("Geen spreekuur", "school")] {
        press(&mut app, ch('b'));
        assert_eq!(editor_text(&app), "", "b starts a new knelpunt");
        type_text(&mut app, text);
        press_code(&mut app, KeyCode::Tab);
        type_text(&mut app, owner);
        press_code(&mut app, KeyCode::Esc);
    }
    assert_eq!(session(&app).session.step_bottlenecks(0), [0, 1]);
    // Reflection first, then the two knelpunten.
    for _ in 0..3 {
        press(&mut app, ch('s'));
    }
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(editor_text(&app), "Geen spreekuur");
    type_text(&mut app, " op dinsdag");
    let saved = last_save(&press_code(&mut app, KeyCode::Esc)).clone();
    assert_eq!(saved.bottlenecks[1].text, "Geen spreekuur op dinsdag");
    assert_eq!(saved.bottlenecks[1].owner.as_deref(), Some("school"));
    let id = saved.bottlenecks[1].id.clone();
    press(&mut app, ch('s')); // back to none
    press(&mut app, ch('s'));
    press(&mut app, ch('s')); // the first knelpunt
    press(&mut app, ch('x'));
    let saved = last_save(&press_code(&mut app, KeyCode::Enter)).clone();
    assert_eq!(saved.bottlenecks.len(), 1);
    assert_eq!(saved.bottlenecks[0].id, id, "the other keeps its id");
    assert_eq!(saved.steps[0].reflections.len(), 1);
}

#[test]
fn moving_to_another_step_clears_the_selection() {
    let mut app = at_first_step(Lang::Nl);
    reflect(&mut app, "Een", "AB");
    press(&mut app, ch('s'));
    press(&mut app, ch('n'));
    assert_eq!(session(&app).step_cursor, None);
}

#[test]
fn in_the_closing_a_lesson_an_action_and_a_knelpunt_are_edited_and_removed() {
    let mut app = at_closing();
    press(&mut app, ch('i'));
    type_text(&mut app, "Vaker bellen");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('a'));
    type_text(&mut app, "Overleg plannen");
    press_code(&mut app, KeyCode::Esc);
    // Rows: lessons, the knelpunt, the action.
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, " en mailen");
    let saved = last_save(&press_code(&mut app, KeyCode::Esc)).clone();
    assert_eq!(saved.lessons, "Vaker bellen en mailen");
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Down);
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(editor_text(&app), "Overleg plannen");
    type_text(&mut app, " met school");
    let saved = last_save(&press_code(&mut app, KeyCode::Esc)).clone();
    assert_eq!(saved.actions[0].text, "Overleg plannen met school");
    press(&mut app, ch('x'));
    let saved = last_save(&press_code(&mut app, KeyCode::Enter)).clone();
    assert!(saved.actions.is_empty());
    assert_eq!(session(&app).closing_cursor, 1, "the cursor stays on a row");
    press(&mut app, ch('x'));
    let saved = last_save(&press_code(&mut app, KeyCode::Enter)).clone();
    assert!(saved.bottlenecks.is_empty());
    press(&mut app, ch('x'));
    let saved = last_save(&press_code(&mut app, KeyCode::Enter)).clone();
    assert_eq!(saved.lessons, "");
}

#[test]
fn g_edits_the_group_and_participants_and_saves_them() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('g'));
    assert_eq!(editor_text(&app), GROUP);
    erase(&mut app, GROUP.len());
    type_text(&mut app, "Team West");
    press_code(&mut app, KeyCode::Tab);
    erase(&mut app, 2);
    type_text(&mut app, "EF");
    let saved = last_save(&press_code(&mut app, KeyCode::Esc)).clone();
    assert_eq!(saved.group, "Team West");
    assert_eq!(saved.participants, ["AB", "EF"]);
}

#[test]
fn a_bsn_in_the_participants_is_never_saved() {
    let mut app = started(Lang::Nl);
    press(&mut app, ch('g'));
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, ", 111222333");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(saves(&effects).is_empty());
    assert!(status(&app).1, "a complaint");
    assert!(session(&app).editor.is_some(), "the editor stays open");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_never_saved(&effects, "111222333");
}

#[test]
fn an_emptied_group_name_keeps_the_old_one() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('g'));
    erase(&mut app, GROUP.len());
    let saved = last_save(&press_code(&mut app, KeyCode::Esc)).clone();
    assert_eq!(saved.group, GROUP);
}

#[test]
fn a_draft_on_an_existing_reflection_resumes_in_that_editor() {
    let mut app = at_first_step(Lang::Nl);
    reflect(&mut app, "Eerst bellen", "AB");
    press(&mut app, ch('s'));
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, " en schrijven");
    let effects = session_mut(&mut app).hangup(now());
    let saved = last_save(&effects).clone();
    let draft = saved.draft.clone().expect("a draft");
    let target = DraftTarget::Reflection {
        step: 0,
        index: Some(0),
    };
    assert_eq!(draft.target, target);
    let resumed = SessionScreen::new(saved);
    let editor = resumed.editor.as_ref().expect("the editor is back");
    assert_eq!(editor.target, target);
    assert_eq!(editor.text(), "Eerst bellen en schrijven");
    assert_eq!(editor.side().as_deref(), Some("AB"));
}
