//! What the four review pages share: the sessions read, the filter line and
//! the filter, the sessions that pass it, and the page on show.

use std::path::PathBuf;

use crossterm::event::{Event, KeyEvent};
use jiff::tz::TimeZone;
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::pages::{Page, SessionList};
use super::table::Widest;
use crate::i18n::{Lang, fill};
use crate::model::Session;
use crate::review::index::SessionSummary;
use crate::review::{Filter, Loaded, LoadedSession};
use crate::tui::ctx::Reply;
use crate::tui::keymap::Context;

/// The review screens' state.
#[derive(Debug, Clone)]
pub struct Review {
    /// The data folders read.
    pub dirs: Vec<PathBuf>,
    /// What was read, each session as a summary ([`crate::review::index::SessionSummary`]:
    /// enough for the list, the chart and the register); `None` while the
    /// folders are being read.
    pub loaded: Option<Loaded>,
    /// Files read and files in all, while loading.
    pub progress: (usize, usize),
    /// The filter line as typed.
    pub filter_line: Input,
    /// The filter as last applied.
    pub filter: Filter,
    /// Keys go to the filter line.
    pub filter_focus: bool,
    /// Indices into the loaded sessions that pass the filter, newest first.
    pub matching: Vec<usize>,
    /// The session list's selection and problems panel.
    pub list: SessionList,
    /// The page on show.
    pub page: Page,
    /// The time zone dates, quarters and `since:`/`until:` are read in (the app's).
    pub tz: TimeZone,
}

impl Review {
    /// Review over `dirs`, waiting for them to be read.
    pub fn new(dirs: Vec<PathBuf>, tz: TimeZone) -> Review {
        Review {
            dirs,
            loaded: None,
            progress: (0, 0),
            filter_line: Input::default(),
            filter: Filter::default(),
            filter_focus: false,
            matching: Vec::new(),
            list: SessionList::default(),
            page: Page::List,
            tz,
        }
    }

    /// Where the keys go.
    pub fn context(&self) -> Context {
        if self.filter_focus {
            return Context::ReviewFilter;
        }
        match &self.page {
            Page::List => Context::ReviewList,
            Page::Detail(_) => Context::ReviewDetail,
            Page::Chart(c) if c.focus => Context::ReviewStories,
            Page::Chart(_) => Context::ReviewChart,
            Page::Register(r) if r.field.is_some() => Context::ReviewOwner,
            Page::Register(r) if r.picker.is_some() => Context::Picker,
            Page::Register(r) if r.tab == super::pages::Tab::Actions => Context::ReviewActions,
            Page::Register(_) => Context::ReviewRegister,
        }
    }

    /// Takes what the runner read; the list shows any unreadable files.
    pub fn set_loaded(&mut self, loaded: Loaded) {
        self.loaded = Some(loaded);
        self.refresh();
    }

    /// Puts a session as read again (written back by the register, read
    /// for the detail page) in place of the one loaded; like every loaded
    /// session it is kept as a summary.
    pub fn replace(&mut self, new: LoadedSession) {
        if let Some(loaded) = &mut self.loaded
            && let Some(old) = loaded
                .sessions
                .iter_mut()
                .find(|l| l.path == new.path && l.session.id == new.session.id)
        {
            *old = LoadedSession {
                session: SessionSummary::of(&new.session).into_session(),
                path: new.path,
            };
        }
        self.refresh();
    }

    /// The sessions that pass the filter, newest first.
    pub fn sessions(&self) -> Vec<&Session> {
        matching_sessions(self.loaded.as_ref(), &self.matching)
    }

    /// The files of the sessions that pass the filter, newest first.
    pub fn paths(&self) -> Vec<PathBuf> {
        let Some(loaded) = &self.loaded else {
            return Vec::new();
        };
        self.matching
            .iter()
            .filter_map(|&i| loaded.sessions.get(i))
            .map(|l| l.path.clone())
            .collect()
    }

    /// Recomputes what depends on the sessions or the filter, keeping selections.
    pub fn refresh(&mut self) {
        let Some(loaded) = &self.loaded else {
            return;
        };
        self.matching = (0..loaded.sessions.len())
            .filter(|&i| self.filter.matches(&loaded.sessions[i].session, &self.tz))
            .collect();
        self.list.selected = self
            .list
            .selected
            .min(self.matching.len().saturating_sub(1));
        let sessions = matching_sessions(Some(loaded), &self.matching);
        self.list.widest = Widest::of(&sessions);
        match &mut self.page {
            Page::Chart(chart) => chart.refresh(&sessions, &self.tz),
            Page::Register(reg) => reg.refresh(&loaded.sessions, &self.filter, &self.tz),
            Page::Detail(detail) => {
                if let Page::Chart(chart) = detail.back.as_mut() {
                    chart.refresh(&sessions, &self.tz);
                }
                if let Page::Register(reg) = detail.back.as_mut() {
                    reg.refresh(&loaded.sessions, &self.filter, &self.tz);
                }
            }
            Page::List => {}
        }
    }

    /// A typed key for the filter line or the register's field.
    pub fn key(&mut self, key: KeyEvent) {
        if self.filter_focus {
            self.filter_line.handle_event(&Event::Key(key));
        } else if let Page::Register(reg) = &mut self.page
            && let Some(picker) = &mut reg.picker
        {
            if picker.list.key(key) {
                picker.refilter();
            }
        } else if let Page::Register(reg) = &mut self.page
            && let Some(edit) = &mut reg.field
        {
            edit.input.handle_event(&Event::Key(key));
        }
    }

    /// Pasted text for the filter line or the register's field (one line).
    pub fn paste(&mut self, text: &str) {
        let line: String = text.chars().filter(|c| !c.is_control()).take(200).collect();
        if let Page::Register(reg) = &mut self.page
            && let Some(picker) = &mut reg.picker
            && !self.filter_focus
        {
            picker.list.paste(&line);
            picker.refilter();
            return;
        }
        let input = if self.filter_focus {
            &mut self.filter_line
        } else if let Page::Register(reg) = &mut self.page
            && let Some(edit) = &mut reg.field
        {
            &mut edit.input
        } else {
            return;
        };
        *input = Input::new(format!("{}{line}", input.value()));
    }

    /// Applies the filter line; a mistake keeps the line focused and says what is wrong.
    pub fn apply_filter(&mut self, lang: Lang) -> Reply {
        match Filter::parse(self.filter_line.value()) {
            Ok(filter) => {
                self.filter = filter;
                self.filter_focus = false;
                self.list.selected = 0;
                self.refresh();
                let all = self.loaded.as_ref().map_or(0, |l| l.sessions.len());
                let total = lang.review().n_sessions.of(all);
                Reply::say(fill(
                    lang.strings().review_filter_applied,
                    &[&self.matching.len(), &total],
                ))
            }
            // The line stays focused so the mistake can be fixed at once.
            Err(e) => Reply::complain(e.message(lang)),
        }
    }
}

/// The sessions at `matching` in what was loaded.
pub fn matching_sessions<'a>(loaded: Option<&'a Loaded>, matching: &[usize]) -> Vec<&'a Session> {
    let Some(loaded) = loaded else {
        return Vec::new();
    };
    matching
        .iter()
        .filter_map(|&i| loaded.sessions.get(i))
        .map(|l| &l.session)
        .collect()
}
