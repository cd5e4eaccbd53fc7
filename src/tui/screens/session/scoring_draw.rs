//! Drawing the scores: how many are given, then the indicators under
//! "Gezin" and "Systeem", each with its score as a number, a sign and a
//! word (`✓ aanvaardbaar`, `! vraagt aandacht`), so the marking reads
//! without colour; the highlighted one with its description and its why.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::scoring::Scoring;
use super::state::SessionScreen;
use crate::i18n::fill;
use crate::tui::ctx::Ctx;

/// Draws the open scores over the phase.
pub fn draw(screen: &SessionScreen, sc: &Scoring, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = ctx.strings().scores;
    let r = ctx.lang.review().scores;
    let p = ctx.palette;
    let session = &screen.session;
    let order = session.method.indicators();
    let given = order
        .iter()
        .filter(|(i, _)| session.score_at(*i).is_some())
        .count();
    let mut lines = vec![Line::styled(
        fill(t.progress, &[&given, &order.len()]),
        p.label(),
    )];
    let width = order
        .iter()
        .map(|(_, ind)| ind.label.width())
        .max()
        .unwrap_or(0);
    let mut cursor_line = 0;
    let mut part = None;
    for (n, (i, ind)) in order.iter().enumerate() {
        if part != Some(ind.part) {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                format!("{}: {}", r.part(ind.part), r.question(ind.part)),
                p.title(),
            ));
            part = Some(ind.part);
        }
        let on = n == sc.cursor;
        if on {
            cursor_line = lines.len();
        }
        let style = if on { p.selected() } else { Style::new() };
        let pad = " ".repeat(width.saturating_sub(ind.label.width()));
        let mut spans = vec![Span::styled(
            format!("{}{}{pad}  ", if on { "▶ " } else { "  " }, ind.label),
            style,
        )];
        match session.score_at(*i) {
            Some(score) => {
                let mark = if score.is_acceptable() {
                    p.ok()
                } else {
                    p.warning()
                };
                spans.push(Span::styled(format!("{} ", score.value), p.title()));
                spans.push(Span::styled(r.marking(score.value), mark));
            }
            None => spans.push(Span::styled(format!("· {}", t.unscored), p.dim())),
        }
        lines.push(Line::from(spans));
        let note = session.score_at(*i).map(|s| s.note.trim()).unwrap_or("");
        if on && let Some(d) = ind.description.as_deref().filter(|d| !d.trim().is_empty()) {
            lines.push(Line::styled(format!("    {}", d.trim()), p.dim()));
        }
        if !note.is_empty() && (on || !ctx.present) {
            for row in note.lines() {
                lines.push(Line::styled(format!("    {row}"), p.label()));
            }
        }
    }
    super::round_draw::panel(frame, area, t.title, &lines, cursor_line, ctx);
}
