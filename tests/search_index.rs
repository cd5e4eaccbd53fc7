//! `casus search` through the index's trigram table finds exactly what
//! searching every session finds, for each class of text and query where a
//! substring index can go wrong: diacritics (precomposed and combining),
//! case, queries shorter than a trigram, several words, a word across two
//! fields, punctuation and the query syntax of FTS5, a word in two
//! reflections of one step, practice sessions, a file changed after it was
//! indexed, and files the story tables lack. And no BSN reaches the tables.

mod index_common;
mod review_fixtures;

use std::path::{Path, PathBuf};

use jiff::tz::TimeZone;

use casus::i18n::Lang;
use casus::model::{Reflection, Session};
use casus::review::index::{Cache, Scan};
use casus::review::load::sessions_of;
use casus::review::{Filter, load_folders, search};
use casus::store::{Store, to_ron};
use index_common::*;

/// One class: the texts of a session's steps (decision, reflections with
/// their author), and queries with the number of stories each must find in it.
struct Class {
    name: &'static str,
    steps: Vec<(&'static str, Vec<&'static str>)>,
    practice: bool,
    expect: Vec<(&'static str, usize)>,
}

fn classes() -> Vec<Class> {
    let class = |name, steps, expect| Class {
        name,
        steps,
        practice: false,
        expect,
    };
    let mut practice = class(
        "practice",
        vec![("Oefenen met de zeldzaamwoord-casus.", vec![])],
        vec![("zeldzaamwoord", 1)],
    );
    practice.practice = true;
    vec![
        class(
            "diacritics",
            vec![
                (
                    "Casuïstiek bespreken in het café.",
                    vec!["Coördinatie lukt."],
                ),
                // e + U+0301 COMBINING ACUTE: folds to the same letters.
                ("Een cafe\u{301} en ree\u{308}el overleg.", vec![]),
            ],
            vec![
                ("casuistiek", 1),
                ("casuïstiek", 1),
                ("CASUÏSTIEK", 1),
                ("cafe", 2),
                ("café", 2),
                ("cafe\u{301}", 2),
                ("reeel", 1),
                ("coordinatie", 1),
                ("coördinatie lukt", 1),
            ],
        ),
        class(
            "case",
            vec![("De WACHTLIJST is Lang.", vec!["wachtlijst, WachtLijst."])],
            vec![("wachtlijst", 2), ("WaChTlIjSt", 2), ("lang", 1)],
        ),
        class(
            "short queries",
            vec![("Ik ga nu x-en.", vec!["ïj en zo", "Q"])],
            vec![
                ("x", 1),
                ("q", 1),
                ("ï", 2),
                ("ij", 1),
                ("ïj", 1),
                ("nu", 1),
                ("zo", 1),
                ("x-e", 1),
                ("ga nu", 1),
                ("ik q", 0),
            ],
        ),
        class(
            "multi-word and prefixes",
            vec![(
                "Het plan met school en ouders.",
                vec!["Een plan zonder de school.", "Alleen de ouders."],
            )],
            vec![
                ("school plan", 2),
                ("plan school ouders", 1),
                ("sch pla", 2),
                ("ouder", 2),
                ("plan ouders zonder", 0),
            ],
        ),
        class(
            "field boundary",
            vec![
                ("Eerst de wacht", vec!["lijst daarna", "grensgeval"]),
                ("woord", vec!["overschrijding"]),
            ],
            vec![
                ("wachtlijst", 0),
                ("wacht lijst", 0),
                ("wachtlijst daarna", 0),
                ("grensgevalwoord", 0),
                ("woordoverschrijding", 0),
                ("wacht", 1),
                ("lijst", 1),
            ],
        ),
        class(
            "punctuation and query syntax",
            vec![(
                "Overgang 18-/18+ in de jeugd-ggz (zie \"plan\"): a|b, NEAR(x) AND y*.",
                vec!["OR NOT ^kop: {col}"],
            )],
            vec![
                ("18-/18+", 1),
                ("18+", 1),
                ("jeugd-ggz", 1),
                ("\"plan\"", 1),
                ("\"plan\"):", 1),
                ("a|b", 1),
                ("near(x)", 1),
                ("y*", 1),
                ("and", 1),
                ("or not", 1),
                ("^kop:", 1),
                ("{col}", 1),
                ("\"", 1),
                ("\"\"", 0),
                ("*", 1),
            ],
        ),
        class(
            "a word in two reflections of one step",
            vec![(
                "Niets bijzonders besloten.",
                vec!["De moeder belt.", "Met de Moeder praten.", "Verder niets."],
            )],
            vec![("moeder", 2), ("niets", 2), ("de", 4)],
        ),
        practice,
    ]
}

/// The class sessions, one per class, each a copy of fixture S1 with its
/// texts replaced, a day apart.
fn class_sessions() -> Vec<(&'static str, Session)> {
    classes()
        .into_iter()
        .enumerate()
        .map(|(n, class)| {
            let mut s = review_fixtures::s1();
            s.id = format!("20260701-1200{n:02}-cls{n:03}");
            s.started = format!("2026-07-{:02}T12:00:00Z", n + 1).parse().unwrap();
            s.practice = class.practice;
            for step in &mut s.steps {
                step.decision.clear();
                step.reflections.clear();
            }
            for (i, (decision, reflections)) in class.steps.iter().enumerate() {
                s.steps[i].decision = decision.to_string();
                s.steps[i].reflections = reflections
                    .iter()
                    .enumerate()
                    .map(|(r, text)| Reflection {
                        author: (r % 2 == 0).then(|| "AB".into()),
                        text: text.to_string(),
                    })
                    .collect();
            }
            (class.name, s)
        })
        .collect()
}

/// The fixture folders plus a folder of the class sessions.
fn folders() -> (tempfile::TempDir, Vec<PathBuf>) {
    let (tmp, mut dirs) = review_fixtures::temp_copy(&["noord", "zuid", "kapot"]);
    let data = tmp.path().join("classes");
    let store = Store::existing(&data);
    std::fs::create_dir_all(sessions_dir(&data)).unwrap();
    for (_, s) in class_sessions() {
        std::fs::write(store.path(&s.id), to_ron(&s)).unwrap();
    }
    dirs.push(data);
    (tmp, dirs)
}

const FILTERS: [&str; 6] = [
    "",
    "oefen:ja",
    "oefen:alles",
    "oefen:nee",
    "group:noord",
    "since:2026-07",
];

/// Every query of every class, and the queries of the equivalence tests.
fn queries() -> Vec<String> {
    let mut all: Vec<String> = classes()
        .iter()
        .flat_map(|c| c.expect.iter().map(|(q, _)| q.to_string()))
        .collect();
    all.extend(QUERIES.iter().map(|q| q.to_string()));
    all.extend(["", "   ", "a", "e", "een"].map(String::from));
    all
}

/// Searching through the index (in `cache`, and with the index off) gives
/// what searching every parsed file gives, for every query and filter.
fn assert_search_agrees(dirs: &[PathBuf], cache: &Cache, when: &str) {
    // A zone far from UTC: the stories are dated in it (the index stores no dates).
    let tz = TimeZone::fixed(jiff::tz::offset(11));
    let full = load_folders(dirs, Lang::En);
    for cache in [cache, &Cache::Off] {
        let mut scan = Scan::open(dirs, Lang::En, cache);
        for text in FILTERS {
            let filter = Filter::parse(text).unwrap();
            let matching = sessions_of(&full.matching(&filter, &tz));
            for query in queries() {
                assert_eq!(
                    scan.search(&filter, &query, &tz),
                    search(&matching, &query, &tz),
                    "{when}: search {query:?} in {text:?} ({cache:?})"
                );
            }
        }
    }
}

#[test]
fn each_class_finds_what_searching_every_file_finds() {
    let (tmp, dirs) = folders();
    let cache = Cache::Dir(tmp.path().join("cache"));
    assert_search_agrees(&dirs, &cache, "first run");
    // The expected counts, so that agreeing is not agreeing on nothing.
    let mut scan = Scan::open(&dirs, Lang::En, &cache);
    let everything = Filter::parse("oefen:alles").unwrap();
    for (class, (_, session)) in classes().iter().zip(class_sessions()) {
        for (query, count) in &class.expect {
            let found = scan
                .search(&everything, query, &TimeZone::UTC)
                .into_iter()
                .filter(|s| s.session_id == session.id)
                .count();
            assert_eq!(found, *count, "{}: {query:?}", class.name);
        }
    }
    let practice = &class_sessions().last().unwrap().1.id.clone();
    let default = scan.search(&Filter::default(), "zeldzaamwoord", &TimeZone::UTC);
    assert!(default.is_empty(), "a practice session is left out");
    let only = scan.search(&Filter::parse("oefen:ja").unwrap(), "woord", &TimeZone::UTC);
    assert!(!only.is_empty() && only.iter().all(|s| &s.session_id == practice));
    settle(&dirs);
    assert_search_agrees(&dirs, &cache, "settled");
}

#[test]
fn a_file_changed_after_indexing_is_searched_as_it_is_now() {
    let (tmp, dirs) = folders();
    let cache = Cache::Dir(tmp.path().join("cache"));
    assert_search_agrees(&dirs, &cache, "indexed");
    settle(&dirs);
    Scan::open(&dirs, Lang::En, &cache);
    // Same size, the old mtime: only the ctime and inode tell.
    let store = Store::existing(&dirs[3]);
    let (_, s) = &class_sessions()[1];
    let path = store.path(&s.id);
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = text.replacen("WACHTLIJST", "HULPVRAAG!", 1);
    assert_ne!(changed, text);
    std::fs::write(&path, &changed).unwrap();
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(mtime).unwrap();
    assert_search_agrees(&dirs, &cache, "after a same-size change");
    let mut scan = Scan::open(&dirs, Lang::En, &cache);
    let hits = scan.search(&Filter::default(), "hulpvraag!", &TimeZone::UTC);
    assert_eq!(hits.len(), 1);
    // Saved through the store, and removed.
    let mut again = s.clone();
    again.steps[0].decision = "Nu over de overbrugging.".into();
    casus::store::write_atomic(&path, to_ron(&again).as_bytes()).unwrap();
    assert_search_agrees(&dirs, &cache, "after a save");
    std::fs::remove_file(&path).unwrap();
    assert_search_agrees(&dirs, &cache, "after a removal");
}

/// Files whose story rows are missing (as when a gated summary no longer
/// decodes) or of another session are searched from their summary or file.
#[test]
fn files_without_story_rows_are_searched_the_old_way() {
    let (tmp, dirs) = folders();
    let cache_dir = tmp.path().join("cache");
    let cache = Cache::Dir(cache_dir.clone());
    settle(&dirs);
    Scan::open(&dirs, Lang::En, &cache);
    let conn = rusqlite::Connection::open(database(&cache_dir)).unwrap();
    let some = "SELECT id FROM file WHERE name LIKE '%cls000%' OR name LIKE '%bbbbbb%'";
    conn.execute_batch(&format!(
        "DELETE FROM story WHERE file IN ({some}); DELETE FROM story_session WHERE file IN ({some}); \
         UPDATE story_session SET session_id = 'other' WHERE file IN \
         (SELECT id FROM file WHERE name LIKE '%cls001%');"
    ))
    .unwrap();
    drop(conn);
    assert_search_agrees(&dirs, &cache, "some story rows missing");
    let conn = rusqlite::Connection::open(database(&cache_dir)).unwrap();
    conn.execute_batch("DELETE FROM story; DELETE FROM story_session;")
        .unwrap();
    drop(conn);
    assert_search_agrees(&dirs, &cache, "no story rows");
}

/// True when the bytes of any file in `dir` hold `needle`.
fn holds(dir: &Path, needle: &str) -> bool {
    index_files(dir).iter().any(|p| {
        let bytes = std::fs::read(p).unwrap_or_default();
        bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
    })
}

#[test]
fn no_bsn_reaches_the_story_tables() {
    const BSN: &str = "123456782"; // passes the elfproef
    let (tmp, dirs) = folders();
    let cache_dir = tmp.path().join("cache");
    let cache = Cache::Dir(cache_dir.clone());
    // Written by hand (someone else's casus, an editor): not through the gate.
    let mut s = review_fixtures::s1();
    s.id = "20260801-120000-bsnbsn".into();
    s.steps[0].reflections[0].text = format!("De moeder (BSN {BSN}) belt terug.");
    let store = Store::existing(&dirs[3]);
    std::fs::write(store.path(&s.id), to_ron(&s)).unwrap();
    let mut scan = Scan::open(&dirs, Lang::En, &cache);
    let hits = scan.search(&Filter::default(), "belt terug", &TimeZone::UTC);
    assert_eq!(hits.len(), 1, "the story is found, with the placeholder");
    assert!(!hits[0].text.contains(BSN), "{}", hits[0].text);
    drop(scan);
    let conn = rusqlite::Connection::open(database(&cache_dir)).unwrap();
    let rows: i64 = conn
        .query_row(
            "SELECT count(*) FROM story JOIN story_session s ON s.file = story.file \
             WHERE s.session_id = '20260801-120000-bsnbsn'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(rows > 0, "the session has story rows");
    drop(conn);
    assert!(!holds(&cache_dir, BSN), "the database holds no BSN");
    assert!(holds(&cache_dir, "belt terug"), "but the story's text");
}
