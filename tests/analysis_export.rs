//! `casus export --format long-csv|matrix-csv`: the analysis exports read
//! back with the csv crate, row counts worked out by hand from the review
//! fixtures (noord + zuid: S0, S1, the newer S2, S3, S4), practice sessions
//! left out, and a renamed theme (`replaces`) counted under its new id.

mod common;
mod review_fixtures;

use std::path::PathBuf;

use casus::export::analysis::{LONG_COLUMNS, LONG_COLUMNS_NL, long_csv, matrix_csv};
use casus::export::csv::Dialect;
use casus::model::{Session, Theme};
use casus::review::{Filter, Stats};
use common::bin::{Sandbox, casus_on, code, stderr, tz};
use review_fixtures as fx;

type Rows = (Vec<String>, Vec<Vec<String>>);

fn read_back(bytes: &[u8], delimiter: u8) -> Rows {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(bytes);
    let headers = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (headers, rows)
}

fn col(headers: &[String], name: &str) -> usize {
    headers
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

fn dirs() -> Vec<PathBuf> {
    vec![fx::data_dir("noord"), fx::data_dir("zuid")]
}

fn export(args: &[&str]) -> Rows {
    let mut all = vec!["export"];
    all.extend(args);
    let out = casus_on(&dirs(), &all);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    read_back(&out.stdout, b',')
}

#[test]
fn the_long_csv_has_a_row_per_decision_point_and_theme_and_per_knelpunt() {
    let (h, rows) = export(&["--format", "long-csv"]);
    assert_eq!(h, LONG_COLUMNS);
    let decisions: Vec<_> = rows
        .iter()
        .filter(|r| r[col(&h, "row")] == "decision")
        .collect();
    // Per decision point its tags, or one row when untagged:
    // S0 1+1+1, S1 2+2+1, S2 2+1, S3 1+1+1, S4 2+1.
    assert_eq!(decisions.len(), 17);
    let tagged = decisions
        .iter()
        .filter(|r| !r[col(&h, "theme_id")].is_empty())
        .count();
    assert_eq!(tagged, 12, "the decision points tagged, tag by tag");
    let knelpunten: Vec<_> = rows
        .iter()
        .filter(|r| r[col(&h, "row")] == "bottleneck")
        .collect();
    assert_eq!(
        knelpunten.len(),
        4,
        "S1 two, S2 one, S4 one; none has themes"
    );
    let s1 = decisions
        .iter()
        .find(|r| r[0] == fx::S1 && r[col(&h, "theme_id")] == "mandaat")
        .unwrap();
    let expected = [
        fx::S1,
        "2026-01-15",
        "Team Noord",
        "2026-Q1",
        "signaal",
        "Een signaal van school",
        "decision",
        "melding",
        "De melding",
        "",
        "eigenwijs",
        "mandaat",
        "Groot mandaat voor de professional",
        "",
        "",
    ];
    assert_eq!(s1.as_slice(), &expected);
    let s2 = knelpunten.iter().find(|r| r[0] == fx::S2).unwrap();
    assert_eq!(s2[col(&h, "status")], "raised", "the newer copy, from zuid");
    assert_eq!(s2[col(&h, "item_id")], "k-1");
    assert_eq!(s2[col(&h, "step")], "Overbruggen");
    assert_eq!(s2[col(&h, "quarter")], "2026-Q1");
}

#[test]
fn the_long_csv_takes_a_filter_and_a_dutch_excel_dialect() {
    let out = casus_on(
        &dirs(),
        &["export", "--format", "long-csv", "--excel-nl", "groep:zuid"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let bytes = out
        .stdout
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a BOM");
    let (h, rows) = read_back(bytes, b';');
    assert_eq!(h, LONG_COLUMNS_NL);
    assert_eq!(rows.len(), 4, "S4: 2 + 1 decision rows, 1 knelpunt");
    let k = rows
        .iter()
        .find(|r| r[col(&h, "soort")] == "knelpunt")
        .unwrap();
    assert_eq!(k[col(&h, "status")], "opgelost");
}

#[test]
fn the_matrix_has_every_tagged_theme_for_every_group_and_quarter() {
    let (h, rows) = export(&["--format", "matrix-csv"]);
    assert_eq!(
        h,
        [
            "theme_set",
            "set_title",
            "theme_id",
            "theme",
            "group",
            "total",
            "2025-Q3",
            "2025-Q4",
            "2026-Q1",
            "2026-Q2"
        ]
    );
    // 5 themes tagged × 3 groups (Buurtteam Oost, Team Noord, Team Zuid).
    assert_eq!(rows.len(), 15);
    let cell = |theme: &str, group: &str| {
        rows.iter()
            .find(|r| r[2] == theme && r[4] == group)
            .unwrap_or_else(|| panic!("{theme} {group}"))[5..]
            .to_vec()
    };
    assert_eq!(cell("mandaat", "Team Noord"), ["3", "1", "0", "2", "0"]);
    assert_eq!(cell("mandaat", "Team Zuid"), ["1", "0", "0", "0", "1"]);
    assert_eq!(cell("mandaat", "Buurtteam Oost"), ["0", "0", "0", "0", "0"]);
    assert_eq!(
        cell("eerste-lijn-dichtbij", "Team Noord"),
        ["2", "0", "0", "2", "0"]
    );
    // The totals per theme are the counts of `casus stats`.
    let loaded = casus::review::load_folders(&dirs(), casus::i18n::Lang::Nl);
    let sessions: Vec<&Session> = loaded.sessions.iter().map(|l| &l.session).collect();
    let stats = Stats::compute(&sessions, &tz());
    for t in stats.themes().map(|(_, t)| t) {
        let total: usize = rows
            .iter()
            .filter(|r| format!("{}/{}", r[0], r[2]) == t.reference)
            .map(|r| r[5].parse::<usize>().unwrap())
            .sum();
        assert_eq!(total, t.count, "{}", t.reference);
    }
}

/// The fixtures, with S4 on a newer copy of `eigenwijs` in which `mandaat`
/// was renamed `professioneel-mandaat`, and a practice session tagged too.
fn renamed() -> Vec<Session> {
    let mut s4 = fx::s4();
    let set = s4
        .theme_sets
        .iter_mut()
        .find(|s| s.id == "eigenwijs")
        .unwrap();
    set.themes.retain(|t| t.id != "mandaat");
    set.themes.push(Theme {
        id: "professioneel-mandaat".into(),
        label: "Mandaat van de professional".into(),
        description: None,
        aliases: Vec::new(),
        replaces: vec!["mandaat".into()],
    });
    s4.steps[0].themes[0] = "eigenwijs/professioneel-mandaat".into();
    let mut practice = fx::s5();
    practice.practice = true;
    vec![fx::s0(), fx::s1(), fx::s2_newer(), fx::s3(), s4, practice]
}

#[test]
fn a_renamed_theme_keeps_its_count_and_practice_sessions_are_left_out() {
    let sessions = renamed();
    let refs: Vec<&Session> = sessions.iter().collect();
    let filter = Filter::default();
    let (h, rows) = read_back(
        long_csv(&refs, &filter, Dialect::Standard, &tz()).as_bytes(),
        b',',
    );
    assert!(rows.iter().all(|r| r[0] != fx::S5), "practice left out");
    let ids: Vec<&str> = rows
        .iter()
        .map(|r| r[col(&h, "theme_id")].as_str())
        .collect();
    assert!(!ids.contains(&"mandaat"), "{ids:?}");
    assert_eq!(
        ids.iter()
            .filter(|i| **i == "professioneel-mandaat")
            .count(),
        4
    );
    let labels: Vec<&str> = rows
        .iter()
        .filter(|r| r[col(&h, "theme_id")] == "professioneel-mandaat")
        .map(|r| r[col(&h, "theme")].as_str())
        .collect();
    assert_eq!(labels, ["Mandaat van de professional"; 4]);

    let (_, matrix) = read_back(
        matrix_csv(&refs, &filter, Dialect::Standard, &tz()).as_bytes(),
        b',',
    );
    assert!(
        matrix.iter().all(|r| r[4] != "Team West"),
        "no practice group"
    );
    let total: usize = matrix
        .iter()
        .filter(|r| r[2] == "professioneel-mandaat")
        .map(|r| r[5].parse::<usize>().unwrap())
        .sum();
    assert_eq!(total, 4);

    // `casus stats` counts it the same way (practice is another helper's filter).
    let counted: Vec<&Session> = refs.iter().copied().filter(|s| !s.practice).collect();
    let stats = Stats::compute(&counted, &tz());
    let t = stats.theme("eigenwijs/professioneel-mandaat").unwrap();
    assert_eq!(
        (t.count, t.label.as_str()),
        (4, "Mandaat van de professional")
    );
    assert!(stats.theme("eigenwijs/mandaat").is_none());
    let stories = casus::review::stories(&counted, "eigenwijs/professioneel-mandaat", &tz());
    assert!(
        stories.iter().any(|s| s.session_id == fx::S0),
        "the old tag's story too"
    );
}

#[test]
fn the_cli_leaves_a_practice_session_out_of_the_long_csv() {
    let sandbox = Sandbox::new();
    std::fs::create_dir_all(sandbox.sessions()).unwrap();
    for s in renamed() {
        let path = sandbox.sessions().join(format!("{}.ron", s.id));
        std::fs::write(path, casus::store::to_ron(&s)).unwrap();
    }
    let data = sandbox.data();
    let out = sandbox.run(&[
        "--data-dir",
        data.to_str().unwrap(),
        "export",
        "--format",
        "long-csv",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (_, rows) = read_back(&out.stdout, b',');
    assert_eq!(
        rows.len(),
        21,
        "17 decision rows and 4 knelpunten, none of S5"
    );
}
