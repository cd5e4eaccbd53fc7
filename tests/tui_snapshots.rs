//! Plain-text snapshots of every screen, at 80×24 and 120×40, in Dutch, and
//! the main screens in English. Each screen is reached by real keys through
//! `update`, with a fixed clock and a fixed session id, so a snapshot changes
//! only when what a facilitator sees changes.
//!
//! Update with `INSTA_UPDATE=always cargo test --test tui_snapshots`, then read
//! the `.snap` files as a facilitator would. The theme picker and the help
//! overlay are in `tui_snapshots_picker.rs`.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::Session;
use casus::tui::app::{App, Ids, Screen};

use common::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Snapshots the app at both sizes as `<lang>_<name>_<w>x<h>`.
fn snap(app: &App, name: &str) {
    for (w, h) in SIZES {
        snap_at(app, name, w, h);
    }
}

fn snap_at(app: &App, name: &str, w: u16, h: u16) {
    let lang = app.lang.code();
    insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
}

/// A decision point with everything on it: decision, two themes, a reflection
/// with author, a knelpunt with owner, the outcome revealed.
fn full_step(lang: Lang) -> App {
    let mut app = at_first_step(lang);
    run_clock(&mut app, 0, 125);
    press(&mut app, ch('d'));
    type_text(
        &mut app,
        "De IB'er belt vandaag de moeder en legt de zorg anoniem voor aan het buurtteam.",
    );
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('t'));
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "mandaat");
    press_code(&mut app, KeyCode::Tab);
    press_code(&mut app, KeyCode::Enter);
    press(&mut app, ch('r'));
    type_text(&mut app, "Ik zou eerst met de leerkracht praten.");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "AB");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('b'));
    type_text(&mut app, "Zorgoverleg duurt zes weken");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "schoolbestuur");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('o'));
    app
}

/// The closing with lessons, the knelpunt from a step and an action.
fn full_closing(lang: Lang) -> App {
    let mut app = full_step(lang);
    press_code(&mut app, KeyCode::Tab);
    press(&mut app, ch('i'));
    type_text(&mut app, "Korte lijnen met het buurtteam werken.");
    press_code(&mut app, KeyCode::Esc);
    press(&mut app, ch('a'));
    type_text(&mut app, "Spreekuur buurtteam op elke school");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "CD");
    press_code(&mut app, KeyCode::Esc);
    app
}

fn summary(lang: Lang) -> App {
    let mut app = full_closing(lang);
    press(&mut app, ch('n'));
    run_clock(&mut app, 200, 20);
    press(&mut app, ch('n'));
    assert!(matches!(app.screen, Screen::Summary(_)));
    app
}

/// A home screen knowing one unfinished and one finished session.
fn home_with_sessions(lang: Lang) -> App {
    let mut sessions: Vec<Session> = Vec::new();
    let mut a = common::app(lang);
    a.ids = Ids::Fixed("20261120-140000-aaaaaa".into());
    a.now = "2026-11-20T14:00:00Z".parse().unwrap();
    start_session(&mut a, "achttien");
    press(&mut a, ch('n'));
    press(&mut a, ch('d'));
    type_text(&mut a, "Verlengd tot 21");
    press_code(&mut a, KeyCode::Esc);
    press(&mut a, ch('n'));
    sessions.push(session(&a).session.clone());
    let finished = summary(lang);
    let Screen::Summary(sum) = &finished.screen else {
        unreachable!()
    };
    let mut done = sum.session.clone();
    done.id = "20261116-100000-bbbbbb".into();
    done.started = "2026-11-16T10:00:00Z".parse().unwrap();
    sessions.push(done);
    common::app_with(lang, &sessions)
}

// ---------------------------------------------------------------- Dutch

#[test]
fn home_empty() {
    snap(&common::app(Lang::Nl), "home_empty");
}

#[test]
fn home_with_sessions_unfinished_first() {
    snap(&home_with_sessions(Lang::Nl), "home_sessions");
}

#[test]
fn setup_case_list_with_preview() {
    let mut app = setup_on(0);
    type_text(&mut app, "signaal");
    snap(&app, "setup_case");
}

#[test]
fn setup_case_list_unfiltered() {
    snap(&setup_on(0), "setup_case_all");
}

#[test]
fn setup_case_list_without_a_match() {
    let mut app = setup_on(0);
    type_text(&mut app, "zzqq");
    snap(&app, "setup_case_nomatch");
}

#[test]
fn setup_method() {
    snap(&setup_on(1), "setup_method");
}

#[test]
fn setup_theme_sets() {
    let mut app = setup_on(2);
    press(&mut app, ch('j'));
    press(&mut app, ch(' '));
    snap(&app, "setup_themes");
}

#[test]
fn setup_group() {
    let mut app = setup_on(3);
    type_text(&mut app, "Team Noord");
    snap(&app, "setup_group");
}

#[test]
fn setup_group_missing() {
    let mut app = setup_on(3);
    press_code(&mut app, KeyCode::Enter);
    snap(&app, "setup_group_missing");
}

#[test]
fn setup_participants() {
    let mut app = setup_on(4);
    type_text(&mut app, "AB, CD, gedragswetenschapper");
    snap(&app, "setup_participants");
}

#[test]
fn notes_phase_with_notes() {
    let mut app = started(Lang::Nl);
    run_clock(&mut app, 0, 90);
    press(&mut app, ch('i'));
    type_text(
        &mut app,
        "Rollen: AB leidt, CD bewaakt de tijd.\nVraag: waar is vader?",
    );
    press_code(&mut app, KeyCode::Esc);
    snap(&app, "notes");
}

#[test]
fn notes_phase_editor_open() {
    let mut app = started(Lang::Nl);
    press(&mut app, ch('i'));
    type_text(&mut app, "Eerste indruk: ");
    snap(&app, "notes_editor");
}

#[test]
fn step_fresh() {
    snap(&at_first_step(Lang::Nl), "step_fresh");
}

#[test]
fn step_with_everything() {
    snap(&full_step(Lang::Nl), "step_full");
}

#[test]
fn step_with_everything_scrolled_down() {
    let mut app = full_step(Lang::Nl);
    for _ in 0..4 {
        press(&mut app, ch('j'));
    }
    snap(&app, "step_full_scrolled");
}

#[test]
fn step_presenting() {
    let mut app = full_step(Lang::Nl);
    press(&mut app, ch('v'));
    snap(&app, "step_presenting");
}

#[test]
fn editor_decision_open() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "We bellen vandaag nog.\nEn we vragen advies.");
    snap(&app, "editor_decision");
}

#[test]
fn editor_reflection_with_author() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('r'));
    type_text(&mut app, "Ik herken de twijfel.");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "AB");
    snap(&app, "editor_reflection");
}

#[test]
fn privacy_warning_on_a_phone_number() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Moeder belt 06-12345678 terug.");
    press_code(&mut app, KeyCode::Esc);
    snap(&app, "privacy_warning");
}

#[test]
fn privacy_block_on_a_bsn() {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('d'));
    type_text(&mut app, "Dossier met BSN 111222333 opvragen.");
    press_code(&mut app, KeyCode::Esc);
    snap(&app, "privacy_bsn");
}

#[test]
fn closing_phase() {
    snap(&full_closing(Lang::Nl), "closing");
}

#[test]
fn closing_phase_empty() {
    let mut app = at_first_step(Lang::Nl);
    press_code(&mut app, KeyCode::Tab);
    snap(&app, "closing_empty");
}

#[test]
fn evaluation_phase_after_the_steps() {
    let mut app = full_closing(Lang::Nl);
    press(&mut app, ch('n'));
    snap(&app, "evaluation");
}

#[test]
fn summary_screen() {
    snap(&summary(Lang::Nl), "summary");
}

#[test]
fn timer_over_time() {
    let mut app = started(Lang::Nl);
    run_clock(&mut app, 0, 1300);
    snap_at(&app, "timer_over", 120, 40);
}

#[test]
fn window_too_small() {
    let app = full_step(Lang::Nl);
    snap_at(&app, "too_small", 59, 17);
    snap_at(&app, "too_small", 30, 8);
}

#[test]
fn smallest_window_that_is_large_enough() {
    snap_at(&full_step(Lang::Nl), "step_full", 60, 18);
}

// ---------------------------------------------------------------- English

#[test]
fn english_home() {
    snap(&common::app(Lang::En), "home_empty");
    snap(&home_with_sessions(Lang::En), "home_sessions");
}

#[test]
fn english_setup_case() {
    let mut app = common::app(Lang::En);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "signaal");
    snap(&app, "setup_case");
}

#[test]
fn english_step() {
    snap(&full_step(Lang::En), "step_full");
}

#[test]
fn english_editor_with_warning() {
    let mut app = at_first_step(Lang::En);
    press(&mut app, ch('d'));
    type_text(&mut app, "Mother calls 06-12345678 back.");
    press_code(&mut app, KeyCode::Esc);
    snap(&app, "privacy_warning");
}

#[test]
fn english_closing() {
    snap(&full_closing(Lang::En), "closing");
}

#[test]
fn english_summary() {
    snap(&summary(Lang::En), "summary");
}

#[test]
fn english_too_small() {
    snap_at(&common::app(Lang::En), "too_small", 59, 17);
}
