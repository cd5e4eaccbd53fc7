//! Review: loading many folders, the filter line, counting and telling,
//! search, the bottleneck register, and the headless commands end to end.
//! The right answers are worked out by hand from `review_fixtures`.

mod review_fixtures;

use std::path::PathBuf;
use std::process::Output;

use jiff::tz::TimeZone;

use casus::i18n::Lang;
use casus::model::BottleneckStatus;
use casus::review::filter::FilterError;
use casus::review::load::sessions_of;
use casus::review::{
    Filter, Loaded, Stats, StoryKind, UpdateError, load_folders, register, search, stories,
    update_bottleneck,
};
use review_fixtures as fx;

const S0: &str = "20250820-120000-aaaaaa";
const S1: &str = "20260115-120000-bbbbbb";
const S2: &str = "20260220-120000-cccccc";
const S3: &str = "20260410-120000-dddddd";
const S4: &str = "20260505-120000-eeeeee";
const S5: &str = "20260303-120000-ffffff";

fn both() -> Loaded {
    load_folders(&[fx::data_dir("noord"), fx::data_dir("zuid")], Lang::En)
}

fn ids(loaded: &Loaded, filter: &str) -> Vec<String> {
    let filter = Filter::parse(filter).unwrap_or_else(|e| panic!("{filter}: {e}"));
    loaded
        .matching(&filter, &TimeZone::UTC)
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
    for lang in [Lang::En, Lang::Nl] {
        let message = err.message(lang);
        for needle in [
            "foo:",
            "theme:",
            "case:",
            "group:",
            "method:",
            "since:",
            "until:",
            "status:",
            "knelpunt:",
        ] {
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

// ---- counting and telling ------------------------------------------------

#[test]
fn counts_per_theme_set_and_per_quarter_over_both_folders() {
    let loaded = both();
    let stats = Stats::compute(
        &sessions_of(&loaded.matching(&Filter::default(), &TimeZone::UTC)),
        &TimeZone::UTC,
    );
    assert_eq!(
        (stats.sessions, stats.decision_points, stats.decided),
        (5, 13, 8)
    );
    let quarters: Vec<String> = stats.quarters.iter().map(|q| q.to_string()).collect();
    assert_eq!(
        quarters,
        ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"],
        "the empty quarter stays"
    );

    let sets: Vec<(&str, usize)> = stats
        .sets
        .iter()
        .map(|s| (s.id.as_str(), s.count))
        .collect();
    assert_eq!(sets, [("eigenwijs", 10), ("reflectie", 2)]);
    let rows: Vec<(&str, &str, usize, Vec<usize>)> = stats
        .themes()
        .map(|(_, t)| {
            (
                t.reference.as_str(),
                t.label.as_str(),
                t.count,
                t.per_quarter.clone(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "eigenwijs/mandaat",
                "Groot mandaat voor de professional",
                4,
                vec![1, 0, 2, 1]
            ),
            // A tie keeps the set's own order: sterke-eerste-lijn comes first in it.
            (
                "eigenwijs/sterke-eerste-lijn",
                "Sterke eerste lijn",
                3,
                vec![0, 0, 2, 1]
            ),
            (
                "eigenwijs/eerste-lijn-dichtbij",
                "Eerste lijn dichtbij de vindplaatsen",
                3,
                vec![0, 0, 2, 1]
            ),
            ("reflectie/normatief", "Normatief", 1, vec![0, 0, 1, 0]),
            ("reflectie/persoonlijk", "Persoonlijk", 1, vec![0, 0, 0, 1]),
        ]
    );
}

#[test]
fn counts_follow_the_filter() {
    let loaded = both();
    let filter = Filter::parse("group:noord").unwrap();
    let stats = Stats::compute(
        &sessions_of(&loaded.matching(&filter, &TimeZone::UTC)),
        &TimeZone::UTC,
    );
    assert_eq!(stats.sessions, 3);
    assert_eq!(stats.quarters.len(), 3, "2025-Q3 to 2026-Q1");
    let counts: Vec<(&str, usize)> = stats
        .themes()
        .map(|(_, t)| (t.id.as_str(), t.count))
        .collect();
    assert_eq!(
        counts,
        [
            ("mandaat", 3),
            ("sterke-eerste-lijn", 2),
            ("eerste-lijn-dichtbij", 2),
            ("normatief", 1)
        ]
    );
    assert_eq!(stats.theme("eigenwijs/mandaat").map(|t| t.count), Some(3));
    assert!(stats.theme("reflectie/persoonlijk").is_none());
}

#[test]
fn the_stories_of_a_theme_are_every_decision_and_reflection_tagged_with_it() {
    let loaded = both();
    let all = sessions_of(&loaded.matching(&Filter::default(), &TimeZone::UTC));
    let told = stories(&all, "eigenwijs/mandaat", &TimeZone::UTC);
    let summary: Vec<(&str, &str, bool)> = told
        .iter()
        .map(|s| {
            (
                s.session_id.as_str(),
                s.step_title.as_str(),
                s.kind == StoryKind::Decision,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (S4, "De aanmelding", true),
            (S2, "De aanmelding", true),
            (S2, "De aanmelding", false),
            (S1, "De melding", true),
            (S1, "De melding", false),
            (S1, "De melding", false),
            (S0, "De melding", true),
        ]
    );
    assert_eq!(
        told[2].kind,
        StoryKind::Reflection {
            author: Some("EF".into())
        }
    );
    assert_eq!(told[2].text, "Mandaat voelt spannend.");
    assert_eq!(
        (told[0].group.as_str(), told[0].case_title.as_str()),
        ("Team Zuid", "Wachtlijst na verwijzing")
    );
    assert_eq!(told[0].date.to_string(), "2026-05-05");
}

// ---- search and register -------------------------------------------------

#[test]
fn search_finds_decisions_and_reflections_with_every_word_folded() {
    let loaded = both();
    let all = sessions_of(&loaded.matching(&Filter::default(), &TimeZone::UTC));
    let hits = search(&all, "ouders", &TimeZone::UTC);
    let found: Vec<(&str, usize)> = hits
        .iter()
        .map(|h| (h.session_id.as_str(), h.step_index))
        .collect();
    assert_eq!(found, [(S4, 1), (S1, 0)]);
    let hits = search(&all, "COORDINATIE school", &TimeZone::UTC);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].kind, StoryKind::Reflection { author: None });
    assert!(search(&all, "ouders xyzzy", &TimeZone::UTC).is_empty());
    assert!(search(&all, "   ", &TimeZone::UTC).is_empty());
}

#[test]
fn the_register_lists_every_bottleneck_and_follows_the_knelpunt_filter() {
    let loaded = both();
    let rows = register(&loaded.sessions, &Filter::default(), &TimeZone::UTC);
    let got: Vec<(&str, Option<&str>, BottleneckStatus)> = rows
        .iter()
        .map(|r| (r.session_id.as_str(), r.step_title.as_deref(), r.status))
        .collect();
    assert_eq!(
        got,
        [
            (S4, Some("Overbruggen"), BottleneckStatus::Resolved),
            (S2, Some("Overbruggen"), BottleneckStatus::Raised),
            (S1, Some("De melding"), BottleneckStatus::Raised),
            (S1, None, BottleneckStatus::Open),
        ]
    );
    assert!(rows[1].path.starts_with(fx::data_dir("zuid")));
    let open = register(
        &loaded.sessions,
        &Filter::parse("knelpunt:open").unwrap(),
        &TimeZone::UTC,
    );
    assert_eq!(open.len(), 1);
    assert_eq!((open[0].index, open[0].owner.as_deref()), (1, None));
}

#[test]
fn updating_a_bottleneck_changes_only_that_bottleneck_in_its_file() {
    let (_tmp, dirs) = fx::temp_copy(&["noord"]);
    let loaded = load_folders(&dirs, Lang::En);
    let row = register(&loaded.sessions, &Filter::default(), &TimeZone::UTC)
        .into_iter()
        .find(|r| r.session_id == S1 && r.index == 0)
        .unwrap();
    let others: Vec<(PathBuf, Vec<u8>)> = loaded
        .sessions
        .iter()
        .filter(|l| l.session.id != S1)
        .map(|l| (l.path.clone(), std::fs::read(&l.path).unwrap()))
        .collect();
    let before = std::fs::read_to_string(&row.path).unwrap();

    let saved = update_bottleneck(
        &row.path,
        S1,
        0,
        BottleneckStatus::Resolved,
        Some(" Wethouder "),
    )
    .unwrap();

    let mut expected = fx::s1();
    expected.bottlenecks[0].status = BottleneckStatus::Resolved;
    expected.bottlenecks[0].owner = Some("Wethouder".into());
    assert_eq!(saved, expected);
    assert_eq!(casus::store::read_session(&row.path).unwrap(), expected);
    let after = std::fs::read_to_string(&row.path).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(changed.len(), 2, "owner and status lines only: {changed:?}");
    for (path, bytes) in others {
        assert_eq!(
            std::fs::read(&path).unwrap(),
            bytes,
            "{} untouched",
            path.display()
        );
    }
}

#[test]
fn an_update_that_no_longer_fits_the_file_changes_nothing() {
    let (_tmp, dirs) = fx::temp_copy(&["noord"]);
    let path = dirs[0].join("sessions").join(format!("{S1}.ron"));
    let before = std::fs::read(&path).unwrap();
    let other = update_bottleneck(&path, S2, 0, BottleneckStatus::Resolved, None).unwrap_err();
    assert!(matches!(other, UpdateError::OtherSession { ref found, .. } if found == S1));
    let gone = update_bottleneck(&path, S1, 7, BottleneckStatus::Resolved, None).unwrap_err();
    assert!(matches!(
        gone,
        UpdateError::NoSuchBottleneck { index: 7, .. }
    ));
    assert!(gone.message(Lang::Nl).contains("knelpunt 8"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

// ---- the commands, end to end --------------------------------------------

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn cli_stats_gives_the_numbers_of_the_domain_functions() {
    let (_tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let loaded = load_folders(&dirs, Lang::Nl);
    for filter in ["", "group:noord", "theme:mandaat since:2026"] {
        let mut args = vec!["stats", "--format", "json"];
        args.extend(filter.split_whitespace());
        let out = fx::casus(&args, &dirs);
        assert!(out.status.success(), "{}", stderr(&out));
        let got: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        // `fx::casus` runs the binary with TZ=UTC.
        let domain = Stats::compute(
            &sessions_of(&loaded.matching(&Filter::parse(filter).unwrap(), &TimeZone::UTC)),
            &TimeZone::UTC,
        );
        assert_eq!(got, serde_json::to_value(&domain).unwrap(), "{filter}");
    }
    let table = stdout(&fx::casus(&["stats"], &dirs));
    assert!(
        table.starts_with("5 sessies, 8 van 13 beslismomenten met een besluit."),
        "{table}"
    );
    assert!(
        table.contains("\nEigenwijs transformeren: 10 in totaal\n"),
        "{table}"
    );
    let mandaat = table
        .lines()
        .find(|l| l.starts_with("Groot mandaat"))
        .unwrap();
    let cells: Vec<&str> = mandaat
        .split("  ")
        .filter(|c| !c.trim().is_empty())
        .map(str::trim)
        .collect();
    assert_eq!(
        cells,
        [
            "Groot mandaat voor de professional",
            "eigenwijs/mandaat",
            "4",
            "1",
            "0",
            "2",
            "1"
        ]
    );
    let csv = stdout(&fx::casus(&["stats", "--format", "csv"], &dirs));
    assert!(csv.lines().any(|l| l == "eigenwijs,Eigenwijs transformeren,eigenwijs/mandaat,Groot mandaat voor de professional,4,1,0,2,1"), "{csv}");
}

#[test]
fn cli_list_sessions_is_newest_first_and_filters() {
    let (_tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let out = fx::casus(&["list", "sessions"], &dirs);
    assert!(out.status.success());
    let text = stdout(&out);
    let order: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(order, [S4, S3, S2, S1, S0]);
    assert!(text.lines().next().unwrap().starts_with("id"));
    assert!(text.contains("2/3"), "decided/total for S1: {text}");
    let open = stdout(&fx::casus(&["list", "sessions", "status:open"], &dirs));
    assert_eq!(open.lines().count(), 2, "{open}");
    assert!(open.contains(S3));
    let noord = stdout(&fx::casus(
        &["list", "sessions", "group:team noord", "--format", "json"],
        &dirs,
    ));
    let json: serde_json::Value = serde_json::from_str(&noord).unwrap();
    let got: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        got,
        [S2, S1, S0],
        "a quoted value with a space, after the shell removed the quotes"
    );
}

#[test]
fn cli_search_prints_each_hit_with_its_session_and_step() {
    let (_tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let out = fx::casus(&["search", "ouders", "group:noord"], &dirs);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "2026-01-15 · Team Noord · Een signaal van school › De melding · besluit [{S1}]"
        )),
        "{text}"
    );
    assert!(text.contains("    We bellen de ouders nog dezelfde dag."));
    assert!(!text.contains(S4), "filtered out");
    assert!(text.ends_with("1 gevonden.\n"));
}

#[test]
fn cli_a_bad_filter_token_is_a_usage_error() {
    let (_tmp, dirs) = fx::temp_copy(&["noord"]);
    for args in [
        &["stats", "foo:bar"][..],
        &["list", "sessions", "since:gisteren"],
        &["search", "x", "foo:bar"],
    ] {
        let out = fx::casus(args, &dirs);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert_eq!(
            stderr(&out).lines().count(),
            1,
            "one clear sentence: {}",
            stderr(&out)
        );
    }
    assert!(stderr(&fx::casus(&["stats", "foo:bar"], &dirs)).contains("theme:"));
    assert_eq!(
        fx::casus(&["list", "cases", "theme:x"], &dirs)
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn cli_unreadable_files_are_reported_but_the_rest_is_counted() {
    let (_tmp, dirs) = fx::temp_copy(&["noord", "kapot"]);
    let out = fx::casus(&["list", "sessions"], &dirs);
    assert_eq!(out.status.code(), Some(0));
    let (name, _) = fx::broken();
    let err = stderr(&out);
    let line = err
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("{err}"));
    let rest = line.split(name).nth(1).unwrap();
    assert!(
        rest.starts_with(':')
            && rest[1..]
                .split(':')
                .take(2)
                .all(|n| n.parse::<usize>().is_ok()),
        "{line}"
    );
    assert_eq!(
        stdout(&out).lines().count(),
        6,
        "a header and five sessions"
    );
}
