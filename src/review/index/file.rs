//! The index file on disk, one per sessions folder:
//!
//! ```text
//! MAGIC, format tag, the folder's full path      header
//! summary, summary, …                            JSON, one per readable file
//! rows                                           the table: name, stat, flags; id, dates and
//!                                                where the summary is, for a readable file
//! offset of the table, MAGIC                     footer (16 bytes)
//! ```
//!
//! Numbers are little-endian, strings a `u32` length and UTF-8. An index is
//! used only when its header matches this casus and this folder and its
//! footer and table are whole; anything else is rebuilt. The file is written
//! by `folder.rs` and read here.

use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use jiff::Timestamp;

/// Written at the start and the end of every index file.
pub(super) const MAGIC: &[u8; 8] = b"CASUSIX\x01";

/// What must match for an index to be used: a newer casus may summarise
/// differently, so a change of version rebuilds the index (2: themes keep
/// `replaces`).
pub(super) fn format_tag() -> String {
    format!(
        "casus-index 2; casus {}; session schema {}",
        env!("CARGO_PKG_VERSION"),
        crate::model::SESSION_SCHEMA_VERSION
    )
}

/// What identifies one version of a file without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct FileKey {
    pub(super) size: u64,
    pub(super) mtime: i128,
    pub(super) ctime: i128,
    pub(super) ino: u64,
}

impl FileKey {
    pub(super) fn of(meta: &std::fs::Metadata) -> FileKey {
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
pub(super) struct Good {
    pub(super) id: String,
    pub(super) started: Timestamp,
    pub(super) updated: Timestamp,
    pub(super) finished: bool,
    pub(super) offset: u64,
    pub(super) len: u32,
}

/// One file of a folder, as recorded in its index.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub(super) name: String,
    pub(super) key: FileKey,
    /// Old enough when indexed that its stat can be trusted.
    pub(super) settled: bool,
    /// `None`: the file could not be read as a session.
    pub(super) good: Option<Good>,
}

/// An index file read mostly front to back: seeks within the buffer cost no system call.
#[derive(Debug)]
pub(super) struct Reader {
    inner: BufReader<File>,
    pos: u64,
    buf: Vec<u8>,
}

impl Reader {
    pub(super) fn new(file: File, pos: u64) -> Reader {
        Reader {
            inner: BufReader::with_capacity(64 * 1024, file),
            pos,
            buf: Vec::new(),
        }
    }

    /// The `len` bytes at `offset`.
    pub(super) fn read_at(&mut self, offset: u64, len: u32) -> io::Result<&[u8]> {
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

/// Removes the indexes of sessions folders that no longer exist (a
/// temporary folder, a team folder that was removed): they hold texts of
/// sessions nobody can review any more. Runs on every scan ([`super::Cache::prune`]).
pub(super) fn prune(cache_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(cache_dir) else {
        return;
    };
    for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
        if path.extension().is_none_or(|x| x != "idx")
            || !std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file())
        {
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

pub(super) fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

pub(super) fn encode_header(full: &Path) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    put_str(&mut out, &format_tag());
    put_str(&mut out, &full.to_string_lossy());
    out
}

pub(super) fn encode_rows(rows: &[Row], out: &mut Vec<u8>) {
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
pub(super) struct Cursor<'a>(&'a [u8]);

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
pub(super) fn read_index(path: &Path, full: &Path) -> Option<(Vec<Row>, Reader)> {
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
