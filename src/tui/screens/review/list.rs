//! The review's session list: every session that passes the filter, newest
//! first, with what a team lead scans for (when, who, which case, how far,
//! which themes), and the files that could not be read. The table itself
//! (columns, widths, rows) is `table.rs`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::detail;
use super::pages::Page;
pub use super::pages::SessionList;
use super::state::Review;
pub use super::table::Widest;
use super::table::draw_table;
use crate::i18n::fill;
use crate::tui::action::Command;
use crate::tui::ctx::Ctx;
use crate::tui::ctx::{Goto, Reply};
use crate::tui::widgets::table_window;
use crate::tui::widgets::text::wrap;

/// Handles a command on the session list.
pub fn command(review: &mut Review, cmd: Command) -> Reply {
    let list = &mut review.list;
    match cmd {
        Command::Up => list.selected = list.selected.saturating_sub(1),
        Command::Down => {
            list.selected = (list.selected + 1).min(review.matching.len().saturating_sub(1));
        }
        Command::Confirm => {
            if let Some(&index) = review.matching.get(list.selected) {
                return detail::open(review, index, Page::List);
            }
        }
        Command::Problems => list.problems = !list.problems,
        Command::Back => {
            return Reply::goto(Goto::Home);
        }
        _ => {}
    }
    Reply::default()
}

/// Draws the list, and the problems panel or line when files were not read.
pub fn draw(review: &Review, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let p = ctx.palette;
    let Some(loaded) = &review.loaded else {
        return;
    };
    let (unread, notes) = (loaded.problems.len(), loaded.notes.len());
    let mut panel_lines: Vec<Line> = loaded
        .problems
        .iter()
        .map(|d| Line::styled(d.to_string(), p.error()))
        .chain(
            loaded
                .notes
                .iter()
                .map(|n| Line::styled(n.clone(), p.dim())),
        )
        .collect();
    if panel_lines.is_empty() {
        panel_lines.push(Line::styled(s.review_problems_none, p.dim()));
    }
    let panel_lines = wrap(&panel_lines, area.width as usize);
    let panel = if review.list.problems {
        (panel_lines.len() as u16 + 1).min(area.height / 2).max(2)
    } else if unread + notes > 0 {
        1
    } else {
        0
    };
    let [list_area, panel_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(panel)]).areas(area);
    if review.list.problems {
        let block = Block::default()
            .borders(Borders::TOP)
            .title(s.review_problems_title);
        frame.render_widget(Paragraph::new(panel_lines).block(block), panel_area);
    } else if unread + notes > 0 {
        // One line that says something was not as expected, and how to see it.
        let mut parts = Vec::new();
        if unread > 0 {
            parts.push(fill(
                s.review_unreadable,
                &[&ctx.lang.review().n_files.of(unread)],
            ));
        }
        if notes > 0 {
            parts.push(fill(
                s.review_notes,
                &[&ctx.lang.review().n_notes.of(notes)],
            ));
        }
        parts.push(s.review_show_problems.to_string());
        let style = if unread > 0 { p.warning() } else { p.dim() };
        frame.render_widget(
            Paragraph::new(Line::styled(parts.join(" · "), style)),
            panel_area,
        );
    }
    if review.matching.is_empty() {
        let text = if loaded.sessions.is_empty() {
            let dirs: Vec<String> = review
                .dirs
                .iter()
                .map(|d| d.join("sessions").display().to_string())
                .collect();
            fill(s.review_no_sessions, &[&dirs.join(", ")])
        } else {
            s.review_no_match.to_string()
        };
        frame.render_widget(
            Paragraph::new(Line::styled(text, p.dim())).wrap(Wrap { trim: true }),
            list_area,
        );
        return;
    }
    let sessions = review.sessions();
    let window = table_window(review.list.selected, sessions.len(), list_area.height);
    let list = &review.list;
    draw_table(
        frame,
        list_area,
        ctx,
        &sessions,
        &list.widest,
        list.selected,
        window,
    );
}
