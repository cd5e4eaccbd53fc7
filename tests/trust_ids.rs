//! Issue 10, finding 2: a session's `id` is never a path. A session file
//! from a shared folder whose id climbs out of the data folder is reported
//! (`path:line:col` of the id) and never resumed, written or exported.

mod common;
mod review_fixtures;

use std::path::{Path, PathBuf};

use casus::store::{Store, to_ron};
use common::bin::{Sandbox, code, files_under, stderr};
use review_fixtures as fx;

/// A data folder whose one session file (properly named) holds the id `id`.
fn folder_with_id(sandbox: &Sandbox, id: &str) -> PathBuf {
    let sessions = sandbox.sessions();
    std::fs::create_dir_all(&sessions).unwrap();
    let mut s = fx::s1();
    s.finished = None;
    s.id = id.into();
    let file = sessions.join(format!("{}.ron", fx::s1().id));
    std::fs::write(&file, to_ron(&s)).unwrap();
    file
}

/// The id of finding 2, aimed at a folder of this test's own.
fn climbing_id(target: &Path) -> String {
    format!("/../../../..{}/PWNED", target.display())
}

/// 1-based line and column of the value of the top-level `id:` in a session file.
fn id_place(file: &Path) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let line = text
        .lines()
        .position(|l| l.trim_start().starts_with("id: \"/"))
        .unwrap();
    let col = text.lines().nth(line).unwrap().find("\"/").unwrap();
    format!("{}:{}:{}", file.display(), line + 1, col + 1)
}

#[test]
fn an_id_that_is_a_path_is_reported_and_never_resumed_written_or_exported() {
    let sandbox = Sandbox::new();
    let target = tempfile::tempdir().unwrap();
    let id = climbing_id(target.path());
    let file = folder_with_id(&sandbox, &id);
    let before = std::fs::read(&file).unwrap();
    let data = sandbox.data().display().to_string();
    let place = id_place(&file);

    let list = sandbox.run(&["--data-dir", &data, "list", "sessions"]);
    assert!(stderr(&list).contains(&place), "{}", stderr(&list));
    assert!(
        stderr(&list).contains("geen geldige id"),
        "{}",
        stderr(&list)
    );

    for args in [
        vec!["resume"],
        vec!["resume", "/"],
        vec!["resume", "20260115"],
        vec!["export", "/"],
        vec!["export", &file.to_str().unwrap()],
        vec!["export", "--all", "-o", "alles.md"],
    ] {
        let mut full = vec!["--data-dir", data.as_str()];
        full.extend(args.iter().copied());
        let out = sandbox.run(&full);
        let err = stderr(&out);
        assert!(
            files_under(target.path()).is_empty(),
            "{args:?} wrote outside the data folder: {:?}",
            files_under(target.path())
        );
        if args[0] == "resume" || args.len() == 2 {
            assert_ne!(code(&out), 0, "{args:?}: {err}");
            assert!(!err.is_empty(), "{args:?}: a clear message");
        }
    }
    assert_eq!(std::fs::read(&file).unwrap(), before, "never rewritten");
    // In English too, with the place of the id field.
    let en = sandbox.run(&[
        "--data-dir",
        &data,
        "--lang",
        "en",
        "export",
        file.to_str().unwrap(),
    ]);
    assert!(stderr(&en).contains(&place), "{}", stderr(&en));
    assert!(stderr(&en).contains("is not a valid id"), "{}", stderr(&en));
}

#[test]
fn the_store_never_joins_a_bad_id_into_a_path() {
    let data = tempfile::tempdir().unwrap();
    let target = tempfile::tempdir().unwrap();
    let store = Store::open(data.path()).unwrap();
    let mut s = fx::s1();
    s.id = climbing_id(target.path());
    assert!(store.save(&s).is_err());
    assert!(store.lock(&s.id).is_err());
    assert!(store.load(&s.id).is_err());
    assert!(files_under(target.path()).is_empty());
    assert!(files_under(store.dir()).is_empty());
}

#[test]
fn a_session_whose_id_is_not_its_file_name_is_a_problem_not_a_session() {
    let sandbox = Sandbox::new();
    let other = "20991231-235959-andere";
    let file = folder_with_id(&sandbox, other);
    let data = sandbox.data().display().to_string();
    let list = sandbox.run(&["--data-dir", &data, "list", "sessions"]);
    let err = stderr(&list);
    assert!(err.contains(&file.display().to_string()), "{err}");
    assert!(err.contains("past niet bij de bestandsnaam"), "{err}");
    let resume = sandbox.run(&["--data-dir", &data, "resume", other]);
    assert_ne!(code(&resume), 0);
    let mut s = fx::s1();
    s.id = other.into();
    let store = Store::open(&sandbox.data()).unwrap();
    let wrong = store.dir().join(format!("{}.ron", fx::s1().id));
    assert!(casus::store::write_session(&wrong, &s).is_err());
}
