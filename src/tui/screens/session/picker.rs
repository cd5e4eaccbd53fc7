//! The theme picker: type to filter (folded, fuzzy), `Space` toggles, `Enter` done.
//! The step's suggested themes come first; each theme's description is visible.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};

use crate::i18n::Strings;
use crate::model::Session;
use crate::tui::style::Palette;
use crate::tui::widgets::filter_list::FilterList;

/// One theme the picker offers.
#[derive(Debug, Clone)]
pub struct Item {
    /// `SET/THEME`.
    pub reference: String,
    /// The theme's label.
    pub label: String,
    /// The set's title.
    pub set: String,
    /// The description, if any.
    pub description: String,
    /// Suggested by the case for this step.
    pub suggested: bool,
}

/// The open picker.
#[derive(Debug, Clone)]
pub struct ThemePicker {
    /// The decision point it tags.
    pub step: usize,
    /// Every theme of the session's sets, suggested first.
    pub items: Vec<Item>,
    /// The filter and selection.
    pub list: FilterList,
}

impl ThemePicker {
    /// A picker for step `step` of the session.
    pub fn new(session: &Session, step: usize) -> ThemePicker {
        let suggested = session
            .case
            .steps
            .get(step)
            .map(|s| s.suggested_themes.clone())
            .unwrap_or_default();
        let mut pairs: Vec<(Item, String)> = session
            .theme_sets
            .iter()
            .flat_map(|set| {
                set.themes.iter().map(|t| {
                    let reference = format!("{}/{}", set.id, t.id);
                    let haystack = format!("{} {} {}", t.label, t.aliases.join(" "), t.id);
                    let item = Item {
                        suggested: suggested.contains(&reference),
                        reference,
                        label: t.label.clone(),
                        set: set.title.clone(),
                        description: t.description.clone().unwrap_or_default(),
                    };
                    (item, haystack)
                })
            })
            .collect();
        // Stable sort: suggested first, otherwise the sets' own order.
        pairs.sort_by_key(|(item, _)| !item.suggested);
        let (items, haystacks): (Vec<Item>, Vec<String>) = pairs.into_iter().unzip();
        let list = FilterList::new(&haystacks);
        ThemePicker { step, items, list }
    }

    /// Re-filters after the query changed.
    pub fn refilter(&mut self) {
        self.list.refilter();
    }

    /// The reference of the selected theme.
    pub fn current(&self) -> Option<&str> {
        self.list
            .current()
            .map(|i| self.items[i].reference.as_str())
    }

    /// Draws the picker as a popup over `area`.
    pub fn draw(&self, frame: &mut Frame, area: Rect, chosen: &[String], s: &Strings, p: Palette) {
        frame.render_widget(Clear, area);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(format!(" {} ", s.picker_title), p.title()));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let [query, list_area, desc_area, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(3),
            Constraint::Length(1),
        ])
        .areas(inner);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{} ", s.setup_filter), p.label()),
                Span::raw(self.list.query.value().to_string()),
                Span::styled("▏", p.dim()),
            ])),
            query,
        );
        let rows: Vec<ListItem> = self
            .list
            .matches
            .iter()
            .map(|&i| {
                let it = &self.items[i];
                let mark = if chosen.contains(&it.reference) {
                    "[x]"
                } else {
                    "[ ]"
                };
                // The star comes first so it survives a narrow window; the set by its short id.
                let star = if it.suggested { "★ " } else { "  " };
                let set = it.reference.split('/').next().unwrap_or_default();
                ListItem::new(Line::from(vec![
                    Span::raw(format!("{mark} ")),
                    Span::styled(star, p.chip()),
                    Span::styled(it.label.clone(), p.label()),
                    Span::styled(format!("  {set}"), p.dim()),
                ]))
            })
            .collect();
        let empty = rows.is_empty();
        let list = List::new(rows)
            .highlight_style(p.selected())
            .highlight_symbol("▶ ");
        let mut state = ListState::default().with_selected(Some(self.list.selected));
        frame.render_stateful_widget(list, list_area, &mut state);
        let desc = match self.list.current() {
            Some(i) => self.items[i].description.clone(),
            None if empty => s.setup_no_match.to_string(),
            None => String::new(),
        };
        frame.render_widget(
            Paragraph::new(desc)
                .style(p.dim())
                .wrap(Wrap { trim: true })
                .block(Block::default().borders(Borders::TOP)),
            desc_area,
        );
        let hint_text = format!("★ {} · {}", s.picker_suggested, s.picker_hint);
        frame.render_widget(Paragraph::new(hint_text).style(p.dim()), hint);
    }
}
