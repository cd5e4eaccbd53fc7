//! `update`: the one place the state changes. Pure: no terminal, no files,
//! no system clock or time zone; what must happen outside comes back as
//! effects. It only routes: an action for the screen on show goes to that
//! screen's `update`, `key` or `paste` (each given the [`Ctx`](super::ctx::Ctx)),
//! and the [`Reply`] it gives is applied by [`App::apply`].

use super::action::{Action, Command, Effect};
use super::app::{App, Screen};
use super::ctx::Reply;
use super::screens::{home, review, session, setup, summary};
use crate::i18n::fill;

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
        Action::Saved => super::rescue::saved(app),
        Action::SaveFailed(why) => super::rescue::save_failed(app, why),
        Action::Rescued(result) => return super::rescue::rescued(app, result),
        Action::SaveConflict(copy) => {
            let name = copy.file_name().unwrap_or_default().to_string_lossy();
            app.complain(fill(app.lang.review().save_conflict, &[&name]));
        }
        Action::Exported(path) => app.say(fill(s.save.exported, &[&path.display()])),
        Action::ExportFailed(why) => app.complain(fill(s.save.export_failed, &[&why])),
        Action::OpenFailed(why) => app.complain(why),
        Action::Opened(session) => return app.open_session(*session),
        Action::LookBack => return app.look_back(),
        Action::OpenItemsLoaded { session, loaded } => {
            if let Screen::Session(st) = &mut app.screen
                && st.session.id == session
            {
                session::terugblik::loaded(st, &loaded.sessions);
            }
        }
        Action::OpenReview => return app.open_review(),
        Action::ReviewProgress(done, total) => {
            if let Screen::Review(review) = &mut app.screen {
                review.progress = (done, total);
            } else {
                // Waiting for home's index thread (the terugblik's open items).
                app.home.indexing = Some((done, total));
                app.say(fill(app.lang.review().index_progress, &[&done, &total]));
            }
        }
        Action::IndexProgress(done, total) => app.home.indexing = Some((done, total)),
        Action::HomeListed(listed) => {
            let (sessions, problems) = *listed;
            // The status bar's count while an effect waited for it goes too.
            if let Some((done, total)) = app.home.indexing.take()
                && app.status.as_ref().is_some_and(|s| {
                    s.text == fill(app.lang.review().index_progress, &[&done, &total])
                })
            {
                app.status = None;
            }
            app.home
                .join(sessions.iter().map(home::SessionInfo::of).collect());
            if let Some(first) = problems.first() {
                app.complain(first.to_string());
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
                review::detail::read(review, path, read);
            }
        }
        Action::ItemSaved { .. } | Action::ItemFailed(_) if looking_back(app) => {
            return looked_back(app, &action);
        }
        Action::ItemSaved {
            saved,
            index,
            action,
        } => {
            let words = app.lang.review().followup;
            // An action's status for an action, a knelpunt's for a knelpunt.
            let status = if action {
                saved
                    .session
                    .actions
                    .get(index)
                    .map(|a| words.action_status(a.status))
            } else {
                saved
                    .session
                    .bottlenecks
                    .get(index)
                    .map(|b| words.status(b.status))
            }
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
        Action::ItemFailed(why) => app.complain(why),
        // The help overlay is on top: a key it does not use, or a paste, goes
        // nowhere; the status line says how to close help.
        Action::Key(_) | Action::Paste(_) if app.help => app.say(s.help_ignored),
        Action::Paste(text) => {
            let reply = route(app, |screen, ctx| match screen {
                Screen::Setup(st) => setup::paste(st, &text, ctx),
                Screen::Session(st) => session::paste(st, &text, ctx),
                Screen::Review(st) => review::paste(st, &text, ctx),
                Screen::Home | Screen::Summary(_) => Reply::default(),
            });
            return app.apply(reply);
        }
        Action::Key(key) => {
            let reply = route(app, |screen, ctx| match screen {
                Screen::Setup(st) => setup::key(st, key, ctx),
                Screen::Session(st) => session::key(st, key, ctx),
                Screen::Review(st) => review::key(st, key, ctx),
                Screen::Home | Screen::Summary(_) => Reply::default(),
            });
            return app.apply(reply);
        }
        Action::Command(cmd) => return command(app, cmd),
    }
    Vec::new()
}

/// A signal ends casus (SIGTERM, SIGHUP): what must be saved first, asking nothing.
pub fn hangup(app: &mut App, now: jiff::Timestamp) -> Vec<Effect> {
    match &mut app.screen {
        Screen::Session(screen) => screen.hangup(now),
        _ => Vec::new(),
    }
}

/// Hands the screen on show and the context to `f`.
fn route(app: &mut App, f: impl FnOnce(&mut Screen, &super::ctx::Ctx) -> Reply) -> Reply {
    let (screen, _, ctx) = app.parts();
    f(screen, &ctx)
}

fn command(app: &mut App, cmd: Command) -> Vec<Effect> {
    if app.help && super::help::command(app, cmd) {
        return Vec::new();
    }
    if cmd == Command::Help {
        super::help::open(app);
        return Vec::new();
    }
    app.status = None;
    let (screen, home, ctx) = app.parts();
    let reply = match screen {
        Screen::Home => home::update(home, cmd, &ctx),
        Screen::Setup(st) => setup::update(st, cmd, &ctx),
        Screen::Session(st) => session::update(st, cmd, &ctx),
        Screen::Summary(st) => summary::update(st, cmd, &ctx),
        Screen::Review(st) => review::update(st, cmd, &ctx),
    };
    app.apply(reply)
}

/// True while the terugblik shows: item saves answer to it.
fn looking_back(app: &App) -> bool {
    matches!(&app.screen, Screen::Session(st) if st.terugblik.is_some())
}

/// An item's file took (or refused) a change made in the terugblik.
fn looked_back(app: &mut App, action: &Action) -> Vec<Effect> {
    let (screen, _, ctx) = app.parts();
    let Screen::Session(st) = screen else {
        return Vec::new();
    };
    let reply = match action {
        Action::ItemFailed(why) => session::terugblik::failed(st, why, &ctx),
        _ => session::terugblik::saved(st, &ctx),
    };
    app.apply(reply.unwrap_or_default())
}
