//! `update`: the one place the state changes. Pure: no terminal, no files;
//! what must happen outside comes back as effects.

use super::action::{Action, Command, Effect};
use super::app::{App, Screen};
use super::screens::session::SessionScreen;
use super::screens::summary::Summary;
use super::screens::theme_picker::ThemePicker;
use super::screens::{home, review, review_detail, setup, summary};
use crate::i18n::fill;
use crate::model::PhaseKind;

/// Applies an action to the state and returns the effects to carry out.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    let s = app.strings();
    match action {
        Action::Tick(now) => {
            app.now = now;
            if let Screen::Session(screen) = &mut app.screen {
                return screen.tick(now);
            }
        }
        Action::Resize(w, h) => app.size = (w, h),
        Action::Saved => {}
        Action::SaveFailed(why) => app.complain(fill(s.save_failed, &[&why])),
        Action::Exported(path) => app.say(fill(s.exported, &[&path.display()])),
        Action::ExportFailed(why) => app.complain(fill(s.export_failed, &[&why])),
        Action::OpenFailed(why) => app.complain(why),
        Action::Opened(session) => app.open(*session),
        Action::OpenReview => return app.open_review(),
        Action::ReviewProgress(done, total) => {
            if let Screen::Review(review) = &mut app.screen {
                review.progress = (done, total);
            }
        }
        Action::ReviewLoaded(loaded) => {
            if let Screen::Review(review) = &mut app.screen {
                review.set_loaded(*loaded);
            }
        }
        Action::ReviewSessionRead { path, read } => {
            if let Err(why) = &read {
                app.complain(why.clone());
            }
            if let Screen::Review(review) = &mut app.screen {
                review_detail::read(review, path, read);
            }
        }
        Action::BottleneckSaved { saved, index } => {
            let status = saved
                .session
                .bottlenecks
                .get(index)
                .map(|b| crate::export::status_label(b.status, app.lang))
                .unwrap_or_default();
            let file = saved
                .path
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            if let Screen::Review(review) = &mut app.screen {
                review.replace(*saved);
            }
            app.say(fill(s.register_saved, &[&status, &file]));
        }
        Action::BottleneckFailed(why) => app.complain(why),
        // The help overlay is on top: a typed key or paste closes it and goes nowhere else.
        Action::Key(_) | Action::Paste(_) if app.help => app.help = false,
        Action::Paste(text) => paste(app, &text),
        Action::Key(key) => match &mut app.screen {
            Screen::Setup(setup) => setup.key(key),
            Screen::Session(screen) => {
                if let Some(editor) = &mut screen.editor {
                    editor.key(key);
                } else if let Some(picker) = &mut screen.picker
                    && picker.list.key(key)
                {
                    picker.refilter();
                }
            }
            Screen::Review(review) => review.key(key),
            Screen::Home | Screen::Summary(_) => {}
        },
        Action::Command(cmd) => return command(app, cmd),
    }
    Vec::new()
}

fn paste(app: &mut App, text: &str) {
    let s = app.strings();
    match &mut app.screen {
        Screen::Setup(setup) => setup.paste(text),
        Screen::Session(screen) => {
            if let Some(editor) = &mut screen.editor {
                if !editor.paste(text) {
                    app.complain(s.paste_cut);
                }
            } else if let Some(picker) = &mut screen.picker {
                picker.list.paste(text);
                picker.refilter();
            }
        }
        Screen::Review(review) => review.paste(text),
        Screen::Home | Screen::Summary(_) => {}
    }
}

fn command(app: &mut App, cmd: Command) -> Vec<Effect> {
    if cmd == Command::Help {
        app.help = !app.help;
        return Vec::new();
    }
    if app.help && cmd != Command::Quit {
        app.help = false;
        return Vec::new();
    }
    app.status = None;
    match &app.screen {
        Screen::Home => home::update(app, cmd),
        Screen::Setup(_) => setup::update(app, cmd),
        Screen::Session(_) => session_command(app, cmd),
        Screen::Summary(_) => summary_command(app, cmd),
        Screen::Review(_) => review_command(app, cmd),
    }
}

fn review_command(app: &mut App, cmd: Command) -> Vec<Effect> {
    let ctx = review::Ctx {
        lang: app.lang,
        now: app.now,
        size: app.size,
        palette: app.palette,
    };
    let Screen::Review(screen) = &mut app.screen else {
        return Vec::new();
    };
    let reply = screen.command(cmd, ctx);
    if reply.status.is_some() {
        app.status = reply.status;
    }
    if reply.home {
        app.screen = Screen::Home;
    }
    reply.effects
}

fn session_command(app: &mut App, cmd: Command) -> Vec<Effect> {
    let now = app.now;
    let s = app.strings();
    let Screen::Session(screen) = &mut app.screen else {
        return Vec::new();
    };
    if let Some(editor) = &mut screen.editor {
        return match cmd {
            Command::Done | Command::Back => {
                let effects = screen.commit_editor(now);
                let blocked = screen
                    .editor
                    .as_ref()
                    .and_then(|e| e.warning.as_ref())
                    .map(|w| w.blocking);
                match blocked {
                    Some(true) => app.complain(s.privacy_blocked_short),
                    Some(false) => app.complain(s.privacy_warning_short),
                    None => {}
                }
                effects
            }
            Command::SaveNow => {
                let effects = screen.save_draft(now);
                if effects.is_empty() {
                    app.complain(s.privacy_blocked_short);
                } else {
                    app.say(s.saved);
                }
                effects
            }
            Command::Redact => {
                editor.redact();
                Vec::new()
            }
            Command::SwitchField => {
                editor.switch_field();
                Vec::new()
            }
            Command::Quit => screen.quit(now),
            _ => Vec::new(),
        };
    }
    if let Some(picker) = &mut screen.picker {
        return match cmd {
            Command::Up => {
                picker.list.up();
                Vec::new()
            }
            Command::Down => {
                picker.list.down();
                Vec::new()
            }
            Command::Toggle => screen.toggle_theme(now),
            Command::Confirm | Command::Back => {
                screen.picker = None;
                Vec::new()
            }
            Command::Quit => screen.quit(now),
            _ => Vec::new(),
        };
    }
    match cmd {
        Command::Quit => screen.quit(now),
        Command::Next | Command::NextPhase => {
            let past_end = if cmd == Command::Next {
                screen.forward()
            } else {
                screen.next_phase()
            };
            if past_end {
                return finish(app);
            }
            vec![screen.save(now)]
        }
        Command::Prev => {
            screen.back();
            vec![screen.save(now)]
        }
        Command::PrevPhase => {
            screen.prev_phase();
            vec![screen.save(now)]
        }
        Command::TagThemes if screen.kind() == PhaseKind::Steps => {
            screen.picker = Some(ThemePicker::new(
                &screen.session,
                screen.session.position.step,
            ));
            Vec::new()
        }
        Command::Reveal if screen.kind() == PhaseKind::Steps => {
            if let Some(r) = screen.session.steps.get_mut(screen.session.position.step) {
                r.revealed = !r.revealed;
            }
            vec![screen.save(now)]
        }
        Command::TogglePresent => {
            app.present = !app.present;
            app.say(if app.present {
                s.present_on
            } else {
                s.present_off
            });
            Vec::new()
        }
        Command::Export => {
            let session = screen.session.clone();
            export_session(app, session)
        }
        Command::Up if screen.kind() == PhaseKind::Closing => {
            screen.closing_cursor = screen.closing_cursor.saturating_sub(1);
            Vec::new()
        }
        Command::Down if screen.kind() == PhaseKind::Closing => {
            let last = super::screens::closing::items(&screen.session)
                .len()
                .saturating_sub(1);
            screen.closing_cursor = (screen.closing_cursor + 1).min(last);
            Vec::new()
        }
        Command::ScrollUp => {
            screen.scroll = screen.scroll.saturating_sub(3);
            Vec::new()
        }
        Command::ScrollDown => {
            screen.scroll = screen.scroll.saturating_add(3);
            Vec::new()
        }
        other => {
            screen.open_editor(other);
            Vec::new()
        }
    }
}

/// Past the last phase: the session is finished and its summary shows.
fn finish(app: &mut App) -> Vec<Effect> {
    let now = app.now;
    let Screen::Session(screen) = &mut app.screen else {
        return Vec::new();
    };
    screen.session.finished.get_or_insert(now);
    let effect = screen.save(now);
    let session = screen.session.clone();
    app.home.upsert(home::SessionInfo::of(&session));
    app.screen = Screen::Summary(Box::new(Summary::new(session)));
    vec![effect]
}

fn summary_command(app: &mut App, cmd: Command) -> Vec<Effect> {
    let now = app.now;
    let Screen::Summary(summary) = &mut app.screen else {
        return Vec::new();
    };
    match cmd {
        Command::Export => {
            let session = summary.session.clone();
            export_session(app, session)
        }
        Command::Prev => {
            // Going back reopens the session: it is unfinished until the group closes it again.
            let mut session = summary.session.clone();
            session.finished = None;
            let mut screen = SessionScreen::new(session);
            let effect = screen.save(now);
            app.home.upsert(home::SessionInfo::of(&screen.session));
            app.screen = Screen::Session(Box::new(screen));
            vec![effect]
        }
        Command::Back => {
            app.screen = Screen::Home;
            Vec::new()
        }
        Command::Quit => vec![Effect::Quit],
        _ => summary::update(summary, cmd),
    }
}

/// Exports a session's report, but names personal data in it first: the second `e` writes it.
fn export_session(app: &mut App, session: crate::model::Session) -> Vec<Effect> {
    let findings = crate::export::guard("", &[&session]).findings;
    if !findings.is_empty() && app.export_warned.as_deref() != Some(session.id.as_str()) {
        let s = app.strings();
        let mut kinds: Vec<&str> = findings.iter().map(|(k, _)| s.finding_label(*k)).collect();
        kinds.sort_unstable();
        kinds.dedup();
        app.export_warned = Some(session.id.clone());
        app.complain(fill(s.export_personal, &[&kinds.join(", ")]));
        return Vec::new();
    }
    app.export_warned = None;
    vec![Effect::ExportMarkdown(Box::new(session))]
}
