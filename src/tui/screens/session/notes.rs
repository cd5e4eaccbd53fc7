//! A `Notes` phase: the prompt and the group's notes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::state::SessionScreen;
use crate::tui::ctx::Ctx;
use crate::tui::widgets::text;
use ratatui::style::Style;

/// Draws the prompt and notes of the current phase.
pub fn draw(screen: &SessionScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let p = ctx.palette;
    let area = if ctx.present {
        super::steps::column(area)
    } else {
        area
    };
    let session = &screen.session;
    let i = session.position.phase;
    let mut lines = Vec::new();
    if let Some(prompt) = session
        .method
        .phases
        .get(i)
        .and_then(|ph| ph.prompt.as_ref())
    {
        lines.extend(text::lines(prompt, "", p.label()));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(s.notes_title, p.title()));
    let notes = session
        .phases
        .get(i)
        .map(|r| r.notes.as_str())
        .unwrap_or("");
    if notes.trim().is_empty() {
        let notes = crate::tui::action::Command::EditNotes;
        let empty = if screen.read_only {
            s.clock.ro_notes_empty
        } else if ctx.key_hint(crate::tui::keymap::Context::Notes, notes) {
            s.notes_empty
        } else {
            s.settings.present_notes_empty
        };
        lines.push(Line::styled(empty, p.dim()));
    } else {
        lines.extend(text::lines(notes, "", Style::new()));
    }
    if i + 1 == session.method.phases.len() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(s.notes_last_phase, p.warning()));
    }
    // Before the decision points the group reads the case's background.
    if session.steps_phase().is_some_and(|steps| i < steps) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(s.notes_case_context, p.title()));
        lines.extend(text::lines(&session.case.summary, "", p.label()));
        lines.push(Line::raw(""));
        lines.extend(text::lines(&session.case.context, "", Style::new()));
    }
    let at = (screen.scroll, None);
    screen.seen.set(text::render_seen(
        frame,
        area,
        &lines,
        at,
        super::steps::more(ctx),
        p.title(),
    ));
}
