//! S0–S5: the sessions of the review fixtures, built from the helpers in
//! `mod.rs` (see there for what each folder holds).

use super::*;

const INCIDENT: (&str, &str) = ("incidentmethode", "Incidentmethode");
const DILEMMA: (&str, &str) = ("dilemmamethode", "Moreel beraad: dilemmamethode");

/// S0: one tag (mandaat), 2025-Q3.
pub fn s0() -> Session {
    let mut s = session(
        S0,
        "2025-08-20",
        "Team Noord",
        signaal(),
        method(INCIDENT.0, INCIDENT.1),
        true,
    );
    decide(
        &mut s,
        0,
        "Zelf een gesprek aanbieden, zonder beschikking.",
        &["eigenwijs/mandaat"],
    );
    s
}

/// S1: the fullest session; also the Markdown snapshot.
pub fn s1() -> Session {
    let mut s = session(
        S1,
        "2026-01-15",
        "Team Noord",
        signaal(),
        method(INCIDENT.0, INCIDENT.1),
        true,
    );
    s.participants = vec!["AB".into(), "CD".into(), "gespreksleider".into()];
    s.phases[0].notes = "De inbrenger twijfelde of dit wel een casus was.".into();
    decide(
        &mut s,
        0,
        "We bellen de ouders nog dezelfde dag.\nDe mentor schuift aan.",
        &["eigenwijs/eerste-lijn-dichtbij", "eigenwijs/mandaat"],
    );
    reflect(&mut s, 0, Some("AB"), "De school wist meer dan wij.");
    reflect(
        &mut s,
        0,
        None,
        "Coördinatie met school kost tijd | en dat mag.",
    );
    s.steps[0].revealed = true;
    decide(
        &mut s,
        1,
        "Gesprek op school, met de mentor erbij.",
        &["eigenwijs/eerste-lijn-dichtbij", "reflectie/normatief"],
    );
    reflect(&mut s, 1, Some("CD"), "Wiens belang staat voorop?");
    bottleneck(
        &mut s,
        Some("melding"),
        "Geen gedeeld dossier met school",
        Some("Gemeente"),
        BottleneckStatus::Raised,
    );
    bottleneck(
        &mut s,
        None,
        "Wachttijd specialistische ggz",
        None,
        BottleneckStatus::Open,
    );
    s.lessons = "Eerst bellen, dan pas schrijven.".into();
    s.actions.push(Action {
        id: "a-1".into(),
        text: "Afspraak met de school over signalen".into(),
        owner: Some("AB".into()),
        ..Action::default()
    });
    s.actions.push(Action {
        id: "a-2".into(),
        text: "Casus terugbrengen over drie maanden".into(),
        owner: None,
        ..Action::default()
    });
    s
}

/// S2 as the Noord folder has it: the overbrugging bottleneck is still open.
pub fn s2() -> Session {
    let mut s = session(
        S2,
        "2026-02-20",
        "Team Noord",
        wachtlijst(),
        method(DILEMMA.0, DILEMMA.1),
        true,
    );
    decide(
        &mut s,
        0,
        "Zelf ambulante hulp inzetten zonder beschikking.",
        &["eigenwijs/mandaat", "eigenwijs/sterke-eerste-lijn"],
    );
    reflect(&mut s, 0, Some("EF"), "Mandaat voelt spannend.");
    decide(
        &mut s,
        1,
        "Wekelijks contact tot de plek vrij is.",
        &["eigenwijs/sterke-eerste-lijn"],
    );
    bottleneck(
        &mut s,
        Some("overbrugging"),
        "Wachtlijst jeugd-ggz",
        Some("Regio"),
        BottleneckStatus::Open,
    );
    s
}

/// S2 as the Zuid folder has it: updated later, the bottleneck raised.
pub fn s2_newer() -> Session {
    let mut s = s2();
    s.updated = at("2026-03-01T12:00:00Z");
    s.bottlenecks[0].status = BottleneckStatus::Raised;
    s
}

/// S3: unfinished, one tag.
pub fn s3() -> Session {
    let mut s = session(
        S3,
        "2026-04-10",
        "Buurtteam Oost",
        signaal(),
        method(INCIDENT.0, INCIDENT.1),
        false,
    );
    decide(
        &mut s,
        0,
        "Eerst afstemmen met de jeugdarts.",
        &["eigenwijs/eerste-lijn-dichtbij"],
    );
    s
}

/// S4: Team Zuid, a resolved bottleneck.
pub fn s4() -> Session {
    let mut s = session(
        S4,
        "2026-05-05",
        "Team Zuid",
        wachtlijst(),
        method(DILEMMA.0, DILEMMA.1),
        true,
    );
    decide(
        &mut s,
        0,
        "Aanmelden bij de regio.",
        &["eigenwijs/mandaat", "reflectie/persoonlijk"],
    );
    decide(
        &mut s,
        1,
        "Ouders koppelen aan een ervaringsdeskundige.",
        &["eigenwijs/sterke-eerste-lijn"],
    );
    bottleneck(
        &mut s,
        Some("overbrugging"),
        "Geen budget voor overbrugging",
        Some("Wethouder"),
        BottleneckStatus::Resolved,
    );
    s
}

/// S5: the good file next to the broken one.
pub fn s5() -> Session {
    let mut s = session(
        S5,
        "2026-03-03",
        "Team West",
        signaal(),
        method(INCIDENT.0, INCIDENT.1),
        true,
    );
    decide(&mut s, 0, "Huisbezoek.", &["eigenwijs/sterke-eerste-lijn"]);
    s
}

/// The broken file's name and text: S5's twin with the comma after `group` removed.
pub fn broken() -> (&'static str, String) {
    let mut s = s5();
    s.id = "20260304-120000-gggggg".into();
    s.group = "Team Kapot".into();
    let text = casus::store::to_ron(&s).replacen("\"Team Kapot\",", "\"Team Kapot\"", 1);
    ("20260304-120000-gggggg.ron", text)
}

/// Every fixture file: (folder, file name, contents).
pub fn files() -> Vec<(&'static str, String, String)> {
    let ron = |s: Session| (format!("{}.ron", s.id), casus::store::to_ron(&s));
    let mut out = Vec::new();
    for s in [s0(), s1(), s2(), s3()] {
        let (name, text) = ron(s);
        out.push(("noord", name, text));
    }
    for s in [s4(), s2_newer()] {
        let (name, text) = ron(s);
        out.push(("zuid", name, text));
    }
    let (name, text) = ron(s5());
    out.push(("kapot", name, text));
    let (name, text) = broken();
    out.push(("kapot", name.to_string(), text));
    out
}
