//! Text from files never drives the user's terminal or spreadsheet: a session
//! or case from someone else's folder can hold escape sequences (retitle,
//! clear the screen, hyperlinks), and every command that prints it drops them.

mod common;
mod review_fixtures;

use std::path::Path;
use std::process::Output;

use casus::store::write_session;
use common::bin::{Sandbox, casus_on};
use review_fixtures as fx;

/// Retitles the terminal, rings the bell, clears the screen, and a C1 CSI.
const HOSTILE: &str = "G\u{1b}]0;title\u{7}\u{1b}[2J\u{9b}31m";

/// A byte a terminal would act on: C0 except newline, tab and a CR before a
/// newline; DEL; and the C1 range (as UTF-8: 0xC2 0x80..=0x9F).
fn first_control(bytes: &[u8]) -> Option<usize> {
    (0..bytes.len()).find(|&i| {
        let b = bytes[i];
        let crlf = b == b'\r' && bytes.get(i + 1) == Some(&b'\n');
        (b < 0x20 && b != b'\n' && b != b'\t' && !crlf)
            || b == 0x7f
            || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })
}

fn assert_clean(what: &str, out: &Output) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        if let Some(i) = first_control(bytes) {
            panic!(
                "{what}: {stream} has a control byte at {i}: {:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }
}

/// A data folder holding one session whose typed texts carry escape sequences.
fn hostile_folder(root: &Path) -> std::path::PathBuf {
    let mut s = fx::s1();
    s.group = HOSTILE.into();
    s.case.title = format!("Titel {HOSTILE}");
    s.steps[0].decision = format!("ouders {HOSTILE} bellen");
    let data = root.join("data");
    let sessions = data.join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    write_session(&sessions.join(format!("{}.ron", s.id)), &s).unwrap();
    data
}

#[test]
fn no_command_prints_the_escape_sequences_a_session_file_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = vec![hostile_folder(tmp.path())];
    let id = fx::s1().id;
    for args in [
        vec!["list", "sessions"],
        vec!["list", "sessions", "--format", "json"],
        vec!["search", "ouders"],
        vec!["stats"],
        vec!["export", id.as_str()],
        vec!["export", id.as_str(), "--format", "csv"],
        vec!["export", id.as_str(), "--format", "csv", "--excel-nl"],
        vec!["export", "--all"],
    ] {
        let out = casus_on(&dirs, &args);
        assert!(out.status.success(), "{args:?}: {out:?}");
        assert!(
            args[0] == "stats" || String::from_utf8_lossy(&out.stdout).contains("title"),
            "{args:?} still shows the text around the sequence: {out:?}"
        );
        assert_clean(&format!("{args:?}"), &out);
    }
}

#[test]
fn a_file_name_with_an_escape_sequence_is_named_without_it() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("sessions")).unwrap();
    std::fs::write(
        data.join("sessions").join(format!("x{HOSTILE}.ron")),
        "geen sessie",
    )
    .unwrap();
    let out = casus_on(&[data], &["list", "sessions"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("title"),
        "{out:?}"
    );
    assert_clean("list sessions", &out);
}

#[test]
fn a_case_title_with_an_escape_sequence_is_listed_without_it() {
    let sandbox = Sandbox::new();
    let library = sandbox.root().join("library");
    std::fs::create_dir_all(library.join("cases")).unwrap();
    let case =
        std::fs::read_to_string(Path::new(common::bin::ROOT).join("cases/signaal-van-school.ron"))
            .unwrap();
    let first_title = case.find("title: \"").unwrap() + "title: \"".len();
    let mut case = case;
    case.insert_str(first_title, HOSTILE);
    std::fs::write(library.join("cases/signaal-van-school.ron"), case).unwrap();
    let out = sandbox.run(&["--library", library.to_str().unwrap(), "list", "cases"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("title"),
        "{out:?}"
    );
    assert_clean("list cases", &out);
}
