//! `casus report`, the signalenrapportage: Markdown (snapshot) and CSV
//! (read back), practice sessions left out, a signal linked across two
//! sessions counted once with both sessions behind it, actions done in the
//! quarter they were done.

mod common;
mod review_fixtures;

use casus::export::report::{ReportFormat, report};
use casus::i18n::Lang;
use casus::model::{ActionStatus, Bottleneck, BottleneckStatus, Level, Session, StatusChange};
use casus::review::Filter;
use common::bin::{Sandbox, code, stderr, stdout, tz};
use review_fixtures as fx;

/// S1, S2 and S4 of the review fixtures, with follow-up: S4 raises S1's
/// "no shared file with school" again (linked) and got an answer; S1's
/// action was done in February; plus a practice session whose knelpunt
/// must never show.
fn sessions() -> Vec<Session> {
    let mut s1 = fx::s1();
    let a = &mut s1.actions[0];
    a.status = ActionStatus::Done;
    a.history.push(StatusChange {
        at: "2026-02-10T09:00:00Z".parse().unwrap(),
        status: ActionStatus::Done,
        note: "afspraak staat".into(),
        session: None,
    });
    s1.bottlenecks[0].level = Some(Level::Municipality);
    let mut s4 = fx::s4();
    s4.bottlenecks.push(Bottleneck {
        id: "k-9".into(),
        step: Some("aanmelding".into()),
        text: "Weer geen gedeeld dossier met school".into(),
        owner: Some("gemeente".into()),
        level: Some(Level::Municipality),
        themes: vec!["eigenwijs/eerste-lijn-dichtbij".into()],
        due: Some("2026-07-01".parse().unwrap()),
        answer: "De gemeente start een pilot met een gedeeld dossier.".into(),
        links: vec![format!("{}/k-1", fx::S1)],
        ..Bottleneck::default()
    });
    s4.bottlenecks.last_mut().unwrap().set_status(
        BottleneckStatus::Answered,
        "2026-05-20T10:00:00Z".parse().unwrap(),
        "brief van de wethouder".into(),
        None,
    );
    let mut practice = fx::s5();
    practice.practice = true;
    practice.bottlenecks.push(Bottleneck {
        id: "k-1".into(),
        text: "OEFENKNELPUNT".into(),
        owner: Some("Gemeente".into()),
        ..Bottleneck::default()
    });
    vec![s1, fx::s2(), s4, practice]
}

/// A sandbox whose data folder holds [`sessions`].
fn sandbox() -> Sandbox {
    let sandbox = Sandbox::new();
    std::fs::create_dir_all(sandbox.sessions()).unwrap();
    for s in sessions() {
        let path = sandbox.sessions().join(format!("{}.ron", s.id));
        std::fs::write(path, casus::store::to_ron(&s)).unwrap();
    }
    sandbox
}

fn run(sandbox: &Sandbox, args: &[&str]) -> std::process::Output {
    let data = sandbox.data();
    let mut all = vec!["--data-dir", data.to_str().unwrap()];
    all.extend(args);
    sandbox.run(&all)
}

#[test]
fn the_markdown_report_in_dutch() {
    let sandbox = sandbox();
    let out = run(&sandbox, &["--lang", "nl", "report"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let md = stdout(&out);
    assert!(!md.contains("OEFENKNELPUNT"), "practice left out:\n{md}");
    assert!(
        md.contains("Oefensessies tellen niet mee (1 weggelaten)."),
        "{md}"
    );
    insta::assert_snapshot!(md);
}

#[test]
fn the_markdown_report_in_english_is_the_pure_function_s() {
    let sessions = sessions();
    let refs: Vec<&Session> = sessions.iter().collect();
    let md = report(
        &refs,
        &Filter::default(),
        Lang::En,
        &tz(),
        "2026-12-03".parse().unwrap(),
        ReportFormat::Markdown,
    );
    let sandbox = sandbox();
    let out = run(&sandbox, &["--lang", "en", "report", "--format", "md"]);
    assert_eq!(
        stdout(&out),
        md,
        "the command prints what the function gives"
    );
    insta::assert_snapshot!(md);
}

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

fn col(headers: &[String], name: &str) -> usize {
    headers
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

#[test]
fn the_csv_counts_a_linked_signal_once_with_its_two_sessions() {
    let sandbox = sandbox();
    let out = run(&sandbox, &["report", "--format", "csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (h, rows) = read_back(&out.stdout, b',');
    assert_eq!(h, casus::export::report::COLUMNS);
    let signals: Vec<_> = rows
        .iter()
        .filter(|r| r[col(&h, "kind")] == "signal")
        .collect();
    // S1: two knelpunten (one linked from S4), S2: one, S4: two (one the link).
    assert_eq!(signals.len(), 4, "{rows:?}");
    assert!(rows.iter().all(|r| r[col(&h, "text")] != "OEFENKNELPUNT"));
    let linked = signals
        .iter()
        .find(|r| r[col(&h, "text")] == "Geen gedeeld dossier met school")
        .expect("the linked signal, under its first text");
    assert_eq!(linked[col(&h, "quarter")], "2026-Q1", "first raised in S1");
    assert_eq!(linked[col(&h, "owner")], "Gemeente");
    assert_eq!(linked[col(&h, "sessions")], "2");
    assert_eq!(
        linked[col(&h, "session_ids")],
        format!("{} {}", fx::S1, fx::S4)
    );
    assert_eq!(linked[col(&h, "status")], "answered", "the latest change");
    assert_eq!(linked[col(&h, "level")], "municipality");
    assert_eq!(linked[col(&h, "due")], "2026-07-01");
    assert_eq!(
        linked[col(&h, "answer")],
        "De gemeente start een pilot met een gedeeld dossier."
    );
    assert_eq!(
        linked[col(&h, "history")],
        "2026-01-15 named\n2026-05-05 named: Weer geen gedeeld dossier met school\n2026-05-20 answered: brief van de wethouder"
    );
    assert!(
        linked[col(&h, "stories")]
            .contains("decision 2026-01-15 (De melding): We bellen de ouders"),
        "{}",
        linked[col(&h, "stories")]
    );
    assert!(
        !rows
            .iter()
            .any(|r| r[col(&h, "text")] == "Weer geen gedeeld dossier met school")
    );
    let done: Vec<_> = rows
        .iter()
        .filter(|r| r[col(&h, "kind")] == "action")
        .collect();
    assert_eq!(done.len(), 1);
    assert_eq!(done[0][col(&h, "quarter")], "2026-Q1");
    assert_eq!(done[0][col(&h, "owner")], "AB");
    assert_eq!(done[0][col(&h, "done")], "2026-02-10");
    assert_eq!(done[0][col(&h, "status")], "done");
}

#[test]
fn the_dutch_excel_csv_has_a_bom_semicolons_and_dutch_words() {
    let sandbox = sandbox();
    let out = run(&sandbox, &["report", "--format", "csv", "--excel-nl"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let bytes = out
        .stdout
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a BOM");
    let (h, rows) = read_back(bytes, b';');
    assert_eq!(h, casus::export::report::COLUMNS_NL);
    let linked = rows.iter().find(|r| r[col(&h, "sessies")] == "2").unwrap();
    assert_eq!(linked[col(&h, "status")], "beantwoord");
    assert_eq!(linked[col(&h, "niveau")], "gemeente");
    assert_eq!(linked[col(&h, "soort")], "signaal");
}

#[test]
fn a_filter_narrows_the_report_and_o_writes_a_file() {
    let sandbox = sandbox();
    let file = sandbox.root().join("signalen.csv");
    let out = run(
        &sandbox,
        &["report", "groep:zuid", "-o", file.to_str().unwrap()],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    let (h, rows) = read_back(&std::fs::read(&file).unwrap(), b',');
    // Only S4: its own knelpunt and the one it raised again (counted from S4 alone).
    let texts: Vec<&str> = rows.iter().map(|r| r[col(&h, "text")].as_str()).collect();
    assert_eq!(
        texts,
        [
            "Weer geen gedeeld dossier met school",
            "Geen budget voor overbrugging"
        ]
    );
    assert!(rows.iter().all(|r| r[col(&h, "sessions")] == "1"));
}

#[test]
fn excel_nl_without_csv_is_a_usage_error() {
    let sandbox = sandbox();
    let out = run(&sandbox, &["--lang", "en", "report", "--excel-nl"]);
    assert_eq!(code(&out), 2);
    assert_eq!(stderr(&out), "casus: --excel-nl goes with --format csv.\n");
}

#[test]
fn hostile_text_in_a_knelpunt_cannot_reach_the_terminal_or_run_as_a_formula() {
    let sandbox = sandbox();
    let mut s = fx::s0();
    s.bottlenecks.push(Bottleneck {
        id: "k-1".into(),
        text: "=HYPERLINK(\"x\") <img src=x> \u{1b}]0;pwned\u{7}".into(),
        owner: Some("@owner".into()),
        ..Bottleneck::default()
    });
    let path = sandbox.sessions().join(format!("{}.ron", s.id));
    std::fs::write(path, casus::store::to_ron(&s)).unwrap();
    let md = stdout(&run(&sandbox, &["report"]));
    assert!(!md.contains('\u{1b}'), "{md:?}");
    assert!(md.contains("\\<img src=x\\>"), "{md}");
    let csv = run(&sandbox, &["report", "--format", "csv"]);
    let (h, rows) = read_back(&csv.stdout, b',');
    let row = rows
        .iter()
        .find(|r| r[col(&h, "id")] == "k-1" && r[col(&h, "session")] == fx::S0)
        .unwrap();
    assert!(row[col(&h, "text")].starts_with("'="), "{row:?}");
    assert_eq!(row[col(&h, "owner")], "'@owner");
}

#[test]
fn links_join_both_ways_and_a_link_to_a_session_not_reported_is_ignored() {
    let mut sessions = sessions();
    // S1 links back to S4 too, and S2 to a session nobody has.
    sessions[0].bottlenecks[0]
        .links
        .push(format!("{}/k-9", fx::S4));
    sessions[1].bottlenecks[0]
        .links
        .push("20990101-120000-zzzzzz/k-1".into());
    let refs: Vec<&Session> = sessions.iter().collect();
    let csv = report(
        &refs,
        &Filter::default(),
        Lang::Nl,
        &tz(),
        "2026-12-03".parse().unwrap(),
        ReportFormat::Csv(casus::export::csv::Dialect::Standard),
    );
    let (h, rows) = read_back(csv.as_bytes(), b',');
    let sessions: Vec<&str> = rows
        .iter()
        .filter(|r| r[col(&h, "kind")] == "signal")
        .map(|r| r[col(&h, "sessions")].as_str())
        .collect();
    assert_eq!(sessions, ["2", "1", "1", "1"], "{rows:?}");
    // knelpunt: asks for a status; a signal shows when one of its knelpunten has it.
    let answered = Filter::parse("knelpunt:resolved").unwrap();
    let csv = report(
        &refs,
        &answered,
        Lang::Nl,
        &tz(),
        "2026-12-03".parse().unwrap(),
        ReportFormat::Csv(casus::export::csv::Dialect::Standard),
    );
    let (h, rows) = read_back(csv.as_bytes(), b',');
    let texts: Vec<&str> = rows
        .iter()
        .filter(|r| r[col(&h, "kind")] == "signal")
        .map(|r| r[col(&h, "text")].as_str())
        .collect();
    assert_eq!(texts, ["Geen budget voor overbrugging"]);
}
