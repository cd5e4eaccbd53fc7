//! Old versions and loose permissions.
//!
//! Every session schema version ever written keeps a fixture in
//! `tests/fixtures/session_versions/` that this casus must still read, with
//! everything in it; and a data folder open to others is made owner-only the
//! moment casus opens it, and says so once.

use std::path::{Path, PathBuf};

mod common;

use casus::model::{BottleneckStatus, DraftTarget, SESSION_SCHEMA_VERSION, Session};
use casus::store::{read_session, to_ron};
use casus::tui::action::{Action, Effect};
use casus::tui::{Start, prepare};
use common::{runner_on, start_options};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn v1() -> PathBuf {
    fixtures().join("session_versions/v1.ron")
}

const GOOD_A: &str = "20261123-090000-versi1"; // the v1 fixture

fn now() -> jiff::Timestamp {
    "2026-11-25T09:00:00Z".parse().expect("a time")
}

#[test]
fn every_session_version_ever_written_keeps_a_fixture_that_still_loads() {
    let dir = fixtures().join("session_versions");
    for version in 1..=SESSION_SCHEMA_VERSION {
        let path = dir.join(format!("v{version}.ron"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "no fixture for session schema version {version}: write one with the serializer of that version to {}",
                path.display()
            )
        });
        assert!(
            text.contains(&format!("schema_version: {version},")),
            "{} is not a version {version} file",
            path.display()
        );
        let session = read_session(&path).unwrap_or_else(|d| panic!("{d}"));
        assert_eq!(
            session.schema_version, SESSION_SCHEMA_VERSION,
            "migrated on load"
        );
    }
}

#[test]
fn the_v1_fixture_loads_with_everything_in_it() {
    let s: Session = read_session(&v1()).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(s.id, GOOD_A);
    assert_eq!(s.group, "Team Noord");
    assert_eq!(s.participants, ["AB", "gedragswetenschapper"]);
    assert_eq!(s.case.id, "signaal-van-school");
    assert_eq!(s.method.id, "casusbespreking");
    assert_eq!((s.position.phase, s.position.step), (1, 2));
    assert!(
        s.phases[0]
            .notes
            .contains("Tab\there, backslash \\ and ünïcödé 漢字 👍🏽")
    );
    assert!(s.phases[0].notes.contains("\"Vader\""));
    assert_eq!(s.phases[0].elapsed_secs, 612);
    assert_eq!(s.steps[0].themes.len(), 2);
    assert_eq!(s.steps[0].reflections.len(), 2);
    assert_eq!(s.steps[0].reflections[0].author.as_deref(), Some("AB"));
    assert!(s.steps[0].revealed);
    assert_eq!(s.bottlenecks[0].status, BottleneckStatus::Raised);
    assert_eq!(s.bottlenecks[0].owner.as_deref(), Some("gemeente"));
    assert_eq!(s.bottlenecks[1].step, None);
    assert_eq!(s.lessons, "Vraag eerst, besluit daarna.");
    assert_eq!(s.actions[0].owner.as_deref(), Some("teamleider"));
    let draft = s.draft.as_ref().expect("the draft");
    assert_eq!(
        draft.target,
        DraftTarget::Reflection {
            step: 2,
            index: None
        }
    );
    assert_eq!(draft.text, "Half getypte refle");
    assert!(s.finished.is_none());
    if SESSION_SCHEMA_VERSION == 1 {
        // Written by this very serializer: a change to the format needs a new version and fixture.
        let text = std::fs::read_to_string(v1()).expect("the fixture");
        assert_eq!(
            to_ron(&s),
            text,
            "the session format changed without a new schema_version"
        );
    }
}

// ---------------------------------------------------------------- permissions

#[cfg(unix)]
#[test]
fn looser_existing_permissions_are_tightened_when_casus_writes() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    let set = |p: &Path, m: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).expect("chmod")
    };
    let data = tempfile::tempdir().expect("a temp dir");
    let sessions = data.path().join("sessions");
    let exports = data.path().join("exports");
    std::fs::create_dir_all(&sessions).expect("sessions/");
    std::fs::create_dir_all(&exports).expect("exports/");
    let file = sessions.join(format!("{GOOD_A}.ron"));
    std::fs::copy(v1(), &file).expect("a session");
    let report = exports.join("oud.md");
    std::fs::write(&report, "# oud verslag\n").expect("an export");
    set(&sessions, 0o755);
    set(&exports, 0o755);
    set(&file, 0o644);
    set(&report, 0o644);
    let bytes = std::fs::read(&file).expect("the session");

    let runner = runner_on(data.path());
    assert_eq!(mode(&sessions), 0o700, "sessions/ tightened on open");
    assert_eq!(mode(&exports), 0o700, "exports/ tightened on open");
    assert_eq!(mode(&file), 0o600, "a session file tightened on open");
    assert_eq!(mode(&report), 0o600, "an export tightened on open");
    assert_eq!(
        std::fs::read(&file).expect("the session"),
        bytes,
        "only the mode changed"
    );
    let note = runner.store().tightened_note().expect("a note to show");
    assert!(!note.contains('\n'), "one line: {note}");
    assert!(note.contains(&sessions.display().to_string()), "{note}");

    // A write keeps it owner-only, and so does the lock file beside it.
    let mut session = read_session(&file).expect("the session");
    session.lessons.push_str(" En nog iets.");
    assert!(matches!(
        runner.run(Effect::Save(Box::new(session))),
        Some(Action::Saved)
    ));
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(&sessions), 0o700);
    for entry in std::fs::read_dir(&sessions).expect("sessions/") {
        let path = entry.expect("an entry").path();
        assert_eq!(
            mode(&path) & 0o077,
            0,
            "{} is open to others",
            path.display()
        );
    }

    // Already tight: no note the next time.
    let again = runner_on(data.path());
    assert_eq!(again.store().tightened_note(), None);
}

#[cfg(unix)]
#[test]
fn the_home_screen_says_when_it_made_open_sessions_private() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().expect("a temp dir");
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("sessions/");
    std::fs::copy(v1(), sessions.join(format!("{GOOD_A}.ron"))).expect("a session");
    std::fs::set_permissions(&sessions, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let runner = runner_on(data.path());
    let app = prepare(start_options(data.path(), Start::Home), &runner, now()).expect("home");
    let status = app.status.expect("a one-line note on the home screen");
    assert!(status.text.contains("afgeschermd"), "{}", status.text);
    assert!(!status.error);
}
