//! Session schema version 3: positions before the reveal and dot-votes
//! (issue 12). Versions 1 and 2 keep loading, as sessions without either;
//! the v3 fixture is what this serializer writes, byte for byte.

use std::path::{Path, PathBuf};

use casus::model::{Choice, DEFAULT_VOTES, SESSION_SCHEMA_VERSION};
use casus::store::{read_session, to_ron};

fn versions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions")
}

#[test]
fn the_v3_fixture_holds_positions_and_votes() {
    let s = read_session(&versions().join("v3.ron")).unwrap_or_else(|d| panic!("{d}"));
    let first = &s.steps[0];
    assert_eq!(first.stances.len(), 3);
    assert_eq!(first.stances[0].who, "AB");
    assert!(
        matches!(&first.stances[0].choice, Choice::Option(o) if o.starts_with("De IB'er belt"))
    );
    assert_eq!(
        first.stances[1].reason.as_deref(),
        Some("Zonder toestemming \"anoniem\"\nmag dat.")
    );
    assert_eq!(
        first.stances[2].choice,
        Choice::Own("Eerst de huisarts bellen".into())
    );
    assert!(first.stances_shown);
    assert!(
        first
            .actual
            .as_deref()
            .is_some_and(|a| a.starts_with("De IB'er belt"))
    );
    assert!(s.steps[1].agreed(), "two positions, the same option");
    assert!(!s.steps[1].stances_shown);
    assert_eq!(s.bottlenecks[1].votes, ["AB", "AB", "gedragswetenschapper"]);
    assert_eq!(s.actions[0].votes, ["AB"]);
    assert_eq!(s.votes_each, 4);
    // Most dots first: the second knelpunt (3) before the first (1).
    let ranked: Vec<&str> = s
        .ranked_bottlenecks()
        .iter()
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(
        ranked,
        [s.bottlenecks[1].id.as_str(), s.bottlenecks[0].id.as_str()]
    );
}

#[test]
fn the_v3_fixture_is_what_this_serializer_writes() {
    let path = versions().join("v3.ron");
    let text = std::fs::read_to_string(&path).expect("the v3 fixture");
    assert!(text.contains("schema_version: 3,"));
    let s = read_session(&path).unwrap_or_else(|d| panic!("{d}"));
    if SESSION_SCHEMA_VERSION == 3 {
        assert_eq!(
            to_ron(&s),
            text,
            "the session format changed without a new schema_version"
        );
    }
}

#[test]
fn a_v2_file_reads_as_the_v3_fixture_without_positions_or_votes() {
    let v2 = read_session(&versions().join("v2.ron")).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(
        v2.schema_version, SESSION_SCHEMA_VERSION,
        "migrated in memory"
    );
    assert_eq!(v2.votes_each, DEFAULT_VOTES);
    assert!(
        v2.steps
            .iter()
            .all(|r| r.stances.is_empty() && !r.stances_shown && r.actual.is_none())
    );
    assert!(!v2.voted());
    let mut v3 = read_session(&versions().join("v3.ron")).unwrap_or_else(|d| panic!("{d}"));
    for r in &mut v3.steps {
        r.stances.clear();
        r.stances_shown = false;
        r.actual = None;
    }
    v3.bottlenecks.iter_mut().for_each(|b| b.votes.clear());
    v3.actions.iter_mut().for_each(|a| a.votes.clear());
    v3.votes_each = DEFAULT_VOTES;
    assert_eq!(v2, v3, "nothing else differs");
    let v1 = read_session(&versions().join("v1.ron")).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(v1, v2, "v1 migrates through to the same session");
}

#[test]
fn positions_and_dots_in_a_session_are_scanned_for_personal_data() {
    let mut s = read_session(&versions().join("v3.ron")).unwrap();
    s.steps[0].stances[0].reason = Some("bel 06-12345678".into());
    s.actions[0].votes.push("Jan de Vries".into());
    let typed = s.typed_texts();
    assert!(typed.contains(&"bel 06-12345678"));
    assert!(typed.contains(&"Jan de Vries"));
    assert!(typed.contains(&"Eerst de huisarts bellen"));
}

#[test]
fn positions_and_dots_are_in_the_markdown_and_the_csv() {
    use casus::export::csv::{Dialect, to_string};
    use casus::i18n::Lang;
    let s = read_session(&versions().join("v3.ron")).unwrap();
    let tz = jiff::tz::TimeZone::UTC;
    let md = casus::export::markdown::session_report(&s, Lang::Nl, &tz);
    for needle in [
        "**Standpunten vóór de onthulling**",
        "- De IB'er belt vandaag nog de moeder en nodigt haar uit voor een gesprek: 1",
        "- eigen woorden “Eerst de huisarts bellen”: 1",
        "- gedragswetenschapper: De IB'er legt de zorg",
        "(reden: Zonder toestemming \"anoniem\"",
        "**Werkelijk gebeurd (gemarkeerd)**",
        // The second decision point: not shown in the session, and agreed.
        "**Standpunten vóór de onthulling (niet getoond in de sessie)**",
        "De groep was het eens.",
        "Geen vast aanspreekpunt. (nog geen eigenaar; status: open) (3 stippen)",
        "(1 stip)",
    ] {
        assert!(md.contains(needle), "the report lacks {needle:?}:\n{md}");
    }
    let three = md.find("- Geen vast aanspreekpunt.").unwrap();
    let one = md.find("- Het gesprek met de moeder: Beschikking").unwrap();
    assert!(three < one, "most dots first in the closing:\n{md}");

    let csv = to_string(&[&s], Dialect::Standard, &tz);
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let head: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&head[13..], ["votes", "reason"]);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let positions: Vec<_> = rows.iter().filter(|r| r[5] == "position").collect();
    assert_eq!(
        positions.len(),
        5,
        "three at the first decision point, two at the second"
    );
    let own = positions.iter().find(|r| r[9] == "CD").unwrap();
    assert_eq!(
        (own[8].as_str(), own[12].as_str()),
        ("Eerst de huisarts bellen", "own")
    );
    let reasoned = positions
        .iter()
        .find(|r| r[9] == "gedragswetenschapper")
        .unwrap();
    assert_eq!(reasoned[14], "Zonder toestemming \"anoniem\"\nmag dat.");
    let knelpunten: Vec<_> = rows.iter().filter(|r| r[5] == "bottleneck").collect();
    assert_eq!(
        knelpunten[0][8], "Geen vast aanspreekpunt.",
        "most dots first"
    );
    assert_eq!(
        (knelpunten[0][13].as_str(), knelpunten[1][13].as_str()),
        ("3", "1")
    );

    let nl = to_string(&[&s], Dialect::ExcelNl, &tz);
    assert!(nl.contains(";stemmen;reden\r\n"), "{nl}");
    assert!(nl.contains(";standpunt;"), "{nl}");
}

#[test]
fn the_register_lists_a_sessions_knelpunten_most_dots_first() {
    use casus::review::{Filter, LoadedSession, register};
    let path = versions().join("v3.ron");
    let session = read_session(&path).unwrap();
    let loaded = [LoadedSession {
        session: session.clone(),
        path,
    }];
    let today = jiff::civil::date(2026, 12, 3);
    let rows = register(&loaded, &Filter::default(), &jiff::tz::TimeZone::UTC, today);
    let listed: Vec<(&str, usize, usize)> = rows
        .iter()
        .map(|r| (r.text.as_str(), r.votes, r.index))
        .collect();
    assert_eq!(
        listed,
        [
            ("Geen vast aanspreekpunt.", 3, 1),
            ("Beschikking duurt zes weken.", 1, 0)
        ],
        "ranked, each with its own index for updates"
    );
}
