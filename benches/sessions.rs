//! Loading, counting and searching N generated sessions (N = 1,000, or
//! `CASUS_BENCH_SESSIONS`), each two ways: parsing every file (what casus
//! did before the index, and still does with `CASUS_NO_INDEX=1`) and through
//! the summary index.
//!
//! `cargo bench --bench sessions`; targets and figures in BENCHMARKS.md.

use std::hint::black_box;
use std::path::PathBuf;

use casus::i18n::Lang;
use casus::review::index::{Cache, Scan};
use casus::review::load::sessions_of;
use casus::review::{Filter, Stats, load_folders, search};
use casus::store::Store;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use jiff::tz::TimeZone;

#[allow(dead_code)]
#[path = "../examples/gen_sessions/main.rs"]
mod gen_sessions;

const QUERY: &str = "wachtlijst";

fn sessions(c: &mut Criterion) {
    let n: usize = std::env::var("CASUS_BENCH_SESSIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let data = tmp.path().join("data");
    let store = Store::open(&data).expect("a store");
    for session in gen_sessions::sessions(1).take(n) {
        store.save(&session).expect("saved");
    }
    let dirs: Vec<PathBuf> = vec![data];
    let cache = Cache::Dir(tmp.path().join("cache"));
    // The index trusts a file by its stat once it is two seconds old.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let warm = Scan::open(&dirs, Lang::En, &cache);
    assert_eq!((warm.len(), warm.files_read), (n, n), "index built");
    assert_eq!(Scan::open(&dirs, Lang::En, &cache).files_read, 0);
    let all = Filter::default();

    let mut group = c.benchmark_group("sessions");
    group.sample_size(10);
    group.bench_with_input(BenchmarkId::new("load+count, every file", n), &n, |b, _| {
        b.iter(|| {
            let loaded = load_folders(&dirs, Lang::En);
            black_box(Stats::compute(
                &sessions_of(&loaded.matching(&all, &TimeZone::UTC)),
                &TimeZone::UTC,
            ))
        })
    });
    group.bench_with_input(BenchmarkId::new("load+count, index", n), &n, |b, _| {
        b.iter(|| black_box(Scan::open(&dirs, Lang::En, &cache).stats(&all, &TimeZone::UTC)))
    });
    group.bench_with_input(BenchmarkId::new("search, every file", n), &n, |b, _| {
        b.iter(|| {
            let loaded = load_folders(&dirs, Lang::En);
            black_box(
                search(
                    &sessions_of(&loaded.matching(&all, &TimeZone::UTC)),
                    QUERY,
                    &TimeZone::UTC,
                )
                .len(),
            )
        })
    });
    group.bench_with_input(BenchmarkId::new("search, index", n), &n, |b, _| {
        b.iter(|| {
            black_box(
                Scan::open(&dirs, Lang::En, &cache)
                    .search(&all, QUERY, &TimeZone::UTC)
                    .len(),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, sessions);
criterion_main!(benches);
