//! `casus stats --scores` end to end through the real binary, on sessions
//! written into a sandbox: per indicator the sessions, mean, lowest,
//! highest and share acceptable, grouped by part, as a table, CSV and JSON;
//! and `casus check` on a method's `scores` list, in Dutch and English.

mod common;

use casus::library::Library;
use casus::model::{Score, Session};
use common::bin::{Sandbox, code, stderr, stdout};

/// A casus-review session started on `day` by `group` with these scores.
fn session(n: u32, day: &str, group: &str, scores: &[(&str, u8)]) -> Session {
    let lib = Library::load(None, &[]);
    let case = lib.case("veilig-thuis").unwrap().clone();
    let method = lib.method("casus-review").unwrap().clone();
    let started = format!("{day}T12:00:00Z").parse().unwrap();
    let id = format!("{}-120000-score{n}", day.replace('-', ""));
    let mut s = Session::new(id, started, group.into(), case, method, vec![]);
    s.scores = scores
        .iter()
        .map(|(id, value)| Score {
            indicator: (*id).into(),
            value: *value,
            note: "waarom".into(),
        })
        .collect();
    s
}

/// A sandbox with three scored sessions (two of Team Noord) and one without scores.
fn sandbox() -> Sandbox {
    let sandbox = Sandbox::new();
    std::fs::create_dir_all(sandbox.sessions()).unwrap();
    let sessions = [
        session(
            1,
            "2026-02-03",
            "Team Noord",
            &[("veiligheid", 2), ("plan", 5)],
        ),
        session(2, "2026-03-03", "Team Noord", &[("veiligheid", 4)]),
        session(
            3,
            "2026-04-07",
            "Team Zuid",
            &[("veiligheid", 6), ("plan", 3)],
        ),
        session(4, "2026-05-05", "Team Zuid", &[]),
    ];
    for s in &sessions {
        let path = sandbox.sessions().join(format!("{}.ron", s.id));
        std::fs::write(path, casus::store::to_ron(s)).unwrap();
    }
    sandbox
}

fn run(sandbox: &Sandbox, args: &[&str]) -> String {
    let data = sandbox.data().display().to_string();
    let mut all = vec!["--data-dir", data.as_str()];
    all.extend(args);
    let out = sandbox.run(&all);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn the_table_gives_each_indicator_its_counts_grouped_by_part() {
    let sandbox = sandbox();
    let out = run(&sandbox, &["--lang", "nl", "stats", "--scores"]);
    assert!(out.starts_with("Scores: 3 sessies met scores.\n"), "{out}");
    let family = out
        .find("Casus-review: leren van casuïstiek · Gezin: hoe gaat het met kind en gezin?")
        .expect(&out);
    let system = out
        .find("· Systeem: hoe presteerde het systeem?")
        .expect(&out);
    assert!(family < system, "{out}");
    let cells = |start: &str| -> Vec<String> {
        let line = out.lines().find(|l| l.starts_with(start)).expect(&out);
        line.split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(String::from)
            .collect()
    };
    assert_eq!(
        cells("Veiligheid"),
        [
            "Veiligheid",
            "veiligheid",
            "3",
            "4,0",
            "2",
            "6",
            "67% (2/3)"
        ]
    );
    assert_eq!(
        cells("Eén plan"),
        ["Eén plan", "plan", "2", "4,0", "3", "5", "50% (1/2)"]
    );
    assert!(
        !out.contains("Stabiliteit"),
        "an indicator nobody scored: {out}"
    );
}

#[test]
fn a_filter_narrows_the_sessions_counted() {
    let sandbox = sandbox();
    let out = run(
        &sandbox,
        &["--lang", "en", "stats", "--scores", "group:zuid"],
    );
    assert!(out.starts_with("Scores: 1 session with scores.\n"), "{out}");
    assert!(out.contains("· Family: how are the child and family doing?"));
    let line = out
        .lines()
        .find(|l| l.starts_with("Veiligheid"))
        .expect(&out);
    assert!(
        line.contains("6.0") && line.contains("100% (1/1)"),
        "{line}"
    );
    let none = run(
        &sandbox,
        &["--lang", "en", "stats", "--scores", "group:oost"],
    );
    assert_eq!(
        none,
        "Scores: 0 sessions with scores.\nNo sessions with scores.\n"
    );
}

#[test]
fn csv_has_one_row_per_indicator_and_json_everything() {
    let sandbox = sandbox();
    let csv = run(&sandbox, &["stats", "--scores", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "method,method_title,part,indicator,label,sessions,mean,min,max,acceptable,share_acceptable"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            "casus-review,Casus-review: leren van casuïstiek,family,veiligheid,Veiligheid,3,4.0,2,6,2,0.667"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            "casus-review,Casus-review: leren van casuïstiek,system,plan,Eén plan,2,4.0,3,5,1,0.500"
        )
    );
    assert_eq!(lines.next(), None);

    let excel = run(
        &sandbox,
        &["stats", "--scores", "--format", "csv", "--excel-nl"],
    );
    assert!(excel.starts_with('\u{feff}'), "a BOM for Excel");
    assert!(
        excel.contains(";gezin;veiligheid;Veiligheid;3;4,0;2;6;2;0,667"),
        "{excel}"
    );

    let json = run(&sandbox, &["stats", "--scores", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["sessions"], 3);
    let first = &v["indicators"][0];
    assert_eq!(first["indicator"], "veiligheid");
    assert_eq!(first["part"], "Family");
    assert_eq!(first["min"], 2);
    assert_eq!(first["acceptable"], 2);
}

/// A method whose second indicator repeats the first's id, with no label
/// (line 10, `side` as FORMAT.md names it; the others the older `part`), and whose third
/// has an id that is not an id (line 11).
const BAD_SCORES: &str = "(\n    schema_version: 1,\n    id: \"scores-kapot\",\n    title: \"T\",\n    phases: [\n        (id: \"p\", title: \"P\", minutes: 5, kind: Steps),\n    ],\n    scores: [\n        (id: \"veiligheid\", label: \"Veiligheid\", part: Family),\n        (id: \"veiligheid\", label: \" \", side: System),\n        (id: \"Plan\", label: \"Plan\", part: System),\n    ],\n)\n";

fn check(lang: &str) -> (i32, String) {
    let sandbox = Sandbox::new().lang(Some(lang));
    let path = sandbox.home().join("lib/methods/kapot.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, BAD_SCORES).unwrap();
    let shown = path.display().to_string();
    let out = sandbox.run(&["check", &shown]);
    (
        code(&out),
        stdout(&out).replace(&format!("{shown}:"), "FILE:"),
    )
}

#[test]
fn check_reports_the_scores_list_at_its_place_in_dutch() {
    let (code, text) = check("nl_NL.UTF-8");
    assert_eq!(code, 1, "{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("FILE:10:28: indicator \"veiligheid\" heeft geen label")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("FILE:11:14: ") && l.contains("\"Plan\"")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("FILE:10:14: ") && l.contains("\"veiligheid\"")),
        "{text}"
    );
}

#[test]
fn check_reports_the_scores_list_in_english() {
    let (code, text) = check("en_GB.UTF-8");
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains(
            "FILE:10:28: indicator \"veiligheid\" has no label; give it a label the group sees"
        ),
        "{text}"
    );
    assert!(text.contains("Errors: 3, warnings: 0, files: 1."), "{text}");
}

#[test]
fn the_built_in_casus_review_scores_the_family_and_the_system() {
    let lib = Library::load(None, &[]);
    let method = lib.method("casus-review").unwrap();
    let parts: Vec<_> = method.scores.iter().map(|i| i.part).collect();
    let family = parts
        .iter()
        .filter(|p| **p == casus::model::Part::Family)
        .count();
    assert_eq!((family, parts.len() - family), (6, 6));
    assert!(method.scores.iter().all(|i| i.description.is_some()));
}

#[test]
fn the_session_report_shows_the_scores_per_part() {
    let sandbox = sandbox();
    let out = run(
        &sandbox,
        &["--lang", "nl", "export", "20260203-120000-score1"],
    );
    let scores = out.find("## Scores\n").expect(&out);
    let family = out[scores..].find("### Gezin: hoe gaat het met kind en gezin?\n");
    let system = out[scores..].find("### Systeem: hoe presteerde het systeem?\n");
    assert!(family.unwrap() < system.unwrap(), "{out}");
    assert!(
        out.contains("- Veiligheid: 2 (! vraagt aandacht)\n  waarom\n"),
        "{out}"
    );
    assert!(out.contains("- Eén plan: 5 (✓ aanvaardbaar)\n"), "{out}");
    assert!(out.contains("- Stabiliteit: geen score\n"), "{out}");
}
