//! An own case kept as a case file (FORMAT.md's case format), so a trainer
//! can run it again: the case as the group built it, what actually happened
//! (the texts revealed in the session) as each step's `outcome`, and the
//! facilitator's notes only when asked for. Built in memory; a BSN is never
//! written, other personal data is named first. Written only through the
//! store's atomic write, and never over an existing file.

use std::io;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

use crate::model::{Case, Session};
use crate::privacy::FindingKind;

/// A case file ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseFile {
    /// The case's id (also the file's name without `.ron`).
    pub id: String,
    /// The file's text.
    pub text: String,
    /// Personal data in it other than a BSN, as kind and the text found.
    pub findings: Vec<(FindingKind, String)>,
}

/// Why a session gives no case file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseError {
    /// The session ran a prepared case.
    NotOwn,
    /// The own case has no decision point yet (a case needs one).
    NoSteps,
    /// It holds a BSN: nothing is written.
    Bsn,
}

/// The id a case file gets from its title: lowercase letters and digits
/// joined by dashes, diacritics folded (`Één stil meisje` is
/// `een-stil-meisje`); `fallback` when nothing of the title is left.
pub fn id_from_title(title: &str, fallback: &str) -> String {
    let folded = crate::fuzzy::fold(title);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut id = String::new();
    for w in words {
        if id.len() + w.len() + 1 > 60 {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&w);
    }
    if !id.starts_with(|c: char| c.is_ascii_lowercase()) && !id.is_empty() {
        id = format!("casus-{id}");
    }
    if crate::model::is_valid_id(&id) {
        id
    } else {
        fallback.to_string()
    }
}

/// The session's own case as a case file with id `id`; the facilitator's
/// notes only `with_notes`.
pub fn case_file(session: &Session, id: &str, with_notes: bool) -> Result<CaseFile, CaseError> {
    if !session.is_own_case() {
        return Err(CaseError::NotOwn);
    }
    if session.case.steps.is_empty() {
        return Err(CaseError::NoSteps);
    }
    let mut case: Case = session.case.clone();
    case.schema_version = crate::model::FILE_SCHEMA_VERSION;
    case.id = id.to_string();
    for step in &mut case.steps {
        step.outcome = step.outcome.take().filter(|o| !o.trim().is_empty());
        if !with_notes {
            step.facilitator_notes = None;
        }
        // Themes the group tagged are the session's, not the case's.
        step.suggested_themes.clear();
    }
    let config = PrettyConfig::new()
        .escape_strings(false)
        .extensions(Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(&case, config).expect("a case always serialises");
    text.push('\n');
    if crate::privacy::has_blocking(&text) {
        return Err(CaseError::Bsn);
    }
    // Each text on its own, as the editors scanned it.
    let mut findings = Vec::new();
    for typed in texts(&case) {
        for f in crate::privacy::scan(typed) {
            findings.push((f.kind, typed[f.start..f.end].to_string()));
        }
    }
    Ok(CaseFile {
        id: id.to_string(),
        text,
        findings,
    })
}

/// Every text of a case that people wrote.
fn texts(case: &Case) -> Vec<&str> {
    let mut out = vec![
        case.title.as_str(),
        case.summary.as_str(),
        case.context.as_str(),
    ];
    for s in &case.steps {
        out.extend([s.title.as_str(), s.situation.as_str(), s.question.as_str()]);
        out.extend(s.options.iter().map(String::as_str));
        out.extend(s.outcome.as_deref());
        out.extend(s.facilitator_notes.as_deref());
    }
    out
}

/// Writes `file` to `path` through the store's atomic write, unless
/// something is there already (`io::ErrorKind::AlreadyExists`).
pub fn write_new(path: &Path, file: &CaseFile) -> io::Result<()> {
    crate::store::write_atomic_new(path, file.text.as_bytes())
}

/// Writes the session's own case into `dir` (the config folder's `cases/`)
/// under the first free name: `<id>.ron`, else `<id>-2.ron` and so on (the id
/// inside follows), skipping ids `taken` already holds (the library's). The
/// folder is made when missing. Returns the path written.
pub fn write_into(
    dir: &Path,
    session: &Session,
    with_notes: bool,
    taken: &dyn Fn(&str) -> bool,
) -> Result<PathBuf, io::Error> {
    let base = id_from_title(&session.case.title, &session.case.id);
    crate::store::create_private_dir(dir)?;
    for n in 1..1000 {
        let id = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        if taken(&id) {
            continue;
        }
        let file = case_file(session, &id, with_notes)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{e:?}")))?;
        let path = dir.join(format!("{id}.ron"));
        match write_new(&path, &file) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        dir.display().to_string(),
    ))
}

#[cfg(test)]
mod tests;
