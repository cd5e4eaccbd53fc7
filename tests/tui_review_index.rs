//! The review screens read the session folders through the summary index
//! (`casus::review::index`) and read a session file whole only where a page
//! shows more than a summary holds: the detail page and the set export.
//! These tests hold that to what parsing every file shows, on copies of the
//! fixture folders whose index is settled and in use.

mod common;
mod review_fixtures;

use std::path::{Path, PathBuf};

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::review::index::{Cache, Scan, SessionSummary};
use casus::review::load_folders;
use casus::store::read_session;
use casus::tui::Runner;
use casus::tui::action::{Action, Effect};
use casus::tui::app::{App, Screen};
use casus::tui::keymap::Context;
use casus::tui::screens::review::detail::Full;
use casus::tui::screens::review::{Page, Review};

use common::*;
use review_fixtures as fx;
use review_fixtures::{S0, S1};

/// Copies of fixture folders with an index built, settled (two seconds old,
/// so its stats are trusted) and in use: a scan parses only the broken file.
fn indexed(names: &[&str]) -> (tempfile::TempDir, Vec<PathBuf>, Cache) {
    let (tmp, dirs) = fx::temp_copy(names);
    let cache = Cache::Dir(tmp.path().join("cache"));
    Scan::open(&dirs, Lang::Nl, &cache);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    Scan::open(&dirs, Lang::Nl, &cache);
    let broken = usize::from(names.contains(&"kapot"));
    assert_eq!(
        Scan::open(&dirs, Lang::Nl, &cache).files_read,
        broken,
        "the index is used"
    );
    (tmp, dirs, cache)
}

/// Review opened from home with `r`, loaded by the runner through the index in `cache`.
fn through_index(dirs: &[PathBuf], cache: &Cache, data: &Path) -> (App, Runner) {
    let mut app = app(Lang::Nl);
    app.review_dirs = dirs.to_vec();
    let runner = Runner::new(data, Lang::Nl)
        .unwrap()
        .with_cache(cache.clone());
    let effects = press(&mut app, ch('r'));
    assert_eq!(effects, vec![Effect::LoadReview(dirs.to_vec())]);
    run(&mut app, &runner, effects);
    assert_eq!(app.context(), Context::ReviewList);
    (app, runner)
}

/// Review over what parsing every file gives, as before the index.
fn from_full_parse(dirs: &[PathBuf]) -> App {
    let mut app = app(Lang::Nl);
    let mut review = Review::new(dirs.to_vec(), jiff::tz::TimeZone::UTC);
    review.set_loaded(load_folders(dirs, Lang::Nl));
    app.screen = Screen::Review(Box::new(review));
    app
}

/// The listed sessions: id and file, top to bottom.
fn listed(app: &App) -> Vec<(String, PathBuf)> {
    let r = review(app);
    let loaded = r.loaded.as_ref().expect("loaded");
    r.matching
        .iter()
        .map(|&i| {
            let l = &loaded.sessions[i];
            (l.session.id.clone(), l.path.clone())
        })
        .collect()
}

/// Replaces the filter line by `text` and applies it.
fn filter(app: &mut App, text: &str) {
    press(app, ch('/'));
    press(app, ctrl('u'));
    type_text(app, text);
    press_code(app, KeyCode::Enter);
    assert_eq!(app.context(), Context::ReviewList, "{text:?} applies");
    assert_eq!(review(app).filter.source(), text);
}

/// Selects a session in the list by id.
fn select(app: &mut App, id: &str) {
    let at = listed(app)
        .iter()
        .position(|(i, _)| i == id)
        .unwrap_or_else(|| panic!("{id} is listed"));
    for _ in 0..at {
        press_code(app, KeyCode::Down);
    }
}

fn session_file(dir: &Path, id: &str) -> PathBuf {
    dir.join("sessions").join(format!("{id}.ron"))
}

/// Rewrites a session file in place, keeping its size and putting its
/// modification time back: only the change time and the bytes differ.
fn rewrite_same_size(path: &Path, from: &str, to: &str) {
    assert_eq!(from.len(), to.len());
    let mtime = std::fs::metadata(path).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
}

#[test]
fn the_screens_from_the_index_show_what_a_full_parse_shows() {
    let (tmp, dirs, cache) = indexed(&["noord", "zuid", "kapot"]);
    for text in [
        "",
        "theme:mandaat",
        "group:noord",
        "knelpunt:open",
        "status:open",
        "mentor",
        "since:2026-02",
    ] {
        let (mut indexed, _runner) = through_index(&dirs, &cache, &tmp.path().join("data"));
        let mut full = from_full_parse(&dirs);
        if !text.is_empty() {
            filter(&mut indexed, text);
            filter(&mut full, text);
        }
        let (a, b) = (review(&indexed), review(&full));
        let (la, lb) = (a.loaded.as_ref().unwrap(), b.loaded.as_ref().unwrap());
        let shown = |d: &[casus::library::Diagnostic]| -> Vec<String> {
            d.iter().map(|d| d.to_string()).collect()
        };
        assert_eq!(
            shown(&la.problems),
            shown(&lb.problems),
            "{text:?}: problems"
        );
        assert_eq!(la.notes, lb.notes, "{text:?}: notes");
        assert_eq!(listed(&indexed), listed(&full), "{text:?}: the list");
        for (w, h) in [(80, 24), (120, 40)] {
            assert_eq!(
                render(&indexed, w, h),
                render(&full, w, h),
                "{text:?}: the list at {w}x{h}"
            );
        }

        press(&mut indexed, ch('c'));
        press(&mut full, ch('c'));
        let chart = |app: &App| match &review(app).page {
            Page::Chart(c) => c.as_ref().clone(),
            _ => panic!("chart"),
        };
        assert_eq!(
            chart(&indexed).stats,
            chart(&full).stats,
            "{text:?}: counts"
        );
        // Every theme's stories, one theme after the other.
        for _ in 0..=chart(&full).stats.themes().count() {
            assert_eq!(
                chart(&indexed).stories,
                chart(&full).stories,
                "{text:?}: stories"
            );
            assert_eq!(render(&indexed, 120, 40), render(&full, 120, 40));
            press_code(&mut indexed, KeyCode::Down);
            press_code(&mut full, KeyCode::Down);
        }

        press(&mut indexed, ch('k'));
        press(&mut full, ch('k'));
        let rows = |app: &App| match &review(app).page {
            Page::Register(r) => r.rows.clone(),
            _ => panic!("register"),
        };
        assert_eq!(rows(&indexed), rows(&full), "{text:?}: register");
        assert_eq!(render(&indexed, 120, 40), render(&full, 120, 40));
    }

    // What those pages agreed on is what the fixtures hold.
    let (mut app, _runner) = through_index(&dirs, &cache, &tmp.path().join("data"));
    assert_eq!(listed(&app).len(), 6, "S0..S5, S2 once");
    let s2 = "20260220-120000-cccccc";
    assert!(
        listed(&app).contains(&(s2.into(), session_file(&dirs[1], s2))),
        "the newer copy of S2, in Zuid"
    );
    press(&mut app, ch('u'));
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("20260304-120000-gggggg.ron:"),
        "the broken file with its position:\n{screen}"
    );
    assert!(screen.contains("staat in twee mappen"), "{screen}");
}

#[test]
fn opening_a_session_reads_its_file_and_shows_its_phase_notes() {
    let (tmp, dirs, cache) = indexed(&["noord"]);
    let (mut app, runner) = through_index(&dirs, &cache, &tmp.path().join("data"));
    select(&mut app, S1);
    let held = review(&app).sessions()[review(&app).list.selected].clone();
    assert_eq!(held.id, S1);
    assert!(
        held.phases.iter().all(|p| p.notes.is_empty()) && held.lessons.is_empty(),
        "the list holds a summary, without notes"
    );

    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::ReadSession(session_file(&dirs[0], S1))]
    );
    assert_eq!(app.context(), Context::ReviewDetail);
    let reading = render(&app, 120, 40);
    assert!(reading.contains("Sessie lezen…"), "{reading}");
    assert!(!reading.contains("De inbrenger twijfelde"), "{reading}");

    run(&mut app, &runner, effects);
    let screen = render(&app, 120, 40);
    for text in [
        "De inbrenger twijfelde of dit wel een casus was.",
        "We bellen de ouders nog dezelfde dag.",
        "De ouders belden zelf terug.",
        "Eerst bellen, dan pas schrijven.",
        "Afspraak met de school over signalen",
    ] {
        assert!(screen.contains(text), "{text} in\n{screen}");
    }
    assert!(screen.contains("sessie 3 van 4"), "{screen}");

    // The export of the detail is the whole session.
    let effects = press(&mut app, ch('e'));
    let [Effect::ExportMarkdown(exported)] = &effects[..] else {
        panic!("expected an export, got {effects:?}");
    };
    assert_eq!(
        **exported,
        read_session(&session_file(&dirs[0], S1)).unwrap()
    );

    // The next session is read from its file too.
    let effects = press_code(&mut app, KeyCode::Right);
    assert_eq!(
        effects,
        vec![Effect::ReadSession(session_file(&dirs[0], S0))]
    );
    run(&mut app, &runner, effects);
    let Page::Detail(detail) = &review(&app).page else {
        panic!("detail")
    };
    assert!(matches!(&detail.full, Full::Read(s) if s.id == S0));
    assert!(render(&app, 120, 40).contains("sessie 4 van 4"));
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::ReviewList);
}

#[test]
fn a_session_whose_file_changed_after_indexing_shows_the_new_text() {
    let (tmp, dirs, cache) = indexed(&["noord"]);
    let path = session_file(&dirs[0], S1);
    // Changed after the index was written: same size, the old mtime.
    rewrite_same_size(&path, "bellen de ouders nog", "bellen de broers nog");
    let (mut app, runner) = through_index(&dirs, &cache, &tmp.path().join("data"));
    filter(&mut app, "broers");
    assert_eq!(listed(&app), [(S1.to_string(), path.clone())], "the list");
    press(&mut app, ch('c'));
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    assert!(
        chart.stories.iter().any(|s| s.text.contains("broers")),
        "the stories: {:?}",
        chart.stories
    );
    press_code(&mut app, KeyCode::Esc);
    press_run(&mut app, &runner, KeyCode::Enter);
    assert!(render(&app, 120, 40).contains("We bellen de broers nog dezelfde dag."));
    press_code(&mut app, KeyCode::Esc);

    // Changed again while review is open: the detail reads the file as it
    // is now, and the list is brought in line with it.
    rewrite_same_size(&path, "bellen de broers nog", "bellen de zusjes nog");
    press_run(&mut app, &runner, KeyCode::Enter);
    assert!(render(&app, 120, 40).contains("We bellen de zusjes nog dezelfde dag."));
    press_code(&mut app, KeyCode::Esc);
    filter(&mut app, "zusjes");
    assert_eq!(listed(&app), [(S1.to_string(), path.clone())]);
    let held = &review(&app).loaded.as_ref().unwrap().sessions;
    let now = SessionSummary::of(&read_session(&path).unwrap()).into_session();
    assert!(
        held.iter().any(|l| l.session == now),
        "the summary held is the file's"
    );
}

#[test]
fn after_a_bottleneck_is_saved_the_list_and_the_register_show_it() {
    let (tmp, dirs, cache) = indexed(&["noord", "zuid"]);
    let (mut app, runner) = through_index(&dirs, &cache, &dirs[0]);
    let _keep = tmp;
    filter(&mut app, "knelpunt:open");
    assert_eq!(listed(&app).len(), 1, "S1 has the one open bottleneck");
    press(&mut app, ch('k'));
    let effects = press(&mut app, ch('s')); // Wachttijd specialistische ggz: open → raised
    assert!(matches!(&effects[..], [Effect::UpdateItem { session_id, .. }] if session_id == S1));
    run(&mut app, &runner, effects);
    let Page::Register(reg) = &review(&app).page else {
        panic!("register")
    };
    assert!(reg.rows.is_empty(), "knelpunt:open holds no bottleneck now");
    press_code(&mut app, KeyCode::Esc);
    assert!(listed(&app).is_empty(), "nor the list a session");
    let path = session_file(&dirs[0], S1);
    let held = &review(&app).loaded.as_ref().unwrap().sessions;
    let now = SessionSummary::of(&read_session(&path).unwrap()).into_session();
    assert!(held.iter().any(|l| l.path == path && l.session == now));

    // Read again through the index, review shows the same.
    let (again, _runner) = through_index(&dirs, &cache, &dirs[0]);
    assert_eq!(
        review(&again).loaded.as_ref().unwrap().sessions,
        review(&app).loaded.as_ref().unwrap().sessions
    );
}

#[test]
fn the_set_export_reads_the_files_as_they_are_now_and_stops_at_a_broken_one() {
    let (tmp, dirs, cache) = indexed(&["noord"]);
    let data = tmp.path().join("data");
    let (mut app, runner) = through_index(&dirs, &cache, &data);
    filter(&mut app, "theme:mandaat");
    rewrite_same_size(
        &session_file(&dirs[0], S1),
        "bellen de ouders nog",
        "bellen de broers nog",
    );
    let effects = press(&mut app, ch('e'));
    let [Effect::ExportSet { sessions, .. }] = &effects[..] else {
        panic!("expected an export, got {effects:?}");
    };
    let expected: Vec<PathBuf> = listed(&app).into_iter().map(|(_, p)| p).collect();
    assert_eq!(*sessions, expected, "the listed files, newest first");
    run(&mut app, &runner, effects);
    let exports = data.join("exports");
    let written: Vec<PathBuf> = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1);
    let report = std::fs::read_to_string(&written[0]).unwrap();
    assert!(
        report.contains("We bellen de broers nog dezelfde dag."),
        "{report}"
    );

    std::fs::write(session_file(&dirs[0], S0), "(id: \"kapot\"").unwrap();
    // A minute later, so a report would get a file name of its own.
    act(
        &mut app,
        Action::Tick(now() + jiff::SignedDuration::from_secs(60)),
    );
    let effects = press(&mut app, ch('e'));
    run(&mut app, &runner, effects);
    let status = app.status.clone().expect("a message");
    assert!(status.error, "{}", status.text);
    assert!(
        status.text.contains(&format!("{S0}.ron:1:")),
        "where the damage is: {}",
        status.text
    );
    assert_eq!(
        std::fs::read_dir(&exports).unwrap().count(),
        1,
        "nothing written"
    );
}
