//! Moving through a running session, and what a group marks at a decision
//! point (reflections, knelpunten, the outcome): real keys, no files.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{BottleneckStatus, PhaseKind, Reflection};
use casus::tui::action::Effect;
use casus::tui::app::Screen;
use casus::tui::keymap::Context;

use common::*;

// ---------------------------------------------------------------- moving through phases and steps

#[test]
fn next_moves_from_the_opening_to_the_first_decision_point_and_saves_the_position() {
    let mut app = started(Lang::Nl);
    let effects = press_code(&mut app, KeyCode::Right);
    let saved = last_save(&effects);
    assert_eq!(saved.position.phase, 1);
    assert_eq!(saved.position.step, 0);
    assert_eq!(saved.method.phases[1].kind, PhaseKind::Steps);
    assert_eq!(app.context(), Context::Steps);
}

#[test]
fn next_and_prev_move_through_decision_points_and_save_the_position() {
    let mut app = at_first_step(Lang::Nl);
    let effects = press(&mut app, ch('n'));
    assert_eq!(last_save(&effects).position.step, 1);
    let effects = press(&mut app, ch('l'));
    assert_eq!(last_save(&effects).position.step, 2);
    let effects = press(&mut app, ch('p'));
    assert_eq!(last_save(&effects).position.step, 1);
    let effects = press_code(&mut app, KeyCode::Left);
    let saved = last_save(&effects);
    assert_eq!((saved.position.phase, saved.position.step), (1, 0));
    let effects = press(&mut app, ch('h'));
    let saved = last_save(&effects);
    assert_eq!(
        saved.position.phase, 0,
        "before the first step: the previous phase"
    );
    assert_eq!(app.context(), Context::Notes);
}

#[test]
fn after_the_last_decision_point_next_goes_to_the_closing() {
    let mut app = at_first_step(Lang::Nl);
    let steps = session(&app).session.steps.len();
    for _ in 1..steps {
        press(&mut app, ch('n'));
    }
    assert_eq!(session(&app).session.position.step, steps - 1);
    let effects = press(&mut app, ch('n'));
    assert_eq!(last_save(&effects).position.phase, 2);
    assert_eq!(app.context(), Context::Closing);
}

#[test]
fn tab_skips_the_decision_points_and_shift_tab_comes_back_to_the_same_step() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('n'));
    let effects = press_code(&mut app, KeyCode::Tab);
    assert_eq!(last_save(&effects).position.phase, 2);
    let effects = press_code(&mut app, KeyCode::BackTab);
    let saved = last_save(&effects);
    assert_eq!((saved.position.phase, saved.position.step), (1, 1));
}

#[test]
fn past_the_last_phase_the_session_is_finished_and_the_summary_shows() {
    let mut app = at_first_step(Lang::Nl);
    press_code(&mut app, KeyCode::Tab); // closing
    press(&mut app, ch('n')); // evaluation
    assert_eq!(app.context(), Context::Notes);
    app.now = at(3600);
    let effects = press(&mut app, ch('n'));
    let saved = last_save(&effects).clone();
    assert_eq!(saved.finished, Some(at(3600)));
    assert_eq!(saved.updated, at(3600));
    match &app.screen {
        Screen::Summary(sum) => assert_eq!(sum.session, saved),
        other => panic!("expected the summary, got {}", screen_name(other)),
    }
    assert!(app.home.sessions.iter().any(|s| s.id == ID && s.finished));
}

#[test]
fn moving_between_phases_never_loses_notes() {
    let mut app = started(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "Rollen verdeeld");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('n'));
    press(&mut app, ch('n'));
    let effects = press_code(&mut app, KeyCode::BackTab);
    let effects = [effects, press(&mut app, ch('p'))].concat();
    let saved = last_save(&effects);
    assert_eq!(saved.position.phase, 0);
    assert_eq!(saved.phases[0].notes, "Rollen verdeeld");
}

#[test]
fn q_during_a_session_saves_then_quits() {
    let mut app = at_first_step(Lang::Nl);
    let effects = press(&mut app, ch('q'));
    assert_eq!(effects.len(), 2);
    assert!(matches!(effects[0], Effect::Save(_)));
    assert_eq!(effects[1], Effect::Quit);
}

// ---------------------------------------------------------------- reflections, knelpunten, outcome

#[test]
fn r_adds_a_reflection_with_its_author_typed_after_tab() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('r'));
    type_text(&mut app, "Ik had eerder gebeld");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "AB");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).steps[0].reflections,
        vec![Reflection {
            author: Some("AB".into()),
            text: "Ik had eerder gebeld".into()
        }]
    );
}

#[test]
fn tab_back_from_the_author_field_types_into_the_text_again() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('r'));
    type_text(&mut app, "Een");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "CD");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, " twee");
    let effects = press_code(&mut app, KeyCode::Esc);
    let r = &last_save(&effects).steps[0].reflections[0];
    assert_eq!(
        (r.text.as_str(), r.author.as_deref()),
        ("Een twee", Some("CD"))
    );
}

#[test]
fn reflections_without_author_are_kept_in_order() {
    let mut app = at_first_step(Lang::Nl);
    for text in ["eerste", "tweede"] {
        press(&mut app, ch('r'));
        type_text(&mut app, text);
        press_code(&mut app, KeyCode::Esc);
    }
    let r = &session(&app).session.steps[0].reflections;
    assert_eq!(r.len(), 2);
    assert_eq!(
        (r[0].text.as_str(), r[0].author.as_deref()),
        ("eerste", None)
    );
    assert_eq!(r[1].text, "tweede");
}

#[test]
fn b_marks_a_knelpunt_with_an_owner_at_this_decision_point() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('n'));
    press(&mut app, ch('b'));
    type_text(&mut app, "Wachtlijst ggz");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "gemeente");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.bottlenecks.len(), 1);
    let b = &saved.bottlenecks[0];
    assert_eq!(b.text, "Wachtlijst ggz");
    assert_eq!(b.owner.as_deref(), Some("gemeente"));
    assert_eq!(b.step.as_deref(), Some(saved.case.steps[1].id.as_str()));
    assert_eq!(b.status, BottleneckStatus::Open);
}

#[test]
fn b_adds_a_new_knelpunt_each_time_and_emptying_a_selected_one_removes_it() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('b'));
    type_text(&mut app, "Geen plek");
    press_code(&mut app, KeyCode::Esc);
    // `b` again starts a new knelpunt: a decision point may have several.
    press(&mut app, ch('b'));
    assert_eq!(editor_text(&app), "");
    type_text(&mut app, "Wachtlijst");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    assert_eq!(saved.bottlenecks.len(), 2);
    // The first is selected with `s` and opened with Enter.
    press(&mut app, ch('s'));
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(editor_text(&app), "Geen plek");
    type_text(&mut app, " in de regio");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(
        last_save(&effects).bottlenecks[0].text,
        "Geen plek in de regio"
    );
    press_code(&mut app, KeyCode::Enter);
    for _ in 0.."Geen plek in de regio".len() {
        press_code(&mut app, KeyCode::Backspace);
    }
    let effects = press_code(&mut app, KeyCode::Esc);
    let left = &last_save(&effects).bottlenecks;
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].text, "Wachtlijst");
}

#[test]
fn o_reveals_the_outcome_and_o_again_hides_it() {
    let mut app = at_first_step(Lang::Nl);
    let effects = press(&mut app, ch('o'));
    assert!(last_save(&effects).steps[0].revealed);
    let effects = press(&mut app, ch('o'));
    assert!(!last_save(&effects).steps[0].revealed);
}

#[test]
fn the_outcome_shows_only_once_revealed() {
    let mut app = at_first_step(Lang::Nl);
    let outcome = session(&app).session.case.steps[0].outcome.clone().unwrap();
    let first_words: String = outcome
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!render(&app, 120, 80).contains(&first_words));
    press(&mut app, ch('o'));
    assert!(render(&app, 120, 80).contains(&first_words));
}

#[test]
fn presenting_mode_hides_the_facilitator_notes() {
    let mut app = at_first_step(Lang::Nl);
    let notes = session(&app).session.case.steps[0]
        .facilitator_notes
        .clone()
        .unwrap();
    let first_words: String = notes
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        render(&app, 120, 80).contains(&first_words),
        "the facilitator sees them"
    );
    let effects = press(&mut app, ch('v'));
    assert!(effects.is_empty());
    assert!(app.present);
    let screen = render(&app, 120, 80);
    assert!(
        !screen.contains(&first_words),
        "hidden on the projector:\n{screen}"
    );
    assert!(!screen.contains(nl().step_facilitator));
    assert!(screen.contains(nl().settings.present_badge));
    press(&mut app, ch('v'));
    assert!(!app.present);
    assert!(render(&app, 120, 80).contains(&first_words));
}

#[test]
fn scrolling_moves_the_text_and_a_new_step_starts_at_the_top() {
    let mut app = at_first_step(Lang::Nl);
    render(&app, 80, 24);
    let seen = session(&app).seen.get();
    press(&mut app, ch('j'));
    // PgDn moves a page: the height the text had when drawn, one row kept.
    press_code(&mut app, KeyCode::PageDown);
    let paged = (3 + seen.height - 1).min(seen.last);
    assert_eq!(session(&app).scroll, paged);
    press(&mut app, ch('k'));
    assert_eq!(session(&app).scroll, paged - 3);
    press(&mut app, ch('n'));
    assert_eq!(session(&app).scroll, 0);
}
