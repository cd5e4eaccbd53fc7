//! `casus stats` counts in the database (`review/index/counts.rs`) and
//! answers the exact parts of a filter in SQL (`review/index/pass.rs`): on
//! the cases where that could go wrong, it gives exactly what counting every
//! parsed session gives, for every filter token; and the new tables hold no
//! BSN.
//!
//! No timings here: speed is measured by hand and in BENCHMARKS.md.

mod index_common;
mod review_fixtures;

use std::path::{Path, PathBuf};

use jiff::tz::TimeZone;

use casus::i18n::Lang;
use casus::model::{Action, ActionStatus, Bottleneck, BottleneckStatus, Level, Session, Theme};
use casus::review::index::{Cache, Scan};
use casus::review::load::sessions_of;
use casus::review::{Filter, Stats, load_folders};
use index_common::*;
use review_fixtures as fx;

/// Every token, in both languages where they differ in kind, alone and together.
const FILTERS: &[&str] = &[
    "",
    "oefen:ja",
    "oefen:alles",
    "practice:no",
    "theme:mandaat",
    "theme:eigenwijs",
    "theme:eigenwijs/nieuw",
    "theme:wijkteam",
    "theme:onbekend",
    "theme:vrije",
    "theme:\"mandaat\u{0}x\"",
    "thema:\"eerste lijn\"",
    "case:signaal",
    "casus:wachtlijst",
    "case:zzz",
    "group:noord",
    "team:\"team zuid\"",
    "method:dilemma",
    "methode:incident",
    "since:2026-04-01",
    "until:2026-03-31",
    "since:2026-Q2",
    "until:2026-Q1",
    "since:2026-01-01 until:2026-01-01",
    "status:open",
    "status:afgerond",
    "knelpunt:open",
    "knelpunt:aangekaart",
    "bottleneck:resolved",
    "actie:open",
    "action:done",
    "actie:vervallen",
    "eigenaar:wethouder",
    "owner:jeugdarts",
    "niveau:gemeente",
    "level:team",
    "ouder:30",
    "moeder",
    "moeder school",
    "mandaat theme:eigenwijs oefen:alles",
    "group:noord status:afgerond since:2026",
    "eigenaar:wethouder knelpunt:open niveau:gemeente",
    "case:signaal method:incident theme:mandaat until:2026-Q2 oefen:alles",
];

fn amsterdam() -> TimeZone {
    TimeZone::get("Europe/Amsterdam").expect("the time zone database knows Europe/Amsterdam")
}

fn at(text: &str) -> jiff::Timestamp {
    text.parse().unwrap()
}

/// A copy of `base` with another id and start (the id's date is the start's).
fn copy(base: &Session, id: &str, started: &str) -> Session {
    let mut s = base.clone();
    s.id = id.into();
    s.started = at(started);
    s.updated = at(started);
    if s.finished.is_some() {
        s.finished = Some(s.updated);
    }
    s
}

fn theme(id: &str, label: &str, replaces: &[&str]) -> Theme {
    Theme {
        id: id.into(),
        label: label.into(),
        description: None,
        aliases: Vec::new(),
        replaces: replaces.iter().map(|r| r.to_string()).collect(),
    }
}

/// The sessions where counting could go wrong.
fn tricky() -> Vec<Session> {
    let mut out = Vec::new();
    // Renamed: the newest copy of eigenwijs says `nieuw` replaces `mandaat`
    // (and `oud`, which no theme has), but tags neither; an older session
    // tags `mandaat` with its own, older copy.
    let mut renamed = copy(&fx::s4(), "20260610-120000-hhhhhh", "2026-06-10T12:00:00Z");
    let set = &mut renamed.theme_sets[0];
    set.themes.retain(|t| t.id != "mandaat");
    set.themes
        .push(theme("nieuw", "Nieuw mandaat", &["mandaat", "oud"]));
    renamed.steps[0].themes = vec!["reflectie/persoonlijk".into()];
    out.push(renamed.clone());
    // Its own copy renames a tag it carries: counted under `nieuw`.
    let mut own = copy(&renamed, "20260611-120000-iiiiii", "2026-06-11T12:00:00Z");
    own.steps[1].themes = vec!["eigenwijs/oud".into(), "eigenwijs/nieuw".into()];
    out.push(own);
    // A tag twice on one step, a tag of an unknown set, and free text.
    let mut odd = copy(&fx::s1(), "20260120-120000-jjjjjj", "2026-01-20T12:00:00Z");
    odd.steps[0].themes = vec![
        "eigenwijs/mandaat".into(),
        "eigenwijs/mandaat".into(),
        "onbekend/iets".into(),
        "Vrije tekst".into(),
        "onbekend/iets".into(),
    ];
    odd.steps[1].themes = vec!["onbekend/iets".into(), "eigenwijs/geen-thema".into()];
    out.push(odd);
    // Near a quarter's edge in Amsterdam: 1 April there, 31 March in UTC;
    // 23:30 on 31 March there; New Year's Day there, 31 December in UTC.
    out.push(copy(
        &fx::s0(),
        "20260331-223000-kkkkkk",
        "2026-03-31T22:30:00Z",
    ));
    out.push(copy(
        &fx::s5(),
        "20260331-213000-llllll",
        "2026-03-31T21:30:00Z",
    ));
    out.push(copy(
        &fx::s2(),
        "20251231-233000-mmmmmm",
        "2025-12-31T23:30:00Z",
    ));
    // Practice sessions, one with a tag nobody else has.
    let mut practice = copy(&fx::s1(), "20260401-090000-nnnnnn", "2026-04-01T09:00:00Z");
    practice.practice = true;
    practice.steps[0].themes = vec!["reflectie/normatief".into(), "oefen/alleen-hier".into()];
    out.push(practice);
    // Knelpunten and actions of every kind, owners with diacritics.
    let mut items = copy(&fx::s3(), "20260215-120000-oooooo", "2026-02-15T12:00:00Z");
    items.bottlenecks.push(Bottleneck {
        id: "k-9".into(),
        text: "Wachtlijst".into(),
        owner: Some("Wéthouder Zorg".into()),
        status: BottleneckStatus::Raised,
        level: Some(Level::Municipality),
        ..Bottleneck::default()
    });
    items.actions = vec![
        Action {
            id: "a-1".into(),
            text: "Bellen".into(),
            owner: Some("Jeugdarts".into()),
            status: ActionStatus::Done,
            ..Action::default()
        },
        Action {
            id: "a-2".into(),
            text: "Mailen".into(),
            owner: None,
            status: ActionStatus::Dropped,
            ..Action::default()
        },
    ];
    out.push(items);
    out
}

fn write_all(data: &Path, sessions: &[Session]) {
    let dir = sessions_dir(data);
    std::fs::create_dir_all(&dir).unwrap();
    for s in sessions {
        let path = dir.join(format!("{}.ron", s.id));
        std::fs::write(path, casus::store::to_ron(s)).unwrap();
    }
}

/// Counts through the index (warm and cold) and without it equal counting
/// every parsed session, for every filter, in Amsterdam.
fn assert_counts_agree(dirs: &[PathBuf], cache: &Cache, when: &str) {
    let tz = amsterdam();
    let full = load_folders(dirs, Lang::En);
    for cache in [cache, &Cache::Off] {
        let mut scan = Scan::open(dirs, Lang::En, cache);
        for text in FILTERS {
            let filter = Filter::parse(text).unwrap();
            let matching = sessions_of(&full.matching(&filter, &tz));
            assert_eq!(
                scan.stats(&filter, &tz),
                Stats::compute(&matching, &tz),
                "{when}: stats {text:?}"
            );
        }
    }
}

fn fixture_dirs() -> (tempfile::TempDir, Vec<PathBuf>) {
    let (tmp, dirs) = fx::temp_copy(&["noord", "zuid", "kapot"]);
    write_all(&dirs[0], &tricky());
    (tmp, dirs)
}

#[test]
fn counting_in_the_database_equals_counting_every_session() {
    let (tmp, dirs) = fixture_dirs();
    let cache = Cache::Dir(tmp.path().join("cache"));
    assert_counts_agree(&dirs, &cache, "first run");
    settle(&dirs);
    assert_counts_agree(&dirs, &cache, "warm");
    // The quarter's edge is where Amsterdam puts it.
    let stats = Scan::open(&dirs, Lang::En, &cache).stats(&Filter::default(), &amsterdam());
    let quarters: Vec<String> = stats.quarters.iter().map(|q| q.to_string()).collect();
    assert_eq!(quarters.first().map(String::as_str), Some("2025-Q3"));
    let mandaat = stats
        .theme("eigenwijs/nieuw")
        .expect("mandaat counts under nieuw");
    assert_eq!(mandaat.label, "Nieuw mandaat", "the newest session's word");
    assert!(
        stats.theme("eigenwijs/mandaat").is_none(),
        "merged into nieuw"
    );
    let since = Scan::open(&dirs, Lang::En, &cache)
        .stats(&Filter::parse("since:2026-04-01").unwrap(), &amsterdam());
    let until = Scan::open(&dirs, Lang::En, &cache)
        .stats(&Filter::parse("until:2026-03-31").unwrap(), &amsterdam());
    let all = stats.sessions;
    assert_eq!(
        since.sessions + until.sessions,
        all,
        "every day on one side"
    );
    drop(tmp);
}

#[test]
fn sessions_whose_count_rows_are_gone_are_counted_from_their_summaries() {
    let (tmp, dirs) = fixture_dirs();
    let cache_dir = tmp.path().join("cache");
    let cache = Cache::Dir(cache_dir.clone());
    assert_counts_agree(&dirs, &cache, "first run");
    settle(&dirs);
    // A database that lost some per-file rows (as after a summary that did
    // not decode): those files are read, and the counts stay the same.
    let conn = rusqlite::Connection::open(database(&cache_dir)).unwrap();
    let lost = conn
        .execute(
            "DELETE FROM count_session WHERE file IN \
             (SELECT id FROM file WHERE name LIKE '2026%' AND name < '20260400') ",
            [],
        )
        .unwrap();
    assert!(lost >= 4, "rows deleted: {lost}");
    drop(conn);
    assert_counts_agree(&dirs, &cache, "count rows lost");
    let scan = Scan::open(&dirs, Lang::En, &cache);
    assert_eq!(
        scan.files_read, 1,
        "the stat is unchanged: only the broken file is read"
    );
    drop(tmp);
}

#[test]
fn no_bsn_reaches_the_count_tables() {
    const BSN: &str = "123456782"; // passes the elfproef
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut s = fx::s4();
    s.bottlenecks[0].owner = Some(format!("Wethouder {BSN}"));
    s.actions.push(Action {
        id: "a-1".into(),
        text: "Bellen".into(),
        owner: Some(format!("Jan ({BSN})")),
        ..Action::default()
    });
    s.group = format!("Team {BSN}");
    // Written by hand (someone else's casus): not through the store's gate.
    write_all(&data, &[s]);
    let cache_dir = tmp.path().join("cache");
    let cache = Cache::Dir(cache_dir.clone());
    let stats = Scan::open(std::slice::from_ref(&data), Lang::En, &cache)
        .stats(&Filter::parse("eigenaar:wethouder").unwrap(), &amsterdam());
    assert_eq!(stats.sessions, 1, "the owner is still found");
    let conn = rusqlite::Connection::open(database(&cache_dir)).unwrap();
    // Every table of the index: the count tables, the file table, the stories.
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let counting = tables.iter().filter(|t| t.starts_with("count_")).count();
    assert_eq!(counting, 7, "{tables:?}");
    assert!(tables.iter().any(|t| t == "file"), "{tables:?}");
    let mut count_rows = 0;
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut found = stmt.query([]).unwrap();
        while let Some(r) = found.next().unwrap() {
            count_rows += usize::from(table.starts_with("count_"));
            for c in 0..columns {
                if let rusqlite::types::ValueRef::Text(b) | rusqlite::types::ValueRef::Blob(b) =
                    r.get_ref(c).unwrap()
                {
                    let text = String::from_utf8_lossy(b);
                    assert!(!text.contains(BSN), "{table}: {text}");
                }
            }
        }
    }
    assert!(count_rows > 0, "the session has count rows");
    drop(tmp);
}
