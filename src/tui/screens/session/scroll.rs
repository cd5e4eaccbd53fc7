//! Scrolling the main text by what the screen showed when last drawn
//! ([`SessionScreen::seen`]): a page, the top or bottom, and the outcome
//! into view after a reveal.

use super::state::SessionScreen;
use crate::tui::action::Command;

/// Scrolling by what the screen showed when last drawn ([`SessionScreen::seen`]).
impl SessionScreen {
    /// PgUp/PgDn a page (the visible height, one row kept), Home/End the top or bottom.
    pub fn page(&mut self, cmd: Command) {
        let seen = self.seen.get();
        let page = seen.height.saturating_sub(1).max(1);
        let last = seen.last;
        self.scroll = match cmd {
            Command::PageUp => self.scroll.min(last).saturating_sub(page),
            Command::PageDown => self.scroll.saturating_add(page).min(last),
            Command::Top => 0,
            Command::Bottom => last,
            _ => self.scroll,
        };
    }

    /// True when a page key would move the text as last drawn: footers and help list only those.
    pub fn page_acts(&self, cmd: Command) -> bool {
        let seen = self.seen.get();
        match cmd {
            Command::PageUp | Command::Top => self.scroll.min(seen.last) > 0,
            Command::PageDown | Command::Bottom => self.scroll < seen.last,
            _ => true,
        }
    }

    /// After `o`: scrolls the outcome into view when it starts in the lower half or below.
    pub fn reveal_into_view(&mut self) {
        let seen = self.seen.get();
        let Some(row) = seen.mark else {
            return;
        };
        let step = self.session.steps.get(self.session.position.step);
        let revealed = step.is_some_and(|r| r.revealed);
        let top = self.scroll.min(seen.last);
        if revealed && row > top + seen.height / 2 {
            self.scroll = row.saturating_sub(1); // a blank row above its heading
        }
    }
}
