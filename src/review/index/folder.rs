//! One sessions folder against its index: every file is stat'ed; when the
//! stats are the ones indexed the index is used as it is, otherwise it is
//! rebuilt, copying the summaries of unchanged files and parsing the rest.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::library::Diagnostic;
use crate::store::read_session;

use super::Cache;
use super::file::{
    FileKey, Good, MAGIC, Reader, Row, encode_header, encode_rows, prune, read_index,
};
use super::summary::SessionSummary;

/// How long after its last change a file is trusted by its stat alone.
const SETTLE_NANOS: i128 = 2_000_000_000;

/// A sessions folder and its index, open for reading summaries.
#[derive(Debug)]
pub(super) struct Folder {
    pub(super) dir: PathBuf,
    pub(super) rows: Vec<Row>,
    /// The index file (or an unnamed temporary one when the cache is off).
    pub(super) file: Option<Reader>,
}

/// The session files of a folder with their stat, in name order; hidden
/// files are editors' locks and backups, not sessions. A name that holds a
/// BSN is never written into the index: it is in the second list, to be
/// reported (such a name is never a session's id).
fn listing(dir: &Path) -> (Vec<(String, FileKey)>, Vec<String>) {
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
    let (files, refused) = files
        .into_iter()
        .partition(|(name, _)| crate::store::refuse_blocking(dir, name.as_bytes()).is_ok());
    (files, refused.into_iter().map(|(name, _)| name).collect())
}

/// Opens a folder's index, rebuilding it when any file changed.
pub(super) fn open_folder(
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
    let (files, unnamed) = listing(dir);
    for name in unnamed {
        *files_read += 1;
        if let Err(problem) = read_session(&dir.join(name)) {
            problems.push(problem);
        }
    }
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
                    serde_json::to_writer(&mut body, &SessionSummary::of(&session))
                        .expect("a session always serialises");
                    guard(&mut body);
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

/// The store's gate on what the index writes ([`crate::store::refuse_blocking`]):
/// a session file from elsewhere may hold a BSN; its summary keeps the
/// placeholder instead, and when that is no longer valid JSON the summary is
/// left out, to be read from the file (as a damaged summary is).
fn guard(body: &mut Vec<u8>) {
    if crate::store::refuse_blocking(Path::new(""), body).is_ok() {
        return;
    }
    let text = String::from_utf8_lossy(body).into_owned();
    let redacted = crate::privacy::redact_blocking(&text);
    body.clear();
    let valid = serde_json::from_str::<serde_json::Value>(&redacted).is_ok()
        && crate::store::refuse_blocking(Path::new(""), redacted.as_bytes()).is_ok();
    if valid {
        body.extend_from_slice(redacted.as_bytes());
    } else {
        body.extend_from_slice(b"null");
    }
}
