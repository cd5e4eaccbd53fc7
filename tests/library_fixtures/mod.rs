//! The library fixtures under `tests/fixtures/library/`, and what `casus
//! check` reports about one of them.
#![allow(dead_code)]

use std::path::PathBuf;

use casus::library::{Library, builtin_sources, path_sources};

/// The fixture folder, as the tests name it (relative to the crate root).
pub const FIXTURES: &str = "tests/fixtures/library";

/// The path of a fixture as the user would type it (and as diagnostics show it).
pub fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

/// Everything `casus check FIXTURE` reports about the fixture: its file is
/// checked against the built-in library, and only its own diagnostics count.
pub fn diagnostics_of(name: &str) -> Vec<String> {
    let path = fixture(name);
    let (checked, mut problems) = path_sources(&[PathBuf::from(&path)]);
    let mut sources = builtin_sources();
    sources.extend(checked.iter().cloned());
    let lib = Library::from_sources(&sources);
    problems.extend(lib.diagnostics.into_iter().filter(|d| d.path == path));
    problems.iter().map(ToString::to_string).collect()
}
