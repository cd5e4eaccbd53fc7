//! Issue 11, findings 4 and 6, as assertions: the set-up's and the picker's
//! hints show every word whole at 80×24 and 60×18 ("Enter: verde" was cut),
//! and `Esc` closes help on every screen without acting, after which one key
//! acts.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;
use casus::tui::keymap::Context;

use common::*;

/// Asserts that every word of `hint` stands whole on the screen.
fn whole(screen: &str, hint: &str) {
    let words: Vec<&str> = screen.split_whitespace().collect();
    for word in hint.split_whitespace() {
        assert!(
            words.contains(&word),
            "{word:?} of {hint:?} is cut:\n{screen}"
        );
    }
}

#[test]
fn the_set_up_hints_show_every_word_whole_at_80x24_and_60x18() {
    for lang in [Lang::Nl, Lang::En] {
        let s = lang.strings();
        for (page, hint) in [
            (2, s.setup_themes_hint),
            (3, s.setup_group_hint),
            (4, s.setup_participants_hint),
        ] {
            let mut app = setup_on(page);
            app.lang = lang;
            for (w, h) in [(80, 24), (60, 18)] {
                whole(&render(&app, w, h), hint);
            }
        }
    }
}

#[test]
fn the_pickers_hint_shows_every_word_whole_at_60x18() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = at_first_step(lang);
        press(&mut app, ch('t'));
        whole(&render(&app, 60, 18), lang.strings().picker_hint);
    }
}

/// Opens help, presses Esc, then `then`: help is closed by Esc alone, and
/// `then` acts on the screen as if help had never been open.
fn esc_then(mut app: App, context: Context, then: KeyCode) -> App {
    assert_eq!(app.context(), context);
    press(&mut app, ch('?'));
    assert!(app.help, "{context:?}: ? opens help");
    let effects = press_code(&mut app, KeyCode::Esc);
    assert!(
        effects.is_empty(),
        "{context:?}: Esc does nothing else: {effects:?}"
    );
    assert!(!app.help, "{context:?}: Esc closes help");
    assert_eq!(app.context(), context);
    press_code(&mut app, then);
    app
}

#[test]
fn esc_closes_help_on_home_notes_steps_and_closing_and_the_next_key_acts() {
    let home = esc_then(app(Lang::Nl), Context::Home, KeyCode::Enter);
    assert_eq!(
        home.context(),
        Context::SetupFilter,
        "Enter opened the set-up"
    );
    let notes = esc_then(started(Lang::Nl), Context::Notes, KeyCode::Right);
    assert_eq!(notes.context(), Context::Steps, "→ went to the steps");
    let steps = esc_then(at_first_step(Lang::Nl), Context::Steps, KeyCode::Right);
    assert_eq!(
        session(&steps).session.position.step,
        1,
        "→ went to the next step"
    );
    let closing = esc_then(at_closing(), Context::Closing, KeyCode::Right);
    assert_eq!(
        closing.context(),
        Context::Notes,
        "→ went to the evaluation"
    );
}
