//! The command line speaks the interface language: `--help` (headings,
//! descriptions, examples), argument errors (one `casus:` sentence, exit 2),
//! and the generated completion scripts and man page.

mod common;

use common::bin::{Sandbox, code, stderr, stdout};

fn dutch() -> Sandbox {
    Sandbox::new().lang(Some("nl_NL.UTF-8"))
}

fn english() -> Sandbox {
    Sandbox::new().lang(Some("en_GB.UTF-8"))
}

const ENGLISH_HEADINGS: [&str; 5] = ["Usage:", "Commands:", "Arguments:", "Options:", "Examples:"];

#[test]
fn help_is_dutch_under_a_dutch_locale() {
    let out = dutch().run(&["--help"]);
    assert_eq!(code(&out), 0);
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    for word in [
        "Gebruik: casus [OPTIES] [OPDRACHT]",
        "Opdrachten:",
        "Opties:",
        "Voorbeelden:",
        "Begin een nieuwe sessie",
        "Toon deze hulp",
        "Toon de versie",
        "completions",
        "man",
    ] {
        assert!(text.contains(word), "Dutch --help lacks {word:?}:\n{text}");
    }
    for heading in ENGLISH_HEADINGS {
        assert!(
            !text.contains(heading),
            "Dutch --help has {heading:?}:\n{text}"
        );
    }
    assert!(!text.contains("Print help"), "{text}");
}

#[test]
fn help_is_english_with_lang_en_or_an_english_locale() {
    for (sandbox, args) in [
        (dutch(), &["--lang", "en", "--help"][..]),
        (dutch(), &["--help", "--lang=en"][..]),
        (english(), &["--help"][..]),
    ] {
        let out = sandbox.run(args);
        assert_eq!(code(&out), 0, "{args:?}");
        let text = stdout(&out);
        for word in [
            "Usage: casus [OPTIONS] [COMMAND]",
            "Commands:",
            "Options:",
            "Examples:",
            "Start a new session",
            "Print help",
        ] {
            assert!(
                text.contains(word),
                "{args:?}: English --help lacks {word:?}:\n{text}"
            );
        }
        assert!(!text.contains("Gebruik"), "{text}");
    }
}

#[test]
fn lang_nl_wins_over_an_english_locale() {
    let out = english().run(&["--lang", "nl", "--help"]);
    assert!(stdout(&out).contains("Gebruik: casus"), "{}", stdout(&out));
}

#[test]
fn help_of_a_subcommand_is_dutch_with_its_arguments_and_values() {
    let out = dutch().run(&["list", "--help"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    for word in [
        "Toon de casussen, themasets, werkvormen, sessies, knelpunten of acties.",
        "Gebruik: casus list [OPTIES] <WHAT> [FILTER]...",
        "Argumenten:",
        "Opties:",
        "[mogelijk: table, csv, json] [standaard: table]",
        "[mogelijk: cases, themes, methods, sessions, bottlenecks, actions]",
    ] {
        assert!(text.contains(word), "list --help lacks {word:?}:\n{text}");
    }
    for english in ["possible values", "default:", "Arguments:", "Options:"] {
        assert!(
            !text.contains(english),
            "list --help has {english:?}:\n{text}"
        );
    }
    // The arguments in the order they are typed.
    assert!(
        text.find("<WHAT>  ").unwrap() < text.find("[FILTER]...  ").unwrap(),
        "{text}"
    );
}

#[test]
fn an_unknown_flag_is_one_dutch_sentence_and_exit_2() {
    let out = dutch().run(&["list", "cases", "--xyzzy"]);
    assert_eq!(code(&out), 2);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "casus: onbekend argument `--xyzzy`. Zie `casus --help`.\n"
    );
    // A near miss gets clap's suggestion, in the same sentence.
    let out = dutch().run(&["list", "cases", "--formaat", "json"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "casus: onbekend argument `--formaat` (bedoelde je `--format`?). Zie `casus --help`.\n"
    );
}

#[test]
fn an_unknown_flag_is_english_with_lang_en() {
    let out = dutch().run(&["--lang", "en", "--frobnicate"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "casus: unknown argument `--frobnicate`. See `casus --help`.\n"
    );
}

#[test]
fn an_invalid_format_names_the_possible_values_in_dutch() {
    let out = dutch().run(&["list", "cases", "--format", "xyz"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "casus: `xyz` is geen geldige waarde voor --format <FORMAT>; mogelijk zijn: table, csv of json. Zie `casus --help`.\n"
    );
}

#[test]
fn a_missing_argument_and_a_mistyped_command_are_named() {
    let out = dutch().run(&["list"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).starts_with("casus: <WHAT> ontbreekt."),
        "{}",
        stderr(&out)
    );
    let out = english().run(&["lsit"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).starts_with("casus: unknown command `lsit` (did you mean `list`?)."),
        "{}",
        stderr(&out)
    );
}

#[test]
fn completions_bash_prints_a_script_for_casus() {
    let out = dutch().run(&["completions", "bash"]);
    assert_eq!(code(&out), 0);
    assert_eq!(stderr(&out), "");
    let script = stdout(&out);
    assert!(script.contains("_casus()"), "{script}");
    assert!(script.contains("complete -F _casus"), "{script}");
    assert!(script.contains("completions"), "{script}");
    for shell in ["zsh", "fish", "powershell"] {
        let out = dutch().run(&["completions", shell]);
        assert_eq!(code(&out), 0, "{shell}");
        assert!(stdout(&out).contains("casus"), "{shell}");
    }
}

#[test]
fn man_prints_roff_in_the_interface_language() {
    let out = dutch().run(&["man"]);
    assert_eq!(code(&out), 0);
    let roff = stdout(&out);
    assert!(roff.contains(".TH casus 1"), "{roff}");
    assert!(roff.contains(".SH NAAM"), "{roff}");
    assert!(roff.contains("Begin een nieuwe sessie"), "{roff}");
    let out = dutch().run(&["--lang", "en", "man"]);
    let roff = stdout(&out);
    assert!(roff.contains(".SH NAME"), "{roff}");
    assert!(roff.contains("Start a new session"), "{roff}");
}
