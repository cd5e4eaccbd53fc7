//! The position round of a decision point (`c`): the facilitator records
//! each participant's position one by one, before the reveal. `↑/↓` picks
//! an option (or own words), `Enter` records it for the participant on show
//! and moves to the next, `←/→` picks the participant, `r` the reason, `u`
//! shows every position at once, `w` marks the option that actually
//! happened, `a` adds a participant by initials or role. Every change is
//! saved at once. Until shown, the round never draws what anyone chose,
//! and the highlight starts at the top for every participant, so a
//! projector gives nothing away. Drawing is `round_draw.rs`.

use super::state::SessionScreen;
use crate::i18n::fill;
use crate::model::{Choice, DraftTarget, Session};
use crate::tui::action::Command;
use crate::tui::ctx::{Ctx, Reply};
use crate::tui::widgets::editor::Editor;

/// The open round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// The decision point.
    pub step: usize,
    /// The participant on show: an index into [`Session::voters`].
    pub voter: usize,
    /// The highlighted row: an option, or (one past the last) own words.
    pub cursor: usize,
}

impl Round {
    /// The participant on show, if there is any.
    pub fn voter_label(&self, session: &Session) -> Option<String> {
        session.voters(self.step).get(self.voter).cloned()
    }

    /// The options of the decision point.
    pub fn options<'a>(&self, session: &'a Session) -> &'a [String] {
        session
            .case
            .steps
            .get(self.step)
            .map_or(&[], |s| s.options.as_slice())
    }

    /// The highlighted option's text; `None` on the own-words row.
    pub fn option<'a>(&self, session: &'a Session) -> Option<&'a String> {
        self.options(session).get(self.cursor)
    }

    /// True when marking what actually happened may act: the outcome was
    /// revealed (or the case has none to reveal) and an option is highlighted.
    pub fn may_mark(&self, session: &Session) -> bool {
        let hidden = session
            .case
            .steps
            .get(self.step)
            .is_some_and(|s| s.outcome.is_some())
            && !session.steps.get(self.step).is_some_and(|r| r.revealed);
        !hidden && self.option(session).is_some()
    }

    /// The position of the participant on show.
    fn stance<'a>(&self, session: &'a Session) -> Option<&'a crate::model::Stance> {
        let who = self.voter_label(session)?;
        session.steps.get(self.step)?.stance_of(&who)
    }

    /// The next participant after the one on show without a position, else the next one.
    fn advance(&mut self, session: &Session) {
        let voters = session.voters(self.step);
        let record = session.steps.get(self.step);
        let open = |i: &usize| record.is_some_and(|r| r.stance_of(&voters[*i]).is_none());
        let n = voters.len();
        self.voter = (1..n)
            .map(|k| (self.voter + k) % n)
            .find(open)
            .unwrap_or((self.voter + 1).min(n.saturating_sub(1)));
        self.cursor = 0;
    }
}

/// True or false when the command's key acts in the round or in voting now;
/// `None` when neither is open (the screen's own rules apply).
pub fn acts(screen: &SessionScreen, cmd: Command) -> Option<bool> {
    let session = &screen.session;
    if let Some(v) = &screen.voting {
        return Some(super::votes::acts(v, session, cmd));
    }
    let step = session.position.step;
    let stances = session
        .steps
        .get(step)
        .is_some_and(|r| !r.stances.is_empty());
    let Some(round) = &screen.round else {
        return match cmd {
            Command::ShowPositions if screen.editor.is_none() => Some(stances),
            Command::OpenVotes => Some(!super::votes::items(session).is_empty()),
            _ => None,
        };
    };
    let voters = session.voters(round.step).len();
    Some(match cmd {
        Command::Confirm => voters > 0,
        Command::Prev | Command::Next => voters > 1,
        Command::EditReason | Command::Remove => round.stance(session).is_some(),
        Command::ShowPositions => stances,
        Command::MarkActual => round.may_mark(session),
        _ => true,
    })
}

/// What a command does in the round or in voting, where it differs from elsewhere.
pub fn describe(
    screen: &SessionScreen,
    cmd: Command,
    s: &crate::i18n::Strings,
) -> Option<&'static str> {
    let t = s.stance;
    if screen.round.is_none() && screen.voting.is_none() {
        return None;
    }
    match cmd {
        Command::Prev => Some(t.cmd_prev_voter),
        Command::Next => Some(t.cmd_next_voter),
        Command::Confirm => Some(t.cmd_record),
        Command::Remove => Some(t.cmd_clear),
        Command::Back => Some(t.cmd_close),
        _ => None,
    }
}

/// `c` on a decision point: the round opens at its first participant without a position.
pub fn open(screen: &mut SessionScreen) {
    let step = screen.session.position.step;
    let mut round = Round {
        step,
        voter: 0,
        cursor: 0,
    };
    let first_open = round.stance(&screen.session).is_some();
    if first_open {
        round.advance(&screen.session);
    }
    screen.round = Some(round);
}

/// `u`, in the round or on the decision point: every position shown (or hidden) at once.
pub fn toggle_shown(screen: &mut SessionScreen, ctx: &Ctx) -> Reply {
    let t = ctx.strings().stance;
    let step = screen
        .round
        .as_ref()
        .map_or(screen.session.position.step, |r| r.step);
    screen.session.toggle_stances_shown(step);
    let shown = screen
        .session
        .steps
        .get(step)
        .is_some_and(|r| r.stances_shown);
    Reply::effect(screen.save(ctx.now)).with_say(if shown { t.shown } else { t.hidden })
}

/// A command while the round is open.
pub fn update(screen: &mut SessionScreen, cmd: Command, ctx: &Ctx) -> Reply {
    let t = ctx.strings().stance;
    let Some(mut round) = screen.round.clone() else {
        return Reply::default();
    };
    let session = &screen.session;
    let voters = session.voters(round.step);
    let rows = round.options(session).len() + 1;
    let who = round.voter_label(session);
    let reply = match cmd {
        Command::Up => {
            round.cursor = round.cursor.saturating_sub(1);
            Reply::default()
        }
        Command::Down => {
            round.cursor = (round.cursor + 1).min(rows - 1);
            Reply::default()
        }
        Command::Prev => {
            round.voter = round
                .voter
                .checked_sub(1)
                .unwrap_or(voters.len().saturating_sub(1));
            round.cursor = 0;
            Reply::default()
        }
        Command::Next => {
            round.voter = (round.voter + 1) % voters.len().max(1);
            round.cursor = 0;
            Reply::default()
        }
        Command::Back => {
            screen.round = None;
            return Reply::default();
        }
        Command::Quit => return Reply::effects(screen.quit(ctx.now)),
        Command::ShowPositions => return toggle_shown(screen, ctx),
        Command::AddVoter => {
            open_editor(screen, DraftTarget::Participant);
            return Reply::default();
        }
        Command::MarkActual => {
            if !round.may_mark(session) {
                return Reply::complain(t.actual_first);
            }
            let option = round.option(session).cloned().unwrap_or_default();
            screen.session.toggle_actual(round.step, &option);
            let marked = screen.session.steps[round.step].actual.is_some();
            let said = if marked {
                t.actual_set
            } else {
                t.actual_cleared
            };
            return Reply::effect(screen.save(ctx.now)).with_say(said);
        }
        _ if who.is_none() => return Reply::complain(t.voter_first),
        Command::Confirm => match round.option(session).cloned() {
            Some(option) => {
                let who = who.unwrap_or_default();
                screen
                    .session
                    .set_stance(round.step, &who, Choice::Option(option));
                round.advance(&screen.session);
                screen.round = Some(round);
                return Reply::effect(screen.save(ctx.now)).with_say(fill(t.recorded, &[&who]));
            }
            None => {
                let target = DraftTarget::Stance {
                    step: round.step,
                    who: round.voter,
                    own: true,
                };
                open_editor(screen, target);
                return Reply::default();
            }
        },
        Command::EditReason => match round.stance(session).map(|s| &s.choice) {
            Some(choice) => {
                let own = matches!(choice, Choice::Own(_));
                let target = DraftTarget::Stance {
                    step: round.step,
                    who: round.voter,
                    own,
                };
                open_editor(screen, target);
                return Reply::default();
            }
            None => Reply::complain(t.reason_first),
        },
        Command::Remove => match round.stance(session) {
            Some(_) => {
                screen.removing = Some(DraftTarget::Stance {
                    step: round.step,
                    who: round.voter,
                    own: true,
                });
                Reply::complain(ctx.strings().edit.confirm_remove)
            }
            None => Reply::complain(t.nothing_to_clear),
        },
        _ => Reply::default(),
    };
    screen.round = Some(round);
    reply
}

/// Opens the editor on a position's words or reason, or on a new participant.
fn open_editor(screen: &mut SessionScreen, target: DraftTarget) {
    let s = &screen.session;
    let text = s.text_of(target);
    let side = s.side_of(target);
    screen.editor = Some(Editor::new(target, &text, side.as_deref()));
}

/// After an editor on `target` was committed: own words move the round on to
/// the next participant, a new participant is the one on show (in the round
/// or in voting).
pub fn after_commit(screen: &mut SessionScreen, target: DraftTarget) {
    let session = &screen.session;
    match target {
        DraftTarget::Stance {
            step,
            who,
            own: true,
        } => {
            if let Some(round) = &mut screen.round
                && round.step == step
                && round.voter == who
                && round.stance(session).is_some()
            {
                round.advance(session);
            }
        }
        DraftTarget::Participant => {
            let last = session.participants.last().cloned().unwrap_or_default();
            if let Some(round) = &mut screen.round {
                let voters = session.voters(round.step);
                round.voter = voters.iter().position(|v| *v == last).unwrap_or(0);
                round.cursor = 0;
            }
            if let Some(voting) = &mut screen.voting {
                voting.voter = session
                    .dot_voters()
                    .iter()
                    .position(|v| *v == last)
                    .unwrap_or(0);
            }
        }
        _ => {}
    }
}

/// The editor's title: what it edits, and for whom.
pub fn editor_title(screen: &SessionScreen, s: &crate::i18n::Strings) -> String {
    let Some(editor) = &screen.editor else {
        return String::new();
    };
    let base = s.editor_title(editor.target);
    match editor.target {
        DraftTarget::Stance { step, who, .. } => match screen.session.voters(step).get(who) {
            Some(label) => format!("{base} · {label}"),
            None => base.to_string(),
        },
        DraftTarget::Score(i) => match screen.session.method.scores.get(i) {
            Some(ind) => format!("{base} · {}", ind.label),
            None => base.to_string(),
        },
        _ => base.to_string(),
    }
}
