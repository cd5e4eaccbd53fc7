//! What every review page has around it: the tabs in the header, the filter
//! line with its count, and the frame shown while the folders are read.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::pages::Page;
use super::state::Review;
use super::{chart, detail, list, register};
use crate::i18n::fill;
use crate::tui::ctx::Ctx;

/// The header's second line: the review pages, the one on show highlighted.
pub fn tabs(review: &Review, ctx: &Ctx) -> Line<'static> {
    let s = ctx.strings();
    let p = ctx.palette;
    // On the detail page those keys do other things, so no key is shown there.
    let keys_work = !matches!(review.page, Page::Detail(_));
    let on = match &review.page {
        Page::List => 0,
        Page::Detail(d) => match d.back.as_ref() {
            Page::Chart(_) => 1,
            Page::Register(_) => 2,
            _ => 0,
        },
        Page::Chart(_) => 1,
        Page::Register(_) => 2,
    };
    let names = [
        s.review_tab_sessions,
        s.review_tab_chart,
        s.review_tab_register,
    ];
    let keys = ["Esc", "c", "k"];
    let mut spans = Vec::new();
    for (i, (name, key)) in names.iter().zip(keys).enumerate() {
        let style = if i == on { p.selected() } else { p.dim() };
        spans.push(Span::styled(format!(" {name} "), style));
        if i != on && keys_work {
            spans.push(Span::styled(format!("({key}) "), p.dim()));
        } else {
            spans.push(Span::raw(" "));
        }
    }
    Line::from(spans)
}

/// Draws the review page on show.
pub fn draw(review: &Review, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let p = ctx.palette;
    let Some(loaded) = &review.loaded else {
        let lines = vec![Line::raw(""), Line::styled(s.review_loading, p.title())];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
        let below = Rect {
            y: area.y.saturating_add(3),
            height: area.height.saturating_sub(3),
            ..area
        };
        index_gauge(review.progress, ctx, frame, below);
        return;
    };
    if let Page::Detail(detail) = &review.page {
        detail::draw(detail, ctx, frame, area);
        return;
    }
    let [filter_area, body] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    draw_filter_line(frame, filter_area, ctx, review, loaded.sessions.len());
    match &review.page {
        Page::List | Page::Detail(_) => list::draw(review, ctx, frame, body),
        Page::Chart(c) => chart::draw(c, ctx, frame, body),
        Page::Register(reg) => register::draw(reg, ctx, frame, body),
    }
}

/// While files are parsed for the index (a first run, an index rebuilt):
/// how many of how many, as a line and a gauge; nothing before the first
/// report (a warm index reports none). Home shows the same.
pub fn index_gauge((done, total): (usize, usize), ctx: &Ctx, frame: &mut Frame, area: Rect) {
    if total == 0 || area.height < 2 || area.width < 4 {
        return;
    }
    let p = ctx.palette;
    let text = fill(ctx.lang.review().index_progress, &[&done, &total]);
    let inner = Rect {
        x: area.x + 1,
        width: (area.width - 2).min(60),
        ..area
    };
    let [line, bar] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)])
        .areas(Rect { height: 2, ..inner });
    frame.render_widget(Paragraph::new(Line::styled(text, p.dim())), line);
    let ratio = (done as f64 / total as f64).clamp(0.0, 1.0);
    let gauge = ratatui::widgets::Gauge::default()
        .gauge_style(p.title())
        .ratio(ratio);
    frame.render_widget(gauge, bar);
}

fn draw_filter_line(frame: &mut Frame, area: Rect, ctx: &Ctx, review: &Review, all: usize) {
    let s = ctx.strings();
    let p = ctx.palette;
    let total = ctx.lang.review().n_sessions.of(all);
    let count = fill(s.review_count, &[&review.matching.len(), &total]);
    let [left, right] = Layout::horizontal([
        Constraint::Min(10),
        Constraint::Length(count.chars().count() as u16 + 1),
    ])
    .areas(Rect { height: 1, ..area });
    let typed = review.filter_line.value();
    // The sentences name Enter (applying) and `/` (filtering): only while
    // those are the built-in keys; else the same without the keys.
    use crate::tui::action::Command;
    use crate::tui::keymap::Context;
    let (pending, empty, unapplied) = (
        if ctx.key_hint(Context::ReviewFilter, Command::Confirm) {
            s.review_filter_pending
        } else {
            s.hints.review_filter_pending
        },
        if ctx.key_hint(Context::ReviewList, Command::Filter) {
            s.review_filter_hint
        } else {
            s.hints.review_filter
        },
        if ctx.key_hint(Context::ReviewList, Command::Filter) {
            s.review_filter_unapplied
        } else {
            s.hints.review_filter_unapplied
        },
    );
    let mut spans = vec![Span::styled(format!("{} ", s.review_filter), p.label())];
    if review.filter_focus {
        spans.push(Span::raw(typed.to_string()));
        spans.push(Span::styled("▏", p.dim()));
        if typed.trim() != review.filter.source() {
            spans.push(Span::styled(format!(" {pending}"), p.dim()));
        }
    } else if typed.trim().is_empty() {
        spans.push(Span::styled(empty, p.dim()));
    } else {
        spans.push(Span::raw(typed.to_string()));
        if typed.trim() != review.filter.source() {
            spans.push(Span::styled(format!(" {unapplied}"), p.warning()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(
        Paragraph::new(Line::styled(count, p.dim())).alignment(ratatui::layout::Alignment::Right),
        right,
    );
}
