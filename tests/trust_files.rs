//! Issue 10, findings 11 and 12: files that are not ours, and the files
//! beside the sessions that are. A FIFO, a link to `/dev/zero` and a folder
//! named like a session are skipped unopened with a note; a file over 16 MB
//! is refused; a lock file never follows a link; stale temp files and the
//! index of a removed folder are removed. Every run of the binary is guarded
//! by a timeout, so a hang fails the test instead of blocking CI.
#![cfg(unix)]

mod common;
mod review_fixtures;

use std::io::Read;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use casus::store::{STALE_TEMP_AGE, Store, write_session};
use common::bin::Sandbox;
use review_fixtures as fx;

const GUARD: Duration = Duration::from_secs(20);

/// Runs `casus ARGS` piped; kills it and fails when it takes over [`GUARD`].
fn run_guarded(sandbox: &Sandbox, args: &[&str]) -> Output {
    let mut child = sandbox
        .command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("casus runs");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stdout = Vec::new();
            let mut stderr = Vec::new();
            child
                .stdout
                .take()
                .unwrap()
                .read_to_end(&mut stdout)
                .unwrap();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_end(&mut stderr)
                .unwrap();
            return Output {
                status,
                stdout,
                stderr,
            };
        }
        if start.elapsed() > GUARD {
            let _ = child.kill();
            let _ = child.wait();
            panic!("casus {args:?} hung for {GUARD:?} and was killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// A data folder with one good session and, beside it, what is not ours.
fn hostile_sessions(sandbox: &Sandbox) {
    let sessions = sandbox.sessions();
    std::fs::create_dir_all(&sessions).unwrap();
    let s = fx::s1();
    write_session(&sessions.join(format!("{}.ron", s.id)), &s).unwrap();
    mkfifo(&sessions.join("x.ron"));
    std::os::unix::fs::symlink("/dev/zero", sessions.join("zero.ron")).unwrap();
    std::fs::create_dir(sessions.join("y.ron")).unwrap();
    let big = std::fs::File::create(sessions.join("groot.ron")).unwrap();
    big.set_len(17 * 1024 * 1024).unwrap();
}

#[test]
fn special_files_are_skipped_with_a_note_and_never_hang_a_command() {
    let sandbox = Sandbox::new();
    hostile_sessions(&sandbox);
    let data = sandbox.data().display().to_string();
    for index in ["0", "1"] {
        for args in [
            vec!["list", "sessions"],
            vec!["stats"],
            vec!["search", "bellen"],
            vec!["export", "--all"],
            vec!["resume", "x"],
            vec!["resume", "zero"],
        ] {
            let mut full = vec!["--data-dir", data.as_str()];
            full.extend(args.iter().copied());
            let mut cmd_args = full.clone();
            cmd_args.insert(0, "--lang");
            cmd_args.insert(1, "nl");
            let out = if index == "1" {
                let mut cmd = sandbox.command(&cmd_args);
                cmd.env("CASUS_NO_INDEX", "1");
                guarded(cmd, &args)
            } else {
                run_guarded(&sandbox, &cmd_args)
            };
            let err = String::from_utf8_lossy(&out.stderr);
            let names: &[&str] = match args[..] {
                ["resume", "x"] => &["x.ron"],
                ["resume", _] => &["zero.ron"],
                _ => &["x.ron", "zero.ron", "y.ron"],
            };
            for name in names {
                assert!(
                    err.contains(&format!("{name}:1:1: waarschuwing: overgeslagen")),
                    "{args:?} (no index: {index}) names {name}: {err}"
                );
            }
            if args[0] != "resume" {
                assert!(err.contains("groot.ron"), "{args:?}: {err}");
                assert!(err.contains("17 MB") && err.contains("16 MB"), "{err}");
                // The rest is read and printed; a file not read makes it 1 (DESIGN).
                assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
            }
        }
    }
}

/// [`run_guarded`] for a command already set up.
fn guarded(mut cmd: std::process::Command, args: &[&str]) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > GUARD {
            let _ = child.kill();
            let _ = child.wait();
            panic!("casus {args:?} hung and was killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn home_lists_the_good_session_and_does_not_hang_on_the_rest() {
    let sandbox = Sandbox::new();
    hostile_sessions(&sandbox);
    let mut s = fx::s1();
    s.finished = None;
    write_session(&sandbox.sessions().join(format!("{}.ron", s.id)), &s).unwrap();
    let term = sandbox.spawn(&[], (100, 30), &[]);
    // Term::wait_for gives up (and its drop kills casus) after its patience.
    term.wait_for("Nieuwe sessie");
    term.wait_for("lopend");
}

#[test]
fn a_symlinked_lock_file_is_refused_and_its_target_not_created() {
    let data = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let id = fx::s1().id;
    let target = elsewhere.path().join("made-by-casus");
    std::os::unix::fs::symlink(&target, store.dir().join(format!(".{id}.lock"))).unwrap();
    let err = store.lock(&id).expect_err("a link is not followed");
    assert!(err.to_string().contains("symbolische link"), "{err}");
    assert!(!target.exists(), "the link's target was created");
    // A FIFO as lock file is refused without blocking.
    let other = "20260101-000000-fifo01";
    mkfifo(&store.dir().join(format!(".{other}.lock")));
    assert!(store.lock(other).is_err());
}

#[test]
fn stale_temp_files_are_removed_when_the_folder_is_opened_for_writing() {
    let data = tempfile::tempdir().unwrap();
    let sessions = Store::open(data.path()).unwrap().dir().to_path_buf();
    let old = sessions.join(".casus-AbC123.tmp");
    let fresh = sessions.join(".casus-XyZ789.tmp");
    let foreign = sessions.join("notes.tmp");
    for p in [&old, &fresh, &foreign] {
        std::fs::write(p, "een hele sessie").unwrap();
    }
    let long_ago = SystemTime::now() - STALE_TEMP_AGE - Duration::from_secs(60);
    for p in [&old, &foreign] {
        std::fs::File::options()
            .write(true)
            .open(p)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
    }
    Store::open(data.path()).unwrap();
    assert!(!old.exists(), "a crash's temp file is removed");
    assert!(fresh.exists(), "a write in progress is left alone");
    assert!(foreign.exists(), "a file not of our naming is left alone");
}

#[test]
fn the_index_of_a_removed_folder_is_removed_from_the_cache() {
    let sandbox = Sandbox::new();
    let gone = sandbox.root().join("weg");
    let kept = sandbox.root().join("blijft");
    for dir in [&gone, &kept] {
        let sessions = dir.join("sessions");
        std::fs::create_dir_all(&sessions).unwrap();
        let s = fx::s1();
        write_session(&sessions.join(format!("{}.ron", s.id)), &s).unwrap();
    }
    // Settled (older than the index's two seconds of doubt), so the second
    // run finds its index current and rebuilds nothing.
    std::thread::sleep(Duration::from_millis(2500));
    let index = sandbox.cache_dir().join("index");
    // The sessions folders the one index database holds.
    let count = || {
        let conn = rusqlite::Connection::open(index.join("index.sqlite")).unwrap();
        conn.query_row("SELECT COUNT(*) FROM folder", [], |r| r.get::<_, i64>(0))
            .unwrap()
    };
    for dir in [&gone, &kept] {
        let out = run_guarded(
            &sandbox,
            &["--data-dir", dir.to_str().unwrap(), "list", "sessions"],
        );
        assert!(out.status.success());
    }
    assert_eq!(count(), 2);
    std::fs::remove_dir_all(&gone).unwrap();
    // The kept folder's index is current: nothing is rebuilt, yet the other goes.
    let out = run_guarded(
        &sandbox,
        &["--data-dir", kept.to_str().unwrap(), "list", "sessions"],
    );
    assert!(out.status.success());
    assert_eq!(count(), 1, "the removed folder's rows are gone");
}
