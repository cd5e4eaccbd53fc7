//! What an editor on a position writes (its own words, its reason) and
//! what the privacy scans read of positions; the rules of positions
//! themselves are `stance.rs`.

use super::DraftTarget;
use super::session::Session;
use super::stance::Choice;

impl Session {
    /// The texts an editor on a position or a new participant starts with:
    /// the text and the side field (see [`DraftTarget::Stance`]).
    pub(super) fn stance_text_of(&self, target: DraftTarget) -> (String, Option<String>) {
        let DraftTarget::Stance { step, who, own } = target else {
            return (String::new(), None);
        };
        let voter = self.voters(step).get(who).cloned().unwrap_or_default();
        let stance = self.steps.get(step).and_then(|r| r.stance_of(&voter));
        let reason = stance.and_then(|s| s.reason.clone()).unwrap_or_default();
        if own {
            let text = match stance.map(|s| &s.choice) {
                Some(Choice::Own(t)) => t.clone(),
                _ => String::new(),
            };
            (text, Some(reason))
        } else {
            (reason, None)
        }
    }

    /// Writes what an editor on a position or a new participant gave.
    /// Own words emptied remove the position; a reason emptied is cleared.
    pub(super) fn set_stance_text(
        &mut self,
        target: DraftTarget,
        text: String,
        side: Option<String>,
    ) {
        let clean = |t: &str| Some(t.trim().to_string()).filter(|t| !t.is_empty());
        match target {
            DraftTarget::Participant => {
                self.add_participant(&text);
            }
            DraftTarget::Stance { step, who, own } => {
                let Some(voter) = self.voters(step).get(who).cloned() else {
                    return;
                };
                if own {
                    let Some(words) = clean(&text) else {
                        self.remove_stance(step, &voter);
                        return;
                    };
                    self.set_stance(step, &voter, Choice::Own(words));
                }
                let reason = if own {
                    side.as_deref()
                } else {
                    Some(text.as_str())
                };
                let record = self.steps.get_mut(step);
                if let Some(s) = record.and_then(|r| r.stances.iter_mut().find(|s| s.who == voter))
                {
                    s.reason = reason.and_then(clean);
                }
            }
            _ => {}
        }
    }

    /// Every text typed into positions, for the privacy scans.
    pub(super) fn stance_texts(&self) -> impl Iterator<Item = &str> {
        self.steps.iter().flat_map(|r| {
            r.stances.iter().flat_map(|s| {
                [
                    Some(s.who.as_str()),
                    Some(s.choice.text()),
                    s.reason.as_deref(),
                ]
                .into_iter()
                .flatten()
            })
        })
    }
}
