//! The library loader as FORMAT.md specifies it: what loads, what is refused
//! and where each problem is reported (`path:line:col: message`).
//!
//! Fixtures live in `tests/fixtures/library/{cases,themes,methods}/`: a few
//! valid files and one broken file per validation rule. Paths are relative to
//! the package root, which is where cargo runs integration tests.
//! (One broken fixture per rule: `library_refused.rs`; layers and the
//! documentation: `library_layers.rs`.)

mod library_fixtures;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use casus::library::{Kind, Library, Origin, Severity, SourceFile, builtin_sources};
use casus::model::{Case, Step};
use library_fixtures::{FIXTURES, diagnostics_of, fixture};

/// Fixtures that load with a warning only.
const WARNING_FIXTURES: &[&str] = &["cases/personal-data-warning.ron"];

/// Fixtures that must load without any diagnostic.
const VALID_FIXTURES: &[&str] = &[
    "cases/geen-schema-versie.ron",
    "cases/optioneel-kaal-en-some.ron",
    "themes/optioneel-kaal-en-some.ron",
    "themes/byte-order-mark.ron",
    "methods/optioneel-kaal-en-some.ron",
];

fn source(kind: Kind, path: &str, origin: Origin, text: &str) -> SourceFile {
    SourceFile {
        kind,
        path: path.to_string(),
        origin,
        text: text.to_string(),
    }
}

fn read_fixture(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).expect("fixture is readable UTF-8")
}

fn ids<T>(entries: &[casus::library::Entry<T>], id: impl Fn(&T) -> &str) -> Vec<String> {
    entries.iter().map(|e| id(&e.item).to_string()).collect()
}

// ---------------------------------------------------------------------------
// The built-in library
// ---------------------------------------------------------------------------

#[test]
fn every_built_in_file_loads_without_any_diagnostic() {
    let files = builtin_sources();
    assert!(!files.is_empty(), "no built-in files are embedded");
    let lib = Library::from_sources(&files);
    let problems: Vec<String> = lib.diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "built-in problems:\n{}",
        problems.join("\n")
    );
    for file in &files {
        let loaded = lib.cases.iter().any(|e| e.path == file.path)
            || lib.theme_sets.iter().any(|e| e.path == file.path)
            || lib.methods.iter().any(|e| e.path == file.path);
        assert!(loaded, "{} did not load", file.path);
    }
}

#[test]
fn every_built_in_file_starts_with_schema_version_1() {
    for file in builtin_sources() {
        let first_field = file
            .text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("//") && *l != "(");
        assert_eq!(
            first_field,
            Some("schema_version: 1,"),
            "{} should open with `schema_version: 1,`",
            file.path
        );
    }
}

#[test]
fn the_built_in_library_has_the_five_theme_sets() {
    let lib = Library::load(None, &[]);
    let mut expected = vec![
        "eigenwijs",
        "utrecht",
        "hervormingsagenda",
        "kwaliteitskompas",
        "reflectie",
    ];
    expected.sort_unstable();
    assert_eq!(ids(&lib.theme_sets, |s| &s.id), expected);
    assert!(lib.theme_sets.iter().all(|e| e.origin == Origin::BuiltIn));
}

#[test]
fn the_built_in_library_has_the_nine_methods() {
    let lib = Library::load(None, &[]);
    let mut expected = vec![
        "casusbespreking",
        "incidentmethode",
        "dilemmamethode",
        "casus-review",
        "balint",
        "roddelmethode",
        "signs-of-safety",
        "utrechts-stappenplan",
        "oplossingsgericht",
    ];
    expected.sort_unstable();
    assert_eq!(ids(&lib.methods, |m| &m.id), expected);
    assert!(lib.method(casus::library::DEFAULT_METHOD).is_some());
}

#[test]
fn the_built_in_library_has_at_least_eleven_cases_of_four_to_seven_decision_points() {
    let lib = Library::load(None, &[]);
    assert!(
        lib.cases.len() >= 11,
        "{} built-in cases, expected at least 11",
        lib.cases.len()
    );
    for entry in &lib.cases {
        let steps = entry.item.steps.len();
        assert!(
            (4..=7).contains(&steps),
            "{} has {steps} decision points, expected 4 to 7",
            entry.path
        );
    }
}

// ---------------------------------------------------------------------------
// What loads
// ---------------------------------------------------------------------------

#[test]
fn every_valid_fixture_loads_without_any_diagnostic() {
    for name in VALID_FIXTURES {
        assert_eq!(diagnostics_of(name), Vec::<String>::new(), "fixture {name}");
    }
}

#[test]
fn a_file_without_schema_version_loads_as_version_1() {
    let lib = Library::load(None, &[PathBuf::from(FIXTURES)]);
    let case = lib.case("geen-schema-versie").expect("the case loads");
    assert_eq!(case.schema_version, 1);
    assert_eq!(case.language, "nl", "language defaults to nl");
}

#[test]
fn optional_values_load_written_bare_and_as_some() {
    let lib = Library::load(None, &[PathBuf::from(FIXTURES)]);

    let case = lib.case("optioneel-kaal-en-some").expect("the case loads");
    assert_eq!(
        case.steps[0].outcome.as_deref(),
        Some("Kaal geschreven uitkomst.")
    );
    assert_eq!(
        case.steps[0].facilitator_notes.as_deref(),
        Some("Kale hint.")
    );
    assert_eq!(case.steps[1].outcome.as_deref(), Some("Uitkomst in Some."));
    assert_eq!(
        case.steps[1].facilitator_notes.as_deref(),
        Some("Hint in Some.")
    );

    let set = lib
        .theme_set("optioneel-kaal-en-some")
        .expect("the theme set loads");
    assert_eq!(set.source.as_deref(), Some("Kaal geschreven bron"));
    assert_eq!(set.description.as_deref(), Some("Beschrijving in Some."));
    assert_eq!(
        set.themes[0].description.as_deref(),
        Some("Kale beschrijving.")
    );
    assert_eq!(
        set.themes[1].description.as_deref(),
        Some("Beschrijving in Some.")
    );

    let method = lib
        .method("optioneel-kaal-en-some")
        .expect("the method loads");
    assert_eq!(
        method.description.as_deref(),
        Some("Kaal geschreven beschrijving.")
    );
    assert_eq!(method.phases[0].prompt.as_deref(), Some("Kale prompt."));
    assert_eq!(method.phases[1].prompt.as_deref(), Some("Prompt in Some."));
}

#[test]
fn personal_data_in_a_case_is_a_warning_at_its_position_and_the_case_loads() {
    let path = fixture("cases/personal-data-warning.ron");
    let lib = Library::load(None, &[PathBuf::from(FIXTURES)]);
    let found: Vec<_> = lib.diagnostics.iter().filter(|d| d.path == path).collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!((found[0].line, found[0].col), (7, 40));
    assert!(lib.case("personal-data-warning").is_some());
}

#[test]
fn a_utf8_byte_order_mark_at_the_start_is_ignored() {
    let lib = Library::load(None, &[PathBuf::from(FIXTURES)]);
    let set = lib
        .theme_set("byte-order-mark")
        .expect("the theme set loads");
    assert_eq!(set.themes[0].label, "Eén");
}

#[test]
fn one_broken_file_never_keeps_the_others_from_loading() {
    let lib = Library::load(None, &[PathBuf::from(FIXTURES)]);
    let builtin = Library::load(None, &[]);

    // Every built-in item and every valid fixture is there.
    for entry in &builtin.theme_sets {
        assert!(lib.theme_set(&entry.item.id).is_some(), "{}", entry.path);
    }
    for entry in &builtin.methods {
        assert!(lib.method(&entry.item.id).is_some(), "{}", entry.path);
    }
    for entry in &builtin.cases {
        assert!(lib.case(&entry.item.id).is_some(), "{}", entry.path);
    }
    assert!(lib.case("geen-schema-versie").is_some());
    assert!(lib.case("optioneel-kaal-en-some").is_some());
    assert!(lib.theme_set("optioneel-kaal-en-some").is_some());
    assert!(lib.theme_set("byte-order-mark").is_some());
    assert!(lib.method("optioneel-kaal-en-some").is_some());

    // Every broken fixture in a kind folder is reported, and only those.
    let mut broken = BTreeSet::new();
    for kind in ["cases", "themes", "methods"] {
        for entry in std::fs::read_dir(Path::new(FIXTURES).join(kind)).expect("fixture folder") {
            let name = format!(
                "{kind}/{}",
                entry.expect("entry").file_name().to_string_lossy()
            );
            let loads = VALID_FIXTURES.contains(&name.as_str())
                || WARNING_FIXTURES.contains(&name.as_str());
            if name.ends_with(".ron") && !loads {
                broken.insert(format!("{FIXTURES}/{name}"));
            }
        }
    }
    let reported: BTreeSet<String> = lib
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.path.replace('\\', "/"))
        .collect();
    assert_eq!(reported, broken);
    assert!(lib.case("personal-data-warning").is_some());
    assert!(lib.case("no-steps").is_none());
    assert!(lib.method("two-steps-phases").is_none());
    assert!(lib.theme_set("no-themes").is_none());
}

#[test]
fn windows_line_endings_give_the_same_positions() {
    let text = read_fixture("cases/unknown-field.ron").replace('\n', "\r\n");
    let lib = Library::from_sources(&[source(Kind::Case, "crlf.ron", Origin::Extra, &text)]);
    assert_eq!(lib.diagnostics.len(), 1);
    let d = &lib.diagnostics[0];
    assert_eq!((d.line, d.col), (14, 13));
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = "(\n    id: \"ë\",\n    title: \"Één één\" x,\n    themes: [(id: \"a\", label: \"A\")],\n)\n";
    let lib = Library::from_sources(&[source(Kind::ThemeSet, "t.ron", Origin::Extra, text)]);
    let positions: Vec<(usize, usize)> = lib.diagnostics.iter().map(|d| (d.line, d.col)).collect();
    assert_eq!(positions, vec![(3, 22)]);

    let text =
        "(\n    id: \"één\",\n    title: \"T\",\n    themes: [(id: \"a\", label: \"A\")],\n)\n";
    let lib = Library::from_sources(&[source(Kind::ThemeSet, "t.ron", Origin::Extra, text)]);
    let positions: Vec<(usize, usize)> = lib.diagnostics.iter().map(|d| (d.line, d.col)).collect();
    assert_eq!(positions, vec![(2, 9)], "{:?}", lib.diagnostics);
}

// ---------------------------------------------------------------------------
// Text survives a round trip
// ---------------------------------------------------------------------------

#[test]
fn dutch_diacritics_and_other_scripts_survive_a_round_trip() {
    let text = |s: &str| s.to_string();
    let case = Case {
        schema_version: 1,
        id: "rondreis".into(),
        title: text("Coördinatie, geïnformeerd, café, überhaupt: ë ï é ü ö á è ĳ"),
        language: "nl".into(),
        summary: text("Arabisch: العائلة تحتاج إلى مساعدة. Chinees: 家庭需要帮助。"),
        context: text(
            "Emoji 👨‍👩‍👧 🧒🏽 ✔\u{fe0f}; combining e\u{301}; quotes \" and \\ and r#\"raw\"#;\n\
             a new line,\ta tab, and a zero\u{200b}width space.",
        ),
        tags: vec![
            text("eerste lijn"),
            text("één"),
            text("ذوو الاحتياجات"),
            text("学校"),
        ],
        steps: vec![Step {
            id: "een".into(),
            title: text("Één signaal"),
            situation: text("Een leerkracht maakt zich zorgen — «geen ontbijt»."),
            question: text("Wat doe je nú? ¿Y ahora?"),
            options: vec![text("Bel de ouders 📞"), text("Wacht af ⏳")],
            outcome: Some(text("De gezinscoach neemt contact op. 好。")),
            facilitator_notes: Some(text("Let op: ‘continuïteit’")),
            suggested_themes: vec![],
        }],
    };
    let ron = ron::ser::to_string_pretty(&case, ron::ser::PrettyConfig::default())
        .expect("a case serialises");
    for readable in [
        "Coördinatie",
        "العائلة",
        "家庭需要帮助",
        "🧒🏽",
        "continuïteit",
    ] {
        assert!(
            ron.contains(readable),
            "{readable:?} should be written as is, not escaped:\n{ron}"
        );
    }

    // Through a real file, so reading from disk is covered too.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("cases")).expect("cases folder");
    std::fs::write(dir.path().join("cases/rondreis.ron"), &ron).expect("write");
    let lib = Library::load(None, &[dir.path().to_path_buf()]);
    let problems: Vec<String> = lib.diagnostics.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(lib.case("rondreis"), Some(&case));
}
