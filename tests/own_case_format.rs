//! Session schema version 3: an own case (eigen inbreng) is stored in the
//! session: the case as the group built it in `case`, the inbrenger's role
//! and preparation in `own_case`. Older files have no `own_case` and read
//! the same. Run with `CASUS_WRITE_FIXTURES=1` to write `v3-own-case.ron` with this
//! serializer.

use std::path::{Path, PathBuf};

use casus::i18n::Lang;
use casus::library::Library;
use casus::model::{DraftTarget, OwnField, SESSION_SCHEMA_VERSION, Session, StepField};
use casus::store::{read_session, to_ron};

fn v3() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions/v3-own-case.ron")
}

/// The session the v3 fixture was written from.
fn own_session() -> Session {
    let lib = Library::load(None, &[]);
    let method = lib.method("casusbespreking").unwrap().clone();
    let sets = vec![lib.theme_set("reflectie").unwrap().clone()];
    let now = "2026-11-23T09:00:00Z".parse().unwrap();
    let id = "20261123-090000-eigen1".to_string();
    let mut s = Session::new_own(id, now, "Team Noord".into(), "", method, sets, Lang::Nl);
    let own = |s: &mut Session, f, t: &str| s.set_text(DraftTarget::Own(f), t.into(), None);
    own(&mut s, OwnField::Title, "Stil meisje in groep 5");
    own(&mut s, OwnField::Role, "jeugdconsulent");
    own(&mut s, OwnField::Question, "Wanneer schaal ik op?");
    own(
        &mut s,
        OwnField::Happened,
        "De school belde: ze is stil en vaak te laat.",
    );
    own(&mut s, OwnField::Wish, "Meedenken over de volgende stap.");
    s.set_text(
        DraftTarget::NewStep(0),
        "De melding\nDe IB'er belt.".into(),
        None,
    );
    s.set_text(DraftTarget::NewStep(1), "Het huisbezoek".into(), None);
    let field = |step, field| DraftTarget::StepField { step, field };
    s.set_text(
        field(0, StepField::Question),
        "Wie belt moeder?".into(),
        None,
    );
    s.set_text(
        field(0, StepField::Outcome),
        "De IB'er belde dezelfde dag.".into(),
        None,
    );
    s.set_text(
        DraftTarget::Decision(0),
        "De school belt vandaag.".into(),
        None,
    );
    s.toggle_theme(0, "reflectie/normatief");
    s
}

#[test]
fn the_v3_fixture_holds_an_own_case_and_is_what_this_serializer_writes() {
    if std::env::var_os("CASUS_WRITE_FIXTURES").is_some() {
        std::fs::write(v3(), to_ron(&own_session())).expect("write v3.ron");
    }
    let text = std::fs::read_to_string(v3()).expect("the v3 fixture");
    assert!(text.contains("schema_version: 3,"));
    let s = read_session(&v3()).unwrap_or_else(|d| panic!("{d}"));
    let own = s.own_case.as_ref().expect("an own case");
    assert_eq!(own.role, "jeugdconsulent");
    assert_eq!(own.question, "Wanneer schaal ik op?");
    assert_eq!(s.case.title, "Stil meisje in groep 5");
    assert!(s.case.context.contains("Wat er gebeurde\nDe school belde"));
    assert_eq!(s.case.steps.len(), 2);
    assert!(s.case.steps.iter().all(|st| st.id.starts_with("b-")));
    assert_eq!(s.steps[0].step, s.case.steps[0].id);
    assert_eq!(s.steps[0].decision, "De school belt vandaag.");
    assert!(s.steps[0].revealed, "a written outcome was heard");
    // Everything but the random step ids is what the session above writes.
    let mut built = own_session();
    for (a, b) in built.case.steps.iter_mut().zip(&s.case.steps) {
        a.id = b.id.clone();
    }
    for (a, b) in built.steps.iter_mut().zip(&s.steps) {
        a.step = b.step.clone();
    }
    assert_eq!(built, s);
    if SESSION_SCHEMA_VERSION == 3 {
        assert_eq!(
            to_ron(&s),
            text,
            "the session format changed without a new schema_version"
        );
    }
}

#[test]
fn older_sessions_have_no_own_case_and_write_none() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions");
    for old in ["v1.ron", "v2.ron"] {
        let s = read_session(&dir.join(old)).unwrap_or_else(|d| panic!("{d}"));
        assert!(s.own_case.is_none(), "{old}");
        assert!(!to_ron(&s).contains("own_case"), "{old}");
    }
}
