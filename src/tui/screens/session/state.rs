//! The running session's state: the session, the open editor or theme
//! picker, the closing's cursor, the scroll, the clock; and the changes a
//! command makes to it. What a group's edit does to the session itself is a
//! `Session` method (`crate::model`), not a rule of this screen.

use jiff::Timestamp;

use super::picker::ThemePicker;
use crate::model::{Draft, DraftTarget, PhaseKind, Session};
use crate::tui::action::{Command, Effect};
use crate::tui::keymap::Context;
use crate::tui::widgets::editor::{Editor, Warning};

/// Seconds between draft saves while an editor is open.
pub const DRAFT_EVERY: u64 = 3;
/// Seconds between retries while the last save failed.
pub const RETRY_EVERY: u64 = 3;
/// Seconds between saves of the phase clocks when nothing else changed.
const CLOCK_EVERY: u64 = 30;
/// A gap between ticks longer than this (a suspended laptop) is not counted as phase time.
const MAX_TICK: i64 = 5;

/// Minutes one press of "more time" adds to the current phase.
pub const ADD_MINUTES: u32 = 5;

/// A selectable row of the closing phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// The lessons text.
    Lessons,
    /// Bottleneck at this index.
    Bottleneck(usize),
    /// Action at this index.
    Action(usize),
}

/// The rows in order: lessons, bottlenecks, actions.
pub fn items(s: &Session) -> Vec<Item> {
    std::iter::once(Item::Lessons)
        .chain((0..s.bottlenecks.len()).map(Item::Bottleneck))
        .chain((0..s.actions.len()).map(Item::Action))
        .collect()
}

/// The state of a running session.
#[derive(Debug, Clone)]
pub struct SessionScreen {
    /// The session, as saved.
    pub session: Session,
    /// The open editor, if any.
    pub editor: Option<Editor>,
    /// The open theme picker, if any.
    pub picker: Option<ThemePicker>,
    /// Selected item in the closing phase.
    pub closing_cursor: usize,
    /// Selected reflection or knelpunt of the decision point (`correct.rs`).
    pub step_cursor: Option<usize>,
    /// The item whose removal waits for Enter (yes) or Esc (no).
    pub removing: Option<DraftTarget>,
    /// Fields still to open one after the other (an own case's walks, `own.rs`).
    pub guide: Vec<DraftTarget>,
    /// Lines scrolled in the main text.
    pub scroll: u16,
    /// Why the last save failed; `None` while everything is on disk.
    pub unsaved: Option<String>,
    /// The user asked to quit; the save under way decides whether casus may.
    pub quitting: bool,
    /// The question on quitting with unsaved text is showing: rescue copy or stay.
    pub asking: bool,
    /// Where the rescue copy was written, once it was.
    pub rescued: Option<std::path::PathBuf>,
    /// The main text as last drawn: page height, end, the outcome's row.
    pub seen: std::cell::Cell<crate::tui::widgets::text::Seen>,
    /// The position round of the decision point, when open (`round.rs`).
    pub round: Option<super::round::Round>,
    /// Dot-voting in the closing, when open (`votes.rs`).
    pub voting: Option<super::votes::Voting>,
    /// The scores of the method's indicators, when open (`scoring.rs`).
    pub scoring: Option<super::scoring::Scoring>,
    /// A finished session's pages, viewed: hints name no key that edits.
    pub read_only: bool,
    /// The terugblik before the first phase, while it shows (`terugblik.rs`).
    pub terugblik: Option<super::terugblik::Terugblik>,
    last_tick: Option<Timestamp>,
    since_save: u64,
}

impl SessionScreen {
    /// Opens a session where the group left it, with any unsaved draft back in its editor.
    pub fn new(mut session: Session) -> SessionScreen {
        let last = session.method.phases.len().saturating_sub(1);
        session.position.phase = session.position.phase.min(last);
        session.position.step = session
            .position
            .step
            .min(session.steps.len().saturating_sub(1));
        let editor = session.draft.as_ref().map(|d| {
            let side = d.side.clone().or_else(|| session.side_of(d.target));
            let mut e = Editor::new(d.target, &d.text, side.as_deref());
            e.saved_draft = d.text.clone();
            e
        });
        let mut screen = SessionScreen {
            session,
            editor,
            picker: None,
            closing_cursor: 0,
            step_cursor: None,
            removing: None,
            guide: Vec::new(),
            scroll: 0,
            unsaved: None,
            quitting: false,
            asking: false,
            rescued: None,
            seen: Default::default(),
            round: None,
            voting: None,
            scoring: None,
            read_only: false,
            terugblik: None,
            last_tick: None,
            since_save: 0,
        };
        screen.begin_preparation();
        screen
    }

    /// The kind of the current phase.
    pub fn kind(&self) -> PhaseKind {
        self.session
            .method
            .phases
            .get(self.session.position.phase)
            .map_or(PhaseKind::Notes, |p| p.kind)
    }

    /// Where the keys go.
    pub fn context(&self) -> Context {
        if self.asking || self.removing.is_some() {
            // The question takes Enter (rescue copy) and Esc (stay), as a text field's page does.
            Context::SetupText
        } else if let Some(t) = &self.terugblik {
            if t.editor.is_some() {
                Context::Editor
            } else {
                Context::Terugblik
            }
        } else if self.editor.is_some() {
            Context::Editor
        } else if self.picker.is_some() {
            Context::Picker
        } else if self.round.is_some() {
            Context::Round
        } else if self.voting.is_some() {
            Context::Votes
        } else if self.scoring.is_some() {
            Context::Scores
        } else {
            match self.kind() {
                PhaseKind::Notes => Context::Notes,
                PhaseKind::Steps => Context::Steps,
                PhaseKind::Closing => Context::Closing,
            }
        }
    }

    /// Stamps the session and asks for it to be saved.
    pub fn save(&mut self, now: Timestamp) -> Effect {
        self.session.updated = now;
        self.since_save = 0;
        Effect::Save(Box::new(self.session.clone()))
    }

    /// The clock moved on: count phase time, save drafts and clocks now and then.
    pub fn tick(&mut self, now: Timestamp) -> Vec<Effect> {
        let delta = self.last_tick.map_or(0, |t| {
            (now.as_second() - t.as_second()).clamp(0, MAX_TICK) as u64
        });
        self.last_tick = Some(now);
        let phase = self.session.position.phase;
        // The terugblik comes before the first phase: its time is not the phase's.
        if let Some(record) = self.session.phases.get_mut(phase)
            && !self.session.timer_paused
            && self.terugblik.is_none()
        {
            record.elapsed_secs += delta;
        }
        self.since_save += delta;
        if let Some(editor) = &mut self.editor
            && self.since_save >= DRAFT_EVERY
        {
            let lang = session_lang(&self.session);
            let text = editor.draft_text(lang);
            if text != editor.saved_draft {
                editor.saved_draft = text.clone();
                self.session.draft = Some(Draft {
                    target: editor.target,
                    text,
                    side: editor.draft_side(lang),
                });
                return vec![self.save(now)];
            }
        }
        let retry = self.unsaved.is_some() && self.since_save >= RETRY_EVERY;
        if retry || self.since_save >= CLOCK_EVERY {
            return vec![self.save(now)];
        }
        Vec::new()
    }

    /// Leaving casus: keep an open editor's text as a draft, and save; the
    /// runner quits unless that save fails (then the user is asked).
    pub fn quit(&mut self, now: Timestamp) -> Vec<Effect> {
        self.quitting = true;
        let mut effects = self.hangup(now);
        effects.push(Effect::Quit);
        effects
    }

    /// Ended from outside (SIGTERM, SIGHUP): the open editor's text as a draft, saved.
    pub fn hangup(&mut self, now: Timestamp) -> Vec<Effect> {
        super::terugblik::keep_draft(self, now);
        if let Some(editor) = &self.editor {
            let lang = session_lang(&self.session);
            self.session.draft = Some(Draft {
                target: editor.target,
                text: editor.draft_text(lang),
                side: editor.draft_side(lang),
            });
        }
        vec![self.save(now)]
    }

    /// Moves to the next decision point or phase; `true` when past the last phase.
    pub fn forward(&mut self) -> bool {
        self.scroll = 0;
        let in_steps = self.kind() == PhaseKind::Steps;
        if in_steps && self.session.position.step + 1 < self.session.steps.len() {
            self.session.position.step += 1;
            return false;
        }
        self.next_phase()
    }

    /// Moves to the previous decision point or phase.
    pub fn back(&mut self) {
        self.scroll = 0;
        if self.kind() == PhaseKind::Steps && self.session.position.step > 0 {
            self.session.position.step -= 1;
        } else {
            self.prev_phase();
        }
    }

    /// Moves to the next phase; `true` when past the last phase.
    pub fn next_phase(&mut self) -> bool {
        self.scroll = 0;
        let pos = &mut self.session.position;
        if pos.phase + 1 < self.session.method.phases.len() {
            pos.phase += 1;
            false
        } else {
            true
        }
    }

    /// Moves to the previous phase.
    pub fn prev_phase(&mut self) {
        self.scroll = 0;
        let pos = &mut self.session.position;
        pos.phase = pos.phase.saturating_sub(1);
    }

    /// Opens the editor for a command, if this phase has it.
    pub fn open_editor(&mut self, cmd: Command) {
        let s = &self.session;
        let step = s.position.step;
        let target = match (self.kind(), cmd) {
            (PhaseKind::Notes, Command::EditNotes) => DraftTarget::PhaseNotes(s.position.phase),
            (PhaseKind::Steps, Command::EditDecision) => DraftTarget::Decision(step),
            (PhaseKind::Steps, Command::AddReflection) => {
                DraftTarget::Reflection { step, index: None }
            }
            (PhaseKind::Steps, Command::EditBottleneck) => DraftTarget::Bottleneck {
                index: None,
                step: Some(step),
            },
            (PhaseKind::Steps, Command::Confirm) => {
                self.selected().unwrap_or(DraftTarget::Decision(step))
            }
            (_, Command::EditGroup) => DraftTarget::Group,
            (PhaseKind::Closing, Command::EditLessons) => DraftTarget::Lessons,
            (PhaseKind::Closing, Command::AddAction) => DraftTarget::Action { index: None },
            (PhaseKind::Closing, Command::EditBottleneck) => DraftTarget::Bottleneck {
                index: None,
                step: None,
            },
            (PhaseKind::Closing, Command::Confirm) => match items(s).get(self.closing_cursor) {
                Some(Item::Lessons) => DraftTarget::Lessons,
                Some(Item::Bottleneck(i)) => DraftTarget::Bottleneck {
                    index: Some(*i),
                    step: None,
                },
                Some(Item::Action(i)) => DraftTarget::Action { index: Some(*i) },
                None => return,
            },
            _ => return,
        };
        let text = s.text_of(target);
        let side = s.side_of(target);
        self.editor = Some(Editor::new(target, &text, side.as_deref()));
    }

    /// Tries to leave the editor, committing its text; a BSN blocks, other findings warn once.
    pub fn commit_editor(&mut self, now: Timestamp) -> Vec<Effect> {
        let Some(editor) = &mut self.editor else {
            return Vec::new();
        };
        let findings = editor.findings();
        if !findings.is_empty() {
            let mut kinds: Vec<_> = findings.iter().map(|f| f.kind).collect();
            kinds.sort();
            kinds.dedup();
            let blocking = kinds.iter().any(|k| k.blocks());
            let all = format!("{}\n{}", editor.text(), editor.side().unwrap_or_default());
            let warned = editor
                .warning
                .as_ref()
                .is_some_and(|w| w.text == all && !w.blocking);
            if blocking || !warned {
                editor.warning = Some(Warning {
                    kinds,
                    blocking,
                    text: all,
                });
                return Vec::new();
            }
        }
        let (target, text, side) = (editor.target, editor.text(), editor.side());
        self.editor = None;
        self.session.set_text(target, text, side);
        self.session.draft = None;
        vec![self.save(now)]
    }

    /// `Ctrl-S`: keeps the editor open and saves its text as a draft (a BSN blocks).
    pub fn save_draft(&mut self, now: Timestamp) -> Vec<Effect> {
        let Some(editor) = &mut self.editor else {
            return Vec::new();
        };
        let text = editor.text();
        let lang = session_lang(&self.session);
        if editor.draft_text(lang) != text {
            let kinds = vec![crate::privacy::FindingKind::Bsn];
            editor.warning = Some(Warning {
                kinds,
                blocking: true,
                text,
            });
            return Vec::new();
        }
        editor.saved_draft = text.clone();
        let side = editor.draft_side(lang);
        self.session.draft = Some(Draft {
            target: editor.target,
            text,
            side,
        });
        vec![self.save(now)]
    }
}

/// The facilitator's clock: pause, resume, more time. Saved at once.
impl SessionScreen {
    /// Pauses or resumes the phase timer; while paused no phase time counts.
    pub fn toggle_pause(&mut self, now: Timestamp) -> Effect {
        self.session.timer_paused = !self.session.timer_paused;
        self.save(now)
    }

    /// Gives the current phase [`ADD_MINUTES`] more.
    pub fn add_time(&mut self, now: Timestamp) -> Effect {
        let phase = self.session.position.phase;
        if let Some(record) = self.session.phases.get_mut(phase) {
            record.extra_minutes = record.extra_minutes.saturating_add(ADD_MINUTES);
        }
        self.save(now)
    }
}

/// The language a session runs in: a draft's placeholder (a BSN removed) is
/// worded in it, like the rest of what the group wrote.
fn session_lang(session: &Session) -> crate::i18n::Lang {
    crate::i18n::Lang::parse(&session.language).unwrap_or_default()
}
