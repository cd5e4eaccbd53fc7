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

/// Where saves of a session file go instead, in this process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    /// The file written instead.
    pub to: PathBuf,
    /// The user chose it (`casus resume PATH`): a save there is a save, not a conflict.
    pub chosen: bool,
}

fn redirects() -> &'static Mutex<HashMap<PathBuf, Redirect>> {
    static REDIRECTS: OnceLock<Mutex<HashMap<PathBuf, Redirect>>> = OnceLock::new();
    REDIRECTS.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Where saves of `path` go instead, if anywhere.
pub fn redirected(path: &Path) -> Option<Redirect> {
    redirects().lock().ok()?.get(path).cloned()
}

/// From now on, saves of `path` go to `to`: a conflict copy, or (`chosen`)
/// the file the user said to continue in.
pub fn redirect(path: &Path, to: &Path, chosen: bool) {
    if let Ok(mut map) = redirects().lock() {
        let to = to.to_path_buf();
        map.insert(path.to_path_buf(), Redirect { to, chosen });
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

/// The session id a file name stands for: the name without `.ron`, cut at
/// the first `.` or ` (` (session ids have neither), so a copy's name gives
/// the id of the session it is a copy of.
pub fn base_id(path: &Path) -> Option<&str> {
    let stem = path.file_name()?.to_str()?.strip_suffix(".ron")?;
    let end = [stem.find('.'), stem.find(" (")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(stem.len());
    Some(&stem[..end])
}

/// Whether `path` is named like a conflict copy of session `id`: not
/// `<id>.ron` itself, but a name that stands for the same id (casus's own
/// `.conflict-…`, Syncthing's `.sync-conflict-…`, the ` (… conflicted
/// copy …)` of Dropbox, OneDrive and Nextcloud).
pub fn is_copy_name(path: &Path, id: &str) -> bool {
    let own = path.file_name().and_then(|n| n.to_str()) == Some(&format!("{id}.ron"));
    !own && base_id(path) == Some(id)
}

/// Several files in one sessions folder that hold the same session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The session id they share.
    pub id: String,
    /// The files: `<id>.ron` first when it is there, then the copies by name.
    pub files: Vec<PathBuf>,
}

impl Conflict {
    /// The files, joined for a message.
    pub fn files_shown(&self) -> String {
        let shown: Vec<String> = self.files.iter().map(|p| p.display().to_string()).collect();
        shown.join(", ")
    }
}

/// The conflicts in the sessions folder `dir`: files whose names stand for
/// the same id ([`base_id`]) and that hold that id. Only the names are
/// compared for every file; just the few that share a name are read.
pub fn conflicts(dir: &Path) -> Vec<Conflict> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut by_id: HashMap<String, Vec<PathBuf>> = HashMap::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_none_or(|n| n.starts_with('.'));
        if hidden || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        if let Some(id) = base_id(&path).filter(|id| !id.is_empty()) {
            by_id.entry(id.to_string()).or_default().push(path);
        }
    }
    let mut out: Vec<Conflict> = by_id
        .into_iter()
        .filter(|(_, files)| files.len() > 1)
        .filter_map(|(id, mut files)| {
            // A copy that holds another session is not a copy of this one.
            files.retain(|f| super::read_session(f).is_ok_and(|s| s.id == id));
            files.sort_by_key(|f| (is_copy_name(f, &id), f.clone()));
            (files.len() > 1).then_some(Conflict { id, files })
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The conflict of session `id` in `dir`, if its id is held by several files.
pub fn conflict_of(dir: &Path, id: &str) -> Option<Conflict> {
    conflicts(dir).into_iter().find(|c| c.id == id)
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
        assert!(!is_copy_name(Path::new(&format!("{id}x.ron")), id));
        assert_eq!(base_id(Path::new(&format!("/d/{id}.ron"))), Some(id));
        assert_eq!(base_id(Path::new("notes.txt")), None);
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
