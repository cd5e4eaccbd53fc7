//! The library's layers (built-in < config folder < `--library`: the later
//! file wins, and says so) and the documentation that must stay true to the
//! loader. Paths are relative to the package root, which is where cargo runs
//! integration tests.

use std::path::Path;

use casus::library::{Kind, Library, Origin, SourceFile, builtin_sources, line_col};
use casus::model::ThemeSet;

fn source(kind: Kind, path: &str, origin: Origin, text: &str) -> SourceFile {
    SourceFile {
        kind,
        path: path.to_string(),
        origin,
        text: text.to_string(),
    }
}

// ---------------------------------------------------------------------------
// Layers: built-in < config dir < --library
// ---------------------------------------------------------------------------

/// Writes `set` as `<dir>/themes/<id>.ron` and returns its path and text.
fn write_theme_set(dir: &Path, set: &ThemeSet) -> (String, String) {
    let text = ron::ser::to_string_pretty(set, ron::ser::PrettyConfig::default()).expect("ron");
    let folder = dir.join("themes");
    std::fs::create_dir_all(&folder).expect("themes folder");
    let path = folder.join(format!("{}.ron", set.id));
    std::fs::write(&path, &text).expect("write");
    (path.display().to_string(), text)
}

fn id_position(text: &str, id: &str) -> (usize, usize) {
    line_col(text, text.find(&format!("{id:?}")).expect("id in text"))
}

#[test]
fn the_library_folder_overrides_the_config_folder_which_overrides_the_built_in() {
    let builtin = Library::load(None, &[]);
    let original = builtin
        .theme_set("reflectie")
        .expect("built-in reflectie")
        .clone();
    let config = tempfile::tempdir().expect("config dir");
    let extra = tempfile::tempdir().expect("extra dir");

    let mut from_config = original.clone();
    from_config.title = "Reflectie uit de configmap".into();
    let (config_path, config_text) = write_theme_set(config.path(), &from_config);
    let mut from_extra = original.clone();
    from_extra.title = "Reflectie uit --library".into();
    let (extra_path, extra_text) = write_theme_set(extra.path(), &from_extra);

    // Config alone wins over the built-in.
    let lib = Library::load(Some(config.path()), &[]);
    let entry = lib
        .theme_sets
        .iter()
        .find(|e| e.item.id == "reflectie")
        .expect("reflectie");
    assert_eq!(entry.item, from_config);
    assert_eq!(
        (entry.path.as_str(), entry.origin),
        (config_path.as_str(), Origin::Config)
    );

    // --library wins over both.
    let lib = Library::load(Some(config.path()), &[extra.path().to_path_buf()]);
    let entry = lib
        .theme_sets
        .iter()
        .find(|e| e.item.id == "reflectie")
        .expect("reflectie");
    assert_eq!(entry.item, from_extra);
    assert_eq!(
        (entry.path.as_str(), entry.origin),
        (extra_path.as_str(), Origin::Extra)
    );
    assert_eq!(lib.theme_sets.len(), builtin.theme_sets.len());

    let (cl, cc) = id_position(&config_text, "reflectie");
    let (el, ec) = id_position(&extra_text, "reflectie");
    let notes: Vec<String> = lib.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        notes,
        vec![
            format!(
                "{config_path}:{cl}:{cc}: opmerking: \"reflectie\" vervangt \
                 <built-in>/themes/reflectie.ron: dit bestand telt"
            ),
            format!(
                "{extra_path}:{el}:{ec}: opmerking: \"reflectie\" vervangt {config_path}: dit bestand telt"
            ),
        ]
    );
    assert!(!lib.has_errors());
}

// ---------------------------------------------------------------------------
// The documentation stays true
// ---------------------------------------------------------------------------

#[test]
fn the_minimal_case_in_the_readme_loads_against_the_built_in_library() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let start = readme
        .find("```ron\n")
        .expect("a ```ron block in README.md")
        + "```ron\n".len();
    let end = start + readme[start..].find("```").expect("the block ends");
    let mut files = builtin_sources();
    files.push(source(
        Kind::Case,
        "README.md",
        Origin::Extra,
        &readme[start..end],
    ));
    let lib = Library::from_sources(&files);
    let problems: Vec<String> = lib.diagnostics.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:?}");
    assert!(lib.case("mijn-casus").is_some());
}
