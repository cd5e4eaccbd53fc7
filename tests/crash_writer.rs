//! One writer per session: with one session open in a terminal, a second
//! casus on it (by id, or `resume` without one) refuses with a short message
//! naming it, exits non-zero and writes nothing; once the first has let go,
//! the session opens again.
#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use casus::i18n::Lang;
use casus::store::Store;

use common::bin::script::{SIZE, Script, most_recent, new_args};
use common::bin::{Sandbox, find, is_raw};

fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("the sessions folder")
        .map(|e| {
            let path = e.expect("an entry").path();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let bytes = std::fs::read(&path).expect("a readable file");
            (name, bytes)
        })
        .collect()
}

#[test]
fn a_second_casus_on_an_open_session_refuses_and_writes_nothing() {
    let env = Sandbox::new();
    let script = Script::new();
    let mut first = env.spawn(&new_args(), SIZE, &[]);
    first.wait_until("the participants page", |s| {
        s.contains(Lang::Nl.strings().setup_participants)
    });
    first.send(b"\r");
    first.wait_until("the session", |s| s.contains(script.markers[0].as_str()));
    assert!(
        is_raw(&first.termios()),
        "a running casus has the terminal in raw mode (else the panic test's check means nothing)"
    );
    let id = most_recent(&Store::existing(&env.data()))
        .expect("the new session is saved")
        .id;
    // Frozen, the first casus holds its lock but writes nothing while we look.
    first.signal(libc::SIGSTOP);
    let before = snapshot(&env.sessions());

    for args in [vec!["resume", id.as_str()], vec!["resume"]] {
        let mut second = env.spawn(&args, SIZE, &[]);
        let code = second.exit_code();
        let raw = second.wait_for_bytes(id.as_bytes());
        let said = String::from_utf8_lossy(&raw).into_owned();
        assert_ne!(code, 0, "`casus {args:?}` must refuse; it said:\n{said}");
        assert!(
            find(&raw, b"\x1b[?1049h").is_none(),
            "the second casus opened its screen instead of refusing:\n{said}"
        );
        assert!(
            said.contains(&id) && said.trim_end().lines().count() <= 2,
            "the refusal names the session in a short message:\n{said}"
        );
        assert_eq!(
            snapshot(&env.sessions()),
            before,
            "`casus {args:?}` changed the sessions folder"
        );
    }

    first.signal(libc::SIGCONT);
    first.send(b"q");
    assert_eq!(first.exit_code(), 0, "the first casus leaves cleanly");
    let after = first.termios();
    assert!(!is_raw(&after), "raw mode is still on after q");

    // Once the first has let go, the session opens again.
    let mut again = env.spawn(&["resume", &id], SIZE, &[]);
    again.wait_until("the session again", |s| {
        s.contains(script.markers[0].as_str())
    });
    again.send(b"q");
    assert_eq!(again.exit_code(), 0);
}
