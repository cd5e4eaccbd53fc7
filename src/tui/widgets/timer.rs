//! The phase countdown: time left, then time over in a warning colour. It never blocks.

use ratatui::text::Span;

use crate::i18n::{Strings, fill};
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

/// The countdown for a phase of `minutes` after `elapsed` seconds.
pub fn countdown(elapsed: u64, minutes: u32, s: &Strings, p: Palette) -> Span<'static> {
    let planned = u64::from(minutes) * 60;
    if elapsed <= planned {
        Span::styled(fill(s.timer_left, &[&clock(planned - elapsed)]), p.ok())
    } else {
        Span::styled(
            format!("⚠ {}", fill(s.timer_over, &[&clock(elapsed - planned)])),
            p.warning(),
        )
    }
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
        let left = countdown(60, 10, s, p);
        assert!(left.content.contains("09:00"), "{}", left.content);
        let over = countdown(11 * 60 + 5, 10, s, p);
        assert!(over.content.contains("01:05"), "{}", over.content);
        assert_eq!(over.style, p.warning());
    }
}
