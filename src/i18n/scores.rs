//! The words of structured scores (QSR style, `model/score.rs`): the
//! scoring panel of a running session and the diagnostics of a method's
//! `scores` list ([`ScoreStrings`], reached as [`super::Strings::scores`]),
//! and what leaves casus about them: the detail page, the Markdown report and
//! `casus stats --scores` ([`ScoreReview`], reached as
//! [`super::ReviewStrings::scores`]). The placeholder test sees these fields
//! as `scores.NAME`.

use super::Plural;
use crate::model::{ACCEPTABLE_FROM, Part};

/// The scoring panel and the library's diagnostics, in one language.
#[derive(Debug)]
pub struct ScoreStrings {
    /// An indicator, as the subject of an id message.
    pub what_indicator: &'static str,
    /// Diagnostic: {} the indicator's id.
    pub label_empty: &'static str,
    /// Command: open the scores.
    pub cmd_open: &'static str,
    /// Command: give the score of the key pressed.
    pub cmd_score: &'static str,
    /// Command: write why, for the selected indicator.
    pub cmd_note: &'static str,
    /// Command: clear the selected indicator's score.
    pub cmd_clear: &'static str,
    /// The panel's title.
    pub title: &'static str,
    /// {} scored, {} indicators.
    pub progress: &'static str,
    /// An indicator without a score yet.
    pub unscored: &'static str,
    /// The editor's title: the note of a score.
    pub editor_note: &'static str,
    /// A note was asked for before a score.
    pub note_first: &'static str,
    /// A score was given: {} the indicator, {} the score, {} acceptable or not.
    pub scored: &'static str,
    /// Nothing to clear.
    pub nothing_to_clear: &'static str,
    /// The method has no scores.
    pub none_in_method: &'static str,
}

/// Scores as review and the exports show them, in one language.
#[derive(Debug)]
pub struct ScoreReview {
    /// The family's part, as a heading.
    pub part_family: &'static str,
    /// The system's part, as a heading.
    pub part_system: &'static str,
    /// What the family's part asks.
    pub part_family_question: &'static str,
    /// What the system's part asks.
    pub part_system_question: &'static str,
    /// 4 to 6.
    pub acceptable: &'static str,
    /// 1 to 3.
    pub attention: &'static str,
    /// The sign beside an acceptable score.
    pub sign_acceptable: &'static str,
    /// The sign beside a score that needs attention.
    pub sign_attention: &'static str,
    /// The scale, under the heading.
    pub scale: &'static str,
    /// Heading of the scores in a report and on the detail page.
    pub heading: &'static str,
    /// An indicator the group did not score.
    pub not_scored: &'static str,
    /// `stats --scores`: {} the sessions with scores.
    pub stats_heading: &'static str,
    /// `stats --scores`: no session had scores.
    pub stats_none: &'static str,
    /// Column: the indicator's label.
    pub col_indicator: &'static str,
    /// Column: the indicator's id.
    pub col_id: &'static str,
    /// Column: sessions that scored it.
    pub col_sessions: &'static str,
    /// Column: the mean.
    pub col_mean: &'static str,
    /// Column: the lowest score.
    pub col_min: &'static str,
    /// Column: the highest score.
    pub col_max: &'static str,
    /// Column: the share acceptable.
    pub col_acceptable: &'static str,
    /// Sessions with scores.
    pub n_sessions: Plural,
}

impl ScoreReview {
    /// The heading of a part.
    pub fn part(&self, part: Part) -> &'static str {
        match part {
            Part::Family => self.part_family,
            Part::System => self.part_system,
        }
    }

    /// What a part asks.
    pub fn question(&self, part: Part) -> &'static str {
        match part {
            Part::Family => self.part_family_question,
            Part::System => self.part_system_question,
        }
    }

    /// `✓ aanvaardbaar` or `! vraagt aandacht`: the sign and the word, so
    /// the marking reads without colour.
    pub fn marking(&self, value: u8) -> String {
        if value >= ACCEPTABLE_FROM {
            format!("{} {}", self.sign_acceptable, self.acceptable)
        } else {
            format!("{} {}", self.sign_attention, self.attention)
        }
    }
}

/// Dutch.
pub static NL: ScoreStrings = ScoreStrings {
    what_indicator: "indicator",
    label_empty: "indicator {} heeft geen label; geef een label dat de groep ziet",
    cmd_open: "scores",
    cmd_score: "geef deze score",
    cmd_note: "onderbouwing",
    cmd_clear: "score wissen",
    title: "Scores: 1 tot 6, 4 tot 6 is aanvaardbaar",
    progress: "{} van {} indicatoren gescoord",
    unscored: "nog geen score",
    editor_note: "Onderbouwing",
    note_first: "Geef eerst een score (1 tot 6), dan de onderbouwing.",
    scored: "{}: {} ({})",
    nothing_to_clear: "Deze indicator heeft nog geen score.",
    none_in_method: "Deze methode kent geen scores.",
};

/// English.
pub static EN: ScoreStrings = ScoreStrings {
    what_indicator: "indicator",
    label_empty: "indicator {} has no label; give it a label the group sees",
    cmd_open: "scores",
    cmd_score: "give this score",
    cmd_note: "why",
    cmd_clear: "clear score",
    title: "Scores: 1 to 6, 4 to 6 is acceptable",
    progress: "{} of {} indicators scored",
    unscored: "not scored yet",
    editor_note: "Why this score",
    note_first: "Give a score (1 to 6) first, then the why.",
    scored: "{}: {} ({})",
    nothing_to_clear: "This indicator has no score yet.",
    none_in_method: "This method has no scores.",
};

/// Dutch.
pub static REVIEW_NL: ScoreReview = ScoreReview {
    part_family: "Gezin",
    part_system: "Systeem",
    part_family_question: "hoe gaat het met kind en gezin?",
    part_system_question: "hoe presteerde het systeem?",
    acceptable: "aanvaardbaar",
    attention: "vraagt aandacht",
    sign_acceptable: "✓",
    sign_attention: "!",
    scale: "Elke indicator apart van 1 tot 6; 4 tot 6 is aanvaardbaar, 1 tot 3 vraagt aandacht.",
    heading: "Scores",
    not_scored: "geen score",
    stats_heading: "Scores: {}.",
    stats_none: "Geen sessies met scores.",
    col_indicator: "Indicator",
    col_id: "Id",
    col_sessions: "Sessies",
    col_mean: "Gemiddeld",
    col_min: "Laagst",
    col_max: "Hoogst",
    col_acceptable: "Aanvaardbaar",
    n_sessions: Plural {
        one: "{} sessie met scores",
        other: "{} sessies met scores",
    },
};

/// English.
pub static REVIEW_EN: ScoreReview = ScoreReview {
    part_family: "Family",
    part_system: "System",
    part_family_question: "how are the child and family doing?",
    part_system_question: "how did the system perform?",
    acceptable: "acceptable",
    attention: "needs attention",
    sign_acceptable: "✓",
    sign_attention: "!",
    scale: "Each indicator on its own from 1 to 6; 4 to 6 is acceptable, 1 to 3 needs attention.",
    heading: "Scores",
    not_scored: "not scored",
    stats_heading: "Scores: {}.",
    stats_none: "No sessions with scores.",
    col_indicator: "Indicator",
    col_id: "Id",
    col_sessions: "Sessions",
    col_mean: "Mean",
    col_min: "Lowest",
    col_max: "Highest",
    col_acceptable: "Acceptable",
    n_sessions: Plural {
        one: "{} session with scores",
        other: "{} sessions with scores",
    },
};
