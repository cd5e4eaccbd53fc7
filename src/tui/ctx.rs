//! The one contract every screen keeps.
//!
//! A screen owns its state and exposes
//! `update(&mut State, Command, &Ctx) -> Reply` (and `key`/`paste` handlers of
//! the same shape) and `draw(&State, &Ctx, &mut Frame, Rect)`. [`Ctx`] is
//! everything from outside the screen that update and draw may read: the
//! language, the clock, the time zone, the id source, the library, the
//! colours, presenting mode. [`Reply`] is everything a
//! screen asks of the app besides changing its own state: effects for the
//! runner, a status line, where to go next. So a screen never sees the
//! [`App`](super::app::App), and `update` is pure: no system clock, no system
//! time zone, no environment (the id source is the one thing drawn from
//! outside, and it is fixed in tests).

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::action::{Command, Effect};
use crate::i18n::{Lang, Strings};
use crate::library::Library;
use crate::model::Session;

/// Where new session ids come from: random in use, fixed in tests.
#[derive(Debug, Clone)]
pub enum Ids {
    /// Time plus a random suffix.
    Random,
    /// Always this id (tests and snapshots).
    Fixed(String),
}

impl Ids {
    /// The id for a session starting at `now`.
    pub fn next(&self, now: Timestamp) -> String {
        match self {
            Ids::Random => crate::store::new_session_id(now),
            Ids::Fixed(id) => id.clone(),
        }
    }
}

/// A line in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The text.
    pub text: String,
    /// True for problems (a failed save, a blocked text).
    pub error: bool,
}

/// What a screen's update and draw may read from outside the screen.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// Interface language.
    pub lang: Lang,
    /// The clock, as the last `Tick` set it.
    pub now: Timestamp,
    /// The time zone dates and times are shown in (the system's in use, fixed in tests).
    pub tz: &'a TimeZone,
    /// Where new session ids come from.
    pub ids: &'a Ids,
    /// Cases, theme sets, methods.
    pub library: &'a Library,
    /// Colours (lines are built the same way for counting as for drawing).
    pub palette: crate::tui::style::Palette,
    /// Presenting mode (a projector): no facilitator notes, no key hints.
    pub present: bool,
    /// Keys to commands, the user's included.
    pub keymap: &'a crate::tui::keymap::Keymap,
    /// The session whose export was held back once for personal data.
    pub export_warned: Option<&'a str>,
}

impl Ctx<'_> {
    /// True when a hint that names `command`'s key may be shown here: not
    /// while presenting, and only while the key is the built-in one (the
    /// hint sentences name those; the footer and help name the user's).
    pub fn key_hint(&self, context: crate::tui::keymap::Context, command: Command) -> bool {
        !self.present && self.keymap.is_default(context, command)
    }

    /// [`Ctx::key_hint`] for a sentence that names the keys of several
    /// commands: true only while every one of them is the built-in key.
    pub fn key_hints(&self, context: crate::tui::keymap::Context, commands: &[Command]) -> bool {
        commands.iter().all(|&c| self.key_hint(context, c))
    }

    /// The strings of the interface language.
    pub fn strings(&self) -> &'static Strings {
        self.lang.strings()
    }

    /// The calendar day of a moment in [`Ctx::tz`].
    pub fn date(&self, at: Timestamp) -> jiff::civil::Date {
        at.to_zoned(self.tz.clone()).date()
    }

    /// `2026-11-23 09:00`: a moment on the wall clock of [`Ctx::tz`].
    pub fn date_time(&self, at: Timestamp) -> String {
        at.to_zoned(self.tz.clone())
            .strftime("%Y-%m-%d %H:%M")
            .to_string()
    }
}

/// Where a screen sends the app next.
#[derive(Debug, Clone, PartialEq)]
pub enum Goto {
    /// The home screen.
    Home,
    /// A new set-up.
    Setup,
    /// A session: its summary when finished, else the running session.
    Open(Box<Session>),
    /// The review screens (their folders are read at once).
    Review,
}

/// What a screen's update asks of the app besides its own state.
#[derive(Debug, Default, PartialEq)]
pub struct Reply {
    /// Effects for the runner.
    pub effects: Vec<Effect>,
    /// A message for the status bar.
    pub status: Option<Status>,
    /// Where to go next; `None` stays.
    pub goto: Option<Goto>,
    /// Presenting mode on or off.
    pub present: Option<bool>,
    /// The session whose export is held back for personal data (`Some(None)`: none).
    pub export_warned: Option<Option<String>>,
}

impl Reply {
    /// A reply with these effects.
    pub fn effects(effects: Vec<Effect>) -> Reply {
        Reply {
            effects,
            ..Reply::default()
        }
    }

    /// A reply with one effect.
    pub fn effect(effect: Effect) -> Reply {
        Reply::effects(vec![effect])
    }

    /// A reply that goes elsewhere.
    pub fn goto(goto: Goto) -> Reply {
        Reply {
            goto: Some(goto),
            ..Reply::default()
        }
    }

    /// A reply with a message.
    pub fn say(text: impl Into<String>) -> Reply {
        Reply::default().with_say(text)
    }

    /// A reply with a problem.
    pub fn complain(text: impl Into<String>) -> Reply {
        Reply::default().with_complaint(text)
    }

    /// This reply, with a message.
    pub fn with_say(mut self, text: impl Into<String>) -> Reply {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
        self
    }

    /// This reply, with a problem.
    pub fn with_complaint(mut self, text: impl Into<String>) -> Reply {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
        self
    }
}
