//! Problems found in files, reported as `path:line:col: message`.

use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Informational: which file won an override.
    Note,
    /// Worth fixing; fails `check` only with `--strict`.
    Warning,
    /// The file (or a reference in it) cannot be used.
    Error,
}

/// One problem at one place in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// How bad it is.
    pub severity: Severity,
    /// The file, as the user knows it.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// One clear sentence.
    pub message: String,
}

impl Diagnostic {
    /// An error at a position.
    pub fn error(path: &str, (line, col): (usize, usize), message: impl Into<String>) -> Self {
        Self::new(Severity::Error, path, (line, col), message)
    }

    /// A warning at a position.
    pub fn warning(path: &str, (line, col): (usize, usize), message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, path, (line, col), message)
    }

    /// A note at a position.
    pub fn note(path: &str, (line, col): (usize, usize), message: impl Into<String>) -> Self {
        Self::new(Severity::Note, path, (line, col), message)
    }

    fn new(
        severity: Severity,
        path: &str,
        (line, col): (usize, usize),
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity,
            path: path.to_string(),
            line,
            col,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // In the language of the process's messages (`check`, loading notes).
        let r = crate::i18n::process_lang().review();
        let label = match self.severity {
            Severity::Error => "",
            Severity::Warning => r.diag_warning,
            Severity::Note => r.diag_note,
        };
        write!(
            f,
            "{}:{}:{}: {}{}",
            self.path, self.line, self.col, label, self.message
        )
    }
}
