//! Tellen en vertellen in the review screens: the counts per theme and the
//! stories behind a number. Keys go through the real keymap and `update`,
//! effects through the real `Runner`, over the fixture folders.

mod common;
mod review_fixtures;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;
use casus::tui::keymap::Context;
use casus::tui::runner::Runner;
use casus::tui::screens::review::Page;

use common::*;
use review_fixtures as fx;
use review_fixtures::{S0, S1, S2, S4};

/// Review over the fixture folders Noord, Zuid and Kapot, read-only.
fn fixtures(lang: Lang) -> (App, Runner, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let dirs = ["noord", "zuid", "kapot"].map(fx::data_dir).to_vec();
    let (app, runner) = review_over(lang, dirs, data.path());
    (app, runner, data)
}

// ---------------------------------------------------------------- tellen en vertellen

#[test]
fn the_chart_counts_decision_points_per_theme_most_first() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    press(&mut app, ch('c'));
    assert_eq!(app.context(), Context::ReviewChart);
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    let counts: Vec<(&str, usize)> = chart
        .stats
        .themes()
        .map(|(_, t)| (t.id.as_str(), t.count))
        .collect();
    // S5 (Kapot) adds a sterke-eerste-lijn tag to S2's two and S4's one.
    assert_eq!(
        counts,
        [
            ("sterke-eerste-lijn", 4),
            ("mandaat", 4),
            ("eerste-lijn-dichtbij", 3),
            ("normatief", 1),
            ("persoonlijk", 1),
        ]
    );
}

#[test]
fn choosing_a_theme_shows_every_decision_and_reflection_behind_its_number() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    press(&mut app, ch('c'));
    press_code(&mut app, KeyCode::Down); // mandaat
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::ReviewStories);
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    assert_eq!(chart.current().unwrap().id, "mandaat");
    let sessions: Vec<&str> = chart
        .stories
        .iter()
        .map(|s| s.session_id.as_str())
        .collect();
    // S4: a decision; S2: decision and EF's reflection; S1: decision and two reflections; S0: a decision.
    assert_eq!(sessions, [S4, S2, S2, S1, S1, S1, S0]);
    let screen = render(&app, 80, 24);
    assert!(
        screen.contains("Groot mandaat voor de professional: 4 beslismomenten, 7 verhalen"),
        "{screen}"
    );
    assert!(
        screen.contains("Reflectie (EF): Mandaat voelt spannend."),
        "{screen}"
    );
    press_code(&mut app, KeyCode::Right);
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    assert_eq!(chart.current().unwrap().id, "eerste-lijn-dichtbij");
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::ReviewChart);
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::ReviewList);
}

#[test]
fn the_chart_follows_the_filter() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    review_filter(&mut app, "group:zuid");
    press(&mut app, ch('c'));
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    assert_eq!(chart.stats.sessions, 1);
    assert_eq!(chart.stats.theme("eigenwijs/mandaat").unwrap().count, 1);
}

#[test]
fn scrolling_the_stories_stops_at_their_end_as_drawn() {
    let (mut app, _runner, _data) = fixtures(Lang::Nl);
    press(&mut app, ch('c'));
    press_code(&mut app, KeyCode::Down); // mandaat: seven stories
    press_code(&mut app, KeyCode::Enter);
    // The event loop draws after every key; draw records where the stories end.
    // At the smallest window the seven stories do not fit.
    let mut screen = render(&app, 60, 18);
    for _ in 0..50 {
        press_code(&mut app, KeyCode::Down);
        screen = render(&app, 60, 18);
    }
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    let end = chart.scroll;
    assert!(end > 0 && end < 150, "stopped at {end}: {screen}");
    assert!(
        screen.contains("Zelf een gesprek aanbieden"),
        "the last story shows: {screen}"
    );
    press_code(&mut app, KeyCode::Up);
    let Page::Chart(chart) = &review(&app).page else {
        panic!("chart")
    };
    assert_eq!(chart.scroll, end - 3, "one step up is one step");
}
