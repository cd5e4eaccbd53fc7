//! A cold index (a first run, an index rebuilt): review shows how far the
//! index is instead of a frozen screen, and home appears at once from the
//! newest files while a thread reads the folder into the index; its full
//! list then joins home's (`src/tui/indexing.rs`).
//!
//! Snapshots: `INSTA_UPDATE=always cargo test --test tui_index_gauge`, then
//! read the `.snap` files as a facilitator opening casus for the first time would.

mod common;

#[allow(dead_code)]
#[path = "../examples/gen_sessions/main.rs"]
mod gen_sessions;

use casus::i18n::Lang;
use casus::review::index::{Cache, HomeFirst, home_first, home_sessions};
use casus::tui::Runner;
use casus::tui::action::Action;
use casus::tui::screens::home::{RECENT, SessionInfo};

use common::*;

fn snap(app: &casus::tui::app::App, name: &str) {
    let lang = app.lang.code();
    insta::assert_snapshot!(format!("{lang}_{name}_80x24"), render(app, 80, 24));
}

fn gauges(lang: Lang) {
    let mut review = app(lang);
    review.review_dirs = vec![std::env::temp_dir()];
    press(&mut review, ch('r'));
    act(&mut review, Action::ReviewProgress(1234, 10000));
    snap(&review, "index_gauge_review");

    // Home lists what the newest files hold while the rest is read.
    let mut newest: Vec<_> = gen_sessions::sessions(5).take(40).collect();
    newest.sort_by(|a, b| b.id.cmp(&a.id));
    newest.truncate(3);
    newest[0].finished = None;
    let mut home = app_with(lang, &newest);
    act(&mut home, Action::IndexProgress(1234, 10000));
    snap(&home, "index_gauge_home");
    // Nothing read yet: not "no sessions".
    let mut empty = app_with(lang, &[]);
    act(&mut empty, Action::IndexProgress(0, 10000));
    snap(&empty, "index_gauge_home_empty");
}

#[test]
fn the_gauges_in_dutch() {
    gauges(Lang::Nl);
}

#[test]
fn the_gauges_in_english() {
    gauges(Lang::En);
}

#[test]
fn home_lists_the_newest_files_at_once_and_the_full_list_when_the_index_is_built() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let store = casus::store::Store::open(&data).unwrap();
    for s in gen_sessions::sessions(5).take(240) {
        store.save(&s).unwrap();
    }
    let cache = Cache::Dir(tmp.path().join("cache"));
    let ids = |l: &[casus::review::LoadedSession]| -> Vec<String> {
        l.iter().map(|l| l.session.id.clone()).collect()
    };
    // What home lists when the index is complete (this builds one in `full`).
    let full_cache = Cache::Dir(tmp.path().join("full"));
    let (full, _) = home_sessions(&data, Lang::En, &full_cache, RECENT);
    assert!(full.len() > RECENT, "some unfinished sessions too");

    let HomeFirst::Partial {
        sessions, unknown, ..
    } = home_first(&data, Lang::En, &cache, RECENT)
    else {
        panic!("a cold index of 240 files is not waited for");
    };
    assert_eq!(unknown, 240);
    // The newest files: exactly the recent finished ones of the full list,
    // and those of its unfinished ones that are among the newest files.
    let first = ids(&sessions);
    let newest_finished: Vec<&String> = full
        .iter()
        .filter(|l| l.session.is_finished())
        .map(|l| &l.session.id)
        .collect();
    assert_eq!(
        first
            .iter()
            .filter(|id| newest_finished.contains(id))
            .count(),
        RECENT
    );
    assert!(first.iter().all(|id| ids(&full).contains(id)), "{first:?}");

    // Through the runner: home at once, then the full list from the thread.
    let runner = Runner::new(&data, Lang::En)
        .unwrap()
        .with_cache(cache.clone());
    let (listed, problems) = casus::tui::indexing::home_list(&runner, data.clone(), Lang::En);
    assert!(problems.is_empty());
    let mut app = app_with(Lang::En, &listed);
    let mut told = None;
    for _ in 0..6000 {
        match runner.poll_indexing() {
            Some(Action::HomeListed(l)) => {
                told = Some(l);
                break;
            }
            Some(progress) => {
                act(&mut app, progress);
            }
            None => std::thread::sleep(std::time::Duration::from_millis(10)),
        }
    }
    let told = told.expect("the thread ends");
    let want: Vec<SessionInfo> = told.0.iter().map(SessionInfo::of).collect();
    act(&mut app, Action::HomeListed(told));
    assert_eq!(app.home.indexing, None, "the gauge is gone");
    let mut expected: Vec<SessionInfo> = full.iter().map(|l| SessionInfo::of(&l.session)).collect();
    expected.sort_by(|a, b| b.id.cmp(&a.id));
    assert_eq!(want, expected, "the thread lists what home_sessions lists");
    assert_eq!(app.home.sessions, expected, "home now lists all of it");
    // The index is now warm: home no longer reads from the newest files.
    assert!(matches!(
        home_first(&data, Lang::En, &cache, RECENT),
        HomeFirst::Complete(..)
    ));
}

#[test]
fn the_full_list_keeps_what_home_shows_and_the_row_chosen() {
    let mut all: Vec<_> = gen_sessions::sessions(6).take(30).collect();
    all.sort_by(|a, b| b.id.cmp(&a.id));
    for s in all.iter_mut().skip(10).step_by(5) {
        s.finished = None;
    }
    let newest = &all[..3];
    let mut app = app_with(Lang::Nl, newest);
    act(&mut app, Action::IndexProgress(5, 30));
    press_code(&mut app, crossterm::event::KeyCode::Down);
    press_code(&mut app, crossterm::event::KeyCode::Down);
    let rows = |app: &casus::tui::app::App| -> Vec<String> {
        let unfinished = app.home.sessions.iter().filter(|s| !s.finished);
        let recent = app.home.sessions.iter().filter(|s| s.finished).take(RECENT);
        unfinished.chain(recent).map(|s| s.id.clone()).collect()
    };
    let chosen = rows(&app)[app.home.selected - 1].clone();
    // As the thread lists them: every unfinished one and the newest finished.
    let listed: Vec<_> = all
        .iter()
        .filter(|s| !s.is_finished())
        .chain(all.iter().filter(|s| s.is_finished()).take(RECENT))
        .cloned()
        .collect();
    act(&mut app, Action::HomeListed(Box::new((listed, Vec::new()))));
    assert_eq!(app.home.indexing, None);
    assert!(rows(&app).len() > 3, "the older unfinished ones joined");
    assert_eq!(
        rows(&app)[app.home.selected - 1],
        chosen,
        "the same row stays chosen"
    );
}
