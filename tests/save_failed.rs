//! Unsaved text is never dropped (issue 10, finding 6): when a save fails,
//! the session stays marked unsaved, casus retries on its ticks, and
//! quitting asks first, offering a rescue copy in another folder.
//!
//! In process, through the real runner. The failure is made by replacing
//! the `sessions/` folder with a regular file after the first save: unlike
//! `chmod`, that stops writes for root too (CI runs as root).

mod common;

use std::path::{Path, PathBuf};

use casus::i18n::{Lang, fill};
use casus::tui::Runner;
use casus::tui::action::{Action, Command};
use crossterm::event::KeyCode;

use common::*;

/// A running session on the signaal case, saved once by `runner` in `data`.
fn running(data: &Path, rescue: &Path) -> (casus::tui::app::App, Runner) {
    let runner = Runner::new(data, Lang::Nl)
        .expect("a runner")
        .with_rescue_dirs(vec![rescue.to_path_buf()]);
    let mut app = app(Lang::Nl);
    let effects = start_session(&mut app, "signaal");
    run(&mut app, &runner, effects);
    assert!(data.join("sessions").join(format!("{ID}.ron")).is_file());
    (app, runner)
}

/// From now on every save fails: `sessions/` is a regular file.
fn break_sessions(data: &Path) {
    let sessions = data.join("sessions");
    std::fs::remove_dir_all(&sessions).expect("the sessions folder goes");
    std::fs::write(&sessions, "not a folder").expect("a file in its place");
}

fn mend_sessions(data: &Path) {
    let sessions = data.join("sessions");
    std::fs::remove_file(&sessions).expect("the file goes");
    std::fs::create_dir(&sessions).expect("the folder is back");
}

/// Goes to the first decision point and commits `text` as its decision.
fn commit_decision(app: &mut casus::tui::app::App, runner: &Runner, text: &str) {
    casus::tui::step(app, runner, Action::Command(Command::Next));
    press(app, ch('d'));
    type_text(app, text);
    press_run(app, runner, KeyCode::Esc);
    assert!(session(app).editor.is_none(), "the decision is committed");
}

/// Presses a key through the keymap and the runner; `true` when casus quits.
fn press_step(
    app: &mut casus::tui::app::App,
    runner: &Runner,
    ev: crossterm::event::KeyEvent,
) -> bool {
    let action = app
        .keymap
        .action_for(app.context(), ev)
        .expect("a bound key");
    casus::tui::step(app, runner, action)
}

#[test]
fn a_failed_save_leaves_the_session_unsaved_and_casus_retries() {
    let (data, rescue) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut app, runner) = running(data.path(), rescue.path());
    break_sessions(data.path());
    commit_decision(&mut app, &runner, "Ouders vandaag bellen");
    let (text, error) = status(&app);
    assert!(error, "a failed save is an error: {text}");
    assert!(text.starts_with("Bewaren mislukt"), "{text}");
    assert!(
        session(&app).unsaved.is_some(),
        "the session is marked unsaved"
    );

    // The next ticks retry (every few seconds), and keep failing for now.
    let mut retried = Vec::new();
    for t in 0..=6 {
        retried.extend(act(&mut app, Action::Tick(at(100 + t))));
    }
    assert!(
        saves(&retried)
            .iter()
            .any(|s| s.steps[0].decision.contains("Ouders vandaag bellen")),
        "no retry within 6 seconds: {retried:?}"
    );
    run(&mut app, &runner, retried);
    assert!(
        session(&app).unsaved.is_some(),
        "still unsaved while the folder is broken"
    );

    // The folder is back: the next retry saves, and says so.
    mend_sessions(data.path());
    let mut retried = Vec::new();
    for t in 7..=14 {
        retried.extend(act(&mut app, Action::Tick(at(100 + t))));
    }
    run(&mut app, &runner, retried);
    assert!(session(&app).unsaved.is_none(), "saved again");
    assert_eq!(status(&app), (nl().save.saved_again.to_string(), false));
    let on_disk = casus::store::Store::existing(data.path())
        .load(ID)
        .expect("the session reads");
    assert_eq!(on_disk.steps[0].decision, "Ouders vandaag bellen");
}

#[test]
fn q_with_unsaved_text_asks_and_the_rescue_copy_keeps_the_decision() {
    let (data, rescue) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut app, runner) = running(data.path(), rescue.path());
    break_sessions(data.path());
    commit_decision(&mut app, &runner, "Ouders vandaag bellen");

    assert!(
        !press_step(&mut app, &runner, ch('q')),
        "q must not quit with unsaved text"
    );
    let (text, error) = status(&app);
    assert!(
        error && text.starts_with("Niet bewaard ("),
        "the question shows: {text}"
    );
    assert!(session(&app).asking);
    // q again, or typing, does not leave either.
    assert!(!press_step(&mut app, &runner, ch('q')));
    assert!(!press_step(&mut app, &runner, ctrl('c')));
    assert!(session(&app).asking, "still asking");

    assert!(
        press_step(&mut app, &runner, key(KeyCode::Enter)),
        "Enter writes the copy and quits"
    );
    let path: PathBuf = session(&app).rescued.clone().expect("a rescue copy");
    assert_eq!(path, rescue.path().join(format!("casus-rescue-{ID}.ron")));
    let copy = casus::store::read_session(&path).expect("the rescue copy reads as a session");
    assert_eq!(copy.steps[0].decision, "Ouders vandaag bellen");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "only the owner reads the rescue copy");
    }
    assert_eq!(
        status(&app),
        (fill(nl().save.rescue_written, &[&path.display()]), false)
    );
    // After the terminal is back, casus says where the copy is, and fails.
    let said = casus::tui::rescue::after_quit(&app).expect_err("not a silent success");
    assert!(said.contains(&path.display().to_string()), "{said}");
}

#[test]
fn esc_stays_and_an_uncommitted_editor_goes_into_the_rescue_copy() {
    let (data, rescue) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut app, runner) = running(data.path(), rescue.path());
    break_sessions(data.path());
    casus::tui::step(&mut app, &runner, Action::Command(Command::Next));
    press(&mut app, ch('d'));
    type_text(&mut app, "Nog niet af");
    // Ctrl-C in the editor: the draft's save fails, so casus asks.
    assert!(!press_step(&mut app, &runner, ctrl('c')));
    assert!(session(&app).asking);
    assert!(
        !press_step(&mut app, &runner, key(KeyCode::Esc)),
        "Esc stays"
    );
    assert!(!session(&app).asking);
    assert_eq!(status(&app), (nl().save.unsaved_stay.to_string(), false));
    assert_eq!(
        editor_text(&app),
        "Nog niet af",
        "the editor is still open with its text"
    );

    assert!(!press_step(&mut app, &runner, ctrl('c')));
    assert!(press_step(&mut app, &runner, key(KeyCode::Enter)));
    let path = session(&app).rescued.clone().expect("a rescue copy");
    let copy = casus::store::read_session(&path).expect("it reads");
    assert_eq!(copy.draft.map(|d| d.text).as_deref(), Some("Nog niet af"));
}

#[test]
fn when_the_rescue_copy_fails_too_casus_stays_open() {
    let (data, rescue) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let not_a_dir = rescue.path().join("file");
    std::fs::write(&not_a_dir, "x").unwrap();
    let (mut app, runner) = running(data.path(), rescue.path());
    let runner = runner.with_rescue_dirs(vec![not_a_dir.join("below")]);
    break_sessions(data.path());
    commit_decision(&mut app, &runner, "Ouders vandaag bellen");
    assert!(!press_step(&mut app, &runner, ch('q')));
    assert!(
        !press_step(&mut app, &runner, key(KeyCode::Enter)),
        "no copy, no quit"
    );
    let (text, error) = status(&app);
    assert!(
        error && text.starts_with("Ook de reservekopie lukte niet"),
        "{text}"
    );
    assert!(casus::tui::rescue::holds(&app));
}

#[test]
fn a_save_that_works_quits_at_once() {
    let (data, rescue) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut app, runner) = running(data.path(), rescue.path());
    commit_decision(&mut app, &runner, "Ouders vandaag bellen");
    assert!(
        press_step(&mut app, &runner, ch('q')),
        "nothing unsaved: q quits"
    );
    assert!(
        std::fs::read_dir(rescue.path()).unwrap().next().is_none(),
        "no rescue copy"
    );
}

#[test]
fn a_finish_that_cannot_be_saved_stays_on_the_session_and_q_asks() {
    let (data, rescue) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut app, runner) = running(data.path(), rescue.path());
    commit_decision(&mut app, &runner, "Ouders vandaag bellen");
    break_sessions(data.path());
    // Past the last phase: the session finishes, and that save fails.
    let is_session =
        |app: &casus::tui::app::App| matches!(app.screen, casus::tui::app::Screen::Session(_));
    while is_session(&app) && session(&app).session.finished.is_none() {
        casus::tui::step(&mut app, &runner, Action::Command(Command::NextPhase));
    }
    assert!(
        matches!(app.screen, casus::tui::app::Screen::Session(_)),
        "the unsaved finish does not leave for the summary"
    );
    assert!(session(&app).session.finished.is_some());
    assert!(!press_step(&mut app, &runner, ch('q')), "q asks");
    assert!(press_step(&mut app, &runner, key(KeyCode::Enter)));
    let path = session(&app).rescued.clone().expect("a rescue copy");
    let copy = casus::store::read_session(&path).expect("it reads");
    assert!(copy.finished.is_some(), "the copy is the finished session");
    assert_eq!(copy.steps[0].decision, "Ouders vandaag bellen");
}
