use super::*;
use crate::model::{BottleneckStatus, Phase, PhaseKind};

fn own(lang: Lang) -> Session {
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
    let id = "20260101-000000-abc123".to_string();
    Session::new_own(id, now, "G".into(), "", method, vec![], lang)
}

fn new_step(s: &mut Session, at: usize, text: &str) {
    s.set_text(DraftTarget::NewStep(at), text.into(), None);
}

#[test]
fn an_own_case_starts_without_decision_points_under_a_default_title() {
    let s = own(Lang::Nl);
    assert!(s.is_own_case());
    assert_eq!(s.case.title, "Eigen casus");
    assert_eq!(s.case.id, "eigen-abc123");
    assert!(crate::model::is_valid_id(&s.case.id));
    assert!(s.case.steps.is_empty() && s.steps.is_empty());
    assert_eq!(s.language, "nl");
    assert_eq!(own(Lang::En).case.title, "Own case");
}

#[test]
fn the_answers_become_the_context_under_their_headings_in_the_sessions_language() {
    let mut s = own(Lang::Nl);
    s.set_text(
        DraftTarget::Own(OwnField::Role),
        " jeugd\nconsulent ".into(),
        None,
    );
    s.set_text(
        DraftTarget::Own(OwnField::Question),
        "Wanneer schaal ik op?\nEn hoe?".into(),
        None,
    );
    s.set_text(
        DraftTarget::Own(OwnField::Tried),
        "Gesprek met moeder".into(),
        None,
    );
    let own = s.own_case.as_ref().unwrap();
    assert_eq!(own.role, "jeugd consulent", "a role is one line");
    assert_eq!(
        s.case.context,
        "Ingebracht door: jeugd consulent\n\nVraag aan de groep\nWanneer schaal ik op?\nEn hoe?\n\nAl geprobeerd\nGesprek met moeder"
    );
    assert_eq!(s.case.summary, "Wanneer schaal ik op?");
    assert_eq!(
        s.text_of(DraftTarget::Own(OwnField::Tried)),
        "Gesprek met moeder"
    );
    s.set_text(DraftTarget::Own(OwnField::Question), "".into(), None);
    assert_eq!(
        s.case.summary,
        "Eigen casus, ingebracht door: jeugd consulent"
    );
}

#[test]
fn an_emptied_title_keeps_the_old_one() {
    let mut s = own(Lang::Nl);
    s.set_text(
        DraftTarget::Own(OwnField::Title),
        "Stil  meisje".into(),
        None,
    );
    assert_eq!(s.case.title, "Stil meisje");
    s.set_text(DraftTarget::Own(OwnField::Title), " ".into(), None);
    assert_eq!(s.case.title, "Stil meisje");
}

#[test]
fn one_line_adds_a_decision_point_with_a_stable_id_and_the_group_moves_to_it() {
    let mut s = own(Lang::Nl);
    new_step(&mut s, 0, "De melding");
    new_step(&mut s, 1, "Het gesprek\nMoeder komt niet opdagen.");
    assert_eq!(s.case.steps.len(), 2);
    assert_eq!(s.steps.len(), 2);
    assert_eq!(s.position.step, 1);
    let second = &s.case.steps[1];
    assert_eq!(second.title, "Het gesprek");
    assert_eq!(second.situation, "Moeder komt niet opdagen.");
    assert!(second.id.starts_with("b-") && crate::model::is_valid_id(&second.id));
    assert_ne!(s.case.steps[0].id, second.id);
    assert_eq!(s.steps[1].step, second.id, "the record follows the step");
    new_step(&mut s, 0, "  \n ");
    assert_eq!(s.case.steps.len(), 2, "an empty one is not added");
}

#[test]
fn a_decision_points_fields_are_filled_in_later() {
    let mut s = own(Lang::Nl);
    new_step(&mut s, 0, "De melding");
    let field = |field| DraftTarget::StepField { step: 0, field };
    s.set_text(field(StepField::Question), "Wat nu?".into(), None);
    s.set_text(
        field(StepField::Options),
        "Bellen\n\n  Wachten  \n".into(),
        None,
    );
    s.set_text(field(StepField::Outcome), "Er werd gebeld.".into(), None);
    s.set_text(field(StepField::Notes), " ".into(), None);
    let step = &s.case.steps[0];
    assert_eq!(step.question, "Wat nu?");
    assert_eq!(step.options, ["Bellen", "Wachten"]);
    assert_eq!(step.outcome.as_deref(), Some("Er werd gebeld."));
    assert_eq!(step.facilitator_notes, None);
    assert_eq!(s.text_of(field(StepField::Options)), "Bellen\nWachten");
    s.set_text(field(StepField::Outcome), "".into(), None);
    assert_eq!(s.case.steps[0].outcome, None, "emptied: nothing to reveal");
}

#[test]
fn moving_a_decision_point_takes_what_the_group_wrote_with_it() {
    let mut s = own(Lang::Nl);
    new_step(&mut s, 0, "Een");
    new_step(&mut s, 1, "Twee");
    s.steps[0].decision = "besluit een".into();
    assert!(s.move_step(0, false));
    assert_eq!(s.case.steps[1].title, "Een");
    assert_eq!(s.steps[1].decision, "besluit een");
    assert_eq!(s.position.step, 1);
    assert!(!s.move_step(1, false), "the last cannot move later");
    assert!(!s.move_step(0, true), "the first cannot move earlier");
}

#[test]
fn removing_a_decision_point_keeps_its_knelpunten_for_the_session() {
    let mut s = own(Lang::Nl);
    new_step(&mut s, 0, "Een");
    new_step(&mut s, 1, "Twee");
    let knelpunt = DraftTarget::Bottleneck {
        index: None,
        step: Some(1),
    };
    s.set_text(knelpunt, "Wachtlijst".into(), None);
    assert!(s.remove(DraftTarget::Step(1)));
    assert_eq!(s.case.steps.len(), 1);
    assert_eq!(s.steps.len(), 1);
    assert_eq!(s.position.step, 0);
    assert_eq!(s.bottlenecks[0].step, None);
    assert_eq!(s.bottlenecks[0].status, BottleneckStatus::Open);
    assert!(!s.remove(DraftTarget::Step(4)));
}

#[test]
fn a_prepared_case_is_never_changed_by_own_case_edits() {
    let mut s = own(Lang::Nl);
    new_step(&mut s, 0, "Een");
    s.own_case = None;
    let before = s.clone();
    new_step(&mut s, 0, "Twee");
    s.set_text(DraftTarget::Own(OwnField::Title), "X".into(), None);
    assert!(!s.remove(DraftTarget::Step(0)));
    assert!(!s.move_step(0, false));
    assert_eq!(s, before);
}

#[test]
fn what_was_typed_into_an_own_case_is_scanned_like_the_rest() {
    let mut s = own(Lang::Nl);
    s.set_text(
        DraftTarget::Own(OwnField::Happened),
        "Jan belde".into(),
        None,
    );
    new_step(&mut s, 0, "Een\nsituatie");
    let texts = s.typed_texts();
    assert!(texts.contains(&"Jan belde"));
    assert!(texts.contains(&"situatie"));
}
