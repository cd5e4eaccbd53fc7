//! A summary index of session folders, so counting and searching 100,000
//! sessions does not mean parsing 100,000 RON files every time.
//!
//! A session file is about 35 kB, most of it the copy of the case, the
//! method and the theme sets that keeps it self-contained. Review reads a
//! small part of it: ids, dates, group, titles, decisions, themes,
//! reflections and bottlenecks. The index keeps that part ([`SessionSummary`],
//! as compact JSON) of every session file, in one SQLite database per user,
//! with the file's size, modification time, change time and inode, and the
//! session's id, start, end, last change and practice flag as columns
//! of their own. Each run stats every file (as cheap as listing the folder;
//! a file is never opened to find out whether it changed, so OneDrive's
//! files-on-demand download nothing) and re-reads only those whose stat
//! changed; files that were added, changed, removed or broken since are
//! handled like this, all in one write transaction per folder:
//!
//! - added or changed: parsed again (on all cores when there are many, as on
//!   a first run), and its row replaced; unchanged rows are not touched;
//! - removed: its row deleted;
//! - unreadable: reported with `path:line:col` on every run, like without the
//!   index (recorded as not a session);
//! - changed within two seconds of being indexed: not trusted, parsed again
//!   next time (a file written twice within one clock tick keeps its mtime).
//!
//! A run where nothing changed writes nothing. The index is a cache, never
//! the truth: it lives in the user's cache folder
//! (`~/.cache/casus/index/index.sqlite` on Linux), not beside the sessions,
//! so a synced folder, a git repository or a colleague's read-only folder is
//! never written to and never carries an index to another machine; the
//! folder is owner-only (0700) and the database (0600, and so its `-wal` and
//! `-shm` files) too, as it holds the same texts as the sessions. A database
//! that is missing, of another schema version (`PRAGMA user_version`) or
//! casus version, not a database, or reported damaged by SQLite while it is
//! used, is rebuilt from the files, and the run that found it gives the
//! results of the files all the same; a summary that does not decode is read
//! from its file. Two casus processes share the database (WAL: readers never
//! wait; a busy timeout: writers take turns); when it cannot be written at
//! all, a run uses a private temporary database. `CASUS_NO_INDEX=1` keeps no
//! index ([`Cache::Off`]: every file is parsed into a private database that
//! is gone when the run ends). The rows of folders that no longer exist are
//! deleted on every run (`secure_delete`, so their texts are overwritten).
//!
//! [`Scan`] reads the folders through the index; [`Scan::visit`] hands
//! out one summary at a time (decoded on all cores, in no particular order)
//! with its place in the newest-first order, so a query over any number of
//! sessions holds a few dozen sessions at a time. [`Scan::stats`] does not
//! decode summaries at all: it counts in SQL over per-file count tables
//! (`counts.rs`), with the filter answered in SQL where that is exact
//! (`pass.rs`); a file without count rows is counted from its summary or
//! file, so the result is always that of counting every session.
//! [`Scan::search`] reads no summary at all for the default filter: the
//! decisions and reflections have rows of their own, with a trigram index
//! of their folded text that finds the few that can hold a word.
//!
//! The module in files:
//!
//! - `mod.rs`: where the index is kept ([`Cache`]);
//! - `summary.rs`: what a summary holds, made from a session ([`SessionSummary`]);
//! - `db.rs`: the database (its tables, schema version, opening, rebuilding);
//! - `table.rs`: the rows of a folder, read and written;
//! - `rows.rs`: what a row records of a file (`FileKey`, `Row`);
//! - `fast.rs`: a session file read straight into its summary;
//! - `parse.rs`: parsing and summarising the files the index lacks, in parallel;
//! - `decode.rs`: decoding stored summaries in batches on all cores, trimmed;
//! - `folder.rs`: one sessions folder against its rows (stat, compare, refresh);
//! - `scan.rs`: [`Scan`], the folders read together, deduplicated and in order;
//! - `stories.rs`: decisions and reflections as rows, with a trigram index of their folded text;
//! - `search.rs`: [`Scan::search`] through those rows;
//! - `counts.rs`: per file what `stats` counts, and `stats` as SQL aggregates;
//! - `pass.rs`: which sessions pass a filter, answered in SQL where exact
//!   (a temporary table of file ids with their rank, for any query to join);
//! - `home.rs`: [`home_sessions`], the few sessions the home screen lists;
//! - `home_first.rs`: [`home_first`], home's list before a cold index is built.

mod counts;
mod db;
mod decode;
mod fast;
mod folder;
mod home;
mod home_first;
mod parse;
mod pass;
mod rows;
mod scan;
mod search;
mod stories;
mod summary;
mod table;

use std::path::PathBuf;

pub use home::{home_sessions, home_sessions_with_progress};
pub use home_first::{HomeFirst, home_first};
pub use scan::{Head, Scan};
pub use summary::SessionSummary;

/// Where the index is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cache {
    /// In this folder: one database (`index.sqlite`) for every sessions folder.
    Dir(PathBuf),
    /// No index kept: every run parses every file (into a private database
    /// that is gone when the run ends).
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

    /// The database this run reads and writes: the user's, or a private one
    /// when the cache is off or its folder cannot be used. Removes what an
    /// older casus kept there (one `.idx` file per folder, and the
    /// temporary files of its writes): the same texts, in a format no longer read.
    fn open_db(&self) -> db::Db {
        let Cache::Dir(dir) = self else {
            return db::Db::private();
        };
        if let Ok(entries) = std::fs::read_dir(dir) {
            for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
                let old = path.extension().is_some_and(|x| x == "idx");
                if old && std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
                    let _ = std::fs::remove_file(&path);
                }
            }
            crate::store::remove_stale(dir, ".index-", "", std::time::SystemTime::now());
        }
        db::Db::open_in(dir).unwrap_or_else(db::Db::private)
    }
}
