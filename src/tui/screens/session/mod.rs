//! A running session: phases in order, the editor, the theme picker, the
//! timer. This file keeps the screen contract (commands, typed keys, pastes,
//! drawing, each given the state and the [`Ctx`]); the state and what a
//! command changes in it are `state.rs`; drawing is split by phase kind:
//! `notes.rs`, `steps.rs`, `closing.rs`; the theme picker is `picker.rs`;
//! an own case's preparation and live decision points are `own.rs`; the
//! terugblik before the first phase is `terugblik.rs`.

pub mod closing;
pub mod correct;
pub mod notes;
pub mod own;
pub mod picker;
pub mod round;
mod round_draw;
pub mod scoring;
mod scoring_draw;
mod scroll;
pub mod state;
pub mod steps;
pub mod terugblik;
mod terugblik_draw;
mod terugblik_saved;
pub mod unsaved;
pub mod votes;
pub mod votes_draw;

pub use state::SessionScreen;

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Clear;

use crate::model::PhaseKind;
use crate::tui::action::Command;
use crate::tui::ctx::{Ctx, Goto, Reply};
use crate::tui::screens::export::export;
use crate::tui::widgets::popup;
use picker::ThemePicker;

/// Handles a command on the running session, its editor or its theme picker.
pub fn update(screen: &mut SessionScreen, cmd: Command, ctx: &Ctx) -> Reply {
    let now = ctx.now;
    let s = ctx.strings();
    if screen.asking {
        return unsaved::update(screen, cmd, ctx);
    }
    if screen.removing.is_some() {
        return correct::answer(screen, cmd, ctx);
    }
    if let Some(reply) = terugblik::update(screen, cmd, ctx) {
        return reply;
    }
    if let Some(editor) = &mut screen.editor {
        return match cmd {
            Command::Done | Command::Back => {
                let target = editor.target;
                let reply = Reply::effects(screen.commit_editor(now));
                if screen.editor.is_none() {
                    round::after_commit(screen, target);
                }
                screen.next_in_guide();
                let blocked = screen
                    .editor
                    .as_ref()
                    .and_then(|e| e.warning.as_ref())
                    .map(|w| w.blocking);
                match blocked {
                    Some(true) => reply.with_complaint(s.privacy_blocked_short),
                    Some(false) => reply.with_complaint(s.privacy_warning_short),
                    None => reply,
                }
            }
            Command::SaveNow => {
                let effects = screen.save_draft(now);
                if effects.is_empty() {
                    Reply::complain(s.privacy_blocked_short)
                } else {
                    Reply::effects(effects).with_say(s.save.saved)
                }
            }
            Command::Redact => {
                editor.redact(ctx.lang);
                Reply::default()
            }
            Command::SwitchField => {
                editor.switch_field();
                Reply::default()
            }
            Command::Quit => Reply::effects(screen.quit(now)),
            _ => Reply::default(),
        };
    }
    // The picker's own commands; `Quit` falls through to the session's.
    if let Some(picker) = &mut screen.picker
        && cmd != Command::Quit
    {
        let chosen = screen
            .session
            .steps
            .get(picker.step)
            .map(|r| r.themes.as_slice())
            .unwrap_or(&[]);
        let picked = picker.command(cmd, chosen);
        let step = picker.step;
        if picked.close {
            screen.picker = None;
        }
        return match picked.toggle {
            Some(theme) if screen.session.toggle_theme(step, &theme) => {
                Reply::effect(screen.save(now))
            }
            _ => Reply::default(),
        };
    }
    if screen.round.is_some() {
        return round::update(screen, cmd, ctx);
    }
    if screen.voting.is_some() {
        return votes::update(screen, cmd, ctx);
    }
    if screen.scoring.is_some() {
        return scoring::update(screen, cmd, ctx);
    }
    if let Some(reply) = own::update(screen, cmd, ctx) {
        return reply;
    }
    match cmd {
        Command::Quit => Reply::effects(screen.quit(now)),
        // An own case may have no decision point yet: nothing to take positions on.
        Command::OpenRound
            if screen.kind() == PhaseKind::Steps
                && screen.session.position.step < screen.session.case.steps.len() =>
        {
            round::open(screen);
            Reply::default()
        }
        Command::ShowPositions if screen.kind() == PhaseKind::Steps => {
            round::toggle_shown(screen, ctx)
        }
        Command::OpenVotes if screen.kind() == PhaseKind::Closing => votes::open(screen, ctx),
        Command::OpenScores if screen.kind() != PhaseKind::Steps => scoring::open(screen, ctx),
        Command::Next | Command::NextPhase => {
            let past_end = if cmd == Command::Next {
                screen.forward()
            } else {
                screen.next_phase()
            };
            screen.step_cursor = None;
            if past_end {
                return finish(screen, ctx);
            }
            Reply::effect(screen.save(now))
        }
        Command::Prev => {
            screen.step_cursor = None;
            screen.back();
            Reply::effect(screen.save(now))
        }
        Command::PrevPhase => {
            screen.step_cursor = None;
            screen.prev_phase();
            Reply::effect(screen.save(now))
        }
        Command::TagThemes if screen.kind() == PhaseKind::Steps => {
            screen.picker = Some(ThemePicker::new(
                &screen.session,
                screen.session.position.step,
            ));
            Reply::default()
        }
        Command::Reveal if screen.kind() == PhaseKind::Steps => {
            screen.session.toggle_revealed(screen.session.position.step);
            screen.reveal_into_view();
            Reply::effect(screen.save(now))
        }
        Command::TogglePresent => {
            let on = !ctx.present;
            let mut reply = Reply::say(if on {
                s.settings.present_on
            } else {
                s.settings.present_off
            });
            reply.present = Some(on);
            reply
        }
        Command::Export => export(&screen.session, ctx),
        Command::Select if screen.kind() == PhaseKind::Steps => {
            screen.select_next();
            Reply::default()
        }
        Command::Remove => screen.ask_remove(ctx),
        Command::PauseTimer | Command::AddTime => clock(screen, cmd, ctx),
        Command::PageUp | Command::PageDown | Command::Top | Command::Bottom => {
            screen.page(cmd);
            Reply::default()
        }
        Command::Up if screen.kind() == PhaseKind::Closing => {
            screen.closing_cursor = screen.closing_cursor.saturating_sub(1);
            Reply::default()
        }
        Command::Down if screen.kind() == PhaseKind::Closing => {
            let last = state::items(&screen.session).len().saturating_sub(1);
            screen.closing_cursor = (screen.closing_cursor + 1).min(last);
            Reply::default()
        }
        Command::ScrollUp => {
            screen.scroll = screen.scroll.saturating_sub(3);
            Reply::default()
        }
        Command::ScrollDown => {
            screen.scroll = screen.scroll.saturating_add(3);
            Reply::default()
        }
        other => {
            screen.open_editor(other);
            Reply::default()
        }
    }
}

/// `z` pauses or resumes the timer, `m` gives the phase five more minutes.
fn clock(screen: &mut SessionScreen, cmd: Command, ctx: &Ctx) -> Reply {
    let s = ctx.strings().clock;
    if cmd == Command::AddTime {
        let reply = Reply::effect(screen.add_time(ctx.now));
        return reply.with_say(crate::i18n::fill(s.time_added, &[&state::ADD_MINUTES]));
    }
    let effect = screen.toggle_pause(ctx.now);
    let said = if screen.session.timer_paused {
        s.paused
    } else {
        s.resumed
    };
    Reply::effect(effect).with_say(said)
}

/// Past the last phase: the session is finished and its summary shows.
fn finish(screen: &mut SessionScreen, ctx: &Ctx) -> Reply {
    screen.session.finished.get_or_insert(ctx.now);
    let effect = screen.save(ctx.now);
    let mut reply = Reply::effect(effect);
    reply.goto = Some(Goto::Open(Box::new(screen.session.clone())));
    reply
}

/// A typed key for the open editor or the picker's filter.
pub fn key(screen: &mut SessionScreen, key: KeyEvent, _ctx: &Ctx) -> Reply {
    if screen.asking || screen.removing.is_some() {
        return Reply::default();
    }
    if let Some(t) = &mut screen.terugblik {
        if let Some(editor) = &mut t.editor {
            editor.key(key);
        }
    } else if let Some(editor) = &mut screen.editor {
        editor.key(key);
    } else if let Some(picker) = &mut screen.picker
        && picker.list.key(key)
    {
        picker.refilter();
    }
    Reply::default()
}

/// Pasted text for the open editor (cut when too long, with a message) or the picker's filter.
pub fn paste(screen: &mut SessionScreen, text: &str, ctx: &Ctx) -> Reply {
    if screen.asking || screen.removing.is_some() {
        return Reply::default();
    }
    if let Some(t) = &mut screen.terugblik {
        if let Some(editor) = &mut t.editor
            && !editor.paste(text)
        {
            return Reply::complain(ctx.strings().paste_cut);
        }
    } else if let Some(editor) = &mut screen.editor {
        if !editor.paste(text) {
            return Reply::complain(ctx.strings().paste_cut);
        }
    } else if let Some(picker) = &mut screen.picker {
        picker.list.paste(text);
        picker.refilter();
    }
    Reply::default()
}

/// Draws the phase on show, with the editor under it or the picker over it.
pub fn draw(screen: &SessionScreen, ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let s = ctx.strings();
    let p = ctx.palette;
    if let Some(t) = &screen.terugblik {
        return terugblik_draw::draw(t, &screen.session.group, ctx, frame, body);
    }
    let (main, editor_area) = match &screen.editor {
        Some(_) => {
            let [a, b] = Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(body);
            (a, Some(b))
        }
        None => (body, None),
    };
    match screen.kind() {
        _ if own::preparing(screen) => own::draw_preparation(screen, ctx, frame, main),
        PhaseKind::Notes => notes::draw(screen, ctx, frame, main),
        PhaseKind::Steps => steps::draw(screen, ctx, frame, main),
        PhaseKind::Closing => closing::draw(screen, ctx, frame, main),
    }
    if let Some(r) = &screen.round {
        round_draw::draw(screen, r, ctx, frame, popup(main, 92, 94));
    }
    if let Some(v) = &screen.voting {
        votes_draw::draw(screen, v, ctx, frame, popup(main, 92, 94));
    }
    if let Some(sc) = &screen.scoring {
        scoring_draw::draw(screen, sc, ctx, frame, popup(main, 92, 94));
    }
    if let (Some(editor), Some(area)) = (&screen.editor, editor_area) {
        frame.render_widget(Clear, area);
        editor.draw(frame, area, &round::editor_title(screen, s), s, p);
    }
    if let Some(picker) = &screen.picker {
        let chosen = screen
            .session
            .steps
            .get(picker.step)
            .map(|r| r.themes.as_slice())
            .unwrap_or(&[]);
        picker.draw(frame, popup(body, 90, 90), chosen, ctx);
    }
}
