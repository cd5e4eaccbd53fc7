//! Snapshots of the terugblik at 80×24, 120×40 and 200×60, in Dutch and
//! English: the open items of the group's earlier session, after a status
//! change and a note, with the note editor open, in presenting mode; and the
//! set-up's participants page with a practice session on, and the practice
//! badge in the session header. Update with
//! `INSTA_UPDATE=always cargo test --test tui_snapshots_terugblik`, then
//! read the `.snap` files as a facilitator would.

mod common;
mod looking_back;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;

use common::*;
use looking_back::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn snap(app: &mut App, name: &str) {
    app.status = None; // the last key's message is not what the screen is about
    for (w, h) in SIZES {
        app.size = (w, h);
        let lang = app.lang.code();
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
    }
}

fn looking(lang: Lang) -> App {
    let mut app = started(lang);
    look_back(&mut app);
    app
}

#[test]
fn the_open_items() {
    for lang in [Lang::Nl, Lang::En] {
        snap(&mut looking(lang), "terugblik");
    }
}

#[test]
fn after_a_status_change_and_a_note() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = looking(lang);
        press(&mut app, ch('s'));
        press(&mut app, ch('j'));
        press(&mut app, ch('j'));
        press_code(&mut app, KeyCode::Enter);
        type_text(&mut app, "Tweede spreekuur staat in het rooster");
        press_code(&mut app, KeyCode::Esc);
        snap(&mut app, "terugblik_changed");
    }
}

#[test]
fn with_the_answer_editor_open() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = looking(lang);
        press(&mut app, ch('j'));
        press_code(&mut app, KeyCode::Enter);
        snap(&mut app, "terugblik_answer");
    }
}

#[test]
fn presenting() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = looking(lang);
        app.present = true;
        snap(&mut app, "terugblik_present");
    }
}

#[test]
fn a_practice_session_in_set_up_and_in_the_header() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = app(lang);
        press_code(&mut app, KeyCode::Enter);
        type_text(&mut app, "signaal");
        press_code(&mut app, KeyCode::Enter);
        press_code(&mut app, KeyCode::Enter);
        press_code(&mut app, KeyCode::Enter);
        type_text(&mut app, GROUP);
        press_code(&mut app, KeyCode::Enter);
        press(&mut app, ctrl('p'));
        snap(&mut app, "setup_practice");
        press_code(&mut app, KeyCode::Enter);
        snap(&mut app, "practice_session");
    }
}

#[test]
fn its_keys_in_help() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = looking(lang);
        press(&mut app, ch('?'));
        snap(&mut app, "terugblik_help");
    }
}

#[test]
fn the_summary_of_a_session_that_looked_back() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = looking(lang);
        press(&mut app, ch('s'));
        press_code(&mut app, KeyCode::Tab);
        while matches!(app.screen, casus::tui::app::Screen::Session(_)) {
            press_code(&mut app, KeyCode::Tab);
        }
        snap(&mut app, "summary_followed");
    }
}
