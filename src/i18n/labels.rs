//! Labels picked by a domain value: an editor's title by what it edits, a
//! privacy finding by its kind. Each `match` is exhaustive, so a new kind
//! cannot ship without its words.

use super::Strings;
use crate::model::DraftTarget;
use crate::privacy::FindingKind;

impl Strings {
    /// The title of an editor on `target`.
    pub fn editor_title(&self, target: DraftTarget) -> &'static str {
        match target {
            DraftTarget::PhaseNotes(_) => self.editor_notes,
            DraftTarget::Decision(_) => self.editor_decision,
            DraftTarget::Reflection { .. } => self.editor_reflection,
            DraftTarget::Bottleneck { .. } => self.editor_bottleneck,
            DraftTarget::Lessons => self.editor_lessons,
            DraftTarget::Action { .. } => self.editor_action,
            DraftTarget::Group => self.edit.editor_group,
            DraftTarget::Own(field) => self.own.field(field),
            DraftTarget::NewStep(_) => self.own.editor_new_step,
            DraftTarget::StepField { field, .. } => self.own.step_field(field),
            DraftTarget::Step(_) => self.own.editor_step,
            DraftTarget::Stance { own: true, .. } => self.stance.editor_own,
            DraftTarget::Stance { own: false, .. } => self.stance.editor_reason,
            DraftTarget::Participant => self.stance.editor_participant,
            DraftTarget::Score(_) => self.scores.editor_note,
        }
    }

    /// What a privacy finding is called.
    pub fn finding_label(&self, kind: FindingKind) -> &'static str {
        match kind {
            FindingKind::Bsn => self.finding_bsn,
            FindingKind::Phone => self.finding_phone,
            FindingKind::Email => self.finding_email,
            FindingKind::Postcode => self.finding_postcode,
            FindingKind::Iban => self.finding_iban,
            FindingKind::Date => self.finding_date,
            FindingKind::Name => self.finding_name,
            FindingKind::Address => self.finding_address,
            FindingKind::School => self.finding_school,
            FindingKind::Place => self.finding_place,
        }
    }
}

impl super::OwnStrings {
    /// What a preparation field asks.
    pub fn field(&self, field: crate::model::OwnField) -> &'static str {
        use crate::model::OwnField as F;
        match field {
            F::Title => self.field_title,
            F::Role => self.field_role,
            F::Question => self.field_question,
            F::Happened => self.field_happened,
            F::Tried => self.field_tried,
            F::Wish => self.field_wish,
        }
    }

    /// The editor title of a decision point's field.
    pub fn step_field(&self, field: crate::model::StepField) -> &'static str {
        use crate::model::StepField as F;
        match field {
            F::Title => self.editor_step_title,
            F::Situation => self.editor_step_situation,
            F::Question => self.editor_step_question,
            F::Options => self.editor_step_options,
            F::Outcome => self.editor_step_outcome,
            F::Notes => self.editor_step_notes,
        }
    }
}
