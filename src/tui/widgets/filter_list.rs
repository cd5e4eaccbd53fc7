//! A list narrowed by a typed query (fuzzy, folded): the case list and the theme picker.

use crossterm::event::{Event, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use crate::fuzzy::{Query, Skim, rank};

/// The query, the matching items and the selection.
#[derive(Debug, Clone, Default)]
pub struct FilterList {
    /// What was typed.
    pub query: Input,
    /// Indices into the caller's items that match, best first.
    pub matches: Vec<usize>,
    /// Index into `matches`.
    pub selected: usize,
}

impl FilterList {
    /// A list over `haystacks`, all shown in order.
    pub fn new(haystacks: &[String]) -> Self {
        let mut list = FilterList::default();
        list.refilter(haystacks);
        list
    }

    /// Recomputes the matches after the query or the items changed.
    pub fn refilter(&mut self, haystacks: &[String]) {
        let query = Query::new(self.query.value());
        self.matches = rank(&Skim::default(), haystacks, &query, |h| h.clone());
        self.selected = self.selected.min(self.matches.len().saturating_sub(1));
    }

    /// Types into the query; returns true when the query changed.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        let before = self.query.value().to_string();
        self.query.handle_event(&Event::Key(key));
        if self.query.value() != before {
            self.selected = 0;
            true
        } else {
            false
        }
    }

    /// Adds pasted text to the query (one line).
    pub fn paste(&mut self, text: &str) {
        let line: String = text.chars().filter(|c| !c.is_control()).take(200).collect();
        let value = format!("{}{line}", self.query.value());
        self.query = Input::new(value);
        self.selected = 0;
    }

    /// Moves the selection up.
    pub fn up(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    /// Moves the selection down.
    pub fn down(&mut self) {
        if self.selected + 1 < self.matches.len() {
            self.selected += 1;
        }
    }

    /// The caller's index of the selected item.
    pub fn current(&self) -> Option<usize> {
        self.matches.get(self.selected).copied()
    }
}
