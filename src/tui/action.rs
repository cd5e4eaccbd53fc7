//! What can happen (actions) and what `update` asks the outside world to do (effects).

use std::path::PathBuf;

use crossterm::event::KeyEvent;
use jiff::Timestamp;

use crate::model::Session;
use crate::review::{Loaded, LoadedSession};

/// A command a key is bound to; the keymap and the help overlay speak in these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Leave; everything is already saved.
    Quit,
    /// Show or hide the keys of this screen.
    Help,
    /// Back / cancel (never loses typed text).
    Back,
    /// Leave the editor; its text is saved.
    Done,
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
    /// Open the review screens (home).
    Review,
    /// Focus the filter line (review).
    Filter,
    /// Tellen en vertellen: counts per theme with their stories (review).
    Chart,
    /// The knelpunten register (review).
    Register,
    /// Show or hide the files that could not be read (review).
    Problems,
    /// Move a bottleneck on: open → raised → resolved (register).
    CycleStatus,
    /// Edit a bottleneck's owner (register).
    EditOwner,
    /// Close the help overlay (`Esc`, `?`, `q` while it is open).
    CloseHelp,
    /// Select the next reflection or knelpunt of the decision point (then none).
    Select,
    /// Remove the selected item, after a confirmation.
    Remove,
    /// Edit the group name and participants.
    EditGroup,
    /// View a finished session's pages read-only (summary).
    ViewPages,
    /// Reopen a finished session for editing, after a confirmation.
    Reopen,
    /// Pause or resume the phase timer.
    PauseTimer,
    /// Five more minutes for the current phase.
    AddTime,
    /// Scroll a page up.
    PageUp,
    /// Scroll a page down.
    PageDown,
    /// Scroll to the top.
    Top,
    /// Scroll to the bottom.
    Bottom,
    /// Add a decision point (own case).
    AddStep,
    /// Edit the decision point's fields, one after the other (own case).
    EditStep,
    /// Move the decision point one place earlier (own case).
    MoveStepUp,
    /// Move the decision point one place later (own case).
    MoveStepDown,
    /// Remove the decision point, after a confirmation (own case).
    RemoveStep,
    /// Edit the inbrenger's preparation (own case).
    EditOwnCase,
    /// Keep the own case as a case file (summary).
    ExportCase,
    /// Open the position round of the decision point.
    OpenRound,
    /// Show or hide the positions of the decision point, all at once.
    ShowPositions,
    /// Mark the highlighted option as what actually happened (round).
    MarkActual,
    /// Write the reason of the participant's position (round).
    EditReason,
    /// Add a participant by initials or role (round, voting).
    AddVoter,
    /// Open dot-voting on the knelpunten and actions (closing).
    OpenVotes,
    /// Give a dot to the highlighted item (voting).
    Vote,
    /// Take a dot back from the highlighted item (voting).
    Unvote,
    /// One dot more per participant (voting).
    MoreVotes,
    /// One dot fewer per participant (voting).
    FewerVotes,
    /// Open the scores of the method's indicators (notes and closing phases).
    OpenScores,
    /// Give the selected indicator this score, 1 to 6 (scores).
    Score(u8),
    /// Edit the due date of a knelpunt or action (register).
    EditDue,
    /// Edit a knelpunt's answer (register).
    EditAnswer,
    /// Move a knelpunt to the next level, then none (register).
    CycleLevel,
    /// Mark a knelpunt, then link another to it as the same signal (register).
    LinkItem,
    /// Show the actions or the knelpunten (register).
    SwitchList,
    /// Tag a knelpunt with themes of any loaded set (register).
    EditThemes,
    /// Make the session to be started a practice session, or not (set-up).
    TogglePractice,
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
    /// The session's file changed since it was read (another casus, a sync
    /// tool); nothing was written over it, the session went to this copy.
    SaveConflict(PathBuf),
    /// An export was written.
    Exported(PathBuf),
    /// An export failed.
    ExportFailed(String),
    /// A session was read from disk for resuming or viewing.
    Opened(Box<Session>),
    /// A session could not be read.
    OpenFailed(String),
    /// Open the review screens and start reading the session folders.
    OpenReview,
    /// Reading the session folders: `done` of `total` files.
    ReviewProgress(usize, usize),
    /// Home's thread reading a cold folder into the index: `done` of `total` files.
    IndexProgress(usize, usize),
    /// Home's thread is done: the sessions home lists, and the files that
    /// could not be read ([`crate::tui::indexing`]).
    HomeListed(Box<(Vec<Session>, Vec<crate::library::Diagnostic>)>),
    /// The session folders were read (as summaries, through the index).
    ReviewLoaded(Box<Loaded>),
    /// A session file was read whole for the review's detail page.
    ReviewSessionRead {
        /// The file asked for.
        path: PathBuf,
        /// The session, or why it could not be read (`path:line:col: …`).
        read: Result<Box<Session>, String>,
    },
    /// A knelpunt or action of another session file was saved.
    ItemSaved {
        /// The session as written to its file.
        saved: Box<LoadedSession>,
        /// Which of its knelpunten (or actions) changed.
        index: usize,
        /// An action changed (`index` is in its actions), not a knelpunt.
        action: bool,
    },
    /// A knelpunt or action could not be saved; the file is unchanged.
    ItemFailed(String),
    /// A rescue copy of an unsaved session was written here, or why not.
    Rescued(Result<PathBuf, String>),
    /// Look for the open items of the session on show (a resumed one).
    LookBack,
    /// The folders were read for the terugblik of session `session`.
    OpenItemsLoaded {
        /// The session that starts.
        session: String,
        /// What was read (as summaries, through the index).
        loaded: Box<Loaded>,
    },
}

/// Work with side effects, carried out by the runner in `tui::run`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write this session atomically.
    Save(Box<Session>),
    /// Write the session's Markdown report.
    ExportMarkdown(Box<Session>),
    /// Write the session's own case as a case file into the config folder's
    /// `cases/`, never over an existing file nor under an id of these (the
    /// library's cases).
    ExportCase(Box<Session>, Vec<String>),
    /// Read the session with this id.
    Open(String),
    /// Read a summary of every session in these data folders (review),
    /// through the index; slow only for files the index does not know yet.
    LoadReview(Vec<PathBuf>),
    /// Read one session file whole, for the review's detail page.
    ReadSession(PathBuf),
    /// Write the Markdown report of a filtered set of sessions to `exports/<file>`.
    ExportSet {
        /// The session files, newest first; read whole when the export runs.
        sessions: Vec<PathBuf>,
        /// The filter line as applied, for the report's header.
        filter: String,
        /// The file name inside the exports folder.
        file: String,
    },
    /// Write the signalenrapportage of a filtered set of sessions to
    /// `exports/<file>` (`e` in the register).
    ExportReport {
        /// The session files, newest first; read whole when the export runs.
        sessions: Vec<PathBuf>,
        /// The filter as applied (its `knelpunt:`, `eigenaar:` … pick the signals).
        filter: crate::review::Filter,
        /// The file name inside the exports folder.
        file: String,
    },
    /// Change one field of one knelpunt or action in the session file it
    /// came from, as the file is now.
    UpdateItem {
        /// The session file.
        path: PathBuf,
        /// The session's id, checked against the file before writing.
        session_id: String,
        /// The knelpunt's or action's stable id.
        item: String,
        /// Its text as shown, to name it when it is gone.
        text: String,
        /// The one field to change.
        change: crate::review::ItemChange,
    },
    /// Leave the app.
    Quit,
    /// Write a session that could not be saved to a rescue copy in another folder.
    Rescue(Box<Session>),
    /// Read these data folders (through the index) for the terugblik of
    /// the session with this id, which starts.
    LoadOpenItems(Vec<PathBuf>, String),
}
