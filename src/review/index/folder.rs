//! One sessions folder against its rows in the index: every file is
//! stat'ed; when the stats are the ones indexed nothing is written,
//! otherwise the files that changed are parsed (on all cores when many) and
//! their rows replaced, in one transaction.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::library::Diagnostic;
use crate::store::read_session;

use super::db::Db;
use super::parse::parse_all;
use super::rows::{FileKey, Row};
use super::table::Entry;

/// How long after its last change a file is trusted by its stat alone.
const SETTLE_NANOS: i64 = 2_000_000_000;

/// A sessions folder and its rows in the index.
#[derive(Debug)]
pub(super) struct Folder {
    pub(super) dir: PathBuf,
    /// Its id in the database.
    pub(super) id: i64,
    pub(super) rows: Vec<Row>,
}

/// The session files of a folder with their stat, in name order; hidden
/// files are editors' locks and backups, not sessions. A name that holds a
/// BSN is never written into the index: it is in the second list, to be
/// reported (such a name is never a session's id). A name the index
/// already has (`indexed`, in name order) passed that gate when its row was
/// written, so only new names are scanned.
fn listing(dir: &Path, indexed: &[Row]) -> (Vec<(String, FileKey)>, Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (Vec::new(), Vec::new());
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
    let (files, refused) = files.into_iter().partition(|(name, _)| {
        indexed
            .binary_search_by(|r| r.name.as_str().cmp(name))
            .is_ok()
            || crate::store::refuse_blocking(dir, name.as_bytes()).is_ok()
    });
    (files, refused.into_iter().map(|(name, _)| name).collect())
}

/// What a refresh of one folder found besides its rows.
#[derive(Debug, Default)]
pub(super) struct Found {
    pub(super) problems: Vec<Diagnostic>,
    pub(super) files_read: usize,
}

/// Brings a folder's rows up to date and returns them. Problems are
/// returned, not pushed, so a refresh the database broke off can be done
/// again without reporting anything twice.
pub(super) fn open_folder(
    dir: &Path,
    db: &Db,
    progress: &mut impl FnMut(usize, usize),
) -> rusqlite::Result<(Folder, Found)> {
    // Before the stat: a file changed after this moment is not settled.
    let now = saturating_now();
    let full = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let known = match db.folder(&full)? {
        Some(id) => Some((id, db.rows(id)?)),
        None => None,
    };
    let (files, unnamed) = listing(dir, known.as_ref().map_or(&[], |(_, rows)| rows));
    let mut found = Found::default();
    for name in unnamed {
        found.files_read += 1;
        if let Err(problem) = read_session(&dir.join(name)) {
            found.problems.push(problem);
        }
    }
    if let Some((id, rows)) = known
        && is_current(&files, &rows)
    {
        for row in rows.iter().filter(|r| r.good.is_none()) {
            found.files_read += 1;
            if let Err(problem) = read_session(&dir.join(&row.name)) {
                found.problems.push(problem);
            }
        }
        let folder = Folder {
            dir: dir.to_path_buf(),
            id,
            rows,
        };
        return Ok((folder, found));
    }
    db.begin()?;
    match refresh(dir, &full, &files, db, now, progress, &mut found) {
        Ok(folder) => {
            db.commit()?;
            Ok((folder, found))
        }
        Err(e) => {
            db.rollback();
            Err(e)
        }
    }
}

/// True when every file is indexed, settled, with the stat it has now.
fn is_current(files: &[(String, FileKey)], rows: &[Row]) -> bool {
    files.len() == rows.len()
        && files
            .iter()
            .zip(rows)
            .all(|((name, key), row)| *name == row.name && row.settled && row.key == *key)
}

/// Inside the write transaction: reads the rows again (another casus may
/// have just written them), parses what changed, writes its rows and drops
/// the rows of files that are gone.
fn refresh(
    dir: &Path,
    full: &Path,
    files: &[(String, FileKey)],
    db: &Db,
    now: i64,
    progress: &mut impl FnMut(usize, usize),
    found: &mut Found,
) -> rusqlite::Result<Folder> {
    let id = db.add_folder(full)?;
    let mut old: HashMap<String, Row> = db
        .rows(id)?
        .into_iter()
        .map(|r| (r.name.clone(), r))
        .collect();
    let mut rows: Vec<Option<Row>> = Vec::with_capacity(files.len());
    // Files whose row is missing, changed, unsettled or not a session: read them.
    let mut stale: Vec<usize> = Vec::new();
    for (i, (name, key)) in files.iter().enumerate() {
        match old.remove(name) {
            Some(row) if row.settled && row.key == *key && row.good.is_some() => {
                rows.push(Some(row));
            }
            _ => {
                rows.push(None);
                stale.push(i);
            }
        }
    }
    for gone in old.keys() {
        db.remove(id, gone)?;
    }
    let kept = files.len() - stale.len();
    let names: Vec<&str> = stale.iter().map(|&i| files[i].0.as_str()).collect();
    let mut problems: Vec<(usize, Diagnostic)> = Vec::new();
    let mut failed = None;
    let mut done = 0;
    parse_all(dir, &names, |n, result| {
        let i = stale[n];
        let (name, key) = &files[i];
        let settled = key.mtime < now - SETTLE_NANOS && key.ctime < now - SETTLE_NANOS;
        let session = result.as_ref().ok();
        let entry = Entry {
            name,
            key: *key,
            settled,
            session,
        };
        if failed.is_none()
            && let Err(e) = db.put(id, &entry)
        {
            failed = Some(e);
        }
        rows[i] = Some(Row {
            name: name.clone(),
            key: *key,
            settled,
            good: session.map(|p| p.good.clone()),
        });
        if let Err(problem) = result {
            problems.push((i, problem));
        }
        done += 1;
        progress(kept + done, files.len());
    });
    if let Some(e) = failed {
        return Err(e);
    }
    found.files_read += stale.len();
    problems.sort_by_key(|(i, _)| *i);
    found.problems.extend(problems.into_iter().map(|(_, p)| p));
    Ok(Folder {
        dir: dir.to_path_buf(),
        id,
        rows: rows.into_iter().flatten().collect(),
    })
}

fn saturating_now() -> i64 {
    i64::try_from(Timestamp::now().as_nanosecond()).unwrap_or(i64::MAX)
}
