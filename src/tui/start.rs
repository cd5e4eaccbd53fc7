//! Start-up: what the app needs ([`Options`]), preparing its first state
//! ([`prepare`]) and the event loop ([`run`]).

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyEventKind};
use jiff::Timestamp;

use super::action::Action;
use super::app::App;
use super::input::{Events, Input, Tty};
use super::runner::{Runner, step, step_drawing};
use super::screens::setup::Preset;
use super::{screens, terminal, view};
use crate::i18n::Lang;
use crate::library::Library;
use crate::model::Session;

/// How the app starts.
#[derive(Debug, Clone)]
pub enum Start {
    /// The home screen.
    Home,
    /// The set-up of a new session.
    New(Preset),
    /// An unfinished session: this id, or the most recent one.
    Resume(Option<String>),
    /// The review screens over `Options::review_dirs`.
    Review,
}

/// What the terminal UI needs.
pub struct Options {
    /// Interface language.
    pub lang: Lang,
    /// The loaded library.
    pub library: Library,
    /// The data folder (sessions/ and exports/ live in it).
    pub data_dir: PathBuf,
    /// Start in presenting mode.
    pub present: bool,
    /// The user's palette, colours and keys (`crate::config`).
    pub config: crate::config::Config,
    /// Where to start.
    pub start: Start,
    /// The data folders review reads (`--data-dir`, repeatable); the first is `data_dir`.
    pub review_dirs: Vec<PathBuf>,
    /// The time zone dates and clocks are shown in (the system's, read once by
    /// the command line; tests fix it).
    pub tz: jiff::tz::TimeZone,
    /// Where the summary keeps an own case as a case file (the config
    /// folder's `cases/`); `None` when there is no config folder.
    pub cases_dir: Option<PathBuf>,
}

/// Prepares the app for its start: resume or new.
///
/// Home lists the unfinished sessions and the most recent finished ones, so
/// only those are read, as summaries through the review index
/// ([`crate::review::index::home_sessions`]): with 10,000 sessions in the
/// folder the first frame does not wait for 10,000 files to be parsed, nor,
/// on a cold index, for the index ([`super::indexing`]). A session that is
/// opened is read whole from its file.
pub fn prepare(options: Options, runner: &Runner, now: Timestamp) -> Result<App, String> {
    use crate::review::index::Scan;
    let data_dir = runner
        .store()
        .dir()
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let cache = runner.cache().clone();
    let Start::Resume(id) = options.start else {
        let (listed, problems) = super::indexing::home_list(runner, data_dir, options.lang);
        let mut app = App::new(options.lang, options.library, &listed, now);
        app.present = options.present;
        app.tz = options.tz;
        configure(&mut app, &options.config);
        let conflicts = crate::store::conflict::conflicts(runner.store().dir());
        if let Some(first) = problems.first() {
            app.complain(first.to_string());
        } else if !conflicts.is_empty() {
            let r = app.lang.review();
            app.complain(crate::i18n::fill(r.conflict_home, &[&conflicts.len()]));
        } else if !runner.store().tightened().is_empty() {
            let n = runner.store().tightened().len();
            app.say(app.strings().permissions_tightened.of(n));
        }
        if let Start::New(preset) = options.start {
            app.start_setup(preset);
        }
        return Ok(app);
    };
    // Resuming looks among all sessions, so it reads the whole folder (through the index).
    let mut scan = Scan::open(&[data_dir], options.lang, &cache);
    let heads: Vec<_> = scan.heads().collect();
    let mut by_id: Vec<usize> = (0..heads.len()).collect();
    by_id.sort_by(|&a, &b| heads[b].id.cmp(&heads[a].id));
    let finished = by_id
        .iter()
        .filter(|&&r| heads[r].finished)
        .take(screens::home::RECENT);
    let unfinished = by_id.iter().filter(|&&r| !heads[r].finished);
    let listed: Vec<Session> = unfinished
        .chain(finished)
        .filter_map(|&rank| scan.get(rank))
        .map(|l| l.session)
        .collect();
    let mut app = App::new(options.lang, options.library, &listed, now);
    app.present = options.present;
    app.tz = options.tz;
    configure(&mut app, &options.config);
    if let Some(first) = scan.problems.first() {
        app.complain(first.to_string());
    }
    // `casus resume PATH`: the file the user chose, e.g. one of a conflict.
    if let Some(path) = id
        .as_deref()
        .map(std::path::Path::new)
        .filter(|p| is_session_path(p))
    {
        return resume_file(app, runner, path);
    }
    let found = match &id {
        // This id, or the only one that starts with it; several is an error
        // (the same rule and message as `casus export`).
        Some(id) => match crate::review::find(&heads, |h| &h.id, id) {
            Ok(head) => Some(head),
            Err(e @ crate::review::FindError::Ambiguous { .. }) => {
                return Err(e.message(options.lang));
            }
            Err(crate::review::FindError::NotFound(_)) => None,
        },
        None => heads
            .iter()
            .filter(|h| !h.finished)
            .max_by(|a, b| a.updated.cmp(&b.updated)),
    };
    let Some(head) = found else {
        // A file of that name that cannot be read: say where the damage is.
        let damaged = id.as_deref().and_then(|id| {
            scan.problems.iter().find(|p| {
                std::path::Path::new(&p.path)
                    .file_stem()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(id))
            })
        });
        if let Some(problem) = damaged {
            return Err(problem.to_string());
        }
        let s = app.strings();
        return Err(match id {
            Some(id) => crate::i18n::fill(s.resume_not_found, &[&id]),
            None => s.resume_nothing.to_string(),
        });
    };
    // Several files hold this session: which one to continue is the user's choice.
    if let Some(c) = crate::store::conflict::conflict_of(runner.store().dir(), &head.id) {
        let r = app.lang.review();
        return Err(crate::i18n::fill(
            r.conflict_files,
            &[&c.id, &c.files.len(), &c.files_shown()],
        ));
    }
    let session = crate::store::load_session(&head.path).map_err(|d| d.to_string())?;
    runner.lock(&session.id).map_err(|e| e.to_string())?;
    app.open(session);
    Ok(app)
}

/// The user's palette (in colour unless `NO_COLOR` says otherwise), colours
/// and keys. A setting with a problem is left out: the status line names
/// the first, at its place, and `casus check` lists them all.
pub fn configure(app: &mut App, config: &crate::config::Config) {
    let colors = super::style::Colors::of(config.palette).with(&config.colors);
    app.palette = super::style::Palette::of(config.palette, super::style::color_allowed())
        .with_colors(colors);
    let (keymap, problems) = super::keymap::Keymap::with(&config.keys, app.lang);
    app.keymap = keymap;
    let problems: Vec<String> = (config.diagnostics.iter().chain(&problems))
        .map(ToString::to_string)
        .collect();
    if let Some(first) = problems.first() {
        let t = app.strings().settings;
        app.complain(match problems.len() {
            1 => crate::i18n::fill(t.config_problem, &[first]),
            n => crate::i18n::fill(t.config_problems, &[&(n - 1), first]),
        });
    }
}

/// The signals that end casus the way closing its window does: a logout,
/// a shutdown, `kill`. Each saves the drafts, restores the terminal and exits.
#[cfg(unix)]
const ENDING: [i32; 2] = [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP];
#[cfg(not(unix))]
const ENDING: [i32; 1] = [signal_hook::consts::SIGTERM];

/// Registers [`ENDING`]: the handler only stores the signal's number, which
/// the event loop reads between events.
fn watch_signals() -> io::Result<Arc<AtomicUsize>> {
    let caught = Arc::new(AtomicUsize::new(0));
    for signal in ENDING {
        signal_hook::flag::register_usize(signal, Arc::clone(&caught), signal as usize)?;
    }
    Ok(caught)
}

/// Whether `resume`'s argument names a session file rather than an id.
fn is_session_path(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|x| x == "ron") && path.is_file()
}

/// Resumes the session in `path`. When that is not the session's own file
/// (`<id>.ron`), saves go back to `path`, and `<id>.ron` is left as it is.
fn resume_file(mut app: App, runner: &Runner, path: &std::path::Path) -> Result<App, String> {
    let session = crate::store::load_session(path).map_err(|d| d.to_string())?;
    runner.lock(&session.id).map_err(|e| e.to_string())?;
    let own = runner.store().path(&session.id);
    let same = |a: &std::path::Path, b: &std::path::Path| {
        std::fs::canonicalize(a)
            .ok()
            .is_some_and(|a| Some(a) == std::fs::canonicalize(b).ok())
    };
    if !same(path, &own) {
        crate::store::conflict::redirect(&own, path, true);
        let r = app.lang.review();
        app.say(crate::i18n::fill(
            r.resume_in_copy,
            &[&path.display(), &own.display()],
        ));
    }
    app.open(session);
    Ok(app)
}

/// Runs the terminal UI until the user leaves, or a signal of [`ENDING`]
/// ends it (then the process exits with 128 + the signal's number).
pub fn run(options: Options) -> Result<(), String> {
    let caught = watch_signals().map_err(|e| e.to_string())?;
    let runner = Runner::new(&options.data_dir, options.lang)
        .map_err(|e| format!("{}: {e}", options.data_dir.display()))?
        .with_tz(options.tz.clone())
        .with_cases_dir(options.cases_dir.clone());
    let review = matches!(options.start, Start::Review);
    let review_dirs = options.review_dirs.clone();
    let mut app = prepare(options, &runner, Timestamp::now())?;
    app.review_dirs = review_dirs;
    // A resumed session that has not begun looks back first.
    step(&mut app, &runner, Action::LookBack);
    let mut terminal = terminal::init().map_err(|e| e.to_string())?;
    if let Ok(size) = terminal.size() {
        app.size = (size.width, size.height);
    }
    if review {
        step_drawing(&mut app, &runner, Action::OpenReview, &mut |app| {
            let _ = terminal.draw(|frame| view::view(app, frame));
        });
    }
    let result = event_loop(&mut terminal, &mut app, &runner, &caught);
    let signal = caught.load(Ordering::SeqCst);
    if signal != 0 {
        // Saved before anything else: the terminal may be gone already (SIGHUP).
        let said = on_signal(&mut app, &runner);
        drop(runner);
        terminal::restore();
        if let Some(said) = said {
            // Not `eprintln!`: after a hang-up stderr may be gone, and that must not panic.
            use std::io::Write;
            let _ = writeln!(io::stderr(), "casus: {said}");
        }
        std::process::exit(128 + signal as i32);
    }
    terminal::restore();
    result.map_err(|e| e.to_string())?;
    super::rescue::after_quit(&app)
}

fn event_loop(
    terminal: &mut terminal::Term,
    app: &mut App,
    runner: &Runner,
    caught: &AtomicUsize,
) -> io::Result<()> {
    const TICK: Duration = Duration::from_secs(1);
    // How long a signal may wait for the loop to notice it.
    const SIGNAL_EVERY: Duration = Duration::from_millis(100);
    let mut last_tick = Instant::now();
    let tty = Tty::watch();
    let events = Events::start();
    step(app, runner, Action::Tick(Timestamp::now()));
    loop {
        if caught.load(Ordering::SeqCst) != 0 {
            return Ok(());
        }
        let drawn = terminal.draw(|frame| view::view(app, frame));
        // A hung-up terminal fails to draw: the signal that says so comes next.
        if drawn.is_err() && signalled(caught) {
            return Ok(());
        }
        drawn?;
        // Debug builds only: lets the end-to-end test prove the terminal is restored after a panic.
        #[cfg(debug_assertions)]
        if std::env::var_os("CASUS_TEST_PANIC").is_some() {
            panic!("CASUS_TEST_PANIC is set: panicking on purpose");
        }
        let timeout = TICK.saturating_sub(last_tick.elapsed()).min(SIGNAL_EVERY);
        let mut actions = Vec::new();
        match events.next(timeout) {
            // Only presses: Windows also sends releases and repeats.
            Input::Event(Event::Key(key)) if key.kind == KeyEventKind::Press => {
                actions.extend(app.keymap.action_for(app.context(), key));
            }
            Input::Event(Event::Paste(text)) => actions.push(Action::Paste(text)),
            Input::Event(Event::Resize(w, h)) => actions.push(Action::Resize(w, h)),
            Input::Event(_) | Input::Nothing => {}
            Input::Failed(_) if signalled(caught) => return Ok(()),
            Input::Failed(e) if tty.gone() => return hung_up(caught, e),
            Input::Failed(e) => return Err(e),
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            // A terminal can go without a signal (a process that outlived
            // its window): end as if it had sent one.
            if tty.gone() {
                return hung_up(caught, io::Error::from(io::ErrorKind::BrokenPipe));
            }
            actions.push(Action::Tick(Timestamp::now()));
        }
        actions.extend(runner.poll_indexing());
        for action in actions {
            let mut draw = |app: &App| {
                let _ = terminal.draw(|frame| view::view(app, frame));
            };
            if step_drawing(app, runner, action, &mut draw) {
                return Ok(());
            }
        }
    }
}

/// A signal ends casus: the open editor's text saved as a draft; when that
/// save fails, a rescue copy in another folder. What to say on stderr.
fn on_signal(app: &mut App, runner: &Runner) -> Option<String> {
    let s = app.strings();
    for effect in super::update::hangup(app, Timestamp::now()) {
        let super::action::Effect::Save(session) = &effect else {
            continue;
        };
        let session = session.clone();
        if let Some(Action::SaveFailed(why)) = runner.run(effect) {
            return Some(match super::rescue::write(&session, runner.rescue_dirs()) {
                Ok(path) => crate::i18n::fill(s.save.rescue_exit, &[&path.display()]),
                Err(more) => crate::i18n::fill(s.save.save_failed, &[&format!("{why}; {more}")]),
            });
        }
    }
    None
}

/// The terminal is gone without a signal: ends casus as a hang-up would
/// (drafts saved, exit code 129). `_why` is what reading said.
fn hung_up(caught: &AtomicUsize, _why: io::Error) -> io::Result<()> {
    #[cfg(unix)]
    caught.store(signal_hook::consts::SIGHUP as usize, Ordering::SeqCst);
    #[cfg(not(unix))]
    caught.store(signal_hook::consts::SIGTERM as usize, Ordering::SeqCst);
    Ok(())
}

/// After an error from the terminal: waits a moment for the signal that
/// explains it (a closed window sends SIGHUP); `true` when one came.
fn signalled(caught: &AtomicUsize) -> bool {
    for _ in 0..10 {
        if caught.load(Ordering::SeqCst) != 0 {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}
