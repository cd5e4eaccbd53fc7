//! The help overlay: the keys of the screen on show, from the keymap itself.
//! `Esc`, `?` and `q` close it and do nothing else; `↑/↓` and `PgUp/PgDn`
//! scroll it when it does not fit; any other key only says how to close it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Row, Table};

use super::action::Command;
use super::app::{App, Screen};
use super::keymap::{Binding, Context, describe, keys_label};
use super::screens::setup::Page;
use crate::i18n::Strings;

/// True when the command's key does something on the screen on show, in its
/// present state: footers and help list only those.
pub fn acts(app: &App, cmd: Command) -> bool {
    if cmd == Command::TogglePractice {
        return matches!(&app.screen, Screen::Setup(s) if s.page == Page::Participants);
    }
    if let Screen::Session(st) = &app.screen {
        if let Some(acts) = crate::tui::screens::session::terugblik::acts(st, cmd) {
            return acts;
        }
        if st.editor.is_none()
            && st.removing.is_none()
            && let Some(acts) = crate::tui::screens::session::scoring::acts(st, cmd)
        {
            return acts;
        }
        if st.editor.is_none()
            && st.removing.is_none()
            && let Some(acts) = crate::tui::screens::session::round::acts(st, cmd)
        {
            return acts;
        }
        if let Some(own) = crate::tui::screens::session::own::acts(st, cmd) {
            return own;
        }
    }
    match (&app.screen, cmd) {
        (Screen::Setup(setup), Command::Toggle) => setup.page == Page::Themes,
        (Screen::Summary(summary), Command::ExportCase) => summary.session.is_own_case(),
        // A search that found nothing offers nothing to choose or move through.
        (Screen::Setup(setup), Command::Confirm) => setup.offered().is_none_or(|n| n > 0),
        (Screen::Setup(setup), Command::Up | Command::Down) => {
            setup.offered().is_none_or(|n| n > 1)
        }
        (Screen::Session(st), Command::Reveal) => {
            let step = st.session.position.step;
            st.session
                .case
                .steps
                .get(step)
                .is_some_and(|s| s.outcome.is_some())
        }
        (
            Screen::Session(st),
            Command::PageUp | Command::PageDown | Command::Top | Command::Bottom,
        ) => st.page_acts(cmd),
        (Screen::Session(st), Command::ScrollUp | Command::ScrollDown) => scroll_acts(st),
        (Screen::Summary(sum), Command::ScrollUp | Command::ScrollDown) => {
            sum.pages.as_deref().is_none_or(scroll_acts)
        }
        (Screen::Session(st), Command::SwitchField) => {
            st.editor.as_ref().is_some_and(|e| e.has_side())
        }
        (Screen::Session(st), Command::Select) => {
            !crate::tui::screens::session::correct::step_items(
                &st.session,
                st.session.position.step,
            )
            .is_empty()
        }
        // On a decision point with nothing to select, Enter opens the decision,
        // as `d` does: listed once, under `d`.
        (Screen::Session(st), Command::Confirm)
            if st.kind() == crate::model::PhaseKind::Steps
                && st.editor.is_none()
                && st.picker.is_none() =>
        {
            !crate::tui::screens::session::correct::step_items(
                &st.session,
                st.session.position.step,
            )
            .is_empty()
        }
        (Screen::Session(st), Command::Remove) => st.removable().is_some(),
        (Screen::Session(st), Command::Redact) => st.removing.is_none(),
        _ => true,
    }
}

/// ↑/↓ scroll a notes or decision-point page only when its text does not
/// fit (as last drawn); the closing's lists are scrolled as drawn.
fn scroll_acts(st: &crate::tui::screens::session::SessionScreen) -> bool {
    use crate::model::PhaseKind;
    match st.kind() {
        PhaseKind::Notes | PhaseKind::Steps => st.seen.get().last > 0,
        PhaseKind::Closing => true,
    }
}

/// The bindings of the screen on show that act now, in the table's order.
pub fn shown(app: &App) -> impl Iterator<Item = &Binding> + '_ {
    app.keymap
        .bindings(app.screen_context())
        .iter()
        .filter(|b| acts(app, b.command))
}

/// What a command does here, in the interface language: quitting the
/// set-up does not claim that anything is saved.
pub fn describe_here(app: &App, cmd: Command) -> &'static str {
    let s = app.strings();
    if let Screen::Session(st) = &app.screen {
        if let Some(said) = crate::tui::screens::session::terugblik::describe(st, cmd, s) {
            return said;
        }
        if st.editor.is_none()
            && let Some(said) = crate::tui::screens::session::scoring::describe(st, cmd, s)
        {
            return said;
        }
        if st.editor.is_none()
            && let Some(said) = crate::tui::screens::session::round::describe(st, cmd, s)
        {
            return said;
        }
        if let Some(own) = crate::tui::screens::session::own::describe(st, cmd, s) {
            return own;
        }
    }
    match (&app.screen, cmd) {
        (Screen::Setup(_), Command::Quit) => s.cmd_quit_unsaved,
        (Screen::Session(st), Command::Confirm)
            if st.context() == crate::tui::keymap::Context::Steps =>
        {
            s.edit.cmd_open_selected
        }
        _ => describe(s, cmd),
    }
}

/// Handles a command while help is open; false when it should go on to the
/// screen as well (only `Ctrl-C`, which quits).
pub fn command(app: &mut App, cmd: Command) -> bool {
    let page = visible_rows(app).max(1);
    let last = rows(app).saturating_sub(visible_rows(app));
    let scroll = &mut app.help_scroll;
    match cmd {
        Command::CloseHelp | Command::Help => {
            app.help = false;
            app.status = None;
        }
        Command::Up => *scroll = scroll.saturating_sub(1),
        Command::Down => *scroll = scroll.saturating_add(1).min(last),
        Command::ScrollUp => *scroll = scroll.saturating_sub(page),
        Command::ScrollDown => *scroll = scroll.saturating_add(page).min(last),
        Command::Quit => {
            app.help = false;
            return false;
        }
        _ => {}
    }
    true
}

/// Opens the overlay at its top.
pub fn open(app: &mut App) {
    app.help = true;
    app.help_scroll = 0;
    app.status = None;
}

/// The overlay's place in `full`: as large as its rows need, centred, never
/// larger than the window (then it scrolls).
fn area(full: Rect, app: &App) -> Rect {
    let s = app.strings();
    let list: Vec<&Binding> = shown(app).collect();
    let widest = list
        .iter()
        .map(|b| {
            key_width(&list, app.strings()) as usize
                + 2
                + describe_here(app, b.command).chars().count()
        })
        .chain([
            s.help_title.chars().count() + 4,
            s.help_close.chars().count() + 4,
        ])
        .max()
        .unwrap_or(0) as u16;
    let width = (widest + 4)
        .min(full.width.saturating_sub(4))
        .max(20.min(full.width));
    // It may cover the title row, never the footer that says how to close it.
    let height = (list.len() as u16 + 2).min(full.height.saturating_sub(1));
    let x = full.x + (full.width - width) / 2;
    let y = full.y + ((full.height - height) / 2).min(full.height.saturating_sub(1) - height);
    Rect::new(x, y, width, height)
}

/// How many key rows fit in the overlay in a window of `app.size`.
fn visible_rows(app: &App) -> u16 {
    area(Rect::new(0, 0, app.size.0, app.size.1), app)
        .height
        .saturating_sub(2)
}

/// How many key rows the overlay lists.
fn rows(app: &App) -> u16 {
    shown(app).count() as u16
}

/// The width of the keys column.
fn key_width(list: &[&Binding], s: &Strings) -> u16 {
    list.iter()
        .map(|b| keys_label(b, s).chars().count())
        .max()
        .unwrap_or(0)
        .clamp(6, 22) as u16
}

/// Draws the overlay over `full`, scrolled as far as `app.help_scroll` says.
pub fn draw(frame: &mut Frame, full: Rect, app: &App) {
    let s = app.strings();
    let p = app.palette;
    let area = area(full, app);
    frame.render_widget(Clear, area);
    let list: Vec<&Binding> = shown(app).collect();
    let visible = area.height.saturating_sub(2) as usize;
    let first = (app.help_scroll as usize).min(list.len().saturating_sub(visible));
    let key_width = key_width(&list, s);
    let rows: Vec<Row> = list
        .iter()
        .skip(first)
        .take(visible)
        .map(|b| {
            Row::new(vec![
                keys_label(b, s),
                describe_here(app, b.command).to_string(),
            ])
        })
        .collect();
    let mut block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {} ", s.help_title), p.title()))
        .title_bottom(Span::styled(format!(" {} ", s.help_close), p.dim()));
    if list.len() > visible {
        let shown = format!(
            " {}–{}/{} ",
            first + 1,
            (first + visible).min(list.len()),
            list.len()
        );
        block = block.title(Line::styled(shown, p.label()).right_aligned());
    }
    let table = Table::new(rows, [Constraint::Length(key_width), Constraint::Min(10)])
        .column_spacing(2)
        .block(block);
    frame.render_widget(table, area);
}

/// The footer while help is open: how to close and scroll it.
pub fn footer(app: &App, width: u16) -> Line<'static> {
    let p = app.palette;
    let mut spans = Vec::new();
    let mut used = 0;
    for b in app.keymap.bindings(Context::Help) {
        let key = Span::styled(format!(" {}", keys_label(b, app.strings())), p.label());
        let what = Span::styled(format!(" {} ", describe_here(app, b.command)), p.dim());
        used += key.width() + what.width();
        if used > width as usize {
            break;
        }
        spans.push(key);
        spans.push(what);
    }
    Line::from(spans)
}
