//! The set-up's group and participants fields are scanned like every
//! editor (issue 10, finding 13): other personal data warns once, Ctrl-R
//! puts placeholders, a BSN blocks; a BSN from `--group` is shown and
//! blocked on the set-up and refused by the CLI, never replaced silently.

mod common;

use crossterm::event::KeyCode;

use casus::i18n::Lang;
use casus::tui::screens::setup::{Page, Preset};

use common::*;

/// The set-up on the group page with all the defaults before it.
fn on_group() -> casus::tui::app::App {
    let mut app = app(Lang::Nl);
    for _ in 0..4 {
        press_code(&mut app, KeyCode::Enter); // home, case, method, theme sets
    }
    assert_eq!(setup_page(&app), Page::Group);
    app
}

#[test]
fn a_group_with_an_email_and_a_phone_warns_once_then_keeps_it() {
    let mut app = on_group();
    let group = "Team jan@gemeente.nl 06-12345678";
    type_text(&mut app, group);
    assert!(press_code(&mut app, KeyCode::Enter).is_empty());
    assert_eq!(
        setup_page(&app),
        Page::Group,
        "the warning stops the page once"
    );
    assert_eq!(status(&app), (nl().privacy_warning_short.to_string(), true));
    let screen = render(&app, 80, 24);
    for label in [nl().finding_email, nl().finding_phone] {
        assert!(screen.contains(label), "{label:?} missing:\n{screen}");
    }
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(setup_page(&app), Page::Participants, "Enter again keeps it");
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_eq!(last_save(&effects).group, group);
}

#[test]
fn a_full_name_as_participant_warns_and_ctrl_r_puts_a_placeholder() {
    let mut app = on_group();
    type_text(&mut app, "Team Noord");
    press_code(&mut app, KeyCode::Enter);
    type_text(&mut app, "AB, Jan de Vries");
    assert!(press_code(&mut app, KeyCode::Enter).is_empty());
    assert_eq!(setup_page(&app), Page::Participants);
    assert!(render(&app, 80, 24).contains(nl().finding_name));
    press(&mut app, ctrl('r'));
    let effects = press_code(&mut app, KeyCode::Enter);
    assert_never_saved(&effects, "Vries");
    let saved = last_save(&effects);
    assert_eq!(saved.participants.len(), 2, "{:?}", saved.participants);
    assert_eq!(saved.participants[0], "AB");
}

#[test]
fn a_bsn_in_the_group_blocks_every_time() {
    let mut app = on_group();
    type_text(&mut app, "Team 123456782");
    for _ in 0..3 {
        assert!(press_code(&mut app, KeyCode::Enter).is_empty());
        assert_eq!(setup_page(&app), Page::Group);
        assert_eq!(status(&app), (nl().privacy_blocked_short.to_string(), true));
    }
}

#[test]
fn a_bsn_from_group_is_shown_and_blocked_not_replaced_silently() {
    let mut app = app(Lang::Nl);
    app.start_setup(Preset {
        case: Some("veilig-thuis".into()),
        method: Some("dilemmamethode".into()),
        themes: Some(vec!["reflectie".into()]),
        group: Some("Team 123456782".into()),
        ..Preset::default()
    });
    assert_eq!(
        setup_page(&app),
        Page::Group,
        "the group page is not skipped"
    );
    let mut effects = press_code(&mut app, KeyCode::Enter);
    effects.extend(press_code(&mut app, KeyCode::Enter));
    assert!(saves(&effects).is_empty(), "nothing saved: {effects:?}");
    assert_eq!(status(&app), (nl().privacy_blocked_short.to_string(), true));
    let screen = render(&app, 80, 24);
    assert!(
        screen.contains("123456782"),
        "the user sees what blocks:\n{screen}"
    );
}

#[test]
fn the_group_warning_at_80x24() {
    for (lang, name) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
        let mut app = app(lang);
        for _ in 0..4 {
            press_code(&mut app, KeyCode::Enter);
        }
        type_text(&mut app, "Team jan@gemeente.nl 06-12345678");
        press_code(&mut app, KeyCode::Enter);
        insta::assert_snapshot!(
            format!("{name}_setup_group_warning_80x24"),
            render(&app, 80, 24)
        );
    }
}

#[cfg(unix)]
#[test]
fn casus_new_with_a_bsn_in_group_says_so_and_saves_nothing() {
    let env = common::bin::Sandbox::new();
    let data = env.data();
    let out = env.run(&[
        "new",
        "--group",
        "Team 123456782",
        "--lang",
        "nl",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert_eq!(common::bin::code(&out), 2);
    let err = common::bin::stderr(&out);
    assert!(err.contains(nl().group_bsn), "{err}");
    assert!(
        !common::bin::files_under(&data)
            .iter()
            .any(|f| f.extension().is_some_and(|x| x == "ron")),
        "no session written"
    );
}
