//! The terminal UI, in the Elm architecture: one state ([`app::App`]), actions
//! from the keymap, a pure [`update::update`] that returns effects, effects
//! carried out here in one place, and [`view::view`] that only draws.

pub mod action;
pub mod app;
pub mod keymap;
pub mod screens;
pub mod style;
pub mod terminal;
pub mod update;
pub mod view;
pub mod widgets;

use std::io;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyEventKind};
use jiff::Timestamp;

use action::{Action, Effect};
use app::App;
use screens::setup::Preset;

use crate::i18n::Lang;
use crate::library::Library;
use crate::model::Session;
use crate::review::index::Cache;
use crate::store::{Store, read_session, write_atomic};

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
    /// Where to start.
    pub start: Start,
    /// The data folders review reads (`--data-dir`, repeatable); the first is `data_dir`.
    pub review_dirs: Vec<PathBuf>,
}

/// Carries out effects: the only place the TUI touches files.
pub struct Runner {
    store: Store,
    exports: PathBuf,
    lang: Lang,
    lock: std::cell::RefCell<Option<crate::store::SessionLock>>,
    cache: Cache,
}

impl Runner {
    /// A runner writing to `data_dir`, with the review index where the
    /// environment says ([`Cache::from_env`]).
    pub fn new(data_dir: &std::path::Path, lang: Lang) -> io::Result<Runner> {
        Ok(Runner {
            store: Store::open(data_dir)?,
            exports: data_dir.join("exports"),
            lang,
            lock: std::cell::RefCell::new(None),
            cache: Cache::from_env(),
        })
    }

    /// The same runner, keeping the review index in `cache` (tests keep it
    /// out of the user's cache folder).
    pub fn with_cache(mut self, cache: Cache) -> Runner {
        self.cache = cache;
        self
    }

    /// Where the review index is kept.
    pub fn cache(&self) -> &Cache {
        &self.cache
    }

    /// Makes sure this process is the one writer of session `id` (one session at a time).
    pub fn lock(&self, id: &str) -> io::Result<()> {
        let mut held = self.lock.borrow_mut();
        if held.as_ref().is_some_and(|l| l.id == id) {
            return Ok(());
        }
        *held = None;
        let lock = self.store.lock(id).map_err(|e| {
            if e.kind() == io::ErrorKind::WouldBlock {
                let text = crate::i18n::fill(self.lang.strings().session_locked, &[&id]);
                io::Error::new(io::ErrorKind::WouldBlock, text)
            } else {
                e
            }
        })?;
        *held = Some(lock);
        Ok(())
    }

    /// Writes a report to `exports/` atomically, with any BSN removed first.
    fn write_export(&self, file: &str, report: String) -> Action {
        let path = self.exports.join(file);
        let report = crate::export::guard(&report, &[]).text;
        let written = crate::store::create_private_dir(&self.exports)
            .and_then(|()| write_atomic(&path, report.as_bytes()));
        match written {
            Ok(()) => Action::Exported(path),
            Err(e) => Action::ExportFailed(e.to_string()),
        }
    }

    /// The store sessions are written to.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Carries out one effect; what it reports back becomes the next action.
    pub fn run(&self, effect: Effect) -> Option<Action> {
        self.run_with_progress(effect, &mut |_, _| {})
    }

    /// As [`Runner::run`], telling `progress(done, total)` how far a long effect
    /// (reading the review folders) has come.
    pub fn run_with_progress(
        &self,
        effect: Effect,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Option<Action> {
        match effect {
            // Summaries through the index: the list, the chart and the
            // register need no more; the detail page and the set export read
            // the files they show (`ReadSession`, `ExportSet`).
            Effect::LoadReview(dirs) => {
                let scan = crate::review::index::Scan::open_with_progress(
                    &dirs,
                    self.lang,
                    &self.cache,
                    progress,
                );
                Some(Action::ReviewLoaded(Box::new(scan.into_loaded())))
            }
            Effect::ReadSession(path) => {
                let read = read_session(&path).map(Box::new).map_err(|d| d.to_string());
                Some(Action::ReviewSessionRead { path, read })
            }
            Effect::ExportSet {
                sessions,
                filter,
                file,
            } => {
                // Whole sessions as they are now; one that can no longer be
                // read stops the export rather than leave it out unsaid.
                let mut read = Vec::with_capacity(sessions.len());
                for path in &sessions {
                    match read_session(path) {
                        Ok(session) => read.push(session),
                        Err(problem) => return Some(Action::ExportFailed(problem.to_string())),
                    }
                }
                let refs: Vec<&Session> = read.iter().collect();
                let report = crate::export::markdown::set_report(
                    &refs,
                    &filter,
                    self.lang,
                    &jiff::tz::TimeZone::system(),
                );
                Some(self.write_export(&file, report))
            }
            Effect::UpdateBottleneck {
                path,
                session_id,
                index,
                status,
                owner,
            } => Some(self.update_bottleneck(path, &session_id, index, status, owner)),
            Effect::Save(session) => Some(
                match self
                    .lock(&session.id)
                    .and_then(|()| self.store.save(&session))
                {
                    Ok(()) => Action::Saved,
                    Err(e) => Action::SaveFailed(e.to_string()),
                },
            ),
            Effect::ExportMarkdown(session) => {
                let report = crate::export::markdown::session_report(
                    &session,
                    self.lang,
                    &jiff::tz::TimeZone::system(),
                );
                Some(self.write_export(&format!("{}.md", session.id), report))
            }
            Effect::Open(id) => Some(match self.store.load(&id) {
                Ok(s) if s.is_finished() => Action::Opened(Box::new(s)),
                Ok(s) => match self.lock(&s.id) {
                    Ok(()) => Action::Opened(Box::new(s)),
                    Err(e) => Action::OpenFailed(e.to_string()),
                },
                Err(d) => Action::OpenFailed(d.to_string()),
            }),
            Effect::Quit => None,
        }
    }
}

impl Runner {
    /// Writes a bottleneck's status and owner into its session file, unless a
    /// casus running that session holds its lock: that casus would overwrite
    /// the change with its next save.
    fn update_bottleneck(
        &self,
        path: PathBuf,
        session_id: &str,
        index: usize,
        status: crate::model::BottleneckStatus,
        owner: Option<String>,
    ) -> Action {
        let s = self.lang.strings();
        // The lock file is the one `Store::lock` takes, next to the session. It
        // is only tried, never created: review must not litter other teams'
        // folders, and a session without one has never been open for writing.
        let held_here = self
            .lock
            .borrow()
            .as_ref()
            .is_some_and(|l| l.id == session_id);
        let lock_path = path.with_file_name(format!(".{session_id}.lock"));
        let _lock = match std::fs::OpenOptions::new().write(true).open(&lock_path) {
            Ok(file) if !held_here => match file.try_lock() {
                Ok(()) => Some(file),
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Action::BottleneckFailed(crate::i18n::fill(
                        s.register_locked,
                        &[&session_id],
                    ));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Action::BottleneckFailed(format!("{}: {e}", lock_path.display()));
                }
            },
            _ => None,
        };
        match crate::review::update_bottleneck(&path, session_id, index, status, owner.as_deref()) {
            Ok(session) => Action::BottleneckSaved {
                saved: Box::new(crate::review::LoadedSession { session, path }),
                index,
            },
            Err(e) => Action::BottleneckFailed(e.message(self.lang)),
        }
    }
}

/// Applies an action and carries out its effects (and theirs); `true` when the app should quit.
pub fn step(app: &mut App, runner: &Runner, action: Action) -> bool {
    step_drawing(app, runner, action, &mut |_| {})
}

/// As [`step`], calling `draw` before a slow effect and while it progresses,
/// so the screen says what is happening instead of freezing.
pub fn step_drawing(
    app: &mut App,
    runner: &Runner,
    action: Action,
    draw: &mut dyn FnMut(&App),
) -> bool {
    /// Redraw at most this often while a slow effect reports progress.
    const EVERY: Duration = Duration::from_millis(100);
    let mut queue = vec![action];
    let mut quit = false;
    while let Some(action) = queue.pop() {
        for effect in update::update(app, action) {
            if effect == Effect::Quit {
                quit = true;
                continue;
            }
            if matches!(effect, Effect::LoadReview(_)) {
                draw(app);
            }
            let mut last = Instant::now();
            let mut progress = |done: usize, total: usize| {
                if last.elapsed() >= EVERY {
                    last = Instant::now();
                    update::update(app, Action::ReviewProgress(done, total));
                    draw(app);
                }
            };
            if let Some(next) = runner.run_with_progress(effect, &mut progress) {
                queue.push(next);
            }
        }
    }
    quit
}

/// Prepares the app for its start: resume or new.
///
/// Home lists the unfinished sessions and the most recent finished ones, so
/// only those are read, as summaries through the review index
/// ([`crate::review::index::home_sessions`]): with 10,000 sessions in the
/// folder the first frame does not wait for 10,000 files to be parsed. A
/// session that is opened is read whole from its file.
pub fn prepare(options: Options, runner: &Runner, now: Timestamp) -> Result<App, String> {
    use crate::review::index::{Scan, home_sessions};
    let data_dir = runner
        .store()
        .dir()
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let cache = runner.cache().clone();
    let Start::Resume(id) = options.start else {
        let (listed, problems) =
            home_sessions(&data_dir, options.lang, &cache, screens::home::RECENT);
        let listed: Vec<Session> = listed.into_iter().map(|l| l.session).collect();
        let mut app = App::new(options.lang, options.library, &listed, now);
        app.present = options.present;
        if let Some(first) = problems.first() {
            app.complain(first.to_string());
        } else if !runner.store().tightened().is_empty() {
            let n = runner.store().tightened().len();
            app.say(crate::i18n::fill(
                app.strings().permissions_tightened,
                &[&n],
            ));
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
    if let Some(first) = scan.problems.first() {
        app.complain(first.to_string());
    }
    let found = match &id {
        // This id, or the only one that starts with it; several is an error.
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
    let session = crate::store::read_session(&head.path).map_err(|d| d.to_string())?;
    runner.lock(&session.id).map_err(|e| e.to_string())?;
    app.open(session);
    Ok(app)
}

/// Runs the terminal UI until the user leaves.
pub fn run(options: Options) -> Result<(), String> {
    let runner = Runner::new(&options.data_dir, options.lang)
        .map_err(|e| format!("{}: {e}", options.data_dir.display()))?;
    let review = matches!(options.start, Start::Review);
    let review_dirs = options.review_dirs.clone();
    let mut app = prepare(options, &runner, Timestamp::now())?;
    app.review_dirs = review_dirs;
    let mut terminal = terminal::init().map_err(|e| e.to_string())?;
    if let Ok(size) = terminal.size() {
        app.size = (size.width, size.height);
    }
    if review {
        step_drawing(&mut app, &runner, Action::OpenReview, &mut |app| {
            let _ = terminal.draw(|frame| view::view(app, frame));
        });
    }
    let result = event_loop(&mut terminal, &mut app, &runner);
    terminal::restore();
    result.map_err(|e| e.to_string())
}

fn event_loop(terminal: &mut terminal::Term, app: &mut App, runner: &Runner) -> io::Result<()> {
    const TICK: Duration = Duration::from_secs(1);
    let mut last_tick = Instant::now();
    step(app, runner, Action::Tick(Timestamp::now()));
    loop {
        terminal.draw(|frame| view::view(app, frame))?;
        // Debug builds only: lets the end-to-end test prove the terminal is restored after a panic.
        #[cfg(debug_assertions)]
        if std::env::var_os("CASUS_TEST_PANIC").is_some() {
            panic!("CASUS_TEST_PANIC is set: panicking on purpose");
        }
        let timeout = TICK.saturating_sub(last_tick.elapsed());
        let mut actions = Vec::new();
        if event::poll(timeout)? {
            match event::read()? {
                // Only presses: Windows also sends releases and repeats.
                Event::Key(key) if key.kind == KeyEventKind::Press => {
                    actions.extend(keymap::action_for(app.context(), key));
                }
                Event::Paste(text) => actions.push(Action::Paste(text)),
                Event::Resize(w, h) => actions.push(Action::Resize(w, h)),
                _ => {}
            }
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            actions.push(Action::Tick(Timestamp::now()));
        }
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
