//! Session set-up: case (fuzzy list with preview), method, theme sets, group, participants.

//! The state and its update are here; drawing is `draw.rs`.

pub mod draw;
mod own;
mod privacy;

pub use privacy::Warning;
mod lists;

use crossterm::event::{Event, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use crate::library::{DEFAULT_METHOD, Library};
use crate::model::Session;
use crate::tui::action::{Command, Effect};
use crate::tui::ctx::{Ctx, Goto, Reply};
use crate::tui::keymap::Context;
use crate::tui::widgets::filter_list::FilterList;

/// What `casus new` was given on the command line.
#[derive(Debug, Clone, Default)]
pub struct Preset {
    /// `--case`.
    pub case: Option<String>,
    /// `--method`.
    pub method: Option<String>,
    /// `--themes`.
    pub themes: Option<Vec<String>>,
    /// `--group`.
    pub group: Option<String>,
    /// `--own-case`: the group brings its own case.
    pub own_case: bool,
    /// `--title`: the own case's title.
    pub title: Option<String>,
    /// `--practice`: a practice session (`Session::practice`).
    pub practice: bool,
}

/// The pages of the set-up, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Choose the case.
    Case,
    /// Choose the method.
    Method,
    /// Choose theme sets.
    Themes,
    /// Name the group.
    Group,
    /// Participants' initials or roles.
    Participants,
}

const PAGES: [Page; 5] = [
    Page::Case,
    Page::Method,
    Page::Themes,
    Page::Group,
    Page::Participants,
];

/// The set-up's state.
#[derive(Debug, Clone)]
pub struct Setup {
    /// The page on show.
    pub page: Page,
    skip: Vec<Page>,
    cases: FilterList,
    /// The method list, narrowed by what is typed as the case list is.
    methods: FilterList,
    sets: Vec<bool>,
    set_cursor: usize,
    group: Input,
    participants: Input,
    /// The privacy warning on the group or participants field, if any.
    pub warning: Option<Warning>,
    /// The own case's title from `--title` (empty: asked in the session).
    title: String,
    /// The session will be a practice session (`--practice`, `Ctrl-P`).
    pub practice: bool,
}

impl Setup {
    /// A set-up over the library, skipping what `preset` says.
    pub fn new(library: &Library, preset: Preset) -> Setup {
        // The own case is the first row (`own.rs`); library case `i` is row `i + 1`.
        let mut cases = lists::cases(library);
        let mut skip = Vec::new();
        let preset_row = match &preset.case {
            _ if preset.own_case => Some(0),
            Some(id) => library
                .cases
                .iter()
                .position(|e| &e.item.id == id)
                .map(|i| i + 1),
            None => None,
        };
        if let Some(row) = preset_row {
            cases.selected = cases.matches.iter().position(|&m| m == row).unwrap_or(0);
            skip.push(Page::Case);
        }
        let mut methods = lists::methods(library);
        let method_id = preset.method.clone();
        if let Some(i) = method_id
            .as_deref()
            .or(Some(DEFAULT_METHOD))
            .and_then(|id| library.methods.iter().position(|e| e.item.id == id))
        {
            methods.selected = methods.matches.iter().position(|&m| m == i).unwrap_or(0);
        }
        if method_id.is_some() {
            skip.push(Page::Method);
        }
        let sets = match &preset.themes {
            Some(ids) => {
                skip.push(Page::Themes);
                library
                    .theme_sets
                    .iter()
                    .map(|e| ids.contains(&e.item.id))
                    .collect()
            }
            None => vec![true; library.theme_sets.len()],
        };
        // A group name from `--group` that holds personal data is shown, to be warned about.
        if preset
            .group
            .as_deref()
            .is_some_and(|g| crate::privacy::scan(g).is_empty())
        {
            skip.push(Page::Group);
        }
        let mut setup = Setup {
            page: Page::Case,
            skip,
            cases,
            methods,
            sets,
            set_cursor: 0,
            group: Input::new(preset.group.unwrap_or_default()),
            participants: Input::default(),
            warning: None,
            title: preset.title.unwrap_or_default(),
            practice: preset.practice,
        };
        if setup.skip.contains(&Page::Case) {
            setup.page = setup.next_page(Page::Case).unwrap_or(Page::Participants);
        }
        setup
    }

    /// Where the keys go on this page.
    pub fn context(&self) -> Context {
        match self.page {
            Page::Case | Page::Method => Context::SetupFilter,
            Page::Themes => Context::SetupList,
            Page::Group | Page::Participants => Context::SetupText,
        }
    }

    fn next_page(&self, from: Page) -> Option<Page> {
        let i = PAGES.iter().position(|p| *p == from)?;
        PAGES[i + 1..]
            .iter()
            .copied()
            .find(|p| !self.skip.contains(p))
    }

    fn prev_page(&self, from: Page) -> Option<Page> {
        let i = PAGES.iter().position(|p| *p == from)?;
        PAGES[..i]
            .iter()
            .rev()
            .copied()
            .find(|p| !self.skip.contains(p))
    }

    /// The text field of this page, if it has one.
    fn field(&mut self, page: Page) -> Option<&mut Input> {
        match page {
            Page::Group => Some(&mut self.group),
            Page::Participants => Some(&mut self.participants),
            _ => None,
        }
    }

    /// A typed key for the page's filter or field.
    pub fn key(&mut self, key: KeyEvent) {
        match self.page {
            Page::Case => {
                if self.cases.key(key) {
                    self.cases.refilter();
                }
            }
            Page::Method => {
                if self.methods.key(key) {
                    self.methods.refilter();
                }
            }
            Page::Group => {
                self.group.handle_event(&Event::Key(key));
            }
            Page::Participants => {
                self.participants.handle_event(&Event::Key(key));
            }
            Page::Themes => {}
        }
    }

    /// The library cases the filter offers, best first (indices into the
    /// library's cases; the own case's row is not one).
    pub fn case_matches(&self) -> Vec<usize> {
        self.cases
            .matches
            .iter()
            .filter_map(|m| m.checked_sub(1))
            .collect()
    }

    /// True when the own case's row is the chosen case.
    pub fn own_case(&self) -> bool {
        self.cases.current() == Some(0)
    }

    /// The methods the filter offers, best first (indices into the library's methods).
    pub fn method_matches(&self) -> &[usize] {
        &self.methods.matches
    }

    /// Pasted text for the page's filter or field.
    pub fn paste(&mut self, text: &str) {
        let line: String = text.chars().filter(|c| !c.is_control()).take(200).collect();
        match self.page {
            Page::Case => {
                self.cases.paste(&line);
                self.cases.refilter();
            }
            Page::Method => {
                self.methods.paste(&line);
                self.methods.refilter();
            }
            Page::Group => self.group = Input::new(format!("{}{line}", self.group.value())),
            Page::Participants => {
                self.participants = Input::new(format!("{}{line}", self.participants.value()))
            }
            Page::Themes => {}
        }
    }
}

/// Handles a command on the set-up screen.
pub fn update(setup: &mut Setup, cmd: Command, ctx: &Ctx) -> Reply {
    let s = ctx.strings();
    match (setup.page, cmd) {
        (_, Command::Quit) => return Reply::effect(Effect::Quit),
        (Page::Case, Command::Up) => setup.cases.up(),
        (Page::Case, Command::Down) => setup.cases.down(),
        (Page::Method, Command::Up) => setup.methods.up(),
        (Page::Method, Command::Down) => setup.methods.down(),
        (Page::Themes, Command::Up) => setup.set_cursor = setup.set_cursor.saturating_sub(1),
        (Page::Themes, Command::Down) => {
            setup.set_cursor = (setup.set_cursor + 1).min(setup.sets.len().saturating_sub(1))
        }
        (Page::Group | Page::Participants, Command::Redact) => setup.redact(ctx.lang),
        (Page::Participants, Command::TogglePractice) => {
            setup.practice = !setup.practice;
            let t = ctx.strings().terugblik;
            return Reply::say(if setup.practice {
                t.practice_on
            } else {
                t.practice_off
            });
        }
        (Page::Themes, Command::Toggle) => {
            if let Some(on) = setup.sets.get_mut(setup.set_cursor) {
                *on = !*on;
            }
        }
        (page, Command::Back) => match setup.prev_page(page) {
            Some(prev) => setup.page = prev,
            None => return Reply::goto(Goto::Home),
        },
        (page, Command::Confirm) => {
            // A filter that matches nothing goes nowhere (the page says so).
            if (page == Page::Case && setup.cases.current().is_none())
                || (page == Page::Method && setup.methods.current().is_none())
            {
                return Reply::default();
            }
            if page == Page::Themes && !setup.sets.contains(&true) {
                return Reply::complain(s.setup_need_set);
            }
            if page == Page::Group && setup.group.value().trim().is_empty() {
                return Reply::complain(s.setup_need_group);
            }
            // A group name or participant is scanned like every editor.
            if let Some(stop) = setup.check(page, ctx) {
                return stop;
            }
            match setup.next_page(page) {
                Some(next) => setup.page = next,
                None => return start(setup, ctx),
            }
        }
        _ => {}
    }
    Reply::default()
}

/// Creates the session from the set-up and opens it; a BSN in the group
/// (from `--group`) or participants stops it on that page, nothing saved.
fn start(setup: &mut Setup, ctx: &Ctx) -> Reply {
    for page in [Page::Group, Page::Participants] {
        if setup
            .field(page)
            .is_some_and(|f| crate::privacy::has_blocking(f.value()))
        {
            setup.skip.retain(|p| *p != page);
            setup.page = page;
            return setup.check(page, ctx).unwrap_or_default();
        }
    }
    let lib = ctx.library;
    let Some(method) = setup.methods.current().and_then(|i| lib.methods.get(i)) else {
        return Reply::default();
    };
    let sets = lib
        .theme_sets
        .iter()
        .zip(&setup.sets)
        .filter(|(_, on)| **on)
        .map(|(e, _)| e.item.clone())
        .collect();
    let group = setup.group.value().trim().to_string();
    let group = if group.is_empty() {
        ctx.strings().setup_default_group.to_string()
    } else {
        group
    };
    let id = ctx.ids.next(ctx.now);
    let (method, lang) = (method.item.clone(), ctx.lang);
    let mut session = match setup.cases.current() {
        Some(0) => Session::new_own(id, ctx.now, group, &setup.title, method, sets, lang),
        Some(row) => match lib.cases.get(row - 1) {
            Some(case) => Session::new(id, ctx.now, group, case.item.clone(), method, sets),
            None => return Reply::default(),
        },
        None => return Reply::default(),
    };
    session.participants = setup
        .participants
        .value()
        .split([',', ';'])
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    session.language = ctx.lang.code().to_string();
    session.practice = setup.practice;
    let mut reply = Reply::effect(Effect::Save(Box::new(session.clone())));
    reply.goto = Some(Goto::Open(Box::new(session)));
    reply
}

/// A typed key for the page's filter or field.
pub fn key(setup: &mut Setup, key: KeyEvent, _ctx: &Ctx) -> Reply {
    setup.key(key);
    Reply::default()
}

/// Pasted text for the page's filter or field (one line).
pub fn paste(setup: &mut Setup, text: &str, _ctx: &Ctx) -> Reply {
    setup.paste(text);
    Reply::default()
}
