//! An own case (eigen inbreng, session schema 3): a participant brings a
//! situation from their own work, answers a few preparation questions, and
//! the group adds the decision points during the session.
//!
//! The case lives where every session keeps its case (`Session::case`), so
//! everything that works for a prepared case (decisions, themes, reveal,
//! review, exports) works for it; `Session::own_case` holds what only an own
//! case has: the inbrenger's role and preparation answers. The answers become
//! the case's context, rebuilt whenever one changes.

use serde::{Deserialize, Serialize};

use super::knelpunt_id::prefixed_id;
use super::{Case, DraftTarget, Method, Session, Step, StepRecord, ThemeSet};
use crate::i18n::Lang;

/// The inbrenger's preparation: a role (never a name) and four answers,
/// each optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OwnCase {
    /// The inbrenger's role, e.g. "jeugdconsulent".
    #[serde(default)]
    pub role: String,
    /// "Wat is je vraag aan de groep?"
    #[serde(default)]
    pub question: String,
    /// "Wat is er gebeurd?"
    #[serde(default)]
    pub happened: String,
    /// "Wat heb je al geprobeerd?"
    #[serde(default)]
    pub tried: String,
    /// "Wat wil je van de groep?"
    #[serde(default)]
    pub wish: String,
}

/// A field of the own case that an editor writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OwnField {
    /// The case's title.
    Title,
    /// The inbrenger's role.
    Role,
    /// The question to the group.
    Question,
    /// What happened.
    Happened,
    /// What was tried already.
    Tried,
    /// What the inbrenger wants from the group.
    Wish,
}

impl OwnField {
    /// The preparation in the order it is asked.
    pub const ALL: [OwnField; 6] = [
        Self::Title,
        Self::Role,
        Self::Question,
        Self::Happened,
        Self::Tried,
        Self::Wish,
    ];
}

/// A field of a decision point of an own case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepField {
    /// Its title.
    Title,
    /// What is known at this moment.
    Situation,
    /// What the group must decide.
    Question,
    /// The options, one per line.
    Options,
    /// What actually happened.
    Outcome,
    /// A note for the facilitator.
    Notes,
}

impl StepField {
    /// The fields in the order `w` walks through them.
    pub const ALL: [StepField; 6] = [
        Self::Title,
        Self::Situation,
        Self::Question,
        Self::Options,
        Self::Outcome,
        Self::Notes,
    ];
}

/// Whitespace collapsed to single spaces: a title or role is one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn optional(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

impl Session {
    /// A fresh session on an own case titled `title` (the default title when
    /// empty), with no decision points yet, written in `lang`.
    pub fn new_own(
        id: String,
        now: jiff::Timestamp,
        group: String,
        title: &str,
        method: Method,
        theme_sets: Vec<ThemeSet>,
        lang: Lang,
    ) -> Session {
        let own = lang.strings().own;
        let suffix: String = id
            .rsplit('-')
            .next()
            .unwrap_or("")
            .chars()
            .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            .collect();
        let title = Some(one_line(title))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| own.default_title.to_string());
        let case = Case {
            schema_version: super::FILE_SCHEMA_VERSION,
            id: format!(
                "eigen-{}",
                if suffix.is_empty() { "casus" } else { &suffix }
            ),
            title,
            language: lang.code().to_string(),
            summary: own.default_title.to_string(),
            context: String::new(),
            tags: Vec::new(),
            steps: Vec::new(),
        };
        let mut session = Session::new(id, now, group, case, method, theme_sets);
        session.language = lang.code().to_string();
        session.own_case = Some(OwnCase::default());
        session
    }

    /// The title an own case has before the group names it, in its language.
    pub fn default_title(&self) -> &'static str {
        Lang::parse(&self.language)
            .unwrap_or_default()
            .strings()
            .own
            .default_title
    }

    /// True when the group brought its own case.
    pub fn is_own_case(&self) -> bool {
        self.own_case.is_some()
    }

    /// What an editor on an own-case target starts with.
    pub(super) fn own_text_of(&self, target: DraftTarget) -> Option<String> {
        let own = self.own_case.as_ref()?;
        match target {
            DraftTarget::Own(field) => Some(match field {
                // The default title is no one's words: the editor starts empty.
                OwnField::Title if self.case.title == self.default_title() => String::new(),
                OwnField::Title => self.case.title.clone(),
                OwnField::Role => own.role.clone(),
                OwnField::Question => own.question.clone(),
                OwnField::Happened => own.happened.clone(),
                OwnField::Tried => own.tried.clone(),
                OwnField::Wish => own.wish.clone(),
            }),
            DraftTarget::StepField { step, field } => {
                let s = self.case.steps.get(step)?;
                Some(match field {
                    StepField::Title => s.title.clone(),
                    StepField::Situation => s.situation.clone(),
                    StepField::Question => s.question.clone(),
                    StepField::Options => s.options.join("\n"),
                    StepField::Outcome => s.outcome.clone().unwrap_or_default(),
                    StepField::Notes => s.facilitator_notes.clone().unwrap_or_default(),
                })
            }
            DraftTarget::Step(i) => self.case.steps.get(i).map(|s| s.title.clone()),
            _ => None,
        }
    }

    /// Writes an own-case target. A title or role is one line, and an
    /// emptied title keeps the old one; a first outcome is revealed; an empty new decision point is not
    /// added; emptying `Step(n)` removes that decision point. A session
    /// without an own case ignores them all.
    pub(super) fn set_own_text(&mut self, target: DraftTarget, text: String) {
        let Some(own) = self.own_case.as_mut() else {
            return;
        };
        match target {
            DraftTarget::Own(field) => {
                match field {
                    OwnField::Title => {
                        let title = one_line(&text);
                        if !title.is_empty() {
                            self.case.title = title;
                        }
                    }
                    OwnField::Role => own.role = one_line(&text),
                    OwnField::Question => own.question = text,
                    OwnField::Happened => own.happened = text,
                    OwnField::Tried => own.tried = text,
                    OwnField::Wish => own.wish = text,
                }
                self.rebuild_own_context();
            }
            DraftTarget::NewStep(at) => self.add_step(at, &text),
            DraftTarget::StepField { step, field } => {
                let Some(s) = self.case.steps.get_mut(step) else {
                    return;
                };
                match field {
                    StepField::Title => {
                        let title = one_line(&text);
                        if !title.is_empty() {
                            s.title = title;
                        }
                    }
                    StepField::Situation => s.situation = text,
                    StepField::Question => s.question = text,
                    StepField::Options => {
                        s.options = text
                            .lines()
                            .map(one_line)
                            .filter(|o| !o.is_empty())
                            .collect()
                    }
                    // Written as the inbrenger tells it: the group has heard it.
                    StepField::Outcome => {
                        let first = s.outcome.is_none();
                        s.outcome = optional(text);
                        if first
                            && s.outcome.is_some()
                            && let Some(record) = self.steps.get_mut(step)
                        {
                            record.revealed = true;
                        }
                    }
                    StepField::Notes => s.facilitator_notes = optional(text),
                }
            }
            DraftTarget::Step(i) if text.trim().is_empty() => self.remove_step(i),
            _ => {}
        }
    }

    /// Inserts a decision point at `at` (or at the end): the first line of
    /// `text` is its title, the rest its situation; the group moves to it.
    fn add_step(&mut self, at: usize, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
        let at = at.min(self.case.steps.len());
        let id = self.fresh_step_id();
        self.case.steps.insert(
            at,
            Step {
                id: id.clone(),
                title: one_line(first),
                situation: rest.trim().to_string(),
                ..Step::default()
            },
        );
        self.steps.insert(
            at,
            StepRecord {
                step: id,
                ..StepRecord::default()
            },
        );
        self.position.step = at;
    }

    /// Removes decision point `i` with what the group wrote there; its
    /// knelpunten stay, as the session's own (named in no decision point).
    fn remove_step(&mut self, i: usize) {
        if i >= self.case.steps.len() || i >= self.steps.len() {
            return;
        }
        let id = self.case.steps.remove(i).id;
        self.steps.remove(i);
        for b in &mut self.bottlenecks {
            if b.step.as_deref() == Some(id.as_str()) {
                b.step = None;
            }
        }
        self.position.step = self
            .position
            .step
            .min(self.case.steps.len().saturating_sub(1));
    }

    /// Moves decision point `i` one place earlier (`up`) or later, with what
    /// the group wrote there; the group moves with it. `false` when it cannot.
    pub fn move_step(&mut self, i: usize, up: bool) -> bool {
        let len = self.case.steps.len().min(self.steps.len());
        let to = if up { i.checked_sub(1) } else { Some(i + 1) };
        let Some(to) = to.filter(|&t| t < len && i < len && self.is_own_case()) else {
            return false;
        };
        self.case.steps.swap(i, to);
        self.steps.swap(i, to);
        self.position.step = to;
        true
    }

    /// A decision point id not yet used in this case (`b-` and six characters).
    fn fresh_step_id(&self) -> String {
        use std::hash::{BuildHasher, Hasher};
        let mut salt = 0u64;
        loop {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write(self.id.as_bytes());
            h.write_usize(self.case.steps.len());
            h.write_u64(salt);
            let id = prefixed_id("b", h.finish());
            if !self.case.steps.iter().any(|s| s.id == id) {
                return id;
            }
            salt += 1;
        }
    }

    /// The case's context and summary from the preparation, in the session's
    /// language: each answer under its heading, empty ones left out.
    fn rebuild_own_context(&mut self) {
        let Some(own) = &self.own_case else {
            return;
        };
        let s = Lang::parse(&self.language)
            .unwrap_or_default()
            .strings()
            .own;
        let mut parts = Vec::new();
        if !own.role.is_empty() {
            parts.push(crate::i18n::fill(s.context_role, &[&own.role]));
        }
        for (heading, answer) in [
            (s.context_question, &own.question),
            (s.context_happened, &own.happened),
            (s.context_tried, &own.tried),
            (s.context_wish, &own.wish),
        ] {
            if !answer.trim().is_empty() {
                parts.push(format!("{heading}\n{}", answer.trim()));
            }
        }
        self.case.context = parts.join("\n\n");
        let question = own.question.lines().find(|l| !l.trim().is_empty());
        self.case.summary = match question {
            Some(line) => line.trim().to_string(),
            None if !own.role.is_empty() => crate::i18n::fill(s.summary_role, &[&own.role]),
            None => s.default_title.to_string(),
        };
    }

    /// What was typed into the own case: its title, the preparation and the
    /// decision points (empty for a prepared case).
    pub(super) fn own_typed_texts(&self) -> Vec<&str> {
        let Some(own) = &self.own_case else {
            return Vec::new();
        };
        let mut out = vec![
            self.case.title.as_str(),
            own.role.as_str(),
            own.question.as_str(),
            own.happened.as_str(),
            own.tried.as_str(),
            own.wish.as_str(),
        ];
        for s in &self.case.steps {
            out.extend([s.title.as_str(), s.situation.as_str(), s.question.as_str()]);
            out.extend(s.options.iter().map(String::as_str));
            out.extend(s.outcome.as_deref());
            out.extend(s.facilitator_notes.as_deref());
        }
        out
    }
}

#[cfg(test)]
mod tests;
