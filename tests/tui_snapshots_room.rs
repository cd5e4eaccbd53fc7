//! Snapshots of the screens issue 11 changed last, at 80×24, 120×40 and
//! 200×60, in Dutch and English: the method search in the set-up, lists and
//! tables that use a wide window, and footers that offer only keys that act.
//!
//! Update with `INSTA_UPDATE=always cargo test --test tui_snapshots_room`,
//! then read the `.snap` files as a facilitator would.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;

use common::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];
const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

/// Snapshots the app at the three sizes as `<lang>_<name>_<w>x<h>`.
fn snap(app: &App, name: &str) {
    let lang = app.lang.code();
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
    }
}

/// Home → set-up → the case "signaal" → the method page.
fn method_page(lang: Lang) -> App {
    let mut app = app(lang);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "signaal");
    press_code(&mut app, KeyCode::Enter);
    app
}

#[test]
fn the_method_page_has_the_case_lists_search() {
    for lang in LANGS {
        let mut app = method_page(lang);
        type_text(&mut app, "oplossing");
        snap(&app, "setup_method_search");
    }
}

#[test]
fn a_method_search_without_a_match_says_so() {
    for lang in LANGS {
        let mut app = method_page(lang);
        type_text(&mut app, "zzqq");
        snap(&app, "setup_method_nomatch");
    }
}
