//! Session set-up: case (fuzzy list with preview), method, theme sets, group, participants.

use crossterm::event::{Event, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use crate::i18n::fill;
use crate::library::{DEFAULT_METHOD, Library};
use crate::model::Session;
use crate::tui::action::{Command, Effect};
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::screens::session::SessionScreen;
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
    method: usize,
    sets: Vec<bool>,
    set_cursor: usize,
    group: Input,
    participants: Input,
}

impl Setup {
    /// A set-up over the library, skipping what `preset` says.
    pub fn new(library: &Library, preset: Preset) -> Setup {
        let case_haystacks: Vec<String> = library
            .cases
            .iter()
            .map(|e| {
                let c = &e.item;
                format!("{} {} {}", c.title, c.id, c.tags.join(" "))
            })
            .collect();
        let mut cases = FilterList::new(&case_haystacks);
        let mut skip = Vec::new();
        if let Some(i) = preset
            .case
            .and_then(|id| library.cases.iter().position(|e| e.item.id == id))
        {
            cases.selected = cases.matches.iter().position(|&m| m == i).unwrap_or(0);
            skip.push(Page::Case);
        }
        let method_id = preset.method.clone();
        let method = method_id
            .as_deref()
            .or(Some(DEFAULT_METHOD))
            .and_then(|id| library.methods.iter().position(|e| e.item.id == id))
            .unwrap_or(0);
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
        if preset.group.is_some() {
            skip.push(Page::Group);
        }
        let mut setup = Setup {
            page: Page::Case,
            skip,
            cases,
            method,
            sets,
            set_cursor: 0,
            group: Input::new(preset.group.unwrap_or_default()),
            participants: Input::default(),
        };
        if setup.skip.contains(&Page::Case) {
            setup.page = setup.next_page(Page::Case).unwrap_or(Page::Participants);
        }
        setup
    }

    /// Where the keys go on this page.
    pub fn context(&self) -> Context {
        match self.page {
            Page::Case => Context::SetupFilter,
            Page::Method | Page::Themes => Context::SetupList,
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

    /// A typed key for the page's filter or field.
    pub fn key(&mut self, key: KeyEvent) {
        match self.page {
            Page::Case => {
                if self.cases.key(key) {
                    self.cases.refilter();
                }
            }
            Page::Group => {
                self.group.handle_event(&Event::Key(key));
            }
            Page::Participants => {
                self.participants.handle_event(&Event::Key(key));
            }
            Page::Method | Page::Themes => {}
        }
    }

    /// Pasted text for the page's filter or field.
    pub fn paste(&mut self, text: &str) {
        let line: String = text.chars().filter(|c| !c.is_control()).take(200).collect();
        match self.page {
            Page::Case => {
                self.cases.paste(&line);
                self.cases.refilter();
            }
            Page::Group => self.group = Input::new(format!("{}{line}", self.group.value())),
            Page::Participants => {
                self.participants = Input::new(format!("{}{line}", self.participants.value()))
            }
            Page::Method | Page::Themes => {}
        }
    }
}

/// Handles a command on the set-up screen.
pub fn update(app: &mut App, cmd: Command) -> Vec<Effect> {
    let methods = app.library.methods.len();
    let s = app.strings();
    let crate::tui::app::Screen::Setup(setup) = &mut app.screen else {
        return Vec::new();
    };
    match (setup.page, cmd) {
        (_, Command::Quit) => return vec![Effect::Quit],
        (Page::Case, Command::Up) => setup.cases.up(),
        (Page::Case, Command::Down) => setup.cases.down(),
        (Page::Method, Command::Up) => setup.method = setup.method.saturating_sub(1),
        (Page::Method, Command::Down) => {
            setup.method = (setup.method + 1).min(methods.saturating_sub(1))
        }
        (Page::Themes, Command::Up) => setup.set_cursor = setup.set_cursor.saturating_sub(1),
        (Page::Themes, Command::Down) => {
            setup.set_cursor = (setup.set_cursor + 1).min(setup.sets.len().saturating_sub(1))
        }
        (Page::Themes, Command::Toggle) => {
            if let Some(on) = setup.sets.get_mut(setup.set_cursor) {
                *on = !*on;
            }
        }
        (page, Command::Back) => match setup.prev_page(page) {
            Some(prev) => setup.page = prev,
            None => app.screen = crate::tui::app::Screen::Home,
        },
        (page, Command::Confirm) => {
            if page == Page::Case && setup.cases.current().is_none() {
                return Vec::new();
            }
            if page == Page::Themes && !setup.sets.contains(&true) {
                app.complain(s.setup_need_set);
                return Vec::new();
            }
            if page == Page::Group && setup.group.value().trim().is_empty() {
                app.complain(s.setup_need_group);
                return Vec::new();
            }
            // A group name or participant is never a place for a BSN.
            let field = match page {
                Page::Group => Some(setup.group.value()),
                Page::Participants => Some(setup.participants.value()),
                _ => None,
            };
            if field.is_some_and(crate::privacy::has_blocking) {
                app.complain(s.privacy_blocked_short);
                return Vec::new();
            }
            match setup.next_page(page) {
                Some(next) => setup.page = next,
                None => return start(app),
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Creates the session from the set-up and opens it.
fn start(app: &mut App) -> Vec<Effect> {
    let crate::tui::app::Screen::Setup(setup) = &app.screen else {
        return Vec::new();
    };
    let lib = &app.library;
    let (Some(case), Some(method)) = (
        setup.cases.current().and_then(|i| lib.cases.get(i)),
        lib.methods.get(setup.method),
    ) else {
        return Vec::new();
    };
    let sets = lib
        .theme_sets
        .iter()
        .zip(&setup.sets)
        .filter(|(_, on)| **on)
        .map(|(e, _)| e.item.clone())
        .collect();
    let group = crate::privacy::redact_blocking(setup.group.value().trim());
    let group = if group.is_empty() {
        app.strings().setup_default_group.to_string()
    } else {
        group
    };
    let mut session = Session::new(
        app.ids.next(app.now),
        app.now,
        group,
        case.item.clone(),
        method.item.clone(),
        sets,
    );
    session.participants = crate::privacy::redact_blocking(setup.participants.value())
        .split([',', ';'])
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    session.language = app.lang.code().to_string();
    let effect = Effect::Save(Box::new(session.clone()));
    app.home
        .upsert(crate::tui::screens::home::SessionInfo::of(&session));
    app.screen = crate::tui::app::Screen::Session(Box::new(SessionScreen::new(session)));
    vec![effect]
}

/// Draws the set-up screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, setup: &Setup) {
    let s = app.strings();
    let p = app.palette;
    let lib = &app.library;
    let steps: Vec<Span> = PAGES
        .iter()
        .filter(|pg| !setup.skip.contains(pg))
        .map(|pg| {
            let name = match pg {
                Page::Case => s.setup_case,
                Page::Method => s.setup_method,
                Page::Themes => s.setup_themes,
                Page::Group => s.setup_group,
                Page::Participants => s.setup_participants,
            };
            let style = if *pg == setup.page {
                p.selected()
            } else {
                p.dim()
            };
            Span::styled(format!(" {name} "), style)
        })
        .collect();
    let [crumbs, body] = Layout::vertical([Constraint::Length(2), Constraint::Min(3)]).areas(area);
    frame.render_widget(Paragraph::new(Line::from(steps)), crumbs);
    match setup.page {
        Page::Case => {
            let [left, right] =
                Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                    .areas(body);
            let [query, list_area] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(left);
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(format!("{} ", s.setup_filter), p.label()),
                    Span::raw(setup.cases.query.value().to_string()),
                    Span::styled("▏", p.dim()),
                ])),
                query,
            );
            let items: Vec<ListItem> = setup
                .cases
                .matches
                .iter()
                .map(|&i| {
                    // Room for the selection mark; a cut title shows that it is cut.
                    let room = (list_area.width as usize).saturating_sub(2);
                    ListItem::new(crate::tui::widgets::text::fit(
                        &lib.cases[i].item.title,
                        room,
                    ))
                })
                .collect();
            let empty = items.is_empty();
            let list = List::new(items)
                .highlight_style(p.selected())
                .highlight_symbol("▶ ");
            let mut state = ListState::default().with_selected(Some(setup.cases.selected));
            frame.render_stateful_widget(list, list_area, &mut state);
            let preview = match setup.cases.current().map(|i| &lib.cases[i].item) {
                Some(c) => vec![
                    Line::styled(c.title.clone(), p.title()),
                    Line::styled(
                        fill(s.setup_case_meta, &[&c.steps.len(), &c.tags.join(", ")]),
                        p.dim(),
                    ),
                    Line::raw(""),
                    Line::styled(c.summary.clone(), p.label()),
                    Line::raw(""),
                ]
                .into_iter()
                .chain(crate::tui::widgets::text::lines(
                    &c.context,
                    "",
                    ratatui::style::Style::new(),
                ))
                .collect(),
                None if empty => vec![Line::styled(s.setup_no_match, p.warning())],
                None => Vec::new(),
            };
            frame.render_widget(
                Paragraph::new(preview)
                    .wrap(Wrap { trim: true })
                    .block(Block::default().borders(Borders::LEFT)),
                right,
            );
        }
        Page::Method => {
            let items: Vec<ListItem> = lib
                .methods
                .iter()
                .map(|e| {
                    let m = &e.item;
                    let minutes: u32 = m.phases.iter().map(|p| p.minutes).sum();
                    let phases: Vec<&str> = m.phases.iter().map(|p| p.title.as_str()).collect();
                    ListItem::new(vec![
                        Line::styled(fill(s.setup_method_line, &[&m.title, &minutes]), p.label()),
                        Line::styled(format!("   {}", phases.join(" → ")), p.dim()),
                    ])
                })
                .collect();
            let list = List::new(items)
                .highlight_style(p.selected())
                .highlight_symbol("▶ ");
            let mut state = ListState::default().with_selected(Some(setup.method));
            frame.render_stateful_widget(list, body, &mut state);
        }
        Page::Themes => {
            let items: Vec<ListItem> = lib
                .theme_sets
                .iter()
                .zip(&setup.sets)
                .map(|(e, on)| {
                    let mark = if *on { "[x]" } else { "[ ]" };
                    ListItem::new(Line::from(vec![
                        Span::raw(format!("{mark} ")),
                        Span::styled(e.item.title.clone(), p.label()),
                        Span::styled(fill(s.setup_theme_count, &[&e.item.themes.len()]), p.dim()),
                    ]))
                })
                .collect();
            let list = List::new(items)
                .block(Block::default().title(s.setup_themes_hint))
                .highlight_style(p.selected())
                .highlight_symbol("▶ ");
            let mut state = ListState::default().with_selected(Some(setup.set_cursor));
            frame.render_stateful_widget(list, body, &mut state);
        }
        Page::Group | Page::Participants => {
            let (label, hint, input) = if setup.page == Page::Group {
                (s.setup_group, s.setup_group_hint, &setup.group)
            } else {
                (
                    s.setup_participants,
                    s.setup_participants_hint,
                    &setup.participants,
                )
            };
            frame.render_widget(
                Paragraph::new(vec![
                    Line::from(vec![
                        Span::styled(format!("{label}: "), p.label()),
                        Span::raw(input.value().to_string()),
                        Span::styled("▏", p.dim()),
                    ]),
                    Line::raw(""),
                    Line::styled(hint, p.dim()),
                ])
                .wrap(Wrap { trim: true }),
                body,
            );
        }
    }
}
