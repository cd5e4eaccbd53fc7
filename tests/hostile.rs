//! Hostile input: random keys, pastes, ticks and resizes on every screen.
//! (Fixed cases worth keeping: `hostile_cases.rs`; the machinery: `hostile_play/`.)
//!
//! Keys go through the real keymap (`keymap::action_for(app.context(), key)`)
//! into the pure `update`; after every input the whole app is drawn into a
//! `TestBackend` of the current size. The properties:
//!
//! * nothing panics, whatever the input and the size (1×1 up to 300×120);
//! * every session `update` asks to save round-trips through `store::to_ron`
//!   and `store::parse_session` to an equal `Session`;
//! * no saved (or exported) session ever holds a valid BSN, wherever it was
//!   typed or pasted.

mod hostile_play;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use proptest::test_runner::Config;

use casus::i18n::Lang;

use hostile_play::{BSN, Input, Start, plain, run};

fn key() -> impl Strategy<Value = KeyEvent> {
    prop_oneof![
        6 => proptest::char::range('a', 'z').prop_map(|c| plain(KeyCode::Char(c))),
        1 => proptest::char::range('A', 'Z')
            .prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT)),
        2 => proptest::char::range('0', '9').prop_map(|c| plain(KeyCode::Char(c))),
        1 => prop::sample::select(vec![' ', '?', '.', ',', '-', 'é', '漢'])
            .prop_map(|c| plain(KeyCode::Char(c))),
        6 => prop::sample::select(vec![
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::F(1),
        ])
        .prop_map(plain),
        1 => prop::sample::select(vec!['s', 'r', 'c', 'a', 'e', 'k', 'u'])
            .prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    ]
}

/// Pieces pastes are made of: the awkward corners of Unicode, and a BSN.
const PIECES: &[&str] = &[
    "gewone tekst ",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\x00\x01\x07\x08\x1b[31m\x7f",
    "\u{80}\u{9f}",
    "漢字かな交じり文 한국어 ",
    "ｆｕｌｌｗｉｄｔｈ",
    "e\u{301}a\u{308}o\u{20dd}\u{36f}\u{36f}\u{36f}",
    "👩‍👩‍👧‍👦🏳️‍🌈👍🏽",
    "مرحبا بالعالم ",
    "שלום עולם ",
    "\u{202e}omgekeerd\u{202c}\u{2066}x\u{2069}",
    "\u{200b}\u{200d}\u{feff}\u{2028}\u{2029}",
    "\"quotes\" and \\backslashes\\ and r#\"raw\"# ",
    "(schema_version: 99, ) ] } ",
    BSN,
    " 111222333 ",
    "BSN: 111222333.",
    "123456789",
    "jan@example.org ",
    "06-12345678 ",
];

fn paste() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(PIECES.to_vec());
    prop_oneof![
        12 => prop::collection::vec(piece, 1..12).prop_map(|p| p.concat()),
        1 => (prop::sample::select(PIECES.to_vec()), 1usize..=(1 << 20) + 64)
            .prop_map(|(p, bytes)| p.repeat(bytes / p.len().max(1) + 1)),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        14 => key().prop_map(Input::Key),
        2 => paste().prop_map(Input::Paste),
        2 => (0u8..=10).prop_map(Input::Tick),
        1 => (1u16..=300, 1u16..=120).prop_map(|(w, h)| Input::Resize(w, h)),
    ]
}

fn start() -> impl Strategy<Value = Start> {
    prop_oneof![
        Just(Start::Home),
        Just(Start::HomeWithSessions),
        Just(Start::Setup),
        Just(Start::SetupGroup),
        (0u8..9).prop_map(Start::Session),
        Just(Start::Summary),
    ]
}

/// 64 cases, or `PROPTEST_CASES` for a longer hunt.
fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64);
    Config {
        cases,
        max_shrink_iters: 512,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_input_on_every_screen_never_panics_and_always_saves_cleanly(
        start in start(),
        english in any::<bool>(),
        inputs in prop::collection::vec(input(), 1..80),
    ) {
        let lang = if english { Lang::En } else { Lang::Nl };
        run(start, lang, &inputs);
    }
}
