//! The command line's other messages in the interface language (issue 11,
//! findings 10 and 11): the export's warning names the kind of personal
//! data in words, and every error sentence on stderr starts with `casus:`.

mod common;
mod review_fixtures;

use common::bin::{Sandbox, casus_on, code, stderr, stdout};
use review_fixtures as fx;
use review_fixtures::S1;

/// Noord, with a phone number typed into S1's first decision.
fn noord_with_a_phone_number() -> (tempfile::TempDir, Vec<std::path::PathBuf>) {
    let (tmp, dirs) = fx::temp_copy(&["noord"]);
    let file = dirs[0].join("sessions").join(format!("{S1}.ron"));
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen(
        "We bellen de ouders nog dezelfde dag.",
        "We bellen de ouders op 06-12345678.",
        1,
    );
    std::fs::write(&file, text).unwrap();
    (tmp, dirs)
}

#[test]
fn the_export_warning_names_the_kind_of_personal_data_in_the_interface_language() {
    let (_tmp, dirs) = noord_with_a_phone_number();
    let nl = casus_on(&dirs, &["export", S1]);
    assert_eq!(code(&nl), 0);
    let warning = stderr(&nl);
    assert!(
        warning.contains("mogelijk persoonsgegevens (telefoonnummer) in de export"),
        "{warning}"
    );
    let en = casus_on(&dirs, &["--lang", "en", "export", S1]);
    let warning = stderr(&en);
    assert!(
        warning.contains("possibly personal data (phone number) in the export"),
        "{warning}"
    );
    assert!(!warning.contains("(phone)"), "{warning}");
}

#[test]
fn every_error_sentence_starts_with_casus() {
    let (_tmp, dirs) = fx::temp_copy(&["noord"]);
    let sandbox = Sandbox::new();
    let missing = sandbox.home().join("bestaat-niet.ron");
    let missing = missing.display().to_string();
    let runs = [
        casus_on(&dirs, &["export"]),
        casus_on(&dirs, &["export", "20991231"]),
        casus_on(&dirs, &["stats", "foo:bar"]),
        casus_on(&dirs, &["list", "cases", "theme:x"]),
        casus_on(&dirs, &["new", "--case", "bestaat-niet"]),
        casus_on(&dirs, &["--lang", "en", "new", "--method", "geen"]),
        casus_on(&dirs, &["--bestaat-niet"]),
        sandbox.run(&["check", &sandbox.home().display().to_string()]),
        casus_on(
            &dirs,
            &["export", S1, "-o", "/nonexistent-folder/x/report.md"],
        ),
    ];
    for out in &runs {
        let err = stderr(out);
        assert!(!err.trim().is_empty(), "says something");
        for line in err.lines().filter(|l| !l.trim().is_empty()) {
            assert!(line.starts_with("casus: "), "{line:?} in:\n{err}");
        }
    }
    // A file's own problem names the file first, as `check` does.
    let out = sandbox.run(&["check", &missing]);
    assert_eq!(code(&out), 1);
    assert!(
        stdout(&out).starts_with(&format!("{missing}:1:1: ")),
        "{}",
        stdout(&out)
    );
    // A search without hits is no error: it says so, plainly.
    let none = casus_on(&dirs, &["search", "xyzzy"]);
    assert_eq!(code(&none), 0);
    assert_eq!(stderr(&none), "Niets gevonden voor \"xyzzy\".\n");
}
