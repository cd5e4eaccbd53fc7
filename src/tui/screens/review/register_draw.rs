//! Drawing the register: which list shows, a line of counts, the knelpunten
//! (three lines each: what and where; level, due date, themes and the signal;
//! the answer) and the one-line field while it is edited. The actions' table
//! is [`super::register_actions`].

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};

use super::pages::{Field, Register, Tab};
use crate::i18n::fill;
use crate::model::BottleneckStatus;
use crate::review::RegisterRow;
use crate::tui::ctx::Ctx;
use crate::tui::widgets::table_window;
use crate::tui::widgets::text::{fit, side_width, width};

/// A sign before the status, so it reads without colour too.
pub(super) fn status_mark(status: BottleneckStatus) -> &'static str {
    match status {
        BottleneckStatus::Open => "○",
        BottleneckStatus::Raised => "◔",
        BottleneckStatus::Answered => "◑",
        BottleneckStatus::Resolved => "●",
        BottleneckStatus::NotTaken => "✕",
    }
}

/// The age, with the flag of an item open too long.
pub(super) fn age_text(ctx: &Ctx, age: i64, stale: bool) -> String {
    let r = ctx.strings().register;
    let days = fill(r.age_days, &[&age]);
    if stale {
        format!("{days} ⚠ {}", r.stale)
    } else {
        days
    }
}

/// Draws the register, with the field under it while it is edited.
pub fn draw(reg: &Register, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let field = if reg.field.is_some() { 3 } else { 0 };
    let [tabs, summary, table_area, field_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(field),
    ])
    .areas(area);
    draw_tabs(reg, ctx, frame, tabs);
    match reg.tab {
        Tab::Bottlenecks => draw_bottlenecks(reg, ctx, frame, summary, table_area),
        Tab::Actions => super::register_actions::draw(reg, ctx, frame, summary, table_area),
    }
    draw_field(reg, ctx, frame, field_area);
    if let Some(picker) = &reg.picker {
        let chosen = reg.current().map_or(&[][..], |r| r.themes.as_slice());
        let popup = crate::tui::widgets::popup(area, 80, 85);
        picker.draw(frame, popup, chosen, ctx);
    }
}

fn draw_tabs(reg: &Register, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let r = ctx.strings().register;
    let p = ctx.palette;
    // Brackets mark the list on show without colour too.
    let tab = |label: &str, n: usize, on: bool| {
        if on {
            Span::styled(format!("[{label} ({n})]"), p.selected())
        } else {
            Span::styled(format!(" {label} ({n}) "), p.dim())
        }
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            tab(
                r.tab_bottlenecks,
                reg.rows.len(),
                reg.tab == Tab::Bottlenecks,
            ),
            Span::raw(" "),
            tab(r.tab_actions, reg.actions.len(), reg.tab == Tab::Actions),
        ])),
        area,
    );
}

fn draw_bottlenecks(reg: &Register, ctx: &Ctx, frame: &mut Frame, summary: Rect, area: Rect) {
    let s = ctx.strings();
    let r = ctx.lang.review();
    let p = ctx.palette;
    let count = |st: BottleneckStatus| reg.rows.iter().filter(|b| b.status == st).count();
    // Every status that occurs, in the order a knelpunt goes through them.
    let parts: Vec<String> = BottleneckStatus::ALL
        .into_iter()
        .filter(|st| count(*st) > 0)
        .map(|st| format!("{} {}", count(st), r.status_label(st)))
        .collect();
    let mut line = r.n_bottlenecks.of(reg.rows.len());
    if !parts.is_empty() {
        line.push_str(": ");
        line.push_str(&parts.join(", "));
    }
    let stale = reg.rows.iter().filter(|b| b.stale).count();
    if stale > 0 {
        line.push_str(" · ");
        line.push_str(&fill(s.register.count_stale, &[&stale]));
    }
    let linked = reg
        .rows
        .iter()
        .filter(|b| b.signal_sessions.len() > 1)
        .count();
    if linked > 0 {
        line.push_str(" · ");
        line.push_str(&fill(s.register.count_signals, &[&linked]));
    }
    frame.render_widget(
        Paragraph::new(Line::styled(line, p.dim())).wrap(Wrap { trim: true }),
        summary,
    );
    if reg.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(s.register_empty, p.dim())),
            area,
        );
        return;
    }
    // Status over owner over level in one column leaves the text and where
    // it was named room enough to read at 80 columns; on a wide window the
    // owners show whole.
    let needs = reg
        .rows
        .iter()
        .map(|row| row.owner.as_deref().map_or(0, width))
        .max()
        .unwrap_or(0);
    let base: u16 = if area.width >= 110 { 24 } else { 18 };
    let side_w = side_width(base, needs, area.width);
    let text_w = area.width.saturating_sub(side_w + 3) as usize;
    let window = table_window(reg.selected, reg.rows.len(), area.height);
    let first = window.start;
    let rows: Vec<Row> = reg.rows[window]
        .iter()
        .map(|row| bottleneck_row(reg, row, ctx, side_w as usize, text_w))
        .collect();
    let header = Row::new(vec![s.register_status_owner, s.register_what_where]).style(p.label());
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
    let mut state = TableState::default().with_selected(Some(reg.selected - first));
    frame.render_stateful_widget(table, area, &mut state);
}

fn bottleneck_row<'a>(
    reg: &Register,
    row: &'a RegisterRow,
    ctx: &Ctx,
    side_w: usize,
    text_w: usize,
) -> Row<'a> {
    let s = ctx.strings();
    let r = ctx.lang.review();
    let reg_s = s.register;
    let p = ctx.palette;
    let place = row.step_title.as_deref().unwrap_or(s.register_closing);
    let dots = match row.votes {
        0 => String::new(),
        n => format!(" · {}", s.stance.n_votes.of(n)),
    };
    let age = age_text(ctx, row.age, row.stale);
    // The age beside the date: at 80 columns the end of the line is cut.
    let context = format!(
        "{} ({age}) · {} · {} · {place}{dots}",
        row.date, row.group, row.case_title
    );
    let mut follow: Vec<String> = Vec::new();
    if let Some(due) = row.due {
        follow.push(fill(reg_s.due_on, &[&due]));
    }
    if !row.themes.is_empty() {
        let short: Vec<&str> = row
            .themes
            .iter()
            .map(|t| t.split_once('/').map_or(t.as_str(), |(_, id)| id))
            .collect();
        follow.push(short.join(", "));
    }
    if row.signal_sessions.len() > 1 {
        follow.push(fill(reg_s.signal_of, &[&row.signal_sessions.len()]));
    }
    let owner = match &row.owner {
        Some(o) => Line::raw(fit(o, side_w)),
        None => Line::styled(fit(r.md_no_owner, side_w), p.dim()),
    };
    let level = match row.level {
        Some(l) => Line::raw(fit(r.followup.level(l), side_w)),
        None => Line::styled(fit(reg_s.no_level, side_w), p.dim()),
    };
    let marked = reg.marked.as_deref() == Some(row.link_key().as_str());
    let mut status = format!("{} {}", status_mark(row.status), r.status_label(row.status));
    if marked {
        status = format!("◆ {status}");
    }
    let third = if marked {
        Line::styled(fit(reg_s.marked_sign, side_w), p.label())
    } else {
        level
    };
    let context_style = if row.stale { p.label() } else { p.dim() };
    let mut lines = vec![
        Line::styled(fit(&row.text, text_w), p.label()),
        Line::styled(fit(&context, text_w), context_style),
        Line::styled(fit(&follow.join(" · "), text_w), p.dim()),
    ];
    // The answer on a line of its own, where it has one.
    if !row.answer.is_empty() {
        let answer = format!("{}: {}", reg_s.answer_label, row.answer);
        lines.push(Line::raw(fit(&answer, text_w)));
    }
    let height = lines.len() as u16;
    Row::new(vec![
        Cell::from(Text::from(vec![Line::raw(status), owner, third])),
        Cell::from(Text::from(lines)),
    ])
    .height(height)
}

fn draw_field(reg: &Register, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let p = ctx.palette;
    let Some(edit) = &reg.field else {
        return;
    };
    use crate::tui::action::Command;
    let keys = ctx.key_hints(
        crate::tui::keymap::Context::ReviewOwner,
        &[Command::Confirm, Command::Back],
    );
    let (owner_hint, field_hint) = if keys {
        (s.register_owner_hint, s.register.field_hint)
    } else {
        (s.hints.register_owner, s.hints.register_field)
    };
    let (label, hint) = match edit.field {
        Field::Owner => (s.editor_owner, owner_hint),
        Field::Due => (s.register.field_due, field_hint),
        Field::Answer => (s.register.field_answer, field_hint),
    };
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled(format!("{label}: "), p.label()),
                Span::raw(edit.input.value().to_string()),
                Span::styled("▏", p.dim()),
            ]),
            Line::styled(hint, p.dim()),
        ])
        .wrap(Wrap { trim: true }),
        area,
    );
}
