//! Unsaved text is never dropped. When a save fails (a full disk, a
//! read-only folder, a sessions folder that is gone) the session screen is
//! marked unsaved, the footer says so, the screen retries on its ticks
//! ([`crate::tui::screens::session::state::RETRY_EVERY`]), and quitting asks
//! first: write a rescue copy to another folder ([`write`]), or stay.
//!
//! This file holds what `update` and the runner do about it; the question
//! itself is the session screen's (`screens/session/unsaved.rs`).

use std::path::PathBuf;

use super::action::Effect;
use super::app::{App, Screen};
use crate::i18n::fill;
use crate::model::Session;

/// Where rescue copies go, in order of preference: the home folder (kept
/// across restarts, easy to find), then the system's temp folder (often in
/// memory, so it works on a full disk).
pub fn default_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(home) = directories::UserDirs::new().map(|u| u.home_dir().to_path_buf()) {
        dirs.push(home);
    }
    dirs.push(std::env::temp_dir());
    dirs
}

/// Writes `session` as RON (readable by `casus`) to the first of `dirs`
/// that takes it, as a new file only its owner can read; where it went, or
/// every reason it could not.
pub fn write(session: &Session, dirs: &[PathBuf]) -> Result<PathBuf, String> {
    let text = crate::store::to_ron(session);
    let mut why = Vec::new();
    for dir in dirs {
        match crate::store::write_rescue_copy(dir, session, text.as_bytes()) {
            Ok(path) => return Ok(path),
            Err(e) => why.push(format!("{}: {e}", dir.display())),
        }
    }
    Err(why.join("; "))
}

/// `Action::SaveFailed`: the whole reason in the status, the session marked
/// unsaved; a save that failed on the way out asks what to do.
pub fn save_failed(app: &mut App, why: String) {
    let s = app.strings();
    // Finishing could not be saved: back to the session (at its last phase),
    // so the summary's `q` cannot drop it.
    if let Screen::Summary(summary) = &app.screen {
        let screen = crate::tui::screens::session::SessionScreen::new(summary.session.clone());
        app.screen = Screen::Session(Box::new(screen));
    }
    if let Screen::Session(screen) = &mut app.screen {
        let asking = screen.quitting;
        screen.quitting = false;
        screen.unsaved = Some(why.clone());
        if asking {
            screen.asking = true;
            app.complain(fill(s.save.unsaved_question, &[&why]));
            return;
        }
    }
    app.complain(fill(s.save.save_failed, &[&why]));
}

/// `Action::Saved`: a retry that worked says so, and any question is gone.
pub fn saved(app: &mut App) {
    let s = app.strings();
    if let Screen::Session(screen) = &mut app.screen
        && screen.unsaved.take().is_some()
    {
        let asked = std::mem::take(&mut screen.asking);
        app.say(if asked {
            s.save.saved_quit_now
        } else {
            s.save.saved_again
        });
    }
}

/// `Action::Rescued`: written, so casus may quit (and says where, after
/// the terminal is back); not written, so it stays.
pub fn rescued(app: &mut App, result: Result<PathBuf, String>) -> Vec<Effect> {
    let s = app.strings();
    match result {
        Ok(path) => {
            app.say(fill(s.save.rescue_written, &[&path.display()]));
            if let Screen::Session(screen) = &mut app.screen {
                screen.asking = false;
                screen.rescued = Some(path);
            }
            vec![Effect::Quit]
        }
        Err(why) => {
            app.complain(fill(s.save.rescue_failed, &[&why]));
            Vec::new()
        }
    }
}

/// True while quitting would drop text: the session's last save failed and
/// no rescue copy holds it.
pub fn holds(app: &App) -> bool {
    matches!(&app.screen, Screen::Session(screen) if screen.unsaved.is_some() && screen.rescued.is_none())
}

/// What to tell the user after the terminal is restored: where the rescue
/// copy is (as an error: the session folder does not hold the last text).
pub fn after_quit(app: &App) -> Result<(), String> {
    match &app.screen {
        Screen::Session(screen) => match &screen.rescued {
            Some(path) => Err(fill(app.strings().save.rescue_exit, &[&path.display()])),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}
