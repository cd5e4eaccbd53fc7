//! Where library files come from: the binary, the config folder, `--library`.

use std::path::{Path, PathBuf};

use super::diagnostic::Diagnostic;
use super::locate::find_key;
use crate::i18n::fill;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A case (`cases/`).
    Case,
    /// A theme set (`themes/`).
    ThemeSet,
    /// A method (`methods/`).
    Method,
}

impl Kind {
    /// The folder this kind lives in.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Case => "cases",
            Kind::ThemeSet => "themes",
            Kind::Method => "methods",
        }
    }

    fn from_folder(name: &str) -> Option<Kind> {
        [Kind::Case, Kind::ThemeSet, Kind::Method]
            .into_iter()
            .find(|k| k.folder() == name)
    }

    /// Guesses the kind from the top-level fields, for files outside a kind folder.
    fn sniff(text: &str) -> Option<Kind> {
        if find_key(text, "phases", 0).is_some() {
            Some(Kind::Method)
        } else if find_key(text, "steps", 0).is_some() {
            Some(Kind::Case)
        } else if find_key(text, "themes", 0).is_some() {
            Some(Kind::ThemeSet)
        } else {
            None
        }
    }
}

/// Which layer a file belongs to; later layers override earlier ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    /// Shipped inside the binary.
    BuiltIn,
    /// The user's config folder.
    Config,
    /// A `--library` folder or a path given to `check`.
    Extra,
}

/// One file's text with where it came from.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// What it holds.
    pub kind: Kind,
    /// The path as shown to the user.
    pub path: String,
    /// Its layer.
    pub origin: Origin,
    /// The whole text.
    pub text: String,
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The built-in files, as `<built-in>/cases/x.ron`.
pub fn builtin_sources() -> Vec<SourceFile> {
    embedded::FILES
        .iter()
        .filter_map(|(path, text)| {
            let folder = path.split('/').next()?;
            Some(SourceFile {
                kind: Kind::from_folder(folder)?,
                path: format!("<built-in>/{path}"),
                origin: Origin::BuiltIn,
                text: (*text).to_string(),
            })
        })
        .collect()
}

/// The files in `dir/cases`, `dir/themes` and `dir/methods`; missing folders are fine.
pub fn folder_sources(dir: &Path, origin: Origin) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for kind in [Kind::ThemeSet, Kind::Method, Kind::Case] {
        for path in ron_files(&dir.join(kind.folder())) {
            match read(&path, Some(kind), origin) {
                Ok(f) => files.push(f),
                Err(d) => problems.push(d),
            }
        }
    }
    (files, problems)
}

/// The files named on `casus check`: files, kind folders, or library folders.
pub fn path_sources(paths: &[PathBuf]) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.is_dir() {
            let has_kinds = [Kind::Case, Kind::ThemeSet, Kind::Method]
                .iter()
                .any(|k| path.join(k.folder()).is_dir());
            if has_kinds {
                let (f, p) = folder_sources(path, Origin::Extra);
                files.extend(f);
                problems.extend(p);
                continue;
            }
            let kind = path
                .file_name()
                .and_then(|n| Kind::from_folder(&n.to_string_lossy()));
            for file in ron_files(path) {
                match read(&file, kind, Origin::Extra) {
                    Ok(f) => files.push(f),
                    Err(d) => problems.push(d),
                }
            }
        } else {
            let kind = path
                .parent()
                .and_then(|p| p.file_name())
                .and_then(|n| Kind::from_folder(&n.to_string_lossy()));
            match read(path, kind, Origin::Extra) {
                Ok(f) => files.push(f),
                Err(d) => problems.push(d),
            }
        }
    }
    (files, problems)
}

fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
        .collect();
    paths.sort();
    paths
}

/// Reads a file as UTF-8 text; problems (unreadable, not UTF-8) come with a
/// position. Only a regular file up to [`crate::store::MAX_FILE_BYTES`] is
/// opened ([`crate::store::regular_file`]): a FIFO would block, `/dev/zero`
/// would never end. The open does not block either (a FIFO swapped in after
/// the check), and the read stops past the limit (a file that grew).
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    use std::io::Read;
    let shown = path.display().to_string();
    crate::store::regular_file(path)?;
    let c = crate::i18n::process_lang().strings().check;
    let cannot = |e: std::io::Error| Diagnostic::error(&shown, (1, 1), fill(c.cannot_read, &[&e]));
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path).map_err(cannot)?;
    let meta = file.metadata().map_err(cannot)?;
    if !meta.is_file() {
        return Err(crate::store::regular_file(path)
            .err()
            .unwrap_or_else(|| cannot(std::io::Error::other(c.not_regular))));
    }
    // Room for the whole file (and one byte to see that it ended): one read, no regrowing.
    let mut bytes = Vec::with_capacity(meta.len().min(crate::store::MAX_FILE_BYTES) as usize + 1);
    file.take(crate::store::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    crate::store::too_large(&shown, bytes.len() as u64)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let good = std::str::from_utf8(good).unwrap_or_default();
        Diagnostic::error(&shown, super::line_col(good, good.len()), c.not_utf8)
    })?;
    // A byte order mark (some Windows editors write one) is not part of the text.
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

fn read(path: &Path, kind: Option<Kind>, origin: Origin) -> Result<SourceFile, Diagnostic> {
    let shown = path.display().to_string();
    let text = read_text(path)?;
    let kind = kind.or_else(|| Kind::sniff(&text)).ok_or_else(|| {
        let c = crate::i18n::process_lang().strings().check;
        Diagnostic::error(&shown, (1, 1), c.unknown_kind)
    })?;
    Ok(SourceFile {
        kind,
        path: shown,
        origin,
        text,
    })
}
