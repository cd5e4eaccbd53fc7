//! A list narrowed by a typed query: the case list and the theme picker.
//! Matching and ranking are [`Words`]: every typed word (spaces are part of
//! the query) must match a word of the item; best first, ties in the items' order.

use crossterm::event::{Event, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use crate::fuzzy::{Haystack, Query, Words};

/// The query, the matching items and the selection.
#[derive(Debug, Clone, Default)]
pub struct FilterList {
    /// What was typed.
    pub query: Input,
    /// Indices into the caller's items that match, best first.
    pub matches: Vec<usize>,
    /// Index into `matches`.
    pub selected: usize,
    /// The items' texts, folded and cut into words once.
    haystacks: Vec<Haystack>,
}

impl FilterList {
    /// A list over `haystacks`, all shown in order.
    pub fn new(haystacks: Vec<Haystack>) -> Self {
        let mut list = FilterList {
            haystacks,
            ..FilterList::default()
        };
        list.refilter();
        list
    }

    /// Recomputes the matches after the query changed: best first, ties in the items' order.
    pub fn refilter(&mut self) {
        let query = Query::new(self.query.value());
        if query.is_empty() {
            self.matches = (0..self.haystacks.len()).collect();
        } else {
            let words = Words::default();
            let mut scored: Vec<(i64, usize)> = self
                .haystacks
                .iter()
                .enumerate()
                .filter_map(|(i, h)| words.score(h, &query).map(|s| (s, i)))
                .collect();
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            self.matches = scored.into_iter().map(|(_, i)| i).collect();
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn typed(list: &mut FilterList, text: &str) {
        for c in text.chars() {
            list.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
        list.refilter();
    }

    fn labels() -> Vec<String> {
        crate::library::Library::load(None, &[])
            .theme_sets
            .iter()
            .flat_map(|e| e.item.themes.iter().map(|t| t.label.clone()))
            .collect()
    }

    fn list(labels: &[String]) -> FilterList {
        FilterList::new(
            labels
                .iter()
                .map(|l| Haystack::new().with(crate::fuzzy::Field::Label, l))
                .collect(),
        )
    }

    #[test]
    fn typing_a_theme_without_accents_finds_it_first_and_drops_scattered_matches() {
        let labels = labels();
        let mut list = list(&labels);
        typed(&mut list, "residentiele");
        assert_eq!(
            labels[list.current().unwrap()],
            "Minder residentiële plaatsingen"
        );
        assert!(
            list.matches.len() <= 3,
            "{:?}",
            list.matches.iter().map(|&i| &labels[i]).collect::<Vec<_>>()
        );
    }

    #[test]
    fn eerstelijn_finds_both_first_line_themes_on_top() {
        let labels = labels();
        let mut list = list(&labels);
        typed(&mut list, "eerstelijn");
        let top: Vec<&str> = list
            .matches
            .iter()
            .take(2)
            .map(|&i| labels[i].as_str())
            .collect();
        assert!(
            top.iter().all(|l| l.to_lowercase().contains("eerste lijn")),
            "{top:?}"
        );
    }
}
