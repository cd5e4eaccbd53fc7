//! Review: counting themes per set and quarter, the stories of a theme,
//! search, and the bottleneck register with its updates. The right answers
//! are worked out by hand from `review_fixtures`.

mod common;
mod review_fixtures;

use std::path::PathBuf;

use casus::i18n::Lang;
use casus::model::BottleneckStatus;
use casus::review::load::sessions_of;
use casus::review::{
    BottleneckChange, Filter, ItemChange, Loaded, Stamp, Stats, StoryKind, UpdateError,
    load_folders, register, search, stories, update_item,
};
use common::bin::tz;
use review_fixtures as fx;
use review_fixtures::{S0, S1, S2, S4};

fn both() -> Loaded {
    load_folders(&[fx::data_dir("noord"), fx::data_dir("zuid")], Lang::En)
}

// ---- counting and telling ------------------------------------------------

#[test]
fn counts_per_theme_set_and_per_quarter_over_both_folders() {
    let loaded = both();
    let stats = Stats::compute(
        &sessions_of(&loaded.matching(&Filter::default(), &tz())),
        &tz(),
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
    let stats = Stats::compute(&sessions_of(&loaded.matching(&filter, &tz())), &tz());
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
    let all = sessions_of(&loaded.matching(&Filter::default(), &tz()));
    let told = stories(&all, "eigenwijs/mandaat", &tz());
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
    let all = sessions_of(&loaded.matching(&Filter::default(), &tz()));
    let hits = search(&all, "ouders", &tz());
    let found: Vec<(&str, usize)> = hits
        .iter()
        .map(|h| (h.session_id.as_str(), h.step_index))
        .collect();
    assert_eq!(found, [(S4, 1), (S1, 0)]);
    let hits = search(&all, "COORDINATIE school", &tz());
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].kind, StoryKind::Reflection { author: None });
    assert!(search(&all, "ouders xyzzy", &tz()).is_empty());
    assert!(search(&all, "   ", &tz()).is_empty());
}

#[test]
fn the_register_lists_every_bottleneck_oldest_first_and_follows_the_knelpunt_filter() {
    let loaded = both();
    let rows = register(&loaded.sessions, &Filter::default(), &tz(), today());
    let got: Vec<(&str, Option<&str>, BottleneckStatus)> = rows
        .iter()
        .map(|r| (r.session_id.as_str(), r.step_title.as_deref(), r.status))
        .collect();
    // No dot-votes in these sessions: the longest waiting first.
    assert_eq!(
        got,
        [
            (S1, Some("De melding"), BottleneckStatus::Raised),
            (S1, None, BottleneckStatus::Open),
            (S2, Some("Overbruggen"), BottleneckStatus::Raised),
            (S4, Some("Overbruggen"), BottleneckStatus::Resolved),
        ]
    );
    assert!(rows[2].path.starts_with(fx::data_dir("zuid")));
    let open = register(
        &loaded.sessions,
        &Filter::parse("knelpunt:open").unwrap(),
        &tz(),
        today(),
    );
    assert_eq!(open.len(), 1);
    assert_eq!((open[0].index, open[0].owner.as_deref()), (1, None));
}

#[test]
fn updating_a_bottleneck_changes_only_that_bottleneck_in_its_file() {
    let (_tmp, dirs) = fx::temp_copy(&["noord"]);
    let loaded = load_folders(&dirs, Lang::En);
    let row = register(&loaded.sessions, &Filter::default(), &tz(), today())
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

    // One field per update: the status, then the owner.
    let at: jiff::Timestamp = "2026-12-03T10:00:00Z".parse().unwrap();
    let change = |c| ItemChange::Bottleneck(c);
    update_item(
        &row.path,
        S1,
        &row.id,
        &row.text,
        &change(BottleneckChange::Status(
            BottleneckStatus::Resolved,
            Stamp::at(at),
        )),
    )
    .unwrap();
    let saved = update_item(
        &row.path,
        S1,
        &row.id,
        &row.text,
        &change(BottleneckChange::Owner(Some(" Wethouder ".into()))),
    )
    .unwrap();

    let mut expected = fx::s1();
    expected.bottlenecks[0].set_status(BottleneckStatus::Resolved, at, String::new(), None);
    expected.bottlenecks[0].owner = Some("Wethouder".into());
    assert_eq!(
        expected.bottlenecks[0].history.len(),
        1,
        "the change is dated"
    );
    assert_eq!(saved, expected);
    assert_eq!(casus::store::read_session(&row.path).unwrap(), expected);
    let after = std::fs::read_to_string(&row.path).unwrap();
    // Every line of the file is still there but the old owner and status;
    // what is new is the new owner and status and the status's history.
    let gone: Vec<&str> = before
        .lines()
        .filter(|l| !after.lines().any(|a| a == *l))
        .collect();
    assert_eq!(gone.len(), 2, "owner and status lines only: {gone:?}");
    assert!(
        gone.iter()
            .all(|l| l.contains("owner:") || l.contains("status:")),
        "{gone:?}"
    );
    let added = after.lines().count() - before.lines().count();
    assert!(after.contains("history: ["), "{after}");
    assert!(
        added > 0 && added < 12,
        "a history entry only: {added} lines"
    );
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
    let at = "2026-12-03T10:00:00Z".parse().unwrap();
    let resolve = ItemChange::Bottleneck(BottleneckChange::Status(
        BottleneckStatus::Resolved,
        Stamp::at(at),
    ));
    let other = update_item(&path, S2, "k-1", "Iets", &resolve).unwrap_err();
    assert!(matches!(other, UpdateError::OtherSession { ref found, .. } if found == S1));
    let gone = update_item(&path, S1, "k-8", "Weg", &resolve).unwrap_err();
    assert!(matches!(
        gone,
        UpdateError::NoSuchItem { ref id, .. } if id == "k-8"
    ));
    assert!(gone.message(Lang::Nl).contains("knelpunt “Weg”"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// The day the register counts ages to.
fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 12, 3)
}
