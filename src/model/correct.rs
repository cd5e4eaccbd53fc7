//! Corrections a group makes to what it wrote: the knelpunten of one
//! decision point (there may be several), removing an item (an own case's
//! decision point too), and the group
//! name and participants, edited as one text with a side field.

use super::DraftTarget;
use super::session::Session;

impl Session {
    /// The indices (into `bottlenecks`) of the knelpunten named at decision point `step`.
    pub fn step_bottlenecks(&self, step: usize) -> Vec<usize> {
        let Some(id) = self.steps.get(step).map(|r| &r.step) else {
            return Vec::new();
        };
        self.bottlenecks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.step.as_ref() == Some(id))
            .map(|(i, _)| i)
            .collect()
    }

    /// Removes an existing reflection, knelpunt or action, or clears the
    /// lessons; `false` when there was nothing there to remove.
    pub fn remove(&mut self, target: DraftTarget) -> bool {
        let exists = match target {
            DraftTarget::Reflection {
                step,
                index: Some(i),
            } => self
                .steps
                .get(step)
                .is_some_and(|r| i < r.reflections.len()),
            DraftTarget::Bottleneck { index: Some(i), .. } => i < self.bottlenecks.len(),
            DraftTarget::Action { index: Some(i) } => i < self.actions.len(),
            DraftTarget::Lessons => !self.lessons.is_empty(),
            DraftTarget::Step(i) => self.is_own_case() && i < self.case.steps.len(),
            DraftTarget::Score(i) => return self.clear_score(i),
            DraftTarget::Stance { step, who, .. } => {
                let voter = self.voters(step).get(who).cloned().unwrap_or_default();
                self.steps
                    .get(step)
                    .is_some_and(|r| r.stance_of(&voter).is_some())
            }
            _ => false,
        };
        if let (true, DraftTarget::Stance { step, who, .. }) = (exists, target) {
            // Removing a position removes it whole, reason and all.
            let voter = self.voters(step)[who].clone();
            return self.remove_stance(step, &voter);
        }
        if exists {
            self.set_text(target, String::new(), None);
        }
        exists
    }

    /// The participants as one line, as the group's editor shows them.
    pub fn participants_line(&self) -> String {
        self.participants.join(", ")
    }

    /// Writes the group name and the participants (split on commas); an
    /// empty group name keeps the old one, for a session needs a group.
    pub fn set_group(&mut self, group: &str, participants: &str) {
        let group = group.split_whitespace().collect::<Vec<_>>().join(" ");
        if !group.is_empty() {
            self.group = group;
        }
        self.participants = participants
            .split([',', '\n'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
    }
}
