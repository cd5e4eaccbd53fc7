//! Correcting what was written: selecting a reflection or knelpunt of the
//! decision point (`s` cycles, then none), opening the selection in the
//! editor (`Enter`), and removing it or the closing's selected item (`x`,
//! after "Remove? Enter: yes · Esc: no"). Every removal is saved at once.

use super::state::{Item, SessionScreen, items};
use crate::model::{DraftTarget, PhaseKind, Session};
use crate::tui::action::Command;
use crate::tui::ctx::{Ctx, Reply};

/// What can be selected at decision point `step`: its reflections, then its knelpunten.
pub fn step_items(session: &Session, step: usize) -> Vec<DraftTarget> {
    let reflections = session.steps.get(step).map_or(0, |r| r.reflections.len());
    (0..reflections)
        .map(|i| DraftTarget::Reflection {
            step,
            index: Some(i),
        })
        .chain(
            session
                .step_bottlenecks(step)
                .into_iter()
                .map(|i| DraftTarget::Bottleneck {
                    index: Some(i),
                    step: Some(step),
                }),
        )
        .collect()
}

impl SessionScreen {
    /// The selected item of the decision point on show, if any.
    pub fn selected(&self) -> Option<DraftTarget> {
        let cursor = self.step_cursor?;
        step_items(&self.session, self.session.position.step)
            .get(cursor)
            .copied()
    }

    /// `s`: the next item of the decision point, after the last none.
    pub fn select_next(&mut self) {
        let n = step_items(&self.session, self.session.position.step).len();
        self.step_cursor = match self.step_cursor {
            None if n > 0 => Some(0),
            Some(c) if c + 1 < n => Some(c + 1),
            _ => None,
        };
    }

    /// What `x` would remove here: the selected item of the decision point,
    /// or the closing's selected row.
    pub fn removable(&self) -> Option<DraftTarget> {
        match self.kind() {
            PhaseKind::Steps => self.selected(),
            PhaseKind::Closing => match items(&self.session).get(self.closing_cursor)? {
                Item::Lessons if self.session.lessons.is_empty() => None,
                Item::Lessons => Some(DraftTarget::Lessons),
                Item::Bottleneck(i) => Some(DraftTarget::Bottleneck {
                    index: Some(*i),
                    step: None,
                }),
                Item::Action(i) => Some(DraftTarget::Action { index: Some(*i) }),
            },
            PhaseKind::Notes => None,
        }
    }

    /// `x`: asks before removing; nothing selected says so.
    pub fn ask_remove(&mut self, ctx: &Ctx) -> Reply {
        let s = ctx.strings();
        match self.removable() {
            Some(target) => {
                self.removing = Some(target);
                Reply::complain(s.edit.confirm_remove)
            }
            None => Reply::complain(s.edit.nothing_selected),
        }
    }
}

/// A command while the removal question shows: Enter removes and saves, Esc keeps.
pub fn answer(screen: &mut SessionScreen, cmd: Command, ctx: &Ctx) -> Reply {
    let s = ctx.strings();
    match cmd {
        Command::Confirm => {
            let Some(target) = screen.removing.take() else {
                return Reply::default();
            };
            if !screen.session.remove(target) {
                return Reply::default();
            }
            let step = screen.session.position.step;
            let left = step_items(&screen.session, step).len();
            screen.step_cursor = screen
                .step_cursor
                .filter(|_| left > 0)
                .map(|c| c.min(left - 1));
            let last = items(&screen.session).len().saturating_sub(1);
            screen.closing_cursor = screen.closing_cursor.min(last);
            Reply::effect(screen.save(ctx.now)).with_say(s.edit.removed)
        }
        Command::Back | Command::Done => {
            screen.removing = None;
            Reply::say(s.edit.kept)
        }
        Command::Quit => {
            screen.removing = None;
            Reply::effects(screen.quit(ctx.now))
        }
        _ => Reply::complain(s.edit.confirm_remove),
    }
}
