//! The rows of the index: a folder's file table read and written (the
//! layout is in `db.rs`).

use std::path::Path;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::db::Db;
use super::parse::Parsed;
use super::rows::{FileKey, Good, Row};

/// The tables with rows per file (their `file` column is `file.id`): emptied
/// for a file when its row is replaced or removed, and for a folder that is
/// gone. A table added to the schema (`db.rs`) with a `file` column is named here.
const PER_FILE: &[&str] = &[
    "summary",
    "count_session",
    "count_match",
    "count_theme",
    "count_label",
    "count_rename",
    "count_knelpunt",
    "count_action",
    // Stories before their session: the trigger that takes a story out of
    // the trigram index asks whether its session's stories are in it.
    "story",
    "story_session",
];

/// A row written for one parsed session file.
pub(super) struct Entry<'a> {
    pub(super) name: &'a str,
    pub(super) key: FileKey,
    pub(super) settled: bool,
    /// `None`: not a readable session.
    pub(super) session: Option<&'a Parsed>,
}

impl Db {
    /// The id of a sessions folder, if the database knows it.
    pub(super) fn folder(&self, full: &Path) -> rusqlite::Result<Option<i64>> {
        self.conn
            .prepare_cached("SELECT id FROM folder WHERE path = ?1")?
            .query_row([full.to_string_lossy()], |r| r.get(0))
            .optional()
    }

    /// The id of a sessions folder, added when new (in a write transaction).
    pub(super) fn add_folder(&self, full: &Path) -> rusqlite::Result<i64> {
        if let Some(id) = self.folder(full)? {
            return Ok(id);
        }
        self.conn.execute(
            "INSERT INTO folder (path) VALUES (?1)",
            [full.to_string_lossy()],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The rows of a folder, in name order.
    pub(super) fn rows(&self, folder: i64) -> rusqlite::Result<Vec<Row>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT name, size, mtime, ctime, ino, settled, session_id, \
             started, started_ns, updated, updated_ns, finished \
             FROM file WHERE folder = ?1 ORDER BY name",
        )?;
        let rows = stmt.query_map([folder], |r| {
            let time = |s: usize| -> rusqlite::Result<Option<Timestamp>> {
                let secs: Option<i64> = r.get(s)?;
                let nanos: Option<i32> = r.get(s + 1)?;
                Ok(secs.and_then(|s| Timestamp::new(s, nanos.unwrap_or(0)).ok()))
            };
            let id: Option<String> = r.get(6)?;
            let good = match (id, time(7)?, time(9)?) {
                (Some(id), Some(started), Some(updated)) => Some(Good {
                    id,
                    started,
                    updated,
                    finished: r.get::<_, Option<i64>>(11)?.is_some(),
                }),
                _ => None,
            };
            Ok(Row {
                name: r.get(0)?,
                key: FileKey {
                    size: r.get::<_, i64>(1)? as u64,
                    mtime: r.get(2)?,
                    ctime: r.get(3)?,
                    ino: r.get::<_, i64>(4)? as u64,
                },
                settled: r.get(5)?,
                good,
            })
        })?;
        rows.collect()
    }

    /// The stored summary of one file.
    pub(super) fn summary(&self, folder: i64, name: &str) -> rusqlite::Result<Option<Vec<u8>>> {
        self.conn
            .prepare_cached(
                "SELECT summary.json FROM file JOIN summary ON summary.file = file.id \
                 WHERE file.folder = ?1 AND file.name = ?2",
            )?
            .query_row(params![folder, name], |r| r.get(0))
            .optional()
            .map(Option::flatten)
    }

    /// Calls `each(name, summary)` for every readable session of a folder.
    pub(super) fn summaries(
        &self,
        folder: i64,
        mut each: impl FnMut(&str, &[u8]),
    ) -> rusqlite::Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT file.name, summary.json FROM file JOIN summary ON summary.file = file.id \
             WHERE file.folder = ?1",
        )?;
        let mut rows = stmt.query([folder])?;
        while let Some(r) = rows.next()? {
            let name = r.get_ref(0)?.as_str()?;
            let summary = r.get_ref(1)?.as_bytes()?;
            each(name, summary);
        }
        Ok(())
    }

    /// Writes (adds or replaces) one file's row.
    pub(super) fn put(&self, folder: i64, e: &Entry<'_>) -> rusqlite::Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO file (folder, name, size, mtime, ctime, ino, settled, \
             session_id, started, started_ns, updated, updated_ns, finished, practice) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) \
             ON CONFLICT (folder, name) DO UPDATE SET size = excluded.size, \
             mtime = excluded.mtime, ctime = excluded.ctime, ino = excluded.ino, \
             settled = excluded.settled, session_id = excluded.session_id, \
             started = excluded.started, started_ns = excluded.started_ns, \
             updated = excluded.updated, updated_ns = excluded.updated_ns, \
             finished = excluded.finished, practice = excluded.practice \
             RETURNING id",
        )?;
        let s = e.session;
        let file: i64 = stmt.query_row(
            params![
                folder,
                e.name,
                e.key.size as i64,
                e.key.mtime,
                e.key.ctime,
                e.key.ino as i64,
                e.settled,
                s.map(|s| &s.good.id),
                s.map(|s| s.good.started.as_second()),
                s.map(|s| s.good.started.subsec_nanosecond()),
                s.map(|s| s.good.updated.as_second()),
                s.map(|s| s.good.updated.subsec_nanosecond()),
                s.and_then(|s| s.finished).map(|t| t.as_second()),
                s.map(|s| s.practice),
            ],
            |r| r.get(0),
        )?;
        for table in PER_FILE {
            self.conn
                .prepare_cached(&format!("DELETE FROM {table} WHERE file = ?1"))?
                .execute([file])?;
        }
        if let Some(s) = s {
            self.conn
                .prepare_cached("INSERT INTO summary (file, json) VALUES (?1, ?2)")?
                .execute(params![file, &s.json])?;
            if let Some(summary) = &s.summary {
                super::counts::put(&self.conn, file, summary.session())?;
                super::stories::write(&self.conn, file, &s.good.id, summary)?;
            }
        }
        Ok(())
    }

    /// Drops one file's row.
    pub(super) fn remove(&self, folder: i64, name: &str) -> rusqlite::Result<()> {
        for table in PER_FILE {
            self.conn
                .prepare_cached(&format!(
                    "DELETE FROM {table} WHERE file IN \
                     (SELECT id FROM file WHERE folder = ?1 AND name = ?2)"
                ))?
                .execute(params![folder, name])?;
        }
        self.conn
            .prepare_cached("DELETE FROM file WHERE folder = ?1 AND name = ?2")?
            .execute(params![folder, name])?;
        Ok(())
    }

    /// Removes the rows of sessions folders that no longer exist (a temporary
    /// folder, a team folder that was removed): they hold texts of sessions
    /// nobody can review any more. With `secure_delete` their bytes are
    /// overwritten, not left in free pages.
    pub(super) fn prune(&self) -> rusqlite::Result<()> {
        let folders: Vec<(i64, String)> = {
            let mut stmt = self.conn.prepare_cached("SELECT id, path FROM folder")?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        let gone: Vec<i64> = folders
            .into_iter()
            .filter(|(_, path)| !Path::new(path).is_dir())
            .map(|(id, _)| id)
            .collect();
        if gone.is_empty() {
            return Ok(());
        }
        self.begin()?;
        let removed = gone.iter().try_for_each(|id| {
            for table in PER_FILE {
                self.conn.execute(
                    &format!(
                        "DELETE FROM {table} WHERE file IN (SELECT id FROM file WHERE folder = ?1)"
                    ),
                    [id],
                )?;
            }
            self.conn
                .execute("DELETE FROM file WHERE folder = ?1", [id])?;
            self.conn
                .execute("DELETE FROM folder WHERE id = ?1", [id])?;
            Ok(())
        });
        match removed {
            Ok(()) => self.commit(),
            Err(e) => {
                self.rollback();
                Err(e)
            }
        }
    }
}
