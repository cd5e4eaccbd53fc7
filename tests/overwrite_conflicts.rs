//! Issue 10, finding 3: files that share a session id (a sync tool's
//! conflict copy, or casus's own) are listed as conflicts, and resume never
//! silently picks "the newest" of them, nor writes a copy over `<id>.ron`.
//! Both naming styles: Dropbox/OneDrive/Nextcloud `<id> (… conflicted copy
//! …).ron` and Syncthing `<id>.sync-conflict-….ron`.

mod common;

use std::path::{Path, PathBuf};

use casus::i18n::Lang;
use casus::store::{read_session, to_ron};
use casus::tui::action::{Action, Effect};
use casus::tui::{Start, prepare};
use common::bin::{Sandbox, code, stderr, stdout};
use common::{runner_on, start_options};

const ID: &str = "20261123-090000-versi1";

const STYLES: [&str; 2] = [
    "20261123-090000-versi1 (Jan's conflicted copy 2026-12-02).ron",
    "20261123-090000-versi1.sync-conflict-20261202-063800-ABCDEFG.ron",
];

fn v2() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions/v2.ron")
}

/// `<data>/sessions` with the original and a newer copy under `copy_name`
/// whose lessons differ. Returns both files with their bytes.
fn conflicted(data: &Path, copy_name: &str) -> ((PathBuf, Vec<u8>), (PathBuf, Vec<u8>)) {
    let sessions = data.join("sessions");
    std::fs::create_dir_all(&sessions).expect("sessions/");
    let own = sessions.join(format!("{ID}.ron"));
    std::fs::copy(v2(), &own).expect("the original");
    let mut copy = read_session(&v2()).expect("the fixture");
    copy.lessons = "Andere les, op een andere laptop.".into();
    copy.updated = "2026-12-01T10:00:00Z".parse().expect("a time");
    let copy_path = sessions.join(copy_name);
    std::fs::write(&copy_path, to_ron(&copy)).expect("the copy");
    let read = |p: &Path| std::fs::read(p).expect("a file");
    (
        (own.clone(), read(&own)),
        (copy_path.clone(), read(&copy_path)),
    )
}

fn now() -> jiff::Timestamp {
    "2026-12-02T09:00:00Z".parse().expect("a time")
}

#[test]
fn list_sessions_names_both_files_of_a_conflict_and_exits_1() {
    for style in STYLES {
        let sandbox = Sandbox::new();
        let ((own, _), (copy, _)) = conflicted(&sandbox.data(), style);
        let out = sandbox
            .command(&["--lang", "en", "list", "sessions", "--data-dir"])
            .arg(sandbox.data())
            .output()
            .expect("casus runs");
        let err = stderr(&out);
        assert_eq!(code(&out), 1, "a problem in the user's files: {err}");
        assert!(err.contains(&own.display().to_string()), "{style}: {err}");
        assert!(err.contains(&copy.display().to_string()), "{style}: {err}");
        assert!(err.contains("casus resume PATH"), "{err}");
        assert!(stdout(&out).contains(ID), "the session is still listed");
    }
}

#[test]
fn resume_of_a_conflicted_id_names_the_files_and_picks_none() {
    for style in STYLES {
        for id in [Some(ID.to_string()), None] {
            let data = tempfile::tempdir().expect("a temp dir");
            let ((own, own_bytes), (copy, copy_bytes)) = conflicted(data.path(), style);
            let runner = runner_on(data.path());
            let Err(why) = prepare(
                start_options(data.path(), Start::Resume(id)),
                &runner,
                now(),
            ) else {
                panic!("{style}: resume picked one of two files silently")
            };
            assert!(why.contains(&own.display().to_string()), "{why}");
            assert!(why.contains(&copy.display().to_string()), "{why}");
            assert!(why.contains("casus resume PAD"), "{why}");
            assert!(std::fs::read(&own).expect("own") == own_bytes);
            assert!(std::fs::read(&copy).expect("copy") == copy_bytes);
        }
    }
}

#[test]
fn resume_path_continues_the_chosen_copy_and_never_writes_it_over_the_original() {
    for style in STYLES {
        let data = tempfile::tempdir().expect("a temp dir");
        let ((own, own_bytes), (copy, _)) = conflicted(data.path(), style);
        let runner = runner_on(data.path());
        let start = Start::Resume(Some(copy.display().to_string()));
        let app = prepare(start_options(data.path(), start), &runner, now()).expect("resumed");
        let status = app.status.clone().expect("a note where the text goes");
        assert!(
            status.text.contains(&copy.display().to_string()),
            "{}",
            status.text
        );
        let mut session = read_session(&copy).expect("the copy");
        assert_eq!(session.lessons, "Andere les, op een andere laptop.");
        session.lessons.push_str(" Verder getypt.");
        let reply = runner.run(Effect::Save(Box::new(session)));
        assert!(matches!(reply, Some(Action::Saved)), "{reply:?}");
        assert!(
            std::fs::read(&own).expect("own") == own_bytes,
            "original untouched"
        );
        let after = read_session(&copy).expect("the copy");
        assert!(
            after.lessons.ends_with("Verder getypt."),
            "{}",
            after.lessons
        );
    }
}

#[test]
fn home_says_there_is_a_conflict_and_does_not_open_either_file_by_id() {
    for style in STYLES {
        let data = tempfile::tempdir().expect("a temp dir");
        conflicted(data.path(), style);
        let runner = runner_on(data.path());
        let app = prepare(start_options(data.path(), Start::Home), &runner, now()).expect("home");
        let status = app.status.expect("a status line");
        assert!(
            status.text.contains("synchronisatieconflict"),
            "{}",
            status.text
        );
        let opened = runner.run(Effect::Open(ID.into()));
        assert!(
            matches!(&opened, Some(Action::OpenFailed(why)) if why.contains(style)),
            "{opened:?}"
        );
    }
}

#[test]
fn a_conflict_copy_casus_wrote_itself_is_listed_as_a_conflict_too() {
    let data = tempfile::tempdir().expect("a temp dir");
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("sessions/");
    std::fs::copy(v2(), sessions.join(format!("{ID}.ron"))).expect("own");
    let copy = sessions.join(format!("{ID}.conflict-20261202-090000.ron"));
    std::fs::copy(v2(), &copy).expect("copy");
    let found = casus::store::conflict::conflicts(&sessions);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].files, [sessions.join(format!("{ID}.ron")), copy]);
}

#[test]
fn review_names_the_conflict_in_its_notes() {
    for style in STYLES {
        let data = tempfile::tempdir().expect("a temp dir");
        let ((own, _), (copy, _)) = conflicted(data.path(), style);
        let runner = runner_on(data.path());
        let Some(Action::ReviewLoaded(loaded)) =
            runner.run(Effect::LoadReview(vec![data.path().to_path_buf()]))
        else {
            panic!("review loads")
        };
        let note = loaded
            .notes
            .iter()
            .find(|n| n.contains(&copy.display().to_string()) && n.contains("PAD"))
            .unwrap_or_else(|| panic!("a conflict note: {:?}", loaded.notes));
        assert!(note.contains(&own.display().to_string()), "{note}");
        let folders = casus::review::load_folders(&[data.path().to_path_buf()], Lang::En);
        assert!(
            folders
                .notes
                .iter()
                .any(|n| n.contains(style) && n.contains("PATH")),
            "{:?}",
            folders.notes
        );
    }
}
