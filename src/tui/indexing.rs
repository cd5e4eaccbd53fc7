//! Home before a cold index is built (a first run, an index rebuilt): home
//! lists what the newest files say at once ([`home_first`]) and a thread
//! reads the whole folder into the index ([`home_sessions_with_progress`]);
//! home shows how far it is, and when it is done its full list joins home's.
//!
//! Sound because the index is only a cache, written in one transaction per
//! folder: until the thread commits, every other reader sees the index as it
//! was. Effects that read the index (review, the terugblik's open items)
//! wait for the thread first, showing its progress, and then find the index
//! warm instead of building a second one beside it. Quitting while it runs
//! ends the thread with the process; its transaction is never committed
//! and the next run starts again.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use super::action::Action;
use super::runner::Runner;
use super::screens::home::RECENT;
use crate::i18n::Lang;
use crate::library::Diagnostic;
use crate::model::Session;
use crate::review::LoadedSession;
use crate::review::index::{Cache, HomeFirst, home_first, home_sessions_with_progress};

type Listed = (Vec<LoadedSession>, Vec<Diagnostic>);

/// The thread that reads a folder into the index for home.
#[derive(Debug)]
pub struct Indexing {
    /// `(done, total)` as the scan last reported it.
    progress: Arc<(AtomicUsize, AtomicUsize)>,
    /// What was last told to the app.
    told: (usize, usize),
    job: JoinHandle<Listed>,
}

impl Indexing {
    fn start(data_dir: PathBuf, lang: Lang, cache: Cache, total: usize) -> Indexing {
        let progress = Arc::new((AtomicUsize::new(0), AtomicUsize::new(total)));
        let shared = Arc::clone(&progress);
        let job = std::thread::spawn(move || {
            home_sessions_with_progress(&data_dir, lang, &cache, RECENT, |done, total| {
                shared.0.store(done, Ordering::Relaxed);
                shared.1.store(total, Ordering::Relaxed);
            })
        });
        Indexing {
            progress,
            told: (0, 0),
            job,
        }
    }

    fn now(&self) -> (usize, usize) {
        let (done, total) = &*self.progress;
        (done.load(Ordering::Relaxed), total.load(Ordering::Relaxed))
    }
}

/// Home's first list of `data_dir`, and the problems to show: at once, and
/// on a cold index from the newest files, the full list following from a
/// thread the runner keeps ([`Runner::poll_indexing`]).
pub fn home_list(
    runner: &Runner,
    data_dir: PathBuf,
    lang: Lang,
) -> (Vec<Session>, Vec<Diagnostic>) {
    let cache = runner.cache().clone();
    let (listed, problems) = match home_first(&data_dir, lang, &cache, RECENT) {
        HomeFirst::Complete(listed, problems) => (listed, problems),
        HomeFirst::Partial {
            sessions,
            problems,
            unknown,
        } => {
            *runner.indexing.borrow_mut() = Some(Indexing::start(data_dir, lang, cache, unknown));
            (sessions, problems)
        }
    };
    (listed.into_iter().map(|l| l.session).collect(), problems)
}

impl Runner {
    /// What the home thread has to tell the app, if anything: how far it
    /// is (when that changed), or, once, the full list.
    pub fn poll_indexing(&self) -> Option<Action> {
        let mut slot = self.indexing.borrow_mut();
        let indexing = slot.as_mut()?;
        if indexing.job.is_finished() {
            let job = slot.take().expect("checked").job;
            // A thread that panicked leaves home's list as it is (and the
            // gauge goes); the next run reads the folder again.
            let (listed, problems) = job.join().unwrap_or_default();
            let sessions = listed.into_iter().map(|l| l.session).collect();
            return Some(Action::HomeListed(Box::new((sessions, problems))));
        }
        let now = indexing.now();
        (now != indexing.told).then(|| {
            indexing.told = now;
            Action::IndexProgress(now.0, now.1)
        })
    }

    /// Waits for the home thread, if one runs, calling `progress(done,
    /// total)` meanwhile; its list is still told by [`Runner::poll_indexing`].
    pub(super) fn wait_for_indexing(&self, progress: &mut dyn FnMut(usize, usize)) {
        loop {
            let now = match &*self.indexing.borrow() {
                Some(indexing) if !indexing.job.is_finished() => indexing.now(),
                _ => return,
            };
            progress(now.0, now.1);
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
