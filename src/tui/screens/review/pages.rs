//! The state of each review page, apart from what the pages do: the list's
//! selection, the detail's session, the chart's counting and telling, the
//! register's rows and owner field, and which page shows ([`Page`]).

use std::cell::Cell;
use std::path::PathBuf;

use jiff::tz::TimeZone;

use super::table::Widest;
use crate::model::Session;
use crate::review::stats::ThemeCount;
use crate::review::{Stats, Story, stories};

pub use super::register_state::{Field, FieldEdit, Register, Tab};

/// The review pages.
#[derive(Debug, Clone)]
pub enum Page {
    /// The sessions that pass the filter.
    List,
    /// One session, read-only.
    Detail(Box<Detail>),
    /// Tellen en vertellen.
    Chart(Box<Chart>),
    /// The knelpunten register.
    Register(Box<Register>),
}

/// The list's selection and whether the problems panel shows.
#[derive(Debug, Clone, Default)]
pub struct SessionList {
    /// Index into the matching sessions.
    pub selected: usize,
    /// The panel of unreadable files and notes is open.
    pub problems: bool,
    /// The widest text of each column over the matching sessions, measured
    /// when they change ([`super::state::Review::refresh`]), not every frame.
    pub widest: Widest,
}

/// The detail page's state.
#[derive(Debug, Clone)]
pub struct Detail {
    /// Index into the loaded sessions.
    pub index: usize,
    /// The session file shown.
    pub path: PathBuf,
    /// The whole session, once the runner has read its file.
    pub full: Full,
    /// Rows scrolled.
    pub scroll: u16,
    /// The last offset that showed text when last drawn (`u16::MAX`: not drawn yet).
    pub last: Cell<u16>,
    /// The page Esc returns to.
    pub back: Box<Page>,
}

/// The whole session of the detail page.
#[derive(Debug, Clone, PartialEq)]
pub enum Full {
    /// The runner is reading the file.
    Reading,
    /// The file as read.
    Read(Box<Session>),
    /// The file could not be read: `path:line:col: …`.
    Failed(String),
}

impl Detail {
    /// The detail of loaded session `index` (read from `path`), returning to `back`.
    pub fn new(index: usize, path: PathBuf, back: Page) -> Detail {
        Detail {
            index,
            path,
            full: Full::Reading,
            scroll: 0,
            last: Cell::new(u16::MAX),
            back: Box::new(back),
        }
    }

    /// The whole session, when it was read.
    pub fn session(&self) -> Option<&Session> {
        match &self.full {
            Full::Read(s) => Some(s),
            _ => None,
        }
    }
}

/// The chart page's state.
#[derive(Debug, Clone)]
pub struct Chart {
    /// The counts over the filtered sessions.
    pub stats: Stats,
    /// Index into the themes in display order (`Stats::themes`).
    pub selected: usize,
    /// The stories behind the selected theme.
    pub stories: Vec<Story>,
    /// Keys go to the stories (scrolling) instead of the chart.
    pub focus: bool,
    /// Rows the stories are scrolled.
    pub scroll: u16,
    /// The last offset that showed stories when last drawn (`u16::MAX`: not drawn yet).
    pub last: Cell<u16>,
}

impl Chart {
    /// The chart over these sessions, first theme chosen.
    pub fn new(sessions: &[&Session], tz: &TimeZone) -> Chart {
        let mut chart = Chart {
            stats: Stats::compute(sessions, tz),
            selected: 0,
            stories: Vec::new(),
            focus: false,
            scroll: 0,
            last: Cell::new(u16::MAX),
        };
        chart.load_stories(sessions, tz);
        chart
    }

    /// Recounts after the filter or a session changed, keeping the chosen theme.
    pub fn refresh(&mut self, sessions: &[&Session], tz: &TimeZone) {
        let chosen = self.current().map(|t| t.reference.clone());
        self.stats = Stats::compute(sessions, tz);
        self.selected = chosen
            .and_then(|r| self.stats.themes().position(|(_, t)| t.reference == r))
            .unwrap_or(0);
        self.load_stories(sessions, tz);
    }

    /// The chosen theme's count.
    pub fn current(&self) -> Option<&ThemeCount> {
        self.stats.themes().nth(self.selected).map(|(_, t)| t)
    }

    pub(super) fn load_stories(&mut self, sessions: &[&Session], tz: &TimeZone) {
        self.scroll = 0;
        self.last.set(u16::MAX);
        self.stories = match self.current() {
            Some(theme) => stories(sessions, &theme.reference, tz),
            None => Vec::new(),
        };
    }

    pub(super) fn select(&mut self, to: usize, sessions: &[&Session], tz: &TimeZone) {
        let count = self.stats.themes().count();
        if count > 0 {
            self.selected = to.min(count - 1);
            self.load_stories(sessions, tz);
        }
    }
}
