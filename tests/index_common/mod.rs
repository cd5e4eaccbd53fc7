//! What the index tests share: the comparison of results through the index
//! with those of a full parse, and waiting for files to settle.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use jiff::tz::TimeZone;

use casus::i18n::Lang;
use casus::review::index::{Cache, Scan, SessionSummary};
use casus::review::load::sessions_of;
use casus::review::{Filter, Stats, load_folders, search};

pub const FILTERS: [&str; 8] = [
    "",
    "theme:mandaat",
    "theme:eigenwijs",
    "group:noord",
    "since:2026",
    "status:open",
    "moeder",
    "knelpunt:open",
];

pub const QUERIES: [&str; 4] = ["moeder", "wachtlijst", "coordinatie", "school plan"];

/// Reading every file (the way without an index) and reading through the
/// index (in `cache`, and with the index off) agree on everything review shows.
pub fn assert_agree(dirs: &[PathBuf], cache: &Cache, when: &str) {
    let full = load_folders(dirs, Lang::En);
    for cache in [cache, &Cache::Off] {
        let mut scan = Scan::open(dirs, Lang::En, cache);
        let shown = |d: &[casus::library::Diagnostic]| -> Vec<String> {
            d.iter().map(|d| d.to_string()).collect()
        };
        assert_eq!(
            shown(&scan.problems),
            shown(&full.problems),
            "{when}: problems"
        );
        assert_eq!(scan.notes, full.notes, "{when}: notes");
        for text in FILTERS {
            let filter = Filter::parse(text).unwrap();
            let matching = sessions_of(&full.matching(&filter, &TimeZone::UTC));
            assert_eq!(
                scan.stats(&filter, &TimeZone::UTC),
                Stats::compute(&matching, &TimeZone::UTC),
                "{when}: stats {text:?}"
            );
            for query in QUERIES {
                assert_eq!(
                    scan.search(&filter, query, &TimeZone::UTC),
                    search(&matching, query, &TimeZone::UTC),
                    "{when}: search {query:?} in {text:?}"
                );
            }
        }
        let heads: Vec<_> = scan.heads().map(|h| (h.id, h.path)).collect();
        let expected: Vec<_> = full
            .sessions
            .iter()
            .map(|l| (l.session.id.clone(), l.path.clone()))
            .collect();
        assert_eq!(heads, expected, "{when}: sessions, newest first");
        let summaries = scan.into_loaded();
        for (got, whole) in summaries.sessions.iter().zip(&full.sessions) {
            assert_eq!(
                got.session,
                SessionSummary::of(&whole.session).into_session(),
                "{when}: summary"
            );
            assert_eq!(got.path, whole.path);
        }
        assert_eq!(summaries.sessions.len(), full.sessions.len());
    }
}

/// Waits until every session file in `dirs` last changed more than two
/// seconds ago: the index trusts a file by its stat only then, so the next
/// scan shows that the index is used. Setting file times in the past does
/// not do it: the index also requires the inode change time (`ctime`) to be
/// two seconds old, and no API sets that. So this waits, but no longer than
/// the newest change needs.
pub fn settle(dirs: &[PathBuf]) {
    let newest = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(sessions_dir(d)).ok())
        .flatten()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| changed(&m))
        .max();
    let Some(newest) = newest else { return };
    let trusted = newest + std::time::Duration::from_millis(2050);
    if let Ok(wait) = trusted.duration_since(std::time::SystemTime::now()) {
        std::thread::sleep(wait);
    }
}

/// When a file last changed, content or metadata (its `ctime` on Unix).
pub fn changed(meta: &std::fs::Metadata) -> std::time::SystemTime {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let nanos = u32::try_from(meta.ctime_nsec()).unwrap_or(0);
        let secs = u64::try_from(meta.ctime()).unwrap_or(0);
        std::time::UNIX_EPOCH + std::time::Duration::new(secs, nanos)
    }
    #[cfg(not(unix))]
    {
        meta.modified().unwrap_or(std::time::UNIX_EPOCH)
    }
}

pub fn sessions_dir(data: &Path) -> PathBuf {
    data.join("sessions")
}

pub fn index_files(cache: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(cache)
        .map(|e| e.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default()
}

/// The index database in a cache folder (one for every sessions folder).
pub fn database(cache: &Path) -> PathBuf {
    cache.join("index.sqlite")
}

/// The sessions folders the index database holds rows for, by full path.
pub fn indexed_folders(cache: &Path) -> Vec<PathBuf> {
    let conn = rusqlite::Connection::open(database(cache)).unwrap();
    let mut stmt = conn
        .prepare("SELECT DISTINCT folder.path FROM folder JOIN file ON file.folder = folder.id ORDER BY 1")
        .unwrap();
    stmt.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|p| PathBuf::from(p.unwrap()))
        .collect()
}
