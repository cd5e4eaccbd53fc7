//! Drawing the register's actions: status over owner, and what will be done
//! over where it was agreed, its due date and its age.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Text};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};

use super::pages::Register;
use super::register_draw::age_text;
use crate::i18n::fill;
use crate::model::ActionStatus;
use crate::tui::ctx::Ctx;
use crate::tui::widgets::table_window;
use crate::tui::widgets::text::{fit, side_width, width};

/// A sign before the status, so it reads without colour too.
fn status_mark(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => "○",
        ActionStatus::Done => "●",
        ActionStatus::Dropped => "✕",
    }
}

/// Draws the counts line and the actions.
pub(super) fn draw(reg: &Register, ctx: &Ctx, frame: &mut Frame, summary: Rect, area: Rect) {
    let s = ctx.strings();
    let r = ctx.lang.review();
    let p = ctx.palette;
    let count = |st: ActionStatus| reg.actions.iter().filter(|a| a.status == st).count();
    // Every status that occurs, in order, as the knelpunten's line has them.
    let words = r.followup;
    let parts: Vec<String> = ActionStatus::ALL
        .into_iter()
        .filter(|st| count(*st) > 0)
        .map(|st| format!("{} {}", count(st), words.action_status(st)))
        .collect();
    let mut line = s.register.n_actions.of(reg.actions.len());
    if !parts.is_empty() {
        line.push_str(": ");
        line.push_str(&parts.join(", "));
    }
    let stale = reg.actions.iter().filter(|a| a.stale).count();
    if stale > 0 {
        line.push_str(" · ");
        line.push_str(&fill(s.register.count_stale, &[&stale]));
    }
    frame.render_widget(
        Paragraph::new(Line::styled(line, p.dim())).wrap(Wrap { trim: true }),
        summary,
    );
    if reg.actions.is_empty() {
        let empty = Paragraph::new(Line::styled(s.register.actions_empty, p.dim()));
        frame.render_widget(empty, area);
        return;
    }
    let needs = reg
        .actions
        .iter()
        .map(|a| a.owner.as_deref().map_or(0, width))
        .max()
        .unwrap_or(0);
    let base: u16 = if area.width >= 110 { 24 } else { 18 };
    let side_w = side_width(base, needs, area.width);
    let text_w = area.width.saturating_sub(side_w + 3) as usize;
    let window = table_window(reg.action_selected, reg.actions.len(), area.height);
    let first = window.start;
    let rows: Vec<Row> = reg.actions[window]
        .iter()
        .map(|a| {
            let dots = match a.votes {
                0 => String::new(),
                n => format!(" · {}", s.stance.n_votes.of(n)),
            };
            let due = a
                .due
                .map(|d| format!(" · {}", fill(s.register.due_on, &[&d])))
                .unwrap_or_default();
            let context = format!(
                "{} ({}){due} · {} · {}{dots}",
                a.date,
                age_text(ctx, a.age, a.stale),
                a.group,
                a.case_title,
            );
            let owner = match &a.owner {
                Some(o) => Line::raw(fit(o, side_w as usize)),
                None => Line::styled(fit(r.md_no_owner, side_w as usize), p.dim()),
            };
            let status = format!(
                "{} {}",
                status_mark(a.status),
                r.followup.action_status(a.status)
            );
            let context_style = if a.stale { p.label() } else { p.dim() };
            Row::new(vec![
                Cell::from(Text::from(vec![Line::raw(status), owner])),
                Cell::from(Text::from(vec![
                    Line::styled(fit(&a.text, text_w), p.label()),
                    Line::styled(fit(&context, text_w), context_style),
                ])),
            ])
            .height(2)
        })
        .collect();
    let header =
        Row::new(vec![s.register_status_owner, s.register.actions_what_where]).style(p.label());
    let table = Table::new(
        rows,
        [
            Constraint::Length(side_w),
            Constraint::Length(text_w as u16),
        ],
    )
    .header(header)
    .row_highlight_style(p.selected())
    .highlight_symbol("▶ ")
    .column_spacing(1);
    let mut state = TableState::default().with_selected(Some(reg.action_selected - first));
    frame.render_stateful_widget(table, area, &mut state);
}
