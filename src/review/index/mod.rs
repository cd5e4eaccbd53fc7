//! A summary index of session folders, so counting and searching 100,000
//! sessions does not mean parsing 100,000 RON files every time.
//!
//! A session file is about 35 kB, most of it the copy of the case, the
//! method and the theme sets that keeps it self-contained. Review reads a
//! small part of it: ids, dates, group, titles, decisions, themes,
//! reflections and bottlenecks. The index keeps that part ([`SessionSummary`]) of
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
//!
//! The module in files:
//!
//! - `mod.rs`: where indexes are kept ([`Cache`]);
//! - `summary.rs`: what a summary holds, made from a session ([`SessionSummary`]);
//! - `file.rs`: the index file on disk (its layout, reading, writing, pruning);
//! - `folder.rs`: one sessions folder against its index (stat, compare, rebuild);
//! - `scan.rs`: [`Scan`], the folders read together, deduplicated and in order;
//! - `home.rs`: [`home_sessions`], the few sessions the home screen lists.

mod file;
mod folder;
mod home;
mod scan;
mod summary;

use std::path::{Path, PathBuf};

pub use home::home_sessions;
pub use scan::{Head, Scan};
pub use summary::SessionSummary;

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
    pub(super) fn file_for(&self, sessions: &Path) -> Option<PathBuf> {
        let Cache::Dir(dir) = self else {
            return None;
        };
        let name = format!(
            "{:016x}.idx",
            fnv1a(sessions.as_os_str().as_encoded_bytes())
        );
        Some(dir.join(name))
    }

    /// Removes the indexes of sessions folders that no longer exist (they
    /// hold the texts of sessions nobody can review any more) and the
    /// temporary files of index writes a crash left behind. Every scan and
    /// the home list call it, not only a rebuild: a removed folder is never
    /// rebuilt.
    pub fn prune(&self) {
        if let Cache::Dir(dir) = self {
            file::prune(dir);
            crate::store::remove_stale(dir, ".index-", "", std::time::SystemTime::now());
        }
    }
}

/// FNV-1a: a stable hash (std's hashers may change between Rust versions).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_file_name_is_stable() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
