//! `casus list bottlenecks|actions` (also `knelpunten`, `acties`) through
//! the real binary: every follow-up field in the table, CSV (standard and
//! `--excel-nl`) and JSON; practice sessions left out unless the filter asks
//! for them; the filters on owner, level and status; near misses as usage
//! errors that name the token.

mod common;
mod review_fixtures;

use std::path::{Path, PathBuf};

use casus::model::{Action, Bottleneck, Level, Session};
use casus::store::{read_session, to_ron};
use common::bin::{casus_on, code, stderr, stdout};
use review_fixtures as fx;
use review_fixtures::{S1, S2, S4};

const PRACTICE: &str = "20260601-120000-oefen1";

fn file(dir: &Path, id: &str) -> PathBuf {
    dir.join("sessions").join(format!("{id}.ron"))
}

/// Noord and Zuid with S1's first knelpunt filled in and linked to S2, a due
/// date on S1's first action, and a practice session in Zuid with a
/// knelpunt and an action of its own.
fn folders() -> (tempfile::TempDir, Vec<PathBuf>) {
    let (tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let s1 = file(&dirs[0], S1);
    let mut s = read_session(&s1).unwrap();
    let b = &mut s.bottlenecks[0];
    b.level = Some(Level::Municipality);
    b.due = Some("2027-01-15".parse().unwrap());
    b.themes = vec!["eigenwijs/integraal".into()];
    b.answer = "De gemeente kijkt in maart naar de termijnen.".into();
    b.links = vec![format!("{S2}/k-1")];
    s.actions[0].due = Some("2026-03-01".parse().unwrap());
    std::fs::write(&s1, to_ron(&s)).unwrap();

    let mut p: Session = read_session(&file(&dirs[1], S4)).unwrap();
    p.id = PRACTICE.into();
    p.practice = true;
    p.started = "2026-06-01T10:00:00Z".parse().unwrap();
    p.bottlenecks = vec![Bottleneck {
        id: "k-oefen".into(),
        text: "Oefenknelpunt".into(),
        owner: Some("Trainer".into()),
        ..Bottleneck::default()
    }];
    p.actions = vec![Action {
        id: "a-oefen".into(),
        text: "Oefenactie".into(),
        ..Action::default()
    }];
    std::fs::write(file(&dirs[1], PRACTICE), to_ron(&p)).unwrap();
    (tmp, dirs)
}

fn json(dirs: &[PathBuf], args: &[&str]) -> Vec<serde_json::Value> {
    let out = casus_on(dirs, args);
    assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
    serde_json::from_str::<serde_json::Value>(&stdout(&out))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn texts(items: &[serde_json::Value]) -> Vec<String> {
    items
        .iter()
        .map(|i| i["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn json_has_every_field_under_stable_keys() {
    let (_tmp, dirs) = folders();
    let items = json(&dirs, &["list", "bottlenecks", "--format", "json"]);
    assert_eq!(
        texts(&items),
        [
            "Geen gedeeld dossier met school",
            "Wachtlijst jeugd-ggz",
            "Wachttijd specialistische ggz",
            "Geen budget voor overbrugging",
        ],
        "the linked signal together, oldest first; no practice session"
    );
    let b = &items[0];
    assert_eq!(b["session"], S1);
    assert_eq!(b["id"], "k-1");
    assert_eq!(b["date"], "2026-01-15");
    assert_eq!(b["group"], "Team Noord");
    assert_eq!(b["level"], "municipality");
    assert_eq!(b["themes"], serde_json::json!(["eigenwijs/integraal"]));
    assert_eq!(b["owner"], "Gemeente");
    assert_eq!(b["due"], "2027-01-15");
    assert_eq!(b["status"], "raised");
    assert_eq!(b["changed"], serde_json::Value::Null);
    assert_eq!(b["answer"], "De gemeente kijkt in maart naar de termijnen.");
    assert_eq!(b["links"], serde_json::json!([format!("{S2}/k-1")]));
    assert_eq!(b["votes"], 0);
    assert_eq!(b["stale"], true, "open since January");
    assert!(b["age_days"].as_i64().unwrap() > 90);
    assert_eq!(b["signal"], items[1]["signal"]);
    assert_eq!(b["signal_sessions"], serde_json::json!([S1, S2]));
    assert_eq!(items[3]["status"], "resolved");
    assert_eq!(items[3]["stale"], false, "solved is not waiting");

    let actions = json(&dirs, &["list", "acties", "--format", "json"]);
    assert_eq!(actions.len(), 2, "{actions:?}");
    assert_eq!(actions[0]["text"], "Afspraak met de school over signalen");
    assert_eq!(actions[0]["due"], "2026-03-01");
    assert_eq!(actions[0]["status"], "open");
    assert_eq!(actions[0]["owner"], "AB");
    assert_eq!(actions[0]["id"], "a-1");
}

#[test]
fn csv_has_a_column_per_field_and_excel_nl_dutch_words() {
    let (_tmp, dirs) = folders();
    let out = casus_on(&dirs, &["list", "bottlenecks", "--format", "csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let head: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        head,
        [
            "session",
            "id",
            "date",
            "group",
            "case",
            "step",
            "text",
            "level",
            "themes",
            "owner",
            "due",
            "status",
            "changed",
            "answer",
            "links",
            "votes",
            "age_days",
            "stale",
            "signal",
            "signal_sessions",
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    let cell = |row: usize, name: &str| {
        rows[row][head.iter().position(|h| h == name).unwrap()].to_string()
    };
    assert_eq!(cell(0, "level"), "municipality");
    assert_eq!(cell(0, "status"), "raised");
    assert_eq!(cell(0, "due"), "2027-01-15");
    assert_eq!(cell(0, "step"), "De melding");
    assert_eq!(cell(0, "signal_sessions"), format!("{S1} | {S2}"));
    assert_eq!(cell(2, "owner"), "");

    let out = casus_on(
        &dirs,
        &["list", "knelpunten", "--format", "csv", "--excel-nl"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with('\u{feff}'), "a BOM for Excel");
    let first = text.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert!(first.starts_with("sessie;id;datum;groep;casus;"), "{first}");
    assert!(text.contains(";gemeente;"), "{text}");
    assert!(text.contains(";aangekaart;"), "{text}");

    let out = casus_on(&dirs, &["list", "actions", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let head: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        head,
        [
            "session", "id", "date", "group", "case", "text", "owner", "due", "status", "changed",
            "votes", "age_days", "stale",
        ]
    );
    assert_eq!(reader.records().count(), 2);
}

#[test]
fn the_table_shows_the_fields_in_the_users_language() {
    let (_tmp, dirs) = folders();
    let out = casus_on(&dirs, &["--lang", "nl", "list", "knelpunten"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let table = stdout(&out);
    let head = table.lines().next().unwrap();
    for column in [
        "niveau",
        "eigenaar",
        "uiterlijk",
        "status",
        "antwoord",
        "stippen",
    ] {
        assert!(head.contains(column), "{column}: {head}");
    }
    let row = table
        .lines()
        .find(|l| l.contains("Geen gedeeld dossier met school"))
        .unwrap();
    for cell in ["gemeente", "aangekaart", "2027-01-15", "De gemeente kijkt"] {
        assert!(row.contains(cell), "{cell}: {row}");
    }
    let out = casus_on(&dirs, &["--lang", "en", "list", "actions"]);
    let table = stdout(&out);
    assert!(table.lines().next().unwrap().contains("owner"), "{table}");
    assert!(
        table.contains("Casus terugbrengen over drie maanden"),
        "{table}"
    );
}

#[test]
fn practice_sessions_are_left_out_unless_the_filter_asks_for_them() {
    let (_tmp, dirs) = folders();
    let all = |args: &[&str]| {
        let mut a = vec!["list", "bottlenecks", "--format", "json"];
        a.extend(args);
        texts(&json(&dirs, &a))
    };
    assert!(!all(&[]).contains(&"Oefenknelpunt".to_string()));
    assert_eq!(all(&["practice:all"]).len(), 5);
    assert!(all(&["oefen:alles"]).contains(&"Oefenknelpunt".to_string()));
    assert_eq!(all(&["oefen:ja"]), ["Oefenknelpunt"]);
    assert_eq!(all(&["practice:no"]).len(), 4);
    let actions = texts(&json(&dirs, &["list", "actions", "--format", "json"]));
    assert!(!actions.contains(&"Oefenactie".to_string()), "{actions:?}");
    let actions = texts(&json(
        &dirs,
        &["list", "actions", "--format", "json", "practice:yes"],
    ));
    assert_eq!(actions, ["Oefenactie"]);
    // The sessions list is how a trainer finds a practice session again:
    // it lists it, marked, unless `oefen:` says otherwise.
    let out = casus_on(&dirs, &["list", "sessions", "--format", "json"]);
    let listed: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let practice = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == PRACTICE)
        .expect("the practice session is listed");
    assert_eq!(practice["practice"], true);
    let out = casus_on(&dirs, &["list", "sessions"]);
    let row = stdout(&out)
        .lines()
        .find(|l| l.contains(PRACTICE))
        .map(String::from)
        .expect("a row for the practice session");
    assert!(row.contains("(oefensessie)"), "{row}");
    let out = casus_on(
        &dirs,
        &["list", "sessions", "--format", "json", "oefen:nee"],
    );
    assert!(!stdout(&out).contains(PRACTICE));
    let out = casus_on(&dirs, &["list", "sessions", "--format", "json", "oefen:ja"]);
    assert!(stdout(&out).contains(PRACTICE));
    // Counting leaves it out.
    let out = casus_on(&dirs, &["stats", "--format", "json"]);
    let stats: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let counted = casus_on(&dirs, &["stats", "--format", "json", "oefen:alles"]);
    let counted: serde_json::Value = serde_json::from_str(&stdout(&counted)).unwrap();
    assert_eq!(
        stats["sessions"].as_u64().unwrap() + 1,
        counted["sessions"].as_u64().unwrap()
    );
}

#[test]
fn owner_level_and_status_filter_the_items() {
    let (_tmp, dirs) = folders();
    let list = |args: &[&str]| {
        let mut a = vec!["list", "bottlenecks", "--format", "json"];
        a.extend(args);
        texts(&json(&dirs, &a))
    };
    assert_eq!(list(&["eigenaar:regio"]), ["Wachtlijst jeugd-ggz"]);
    assert_eq!(
        list(&["owner:WETHOUDER"]),
        ["Geen budget voor overbrugging"]
    );
    assert_eq!(
        list(&["niveau:gemeente"]),
        ["Geen gedeeld dossier met school"]
    );
    assert_eq!(
        list(&["level:municipality"]),
        ["Geen gedeeld dossier met school"]
    );
    assert!(list(&["niveau:landelijk"]).is_empty());
    assert_eq!(
        list(&["knelpunt:aangekaart"]),
        ["Geen gedeeld dossier met school", "Wachtlijst jeugd-ggz"]
    );
    assert_eq!(
        list(&["knelpunt:opgelost"]),
        ["Geen budget voor overbrugging"]
    );
    assert_eq!(
        list(&["ouder:90", "knelpunt:open"]),
        ["Wachttijd specialistische ggz"]
    );
    let actions = |args: &[&str]| {
        let mut a = vec!["list", "actions", "--format", "json"];
        a.extend(args);
        texts(&json(&dirs, &a))
    };
    assert_eq!(
        actions(&["eigenaar:ab"]),
        ["Afspraak met de school over signalen"]
    );
    assert!(actions(&["actie:gedaan"]).is_empty());
    assert_eq!(actions(&["actie:open"]).len(), 2);
}

#[test]
fn near_misses_are_usage_errors_that_name_the_token() {
    let (_tmp, dirs) = folders();
    for (args, named) in [
        (
            vec!["--lang", "nl", "list", "knelpunten", "niveau:stad"],
            "niveau:stad",
        ),
        (
            vec!["--lang", "en", "list", "bottlenecks", "level:city"],
            "level:city",
        ),
        (
            vec!["--lang", "nl", "list", "acties", "actie:klaar"],
            "actie:klaar",
        ),
        (
            vec!["--lang", "nl", "list", "knelpunten", "ouder:lang"],
            "ouder:lang",
        ),
        (
            vec!["--lang", "en", "list", "bottlenecks", "practice:maybe"],
            "practice:maybe",
        ),
    ] {
        let out = casus_on(&dirs, &args);
        assert_eq!(code(&out), 2, "{args:?}");
        let err = stderr(&out);
        assert!(err.starts_with("casus: ") && err.contains(named), "{err}");
    }
    let out = casus_on(&dirs, &["--lang", "nl", "list", "knelpunten", "ouder:lang"]);
    assert!(
        stderr(&out).contains("geen aantal dagen"),
        "{}",
        stderr(&out)
    );
    let out = casus_on(&dirs, &["--lang", "en", "list", "cases", "--format", "csv"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("list bottlenecks"),
        "{}",
        stderr(&out)
    );
    let out = casus_on(&dirs, &["--lang", "en", "list", "actions", "--excel-nl"]);
    assert_eq!(code(&out), 2);
}
