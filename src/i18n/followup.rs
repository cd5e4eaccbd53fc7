//! The words of follow-up (session schema version 4): a knelpunt's status
//! and level, an action's status. Shared by the register, the terugblik,
//! `casus list bottlenecks|actions`, reports and exports; reached as
//! [`super::ReviewStrings::followup`], and the placeholder test sees these
//! fields as `followup.NAME`.
//!
//! The `parse_*` functions read a word typed in a filter or on the command
//! line in either language, or the stable key the CSV and JSON carry.

use crate::model::{ActionStatus, BottleneckStatus, Level};

/// Follow-up words, in one language.
#[derive(Debug)]
pub struct FollowUpReview {
    /// Knelpunt status: open.
    pub status_open: &'static str,
    /// Knelpunt status: raised with the owner.
    pub status_raised: &'static str,
    /// Knelpunt status: the owner answered.
    pub status_answered: &'static str,
    /// Knelpunt status: solved.
    pub status_resolved: &'static str,
    /// Knelpunt status: the owner will not take it up.
    pub status_not_taken: &'static str,
    /// Level: the team.
    pub level_team: &'static str,
    /// Level: the organisation.
    pub level_organisation: &'static str,
    /// Level: the municipality.
    pub level_municipality: &'static str,
    /// Level: the region.
    pub level_region: &'static str,
    /// Level: national.
    pub level_national: &'static str,
    /// Action status: open.
    pub action_open: &'static str,
    /// Action status: done.
    pub action_done: &'static str,
    /// Action status: no longer needed.
    pub action_dropped: &'static str,
    /// An action to update is gone: {} the file, {} the action.
    pub update_no_action: &'static str,
}

impl FollowUpReview {
    /// How a knelpunt's status reads.
    pub fn status(&self, status: BottleneckStatus) -> &'static str {
        match status {
            BottleneckStatus::Open => self.status_open,
            BottleneckStatus::Raised => self.status_raised,
            BottleneckStatus::Answered => self.status_answered,
            BottleneckStatus::Resolved => self.status_resolved,
            BottleneckStatus::NotTaken => self.status_not_taken,
        }
    }

    /// How a level reads.
    pub fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Team => self.level_team,
            Level::Organisation => self.level_organisation,
            Level::Municipality => self.level_municipality,
            Level::Region => self.level_region,
            Level::National => self.level_national,
        }
    }

    /// How an action's status reads.
    pub fn action_status(&self, status: ActionStatus) -> &'static str {
        match status {
            ActionStatus::Open => self.action_open,
            ActionStatus::Done => self.action_done,
            ActionStatus::Dropped => self.action_dropped,
        }
    }
}

/// Whether `word` names this value: its key, or its label in either language
/// (case, diacritics, spaces and dashes folded: `niet-opgepakt`, `Niet opgepakt`).
fn names(word: &str, key: &str, labels: [&str; 2]) -> bool {
    let fold = |s: &str| -> String {
        crate::fuzzy::fold(s)
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '_'))
            .collect()
    };
    let word = fold(word);
    !word.is_empty() && (word == fold(key) || labels.iter().any(|l| word == fold(l)))
}

/// A knelpunt status from a typed word (`aangekaart`, `raised`, `niet-opgepakt`).
pub fn parse_status(word: &str) -> Option<BottleneckStatus> {
    BottleneckStatus::ALL
        .into_iter()
        .find(|s| names(word, s.key(), [NL.status(*s), EN.status(*s)]))
}

/// A level from a typed word (`gemeente`, `municipality`).
pub fn parse_level(word: &str) -> Option<Level> {
    Level::ALL
        .into_iter()
        .find(|l| names(word, l.key(), [NL.level(*l), EN.level(*l)]))
}

/// An action status from a typed word (`gedaan`, `done`, `vervallen`).
pub fn parse_action_status(word: &str) -> Option<ActionStatus> {
    ActionStatus::ALL
        .into_iter()
        .find(|s| names(word, s.key(), [NL.action_status(*s), EN.action_status(*s)]))
}

/// Dutch.
pub static NL: FollowUpReview = FollowUpReview {
    status_open: "open",
    status_raised: "aangekaart",
    status_answered: "beantwoord",
    status_resolved: "opgelost",
    status_not_taken: "niet opgepakt",
    level_team: "team",
    level_organisation: "organisatie",
    level_municipality: "gemeente",
    level_region: "regio",
    level_national: "landelijk",
    action_open: "open",
    action_done: "gedaan",
    action_dropped: "vervallen",
    update_no_action: "{} heeft geen actie {} meer; er is niets gewijzigd.",
};

/// English.
pub static EN: FollowUpReview = FollowUpReview {
    status_open: "open",
    status_raised: "raised",
    status_answered: "answered",
    status_resolved: "resolved",
    status_not_taken: "not taken up",
    level_team: "team",
    level_organisation: "organisation",
    level_municipality: "municipality",
    level_region: "region",
    level_national: "national",
    action_open: "open",
    action_done: "done",
    action_dropped: "dropped",
    update_no_action: "{} no longer has action {}; nothing was changed.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_either_language_and_the_keys_parse() {
        assert_eq!(parse_status("aangekaart"), Some(BottleneckStatus::Raised));
        assert_eq!(
            parse_status("Niet-opgepakt"),
            Some(BottleneckStatus::NotTaken)
        );
        assert_eq!(parse_status("not-taken"), Some(BottleneckStatus::NotTaken));
        assert_eq!(
            parse_status("not taken up"),
            Some(BottleneckStatus::NotTaken)
        );
        assert_eq!(parse_level("Gemeente"), Some(Level::Municipality));
        assert_eq!(parse_level("national"), Some(Level::National));
        assert_eq!(parse_action_status("gedaan"), Some(ActionStatus::Done));
        assert_eq!(
            parse_action_status("vervallen"),
            Some(ActionStatus::Dropped)
        );
    }

    #[test]
    fn near_misses_do_not_parse() {
        for word in ["", "-", "aangekaar", "opgelost!", "gemeentes", "klaar"] {
            assert_eq!(parse_status(word), None, "{word}");
            assert_eq!(parse_level(word), None, "{word}");
            assert_eq!(parse_action_status(word), None, "{word}");
        }
    }
}
