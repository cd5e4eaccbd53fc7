//! The theme picker, like fzf: what is typed (spaces too) filters, `Tab`
//! toggles the highlighted theme and moves down, `Enter` takes the highlighted
//! theme when nothing was toggled in this visit and closes, `Esc` closes.
//! Themes already ticked come first, then the step's suggested ones; the
//! ticked ones stay listed above the query; each theme's description is visible.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};

use crate::fuzzy::{Field, Haystack};
use crate::model::Session;
use crate::tui::action::Command;
use crate::tui::ctx::Ctx;
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
    /// A theme was toggled in this visit: `Enter` then only closes.
    pub toggled: bool,
}

/// What a picker command asks of the session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picked {
    /// The theme (`SET/THEME`) to toggle on the picker's step.
    pub toggle: Option<String>,
    /// The picker closes.
    pub close: bool,
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
        let chosen = session
            .steps
            .get(step)
            .map(|r| r.themes.clone())
            .unwrap_or_default();
        ThemePicker::over(&session.theme_sets, &suggested, &chosen, step)
    }

    /// A picker over these theme sets (the register's: every loaded set),
    /// `chosen` first, then `suggested`; `step` is what it tags for its owner.
    pub fn over(
        sets: &[crate::model::ThemeSet],
        suggested: &[String],
        chosen: &[String],
        step: usize,
    ) -> ThemePicker {
        let mut pairs: Vec<(Item, Haystack)> = sets
            .iter()
            .flat_map(|set| {
                set.themes.iter().map(|t| {
                    let reference = format!("{}/{}", set.id, t.id);
                    let haystack = t
                        .aliases
                        .iter()
                        .fold(Haystack::new().with(Field::Label, &t.label), |h, a| {
                            h.with(Field::Alias, a)
                        })
                        .with(Field::Other, &set.title)
                        .with(Field::Other, &t.id);
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
        // Stable sort: ticked first, then suggested, otherwise the sets' own order.
        pairs.sort_by_key(|(item, _)| (!chosen.contains(&item.reference), !item.suggested));
        let (items, haystacks): (Vec<Item>, Vec<Haystack>) = pairs.into_iter().unzip();
        let list = FilterList::new(haystacks);
        ThemePicker {
            step,
            items,
            list,
            toggled: false,
        }
    }

    /// A command while the picker is open; `chosen` are the step's themes now.
    pub fn command(&mut self, cmd: Command, chosen: &[String]) -> Picked {
        match cmd {
            Command::Up => self.list.up(),
            Command::Down => self.list.down(),
            Command::Toggle => {
                let toggle = self.current().map(str::to_string);
                self.toggled |= toggle.is_some();
                self.list.down();
                return Picked {
                    toggle,
                    close: false,
                };
            }
            Command::Confirm => {
                let take = self
                    .current()
                    .filter(|r| !self.toggled && !chosen.iter().any(|c| c == r));
                return Picked {
                    toggle: take.map(str::to_string),
                    close: true,
                };
            }
            Command::Back => {
                return Picked {
                    toggle: None,
                    close: true,
                };
            }
            _ => {}
        }
        Picked::default()
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
    pub fn draw(&self, frame: &mut Frame, area: Rect, chosen: &[String], ctx: &Ctx) {
        let (s, p) = (ctx.strings(), ctx.palette);
        frame.render_widget(Clear, area);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(format!(" {} ", s.picker_title), p.title()));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let ticked: Vec<&str> = self
            .items
            .iter()
            .filter(|it| chosen.contains(&it.reference))
            .map(|it| it.label.as_str())
            .collect();
        let [query, ticked_area, list_area, desc_area, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(u16::from(!ticked.is_empty())),
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
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{} ", s.picker_chosen), p.label()),
                Span::styled(ticked.join(" · "), p.chip()),
            ])),
            ticked_area,
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
        if rows.is_empty() {
            // Where the themes would be: nothing matches, say so.
            frame.render_widget(
                Paragraph::new(format!("  {}", s.picker_no_match)).style(p.warning()),
                list_area,
            );
        } else {
            let list = List::new(rows)
                .highlight_style(p.selected())
                .highlight_symbol("▶ ");
            let mut state = ListState::default().with_selected(Some(self.list.selected));
            frame.render_stateful_widget(list, list_area, &mut state);
        }
        let desc = self
            .list
            .current()
            .map(|i| self.items[i].description.clone())
            .unwrap_or_default();
        frame.render_widget(
            Paragraph::new(desc)
                .style(p.dim())
                .wrap(Wrap { trim: true })
                .block(Block::default().borders(Borders::TOP)),
            desc_area,
        );
        // The legend only when it fits: the keys matter more.
        // The keys only while they are the built-in ones the sentence names.
        let keys = ctx.key_hints(
            crate::tui::keymap::Context::Picker,
            &[Command::Toggle, Command::Confirm, Command::Back],
        );
        let legend = format!(" · ★ {}", s.picker_suggested);
        let hint_text = if !keys {
            format!("★ {}", s.picker_suggested)
        } else if (s.picker_hint.chars().count() + legend.chars().count()) as u16 <= hint.width {
            format!("{}{legend}", s.picker_hint)
        } else {
            s.picker_hint.to_string()
        };
        frame.render_widget(Paragraph::new(hint_text).style(p.dim()), hint);
    }
}
