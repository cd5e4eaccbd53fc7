//! What came of a change made in the terugblik (`terugblik.rs`): the item's
//! own file took it or refused it (the runner's `ItemSaved` / `ItemFailed`),
//! and what happens to a note still being written when casus ends.

use jiff::Timestamp;

use super::state::SessionScreen;
use super::terugblik::{Outcome, record, status_label};
use crate::i18n::fill;
use crate::tui::ctx::{Ctx, Reply};

/// The item's own file took the change: `Some` with the status line while
/// the terugblik waits for it.
pub fn saved(screen: &mut SessionScreen, ctx: &Ctx) -> Option<Reply> {
    let t = screen.terugblik.as_mut()?;
    let entry = t.entries.get_mut(t.pending?)?;
    if entry.outcome == Outcome::Failed {
        return Some(Reply::default());
    }
    entry.outcome = Outcome::Saved;
    let s = ctx.strings();
    let said = fill(
        s.terugblik.saved,
        &[
            &status_label(ctx.lang, entry.status),
            &ctx.date(entry.item.started),
        ],
    );
    Some(Reply::say(said))
}

/// The item's own file could not take the change: said, and kept here.
pub fn failed(screen: &mut SessionScreen, why: &str, ctx: &Ctx) -> Option<Reply> {
    let t = screen.terugblik.as_mut()?;
    let entry = t.entries.get_mut(t.pending?)?;
    entry.outcome = Outcome::Failed;
    let date = ctx.date(entry.item.started);
    let why = why.trim_end_matches('.');
    Some(Reply::complain(fill(
        ctx.strings().terugblik.failed,
        &[&date, &format!("{why}.")],
    )))
}

/// Ended while a note is being written: the text (any BSN removed) is kept
/// in this session's follow-ups, so nothing typed is lost.
pub fn keep_draft(screen: &mut SessionScreen, now: Timestamp) {
    let Some(t) = screen.terugblik.as_mut() else {
        return;
    };
    let Some(editor) = t.editor.take() else {
        return;
    };
    let lang = crate::i18n::Lang::parse(&screen.session.language).unwrap_or_default();
    let note = editor.draft_text(lang).trim().to_string();
    let Some(entry) = t.entries.get_mut(t.cursor) else {
        return;
    };
    if note.is_empty() {
        return;
    }
    if !entry.note.is_empty() {
        entry.note.push('\n');
    }
    entry.note.push_str(&note);
    let (item, status) = (entry.item.clone(), entry.status);
    record(&mut screen.session, &item, status, &note, now);
}
