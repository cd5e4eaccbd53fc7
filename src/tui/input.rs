//! Terminal input on a thread of its own, and noticing a terminal that is gone.
//!
//! crossterm 0.29 spins when its terminal disappears (a closed window, a
//! killed tmux pane): the tty stays readable while reads return nothing, and
//! `event::poll` then never returns, whatever its timeout (crossterm issue
//! 793). Reading on another thread keeps the event loop free to notice the
//! hang-up signal, and [`Tty::gone`] notices a hang-up that sends none (a
//! process that outlived its session), so drafts are saved and casus exits
//! instead of burning a core for days.

use std::io;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use crossterm::event::{self, Event};

/// What waiting for input gave.
pub enum Input {
    /// An event from the terminal.
    Event(Event),
    /// Nothing within the time allowed.
    Nothing,
    /// Reading failed: the terminal is gone or broken.
    Failed(io::Error),
}

/// Terminal events, read on their own thread.
pub struct Events {
    rx: Receiver<io::Result<Event>>,
}

impl Events {
    /// Starts reading. Call after the terminal is set up: from here on only
    /// this thread reads from it.
    pub fn start() -> Events {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            loop {
                let read = event::read();
                let failed = read.is_err();
                // The loop ended (casus is quitting) or reading failed: stop.
                if tx.send(read).is_err() || failed {
                    break;
                }
            }
        });
        Events { rx }
    }

    /// The next event, waiting at most `timeout`.
    pub fn next(&self, timeout: Duration) -> Input {
        match self.rx.recv_timeout(timeout) {
            Ok(Ok(event)) => Input::Event(event),
            Ok(Err(e)) => Input::Failed(e),
            Err(RecvTimeoutError::Timeout) => Input::Nothing,
            Err(RecvTimeoutError::Disconnected) => Input::Failed(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the terminal input ended",
            )),
        }
    }
}

/// The controlling terminal on standard input, watched for a hang-up.
pub struct Tty {
    /// Whether standard input was a controlling terminal at start; only then
    /// can its loss be told apart from never having had one.
    #[cfg(unix)]
    watched: bool,
}

impl Tty {
    /// Looks at standard input once, at start.
    pub fn watch() -> Tty {
        Tty {
            #[cfg(unix)]
            watched: session_of_stdin(),
        }
    }

    /// Whether the terminal casus started on has been hung up.
    pub fn gone(&self) -> bool {
        #[cfg(unix)]
        {
            self.watched && !session_of_stdin()
        }
        #[cfg(not(unix))]
        {
            false
        }
    }
}

/// Whether standard input is a terminal with a session: `tcgetsid` fails
/// once that terminal has been hung up (the check sudo-rs uses).
#[cfg(unix)]
fn session_of_stdin() -> bool {
    // SAFETY: tcgetsid only reads the file descriptor's terminal state.
    unsafe { libc::tcgetsid(libc::STDIN_FILENO) != -1 }
}
