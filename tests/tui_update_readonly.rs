//! A finished session opens read-only: viewing its summary and pages never
//! saves and never clears `finished`; only `R` and Enter reopen it.

mod common;

use crossterm::event::KeyCode;

use casus::tui::action::Action;
use casus::tui::app::Screen;
use casus::tui::keymap::Context;

use common::*;

fn at_summary() -> casus::tui::app::App {
    let mut app = at_closing();
    press(&mut app, ch('n'));
    press(&mut app, ch('n'));
    assert!(matches!(app.screen, Screen::Summary(_)));
    app
}

fn still_finished(app: &casus::tui::app::App) {
    let Screen::Summary(sum) = &app.screen else {
        panic!("not the summary's screen: {}", screen_name(&app.screen))
    };
    assert!(sum.session.finished.is_some());
}

#[test]
fn browsing_every_page_read_only_saves_nothing_and_opens_no_editor() {
    let mut app = at_summary();
    let mut effects = press_code(&mut app, KeyCode::Left);
    assert_eq!(app.context(), Context::ReadOnly);
    for code in [KeyCode::Left, KeyCode::BackTab, KeyCode::Down, KeyCode::Up] {
        for _ in 0..6 {
            effects.extend(press_code(&mut app, code));
        }
    }
    // The keys that edit a running session do nothing here.
    for c in ['d', 'r', 'b', 't', 'o', 'i', 'a'] {
        effects.extend(press(&mut app, ch(c)));
        assert_eq!(app.context(), Context::ReadOnly, "{c} opened nothing");
    }
    effects.extend(press_code(&mut app, KeyCode::Enter));
    assert_eq!(app.context(), Context::ReadOnly);
    for _ in 0..20 {
        effects.extend(press_code(&mut app, KeyCode::Right));
    }
    assert_eq!(
        app.context(),
        Context::Summary,
        "past the last page: the summary"
    );
    assert!(saves(&effects).is_empty(), "{effects:?}");
    still_finished(&app);
}

#[test]
fn esc_on_the_pages_goes_back_to_the_summary_and_esc_again_home() {
    let mut app = at_summary();
    press_code(&mut app, KeyCode::Left);
    assert!(press_code(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.context(), Context::Summary);
    still_finished(&app);
    assert!(press_code(&mut app, KeyCode::Esc).is_empty());
    assert!(matches!(app.screen, Screen::Home));
    assert!(app.home.sessions.iter().any(|s| s.id == ID && s.finished));
}

#[test]
fn reopening_asks_first_and_esc_keeps_it_finished() {
    let mut app = at_summary();
    assert!(press(&mut app, ch('R')).is_empty());
    assert_eq!(app.context(), Context::ReopenAsk);
    assert!(status(&app).0.contains("Heropenen? Enter: ja · Esc: nee"));
    assert!(press_code(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.context(), Context::Summary);
    still_finished(&app);
}

#[test]
fn reopening_confirmed_clears_finished_saves_and_opens_for_editing() {
    let mut app = at_summary();
    press_code(&mut app, KeyCode::Left);
    press(&mut app, ch('R'));
    let effects = press_code(&mut app, KeyCode::Enter);
    let saved = last_save(&effects);
    assert!(saved.finished.is_none());
    assert!(matches!(app.screen, Screen::Session(_)));
    assert!(app.home.sessions.iter().any(|s| s.id == ID && !s.finished));
}

#[test]
fn a_finished_session_opened_from_home_shows_its_summary_and_pages_unchanged() {
    let app = at_summary();
    let Screen::Summary(sum) = &app.screen else {
        unreachable!()
    };
    let done = sum.session.clone();
    let mut home = app_with(casus::i18n::Lang::Nl, std::slice::from_ref(&done));
    let mut effects = act(&mut home, Action::Opened(Box::new(done.clone())));
    assert_eq!(home.context(), Context::Summary);
    effects.extend(press_code(&mut home, KeyCode::Left));
    effects.extend(press_code(&mut home, KeyCode::Esc));
    assert!(saves(&effects).is_empty(), "{effects:?}");
    let Screen::Summary(sum) = &home.screen else {
        unreachable!()
    };
    assert_eq!(sum.session, done, "nothing changed");
}

#[test]
fn snapshot_a_finished_session_read_only_at_80x24() {
    let mut app = at_summary();
    press_code(&mut app, KeyCode::Left);
    insta::assert_snapshot!("readonly_closing_80x24", render(&app, 80, 24));
}
