//! `casus check` speaks the interface language (issue 11, finding 10):
//! every diagnostic, RON's own syntax errors included, is one sentence in
//! Dutch under a Dutch locale and in English under an English one, at
//! `path:line:col`; so are `casus new`'s unknown ids.

mod common;

use common::bin::{Sandbox, code, stderr, stdout};

/// A sandbox in the crate root (the fixtures' paths are relative to it).
fn dutch() -> Sandbox {
    Sandbox::new()
        .lang(Some("nl_NL.UTF-8"))
        .cwd(env!("CARGO_MANIFEST_DIR"))
}

fn english() -> Sandbox {
    Sandbox::new()
        .lang(Some("en_GB.UTF-8"))
        .cwd(env!("CARGO_MANIFEST_DIR"))
}

/// A case with a comma missing after `title` (line 4), so RON stops at `summary` (line 5).
const MISSING_COMMA: &str = "(\n    schema_version: 1,\n    id: \"komma\",\n    title: \"Zonder komma\"\n    summary: \"s\",\n    context: \"c\",\n    steps: [(id: \"a\", title: \"t\", situation: \"s\", question: \"v\")],\n)\n";

/// A case whose decision point has a number for a title (line 7, column 29).
const WRONG_TYPE: &str = "(\n    schema_version: 1,\n    id: \"getal\",\n    title: \"T\",\n    summary: \"s\",\n    context: \"c\",\n    steps: [(id: \"a\", title: 5, situation: \"s\", question: \"v\")],\n)\n";

/// Writes `text` as `cases/NAME` in the sandbox and checks it.
fn check_case(sandbox: &Sandbox, name: &str, text: &str) -> (i32, String) {
    let path = sandbox.home().join("lib/cases").join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    let shown = path.display().to_string();
    let out = sandbox.run(&["check", &shown]);
    let text = stdout(&out).replace(&format!("{shown}:"), "FILE:");
    (code(&out), text)
}

#[test]
fn a_missing_comma_is_a_dutch_sentence_at_its_place() {
    let (code, text) = check_case(&dutch(), "komma.ron", MISSING_COMMA);
    assert_eq!(code, 1, "{text}");
    assert_eq!(
        text,
        "FILE:5:5: hier hoort een komma: zet er een na het vorige veld of element\n\
         Fouten: 1, waarschuwingen: 0, bestanden: 1.\n"
    );
}

#[test]
fn a_missing_comma_is_an_english_sentence_under_an_english_locale() {
    let (code, text) = check_case(&english(), "komma.ron", MISSING_COMMA);
    assert_eq!(code, 1, "{text}");
    assert_eq!(
        text,
        "FILE:5:5: a comma belongs here: put one after the previous field or element\n\
         Errors: 1, warnings: 0, files: 1.\n"
    );
}

#[test]
fn a_value_of_the_wrong_type_says_what_belongs_there_in_each_language() {
    let (_, nl) = check_case(&dutch(), "getal.ron", WRONG_TYPE);
    assert!(
        nl.starts_with("FILE:7:29: hier hoort een tekst tussen aanhalingstekens\n"),
        "{nl}"
    );
    let (_, en) = check_case(&english(), "getal.ron", WRONG_TYPE);
    assert!(
        en.starts_with("FILE:7:29: a string in quotes belongs here\n"),
        "{en}"
    );
}

/// Words of RON's and our former English messages that must not reach a
/// Dutch user.
const ENGLISH: [&str; 12] = [
    "Expected",
    "Unexpected",
    "expected",
    " is not ",
    "needs",
    "used twice",
    "overrides",
    "cannot",
    "this file",
    "looks like",
    "minutes",
    "the file",
];

#[test]
fn every_diagnostic_of_the_broken_fixtures_is_dutch_under_a_dutch_locale() {
    let out = dutch().run(&["check", "tests/fixtures/library"]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(text.lines().count() > 20, "{text}");
    for line in text.lines() {
        // The message after `path:line:col: ` (file names may be English).
        let message = line
            .split_once(".ron:")
            .and_then(|(_, rest)| rest.split_once(": "))
            .map_or(line, |(_, m)| m);
        for word in ENGLISH {
            assert!(!message.contains(word), "English {word:?} in: {line}");
        }
    }
    for line in [
        "tests/fixtures/library/cases/unknown-field.ron:14:13: onbekend veld `outcom` in `Step`; \
         mogelijk zijn `id`, `title`, `situation`, `question`, `options`, `outcome`, \
         `facilitator_notes` of `suggested_themes`",
        "tests/fixtures/library/cases/personal-data-warning.ron:7:40: waarschuwing: dit lijken \
         persoonsgegevens (e-mailadres); anonimiseer ze voordat je de casus deelt",
        "tests/fixtures/library/cases/invalid-case-id.ron:4:9: casus-id \"Ongeldige Casus\" is niet \
         geldig: gebruik kleine letters a-z, cijfers 0-9 en '-', en begin met een letter",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in:\n{text}"
        );
    }
}

#[test]
fn the_broken_fixtures_are_english_under_an_english_locale() {
    let out = english().run(&["check", "tests/fixtures/library"]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    for line in [
        "tests/fixtures/library/cases/syntax-unclosed-string.ron:9:69: this string is not closed: \
         a \" is missing",
        "tests/fixtures/library/cases/missing-field.ron:9:57: the field `question` is missing in `Step`",
        "tests/fixtures/library/methods/minutes-241.ron:8:52: phase \"stappen\" has 241 minutes; \
         use 1 to 240",
        "tests/fixtures/library/cases/personal-data-warning.ron:7:40: warning: this looks like \
         personal data (e-mail address); anonymise it before sharing the case",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in:\n{text}"
        );
    }
    assert!(
        text.ends_with("Errors: 21, warnings: 1, files: 27.\n"),
        "{text}"
    );
}

#[test]
fn an_unknown_case_method_or_theme_set_is_named_in_the_interface_language() {
    let out = dutch().run(&["new", "--case", "bestaat-niet"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "casus: onbekende casus \"bestaat-niet\"; zie `casus list cases`.\n"
    );
    let out = dutch().run(&["new", "--method", "geen"]);
    assert_eq!(
        stderr(&out),
        "casus: onbekende methode \"geen\"; zie `casus list methods`.\n"
    );
    let out = english().run(&["new", "--themes", "geen"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "casus: unknown theme set \"geen\"; see `casus list themes`.\n"
    );
}

#[test]
fn no_files_to_check_is_an_error_that_starts_with_casus() {
    let sandbox = dutch();
    let empty = sandbox.home().join("leeg");
    std::fs::create_dir_all(&empty).unwrap();
    let out = sandbox.run(&["check", &empty.display().to_string()]);
    assert_eq!(code(&out), 1);
    assert_eq!(
        stderr(&out),
        "casus: geen .ron-bestanden gevonden om te controleren.\n"
    );
}
