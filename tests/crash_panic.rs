//! After a panic the terminal is restored: the real binary in a
//! pseudo-terminal is made to panic (debug builds: `CASUS_TEST_PANIC`), and
//! the bytes it wrote and the terminal's settings show that bracketed paste,
//! mouse capture, the alternate screen and raw mode are off, with the panic
//! message legible on the main screen.
#![cfg(unix)]

mod common;

use common::bin::script::{SIZE, new_args};
use common::bin::{Sandbox, find, is_raw, rfind};

#[cfg(debug_assertions)]
#[test]
fn after_a_panic_the_terminal_is_restored() {
    let env = Sandbox::new();
    let mut term = env.spawn(&new_args(), SIZE, &[("CASUS_TEST_PANIC", "1")]);
    let code = term.exit_code();
    assert_ne!(code, 0, "a panic exits non-zero");
    let message = b"CASUS_TEST_PANIC is set";
    let raw = term.wait_for_bytes(message);
    let text = String::from_utf8_lossy(&raw);

    let entered = rfind(&raw, b"\x1b[?1049h").unwrap_or_else(|| {
        panic!("casus never entered the alternate screen, so the test proves nothing:\n{text}")
    });
    assert!(
        find(&raw[entered..], b"\x1b[?2004h").is_some(),
        "bracketed paste was never turned on:\n{text}"
    );
    let after = &raw[entered..];
    let at = |seq: &[u8]| {
        find(after, seq).unwrap_or_else(|| {
            panic!(
                "after the panic casus did not write {:?}:\n{text}",
                String::from_utf8_lossy(seq)
            )
        })
    };
    at(b"\x1b[?2004l"); // bracketed paste off
    for mouse in ["1006", "1015", "1003", "1002", "1000"] {
        at(format!("\x1b[?{mouse}l").as_bytes()); // DisableMouseCapture, all of it
    }
    let left = at(b"\x1b[?1049l"); // back on the main screen
    let said = at(message);
    assert!(
        said > left,
        "the panic message was printed before leaving the alternate screen, where nobody sees it:\n{text}"
    );

    let screen = term.vt();
    assert!(!screen.alternate_screen(), "still on the alternate screen");
    assert!(!screen.bracketed_paste(), "bracketed paste still on");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse capture still on"
    );
    assert!(
        screen.contents().contains("CASUS_TEST_PANIC is set"),
        "the panic message is not legible on the main screen:\n{}",
        screen.contents()
    );

    let now = term.termios();
    assert!(!is_raw(&now), "raw mode is still on after the panic");
    assert_eq!(
        (now.c_lflag, now.c_iflag, now.c_oflag),
        (
            term.initial.c_lflag,
            term.initial.c_iflag,
            term.initial.c_oflag
        ),
        "the terminal settings differ from before casus started"
    );
}
