//! [`Store::save`]: the one save of a session, which never writes over a
//! file this process did not read ([`super::identity`]).

use std::io;
use std::path::PathBuf;

use jiff::Timestamp;

use super::{Store, conflict, identity, write_session};
use crate::model::Session;

/// Where [`Store::save`] put the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// In its own file, `<id>.ron` (or the one the user chose to continue in).
    Written,
    /// In this conflict copy, because `<id>.ron` changed since it was read.
    Conflict(PathBuf),
}

impl Store {
    /// Writes the session atomically, unless its file changed since this
    /// process read or last wrote it ([`identity`]): then nothing is written
    /// over it, and the session goes to a conflict copy beside it
    /// ([`conflict::copy_path`]), as do this session's later saves.
    pub fn save(&self, session: &Session) -> io::Result<Saved> {
        self.save_at(session, Timestamp::now())
    }

    /// As [`Store::save`], naming a conflict copy after `now`.
    pub fn save_at(&self, session: &Session, now: Timestamp) -> io::Result<Saved> {
        let path = self.path(&session.id);
        let (mut target, mut chosen) = match conflict::redirected(&path) {
            Some(r) => (r.to, r.chosen),
            None => (path.clone(), true),
        };
        loop {
            if identity::on_disk(&target)? != identity::OnDisk::Changed {
                write_session(&target, session)?;
                return Ok(if chosen {
                    Saved::Written
                } else {
                    Saved::Conflict(target)
                });
            }
            // Someone else's version: keep it, and ours beside it.
            target = conflict::copy_path(&self.dir, &session.id, now);
            chosen = false;
            conflict::redirect(&path, &target, false);
        }
    }
}
