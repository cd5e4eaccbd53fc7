//! The review index is a cache, never the truth: `stats`, `search` and the
//! session list read through it give exactly what reading every session file
//! gives, after files are added, changed (even keeping size and mtime),
//! removed and corrupted, and after the index itself is damaged
//! (`tests/index_db.rs`: a damaged or foreign database, scans at once).
//!
//! No timings here: speed is measured in `benches/` and BENCHMARKS.md.

mod index_common;
mod review_fixtures;

use std::path::Path;

use jiff::tz::TimeZone;

use casus::i18n::Lang;
use casus::review::index::{Cache, Scan, SessionSummary};
use casus::review::{Filter, load_folders};
use casus::store::{Store, to_ron};
use index_common::*;

#[test]
fn stats_and_search_agree_with_and_without_the_index_through_every_change() {
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord", "zuid", "kapot"]);
    let cache_dir = tmp.path().join("cache");
    let cache = Cache::Dir(cache_dir.clone());
    let broken = 1; // kapot holds one file with a syntax error

    assert_agree(&dirs, &cache, "first run (index built)");
    assert_eq!(
        index_files(&cache_dir),
        vec![database(&cache_dir)],
        "one database, closed (its WAL folded in) when the scan ends"
    );
    assert_eq!(indexed_folders(&cache_dir).len(), 3, "rows of every folder");
    settle(&dirs);
    assert_agree(&dirs, &cache, "second run");
    let scan = Scan::open(&dirs, Lang::En, &cache);
    assert_eq!(
        scan.files_read, broken,
        "a settled index is used: only the broken file is read again"
    );

    // Added: a new session in noord.
    let noord = Store::existing(&dirs[0]);
    let mut added = review_fixtures::s1();
    added.id = "20260601-120000-hhhhhh".into();
    added.started = "2026-06-01T12:00:00Z".parse().unwrap();
    added.group = "Team noord, nieuw".into();
    std::fs::write(noord.path(&added.id), to_ron(&added)).unwrap();
    assert_agree(&dirs, &cache, "after a file was added");

    // Changed in place, same size, and the modification time put back, in
    // a file the index trusts by its stat (settled since the second run).
    let path = sessions_dir(&dirs[0]).join("20260115-120000-bbbbbb.ron");
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = text.replacen("mentor schuift", "moeder schuift", 1);
    assert_ne!(changed, text, "the fixture has this decision");
    assert_eq!(changed.len(), text.len());
    std::fs::write(&path, &changed).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    assert_agree(&dirs, &cache, "after a same-size change with the old mtime");

    // Changed through the real save path (a new file renamed over the old).
    let mut s4 = review_fixtures::s4();
    s4.steps[0].themes.push("reflectie/persoonlijk".into());
    s4.steps[0].decision = "Nu toch eerst de moeder bellen over de wachtlijst.".into();
    let zuid = Store::existing(&dirs[1]);
    casus::store::write_atomic(&zuid.path(&s4.id), to_ron(&s4).as_bytes()).unwrap();
    assert_agree(&dirs, &cache, "after a save");

    // Removed.
    std::fs::remove_file(sessions_dir(&dirs[0]).join("20250820-120000-aaaaaa.ron")).unwrap();
    assert_agree(&dirs, &cache, "after a file was removed");

    // Corrupted: a good file cut in half.
    let cut = sessions_dir(&dirs[2]).join("20260303-120000-ffffff.ron");
    let text = std::fs::read_to_string(&cut).unwrap();
    std::fs::write(&cut, &text[..text.len() / 2]).unwrap();
    assert_agree(&dirs, &cache, "after a file was corrupted");

    // A copy of a session in another folder: the duplicate note, the newest copy.
    std::fs::copy(
        sessions_dir(&dirs[1]).join("20260505-120000-eeeeee.ron"),
        sessions_dir(&dirs[2]).join("20260505-120000-eeeeee.ron"),
    )
    .unwrap();
    assert_agree(&dirs, &cache, "after a duplicate appeared");

    settle(&dirs);
    assert_agree(&dirs, &cache, "after everything settled");
    let scan = Scan::open(&dirs, Lang::En, &cache);
    assert_eq!(scan.files_read, broken + 1, "the two broken files only");

    // The index itself damaged: garbage in the middle of each, then cut short.
    for idx in index_files(&cache_dir) {
        let mut bytes = std::fs::read(&idx).unwrap();
        let middle = bytes.len() / 2;
        for b in &mut bytes[middle - 40..middle + 40] {
            *b = b'{';
        }
        std::fs::write(&idx, bytes).unwrap();
    }
    assert_agree(
        &dirs,
        &cache,
        "after the index was overwritten in the middle",
    );
    for idx in index_files(&cache_dir) {
        let bytes = std::fs::read(&idx).unwrap();
        std::fs::write(&idx, &bytes[..bytes.len() - 10]).unwrap();
    }
    assert_agree(&dirs, &cache, "after the index was cut short");

    // The broken files repaired.
    std::fs::write(&cut, text).unwrap();
    let (name, _) = review_fixtures::broken();
    std::fs::remove_file(sessions_dir(&dirs[2]).join(name)).unwrap();
    assert_agree(&dirs, &cache, "after the broken files were repaired");
}

#[cfg(unix)]
#[test]
fn the_index_is_private_and_an_index_of_a_removed_folder_is_pruned() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord", "zuid"]);
    let cache_dir = tmp.path().join("cache");
    let cache = Cache::Dir(cache_dir.clone());
    Scan::open(&dirs, Lang::En, &cache);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&cache_dir), 0o700);
    for idx in index_files(&cache_dir) {
        assert_eq!(mode(&idx), 0o600, "{}", idx.display());
    }
    let zuid = std::fs::canonicalize(sessions_dir(&dirs[1])).unwrap();
    assert!(indexed_folders(&cache_dir).contains(&zuid));
    let text = "20260505-120000-eeeeee"; // a session of zuid only
    let holds = |needle: &str| {
        let bytes = std::fs::read(database(&cache_dir)).unwrap();
        bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
    };
    assert!(holds(text), "the database holds zuid's sessions");
    std::fs::remove_dir_all(&dirs[1]).unwrap();
    // Any scan prunes the rows of a folder that is gone, not only a rebuild.
    Scan::open(&dirs[..1], Lang::En, &cache);
    let noord = std::fs::canonicalize(sessions_dir(&dirs[0])).unwrap();
    assert_eq!(indexed_folders(&cache_dir), vec![noord]);
    assert!(
        !holds(text),
        "zuid's texts are overwritten, not left in free pages"
    );
    for file in index_files(&cache_dir) {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}

#[test]
fn the_index_never_writes_into_the_session_folders() {
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord", "kapot"]);
    let listing = |d: &Path| {
        let mut names: Vec<_> = std::fs::read_dir(sessions_dir(d))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let before: Vec<_> = dirs.iter().map(|d| listing(d)).collect();
    let cache = Cache::Dir(tmp.path().join("cache"));
    let mut scan = Scan::open(&dirs, Lang::En, &cache);
    scan.stats(&Filter::default(), &TimeZone::UTC);
    let after: Vec<_> = dirs.iter().map(|d| listing(d)).collect();
    assert_eq!(before, after);
}

/// What home lists, computed from every file: each unfinished session and
/// the `recent` newest finished ones, newest id first.
fn home_expected(data: &Path, recent: usize) -> Vec<String> {
    let full = load_folders(&[data.to_path_buf()], Lang::En);
    let mut ids: Vec<(String, bool)> = full
        .sessions
        .iter()
        .map(|l| (l.session.id.clone(), l.session.is_finished()))
        .collect();
    ids.sort_by(|a, b| b.0.cmp(&a.0));
    let mut finished = 0;
    ids.into_iter()
        .filter(|(_, done)| {
            finished += usize::from(*done);
            !done || finished <= recent
        })
        .map(|(id, _)| id)
        .collect()
}

#[test]
fn home_reads_only_what_it_lists_and_lists_what_every_file_says() {
    use casus::review::index::home_sessions;
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord"]);
    let data = &dirs[0];
    let cache = Cache::Dir(tmp.path().join("cache"));
    let store = Store::existing(data);
    // Twelve more finished sessions, so that "the newest finished" leaves some out.
    for day in 1..=12 {
        let mut s = review_fixtures::s1();
        s.id = format!("202607{day:02}-120000-home{day:02}");
        s.started = format!("2026-07-{day:02}T12:00:00Z").parse().unwrap();
        std::fs::write(store.path(&s.id), to_ron(&s)).unwrap();
    }
    let check = |when: &str| {
        for recent in [1, 3, 8] {
            let (listed, problems) = home_sessions(data, Lang::En, &cache, recent);
            let ids: Vec<String> = listed.iter().map(|l| l.session.id.clone()).collect();
            assert_eq!(ids, home_expected(data, recent), "{when}, {recent} recent");
            assert!(problems.is_empty());
            for l in &listed {
                let whole = casus::store::read_session(&l.path).unwrap();
                assert_eq!(
                    l.session,
                    SessionSummary::of(&whole).into_session(),
                    "{when}: {}",
                    l.path.display()
                );
            }
        }
    };
    check("without an index");
    Scan::open(&dirs, Lang::En, &cache);
    check("with a fresh index");
    settle(&dirs);
    check("with a settled index");
    // A new unfinished session, one of the newest finished ones reopened by
    // hand, and the newest one removed.
    let mut open = review_fixtures::s3();
    open.id = "20260801-120000-nieuw1".into();
    std::fs::write(store.path(&open.id), to_ron(&open)).unwrap();
    let path = store.path("20260711-120000-home11");
    let text = std::fs::read_to_string(&path).unwrap();
    let reopened = text.replacen("finished: \"", "finished: None, // \"", 1);
    std::fs::write(&path, reopened).unwrap();
    std::fs::remove_file(store.path("20260712-120000-home12")).unwrap();
    check("after changes the index does not know yet");

    // The one thing home does not see at once: a finished session further
    // back than the ones it lists, reopened by hand. The next full read
    // (stats, search, review) updates the index, and home lists it.
    settle(&dirs);
    Scan::open(&dirs, Lang::En, &cache);
    let path = store.path("20260701-120000-home01");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("finished: \"", "finished: None, // \"", 1),
    )
    .unwrap();
    let listed = |cache: &Cache| -> Vec<String> {
        let (listed, _) = home_sessions(data, Lang::En, cache, 3);
        listed.into_iter().map(|l| l.session.id).collect()
    };
    assert!(!listed(&cache).contains(&"20260701-120000-home01".to_string()));
    Scan::open(&dirs, Lang::En, &cache);
    assert_eq!(listed(&cache), home_expected(data, 3));
    assert!(listed(&cache).contains(&"20260701-120000-home01".to_string()));
}
