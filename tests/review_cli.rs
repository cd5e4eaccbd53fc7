//! Review's commands end to end through the real binary: `casus stats`,
//! `list sessions`, `search`, their filter errors and unreadable files. The
//! right answers are worked out by hand from `review_fixtures`.

mod common;
mod review_fixtures;

use std::process::Output;

use casus::i18n::Lang;
use casus::review::load::sessions_of;
use casus::review::{Filter, Stats, load_folders};
use common::bin::{Sandbox, XDG_VARS, casus_on, files_under, tz};
use review_fixtures as fx;
use review_fixtures::{S0, S1, S2, S3, S4};

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
        let out = casus_on(&dirs, &args);
        assert!(out.status.success(), "{}", stderr(&out));
        let got: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let domain = Stats::compute(
            &sessions_of(&loaded.matching(&Filter::parse(filter).unwrap(), &tz())),
            &tz(),
        );
        assert_eq!(got, serde_json::to_value(&domain).unwrap(), "{filter}");
    }
    let table = stdout(&casus_on(&dirs, &["stats"]));
    assert!(
        table.starts_with("5 sessies, 8 van 13 beslismomenten met een besluit."),
        "{table}"
    );
    assert!(
        table.contains("\nEigenwijs transformeren (10 in totaal)\n"),
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
    let csv = stdout(&casus_on(&dirs, &["stats", "--format", "csv"]));
    assert!(csv.lines().any(|l| l == "eigenwijs,Eigenwijs transformeren,eigenwijs/mandaat,Groot mandaat voor de professional,4,1,0,2,1"), "{csv}");
}

#[test]
fn cli_list_sessions_is_newest_first_and_filters() {
    let (_tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let out = casus_on(&dirs, &["list", "sessions"]);
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
    let open = stdout(&casus_on(&dirs, &["list", "sessions", "status:open"]));
    assert_eq!(open.lines().count(), 2, "{open}");
    assert!(open.contains(S3));
    let noord = stdout(&casus_on(
        &dirs,
        &["list", "sessions", "group:team noord", "--format", "json"],
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
    let out = casus_on(&dirs, &["search", "ouders", "group:noord"]);
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
        let out = casus_on(&dirs, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert_eq!(
            stderr(&out).lines().count(),
            1,
            "one clear sentence: {}",
            stderr(&out)
        );
    }
    // Dutch by default: the Dutch token names.
    assert!(stderr(&casus_on(&dirs, &["stats", "foo:bar"])).contains("thema:"));
    assert_eq!(
        casus_on(&dirs, &["list", "cases", "theme:x"]).status.code(),
        Some(2)
    );
}

#[test]
fn cli_unreadable_files_are_reported_the_rest_is_counted_and_the_exit_code_is_1() {
    let (_tmp, dirs) = fx::temp_copy(&["noord", "kapot"]);
    let out = casus_on(&dirs, &["list", "sessions"]);
    // DESIGN: a problem in the user's files is exit code 1, after the rest is printed.
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("20260115"),
        "the good sessions are listed"
    );
    for args in [&["stats"][..], &["search", "ouders"], &["search", "xyzzy"]] {
        assert_eq!(casus_on(&dirs, args).status.code(), Some(1), "{args:?}");
    }
    let clean = fx::temp_copy(&["noord"]).1;
    assert_eq!(
        casus_on(&clean, &["list", "sessions"]).status.code(),
        Some(0)
    );
    let none = casus_on(&clean, &["search", "xyzzy"]);
    assert_eq!(none.status.code(), Some(0));
    assert!(!stderr(&none).is_empty(), "a search without hits says so");
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

#[test]
fn cli_dates_are_days_on_the_wall_clock_where_casus_runs() {
    let noord = fx::data_dir("noord");
    let day_of_s3 = |sandbox: Sandbox| {
        let out = sandbox
            .command(&["list", "sessions", "--format", "json"])
            .arg("--data-dir")
            .arg(&noord)
            .output()
            .expect("casus runs");
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let s3 = json
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == S3)
            .cloned()
            .unwrap_or_else(|| panic!("{json}"));
        s3["date"]
            .as_str()
            .unwrap_or_else(|| panic!("{s3}"))
            .to_string()
    };
    // S3 started at 12:00 UTC: 14:00 in Amsterdam, 02:00 the next day on Kiritimati (UTC+14).
    assert_eq!(day_of_s3(Sandbox::new()), "2026-04-10");
    assert_eq!(
        day_of_s3(Sandbox::new().tz("Pacific/Kiritimati")),
        "2026-04-11"
    );
}

#[test]
fn cli_the_review_index_goes_into_the_cache_folder_of_the_sandbox() {
    let (_tmp, dirs) = fx::temp_copy(&["noord"]);
    let sandbox = Sandbox::new();
    let out = sandbox
        .command(&["stats"])
        .arg("--data-dir")
        .arg(&dirs[0])
        .output()
        .expect("casus runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let index = files_under(&sandbox.cache_dir());
    assert_eq!(
        index.len(),
        1,
        "one index, in $XDG_CACHE_HOME/casus: {index:?}"
    );
    assert!(index[0].starts_with("index"), "{index:?}");
    for var in XDG_VARS.iter().filter(|v| **v != "XDG_CACHE_HOME") {
        assert_eq!(
            files_under(&sandbox.xdg(var)),
            Vec::<std::path::PathBuf>::new(),
            "{var}"
        );
    }
    assert_eq!(
        files_under(&sandbox.home()),
        Vec::<std::path::PathBuf>::new(),
        "HOME"
    );
}

#[test]
fn cli_stats_csv_for_dutch_excel_has_a_bom_semicolons_and_a_dutch_header() {
    let (_tmp, dirs) = fx::temp_copy(&["noord", "zuid"]);
    let standard = casus_on(&dirs, &["stats", "--format", "csv"]);
    let excel = casus_on(&dirs, &["stats", "--format", "csv", "--excel-nl"]);
    assert!(excel.status.success(), "{}", stderr(&excel));
    let text = stdout(&excel);
    let body = text
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark first");
    assert!(
        body.starts_with("set;set_titel;thema;label;aantal;"),
        "{body}"
    );
    assert!(body.contains("\r\n"));
    // The same cells as the standard dialect, only the header and separators differ.
    let cells = |t: &str, sep: char| -> Vec<Vec<String>> {
        t.lines()
            .skip(1)
            .map(|l| {
                l.trim_end_matches('\r')
                    .split(sep)
                    .map(String::from)
                    .collect()
            })
            .collect()
    };
    assert_eq!(cells(body, ';'), cells(&stdout(&standard), ','));
}
