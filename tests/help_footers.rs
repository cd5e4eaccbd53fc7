//! Footers and help list only keys that act on the current screen and state
//! (issue 11, finding 7): no Space on the method page, no `o` without an
//! outcome, no "Tab ander veld" in a one-field editor, no "alles is bewaard"
//! during set-up, no `a` on the summary.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;

use common::*;

fn footer(app: &App) -> String {
    render(app, 200, 60)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

/// The help overlay's text at 200×60.
fn help(app: &mut App) -> String {
    press_code(app, KeyCode::F(1));
    let screen = render(app, 200, 60);
    press_code(app, KeyCode::Esc);
    screen
}

#[test]
fn space_is_offered_on_the_theme_sets_page_only() {
    let mut app = setup_on(1);
    assert!(
        !footer(&app).contains("spatie"),
        "method page: {}",
        footer(&app)
    );
    assert!(!help(&mut app).contains("spatie"));
    press_code(&mut app, KeyCode::Enter);
    // Dutch names the key in Dutch.
    assert!(footer(&app).contains("spatie aan/uit"), "{}", footer(&app));
    assert!(!footer(&app).contains("Space"), "{}", footer(&app));
}

#[test]
fn set_up_does_not_claim_that_everything_is_saved() {
    let mut app = setup_on(0);
    assert!(
        footer(&app).contains("stoppen (niets bewaard)"),
        "{}",
        footer(&app)
    );
    let screen = help(&mut app);
    assert!(!screen.contains("alles is bewaard"), "{screen}");
    let mut app = at_first_step(Lang::Nl);
    assert!(help(&mut app).contains("alles is bewaard"));
}

#[test]
fn tab_other_field_shows_only_in_editors_with_two_fields() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    assert!(!footer(&app).contains("ander veld"), "{}", footer(&app));
    assert!(!help(&mut app).contains("ander veld"));
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('r'));
    assert!(footer(&app).contains("Tab ander veld"), "{}", footer(&app));
}

#[test]
fn o_shows_only_where_there_is_an_outcome_to_reveal() {
    let mut app = at_first_step(Lang::Nl);
    assert!(help(&mut app).contains("wat er gebeurde"));
    session_mut(&mut app).session.case.steps[0].outcome = None;
    assert!(!help(&mut app).contains("wat er gebeurde"));
    assert!(
        !footer(&app).contains("o wat er gebeurde"),
        "{}",
        footer(&app)
    );
}

#[test]
fn the_summary_does_not_offer_a_to_add_an_action() {
    let mut app = at_first_step(Lang::Nl);
    let mut finished = session(&app).session.clone();
    finished.finished = Some(now());
    app.open(finished);
    let screen = render(&app, 120, 40);
    assert!(!screen.contains("a: actie toevoegen"), "{screen}");
    assert!(screen.contains("Geen acties."), "{screen}");
}
