//! Session schema version 2: every knelpunt has a stable id (issue 10,
//! "a register or a later session can update exactly that item").
//!
//! Version 1 files keep loading: their knelpunten get ids derived from step
//! and text, the same on every read. Run with `CASUS_WRITE_FIXTURES=1` to
//! write `v2.ron` from `v1.ron` with this serializer.

use std::path::{Path, PathBuf};

use casus::model::{DraftTarget, SESSION_SCHEMA_VERSION, Session};
use casus::store::{parse_session, read_session, to_ron};

fn versions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions")
}

#[test]
fn v2_fixture_is_what_this_serializer_writes_from_v1() {
    let migrated = read_session(&versions().join("v1.ron")).unwrap_or_else(|d| panic!("{d}"));
    let path = versions().join("v2.ron");
    if std::env::var_os("CASUS_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, to_ron(&migrated)).expect("write v2.ron");
    }
    let text = std::fs::read_to_string(&path).expect("the v2 fixture");
    assert!(text.contains("schema_version: 2,"));
    let v2 = read_session(&path).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(v2, migrated, "v1 migrates to exactly the v2 fixture");
    if SESSION_SCHEMA_VERSION == 2 {
        assert_eq!(
            to_ron(&v2),
            text,
            "the session format changed without a new schema_version"
        );
    }
}

#[test]
fn knelpunten_of_a_v1_file_get_the_same_ids_on_every_read() {
    let path = versions().join("v1.ron");
    let a = read_session(&path).unwrap();
    let b = read_session(&path).unwrap();
    let ids: Vec<&str> = a.bottlenecks.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(ids.len(), 2);
    assert!(
        ids.iter()
            .all(|id| casus::model::is_valid_id(id) && id.starts_with("k-"))
    );
    assert_ne!(ids[0], ids[1]);
    let again: Vec<&str> = b.bottlenecks.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(ids, again);
    assert_eq!(a.schema_version, SESSION_SCHEMA_VERSION);
}

#[test]
fn removing_an_earlier_knelpunt_from_a_v1_file_keeps_the_later_ones_id() {
    let text = std::fs::read_to_string(versions().join("v1.ron")).unwrap();
    let whole = parse_session("v1.ron", &text).unwrap();
    let start = text.find("    bottlenecks: [").unwrap();
    let first = text[start..].find("        (\n").unwrap() + start;
    let second = text[first + 1..].find("        (\n").unwrap() + first + 1;
    let cut = format!("{}{}", &text[..first], &text[second..]);
    let shorter = parse_session("v1.ron", &cut).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(shorter.bottlenecks.len(), 1);
    assert_eq!(shorter.bottlenecks[0].id, whole.bottlenecks[1].id);
}

#[test]
fn a_new_knelpunt_gets_a_fresh_id_that_is_written_and_read_back() {
    let mut s: Session = read_session(&versions().join("v2.ron")).unwrap();
    s.set_text(
        DraftTarget::Bottleneck {
            index: None,
            step: Some(0),
        },
        "Nieuwe wachtlijst".into(),
        None,
    );
    let new = s.bottlenecks.last().unwrap();
    assert!(new.id.starts_with("k-") && new.id.len() == 8, "{}", new.id);
    assert!(s.bottlenecks[..2].iter().all(|b| b.id != new.id));
    let back = parse_session("x.ron", &to_ron(&s)).unwrap();
    assert_eq!(back.bottlenecks, s.bottlenecks);
}
