//! The help overlay (issue 11, finding 4): `Esc`, `?` and `q` close it and do
//! nothing else; any other key does nothing but say how to close it; it
//! scrolls when it does not fit; the footer says how to close it.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::action::Effect;
use casus::tui::app::App;
use casus::tui::keymap::Context;

use common::*;

fn quits(effects: &[Effect]) -> bool {
    effects.iter().any(|e| matches!(e, Effect::Quit))
}

fn footer(app: &App, w: u16, h: u16) -> String {
    let screen = render(app, w, h);
    screen.lines().last().unwrap_or_default().to_string()
}

#[test]
fn esc_question_mark_and_q_close_help_and_do_nothing_else() {
    for close in [key(KeyCode::Esc), ch('?'), ch('q')] {
        let mut app = at_first_step(Lang::Nl);
        press(&mut app, ch('?'));
        assert!(app.help);
        assert_eq!(app.context(), Context::Help);
        let effects = press(&mut app, close);
        assert!(effects.is_empty(), "{close:?}: {effects:?}");
        assert!(!app.help, "{close:?} closes help");
        assert_eq!(app.context(), Context::Steps, "{close:?} stays on the step");
    }
}

#[test]
fn q_in_help_on_home_does_not_quit() {
    let mut app = common::app(Lang::Nl);
    press(&mut app, ch('?'));
    let effects = press(&mut app, ch('q'));
    assert!(!quits(&effects));
    assert!(!app.help);
    assert_eq!(app.context(), Context::Home);
}

#[test]
fn esc_out_of_help_in_an_editor_keeps_the_editor_and_its_text() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('r'));
    type_text(&mut app, "Eerst bellen");
    press_code(&mut app, KeyCode::F(1));
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(effects.is_empty(), "Esc did not commit the editor");
    assert_eq!(app.context(), Context::Editor);
    assert_eq!(editor_text(&app), "Eerst bellen");
}

#[test]
fn another_key_in_help_does_nothing_and_says_how_to_close_it() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('?'));
    let effects = press(&mut app, ch('d'));
    assert!(effects.is_empty());
    assert!(app.help, "help stays open");
    assert!(session(&app).editor.is_none(), "d did not act");
    let (text, _) = status(&app);
    assert!(text.contains("Esc, ? of q"), "{text}");
    // Closed, the next key acts.
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('d'));
    assert_eq!(app.context(), Context::Editor);
}

#[test]
fn ctrl_c_in_help_still_quits() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('?'));
    assert!(quits(&press(&mut app, ctrl('c'))));
}

#[test]
fn the_footer_says_how_to_close_help() {
    for (lang, want) in [(Lang::Nl, "hulp sluiten"), (Lang::En, "close help")] {
        let mut app = at_first_step(lang);
        press(&mut app, ch('?'));
        let line = footer(&app, 80, 24);
        assert!(line.contains("Esc/?/q"), "{line}");
        assert!(line.contains(want), "{line}");
    }
}

#[test]
fn help_at_60x18_scrolls_to_every_key_and_no_further() {
    let mut app = at_first_step(Lang::Nl);
    app.size = (60, 18);
    press(&mut app, ch('?'));
    let top = render(&app, 60, 18);
    assert!(
        !top.contains("?/F1       hulp"),
        "the last row does not fit:\n{top}"
    );
    press_code(&mut app, KeyCode::Down);
    assert_eq!(app.help_scroll, 1);
    press_code(&mut app, KeyCode::PageDown);
    press_code(&mut app, KeyCode::PageDown);
    let end = render(&app, 60, 18);
    assert!(
        end.contains("?/F1       hulp"),
        "scrolled to the end:\n{end}"
    );
    let last = app.help_scroll;
    press_code(&mut app, KeyCode::Down);
    assert_eq!(app.help_scroll, last, "no scrolling past the end");
    press_code(&mut app, KeyCode::PageUp);
    press_code(&mut app, KeyCode::PageUp);
    assert_eq!(app.help_scroll, 0);
    // Opened again, it starts at the top.
    press_code(&mut app, KeyCode::Esc);
    press_code(&mut app, KeyCode::PageDown);
    press(&mut app, ch('?'));
    assert_eq!(app.help_scroll, 0);
}

#[test]
fn help_fits_at_80x24_without_scrolling() {
    let mut app = at_first_step(Lang::En);
    press(&mut app, ch('?'));
    let screen = render(&app, 80, 24);
    assert!(screen.contains("?/F1"), "{screen}");
    assert!(
        !screen.contains("1–"),
        "no scroll position when it fits:\n{screen}"
    );
}
