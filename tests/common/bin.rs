//! The real `casus` binary, run the way a user runs it but walled in: every
//! run starts from a cleared environment and gets only `PATH`, `TERM`,
//! `LANG` (as the test asks), an explicit `TZ` (`Europe/Amsterdam` unless the
//! test says otherwise) and `HOME` plus every XDG folder inside a temp folder
//! the test owns. So no run reads the developer's config or writes into their
//! cache, and every run sees the same clock zone wherever the suite runs.
//!
//! [`Sandbox::run`] runs it plainly (piped, as in scripts: stdout, stderr and
//! the exit code); [`Sandbox::spawn`] runs it in a pseudo-terminal
//! (`portable-pty`) whose screen a `vt100` parser keeps as text ([`Term`]).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod pty;
pub mod script;

// Each test binary uses a different part of these.
#[cfg(unix)]
#[allow(unused_imports)]
pub use pty::is_raw;
#[allow(unused_imports)]
pub use pty::{Term, find, keys, rfind};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_casus");

/// The package root (where `tests/fixtures/` is).
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The time zone every run gets unless the test picks another: where our users are.
pub const DEFAULT_TZ: &str = "Europe/Amsterdam";

/// The locale every run gets unless the test picks another.
pub const DEFAULT_LANG: &str = "nl_NL.UTF-8";

/// The XDG folders, each pointed into the sandbox.
pub const XDG_VARS: [&str; 5] = [
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
];

/// The time zone every run of the binary gets ([`DEFAULT_TZ`]), for the
/// in-process queries whose answers a test compares with the binary's.
pub fn tz() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get(DEFAULT_TZ)
        .expect("the system's time zone database knows Europe/Amsterdam")
}

/// A temp folder owned by one test: HOME, the XDG folders and room for data.
pub struct Sandbox {
    root: tempfile::TempDir,
    tz: String,
    lang: Option<String>,
    cwd: Option<PathBuf>,
}

impl Default for Sandbox {
    fn default() -> Self {
        Sandbox::new()
    }
}

impl Sandbox {
    /// A fresh sandbox with every folder created (empty).
    pub fn new() -> Sandbox {
        let root = tempfile::tempdir().expect("a temp dir");
        let sandbox = Sandbox {
            root,
            tz: DEFAULT_TZ.into(),
            lang: Some(DEFAULT_LANG.into()),
            cwd: None,
        };
        for dir in std::iter::once(sandbox.home()).chain(XDG_VARS.map(|v| sandbox.xdg(v))) {
            std::fs::create_dir_all(&dir).expect("a sandbox folder");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let runtime = sandbox.xdg("XDG_RUNTIME_DIR");
            std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700))
                .expect("the runtime folder is private");
        }
        sandbox
    }

    /// The same sandbox, runs in another time zone.
    pub fn tz(mut self, tz: &str) -> Sandbox {
        self.tz = tz.into();
        self
    }

    /// The same sandbox, runs with `LANG` set to this (or unset with `None`).
    pub fn lang(mut self, lang: Option<&str>) -> Sandbox {
        self.lang = lang.map(str::to_string);
        self
    }

    /// The same sandbox, runs start in `dir` (by default: the sandbox folder).
    pub fn cwd(mut self, dir: impl Into<PathBuf>) -> Sandbox {
        self.cwd = Some(dir.into());
        self
    }

    /// Where runs start.
    pub fn start_dir(&self) -> PathBuf {
        self.cwd
            .clone()
            .unwrap_or_else(|| self.root().to_path_buf())
    }

    /// The sandbox folder itself.
    pub fn root(&self) -> &Path {
        self.root.path()
    }

    /// `$HOME`.
    pub fn home(&self) -> PathBuf {
        self.root().join("home")
    }

    /// The folder an XDG variable points at (`XDG_CACHE_HOME` → `<root>/xdg/cache_home`).
    pub fn xdg(&self, var: &str) -> PathBuf {
        let name = var.trim_start_matches("XDG_").to_ascii_lowercase();
        self.root().join("xdg").join(name)
    }

    /// casus's config folder on Linux (`$XDG_CONFIG_HOME/casus`).
    pub fn config_dir(&self) -> PathBuf {
        self.xdg("XDG_CONFIG_HOME").join("casus")
    }

    /// casus's cache folder on Linux (`$XDG_CACHE_HOME/casus`), where the review index lives.
    pub fn cache_dir(&self) -> PathBuf {
        self.xdg("XDG_CACHE_HOME").join("casus")
    }

    /// A data folder for `--data-dir` inside the sandbox (not created).
    pub fn data(&self) -> PathBuf {
        self.root().join("data")
    }

    /// `data()/sessions`.
    pub fn sessions(&self) -> PathBuf {
        self.data().join("sessions")
    }

    /// The whole environment a run gets, in order.
    pub fn env(&self, term: &str) -> Vec<(&'static str, OsString)> {
        let mut env = vec![
            (
                "PATH",
                std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()),
            ),
            ("TERM", term.into()),
            ("TZ", self.tz.clone().into()),
            ("HOME", self.home().into()),
        ];
        if let Some(lang) = &self.lang {
            env.push(("LANG", lang.into()));
        }
        env.extend(XDG_VARS.map(|v| (v, self.xdg(v).into())));
        env
    }

    /// `casus ARGS`, piped, from [`Sandbox::start_dir`], in the sandbox's
    /// environment only. Add variables or change the folder on the result.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.args(args).current_dir(self.start_dir()).env_clear();
        cmd.envs(self.env("dumb"));
        cmd
    }

    /// Runs `casus ARGS` piped and waits for it.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("casus runs")
    }

    /// Runs `casus ARGS --data-dir <data> --lang nl` in a pseudo-terminal of `cols`×`rows`.
    pub fn spawn(&self, args: &[&str], size: (u16, u16), extra: &[(&str, &str)]) -> Term {
        let mut cmd = portable_pty::CommandBuilder::new(BIN);
        cmd.args(args);
        cmd.arg("--data-dir");
        cmd.arg(self.data());
        cmd.args(["--lang", "nl"]);
        cmd.cwd(self.start_dir());
        cmd.env_clear();
        for (k, v) in self.env("xterm-256color") {
            cmd.env(k, v);
        }
        for (k, v) in extra {
            cmd.env(k, v);
        }
        Term::spawn(cmd, size)
    }
}

/// Runs `casus --data-dir D… ARGS` on these data folders, in a fresh sandbox.
pub fn casus_on(dirs: &[PathBuf], args: &[&str]) -> Output {
    let sandbox = Sandbox::new();
    let mut cmd = Command::new(BIN);
    cmd.current_dir(sandbox.start_dir()).env_clear();
    cmd.envs(sandbox.env("dumb"));
    for dir in dirs {
        cmd.arg("--data-dir").arg(dir);
    }
    cmd.args(args).output().expect("casus runs")
}

/// A run's stdout as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// A run's stderr as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// A run's exit code (a run killed by a signal fails here).
pub fn code(out: &Output) -> i32 {
    out.status.code().expect("casus exits with a code")
}

/// Every file under `dir`, relative to it, sorted (empty when `dir` does not exist).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, base, out);
            } else {
                out.push(path.strip_prefix(base).unwrap_or(&path).to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}
