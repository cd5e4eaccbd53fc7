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
        replaces: Vec::new(),
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
        scores: Vec::new(),
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
        ..Bottleneck::default()
    });
}

/// The id of fixture session S0.
pub const S0: &str = "20250820-120000-aaaaaa";
/// The id of fixture session S1.
pub const S1: &str = "20260115-120000-bbbbbb";
/// The id of fixture session S2.
pub const S2: &str = "20260220-120000-cccccc";
/// The id of fixture session S3.
pub const S3: &str = "20260410-120000-dddddd";
/// The id of fixture session S4.
pub const S4: &str = "20260505-120000-eeeeee";
/// The id of fixture session S5.
pub const S5: &str = "20260303-120000-ffffff";

mod sessions;
// Not every test file uses every session.
#[allow(unused_imports)]
pub use sessions::*;
