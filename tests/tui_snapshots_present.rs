//! Presenting mode (`v` or `--present`): what a group sees on a projector.
//! Plain-text snapshots at 80×24, 120×40 and 200×60 in Dutch and English,
//! each reached by real keys, and the palettes' colours on a drawn screen
//! (palettes differ in colour only, so they are tested on the cells).
//!
//! Update with `INSTA_UPDATE=always cargo test --test tui_snapshots_present`,
//! then read the `.snap` files as a facilitator would.

mod common;

use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

use casus::config::PaletteName;
use casus::i18n::Lang;
use casus::tui::app::App;
use casus::tui::style::Palette;

use common::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn snap(app: &App, name: &str) {
    let lang = app.lang.code();
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
    }
}

/// A decision point with a decision, a theme and a reflection, presenting.
fn presenting_step(lang: Lang) -> App {
    let mut app = at_first_step(lang);
    press(&mut app, ch('d'));
    type_text(&mut app, "De IB'er belt vandaag de moeder.");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('t'));
    type_text(&mut app, "mandaat");
    press_code(&mut app, KeyCode::Enter);
    press(&mut app, ch('r'));
    type_text(&mut app, "Eerst de leerkracht horen.");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('v'));
    app.status = None;
    app
}

#[test]
fn a_decision_point_on_the_projector() {
    for lang in [Lang::Nl, Lang::En] {
        snap(&presenting_step(lang), "present_step");
    }
}

#[test]
fn an_untouched_decision_point_names_no_keys() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = at_first_step(lang);
        press(&mut app, ch('v'));
        app.status = None;
        let s = lang.strings();
        for (w, h) in SIZES {
            let screen = render(&app, w, h);
            for hint in [s.step_no_decision, s.step_no_themes, s.step_outcome_hidden] {
                assert!(!screen.contains(hint), "{hint:?} at {w}x{h}:\n{screen}");
            }
            if h >= 40 {
                assert!(screen.contains(s.settings.present_no_decision), "{screen}");
            }
            assert!(
                !screen.contains("3. Het huisbezoek"),
                "no list of decision points"
            );
        }
        snap(&app, "present_step_empty");
    }
}

#[test]
fn the_opening_and_the_closing_on_the_projector() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = started(lang);
        press(&mut app, ch('v'));
        app.status = None;
        snap(&app, "present_notes");
        let mut app = at_closing();
        if lang == Lang::En {
            app.lang = Lang::En;
        }
        press(&mut app, ch('v'));
        app.status = None;
        snap(&app, "present_closing");
    }
}

#[test]
fn writing_the_decision_while_presenting_keeps_the_question_in_view() {
    for lang in [Lang::Nl, Lang::En] {
        let mut app = presenting_step(lang);
        press(&mut app, ch('d'));
        snap(&app, "present_editor");
    }
}

#[test]
fn the_footer_says_only_how_to_get_help_and_how_to_stop() {
    let app = presenting_step(Lang::Nl);
    let screen = render(&app, 120, 40);
    let footer = screen.lines().last().unwrap_or_default();
    assert_eq!(footer, " ? hulp  v stoppen met presenteren");
    // `?` still opens help, and `v` ends presenting.
    let mut app = app;
    press(&mut app, ch('?'));
    assert!(app.help);
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('v'));
    assert!(!app.present);
    app.status = None;
    let footer = render(&app, 120, 40);
    assert!(footer.contains(nl().cmd_tag_themes), "{footer}");
}

/// Draws the app and returns the buffer, styles and all.
fn cells(app: &App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    terminal
        .draw(|f| casus::tui::view::view(app, f))
        .expect("drawing works");
    terminal.backend().buffer().clone()
}

#[test]
fn high_contrast_is_white_on_black_everywhere_popups_included() {
    let mut app = presenting_step(Lang::Nl);
    app.palette = Palette::of(PaletteName::HighContrast, true);
    press(&mut app, ch('?'));
    let buffer = cells(&app, 80, 24);
    for cell in &buffer.content {
        let reversed = cell.modifier.contains(Modifier::REVERSED);
        assert_ne!(cell.bg, Color::Reset, "{cell:?}");
        if !reversed {
            assert_eq!(cell.bg, Color::Black, "{cell:?}");
        }
        assert!(!cell.modifier.contains(Modifier::DIM), "{cell:?}");
    }
}

#[test]
fn without_colour_every_palette_draws_the_same_cells() {
    let mut app = presenting_step(Lang::Nl);
    let plain = cells(&app, 80, 24);
    for name in [PaletteName::Dark, PaletteName::Light] {
        app.palette = Palette::of(name, false);
        assert_eq!(cells(&app, 80, 24), plain, "{name:?}");
    }
    app.palette = Palette::of(PaletteName::HighContrast, false);
    for cell in &cells(&app, 80, 24).content {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
    }
}

#[test]
fn the_light_palette_draws_titles_in_blue_not_cyan() {
    let mut app = presenting_step(Lang::Nl);
    app.palette = Palette::of(PaletteName::Light, true);
    let buffer = cells(&app, 120, 40);
    let fgs: Vec<Color> = buffer.content.iter().map(|c| c.fg).collect();
    assert!(fgs.contains(&Color::Blue));
    assert!(!fgs.contains(&Color::Cyan) && !fgs.contains(&Color::Yellow));
}
