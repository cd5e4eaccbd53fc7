//! The `Closing` phase: lessons learned, bottlenecks (from the steps and new ones), actions.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::state::{Item, SessionScreen, items};
use super::votes_draw::badge;
use crate::i18n::fill;
use crate::tui::ctx::Ctx;

/// Draws the closing phase.
pub fn draw(screen: &SessionScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings();
    let p = ctx.palette;
    let area = if ctx.present {
        super::steps::column(area)
    } else {
        area
    };
    // The empty lists name a key only while it is the one they name.
    let t = s.settings;
    let pick = |cmd, with_key, without| {
        if ctx.key_hint(crate::tui::keymap::Context::Closing, cmd) {
            with_key
        } else {
            without
        }
    };
    use crate::tui::action::Command as C;
    let no_lessons = pick(C::EditLessons, s.closing_no_lessons, t.present_no_lessons);
    let no_bottlenecks = pick(
        C::EditBottleneck,
        s.closing_no_bottlenecks,
        t.present_no_bottlenecks,
    );
    let no_actions = pick(C::AddAction, s.closing_no_actions, t.present_no_actions);
    let session = &screen.session;
    let selected = items(session).get(screen.closing_cursor).copied();
    let mark = |item: Item| if selected == Some(item) { "▶ " } else { "  " };
    let style = |item: Item| {
        if selected == Some(item) {
            p.selected()
        } else {
            ratatui::style::Style::new()
        }
    };
    let mut lines = Vec::new();
    if let Some(prompt) = session
        .method
        .phases
        .get(session.position.phase)
        .and_then(|ph| ph.prompt.as_ref())
    {
        lines.extend(crate::tui::widgets::text::lines(prompt, "", p.label()));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(s.closing_lessons, p.title()));
    let lessons = if session.lessons.trim().is_empty() {
        let none = if screen.read_only {
            s.clock.ro_no_lessons
        } else {
            no_lessons
        };
        none.to_string()
    } else {
        session.lessons.clone()
    };
    for (n, l) in lessons.lines().enumerate() {
        let prefix = if n == 0 { mark(Item::Lessons) } else { "  " };
        lines.push(Line::styled(format!("{prefix}{l}"), style(Item::Lessons)));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s.closing_bottlenecks, p.title()));
    if session.bottlenecks.is_empty() {
        lines.push(Line::styled(
            format!(
                "  {}",
                if screen.read_only {
                    s.clock.ro_no_bottlenecks
                } else {
                    no_bottlenecks
                }
            ),
            p.dim(),
        ));
    }
    for (i, b) in session.bottlenecks.iter().enumerate() {
        let item = Item::Bottleneck(i);
        let owner = b
            .owner
            .as_deref()
            .map(|o| fill(s.owner_suffix, &[&o]))
            .unwrap_or_default();
        let step = b
            .step
            .as_ref()
            .and_then(|id| session.case.steps.iter().find(|st| st.id == *id))
            .map(|st| format!(" — {}", st.title))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(format!("{}{}{owner}", mark(item), b.text), style(item)),
            Span::styled(step, p.dim()),
            Span::styled(badge(&b.votes, s), p.chip()),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s.closing_actions, p.title()));
    if session.actions.is_empty() {
        let none = if screen.read_only {
            s.clock.summary_no_actions
        } else {
            no_actions
        };
        lines.push(Line::styled(format!("  {none}"), p.dim()));
    }
    for (i, a) in session.actions.iter().enumerate() {
        let item = Item::Action(i);
        let owner = a
            .owner
            .as_deref()
            .map(|o| fill(s.owner_suffix, &[&o]))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(format!("{}{}{owner}", mark(item), a.text), style(item)),
            Span::styled(badge(&a.votes, s), p.chip()),
        ]));
    }
    crate::tui::widgets::text::render_scrolled(
        frame,
        area,
        &lines,
        screen.scroll,
        super::steps::more(ctx),
        p.title(),
    );
}
