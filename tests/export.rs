//! Exports: the Markdown reports (snapshots), CSV read back by the `csv`
//! crate in both dialects, and `casus export` end to end.

mod common;
mod review_fixtures;

use casus::export::csv::{COLUMNS, Dialect};
use casus::export::markdown::{session_report, set_report};
use casus::i18n::Lang;
use casus::model::Session;
use casus::review::load::sessions_of;
use casus::review::{Filter, load_folders};
use common::bin::{casus_on, tz};
use review_fixtures as fx;
use review_fixtures::S1;

fn all_sessions() -> Vec<Session> {
    let loaded = load_folders(&[fx::data_dir("noord"), fx::data_dir("zuid")], Lang::Nl);
    sessions_of(&loaded.matching(&Filter::default(), &tz()))
        .into_iter()
        .cloned()
        .collect()
}

fn refs(sessions: &[Session]) -> Vec<&Session> {
    sessions.iter().collect()
}

// ---- Markdown ------------------------------------------------------------

#[test]
fn session_report_in_dutch() {
    insta::assert_snapshot!(session_report(&fx::s1(), Lang::Nl, &tz()));
}

#[test]
fn session_report_in_english_of_an_unfinished_session() {
    insta::assert_snapshot!(session_report(&fx::s3(), Lang::En, &tz()));
}

#[test]
fn set_report_counts_and_tells() {
    let sessions = all_sessions();
    insta::assert_snapshot!(set_report(&refs(&sessions), "", Lang::Nl, &tz()));
}

#[test]
fn a_report_keeps_facilitator_notes_and_unrevealed_outcomes_out() {
    let report = session_report(&fx::s2(), Lang::Nl, &tz());
    assert!(!report.contains("Alleen voor de gespreksleider"));
    assert!(
        !report.contains("De plek kwam na drie maanden"),
        "not revealed in S2"
    );
    let revealed = session_report(&fx::s1(), Lang::Nl, &tz());
    assert!(revealed.contains("De ouders belden zelf terug."));
}

#[test]
fn a_set_report_of_nothing_says_so() {
    let report = set_report(&[], "theme:xyz", Lang::En, &tz());
    assert!(report.contains("`theme:xyz`"));
    assert!(report.contains("No sessions match this filter."));
}

// ---- CSV -----------------------------------------------------------------

fn read_back(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
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

fn csv_bytes(sessions: &[&Session], dialect: Dialect) -> Vec<u8> {
    let mut out = Vec::new();
    casus::export::csv::write(sessions, dialect, &tz(), &mut out).unwrap();
    out
}

/// The rows of one kind (the `kind` column is the sixth).
fn of_kind<'a>(rows: &'a [Vec<String>], kind: &str) -> Vec<&'a Vec<String>> {
    rows.iter().filter(|r| r[5] == kind).collect()
}

#[test]
fn standard_csv_has_a_row_per_decision_theme_reflection_bottleneck_note_lesson_and_action() {
    let sessions = all_sessions();
    let bytes = csv_bytes(&refs(&sessions), Dialect::Standard);
    assert!(
        !bytes.starts_with("\u{feff}".as_bytes()),
        "no BOM in the standard dialect"
    );
    let (headers, rows) = read_back(&bytes, b',');
    assert_eq!(headers, COLUMNS);
    let decisions = of_kind(&rows, "decision");
    assert_eq!(decisions.len(), 13, "3 + 2 + 3 + 2 + 3 decision points");
    let melding = decisions
        .iter()
        .find(|r| r[0] == S1 && r[6] == "melding")
        .unwrap();
    let expected = [
        S1,
        "2026-01-15",
        "Team Noord",
        "signaal",
        "Een signaal van school",
        "decision",
        "melding",
        "De melding",
        "We bellen de ouders nog dezelfde dag.\nDe mentor schuift aan.",
        "",
        "Eerste lijn dichtbij de vindplaatsen; Groot mandaat voor de professional",
        "eigenwijs/eerste-lijn-dichtbij eigenwijs/mandaat",
        "",
        "", // votes: a decision has none
        "", // reason: only a position has one
    ];
    assert_eq!(melding.as_slice(), &expected);
    let themes: Vec<_> = of_kind(&rows, "theme")
        .into_iter()
        .filter(|r| r[0] == S1 && r[6] == "melding")
        .map(|r| (r[8].as_str(), r[11].as_str()))
        .collect();
    assert_eq!(
        themes,
        [
            (
                "Eerste lijn dichtbij de vindplaatsen",
                "eigenwijs/eerste-lijn-dichtbij"
            ),
            ("Groot mandaat voor de professional", "eigenwijs/mandaat"),
        ]
    );
    let bottleneck = of_kind(&rows, "bottleneck")
        .into_iter()
        .find(|r| r[0] == S1 && r[6] == "melding")
        .unwrap();
    assert_eq!(
        &bottleneck[8..],
        [
            "Geen gedeeld dossier met school",
            "Gemeente",
            "",
            "",
            "raised",
            "", // no dot-votes
            "",
        ]
    );
    // What the Markdown report holds beyond decisions is in the CSV too.
    let s1 = fx::s1();
    let reflections: usize = s1.steps.iter().map(|r| r.reflections.len()).sum();
    let mine = |kind: &str| {
        of_kind(&rows, kind)
            .into_iter()
            .filter(|r| r[0] == S1)
            .count()
    };
    assert!(reflections > 0, "the fixture has reflections");
    assert_eq!(mine("reflection"), reflections);
    assert_eq!(mine("bottleneck"), s1.bottlenecks.len());
    assert_eq!(
        mine("action"),
        s1.actions
            .iter()
            .filter(|a| !a.text.trim().is_empty())
            .count()
    );
    assert_eq!(mine("lesson"), usize::from(!s1.lessons.trim().is_empty()));
    assert_eq!(
        mine("note"),
        s1.phases
            .iter()
            .filter(|p| !p.notes.trim().is_empty())
            .count()
    );
    let undecided = decisions
        .iter()
        .find(|r| r[0] == S1 && r[6] == "verwijzing")
        .unwrap();
    assert_eq!(&undecided[8..], ["", "", "", "", "", "", ""]);
}

#[test]
fn excel_nl_csv_has_a_bom_semicolons_dutch_names_and_the_same_cells() {
    let sessions = all_sessions();
    let bytes = csv_bytes(&refs(&sessions), Dialect::ExcelNl);
    let bom = "\u{feff}".as_bytes();
    assert!(bytes.starts_with(bom));
    let text = std::str::from_utf8(&bytes[bom.len()..]).unwrap();
    assert!(
        text.starts_with("sessie;datum;groep;casus_id;casus;soort;"),
        "{text}"
    );
    assert!(text.contains("\r\n"));
    let (headers, rows) = read_back(&bytes[bom.len()..], b';');
    assert_eq!(headers, casus::export::csv::COLUMNS_NL);
    let (_, standard) = read_back(&csv_bytes(&refs(&sessions), Dialect::Standard), b',');
    assert_eq!(rows.len(), standard.len());
    let dutch = |kind: &str| match kind {
        "decision" => "besluit",
        "theme" => "thema",
        "reflection" => "reflectie",
        "bottleneck" => "knelpunt",
        "note" => "aantekening",
        "lesson" => "les",
        "action" => "actie",
        other => panic!("unknown kind {other}"),
    };
    let status = |s: &str| match s {
        "raised" => "aangekaart".to_string(),
        "resolved" => "opgelost".to_string(),
        other => other.to_string(),
    };
    for (nl, en) in rows.iter().zip(&standard) {
        assert_eq!(nl[5], dutch(&en[5]));
        assert_eq!(nl[12], status(&en[12]));
        assert_eq!((&nl[..5], &nl[6..12]), (&en[..5], &en[6..12]));
    }
}

#[test]
fn both_csv_dialects_defuse_cells_that_a_spreadsheet_would_run_as_formulas() {
    let mut s = fx::s4();
    s.steps[0].decision = "- bel de ouders\n- wacht af".into();
    s.steps[1].decision = "=HYPERLINK(\"x\")".into();
    let (_, excel) = read_back(&csv_bytes(&[&s], Dialect::ExcelNl)[3..], b';');
    let excel = of_kind(&excel, "besluit");
    assert_eq!(excel[0][8], "'- bel de ouders\n- wacht af");
    assert_eq!(excel[1][8], "'=HYPERLINK(\"x\")");
    let (_, standard) = read_back(&csv_bytes(&[&s], Dialect::Standard), b',');
    let standard = of_kind(&standard, "decision");
    // A spreadsheet opens a standard CSV as readily as the Excel one, so it is
    // defused too (scripts that want the text as typed use `--format json`).
    assert_eq!(standard[0][8], "'- bel de ouders\n- wacht af");
    assert_eq!(standard[1][8], "'=HYPERLINK(\"x\")");
}

// ---- casus export --------------------------------------------------------

#[test]
fn cli_export_of_one_session_by_id_prefix_is_its_report() {
    let (tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let out = casus_on(&dirs, &["export", "20260115"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        session_report(&fx::s1(), Lang::Nl, &tz())
    );

    let file = tmp.path().join("verslag.md");
    let out = casus_on(
        &dirs,
        &["--lang", "en", "export", S1, "-o", file.to_str().unwrap()],
    );
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        session_report(&fx::s1(), Lang::En, &tz())
    );

    let path = dirs[0].join("sessions").join(format!("{S1}.ron"));
    let out = casus_on(&[], &["export", path.to_str().unwrap(), "--format", "csv"]);
    let (_, rows) = read_back(&out.stdout, b',');
    assert_eq!(of_kind(&rows, "decision").len(), 3);
}

#[test]
fn cli_export_all_writes_filtered_csv_for_dutch_excel() {
    let (tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let file = tmp.path().join("knelpunten.csv");
    let out = casus_on(
        &dirs,
        &[
            "export",
            "--all",
            "group:noord",
            "--excel-nl",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&file).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "format from the .csv extension"
    );
    let (_, rows) = read_back(&bytes[3..], b';');
    assert_eq!(
        of_kind(&rows, "besluit").len(),
        8,
        "S0, S1 and S2 have 3 + 3 + 2 decision points"
    );

    let md = casus_on(&dirs, &["export", "--all", "since:2026-04"]);
    let text = String::from_utf8(md.stdout).unwrap();
    assert!(
        text.starts_with("# Tellen en vertellen\n\n- **Filter:** `since:2026-04`\n"),
        "{text}"
    );
}

#[test]
fn cli_export_says_what_is_wrong() {
    let (_tmp, dirs) = fx::temp_copy(&["noord", "kapot"]);
    let code = |args: &[&str]| casus_on(&dirs, args).status.code();
    assert_eq!(code(&["export"]), Some(2), "no session and no --all");
    assert_eq!(
        code(&["export", S1, "theme:x"]),
        Some(2),
        "a filter needs --all"
    );
    assert_eq!(
        code(&["export", S1, "--excel-nl"]),
        Some(2),
        "--excel-nl is for CSV"
    );
    assert_eq!(code(&["export", "2026"]), Some(2), "an ambiguous prefix");
    assert_eq!(code(&["export", "--all", "foo:bar"]), Some(2));
    assert_eq!(code(&["export", "20991231"]), Some(1), "no such session");

    let (name, _) = fx::broken();
    let broken = dirs[1].join("sessions").join(name);
    let out = casus_on(&dirs, &["export", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with(&format!("{}:9:5: ", broken.display())),
        "{err}"
    );
}

#[test]
fn html_links_images_and_control_characters_in_typed_text_never_reach_a_report() {
    let mut s = fx::s1();
    s.steps[0].decision = "<script>alert(1)</script> <img src=x onerror=alert(1)> \
        [klik](javascript:alert(1)) ![](https://t.example/p.gif)"
        .into();
    s.group = "G\u{1b}]0;title\u{7}\u{1b}[2J".into();
    s.case.title = "<b>Titel</b>".into();
    let report = session_report(&s, Lang::Nl, &tz());
    assert!(!report.contains(['\u{1b}', '\u{7}']), "{report}");
    // Every `<`, `[` and `]` is escaped: none starts HTML, a link or an image.
    let bytes = report.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if matches!(b, b'<' | b'[' | b']') {
            assert_eq!(
                bytes.get(i.wrapping_sub(1)),
                Some(&b'\\'),
                "at {i}:\n{report}"
            );
        }
    }
    assert!(report.contains("# \\<b\\>Titel\\</b\\>"), "{report}");
    assert!(report.contains("\\<script\\>alert(1)"), "{report}");
}
