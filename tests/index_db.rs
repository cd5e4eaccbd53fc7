//! The index database damaged, foreign or shared by two processes: the
//! results stay those of a full parse, and the user sees no error.

mod common;
mod index_common;
mod review_fixtures;

use std::path::Path;

use casus::i18n::Lang;
use casus::review::index::{Cache, Scan};
use casus::review::load_folders;
use index_common::*;

/// A damaged index database is thrown away and built again from the
/// session files: the results are those of a full parse, the user sees no
/// error, and the next run uses the new database.
#[test]
fn a_damaged_or_foreign_database_is_rebuilt_without_an_error() {
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord", "zuid", "kapot"]);
    let cache_dir = tmp.path().join("cache");
    let cache = Cache::Dir(cache_dir.clone());
    let broken = 1; // kapot holds one file with a syntax error
    let db = database(&cache_dir);
    let full_notes = load_folders(&dirs, Lang::En).notes;
    assert_agree(&dirs, &cache, "first run");
    settle(&dirs);
    let good = std::fs::read(&db).unwrap();

    let another_version = |path: &Path| {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch("PRAGMA user_version = 999").unwrap();
    };
    let foreign = |path: &Path| {
        // A database of the right version number that casus did not write.
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch(
            "DROP TABLE file; CREATE TABLE file (x); INSERT INTO file VALUES (1); \
             DELETE FROM meta;",
        )
        .unwrap();
    };
    type Damage<'a> = (&'a str, Box<dyn Fn(&Path) + 'a>);
    let damages: Vec<Damage> = vec![
        (
            "garbage bytes",
            Box::new(|p: &Path| std::fs::write(p, vec![0x5a_u8; 50_000]).unwrap()),
        ),
        (
            "a text file",
            Box::new(|p: &Path| std::fs::write(p, "not a database\n").unwrap()),
        ),
        (
            "an empty file",
            Box::new(|p: &Path| std::fs::write(p, "").unwrap()),
        ),
        (
            "cut to its first page",
            Box::new(|p: &Path| std::fs::write(p, &good[..4096.min(good.len())]).unwrap()),
        ),
        (
            "cut in half",
            Box::new(|p: &Path| std::fs::write(p, &good[..good.len() / 2]).unwrap()),
        ),
        (
            "pages overwritten in the middle",
            Box::new(|p: &Path| {
                let mut bytes = good.clone();
                let middle = bytes.len() / 2;
                for b in &mut bytes[middle - 3000..middle + 3000] {
                    *b = 0xff;
                }
                std::fs::write(p, bytes).unwrap()
            }),
        ),
        ("another schema version", Box::new(another_version)),
        ("another casus's tables", Box::new(foreign)),
    ];
    for (what, damage) in &damages {
        damage(&db);
        assert_agree(&dirs, &cache, &format!("with {what}"));
        // Nothing about the index reaches the user: the notes and problems
        // are those of a full parse (assert_agree), and nothing more.
        let scan = Scan::open(&dirs, Lang::En, &cache);
        assert_eq!(scan.notes, full_notes, "{what}");
        assert_eq!(scan.problems.len(), broken, "{what}");
        assert_eq!(indexed_folders(&cache_dir).len(), 3, "{what}: rebuilt");
        let conn = rusqlite::Connection::open(&db).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "{what}");
        drop(conn);
        // Rebuilt from files changed long ago, so settled: the next run parses nothing new.
        let scan = Scan::open(&dirs, Lang::En, &cache);
        assert_eq!(scan.files_read, broken, "{what}: the rebuilt index is used");
    }
}

/// Two casus processes (here threads, each with its own connection)
/// building and reading the index at once: neither fails, both see what a
/// full parse sees.
#[test]
fn two_scans_at_once_neither_fail_nor_corrupt_the_index() {
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord", "zuid", "kapot"]);
    let cache = Cache::Dir(tmp.path().join("cache"));
    let full = load_folders(&dirs, Lang::En);
    let expected: Vec<String> = full.sessions.iter().map(|l| l.session.id.clone()).collect();
    std::thread::scope(|scope| {
        let runs: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    (0..5)
                        .map(|_| {
                            let scan = Scan::open(&dirs, Lang::En, &cache);
                            let problems = scan.problems.len();
                            let loaded = scan.into_loaded();
                            let ids: Vec<String> = loaded
                                .sessions
                                .iter()
                                .map(|l| l.session.id.clone())
                                .collect();
                            (ids, problems)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for run in runs {
            for (ids, problems) in run.join().unwrap() {
                assert_eq!(ids, expected);
                assert_eq!(problems, full.problems.len());
            }
        }
    });
    assert_agree(&dirs, &cache, "after scans at once");
}

/// Four casus processes started at once on an empty cache, over folders with
/// enough files to be parsed on all cores: each waits its turn to write, none
/// fails, and each prints what a run without the index prints.
#[test]
fn casus_processes_started_at_once_share_the_index() {
    use common::bin::{Sandbox, code, stderr, stdout};
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord", "kapot"]);
    let store = casus::store::Store::existing(&dirs[0]);
    for n in 0..60 {
        let mut s = review_fixtures::s1();
        s.id = format!("20260601-1200{n:02}-extr{n:02}");
        s.group = format!("Team {}", n % 7);
        std::fs::write(store.path(&s.id), casus::store::to_ron(&s)).unwrap();
    }
    let sandbox = Sandbox::new();
    let args = |cmd: &[&str]| -> Vec<String> {
        dirs.iter()
            .flat_map(|d| ["--data-dir".to_string(), d.display().to_string()])
            .chain(cmd.iter().map(|s| s.to_string()))
            .collect()
    };
    for cmd in [&["stats"][..], &["search", "moeder"], &["list", "sessions"]] {
        let args = args(cmd);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let expected = sandbox
            .command(&args)
            .env("CASUS_NO_INDEX", "1")
            .output()
            .unwrap();
        let _ = std::fs::remove_dir_all(sandbox.cache_dir());
        let runs: Vec<_> = (0..4)
            .map(|_| {
                sandbox
                    .command(&args)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for run in runs {
            let out = run.wait_with_output().unwrap();
            assert_eq!(code(&out), code(&expected), "{cmd:?}: {}", stderr(&out));
            assert_eq!(stdout(&out), stdout(&expected), "{cmd:?}");
            assert_eq!(stderr(&out), stderr(&expected), "{cmd:?}");
        }
        assert!(
            stdout(&expected).contains("65") || cmd[0] != "stats",
            "the extra sessions are read: {}",
            stdout(&expected)
        );
        let cache = sandbox.cache_dir().join("index");
        let conn = rusqlite::Connection::open(database(&cache)).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "{cmd:?}");
        assert_eq!(indexed_folders(&cache).len(), 2, "{cmd:?}");
    }
    drop(tmp);
}
