//! A progress bar on stderr while a command builds the index (a first run,
//! or an index rebuilt): only in a terminal, only when many files are
//! parsed, redrawn a few times a second and cleared when done, so pipes,
//! logs and tests' captured output never see it.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use crate::i18n::{Lang, fill};

/// Fewer files to parse than this show no bar: it would only flicker.
const FROM: usize = 200;
/// Redraw at most this often.
const EVERY: Duration = Duration::from_millis(100);
/// Cells of the bar itself.
const WIDTH: usize = 24;

/// Draws `done` of `total` on stderr; see the module docs.
pub(super) struct Bar {
    lang: Lang,
    terminal: bool,
    /// The `(done, total)` of the last call, to see where a folder begins.
    last: (usize, usize),
    /// Whether this folder parses enough files to show the bar.
    shown: bool,
    drawn: Option<Instant>,
}

impl Bar {
    /// A bar for this process's stderr.
    pub(super) fn stderr(lang: Lang) -> Bar {
        Bar::new(lang, std::io::stderr().is_terminal())
    }

    fn new(lang: Lang, terminal: bool) -> Bar {
        Bar {
            lang,
            terminal,
            last: (0, 0),
            shown: false,
            drawn: None,
        }
    }

    /// One more file parsed: `done` of the folder's `total` are now known
    /// (unchanged files count as done from the start).
    pub(super) fn update(&mut self, done: usize, total: usize) {
        if !self.terminal {
            return;
        }
        // A folder's first report: `done - 1` files needed no parsing.
        if total != self.last.1 || done <= self.last.0 {
            self.clear();
            self.shown = worth_a_bar(done, total);
        }
        self.last = (done, total);
        if !self.shown {
            return;
        }
        if done >= total {
            self.clear();
            return;
        }
        if self.drawn.is_some_and(|at| at.elapsed() < EVERY) {
            return;
        }
        self.drawn = Some(Instant::now());
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{}\x1b[K", line(self.lang, done, total));
        let _ = err.flush();
    }

    /// Removes the bar, if it is drawn.
    fn clear(&mut self) {
        if self.drawn.take().is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.clear();
    }
}

/// True when a folder whose first report is `done` of `total` has many
/// files to parse (the `done - 1` before this one needed none).
fn worth_a_bar(done: usize, total: usize) -> bool {
    (total + 1).saturating_sub(done) >= FROM
}

/// `[#########---------------] Updating the index: 1234 of 10000 sessions`.
fn line(lang: Lang, done: usize, total: usize) -> String {
    let filled = (done * WIDTH).checked_div(total).unwrap_or(0).min(WIDTH);
    let bar = format!("{}{}", "#".repeat(filled), "-".repeat(WIDTH - filled));
    let text = fill(lang.review().index_progress, &[&done, &total]);
    format!("[{bar}] {text}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_fills_with_the_files_done_in_both_languages() {
        assert_eq!(
            line(Lang::En, 5000, 10000),
            "[############------------] Updating the index: 5000 of 10000 sessions"
        );
        assert_eq!(
            line(Lang::Nl, 0, 10000),
            "[------------------------] Index bijwerken: 0 van 10000 sessies"
        );
        assert!(line(Lang::Nl, 10, 10).starts_with(&format!("[{}]", "#".repeat(WIDTH))));
    }

    #[test]
    fn a_bar_only_outside_pipes_and_for_many_files() {
        let mut bar = Bar::new(Lang::En, false);
        bar.update(1, 10000);
        assert!(!bar.shown && bar.drawn.is_none(), "not a terminal: nothing");
        assert!(worth_a_bar(1, 10000), "a first run");
        assert!(worth_a_bar(1, FROM));
        assert!(!worth_a_bar(1, FROM - 1));
        assert!(!worth_a_bar(9901, 10000), "9,900 indexed, 100 to parse");
    }
}
