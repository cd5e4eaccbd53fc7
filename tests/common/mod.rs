//! Shared helpers for the TUI tests: an app on the built-in library with a
//! fixed clock and a fixed session id, keys through the real keymap, and the
//! screen rendered to plain text.
//!
//! Not every test file uses every helper.
#![allow(dead_code)]

pub mod bin;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::CellWidth;

use casus::i18n::Lang;
use casus::library::Library;
use casus::model::Session;
use casus::tui::action::{Action, Effect};
use casus::tui::app::{App, Ids, Screen};
use casus::tui::keymap;
use casus::tui::screens::session::SessionScreen;
use casus::tui::style::Palette;
use casus::tui::update::update;

/// The session id every test session gets.
pub const ID: &str = "20261123-090000-test01";

/// The clock every test starts at: Monday 23 November 2026, 09:00 UTC.
pub fn now() -> Timestamp {
    "2026-11-23T09:00:00Z".parse().expect("a valid timestamp")
}

/// An app on the home screen over the built-in library, with no sessions.
pub fn app(lang: Lang) -> App {
    app_with(lang, &[])
}

/// An app on the home screen over the built-in library, knowing `sessions`.
pub fn app_with(lang: Lang, sessions: &[Session]) -> App {
    let mut app = App::new(lang, Library::load(None, &[]), sessions, now());
    app.ids = Ids::Fixed(ID.into());
    app.palette = Palette::new(false);
    // Dates and times show in UTC whatever the machine's zone (`TZ`).
    app.tz = jiff::tz::TimeZone::UTC;
    app
}

/// A plain key press.
pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// A character key press (uppercase letters carry Shift, as crossterm sends them).
pub fn ch(c: char) -> KeyEvent {
    let mods = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    KeyEvent::new(KeyCode::Char(c), mods)
}

/// Control plus a letter.
pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Presses a key the way the event loop does: through the keymap of the current context.
pub fn press(app: &mut App, ev: KeyEvent) -> Vec<Effect> {
    match app.keymap.action_for(app.context(), ev) {
        Some(action) => update(app, action),
        None => Vec::new(),
    }
}

/// Presses a named key.
pub fn press_code(app: &mut App, code: KeyCode) -> Vec<Effect> {
    press(app, key(code))
}

/// Types text key by key (`\n` as Enter); returns every effect on the way.
pub fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in text.chars() {
        let ev = if c == '\n' {
            key(KeyCode::Enter)
        } else {
            ch(c)
        };
        effects.extend(press(app, ev));
    }
    effects
}

/// Sends an action straight to `update` (ticks, pastes).
pub fn act(app: &mut App, action: Action) -> Vec<Effect> {
    update(app, action)
}

/// Carries out effects through the real runner and the app's own effect loop
/// (`casus::tui::step`), feeding back what they report, as the event loop does.
pub fn run(app: &mut App, runner: &casus::tui::Runner, effects: Vec<Effect>) {
    for effect in effects {
        if let Some(next) = runner.run(effect) {
            casus::tui::step(app, runner, next);
        }
    }
}

/// Presses a named key and carries out its effects, as the event loop does.
pub fn press_run(app: &mut App, runner: &casus::tui::Runner, code: KeyCode) {
    if let Some(action) = app.keymap.action_for(app.context(), key(code)) {
        casus::tui::step(app, runner, action);
    }
}

/// The sessions the effects ask to save, in order.
pub fn saves(effects: &[Effect]) -> Vec<&Session> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Save(s) => Some(s.as_ref()),
            _ => None,
        })
        .collect()
}

/// The last session the effects ask to save; panics when none is saved.
pub fn last_save(effects: &[Effect]) -> &Session {
    saves(effects)
        .last()
        .copied()
        .unwrap_or_else(|| panic!("expected a Save effect, got {effects:?}"))
}

/// The running session screen; panics on any other screen.
pub fn session(app: &App) -> &SessionScreen {
    match &app.screen {
        Screen::Session(s) => s,
        other => panic!("expected a running session, got {}", screen_name(other)),
    }
}

/// The running session screen, mutable.
pub fn session_mut(app: &mut App) -> &mut SessionScreen {
    match &mut app.screen {
        Screen::Session(s) => s,
        other => panic!("expected a running session, got {}", screen_name(other)),
    }
}

/// A short name for a screen, for messages.
pub fn screen_name(screen: &Screen) -> &'static str {
    match screen {
        Screen::Home => "Home",
        Screen::Setup(_) => "Setup",
        Screen::Session(_) => "Session",
        Screen::Summary(_) => "Summary",
        Screen::Review(_) => "Review",
    }
}

/// The group name the helpers give a new session.
pub const GROUP: &str = "Team Noord";

/// From home to a running session on the case whose title matches `case_query`,
/// with the default method, all theme sets, group "Team Noord" and participants "AB, CD".
/// Returns the effects of the final Enter (the first save).
pub fn start_session(app: &mut App, case_query: &str) -> Vec<Effect> {
    press_code(app, KeyCode::Enter); // "+ new session"
    assert!(
        matches!(app.screen, Screen::Setup(_)),
        "home Enter opens the set-up"
    );
    type_text(app, case_query);
    press_code(app, KeyCode::Enter); // case
    press_code(app, KeyCode::Enter); // method (default)
    press_code(app, KeyCode::Enter); // theme sets (all)
    type_text(app, GROUP);
    press_code(app, KeyCode::Enter); // group
    type_text(app, "AB, CD");
    press_code(app, KeyCode::Enter) // participants: start
}

/// A running session on "Een zorgelijk signaal van school", in the first (Notes) phase.
pub fn started(lang: Lang) -> App {
    let mut app = app(lang);
    start_session(&mut app, "signaal");
    assert!(matches!(app.screen, Screen::Session(_)), "the session runs");
    app
}

/// A running session at the first decision point of the Steps phase.
pub fn at_first_step(lang: Lang) -> App {
    let mut app = started(lang);
    press(&mut app, ch('n'));
    assert_eq!(session(&app).kind(), casus::model::PhaseKind::Steps);
    app
}

/// Draws the app at `w`×`h` and returns the screen as text: symbols only,
/// one line per row, trailing spaces trimmed.
pub fn render(app: &App, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    terminal
        .draw(|f| casus::tui::view::view(app, f))
        .expect("drawing works");
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut skip = 0u16;
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            // A wide character covers the next cell too: print it once.
            if skip == 0 {
                line.push_str(cell.symbol());
            }
            skip = skip.max(cell.cell_width()).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

// ---------------------------------------------------------------- for the update tests

/// The Dutch strings.
pub fn nl() -> &'static casus::i18n::Strings {
    Lang::Nl.strings()
}

/// The set-up page on show; panics on any other screen.
pub fn setup_page(app: &App) -> casus::tui::screens::setup::Page {
    match &app.screen {
        Screen::Setup(s) => s.page,
        other => panic!("expected the set-up, got {}", screen_name(other)),
    }
}

/// The status line and whether it is an error; panics when there is none.
pub fn status(app: &App) -> (String, bool) {
    let s = app.status.as_ref().expect("a status message");
    (s.text.clone(), s.error)
}

/// The text in the open editor; panics when none is open.
pub fn editor_text(app: &App) -> String {
    session(app).editor.as_ref().expect("an open editor").text()
}

/// Asserts that no saved session holds `needle` anywhere in its file.
pub fn assert_never_saved(effects: &[Effect], needle: &str) {
    for s in saves(effects) {
        assert!(
            !casus::store::to_ron(s).contains(needle),
            "a saved session contains {needle:?}"
        );
    }
}

/// Seconds after the fixed start.
pub fn at(secs: i64) -> jiff::Timestamp {
    now() + jiff::SignedDuration::from_secs(secs)
}

/// A running session in the closing phase, with one knelpunt named at the first step.
pub fn at_closing() -> App {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('b'));
    type_text(&mut app, "Geen spreekuur");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "schoolbestuur");
    press_code(&mut app, KeyCode::Esc);
    press_code(&mut app, KeyCode::Tab);
    assert_eq!(app.context(), keymap::Context::Closing);
    app
}

// ---------------------------------------------------------------- for the review tests

/// The review screens' state; panics on any other screen.
pub fn review(app: &App) -> &casus::tui::screens::review::Review {
    match &app.screen {
        Screen::Review(r) => r,
        other => panic!("expected review, got {}", screen_name(other)),
    }
}

/// An app on the review list over `dirs`, opened with `r` from home and
/// loaded by a runner writing to `data` (exports go there; the review index
/// in `data/index-cache`, not in the user's cache folder).
pub fn review_over(
    lang: Lang,
    dirs: Vec<std::path::PathBuf>,
    data: &std::path::Path,
) -> (App, casus::tui::Runner) {
    let mut app = app(lang);
    app.review_dirs = dirs.clone();
    let runner = casus::tui::Runner::new(data, lang)
        .expect("a runner")
        .with_cache(casus::review::index::Cache::Dir(data.join("index-cache")));
    let effects = press(&mut app, ch('r'));
    assert_eq!(effects, vec![Effect::LoadReview(dirs)]);
    run(&mut app, &runner, effects);
    assert_eq!(app.context(), keymap::Context::ReviewList);
    (app, runner)
}

/// The ids of the sessions in the list, top to bottom.
pub fn listed_ids(app: &App) -> Vec<String> {
    review(app)
        .sessions()
        .iter()
        .map(|s| s.id.clone())
        .collect()
}

/// Applies a filter line in review, as typed.
pub fn review_filter(app: &mut App, text: &str) {
    press(app, ch('/'));
    assert_eq!(app.context(), keymap::Context::ReviewFilter);
    type_text(app, text);
    press_code(app, KeyCode::Enter);
}

/// Lets the clock run `secs` seconds in the current phase.
pub fn run_clock(app: &mut App, from: i64, secs: i64) {
    for t in (from..=from + secs).step_by(5) {
        act(app, Action::Tick(at(t)));
    }
}

/// The set-up on page `page` (0: the case list) of a new session on the signaal case.
pub fn setup_on(page: usize) -> App {
    let mut app = app(Lang::Nl);
    press_code(&mut app, KeyCode::Enter);
    if page == 0 {
        return app;
    }
    type_text(&mut app, "signaal");
    for _ in 1..page.min(3) + 1 {
        press_code(&mut app, KeyCode::Enter);
    }
    if page >= 4 {
        type_text(&mut app, "Team Noord");
        press_code(&mut app, KeyCode::Enter);
    }
    app
}

/// Start-up options over the built-in library, in Dutch, with `data` as the
/// data folder and the only folder review reads.
pub fn start_options(data: &std::path::Path, start: casus::tui::Start) -> casus::tui::Options {
    casus::tui::Options {
        lang: Lang::Nl,
        library: Library::load(None, &[]),
        data_dir: data.to_path_buf(),
        present: false,
        config: Default::default(),
        start,
        review_dirs: vec![data.to_path_buf()],
        cases_dir: None,
        tz: jiff::tz::TimeZone::UTC,
    }
}

/// A runner on `data` whose review index stays in the test's own folder.
pub fn runner_on(data: &std::path::Path) -> casus::tui::Runner {
    casus::tui::Runner::new(data, Lang::Nl)
        .expect("a runner")
        .with_cache(casus::review::index::Cache::Dir(data.join("index")))
}
