//! What a failed save looks like at 80×24, in Dutch and English: the whole
//! message in the footer (it wraps to more lines rather than being cut),
//! the question on quitting, and the lasting "not saved" line after the
//! next key. The failure is fed in as the runner reports a full disk.

mod common;

use casus::i18n::Lang;
use casus::tui::action::Action;

use common::*;

const FULL: &str = "No space left on device (os error 28)";

fn failed(lang: Lang) -> casus::tui::app::App {
    let mut app = at_first_step(lang);
    press(&mut app, ch('d'));
    type_text(&mut app, "Ouders vandaag bellen");
    press(&mut app, key(crossterm::event::KeyCode::Esc));
    act(&mut app, Action::SaveFailed(FULL.into()));
    app
}

/// Every word of `message` is on screen (the footer may wrap it).
fn shows_whole(screen: &str, message: &str) {
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&message),
        "the message is cut:\n{screen}\nwanted: {message}"
    );
}

#[test]
fn a_failed_save_is_said_in_full_at_80_columns() {
    for (lang, name) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
        let app = failed(lang);
        let screen = render(&app, 80, 24);
        shows_whole(&screen, &status(&app).0);
        insta::assert_snapshot!(format!("{name}_save_failed_80x24"), screen);
    }
}

#[test]
fn the_question_on_quitting_is_said_in_full_at_80_columns() {
    for (lang, name) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
        let mut app = failed(lang);
        press(&mut app, ch('q'));
        act(&mut app, Action::SaveFailed(FULL.into()));
        assert!(session(&app).asking);
        let screen = render(&app, 80, 24);
        shows_whole(&screen, &status(&app).0);
        insta::assert_snapshot!(format!("{name}_save_failed_question_80x24"), screen);
    }
}

#[test]
fn after_the_next_key_the_footer_still_says_not_saved() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = failed(lang);
        press(&mut app, ch('n'));
        let screen = render(&app, 80, 24);
        shows_whole(&screen, lang.strings().save.save_pending);
    }
}
