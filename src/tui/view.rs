//! `view`: draws the state, nothing else. Header, body by screen, footer,
//! and the overlays (editor, theme picker, help).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::action::Command;
use super::app::{App, Screen};
use super::screens::{home, review, session, setup, summary};
use super::widgets::timer::{countdown, planned_secs, session_clock};
use crate::i18n::fill;

/// Below this size the app asks for a larger window instead of drawing.
pub const MIN_SIZE: (u16, u16) = (60, 18);

/// Draws the whole app.
pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let s = app.strings();
    let p = app.palette;
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let text = fill(
            s.too_small,
            &[&MIN_SIZE.0, &MIN_SIZE.1, &area.width, &area.height],
        );
        frame.render_widget(
            Paragraph::new(text)
                .style(p.warning())
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    // A message is shown whole: the footer grows to as many lines as it needs (up to 3).
    let footer_lines = footer_status(app).map_or(1, |st| wrapped_height(&st.text, area.width));
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(5),
        Constraint::Length(footer_lines),
    ])
    .areas(area);
    draw_header(frame, header, app);
    let body = body.inner(ratatui::layout::Margin::new(1, 0));
    let ctx = app.ctx();
    match &app.screen {
        Screen::Home => home::draw(&app.home, &ctx, frame, body),
        Screen::Setup(st) => setup::draw::draw(st, &ctx, frame, body),
        Screen::Session(st) => session::draw(st, &ctx, frame, body),
        Screen::Summary(st) => summary::draw(st, &ctx, frame, body),
        Screen::Review(st) => review::draw(st, &ctx, frame, body),
    }
    draw_footer(frame, footer, app);
    if app.help {
        super::help::draw(frame, area, app);
    }
    paint_base(frame, p);
}

/// The palette's background and text colour wherever nothing else was set,
/// popups included (their `Clear` resets cells to the terminal's own).
fn paint_base(frame: &mut Frame, p: super::style::Palette) {
    use ratatui::style::Color;
    let base = p.base();
    if base.fg.is_none() && base.bg.is_none() {
        return;
    }
    for cell in &mut frame.buffer_mut().content {
        if let Some(bg) = base.bg.filter(|_| cell.bg == Color::Reset) {
            cell.bg = bg;
        }
        if let Some(fg) = base.fg.filter(|_| cell.fg == Color::Reset) {
            cell.fg = fg;
        }
    }
}

fn draw_header(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.strings();
    let p = app.palette;
    let [top, bar] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let mut left = vec![Span::styled(" casus ", p.selected())];
    let mut right = Vec::new();
    match &app.screen {
        Screen::Home => left.push(Span::styled(format!("  {}", s.home_tagline), p.dim())),
        Screen::Setup(_) => left.push(Span::styled(format!("  {}", s.setup_title), p.title())),
        Screen::Session(screen) => {
            let session = &screen.session;
            left.push(Span::styled(format!("  {}", session.case.title), p.title()));
            // On a projector the badge says what this is; the group knows its name.
            if !app.present {
                left.push(Span::styled(format!("  · {}", session.group), p.dim()));
            } else {
                left.push(Span::styled(
                    format!("  [{}]", s.settings.present_badge),
                    p.warning(),
                ));
            }
            let i = session.position.phase;
            if let (Some(phase), Some(record)) =
                (session.method.phases.get(i), session.phases.get(i))
            {
                let planned = planned_secs(phase.minutes, record.extra_minutes);
                // Practice: said plainly beside the clock, but not on a projector.
                if session.practice && !app.present {
                    let badge = format!("[{}] ", s.terugblik.practice_badge);
                    right.push(Span::styled(badge, p.warning()));
                }
                if session.timer_paused {
                    let badge = format!("[{}] ", s.clock.paused_badge);
                    right.push(Span::styled(badge, p.warning()));
                }
                right.push(countdown(record.elapsed_secs, planned, s, p));
                right.push(Span::raw(" "));
                // The whole session's clock, when it leaves the title room.
                let total = session_clock(session, s, p);
                let used: usize = right.iter().map(Span::width).sum();
                // On a projector the title and its badge come first.
                let title = if app.present {
                    left.iter().map(Span::width).sum()
                } else {
                    MIN_TITLE
                };
                if used + total.width() + 2 + title <= top.width as usize {
                    right.insert(0, Span::raw(" "));
                    right.insert(0, total);
                }
            }
            let phases = &session.method.phases;
            let tabs: Vec<Span> = phases
                .iter()
                .enumerate()
                .map(|(n, ph)| {
                    let style = if n == i { p.selected() } else { p.dim() };
                    Span::styled(format!(" {}. {} ", n + 1, ph.title), style)
                })
                .collect();
            let width: usize = tabs.iter().map(Span::width).sum();
            // Too many phases for one line: show where the group is, and what comes next.
            let tabs = if width > bar.width as usize {
                let mut compact = vec![Span::styled(
                    format!(
                        " {}/{}: {} ",
                        i + 1,
                        phases.len(),
                        phases[i.min(phases.len() - 1)].title
                    ),
                    p.selected(),
                )];
                if let Some(next) = phases.get(i + 1) {
                    compact.push(Span::styled(format!("  → {}", next.title), p.dim()));
                }
                compact
            } else {
                tabs
            };
            frame.render_widget(Paragraph::new(Line::from(tabs)), bar);
        }
        Screen::Summary(sum) => {
            left.push(Span::styled(
                format!("  {}", sum.session.case.title),
                p.title(),
            ));
            left.push(Span::styled(format!("  · {}", sum.session.group), p.dim()));
            if sum.pages.is_some() {
                let badge = format!("  [{}]", s.clock.read_only_badge);
                left.push(Span::styled(badge, p.warning()));
            }
        }
        Screen::Review(rv) => {
            left.push(Span::styled(format!("  {}", s.review_title), p.title()));
            if let review::Page::Detail(detail) = &rv.page
                && let Some(at) = review::detail::position(rv, detail, &app.ctx())
            {
                right.push(Span::styled(format!("{at} "), p.dim()));
            }
            if rv.loaded.is_some() {
                frame.render_widget(Paragraph::new(review::frame::tabs(rv, &app.ctx())), bar);
            }
        }
    }
    let right_width: usize = right.iter().map(|sp| sp.width()).sum();
    let [l, r] = Layout::horizontal([Constraint::Min(10), Constraint::Length(right_width as u16)])
        .areas(top);
    // One column between title and clock; a long title ends in an ellipsis.
    let room = usize::from(l.width).saturating_sub(usize::from(!right.is_empty()));
    frame.render_widget(Paragraph::new(Line::from(fit(left, room))), l);
    frame.render_widget(Paragraph::new(Line::from(right)), r);
}

/// Columns the header keeps for `casus` and the start of the title.
const MIN_TITLE: usize = 24;

/// The spans cut to `width` columns at a word's end: a group name cut to
/// "Te…" reads as another name, so a word that does not fit whole goes
/// whole, and a span left with nothing but its "  · " goes too.
fn fit(spans: Vec<Span<'static>>, width: usize) -> Vec<Span<'static>> {
    use unicode_width::UnicodeWidthChar;
    let total: usize = spans.iter().map(Span::width).sum();
    if total <= width {
        return spans;
    }
    let mut left = width.saturating_sub(1);
    let mut out: Vec<Span<'static>> = Vec::new();
    for span in spans {
        let mut text = String::new();
        let mut cut = false;
        for c in span.content.chars() {
            let w = c.width().unwrap_or(0);
            if w > left {
                cut = true;
                // Mid-word: back to the end of the last whole word.
                if !c.is_whitespace() && !text.ends_with(char::is_whitespace) {
                    text.truncate(text.rfind(char::is_whitespace).unwrap_or(0));
                }
                break;
            }
            left -= w;
            text.push(c);
        }
        if !cut {
            out.push(span);
            continue;
        }
        // A span cut to some of its words ends in `…`; one with none left
        // goes without a trace (the title before it is whole).
        let text = text.trim_end_matches([' ', '·']).to_string();
        if !text.is_empty() {
            out.push(Span::styled(format!("{text}…"), span.style));
        }
        break;
    }
    out
}

fn draw_footer(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.strings();
    let p = app.palette;
    let line = match footer_status(app) {
        Some(status) => {
            let style = if status.error { p.error() } else { p.ok() };
            let text = Paragraph::new(format!(" {}", status.text))
                .style(style)
                .wrap(Wrap { trim: false });
            frame.render_widget(text, area);
            return;
        }
        None if app.help => super::help::footer(app, area.width),
        None if presenting(app) => present_footer(app),
        None => {
            // The help key as the keymap has it (the user's keys included).
            let help_key = super::help::shown(app)
                .find(|b| b.command == Command::Help)
                .map(|b| b.keys[0].label(s));
            let mut spans = Vec::new();
            // Only whole hints, as many as fit: the help overlay lists them all.
            let mut used = help_key
                .as_ref()
                .map_or(0, |k| k.chars().count() + s.cmd_help.chars().count() + 3);
            // Only keys that act on this screen now (`help::shown`); ↑ and ↓
            // side by side take one hint, so more of the others fit.
            let mut shown = super::help::shown(app)
                .filter(|b| b.command != Command::Help)
                .peekable();
            while let Some(b) = shown.next() {
                // The scores' 1 to 6 take one hint: `1–6 geef deze score`.
                let mut last = b;
                let score = |c: Command| matches!(c, Command::Score(_));
                while let Some(n) = shown.next_if(|n| score(b.command) && score(n.command)) {
                    last = n;
                }
                let pair = shown
                    .peek()
                    .and_then(|next| Some((next, pair_label(s, b.command, next.command)?)));
                let (key, what) = match pair {
                    Some((next, what)) => {
                        let key = format!("{}{}", b.keys[0].label(s), next.keys[0].label(s));
                        shown.next();
                        (key, what)
                    }
                    None if !std::ptr::eq(last, b) => (
                        format!("{}–{}", b.keys[0].label(s), last.keys[0].label(s)),
                        super::help::describe_here(app, b.command),
                    ),
                    None => (
                        b.keys[0].label(s).to_string(),
                        super::help::describe_here(app, b.command),
                    ),
                };
                let key = Span::styled(format!(" {key}"), p.label());
                let what = Span::styled(format!(" {what} "), p.dim());
                used += key.width() + what.width();
                if used > area.width as usize {
                    break;
                }
                spans.push(key);
                spans.push(what);
            }
            let mut line: Vec<Span> = help_key
                .map(|k| Span::styled(format!(" {k} {} ", s.cmd_help), p.title()))
                .into_iter()
                .collect();
            line.extend(spans);
            Line::from(line)
        }
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// True while a running session is shown on a projector.
fn presenting(app: &App) -> bool {
    app.present && matches!(app.screen, Screen::Session(_))
}

/// The footer while presenting: no key noise, only how to get help and how
/// to stop presenting, with the keys the keymap gives them.
fn present_footer(app: &App) -> Line<'static> {
    let s = app.strings();
    let p = app.palette;
    let mut line = Vec::new();
    for (cmd, what) in [
        (Command::Help, s.cmd_help),
        (Command::TogglePresent, s.settings.cmd_stop_present),
    ] {
        let Some(b) = super::help::shown(app).find(|b| b.command == cmd) else {
            continue;
        };
        line.push(Span::styled(format!(" {}", b.keys[0].label(s)), p.label()));
        line.push(Span::styled(format!(" {what} "), p.dim()));
    }
    Line::from(line)
}

/// One footer hint for ↑ followed by ↓: moving in a list or scrolling a text.
fn pair_label(s: &crate::i18n::Strings, up: Command, down: Command) -> Option<&'static str> {
    match (up, down) {
        (Command::Up, Command::Down) => Some(s.clock.cmd_move_pair),
        (Command::ScrollUp, Command::ScrollDown) => Some(s.clock.cmd_scroll_pair),
        _ => None,
    }
}

/// The footer's message: the status, else (while the session's last save
/// failed) that it is not saved, else none (the key hints show).
fn footer_status(app: &App) -> Option<super::app::Status> {
    if let Some(status) = &app.status {
        return Some(status.clone());
    }
    match &app.screen {
        Screen::Session(screen) if screen.unsaved.is_some() => Some(super::app::Status {
            text: app.strings().save.save_pending.to_string(),
            error: true,
        }),
        _ => None,
    }
}

/// The lines ` text` takes when word-wrapped at `width` columns, 1 to 3.
fn wrapped_height(text: &str, width: u16) -> u16 {
    use unicode_width::UnicodeWidthStr;
    let width = usize::from(width.max(1));
    let (mut lines, mut used) = (1, 0);
    for (i, word) in format!(" {text}").split(' ').enumerate() {
        let w = word.width();
        let len = if i == 0 { w } else { used + 1 + w };
        if len > width && used > 0 {
            lines += 1;
            used = w;
        } else {
            used = len;
        }
        while used > width {
            lines += 1;
            used -= width;
        }
    }
    lines.min(3)
}
