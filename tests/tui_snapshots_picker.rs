//! Plain-text snapshots of the theme picker and the help overlay at 80×24,
//! 120×40 and 200×60, in Dutch and English, each reached by real keys.
//!
//! Update with `INSTA_UPDATE=always cargo test --test tui_snapshots_picker`,
//! then read the `.snap` files as a facilitator would.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;

use common::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];
const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

fn snap(app: &App, name: &str) {
    for (w, h) in SIZES {
        snap_at(app, name, w, h);
    }
}

fn snap_at(app: &App, name: &str, w: u16, h: u16) {
    let lang = app.lang.code();
    insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
}

/// The picker open on the first decision point, `keys` typed into it.
fn picker(lang: Lang, query: &str) -> App {
    let mut app = at_first_step(lang);
    press(&mut app, ch('t'));
    type_text(&mut app, query);
    app
}

#[test]
fn picker_with_one_theme_ticked_by_tab() {
    for lang in LANGS {
        let mut app = picker(lang, "");
        press_code(&mut app, KeyCode::Tab);
        snap(&app, "picker_ticked");
    }
}

#[test]
fn picker_with_a_two_word_query() {
    for lang in LANGS {
        snap(&picker(lang, "eerste lijn"), "picker_two_words");
    }
}

#[test]
fn picker_without_a_match() {
    for lang in LANGS {
        snap(&picker(lang, "zzqq"), "picker_no_match");
    }
}

#[test]
fn picker_in_the_smallest_window() {
    snap_at(&picker(Lang::Nl, ""), "picker", 60, 18);
}

#[test]
fn help_on_a_step() {
    for lang in LANGS {
        let mut app = at_first_step(lang);
        press(&mut app, ch('?'));
        snap(&app, "help_step");
    }
}

#[test]
fn help_in_an_editor_and_on_home() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('r'));
    press_code(&mut app, KeyCode::F(1));
    snap(&app, "help_editor");
    let mut app = common::app(Lang::Nl);
    press(&mut app, ch('?'));
    snap(&app, "help_home");
}

#[test]
fn help_at_60x18_scrolls_to_its_last_row() {
    let mut app = at_first_step(Lang::Nl);
    app.size = (60, 18);
    press(&mut app, ch('?'));
    snap_at(&app, "help_small_top", 60, 18);
    press_code(&mut app, KeyCode::PageDown);
    press_code(&mut app, KeyCode::PageDown);
    snap_at(&app, "help_small_end", 60, 18);
}
