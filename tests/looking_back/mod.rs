//! An earlier session of Team Noord with open items, handed to a running
//! session as the runner hands them in (`Action::OpenItemsLoaded`): for the
//! terugblik's update tests and snapshots.

use std::path::PathBuf;

use casus::model::{ActionStatus, BottleneckStatus, Level, Session};
use casus::review::{Loaded, LoadedSession};
use casus::tui::action::Action;
use casus::tui::app::App;

/// The earlier session's id.
pub const FIRST: &str = "20261101-090000-eerst1";

/// Its file.
pub fn first_path() -> PathBuf {
    PathBuf::from(format!("/data/sessions/{FIRST}.ron"))
}

/// The earlier session: an open knelpunt (owner, level, due date passed), an
/// answered one, a resolved one (not shown) and an open action.
pub fn first() -> Session {
    let mut s: Session =
        ron::from_str(include_str!("../fixtures/session_versions/v4.ron")).unwrap();
    s.id = FIRST.into();
    s.group = "team noord".into();
    s.started = "2026-11-01T09:00:00Z".parse().unwrap();
    s.finished = Some("2026-11-01T10:30:00Z".parse().unwrap());
    s.practice = false;
    s.draft = None;
    s.follow_ups.clear();
    let template = s.bottlenecks[0].clone();
    let mut open = template.clone();
    open.id = "k-open01".into();
    open.text = "Beschikking duurt zes weken.".into();
    open.owner = Some("gemeente".into());
    open.level = Some(Level::Municipality);
    open.status = BottleneckStatus::Open;
    open.due = Some("2026-11-15".parse().unwrap());
    open.answer.clear();
    open.history.clear();
    let mut answered = template.clone();
    answered.id = "k-answ01".into();
    answered.text = "Geen vervoer naar de dagbesteding.".into();
    answered.owner = Some("regio".into());
    answered.status = BottleneckStatus::Answered;
    answered.due = None;
    answered.answer = "De regio zoekt een vervoerder.".into();
    let mut resolved = template;
    resolved.id = "k-done01".into();
    resolved.text = "Opgelost knelpunt".into();
    resolved.status = BottleneckStatus::Resolved;
    s.bottlenecks = vec![open, answered, resolved];
    let mut action = s.actions[0].clone();
    action.id = "a-open01".into();
    action.text = "Spreekuur op school verdubbelen.".into();
    action.owner = Some("teamleider".into());
    action.due = Some("2027-01-10".parse().unwrap());
    action.status = ActionStatus::Open;
    action.history.clear();
    s.actions = vec![action];
    s
}

/// What the runner read: the earlier session.
pub fn loaded() -> Loaded {
    Loaded {
        sessions: vec![LoadedSession {
            session: first(),
            path: first_path(),
        }],
        ..Loaded::default()
    }
}

/// Hands the earlier session to the running session of `app`, as the runner does.
pub fn look_back(app: &mut App) {
    let id = super::common::ID.to_string();
    casus::tui::update::update(
        app,
        Action::OpenItemsLoaded {
            session: id,
            loaded: Box::new(loaded()),
        },
    );
}
