//! Tellen en vertellen: how many decision points each theme was tagged at in
//! the filtered sessions, as bars per theme set with the last quarters'
//! numbers, and for the chosen theme the decisions and reflections behind the
//! number, so the count never stands without its stories.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

pub use super::pages::Chart;
use super::pages::Page;
use super::state::Review;
use crate::i18n::{Lang, fill};
use crate::review::StoryKind;
use crate::tui::action::Command;
use crate::tui::ctx::Ctx;
use crate::tui::ctx::Reply;
use crate::tui::style::Palette;
use crate::tui::widgets::bars::bar;
use crate::tui::widgets::text::{self, fit, wrap};

/// From this page height the stories show under the chart at all times.
const TALL: u16 = 28;
/// Columns per quarter: `2026-Q1` and a space.
const QUARTER: u16 = 8;

/// Handles a command on the chart or its stories.
pub fn command(review: &mut Review, cmd: Command) -> Reply {
    let sessions = super::state::matching_sessions(review.loaded.as_ref(), &review.matching);
    let Page::Chart(chart) = &mut review.page else {
        return Reply::default();
    };
    let at = chart.selected;
    match (chart.focus, cmd) {
        (false, Command::Up) => chart.select(at.saturating_sub(1), &sessions, &review.tz),
        (false, Command::Down) => chart.select(at + 1, &sessions, &review.tz),
        (false, Command::Confirm) => chart.focus = chart.current().is_some(),
        (false, Command::Back) => review.page = Page::List,
        (true, Command::Prev) => chart.select(at.saturating_sub(1), &sessions, &review.tz),
        (true, Command::Next) => chart.select(at + 1, &sessions, &review.tz),
        // Within the last offset drawn (see the module doc of `review`).
        (true, Command::ScrollUp) => {
            chart.scroll = chart.scroll.min(chart.last.get()).saturating_sub(3);
        }
        (true, Command::ScrollDown) => {
            chart.scroll = (chart.scroll.saturating_add(3)).min(chart.last.get());
        }
        (true, Command::Back) => chart.focus = false,
        _ => {}
    }
    Reply::default()
}

/// True when the page is tall enough for the stories to show under the chart.
fn tall(height: u16) -> bool {
    height >= TALL
}

/// The chart's lines and the index of the chosen theme's line.
fn chart_lines(chart: &Chart, lang: Lang, p: Palette, width: u16) -> (Vec<Line<'static>>, usize) {
    let s = lang.strings();
    let stats = &chart.stats;
    let label_w = (width * 38 / 100).clamp(16, 40);
    let count_w = 4;
    let budget = width.saturating_sub(2 + label_w + 1 + count_w + 16) / QUARTER;
    let shown = stats.quarters.len().min(budget as usize).min(5);
    let first_q = stats.quarters.len() - shown;
    let bar_w = width.saturating_sub(2 + label_w + 1 + count_w + QUARTER * shown as u16 + 1);
    let mut lines = vec![Line::styled(
        lang.review()
            .stats_heading(stats.sessions, stats.decided, stats.decision_points),
        p.dim(),
    )];
    if let Some(line) = stats.positions.line(lang.review()) {
        lines.push(Line::styled(line, p.dim()));
    }
    if stats.sets.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(lang.review().no_themes, p.dim()));
        return (lines, 0);
    }
    // What the numbers count, and which quarters the columns are.
    let pad = (2 + label_w + 1 + bar_w + 1 + count_w) as usize;
    let quarters = match shown {
        0 => String::new(),
        n if n < stats.quarters.len() => s.chart_last_quarters.of(n),
        _ => s.chart_per_quarter.to_string(),
    };
    let left = fit(
        s.chart_counted,
        pad.saturating_sub(text::width(&quarters) + 3),
    );
    let mut head = format!(
        "  {left:<w$}{quarters}",
        w = pad - 2 - text::width(&quarters).min(pad - 2)
    );
    for q in &stats.quarters[first_q..] {
        head.push_str(&format!("{:>w$}", q.to_string(), w = QUARTER as usize));
    }
    lines.push(Line::styled(head, p.dim()));
    let widest = stats.themes().map(|(_, t)| t.count).max().unwrap_or(1);
    let mut chosen = 0;
    let mut n = 0;
    for set in &stats.sets {
        lines.push(Line::styled(
            format!("{} · {}", set.title, set.count),
            p.title(),
        ));
        for theme in &set.themes {
            let on = n == chart.selected;
            if on {
                chosen = lines.len();
            }
            let label = format!(
                "{:<w$}",
                fit(&theme.label, label_w as usize),
                w = label_w as usize
            );
            let mut spans = vec![
                Span::raw(if on { "▶ " } else { "  " }),
                Span::styled(label, if on { p.selected() } else { Style::new() }),
                Span::raw(" "),
                Span::styled(
                    format!(
                        "{:<w$}",
                        bar(theme.count, widest, bar_w as usize),
                        w = bar_w as usize
                    ),
                    p.chip(),
                ),
                Span::styled(
                    format!("{:>w$}", theme.count, w = count_w as usize),
                    p.label(),
                ),
            ];
            let quarters: String = theme.per_quarter[first_q..]
                .iter()
                .map(|&c| {
                    let c = if c == 0 {
                        "·".to_string()
                    } else {
                        c.to_string()
                    };
                    format!("{c:>w$}", w = QUARTER as usize)
                })
                .collect();
            spans.push(Span::styled(format!(" {quarters}"), p.dim()));
            lines.push(Line::from(spans));
            n += 1;
        }
    }
    (lines, chosen)
}

/// The chosen theme's heading, its numbers per quarter, and its stories by decision point.
fn story_lines(chart: &Chart, lang: Lang, p: Palette) -> Vec<Line<'static>> {
    let s = lang.strings();
    let Some(theme) = chart.current() else {
        return Vec::new();
    };
    let mut out = vec![Line::styled(
        fill(
            s.stories_heading,
            &[
                &theme.label,
                &lang.review().n_decision_points.of(theme.count),
                &lang.review().n_stories.of(chart.stories.len()),
            ],
        ),
        p.title(),
    )];
    let per_quarter: Vec<String> = chart
        .stats
        .quarters
        .iter()
        .zip(&theme.per_quarter)
        .map(|(q, c)| format!("{q}: {c}"))
        .collect();
    out.push(Line::styled(
        format!("{}: {}", s.chart_per_quarter, per_quarter.join(" · ")),
        p.dim(),
    ));
    if chart.stories.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(s.stories_none, p.dim()));
    }
    let mut last: Option<(&str, usize)> = None;
    for story in &chart.stories {
        let here = (story.session_id.as_str(), story.step_index);
        if last != Some(here) {
            out.push(Line::raw(""));
            out.push(Line::styled(
                format!(
                    "{} · {} · {} · {}. {}",
                    story.date,
                    story.group,
                    story.case_title,
                    story.step_index + 1,
                    story.step_title
                ),
                p.label(),
            ));
            last = Some(here);
        }
        let label = match &story.kind {
            StoryKind::Decision => s.stories_decision.to_string(),
            StoryKind::Reflection { author: Some(a) } => format!("{} ({a})", s.stories_reflection),
            StoryKind::Reflection { author: None } => s.stories_reflection.to_string(),
        };
        let mut rows = story.text.trim().split('\n');
        out.push(Line::from(vec![
            Span::styled(format!("  {label}: "), p.dim()),
            Span::raw(rows.next().unwrap_or("").to_string()),
        ]));
        // Further lines of the text line up under its first.
        let indent = " ".repeat(4 + label.chars().count());
        out.extend(rows.map(|row| Line::raw(format!("{indent}{row}"))));
    }
    out
}

/// Where the chart and the stories go in the page `area`: on a tall page the
/// chart takes the rows it needs (at most 60%) and the stories the rest; on a
/// short one the stories replace the chart once they have the keys.
fn layout(chart: &Chart, lines: usize, area: Rect) -> (Option<Rect>, Option<Rect>) {
    if tall(area.height) {
        let top = (lines as u16 + 1).min(area.height * 6 / 10);
        let [a, b] = Layout::vertical([Constraint::Length(top), Constraint::Min(3)]).areas(area);
        let stories = Block::default().borders(Borders::TOP).inner(b);
        (Some(a), Some(stories))
    } else if chart.focus {
        (None, Some(area))
    } else {
        (Some(area), None)
    }
}

/// Draws the chart, and the chosen theme's stories under it or instead of it.
pub fn draw(chart: &Chart, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let p = ctx.palette;
    let (mut lines, chosen) = chart_lines(chart, ctx.lang, p, area.width);
    let (chart_area, stories_area) = layout(chart, lines.len(), area);
    if let Some(area) = chart_area {
        if stories_area.is_none()
            && chart.current().is_some()
            && ctx.key_hint(
                crate::tui::keymap::Context::ReviewChart,
                crate::tui::action::Command::Confirm,
            )
        {
            lines.push(Line::raw(""));
            lines.push(Line::styled(ctx.strings().chart_hint, p.dim()));
        }
        // Keep the chosen theme in view, with a line of context under it.
        let top = (chosen + 2).saturating_sub(area.height as usize) as u16;
        frame.render_widget(Paragraph::new(lines).scroll((top, 0)), area);
    }
    if let Some(inner) = stories_area {
        if chart_area.is_some() {
            let rule = Rect {
                y: inner.y.saturating_sub(1),
                height: 1,
                ..inner
            };
            frame.render_widget(Block::default().borders(Borders::TOP), rule);
        }
        let rows = wrap(&story_lines(chart, ctx.lang, p), inner.width as usize);
        let last = (rows.len() as u16).saturating_sub(inner.height);
        chart.last.set(last);
        frame.render_widget(
            Paragraph::new(rows).scroll((chart.scroll.min(last), 0)),
            inner,
        );
    }
}
