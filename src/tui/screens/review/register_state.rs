//! The register page's state: the knelpunten and actions of the filtered
//! sessions, which list shows, the selections, the one-line field being
//! edited, and the knelpunt marked for linking.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use tui_input::Input;

use crate::review::{ActionRow, Filter, LoadedSession, RegisterRow, actions, register};
use crate::tui::screens::session::picker::ThemePicker;

/// Which list of the register shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// The knelpunten.
    #[default]
    Bottlenecks,
    /// The actions.
    Actions,
}

/// Which field the one-line editor writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The owner (knelpunt or action).
    Owner,
    /// The due date (knelpunt or action).
    Due,
    /// The owner's answer (knelpunt).
    Answer,
}

/// The one-line field under the register.
#[derive(Debug, Clone)]
pub struct FieldEdit {
    /// What it writes.
    pub field: Field,
    /// What is typed.
    pub input: Input,
    /// The text the privacy warning was shown for; saving it again goes through.
    pub warned: Option<String>,
}

/// The register's state.
#[derive(Debug, Clone)]
pub struct Register {
    /// The knelpunten of the filtered sessions, in the register's order.
    pub rows: Vec<RegisterRow>,
    /// The actions of the filtered sessions, in the register's order.
    pub actions: Vec<ActionRow>,
    /// The list on show.
    pub tab: Tab,
    /// The selected knelpunt.
    pub selected: usize,
    /// The selected action.
    pub action_selected: usize,
    /// The field being edited, if any.
    pub field: Option<FieldEdit>,
    /// The knelpunt marked for linking (`SESSION_ID/k-…`).
    pub marked: Option<String>,
    /// The theme picker over every loaded set, tagging the selected knelpunt.
    pub picker: Option<ThemePicker>,
    /// The day ages are counted to (when the page was opened).
    pub today: Date,
}

impl Register {
    /// The register over these sessions, first row selected.
    pub fn new(sessions: &[LoadedSession], filter: &Filter, tz: &TimeZone, today: Date) -> Self {
        Register {
            rows: register(sessions, filter, tz, today),
            actions: actions(sessions, filter, tz, today),
            tab: Tab::Bottlenecks,
            selected: 0,
            action_selected: 0,
            field: None,
            marked: None,
            picker: None,
            today,
        }
    }

    /// New rows after a save or a new filter; the selected item stays
    /// selected where it still shows (the order can change: a link joins rows).
    pub fn refresh(&mut self, sessions: &[LoadedSession], filter: &Filter, tz: &TimeZone) {
        let was = self.current().map(|r| (r.path.clone(), r.id.clone()));
        let was_action = self
            .current_action()
            .map(|r| (r.path.clone(), r.id.clone()));
        self.rows = register(sessions, filter, tz, self.today);
        self.actions = actions(sessions, filter, tz, self.today);
        self.selected = was
            .and_then(|(p, id)| self.rows.iter().position(|r| r.path == p && r.id == id))
            .unwrap_or(self.selected)
            .min(self.rows.len().saturating_sub(1));
        self.action_selected = was_action
            .and_then(|(p, id)| self.actions.iter().position(|r| r.path == p && r.id == id))
            .unwrap_or(self.action_selected)
            .min(self.actions.len().saturating_sub(1));
    }

    /// The selected knelpunt.
    pub fn current(&self) -> Option<&RegisterRow> {
        self.rows.get(self.selected)
    }

    /// The selected action.
    pub fn current_action(&self) -> Option<&ActionRow> {
        self.actions.get(self.action_selected)
    }
}
