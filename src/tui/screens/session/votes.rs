//! Dot-voting in the closing (`s`): each participant spreads
//! [`Session::votes_each`] dots over the knelpunten and actions. `↑/↓` an
//! item, `←/→` the participant, `Enter` or `Space` gives a dot, `-` takes
//! one back, `<`/`>` fewer or more dots for everyone, `a` adds a
//! participant. Every dot is saved at once; the ranking orders the summary,
//! the exports and the register. Drawing is `votes_draw.rs`.

use super::state::SessionScreen;
use crate::i18n::fill;
use crate::model::{DraftTarget, MAX_VOTES, Session, Votable};
use crate::tui::action::Command;
use crate::tui::ctx::{Ctx, Reply};
use crate::tui::widgets::editor::Editor;

/// Open dot-voting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Voting {
    /// The participant on show: an index into [`Session::dot_voters`].
    pub voter: usize,
    /// The highlighted item: an index into [`items`].
    pub cursor: usize,
}

/// What can be voted on, in the closing's order: knelpunten, then actions.
pub fn items(session: &Session) -> Vec<Votable> {
    (0..session.bottlenecks.len())
        .map(Votable::Bottleneck)
        .chain((0..session.actions.len()).map(Votable::Action))
        .collect()
}

impl Voting {
    /// The participant on show, if there is any.
    pub fn voter_label(&self, session: &Session) -> Option<String> {
        session.dot_voters().get(self.voter).cloned()
    }

    /// The highlighted item.
    pub fn item(&self, session: &Session) -> Option<Votable> {
        items(session).get(self.cursor).copied()
    }
}

/// True when the command's key acts in voting now.
pub fn acts(v: &Voting, session: &Session, cmd: Command) -> bool {
    let who = v.voter_label(session);
    let item = v.item(session);
    let most = session
        .dot_voters()
        .iter()
        .map(|p| session.votes_by(p))
        .max()
        .unwrap_or(0);
    match cmd {
        Command::Vote => match (&who, item) {
            (Some(w), Some(_)) => session.votes_by(w) < session.votes_each as usize,
            _ => false,
        },
        Command::Unvote => match (&who, item) {
            (Some(w), Some(i)) => session.votes_on(i).contains(w),
            _ => false,
        },
        Command::Prev | Command::Next => session.dot_voters().len() > 1,
        Command::Up | Command::Down => items(session).len() > 1,
        Command::MoreVotes => session.votes_each < MAX_VOTES,
        Command::FewerVotes => session.votes_each > 1 && session.votes_each as usize > most,
        _ => true,
    }
}

/// `s` in the closing: voting opens on its first participant and item.
pub fn open(screen: &mut SessionScreen, ctx: &Ctx) -> Reply {
    if items(&screen.session).is_empty() {
        return Reply::complain(ctx.strings().stance.votes_nothing);
    }
    screen.voting = Some(Voting::default());
    Reply::default()
}

/// A command while voting is open.
pub fn update(screen: &mut SessionScreen, cmd: Command, ctx: &Ctx) -> Reply {
    let t = ctx.strings().stance;
    let Some(mut v) = screen.voting else {
        return Reply::default();
    };
    let session = &screen.session;
    let voters = session.dot_voters().len();
    let rows = items(session).len();
    let who = v.voter_label(session);
    let item = v.item(session);
    let reply = match cmd {
        Command::Up => {
            v.cursor = v.cursor.saturating_sub(1);
            Reply::default()
        }
        Command::Down => {
            v.cursor = (v.cursor + 1).min(rows.saturating_sub(1));
            Reply::default()
        }
        Command::Prev => {
            v.voter = v.voter.checked_sub(1).unwrap_or(voters.saturating_sub(1));
            Reply::default()
        }
        Command::Next => {
            v.voter = (v.voter + 1) % voters.max(1);
            Reply::default()
        }
        Command::Back => {
            screen.voting = None;
            return Reply::default();
        }
        Command::Quit => return Reply::effects(screen.quit(ctx.now)),
        Command::AddVoter => {
            let target = DraftTarget::Participant;
            screen.editor = Some(Editor::new(target, "", None));
            return Reply::default();
        }
        Command::MoreVotes | Command::FewerVotes => {
            let each = screen.session.votes_each;
            let n = if cmd == Command::MoreVotes {
                each + 1
            } else {
                each.saturating_sub(1)
            };
            if !screen.session.set_votes_each(n) {
                return Reply::complain(t.votes_each_refused);
            }
            return Reply::effect(screen.save(ctx.now)).with_say(fill(t.votes_each, &[&n]));
        }
        Command::Vote | Command::Unvote => {
            let (Some(who), Some(item)) = (who, item) else {
                return Reply::complain(t.voter_first);
            };
            let changed = if cmd == Command::Vote {
                screen.session.vote(item, &who)
            } else {
                screen.session.unvote(item, &who)
            };
            if !changed {
                return match cmd {
                    Command::Vote => Reply::complain(fill(t.votes_none_left, &[&who])),
                    _ => Reply::default(),
                };
            }
            let left = screen.session.votes_each as usize - screen.session.votes_by(&who);
            let said = fill(t.votes_left, &[&who, &left, &screen.session.votes_each]);
            return Reply::effect(screen.save(ctx.now)).with_say(said);
        }
        _ => Reply::default(),
    };
    screen.voting = Some(v);
    reply
}
