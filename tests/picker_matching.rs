//! The word matcher on the built-in lists (issue 11, finding 3): a word
//! matches a word start or a contiguous part of a word, never letters
//! scattered over a label; whole words rank first, then word starts, then the
//! label over an alias. The theme picker and the case list share it.

mod common;

use casus::i18n::Lang;
use casus::library::Library;
use casus::tui::app::{App, Screen};

use common::*;

/// What the picker offers for `query`, best first, as `SET/THEME`.
fn offered(query: &str) -> Vec<String> {
    let mut app = at_first_step(Lang::Nl);
    press(&mut app, ch('t'));
    type_text(&mut app, query);
    let picker = session(&app).picker.as_ref().unwrap();
    picker
        .list
        .matches
        .iter()
        .map(|&i| picker.items[i].reference.clone())
        .collect()
}

/// The case titles the set-up offers for `query`, best first.
fn cases_offered(query: &str) -> Vec<String> {
    let mut app: App = common::app(Lang::Nl);
    press_code(&mut app, crossterm::event::KeyCode::Enter);
    type_text(&mut app, query);
    let Screen::Setup(setup) = &app.screen else {
        panic!("the set-up shows");
    };
    let library = Library::load(None, &[]);
    setup
        .case_matches()
        .iter()
        .map(|&i| library.cases[i].item.title.clone())
        .collect()
}

#[test]
fn veiligheid_does_not_offer_tevredenheid_or_mandaat() {
    let found = offered("veiligheid");
    assert!(
        !found.contains(&"eigenwijs/tevredenheid".to_string()),
        "{found:?}"
    );
    assert!(
        !found.contains(&"eigenwijs/mandaat".to_string()),
        "{found:?}"
    );
}

#[test]
fn mandat_offers_mandaat_and_not_technisch_instrumenteel() {
    let found = offered("mandat");
    assert_eq!(found.first().map(String::as_str), Some("eigenwijs/mandaat"));
    assert!(
        !found.contains(&"reflectie/technisch-instrumenteel".to_string()),
        "{found:?}"
    );
}

#[test]
fn every_word_must_match_in_its_own_place() {
    let found = offered("eerste lijn");
    assert_eq!(
        found[..2],
        [
            "eigenwijs/eerste-lijn-dichtbij".to_string(),
            "eigenwijs/sterke-eerste-lijn".to_string()
        ]
    );
    assert!(offered("eerste wachtlijst").is_empty());
}

#[test]
fn a_whole_word_in_the_label_ranks_above_a_word_start() {
    // "Groot mandaat …" has the word; aliases elsewhere only start with it.
    assert_eq!(offered("mandaat")[0], "eigenwijs/mandaat");
}

#[test]
fn onderwijs_zorg_ranks_the_arrangement_above_the_worrying_signal() {
    let found = cases_offered("onderwijs zorg");
    let arrangement = found
        .iter()
        .position(|t| t.starts_with("Een onderwijs-zorgarrangement"));
    let signal = found
        .iter()
        .position(|t| t.starts_with("Een zorgelijk signaal van school"));
    assert_eq!(arrangement, Some(0), "{found:?}");
    assert!(signal.is_none_or(|s| s > 0), "{found:?}");
}

#[test]
fn the_case_list_drops_scattered_letters() {
    assert!(cases_offered("zzqq").is_empty());
    let found = cases_offered("signaal");
    assert_eq!(found, vec!["Een zorgelijk signaal van school".to_string()]);
}
