//! Scratch: look at the screens.
#![cfg(unix)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, SlavePty, native_pty_system};

const ROWS: u16 = 60;
const COLS: u16 = 160;
const PATIENCE: Duration = Duration::from_secs(30);

struct Env {
    root: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        let root = tempfile::tempdir().unwrap();
        for d in ["home", "config", "share", "cache", "state", "data"] {
            std::fs::create_dir_all(root.path().join(d)).unwrap();
        }
        Env { root }
    }

    fn data(&self) -> PathBuf {
        self.root.path().join("data")
    }

    fn sessions(&self) -> PathBuf {
        self.data().join("sessions")
    }

    fn spawn(&self, args: &[&str], extra: &[(&str, &str)]) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_casus"));
        cmd.args(args);
        cmd.arg("--data-dir");
        cmd.arg(self.data());
        cmd.args(["--lang", "nl"]);
        cmd.env_clear();
        let p = self.root.path();
        cmd.env("HOME", p.join("home"));
        cmd.env("XDG_CONFIG_HOME", p.join("config"));
        cmd.env("XDG_DATA_HOME", p.join("share"));
        cmd.env("XDG_CACHE_HOME", p.join("cache"));
        cmd.env("XDG_STATE_HOME", p.join("state"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in extra {
            cmd.env(k, v);
        }
        cmd.cwd(p);
        let child = pair.slave.spawn_command(cmd).unwrap();
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let shared = Arc::new(Mutex::new(Output {
            parser: vt100::Parser::new(std::num::NonZero::new(ROWS).unwrap(), std::num::NonZero::new(COLS).unwrap(), 0),
            raw: Vec::new(),
        }));
        let sink = Arc::clone(&shared);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut out = sink.lock().unwrap();
                        out.parser.process(&buf[..n]);
                        out.raw.extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        Term {
            child,
            master: pair.master,
            _slave: pair.slave,
            writer,
            output: shared,
        }
    }
}

struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
}

struct Term {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    _slave: Box<dyn SlavePty + Send>,
    writer: Box<dyn Write + Send>,
    output: Arc<Mutex<Output>>,
}

impl Term {
    fn screen(&self) -> String {
        self.output.lock().unwrap().parser.screen().contents()
    }

    fn raw(&self) -> Vec<u8> {
        self.output.lock().unwrap().raw.clone()
    }

    fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            if start.elapsed() > PATIENCE {
                panic!("waited in vain for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn esc(&mut self) {
        self.send(b"\x1b");
        std::thread::sleep(Duration::from_millis(150));
    }

    fn pid(&self) -> i32 {
        self.child.process_id().unwrap() as i32
    }

    fn kill(&mut self) {
        unsafe { libc::kill(self.pid(), libc::SIGKILL) };
        self.child.wait().unwrap();
    }
}

#[test]
fn scratch() {
    let env = Env::new();
    let mut app = env.spawn(
        &[
            "new",
            "--case",
            "signaal-van-school",
            "--method",
            "casusbespreking",
            "--themes",
            "eigenwijs",
            "--group",
            "Test",
        ],
        &[],
    );
    let s = app.wait_for("participants", |s| s.contains("Deelnemers"));
    println!("{s}");
    app.send(b"\r");
    std::thread::sleep(Duration::from_millis(800));
    println!("{}", app.screen());
    app.send(b"\r");
    std::thread::sleep(Duration::from_millis(800));
    println!("{}", app.screen());
    app.send(b"hallo wereld");
    app.esc();
    std::thread::sleep(Duration::from_millis(800));
    println!("{}", app.screen());
    for _ in 0..3 {
        app.send(b"n");
    }
    std::thread::sleep(Duration::from_millis(800));
    println!("{}", app.screen());
    app.send(b"\rbesluit een");
    app.esc();
    std::thread::sleep(Duration::from_millis(800));
    println!("{}", app.screen());
    app.kill();
    let _ = (env.sessions(), app.raw(), &app.master, Path::new("."));
}
