//! The runner: carries out the effects `update` returns, the only place the
//! terminal UI touches files, and the loop that feeds what they report back
//! into `update` ([`step`]).

use std::io;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use jiff::tz::TimeZone;

use super::action::{Action, Effect};
use super::app::App;
use super::update;
use crate::i18n::Lang;
use crate::model::Session;
use crate::review::index::Cache;
use crate::store::{Store, read_session, write_atomic};

/// Carries out effects: the only place the TUI touches files.
pub struct Runner {
    store: Store,
    exports: PathBuf,
    lang: Lang,
    lock: std::cell::RefCell<Option<crate::store::SessionLock>>,
    cache: Cache,
    tz: TimeZone,
    rescue_dirs: Vec<PathBuf>,
    cases: Option<PathBuf>,
    /// Home's thread reading a cold folder into the index ([`super::indexing`]).
    pub(super) indexing: std::cell::RefCell<Option<super::indexing::Indexing>>,
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
            // Until `with_tz`: the app's zone comes from `Options` (tests fix it).
            tz: TimeZone::UTC,
            rescue_dirs: super::rescue::default_dirs(),
            cases: None,
            indexing: std::cell::RefCell::new(None),
        })
    }

    /// The same runner, keeping own cases as case files in `dir` (the config
    /// folder's `cases/`); without one the summary's `c` says there is none.
    pub fn with_cases_dir(mut self, dir: Option<PathBuf>) -> Runner {
        self.cases = dir;
        self
    }

    /// The same runner, writing rescue copies to the first of `dirs` that
    /// takes them (tests keep them out of the user's home folder).
    pub fn with_rescue_dirs(mut self, dirs: Vec<PathBuf>) -> Runner {
        self.rescue_dirs = dirs;
        self
    }

    /// Where rescue copies of unsaved sessions go, in order ([`super::rescue::write`]).
    pub fn rescue_dirs(&self) -> &[PathBuf] {
        &self.rescue_dirs
    }

    /// The same runner, writing report dates in `tz` (the app's; tests fix it).
    pub fn with_tz(mut self, tz: TimeZone) -> Runner {
        self.tz = tz;
        self
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
                let text = crate::i18n::fill(self.lang.strings().save.session_locked, &[&id]);
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
        let report = crate::export::guard(&report, &[], self.lang).text;
        let written = crate::store::create_private_dir(&self.exports)
            .and_then(|()| write_atomic(&path, report.as_bytes()));
        match written {
            Ok(()) => Action::Exported(path),
            Err(e) => Action::ExportFailed(e.to_string()),
        }
    }

    /// Writes an own case into the cases folder under a free name, never over a file.
    /// Reads the sessions whole as they are now and writes their
    /// signalenrapportage; one that can no longer be read stops it.
    fn export_report(
        &self,
        sessions: &[PathBuf],
        filter: &crate::review::Filter,
        file: &str,
    ) -> Action {
        let mut read = Vec::with_capacity(sessions.len());
        for path in sessions {
            match read_session(path) {
                Ok(session) => read.push(session),
                Err(problem) => return Action::ExportFailed(problem.to_string()),
            }
        }
        let refs: Vec<&Session> = read.iter().collect();
        let today = crate::review::local_date(jiff::Timestamp::now(), &self.tz);
        let format = crate::export::report::ReportFormat::Markdown;
        let report =
            crate::export::report::report(&refs, filter, self.lang, &self.tz, today, format);
        self.write_export(file, report)
    }

    fn write_case(&self, session: &Session, taken: &[String]) -> Action {
        let s = self.lang.strings().own;
        let Some(dir) = &self.cases else {
            return Action::ExportFailed(s.case_no_config.to_string());
        };
        match crate::export::case::write_into(dir, session, false, &|id| {
            taken.iter().any(|t| t == id)
        }) {
            Ok(path) => Action::Exported(path),
            Err(e) => Action::ExportFailed(crate::i18n::fill(s.case_failed, &[&dir.display(), &e])),
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
                self.wait_for_indexing(progress);
                let scan = crate::review::index::Scan::open_with_progress(
                    &dirs,
                    self.lang,
                    &self.cache,
                    progress,
                );
                let mut loaded = scan.into_loaded();
                for dir in &dirs {
                    let sessions = crate::store::Store::existing(dir).dir().to_path_buf();
                    let notes = crate::review::load::conflict_notes(&sessions, self.lang);
                    loaded.notes.extend(notes);
                }
                Some(Action::ReviewLoaded(Box::new(loaded)))
            }
            Effect::LoadOpenItems(dirs, session) => {
                self.wait_for_indexing(progress);
                let scan = crate::review::index::Scan::open(&dirs, self.lang, &self.cache);
                let loaded = Box::new(scan.into_loaded());
                Some(Action::OpenItemsLoaded { session, loaded })
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
                let report =
                    crate::export::markdown::set_report(&refs, &filter, self.lang, &self.tz);
                Some(self.write_export(&file, report))
            }
            Effect::ExportReport {
                sessions,
                filter,
                file,
            } => Some(self.export_report(&sessions, &filter, &file)),
            Effect::UpdateItem {
                path,
                session_id,
                item,
                text,
                change,
            } => Some(self.update_item(path, &session_id, &item, &text, &change)),
            Effect::Save(session) => Some(
                match self
                    .lock(&session.id)
                    .and_then(|()| self.store.save(&session))
                {
                    Ok(crate::store::Saved::Written) => Action::Saved,
                    Ok(crate::store::Saved::Conflict(copy)) => Action::SaveConflict(copy),
                    Err(e) => Action::SaveFailed(e.to_string()),
                },
            ),
            Effect::ExportMarkdown(session) => {
                let report = crate::export::markdown::session_report(&session, self.lang, &self.tz);
                Some(self.write_export(&format!("{}.md", session.id), report))
            }
            Effect::ExportCase(session, taken) => Some(self.write_case(&session, &taken)),
            Effect::Open(id) => Some(match self.conflict_of(&id) {
                Some(why) => Action::OpenFailed(why),
                None => self.open(&id),
            }),
            Effect::Rescue(session) => Some(Action::Rescued(super::rescue::write(
                &session,
                &self.rescue_dirs,
            ))),
            Effect::Quit => None,
        }
    }

    /// Why session `id` cannot simply be opened: it is in several files.
    fn conflict_of(&self, id: &str) -> Option<String> {
        let c = crate::store::conflict::conflict_of(self.store.dir(), id)?;
        let r = self.lang.review();
        Some(crate::i18n::fill(
            r.conflict_files,
            &[&c.id, &c.files.len(), &c.files_shown()],
        ))
    }

    /// Reads session `id` to continue it, taking its lock unless it is finished.
    fn open(&self, id: &str) -> Action {
        match self.store.load(id) {
            Ok(s) if s.is_finished() => Action::Opened(Box::new(s)),
            Ok(s) => match self.lock(&s.id) {
                Ok(()) => Action::Opened(Box::new(s)),
                Err(e) => Action::OpenFailed(e.to_string()),
            },
            Err(d) => Action::OpenFailed(d.to_string()),
        }
    }
}

impl Runner {
    /// Writes one field of a knelpunt into its session file, unless a
    /// casus running that session holds its lock: that casus would overwrite
    /// the change with its next save.
    fn update_item(
        &self,
        path: PathBuf,
        session_id: &str,
        item: &str,
        text: &str,
        change: &crate::review::ItemChange,
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
        // Only a real id is joined into a path; the lock file is never created,
        // followed or blocked on (`open_existing_lock`).
        if let Err(e) = crate::store::check_target(&path, session_id) {
            return Action::ItemFailed(e.to_string());
        }
        let lock_path = crate::store::lock_path(
            path.parent().unwrap_or(std::path::Path::new("")),
            session_id,
        );
        let existing = match crate::store::open_existing_lock(&lock_path) {
            Ok(existing) => existing,
            Err(e) => return Action::ItemFailed(e.to_string()),
        };
        let _lock = match existing {
            Some(file) if !held_here => match file.try_lock() {
                Ok(()) => Some(file),
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Action::ItemFailed(crate::i18n::fill(
                        s.register_locked,
                        &[&session_id],
                    ));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Action::ItemFailed(format!("{}: {e}", lock_path.display()));
                }
            },
            _ => None,
        };
        match crate::review::update_item(&path, session_id, item, text, change) {
            Ok(session) => Action::ItemSaved {
                index: change.index_in(&session, item).unwrap_or(0),
                action: matches!(change, crate::review::ItemChange::Action(_)),
                saved: Box::new(crate::review::LoadedSession { session, path }),
            },
            Err(e) => Action::ItemFailed(e.message(self.lang)),
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
    // A save that failed on the way out keeps casus open, asking what to do.
    quit && !super::rescue::holds(app)
}
