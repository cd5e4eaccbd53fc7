//! The summary at the end of a session: themes counted, bottlenecks, actions, time per phase.
//!
//! A finished session stays finished while it is viewed: `←` shows its pages
//! read-only (the session screen's drawing, none of its editors, no saves),
//! and only `R` followed by Enter reopens it for editing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::i18n::fill;
use crate::model::Session;
use crate::review::stats::theme_counts;
use crate::tui::action::{Command, Effect};
use crate::tui::ctx::{Ctx, Goto, Reply};
use crate::tui::keymap::Context;
use crate::tui::screens::export::export;
use crate::tui::screens::session::{self, SessionScreen};
use crate::tui::widgets::timer::{clock, planned_secs};

/// The summary's state.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The finished session.
    pub session: Session,
    /// Lines scrolled.
    pub scroll: u16,
    /// The session's pages, shown read-only; `None` while the summary shows.
    pub pages: Option<Box<SessionScreen>>,
    /// The question "reopen?" is showing.
    pub asking: bool,
}

impl Summary {
    /// The summary of a session.
    pub fn new(session: Session) -> Summary {
        Summary {
            session,
            scroll: 0,
            pages: None,
            asking: false,
        }
    }

    /// Where the keys go.
    pub fn context(&self) -> Context {
        if self.asking {
            Context::ReopenAsk
        } else if self.pages.is_some() {
            Context::ReadOnly
        } else {
            Context::Summary
        }
    }
}

/// Handles a command on the summary, its read-only pages or the question.
pub fn update(summary: &mut Summary, cmd: Command, ctx: &Ctx) -> Reply {
    let s = ctx.strings().clock;
    if summary.asking {
        summary.asking = false;
        return match cmd {
            Command::Confirm => reopen(summary, ctx),
            Command::Quit => Reply::effect(Effect::Quit),
            _ => Reply::say(s.reopen_cancelled),
        };
    }
    match cmd {
        Command::Export => return export(&summary.session, ctx),
        Command::Reopen => {
            summary.asking = true;
            return Reply::say(s.reopen_ask);
        }
        Command::Quit => return Reply::effect(Effect::Quit),
        _ => {}
    }
    if let Some(pages) = &mut summary.pages {
        // Moving through the pages changes only what is shown: nothing is saved.
        match cmd {
            Command::Next if pages.forward() => summary.pages = None,
            Command::NextPhase if pages.next_phase() => summary.pages = None,
            Command::Prev => pages.back(),
            Command::PrevPhase => pages.prev_phase(),
            Command::ScrollUp => pages.scroll = pages.scroll.saturating_sub(3),
            Command::ScrollDown => pages.scroll = pages.scroll.saturating_add(3),
            Command::Back => summary.pages = None,
            _ => {}
        }
        return Reply::default();
    }
    match cmd {
        Command::ViewPages => {
            let mut pages = SessionScreen::new(summary.session.clone());
            pages.read_only = true;
            summary.pages = Some(Box::new(pages));
        }
        Command::Back => return Reply::goto(Goto::Home),
        Command::ScrollUp => summary.scroll = summary.scroll.saturating_sub(3),
        Command::ScrollDown => summary.scroll = summary.scroll.saturating_add(3),
        _ => {}
    }
    Reply::default()
}

/// `R`, Enter: the session is unfinished again, saved, and opens for editing.
fn reopen(summary: &Summary, ctx: &Ctx) -> Reply {
    let mut session = summary.session.clone();
    session.finished = None;
    session.updated = ctx.now;
    let mut reply = Reply::effect(Effect::Save(Box::new(session.clone())));
    reply.goto = Some(Goto::Open(Box::new(session)));
    reply.with_say(ctx.strings().clock.reopened)
}

/// Draws the summary, or the session's pages read-only.
pub fn draw(summary: &Summary, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    if let Some(pages) = &summary.pages {
        session::draw(pages, ctx, frame, area);
        return;
    }
    let s = ctx.strings();
    let p = ctx.palette;
    let session = &summary.session;
    let mut lines = vec![
        Line::styled(s.summary_title, p.title()),
        Line::styled(
            fill(
                s.summary_meta,
                &[
                    &session.decided_steps(),
                    &session.steps.len(),
                    &session.group,
                ],
            ),
            p.dim(),
        ),
        Line::styled(
            fill(
                s.summary_started,
                &[&ctx.date_time(session.started), &session.method.title],
            ),
            p.dim(),
        ),
    ];
    if !session.participants.is_empty() {
        let who = session.participants.join(", ");
        lines.push(Line::styled(fill(s.summary_participants, &[&who]), p.dim()));
    }
    lines.push(Line::raw(""));
    if !session.lessons.trim().is_empty() {
        lines.push(Line::styled(s.closing_lessons, p.title()));
        lines.extend(crate::tui::widgets::text::lines(
            &session.lessons,
            "  ",
            ratatui::style::Style::new(),
        ));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(s.summary_themes, p.title()));
    let counts = theme_counts(session);
    if counts.is_empty() {
        lines.push(Line::styled(format!("  {}", s.clock.ro_no_themes), p.dim()));
    }
    let widest = counts.iter().map(|(_, n)| *n).max().unwrap_or(1);
    for (reference, n) in &counts {
        let label = session.theme_label(reference).unwrap_or(reference);
        let bar = "█".repeat((n * 20).div_ceil(widest));
        lines.push(Line::from(vec![
            Span::styled(bar, p.chip()),
            Span::raw(format!(" {n}  {label}")),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s.closing_bottlenecks, p.title()));
    if session.bottlenecks.is_empty() {
        lines.push(Line::styled(
            format!("  {}", s.clock.ro_no_bottlenecks),
            p.dim(),
        ));
    }
    for b in &session.bottlenecks {
        let owner = b
            .owner
            .as_deref()
            .map(|o| fill(s.owner_suffix, &[&o]))
            .unwrap_or_default();
        lines.push(Line::raw(format!("  • {}{owner}", b.text)));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s.closing_actions, p.title()));
    if session.actions.is_empty() {
        lines.push(Line::styled(
            format!("  {}", s.clock.summary_no_actions),
            p.dim(),
        ));
    }
    for a in &session.actions {
        let owner = a
            .owner
            .as_deref()
            .map(|o| fill(s.owner_suffix, &[&o]))
            .unwrap_or_default();
        lines.push(Line::raw(format!("  • {}{owner}", a.text)));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s.summary_time, p.title()));
    for (phase, record) in session.method.phases.iter().zip(&session.phases) {
        let planned = planned_secs(phase.minutes, record.extra_minutes);
        let style = if record.elapsed_secs > planned {
            p.warning()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(
            fill(
                s.summary_phase_time,
                &[&clock(record.elapsed_secs), &clock(planned), &phase.title],
            ),
            style,
        ));
    }
    crate::tui::widgets::text::render_scrolled(
        frame,
        area,
        &lines,
        summary.scroll,
        s.more_below,
        p.title(),
    );
}
