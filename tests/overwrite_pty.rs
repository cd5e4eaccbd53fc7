//! Issue 10, finding 5, through a real terminal: a session is open in
//! casus, its lock file is deleted and another writer replaces the file; the
//! next save leaves that file intact, writes a conflict copy and says so.

mod common;

use std::path::Path;

use casus::store::{read_session, to_ron};
use common::bin::Sandbox;

const ID: &str = "20261123-090000-versi1";
const TITLE: &str = "Een zorgelijk signaal van school";

#[test]
fn pty_a_save_after_another_writer_changed_the_file_keeps_both_versions() {
    let sandbox = Sandbox::new();
    let sessions = sandbox.sessions();
    std::fs::create_dir_all(&sessions).expect("sessions/");
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions/v2.ron");
    let mut session = read_session(&fixture).expect("the fixture");
    session.draft = None;
    let file = sessions.join(format!("{ID}.ron"));
    std::fs::write(&file, to_ron(&session)).expect("the session");

    let mut term = sandbox.spawn(&["resume", ID], (120, 40), &[]);
    term.wait_until("the resumed session", |s| s.contains(TITLE));
    term.send(b"\r");
    term.send(b" Eerstewoord");
    term.esc();
    term.wait_until("the editor closed", |s| s.contains("✓ 3."));
    let saved = (0..100).any(|_| {
        let done = read_session(&file).is_ok_and(|s| s.steps[2].decision.contains("Eerstewoord"));
        if !done {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        done
    });
    assert!(saved, "the first word reached the file");

    // Another writer: the lock is gone, and the file holds their version.
    let _ = std::fs::remove_file(casus::store::lock_path(&sessions, ID));
    let mut theirs = read_session(&file).expect("the session");
    theirs.lessons = "Hun les, elders geschreven.".into();
    let their_text = to_ron(&theirs);
    std::fs::write(&file, &their_text).expect("their write");

    term.send(b"\r");
    term.send(b" Tweedewoord");
    term.esc();
    term.wait_until("the conflict named in the status line", |s| {
        s.contains("elders gewijzigd")
    });
    term.send(b"q");
    let _ = term.exit_code();

    assert!(
        std::fs::read_to_string(&file).expect("their file") == their_text,
        "the other writer's file is intact"
    );
    let copies: Vec<_> = std::fs::read_dir(&sessions)
        .expect("sessions/")
        .map(|e| e.expect("an entry").path())
        .filter(|p| casus::store::conflict::is_copy_name(p, ID))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    let ours = read_session(&copies[0]).expect("the conflict copy");
    assert!(
        ours.steps[2].decision.contains("Tweedewoord"),
        "{:?}",
        ours.steps[2]
    );
    assert_eq!(ours.lessons, session.lessons, "our version, not theirs");
}
