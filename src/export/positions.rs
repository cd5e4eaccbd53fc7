//! Positions and dot-votes in the Markdown report: per decision point the
//! tally and who took which position (with reasons), the majority or
//! agreement, and the option marked as what actually happened; dots beside
//! knelpunten and actions, which the report lists most dots first.

use crate::i18n::{Lang, fill};
use crate::model::{Choice, Session, Tally};

use super::md::{blank, item, label, paragraph};

/// The positions at decision point `index`, if any were recorded.
pub(super) fn step_positions(out: &mut String, s: &Session, index: usize, lang: Lang) {
    let t = lang.review().stance;
    let Some(record) = s.steps.get(index) else {
        return;
    };
    let options = s
        .case
        .steps
        .iter()
        .find(|c| c.id == record.step)
        .map_or(&[][..], |c| c.options.as_slice());
    if !record.stances.is_empty() {
        let title = if record.stances_shown {
            t.md_positions.to_string()
        } else {
            format!("{} ({})", t.md_positions, t.md_not_shown)
        };
        label(out, &title);
        let tally = Tally::of(options, &record.stances);
        for (o, n) in options.iter().zip(&tally.options) {
            item(out, &format!("{o}: {n}"));
        }
        for (text, n) in &tally.other {
            item(out, &format!("{} “{text}”: {n}", t.md_own));
        }
        blank(out);
        for stance in &record.stances {
            let what = match &stance.choice {
                Choice::Option(o) => o.clone(),
                Choice::Own(o) => format!("“{o}”"),
            };
            let why = stance
                .reason
                .as_deref()
                .map(|r| format!(" ({})", fill(t.md_reason, &[&r.trim()])))
                .unwrap_or_default();
            item(out, &format!("{}: {what}{why}", stance.who));
        }
        blank(out);
        if record.agreed() {
            paragraph(out, t.md_agreed);
        } else if let Some(m) = record.majority() {
            paragraph(out, &fill(t.md_majority, &[&m.text()]));
        }
    }
    let outcome = s.case.steps.iter().find(|c| c.id == record.step);
    let hidden = outcome.is_some_and(|c| c.outcome.is_some()) && !record.revealed;
    if let Some(actual) = record.actual.as_ref().filter(|_| !hidden) {
        label(out, t.md_actual);
        paragraph(out, actual);
    }
}

/// ` (3 stippen)` after a knelpunt or action with dots; empty without.
pub(super) fn votes_suffix(votes: &[String], lang: Lang) -> String {
    if votes.is_empty() {
        return String::new();
    }
    format!(" ({})", lang.review().stance.md_votes.of(votes.len()))
}
