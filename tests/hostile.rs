//! Hostile input: random keys, pastes, ticks and resizes on every screen.
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

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use proptest::prelude::*;
use proptest::test_runner::Config;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use casus::i18n::Lang;
use casus::library::Library;
use casus::model::Session;
use casus::privacy::{self, FindingKind};
use casus::store::{parse_session, to_ron};
use casus::tui::action::{Action, Effect};
use casus::tui::app::{App, Ids, Screen};
use casus::tui::keymap;
use casus::tui::screens::setup::Preset;
use casus::tui::style::Palette;
use casus::tui::update::update;
use casus::tui::view::view;

/// A valid BSN (it passes the elfproef); it must never reach a file.
const BSN: &str = "111222333";
const ID: &str = "20261123-090000-hostil";

fn t0() -> Timestamp {
    "2026-11-23T09:00:00Z".parse().expect("a timestamp")
}

fn library() -> Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(|| Library::load(None, &[])).clone()
}

// ---------------------------------------------------------------- inputs

/// One thing that can happen to the app.
#[derive(Debug, Clone)]
enum Input {
    Key(KeyEvent),
    Paste(String),
    /// The clock moves on by this many seconds.
    Tick(u8),
    Resize(u16, u16),
}

fn plain(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

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

// ---------------------------------------------------------------- where a run starts

#[derive(Debug, Clone, Copy)]
enum Start {
    /// The home screen with no sessions.
    Home,
    /// The home screen listing an unfinished and a finished session.
    HomeWithSessions,
    /// The first set-up page.
    Setup,
    /// The set-up at the group name (case, method and themes given).
    SetupGroup,
    /// Inside a session, this many `n` presses from its start (0 is the opening).
    Session(u8),
    /// The summary of a finished session.
    Summary,
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

/// What the test keeps in place of the disk: every session saved, by id.
type Disk = BTreeMap<String, Session>;

fn new_app(lang: Lang, sessions: &[Session]) -> App {
    let mut app = App::new(lang, library(), sessions, t0());
    app.ids = Ids::Fixed(ID.into());
    app.palette = Palette::new(false);
    app
}

fn preset(group: Option<&str>) -> Preset {
    Preset {
        case: Some("signaal-van-school".into()),
        method: Some("casusbespreking".into()),
        themes: Some(vec!["eigenwijs".into()]),
        group: group.map(str::to_string),
    }
}

/// A session started the way a user starts one, `n` presses in.
fn session_app(lang: Lang, presses: u8, disk: &mut Disk) -> App {
    let mut app = new_app(lang, &[]);
    app.start_setup(preset(Some("Team Noord")));
    press(&mut app, plain(KeyCode::Enter), disk);
    assert!(
        matches!(app.screen, Screen::Session(_)),
        "Enter on the participants page starts the session"
    );
    for _ in 0..presses {
        press(&mut app, plain(KeyCode::Char('n')), disk);
    }
    app
}

fn setup_start(start: Start, lang: Lang, disk: &mut Disk) -> App {
    match start {
        Start::Home => new_app(lang, &[]),
        Start::HomeWithSessions => {
            session_app(lang, 12, disk);
            let mut finished = disk.remove(ID).expect("the finished session was saved");
            assert!(finished.is_finished(), "twelve presses finish the session");
            finished.id = "20261120-090000-klaar1".into();
            disk.insert(finished.id.clone(), finished);
            session_app(lang, 2, disk);
            let sessions: Vec<Session> = disk.values().cloned().collect();
            new_app(lang, &sessions)
        }
        Start::Setup => {
            let mut app = new_app(lang, &[]);
            app.start_setup(Preset::default());
            app
        }
        Start::SetupGroup => {
            let mut app = new_app(lang, &[]);
            app.start_setup(preset(None));
            app
        }
        Start::Session(n) => session_app(lang, n, disk),
        Start::Summary => session_app(lang, 12, disk),
    }
}

// ---------------------------------------------------------------- the runner, in memory

/// Everything a person types into a session: where a BSN must never be.
fn typed_text(s: &Session) -> String {
    let mut out = vec![s.group.clone(), s.lessons.clone()];
    out.extend(s.participants.iter().cloned());
    out.extend(s.phases.iter().map(|p| p.notes.clone()));
    for r in &s.steps {
        out.push(r.decision.clone());
        for x in &r.reflections {
            out.push(x.text.clone());
            out.extend(x.author.clone());
        }
    }
    for b in &s.bottlenecks {
        out.push(b.text.clone());
        out.extend(b.owner.clone());
    }
    for a in &s.actions {
        out.push(a.text.clone());
        out.extend(a.owner.clone());
    }
    if let Some(d) = &s.draft {
        out.push(d.text.clone());
        out.extend(d.side.clone());
    }
    out.join("\n")
}

fn assert_no_bsn(s: &Session, what: &str) {
    let text = typed_text(s);
    let found: Vec<&str> = privacy::scan(&text)
        .into_iter()
        .filter(|f| f.kind == FindingKind::Bsn)
        .map(|f| &text[f.start..f.end])
        .collect();
    assert!(
        found.is_empty(),
        "a {what} session holds a BSN {found:?}; the text:\n{text}"
    );
}

fn assert_round_trip(s: &Session) {
    let text = to_ron(s);
    match parse_session("saved.ron", &text) {
        Ok(back) => assert!(
            back == *s,
            "the saved session reads back different:\n{text}"
        ),
        Err(d) => panic!("a saved session does not read back: {d}\n{text}"),
    }
}

/// Carries out effects the way `tui::Runner` does, against `disk`, checking every save.
fn carry_out(app: &mut App, effects: Vec<Effect>, disk: &mut Disk) {
    let mut queue = vec![effects];
    while let Some(effects) = queue.pop() {
        for effect in effects {
            let reply = match effect {
                Effect::Save(s) => {
                    assert_round_trip(&s);
                    assert_no_bsn(&s, "saved");
                    disk.insert(s.id.clone(), *s);
                    Some(Action::Saved)
                }
                Effect::ExportMarkdown(s) => {
                    assert_no_bsn(&s, "exported");
                    Some(Action::Exported(PathBuf::from(format!("{}.md", s.id))))
                }
                Effect::Open(id) => Some(match disk.get(&id) {
                    Some(s) => Action::Opened(Box::new(s.clone())),
                    None => Action::OpenFailed(format!("{id}: not found")),
                }),
                _ => None,
            };
            if let Some(action) = reply {
                queue.push(update(app, action));
            }
        }
    }
}

fn press(app: &mut App, key: KeyEvent, disk: &mut Disk) {
    if let Some(action) = keymap::action_for(app.context(), key) {
        let effects = update(app, action);
        carry_out(app, effects, disk);
    }
}

/// Applies one input and carries out its effects.
fn apply(app: &mut App, input: &Input, now: &mut Timestamp, disk: &mut Disk) {
    match input {
        Input::Key(k) => press(app, *k, disk),
        Input::Paste(text) => {
            let effects = update(app, Action::Paste(text.clone()));
            carry_out(app, effects, disk);
        }
        Input::Tick(secs) => {
            *now = now
                .checked_add(jiff::SignedDuration::from_secs(i64::from(*secs)))
                .expect("a later time");
            let effects = update(app, Action::Tick(*now));
            carry_out(app, effects, disk);
        }
        Input::Resize(w, h) => {
            let effects = update(app, Action::Resize(*w, *h));
            carry_out(app, effects, disk);
        }
    }
}

fn draw(app: &App, term: &mut Terminal<TestBackend>) {
    let (w, h) = app.size;
    let area = Rect::new(0, 0, w, h);
    if term.backend().buffer().area != area {
        term.backend_mut().resize(w, h);
        term.resize(area).expect("a test backend resizes");
    }
    term.draw(|frame| view(app, frame))
        .expect("a test backend draws");
}

/// Runs a whole sequence from a start, drawing after every input, then leaves with Ctrl-C.
fn run(start: Start, lang: Lang, inputs: &[Input]) {
    let mut disk = Disk::new();
    let mut app = setup_start(start, lang, &mut disk);
    let mut now = t0();
    let (w, h) = app.size;
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    draw(&app, &mut term);
    for input in inputs {
        apply(&mut app, input, &mut now, &mut disk);
        draw(&app, &mut term);
    }
    // Leaving saves whatever is open; that save must hold up too.
    press(
        &mut app,
        KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
        &mut disk,
    );
    for s in disk.values() {
        assert_round_trip(s);
        assert_no_bsn(s, "stored");
    }
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

// ---------------------------------------------------------------- fixed cases worth keeping

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn text_keys(text: &str) -> Vec<Input> {
    text.chars()
        .map(|c| Input::Key(plain(KeyCode::Char(c))))
        .collect()
}

#[test]
fn a_bsn_typed_or_pasted_in_an_editor_is_never_saved() {
    let enter = Input::Key(plain(KeyCode::Enter));
    let esc = Input::Key(plain(KeyCode::Esc));
    let mut inputs = vec![enter.clone()];
    inputs.extend(text_keys("moeder belt, bsn 111222333"));
    inputs.push(Input::Tick(5)); // a draft save
    inputs.push(Input::Key(ctrl('s'))); // save now: blocked
    inputs.push(esc.clone()); // commit: blocked
    inputs.push(Input::Paste(format!("\nen nog eens {BSN}")));
    inputs.push(Input::Tick(5));
    inputs.push(esc);
    run(Start::Session(0), Lang::Nl, &inputs);
    run(Start::Session(3), Lang::En, &inputs);
}

#[test]
fn a_bsn_as_group_name_or_participant_is_never_saved() {
    let enter = Input::Key(plain(KeyCode::Enter));
    // Pasted as the group name, then Enter twice: group page, participants page.
    run(
        Start::SetupGroup,
        Lang::Nl,
        &[Input::Paste(BSN.into()), enter.clone(), enter.clone()],
    );
    // Typed as a participant.
    let mut inputs = vec![Input::Paste("Team Zuid".into()), enter.clone()];
    inputs.extend(text_keys("AB, 111222333"));
    inputs.push(enter);
    run(Start::SetupGroup, Lang::Nl, &inputs);
}

#[test]
fn a_paste_of_more_than_a_megabyte_is_cut_drawn_and_saved() {
    let huge = "漢字 e\u{301} 👍🏽 مرحبا\n".repeat((1 << 20) / 20 + 10);
    assert!(huge.len() > 1 << 20);
    let inputs = vec![
        Input::Key(plain(KeyCode::Enter)),
        Input::Paste(huge),
        Input::Resize(300, 120),
        Input::Tick(5),
        Input::Resize(1, 1),
        Input::Key(plain(KeyCode::Esc)),
        Input::Resize(61, 19),
    ];
    run(Start::Session(0), Lang::Nl, &inputs);
}

#[test]
fn every_size_from_1x1_draws_on_every_screen() {
    for start in [
        Start::Home,
        Start::Setup,
        Start::SetupGroup,
        Start::Session(0),
        Start::Session(1),
        Start::Session(6),
        Start::Session(7),
        Start::Summary,
    ] {
        let mut inputs = Vec::new();
        for (w, h) in [
            (1, 1),
            (2, 1),
            (1, 2),
            (59, 17),
            (60, 18),
            (61, 40),
            (300, 120),
        ] {
            inputs.push(Input::Resize(w, h));
            inputs.push(Input::Key(plain(KeyCode::Char('?'))));
            inputs.push(Input::Key(plain(KeyCode::Enter)));
            inputs.push(Input::Paste("x".into()));
        }
        run(start, Lang::Nl, &inputs);
    }
}
