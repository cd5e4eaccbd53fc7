//! Positions counted in review (issue 12): at how many decision points a
//! group took positions, how often it agreed, and how often the majority's
//! position differed from the option marked as what actually happened; in
//! `casus stats` and on the review's count page.

mod common;

use std::path::{Path, PathBuf};

use casus::i18n::Lang;
use casus::store::{read_session, write_session};
use common::bin::{casus_on, stdout};
use common::*;

/// A data folder holding the v3 fixture, with the second decision point's
/// unanimous position marked as not what happened.
fn data() -> (tempfile::TempDir, PathBuf) {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions/v3.ron");
    let mut s = read_session(&fixture).unwrap_or_else(|d| panic!("{d}"));
    let other = s.case.steps[1].options[1].clone();
    s.steps[1].revealed = true;
    s.steps[1].actual = Some(other);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    std::fs::create_dir_all(dir.join("sessions")).unwrap();
    write_session(&dir.join("sessions").join(format!("{}.ron", s.id)), &s).unwrap();
    (tmp, dir)
}

#[test]
fn casus_stats_counts_agreement_and_a_majority_that_differed() {
    let (_tmp, dir) = data();
    let dirs = [dir];
    let table = stdout(&casus_on(&dirs, &["stats"]));
    // Two decision points with positions: the first split three ways (no
    // majority, not compared), the second unanimous and marked otherwise.
    assert!(
        table.contains(
            "Standpunten bij 2 beslismomenten · de groep was het 1 keer eens · de meerderheid week 1 van 1 keer af van wat er werkelijk gebeurde."
        ),
        "{table}"
    );
    let json = stdout(&casus_on(
        &dirs,
        &["stats", "--format", "json", "--lang", "en"],
    ));
    let got: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        got["positions"],
        serde_json::json!({"rounds": 2, "agreed": 1, "compared": 1, "differed": 1})
    );
    let en = stdout(&casus_on(&dirs, &["stats", "--lang", "en"]));
    assert!(
        en.contains("the majority differed from what actually happened 1 of 1 times."),
        "{en}"
    );
}

#[test]
fn stats_without_positions_say_nothing_about_them() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    std::fs::create_dir_all(dir.join("sessions")).unwrap();
    let v2 = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session_versions/v2.ron");
    std::fs::copy(&v2, dir.join("sessions/20261123-090000-versi1.ron")).unwrap();
    let table = stdout(&casus_on(&[dir], &["stats"]));
    assert!(!table.contains("Standpunten"), "{table}");
}

#[test]
fn the_review_count_page_shows_the_position_counts() {
    let (tmp, dir) = data();
    let (mut app, _runner) = review_over(Lang::Nl, vec![dir], tmp.path());
    press(&mut app, ch('c'));
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Standpunten bij 2 beslismomenten · de groep was het 1 keer eens"),
        "{screen}"
    );
}
