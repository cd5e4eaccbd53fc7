//! Drawing positions: the round's panel, and on the decision point the
//! options with their tally once shown (or how many are recorded while
//! hidden). Nothing here draws a position before it is shown.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};

use super::round::Round;
use super::state::SessionScreen;
use crate::i18n::{Strings, fill};
use crate::model::{Choice, Session, Tally};
use crate::tui::ctx::Ctx;
use crate::tui::style::Palette;
use crate::tui::widgets::text;

/// A bar of `n` blocks and the number, for a tally.
fn bar(n: usize) -> String {
    match n {
        0 => "0".to_string(),
        n => format!("{} {n}", "█".repeat(n)),
    }
}

/// True when the mark of what actually happened may show: after the reveal,
/// or at once when the case has no outcome to reveal.
fn actual_visible(session: &Session, step: usize) -> bool {
    let outcome = session
        .case
        .steps
        .get(step)
        .is_some_and(|s| s.outcome.is_some());
    !outcome || session.steps.get(step).is_some_and(|r| r.revealed)
}

/// The options of decision point `step` as the decision point shows them:
/// with each one's tally and the mark of what happened once the positions
/// are shown; then the own positions and who took which. While hidden, one
/// line says how many are recorded.
pub fn option_lines(session: &Session, step: usize, s: &Strings, p: Palette) -> Vec<Line<'static>> {
    let t = s.stance;
    let Some(record) = session.steps.get(step) else {
        return Vec::new();
    };
    let options = session
        .case
        .steps
        .get(step)
        .map_or(&[][..], |c| c.options.as_slice());
    let shown = record.stances_shown && !record.stances.is_empty();
    let actual = record
        .actual
        .as_deref()
        .filter(|_| actual_visible(session, step));
    let tally = Tally::of(options, &record.stances);
    let mut lines: Vec<Line<'static>> = options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let mut spans = vec![Span::raw(format!("  • {o}"))];
            if shown {
                spans.push(Span::styled(
                    format!("  {}", bar(tally.options[i])),
                    p.chip(),
                ));
            }
            if actual == Some(o.as_str()) {
                spans.push(Span::styled(format!("  ✓ {}", t.actual_mark), p.ok()));
            }
            Line::from(spans)
        })
        .collect();
    if record.stances.is_empty() {
        return lines;
    }
    if !shown {
        lines.push(Line::styled(
            fill(t.step_hidden, &[&record.stances.len()]),
            p.dim(),
        ));
        return lines;
    }
    for (text, n) in &tally.other {
        lines.push(Line::from(vec![
            Span::raw(format!("  • “{text}”")),
            Span::styled(format!("  {}", bar(*n)), p.chip()),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        fill(t.step_heading, &[&record.stances.len()]),
        p.label(),
    ));
    if record.agreed() {
        lines.push(Line::styled(format!("  {}", t.step_agreed), p.ok()));
    }
    for stance in &record.stances {
        let what = match &stance.choice {
            Choice::Option(o) => o.clone(),
            Choice::Own(o) => format!("“{o}”"),
        };
        let why = stance
            .reason
            .as_deref()
            .map(|r| format!(" — {r}"))
            .unwrap_or_default();
        lines.extend(text::lines(
            &format!("{}: {what}{why}", stance.who),
            "  ",
            Style::new(),
        ));
    }
    lines
}

/// Draws the open round over the decision point.
pub fn draw(screen: &SessionScreen, round: &Round, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let t = s.stance;
    let p = ctx.palette;
    let session = &screen.session;
    let title = session
        .case
        .steps
        .get(round.step)
        .map_or("", |st| st.title.as_str());
    let Some(record) = session.steps.get(round.step) else {
        return;
    };
    let voters = session.voters(round.step);
    let mut lines = Vec::new();
    if voters.is_empty() {
        lines.push(Line::styled(t.round_no_voters, p.warning()));
    } else {
        // Who is on show and who has a position (never which one).
        let mut chips = Vec::new();
        for (i, v) in voters.iter().enumerate() {
            let done = if record.stance_of(v).is_some() {
                "✓"
            } else {
                "·"
            };
            let style = if i == round.voter {
                p.selected()
            } else {
                Style::new()
            };
            chips.push(Span::styled(format!("{v} {done}"), style));
            chips.push(Span::raw("  "));
        }
        lines.push(Line::from(chips));
        let done = voters
            .iter()
            .filter(|v| record.stance_of(v).is_some())
            .count();
        lines.push(Line::styled(
            fill(t.round_recorded, &[&done, &voters.len()]),
            p.dim(),
        ));
        lines.push(Line::raw(""));
        let who = &voters[round.voter.min(voters.len() - 1)];
        lines.push(Line::styled(fill(t.round_for, &[who]), p.label()));
    }
    let options = round.options(session);
    let shown = record.stances_shown && !record.stances.is_empty();
    let tally = Tally::of(options, &record.stances);
    let actual = record
        .actual
        .as_deref()
        .filter(|_| actual_visible(session, round.step));
    let mut cursor_line = 0;
    let width = usize::from(area.width.saturating_sub(4));
    let own = t.round_own.to_string();
    for (i, o) in options.iter().chain(std::iter::once(&own)).enumerate() {
        let on = i == round.cursor;
        if on {
            cursor_line = lines.len();
        }
        let number = if i < options.len() {
            format!("{}. ", i + 1)
        } else {
            String::new()
        };
        let style = if on { p.selected() } else { Style::new() };
        let mut after = Vec::new();
        if shown && i < options.len() {
            after.push(Span::styled(
                format!("  {}", bar(tally.options[i])),
                p.chip(),
            ));
        }
        if i < options.len() && actual == Some(o.as_str()) {
            after.push(Span::styled(format!("  ✓ {}", t.actual_mark), p.ok()));
        }
        // Wrapped here, so a long option stays indented under its number.
        let lead = format!("{}{number}", if on { "▶ " } else { "  " });
        let indent = " ".repeat(text::width(&lead));
        let taken: usize = indent.len() + after.iter().map(Span::width).sum::<usize>();
        let rows = text::wrap(&[Line::raw(o.clone())], width.saturating_sub(taken).max(8));
        let last = rows.len().saturating_sub(1);
        for (n, row) in rows.into_iter().enumerate() {
            let head = if n == 0 { &lead } else { &indent };
            let mut spans = vec![Span::styled(format!("{head}{row}"), style)];
            if n == last {
                spans.append(&mut after);
            }
            lines.push(Line::from(spans));
        }
    }
    // On the own-words row (the last), everything below it comes into view.
    let cursor = if round.cursor == options.len() {
        usize::MAX
    } else {
        cursor_line
    };
    lines.push(Line::raw(""));
    if shown {
        lines.push(Line::styled(t.round_shown, p.label()));
        lines.extend(
            option_lines(session, round.step, s, p)
                .into_iter()
                .skip(options.len()),
        );
    } else {
        lines.push(Line::styled(t.round_hidden, p.dim()));
    }
    panel(
        frame,
        area,
        &fill(t.round_title, &[&title]),
        &lines,
        cursor,
        ctx,
    );
}

/// Draws `lines` in a bordered panel over `area`, as tall as they need (at
/// most `area`), with the line `cursor` always in view.
pub fn panel(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: &[Line<'static>],
    cursor: usize,
    ctx: &Ctx,
) {
    let p = ctx.palette;
    let width = area.width.saturating_sub(4).max(1);
    let rows = text::wrap(lines, usize::from(width)).len() as u16;
    let height = (rows + 2).min(area.height);
    let area = Rect::new(
        area.x,
        area.y + (area.height - height) / 2,
        area.width,
        height,
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(p.title())
        .title(Span::styled(format!(" {title} "), p.title()));
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let row = text::wrap(&lines[..cursor.min(lines.len())], usize::from(inner.width)).len();
    let scroll = (row + 2).saturating_sub(usize::from(inner.height)) as u16;
    let more = ctx.strings().more_below;
    text::render_scrolled(frame, inner, lines, scroll, more, p.title());
}
