//! The terugblik: before the method's first phase, a new session looks back
//! at the group's open knelpunten and actions of earlier sessions (found by
//! [`crate::review::open_items`] over the folders the runner read).
//!
//! `↑/↓` an item, `s` its next status, `Enter` a note: progress, or for a
//! knelpunt whose status is *beantwoord* the owner's answer (saved as its
//! `answer`, and in its history). `Tab` (or `→`) goes on to the first phase,
//! `Esc` skips the rest: both leave the terugblik, as everything is already
//! written. Each change goes to the session the item came from
//! (`Effect::UpdateItem`, stamped with this session's id) and is noted in this
//! session's `follow_ups`, saved at once; when the origin cannot be written
//! the note stays here and the status line says so. Drawing is
//! `terugblik_draw.rs`; what the files answer is `terugblik_saved.rs`.

use super::state::SessionScreen;
use crate::i18n::{Lang, Strings};
use crate::model::{BottleneckStatus, DraftTarget, FollowUp, Session};
use crate::review::{
    ActionChange, BottleneckChange, ItemChange, ItemStatus, LoadedSession, OpenItem, Stamp,
};
use crate::tui::action::{Command, Effect};
use crate::tui::ctx::{Ctx, Reply};
use crate::tui::widgets::editor::{Editor, Warning};

pub use super::terugblik_saved::{failed, keep_draft, saved};

/// What became of an item in this terugblik.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing changed yet.
    Untouched,
    /// Written to the session it came from.
    Saved,
    /// Could not be written there; kept in this session only.
    Failed,
}

/// One open item on show, with what the group did with it here.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The item as read from its session.
    pub item: OpenItem,
    /// Its status as the group set it now.
    pub status: ItemStatus,
    /// What the group noted here (every note, one per line).
    pub note: String,
    /// Whether the last change reached the item's own file.
    pub outcome: Outcome,
}

/// The terugblik's state, while it shows.
#[derive(Debug, Clone)]
pub struct Terugblik {
    /// The open items, oldest first.
    pub entries: Vec<Entry>,
    /// The highlighted item.
    pub cursor: usize,
    /// The note (or answer) being written for the highlighted item.
    pub editor: Option<Editor>,
    /// The item whose change the runner is writing.
    pub(super) pending: Option<usize>,
}

/// True when opening `session` should look for open items: a session that
/// has not begun (first phase, no time spent in it), is not finished and is
/// not a practice session. A session resumed before its first phase began
/// therefore looks back again (re-read, so it shows what is open now).
pub fn wanted(session: &Session) -> bool {
    session.finished.is_none()
        && !session.practice
        && session.position == Default::default()
        && session.phases.first().is_none_or(|p| p.elapsed_secs == 0)
}

/// The runner read the folders: the terugblik opens when the group has open items.
pub fn loaded(screen: &mut SessionScreen, sessions: &[LoadedSession]) {
    if !wanted(&screen.session) || screen.terugblik.is_some() {
        return;
    }
    let items = crate::review::open_items(sessions, &screen.session);
    if items.is_empty() {
        return;
    }
    let entries = items
        .into_iter()
        .map(|item| {
            // Resumed: what this session noted before comes back with the item.
            let note = screen
                .session
                .follow_ups
                .iter()
                .find(|f| f.session == item.session_id && f.item == item.id)
                .map(|f| f.note.clone())
                .unwrap_or_default();
            Entry {
                status: item.status,
                item,
                note,
                outcome: Outcome::Untouched,
            }
        })
        .collect();
    screen.terugblik = Some(Terugblik {
        entries,
        cursor: 0,
        editor: None,
        pending: None,
    });
}

/// True when the highlighted item's note is a knelpunt's answer.
pub(super) fn is_answer(entry: &Entry) -> bool {
    entry.status == ItemStatus::Bottleneck(BottleneckStatus::Answered)
}

/// A command while the terugblik shows; `None` when it does not show.
pub fn update(screen: &mut SessionScreen, cmd: Command, ctx: &Ctx) -> Option<Reply> {
    let t = screen.terugblik.as_mut()?;
    if t.editor.is_some() {
        return Some(editor_command(screen, cmd, ctx));
    }
    let last = t.entries.len().saturating_sub(1);
    Some(match cmd {
        Command::Up => {
            t.cursor = t.cursor.saturating_sub(1);
            Reply::default()
        }
        Command::Down => {
            t.cursor = (t.cursor + 1).min(last);
            Reply::default()
        }
        Command::CycleStatus => {
            let i = t.cursor;
            let Some(entry) = t.entries.get_mut(i) else {
                return Some(Reply::default());
            };
            entry.status = entry.status.next();
            let status = entry.status;
            change(screen, i, status, String::new(), ctx)
        }
        Command::EditNotes | Command::Confirm => {
            let Some(entry) = t.entries.get(t.cursor) else {
                return Some(Reply::default());
            };
            let text = if is_answer(entry) {
                entry.item.answer.clone()
            } else {
                String::new()
            };
            // This editor writes into a follow-up, never into the session's
            // own fields: its target is not read.
            t.editor = Some(Editor::new(DraftTarget::Lessons, &text, None));
            Reply::default()
        }
        Command::Next | Command::NextPhase | Command::Back => {
            screen.terugblik = None;
            Reply::effect(screen.save(ctx.now)).with_say(ctx.strings().terugblik.left)
        }
        Command::Quit => Reply::effects(screen.quit(ctx.now)),
        // Handled here, not below: an own case's preparation editor waits under it.
        Command::TogglePresent => {
            let on = !ctx.present;
            let t = ctx.strings().settings;
            let mut reply = Reply::say(if on { t.present_on } else { t.present_off });
            reply.present = Some(on);
            reply
        }
        _ => Reply::default(),
    })
}

/// A command while the note editor is open.
fn editor_command(screen: &mut SessionScreen, cmd: Command, ctx: &Ctx) -> Reply {
    let s = ctx.strings();
    let Some(t) = screen.terugblik.as_mut() else {
        return Reply::default();
    };
    let Some(editor) = t.editor.as_mut() else {
        return Reply::default();
    };
    match cmd {
        Command::Done | Command::Back => {}
        Command::Redact => {
            editor.redact(ctx.lang);
            return Reply::default();
        }
        Command::Quit => return Reply::effects(screen.quit(ctx.now)),
        _ => return Reply::default(),
    }
    // The privacy gate of every editor: a BSN blocks, anything else warns once.
    let findings = editor.findings();
    let text = editor.text();
    if !findings.is_empty() {
        let mut kinds: Vec<_> = findings.iter().map(|f| f.kind).collect();
        kinds.sort();
        kinds.dedup();
        let blocking = kinds.iter().any(|k| k.blocks());
        let warned = editor
            .warning
            .as_ref()
            .is_some_and(|w| w.text == text && !w.blocking);
        if blocking || !warned {
            editor.warning = Some(Warning {
                kinds,
                blocking,
                text,
            });
            return Reply::complain(if blocking {
                s.privacy_blocked_short
            } else {
                s.privacy_warning_short
            });
        }
    }
    t.editor = None;
    let i = t.cursor;
    let Some(entry) = t.entries.get(i) else {
        return Reply::default();
    };
    let note = text.trim().to_string();
    let unchanged = is_answer(entry) && note == entry.item.answer.trim();
    if note.is_empty() || unchanged {
        return Reply::default();
    }
    let status = entry.status;
    change(screen, i, status, note, ctx)
}

/// Records a change of item `i` here and asks for it in the item's own file.
fn change(
    screen: &mut SessionScreen,
    i: usize,
    status: ItemStatus,
    note: String,
    ctx: &Ctx,
) -> Reply {
    let id = screen.session.id.clone();
    let Some(t) = screen.terugblik.as_mut() else {
        return Reply::default();
    };
    let Some(entry) = t.entries.get_mut(i) else {
        return Reply::default();
    };
    t.pending = Some(i);
    entry.outcome = Outcome::Untouched;
    let answer = is_answer(entry) && !note.is_empty();
    if !note.is_empty() {
        if !entry.note.is_empty() {
            entry.note.push('\n');
        }
        entry.note.push_str(&note);
    }
    if answer {
        entry.item.answer = note.clone();
    }
    let item = entry.item.clone();
    let stamp = Stamp {
        at: ctx.now,
        note: note.clone(),
        session: Some(id),
    };
    let mut changes = vec![match status {
        ItemStatus::Bottleneck(st) => ItemChange::Bottleneck(BottleneckChange::Status(st, stamp)),
        ItemStatus::Action(st) => ItemChange::Action(ActionChange::Status(st, stamp)),
    }];
    if answer {
        changes.push(ItemChange::Bottleneck(BottleneckChange::Answer(
            note.clone(),
        )));
    }
    record(&mut screen.session, &item, status, &note, ctx.now);
    let mut effects: Vec<Effect> = changes
        .into_iter()
        .map(|change| Effect::UpdateItem {
            path: item.path.clone(),
            session_id: item.session_id.clone(),
            item: item.id.clone(),
            text: item.text.clone(),
            change,
        })
        .collect();
    effects.push(screen.save(ctx.now));
    Reply::effects(effects)
}

/// Notes the change in this session's `follow_ups`: one per item, its status
/// the latest, its notes one per line.
pub(super) fn record(
    session: &mut Session,
    item: &OpenItem,
    status: ItemStatus,
    note: &str,
    at: jiff::Timestamp,
) {
    let changed = status != item.status;
    let found = session
        .follow_ups
        .iter_mut()
        .find(|f| f.session == item.session_id && f.item == item.id);
    let f = match found {
        Some(f) => f,
        None => {
            session.follow_ups.push(FollowUp {
                at,
                session: item.session_id.clone(),
                item: item.id.clone(),
                text: item.text.clone(),
                status: None,
                note: String::new(),
            });
            session.follow_ups.last_mut().expect("just pushed")
        }
    };
    f.at = at;
    // Relative to the status as read: cycled back to it, no change is left.
    f.status = changed.then(|| status.key().to_string());
    if !note.is_empty() {
        if !f.note.is_empty() {
            f.note.push('\n');
        }
        f.note.push_str(note);
    }
}

/// How a status reads.
pub fn status_label(lang: Lang, status: ItemStatus) -> &'static str {
    let f = lang.review().followup;
    match status {
        ItemStatus::Bottleneck(st) => f.status(st),
        ItemStatus::Action(st) => f.action_status(st),
    }
}

/// True when the command's key acts in the terugblik now (footer, help).
pub fn acts(screen: &SessionScreen, cmd: Command) -> Option<bool> {
    let t = screen.terugblik.as_ref()?;
    if t.editor.is_some() {
        return Some(matches!(
            cmd,
            Command::Done | Command::Redact | Command::Help | Command::Quit
        ));
    }
    Some(match cmd {
        Command::Up | Command::Down => t.entries.len() > 1,
        _ => true,
    })
}

/// What a command does in the terugblik, where it differs from elsewhere.
pub fn describe(screen: &SessionScreen, cmd: Command, s: &Strings) -> Option<&'static str> {
    let t = screen.terugblik.as_ref()?;
    if t.editor.is_some() {
        return None;
    }
    let w = s.terugblik;
    Some(match cmd {
        Command::CycleStatus => w.cmd_status,
        Command::EditNotes => match t.entries.get(t.cursor) {
            Some(e) if is_answer(e) => w.cmd_answer,
            _ => w.cmd_note,
        },
        Command::Next | Command::NextPhase => w.cmd_continue,
        Command::Back => w.cmd_skip,
        _ => return None,
    })
}
