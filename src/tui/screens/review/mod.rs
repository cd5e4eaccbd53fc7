//! Review: looking back over many sessions. This file hands commands, keys
//! and pastes to the page on show; what the four pages share (the sessions
//! read, the filter line, which page shows) is [`state`]; each page's own
//! state is in [`pages`], and what a page does and draws is a file of its
//! own: [`list`] (with its [`table`]), [`detail`] (with its [`transcript`]),
//! [`chart`], [`register`]; what every page has around it (tabs, filter
//! line, loading) is drawn by [`frame`]. No file here imports this one.
//!
//! Scrolling: a page's update never computes the layout. Draw clamps the
//! offset it shows and records the last offset that still shows something
//! (`Cell` in the page state, set through `&State`); update clamps to that
//! record lazily, so a scroll stops where the text ends on the screen as it
//! was last drawn, and a change in the layout cannot break it.

pub mod chart;
pub mod detail;
pub mod frame;
pub mod list;
pub mod pages;
pub mod register;
pub mod register_actions;
pub mod register_draw;
pub mod register_edit;
pub mod register_state;
pub mod state;
pub mod table;
pub mod transcript;

pub use frame::draw;
pub use pages::Page;
pub use state::{Review, matching_sessions};

use crossterm::event::KeyEvent;

use crate::i18n::fill;
use crate::tui::action::{Command, Effect};
use crate::tui::ctx::{Ctx, Reply};
use pages::{Chart, Register};

/// Handles a command on any review page.
pub fn update(review: &mut Review, cmd: Command, ctx: &Ctx) -> Reply {
    let s = ctx.lang.strings();
    if review.loaded.is_none() {
        return match cmd {
            Command::Quit => Reply::effect(Effect::Quit),
            _ => Reply::default(),
        };
    }
    if review.filter_focus {
        return match cmd {
            Command::Confirm => review.apply_filter(ctx.lang),
            Command::Back => {
                review.filter_focus = false;
                Reply::default()
            }
            Command::Quit => Reply::effect(Effect::Quit),
            _ => Reply::default(),
        };
    }
    let typing = matches!(&review.page, Page::Register(r) if r.field.is_some());
    match cmd {
        Command::Filter => review.filter_focus = true,
        Command::Chart => {
            review.page = Page::Chart(Box::new(Chart::new(&review.sessions(), &review.tz)));
        }
        Command::Register => {
            let today = crate::review::local_date(ctx.now, &review.tz);
            let sessions = review.loaded.as_ref().map_or(&[][..], |l| &l.sessions);
            let reg = Register::new(sessions, &review.filter, &review.tz, today);
            review.page = Page::Register(Box::new(reg));
        }
        Command::Export if matches!(review.page, Page::List | Page::Chart(_)) => {
            let stamp = ctx
                .now
                .to_zoned(ctx.tz.clone())
                .strftime("%Y%m%d-%H%M%S")
                .to_string();
            return Reply::effect(Effect::ExportSet {
                sessions: review.paths(),
                filter: review.filter.source().to_string(),
                file: fill(s.review_export_file, &[&stamp]),
            });
        }
        Command::Export if matches!(review.page, Page::Register(_)) && !typing => {
            let stamp = ctx
                .now
                .to_zoned(ctx.tz.clone())
                .strftime("%Y%m%d-%H%M%S")
                .to_string();
            return Reply::effect(Effect::ExportReport {
                sessions: review.paths(),
                filter: review.filter.clone(),
                file: fill(ctx.lang.review().report.export_file, &[&stamp]),
            });
        }
        Command::Quit if !typing => return Reply::effect(Effect::Quit),
        _ => {
            return match &review.page {
                Page::List => list::command(review, cmd),
                Page::Detail(_) => detail::command(review, cmd),
                Page::Chart(_) => chart::command(review, cmd),
                Page::Register(_) => register::command(review, cmd, ctx),
            };
        }
    }
    Reply::default()
}

/// A typed key for the filter line or the owner field.
pub fn key(review: &mut Review, key: KeyEvent, _ctx: &Ctx) -> Reply {
    review.key(key);
    Reply::default()
}

/// Pasted text for the filter line or the owner field (one line).
pub fn paste(review: &mut Review, text: &str, _ctx: &Ctx) -> Reply {
    review.paste(text);
    Reply::default()
}
