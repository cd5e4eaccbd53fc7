//! The one path every session and export write goes through: a temp file in
//! the same folder, `sync_all`, rename over the target, fsync of the folder.
//! A crash at any moment leaves either the old file or the new one, whole.

use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path` atomically, with owner-only permissions on Unix.
/// Bytes that hold a BSN are refused before anything is created, not even
/// the temp file ([`super::refuse_blocking`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_via_temp(path, bytes, |tmp, path| {
        tmp.persist(path).map(drop).map_err(|e| e.error)
    })
}

/// As [`write_atomic`], but never over an existing file: when `path` exists
/// nothing changes and the error is [`io::ErrorKind::AlreadyExists`] (the
/// temp file is linked into place, which fails rather than replaces).
pub fn write_atomic_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_via_temp(path, bytes, |tmp, path| {
        tmp.persist_noclobber(path).map(drop).map_err(|e| e.error)
    })
}

/// The shared path: refuse a BSN, write and sync a private temp file beside
/// `path`, put it in place with `place`, sync the folder.
fn write_via_temp(
    path: &Path,
    bytes: &[u8],
    place: impl FnOnce(tempfile::NamedTempFile, &Path) -> io::Result<()>,
) -> io::Result<()> {
    super::refuse_blocking(path, bytes)?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".casus-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    set_private(tmp.path())?;
    place(tmp, path)?;
    sync_dir(dir);
    Ok(())
}

/// Creates a folder (and its parents) that only the owner can read.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    tighten(dir, 0o700)?;
    Ok(())
}

/// Sets `path` to `mode` (0o700 for folders, 0o600 for files) when group or
/// others have any access; returns the permission bits it had, if it changed
/// them. Symbolic links are left alone. Elsewhere than Unix it does nothing.
pub fn tighten(path: &Path, mode: u32) -> io::Result<Option<u32>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::symlink_metadata(path)?;
        if meta.file_type().is_symlink() {
            return Ok(None);
        }
        let was = meta.permissions().mode() & 0o777;
        if was & 0o077 != 0 || was & mode != mode {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
            return Ok(Some(was));
        }
    }
    let _ = (path, mode);
    Ok(None)
}

fn set_private(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    let _ = path;
    Ok(())
}

/// Makes the rename itself durable; a folder cannot be opened for syncing on every platform.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_atomic_replaces_the_whole_file_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"first version, longer").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "second");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn write_atomic_new_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic_new(&path, b"first").unwrap();
        let again = write_atomic_new(&path, b"second").unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temp file left");
    }

    #[cfg(unix)]
    #[test]
    fn written_files_are_private_to_the_owner() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sessions");
        create_private_dir(&sub).unwrap();
        let path = sub.join("a.ron");
        write_atomic(&path, b"x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&sub), 0o700);
        assert_eq!(mode(&path), 0o600);
    }
}
