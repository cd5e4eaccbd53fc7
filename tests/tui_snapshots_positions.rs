//! Snapshots of positions and dot-voting at 80×24 and 120×40, in Dutch and
//! English: the position round while the positions are hidden and once
//! shown, the decision point with its tally, dot-voting in the closing, and
//! the summary ranked by dots. Update with
//! `INSTA_UPDATE=always cargo test --test tui_snapshots_positions`, then
//! read the `.snap` files as a facilitator would.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;

use common::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap(app: &mut App, name: &str) {
    app.status = None; // the last key's message is not what the screen is about
    for (w, h) in SIZES {
        app.size = (w, h);
        let lang = app.lang.code();
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
    }
}

/// The round at the first decision point: AB took option 2, CD is on show.
fn round(lang: Lang) -> App {
    let mut app = at_first_step(lang);
    press(&mut app, ch('c'));
    press(&mut app, ch('j'));
    press_code(&mut app, KeyCode::Enter);
    app
}

/// The round with CD's own words and reason too, shown.
fn shown(lang: Lang) -> App {
    let mut app = round(lang);
    for _ in 0..4 {
        press(&mut app, ch('j'));
    }
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "Eerst de huisarts bellen");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "die kent het gezin");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('u'));
    app
}

#[test]
fn the_round_while_positions_are_hidden() {
    for lang in [Lang::Nl, Lang::En] {
        snap(&mut round(lang), "round_hidden");
    }
}

#[test]
fn the_round_once_shown() {
    for lang in [Lang::Nl, Lang::En] {
        snap(&mut shown(lang), "round_shown");
    }
}

#[test]
fn the_decision_point_with_its_tally() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = shown(lang);
        press_code(&mut app, KeyCode::Esc);
        snap(&mut app, "step_tally");
    }
}

/// The closing with a knelpunt and two actions, AB's dots given, voting open on CD.
fn voting(lang: Lang) -> App {
    let mut app = at_first_step(lang);
    press(&mut app, ch('b'));
    type_text(&mut app, "Geen spreekuur op school");
    press_code(&mut app, KeyCode::Esc);
    press_code(&mut app, KeyCode::Tab);
    for text in [
        "Spreekuur regelen met het schoolbestuur",
        "Terugkoppelen aan de IB'er",
    ] {
        press(&mut app, ch('a'));
        type_text(&mut app, text);
        press_code(&mut app, KeyCode::Esc);
    }
    press(&mut app, ch('s'));
    press(&mut app, ch('j'));
    press(&mut app, ch('j'));
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    press(&mut app, ch('k'));
    press(&mut app, ch('k'));
    press_code(&mut app, KeyCode::Enter);
    press(&mut app, ch('l'));
    app
}

#[test]
fn dot_voting_in_the_closing() {
    for lang in [Lang::Nl, Lang::En] {
        snap(&mut voting(lang), "votes");
    }
}

#[test]
fn the_summary_ranked_by_dots() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = voting(lang);
        press_code(&mut app, KeyCode::Enter); // CD: the knelpunt
        press_code(&mut app, KeyCode::Esc);
        press_code(&mut app, KeyCode::Tab);
        press_code(&mut app, KeyCode::Tab);
        snap(&mut app, "summary_ranked");
    }
}
