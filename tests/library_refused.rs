//! The library loader refuses what FORMAT.md forbids: one broken fixture per
//! validation rule in `tests/fixtures/library/`, each reported once at its
//! place as `path:line:col: message`, in Dutch (the process's language
//! until the command line sets one; `tests/cli_check_lang.rs` reads both
//! languages through the binary). Paths are relative to the package root,
//! which is where cargo runs integration tests.

mod library_fixtures;

use casus::library::{Kind, Library, Origin, SourceFile};
use library_fixtures::{diagnostics_of, fixture};

/// Asserts that a fixture gives exactly one diagnostic: `path:line:col: message`.
fn assert_refused(name: &str, line: usize, col: usize, message: &str) {
    let expected = format!("{}:{line}:{col}: {message}", fixture(name));
    assert_eq!(diagnostics_of(name), vec![expected], "fixture {name}");
}

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

// ---------------------------------------------------------------------------
// One broken fixture per validation rule
// ---------------------------------------------------------------------------

#[test]
fn a_missing_comma_is_reported_at_the_token_that_follows_it() {
    assert_refused(
        "cases/syntax-missing-comma.ron",
        6,
        5,
        "hier hoort een komma: zet er een na het vorige veld of element",
    );
}

#[test]
fn an_unclosed_string_is_reported_where_it_opens() {
    assert_refused(
        "cases/syntax-unclosed-string.ron",
        9,
        69,
        "deze tekst wordt niet afgesloten: een \" ontbreekt",
    );
}

#[test]
fn an_unknown_field_is_an_error_that_lists_the_expected_fields() {
    assert_refused(
        "cases/unknown-field.ron",
        14,
        13,
        "onbekend veld `outcom` in `Step`; mogelijk zijn `id`, `title`, `situation`, \
         `question`, `options`, `outcome`, `facilitator_notes` of `suggested_themes`",
    );
}

#[test]
fn a_missing_required_field_is_named_where_its_item_ends() {
    assert_refused(
        "cases/missing-field.ron",
        9,
        57,
        "het veld `question` ontbreekt in `Step`",
    );
}

#[test]
fn a_case_id_must_be_lowercase_letters_digits_and_dashes() {
    assert_refused(
        "cases/invalid-case-id.ron",
        4,
        9,
        "casus-id \"Ongeldige Casus\" is niet geldig: gebruik kleine letters a-z, cijfers 0-9 en '-', en begin met een letter",
    );
}

#[test]
fn a_step_id_must_start_with_a_letter() {
    assert_refused(
        "cases/invalid-step-id.ron",
        10,
        14,
        "beslismoment-id \"2-twee\" is niet geldig: gebruik kleine letters a-z, cijfers 0-9 en '-', en begin met een letter",
    );
}

#[test]
fn a_theme_id_must_not_contain_an_underscore() {
    assert_refused(
        "themes/invalid-theme-id.ron",
        8,
        14,
        "thema-id \"niet_goed\" is niet geldig: gebruik kleine letters a-z, cijfers 0-9 en '-', en begin met een letter",
    );
}

#[test]
fn a_phase_id_must_not_contain_a_capital() {
    assert_refused(
        "methods/invalid-phase-id.ron",
        7,
        14,
        "fase-id \"Opening\" is niet geldig: gebruik kleine letters a-z, cijfers 0-9 en '-', en begin met een letter",
    );
}

#[test]
fn a_step_id_is_unique_within_its_case_and_the_second_use_is_reported() {
    assert_refused(
        "cases/duplicate-step-id.ron",
        11,
        14,
        "beslismoment-id \"melding\" komt twee keer voor",
    );
}

#[test]
fn a_theme_id_is_unique_within_its_set_and_the_second_use_is_reported() {
    assert_refused(
        "themes/duplicate-theme-id.ron",
        9,
        14,
        "thema-id \"mandaat\" komt twee keer voor",
    );
}

#[test]
fn a_phase_id_is_unique_within_its_method_and_the_second_use_is_reported() {
    assert_refused(
        "methods/duplicate-phase-id.ron",
        9,
        14,
        "fase-id \"notities\" komt twee keer voor",
    );
}

#[test]
fn a_case_needs_at_least_one_decision_point() {
    assert_refused(
        "cases/no-steps.ron",
        8,
        5,
        "`steps` heeft minstens één beslismoment nodig",
    );
}

#[test]
fn a_theme_set_needs_at_least_one_theme() {
    assert_refused(
        "themes/no-themes.ron",
        6,
        5,
        "`themes` heeft minstens één thema nodig",
    );
}

#[test]
fn a_method_needs_at_least_one_phase() {
    assert_refused(
        "methods/no-phases.ron",
        6,
        5,
        "`phases` heeft minstens één fase nodig",
    );
}

#[test]
fn a_phase_of_zero_minutes_is_refused() {
    assert_refused(
        "methods/minutes-zero.ron",
        8,
        52,
        "fase \"stappen\" heeft 0 minuten; gebruik 1 tot en met 240",
    );
}

#[test]
fn a_phase_of_241_minutes_is_refused() {
    assert_refused(
        "methods/minutes-241.ron",
        8,
        52,
        "fase \"stappen\" heeft 241 minuten; gebruik 1 tot en met 240",
    );
}

#[test]
fn a_method_without_a_steps_phase_is_refused() {
    assert_refused(
        "methods/no-steps-phase.ron",
        6,
        5,
        "een methode heeft precies één fase van soort Steps nodig; deze heeft er 0",
    );
}

#[test]
fn a_method_with_two_steps_phases_is_refused_at_the_second() {
    assert_refused(
        "methods/two-steps-phases.ron",
        9,
        60,
        "een methode heeft precies één fase van soort Steps nodig; deze heeft er 2",
    );
}

#[test]
fn a_suggested_theme_must_name_a_loaded_set_and_theme() {
    assert_refused(
        "cases/unknown-suggested-theme.ron",
        14,
        55,
        "voorgesteld thema \"eigenwijs/bestaat-niet\" is geen SET/THEMA uit een geladen themaset",
    );
}

#[test]
fn a_later_schema_version_is_refused_naming_the_version_this_casus_reads() {
    assert_refused(
        "cases/future-schema-version.ron",
        3,
        5,
        "schema_version 2 kent deze casus niet; deze versie leest versie 1",
    );
}

#[test]
fn a_file_that_is_not_utf8_is_reported_at_its_first_bad_byte() {
    assert_refused(
        "cases/not-utf8.ron",
        5,
        15,
        "het bestand is geen UTF-8-tekst",
    );
}

#[test]
fn a_file_outside_a_kind_folder_without_steps_themes_or_phases_is_reported() {
    assert_refused(
        "unknown-kind.ron",
        1,
        1,
        "niet te zien wat dit bestand is: een casus heeft `steps`, een themaset `themes`, een methode `phases`",
    );
}

#[test]
fn two_files_with_the_same_id_in_one_layer_keep_the_first_and_report_the_second() {
    let text = read_fixture("cases/geen-schema-versie.ron");
    let files = [
        source(Kind::Case, "mine/cases/a.ron", Origin::Extra, &text),
        source(Kind::Case, "mine/cases/b.ron", Origin::Extra, &text),
    ];
    let lib = Library::from_sources(&files);
    assert_eq!(lib.cases.len(), 1);
    assert_eq!(lib.cases[0].path, "mine/cases/a.ron");
    let problems: Vec<String> = lib.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        vec![
            "mine/cases/b.ron:3:9: id \"geen-schema-versie\" wordt al gebruikt door mine/cases/a.ron; \
             dit bestand wordt overgeslagen"
        ]
    );
}
