//! The user's `keys.ron` in the app itself (in-process, through
//! `tui::start::configure` as at start): a remapped key acts, the footer and
//! the help show it, and hint sentences that name the old key give way to
//! ones that name none.

mod common;

use casus::config::{Config, keys};
use casus::i18n::Lang;
use casus::tui::app::App;

use common::*;

fn remapped(text: &str) -> App {
    let mut app = at_first_step(Lang::Nl);
    let (keys, problems) = keys::parse("keys.ron", text, Lang::Nl);
    assert!(problems.is_empty(), "{problems:?}");
    let config = Config {
        keys,
        ..Config::default()
    };
    casus::tui::start::configure(&mut app, &config);
    app.palette = casus::tui::style::Palette::new(false);
    assert_eq!(app.status, None, "no problem to report");
    app
}

#[test]
fn a_remapped_key_acts_and_the_old_one_does_not() {
    let mut app = remapped(r#"(all: { "edit_decision": ["B"] })"#);
    press(&mut app, ch('d'));
    assert!(session(&app).editor.is_none(), "d does nothing now");
    press(&mut app, ch('B'));
    assert!(session(&app).editor.is_some(), "B opens the decision");
}

#[test]
fn footer_help_and_hints_follow_the_users_keys() {
    let mut app = remapped(r#"(all: { "edit_decision": ["B"] })"#);
    let s = nl();
    let screen = render(&app, 120, 40);
    let footer = screen.lines().last().unwrap_or_default();
    assert!(
        footer.contains(&format!(" B {}", s.cmd_edit_decision)),
        "{footer}"
    );
    assert!(
        !footer.contains(&format!(" d {}", s.cmd_edit_decision)),
        "{footer}"
    );
    assert!(
        !screen.contains(s.step_no_decision),
        "the hint names d:\n{screen}"
    );
    assert!(screen.contains(s.settings.present_no_decision), "{screen}");
    assert!(screen.contains(s.step_no_themes), "t is still t:\n{screen}");
    press(&mut app, ch('?'));
    let help = render(&app, 120, 40);
    assert!(
        help.lines()
            .any(|l| l.contains("│B ") && l.contains(s.cmd_edit_decision)),
        "{help}"
    );
}
