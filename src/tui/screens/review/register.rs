//! The knelpunten register: every bottleneck across the filtered sessions,
//! with its case, session, step, owner and status. Status and owner are
//! updated here and written back into the session file the bottleneck came
//! from, through the runner (`Effect::UpdateBottleneck`).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};
use tui_input::Input;

use super::detail;
use super::pages::Page;
pub use super::pages::{OwnerEdit, Register};
use super::state::Review;
use crate::i18n::fill;
use crate::model::BottleneckStatus;
use crate::privacy;
use crate::review::{BottleneckChange, ItemChange, RegisterRow, Stamp};
use crate::tui::action::{Command, Effect};
use crate::tui::ctx::Ctx;
use crate::tui::ctx::Reply;
use crate::tui::widgets::table_window;
use crate::tui::widgets::text::fit;

/// The effect that writes one field of the row's knelpunt into its session file.
fn save(row: &RegisterRow, change: BottleneckChange) -> Effect {
    Effect::UpdateItem {
        path: row.path.clone(),
        session_id: row.session_id.clone(),
        item: row.id.clone(),
        text: row.text.clone(),
        change: ItemChange::Bottleneck(change),
    }
}

/// Handles a command on the register or its owner field.
pub fn command(review: &mut Review, cmd: Command, ctx: &Ctx) -> Reply {
    let Page::Register(reg) = &mut review.page else {
        return Reply::default();
    };
    if reg.owner.is_some() {
        return match cmd {
            Command::Confirm | Command::Back => commit_owner(reg, ctx),
            // Leaving casus keeps a clean owner: nothing typed is thrown away.
            Command::Quit => {
                let mut reply = commit_owner(reg, ctx);
                reply.effects.push(Effect::Quit);
                reply
            }
            _ => Reply::default(),
        };
    }
    match cmd {
        Command::Up => reg.selected = reg.selected.saturating_sub(1),
        Command::Down => {
            reg.selected = (reg.selected + 1).min(reg.rows.len().saturating_sub(1));
        }
        Command::CycleStatus => {
            if let Some(row) = reg.current() {
                return Reply::effect(save(
                    row,
                    BottleneckChange::Status(row.status.next(), Stamp::at(ctx.now)),
                ));
            }
        }
        Command::EditOwner => {
            if let Some(row) = reg.current() {
                reg.owner = Some(OwnerEdit {
                    input: Input::new(row.owner.clone().unwrap_or_default()),
                    warned: None,
                });
            }
        }
        Command::Confirm => {
            let Some(row) = reg.current() else {
                return Reply::default();
            };
            let index = review.loaded.as_ref().and_then(|l| {
                l.sessions
                    .iter()
                    .position(|x| x.path == row.path && x.session.id == row.session_id)
            });
            if let Some(index) = index {
                let back = std::mem::replace(&mut review.page, Page::List);
                return detail::open(review, index, back);
            }
        }
        Command::Back => review.page = Page::List,
        _ => {}
    }
    Reply::default()
}

/// Leaves the owner field, saving what was typed unless it holds a BSN, or
/// other personal data that was not warned about yet.
fn commit_owner(reg: &mut Register, ctx: &Ctx) -> Reply {
    let s = ctx.lang.strings();
    let (Some(edit), Some(row)) = (&mut reg.owner, reg.rows.get(reg.selected)) else {
        reg.owner = None;
        return Reply::default();
    };
    let text = edit.input.value().trim().to_string();
    if text == row.owner.clone().unwrap_or_default() {
        reg.owner = None;
        return Reply::default();
    }
    let findings = privacy::scan(&text);
    if findings.iter().any(|f| f.kind.blocks()) {
        return Reply::complain(s.register_owner_bsn);
    }
    if !findings.is_empty() && edit.warned.as_deref() != Some(text.as_str()) {
        let mut kinds: Vec<&str> = findings.iter().map(|f| s.finding_label(f.kind)).collect();
        kinds.dedup();
        edit.warned = Some(text);
        return Reply::complain(fill(s.register_owner_warning, &[&kinds.join(", ")]));
    }
    let effect = save(
        row,
        BottleneckChange::Owner((!text.is_empty()).then_some(text)),
    );
    reg.owner = None;
    Reply::effect(effect)
}

/// A sign before the status, so it reads without colour too.
fn status_mark(status: BottleneckStatus) -> &'static str {
    match status {
        BottleneckStatus::Open => "○",
        BottleneckStatus::Raised => "◔",
        BottleneckStatus::Answered => "◑",
        BottleneckStatus::Resolved => "●",
        BottleneckStatus::NotTaken => "✕",
    }
}

/// Draws the register, with the owner field under it while it is edited.
pub fn draw(reg: &Register, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let r = ctx.lang.review();
    let p = ctx.palette;
    let field = if reg.owner.is_some() { 3 } else { 0 };
    let [summary, table_area, field_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(field),
    ])
    .areas(area);
    let count = |st: BottleneckStatus| reg.rows.iter().filter(|b| b.status == st).count();
    frame.render_widget(
        Paragraph::new(Line::styled(
            fill(
                s.register_count,
                &[
                    &r.n_bottlenecks.of(reg.rows.len()),
                    &count(BottleneckStatus::Open),
                    &count(BottleneckStatus::Raised),
                    &count(BottleneckStatus::Resolved),
                ],
            ),
            p.dim(),
        )),
        summary,
    );
    if reg.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(s.register_empty, p.dim())),
            table_area,
        );
        return;
    }
    // Status over owner in one column leaves the text and where it was named
    // room enough to read at 80 columns.
    // On a wide window the owners show whole (the text keeps a comfortable line).
    let needs = reg
        .rows
        .iter()
        .map(|row| {
            row.owner
                .as_deref()
                .map_or(0, crate::tui::widgets::text::width)
        })
        .max()
        .unwrap_or(0);
    let base: u16 = if area.width >= 110 { 24 } else { 18 };
    let side_w = crate::tui::widgets::text::side_width(base, needs, area.width);
    let text_w = area.width.saturating_sub(side_w + 3);
    // Only the rows that can show are built (see `table_window`).
    let window = table_window(reg.selected, reg.rows.len(), table_area.height);
    let first = window.start;
    let rows: Vec<Row> = reg.rows[window]
        .iter()
        .map(|row| {
            let place = row.step_title.as_deref().unwrap_or(s.register_closing);
            let dots = match row.votes {
                0 => String::new(),
                n => format!(" · {}", s.stance.n_votes.of(n)),
            };
            let context = format!(
                "{} · {} · {} · {place}{dots}",
                row.date, row.group, row.case_title
            );
            let owner = match &row.owner {
                Some(o) => Line::raw(fit(o, side_w as usize)),
                None => Line::styled(fit(r.md_no_owner, side_w as usize), p.dim()),
            };
            let status = format!(
                "{} {}",
                status_mark(row.status),
                ctx.lang.review().status_label(row.status)
            );
            Row::new(vec![
                Cell::from(Text::from(vec![Line::raw(status), owner])),
                Cell::from(Text::from(vec![
                    Line::styled(fit(&row.text, text_w as usize), p.label()),
                    Line::styled(fit(&context, text_w as usize), p.dim()),
                ])),
            ])
            .height(2)
        })
        .collect();
    let header = Row::new(vec![s.register_status_owner, s.register_what_where]).style(p.label());
    let table = Table::new(
        rows,
        [Constraint::Length(side_w), Constraint::Length(text_w)],
    )
    .header(header)
    .row_highlight_style(p.selected())
    .highlight_symbol("▶ ")
    .column_spacing(1);
    let mut state = TableState::default().with_selected(Some(reg.selected - first));
    frame.render_stateful_widget(table, table_area, &mut state);
    if let Some(edit) = &reg.owner {
        frame.render_widget(
            Paragraph::new(vec![
                Line::from(vec![
                    Span::styled(format!("{}: ", s.editor_owner), p.label()),
                    Span::raw(edit.input.value().to_string()),
                    Span::styled("▏", p.dim()),
                ]),
                Line::styled(s.register_owner_hint, p.dim()),
            ])
            .wrap(Wrap { trim: true })
            .style(Style::new()),
            field_area,
        );
    }
}
