//! Snapshots of the screens issue 11 changed last, at 80×24, 120×40 and
//! 200×60, in Dutch and English: the method search in the set-up, lists and
//! tables that use a wide window, and footers that offer only keys that act.
//!
//! Update with `INSTA_UPDATE=always cargo test --test tui_snapshots_room`,
//! then read the `.snap` files as a facilitator would.

mod common;
mod review_fixtures;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::app::App;

use common::*;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];
const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];

/// Snapshots the app at the three sizes as `<lang>_<name>_<w>x<h>`.
fn snap(app: &App, name: &str) {
    let lang = app.lang.code();
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), render(app, w, h));
    }
}

/// Home → set-up → the case "signaal" → the method page.
fn method_page(lang: Lang) -> App {
    let mut app = app(lang);
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "signaal");
    press_code(&mut app, KeyCode::Enter);
    app
}

#[test]
fn the_method_page_has_the_case_lists_search() {
    for lang in LANGS {
        let mut app = method_page(lang);
        type_text(&mut app, "oplossing");
        snap(&app, "setup_method_search");
    }
}

#[test]
fn a_method_search_without_a_match_says_so() {
    for lang in LANGS {
        let mut app = method_page(lang);
        type_text(&mut app, "zzqq");
        snap(&app, "setup_method_nomatch");
    }
}

// ---------------------------------------------------------------- wide windows use the width

/// The first decision point with a long knelpunt and owner: at 200×60 the
/// decision-point list shows whole titles.
fn step_with_long_owner(lang: Lang) -> App {
    let mut app = at_first_step(lang);
    press(&mut app, ch('b'));
    type_text(&mut app, "Zorgoverleg duurt zes weken");
    press_code(&mut app, KeyCode::Tab);
    type_text(&mut app, "schoolbestuur, gemeente en regio samen");
    press_code(&mut app, KeyCode::Esc);
    app
}

#[test]
fn the_decision_point_list_shows_whole_titles_on_a_wide_window() {
    for lang in LANGS {
        snap(&step_with_long_owner(lang), "step_side_list");
    }
}

/// The review over Noord and Zuid, one knelpunt given a long owner.
fn register(lang: Lang) -> (App, tempfile::TempDir) {
    use casus::tui::app::Screen;
    use casus::tui::screens::review::Page;
    let (tmp, dirs) = review_fixtures::temp_copy(&["noord", "zuid"]);
    let (mut app, _runner) = review_over(lang, dirs.clone(), &dirs[0]);
    press(&mut app, ch('k'));
    let Screen::Review(rv) = &mut app.screen else {
        panic!("not the review");
    };
    let Page::Register(reg) = &mut rv.page else {
        panic!("not the register");
    };
    reg.rows[1].owner = Some("Regionaal expertiseteam jeugd-ggz Utrecht-West".into());
    (app, tmp)
}

#[test]
fn the_register_shows_whole_owners_on_a_wide_window() {
    for lang in LANGS {
        let (app, _tmp) = register(lang);
        snap(&app, "review_register");
    }
}

#[test]
fn the_session_list_shows_whole_methods_on_a_wide_window() {
    for lang in LANGS {
        let (_tmp, dirs) = review_fixtures::temp_copy(&["noord", "zuid"]);
        let (app, _runner) = review_over(lang, dirs.clone(), &dirs[0]);
        snap(&app, "review_list");
    }
}

// ---------------------------------------------------------------- only keys that act

/// A finished session's summary: through the closing and the evaluation.
fn summary(lang: Lang) -> App {
    let mut app = at_first_step(lang);
    press_code(&mut app, KeyCode::Tab);
    press(&mut app, ch('n'));
    press(&mut app, ch('n'));
    assert!(matches!(app.screen, casus::tui::app::Screen::Summary(_)));
    app
}

#[test]
fn the_summary_footer_keeps_export_view_and_reopen() {
    for lang in LANGS {
        snap(&summary(lang), "summary_empty");
    }
}

#[test]
fn a_finished_sessions_notes_page_offers_no_key_to_write() {
    for lang in LANGS {
        let mut app = summary(lang);
        press_code(&mut app, KeyCode::Left);
        snap(&app, "readonly_notes");
    }
}

#[test]
fn a_finished_sessions_decision_point_offers_no_key_to_edit() {
    for lang in LANGS {
        let mut app = summary(lang);
        press_code(&mut app, KeyCode::Left);
        press_code(&mut app, KeyCode::BackTab);
        press_code(&mut app, KeyCode::BackTab);
        snap(&app, "readonly_step");
    }
}

// ---------------------------------------------------------------- the same, as assertions

#[test]
fn read_only_pages_name_no_key_that_edits() {
    for lang in LANGS {
        let mut app = summary(lang);
        let summary_text = render(&app, 80, 24);
        press_code(&mut app, KeyCode::Left);
        let notes = render(&app, 120, 40);
        press_code(&mut app, KeyCode::BackTab);
        press_code(&mut app, KeyCode::BackTab);
        let step = render(&app, 120, 40);
        for (page, text) in [
            ("summary", &summary_text),
            ("notes", &notes),
            ("step", &step),
        ] {
            for hint in [
                "Enter: schrijven",
                "Enter: write",
                "d: besluit schrijven",
                "d: write",
                "t: labelen",
                "t: tag",
                "s: selecteren",
                "s: select",
                "v verbergt",
                "v hides",
                "b: knelpunt",
                "b: add",
                "a: actie",
                "a: add",
            ] {
                assert!(!text.contains(hint), "{page} offers {hint:?}:\n{text}");
            }
        }
    }
}

#[test]
fn a_wide_window_shows_whole_titles_owners_and_methods() {
    let step = render(&step_with_long_owner(Lang::Nl), 200, 60);
    assert!(
        step.contains("1. De leerkracht maakt zich zorgen "),
        "{step}"
    );
    let (app, _tmp) = register(Lang::Nl);
    let reg = render(&app, 200, 60);
    assert!(
        reg.contains("Regionaal expertiseteam jeugd-ggz Utrecht-West "),
        "{reg}"
    );
    let (_tmp, dirs) = review_fixtures::temp_copy(&["noord", "zuid"]);
    let (app, _runner) = review_over(Lang::Nl, dirs.clone(), &dirs[0]);
    let list = render(&app, 200, 60);
    assert!(list.contains("Moreel beraad: dilemmamethode "), "{list}");
}

#[test]
fn at_80_columns_the_header_and_side_list_cut_no_word() {
    for lang in LANGS {
        let app = step_with_long_owner(lang);
        let screen = render(&app, 80, 24);
        let header = screen.lines().next().unwrap_or_default();
        assert!(!header.contains("· Te…"), "{header}");
        for line in screen
            .lines()
            .filter(|l| l.contains('…') && l.contains('│'))
        {
            let item = line.split('│').next().unwrap_or_default().trim_end();
            let before = item.trim_end_matches('…');
            let last = before.rsplit(' ').next().unwrap_or_default();
            assert!(
                [
                    "leerkracht",
                    "maakt",
                    "met",
                    "de",
                    "school",
                    "Wat",
                    "doet",
                    "of",
                    "Het",
                    "gesprek"
                ]
                .contains(&last),
                "cut mid-word: {line}"
            );
        }
    }
}

#[test]
fn the_dutch_summary_footer_at_80_columns_keeps_export_view_and_reopen() {
    let screen = render(&summary(Lang::Nl), 80, 24);
    let footer = screen.lines().last().unwrap_or_default();
    for hint in ["e exporteren", "← sessie bekijken", "R heropenen"] {
        assert!(footer.contains(hint), "{footer}");
    }
}
