//! The question on quitting while the session could not be saved: Enter
//! writes a rescue copy to another folder (then casus quits), Esc stays.
//! Typed keys and pastes go nowhere while it shows.

use super::SessionScreen;
use crate::i18n::fill;
use crate::tui::action::{Command, Effect};
use crate::tui::ctx::{Ctx, Reply};

/// A command while the question shows.
pub fn update(screen: &mut SessionScreen, cmd: Command, ctx: &Ctx) -> Reply {
    let s = ctx.strings();
    match cmd {
        Command::Confirm => Reply::effect(Effect::Rescue(Box::new(screen.session.clone()))),
        Command::Back | Command::Done => {
            screen.asking = false;
            Reply::say(s.save.unsaved_stay)
        }
        // Anything else (`q`, Ctrl-C again) asks again: text is never dropped unasked.
        _ => {
            let why = screen.unsaved.as_deref().unwrap_or_default();
            Reply::complain(fill(s.save.unsaved_question, &[&why]))
        }
    }
}
