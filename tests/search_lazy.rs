//! The trigram index is filled by the first search, not by every refresh:
//! `casus stats` on a cold index leaves the stories out of it, the first
//! search puts in each story once, a changed file's old stories leave it,
//! and searching gives what searching every file gives at every step.

mod index_common;
mod review_fixtures;

use std::path::{Path, PathBuf};

use jiff::tz::TimeZone;

use casus::i18n::Lang;
use casus::review::index::{Cache, Scan};
use casus::review::load::sessions_of;
use casus::review::{Filter, load_folders, search};
use casus::store::{Store, to_ron};
use index_common::*;

/// (stories, stories in the trigram index, files whose stories are not in it yet)
fn counts(cache: &Path) -> (i64, i64, i64) {
    let conn = rusqlite::Connection::open(database(cache)).unwrap();
    let one = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    (
        one("SELECT count(*) FROM story"),
        one("SELECT count(*) FROM story_text_docsize"),
        one("SELECT count(*) FROM story_session WHERE indexed = 0"),
    )
}

fn assert_found_as_by_every_file(dirs: &[PathBuf], cache: &Cache, when: &str) {
    let tz = TimeZone::get("Europe/Amsterdam").unwrap();
    let full = load_folders(dirs, Lang::En);
    let filter = Filter::default();
    let matching = sessions_of(&full.matching(&filter, &tz));
    let mut scan = Scan::open(dirs, Lang::En, cache);
    for query in QUERIES.iter().chain(&["hulpvraag", "overbrugging"]) {
        assert_eq!(
            scan.search(&filter, query, &tz),
            search(&matching, query, &tz),
            "{when}: {query}"
        );
    }
}

#[test]
fn the_first_search_fills_the_trigram_index_once() {
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord", "zuid"]);
    let cache_dir = tmp.path().join("cache");
    let cache = Cache::Dir(cache_dir.clone());
    settle(&dirs);
    let tz = TimeZone::get("Europe/Amsterdam").unwrap();
    Scan::open(&dirs, Lang::En, &cache).stats(&Filter::default(), &tz);
    let (stories, in_index, pending) = counts(&cache_dir);
    assert!(stories > 0, "the fixtures have decisions and reflections");
    assert_eq!(in_index, 0, "stats does not fill the trigram index");
    assert!(pending > 0);

    assert_found_as_by_every_file(&dirs, &cache, "the first search");
    assert_eq!(counts(&cache_dir), (stories, stories, 0), "each story once");
    assert_found_as_by_every_file(&dirs, &cache, "the second search");
    assert_eq!(
        counts(&cache_dir),
        (stories, stories, 0),
        "nothing added twice"
    );

    // A file saved anew: its old stories leave the index, its new ones come
    // in with the next search.
    let store = Store::existing(&dirs[1]);
    let mut s = review_fixtures::s4();
    s.steps[0].decision = "Eerst de hulpvraag, dan de overbrugging.".into();
    casus::store::write_atomic(&store.path(&s.id), to_ron(&s).as_bytes()).unwrap();
    settle(&dirs);
    Scan::open(&dirs, Lang::En, &cache);
    let (now, in_index, pending) = counts(&cache_dir);
    assert_eq!(pending, 1, "the saved file waits for a search");
    assert!(
        in_index < now,
        "the old stories of the saved file left the index"
    );
    assert_found_as_by_every_file(&dirs, &cache, "after a save");
    assert_eq!(counts(&cache_dir), (now, now, 0));
    let mut scan = Scan::open(&dirs, Lang::En, &cache);
    assert_eq!(scan.search(&Filter::default(), "hulpvraag", &tz).len(), 1);
    drop(tmp);
}

/// The trigram index holds the stories of every folder the user read; a
/// search keeps to the folders it was asked about.
#[test]
fn a_search_finds_only_the_folders_it_reads() {
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord", "zuid"]);
    let cache = Cache::Dir(tmp.path().join("cache"));
    settle(&dirs);
    // Both folders in the index, their stories in the trigram index.
    let tz = TimeZone::get("Europe/Amsterdam").unwrap();
    Scan::open(&dirs, Lang::En, &cache).search(&Filter::default(), "wachtlijst", &tz);
    for one in &dirs {
        let only = std::slice::from_ref(one);
        let full = load_folders(only, Lang::En);
        let matching = sessions_of(&full.matching(&Filter::default(), &tz));
        let mut scan = Scan::open(only, Lang::En, &cache);
        for query in QUERIES.iter().chain(&["de", "en"]) {
            assert_eq!(
                scan.search(&Filter::default(), query, &tz),
                search(&matching, query, &tz),
                "{query} in {one:?} alone"
            );
        }
    }
}
