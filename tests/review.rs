//! Review: loading many folders and the filter line. (Counting, telling,
//! search and the register: `review_counts.rs`; the commands end to end:
//! `review_cli.rs`.) The right answers are worked out by hand from
//! `review_fixtures`.

mod common;
mod review_fixtures;

use casus::i18n::Lang;
use casus::model::BottleneckStatus;
use casus::review::filter::FilterError;
use casus::review::{Filter, Loaded, load_folders};
use common::bin::tz;
use review_fixtures as fx;
use review_fixtures::{S0, S1, S2, S3, S4, S5};

fn both() -> Loaded {
    load_folders(&[fx::data_dir("noord"), fx::data_dir("zuid")], Lang::En)
}

fn ids(loaded: &Loaded, filter: &str) -> Vec<String> {
    let filter = Filter::parse(filter).unwrap_or_else(|e| panic!("{filter}: {e}"));
    loaded
        .matching(&filter, &tz())
        .iter()
        .map(|l| l.session.id.clone())
        .collect()
}

#[test]
fn fixtures_on_disk_are_what_the_builder_makes() {
    let write = std::env::var_os("CASUS_WRITE_FIXTURES").is_some();
    for (folder, name, text) in fx::files() {
        let path = fx::data_dir(folder).join("sessions").join(&name);
        if write {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == text,
            "{} is stale: run with CASUS_WRITE_FIXTURES=1",
            path.display()
        );
    }
}

// ---- loading -------------------------------------------------------------

#[test]
fn two_folders_with_an_overlapping_session_read_it_once_and_the_newer_copy_wins() {
    for dirs in [["noord", "zuid"], ["zuid", "noord"]] {
        let loaded = load_folders(&dirs.map(fx::data_dir), Lang::En);
        let got: Vec<&str> = loaded
            .sessions
            .iter()
            .map(|l| l.session.id.as_str())
            .collect();
        assert_eq!(got, [S4, S3, S2, S1, S0], "newest first, S2 once");
        let s2 = &loaded.sessions[2];
        assert!(
            s2.path.starts_with(fx::data_dir("zuid")),
            "{}",
            s2.path.display()
        );
        assert_eq!(s2.session.bottlenecks[0].status, BottleneckStatus::Raised);
        assert!(loaded.problems.is_empty());
        assert_eq!(loaded.notes.len(), 1);
        assert!(loaded.notes[0].contains(S2), "{}", loaded.notes[0]);
    }
}

#[test]
fn a_corrupt_file_among_good_ones_is_listed_with_its_position_and_left_alone() {
    let (_tmp, dirs) = fx::temp_copy(&["noord", "kapot"]);
    let (name, text) = fx::broken();
    let broken = dirs[1].join("sessions").join(name);
    let before = std::fs::read(&broken).unwrap();

    let loaded = load_folders(&dirs, Lang::En);

    let got: Vec<&str> = loaded
        .sessions
        .iter()
        .map(|l| l.session.id.as_str())
        .collect();
    assert_eq!(got, [S3, S5, S2, S1, S0]);
    assert_eq!(loaded.problems.len(), 1);
    let problem = &loaded.problems[0];
    assert_eq!(problem.path, broken.display().to_string());
    // The comma after the group is missing, so RON stops at the next field.
    let group_line = text
        .lines()
        .position(|l| l.contains("\"Team Kapot\""))
        .unwrap()
        + 1;
    assert_eq!(problem.line, group_line + 1, "{problem}");
    assert!(
        problem
            .to_string()
            .starts_with(&format!("{}:{}:", broken.display(), group_line + 1))
    );
    assert_eq!(std::fs::read(&broken).unwrap(), before, "never rewritten");
}

#[test]
fn a_missing_folder_is_a_note_and_the_others_still_load() {
    let loaded = load_folders(&[fx::data_dir("nergens"), fx::data_dir("zuid")], Lang::Nl);
    assert_eq!(loaded.sessions.len(), 2);
    assert!(loaded.problems.is_empty());
    assert!(loaded.notes[0].contains("nergens"), "{}", loaded.notes[0]);
}

// ---- filter --------------------------------------------------------------

#[test]
fn an_empty_filter_lets_everything_through() {
    assert!(Filter::parse("  ").unwrap().is_empty());
    assert_eq!(ids(&both(), ""), [S4, S3, S2, S1, S0]);
}

#[test]
fn each_token_selects_the_sessions_it_names() {
    let loaded = both();
    let cases: &[(&str, &[&str])] = &[
        ("theme:eigenwijs/mandaat", &[S4, S2, S1, S0]),
        ("theme:mandaat", &[S4, S2, S1, S0]),
        ("thema:Beschikking", &[S4, S2, S1, S0]), // an alias, case folded
        ("theme:\"eerste lijn\"", &[S4, S3, S2, S1]), // label text, two themes
        ("theme:reflectie", &[S4, S1]),           // a whole set
        ("case:wachtlijst", &[S4, S2]),
        ("casus:\"signaal van\"", &[S3, S1, S0]),
        ("group:noord", &[S2, S1, S0]),
        ("groep:\"buurtteam oost\"", &[S3]),
        ("method:dilemma", &[S4, S2]),
        ("methode:Incidentmethode", &[S3, S1, S0]),
        ("since:2026-02-20", &[S4, S3, S2]),
        ("since:2026-Q2", &[S4, S3]),
        ("until:2026-01", &[S1, S0]),
        ("until:2025", &[S0]),
        ("tot:2026-02-20", &[S2, S1, S0]),
        ("status:open", &[S3]),
        ("status:afgerond", &[S4, S2, S1, S0]),
        ("knelpunt:raised", &[S2, S1]), // S2's newer copy was raised
        ("knelpunt:opgelost", &[S4]),
        ("bottleneck:open", &[S1]),
    ];
    for (filter, expected) in cases {
        assert_eq!(ids(&loaded, filter), *expected, "{filter}");
    }
}

#[test]
fn free_text_folds_case_and_diacritics_and_needs_every_word() {
    let loaded = both();
    assert_eq!(ids(&loaded, "coordinatie"), [S1]); // "Coördinatie" in a reflection
    assert_eq!(ids(&loaded, "ZUID"), [S4]); // the group, fuzzily
    assert_eq!(ids(&loaded, "wachtlijst"), [S4, S2]); // the case title
    assert_eq!(ids(&loaded, "mandaat spannend"), [S2]); // a label and a reflection
    assert_eq!(ids(&loaded, "ervaringsdeskundige"), [S4]); // a decision
    assert!(ids(&loaded, "mandaat xyzzy").is_empty());
}

#[test]
fn tokens_and_words_combine_with_and() {
    let loaded = both();
    assert_eq!(ids(&loaded, "theme:mandaat group:noord"), [S2, S1, S0]);
    assert_eq!(
        ids(&loaded, "theme:mandaat since:2026 status:finished"),
        [S4, S2, S1]
    );
    assert_eq!(ids(&loaded, "since:2026-02 until:2026-04"), [S3, S2]);
    assert_eq!(
        ids(&loaded, "since:2025 since:2026-04"),
        [S4, S3],
        "two bounds narrow"
    );
    assert!(ids(&loaded, "status:open status:finished").is_empty());
    assert_eq!(ids(&loaded, "Group:NOORD ouders"), [S1]);
}

#[test]
fn an_unknown_token_is_a_clear_error_naming_it_and_the_known_ones() {
    let err = Filter::parse("mandaat foo:bar").unwrap_err();
    assert_eq!(err, FilterError::UnknownToken("foo".into()));
    // Each language names the tokens in its own words (both always work).
    let known = [
        (
            Lang::En,
            ["theme:", "case:", "group:", "method:", "since:", "until:"],
        ),
        (
            Lang::Nl,
            ["thema:", "casus:", "groep:", "methode:", "sinds:", "tot:"],
        ),
    ];
    for (lang, tokens) in known {
        let message = err.message(lang);
        for needle in ["foo:", "status:", "knelpunt:"].iter().chain(&tokens) {
            assert!(message.contains(needle), "{message} lacks {needle}");
        }
    }
}

#[test]
fn bad_values_are_errors_that_say_what_would_work() {
    assert_eq!(
        Filter::parse("theme:").unwrap_err(),
        FilterError::EmptyValue("theme".into())
    );
    assert_eq!(
        Filter::parse("group:\"\"").unwrap_err(),
        FilterError::EmptyValue("group".into())
    );
    let date = Filter::parse("since:maart").unwrap_err();
    assert_eq!(date, FilterError::BadDate("since".into(), "maart".into()));
    assert!(date.message(Lang::Nl).contains("2026-03"));
    let status = Filter::parse("status:raised").unwrap_err();
    assert!(
        status.message(Lang::En).contains("knelpunt:raised"),
        "{status}"
    );
    assert!(Filter::parse("knelpunt:gedaan").is_err());
    // Not a token: digits before the colon, or the colon inside quotes.
    assert!(Filter::parse("om 12:30 \"a:b\"").is_ok());
}
