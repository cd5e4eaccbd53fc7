//! Setting the terminal up and, on every exit path, error and panic, restoring it.

use std::io::{self, Stdout};

use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::execute;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal type the app draws on.
pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Puts the terminal back as it was: bracketed paste and mouse off, raw mode off, main screen.
/// Errors are ignored, and nothing is printed: after a hang-up the terminal
/// and stderr are gone, and `ratatui::restore`'s `eprintln!` would panic.
pub fn restore() {
    let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
    let _ = ratatui::try_restore();
}

/// Installs the panic hook (restore first, then report), then enters raw mode,
/// the alternate screen and bracketed paste.
pub fn init() -> io::Result<Term> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let terminal = ratatui::try_init()?;
    execute!(io::stdout(), EnableBracketedPaste)?;
    Ok(terminal)
}
