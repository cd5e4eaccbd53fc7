//! Plain-text snapshots of an own case's screens (eigen inbreng), at 80×24
//! and 120×40, in Dutch and English: the case list's first row, the
//! preparation, the Steps phase before and after a decision point is added
//! live, and the help of that phase. Reached by real keys through `update`.
//!
//! Update with `INSTA_UPDATE=always cargo test --test tui_snapshots_own_case`,
//! then read the `.snap` files as a facilitator would.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;

use common::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap(app: &App, name: &str) {
    let lang = app.lang.code();
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
    }
}

/// From home to an own case's preparation, the title typed, at the role.
fn preparing(lang: Lang) -> App {
    let mut app = app(lang);
    press_code(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        press_code(&mut app, KeyCode::Enter);
    }
    type_text(&mut app, GROUP);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "Stil meisje in groep 5");
    press_code(&mut app, KeyCode::Esc);
    type_text(&mut app, "jeugdconsulent");
    press_code(&mut app, KeyCode::Esc);
    type_text(&mut app, "Wanneer schaal ik op, en naar wie?");
    app
}

/// The preparation done, in the Steps phase without decision points.
fn own_steps(lang: Lang) -> App {
    let mut app = preparing(lang);
    for _ in 0..4 {
        press_code(&mut app, KeyCode::Esc);
    }
    press(&mut app, ch('n'));
    app
}

#[test]
fn the_case_list_with_the_own_case_first() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = app(lang);
        press_code(&mut app, KeyCode::Enter);
        snap(&app, "own_case_row");
    }
}

#[test]
fn the_preparation() {
    for lang in [Lang::Nl, Lang::En] {
        snap(&preparing(lang), "own_preparation");
    }
}

#[test]
fn the_steps_phase_before_the_first_decision_point() {
    for lang in [Lang::Nl, Lang::En] {
        snap(&own_steps(lang), "own_no_steps");
    }
}

#[test]
fn a_decision_point_added_live() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = own_steps(lang);
        press(&mut app, ch('+'));
        snap(&app, "own_new_step");
        type_text(
            &mut app,
            "De melding\nDe IB'er belt: het meisje is stil en vaak te laat.",
        );
        press_code(&mut app, KeyCode::Esc);
        snap(&app, "own_step");
        press(&mut app, ch('?'));
        snap(&app, "own_step_help");
    }
}
