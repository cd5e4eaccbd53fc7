//! Damaged and foreign files, old versions and loose permissions.
//!
//! A session file that cannot be read (truncated, bad RON, a sync conflict, a
//! newer `schema_version`, a wrong type, binary garbage, empty, not UTF-8, or
//! not a session at all) is reported as `path:line:col: message`, is never
//! rewritten, and never stops list, review or resume; the good sessions beside
//! it still load. Every session schema version ever written keeps a fixture in
//! `tests/fixtures/session_versions/` that this casus must still read.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use casus::i18n::Lang;
use casus::library::{Library, Severity};
use casus::model::{BottleneckStatus, DraftTarget, SESSION_SCHEMA_VERSION, Session};
use casus::store::{Store, read_session, to_ron};
use casus::tui::action::{Action, Effect};
use casus::tui::app::Screen;
use casus::tui::{Options, Runner, Start, prepare};

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
        future.message.contains("99") && future.message.contains("newer"),
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

fn options(data: &Path, start: Start) -> Options {
    Options {
        lang: Lang::Nl,
        library: Library::load(None, &[]),
        data_dir: data.to_path_buf(),
        present: false,
        start,
        review_dirs: vec![data.to_path_buf()],
    }
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
    let runner = Runner::new(data.path(), Lang::Nl).expect("a runner");
    let app = prepare(options(data.path(), Start::Home), &runner, now()).expect("home opens");
    let status = app.status.as_ref().expect("a complaint about the damage");
    assert!(status.error, "{status:?}");
    assert!(
        problems.iter().any(|p| p.to_string() == status.text),
        "the status shows a path:line:col problem: {status:?}"
    );
    assert_untouched(&sessions, &before, "prepare(Home)");
    drop(runner);

    // Resume: the most recent good session opens; saving it touches nothing else.
    let runner = Runner::new(data.path(), Lang::Nl).expect("a runner");
    let mut app =
        prepare(options(data.path(), Start::Resume(None)), &runner, now()).expect("resume opens");
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
    let runner = Runner::new(data.path(), Lang::Nl).expect("a runner");
    let app = prepare(
        options(data.path(), Start::Resume(Some(GOOD_A.into()))),
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
    let runner = Runner::new(data.path(), Lang::Nl).expect("a runner");
    let damaged_path = sessions.join("future.ron").display().to_string();
    let err = prepare(
        options(data.path(), Start::Resume(Some("future".into()))),
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

fn casus(args: &[&str], data: &Path, home: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_casus"))
        .args(args)
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "nl"])
        .env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("share"))
        .output()
        .expect("casus runs")
}

#[test]
fn list_stats_search_and_export_work_beside_damaged_sessions() {
    let (data, sessions) = mixed_data_dir();
    let home = tempfile::tempdir().expect("a home");
    let before = snapshot(&sessions);
    let out_file = home.path().join("export.md");
    let out_arg = out_file.display().to_string();
    for args in [
        vec!["list", "sessions"],
        vec!["stats"],
        vec!["search", "moeder"],
        vec!["export", GOOD_B, "-o", out_arg.as_str()],
    ] {
        let out = casus(&args, data.path(), home.path());
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

    let runner = Runner::new(data.path(), Lang::Nl).expect("a runner");
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
    let again = Runner::new(data.path(), Lang::Nl).expect("a runner");
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
    let runner = Runner::new(data.path(), Lang::Nl).expect("a runner");
    let app = prepare(options(data.path(), Start::Home), &runner, now()).expect("home");
    let status = app.status.expect("a one-line note on the home screen");
    assert!(status.text.contains("afgeschermd"), "{}", status.text);
    assert!(!status.error);
}
