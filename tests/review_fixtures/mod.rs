//! The review fixtures: a handful of small sessions whose counts are worked
//! out by hand in the tests. The files under `tests/fixtures/sessions/` are
//! written from this module by the real serialiser (`casus::store::to_ron`);
//! `fixtures_on_disk_are_what_the_builder_makes` in `tests/review.rs` keeps
//! the two in step (run it with `CASUS_WRITE_FIXTURES=1` to rewrite them).
//!
//! Folders (each a data dir with a `sessions/` folder):
//! - `noord`: S0 (2025-08-20), S1 (2026-01-15), S2 (2026-02-20), S3 (2026-04-10, unfinished);
//! - `zuid`: S4 (2026-05-05) and a newer copy of S2 whose bottleneck was raised;
//! - `kapot`: one good session S5 (2026-03-03) and one file with a syntax error.
//!
//! All sessions start at 12:00 UTC, so their dates are the same in every
//! time zone from UTC-11 to UTC+11, and none is near a quarter's edge.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use casus::model::{
    Action, Bottleneck, BottleneckStatus, Case, Method, Phase, PhaseKind, Reflection, Session,
    Step, Theme, ThemeSet,
};
use jiff::Timestamp;

/// `tests/fixtures/sessions`.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions")
}

/// A fixture data dir by name (`noord`, `zuid`, `kapot`).
pub fn data_dir(name: &str) -> PathBuf {
    root().join(name)
}

/// Copies fixture data dirs into a fresh temp folder, so tests may write.
pub fn temp_copy(names: &[&str]) -> (tempfile::TempDir, Vec<PathBuf>) {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = names
        .iter()
        .map(|name| {
            let to = tmp.path().join(name).join("sessions");
            std::fs::create_dir_all(&to).unwrap();
            for entry in std::fs::read_dir(data_dir(name).join("sessions")).unwrap() {
                let from = entry.unwrap().path();
                std::fs::copy(&from, to.join(from.file_name().unwrap())).unwrap();
            }
            tmp.path().join(name)
        })
        .collect();
    (tmp, dirs)
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn theme(id: &str, label: &str, aliases: &[&str]) -> Theme {
    Theme {
        id: id.into(),
        label: label.into(),
        description: None,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    }
}

/// Part of the real `eigenwijs` set, in its own order.
pub fn eigenwijs() -> ThemeSet {
    ThemeSet {
        schema_version: 1,
        id: "eigenwijs".into(),
        title: "Eigenwijs transformeren".into(),
        source: None,
        description: None,
        themes: vec![
            theme("sterke-eerste-lijn", "Sterke eerste lijn", &["wijkteam"]),
            theme(
                "eerste-lijn-dichtbij",
                "Eerste lijn dichtbij de vindplaatsen",
                &["school"],
            ),
            theme(
                "mandaat",
                "Groot mandaat voor de professional",
                &["beschikking"],
            ),
            theme("tellen-en-vertellen", "Tellen en vertellen", &[]),
        ],
    }
}

/// The three SKJ reflection dimensions.
pub fn reflectie() -> ThemeSet {
    ThemeSet {
        schema_version: 1,
        id: "reflectie".into(),
        title: "Reflectie (SKJ)".into(),
        source: None,
        description: None,
        themes: vec![
            theme("technisch-instrumenteel", "Technisch-instrumenteel", &[]),
            theme("normatief", "Normatief", &["waarden"]),
            theme("persoonlijk", "Persoonlijk", &[]),
        ],
    }
}

fn step(id: &str, title: &str, outcome: Option<&str>) -> Step {
    Step {
        id: id.into(),
        title: title.into(),
        situation: format!("Wat er speelt bij {title}."),
        question: "Wat doe je nu, en waarom?".into(),
        options: Vec::new(),
        outcome: outcome.map(String::from),
        facilitator_notes: Some("Alleen voor de gespreksleider.".into()),
        suggested_themes: Vec::new(),
    }
}

/// Case `signaal`: three decision points.
pub fn signaal() -> Case {
    let mut melding = step(
        "melding",
        "De melding",
        Some("De ouders belden zelf terug."),
    );
    melding.options = vec![
        "De ouders bellen".into(),
        "Wachten op een tweede signaal".into(),
    ];
    Case {
        schema_version: 1,
        id: "signaal".into(),
        title: "Een signaal van school".into(),
        language: "nl".into(),
        summary: "Een mentor maakt zich zorgen over een leerling.".into(),
        context: "Een meisje van 14 komt vaak te laat.\nDe mentor belt het buurtteam.".into(),
        tags: Vec::new(),
        steps: vec![
            melding,
            step("gesprek", "Het eerste gesprek", None),
            step("verwijzing", "Verwijzen of niet", None),
        ],
    }
}

/// Case `wachtlijst`: two decision points.
pub fn wachtlijst() -> Case {
    Case {
        schema_version: 1,
        id: "wachtlijst".into(),
        title: "Wachtlijst na verwijzing".into(),
        language: "nl".into(),
        summary: "Een jongen wacht op specialistische hulp.".into(),
        context: "De huisarts verwees; de wachttijd is vier maanden.".into(),
        tags: Vec::new(),
        steps: vec![
            step("aanmelding", "De aanmelding", None),
            step(
                "overbrugging",
                "Overbruggen",
                Some("De plek kwam na drie maanden."),
            ),
        ],
    }
}

/// A method with a notes, a steps and a closing phase.
pub fn method(id: &str, title: &str) -> Method {
    let phase = |id: &str, title: &str, kind| Phase {
        id: id.into(),
        title: title.into(),
        minutes: 10,
        kind,
        prompt: None,
    };
    Method {
        schema_version: 1,
        id: id.into(),
        title: title.into(),
        description: None,
        phases: vec![
            phase("inbreng", "Inbreng", PhaseKind::Notes),
            phase("stappen", "Casus doorlopen", PhaseKind::Steps),
            phase("slot", "Lessen en knelpunten", PhaseKind::Closing),
        ],
    }
}

/// A session on `case` started at `day` 12:00 UTC, finished an hour later when `finished`.
fn session(
    id: &str,
    day: &str,
    group: &str,
    case: Case,
    method: Method,
    finished: bool,
) -> Session {
    let start = at(&format!("{day}T12:00:00Z"));
    let mut s = Session::new(
        id.into(),
        start,
        group.into(),
        case,
        method,
        vec![eigenwijs(), reflectie()],
    );
    s.updated = at(&format!("{day}T13:00:00Z"));
    s.finished = finished.then_some(s.updated);
    s
}

fn decide(s: &mut Session, step: usize, decision: &str, themes: &[&str]) {
    s.steps[step].decision = decision.into();
    s.steps[step].themes = themes.iter().map(|t| t.to_string()).collect();
}

fn reflect(s: &mut Session, step: usize, author: Option<&str>, text: &str) {
    s.steps[step].reflections.push(Reflection {
        author: author.map(String::from),
        text: text.into(),
    });
}

fn bottleneck(
    s: &mut Session,
    step: Option<&str>,
    text: &str,
    owner: Option<&str>,
    status: BottleneckStatus,
) {
    let id = format!("k-{}", s.bottlenecks.len() + 1);
    s.bottlenecks.push(Bottleneck {
        id,
        step: step.map(String::from),
        text: text.into(),
        owner: owner.map(String::from),
        status,
    });
}

const INCIDENT: (&str, &str) = ("incidentmethode", "Incidentmethode");
const DILEMMA: (&str, &str) = ("dilemmamethode", "Moreel beraad: dilemmamethode");

/// S0: one tag (mandaat), 2025-Q3.
pub fn s0() -> Session {
    let mut s = session(
        "20250820-120000-aaaaaa",
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
        "20260115-120000-bbbbbb",
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
        text: "Afspraak met de school over signalen".into(),
        owner: Some("AB".into()),
    });
    s.actions.push(Action {
        text: "Casus terugbrengen over drie maanden".into(),
        owner: None,
    });
    s
}

/// S2 as the Noord folder has it: the overbrugging bottleneck is still open.
pub fn s2() -> Session {
    let mut s = session(
        "20260220-120000-cccccc",
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
        "20260410-120000-dddddd",
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
        "20260505-120000-eeeeee",
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
        "20260303-120000-ffffff",
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
