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
use crate::tui::screens::session::votes_draw::badge;
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
    /// The personal data in the own case was named once: `c` again writes it.
    pub case_warned: bool,
}

impl Summary {
    /// The summary of a session.
    pub fn new(session: Session) -> Summary {
        Summary {
            session,
            scroll: 0,
            pages: None,
            asking: false,
            case_warned: false,
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
        Command::ExportCase => return export_case(summary, ctx),
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

/// `c`: the own case as a case file in the config folder's `cases/`; what
/// blocks it is said, and personal data in it is named before the second `c`.
fn export_case(summary: &mut Summary, ctx: &Ctx) -> Reply {
    use crate::export::case::{CaseError, case_file};
    let s = ctx.strings().own;
    let session = &summary.session;
    let findings = match case_file(session, &session.case.id, false) {
        Ok(file) => file.findings,
        Err(CaseError::NotOwn) => return Reply::default(),
        Err(CaseError::NoSteps) => return Reply::complain(s.case_no_steps),
        Err(CaseError::Bsn) => return Reply::complain(s.case_bsn),
    };
    if !findings.is_empty() && !summary.case_warned {
        summary.case_warned = true;
        let mut kinds: Vec<&str> = findings
            .iter()
            .map(|(k, _)| ctx.strings().finding_label(*k))
            .collect();
        kinds.sort_unstable();
        kinds.dedup();
        return Reply::complain(fill(s.case_personal, &[&kinds.join(", ")]));
    }
    let taken = ctx
        .library
        .cases
        .iter()
        .map(|e| e.item.id.clone())
        .collect();
    Reply::effect(Effect::ExportCase(Box::new(session.clone()), taken))
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
    let t = s.terugblik;
    if session.practice {
        lines.push(Line::styled(t.md_practice, p.warning()));
    }
    if !session.follow_ups.is_empty() {
        let n = session.follow_ups.len();
        lines.push(Line::styled(t.summary_followed.of(n), p.dim()));
    }
    let mut positions = crate::review::positions::PositionCounts::default();
    positions.add(session);
    if let Some(line) = positions.line(ctx.lang.review()) {
        lines.push(Line::styled(line, p.dim()));
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
    lines.push(Line::styled(
        ranked(s.closing_bottlenecks, session, s),
        p.title(),
    ));
    if session.bottlenecks.is_empty() {
        lines.push(Line::styled(
            format!("  {}", s.clock.ro_no_bottlenecks),
            p.dim(),
        ));
    }
    for b in session.ranked_bottlenecks() {
        let owner = b
            .owner
            .as_deref()
            .map(|o| fill(s.owner_suffix, &[&o]))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::raw(format!("  • {}{owner}", b.text)),
            Span::styled(badge(&b.votes, s), p.chip()),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        ranked(s.closing_actions, session, s),
        p.title(),
    ));
    if session.actions.is_empty() {
        lines.push(Line::styled(
            format!("  {}", s.clock.summary_no_actions),
            p.dim(),
        ));
    }
    for a in session.ranked_actions() {
        let owner = a
            .owner
            .as_deref()
            .map(|o| fill(s.owner_suffix, &[&o]))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::raw(format!("  • {}{owner}", a.text)),
            Span::styled(badge(&a.votes, s), p.chip()),
        ]));
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

/// A heading, saying the list is ranked by dots once anyone voted.
fn ranked(heading: &str, session: &Session, s: &crate::i18n::Strings) -> String {
    if session.voted() {
        format!("{heading} ({})", s.stance.ranked)
    } else {
        heading.to_string()
    }
}
