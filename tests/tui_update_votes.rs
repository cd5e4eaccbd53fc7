//! Dot-voting in the closing (`s`): real keys through the keymap, no files.
//! Each participant spreads their dots; the ranking orders the summary.

mod common;

use crossterm::event::KeyCode;

use casus::model::DraftTarget;
use casus::tui::keymap::Context;

use common::*;

/// The closing with one knelpunt (from the first step) and two actions, voting open.
fn voting() -> casus::tui::app::App {
    let mut app = at_closing();
    for text in ["Spreekuur regelen", "Terugkoppelen aan school"] {
        press(&mut app, ch('a'));
        type_text(&mut app, text);
        press_code(&mut app, KeyCode::Esc);
    }
    press(&mut app, ch('s'));
    assert_eq!(app.context(), Context::Votes);
    app
}

#[test]
fn enter_gives_the_participant_a_dot_and_minus_takes_it_back() {
    let mut app = voting();
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(last_save(&effects).bottlenecks[0].votes, ["AB"]);
    assert_eq!(status(&app).0, "AB: nog 2 van 3 stippen");
    press(&mut app, ch('l')); // CD
    press(&mut app, ch('j')); // the first action
    let effects = press(&mut app, ch(' '));
    assert_eq!(last_save(&effects).actions[0].votes, ["CD"]);
    let effects = press(&mut app, ch('-'));
    assert!(last_save(&effects).actions[0].votes.is_empty());
    // A dot not given cannot be taken back: nothing changes, nothing is saved.
    assert!(saves(&press(&mut app, ch('-'))).is_empty());
}

#[test]
fn no_one_spreads_more_dots_than_each_has() {
    let mut app = voting();
    for _ in 0..3 {
        press_code(&mut app, KeyCode::Enter);
    }
    let effects = press_code(&mut app, KeyCode::Enter);
    assert!(saves(&effects).is_empty());
    assert_eq!(
        status(&app),
        (
            "AB heeft geen stippen meer; neem er een terug om te verschuiven.".into(),
            true
        )
    );
    assert_eq!(session(&app).session.votes_by("AB"), 3);
    // Fewer dots than AB gave is refused; more is fine, and AB may go on.
    assert!(saves(&press(&mut app, ch('<'))).is_empty());
    let effects = press(&mut app, ch('>'));
    assert_eq!(last_save(&effects).votes_each, 4);
    assert!(!saves(&press_code(&mut app, KeyCode::Enter)).is_empty());
}

#[test]
fn the_ranking_orders_the_summary_with_the_dots_beside_each_item() {
    let mut app = voting();
    press(&mut app, ch('j'));
    press(&mut app, ch('j')); // the second action
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    press(&mut app, ch('l'));
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Closing);
    let closing = render(&app, 120, 40);
    assert!(
        closing.contains("Terugkoppelen aan school  ●●● 3 stippen"),
        "{closing}"
    );
    let ranked: Vec<&str> = session(&app)
        .session
        .ranked_actions()
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(ranked, ["Terugkoppelen aan school", "Spreekuur regelen"]);
    // Past the last phase: the summary lists the actions most dots first.
    press_code(&mut app, KeyCode::Tab);
    press_code(&mut app, KeyCode::Tab);
    let summary = render(&app, 120, 40);
    let first = summary.find("Terugkoppelen aan school").expect("listed");
    let second = summary.find("Spreekuur regelen").expect("listed");
    assert!(first < second, "ranked:\n{summary}");
    assert!(summary.contains("(op volgorde van stippen)"), "{summary}");
}

#[test]
fn voting_without_participants_starts_by_adding_one() {
    let mut app = voting();
    press_code(&mut app, KeyCode::Esc);
    session_mut(&mut app).session.participants.clear();
    press(&mut app, ch('s'));
    assert!(saves(&press_code(&mut app, KeyCode::Enter)).is_empty());
    press(&mut app, ch('a'));
    assert_eq!(
        session(&app).editor.as_ref().unwrap().target,
        DraftTarget::Participant
    );
    type_text(&mut app, "jeugdarts");
    press_code(&mut app, KeyCode::Esc);
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(last_save(&effects).bottlenecks[0].votes, ["jeugdarts"]);
}

#[test]
fn s_with_nothing_to_vote_on_says_so() {
    let mut app = at_first_step(casus::i18n::Lang::Nl);
    press_code(&mut app, KeyCode::Tab);
    assert_eq!(app.context(), Context::Closing);
    press(&mut app, ch('s'));
    assert_eq!(app.context(), Context::Closing);
    assert_eq!(status(&app), (nl().stance.votes_nothing.to_string(), true));
}
