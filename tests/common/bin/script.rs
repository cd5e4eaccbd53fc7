//! The built-in session the crash tests drive, as its screens show it:
//! `casus new` on "signaal-van-school" with the "casusbespreking" method,
//! the markers of every place in it, and what a group typed into it.

use casus::i18n::{Lang, fill};
use casus::library::Library;
use casus::model::{PhaseKind, Session};
use casus::store::Store;

pub const CASE: &str = "signaal-van-school";
pub const METHOD: &str = "casusbespreking";
pub const GROUP: &str = "Test";

/// The terminal size of the crash tests: 160×60.
pub const SIZE: (u16, u16) = (160, 60);

/// `casus new` on the built-in case, straight to the participants page.
pub fn new_args() -> Vec<&'static str> {
    vec![
        "new",
        "--case",
        CASE,
        "--method",
        METHOD,
        "--themes",
        "eigenwijs",
        "--group",
        GROUP,
    ]
}

/// What the screens of the built-in case and method show, taken from the crate itself.
pub struct Script {
    /// One marker per place in the session, in `n` order: a text only that place shows.
    pub markers: Vec<String>,
    /// The top border of an open editor, one per kind of text: `┌ Besluit `.
    pub editor_tops: Vec<String>,
    /// The case's title, shown in the header of every session screen.
    pub case_title: String,
}

impl Script {
    pub fn new() -> Script {
        let lib = Library::load(None, &[]);
        let case = lib.case(CASE).expect("the built-in case").clone();
        let method = lib.method(METHOD).expect("the built-in method").clone();
        let s = Lang::Nl.strings();
        let mut markers = Vec::new();
        for phase in &method.phases {
            match phase.kind {
                PhaseKind::Steps => {
                    let n = case.steps.len();
                    for (k, step) in case.steps.iter().enumerate() {
                        markers.push(fill(s.step_heading, &[&(k + 1), &n, &step.title]));
                    }
                }
                PhaseKind::Notes | PhaseKind::Closing => {
                    let prompt = phase.prompt.as_deref().expect("every phase has a prompt");
                    markers.push(prompt.chars().take(30).collect());
                }
            }
        }
        Script {
            markers,
            editor_tops: [
                s.editor_notes,
                s.editor_decision,
                s.editor_reflection,
                s.editor_bottleneck,
                s.editor_lessons,
                s.editor_action,
            ]
            .iter()
            .map(|title| format!("┌ {title} "))
            .collect(),
            case_title: case.title,
        }
    }

    /// The place in `markers` a saved session is at.
    pub fn place(&self, session: &Session) -> usize {
        let mut place = 0;
        for (i, phase) in session.method.phases.iter().enumerate() {
            if i == session.position.phase {
                return place
                    + if phase.kind == PhaseKind::Steps {
                        session.position.step
                    } else {
                        0
                    };
            }
            place += if phase.kind == PhaseKind::Steps {
                session.steps.len()
            } else {
                1
            };
        }
        place
    }

    pub fn last(&self) -> usize {
        self.markers.len() - 1
    }

    pub fn editor_open(&self, screen: &str) -> bool {
        self.editor_tops
            .iter()
            .any(|top| screen.contains(top.as_str()))
    }
}

/// All the text a group can type into a session, in one string.
pub fn typed_text(s: &Session) -> String {
    let mut out = vec![s.group.clone(), s.lessons.clone()];
    out.extend(s.participants.iter().cloned());
    out.extend(s.phases.iter().map(|p| p.notes.clone()));
    for r in &s.steps {
        out.push(r.decision.clone());
        out.extend(r.reflections.iter().map(|x| x.text.clone()));
    }
    out.extend(s.bottlenecks.iter().map(|b| b.text.clone()));
    out.extend(s.actions.iter().map(|a| a.text.clone()));
    if let Some(d) = &s.draft {
        out.push(d.text.clone());
        out.extend(d.side.clone());
    }
    out.join("\n")
}

/// The session `casus resume` picks: the unfinished one changed last.
pub fn most_recent(store: &Store) -> Option<Session> {
    let (sessions, problems) = store.load_all();
    assert!(problems.is_empty(), "unreadable sessions: {problems:?}");
    sessions
        .into_iter()
        .filter(|s| !s.is_finished())
        .max_by(|a, b| a.updated.cmp(&b.updated))
}

/// Words of letters only, so the privacy guard never stops them.
pub fn token(n: usize) -> String {
    let mut word = String::from("kw");
    let mut k = n + 26 * 26;
    while k > 0 {
        word.push((b'a' + (k % 26) as u8) as char);
        k /= 26;
    }
    word
}
