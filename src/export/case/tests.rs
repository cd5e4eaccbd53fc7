use super::*;
use crate::i18n::Lang;
use crate::model::{DraftTarget, OwnField, StepField};

fn own() -> Session {
    let method = crate::library::Library::load(None, &[])
        .method("casusbespreking")
        .expect("the built-in method")
        .clone();
    let now = "2026-11-23T09:00:00Z".parse().unwrap();
    let id = "20261123-090000-own001".to_string();
    let mut s = Session::new_own(
        id,
        now,
        "G".into(),
        "Één stil meisje",
        method,
        vec![],
        Lang::Nl,
    );
    s.set_text(
        DraftTarget::Own(OwnField::Question),
        "Wanneer schalen we op?".into(),
        None,
    );
    s.set_text(
        DraftTarget::NewStep(0),
        "De melding\nDe school belt.".into(),
        None,
    );
    let field = |field| DraftTarget::StepField { step: 0, field };
    s.set_text(
        field(StepField::Outcome),
        "Er kwam een gesprek.".into(),
        None,
    );
    s.set_text(
        field(StepField::Notes),
        "Vraag door op de meldcode.".into(),
        None,
    );
    s
}

#[test]
fn the_id_comes_from_the_title_folded() {
    assert_eq!(id_from_title("Één stil meisje", "x"), "een-stil-meisje");
    assert_eq!(id_from_title("2 broers", "x"), "casus-2-broers");
    assert_eq!(id_from_title("!!!", "eigen-abc"), "eigen-abc");
}

#[test]
fn the_case_file_loads_as_a_case_with_the_outcome_and_without_notes() {
    let file = case_file(&own(), "een-stil-meisje", false).expect("a case file");
    let case: Case = crate::library::from_ron("x.ron", &file.text).expect("a valid case");
    assert_eq!(case.id, "een-stil-meisje");
    assert_eq!(case.title, "Één stil meisje");
    assert!(case.context.contains("Wanneer schalen we op?"));
    assert_eq!(
        case.steps[0].outcome.as_deref(),
        Some("Er kwam een gesprek.")
    );
    assert_eq!(case.steps[0].facilitator_notes, None);
    assert!(!file.text.contains("meldcode"));
    let with = case_file(&own(), "een-stil-meisje", true).unwrap();
    assert!(with.text.contains("Vraag door op de meldcode."));
}

#[test]
fn no_case_file_without_an_own_case_a_decision_point_or_with_a_bsn() {
    let mut s = own();
    s.set_text(
        DraftTarget::Own(OwnField::Tried),
        "BSN 111222333".into(),
        None,
    );
    assert_eq!(case_file(&s, "a", false), Err(CaseError::Bsn));
    let mut s = own();
    s.remove(DraftTarget::Step(0));
    assert_eq!(case_file(&s, "a", false), Err(CaseError::NoSteps));
    s.own_case = None;
    assert_eq!(case_file(&s, "a", false), Err(CaseError::NotOwn));
}

#[test]
fn personal_data_in_the_case_is_named() {
    let mut s = own();
    s.set_text(
        DraftTarget::Own(OwnField::Happened),
        "Bel 06-12345678".into(),
        None,
    );
    let file = case_file(&s, "a", false).unwrap();
    assert!(
        file.findings.iter().any(|(_, t)| t == "06-12345678"),
        "{:?}",
        file.findings
    );
}

#[test]
fn writing_into_a_folder_never_replaces_a_file_and_skips_taken_ids() {
    let dir = tempfile::tempdir().unwrap();
    let first = write_into(dir.path(), &own(), false, &|_| false).unwrap();
    assert_eq!(first, dir.path().join("een-stil-meisje.ron"));
    let second = write_into(dir.path(), &own(), false, &|_| false).unwrap();
    assert_eq!(second, dir.path().join("een-stil-meisje-2.ron"));
    let text = std::fs::read_to_string(&second).unwrap();
    assert!(
        text.contains("id: \"een-stil-meisje-2\""),
        "the id follows the name"
    );
    let third = write_into(dir.path(), &own(), false, &|id| id == "een-stil-meisje-3").unwrap();
    assert_eq!(third, dir.path().join("een-stil-meisje-4.ron"));
}
