//! Snapshots of correcting what was written, at 80×24 and 120×40, in Dutch
//! and English: a decision point with a selected reflection (`s`), and the
//! question before removing it (`x`). Update with
//! `INSTA_UPDATE=always cargo test --test tui_snapshots_corrections`, then
//! read the `.snap` files as a facilitator would.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;

use common::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap(app: &App, name: &str) {
    for (w, h) in SIZES {
        let lang = app.lang.code();
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
    }
}

/// The first decision point with two reflections and a knelpunt, the second reflection selected.
fn selected(lang: Lang) -> App {
    let mut app = at_first_step(lang);
    for (text, who) in [
        ("Ik zou eerst met de leerkracht praten.", "AB"),
        ("Het buurtteam anoniem raadplegen.", "CD"),
    ] {
        press(&mut app, ch('r'));
        type_text(&mut app, text);
        press_code(&mut app, KeyCode::Tab);
        type_text(&mut app, who);
        press_code(&mut app, KeyCode::Esc);
    }
    press(&mut app, ch('b'));
    type_text(&mut app, "Zorgoverleg duurt zes weken");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('s'));
    press(&mut app, ch('s'));
    app
}

#[test]
fn a_step_with_a_selected_reflection() {
    for lang in [Lang::Nl, Lang::En] {
        snap(&selected(lang), "step_selected");
    }
}

#[test]
fn the_question_before_removing() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = selected(lang);
        press(&mut app, ch('x'));
        snap(&app, "step_remove_question");
    }
}
