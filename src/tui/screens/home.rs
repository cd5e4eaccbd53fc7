//! Home: start a new session, continue an unfinished one, open a recent one.

use jiff::Timestamp;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

use crate::i18n::fill;
use crate::model::Session;
use crate::tui::action::{Command, Effect};
use crate::tui::ctx::{Ctx, Goto, Reply};

/// How many finished sessions the home screen lists.
pub const RECENT: usize = 8;

/// What the home screen needs to know of a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    /// The session id.
    pub id: String,
    /// The case's title.
    pub case_title: String,
    /// The group.
    pub group: String,
    /// When it started.
    pub started: Timestamp,
    /// Decision points with a decision.
    pub decided: usize,
    /// All decision points.
    pub steps: usize,
    /// The phase the group is in.
    pub phase_title: String,
    /// Finished or not.
    pub finished: bool,
}

impl SessionInfo {
    /// The summary of a session.
    pub fn of(s: &Session) -> SessionInfo {
        SessionInfo {
            id: s.id.clone(),
            case_title: s.case.title.clone(),
            group: s.group.clone(),
            started: s.started,
            decided: s.decided_steps(),
            steps: s.steps.len(),
            phase_title: s
                .method
                .phases
                .get(s.position.phase)
                .map(|p| p.title.clone())
                .unwrap_or_default(),
            finished: s.is_finished(),
        }
    }
}

/// The home screen's list.
#[derive(Debug, Clone, Default)]
pub struct Home {
    /// Known sessions, newest first.
    pub sessions: Vec<SessionInfo>,
    /// The selected row (0 is "new session").
    pub selected: usize,
    /// While a cold index is built (a first run): `(done, total)` files;
    /// the list holds the newest files' sessions until then.
    pub indexing: Option<(usize, usize)>,
}

impl Home {
    /// A home list over these sessions.
    pub fn new(mut sessions: Vec<SessionInfo>) -> Home {
        sessions.sort_by(|a, b| b.id.cmp(&a.id));
        Home {
            sessions,
            selected: 0,
            indexing: None,
        }
    }

    /// The full list, once the index is built: every session it holds that
    /// home does not list yet. What home lists is kept as it is (read from
    /// the newest files, or changed here since), and so is the selection.
    pub fn join(&mut self, full: Vec<SessionInfo>) {
        let rows = self.rows();
        let on = self
            .selected
            .checked_sub(1)
            .map(|i| rows.get(i).map(|s| s.id.clone()));
        for info in full {
            if !self.sessions.iter().any(|s| s.id == info.id) {
                self.sessions.push(info);
            }
        }
        self.sessions.sort_by(|a, b| b.id.cmp(&a.id));
        let rows = self.rows();
        self.selected = match on {
            None => 0,
            Some(Some(id)) => rows.iter().position(|s| s.id == id).map_or(0, |i| i + 1),
            // The review row, last.
            Some(None) => rows.len() + 1,
        };
    }

    /// Adds or refreshes a session.
    pub fn upsert(&mut self, info: SessionInfo) {
        self.sessions.retain(|s| s.id != info.id);
        self.sessions.push(info);
        self.sessions.sort_by(|a, b| b.id.cmp(&a.id));
    }

    fn unfinished(&self) -> impl Iterator<Item = &SessionInfo> {
        self.sessions.iter().filter(|s| !s.finished)
    }

    fn recent(&self) -> impl Iterator<Item = &SessionInfo> {
        self.sessions.iter().filter(|s| s.finished).take(RECENT)
    }

    /// The sessions in the order they are listed after "new session".
    fn rows(&self) -> Vec<&SessionInfo> {
        self.unfinished().chain(self.recent()).collect()
    }
}

/// Handles a command on the home screen.
pub fn update(home: &mut Home, cmd: Command, _ctx: &Ctx) -> Reply {
    let rows = home.rows().len();
    // Rows: "new session", the sessions, then "review" last, so a session's
    // row number does not depend on whether review is there.
    let review_row = rows + 1;
    match cmd {
        Command::Up => home.selected = home.selected.saturating_sub(1),
        Command::Down => home.selected = (home.selected + 1).min(review_row),
        Command::Confirm if home.selected == 0 => return Reply::goto(Goto::Setup),
        Command::Confirm | Command::Review
            if cmd == Command::Review || home.selected == review_row =>
        {
            return Reply::goto(Goto::Review);
        }
        Command::Confirm => {
            if let Some(info) = home.rows().get(home.selected - 1) {
                return Reply::effect(Effect::Open(info.id.clone()));
            }
        }
        Command::Quit => return Reply::effect(Effect::Quit),
        _ => {}
    }
    Reply::default()
}

fn row(info: &SessionInfo, ctx: &Ctx) -> ListItem<'static> {
    let s = ctx.strings();
    let date = ctx.date_time(info.started);
    let progress = if info.finished {
        s.home_finished.to_string()
    } else {
        fill(
            s.home_progress,
            &[&info.decided, &info.steps, &info.phase_title],
        )
    };
    ListItem::new(Line::from(vec![
        Span::raw(format!("{date}  ")),
        Span::styled(info.case_title.clone(), ctx.palette.label()),
        Span::raw(format!("  · {}  · ", info.group)),
        Span::styled(progress, ctx.palette.dim()),
    ]))
}

/// Draws the home screen.
pub fn draw(home: &Home, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let p = ctx.palette;
    let [intro, list_area] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(3)]).areas(area);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(s.home_title, p.title()),
            Line::styled(s.home_intro, p.dim()),
        ])
        .wrap(Wrap { trim: true }),
        intro,
    );
    let mut items = vec![ListItem::new(Line::styled(
        format!("+ {}", s.home_new),
        p.label(),
    ))];
    let unfinished: Vec<_> = home.unfinished().collect();
    let recent: Vec<_> = home.recent().collect();
    items.extend(unfinished.iter().map(|i| row(i, ctx)));
    items.extend(recent.iter().map(|i| row(i, ctx)));
    items.push(ListItem::new(Line::styled(
        format!("◆ {}", s.home_review),
        p.label(),
    )));
    let title = if home.sessions.is_empty() && home.indexing.is_some() {
        s.review_loading.to_string()
    } else if home.sessions.is_empty() {
        s.home_empty.to_string()
    } else {
        fill(s.home_sessions, &[&unfinished.len(), &recent.len()])
    };
    let list = List::new(items)
        .block(Block::default().borders(Borders::TOP).title(title))
        .highlight_style(p.selected())
        .highlight_symbol("▶ ");
    let mut state = ListState::default().with_selected(Some(home.selected));
    let list_area = match home.indexing {
        Some(progress) if list_area.height > 5 => {
            let [list_area, gauge] =
                Layout::vertical([Constraint::Min(3), Constraint::Length(2)]).areas(list_area);
            super::review::frame::index_gauge(progress, ctx, frame, gauge);
            list_area
        }
        _ => list_area,
    };
    frame.render_stateful_widget(list, list_area, &mut state);
}
