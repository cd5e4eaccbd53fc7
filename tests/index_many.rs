//! A folder with more sessions than are decoded on one thread: the
//! summaries come back from the workers in no particular order, and stats,
//! search, the session list and the summaries review holds are still what
//! reading every file gives (with the index, and with it off). A summary
//! lost on the way would be read from its file and so not show here; the
//! unit test in `src/review/index/decode.rs` checks that none is lost.
//!
//! No timings here: speed is measured in `benches/` and BENCHMARKS.md.

mod index_common;
mod review_fixtures;

use casus::i18n::Lang;
use casus::review::index::{Cache, Scan};
use casus::store::{Store, to_ron};
use index_common::*;

#[test]
fn many_sessions_decoded_on_the_workers_agree_with_a_full_parse() {
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord", "zuid"]);
    let cache = Cache::Dir(tmp.path().join("cache"));
    let store = Store::existing(&dirs[0]);
    let kinds = [
        review_fixtures::s0(),
        review_fixtures::s1(),
        review_fixtures::s2(),
    ];
    for n in 0..90 {
        let mut s = kinds[n % kinds.len()].clone();
        s.id = format!("2025{:02}{:02}-120000-many{n:02}", n % 12 + 1, n % 28 + 1);
        s.started = format!("2025-{:02}-{:02}T12:00:00Z", n % 12 + 1, n % 28 + 1)
            .parse()
            .unwrap();
        s.group = format!("Team {}", n % 7);
        if let Some(step) = s.steps.first_mut() {
            step.decision = format!("{} (variant {n})", step.decision);
        }
        std::fs::write(store.path(&s.id), to_ron(&s)).unwrap();
    }
    assert_agree(&dirs, &cache, "first run (index built)");
    settle(&dirs);
    assert_agree(&dirs, &cache, "second run (the files settled)");
    assert_eq!(
        Scan::open(&dirs, Lang::En, &cache).files_read,
        0,
        "the index is used"
    );
    assert_agree(&dirs, &cache, "through the index");
}
