//! Damaged and foreign session files.
//!
//! A session file that cannot be read (truncated, bad RON, a sync conflict, a
//! newer `schema_version`, a wrong type, binary garbage, empty, not UTF-8, or
//! not a session at all) is reported as `path:line:col: message`, is never
//! rewritten, and never stops list, review or resume; the good sessions beside
//! it still load. (Old versions and permissions: `corrupt_versions.rs`.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod common;

use casus::library::Severity;
use casus::store::{Store, read_session};
use casus::tui::action::{Action, Effect};
use casus::tui::app::Screen;
use casus::tui::{Start, prepare};
use common::{runner_on, start_options};

use common::bin::Sandbox;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn v1() -> PathBuf {
    fixtures().join("session_versions/v1.ron")
}

/// The damaged files, each with where its damage is (1-based line, column).
fn damaged() -> Vec<(&'static str, (usize, usize))> {
    let dir = fixtures().join("sessions_corrupt");
    let text = |name: &str| std::fs::read(dir.join(name)).expect("a fixture");
    let line_of = |name: &str, needle: &str| {
        let t = String::from_utf8(text(name)).expect("UTF-8");
        t[..t.find(needle).expect("the needle")]
            .matches('\n')
            .count()
            + 1
    };
    let end_of_text = |name: &str| {
        let t = String::from_utf8(text(name)).expect("UTF-8");
        let t = t.trim_end();
        let line = t.matches('\n').count() + 1;
        (
            line,
            t.rsplit('\n').next().unwrap_or("").chars().count() + 1,
        )
    };
    vec![
        // Where the UTF-8 breaks.
        (
            "binary.ron",
            first_bad_utf8("binary.ron", &text("binary.ron")),
        ),
        (
            "not_utf8.ron",
            first_bad_utf8("not_utf8.ron", &text("not_utf8.ron")),
        ),
        // The conflict marker a sync tool left.
        ("conflict.ron", (line_of("conflict.ron", "<<<<<<<"), 1)),
        // Nothing at all: the start.
        ("empty.ron", (1, 1)),
        // The version field itself.
        (
            "future.ron",
            (line_of("future.ron", "schema_version: 99"), 5),
        ),
        // Where the text stops.
        ("truncated.ron", end_of_text("truncated.ron")),
        // The participants line, at its value (ron points at the space before it).
        (
            "wrong_type.ron",
            (line_of("wrong_type.ron", "participants: \"AB"), 18),
        ),
        // A case file dropped into sessions/: its first step lacks what a session's has.
        (
            "foreign_case.ron",
            (line_of("foreign_case.ron", "steps: ["), 0),
        ),
    ]
}

/// The line and column of the first byte that is not UTF-8.
fn first_bad_utf8(name: &str, bytes: &[u8]) -> (usize, usize) {
    let err = std::str::from_utf8(bytes).expect_err(name);
    let good = std::str::from_utf8(&bytes[..err.valid_up_to()]).expect("the valid part");
    let line = good.matches('\n').count() + 1;
    let col = good.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

#[test]
fn every_damaged_session_is_reported_at_its_path_line_and_column() {
    let dir = fixtures().join("sessions_corrupt");
    for (name, (line, col)) in damaged() {
        let path = dir.join(name);
        let d = read_session(&path).expect_err(name);
        let shown = path.display().to_string();
        assert_eq!(d.severity, Severity::Error, "{name}: {d}");
        assert_eq!(d.path, shown, "{name}: {d}");
        if name == "foreign_case.ron" {
            // The position of the first thing a session cannot use, somewhere in the steps.
            assert!(d.line > line && d.col >= 1, "{name}: {d}");
        } else {
            assert_eq!((d.line, d.col), (line, col), "{name}: {d}");
        }
        let text = d.to_string();
        assert!(
            text.starts_with(&format!("{shown}:{}:{}: ", d.line, d.col)),
            "{name}: not path:line:col: {text}"
        );
        assert!(
            !d.message.trim().is_empty() && !d.message.contains('\n'),
            "{name}: one clear sentence: {text}"
        );
    }
    let future = read_session(&dir.join("future.ron")).expect_err("future");
    assert!(
        future.message.contains("99") && future.message.contains("nieuwere casus"),
        "a newer version says so: {future}"
    );
}

/// Every entry of a folder with its bytes (`None` for a folder).
fn snapshot(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    std::fs::read_dir(dir)
        .expect("a folder")
        .map(|e| {
            let path = e.expect("an entry").path();
            let name = path
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read(&path).ok())
        })
        .collect()
}

/// The damaged entries: unchanged, byte for byte, and still there.
fn assert_untouched(dir: &Path, before: &BTreeMap<String, Option<Vec<u8>>>, after_what: &str) {
    let now = snapshot(dir);
    for (name, bytes) in before {
        if !is_damaged(name) {
            continue;
        }
        assert_eq!(
            now.get(name),
            Some(bytes),
            "{name} was changed or removed by {after_what}"
        );
    }
    let strays: Vec<&String> = now
        .keys()
        .filter(|n| n.ends_with(".tmp") || (n.ends_with(".ron") && !before.contains_key(*n)))
        .collect();
    assert!(strays.is_empty(), "{after_what} left new files: {strays:?}");
}

fn is_damaged(name: &str) -> bool {
    name == "folder.ron" || damaged().iter().any(|(n, _)| *n == name)
}

const GOOD_A: &str = "20261123-090000-versi1"; // the v1 fixture
const GOOD_B: &str = "20261124-100000-goedb2";

/// A data folder with every damaged file, a folder named like a session, and two good sessions.
fn mixed_data_dir() -> (tempfile::TempDir, PathBuf) {
    let data = tempfile::tempdir().expect("a temp dir");
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(sessions.join("folder.ron")).expect("a folder");
    for (name, _) in damaged() {
        std::fs::copy(
            fixtures().join("sessions_corrupt").join(name),
            sessions.join(name),
        )
        .expect("a copy");
    }
    std::fs::copy(v1(), sessions.join(format!("{GOOD_A}.ron"))).expect("a copy");
    let mut b = read_session(&v1()).expect("the v1 fixture");
    b.id = GOOD_B.into();
    b.draft = None;
    b.updated = "2026-11-24T10:30:00Z".parse().expect("a time");
    Store::open(data.path())
        .expect("the store")
        .save(&b)
        .expect("a save");
    (data, sessions)
}

fn now() -> jiff::Timestamp {
    "2026-11-25T09:00:00Z".parse().expect("a time")
}

#[test]
fn damaged_sessions_are_never_overwritten_and_the_good_ones_still_load() {
    let (data, sessions) = mixed_data_dir();
    let before = snapshot(&sessions);
    let damaged_count = damaged().len() + 1; // and folder.ron

    let store = Store::open(data.path()).expect("the store");
    let (good, problems) = store.load_all();
    let mut ids: Vec<&str> = good.iter().map(|s| s.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, [GOOD_A, GOOD_B]);
    assert_eq!(problems.len(), damaged_count, "{problems:#?}");
    for p in &problems {
        assert!(p.path.starts_with(&sessions.display().to_string()), "{p}");
    }
    assert_untouched(&sessions, &before, "Store::load_all");

    // The home screen: starts, and says what it could not read.
    let runner = runner_on(data.path());
    let app = prepare(start_options(data.path(), Start::Home), &runner, now()).expect("home opens");
    let status = app.status.as_ref().expect("a complaint about the damage");
    assert!(status.error, "{status:?}");
    assert!(
        problems.iter().any(|p| p.to_string() == status.text),
        "the status shows a path:line:col problem: {status:?}"
    );
    assert_untouched(&sessions, &before, "prepare(Home)");
    drop(runner);

    // Resume: the most recent good session opens; saving it touches nothing else.
    let runner = runner_on(data.path());
    let mut app = prepare(
        start_options(data.path(), Start::Resume(None)),
        &runner,
        now(),
    )
    .expect("resume opens");
    let Screen::Session(screen) = &mut app.screen else {
        panic!("resume did not open a session")
    };
    assert_eq!(screen.session.id, GOOD_B);
    let effect = screen.save(now());
    assert!(matches!(runner.run(effect.clone()), Some(Action::Saved)));
    assert!(matches!(effect, Effect::Save(_)));
    assert_untouched(&sessions, &before, "resume and save");
    drop(runner);

    // Resume of a named good session beside the damage.
    let runner = runner_on(data.path());
    let app = prepare(
        start_options(data.path(), Start::Resume(Some(GOOD_A.into()))),
        &runner,
        now(),
    )
    .expect("resume by id opens");
    assert!(matches!(app.screen, Screen::Session(_)));
    assert_untouched(&sessions, &before, "resume by id");
}

#[test]
fn resuming_a_damaged_session_by_id_names_the_damage() {
    let (data, sessions) = mixed_data_dir();
    let before = snapshot(&sessions);
    let runner = runner_on(data.path());
    let damaged_path = sessions.join("future.ron").display().to_string();
    let err = prepare(
        start_options(data.path(), Start::Resume(Some("future".into()))),
        &runner,
        now(),
    )
    .expect_err("a damaged session cannot be resumed");
    assert!(
        err.contains(&format!("{damaged_path}:")),
        "resume of a damaged session must say where the damage is (path:line:col), not that it does not exist: {err:?}"
    );
    assert_untouched(&sessions, &before, "resume of a damaged session");
}

fn casus(args: &[&str], data: &Path, sandbox: &Sandbox) -> std::process::Output {
    let mut cmd = sandbox.command(args);
    cmd.arg("--data-dir").arg(data).args(["--lang", "nl"]);
    cmd.output().expect("casus runs")
}

#[test]
fn list_stats_search_and_export_work_beside_damaged_sessions() {
    let (data, sessions) = mixed_data_dir();
    let sandbox = Sandbox::new();
    let before = snapshot(&sessions);
    let out_file = sandbox.home().join("export.md");
    let out_arg = out_file.display().to_string();
    for args in [
        vec!["list", "sessions"],
        vec!["stats"],
        vec!["search", "moeder"],
        vec!["export", GOOD_B, "-o", out_arg.as_str()],
    ] {
        let out = casus(&args, data.path(), &sandbox);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "casus {args:?} crashed ({:?}):\n{stdout}\n{stderr}",
            out.status
        );
        assert!(
            !stderr.contains("panicked"),
            "casus {args:?} panicked:\n{stderr}"
        );
        if args[0] == "list" {
            assert!(
                stdout.contains(GOOD_A) && stdout.contains(GOOD_B),
                "the good sessions are listed:\n{stdout}\n{stderr}"
            );
            for (name, _) in damaged() {
                let path = sessions.join(name).display().to_string();
                assert!(
                    stderr.contains(&format!("{path}:")),
                    "{name} is reported with its path:\n{stderr}"
                );
            }
        }
        assert_untouched(&sessions, &before, &format!("casus {args:?}"));
    }
}
