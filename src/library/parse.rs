//! Parsing and validating one file of each kind, with positions for every problem.

use std::collections::HashSet;

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::diagnostic::Diagnostic;
use super::locate::{find_field, find_key, line_col};
use crate::i18n::{CheckStrings, fill, process_lang};
use crate::model::{Case, FILE_SCHEMA_VERSION, Method, PhaseKind, ThemeSet, is_valid_id};

/// The words of diagnostics, in the process's language.
fn words() -> &'static CheckStrings {
    process_lang().strings().check
}

/// Reads RON with FORMAT.md's options: `implicit_some` on. A syntax error
/// is worded in the process's language ([`super::ron_error`]).
pub fn from_ron<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, Diagnostic> {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| {
            Diagnostic::error(
                path,
                (e.span.start.line, e.span.start.col),
                super::ron_error::describe(&e.code, process_lang()),
            )
        })
}

/// Collects the problems of one file while validating it.
struct Checker<'a> {
    path: &'a str,
    text: &'a str,
    problems: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    fn new(path: &'a str, text: &'a str) -> Self {
        Checker {
            path,
            text,
            problems: Vec::new(),
        }
    }

    fn at(&mut self, offset: Option<usize>, message: String) {
        let pos = line_col(self.text, offset.unwrap_or(0));
        self.problems
            .push(Diagnostic::error(self.path, pos, message));
    }

    fn schema_version(&mut self, version: u32) {
        if version != FILE_SCHEMA_VERSION {
            let at = find_key(self.text, "schema_version", 0);
            let message = fill(words().schema_unknown, &[&version, &FILE_SCHEMA_VERSION]);
            self.at(at, message);
        }
    }

    /// Checks one id and returns where it stands, for finding nested values after it.
    fn id(&mut self, what: &str, id: &str, from: usize, nth: usize) -> usize {
        let at = find_field(self.text, "id", &format!("{id:?}"), from, nth);
        if !is_valid_id(id) {
            self.at(at, fill(words().id_invalid, &[&what, &format!("{id:?}")]));
        }
        at.unwrap_or(from)
    }

    /// Checks that the ids are unique, reporting the second of each pair.
    fn unique<'i>(&mut self, what: &str, ids: impl Iterator<Item = &'i str>, from: usize) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                let at = find_field(self.text, "id", &format!("{id:?}"), from, 1);
                self.at(at, fill(words().id_twice, &[&what, &format!("{id:?}")]));
            }
        }
    }

    /// A theme's `replaces` names ids the set no longer has, each replaced once:
    /// a tag with a live id must not be counted under another theme.
    fn replaces(&mut self, set: &ThemeSet, from: usize) {
        let r = process_lang().review().report;
        let mut seen = HashSet::new();
        for theme in &set.themes {
            for old in &theme.replaces {
                let (id, old_q) = (format!("{:?}", theme.id), format!("{old:?}"));
                let theme_at = find_field(self.text, "id", &id, from, 0).unwrap_or(from);
                let at = find_key(self.text, "replaces", theme_at)
                    .and_then(|k| self.text[k..].find(&old_q).map(|i| k + i));
                if set.theme(old).is_some() {
                    self.at(at, fill(r.replaces_live, &[&id, &old_q]));
                } else if !seen.insert(old.as_str()) {
                    self.at(at, fill(r.replaces_twice, &[&old_q]));
                }
            }
        }
    }

    fn not_empty(&mut self, field: &str, len: usize, what: &str) {
        if len == 0 {
            let at = find_key(self.text, field, 0);
            self.at(at, fill(words().needs_one, &[&field, &what]));
        }
    }

    fn finish<T>(self, item: T) -> Result<T, Vec<Diagnostic>> {
        if self.problems.is_empty() {
            Ok(item)
        } else {
            Err(self.problems)
        }
    }
}

/// Parses and validates a case file (its own rules; theme references are checked by the library).
pub fn case(path: &str, text: &str) -> Result<Case, Vec<Diagnostic>> {
    let case: Case = from_ron(path, text).map_err(|d| vec![d])?;
    let mut c = Checker::new(path, text);
    let w = words();
    c.schema_version(case.schema_version);
    let from = c.id(w.what_case, &case.id, 0, 0);
    c.not_empty("steps", case.steps.len(), w.one_step);
    let steps_at = find_key(text, "steps", from).unwrap_or(from);
    for (i, step) in case.steps.iter().enumerate() {
        let nth = case.steps[..i].iter().filter(|s| s.id == step.id).count();
        c.id(w.what_step, &step.id, steps_at, nth);
    }
    c.unique(
        w.what_step,
        case.steps.iter().map(|s| s.id.as_str()),
        steps_at,
    );
    c.finish(case)
}

/// Parses and validates a theme-set file.
pub fn theme_set(path: &str, text: &str) -> Result<ThemeSet, Vec<Diagnostic>> {
    let set: ThemeSet = from_ron(path, text).map_err(|d| vec![d])?;
    let mut c = Checker::new(path, text);
    let w = words();
    c.schema_version(set.schema_version);
    let from = c.id(w.what_theme_set, &set.id, 0, 0);
    c.not_empty("themes", set.themes.len(), w.one_theme);
    let themes_at = find_key(text, "themes", from).unwrap_or(from);
    for (i, theme) in set.themes.iter().enumerate() {
        let nth = set.themes[..i].iter().filter(|t| t.id == theme.id).count();
        c.id(w.what_theme, &theme.id, themes_at, nth);
    }
    c.unique(
        w.what_theme,
        set.themes.iter().map(|t| t.id.as_str()),
        themes_at,
    );
    c.replaces(&set, themes_at);
    c.finish(set)
}

/// Parses and validates a method file.
pub fn method(path: &str, text: &str) -> Result<Method, Vec<Diagnostic>> {
    let method: Method = from_ron(path, text).map_err(|d| vec![d])?;
    let mut c = Checker::new(path, text);
    let w = words();
    c.schema_version(method.schema_version);
    let from = c.id(w.what_method, &method.id, 0, 0);
    c.not_empty("phases", method.phases.len(), w.one_phase);
    let phases_at = find_key(text, "phases", from).unwrap_or(from);
    for (i, phase) in method.phases.iter().enumerate() {
        let nth = method.phases[..i]
            .iter()
            .filter(|p| p.id == phase.id)
            .count();
        let at = c.id(w.what_phase, &phase.id, phases_at, nth);
        if !(1..=240).contains(&phase.minutes) {
            let m = find_field(text, "minutes", &phase.minutes.to_string(), at, 0);
            let message = fill(
                words().minutes,
                &[&format!("{:?}", phase.id), &phase.minutes],
            );
            c.at(m, message);
        }
    }
    c.unique(
        w.what_phase,
        method.phases.iter().map(|p| p.id.as_str()),
        phases_at,
    );
    let steps = method
        .phases
        .iter()
        .filter(|p| p.kind == PhaseKind::Steps)
        .count();
    if steps != 1 && !method.phases.is_empty() {
        let at = if steps == 0 {
            find_key(text, "phases", 0)
        } else {
            find_field(text, "kind", "Steps", phases_at, 1)
        };
        c.at(at, fill(words().one_steps_phase, &[&steps]));
    }
    c.indicators(&method);
    c.finish(method)
}

impl Checker<'_> {
    /// A method's `scores`: every indicator's id valid and unique, every label non-empty.
    fn indicators(&mut self, method: &Method) {
        let Some(scores_at) = find_key(self.text, "scores", 0) else {
            return;
        };
        let w = process_lang().strings().scores;
        for (i, ind) in method.scores.iter().enumerate() {
            let nth = method.scores[..i].iter().filter(|x| x.id == ind.id).count();
            let at = self.id(w.what_indicator, &ind.id, scores_at, nth);
            if ind.label.trim().is_empty() {
                let label = find_key(self.text, "label", at);
                self.at(label, fill(w.label_empty, &[&format!("{:?}", ind.id)]));
            }
        }
        let ids = method.scores.iter().map(|x| x.id.as_str());
        self.unique(w.what_indicator, ids, scores_at);
    }
}
