//! `e` in the register writes the signalenrapportage (issue 13, item 7) of
//! the sessions the review shows to the exports folder: the report a team
//! lead sends on, with the knelpunten as the register lists them, in the
//! interface language. Keys through the real keymap, the effect through the
//! real `Runner`, on copies of the fixture folders.

mod common;
mod register_followup;
mod review_fixtures;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::action::Effect;

use common::*;
use register_followup::working_list;

#[test]
fn e_in_the_register_writes_the_signals_report_of_what_the_review_shows() {
    for lang in [Lang::Nl, Lang::En] {
        let (mut app, runner, _tmp, dirs) = working_list(lang);
        let effects = press(&mut app, ch('e'));
        let [Effect::ExportReport { sessions, file, .. }] = &effects[..] else {
            panic!("one report export: {effects:?}");
        };
        assert!(!sessions.is_empty());
        let words = lang.review().report;
        let prefix = words.export_file.split("{}").next().unwrap();
        assert!(file.starts_with(prefix) && file.ends_with(".md"), "{file}");
        run(&mut app, &runner, effects.clone());
        let path = dirs[0].join("exports").join(file);
        let report =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(report.contains(words.title), "{report}");
        assert!(
            report.contains("Geen gedeeld dossier met school"),
            "{report}"
        );
        assert!(
            report.contains("De gemeente kijkt in maart"),
            "the answer: {report}"
        );
        let status = app.status.clone().expect("a status line");
        assert!(!status.error, "{}", status.text);
    }
}

#[test]
fn the_actions_tab_exports_the_same_report_and_typing_a_field_takes_the_e() {
    let (mut app, _runner, _tmp, _dirs) = working_list(Lang::Nl);
    press_code(&mut app, KeyCode::Tab);
    let effects = press(&mut app, ch('e'));
    assert!(
        matches!(&effects[..], [Effect::ExportReport { .. }]),
        "{effects:?}"
    );
    press_code(&mut app, KeyCode::Tab);
    press(&mut app, ch('o'));
    let effects = press(&mut app, ch('e'));
    assert!(effects.is_empty(), "an e typed into the owner: {effects:?}");
}
