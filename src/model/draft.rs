//! A draft: an editor's text not yet committed when casus last saved, and
//! what it is for, so a resumed session reopens the same editor.

use serde::{Deserialize, Serialize};

/// An editor's text that was not yet committed when casus last saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// What the text is for.
    pub target: DraftTarget,
    /// The text as typed (with any BSN already removed).
    pub text: String,
    /// The side field as typed: a reflection's author, an owner.
    #[serde(default)]
    pub side: Option<String>,
}

/// What an editor writes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftTarget {
    /// The notes of phase `n`.
    PhaseNotes(usize),
    /// The decision of step `n`.
    Decision(usize),
    /// A reflection on `step`: the one at `index`, or a new one.
    Reflection {
        /// The decision point.
        step: usize,
        /// An existing reflection, or `None` for a new one.
        index: Option<usize>,
    },
    /// A bottleneck: the one at `index`, or a new one named at `step` (or in the closing).
    Bottleneck {
        /// An existing bottleneck, or `None` for a new one.
        index: Option<usize>,
        /// The decision point a new one belongs to.
        step: Option<usize>,
    },
    /// The lessons of the closing.
    Lessons,
    /// An action: the one at `index`, or a new one.
    Action {
        /// An existing action, or `None` for a new one.
        index: Option<usize>,
    },
    /// The group name, with the participants as the side field.
    Group,
    /// A field of the own case: its title, the inbrenger's role, a
    /// preparation answer (`own_case.rs`).
    Own(super::OwnField),
    /// A new decision point of the own case, to be inserted at this index:
    /// the first line is its title, the rest its situation.
    NewStep(usize),
    /// One field of decision point `step` of the own case.
    StepField {
        /// The decision point.
        step: usize,
        /// Which of its fields.
        field: super::StepField,
    },
    /// Decision point `n` of the own case as a whole: only ever removed.
    Step(usize),
    /// The position of voter `who` (see [`Session::voters`]) at decision
    /// point `step`: with `own`, its own words and the reason as the side
    /// field; otherwise the reason of the option chosen.
    Stance {
        /// The decision point.
        step: usize,
        /// The voter's index in [`Session::voters`].
        who: usize,
        /// Own words rather than one of the options.
        own: bool,
    },
    /// A new participant (initials or a role), typed in a position round or in voting.
    Participant,
    /// The score of indicator `n` of the method's `scores` list: the editor
    /// writes its note; removing it removes the score (`score.rs`).
    Score(usize),
}
