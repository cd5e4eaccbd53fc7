//! Conflict copies: where a save goes when the session's file changed under
//! it ([`super::identity`]), and how copies that share an id are recognised.
//!
//! casus names its own copies `<id>.conflict-<UTC time>.ron`. Sync tools
//! leave others: Dropbox and OneDrive `<id> (… conflicted copy …).ron`,
//! Syncthing `<id>.sync-conflict-<time>-<device>.ron`, Nextcloud
//! `<id> (conflicted copy <date>).ron`. All of them hold the same session id
//! as `<id>.ron`; review and `list sessions` list them as conflicts and
//! resume asks which one to continue.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use jiff::Timestamp;

/// Saves of the session file `key` go to this conflict copy from now on (in this process).
fn redirects() -> &'static Mutex<HashMap<PathBuf, PathBuf>> {
    static REDIRECTS: OnceLock<Mutex<HashMap<PathBuf, PathBuf>>> = OnceLock::new();
    REDIRECTS.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The conflict copy this process already writes instead of `path`, if any.
pub fn redirected(path: &Path) -> Option<PathBuf> {
    redirects().lock().ok()?.get(path).cloned()
}

/// From now on, saves of `path` go to `copy`.
pub fn redirect(path: &Path, copy: &Path) {
    if let Ok(mut map) = redirects().lock() {
        map.insert(path.to_path_buf(), copy.to_path_buf());
    }
}

/// A free name for a conflict copy of session `id` in `dir`:
/// `<id>.conflict-20261202-063800.ron`, with `-2`, `-3`… when taken.
pub fn copy_path(dir: &Path, id: &str, now: Timestamp) -> PathBuf {
    let stamp = now.strftime("%Y%m%d-%H%M%S").to_string();
    let mut n = 1;
    loop {
        let name = match n {
            1 => format!("{id}.conflict-{stamp}.ron"),
            _ => format!("{id}.conflict-{stamp}-{n}.ron"),
        };
        let path = dir.join(name);
        if !path.exists() {
            return path;
        }
        n += 1;
    }
}

/// Whether `path` is named like a conflict copy of session `id`: anything
/// but exactly `<id>.ron` whose name starts with the id (casus's own
/// `.conflict-…`, Syncthing's `.sync-conflict-…`, the ` (… conflicted
/// copy …)` of Dropbox, OneDrive and Nextcloud).
pub fn is_copy_name(path: &Path, id: &str) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name != format!("{id}.ron") && name.starts_with(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_of_every_sync_tool_are_recognised() {
        let id = "20261123-090000-versi1";
        for name in [
            format!("{id}.conflict-20261202-063800.ron"),
            format!("{id}.sync-conflict-20261202-063800-ABCDEFG.ron"),
            format!("{id} (Jan's conflicted copy 2026-12-02).ron"),
            format!("{id} (conflicted copy 2026-12-02 063800).ron"),
        ] {
            assert!(is_copy_name(Path::new(&name), id), "{name}");
        }
        assert!(!is_copy_name(Path::new(&format!("{id}.ron")), id));
        assert!(!is_copy_name(Path::new("other.ron"), id));
    }

    #[test]
    fn copy_names_do_not_clash() {
        let dir = tempfile::tempdir().unwrap();
        let now: Timestamp = "2026-12-02T06:38:00Z".parse().unwrap();
        let first = copy_path(dir.path(), "s1", now);
        assert!(first.ends_with("s1.conflict-20261202-063800.ron"));
        std::fs::write(&first, "x").unwrap();
        let second = copy_path(dir.path(), "s1", now);
        assert!(second.ends_with("s1.conflict-20261202-063800-2.ron"));
    }
}
