//! The files beside the sessions that are ours: lock files, opened without
//! following a symbolic link, and the temp files of [`super::write_atomic`],
//! removed when a crash left them behind (they are whole session copies).

use std::io;
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::i18n::fill;

/// A temp file older than this was left by a crash: a write takes milliseconds.
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(60 * 60);

/// Opens (creating, owner-only) the lock file at `path`. A symbolic link is
/// refused, not followed (`O_NOFOLLOW`), so a planted link cannot make casus
/// create or touch a file elsewhere; a FIFO is refused without blocking
/// (`O_NONBLOCK`), and so is anything else that is not a regular file.
pub fn open_lock(path: &Path) -> io::Result<std::fs::File> {
    let refused = || lock_refused(path);
    if std::fs::symlink_metadata(path).is_ok_and(|m| !m.is_file()) {
        return Err(refused());
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = match options.open(path) {
        Ok(f) => f,
        // ELOOP: the last part of the path is a symbolic link (made since the check).
        #[cfg(unix)]
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => return Err(refused()),
        Err(e) => return Err(e),
    };
    if !file.metadata()?.is_file() {
        return Err(refused());
    }
    Ok(file)
}

/// Opens an existing lock file at `path` for trying its lock, never creating
/// one (review must not litter other teams' folders): `Ok(None)` when there
/// is none. Like [`open_lock`], a link or a FIFO is refused, without blocking.
pub fn open_existing_lock(path: &Path) -> io::Result<Option<std::fs::File>> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        _ => {}
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    match options.open(path) {
        Ok(file) if file.metadata()?.is_file() => Ok(Some(file)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        _ => Err(lock_refused(path)),
    }
}

fn lock_refused(path: &Path) -> io::Error {
    let message = fill(
        crate::i18n::process_lang().review().store_lock_symlink,
        &[&path.display()],
    );
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

/// Removes `.casus-*.tmp` files in `dir` older than [`STALE_TEMP_AGE`]: what
/// a crash between writing a temp file and renaming it leaves. Only regular
/// files of our own naming; best effort.
pub fn remove_stale_temps(dir: &Path) {
    remove_stale(dir, ".casus-", ".tmp", SystemTime::now());
}

/// Removes regular files in `dir` named `prefix…suffix` last changed before
/// `now - STALE_TEMP_AGE`.
pub(crate) fn remove_stale(dir: &Path, prefix: &str, suffix: &str, now: SystemTime) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with(prefix) && name.ends_with(suffix)) {
            continue;
        }
        // The entry itself: a link is not followed, a folder is left alone.
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.file_type().is_file() {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age >= STALE_TEMP_AGE);
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn an_existing_lock_is_opened_but_never_made_or_followed() {
        let dir = tempfile::tempdir().unwrap();
        let lock = dir.path().join(".a.lock");
        assert!(open_existing_lock(&lock).unwrap().is_none());
        assert!(!lock.exists(), "not created");
        std::fs::write(&lock, "").unwrap();
        assert!(open_existing_lock(&lock).unwrap().is_some());
        let link = dir.path().join(".b.lock");
        std::os::unix::fs::symlink(&lock, &link).unwrap();
        assert!(open_existing_lock(&link).is_err(), "a link is refused");
        let dangling = dir.path().join(".c.lock");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
        assert!(open_existing_lock(&dangling).is_err());
        assert!(!dir.path().join("nowhere").exists());
    }

    #[test]
    fn only_old_temp_files_of_our_naming_go() {
        let dir = tempfile::tempdir().unwrap();
        for name in [".casus-old.tmp", ".casus-new.tmp", "a.tmp", ".casus-x.ron"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let later = SystemTime::now() + STALE_TEMP_AGE + Duration::from_secs(5);
        std::fs::File::options()
            .write(true)
            .open(dir.path().join(".casus-new.tmp"))
            .unwrap()
            .set_modified(later)
            .unwrap();
        remove_stale(dir.path(), ".casus-", ".tmp", later);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(left, [".casus-new.tmp", ".casus-x.ron", "a.tmp"]);
    }
}
