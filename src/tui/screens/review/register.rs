//! The register as a working list: the knelpunten and, on their own tab,
//! the actions of the filtered sessions. Every edit (status, owner, due
//! date, answer, level, a link) is one `Effect::UpdateItem` that writes that
//! one field back into the session file the item came from. The one-line
//! field and linking are [`super::register_edit`]; drawing is
//! [`super::register_draw`] and [`super::register_actions`].

use super::detail;
use super::pages::Page;
pub use super::pages::{Field, FieldEdit, Register, Tab};
use super::register_edit::{commit_field, link, open_field};
use super::state::Review;
use crate::model::Level;
use crate::review::{ActionChange, ActionRow, BottleneckChange, ItemChange, RegisterRow, Stamp};
use crate::tui::action::{Command, Effect};
use crate::tui::ctx::Ctx;
use crate::tui::ctx::Reply;
use crate::tui::screens::session::picker::ThemePicker;

pub use super::register_draw::draw;

/// The effect that writes one field of the row's knelpunt into its session file.
pub(super) fn save(row: &RegisterRow, change: BottleneckChange) -> Effect {
    Effect::UpdateItem {
        path: row.path.clone(),
        session_id: row.session_id.clone(),
        item: row.id.clone(),
        text: row.text.clone(),
        change: ItemChange::Bottleneck(change),
    }
}

/// The effect that writes one field of the row's action into its session file.
pub(super) fn save_action(row: &ActionRow, change: ActionChange) -> Effect {
    Effect::UpdateItem {
        path: row.path.clone(),
        session_id: row.session_id.clone(),
        item: row.id.clone(),
        text: row.text.clone(),
        change: ItemChange::Action(change),
    }
}

/// The level after `level`: none → team → … → national → none.
fn next_level(level: Option<Level>) -> Option<Level> {
    match level {
        None => Some(Level::ALL[0]),
        Some(l) => Level::ALL
            .iter()
            .position(|x| *x == l)
            .and_then(|i| Level::ALL.get(i + 1))
            .copied(),
    }
}

/// Handles a command on the register or its field.
pub fn command(review: &mut Review, cmd: Command, ctx: &Ctx) -> Reply {
    let Page::Register(reg) = &mut review.page else {
        return Reply::default();
    };
    if let Some(picker) = &mut reg.picker {
        let Some(row) = reg.rows.get(reg.selected) else {
            reg.picker = None;
            return Reply::default();
        };
        let picked = picker.command(cmd, &row.themes);
        if picked.close {
            reg.picker = None;
        }
        return match picked.toggle {
            Some(theme) => Reply::effect(save(row, BottleneckChange::ToggleTheme(theme))),
            None if cmd == Command::Quit => Reply::effect(Effect::Quit),
            None => Reply::default(),
        };
    }
    if reg.field.is_some() {
        return match cmd {
            Command::Confirm | Command::Back => commit_field(reg, ctx),
            // Leaving casus keeps a clean field: nothing typed is thrown away.
            Command::Quit => {
                let mut reply = commit_field(reg, ctx);
                reply.effects.push(Effect::Quit);
                reply
            }
            _ => Reply::default(),
        };
    }
    let actions = reg.tab == Tab::Actions;
    let (selected, len) = if actions {
        (&mut reg.action_selected, reg.actions.len())
    } else {
        (&mut reg.selected, reg.rows.len())
    };
    match cmd {
        Command::Up => *selected = selected.saturating_sub(1),
        Command::Down => *selected = (*selected + 1).min(len.saturating_sub(1)),
        Command::SwitchList => {
            reg.tab = if actions {
                Tab::Bottlenecks
            } else {
                Tab::Actions
            };
        }
        Command::CycleStatus if actions => {
            if let Some(row) = reg.current_action() {
                let change = ActionChange::Status(row.status.next(), Stamp::at(ctx.now));
                return Reply::effect(save_action(row, change));
            }
        }
        Command::CycleStatus => {
            if let Some(row) = reg.current() {
                let change = BottleneckChange::Status(row.status.next(), Stamp::at(ctx.now));
                return Reply::effect(save(row, change));
            }
        }
        Command::CycleLevel if !actions => {
            if let Some(row) = reg.current() {
                return Reply::effect(save(row, BottleneckChange::Level(next_level(row.level))));
            }
        }
        Command::EditOwner => open_field(reg, Field::Owner),
        Command::EditDue => open_field(reg, Field::Due),
        Command::EditAnswer if !actions => open_field(reg, Field::Answer),
        Command::LinkItem if !actions => return link(reg, ctx),
        Command::EditThemes if !actions => {
            if let Some(row) = reg.current() {
                let sets: Vec<_> = ctx
                    .library
                    .theme_sets
                    .iter()
                    .map(|e| e.item.clone())
                    .collect();
                reg.picker = Some(ThemePicker::over(&sets, &[], &row.themes, reg.selected));
            }
        }
        Command::Confirm => {
            let at = if actions {
                reg.current_action()
                    .map(|r| (r.path.clone(), r.session_id.clone()))
            } else {
                reg.current()
                    .map(|r| (r.path.clone(), r.session_id.clone()))
            };
            let Some((path, id)) = at else {
                return Reply::default();
            };
            let index = review.loaded.as_ref().and_then(|l| {
                l.sessions
                    .iter()
                    .position(|x| x.path == path && x.session.id == id)
            });
            if let Some(index) = index {
                let back = std::mem::replace(&mut review.page, Page::List);
                return detail::open(review, index, back);
            }
        }
        Command::Back => review.page = Page::List,
        _ => {}
    }
    Reply::default()
}
