//! The phase countdown: time left, then time over in a warning colour. It
//! never blocks. And the whole session's clock against the method's total.

use ratatui::text::Span;

use crate::i18n::{Strings, fill};
use crate::model::Session;
use crate::tui::style::Palette;

/// `mm:ss` (or `h:mm:ss` past an hour).
pub fn clock(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// The countdown for a phase of `planned` seconds after `elapsed` seconds.
pub fn countdown(elapsed: u64, planned: u64, s: &Strings, p: Palette) -> Span<'static> {
    if elapsed <= planned {
        Span::styled(fill(s.timer_left, &[&clock(planned - elapsed)]), p.ok())
    } else {
        Span::styled(
            format!("⚠ {}", fill(s.timer_over, &[&clock(elapsed - planned)])),
            p.warning(),
        )
    }
}

/// Seconds planned for a phase: the method's minutes and any added.
pub fn planned_secs(minutes: u32, extra_minutes: u32) -> u64 {
    u64::from(minutes.saturating_add(extra_minutes)) * 60
}

/// The whole session: `(elapsed, planned)` seconds over all phases.
pub fn session_secs(session: &Session) -> (u64, u64) {
    let elapsed = session.phases.iter().map(|r| r.elapsed_secs).sum();
    let planned = session
        .method
        .phases
        .iter()
        .enumerate()
        .map(|(i, ph)| {
            let extra = session.phases.get(i).map_or(0, |r| r.extra_minutes);
            planned_secs(ph.minutes, extra)
        })
        .sum();
    (elapsed, planned)
}

/// `totaal 12:30/1:30:00`: the whole session against the method's total.
pub fn session_clock(session: &Session, s: &Strings, p: Palette) -> Span<'static> {
    let (elapsed, planned) = session_secs(session);
    let style = if elapsed > planned {
        p.warning()
    } else {
        p.dim()
    };
    Span::styled(
        fill(s.clock.session_clock, &[&clock(elapsed), &clock(planned)]),
        style,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_shows_minutes_and_seconds_then_hours() {
        assert_eq!(clock(0), "00:00");
        assert_eq!(clock(605), "10:05");
        assert_eq!(clock(3661), "1:01:01");
    }

    #[test]
    fn running_over_turns_into_a_warning_and_keeps_counting() {
        let s = crate::i18n::Lang::Nl.strings();
        let p = Palette::new(true);
        let left = countdown(60, 600, s, p);
        assert!(left.content.contains("09:00"), "{}", left.content);
        let over = countdown(11 * 60 + 5, 600, s, p);
        assert!(over.content.contains("01:05"), "{}", over.content);
        assert_eq!(over.style, p.warning());
    }
}
