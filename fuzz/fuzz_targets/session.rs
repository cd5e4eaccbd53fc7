//! Session files: any bytes in `sessions/` must give a session or a
//! positioned diagnostic, never a panic; a session that loads must save and
//! load back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The same UTF-8 check `read_session` makes before parsing.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match casus::store::parse_session("fuzz.ron", text) {
        Ok(session) => {
            let saved = casus::store::to_ron(&session);
            let again = casus::store::parse_session("saved.ron", &saved).unwrap_or_else(|d| {
                panic!("a loaded session does not load after saving: {d}\n{saved}")
            });
            assert!(
                again == session,
                "a session changed on save and load:\n{saved}"
            );
        }
        Err(d) => assert!(d.line >= 1 && d.col >= 1, "no position: {d}"),
    }
});
