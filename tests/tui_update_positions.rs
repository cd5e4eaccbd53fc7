//! The position round before the reveal (`c`, `u`, `w`): real keys through
//! the keymap, no files. What the group sees stays hidden until shown.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{Choice, DraftTarget};
use casus::tui::keymap::Context;

use common::*;

/// The options of the first decision point of the signaal case.
fn options(app: &casus::tui::app::App) -> Vec<String> {
    session(app).session.case.steps[0].options.clone()
}

/// A session at the first decision point with the round open.
fn in_round() -> casus::tui::app::App {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('c'));
    assert_eq!(app.context(), Context::Round);
    app
}

#[test]
fn enter_records_the_highlighted_option_for_the_participant_and_moves_on() {
    let mut app = in_round();
    let options = options(&app);
    let effects = press_code(&mut app, KeyCode::Enter);
    let saved = last_save(&effects);
    assert_eq!(saved.steps[0].stances.len(), 1);
    assert_eq!(saved.steps[0].stances[0].who, "AB");
    assert_eq!(
        saved.steps[0].stances[0].choice,
        Choice::Option(options[0].clone())
    );
    assert_eq!(status(&app).0, "Standpunt van AB vastgelegd.");
    let round = session(&app).round.clone().expect("still open");
    assert_eq!(
        (round.voter, round.cursor),
        (1, 0),
        "on to CD, from the top"
    );

    press(&mut app, ch('j'));
    press(&mut app, ch('j'));
    let effects = press_code(&mut app, KeyCode::Enter);
    let saved = last_save(&effects);
    assert_eq!(saved.steps[0].stances[1].who, "CD");
    assert_eq!(
        saved.steps[0].stances[1].choice,
        Choice::Option(options[2].clone())
    );
    assert_eq!(saved.steps[0].majority(), None, "one each: no majority");
}

#[test]
fn positions_stay_hidden_until_u_shows_them_all_at_once() {
    let mut app = in_round();
    press_code(&mut app, KeyCode::Enter); // AB: option 1
    press_code(&mut app, KeyCode::Enter); // CD: option 1
    let hidden = render(&app, 120, 40);
    assert!(
        hidden.contains("AB ✓") && hidden.contains("CD ✓"),
        "{hidden}"
    );
    assert!(
        hidden.contains("2 van 2 standpunten vastgelegd"),
        "{hidden}"
    );
    assert!(!hidden.contains('█'), "no tally before showing:\n{hidden}");
    assert!(
        !hidden.contains("AB: De IB'er"),
        "no one's choice:\n{hidden}"
    );

    let effects = press(&mut app, ch('u'));
    assert!(last_save(&effects).steps[0].stances_shown);
    assert_eq!(status(&app).0, "Standpunten getoond.");
    let shown = render(&app, 120, 40);
    assert!(shown.contains("██ 2"), "{shown}");
    assert!(shown.contains("AB: De IB'er belt"), "{shown}");

    // Closed, the decision point shows the tally beside its options.
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Steps);
    let step = render(&app, 120, 40);
    assert!(step.contains("De groep is het eens."), "{step}");
    // And `u` on the decision point hides them again.
    let effects = press(&mut app, ch('u'));
    assert!(!last_save(&effects).steps[0].stances_shown);
    assert!(render(&app, 120, 40).contains("Standpunten: 2 vastgelegd, nog verborgen."));
}

#[test]
fn own_words_and_a_reason_go_through_the_editor_and_a_bsn_blocks() {
    let mut app = in_round();
    let own_row = options(&app).len();
    for _ in 0..own_row {
        press(&mut app, ch('j'));
    }
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::Editor);
    let target = session(&app).editor.as_ref().unwrap().target;
    assert_eq!(
        target,
        DraftTarget::Stance {
            step: 0,
            who: 0,
            own: true
        }
    );
    type_text(&mut app, "Eerst de huisarts");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "BSN 123456782");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(saves(&effects).is_empty(), "a BSN in the reason blocks");
    assert_eq!(app.context(), Context::Editor);
    for _ in 0..13 {
        press_code(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "die kent het gezin");
    let effects = press_code(&mut app, KeyCode::Esc);
    let saved = last_save(&effects);
    let stance = &saved.steps[0].stances[0];
    assert_eq!(stance.choice, Choice::Own("Eerst de huisarts".into()));
    assert_eq!(stance.reason.as_deref(), Some("die kent het gezin"));
    assert_eq!(app.context(), Context::Round, "back in the round");
    assert_eq!(session(&app).round.as_ref().unwrap().voter, 1, "on to CD");

    // `r` on AB's own words opens them again, with the reason beside them.
    press(&mut app, ch('h'));
    press(&mut app, ch('r'));
    assert_eq!(editor_text(&app), "Eerst de huisarts");
}

#[test]
fn r_writes_the_reason_of_an_option_and_needs_a_position_first() {
    let mut app = in_round();
    press(&mut app, ch('r'));
    assert_eq!(status(&app), (nl().stance.reason_first.to_string(), true));
    press_code(&mut app, KeyCode::Enter); // AB: option 1
    press(&mut app, ch('h')); // back to AB
    press(&mut app, ch('r'));
    let target = session(&app).editor.as_ref().unwrap().target;
    assert_eq!(
        target,
        DraftTarget::Stance {
            step: 0,
            who: 0,
            own: false
        }
    );
    type_text(&mut app, "snel en open");
    let effects = press_code(&mut app, KeyCode::Esc);
    let stance = &last_save(&effects).steps[0].stances[0];
    assert_eq!(stance.reason.as_deref(), Some("snel en open"));
    assert!(
        matches!(stance.choice, Choice::Option(_)),
        "the choice stays"
    );
}

#[test]
fn x_clears_a_position_after_asking() {
    let mut app = in_round();
    press_code(&mut app, KeyCode::Enter);
    press(&mut app, ch('h'));
    press(&mut app, ch('x'));
    assert_eq!(status(&app).0, nl().edit.confirm_remove);
    let effects = press_code(&mut app, KeyCode::Enter);
    assert!(last_save(&effects).steps[0].stances.is_empty());
    assert_eq!(app.context(), Context::Round);
}

#[test]
fn w_marks_what_actually_happened_only_after_the_reveal() {
    let mut app = in_round();
    press(&mut app, ch('w'));
    assert_eq!(status(&app), (nl().stance.actual_first.to_string(), true));
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('o')); // reveal the outcome
    press(&mut app, ch('c'));
    let effects = press(&mut app, ch('w'));
    let saved = last_save(&effects);
    assert_eq!(
        saved.steps[0].actual.as_deref(),
        Some(options(&app)[0].as_str())
    );
    assert!(render(&app, 120, 40).contains("✓ werkelijk gebeurd"));
    let effects = press(&mut app, ch('w'));
    assert_eq!(
        last_save(&effects).steps[0].actual,
        None,
        "twice takes it away"
    );
}

#[test]
fn without_participants_a_role_is_typed_in_and_takes_the_position() {
    let mut app = at_first_step(Lang::En);
    session_mut(&mut app).session.participants.clear();
    press(&mut app, ch('c'));
    assert!(render(&app, 80, 24).contains("No participants yet"));
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(
        status(&app),
        (Lang::En.strings().stance.voter_first.to_string(), true)
    );
    press(&mut app, ch('a'));
    assert_eq!(
        session(&app).editor.as_ref().unwrap().target,
        DraftTarget::Participant
    );
    type_text(&mut app, "gedragswetenschapper");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert_eq!(last_save(&effects).participants, ["gedragswetenschapper"]);
    let effects = press_code(&mut app, KeyCode::Enter);
    let saved = last_save(&effects);
    assert_eq!(saved.steps[0].stances[0].who, "gedragswetenschapper");
}

#[test]
fn the_footer_offers_only_what_acts_in_the_round() {
    let mut app = in_round();
    app.size = (200, 40);
    let footer =
        |app: &casus::tui::app::App| render(app, 200, 40).lines().last().unwrap().to_string();
    let first = footer(&app);
    assert!(first.contains("standpunt vastleggen"), "{first}");
    assert!(!first.contains("reden"), "no position yet:\n{first}");
    assert!(
        !first.contains("standpunten tonen"),
        "nothing to show:\n{first}"
    );
    assert!(
        !first.contains("dit gebeurde werkelijk"),
        "not revealed:\n{first}"
    );
    press_code(&mut app, KeyCode::Enter);
    app.status = None;
    press(&mut app, ch('h'));
    let after = footer(&app);
    assert!(
        after.contains("reden") && after.contains("standpunten tonen"),
        "{after}"
    );
    assert!(after.contains("standpunt wissen"), "{after}");
}

#[test]
fn on_the_own_words_row_the_shown_positions_come_into_view_at_80x24() {
    let mut app = in_round();
    press_code(&mut app, KeyCode::Enter); // AB
    press_code(&mut app, KeyCode::Enter); // CD
    press(&mut app, ch('u'));
    let top = render(&app, 80, 24);
    assert!(
        !top.contains("CD: De IB'er"),
        "below the panel at first:\n{top}"
    );
    for _ in 0..options(&app).len() {
        press(&mut app, ch('j'));
    }
    let end = render(&app, 80, 24);
    assert!(end.contains("CD: De IB'er"), "scrolled to the end:\n{end}");
}
