//! One session, read-only, as it was run: phase by phase with the group's
//! notes, each decision point with its decision, themes, reflections,
//! knelpunt and outcome, then the closing.
//!
//! Review holds summaries of the sessions (no notes, no case texts, no
//! closing), so the page asks the runner to read the session file whole
//! (`Effect::ReadSession`) each time it shows a session, and draws it once
//! the file was read: what it shows is the file as it is now.

use ratatui::Frame;
use ratatui::layout::Rect;

use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::pages::Page;
pub use super::pages::{Detail, Full};
use super::state::Review;
use super::transcript::lines;
use crate::i18n::fill;
use crate::model::Session;
use crate::review::LoadedSession;
use crate::tui::action::{Command, Effect};
use crate::tui::ctx::Ctx;
use crate::tui::ctx::Reply;
use crate::tui::widgets::text::wrap;

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
            let summary = crate::review::index::SessionSummary::of(&session).into_session();
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
