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
use common::bin::{Sandbox, is_raw};

/// Types a word into the first phase's editor without committing it,
/// sends `signal`, and checks what the brief promises.
fn ends_cleanly_on(signal: i32) {
    let env = Sandbox::new();
    let script = Script::new();
    let mut term = env.spawn(&new_args(), SIZE, &[]);
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
    term.signal(signal);

    let code = term.exit_code();
    assert_eq!(
        code,
        128 + signal as u32,
        "casus exits as ended by the signal"
    );
    let session = most_recent(&Store::existing(&env.data())).expect("the session is on disk");
    let draft = session
        .draft
        .expect("the open editor's text is saved as a draft");
    assert!(
        draft.text.contains(&word),
        "the draft on disk lacks the typed word {word:?}: {:?}",
        draft.text
    );
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
