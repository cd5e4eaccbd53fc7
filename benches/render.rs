//! Drawing: one frame of the step screen and of the review chart at 200×60,
//! and one filter update of the theme picker over 1,000 themes.
//!
//! `cargo bench --bench render`; targets and figures in BENCHMARKS.md.

use std::hint::black_box;

use casus::i18n::Lang;
use casus::library::Library;
use casus::model::{Position, Session, Theme, ThemeSet};
use casus::review::Loaded;
use casus::review::index::SessionSummary;
use casus::tui::app::{App, Screen};
use casus::tui::screens::review::chart::Chart;
use casus::tui::screens::review::{Page, Review};
use casus::tui::screens::session::picker::ThemePicker;
use casus::tui::style::Palette;
use casus::tui::view::view;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_input::Input;

#[allow(dead_code)]
#[path = "../examples/gen_sessions/main.rs"]
mod gen_sessions;

fn now() -> jiff::Timestamp {
    "2025-11-24T10:00:00Z".parse().expect("a timestamp")
}

fn app() -> App {
    let mut app = App::new(Lang::Nl, Library::load(None, &[]), &[], now());
    app.palette = Palette::new(true);
    app.size = (200, 60);
    app
}

/// A generated, unfinished session at its second decision point.
fn session_on_steps() -> Session {
    let mut session = gen_sessions::sessions(7)
        .find(|s| s.steps.iter().all(|r| !r.decision.is_empty()))
        .expect("a session with decisions");
    session.finished = None;
    session.position = Position {
        phase: session.steps_phase().expect("a steps phase"),
        step: 1,
    };
    session
}

fn frame(c: &mut Criterion) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a test terminal");

    let mut steps = app();
    steps.open(session_on_steps());
    assert!(matches!(steps.screen, Screen::Session(_)));
    c.bench_function("frame: step screen 200x60", |b| {
        b.iter(|| terminal.draw(|f| view(black_box(&steps), f)).map(|_| ()))
    });

    // The chart over 1,000 sessions, as the review screens hold them.
    let mut chart = app();
    let sessions: Vec<_> = gen_sessions::sessions(7)
        .take(1000)
        .map(|s| casus::review::LoadedSession {
            session: SessionSummary::of(&s).into_session(),
            path: format!("/tmp/{}.ron", s.id).into(),
        })
        .collect();
    let mut review = Review::new(Vec::new(), jiff::tz::TimeZone::UTC);
    review.set_loaded(Loaded {
        sessions,
        problems: Vec::new(),
        notes: Vec::new(),
    });
    review.page = Page::Chart(Box::new(Chart::new(
        &review.sessions(),
        &jiff::tz::TimeZone::UTC,
    )));
    chart.screen = Screen::Review(Box::new(review));
    c.bench_function("frame: review chart 200x60", |b| {
        b.iter(|| terminal.draw(|f| view(black_box(&chart), f)).map(|_| ()))
    });
}

/// A session whose one theme set has 1,000 themes (built-in labels, numbered).
fn session_with_1000_themes() -> Session {
    let library = Library::load(None, &[]);
    let builtin: Vec<&Theme> = library
        .theme_sets
        .iter()
        .flat_map(|e| &e.item.themes)
        .collect();
    let themes = (0..1000)
        .map(|i| {
            let t = builtin[i % builtin.len()];
            Theme {
                id: format!("{}-{i}", t.id),
                label: format!("{} {i}", t.label),
                ..t.clone()
            }
        })
        .collect();
    let mut session = session_on_steps();
    session.theme_sets = vec![ThemeSet {
        schema_version: 1,
        id: "groot".into(),
        title: "Duizend thema's".into(),
        source: None,
        description: None,
        themes,
    }];
    session
}

fn filter(c: &mut Criterion) {
    let session = session_with_1000_themes();
    let mut picker = ThemePicker::new(&session, 1);
    assert_eq!(picker.items.len(), 1000);
    // The user has typed "eerste l" and types the next letter.
    c.bench_function("filter update: theme picker, 1000 themes", |b| {
        b.iter(|| {
            picker.list.query = Input::new("eerste li".into());
            picker.refilter();
            black_box(picker.list.matches.len())
        })
    });
}

fn filter_builtin(c: &mut Criterion) {
    // What a group meets today: every built-in theme set, suggested themes first.
    let session = session_on_steps();
    let mut picker = ThemePicker::new(&session, 1);
    c.bench_function("filter update: theme picker, built-in themes", |b| {
        b.iter(|| {
            picker.list.query = Input::new("eerste li".into());
            picker.refilter();
            black_box(picker.list.matches.len())
        })
    });
}

criterion_group!(benches, frame, filter, filter_builtin);
criterion_main!(benches);
