//! The last line of defence before anything reaches the disk, and the first
//! one when a file is read:
//!
//! - [`refuse_blocking`]: no bytes holding a BSN are written, by any writer
//!   ([`super::write_atomic`] calls it, so sessions, drafts, exports and temp
//!   files; the review index calls it on each summary it writes);
//! - [`is_session_id`], [`check_id`]: a session's id matches the pattern
//!   [`super::new_session_id`] makes and, in a `sessions/` folder, the file's
//!   stem, before it is joined into any path;
//! - [`regular_file`]: a file is only opened when it is a regular file (a
//!   FIFO would block the open, `/dev/zero` would never end) no larger than
//!   [`MAX_FILE_BYTES`].
//!
//! Messages are in the process's language ([`crate::i18n::process_lang`]:
//! the command line sets it once; before that, Dutch).

use std::io;
use std::path::Path;

use crate::i18n::{fill, process_lang as lang};
use crate::library::{Diagnostic, line_col};

/// The largest file casus reads as a session or a library file: 16 MB (a
/// session is about 35 kB; a file this big is not one of ours).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Refuses (with [`io::ErrorKind::InvalidData`] and a localized message naming
/// `path`) bytes that hold what may never be stored: a BSN
/// ([`crate::privacy::FindingKind::blocks`]). Nothing is written then.
pub fn refuse_blocking(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let text = String::from_utf8_lossy(bytes);
    if crate::privacy::has_blocking(&text) {
        return Err(bsn_refused(path));
    }
    Ok(())
}

/// The error of a write refused because it would hold a BSN.
pub fn bsn_refused(path: &Path) -> io::Error {
    let message = fill(lang().review().store_bsn_refused, &[&path.display()]);
    io::Error::new(io::ErrorKind::InvalidData, message)
}

/// True when `id` has the form [`super::new_session_id`] gives:
/// `YYYYMMDD-HHMMSS-` and six lowercase ASCII letters or digits, e.g.
/// `20261123-073912-k3f9a2`. Nothing else is ever joined into a path.
pub fn is_session_id(id: &str) -> bool {
    let b = id.as_bytes();
    b.len() == 22
        && b[..8].iter().all(u8::is_ascii_digit)
        && b[8] == b'-'
        && b[9..15].iter().all(u8::is_ascii_digit)
        && b[15] == b'-'
        && b[16..]
            .iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// Checks a session's `id` as read from `text` (the file shown as `shown`):
/// it must be an id ([`is_session_id`]) and, when the file lies in a
/// `sessions/` folder, its file name without `.ron`. The diagnostic points at
/// the id field.
pub fn check_id(shown: &str, file: Option<&Path>, text: &str, id: &str) -> Result<(), Diagnostic> {
    let at = || {
        let offset = crate::library::find_field(text, "id", &format!("{id:?}"), 0, 0)
            .or_else(|| text.find("id"))
            .unwrap_or(0);
        line_col(text, offset)
    };
    let r = lang().review();
    if !is_session_id(id) {
        let message = fill(r.store_id_invalid, &[&format!("{id:?}")]);
        return Err(Diagnostic::error(shown, at(), message));
    }
    // A sync-conflict copy (`<id> (conflicted copy).ron`, `<id>.conflict-….ron`)
    // holds the same id under another name: a conflict, reported as one.
    if let Some(path) = file.filter(|p| in_sessions_folder(p))
        && path.file_stem().and_then(|s| s.to_str()) != Some(id)
        && !super::conflict::is_copy_name(path, id)
    {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let message = fill(r.store_id_not_file, &[&format!("{id:?}"), &name]);
        return Err(Diagnostic::error(shown, at(), message));
    }
    Ok(())
}

/// Refuses to write a session whose id is not an id or not `path`'s stem.
pub fn check_target(path: &Path, id: &str) -> io::Result<()> {
    let r = lang().review();
    let message = if !is_session_id(id) {
        fill(r.store_id_invalid, &[&format!("{id:?}")])
    } else if (path.file_stem().and_then(|s| s.to_str()) != Some(id)
        && !super::conflict::is_copy_name(path, id))
        || path.extension().is_none_or(|x| x != "ron")
    {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        fill(r.store_id_not_file, &[&format!("{id:?}"), &name])
    } else {
        return Ok(());
    };
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{}: {message}", path.display()),
    ))
}

fn in_sessions_folder(path: &Path) -> bool {
    path.parent()
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == "sessions")
}

/// Why a file was not opened: not a regular file, or too large.
pub fn regular_file(path: &Path) -> Result<std::fs::Metadata, Diagnostic> {
    let shown = path.display().to_string();
    let r = lang().review();
    let not_regular = || Diagnostic::warning(&shown, (1, 1), r.store_not_regular);
    let cannot = |e: io::Error| {
        let message = fill(lang().strings().check.cannot_read, &[&e]);
        Diagnostic::error(&shown, (1, 1), message)
    };
    // The link itself, then what it points at: neither is opened.
    let link = std::fs::symlink_metadata(path).map_err(cannot)?;
    let meta = if link.file_type().is_symlink() {
        std::fs::metadata(path).map_err(cannot)?
    } else {
        link
    };
    if !meta.is_file() {
        return Err(not_regular());
    }
    too_large(&shown, meta.len())?;
    Ok(meta)
}

/// Refuses a file of `len` bytes over [`MAX_FILE_BYTES`].
pub fn too_large(shown: &str, len: u64) -> Result<(), Diagnostic> {
    if len <= MAX_FILE_BYTES {
        return Ok(());
    }
    let mb = |n: u64| n.div_ceil(1024 * 1024);
    let message = fill(
        lang().review().store_too_large,
        &[&mb(len), &mb(MAX_FILE_BYTES)],
    );
    Err(Diagnostic::error(shown, (1, 1), message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_generated_form_and_nothing_else() {
        let made = super::super::new_session_id(jiff::Timestamp::now());
        assert!(is_session_id(&made), "{made}");
        assert!(is_session_id("20261123-090000-versi1"));
        for bad in [
            "",
            "/../../../../tmp/x/PWNED",
            "20261123-090000-versi1/..",
            "20261123-090000-VERSI1",
            "20261123-090000-vers.1",
            "20261123_090000-versi1",
            "2026112-0900000-versi1",
            "20261123-090000-versi12",
        ] {
            assert!(!is_session_id(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_write_target_must_be_named_by_its_id() {
        let id = "20261123-090000-versi1";
        assert!(check_target(Path::new("/d/sessions/20261123-090000-versi1.ron"), id).is_ok());
        assert!(check_target(Path::new("/d/sessions/x.ron"), id).is_err());
        assert!(check_target(Path::new("/d/sessions/20261123-090000-versi1.md"), id).is_err());
        let bad = "/../../tmp/PWNED";
        assert!(check_target(Path::new("/d/sessions/../../tmp/PWNED.ron"), bad).is_err());
    }
}
