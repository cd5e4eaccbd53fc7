//! The set-up's two searchable lists, cases and methods: the same word
//! matcher as the theme picker ([`crate::fuzzy::Words`]), each item found by
//! its title first, then its tags or phase titles, then its id.

use crate::fuzzy::{Field, Haystack};
use crate::library::Library;
use crate::tui::widgets::filter_list::FilterList;

/// The cases, by title, tags and id, after the own case's row (row 0;
/// library case `i` is row `i + 1`).
pub(super) fn cases(library: &Library) -> FilterList {
    FilterList::new(
        std::iter::once(super::own::haystack())
            .chain(library.cases.iter().map(|e| {
                let c = &e.item;
                c.tags
                    .iter()
                    .fold(Haystack::new().with(Field::Label, &c.title), |h, tag| {
                        h.with(Field::Alias, tag)
                    })
                    .with(Field::Other, &c.id)
            }))
            .collect(),
    )
}

/// The methods, by title, phase titles and id.
pub(super) fn methods(library: &Library) -> FilterList {
    FilterList::new(
        library
            .methods
            .iter()
            .map(|e| {
                let m = &e.item;
                m.phases
                    .iter()
                    .fold(Haystack::new().with(Field::Label, &m.title), |h, p| {
                        h.with(Field::Alias, &p.title)
                    })
                    .with(Field::Other, &m.id)
            })
            .collect(),
    )
}

impl super::Setup {
    /// How many items the page's searchable list offers now (`None` on a
    /// page without one): Enter acts on one, the arrows on two or more.
    pub fn offered(&self) -> Option<usize> {
        match self.page {
            super::Page::Case => Some(self.cases.matches.len()),
            super::Page::Method => Some(self.methods.matches.len()),
            _ => None,
        }
    }
}
