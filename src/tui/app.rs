//! The one state of the terminal UI.

use std::path::PathBuf;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::action::Effect;

use super::ctx::{Ctx, Goto, Reply};
pub use super::ctx::{Ids, Status};
use super::keymap::Context;
use super::screens::home::{Home, SessionInfo};
use super::screens::review::Review;
use super::screens::session::SessionScreen;
use super::screens::setup::{Preset, Setup};
use super::screens::summary::Summary;
use super::style::Palette;
use crate::i18n::{Lang, Strings};
use crate::library::Library;
use crate::model::Session;

/// The screen on show.
#[derive(Debug)]
pub enum Screen {
    /// Start, resume, recent sessions.
    Home,
    /// Choosing case, method, themes and group.
    Setup(Box<Setup>),
    /// Running a session.
    Session(Box<SessionScreen>),
    /// The end of a session, or a finished one opened from home.
    Summary(Box<Summary>),
    /// Looking back: sessions, tellen en vertellen, the knelpunten register.
    Review(Box<Review>),
}

/// The whole state of the terminal UI.
#[derive(Debug)]
pub struct App {
    /// Interface language.
    pub lang: Lang,
    /// Colours.
    pub palette: Palette,
    /// Keys to commands: the built-in tables with the user's `keys.ron` over them.
    pub keymap: super::keymap::Keymap,
    /// Cases, theme sets, methods.
    pub library: Library,
    /// The screen on show.
    pub screen: Screen,
    /// The home screen's list, kept while other screens show.
    pub home: Home,
    /// Presenting mode (a projector): no facilitator notes, no key hints.
    pub present: bool,
    /// The help overlay is open.
    pub help: bool,
    /// How far the help overlay is scrolled (rows).
    pub help_scroll: u16,
    /// The status bar's message.
    pub status: Option<Status>,
    /// The clock, moved on by `Tick`.
    pub now: Timestamp,
    /// The time zone dates and times show in: UTC from [`App::new`], the
    /// system's, read once by the command line and passed in `Options`; tests fix it.
    pub tz: TimeZone,
    /// Where new session ids come from.
    pub ids: Ids,
    /// The session whose export was held back once for personal data; `e` again exports it.
    pub export_warned: Option<String>,
    /// The terminal size.
    pub size: (u16, u16),
    /// The data folders review reads (`--data-dir`, repeatable).
    pub review_dirs: Vec<PathBuf>,
}

impl App {
    /// A new app on the home screen.
    pub fn new(lang: Lang, library: Library, sessions: &[Session], now: Timestamp) -> App {
        App {
            lang,
            palette: Palette::from_env(),
            keymap: super::keymap::Keymap::default(),
            library,
            screen: Screen::Home,
            home: Home::new(sessions.iter().map(SessionInfo::of).collect()),
            present: false,
            help: false,
            help_scroll: 0,
            status: None,
            now,
            tz: TimeZone::UTC,
            ids: Ids::Random,
            size: (80, 24),
            export_warned: None,
            review_dirs: Vec::new(),
        }
    }

    /// The strings of the interface language.
    pub fn strings(&self) -> &'static Strings {
        self.lang.strings()
    }

    /// Opens the set-up, skipping what `preset` already says.
    pub fn start_setup(&mut self, preset: Preset) {
        self.screen = Screen::Setup(Box::new(Setup::new(&self.library, preset)));
    }

    /// Opens a session: its summary when finished, else where the group left it.
    pub fn open(&mut self, session: Session) {
        self.home.upsert(SessionInfo::of(&session));
        self.screen = if session.is_finished() {
            Screen::Summary(Box::new(Summary::new(session)))
        } else {
            Screen::Session(Box::new(SessionScreen::new(session)))
        };
    }

    /// Opens a session as [`App::open`] does and, when it has not begun,
    /// asks the runner to read the folders for its terugblik.
    pub fn open_session(&mut self, session: Session) -> Vec<Effect> {
        self.open(session);
        self.look_back()
    }

    /// The folders to read for the terugblik of the session on show, if it wants one.
    pub fn look_back(&self) -> Vec<Effect> {
        match &self.screen {
            Screen::Session(st)
                if !self.review_dirs.is_empty()
                    && super::screens::session::terugblik::wanted(&st.session) =>
            {
                let (dirs, id) = (self.review_dirs.clone(), st.session.id.clone());
                vec![Effect::LoadOpenItems(dirs, id)]
            }
            _ => Vec::new(),
        }
    }

    /// Opens the review screens; the runner reads the folders (`Effect::LoadReview`).
    pub fn open_review(&mut self) -> Vec<Effect> {
        self.screen = Screen::Review(Box::new(Review::new(
            self.review_dirs.clone(),
            self.tz.clone(),
        )));
        vec![Effect::LoadReview(self.review_dirs.clone())]
    }

    /// What the screens may read of the app ([`Ctx`]).
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            lang: self.lang,
            now: self.now,
            tz: &self.tz,
            ids: &self.ids,
            library: &self.library,
            palette: self.palette,
            present: self.present,
            keymap: &self.keymap,
            export_warned: self.export_warned.as_deref(),
        }
    }

    /// The screen on show and the home list to change, with the context to read.
    pub fn parts(&mut self) -> (&mut Screen, &mut Home, Ctx<'_>) {
        let ctx = Ctx {
            lang: self.lang,
            now: self.now,
            tz: &self.tz,
            ids: &self.ids,
            library: &self.library,
            palette: self.palette,
            present: self.present,
            keymap: &self.keymap,
            export_warned: self.export_warned.as_deref(),
        };
        (&mut self.screen, &mut self.home, ctx)
    }

    /// Carries out what a screen replied besides its effects, which it returns.
    pub fn apply(&mut self, reply: Reply) -> Vec<Effect> {
        if let Some(status) = reply.status {
            self.status = Some(status);
        }
        if let Some(on) = reply.present {
            self.present = on;
        }
        if let Some(warned) = reply.export_warned {
            self.export_warned = warned;
        }
        let mut effects = reply.effects;
        match reply.goto {
            None => {}
            Some(Goto::Home) => self.screen = Screen::Home,
            Some(Goto::Setup) => self.start_setup(Preset::default()),
            Some(Goto::Open(session)) => effects.extend(self.open_session(*session)),
            Some(Goto::Review) => effects.extend(self.open_review()),
        }
        effects
    }

    /// Where the keys go now.
    pub fn context(&self) -> Context {
        if self.help {
            return Context::Help;
        }
        self.screen_context()
    }

    /// Where the keys go on the screen on show, help or not: what help lists.
    pub fn screen_context(&self) -> Context {
        match &self.screen {
            Screen::Home => Context::Home,
            Screen::Setup(setup) => setup.context(),
            Screen::Session(s) => s.context(),
            Screen::Summary(s) => s.context(),
            Screen::Review(review) => review.context(),
        }
    }

    /// Shows a message in the status bar.
    pub fn say(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    /// Shows a problem in the status bar.
    pub fn complain(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }
}
