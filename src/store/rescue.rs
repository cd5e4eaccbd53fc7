//! Rescue copies: when the sessions folder cannot be written, the session
//! is written as a new file in another folder (the home folder, the temp
//! folder) so that quitting loses nothing. Through the same BSN gate as every
//! other write; a new file only, never over another.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::model::Session;

/// The file name of a rescue copy: `casus-rescue-<id>.ron`, the id kept to
/// safe characters (an id read from a file may hold anything).
fn file_name(session: &Session, n: usize) -> String {
    let id: String = session
        .id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(80)
        .collect();
    if n == 0 {
        format!("casus-rescue-{id}.ron")
    } else {
        format!("casus-rescue-{id}-{n}.ron")
    }
}

/// Writes `bytes` (the session as RON) to a new file in `dir` named after
/// the session, readable by its owner only; the path written.
pub fn write_rescue_copy(dir: &Path, session: &Session, bytes: &[u8]) -> io::Result<PathBuf> {
    super::refuse_blocking(&dir.join(file_name(session, 0)), bytes)?;

    let mut n = 0;
    loop {
        let path = dir.join(file_name(session, n));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(mut file) => {
                let written = file.write_all(bytes).and_then(|()| file.sync_all());
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&path);
                    return Err(e);
                }
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 99 => n += 1,
            Err(e) => return Err(e),
        }
    }
}
