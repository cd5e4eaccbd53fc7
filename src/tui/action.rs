//! What can happen (actions) and what `update` asks the outside world to do (effects).

use std::path::PathBuf;

use crossterm::event::KeyEvent;
use jiff::Timestamp;

use crate::model::Session;

/// A command a key is bound to; the keymap and the help overlay speak in these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Leave; everything is already saved.
    Quit,
    /// Show or hide the keys of this screen.
    Help,
    /// Back / cancel (never loses typed text).
    Back,
    /// Open / confirm.
    Confirm,
    /// Move up in a list.
    Up,
    /// Move down in a list.
    Down,
    /// Previous phase or decision point.
    Prev,
    /// Next phase or decision point.
    Next,
    /// Previous phase, skipping decision points.
    PrevPhase,
    /// Next phase, skipping decision points.
    NextPhase,
    /// Write the group's notes of this phase.
    EditNotes,
    /// Edit the decision.
    EditDecision,
    /// Tag themes.
    TagThemes,
    /// Add a reflection.
    AddReflection,
    /// Mark or edit a knelpunt.
    EditBottleneck,
    /// Reveal what actually happened.
    Reveal,
    /// Add an action (closing).
    AddAction,
    /// Edit the lessons learned (closing).
    EditLessons,
    /// Export the session.
    Export,
    /// Hide or show facilitator notes.
    TogglePresent,
    /// Toggle the selected item (picker).
    Toggle,
    /// Save the editor's text without leaving it.
    SaveNow,
    /// Replace personal data found in the editor by placeholders.
    Redact,
    /// Switch between the editor's fields.
    SwitchField,
    /// Scroll the text up.
    ScrollUp,
    /// Scroll the text down.
    ScrollDown,
}

/// Everything `update` reacts to.
#[derive(Debug, Clone)]
pub enum Action {
    /// A bound key.
    Command(Command),
    /// A key for a text field or filter.
    Key(KeyEvent),
    /// Bracketed paste.
    Paste(String),
    /// The clock moved on.
    Tick(Timestamp),
    /// The terminal changed size.
    Resize(u16, u16),
    /// A save finished.
    Saved,
    /// A save failed; the text stays in memory.
    SaveFailed(String),
    /// An export was written.
    Exported(PathBuf),
    /// An export failed.
    ExportFailed(String),
    /// A session was read from disk for resuming or viewing.
    Opened(Box<Session>),
    /// A session could not be read.
    OpenFailed(String),
}

/// Work with side effects, carried out by the runner in `tui::run`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write this session atomically.
    Save(Box<Session>),
    /// Write the session's Markdown report.
    ExportMarkdown(Box<Session>),
    /// Read the session with this id.
    Open(String),
    /// Leave the app.
    Quit,
}
