//! The fast way is the way taken (`fast.rs`).

use super::*;
use crate::library::Library;
use crate::store::{parse_session, to_ron};

/// The fast way must be the way taken for casus's own files, not a
/// fallback that happens to give the same (`tests/index_fast.rs` proves
/// the results equal over many more files, through the index).
#[test]
fn sessions_casus_writes_and_older_versions_are_read_the_fast_way() {
    let library = Library::load(None, &[]);
    let sets: Vec<_> = library.theme_sets.iter().map(|e| e.item.clone()).collect();
    let mut texts = Vec::new();
    for case in &library.cases {
        for method in &library.methods {
            let now = "2026-11-23T09:00:00Z".parse().unwrap();
            let id = "20261123-090000-fast01".to_string();
            let (case, method) = (case.item.clone(), method.item.clone());
            let mut s = Session::new(id, now, "G".into(), case, method, sets.clone());
            s.steps[0].themes = vec![format!("{}/{}", sets[0].id, sets[0].themes[1].id)];
            s.lessons = "lessen".into();
            texts.push(to_ron(&s));
        }
    }
    let versions = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/session_versions/"
    );
    for name in ["v1", "v2", "v3", "v4"] {
        let text = std::fs::read_to_string(format!("{versions}{name}.ron")).unwrap();
        texts.push(text.replace("20261123-090000-versi1", "20261123-090000-fast01"));
    }
    // Unusual but valid RON, read the fast way too.
    let plain = texts[0].clone();
    texts.push(plain.replacen("(\n", "( // a comment\n    /* a block */\n", 1));
    texts.push(plain.replacen("    case: (", "    case: Case(", 1));
    texts.push(plain.replace("\"lessen\"", "r#\"les\"sen\"#"));
    texts.push(plain.replacen("(\n", "(\n    later: [1, (a: 2)],\n", 1));
    assert!(texts.len() > 4);
    let path = Path::new("/d/sessions/20261123-090000-fast01.ron");
    for text in &texts {
        let full = parse_session("x", text).expect("a good session");
        let fast = summary_of("x", path, text).expect("read the fast way");
        assert_eq!(fast, SessionSummary::of(&full));
    }
    // Named for another id: left to the ordinary way, which says so.
    let other = Path::new("/d/sessions/20261123-090000-other1.ron");
    assert!(summary_of("x", other, &texts[0]).is_none());
}
