//! Positions before the reveal (session schema version 3): the
//! *standpuntenronde* of the incidentmethode, the *individuele keuze* of
//! moreel beraad. At a decision point each participant's position is
//! recorded one by one (one of the step's options, or a few own words, with
//! an optional reason); they stay hidden until the facilitator shows them
//! all at once, then count as a [`Tally`].
//!
//! What actually happened: a case's `outcome` is free text (FORMAT.md has no
//! machine-readable "right" option, and often two options happened at once),
//! so the comparison is against what the facilitator marked in the session
//! ([`StepRecord::actual`]): the option that is what actually happened. A
//! decision point without that mark is not compared, never guessed.

use serde::{Deserialize, Serialize};

use super::session::{Session, StepRecord};

/// One participant's position at a decision point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stance {
    /// The participant's initials or role, as in the session's participants.
    pub who: String,
    /// What they chose.
    pub choice: Choice,
    /// Why, in their words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A position: one of the step's options or own words.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Choice {
    /// One of the step's options, by its text (so the file reads on its own).
    Option(String),
    /// A position in the participant's own words.
    Own(String),
}

impl Choice {
    /// The position's text.
    pub fn text(&self) -> &str {
        match self {
            Choice::Option(t) | Choice::Own(t) => t,
        }
    }

    /// The same position: own words compare without case and extra spaces.
    fn key(&self) -> (bool, String) {
        match self {
            Choice::Option(t) => (true, t.clone()),
            Choice::Own(t) => (false, normalized(t)),
        }
    }
}

fn normalized(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The positions at one decision point, counted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    /// Per option of the step, in the step's order: how many chose it.
    pub options: Vec<usize>,
    /// Own positions (and options no longer in the step), most chosen first,
    /// ties in the order they were recorded: the text and how many.
    pub other: Vec<(String, usize)>,
    /// Positions recorded.
    pub total: usize,
}

impl Tally {
    /// Counts `stances` against the step's `options`.
    pub fn of(options: &[String], stances: &[Stance]) -> Tally {
        let mut tally = Tally {
            options: vec![0; options.len()],
            other: Vec::new(),
            total: stances.len(),
        };
        let mut keys: Vec<(bool, String)> = Vec::new();
        for stance in stances {
            if let Choice::Option(t) = &stance.choice
                && let Some(i) = options.iter().position(|o| o == t)
            {
                tally.options[i] += 1;
                continue;
            }
            let key = stance.choice.key();
            match keys.iter().position(|k| *k == key) {
                Some(i) => tally.other[i].1 += 1,
                None => {
                    keys.push(key);
                    tally
                        .other
                        .push((stance.choice.text().trim().to_string(), 1));
                }
            }
        }
        // A stable sort keeps ties in the order recorded.
        tally.other.sort_by_key(|o| std::cmp::Reverse(o.1));
        tally
    }
}

impl StepRecord {
    /// True when at least two positions were recorded and all are the same.
    pub fn agreed(&self) -> bool {
        let mut keys = self.stances.iter().map(|s| s.choice.key());
        match keys.next() {
            Some(first) => self.stances.len() >= 2 && keys.all(|k| k == first),
            None => false,
        }
    }

    /// The position chosen more often than any other, if one was (a tie has none).
    pub fn majority(&self) -> Option<&Choice> {
        let mut counts: Vec<(&Choice, (bool, String), usize)> = Vec::new();
        for stance in &self.stances {
            let key = stance.choice.key();
            match counts.iter_mut().find(|(_, k, _)| *k == key) {
                Some((_, _, n)) => *n += 1,
                None => counts.push((&stance.choice, key, 1)),
            }
        }
        let best = counts.iter().map(|(_, _, n)| *n).max()?;
        let mut top = counts.iter().filter(|(_, _, n)| *n == best);
        let (choice, _, _) = top.next()?;
        top.next().is_none().then_some(*choice)
    }

    /// `Some(true)` when the majority's position is not what actually
    /// happened; `None` when it cannot be said: no majority, or no option
    /// marked as what happened ([`StepRecord::actual`]).
    pub fn majority_differed(&self) -> Option<bool> {
        let actual = self.actual.as_deref()?;
        let majority = self.majority()?;
        Some(majority != &Choice::Option(actual.to_string()))
    }

    /// The position of `who`, if recorded.
    pub fn stance_of(&self, who: &str) -> Option<&Stance> {
        self.stances.iter().find(|s| s.who == who)
    }
}

impl Session {
    /// Who can take a position at decision point `step`: the participants,
    /// then anyone with a position there who is no longer among them.
    pub fn voters(&self, step: usize) -> Vec<String> {
        let mut out = self.participants.clone();
        if let Some(record) = self.steps.get(step) {
            for s in &record.stances {
                if !out.contains(&s.who) {
                    out.push(s.who.clone());
                }
            }
        }
        out
    }

    /// Records (or replaces) the position of `who` at `step`, keeping a
    /// reason already given when the choice changes; `false` without such a step.
    pub fn set_stance(&mut self, step: usize, who: &str, choice: Choice) -> bool {
        let Some(record) = self.steps.get_mut(step) else {
            return false;
        };
        match record.stances.iter_mut().find(|s| s.who == who) {
            Some(s) => s.choice = choice,
            None => record.stances.push(Stance {
                who: who.to_string(),
                choice,
                reason: None,
            }),
        }
        true
    }

    /// Removes the position of `who` at `step`; `false` when there was none.
    pub fn remove_stance(&mut self, step: usize, who: &str) -> bool {
        let Some(record) = self.steps.get_mut(step) else {
            return false;
        };
        let before = record.stances.len();
        record.stances.retain(|s| s.who != who);
        record.stances.len() != before
    }

    /// Shows or hides the positions at `step`, all at once.
    pub fn toggle_stances_shown(&mut self, step: usize) {
        if let Some(r) = self.steps.get_mut(step) {
            r.stances_shown = !r.stances_shown;
        }
    }

    /// Marks option `option` of `step` as what actually happened, or
    /// clears the mark when it was already that option.
    pub fn toggle_actual(&mut self, step: usize, option: &str) {
        if let Some(r) = self.steps.get_mut(step) {
            r.actual = match r.actual.as_deref() {
                Some(a) if a == option => None,
                _ => Some(option.to_string()),
            };
        }
    }

    /// Adds a participant (initials or a role typed in a position round or
    /// in voting); `false` when empty or already there.
    pub fn add_participant(&mut self, label: &str) -> bool {
        let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
        if label.is_empty() || self.participants.contains(&label) {
            return false;
        }
        self.participants.push(label);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stance(who: &str, choice: Choice) -> Stance {
        Stance {
            who: who.into(),
            choice,
            reason: None,
        }
    }

    fn opt(t: &str) -> Choice {
        Choice::Option(t.into())
    }

    fn own(t: &str) -> Choice {
        Choice::Own(t.into())
    }

    fn record(stances: Vec<Stance>, actual: Option<&str>) -> StepRecord {
        StepRecord {
            stances,
            actual: actual.map(String::from),
            ..StepRecord::default()
        }
    }

    #[test]
    fn the_tally_counts_options_in_their_order_and_groups_own_words() {
        let options = vec!["bellen".to_string(), "wachten".to_string()];
        let stances = vec![
            stance("AB", opt("wachten")),
            stance("CD", own("Eerst  de huisarts")),
            stance("EF", opt("wachten")),
            stance("GH", own("eerst de huisarts")),
            stance("IJ", own("Niets")),
            stance("KL", opt("een optie die er niet meer is")),
        ];
        let tally = Tally::of(&options, &stances);
        assert_eq!(tally.options, [0, 2]);
        assert_eq!(tally.total, 6);
        assert_eq!(
            tally.other,
            [
                ("Eerst  de huisarts".to_string(), 2),
                ("Niets".to_string(), 1),
                ("een optie die er niet meer is".to_string(), 1),
            ]
        );
        assert_eq!(Tally::of(&options, &[]).options, [0, 0]);
    }

    #[test]
    fn the_group_agreed_when_two_or_more_took_the_same_position() {
        assert!(record(vec![stance("A", opt("x")), stance("B", opt("x"))], None).agreed());
        assert!(record(vec![stance("A", own("Ja")), stance("B", own(" ja"))], None).agreed());
        assert!(!record(vec![stance("A", opt("x")), stance("B", opt("y"))], None).agreed());
        assert!(
            !record(vec![stance("A", opt("x"))], None).agreed(),
            "one is not a group"
        );
        assert!(!record(vec![], None).agreed());
        // An option and own words with the same text are different positions.
        assert!(!record(vec![stance("A", opt("x")), stance("B", own("x"))], None).agreed());
    }

    #[test]
    fn the_majority_is_the_most_chosen_position_and_a_tie_has_none() {
        let r = record(
            vec![
                stance("A", opt("x")),
                stance("B", opt("y")),
                stance("C", opt("y")),
            ],
            None,
        );
        assert_eq!(r.majority(), Some(&opt("y")));
        let tie = record(vec![stance("A", opt("x")), stance("B", opt("y"))], None);
        assert_eq!(tie.majority(), None);
        assert_eq!(record(vec![], None).majority(), None);
    }

    #[test]
    fn the_majority_differed_only_where_it_can_be_said() {
        let two_y = vec![
            stance("A", opt("x")),
            stance("B", opt("y")),
            stance("C", opt("y")),
        ];
        assert_eq!(
            record(two_y.clone(), Some("x")).majority_differed(),
            Some(true)
        );
        assert_eq!(
            record(two_y.clone(), Some("y")).majority_differed(),
            Some(false)
        );
        assert_eq!(
            record(two_y, None).majority_differed(),
            None,
            "nothing marked"
        );
        let tie = vec![stance("A", opt("x")), stance("B", opt("y"))];
        assert_eq!(
            record(tie, Some("x")).majority_differed(),
            None,
            "no majority"
        );
        let own_words = vec![stance("A", own("y")), stance("B", own("y"))];
        assert_eq!(
            record(own_words, Some("y")).majority_differed(),
            Some(true),
            "own words are not the option that happened"
        );
    }
}
