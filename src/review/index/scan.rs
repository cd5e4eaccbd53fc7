//! [`Scan`]: the session folders read through their indexes, each id once,
//! newest first, with the summaries read from the index when asked for.

use std::collections::HashMap;
use std::path::PathBuf;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::i18n::{Lang, fill};
use crate::library::Diagnostic;
use crate::store::{Store, read_session};

use super::Cache;
use super::db::{Db, is_damage};
use super::decode::{decode, decode_all};
use super::folder::{Folder, open_folder};
use super::summary::SessionSummary;
use crate::review::stats::{Stats, StatsBuilder};
use crate::review::{Filter, Loaded, LoadedSession};

/// One session file seen by a [`Scan`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// The session's id.
    pub id: String,
    /// When it started.
    pub started: Timestamp,
    /// When it was last changed.
    pub updated: Timestamp,
    /// Whether the closing was completed.
    pub finished: bool,
    /// The session file.
    pub path: PathBuf,
}

/// Session folders read through their indexes: what each holds, deduplicated
/// and in newest-first order, with the summaries read on demand.
#[derive(Debug)]
pub struct Scan {
    pub(super) folders: Vec<Folder>,
    /// Newest first (start time, then id): `(folder, row)`.
    order: Vec<(usize, usize)>,
    /// Per folder and row, its place in `order` (`usize::MAX`: skipped).
    pub(super) rank: Vec<Vec<usize>>,
    /// Files that could not be read, with `path:line:col`.
    pub problems: Vec<Diagnostic>,
    /// Things worth knowing that are not errors (a duplicate id, a missing folder).
    pub notes: Vec<String>,
    /// Session files read (parsed) because the index did not have them.
    pub files_read: usize,
    /// The index the summaries are read from.
    pub(super) db: Db,
}

impl Scan {
    /// Reads `<dir>/sessions` of every data folder through its index,
    /// bringing the index up to date; see the module docs. Duplicates and
    /// problems are handled as in [`crate::review::load_folders`].
    pub fn open(dirs: &[PathBuf], lang: Lang, cache: &Cache) -> Scan {
        Scan::open_with_progress(dirs, lang, cache, |_, _| {})
    }

    /// As [`Scan::open`], calling `progress(done, total)` while files are parsed.
    pub fn open_with_progress(
        dirs: &[PathBuf],
        lang: Lang,
        cache: &Cache,
        mut progress: impl FnMut(usize, usize),
    ) -> Scan {
        let mut db = cache.open_db();
        // The user's database, then (when it broke off) a new one, then a
        // private one: the RON files are the truth, so a bad index costs time, never results.
        for attempt in 0.. {
            match Scan::open_in(dirs, lang, db, &mut progress) {
                Ok(mut scan) => {
                    scan.dedup(lang);
                    return scan;
                }
                Err(failed) => {
                    let (old, e) = *failed;
                    let shared = old.is_shared();
                    let damaged = is_damage(&e);
                    if damaged {
                        old.discard();
                    }
                    drop(old);
                    db = match (cache, attempt) {
                        (Cache::Dir(dir), 0) if shared && damaged => {
                            Db::open_in(dir).unwrap_or_else(Db::private)
                        }
                        _ if shared => Db::private(),
                        (_, 0..=2) => Db::memory(),
                        _ => panic!("no index database can be written, not even in memory: {e}"),
                    };
                }
            }
        }
        unreachable!("the loop returns")
    }

    /// Reads the folders into `db`; on a database error hands it back.
    fn open_in(
        dirs: &[PathBuf],
        lang: Lang,
        db: Db,
        progress: &mut impl FnMut(usize, usize),
    ) -> Result<Scan, Box<(Db, rusqlite::Error)>> {
        let r = lang.review();
        if let Err(e) = db.prune() {
            return Err(Box::new((db, e)));
        }
        let mut scan = Scan {
            folders: Vec::new(),
            order: Vec::new(),
            rank: Vec::new(),
            problems: Vec::new(),
            notes: Vec::new(),
            files_read: 0,
            db,
        };
        for dir in dirs {
            let store = Store::existing(dir);
            if !store.dir().is_dir() {
                let shown = store.dir().display().to_string();
                scan.notes.push(fill(r.note_no_folder, &[&shown]));
                continue;
            }
            match open_folder(store.dir(), &scan.db, progress) {
                Ok((folder, found)) => {
                    scan.folders.push(folder);
                    scan.problems.extend(found.problems);
                    scan.files_read += found.files_read;
                }
                Err(e) => return Err(Box::new((scan.db, e))),
            }
        }
        Ok(scan)
    }

    /// Keeps one copy of each id (strictly newer `updated` wins; on a tie the
    /// folder named first) and sorts newest first.
    fn dedup(&mut self, lang: Lang) {
        let r = lang.review();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        let mut kept: Vec<(usize, usize)> = Vec::new();
        for (f, folder) in self.folders.iter().enumerate() {
            for (i, row) in folder.rows.iter().enumerate() {
                let Some(good) = &row.good else { continue };
                match by_id.get(good.id.as_str()) {
                    None => {
                        by_id.insert(&good.id, kept.len());
                        kept.push((f, i));
                    }
                    Some(&k) => {
                        let (of, oi) = kept[k];
                        let old = self.folders[of].rows[oi]
                            .good
                            .as_ref()
                            .expect("kept is good");
                        let old_path = self.folders[of].dir.join(&self.folders[of].rows[oi].name);
                        let new_path = folder.dir.join(&row.name);
                        let (kept_path, skipped) = if good.updated > old.updated {
                            kept[k] = (f, i);
                            (new_path, old_path)
                        } else {
                            (old_path, new_path)
                        };
                        self.notes.push(fill(
                            r.note_duplicate,
                            &[&good.id, &kept_path.display(), &skipped.display()],
                        ));
                    }
                }
            }
        }
        let good =
            |&(f, i): &(usize, usize)| self.folders[f].rows[i].good.as_ref().expect("kept is good");
        kept.sort_by(|a, b| {
            let (a, b) = (good(a), good(b));
            (b.started, &b.id).cmp(&(a.started, &a.id))
        });
        self.rank = self
            .folders
            .iter()
            .map(|f| vec![usize::MAX; f.rows.len()])
            .collect();
        for (rank, &(f, i)) in kept.iter().enumerate() {
            self.rank[f][i] = rank;
        }
        self.order = kept;
    }

    /// Number of sessions (each id once).
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// True when no session was found.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The sessions newest first, without reading their summaries.
    pub fn heads(&self) -> impl Iterator<Item = Head> + '_ {
        self.order.iter().map(|&(f, i)| self.head(f, i))
    }

    fn head(&self, f: usize, i: usize) -> Head {
        let folder = &self.folders[f];
        let row = &folder.rows[i];
        let good = row.good.as_ref().expect("ordered rows are good");
        Head {
            id: good.id.clone(),
            started: good.started,
            updated: good.updated,
            finished: good.finished,
            path: folder.dir.join(&row.name),
        }
    }

    /// The summary of the session at `rank` in newest-first order.
    pub fn get(&mut self, rank: usize) -> Option<LoadedSession> {
        let &(f, i) = self.order.get(rank)?;
        self.read(f, i)
    }

    /// Calls `visit(rank, session)` for every session, in no particular
    /// order (decoded on all cores), where `rank` is its place newest first.
    /// Only a few summaries are held at a time.
    pub fn visit(&mut self, mut visit: impl FnMut(usize, &LoadedSession)) {
        self.visit_owned(false, |rank, loaded| visit(rank, &loaded));
    }

    /// As [`Scan::visit`], handing each summary over; `kept`: trimmed to
    /// hold no spare capacity, as the caller keeps them ([`decode_all`]).
    fn visit_owned(&mut self, kept: bool, mut visit: impl FnMut(usize, LoadedSession)) {
        for f in 0..self.folders.len() {
            let folder = &self.folders[f];
            let ranks = &self.rank[f];
            let mut seen = vec![false; folder.rows.len()];
            let hand_over = |i: usize, session| {
                seen[i] = true;
                let path = folder.dir.join(&folder.rows[i].name);
                visit(ranks[i], LoadedSession { session, path });
            };
            let db = &self.db;
            let read = |push: &mut dyn FnMut(usize, &[u8])| {
                db.summaries(folder.id, |name, bytes| {
                    let Ok(i) = folder.rows.binary_search_by(|r| r.name.as_str().cmp(name)) else {
                        return;
                    };
                    if ranks[i] != usize::MAX {
                        push(i, bytes);
                    }
                })
            };
            let read = decode_all(&folder.rows, kept, read, hand_over);
            if read.as_ref().is_err_and(is_damage) {
                self.db.discard();
            }
            // Damaged or gone from the index meanwhile: read from the file.
            for (i, seen) in seen.into_iter().enumerate() {
                if !seen
                    && self.rank[f][i] != usize::MAX
                    && let Some(loaded) = self.read_file(f, i)
                {
                    visit(self.rank[f][i], loaded);
                }
            }
        }
    }

    /// Theme counts over the sessions that pass the filter, counted in the
    /// database (`counts.rs`); days and quarters in the time zone `tz`.
    pub fn stats(&mut self, filter: &Filter, tz: &TimeZone) -> Stats {
        let problems = self.problems.len();
        if let Some(stats) = super::counts::stats(self, filter, tz) {
            return stats;
        }
        // The database failed: count the summaries one at a time, as
        // before, reporting each unreadable file once.
        self.problems.truncate(problems);
        let mut builder = StatsBuilder::default();
        self.visit(|rank, l| {
            if filter.matches(&l.session, tz) {
                builder.add(rank, &l.session, tz);
            }
        });
        builder.finish()
    }

    /// Per folder: its place, the folder (its id and rows) and each row's
    /// place newest first (`usize::MAX`: a skipped duplicate or not a session).
    pub(super) fn ranked(&self) -> impl Iterator<Item = (usize, &Folder, &[usize])> {
        self.folders
            .iter()
            .zip(&self.rank)
            .enumerate()
            .map(|(f, (folder, ranks))| (f, folder, ranks.as_slice()))
    }

    /// The index the summaries are read from.
    pub(super) fn db(&self) -> &Db {
        &self.db
    }

    /// A stored summary of row `i` of folder `f`, when it decodes and is of that row's session.
    pub(super) fn decode_row(
        &self,
        f: usize,
        i: usize,
        bytes: &[u8],
    ) -> Option<crate::model::Session> {
        decode(bytes, &self.folders[f].rows[i])
    }

    /// Every summary in memory, newest first, as [`crate::review::load_folders`] returns them.
    pub fn into_loaded(mut self) -> Loaded {
        let mut slots: Vec<Option<LoadedSession>> = Vec::new();
        slots.resize_with(self.order.len(), || None);
        self.visit_owned(true, |rank, l| slots[rank] = Some(l));
        // Unwrapped in place when every one was read (an `Option` of a
        // session is the size of a session), so the list is not held twice.
        let sessions = if slots.iter().all(Option::is_some) {
            slots.into_iter().map(|l| l.expect("every one")).collect()
        } else {
            slots.into_iter().flatten().collect()
        };
        Loaded {
            sessions,
            problems: std::mem::take(&mut self.problems),
            notes: std::mem::take(&mut self.notes),
        }
    }

    /// Reads one summary; a damaged one is read from the session file instead.
    pub(super) fn read(&mut self, f: usize, i: usize) -> Option<LoadedSession> {
        let folder = &self.folders[f];
        let row = &folder.rows[i];
        row.good.as_ref()?;
        let from_index = match self.db.summary(folder.id, &row.name) {
            Ok(bytes) => bytes.and_then(|b| decode(&b, row)),
            Err(e) => {
                if is_damage(&e) {
                    self.db.discard();
                }
                None
            }
        };
        match from_index {
            Some(session) => Some(LoadedSession {
                session,
                path: folder.dir.join(&row.name),
            }),
            None => self.read_file(f, i),
        }
    }

    /// Reads one session from its file, as its summary.
    fn read_file(&mut self, f: usize, i: usize) -> Option<LoadedSession> {
        let folder = &self.folders[f];
        let path = folder.dir.join(&folder.rows[i].name);
        match read_session(&path) {
            Ok(s) => Some(LoadedSession {
                session: SessionSummary::of(&s).into_session(),
                path,
            }),
            Err(problem) => {
                self.problems.push(problem);
                None
            }
        }
    }
}
