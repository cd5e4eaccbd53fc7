//! The library: cases, theme sets and methods from three layers.
//!
//! Built-in files (embedded in the binary) come first, then the user's config
//! folder, then `--library` folders; the same id in a later layer wins. One
//! broken file never keeps the others from loading: its problems become
//! diagnostics and the rest loads.

mod diagnostic;
mod locate;
mod parse;
mod ron_error;
mod sources;

use std::collections::HashMap;

pub use diagnostic::{Diagnostic, Severity};
pub use locate::{find_field, find_key, find_literal, line_col};
pub use parse::from_ron;
pub use sources::{
    Kind, Origin, SourceFile, builtin_sources, folder_sources, path_sources, read_text,
};

use crate::i18n::{CheckStrings, fill, process_lang};
use crate::model::{Case, Method, ThemeSet, split_theme_ref};

/// The words of diagnostics, in the process's language (set by the command
/// line before the library is read; Dutch until then).
fn words() -> &'static CheckStrings {
    process_lang().strings().check
}

/// A loaded item with the file it came from.
#[derive(Debug, Clone)]
pub struct Entry<T> {
    /// The item.
    pub item: T,
    /// The file, as the user knows it.
    pub path: String,
    /// Which layer it came from.
    pub origin: Origin,
}

/// Everything loaded, in id order, plus what was wrong on the way.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// Cases by id.
    pub cases: Vec<Entry<Case>>,
    /// Theme sets by id.
    pub theme_sets: Vec<Entry<ThemeSet>>,
    /// Methods by id.
    pub methods: Vec<Entry<Method>>,
    /// Problems and override notes, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// Cases that loaded but may not start a session (they hold a BSN), by
    /// id; they are not in [`Library::cases`], so no set-up offers them.
    pub refused: Vec<Refused>,
}

/// A case that cannot start a session, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The case's id.
    pub id: String,
    /// The file, as the user knows it.
    pub path: String,
    /// The first reason, at its place (`path:line:col`); also in [`Library::diagnostics`].
    pub diagnostic: Diagnostic,
}

/// The id a method defaults to.
pub const DEFAULT_METHOD: &str = "casusbespreking";

impl Library {
    /// Loads from the given source files, in layer order (later wins).
    pub fn from_sources(files: &[SourceFile]) -> Library {
        let mut lib = Library::default();
        let mut cases = Layered::default();
        let mut sets = Layered::default();
        let mut methods = Layered::default();
        let mut blocked: HashMap<String, Diagnostic> = HashMap::new();
        for file in files {
            let (path, text) = (file.path.as_str(), file.text.as_str());
            let result = match file.kind {
                Kind::Case => parse::case(path, text).map(|c| cases.add(c.id.clone(), c, file)),
                Kind::ThemeSet => {
                    parse::theme_set(path, text).map(|s| sets.add(s.id.clone(), s, file))
                }
                Kind::Method => {
                    parse::method(path, text).map(|m| methods.add(m.id.clone(), m, file))
                }
            };
            match result {
                Ok(Some(d)) | Err(d) => lib.diagnostics.extend(d),
                _ => {}
            }
            if file.kind == Kind::Case {
                let found = privacy_warnings(path, text);
                if let Some(d) = found.iter().find(|d| d.severity == Severity::Error) {
                    blocked.insert(path.to_string(), d.clone());
                }
                lib.diagnostics.extend(found);
            }
        }
        lib.theme_sets = sets.finish();
        lib.methods = methods.finish();
        // A case with a BSN is never copied into a session: out of the list.
        let (refused, startable): (Vec<_>, Vec<_>) = cases
            .finish()
            .into_iter()
            .partition(|e| blocked.contains_key(&e.path));
        lib.cases = startable;
        lib.refused = refused
            .into_iter()
            .map(|e| Refused {
                diagnostic: blocked[&e.path].clone(),
                id: e.item.id,
                path: e.path,
            })
            .collect();
        let refs = lib.dangling_theme_refs(files);
        lib.diagnostics.extend(refs);
        lib
    }

    /// The whole library a user sees: built-in, then config folder, then `--library` folders.
    pub fn load(config_dir: Option<&std::path::Path>, extra: &[std::path::PathBuf]) -> Library {
        let mut files = builtin_sources();
        let mut problems = Vec::new();
        for dir in config_dir
            .into_iter()
            .chain(extra.iter().map(|p| p.as_path()))
        {
            let origin = if Some(dir) == config_dir {
                Origin::Config
            } else {
                Origin::Extra
            };
            let (found, errs) = folder_sources(dir, origin);
            files.extend(found);
            problems.extend(errs);
        }
        let mut lib = Library::from_sources(&files);
        problems.append(&mut lib.diagnostics);
        lib.diagnostics = problems;
        lib
    }

    /// The case with this id.
    pub fn case(&self, id: &str) -> Option<&Case> {
        self.cases.iter().find(|e| e.item.id == id).map(|e| &e.item)
    }

    /// The case with this id that may not start a session, if there is one.
    pub fn refused(&self, id: &str) -> Option<&Refused> {
        self.refused.iter().find(|r| r.id == id)
    }

    /// The theme set with this id.
    pub fn theme_set(&self, id: &str) -> Option<&ThemeSet> {
        self.theme_sets
            .iter()
            .find(|e| e.item.id == id)
            .map(|e| &e.item)
    }

    /// The method with this id.
    pub fn method(&self, id: &str) -> Option<&Method> {
        self.methods
            .iter()
            .find(|e| e.item.id == id)
            .map(|e| &e.item)
    }

    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    fn dangling_theme_refs(&self, files: &[SourceFile]) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for entry in &self.cases {
            let Some(file) = files.iter().rev().find(|f| f.path == entry.path) else {
                continue;
            };
            for step in &entry.item.steps {
                let step_at = locate::find_field(&file.text, "id", &format!("{:?}", step.id), 0, 0)
                    .unwrap_or(0);
                for reference in &step.suggested_themes {
                    let known = split_theme_ref(reference).is_some_and(|(set, theme)| {
                        self.theme_set(set)
                            .is_some_and(|s| s.theme(theme).is_some())
                    });
                    if !known {
                        let at =
                            locate::find_literal(&file.text, &format!("{reference:?}"), step_at);
                        out.push(Diagnostic::error(
                            &entry.path,
                            line_col(&file.text, at.unwrap_or(0)),
                            fill(words().theme_unknown, &[&format!("{reference:?}")]),
                        ));
                    }
                }
            }
        }
        out
    }
}

/// Personal data in a case file: warnings with positions, so a trainer can anonymise before sharing.
fn privacy_warnings(path: &str, text: &str) -> Vec<Diagnostic> {
    crate::privacy::scan(text)
        .into_iter()
        .map(|f| {
            let what = process_lang().strings().finding_label(f.kind);
            let sentence = if f.kind.blocks() {
                words().case_bsn
            } else {
                words().case_personal
            };
            let message = fill(sentence, &[&what]);
            // A BSN may never be stored anywhere: an error, not a warning.
            if f.kind.blocks() {
                Diagnostic::error(path, f.line_col(text), message)
            } else {
                Diagnostic::warning(path, f.line_col(text), message)
            }
        })
        .collect()
}

/// Items of one kind by id, where a later layer overrides an earlier one.
struct Layered<T> {
    items: HashMap<String, Entry<T>>,
}

impl<T> Default for Layered<T> {
    fn default() -> Self {
        Layered {
            items: HashMap::new(),
        }
    }
}

impl<T> Layered<T> {
    /// Adds an item; returns a note or error when the id was there already.
    fn add(&mut self, id: String, item: T, file: &SourceFile) -> Option<Vec<Diagnostic>> {
        let entry = Entry {
            item,
            path: file.path.clone(),
            origin: file.origin,
        };
        let at = locate::find_field(&file.text, "id", &format!("{id:?}"), 0, 0)
            .map(|o| line_col(&file.text, o))
            .unwrap_or((1, 1));
        match self.items.get(&id) {
            Some(old) if old.origin == file.origin => Some(vec![Diagnostic::error(
                &file.path,
                at,
                fill(words().id_taken, &[&format!("{id:?}"), &old.path]),
            )]),
            Some(old) => {
                let note = Diagnostic::note(
                    &file.path,
                    at,
                    fill(words().overrides, &[&format!("{id:?}"), &old.path]),
                );
                self.items.insert(id, entry);
                Some(vec![note])
            }
            None => {
                self.items.insert(id, entry);
                None
            }
        }
    }

    fn finish(self) -> Vec<Entry<T>>
    where
        T: HasId,
    {
        let mut items: Vec<Entry<T>> = self.items.into_values().collect();
        items.sort_by(|a, b| a.item.id().cmp(b.item.id()));
        items
    }
}

/// Items sorted by id.
trait HasId {
    fn id(&self) -> &str;
}

impl HasId for Case {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for ThemeSet {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for Method {
    fn id(&self) -> &str {
        &self.id
    }
}
