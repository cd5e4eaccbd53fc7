//! SIGTERM and SIGHUP (a closed terminal window, a logout, a shutdown) end
//! casus the way `q` does: the open editor's text is saved as a draft at
//! once (not at the next 3-second draft save), the terminal is restored (raw
//! mode, alternate screen and bracketed paste off) and casus exits with
//! 128 + the signal's number. The real binary in a pseudo-terminal.
#![cfg(unix)]

mod common;

use casus::i18n::Lang;
use casus::store::Store;

use common::bin::script::{SIZE, Script, most_recent, new_args, token};
use common::bin::{Sandbox, Term, is_raw};

/// Starts a session and types a word into the first phase's editor without
/// committing it; returns the word.
fn type_into_an_editor(term: &mut Term) -> String {
    let script = Script::new();
    term.wait_until("the participants page", |s| {
        s.contains(Lang::Nl.strings().setup_participants)
    });
    term.send(b"\r");
    term.wait_until("the session", |s| s.contains(script.markers[0].as_str()));
    term.send(b"\r");
    term.wait_until("an open editor", |s| script.editor_open(s));
    let word = token(7);
    term.send(format!(" {word}").as_bytes());
    term.wait_until("the word in the editor", |s| s.contains(word.as_str()));
    word
}

/// The session on disk holds `word` in its draft.
fn draft_holds(env: &Sandbox, word: &str) {
    let session = most_recent(&Store::existing(&env.data())).expect("the session is on disk");
    let draft = session
        .draft
        .expect("the open editor's text is saved as a draft");
    assert!(
        draft.text.contains(word),
        "the draft on disk lacks the typed word {word:?}: {:?}",
        draft.text
    );
}

/// Types a word into the first phase's editor without committing it,
/// sends `signal`, and checks what the brief promises.
fn ends_cleanly_on(signal: i32) {
    let env = Sandbox::new();
    let mut term = env.spawn(&new_args(), SIZE, &[]);
    let word = type_into_an_editor(&mut term);
    term.signal(signal);

    let code = term.exit_code();
    assert_eq!(
        code,
        128 + signal as u32,
        "casus exits as ended by the signal"
    );
    draft_holds(&env, &word);
    let now = term.termios();
    assert!(!is_raw(&now), "raw mode is still on after the signal");
    assert_eq!(
        (now.c_lflag, now.c_iflag, now.c_oflag),
        (
            term.initial.c_lflag,
            term.initial.c_iflag,
            term.initial.c_oflag
        ),
        "the terminal settings differ from before casus started"
    );
    // The output is read on another thread: wait for the last bytes to arrive.
    term.wait_for_bytes(b"\x1b[?1049l");
    let start = std::time::Instant::now();
    while term.vt().alternate_screen() && start.elapsed().as_secs() < 5 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let screen = term.vt();
    assert!(!screen.alternate_screen(), "still on the alternate screen");
    assert!(!screen.bracketed_paste(), "bracketed paste still on");
}

#[test]
fn sigterm_saves_the_draft_and_restores_the_terminal() {
    ends_cleanly_on(libc::SIGTERM);
}

#[test]
fn sighup_saves_the_draft_and_restores_the_terminal() {
    ends_cleanly_on(libc::SIGHUP);
}

/// A closed window or a killed tmux pane: the terminal is hung up under
/// casus. crossterm alone would spin on the dead terminal for ever (its
/// issue 793); casus must save the draft and exit, as on SIGHUP.
#[test]
fn a_closed_window_saves_the_draft_and_ends_casus() {
    let env = Sandbox::new();
    let mut term = env.spawn(&new_args(), SIZE, &[]);
    let word = type_into_an_editor(&mut term);
    term.close_window();
    let code = term.exit_code();
    eprintln!(
        "DEBUG {code} {}",
        String::from_utf8_lossy(&term.raw()[term.raw().len().saturating_sub(300)..])
    );
    assert_eq!(
        term.exit_code(),
        128 + libc::SIGHUP as u32,
        "casus ends as on a hang-up instead of running on"
    );
    draft_holds(&env, &word);
}
