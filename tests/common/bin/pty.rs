//! One running `casus` in its own pseudo-terminal, its screen parsed as it draws.
//!
//! Waits have a generous deadline only so that a broken build fails instead
//! of hanging; nothing asserts how long anything took.

use std::io::{Read, Write};
use std::num::NonZero;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, SlavePty, native_pty_system};

/// How long to wait for a screen before calling the run broken.
const PATIENCE: Duration = Duration::from_secs(40);
/// crossterm reads a lone ESC as the Esc key only when no byte follows it at once.
const AFTER_ESC: Duration = Duration::from_millis(150);

/// Keys as a terminal sends them.
pub mod keys {
    pub const ESC: &str = "\x1b";
    pub const ENTER: &str = "\r";
    pub const TAB: &str = "\t";
    pub const RIGHT: &str = "\x1b[C";
    pub const CTRL_C: &str = "\x03";
}

struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
}

/// A running casus in a pseudo-terminal.
pub struct Term {
    child: Box<dyn Child + Send + Sync>,
    /// `None` once the window was closed ([`Term::close_window`]).
    master: Option<Box<dyn MasterPty + Send>>,
    /// Kept open, so the terminal's settings can still be read after casus exits.
    _slave: Box<dyn SlavePty + Send>,
    writer: Option<Box<dyn Write + Send>>,
    output: Arc<Mutex<Output>>,
    /// Tells the reading thread to stop (and let go of its end of the pty).
    stop: Arc<AtomicBool>,
    reading: Option<std::thread::JoinHandle<()>>,
    cols: u16,
    /// The terminal settings before casus started.
    #[cfg(unix)]
    pub initial: libc::termios,
}

impl Term {
    /// Starts `cmd` in a new pseudo-terminal of `cols`×`rows`.
    pub fn spawn(cmd: CommandBuilder, (cols, rows): (u16, u16)) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        #[cfg(unix)]
        let initial = termios_of(pair.master.as_ref());
        let child = pair.slave.spawn_command(cmd).expect("casus starts");
        let mut reader = pair.master.try_clone_reader().expect("a pty reader");
        let writer = pair.master.take_writer().expect("a pty writer");
        let nonzero = |n: u16| NonZero::new(n).expect("a size above zero");
        let output = Arc::new(Mutex::new(Output {
            parser: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            raw: Vec::new(),
        }));
        let sink = Arc::clone(&output);
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        let reading = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || stopped.load(Ordering::SeqCst) {
                    break;
                }
                let mut out = sink.lock().expect("the output lock");
                out.parser.process(&buf[..n]);
                out.raw.extend_from_slice(&buf[..n]);
            }
        });
        Term {
            child,
            master: Some(pair.master),
            _slave: pair.slave,
            writer: Some(writer),
            output,
            stop,
            reading: Some(reading),
            cols,
            #[cfg(unix)]
            initial,
        }
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.vt().contents()
    }

    /// The parsed screen itself (modes, alternate screen, rows).
    pub fn vt(&self) -> vt100::Screen {
        self.output.lock().expect("output").parser.screen().clone()
    }

    /// Every byte casus wrote to the terminal so far.
    pub fn raw(&self) -> Vec<u8> {
        self.output.lock().expect("output").raw.clone()
    }

    /// Waits until the screen satisfies `done`; a run that never gets there fails.
    #[track_caller]
    pub fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "waited in vain for {what}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    /// Like [`Term::wait_until`], and the bottom row is drawn too. A first
    /// frame is drawn top to bottom, so then it has fully arrived.
    #[track_caller]
    pub fn wait_for_whole_frame(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        self.wait_until(what, |s| {
            let bottom = self.vt().rows(0, self.cols).last().unwrap_or_default();
            done(s) && !bottom.trim().is_empty()
        })
    }

    /// Waits until the screen shows `text`.
    #[track_caller]
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on the screen"), |s| s.contains(text));
    }

    /// Waits until the screen no longer shows `text`.
    #[track_caller]
    pub fn wait_gone(&self, text: &str) {
        self.wait_until(&format!("{text:?} to go"), |s| !s.contains(text));
    }

    /// Waits until everything casus wrote contains `needle`.
    #[track_caller]
    pub fn wait_for_bytes(&self, needle: &[u8]) -> Vec<u8> {
        let start = Instant::now();
        loop {
            let raw = self.raw();
            if find(&raw, needle).is_some() {
                return raw;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "casus never wrote {:?}; it wrote:\n{}",
                String::from_utf8_lossy(needle),
                String::from_utf8_lossy(&raw)
            );
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    /// Sends bytes as they are, at once.
    pub fn send(&mut self, bytes: impl AsRef<[u8]>) {
        let writer = self.writer.as_mut().expect("the window is open");
        writer.write_all(bytes.as_ref()).expect("write to the pty");
        writer.flush().expect("flush the pty");
    }

    /// Sends keys; after a trailing lone Esc it pauses, so crossterm does not
    /// read Esc and the next key as Alt-key.
    pub fn keys(&mut self, keys: &str) {
        self.send(keys);
        if keys.ends_with(keys::ESC) {
            std::thread::sleep(AFTER_ESC);
        }
    }

    /// The Esc key, alone.
    pub fn esc(&mut self) {
        self.keys(keys::ESC);
    }

    /// Types text into a field and waits until it shows, so no key is lost to a redraw.
    #[track_caller]
    pub fn type_text(&mut self, text: &str) {
        self.send(text);
        self.wait_for(text);
    }

    /// The process id of casus.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a pid")
    }

    /// Waits for casus to exit by itself and returns its exit code.
    #[track_caller]
    pub fn exit_code(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("the child's status") {
                return status.exit_code();
            }
            if start.elapsed() > PATIENCE {
                let screen = self.screen();
                let _ = self.child.kill();
                panic!("casus did not exit; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    /// Waits for casus to exit by itself; true when it succeeded.
    #[track_caller]
    pub fn wait_exit(&mut self) -> bool {
        self.exit_code() == 0
    }
}

#[cfg(unix)]
impl Term {
    /// Walks the set-up from home as a facilitator types it: the case
    /// "signaal", the default method (Casusbespreking), every theme set,
    /// group "Team Noord", participants "AB, CD"; returns on the opening.
    pub fn set_up_signaal_from_home(&mut self) {
        use keys::ENTER;
        self.wait_for("Nieuwe sessie");
        self.keys(ENTER);
        self.wait_for("Zoek:");
        self.type_text("signaal");
        self.wait_for("5 beslismomenten");
        self.keys(ENTER);
        self.wait_for("Casusbespreking (90 min)");
        self.keys(ENTER);
        self.wait_for("[x] Reflectie");
        self.keys(ENTER);
        self.wait_for("Groep:");
        self.type_text("Team Noord");
        self.keys(ENTER);
        self.wait_for("Deelnemers:");
        self.type_text("AB, CD");
        self.keys(ENTER);
        self.wait_for("1. Opening");
    }

    /// Sends a signal to casus.
    pub fn signal(&self, sig: i32) {
        let pid = self.pid() as i32;
        // SAFETY: sends a signal to our own child process, by its id.
        let r = unsafe { libc::kill(pid, sig) };
        assert_eq!(r, 0, "kill({pid}, {sig}) failed");
    }

    /// SIGKILL: no handler, no destructor, no restore runs.
    pub fn kill(&mut self) {
        self.signal(libc::SIGKILL);
        self.child.wait().expect("the killed child is reaped");
    }

    /// The terminal's settings now.
    pub fn termios(&self) -> libc::termios {
        termios_of(self.master.as_deref().expect("the window is open"))
    }

    /// Closes the terminal window: every handle of the pty's master side is
    /// let go, so the kernel hangs the terminal up under casus (as closing
    /// a window or killing a tmux pane does). Only the screen read so far
    /// stays readable.
    pub fn close_window(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // A resize makes casus draw, which wakes the reading thread to stop.
        if let Some(master) = &self.master {
            let _ = master.resize(PtySize {
                rows: 20,
                cols: self.cols.saturating_sub(1).max(20),
                pixel_width: 0,
                pixel_height: 0,
            });
        }
        if let Some(reading) = self.reading.take() {
            reading.join().expect("the reading thread ends");
        }
        // portable-pty's writer sends a newline and EOF (VEOF) when dropped,
        // which casus in raw mode would read as keys: a closing window sends
        // nothing, so VEOF is cleared first.
        #[cfg(unix)]
        if let Some(fd) = self.master.as_ref().and_then(|m| m.as_raw_fd()) {
            let mut t = termios_of(self.master.as_deref().expect("open"));
            t.c_cc[libc::VEOF] = 0;
            // SAFETY: sets the settings of our own pty by its descriptor.
            unsafe { libc::tcsetattr(fd, libc::TCSANOW, &t) };
        }
        self.writer = None;
        self.master = None;
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        // A failed test must not leave casus running.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[cfg(unix)]
fn termios_of(master: &dyn MasterPty) -> libc::termios {
    master
        .get_termios()
        .expect("the pty's termios can be read")
        .into()
}

/// Raw mode as crossterm sets it: no line editing, no echo, no signals from keys.
#[cfg(unix)]
pub fn is_raw(t: &libc::termios) -> bool {
    t.c_lflag & (libc::ICANON | libc::ECHO | libc::ISIG) == 0
}

/// Where `needle` first occurs in `haystack`.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Where `needle` last occurs in `haystack`.
pub fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}
