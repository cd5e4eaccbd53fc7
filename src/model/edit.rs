//! The edits a group makes to a running session, as plain `Session`
//! operations: what an editor on a target starts with, writing its text back
//! (emptying an item removes it), the side fields (a reflection's author, a
//! bottleneck's or action's owner), and tagging themes (tagging twice removes).

use super::DraftTarget;
use super::{Action, Bottleneck, Reflection, Session};

impl Session {
    /// The text an editor on `target` starts with (empty for a new item).
    pub fn text_of(&self, target: DraftTarget) -> String {
        match target {
            DraftTarget::PhaseNotes(i) => self.phases.get(i).map(|p| p.notes.clone()),
            DraftTarget::Decision(i) => self.steps.get(i).map(|r| r.decision.clone()),
            DraftTarget::Reflection { step, index } => index.and_then(|r| {
                self.steps
                    .get(step)?
                    .reflections
                    .get(r)
                    .map(|r| r.text.clone())
            }),
            DraftTarget::Bottleneck { index, .. } => index
                .and_then(|i| self.bottlenecks.get(i))
                .map(|b| b.text.clone()),
            DraftTarget::Lessons => Some(self.lessons.clone()),
            DraftTarget::Action { index } => index
                .and_then(|i| self.actions.get(i))
                .map(|a| a.text.clone()),
            DraftTarget::Group => Some(self.group.clone()),
            own @ (DraftTarget::Own(_)
            | DraftTarget::NewStep(_)
            | DraftTarget::StepField { .. }
            | DraftTarget::Step(_)) => self.own_text_of(own),
            DraftTarget::Stance { .. } | DraftTarget::Participant => {
                Some(self.stance_text_of(target).0)
            }
            DraftTarget::Score(i) => Some(self.score_note(i)),
        }
        .unwrap_or_default()
    }

    /// The side field of `target`: a reflection's author, a bottleneck's or
    /// an action's owner (empty for a new item); `None` when it has none.
    pub fn side_of(&self, target: DraftTarget) -> Option<String> {
        match target {
            DraftTarget::Reflection { step, index } => Some(
                index
                    .and_then(|r| self.steps.get(step)?.reflections.get(r)?.author.clone())
                    .unwrap_or_default(),
            ),
            DraftTarget::Bottleneck { index, .. } => Some(
                index
                    .and_then(|i| self.bottlenecks.get(i)?.owner.clone())
                    .unwrap_or_default(),
            ),
            DraftTarget::Action { index } => Some(
                index
                    .and_then(|i| self.actions.get(i)?.owner.clone())
                    .unwrap_or_default(),
            ),
            DraftTarget::Group => Some(self.participants_line()),
            DraftTarget::Stance { .. } => self.stance_text_of(target).1,
            _ => None,
        }
    }

    /// Writes a text (and its side field) to `target`. An existing
    /// reflection, bottleneck or action whose text is emptied is removed; an
    /// empty new one is not added. Targets the session does not have are ignored.
    pub fn set_text(&mut self, target: DraftTarget, text: String, side: Option<String>) {
        let empty = text.trim().is_empty();
        match target {
            DraftTarget::PhaseNotes(i) => {
                if let Some(p) = self.phases.get_mut(i) {
                    p.notes = text;
                }
            }
            DraftTarget::Decision(i) => {
                if let Some(r) = self.steps.get_mut(i) {
                    r.decision = text;
                }
            }
            DraftTarget::Reflection { step, index } => {
                let Some(record) = self.steps.get_mut(step) else {
                    return;
                };
                match index {
                    Some(r) if empty && r < record.reflections.len() => {
                        record.reflections.remove(r);
                    }
                    Some(r) => {
                        if let Some(refl) = record.reflections.get_mut(r) {
                            refl.text = text;
                            refl.author = side;
                        }
                    }
                    None if empty => {}
                    None => record.reflections.push(Reflection { author: side, text }),
                }
            }
            DraftTarget::Bottleneck { index, step } => match index {
                Some(i) if empty && i < self.bottlenecks.len() => {
                    self.bottlenecks.remove(i);
                }
                Some(i) => {
                    if let Some(b) = self.bottlenecks.get_mut(i) {
                        b.text = text;
                        b.owner = side;
                    }
                }
                None if empty => {}
                None => self.bottlenecks.push(Bottleneck {
                    id: self.fresh_bottleneck_id(),
                    step: step.and_then(|i| self.steps.get(i)).map(|r| r.step.clone()),
                    text,
                    owner: side,
                    ..Bottleneck::default()
                }),
            },
            DraftTarget::Lessons => self.lessons = text,
            DraftTarget::Action { index } => match index {
                Some(i) if empty && i < self.actions.len() => {
                    self.actions.remove(i);
                }
                Some(i) => {
                    if let Some(a) = self.actions.get_mut(i) {
                        a.text = text;
                        a.owner = side;
                    }
                }
                None if empty => {}
                None => self.actions.push(Action {
                    id: self.fresh_action_id(),
                    text,
                    owner: side,
                    ..Action::default()
                }),
            },
            DraftTarget::Group => self.set_group(&text, side.as_deref().unwrap_or_default()),
            own @ (DraftTarget::Own(_)
            | DraftTarget::NewStep(_)
            | DraftTarget::StepField { .. }
            | DraftTarget::Step(_)) => self.set_own_text(own, text),
            DraftTarget::Stance { .. } | DraftTarget::Participant => {
                self.set_stance_text(target, text, side)
            }
            DraftTarget::Score(i) => self.set_score_note(i, &text),
        }
    }

    /// Tags decision point `step` with theme `reference` (`SET/THEME`), or
    /// removes the tag when it is there already; `false` when there is no such step.
    pub fn toggle_theme(&mut self, step: usize, reference: &str) -> bool {
        let Some(record) = self.steps.get_mut(step) else {
            return false;
        };
        match record.themes.iter().position(|t| t == reference) {
            Some(i) => {
                record.themes.remove(i);
            }
            None => record.themes.push(reference.to_string()),
        }
        true
    }

    /// Shows or hides what actually happened at decision point `step`.
    pub fn toggle_revealed(&mut self, step: usize) {
        if let Some(r) = self.steps.get_mut(step) {
            r.revealed = !r.revealed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, Method, Phase, PhaseKind, Step};

    fn session() -> Session {
        let step = |id: &str| Step {
            id: id.into(),
            title: id.into(),
            ..Step::default()
        };
        let case = Case {
            schema_version: 1,
            id: "c".into(),
            title: "C".into(),
            language: "nl".into(),
            summary: String::new(),
            context: String::new(),
            tags: vec![],
            steps: vec![step("s1"), step("s2")],
        };
        let method = Method {
            scores: Vec::new(),
            schema_version: 1,
            id: "m".into(),
            title: "M".into(),
            description: None,
            phases: vec![Phase {
                id: "p".into(),
                title: "P".into(),
                kind: PhaseKind::Steps,
                minutes: 10,
                prompt: None,
            }],
        };
        let now = "2026-01-01T00:00:00Z".parse().unwrap();
        Session::new("id".into(), now, "g".into(), case, method, vec![])
    }

    const FIRST: DraftTarget = DraftTarget::Reflection {
        step: 0,
        index: Some(0),
    };
    const NEW: DraftTarget = DraftTarget::Reflection {
        step: 0,
        index: None,
    };

    #[test]
    fn a_new_reflection_is_added_with_its_author_and_read_back() {
        let mut s = session();
        s.set_text(NEW, "Eerst bellen".into(), Some("AB".into()));
        assert_eq!(s.text_of(FIRST), "Eerst bellen");
        assert_eq!(s.side_of(FIRST).as_deref(), Some("AB"));
        assert_eq!(
            s.side_of(NEW).as_deref(),
            Some(""),
            "a new one has an empty side"
        );
    }

    #[test]
    fn an_empty_new_item_is_not_added() {
        let mut s = session();
        s.set_text(NEW, "  \n".into(), None);
        s.set_text(DraftTarget::Action { index: None }, "".into(), None);
        let new_bottleneck = DraftTarget::Bottleneck {
            index: None,
            step: Some(0),
        };
        s.set_text(new_bottleneck, " ".into(), None);
        assert!(s.steps[0].reflections.is_empty());
        assert!(s.actions.is_empty() && s.bottlenecks.is_empty());
    }

    #[test]
    fn emptying_an_item_deletes_it() {
        let mut s = session();
        s.set_text(NEW, "een".into(), None);
        s.set_text(NEW, "twee".into(), None);
        s.set_text(FIRST, " ".into(), None);
        assert_eq!(s.steps[0].reflections.len(), 1);
        assert_eq!(s.steps[0].reflections[0].text, "twee");
        s.set_text(DraftTarget::Action { index: None }, "bellen".into(), None);
        s.set_text(DraftTarget::Action { index: Some(0) }, "".into(), None);
        assert!(s.actions.is_empty());
    }

    #[test]
    fn emptying_notes_or_a_decision_keeps_the_empty_text() {
        let mut s = session();
        s.set_text(DraftTarget::Decision(1), "ja".into(), None);
        s.set_text(DraftTarget::Decision(1), "".into(), None);
        assert_eq!(s.steps.len(), 2);
        assert_eq!(s.steps[1].decision, "");
    }

    #[test]
    fn a_new_bottleneck_remembers_its_step_and_owner() {
        let mut s = session();
        let target = DraftTarget::Bottleneck {
            index: None,
            step: Some(1),
        };
        s.set_text(target, "Wachtlijst".into(), Some("Gemeente".into()));
        assert_eq!(s.bottlenecks[0].step.as_deref(), Some("s2"));
        assert_eq!(s.bottlenecks[0].owner.as_deref(), Some("Gemeente"));
        let edit = DraftTarget::Bottleneck {
            index: Some(0),
            step: None,
        };
        s.set_text(edit, "Wachtlijst ggz".into(), None);
        assert_eq!(s.bottlenecks[0].owner, None, "a cleared owner is cleared");
        assert_eq!(s.bottlenecks[0].step.as_deref(), Some("s2"));
    }

    #[test]
    fn edits_to_missing_targets_are_ignored() {
        let mut s = session();
        let before = s.clone();
        s.set_text(DraftTarget::Decision(9), "x".into(), None);
        s.set_text(
            DraftTarget::Reflection {
                step: 9,
                index: None,
            },
            "x".into(),
            None,
        );
        s.set_text(DraftTarget::Action { index: Some(3) }, "x".into(), None);
        assert_eq!(s, before);
        assert!(!s.toggle_theme(9, "a/b"));
    }

    #[test]
    fn tagging_a_theme_twice_removes_it() {
        let mut s = session();
        assert!(s.toggle_theme(0, "a/b"));
        s.toggle_theme(0, "a/c");
        assert_eq!(s.steps[0].themes, ["a/b", "a/c"]);
        s.toggle_theme(0, "a/b");
        assert_eq!(s.steps[0].themes, ["a/c"]);
    }

    #[test]
    fn revealing_twice_hides_again() {
        let mut s = session();
        s.toggle_revealed(1);
        assert!(s.steps[1].revealed);
        s.toggle_revealed(1);
        assert!(!s.steps[1].revealed);
    }
}
