//! The `casus` binary end to end: exit codes, stdout and stderr.
//!
//! Every run gets its own empty home and config folder and an explicit
//! locale, so nothing on the developer's machine leaks in. Output is piped,
//! as it is in scripts, so `casus` never starts an interactive screen here.

mod common;

use std::path::Path;

use casus::library::Library;

use common::bin::{ROOT, Sandbox, code, stderr, stdout};

/// A sandbox whose runs start in the package root (the fixtures' paths are
/// relative to it), with Dutch as the locale, as on a Dutch workstation.
fn casus() -> Sandbox {
    Sandbox::new().cwd(ROOT)
}

/// The whitespace-separated words of each line after the header.
fn rows(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .skip(1)
        .map(|l| l.split_whitespace().collect())
        .collect()
}

fn header(text: &str) -> Vec<&str> {
    text.lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .collect()
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
    std::fs::write(path, text).expect("write");
}

#[test]
fn version_prints_the_name_and_the_crate_version() {
    let out = casus().run(&["--version"]);
    assert_eq!(code(&out), 0);
    assert_eq!(
        stdout(&out),
        format!("casus {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn help_names_the_commands_and_the_global_options() {
    let out = casus().run(&["--help"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    for word in [
        "Gebruik: casus",
        "list",
        "check",
        "--library",
        "--lang",
        "--data-dir",
    ] {
        assert!(text.contains(word), "--help lacks {word:?}:\n{text}");
    }
    assert_eq!(stderr(&out), "");
}

#[test]
fn bare_casus_with_piped_output_prints_the_help_and_succeeds() {
    let out = casus().run(&[]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.contains("Gebruik: casus"), "{text}");
    assert!(text.contains("check"), "{text}");
}

#[test]
fn list_themes_shows_the_five_sets_with_their_theme_counts() {
    let out = casus().run(&["list", "themes"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(header(&text), ["id", "titel", "thema's", "bestand"]);
    let builtin = Library::load(None, &[]);
    let rows = rows(&text);
    for id in [
        "eigenwijs",
        "utrecht",
        "hervormingsagenda",
        "kwaliteitskompas",
        "reflectie",
    ] {
        let count = builtin
            .theme_set(id)
            .unwrap_or_else(|| panic!("built-in theme set {id}"))
            .themes
            .len();
        let row = rows
            .iter()
            .find(|r| r.first() == Some(&id))
            .unwrap_or_else(|| panic!("no row for {id}:\n{text}"));
        // id, title words..., count, file
        assert_eq!(row[row.len() - 2], count.to_string(), "{text}");
        assert_eq!(row[row.len() - 1], format!("<built-in>/themes/{id}.ron"));
    }
    assert_eq!(rows.len(), 5, "{text}");
}

#[test]
fn list_cases_as_json_parses_and_has_at_least_eleven_cases() {
    let out = casus().run(&["list", "cases", "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    let cases = json.as_array().expect("a JSON array");
    assert!(cases.len() >= 11, "{} cases", cases.len());
    for case in cases {
        assert!(case["id"].is_string(), "{case}");
        assert!(case["title"].is_string(), "{case}");
        assert!(case["steps"].as_u64().is_some_and(|n| n >= 1), "{case}");
    }
}

#[test]
fn list_methods_shows_the_nine_methods() {
    let out = casus().run(&["list", "methods"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let mut ids: Vec<&str> = rows(&text).iter().map(|r| r[0]).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "balint",
            "casus-review",
            "casusbespreking",
            "dilemmamethode",
            "incidentmethode",
            "oplossingsgericht",
            "roddelmethode",
            "signs-of-safety",
            "utrechts-stappenplan"
        ]
    );
}

#[test]
fn check_is_clean_on_the_built_in_library() {
    let out = casus().run(&["check"]);
    let text = stdout(&out);
    assert_eq!(code(&out), 0, "{text}{}", stderr(&out));
    assert!(text.ends_with("Geen problemen.\n"), "{text}");
}

#[test]
fn check_on_a_broken_file_exits_1_and_prints_path_line_col_message() {
    let out = casus().run(&["check", "tests/fixtures/library/methods/minutes-241.ron"]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "tests/fixtures/library/methods/minutes-241.ron:8:52: \
             fase \"stappen\" heeft 241 minuten; gebruik 1 tot en met 240\n"
        ),
        "{text}"
    );
}

#[test]
fn check_on_a_folder_reports_every_broken_file_and_exits_1() {
    let out = casus().run(&["check", "tests/fixtures/library"]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    for line in [
        "tests/fixtures/library/cases/no-steps.ron:8:5: `steps` heeft minstens één beslismoment nodig",
        "tests/fixtures/library/themes/no-themes.ron:6:5: `themes` heeft minstens één thema nodig",
        "tests/fixtures/library/methods/no-phases.ron:6:5: `phases` heeft minstens één fase nodig",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in:\n{text}"
        );
    }
}

#[test]
fn check_on_a_valid_file_exits_0() {
    let out = casus().run(&[
        "check",
        "--strict",
        "tests/fixtures/library/cases/optioneel-kaal-en-some.ron",
    ]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.ends_with("Geen problemen.\n"), "{text}");
}

#[test]
fn check_reports_a_broken_file_once_when_it_is_also_in_a_library_folder() {
    let out = casus().run(&[
        "--library",
        "tests/fixtures/library",
        "check",
        "tests/fixtures/library/cases/no-steps.ron",
    ]);
    assert_eq!(code(&out), 1);
    assert_eq!(
        stdout(&out).lines().next(),
        Some(
            "tests/fixtures/library/cases/no-steps.ron:8:5: `steps` heeft minstens één beslismoment nodig"
        )
    );
    assert_eq!(stdout(&out).lines().count(), 2, "{}", stdout(&out));
}

#[test]
fn check_says_which_file_wins_and_strict_does_not_fail_on_that_note() {
    let casus = casus();
    let builtin = Library::load(None, &[]);
    let mut set = builtin.theme_set("reflectie").expect("reflectie").clone();
    set.title = "Mijn reflectie".into();
    let text = ron::ser::to_string_pretty(&set, ron::ser::PrettyConfig::default()).expect("ron");
    let file = casus.home().join("eigen/themes/reflectie.ron");
    write(&file, &text);
    let shown = file.display().to_string();

    let out = casus.run(&["check", "--strict", &shown]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let first = stdout(&out).lines().next().unwrap_or_default().to_string();
    assert!(first.starts_with(&format!("{shown}:")), "{}", stdout(&out));
    assert!(
        first.ends_with(
            ": opmerking: \"reflectie\" vervangt <built-in>/themes/reflectie.ron: dit bestand telt"
        ),
        "{first}"
    );
}

#[test]
fn check_passes_a_file_with_only_a_warning_and_strict_fails_it() {
    let casus = casus();
    let file = "tests/fixtures/library/cases/personal-data-warning.ron";

    let out = casus.run(&["check", file]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let first = stdout(&out).lines().next().unwrap_or_default().to_string();
    assert!(
        first.starts_with(&format!("{file}:7:40: waarschuwing: ")),
        "{}",
        stdout(&out)
    );

    let out = casus.run(&["check", "--strict", file]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(
        stdout(&out).starts_with(&format!("{file}:7:40: waarschuwing: ")),
        "{}",
        stdout(&out)
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_theme_set_in_the_config_folder_is_listed_and_wins_over_the_built_in() {
    let casus = casus();
    let builtin = Library::load(None, &[]);
    let mut set = builtin.theme_set("reflectie").expect("reflectie").clone();
    set.title = "Reflectie uit de configmap".into();
    let text = ron::ser::to_string_pretty(&set, ron::ser::PrettyConfig::default()).expect("ron");
    let file = casus.config_dir().join("themes/reflectie.ron");
    write(&file, &text);

    let out = casus.run(&["list", "themes"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    let row = text
        .lines()
        .find(|l| l.starts_with("reflectie "))
        .expect("reflectie row");
    assert!(row.contains("Reflectie uit de configmap"), "{row}");
    assert!(row.ends_with(&file.display().to_string()), "{row}");

    let out = casus.run(&["check"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("dit bestand telt"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn the_casus_library_variable_adds_a_library_folder() {
    let casus = casus();
    let out = casus
        .command(&["list", "methods"])
        .env("CASUS_LIBRARY", "tests/fixtures/library")
        .output()
        .expect("casus runs");
    assert_eq!(code(&out), 0);
    assert!(
        rows(&stdout(&out))
            .iter()
            .any(|r| r[0] == "optioneel-kaal-en-some"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn check_on_a_missing_file_exits_1_naming_it() {
    let out = casus().run(&["check", "bestaat/niet.ron"]);
    assert_eq!(code(&out), 1);
    assert!(
        stdout(&out).starts_with("bestaat/niet.ron:1:1: "),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_wrong_usage_exits_2_with_a_message_on_stderr() {
    let out = casus().run(&["list", "nonsense"]);
    assert_eq!(code(&out), 2);
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(err.contains("nonsense"), "{err}");
    assert!(err.contains("cases, themes, methods"), "{err}");
}

#[test]
fn an_unknown_language_is_a_wrong_usage() {
    let out = casus().run(&["--lang", "fr", "list", "themes"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("fr"), "{}", stderr(&out));
}

#[test]
fn lang_en_gives_english_table_headers() {
    let out = casus().run(&["--lang", "en", "list", "themes"]);
    assert_eq!(code(&out), 0);
    assert_eq!(header(&stdout(&out)), ["id", "title", "themes", "file"]);
}

#[test]
fn an_english_lang_variable_gives_english_table_headers() {
    let out = casus()
        .command(&["list", "cases"])
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .output()
        .expect("casus runs");
    assert_eq!(code(&out), 0);
    assert_eq!(
        header(&stdout(&out)),
        ["id", "title", "decision", "points", "file"]
    );
}

#[test]
fn lc_all_wins_over_lang_and_lang_flag_wins_over_both() {
    let casus = casus();
    let out = casus
        .command(&["list", "methods"])
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "nl_NL.UTF-8")
        .output()
        .expect("casus runs");
    assert_eq!(
        header(&stdout(&out)),
        ["id", "titel", "fasen", "minuten", "bestand"]
    );

    let out = casus
        .command(&["--lang", "nl", "list", "methods"])
        .env("LC_ALL", "en_US.UTF-8")
        .output()
        .expect("casus runs");
    assert_eq!(
        header(&stdout(&out)),
        ["id", "titel", "fasen", "minuten", "bestand"]
    );
}

#[test]
fn the_dutch_default_gives_dutch_headers_without_any_locale() {
    let out = casus()
        .command(&["list", "cases"])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("casus runs");
    assert_eq!(code(&out), 0);
    assert_eq!(
        header(&stdout(&out)),
        ["id", "titel", "beslismomenten", "bestand"]
    );
}
