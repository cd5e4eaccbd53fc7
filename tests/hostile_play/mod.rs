//! The hostile tests' machinery: an app started the way a user starts one,
//! inputs (keys through the real keymap, pastes, ticks, resizes) carried out
//! against a disk in memory that checks every save (it round-trips and holds
//! no BSN), and the app drawn into a `TestBackend` after every input.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
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
use casus::tui::screens::setup::Preset;
use casus::tui::style::Palette;
use casus::tui::update::update;
use casus::tui::view::view;

/// A valid BSN (it passes the elfproef); it must never reach a file.
pub const BSN: &str = "111222333";
pub const ID: &str = "20261123-090000-hostil";

pub fn t0() -> Timestamp {
    "2026-11-23T09:00:00Z".parse().expect("a timestamp")
}

pub fn library() -> Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(|| Library::load(None, &[])).clone()
}

// ---------------------------------------------------------------- inputs

/// One thing that can happen to the app.
#[derive(Debug, Clone)]
pub enum Input {
    Key(KeyEvent),
    Paste(String),
    /// The clock moves on by this many seconds.
    Tick(u8),
    Resize(u16, u16),
}

pub fn plain(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

// ---------------------------------------------------------------- where a run starts

#[derive(Debug, Clone, Copy)]
pub enum Start {
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

/// What the test keeps in place of the disk: every session saved, by id.
pub type Disk = BTreeMap<String, Session>;

pub fn new_app(lang: Lang, sessions: &[Session]) -> App {
    let mut app = App::new(lang, library(), sessions, t0());
    app.ids = Ids::Fixed(ID.into());
    app.palette = Palette::new(false);
    app
}

pub fn preset(group: Option<&str>) -> Preset {
    Preset {
        case: Some("signaal-van-school".into()),
        method: Some("casusbespreking".into()),
        themes: Some(vec!["eigenwijs".into()]),
        group: group.map(str::to_string),
        ..Preset::default()
    }
}

/// A session started the way a user starts one, `n` presses in.
pub fn session_app(lang: Lang, presses: u8, disk: &mut Disk) -> App {
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

pub fn setup_start(start: Start, lang: Lang, disk: &mut Disk) -> App {
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

/// Everything a person types into a session, as one text for messages.
pub fn typed_text(s: &Session) -> String {
    typed_fields(s).join("\n")
}

/// Everything a person types into a session, field by field: where a BSN
/// must never be. Each field is scanned on its own, as the editors and the
/// store do: the word "BSN" in one field (the placeholder `[BSN verwijderd]`)
/// is no context for a number in the next.
pub fn typed_fields(s: &Session) -> Vec<String> {
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
    out
}

pub fn assert_no_bsn(s: &Session, what: &str) {
    let text = typed_text(s);
    let fields = typed_fields(s);
    let found: Vec<&str> = fields
        .iter()
        .flat_map(|field| {
            privacy::scan(field)
                .into_iter()
                .filter(|f| f.kind == FindingKind::Bsn)
                .map(move |f| &field[f.start..f.end])
        })
        .collect();
    assert!(
        found.is_empty(),
        "a {what} session holds a BSN {found:?}; the text:\n{text}"
    );
}

pub fn assert_round_trip(s: &Session) {
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
pub fn carry_out(app: &mut App, effects: Vec<Effect>, disk: &mut Disk) {
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

pub fn press(app: &mut App, key: KeyEvent, disk: &mut Disk) {
    if let Some(action) = app.keymap.action_for(app.context(), key) {
        let effects = update(app, action);
        carry_out(app, effects, disk);
    }
}

/// Applies one input and carries out its effects.
pub fn apply(app: &mut App, input: &Input, now: &mut Timestamp, disk: &mut Disk) {
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

pub fn draw(app: &App, term: &mut Terminal<TestBackend>) {
    let (w, h) = app.size;
    let area = Rect::new(0, 0, w, h);
    if term.backend().buffer().area != area {
        term.backend_mut().resize(w, h);
        term.resize(area).expect("a test backend resizes");
    }
    term.draw(|frame| view(app, frame))
        .expect("a test backend draws");
}

/// One run: the app, the disk in memory, the clock and the terminal it is drawn on.
pub struct Play {
    pub app: App,
    pub disk: Disk,
    pub now: Timestamp,
    pub term: Terminal<TestBackend>,
}

impl Play {
    pub fn new(start: Start, lang: Lang) -> Play {
        let mut disk = Disk::new();
        let app = setup_start(start, lang, &mut disk);
        let (w, h) = app.size;
        let mut term = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
        draw(&app, &mut term);
        Play {
            app,
            disk,
            now: t0(),
            term,
        }
    }

    /// Applies one input, carries out its effects and draws the app.
    pub fn apply(&mut self, input: &Input) {
        apply(&mut self.app, input, &mut self.now, &mut self.disk);
        draw(&self.app, &mut self.term);
    }

    pub fn apply_all(&mut self, inputs: &[Input]) {
        for input in inputs {
            self.apply(input);
        }
    }

    /// The last frame as text, one line per row.
    pub fn screen(&self) -> String {
        let buffer = self.term.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                out.push_str(buffer[(x, y)].symbol());
            }
            out.push('\n');
        }
        out
    }

    /// The status line's text, when it says anything.
    pub fn status(&self) -> Option<&str> {
        self.app.status.as_ref().map(|s| s.text.as_str())
    }

    /// Leaves with Ctrl-C (which saves whatever is open) and returns the disk,
    /// every session on it checked.
    pub fn leave(mut self) -> Disk {
        press(
            &mut self.app,
            KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
            &mut self.disk,
        );
        for s in self.disk.values() {
            assert_round_trip(s);
            assert_no_bsn(s, "stored");
        }
        self.disk
    }
}

/// Runs a whole sequence from a start, drawing after every input, then leaves with Ctrl-C.
pub fn run(start: Start, lang: Lang, inputs: &[Input]) -> Disk {
    let mut play = Play::new(start, lang);
    play.apply_all(inputs);
    play.leave()
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub fn text_keys(text: &str) -> Vec<Input> {
    text.chars()
        .map(|c| Input::Key(plain(KeyCode::Char(c))))
        .collect()
}
