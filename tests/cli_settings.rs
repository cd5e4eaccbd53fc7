//! The user's settings files in the config folder (`keys.ron`, `colors.ron`)
//! and `--palette`, through the real binary: `casus check` reports a bad
//! file as `path:line:col` in the interface language, a bad file never
//! stops the app (it says where the problem is and keeps the defaults), and
//! a remapped key acts and shows in the footer and the help.

mod common;

use std::path::PathBuf;

use common::bin::keys::{ENTER, ESC};
use common::bin::{Sandbox, code, stderr, stdout};

/// A `keys.ron` with one good entry and, on line 4, two commands on one key.
const CLASHING: &str = "// my keys\n(\n    all: {\n        \"tag_themes\": [\"d\"],\n        \"reveal\": [\"u\"],\n    },\n)\n";

fn with_file(sandbox: &Sandbox, name: &str, text: &str) -> PathBuf {
    let dir = sandbox.config_dir();
    std::fs::create_dir_all(&dir).expect("the config folder");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("the settings file");
    path
}

#[test]
fn check_reports_a_clash_in_keys_ron_with_its_place_in_dutch_and_english() {
    for (locale, message) in [
        (
            "nl_NL.UTF-8",
            "op het scherm \"steps\" doet d al edit_decision; tag_themes houdt daar zijn standaardtoetsen",
        ),
        (
            "en_GB.UTF-8",
            "on the screen \"steps\", d already does edit_decision; tag_themes keeps its default keys there",
        ),
    ] {
        let sandbox = Sandbox::new().lang(Some(locale));
        let path = with_file(&sandbox, "keys.ron", CLASHING);
        let out = sandbox.run(&["check"]);
        assert_eq!(code(&out), 1, "{}{}", stdout(&out), stderr(&out));
        let line = format!("{}:4:9: {message}", path.display());
        assert!(
            stdout(&out).lines().any(|l| l == line),
            "{locale}: no {line:?} in:\n{}",
            stdout(&out)
        );
    }
}

#[test]
fn check_on_a_named_colors_ron_reports_a_bad_colour_and_nothing_else() {
    let sandbox = Sandbox::new().lang(Some("nl_NL.UTF-8"));
    let path = with_file(&sandbox, "colors.ron", "(\n    title: \"oranje\",\n)\n");
    let shown = path.display().to_string();
    let out = sandbox.run(&["check", &shown]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!(
            "{shown}:2:12: \"oranje\" is geen kleur: gebruik een naam"
        )),
        "{text}"
    );
    assert_eq!(
        text.lines().count(),
        2,
        "one problem and the summary:\n{text}"
    );
}

#[test]
fn good_settings_files_check_clean_and_count() {
    let sandbox = Sandbox::new().lang(Some("en_GB.UTF-8"));
    with_file(&sandbox, "keys.ron", "(all: { \"tag_themes\": [\"T\"] })");
    with_file(
        &sandbox,
        "colors.ron",
        "(palette: \"hoog-contrast\", warning: \"#ff8800\")",
    );
    let out = sandbox.run(&["check", "--strict"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let bare = Sandbox::new().lang(Some("en_GB.UTF-8")).run(&["check"]);
    assert_ne!(stdout(&out), stdout(&bare), "the two files are counted");
}

#[test]
fn palette_takes_english_and_dutch_names_and_refuses_others() {
    let sandbox = Sandbox::new().lang(Some("nl_NL.UTF-8"));
    for name in ["dark", "licht", "hoog-contrast", "high-contrast"] {
        let out = sandbox.run(&["--palette", name, "list", "methods"]);
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
    }
    let out = sandbox.run(&["--palette", "sepia", "list", "methods"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).starts_with("casus:"), "{}", stderr(&out));
    let help = stdout(&sandbox.run(&["--help"]));
    assert!(help.contains("--palette"), "{help}");
    assert!(help.contains("beamer"), "{help}");
}

#[test]
fn a_remapped_key_acts_and_shows_in_the_footer_and_the_help() {
    let sandbox = Sandbox::new();
    with_file(&sandbox, "keys.ron", "(all: { \"tag_themes\": [\"T\"] })");
    let mut term = sandbox.spawn(&[], (120, 40), &[]);
    term.set_up_signaal_from_home();
    term.keys("n");
    term.wait_for("Beslismoment 1 van 5");
    let screen = term.screen();
    let footer = screen
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    assert!(footer.contains(" T thema's"), "{footer}");
    assert!(!footer.contains(" t thema's"), "{footer}");
    term.keys("?");
    term.wait_for("Toetsen");
    let help = term.screen();
    assert!(
        help.lines()
            .any(|l| l.contains("│T ") && l.contains("thema's")),
        "{help}"
    );
    term.keys(ESC);
    term.wait_gone("Toetsen");
    term.keys("T");
    term.wait_for("Tab aan/uit");
    term.keys(ESC);
    term.keys("q");
    assert!(term.wait_exit());
}

#[test]
fn a_bad_settings_file_never_stops_the_app_and_says_where() {
    let sandbox = Sandbox::new();
    let path = with_file(&sandbox, "colors.ron", "(\n  palette: \"sepia\",\n)\n");
    let mut term = sandbox.spawn(&[], (120, 40), &[]);
    let at = format!("{}:2:12", path.display());
    term.wait_for("Nieuwe sessie");
    term.wait_for(&at);
    assert!(
        term.screen().contains("de standaard geldt"),
        "{}",
        term.screen()
    );
    term.keys(ENTER);
    term.wait_for("Zoek:");
}

#[test]
fn the_readme_names_every_command_and_screen_keys_ron_knows() {
    use casus::tui::keymap::names::{COMMANDS, CONTEXTS};
    let readme = std::fs::read_to_string("README.md").expect("the README");
    let settings = readme
        .split("## Settings")
        .nth(1)
        .expect("a Settings section");
    for name in COMMANDS
        .iter()
        .map(|c| c.1)
        .chain(CONTEXTS.iter().map(|c| c.1))
    {
        assert!(settings.contains(&format!("`{name}`")), "{name}");
    }
}
