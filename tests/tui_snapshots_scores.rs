//! Snapshots of the scores (casus-review, `o`) at 80×24, 120×40 and 200×60,
//! in Dutch and English: the panel with scores given, one that needs
//! attention with its why, and the indicators not yet scored; and the why's
//! editor under it. Update with
//! `INSTA_UPDATE=always cargo test --test tui_snapshots_scores`, then read
//! the `.snap` files as a facilitator would.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;
use casus::tui::screens::setup::Preset;

use common::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn snap(app: &mut App, name: &str) {
    app.status = None; // the last key's message is not what the screen is about
    for (w, h) in SIZES {
        app.size = (w, h);
        let lang = app.lang.code();
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
    }
}

/// A casus-review session with the scores open: veiligheid 2 with its why,
/// stabiliteit 5, the cursor on gezondheid en welzijn (not yet scored).
fn scored(lang: Lang) -> App {
    let mut app = app(lang);
    app.start_setup(Preset {
        case: Some("veilig-thuis".into()),
        method: Some("casus-review".into()),
        themes: Some(vec!["reflectie".into()]),
        group: Some(GROUP.into()),
        ..Preset::default()
    });
    type_text(&mut app, "AB, CD");
    press_code(&mut app, KeyCode::Enter);
    press(&mut app, ch('o'));
    press(&mut app, ch('2'));
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "Geen veiligheidsplan na de melding");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('j'));
    press(&mut app, ch('5'));
    press(&mut app, ch('j'));
    app
}

#[test]
fn the_scores_with_two_given() {
    for lang in [Lang::Nl, Lang::En] {
        snap(&mut scored(lang), "scores");
    }
}

#[test]
fn the_why_of_a_score_in_the_editor() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = scored(lang);
        press(&mut app, ch('k'));
        press(&mut app, ch('k'));
        press_code(&mut app, KeyCode::Enter);
        snap(&mut app, "scores_why");
    }
}
