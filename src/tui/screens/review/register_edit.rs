//! The register's one-line field (owner, due date, answer) and linking two
//! knelpunten as one signal. What is typed is scanned like every editor: a
//! BSN is never saved, other personal data is warned about once.

use tui_input::Input;

use super::pages::{Field, FieldEdit, Register, Tab};
use super::register::{save, save_action};
use crate::i18n::fill;
use crate::privacy;
use crate::review::register::parse_date;
use crate::review::{ActionChange, BottleneckChange};
use crate::tui::ctx::{Ctx, Reply};

/// Opens the field on the selected item, filled with what it holds now.
pub(super) fn open_field(reg: &mut Register, field: Field) {
    let value = match reg.tab {
        Tab::Bottlenecks => reg.current().map(|r| match field {
            Field::Owner => r.owner.clone().unwrap_or_default(),
            Field::Due => r.due.map(|d| d.to_string()).unwrap_or_default(),
            Field::Answer => r.answer.clone(),
        }),
        Tab::Actions => reg.current_action().map(|r| match field {
            Field::Owner => r.owner.clone().unwrap_or_default(),
            Field::Due => r.due.map(|d| d.to_string()).unwrap_or_default(),
            Field::Answer => String::new(),
        }),
    };
    if let Some(value) = value {
        reg.field = Some(FieldEdit {
            field,
            input: Input::new(value),
            warned: None,
        });
    }
}

/// Leaves the field, saving what was typed unless it holds a BSN, other
/// personal data not warned about yet, or (for a due date) no date.
pub(super) fn commit_field(reg: &mut Register, ctx: &Ctx) -> Reply {
    let s = ctx.lang.strings();
    let Some(edit) = &mut reg.field else {
        return Reply::default();
    };
    let text = edit.input.value().trim().to_string();
    let field = edit.field;
    let (was, is_action) = match reg.tab {
        Tab::Bottlenecks => match reg.rows.get(reg.selected) {
            Some(r) => (
                match field {
                    Field::Owner => r.owner.clone().unwrap_or_default(),
                    Field::Due => r.due.map(|d| d.to_string()).unwrap_or_default(),
                    Field::Answer => r.answer.clone(),
                },
                false,
            ),
            None => {
                reg.field = None;
                return Reply::default();
            }
        },
        Tab::Actions => match reg.actions.get(reg.action_selected) {
            Some(r) => (
                match field {
                    Field::Owner => r.owner.clone().unwrap_or_default(),
                    _ => r.due.map(|d| d.to_string()).unwrap_or_default(),
                },
                true,
            ),
            None => {
                reg.field = None;
                return Reply::default();
            }
        },
    };
    let due = if field == Field::Due && !text.is_empty() {
        match parse_date(&text) {
            Some(d) => Some(d),
            None => return Reply::complain(fill(s.register.bad_due, &[&text])),
        }
    } else {
        None
    };
    let unchanged = match field {
        Field::Due => due.map(|d| d.to_string()).unwrap_or_default() == was,
        _ => text == was,
    };
    if unchanged {
        reg.field = None;
        return Reply::default();
    }
    if field != Field::Due {
        let findings = privacy::scan(&text);
        if findings.iter().any(|f| f.kind.blocks()) {
            return Reply::complain(match field {
                Field::Owner => s.register_owner_bsn,
                _ => s.register.field_bsn,
            });
        }
        if !findings.is_empty() && edit.warned.as_deref() != Some(text.as_str()) {
            let mut kinds: Vec<&str> = findings.iter().map(|f| s.finding_label(f.kind)).collect();
            kinds.dedup();
            edit.warned = Some(text);
            return Reply::complain(fill(s.register_owner_warning, &[&kinds.join(", ")]));
        }
    }
    let owner = (!text.is_empty()).then(|| text.clone());
    let effect = if is_action {
        let row = &reg.actions[reg.action_selected];
        save_action(
            row,
            match field {
                Field::Owner => ActionChange::Owner(owner),
                _ => ActionChange::Due(due),
            },
        )
    } else {
        let row = &reg.rows[reg.selected];
        save(
            row,
            match field {
                Field::Owner => BottleneckChange::Owner(owner),
                Field::Due => BottleneckChange::Due(due),
                Field::Answer => BottleneckChange::Answer(text),
            },
        )
    };
    reg.field = None;
    Reply::effect(effect)
}

/// The first press marks the selected knelpunt; on another knelpunt the
/// next press links the two as one signal, or unlinks them when they were
/// linked (on whichever side holds the link). On the marked one it unmarks.
pub(super) fn link(reg: &mut Register, ctx: &Ctx) -> Reply {
    let s = ctx.lang.strings();
    let Some(current) = reg.current() else {
        return Reply::default();
    };
    let key = current.link_key();
    let Some(marked) = reg.marked.clone() else {
        let said = fill(s.register.marked, &[&format!("“{}”", current.text)]);
        reg.marked = Some(key);
        return Reply::say(said);
    };
    if marked == key {
        reg.marked = None;
        return Reply::say(s.register.unmarked);
    }
    let other = reg.rows.iter().find(|r| r.link_key() == marked);
    let effect = match other {
        Some(o) if !current.links.contains(&marked) && o.links.contains(&key) => {
            save(o, BottleneckChange::ToggleLink(key))
        }
        _ => save(current, BottleneckChange::ToggleLink(marked)),
    };
    reg.marked = None;
    Reply::effect(effect)
}
