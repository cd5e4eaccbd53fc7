//! Session schema version 4: follow-up (issue 13). Knelpunten carry a level,
//! themes, a due date, an answer, a dated status history and links; actions
//! an id, a due date and a status with its history; a session can be a
//! practice session, record a terugblik and hold scores. Versions 1 to 3
//! keep loading as sessions with none of it. Run with
//! `CASUS_WRITE_FIXTURES=1` to write `v4.ron` with this serializer.

use std::path::{Path, PathBuf};

use casus::model::{
    ActionStatus, BottleneckStatus, FollowUp, Indicator, Level, Part, SESSION_SCHEMA_VERSION,
    Score, Session,
};
use casus::store::{read_session, to_ron};

fn versions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions")
}

fn at(s: &str) -> jiff::Timestamp {
    s.parse().expect("a time")
}

/// The session the v4 fixture was written from: the v3 fixture with every
/// version 4 field set.
fn v4_session() -> Session {
    let mut s = read_session(&versions().join("v3.ron")).unwrap_or_else(|d| panic!("{d}"));
    s.practice = true;
    let b = &mut s.bottlenecks[0];
    b.level = Some(Level::Municipality);
    b.themes = vec!["eigenwijs/integraal".into()];
    b.due = Some("2027-01-15".parse().unwrap());
    b.answer = "De gemeente kijkt in maart naar de termijnen.".into();
    b.links = vec!["20261001-090000-eerder/k-abcdef".into()];
    b.set_status(
        BottleneckStatus::Raised,
        at("2026-11-24T10:00:00Z"),
        "Gemaild aan de beleidsadviseur".into(),
        None,
    );
    b.set_status(
        BottleneckStatus::Answered,
        at("2026-12-01T09:30:00Z"),
        String::new(),
        Some("20261201-093000-later".into()),
    );
    let a = &mut s.actions[0];
    a.due = Some("2026-12-20".parse().unwrap());
    a.set_status(
        ActionStatus::Done,
        at("2026-12-01T09:35:00Z"),
        "Afspraak staat".into(),
        None,
    );
    s.follow_ups.push(FollowUp {
        at: at("2026-11-23T09:05:00Z"),
        session: "20261001-090000-eerder".into(),
        item: "a-xyzabc".into(),
        text: "Terugkoppelen aan de school".into(),
        status: Some("done".into()),
        note: "Gebeld, \"prima\" contact.".into(),
    });
    s.method.scores = vec![
        Indicator {
            id: "veiligheid".into(),
            label: "Veiligheid".into(),
            part: Part::Family,
            description: Some("Is het kind veilig, thuis en op school?".into()),
        },
        Indicator {
            id: "samenwerking".into(),
            label: "Samenwerking".into(),
            part: Part::System,
            description: None,
        },
    ];
    s.scores = vec![
        Score {
            indicator: "veiligheid".into(),
            value: 4,
            note: "Thuis veilig, school twijfelt".into(),
        },
        Score {
            indicator: "samenwerking".into(),
            value: 2,
            note: String::new(),
        },
    ];
    s
}

#[test]
fn the_v4_fixture_holds_follow_up_and_is_what_this_serializer_writes() {
    let path = versions().join("v4.ron");
    if std::env::var_os("CASUS_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, to_ron(&v4_session())).expect("write v4.ron");
    }
    let text = std::fs::read_to_string(&path).expect("the v4 fixture");
    assert!(text.contains("schema_version: 4,"));
    let s = read_session(&path).unwrap_or_else(|d| panic!("{d}"));
    assert!(s.practice);
    let b = &s.bottlenecks[0];
    assert_eq!(b.level, Some(Level::Municipality));
    assert_eq!(b.status, BottleneckStatus::Answered);
    assert_eq!(b.history.len(), 2);
    assert_eq!(b.history[0].note, "Gemaild aan de beleidsadviseur");
    assert_eq!(
        b.history[1].session.as_deref(),
        Some("20261201-093000-later")
    );
    assert_eq!(b.due.map(|d| d.to_string()).as_deref(), Some("2027-01-15"));
    assert!(s.actions[0].id.starts_with("a-"));
    assert_eq!(s.actions[0].status, ActionStatus::Done);
    assert_eq!(s.follow_ups[0].note, "Gebeld, \"prima\" contact.");
    assert_eq!(s.method.scores[0].part, Part::Family);
    assert_eq!(s.scores[1].value, 2);
    assert_eq!(s, v4_session(), "the fixture is the session built above");
    if SESSION_SCHEMA_VERSION == 4 {
        assert_eq!(
            to_ron(&s),
            text,
            "the session format changed without a new schema_version"
        );
    }
}

#[test]
fn older_files_read_as_open_items_without_follow_up_and_actions_get_stable_ids() {
    for name in ["v1.ron", "v2.ron", "v3.ron", "v3-own-case.ron"] {
        let a = read_session(&versions().join(name)).unwrap_or_else(|d| panic!("{d}"));
        let b = read_session(&versions().join(name)).unwrap_or_else(|d| panic!("{d}"));
        assert_eq!(a, b, "{name}: the same ids on every read");
        assert_eq!(a.schema_version, SESSION_SCHEMA_VERSION, "{name}");
        assert!(!a.practice && a.follow_ups.is_empty() && a.scores.is_empty());
        assert!(a.bottlenecks.iter().all(|b| b.level.is_none()
            && b.history.is_empty()
            && b.due.is_none()
            && b.answer.is_empty()));
        assert!(
            a.actions
                .iter()
                .all(|x| x.id.starts_with("a-") && x.status == ActionStatus::Open),
            "{name}"
        );
        let ids: std::collections::HashSet<_> = a.actions.iter().map(|x| &x.id).collect();
        assert_eq!(ids.len(), a.actions.len(), "{name}: action ids differ");
        // Written back, nothing of version 4 appears that was not set.
        let text = to_ron(&a);
        for field in ["practice:", "follow_ups:", "scores:", "level:", "history:"] {
            assert!(!text.contains(field), "{name} wrote {field}");
        }
    }
}

#[test]
fn a_method_without_scores_writes_none_and_one_with_scores_reads_back() {
    let s = v4_session();
    let pretty = || ron::ser::PrettyConfig::new();
    let text = ron::ser::to_string_pretty(&s.method, pretty()).unwrap();
    assert!(
        text.contains("side: Family"),
        "FORMAT.md names it side: {text}"
    );
    let back: casus::model::Method = ron::from_str(&text).expect("the method reads back");
    assert_eq!(back, s.method);
    let v3 = read_session(&versions().join("v3.ron")).unwrap();
    let v3_method = ron::ser::to_string_pretty(&v3.method, pretty()).unwrap();
    assert!(!v3_method.contains("scores"));
}
