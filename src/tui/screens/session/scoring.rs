//! Scores in the spirit of the Quality Service Review (`o` in a notes or
//! closing phase, where the method lists `scores`): the indicators in two
//! groups, the family's status first, then the system's performance. `↑/↓`
//! an indicator, `1` to `6` its score (4 to 6 acceptable), `Enter` the why
//! in the editor (privacy-scanned like every editor), `x` clears the score
//! after asking. Every score is saved at once. Drawing is `scoring_draw.rs`.

use super::state::SessionScreen;
use crate::i18n::fill;
use crate::model::{DraftTarget, Session};
use crate::tui::action::Command;
use crate::tui::ctx::{Ctx, Reply};
use crate::tui::widgets::editor::Editor;

/// The open scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scoring {
    /// The highlighted indicator: an index into [`crate::model::Method::indicators`].
    pub cursor: usize,
}

impl Scoring {
    /// The highlighted indicator's index into the method's `scores` list.
    pub fn index(&self, session: &Session) -> Option<usize> {
        let order = session.method.indicators();
        order.get(self.cursor).map(|(i, _)| *i)
    }
}

/// True or false when the command's key acts now; `None` when it is not the
/// scores' to say (the screen's own rules apply).
pub fn acts(screen: &SessionScreen, cmd: Command) -> Option<bool> {
    let session = &screen.session;
    let Some(sc) = &screen.scoring else {
        return match cmd {
            Command::OpenScores => Some(!session.method.scores.is_empty()),
            _ => None,
        };
    };
    let scored = sc.index(session).and_then(|i| session.score_at(i));
    Some(match cmd {
        Command::Up | Command::Down => session.method.scores.len() > 1,
        Command::Confirm | Command::Remove => scored.is_some(),
        _ => true,
    })
}

/// `o`: the scores open on the first indicator without a score (else the first).
pub fn open(screen: &mut SessionScreen, ctx: &Ctx) -> Reply {
    let session = &screen.session;
    if session.method.scores.is_empty() {
        return Reply::complain(ctx.strings().scores.none_in_method);
    }
    let order = session.method.indicators();
    let cursor = order
        .iter()
        .position(|(i, _)| session.score_at(*i).is_none())
        .unwrap_or(0);
    screen.scoring = Some(Scoring { cursor });
    Reply::default()
}

/// A command while the scores are open.
pub fn update(screen: &mut SessionScreen, cmd: Command, ctx: &Ctx) -> Reply {
    let t = ctx.strings().scores;
    let Some(mut sc) = screen.scoring else {
        return Reply::default();
    };
    let rows = screen.session.method.scores.len();
    let index = sc.index(&screen.session);
    match cmd {
        Command::Up => sc.cursor = sc.cursor.saturating_sub(1),
        Command::Down => sc.cursor = (sc.cursor + 1).min(rows.saturating_sub(1)),
        Command::Back => {
            screen.scoring = None;
            return Reply::default();
        }
        Command::Quit => return Reply::effects(screen.quit(ctx.now)),
        Command::Score(value) => {
            let Some(i) = index else {
                return Reply::default();
            };
            if !screen.session.set_score(i, value) {
                return Reply::default();
            }
            let r = ctx.lang.review().scores;
            let label = screen.session.method.scores[i].label.clone();
            let said = fill(t.scored, &[&label, &value, &r.marking(value)]);
            return Reply::effect(screen.save(ctx.now)).with_say(said);
        }
        Command::Confirm => {
            let Some(i) = index else {
                return Reply::default();
            };
            if screen.session.score_at(i).is_none() {
                return Reply::complain(t.note_first);
            }
            let target = DraftTarget::Score(i);
            let text = screen.session.text_of(target);
            screen.editor = Some(Editor::new(target, &text, None));
            return Reply::default();
        }
        Command::Remove => {
            let Some(i) = index.filter(|&i| screen.session.score_at(i).is_some()) else {
                return Reply::complain(t.nothing_to_clear);
            };
            screen.removing = Some(DraftTarget::Score(i));
            return Reply::complain(ctx.strings().edit.confirm_remove);
        }
        _ => {}
    }
    screen.scoring = Some(sc);
    Reply::default()
}

/// What a key does while the scores are open, where the table's word would mislead.
pub fn describe(
    screen: &SessionScreen,
    cmd: Command,
    s: &crate::i18n::Strings,
) -> Option<&'static str> {
    screen.scoring?;
    match cmd {
        Command::Confirm => Some(s.scores.cmd_note),
        Command::Remove => Some(s.scores.cmd_clear),
        Command::Back => Some(s.stance.cmd_close),
        _ => None,
    }
}
