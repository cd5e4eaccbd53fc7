//! The summary at the end of a session: real keys, no files.

mod common;

use crossterm::event::KeyCode;

use casus::tui::action::{Action, Effect};
use casus::tui::app::Screen;
use casus::tui::keymap::Context;

use common::*;

// ---------------------------------------------------------------- summary

fn at_summary() -> casus::tui::app::App {
    let mut app = at_closing();
    press(&mut app, ch('n'));
    press(&mut app, ch('n'));
    assert!(matches!(app.screen, Screen::Summary(_)));
    app
}

#[test]
fn e_on_the_summary_exports_the_finished_session() {
    let mut app = at_summary();
    let effects = press(&mut app, ch('e'));
    let [Effect::ExportMarkdown(s)] = effects.as_slice() else {
        panic!("one export, got {effects:?}");
    };
    assert!(s.finished.is_some());
    assert_eq!(s.bottlenecks[0].text, "Geen spreekuur");
    let path = std::path::PathBuf::from("/tmp/x.md");
    act(&mut app, Action::Exported(path));
    let (text, error) = status(&app);
    assert!(text.contains("/tmp/x.md"), "{text}");
    assert!(!error);
}

#[test]
fn left_on_the_summary_shows_the_pages_read_only_and_never_reopens() {
    let mut app = at_summary();
    let effects = press_code(&mut app, KeyCode::Left);
    assert!(saves(&effects).is_empty(), "viewing never saves");
    assert_eq!(app.context(), Context::ReadOnly);
    let Screen::Summary(sum) = &app.screen else {
        panic!("still the summary's screen")
    };
    assert!(sum.session.finished.is_some());
    assert!(app.home.sessions.iter().any(|s| s.id == ID && s.finished));
}

#[test]
fn esc_on_the_summary_goes_home_and_q_quits() {
    let mut app = at_summary();
    assert!(press_code(&mut app, KeyCode::Esc).is_empty());
    assert!(matches!(app.screen, Screen::Home));
    let mut app = at_summary();
    assert_eq!(press(&mut app, ch('q')), vec![Effect::Quit]);
}

#[test]
fn the_summary_scrolls() {
    let mut app = at_summary();
    press(&mut app, ch('j'));
    let Screen::Summary(sum) = &app.screen else {
        unreachable!()
    };
    assert_eq!(sum.scroll, 3);
}

#[test]
fn the_summary_shows_the_start_in_the_apps_time_zone_whatever_the_machines() {
    let mut app = at_summary();
    assert!(render(&app, 80, 24).contains("Gestart 2026-11-23 09:00"));
    app.tz = jiff::tz::TimeZone::fixed(jiff::tz::offset(1));
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Gestart 2026-11-23 10:00"), "{screen}");
}
