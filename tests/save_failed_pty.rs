//! The disk-full `q` with the real binary in a pseudo-terminal: after the
//! sessions folder stops taking writes, a committed decision is not lost.
//! `q` does not exit 0 silently: it asks, Enter writes a rescue copy to the
//! home folder, and casus exits non-zero, naming the copy on stderr.
//!
//! The failure is a regular file where `sessions/` was (chmod would not stop
//! root, and CI runs as root).
#![cfg(unix)]

mod common;

use casus::i18n::Lang;

use common::bin::script::{SIZE, Script, new_args, token};
use common::bin::{Sandbox, is_raw};

#[test]
fn q_after_a_failed_save_asks_and_a_rescue_copy_keeps_the_decision() {
    let env = Sandbox::new();
    let script = Script::new();
    let s = Lang::Nl.strings();
    let mut term = env.spawn(&new_args(), SIZE, &[]);
    term.wait_until("the participants page", |x| {
        x.contains(s.setup_participants)
    });
    term.send(b"\r");
    term.wait_until("the session", |x| x.contains(script.markers[0].as_str()));
    // The first decision point; its save still works.
    term.send(b"n");
    term.wait_until("the first step", |x| x.contains(script.markers[1].as_str()));

    let sessions = env.sessions();
    std::fs::remove_dir_all(&sessions).expect("the sessions folder goes");
    std::fs::write(&sessions, "not a folder").expect("a file in its place");

    let word = token(3);
    term.send(b"d");
    term.wait_until("an open editor", |x| script.editor_open(x));
    term.send(word.as_bytes());
    term.esc();
    term.wait_until("the failed save in the footer", |x| {
        !script.editor_open(x) && x.contains(word.as_str()) && x.contains("Bewaren mislukt")
    });

    term.send(b"q");
    term.wait_until("the question", |x| x.contains("Niet bewaard ("));
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(
        term.screen().contains("Niet bewaard ("),
        "casus left without asking:\n{}",
        term.screen()
    );

    term.send(b"\r");
    let code = term.exit_code();
    assert_ne!(
        code, 0,
        "quitting with the text only in a rescue copy is not a plain success"
    );
    let copies: Vec<_> = std::fs::read_dir(env.home())
        .expect("the home folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("casus-rescue-") && n.ends_with(".ron"))
        })
        .collect();
    assert_eq!(
        copies.len(),
        1,
        "one rescue copy in the home folder: {copies:?}"
    );
    let copy = casus::store::read_session(&copies[0]).expect("the copy reads as a session");
    assert_eq!(
        copy.steps[0].decision, word,
        "the committed decision is in the copy"
    );
    let name = copies[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    term.wait_until("stderr naming the copy", |x| x.contains(name.as_str()));
    assert!(!is_raw(&term.termios()), "raw mode is off");
}
