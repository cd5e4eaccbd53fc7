//! The terugblik through the real runner and store: a new session reads the
//! folder, opens with the earlier session's open items, and a change of one
//! reaches that file; while another casus holds that session's lock, nothing
//! is written there, the status line says so and the change stays in the
//! new session. And an own case looks back before its preparation.

mod common;
mod looking_back;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::model::{BottleneckStatus, DraftTarget};
use casus::store::{Store, read_session, write_session};
use casus::tui::keymap::Context;

use common::*;
use looking_back::*;

/// A data folder holding the earlier session, and an app that started a
/// new session of the group on it, through the runner.
fn started_on(data: &std::path::Path) -> (casus::tui::app::App, casus::tui::Runner) {
    let store = Store::open(data).unwrap();
    write_session(&store.dir().join(format!("{FIRST}.ron")), &first()).unwrap();
    let runner = runner_on(data);
    let mut app = app(Lang::Nl);
    app.review_dirs = vec![data.to_path_buf()];
    let effects = start_session(&mut app, "signaal");
    run(&mut app, &runner, effects);
    (app, runner)
}

#[test]
fn a_change_reaches_the_earlier_sessions_file_through_the_runner() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, runner) = started_on(dir.path());
    assert_eq!(app.context(), Context::Terugblik);
    if let Some(action) = app.keymap.action_for(app.context(), ch('s')) {
        casus::tui::step(&mut app, &runner, action);
    }
    assert_eq!(
        status(&app),
        (
            "aangekaart: bijgewerkt in de sessie van 2026-11-01.".to_string(),
            false
        )
    );
    let path = Store::open(dir.path())
        .unwrap()
        .dir()
        .join(format!("{FIRST}.ron"));
    let b = &read_session(&path).unwrap().bottlenecks[0];
    assert_eq!(b.status, BottleneckStatus::Raised);
    assert_eq!(b.history[0].session.as_deref(), Some(ID));
}

#[test]
fn a_session_locked_by_another_casus_is_not_written_and_the_change_stays_here() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, runner) = started_on(dir.path());
    let other = Store::open(dir.path()).unwrap();
    let _held = other.lock(FIRST).expect("the other casus holds it");
    if let Some(action) = app.keymap.action_for(app.context(), ch('s')) {
        casus::tui::step(&mut app, &runner, action);
    }
    let (said, error) = status(&app);
    assert!(error, "{said}");
    assert!(
        said.starts_with("Niet bijgewerkt in de sessie van 2026-11-01: "),
        "{said}"
    );
    assert!(
        said.ends_with("Wat je noteerde staat in deze sessie."),
        "{said}"
    );
    let path = other.dir().join(format!("{FIRST}.ron"));
    assert_eq!(read_session(&path).unwrap(), {
        let mut s = first();
        s.migrate();
        s
    });
    let new = read_session(&other.dir().join(format!("{ID}.ron"))).unwrap();
    assert_eq!(new.follow_ups.len(), 1);
    assert_eq!(new.follow_ups[0].status.as_deref(), Some("raised"));
    assert!(render(&app, 120, 40).contains("niet bijgewerkt in die sessie"));
}

#[test]
fn an_own_case_looks_back_before_its_preparation() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        press_code(&mut app, KeyCode::Enter);
    }
    type_text(&mut app, GROUP);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    look_back(&mut app);
    assert_eq!(app.context(), Context::Terugblik);
    assert!(render(&app, 120, 40).contains("Terugblik"));
    press_code(&mut app, KeyCode::Tab);
    assert_eq!(
        app.context(),
        Context::Editor,
        "the preparation's first question"
    );
    let target = session(&app).editor.as_ref().map(|e| e.target);
    assert!(matches!(target, Some(DraftTarget::Own(_))), "{target:?}");
}

#[test]
fn v_presents_the_terugblik_of_an_own_case_too() {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        press_code(&mut app, KeyCode::Enter);
    }
    type_text(&mut app, GROUP);
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::Enter);
    look_back(&mut app);
    press(&mut app, ch('v'));
    assert!(app.present);
    assert_eq!(app.context(), Context::Terugblik);
}
