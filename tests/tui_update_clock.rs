//! The facilitator's clock: `z` pauses and resumes the phase timer, `m` gives
//! the phase five more minutes, the header shows the whole session against
//! the method's total, and overtime never runs into the title.

mod common;

use casus::i18n::Lang;
use casus::tui::app::App;

use common::*;

fn elapsed(app: &App) -> u64 {
    let s = &session(app).session;
    s.phases[s.position.phase].elapsed_secs
}

fn header(app: &App, w: u16, h: u16) -> String {
    render(app, w, h)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn pausing_stops_the_phase_clock_and_is_saved_resuming_counts_again() {
    let mut app = started(Lang::Nl);
    run_clock(&mut app, 0, 20);
    let before = elapsed(&app);
    assert_eq!(before, 20);
    let effects = press(&mut app, ch('z'));
    assert!(last_save(&effects).timer_paused, "the pause is saved");
    assert_eq!(status(&app).0, "Timer gepauzeerd.");
    run_clock(&mut app, 25, 60);
    assert_eq!(elapsed(&app), before, "paused: no phase time counts");
    assert!(header(&app, 80, 24).contains("[gepauzeerd]"));
    let effects = press(&mut app, ch('z'));
    assert!(!last_save(&effects).timer_paused);
    // Ticks at 90, 95 and 100, the last paused one at 85.
    run_clock(&mut app, 90, 10);
    assert_eq!(elapsed(&app), before + 15, "running again");
}

#[test]
fn more_time_gives_the_phase_five_minutes_and_is_saved() {
    let mut app = started(Lang::Nl);
    assert!(header(&app, 80, 24).contains("nog 20:00"));
    let effects = press(&mut app, ch('m'));
    let saved = last_save(&effects);
    assert_eq!(saved.phases[saved.position.phase].extra_minutes, 5);
    assert!(status(&app).0.contains("5 minuten erbij"));
    let top = header(&app, 80, 24);
    assert!(top.contains("nog 25:00"), "{top}");
    assert!(top.contains("totaal 00:00/1:35:00"), "{top}");
}

#[test]
fn the_header_shows_the_whole_session_against_the_methods_total() {
    let mut app = started(Lang::En);
    run_clock(&mut app, 0, 30);
    let top = header(&app, 120, 40);
    assert!(top.contains("total 00:30/1:30:00"), "{top}");
}

#[test]
fn old_files_without_the_clock_fields_still_load_and_new_ones_omit_defaults() {
    let app = started(Lang::Nl);
    let text = casus::store::to_ron(&session(&app).session);
    assert!(!text.contains("timer_paused"), "not written while false");
    assert!(!text.contains("extra_minutes"), "not written while zero");
    let back = casus::store::parse_session("x.ron", &text).expect("reads");
    assert!(!back.timer_paused);
    let mut paused = back.clone();
    paused.timer_paused = true;
    paused.phases[0].extra_minutes = 10;
    let text = casus::store::to_ron(&paused);
    let again = casus::store::parse_session("x.ron", &text).expect("reads");
    assert!(again.timer_paused);
    assert_eq!(again.phases[0].extra_minutes, 10);
}

/// A session 1:05 over its first phase's time.
fn over_time(lang: Lang) -> App {
    let mut app = started(lang);
    let s = &mut session_mut(&mut app).session;
    s.phases[0].elapsed_secs = 20 * 60 + 65;
    app
}

#[test]
fn overtime_never_runs_into_the_title_at_60_or_80_columns() {
    for lang in [Lang::Nl, Lang::En] {
        for w in [60u16, 80] {
            let app = over_time(lang);
            let top = header(&app, w, 24);
            let (_, clock) = top.split_once('⚠').expect("the warning shows");
            assert!(clock.contains("01:05"), "{top:?}");
            // The left part ends whole or in an ellipsis after a whole word,
            // always a space before the clocks.
            let right = top.find("tota").unwrap_or(top.find('⚠').unwrap());
            let title = &top[..right];
            assert!(title.contains("casus"), "{top:?}");
            assert!(title.ends_with(' '), "{top:?}");
            let title = title.trim_end();
            let whole = [
                "Een",
                "zorgelijk",
                "signaal",
                "van",
                "school",
                "Team",
                "Noord",
            ];
            let last = title.trim_end_matches('…').rsplit(' ').next().unwrap_or("");
            assert!(whole.contains(&last), "cut mid-word: {top:?}");
        }
    }
}

#[test]
fn snapshot_headers_with_overtime() {
    for (lang, name) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
        let app = over_time(lang);
        insta::assert_snapshot!(format!("{name}_overtime_60x18"), render(&app, 60, 18));
        insta::assert_snapshot!(format!("{name}_overtime_80x24"), render(&app, 80, 24));
    }
}

// ---------------------------------------------------------------- every key shows its effect

#[test]
fn o_scrolls_the_revealed_outcome_into_view_at_80x24() {
    let mut app = at_first_step(Lang::Nl);
    let before = render(&app, 80, 24);
    assert!(!before.contains(nl().step_outcome), "{before}");
    press(&mut app, ch('o'));
    assert!(session(&app).scroll > 0, "scrolled down to it");
    let after = render(&app, 80, 24);
    assert!(after.contains(nl().step_outcome), "{after}");
}

#[test]
fn page_keys_move_a_visible_page_and_home_end_the_ends() {
    use crossterm::event::KeyCode;
    let mut app = at_first_step(Lang::Nl);
    render(&app, 80, 24);
    let seen = session(&app).seen.get();
    assert!(seen.last > 0, "the step is longer than the screen at 80x24");
    press_code(&mut app, KeyCode::PageDown);
    let page = seen.height - 1;
    assert_eq!(session(&app).scroll, page.min(seen.last));
    press_code(&mut app, KeyCode::End);
    assert_eq!(session(&app).scroll, seen.last);
    press_code(&mut app, KeyCode::PageDown);
    assert_eq!(session(&app).scroll, seen.last, "never past the end");
    press_code(&mut app, KeyCode::PageUp);
    assert_eq!(session(&app).scroll, seen.last.saturating_sub(page));
    press_code(&mut app, KeyCode::Home);
    assert_eq!(session(&app).scroll, 0);
}
