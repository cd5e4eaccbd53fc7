//! One session, read-only, as it was run: phase by phase with the group's
//! notes, each decision point with its decision, themes, reflections,
//! knelpunt and outcome, then the closing.
//!
//! Review holds summaries of the sessions (no notes, no case texts, no
//! closing), so the page asks the runner to read the session file whole
//! (`Effect::ReadSession`) each time it shows a session, and draws it once
//! the file was read: what it shows is the file as it is now.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Page, Review};
use crate::i18n::{Lang, fill};
use crate::model::{Bottleneck, PhaseKind, Session};
use crate::review::LoadedSession;
use crate::tui::action::{Command, Effect};
use crate::tui::ctx::Ctx;
use crate::tui::ctx::Reply;
use crate::tui::style::Palette;
use crate::tui::widgets::text::{self, wrap};

/// The detail page's state.
#[derive(Debug, Clone)]
pub struct Detail {
    /// Index into the loaded sessions.
    pub index: usize,
    /// The session file shown.
    pub path: std::path::PathBuf,
    /// The whole session, once the runner has read its file.
    pub full: Full,
    /// Rows scrolled.
    pub scroll: u16,
    /// The last offset that showed text when last drawn (`u16::MAX`: not drawn yet).
    pub last: Cell<u16>,
    /// The page Esc returns to.
    pub back: Box<Page>,
}

/// The whole session of the detail page.
#[derive(Debug, Clone, PartialEq)]
pub enum Full {
    /// The runner is reading the file.
    Reading,
    /// The file as read.
    Read(Box<Session>),
    /// The file could not be read: `path:line:col: …`.
    Failed(String),
}

impl Detail {
    /// The detail of loaded session `index` (read from `path`), returning to `back`.
    pub fn new(index: usize, path: std::path::PathBuf, back: Page) -> Detail {
        Detail {
            index,
            path,
            full: Full::Reading,
            scroll: 0,
            last: Cell::new(u16::MAX),
            back: Box::new(back),
        }
    }

    /// The whole session, when it was read.
    pub fn session(&self) -> Option<&Session> {
        match &self.full {
            Full::Read(s) => Some(s),
            _ => None,
        }
    }
}

/// Shows loaded session `index` on the detail page, returning to `back`,
/// and asks the runner to read its file.
pub fn open(review: &mut Review, index: usize, back: Page) -> Reply {
    let Some(path) = review
        .loaded
        .as_ref()
        .and_then(|l| l.sessions.get(index))
        .map(|l| l.path.clone())
    else {
        return Reply::default();
    };
    review.page = Page::Detail(Box::new(Detail::new(index, path.clone(), back)));
    Reply::effect(Effect::ReadSession(path))
}

/// Takes a session file the runner read for the detail page. The summary
/// in the list is brought in line with it, so the list, the chart and the
/// register never contradict the page (the file may have changed since the
/// folders were read).
pub fn read(review: &mut Review, path: std::path::PathBuf, read: Result<Box<Session>, String>) {
    let Page::Detail(detail) = &mut review.page else {
        return;
    };
    if detail.path != path || !matches!(detail.full, Full::Reading) {
        return;
    }
    match read {
        Ok(session) => {
            let summary = crate::review::index::summary(&session);
            detail.full = Full::Read(session);
            let stale = review
                .loaded
                .as_ref()
                .and_then(|l| l.sessions.get(detail.index))
                .is_some_and(|l| l.path == path && l.session != summary);
            if stale {
                review.replace(LoadedSession {
                    session: summary,
                    path,
                });
            }
        }
        Err(why) => detail.full = Full::Failed(why),
    }
}

/// Handles a command on the detail page.
pub fn command(review: &mut Review, cmd: Command) -> Reply {
    let Page::Detail(detail) = &mut review.page else {
        return Reply::default();
    };
    // Within the last offset drawn (see the module doc of `review`).
    let last = detail.last.get();
    match cmd {
        Command::ScrollUp => detail.scroll = detail.scroll.min(last).saturating_sub(3),
        Command::ScrollDown => detail.scroll = detail.scroll.saturating_add(3).min(last),
        Command::Prev | Command::Next => {
            let at = review.matching.iter().position(|&i| i == detail.index);
            let to = match (at, cmd) {
                (Some(at), Command::Prev) => at.checked_sub(1),
                (Some(at), _) => Some(at + 1),
                (None, _) => None,
            };
            if let Some((to, &index)) = to.and_then(|t| Some((t, review.matching.get(t)?))) {
                review.list.selected = to;
                let back = std::mem::replace(detail.back.as_mut(), Page::List);
                return open(review, index, back);
            }
        }
        // Only the session as read from its file: a summary has no notes.
        Command::Export => {
            if let Some(session) = detail.session() {
                return Reply::effect(Effect::ExportMarkdown(Box::new(session.clone())));
            }
        }
        Command::Back => {
            let back = std::mem::replace(detail.back.as_mut(), Page::List);
            review.page = back;
        }
        _ => {}
    }
    Reply::default()
}

/// The whole session as lines, before wrapping.
pub fn lines(session: &Session, ctx: &Ctx) -> Vec<Line<'static>> {
    let (lang, p) = (ctx.lang, ctx.palette);
    let s = lang.strings();
    let r = lang.review();
    let mut out = vec![Line::styled(session.case.title.clone(), p.title())];
    let status = match session.finished {
        Some(at) => fill(r.md_finished_on, &[&ctx.date(at)]),
        None => r.md_unfinished.to_string(),
    };
    out.push(Line::styled(
        format!(
            "{} · {} · {} · {status}",
            ctx.date(session.started),
            session.group,
            session.method.title
        ),
        p.dim(),
    ));
    if !session.participants.is_empty() {
        out.push(Line::styled(
            format!("{}: {}", r.md_participants, session.participants.join(", ")),
            p.dim(),
        ));
    }
    let sets: Vec<&str> = session
        .theme_sets
        .iter()
        .map(|t| t.title.as_str())
        .collect();
    out.push(Line::styled(
        format!("{}: {}", r.md_theme_sets, sets.join("; ")),
        p.dim(),
    ));
    let mut steps_shown = false;
    let mut closing_shown = false;
    for (n, phase) in session.method.phases.iter().enumerate() {
        out.push(Line::raw(""));
        out.push(Line::styled(
            format!("{}. {}", n + 1, phase.title),
            p.title(),
        ));
        let notes = session
            .phases
            .iter()
            .find(|rec| rec.phase == phase.id)
            .map(|rec| rec.notes.trim())
            .unwrap_or("");
        if notes.is_empty() {
            if phase.kind == PhaseKind::Notes {
                out.push(Line::styled(format!("   {}", s.detail_no_notes), p.dim()));
            }
        } else {
            out.extend(text::lines(notes, "   ", Style::new()));
        }
        match phase.kind {
            PhaseKind::Steps if !steps_shown => {
                steps(session, lang, p, &mut out);
                steps_shown = true;
            }
            PhaseKind::Closing if !closing_shown => {
                closing(session, lang, p, &mut out);
                closing_shown = true;
            }
            _ => {}
        }
    }
    // A hand-made method without these phases still shows everything recorded.
    if !steps_shown {
        steps(session, lang, p, &mut out);
    }
    if !closing_shown {
        closing(session, lang, p, &mut out);
    }
    out
}

fn steps(session: &Session, lang: Lang, p: Palette, out: &mut Vec<Line<'static>>) {
    let s = lang.strings();
    let r = lang.review();
    for (i, record) in session.steps.iter().enumerate() {
        let step = session.case.steps.iter().find(|c| c.id == record.step);
        let title = crate::review::step_title(session, &record.step);
        out.push(Line::raw(""));
        out.push(Line::styled(
            format!(
                "   {}",
                fill(s.step_heading, &[&(i + 1), &session.steps.len(), &title])
            ),
            p.label(),
        ));
        if let Some(question) = step.map(|c| c.question.trim()).filter(|q| !q.is_empty()) {
            out.extend(text::lines(question, "     ", p.dim()));
        }
        let decision = record.decision.trim();
        if decision.is_empty() {
            out.push(Line::styled(
                format!("     {}: {}", s.stories_decision, r.md_no_decision),
                p.dim(),
            ));
        } else {
            labelled(out, s.stories_decision, decision, Style::new(), p);
        }
        if !record.themes.is_empty() {
            let mut spans = vec![Span::styled(format!("     {} ", s.step_themes), p.label())];
            for t in &record.themes {
                let label = session.theme_label(t).unwrap_or(t);
                spans.push(Span::styled(format!("[{label}]"), p.chip()));
                spans.push(Span::raw(" "));
            }
            out.push(Line::from(spans));
        }
        for x in record
            .reflections
            .iter()
            .filter(|x| !x.text.trim().is_empty())
        {
            let label = match x.author.as_deref().filter(|a| !a.trim().is_empty()) {
                Some(a) => format!("{} ({a})", s.stories_reflection),
                None => s.stories_reflection.to_string(),
            };
            labelled(out, &label, x.text.trim(), Style::new(), p);
        }
        for b in session
            .bottlenecks
            .iter()
            .filter(|b| b.step.as_deref() == Some(record.step.as_str()))
        {
            labelled(out, r.md_bottleneck, &bottleneck(b, lang), p.warning(), p);
        }
        if let Some(outcome) = step.and_then(|c| c.outcome.as_deref()) {
            let label = if record.revealed {
                s.step_outcome
            } else {
                s.detail_outcome_unrevealed
            };
            labelled(out, label, outcome.trim(), Style::new(), p);
        }
    }
}

fn closing(session: &Session, lang: Lang, p: Palette, out: &mut Vec<Line<'static>>) {
    let s = lang.strings();
    let r = lang.review();
    if !session.lessons.trim().is_empty() {
        out.push(Line::styled(format!("   {}", r.md_lessons), p.label()));
        out.extend(text::lines(session.lessons.trim(), "     ", Style::new()));
    }
    let step_ids: Vec<&str> = session.steps.iter().map(|st| st.step.as_str()).collect();
    // Bottlenecks named at a step show there; these were named in the closing
    // (or at a step the file no longer has).
    let rest: Vec<&Bottleneck> = session
        .bottlenecks
        .iter()
        .filter(|b| b.step.as_deref().is_none_or(|id| !step_ids.contains(&id)))
        .collect();
    if !rest.is_empty() {
        out.push(Line::styled(format!("   {}", r.md_bottlenecks), p.label()));
        for b in rest {
            out.extend(text::lines(
                &format!("• {}", bottleneck(b, lang)),
                "     ",
                Style::new(),
            ));
        }
    }
    if !session.actions.is_empty() {
        out.push(Line::styled(format!("   {}", s.closing_actions), p.label()));
        for a in &session.actions {
            let owner = a
                .owner
                .as_deref()
                .map(|o| fill(s.owner_suffix, &[&o]))
                .unwrap_or_default();
            out.extend(text::lines(
                &format!("• {}{owner}", a.text.trim()),
                "     ",
                Style::new(),
            ));
        }
    }
}

/// `text (eigenaar: X) · aangekaart`.
fn bottleneck(b: &Bottleneck, lang: Lang) -> String {
    let s = lang.strings();
    let owner = b
        .owner
        .as_deref()
        .map(|o| fill(s.owner_suffix, &[&o]))
        .unwrap_or_default();
    format!(
        "{}{owner} · {}",
        b.text.trim(),
        lang.review().status_label(b.status)
    )
}

/// `     Label: first line` and the further lines under it.
fn labelled(out: &mut Vec<Line<'static>>, label: &str, text: &str, style: Style, p: Palette) {
    let mut rows = text.split('\n');
    out.push(Line::from(vec![
        Span::styled(format!("     {label}: "), p.label()),
        Span::styled(rows.next().unwrap_or("").to_string(), style),
    ]));
    let indent = " ".repeat(7 + label.chars().count());
    out.extend(rows.map(|row| Line::styled(format!("{indent}{row}"), style)));
}

/// Draws the session, scrolled.
pub fn draw(detail: &Detail, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let p = ctx.palette;
    let session = match &detail.full {
        Full::Read(session) => session,
        Full::Reading => {
            let line = Line::styled(ctx.strings().detail_reading, p.dim());
            frame.render_widget(Paragraph::new(line), area);
            return;
        }
        Full::Failed(why) => {
            let line = Line::styled(why.clone(), p.error());
            frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: false }), area);
            return;
        }
    };
    let rows = wrap(&lines(session, ctx), area.width as usize);
    let last = (rows.len() as u16).saturating_sub(area.height);
    detail.last.set(last);
    frame.render_widget(
        Paragraph::new(rows).scroll((detail.scroll.min(last), 0)),
        area,
    );
}

/// `sessie 2 van 5` for the header, when the session is in the filtered list.
pub fn position(review: &Review, detail: &Detail, ctx: &Ctx) -> Option<String> {
    let at = review.matching.iter().position(|&i| i == detail.index)?;
    Some(fill(
        ctx.strings().detail_position,
        &[&(at + 1), &review.matching.len()],
    ))
}
