//! Dot-voting in the closing (session schema version 3): each participant
//! spreads [`Session::votes_each`] dots over the knelpunten and actions, and
//! the [`ranking`] orders them in the summary, the exports and the register.
//!
//! A dot is stored on the item it went to, as the voter's label
//! (`votes: ["AB", "AB", "CD"]`), so removing an item takes its dots with it
//! and no id is needed for an action.

use super::{Action, Bottleneck, Session};

/// Dots each participant may spread when a session does not say.
pub const DEFAULT_VOTES: u32 = 3;

/// The most dots a participant may be given.
pub const MAX_VOTES: u32 = 9;

/// What a dot can go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Votable {
    /// The knelpunt at this index of `bottlenecks`.
    Bottleneck(usize),
    /// The action at this index of `actions`.
    Action(usize),
}

/// The indices of `votes` (one vote list per item) ordered by the number of
/// dots, most first; ties keep the order the items were named in.
pub fn ranking<'a>(votes: impl Iterator<Item = &'a [String]>) -> Vec<usize> {
    let counts: Vec<usize> = votes.map(<[String]>::len).collect();
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by_key(|i| std::cmp::Reverse(counts[*i]));
    order
}

impl Session {
    /// The knelpunten, most dots first (ties in the order named).
    pub fn ranked_bottlenecks(&self) -> Vec<&Bottleneck> {
        ranking(self.bottlenecks.iter().map(|b| b.votes.as_slice()))
            .into_iter()
            .map(|i| &self.bottlenecks[i])
            .collect()
    }

    /// The actions, most dots first (ties in the order agreed).
    pub fn ranked_actions(&self) -> Vec<&Action> {
        ranking(self.actions.iter().map(|a| a.votes.as_slice()))
            .into_iter()
            .map(|i| &self.actions[i])
            .collect()
    }

    /// Who can vote: the participants, then anyone with a dot who is no longer among them.
    pub fn dot_voters(&self) -> Vec<String> {
        let mut out = self.participants.clone();
        for v in self.vote_texts() {
            if !out.iter().any(|o| o == v) {
                out.push(v.to_string());
            }
        }
        out
    }

    /// True once anyone voted.
    pub fn voted(&self) -> bool {
        self.bottlenecks.iter().any(|b| !b.votes.is_empty())
            || self.actions.iter().any(|a| !a.votes.is_empty())
    }

    /// The dots on `item`.
    pub fn votes_on(&self, item: Votable) -> &[String] {
        match item {
            Votable::Bottleneck(i) => self.bottlenecks.get(i).map(|b| b.votes.as_slice()),
            Votable::Action(i) => self.actions.get(i).map(|a| a.votes.as_slice()),
        }
        .unwrap_or(&[])
    }

    fn votes_on_mut(&mut self, item: Votable) -> Option<&mut Vec<String>> {
        match item {
            Votable::Bottleneck(i) => self.bottlenecks.get_mut(i).map(|b| &mut b.votes),
            Votable::Action(i) => self.actions.get_mut(i).map(|a| &mut a.votes),
        }
    }

    /// The dots `who` has spread.
    pub fn votes_by(&self, who: &str) -> usize {
        self.bottlenecks
            .iter()
            .map(|b| &b.votes)
            .chain(self.actions.iter().map(|a| &a.votes))
            .flatten()
            .filter(|v| *v == who)
            .count()
    }

    /// Gives a dot of `who` to `item`; `false` when they have none left or
    /// there is no such item.
    pub fn vote(&mut self, item: Votable, who: &str) -> bool {
        if self.votes_by(who) >= self.votes_each as usize {
            return false;
        }
        match self.votes_on_mut(item) {
            Some(votes) => {
                votes.push(who.to_string());
                true
            }
            None => false,
        }
    }

    /// Takes one dot of `who` back from `item`; `false` when there was none.
    pub fn unvote(&mut self, item: Votable, who: &str) -> bool {
        let Some(votes) = self.votes_on_mut(item) else {
            return false;
        };
        match votes.iter().rposition(|v| v == who) {
            Some(i) => {
                votes.remove(i);
                true
            }
            None => false,
        }
    }

    /// Sets the dots each participant may spread (1 to [`MAX_VOTES`]);
    /// fewer than someone already spread is refused (`false`): take dots
    /// back first, so none disappears unseen.
    pub fn set_votes_each(&mut self, n: u32) -> bool {
        let most = self
            .vote_texts()
            .map(|p| self.votes_by(p))
            .max()
            .unwrap_or(0);
        if !(1..=MAX_VOTES).contains(&n) || (n as usize) < most {
            return false;
        }
        self.votes_each = n;
        true
    }

    /// Every voter's label, for the privacy scans.
    pub(super) fn vote_texts(&self) -> impl Iterator<Item = &str> {
        self.bottlenecks
            .iter()
            .flat_map(|b| &b.votes)
            .chain(self.actions.iter().flat_map(|a| &a.votes))
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dots(n: &[usize]) -> Vec<Vec<String>> {
        n.iter().map(|k| vec!["AB".to_string(); *k]).collect()
    }

    #[test]
    fn the_ranking_puts_most_dots_first_and_keeps_ties_in_order() {
        let votes = dots(&[1, 3, 0, 3, 1]);
        assert_eq!(ranking(votes.iter().map(Vec::as_slice)), [1, 3, 0, 4, 2]);
        let none = dots(&[0, 0, 0]);
        assert_eq!(
            ranking(none.iter().map(Vec::as_slice)),
            [0, 1, 2],
            "without votes the order is the order named"
        );
        assert!(ranking(std::iter::empty()).is_empty());
    }
}
