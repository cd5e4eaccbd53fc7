//! The bar on stderr while a command builds a cold index
//! (`src/cli/progress.rs`): drawn in a terminal when many files are parsed,
//! and gone when the count is printed; never in a pipe.

mod common;

#[allow(dead_code)]
#[path = "../examples/gen_sessions/main.rs"]
mod gen_sessions;

use common::bin::Sandbox;

fn with_sessions(n: usize) -> Sandbox {
    let sandbox = Sandbox::new();
    let store = casus::store::Store::open(&sandbox.data()).unwrap();
    for s in gen_sessions::sessions(9).take(n) {
        store.save(&s).unwrap();
    }
    // Files changed within two seconds of being indexed are parsed again on
    // the next run (src/review/index/folder.rs); wait so the first run's
    // index is the settled one the second run must find warm.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    sandbox
}

#[cfg(unix)]
#[test]
fn a_cold_stats_in_a_terminal_shows_a_bar_and_clears_it() {
    let sandbox = with_sessions(220);
    let mut term = sandbox.spawn(&["stats"], (100, 40), &[]);
    assert!(term.wait_exit());
    let raw = String::from_utf8_lossy(&term.raw()).into_owned();
    assert!(raw.contains("Index bijwerken: "), "{raw}");
    assert!(raw.contains("van 220 sessies"), "{raw}");
    let screen = term.screen();
    assert!(!screen.contains("Index bijwerken"), "cleared:\n{screen}");
    assert!(raw.contains("220 sessies, "), "the count follows");
    // Warm now: nothing to parse, no bar.
    let mut again = sandbox.spawn(&["stats"], (100, 40), &[]);
    assert!(again.wait_exit());
    assert!(!String::from_utf8_lossy(&again.raw()).contains("Index bijwerken"));
}

#[test]
fn a_cold_stats_in_a_pipe_shows_no_bar() {
    let sandbox = with_sessions(220);
    let out = sandbox.run(&["stats", "--data-dir", sandbox.data().to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.is_empty(), "{err}");
}
