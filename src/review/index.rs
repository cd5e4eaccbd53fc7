//! A summary index of session folders, so counting and searching 100,000
//! sessions does not mean parsing 100,000 RON files every time.
//!
//! A session file is about 35 kB, most of it the copy of the case, the
//! method and the theme sets that keeps it self-contained. Review reads a
//! small part of it: ids, dates, group, titles, decisions, themes,
//! reflections and bottlenecks. The index keeps that part ([`summary`]) of
//! every session in a folder, as JSON, with the size, modification time and
//! inode of the file it came from. Each run stats every file (as cheap as
//! listing the folder) and re-reads only those whose stat changed; files that
//! were added, changed, removed or broken since are handled like this:
//!
//! - added or changed: parsed again, and the index rewritten;
//! - removed: dropped from the index;
//! - unreadable: reported with `path:line:col` on every run, like without the
//!   index (recorded as bad, so one broken file does not force a rewrite);
//! - changed within two seconds of being indexed: not trusted, parsed again
//!   next time (a file written twice within one clock tick keeps its mtime).
//!
//! The index is a cache, never the truth: it lives in the user's cache folder
//! (`~/.cache/casus/index/` on Linux), not beside the sessions, so a synced
//! folder, a git repository or a colleague's read-only folder is never
//! written to and never carries an index to another machine; it is written
//! atomically and owner-only (it holds the same texts as the sessions); a
//! missing, old or damaged index is rebuilt; and `CASUS_NO_INDEX=1` skips it
//! (every file is parsed, as before the index existed).
//!
//! [`Scan`] reads the folders through their indexes; [`Scan::visit`] hands
//! out one summary at a time in file order with its place in the newest-first
//! order, so `casus stats` over any number of sessions holds one session at a
//! time.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::i18n::{Lang, fill};
use crate::library::Diagnostic;
use crate::model::{
    Case, Method, Phase, PhaseRecord, Session, Step, Theme, ThemeSet, split_theme_ref,
};
use crate::store::{Store, read_session};

use super::search::Searcher;
use super::stats::{Stats, StatsBuilder};
use super::{Filter, Loaded, LoadedSession, Story};

/// Written at the start and the end of every index file.
const MAGIC: &[u8; 8] = b"CASUSIX\x01";

/// What must match for an index to be used: a newer casus may summarise
/// differently, so a change of version rebuilds the index.
fn format_tag() -> String {
    format!(
        "casus-index 1; casus {}; session schema {}",
        env!("CARGO_PKG_VERSION"),
        crate::model::SESSION_SCHEMA_VERSION
    )
}

/// How long after its last change a file is trusted by its stat alone.
const SETTLE_NANOS: i128 = 2_000_000_000;

/// Where indexes are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cache {
    /// In this folder, one file per sessions folder.
    Dir(PathBuf),
    /// No index: every file is parsed on every run.
    Off,
}

impl Cache {
    /// `<cache dir>/index`, or [`Cache::Off`] when `CASUS_NO_INDEX` is set
    /// (to anything but empty or `0`) or the platform has no cache folder.
    pub fn from_env() -> Cache {
        let off = std::env::var_os("CASUS_NO_INDEX").is_some_and(|v| !v.is_empty() && v != "0");
        match crate::dirs::cache_dir() {
            Some(dir) if !off => Cache::Dir(dir.join("index")),
            _ => Cache::Off,
        }
    }

    /// The index file of a sessions folder: named by a hash of its full path.
    fn file_for(&self, sessions: &Path) -> Option<PathBuf> {
        let Cache::Dir(dir) = self else {
            return None;
        };
        let name = format!(
            "{:016x}.idx",
            fnv1a(sessions.as_os_str().as_encoded_bytes())
        );
        Some(dir.join(name))
    }
}

/// FNV-1a: a stable hash (std's hashers may change between Rust versions).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The part of a session review reads: everything that filters, stats,
/// search, `list sessions`, the register and the home list use, and none of
/// the texts they do not (the case's situations and questions, the method's
/// prompts, theme descriptions, phase notes, lessons, actions, drafts).
///
/// Untagged themes keep only their id, so a theme's place in its set (the
/// tie-break in stats) stays what it was. Exports and the detail view read
/// the session file itself.
pub fn summary(session: &Session) -> Session {
    let tagged: HashSet<(&str, &str)> = session
        .steps
        .iter()
        .flat_map(|s| &s.themes)
        .filter_map(|r| split_theme_ref(r))
        .collect();
    let case = &session.case;
    let method = &session.method;
    Session {
        schema_version: session.schema_version,
        id: session.id.clone(),
        started: session.started,
        updated: session.updated,
        finished: session.finished,
        group: session.group.clone(),
        participants: session.participants.clone(),
        language: session.language.clone(),
        case: Case {
            schema_version: case.schema_version,
            id: case.id.clone(),
            title: case.title.clone(),
            language: case.language.clone(),
            summary: String::new(),
            context: String::new(),
            tags: Vec::new(),
            steps: case
                .steps
                .iter()
                .map(|s| Step {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    situation: String::new(),
                    question: String::new(),
                    options: Vec::new(),
                    outcome: None,
                    facilitator_notes: None,
                    suggested_themes: Vec::new(),
                })
                .collect(),
        },
        method: Method {
            schema_version: method.schema_version,
            id: method.id.clone(),
            title: method.title.clone(),
            description: None,
            phases: method
                .phases
                .iter()
                .map(|p| Phase {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    minutes: p.minutes,
                    kind: p.kind,
                    prompt: None,
                })
                .collect(),
        },
        theme_sets: session
            .theme_sets
            .iter()
            .map(|set| ThemeSet {
                schema_version: set.schema_version,
                id: set.id.clone(),
                title: set.title.clone(),
                source: None,
                description: None,
                themes: set
                    .themes
                    .iter()
                    .map(|t| {
                        if tagged.contains(&(set.id.as_str(), t.id.as_str())) {
                            Theme {
                                description: None,
                                ..t.clone()
                            }
                        } else {
                            Theme {
                                id: t.id.clone(),
                                label: String::new(),
                                description: None,
                                aliases: Vec::new(),
                            }
                        }
                    })
                    .collect(),
            })
            .collect(),
        position: session.position,
        phases: session
            .phases
            .iter()
            .map(|p| PhaseRecord {
                phase: p.phase.clone(),
                notes: String::new(),
                elapsed_secs: p.elapsed_secs,
            })
            .collect(),
        steps: session.steps.clone(),
        bottlenecks: session.bottlenecks.clone(),
        lessons: String::new(),
        actions: Vec::new(),
        draft: None,
    }
}

/// What identifies one version of a file without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct FileKey {
    size: u64,
    mtime: i128,
    ctime: i128,
    ino: u64,
}

impl FileKey {
    fn of(meta: &std::fs::Metadata) -> FileKey {
        let nanos = |t: io::Result<std::time::SystemTime>| {
            t.ok()
                .and_then(|t| Timestamp::try_from(t).ok())
                .map_or(0, |t| t.as_nanosecond())
        };
        #[cfg(unix)]
        let (ctime, ino) = {
            use std::os::unix::fs::MetadataExt;
            (
                i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec()),
                meta.ino(),
            )
        };
        #[cfg(not(unix))]
        let (ctime, ino) = (0, 0);
        FileKey {
            size: meta.len(),
            mtime: nanos(meta.modified()),
            ctime,
            ino,
        }
    }
}

/// A session the index knows: where its summary is and what dedup and the home list need.
#[derive(Debug, Clone)]
struct Good {
    id: String,
    started: Timestamp,
    updated: Timestamp,
    finished: bool,
    offset: u64,
    len: u32,
}

/// One file of a folder, as recorded in its index.
#[derive(Debug, Clone)]
struct Row {
    name: String,
    key: FileKey,
    /// Old enough when indexed that its stat can be trusted.
    settled: bool,
    /// `None`: the file could not be read as a session.
    good: Option<Good>,
}

/// A sessions folder and its index, open for reading summaries.
#[derive(Debug)]
struct Folder {
    dir: PathBuf,
    rows: Vec<Row>,
    /// The index file (or an unnamed temporary one when the cache is off).
    file: Option<Reader>,
}

/// An index file read mostly front to back: seeks within the buffer cost no system call.
#[derive(Debug)]
struct Reader {
    inner: BufReader<File>,
    pos: u64,
    buf: Vec<u8>,
}

impl Reader {
    fn new(file: File, pos: u64) -> Reader {
        Reader {
            inner: BufReader::with_capacity(64 * 1024, file),
            pos,
            buf: Vec::new(),
        }
    }

    /// The `len` bytes at `offset`.
    fn read_at(&mut self, offset: u64, len: u32) -> io::Result<&[u8]> {
        // Far from where the buffer stands (the home list picking a few
        // sessions): read just those bytes, and keep the buffer where it is.
        #[cfg(unix)]
        if offset < self.pos || offset - self.pos > self.inner.buffer().len() as u64 {
            use std::os::unix::fs::FileExt;
            self.buf.resize(len as usize, 0);
            self.inner.get_ref().read_exact_at(&mut self.buf, offset)?;
            return Ok(self.buf.as_slice());
        }
        if offset != self.pos {
            self.inner.seek_relative(offset as i64 - self.pos as i64)?;
            self.pos = offset;
        }
        self.buf.resize(len as usize, 0);
        let read = self.inner.read_exact(&mut self.buf);
        self.pos = if read.is_ok() {
            offset + u64::from(len)
        } else {
            // Where the file now stands is unknown: make the next read seek from the start.
            self.inner.seek(SeekFrom::Start(0))?;
            0
        };
        read.map(|()| self.buf.as_slice())
    }
}

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
    folders: Vec<Folder>,
    /// Newest first (start time, then id): `(folder, row)`.
    order: Vec<(usize, usize)>,
    /// Per folder and row, its place in `order` (`usize::MAX`: skipped).
    rank: Vec<Vec<usize>>,
    /// Files that could not be read, with `path:line:col`.
    pub problems: Vec<Diagnostic>,
    /// Things worth knowing that are not errors (a duplicate id, a missing folder).
    pub notes: Vec<String>,
    /// Session files read (parsed) because the index did not have them.
    pub files_read: usize,
}

impl Scan {
    /// Reads `<dir>/sessions` of every data folder through its index,
    /// bringing the index up to date; see the module docs. Duplicates and
    /// problems are handled as in [`super::load_folders`].
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
        let r = lang.review();
        let mut scan = Scan {
            folders: Vec::new(),
            order: Vec::new(),
            rank: Vec::new(),
            problems: Vec::new(),
            notes: Vec::new(),
            files_read: 0,
        };
        for dir in dirs {
            let store = Store::existing(dir);
            if !store.dir().is_dir() {
                let shown = store.dir().display().to_string();
                scan.notes.push(fill(r.note_no_folder, &[&shown]));
                continue;
            }
            let folder = open_folder(
                store.dir(),
                cache,
                &mut progress,
                &mut scan.problems,
                &mut scan.files_read,
            );
            scan.folders.push(folder);
        }
        scan.dedup(lang);
        scan
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

    /// Calls `visit(rank, session)` for every session, in the order the
    /// files are stored (fast), where `rank` is its place newest first.
    /// Only one summary is held at a time.
    pub fn visit(&mut self, mut visit: impl FnMut(usize, &LoadedSession)) {
        for f in 0..self.folders.len() {
            for i in 0..self.folders[f].rows.len() {
                let rank = self.rank[f][i];
                if rank == usize::MAX {
                    continue;
                }
                if let Some(loaded) = self.read(f, i) {
                    visit(rank, &loaded);
                }
            }
        }
    }

    /// Theme counts over the sessions that pass the filter, one session at a time.
    pub fn stats(&mut self, filter: &Filter) -> Stats {
        let mut builder = StatsBuilder::default();
        self.visit(|rank, l| {
            if filter.matches(&l.session) {
                builder.add(rank, &l.session);
            }
        });
        builder.finish()
    }

    /// The decisions and reflections that contain every word of `query`, in
    /// the sessions that pass the filter, newest session first.
    pub fn search(&mut self, filter: &Filter, query: &str) -> Vec<Story> {
        let searcher = Searcher::new(query);
        if searcher.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(usize, Vec<Story>)> = Vec::new();
        self.visit(|rank, l| {
            if filter.matches(&l.session) {
                let found = searcher.hits(&l.session);
                if !found.is_empty() {
                    hits.push((rank, found));
                }
            }
        });
        hits.sort_by_key(|(rank, _)| *rank);
        hits.into_iter().flat_map(|(_, h)| h).collect()
    }

    /// Every summary in memory, newest first, as [`super::load_folders`] returns them.
    pub fn into_loaded(mut self) -> Loaded {
        let mut sessions: Vec<Option<LoadedSession>> = vec![None; self.order.len()];
        self.visit(|rank, l| sessions[rank] = Some(l.clone()));
        Loaded {
            sessions: sessions.into_iter().flatten().collect(),
            problems: std::mem::take(&mut self.problems),
            notes: std::mem::take(&mut self.notes),
        }
    }

    /// Reads one summary; a damaged one is read from the session file instead.
    fn read(&mut self, f: usize, i: usize) -> Option<LoadedSession> {
        let folder = &mut self.folders[f];
        let row = &folder.rows[i];
        let path = folder.dir.join(&row.name);
        let good = row.good.as_ref()?;
        let from_index = folder.file.as_mut().and_then(|file| {
            let bytes = file.read_at(good.offset, good.len).ok()?;
            serde_json::from_slice::<Session>(bytes).ok()
        });
        let session = match from_index {
            Some(s) => s,
            None => match read_session(&path) {
                Ok(s) => summary(&s),
                Err(problem) => {
                    self.problems.push(problem);
                    return None;
                }
            },
        };
        Some(LoadedSession { session, path })
    }
}

/// What the home screen lists of a data folder: every unfinished session and
/// the `recent` newest finished ones (by id, that is by start time), as
/// summaries, newest id first; and the files that could not be read.
///
/// Home must appear at once, so with an index this reads only what it may
/// list: the folder's names, the index, a stat of each unfinished and of the
/// newest finished sessions, and files the index does not know or that
/// changed. A finished session further back that was hand-edited to be
/// unfinished again shows on home after the next full read (`casus stats`,
/// `search`, review). Without an index it reads everything and builds one.
pub fn home_sessions(
    data_dir: &Path,
    lang: Lang,
    cache: &Cache,
    recent: usize,
) -> (Vec<LoadedSession>, Vec<Diagnostic>) {
    let dir = data_dir.join("sessions");
    let full = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
    let old = cache
        .file_for(&full)
        .and_then(|p| read_index(&p, &full))
        .filter(|_| dir.is_dir());
    let Some((rows, mut reader)) = old else {
        let mut scan = Scan::open(&[data_dir.to_path_buf()], lang, cache);
        let heads: Vec<Head> = scan.heads().collect();
        let mut ranks: Vec<usize> = (0..heads.len()).collect();
        ranks.sort_by(|&a, &b| heads[b].id.cmp(&heads[a].id));
        let finished = ranks.iter().filter(|&&r| heads[r].finished).take(recent);
        let unfinished = ranks.iter().filter(|&&r| !heads[r].finished);
        let listed: Vec<usize> = unfinished.chain(finished).copied().collect();
        let mut sessions: Vec<LoadedSession> =
            listed.into_iter().filter_map(|r| scan.get(r)).collect();
        sessions.sort_by(|a, b| b.session.id.cmp(&a.session.id));
        return (sessions, scan.problems);
    };
    let by_name: HashMap<&str, &Row> = rows.iter().map(|r| (r.name.as_str(), r)).collect();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| !n.starts_with('.') && n.ends_with(".ron"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut problems = Vec::new();
    // A file as it is now: from the index when its stat is the indexed one.
    let mut current = |name: &str, problems: &mut Vec<Diagnostic>| -> Option<Session> {
        let path = dir.join(name);
        if let Some(row) = by_name.get(name)
            && let Some(good) = &row.good
            && row.settled
            && std::fs::metadata(&path).is_ok_and(|m| FileKey::of(&m) == row.key)
            && let Ok(bytes) = reader.read_at(good.offset, good.len)
            && let Ok(session) = serde_json::from_slice::<Session>(bytes)
        {
            return Some(session);
        }
        match read_session(&path) {
            Ok(session) => Some(summary(&session)),
            Err(problem) => {
                problems.push(problem);
                None
            }
        }
    };
    let mut found: Vec<(&str, Session)> = Vec::new();
    let mut finished_rows: Vec<(&str, &str)> = Vec::new();
    for name in &names {
        match by_name.get(name.as_str()).map(|r| &r.good) {
            Some(Some(good)) if good.finished => finished_rows.push((&good.id, name)),
            // Unfinished, broken, or not in the index: read whatever it is now.
            _ => found.extend(current(name, &mut problems).map(|s| (name.as_str(), s))),
        }
    }
    // The finished ones newest first, until `recent` newer finished ones are known.
    finished_rows.sort_by(|a, b| b.0.cmp(a.0));
    for (id, name) in finished_rows {
        let newer = found
            .iter()
            .filter(|(_, s)| s.is_finished() && s.id.as_str() >= id)
            .count();
        if newer >= recent {
            break;
        }
        found.extend(current(name, &mut problems).map(|s| (name, s)));
    }
    // Every unfinished one and the newest finished by id; each id once.
    found.sort_by(|a, b| b.1.id.cmp(&a.1.id));
    found.dedup_by(|a, b| a.1.id == b.1.id);
    let mut finished = 0;
    found.retain(|(_, s)| {
        finished += usize::from(s.is_finished());
        !s.is_finished() || finished <= recent
    });
    let sessions = found
        .into_iter()
        .map(|(name, session)| LoadedSession {
            session,
            path: dir.join(name),
        })
        .collect();
    (sessions, problems)
}

/// Reads a summary of every session of one folder ([`Scan::open`]).
pub fn load_summaries(dirs: &[PathBuf], lang: Lang) -> Loaded {
    Scan::open(dirs, lang, &Cache::from_env()).into_loaded()
}

/// As [`load_summaries`], calling `progress(done, total)` while files are parsed.
pub fn load_summaries_with_progress(
    dirs: &[PathBuf],
    lang: Lang,
    progress: impl FnMut(usize, usize),
) -> Loaded {
    Scan::open_with_progress(dirs, lang, &Cache::from_env(), progress).into_loaded()
}

/// The session files of a folder with their stat, in name order; hidden
/// files are editors' locks and backups, not sessions.
fn listing(dir: &Path) -> Vec<(String, FileKey)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(String, FileKey)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            if name.starts_with('.') || !name.ends_with(".ron") {
                return None;
            }
            // Relative to the open folder (cheaper than a whole path); a
            // symbolic link is followed, as reading the file does.
            let meta = match e.metadata().ok()? {
                m if m.file_type().is_symlink() => std::fs::metadata(e.path()).ok()?,
                m => m,
            };
            Some((name, FileKey::of(&meta)))
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// Opens a folder's index, rebuilding it when any file changed.
fn open_folder(
    dir: &Path,
    cache: &Cache,
    progress: &mut impl FnMut(usize, usize),
    problems: &mut Vec<Diagnostic>,
    files_read: &mut usize,
) -> Folder {
    // Before the stat: a file changed after this moment is not settled.
    let now = Timestamp::now().as_nanosecond();
    let full = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let index_path = cache.file_for(&full);
    let files = listing(dir);
    let old = index_path.as_deref().and_then(|p| read_index(p, &full));
    if let Some((rows, file)) = old {
        let by_name: HashMap<&str, &Row> = rows.iter().map(|r| (r.name.as_str(), r)).collect();
        let current = files.len() == rows.len()
            && files.iter().all(|(name, key)| {
                by_name
                    .get(name.as_str())
                    .is_some_and(|r| r.settled && r.key == *key)
            });
        if current {
            for row in rows.iter().filter(|r| r.good.is_none()) {
                *files_read += 1;
                if let Err(problem) = read_session(&dir.join(&row.name)) {
                    problems.push(problem);
                }
            }
            return Folder {
                dir: dir.to_path_buf(),
                rows,
                file: Some(file),
            };
        }
        let old = Some((rows, file));
        return rebuild(
            dir, &full, &files, old, index_path, now, progress, problems, files_read,
        );
    }
    rebuild(
        dir, &full, &files, None, index_path, now, progress, problems, files_read,
    )
}

/// Writes a new index for `files`, copying what the old one still holds.
#[allow(clippy::too_many_arguments)]
fn rebuild(
    dir: &Path,
    full: &Path,
    files: &[(String, FileKey)],
    mut old: Option<(Vec<Row>, Reader)>,
    index_path: Option<PathBuf>,
    now: i128,
    progress: &mut impl FnMut(usize, usize),
    problems: &mut Vec<Diagnostic>,
    files_read: &mut usize,
) -> Folder {
    let old_rows: HashMap<String, Row> = old
        .as_mut()
        .map(|(rows, _)| std::mem::take(rows))
        .unwrap_or_default()
        .into_iter()
        .map(|r| (r.name.clone(), r))
        .collect();
    // The new index goes to a temporary file beside the old one and replaces
    // it at the end; without a cache folder it stays an unnamed temporary file.
    let named = index_path.as_ref().and_then(|p| {
        let parent = p.parent()?;
        crate::store::create_private_dir(parent).ok()?;
        tempfile::Builder::new()
            .prefix(".index-")
            .tempfile_in(parent)
            .ok()
    });
    let (file, named) = match named {
        Some(t) => match t.as_file().try_clone() {
            Ok(f) => (Some(f), Some(t)),
            Err(_) => (tempfile::tempfile().ok(), None),
        },
        None => (tempfile::tempfile().ok(), None),
    };
    let mut out = file.map(BufWriter::new);
    let mut offset = 0u64;
    let write = |out: &mut Option<BufWriter<File>>, bytes: &[u8]| {
        if let Some(w) = out
            && w.write_all(bytes).is_err()
        {
            *out = None;
        }
    };
    let header = encode_header(full);
    write(&mut out, &header);
    offset += header.len() as u64;
    let mut rows = Vec::with_capacity(files.len());
    let mut body = Vec::new();
    for (done, (name, key)) in files.iter().enumerate() {
        let path = dir.join(name);
        let cached = old_rows.get(name).filter(|r| r.settled && r.key == *key);
        let mut good = None;
        if let (Some(row), Some((_, old_file))) = (cached, old.as_mut())
            && let Some(g) = &row.good
            && let Ok(bytes) = old_file.read_at(g.offset, g.len)
        {
            body.clear();
            body.extend_from_slice(bytes);
            good = Some(Good {
                offset,
                ..g.clone()
            });
        }
        if good.is_none() {
            *files_read += 1;
            match read_session(&path) {
                Ok(session) => {
                    body.clear();
                    serde_json::to_writer(&mut body, &summary(&session))
                        .expect("a session always serialises");
                    good = Some(Good {
                        id: session.id.clone(),
                        started: session.started,
                        updated: session.updated,
                        finished: session.is_finished(),
                        offset,
                        len: body.len() as u32,
                    });
                }
                Err(problem) => problems.push(problem),
            }
        }
        if good.is_some() {
            write(&mut out, &body);
            offset += body.len() as u64;
        }
        rows.push(Row {
            name: name.clone(),
            key: *key,
            settled: key.mtime < now - SETTLE_NANOS && key.ctime < now - SETTLE_NANOS,
            good,
        });
        progress(done + 1, files.len());
    }
    drop(old);
    let mut table = Vec::new();
    encode_rows(&rows, &mut table);
    write(&mut out, &table);
    let mut footer = offset.to_le_bytes().to_vec();
    footer.extend_from_slice(MAGIC);
    write(&mut out, &footer);
    let file = out.and_then(|w| w.into_inner().ok()).and_then(|mut f| {
        f.flush().ok()?;
        if let (Some(t), Some(path)) = (named, index_path.as_ref()) {
            // Another casus may have written the same index meanwhile; the last one wins, both are whole.
            t.persist(path).ok()?;
            if let Some(parent) = path.parent() {
                prune(parent);
            }
        }
        f.seek(SeekFrom::Start(0)).ok()?;
        Some(Reader::new(f, 0))
    });
    Folder {
        dir: dir.to_path_buf(),
        rows,
        file,
    }
}

/// Removes the indexes of sessions folders that no longer exist (a
/// temporary folder, a team folder that was removed): they hold texts of
/// sessions nobody can review any more. Runs only when an index was rebuilt.
fn prune(cache_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(cache_dir) else {
        return;
    };
    for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
        if path.extension().is_none_or(|x| x != "idx") {
            continue;
        }
        let folder = File::open(&path).ok().and_then(|mut f| {
            let mut head = vec![0; 64 * 1024];
            let n = f.read(&mut head).ok()?;
            let mut c = Cursor(&head[..n]);
            (c.take(MAGIC.len())? == MAGIC).then_some(())?;
            c.str()?;
            Some(PathBuf::from(c.str()?))
        });
        // Only an index casus wrote whose folder is gone; anything else stays.
        if folder.is_some_and(|f| !f.exists()) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

fn encode_header(full: &Path) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    put_str(&mut out, &format_tag());
    put_str(&mut out, &full.to_string_lossy());
    out
}

fn encode_rows(rows: &[Row], out: &mut Vec<u8>) {
    out.extend_from_slice(&(rows.len() as u64).to_le_bytes());
    for row in rows {
        put_str(out, &row.name);
        out.extend_from_slice(&row.key.size.to_le_bytes());
        out.extend_from_slice(&row.key.mtime.to_le_bytes());
        out.extend_from_slice(&row.key.ctime.to_le_bytes());
        out.extend_from_slice(&row.key.ino.to_le_bytes());
        out.push(u8::from(row.settled) | (u8::from(row.good.is_some()) << 1));
        if let Some(g) = &row.good {
            put_str(out, &g.id);
            out.extend_from_slice(&g.started.as_nanosecond().to_le_bytes());
            out.extend_from_slice(&g.updated.as_nanosecond().to_le_bytes());
            out.push(u8::from(g.finished));
            out.extend_from_slice(&g.offset.to_le_bytes());
            out.extend_from_slice(&g.len.to_le_bytes());
        }
    }
}

/// Reads bytes off the front of a slice; `None` when it runs out.
struct Cursor<'a>(&'a [u8]);

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.array()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.array()?))
    }
    fn i128(&mut self) -> Option<i128> {
        Some(i128::from_le_bytes(self.array()?))
    }
    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
    fn time(&mut self) -> Option<Timestamp> {
        Timestamp::from_nanosecond(self.i128()?).ok()
    }
}

/// The rows of an index and the file open at its start; `None` when there
/// is none or it is not one this casus wrote for this folder.
fn read_index(path: &Path, full: &Path) -> Option<(Vec<Row>, Reader)> {
    let mut file = File::open(path).ok()?;
    let len = file.metadata().ok()?.len();
    let expected = encode_header(full);
    let mut header = vec![0; expected.len()];
    file.read_exact(&mut header).ok()?;
    if header != expected || len < expected.len() as u64 + 16 {
        return None;
    }
    file.seek(SeekFrom::End(-16)).ok()?;
    let mut footer = [0u8; 16];
    file.read_exact(&mut footer).ok()?;
    if &footer[8..] != MAGIC {
        return None;
    }
    let table_at = u64::from_le_bytes(footer[..8].try_into().ok()?);
    if table_at < expected.len() as u64 || table_at > len - 16 {
        return None;
    }
    let mut table = vec![0; (len - 16 - table_at) as usize];
    file.seek(SeekFrom::Start(table_at)).ok()?;
    file.read_exact(&mut table).ok()?;
    let mut c = Cursor(&table);
    let count = c.u64()? as usize;
    let mut rows = Vec::with_capacity(count.min(table.len() / 40));
    for _ in 0..count {
        let name = c.str()?.to_string();
        let key = FileKey {
            size: c.u64()?,
            mtime: c.i128()?,
            ctime: c.i128()?,
            ino: c.u64()?,
        };
        let flags = c.u8()?;
        let good = if flags & 2 != 0 {
            let good = Good {
                id: c.str()?.to_string(),
                started: c.time()?,
                updated: c.time()?,
                finished: c.u8()? != 0,
                offset: c.u64()?,
                len: c.u32()?,
            };
            if good.offset < expected.len() as u64 || good.offset + u64::from(good.len) > table_at {
                return None;
            }
            Some(good)
        } else {
            None
        };
        rows.push(Row {
            name,
            key,
            settled: flags & 1 != 0,
            good,
        });
    }
    if !c.0.is_empty() {
        return None;
    }
    file.seek(SeekFrom::Start(0)).ok()?;
    Some((rows, Reader::new(file, 0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_file_name_is_stable() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn rows_survive_a_round_trip() {
        let rows = vec![
            Row {
                name: "a.ron".into(),
                key: FileKey {
                    size: 3,
                    mtime: -5,
                    ctime: 7,
                    ino: 9,
                },
                settled: true,
                good: Some(Good {
                    id: "a".into(),
                    started: Timestamp::from_second(1).unwrap(),
                    updated: Timestamp::from_second(2).unwrap(),
                    finished: true,
                    offset: 40,
                    len: 12,
                }),
            },
            Row {
                name: "b.ron".into(),
                key: FileKey::default(),
                settled: false,
                good: None,
            },
        ];
        let mut bytes = Vec::new();
        encode_rows(&rows, &mut bytes);
        let mut c = Cursor(&bytes);
        assert_eq!(c.u64(), Some(2));
        assert_eq!(c.str(), Some("a.ron"));
    }
}
