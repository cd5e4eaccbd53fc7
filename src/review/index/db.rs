//! The index database: one SQLite file per user, `index.sqlite` in the
//! cache folder ([`super::Cache::Dir`]), for every sessions folder the user
//! reads; or a private temporary one when the cache is off or cannot be
//! used.
//!
//! ```text
//! meta    key, value                    the format tag (casus and session schema versions)
//! folder  id, path                      a sessions folder, by its full path
//! file    id, folder, name,             one row per session file of a folder
//!         size, mtime, ctime, ino,      what identifies its version without reading it
//!         settled,                      old enough when indexed to be trusted by that
//!         session_id, started, finished, practice, updated
//!                                       NULL when the file is not a readable session
//! summary file, json                    the file's SessionSummary
//! count_*                               what stats and filters count (counts.rs)
//! story_session, story, story_text      decisions and reflections for search (`stories.rs`)
//! ```
//!
//! The summaries (about 8 kB each) have a table of their own, so the file
//! table stays small: reading a folder's rows to compare stats reads a few
//! pages, not one page per session.
//!
//! `PRAGMA user_version` is [`SCHEMA`]; a database of another version, with
//! another format tag, that is not a database or that SQLite finds damaged,
//! is rebuilt (the RON files are the truth). WAL, so a reader never waits for
//! a writer; a busy timeout, so two casus processes writing at once take turns.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OptionalExtension};

/// The layout of the tables below; a database with another is rebuilt.
pub(super) const SCHEMA: i64 = 3;

/// The database's file name in the cache folder.
pub(super) const DB_NAME: &str = "index.sqlite";

/// How long a write waits for another casus's write (a cold start of a large
/// folder holds the lock while it parses) before this run uses a private database.
const BUSY: Duration = Duration::from_secs(120);

const CREATE: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE folder (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE);
CREATE TABLE file (
    id INTEGER PRIMARY KEY,
    folder INTEGER NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    ctime INTEGER NOT NULL,
    ino INTEGER NOT NULL,
    settled INTEGER NOT NULL,
    session_id TEXT,
    started INTEGER,
    started_ns INTEGER,
    updated INTEGER,
    updated_ns INTEGER,
    finished INTEGER,
    practice INTEGER,
    UNIQUE (folder, name)
);
CREATE INDEX file_session ON file (session_id);
CREATE TABLE summary (file INTEGER PRIMARY KEY, json BLOB NOT NULL);
CREATE TABLE story_session (
    file INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL,
    grp TEXT NOT NULL,
    case_id TEXT NOT NULL,
    case_title TEXT NOT NULL,
    indexed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX story_pending ON story_session (file) WHERE indexed = 0;
CREATE TABLE story (
    id INTEGER PRIMARY KEY,
    file INTEGER NOT NULL,
    step INTEGER NOT NULL,
    step_id TEXT NOT NULL,
    step_title TEXT NOT NULL,
    kind INTEGER NOT NULL,
    author TEXT,
    text TEXT NOT NULL
);
CREATE INDEX story_file ON story (file);
CREATE VIRTUAL TABLE story_text USING fts5 (
    folded, content = '', contentless_delete = 1, detail = none,
    tokenize = 'trigram case_sensitive 1'
);
INSERT INTO story_text (story_text, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER story_gone AFTER DELETE ON story
WHEN EXISTS (SELECT 1 FROM story_session WHERE file = old.file AND indexed = 1) BEGIN
    DELETE FROM story_text WHERE rowid = old.id;
END;
";

/// What must match besides [`SCHEMA`]: a newer casus may summarise
/// differently, so a change of version rebuilds the index. `summary` rises
/// when [`super::SessionSummary`] keeps something new (2: themes keep
/// `replaces`) or the rows written from it change (3: the per-file counts
/// of `counts.rs`, the label of an untagged theme that replaces others, and
/// the story tables of `stories.rs`; 4: the trigram index filled by the
/// first search, not by every refresh; 5: a story's id tells its file; 6: no group
/// column in `file`, which nothing read).
pub(super) fn format_tag() -> String {
    format!(
        "summary 6; casus {}; session schema {}",
        env!("CARGO_PKG_VERSION"),
        crate::model::SESSION_SCHEMA_VERSION
    )
}

/// True for the errors that mean the database file itself is bad.
pub(super) fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

/// An open index database.
#[derive(Debug)]
pub(super) struct Db {
    pub(super) conn: Connection,
    /// The file, when it is the user's database (not a private one).
    path: Option<PathBuf>,
}

impl Db {
    /// The user's database in `dir`, made ready (created, or rebuilt when it
    /// is of another version or damaged); `None` when that cannot be done.
    pub(super) fn open_in(dir: &Path) -> Option<Db> {
        let path = dir.join(DB_NAME);
        crate::store::create_private_dir(dir).ok()?;
        for attempt in 0..2 {
            match Db::try_open(&path) {
                Ok(db) => return Some(db),
                Err(e) if attempt == 0 && is_damage(&e) => remove_db(&path),
                Err(_) => return None,
            }
        }
        None
    }

    fn try_open(path: &Path) -> rusqlite::Result<Db> {
        private_file(path);
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY)?;
        // In WAL once set; it can fail while another process holds the
        // database, which then is in WAL already.
        let _ = conn.execute_batch("PRAGMA journal_mode = WAL");
        conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON")?;
        let db = Db {
            conn,
            path: Some(path.to_path_buf()),
        };
        db.ready()?;
        Ok(db)
    }

    /// A private database for this run only, in a temporary file deleted
    /// when closed (SQLite's empty file name).
    pub(super) fn private() -> Db {
        Connection::open("")
            .and_then(Db::fresh)
            .unwrap_or_else(|_| Db::memory())
    }

    /// A private database in memory: the last resort.
    pub(super) fn memory() -> Db {
        Connection::open_in_memory()
            .and_then(Db::fresh)
            .expect("SQLite opens a database in memory")
    }

    fn fresh(conn: Connection) -> rusqlite::Result<Db> {
        let db = Db { conn, path: None };
        db.ready()?;
        Ok(db)
    }

    /// Whether this is the user's database (a file in the cache folder).
    pub(super) fn is_shared(&self) -> bool {
        self.path.is_some()
    }

    /// Throws the damaged database away, so the next run builds a new one;
    /// this run reads the session files instead.
    pub(super) fn discard(&self) {
        if let Some(path) = &self.path {
            remove_db(path);
        }
    }

    fn valid(&self) -> rusqlite::Result<bool> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version != SCHEMA {
            return Ok(false);
        }
        let tag: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'tag'", [], |r| r.get(0))
            .optional()?;
        Ok(tag.as_deref() == Some(format_tag().as_str()))
    }

    /// Creates the tables, dropping whatever another version left.
    fn ready(&self) -> rusqlite::Result<()> {
        if self.valid()? {
            return Ok(());
        }
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let made = (|| {
            // Another casus may have made it while this one waited.
            if self.valid()? {
                return Ok(());
            }
            let tables: Vec<(String, String)> = {
                let mut stmt = self.conn.prepare(
                    "SELECT type, name FROM sqlite_master \
                     WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'",
                )?;
                stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()?
            };
            for (kind, name) in tables {
                let kind = if kind == "view" { "VIEW" } else { "TABLE" };
                let quoted = name.replace('"', "\"\"");
                self.conn
                    .execute_batch(&format!("DROP {kind} IF EXISTS \"{quoted}\""))?;
            }
            self.conn.execute_batch(CREATE)?;
            self.conn.execute_batch(super::counts::CREATE)?;
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('tag', ?1)",
                [format_tag()],
            )?;
            self.conn
                .execute_batch(&format!("PRAGMA user_version = {SCHEMA}"))
        })();
        match made {
            Ok(()) => self.conn.execute_batch("COMMIT"),
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Starts the one write transaction of a refresh, waiting for another
    /// casus's to end.
    pub(super) fn begin(&self) -> rusqlite::Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE")
    }

    pub(super) fn commit(&self) -> rusqlite::Result<()> {
        self.conn.execute_batch("COMMIT")
    }

    pub(super) fn rollback(&self) {
        let _ = self.conn.execute_batch("ROLLBACK");
    }
}

/// Makes the database file owner-only before SQLite opens it (its `-wal` and
/// `-shm` files take the same permissions).
fn private_file(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let _ = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(path);
    }
    let _ = crate::store::tighten(path, 0o600);
}

/// Removes a database and its WAL files.
fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}
