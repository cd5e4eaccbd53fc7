//! The user's settings, as gitui and yazi keep them: RON files in the
//! config folder that name only what they change.
//!
//! - `<config dir>/keys.ron` ([`keys`]): keys per command, on every screen
//!   or on one;
//! - `<config dir>/colors.ron` ([`colors`]): the palette to start from and
//!   colours per role.
//!
//! Read once at start by the command line and handed to the TUI in
//! `tui::Options`; `casus check` reports the same problems. Plain data, no
//! terminal: the TUI's keymap and palette turn it into keys and colours. A
//! file with a problem never stops casus: what is wrong is reported as
//! `path:line:col`, and the defaults stand for it.

pub mod colors;
pub mod keys;

use std::path::{Path, PathBuf};

use crate::i18n::Lang;
use crate::library::Diagnostic;

pub use colors::{ColorOverrides, ColorSpec};
pub use keys::{KeyOverride, KeyOverrides, KeySpec, NamedKey};

/// The key bindings file's name in the config folder.
pub const KEYS_FILE: &str = "keys.ron";
/// The colours file's name in the config folder.
pub const COLORS_FILE: &str = "colors.ron";

/// What the user chose, read once at start and handed to the TUI.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// The palette: `--palette`, else `colors.ron`, else dark.
    pub palette: PaletteName,
    /// The colours `colors.ron` changes.
    pub colors: ColorOverrides,
    /// The keys `keys.ron` changes.
    pub keys: KeyOverrides,
    /// What was wrong in the files (syntax, values); the keymap adds what
    /// it finds (unknown names, clashes).
    pub diagnostics: Vec<Diagnostic>,
    /// The files that were read.
    pub files: Vec<PathBuf>,
}

impl Config {
    /// Reads `keys.ron` and `colors.ron` from `dir`, those that exist.
    pub fn load(dir: Option<&Path>, lang: Lang) -> Config {
        let mut config = Config::default();
        let Some(dir) = dir else {
            return config;
        };
        for name in [KEYS_FILE, COLORS_FILE] {
            let path = dir.join(name);
            if path.exists() {
                config.read(&path, lang);
            }
        }
        config
    }

    /// Reads one settings file, by its name (`keys.ron` or `colors.ron`);
    /// false when the name is neither.
    pub fn read(&mut self, path: &Path, lang: Lang) -> bool {
        let name = path.file_name().and_then(|n| n.to_str());
        if name != Some(KEYS_FILE) && name != Some(COLORS_FILE) {
            return false;
        }
        self.files.push(path.to_path_buf());
        let shown = path.display().to_string();
        let text = match crate::library::read_text(path) {
            Ok(text) => text,
            Err(d) => {
                self.diagnostics.push(d);
                return true;
            }
        };
        if name == Some(KEYS_FILE) {
            let (keys, problems) = keys::parse(&shown, &text, lang);
            self.keys.entries.extend(keys.entries);
            self.diagnostics.extend(problems);
        } else {
            let (colors, problems) = colors::parse(&shown, &text, lang);
            if let Some(p) = colors.palette {
                self.palette = p;
            }
            self.colors = colors;
            self.diagnostics.extend(problems);
        }
        true
    }

    /// The palette `--palette` names wins over the file's.
    pub fn with_palette(mut self, flag: Option<PaletteName>) -> Config {
        if let Some(p) = flag {
            self.palette = p;
        }
        self
    }
}

/// One of the built-in palettes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PaletteName {
    /// For dark terminals: the default.
    #[default]
    Dark,
    /// For light terminals (dark text on a light background).
    Light,
    /// For a projector: white on black, bright colours, no dimmed text.
    HighContrast,
}

impl PaletteName {
    /// Every palette, in the order help lists them.
    pub const ALL: [PaletteName; 3] = [
        PaletteName::Dark,
        PaletteName::Light,
        PaletteName::HighContrast,
    ];

    /// The name in files and on the command line (English).
    pub fn name(self) -> &'static str {
        match self {
            PaletteName::Dark => "dark",
            PaletteName::Light => "light",
            PaletteName::HighContrast => "high-contrast",
        }
    }

    /// The Dutch name, accepted as well.
    pub fn dutch_name(self) -> &'static str {
        match self {
            PaletteName::Dark => "donker",
            PaletteName::Light => "licht",
            PaletteName::HighContrast => "hoog-contrast",
        }
    }

    /// Parses a name in either language, ignoring case.
    pub fn parse(text: &str) -> Option<PaletteName> {
        let text = text.trim().to_lowercase();
        PaletteName::ALL
            .into_iter()
            .find(|p| text == p.name() || text == p.dutch_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_without_settings_gives_the_defaults() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let config = Config::load(Some(dir.path()), Lang::Nl);
        assert_eq!(config, Config::default());
    }

    #[test]
    fn both_files_are_read_and_the_flag_wins_over_the_file() {
        let dir = tempfile::tempdir().expect("a temp folder");
        std::fs::write(dir.path().join(KEYS_FILE), "(all: {\"quit\": [\"x\"]})").unwrap();
        std::fs::write(dir.path().join(COLORS_FILE), "(palette: \"light\")").unwrap();
        let config = Config::load(Some(dir.path()), Lang::Nl);
        assert!(config.diagnostics.is_empty(), "{:?}", config.diagnostics);
        assert_eq!(config.files.len(), 2);
        assert_eq!(config.keys.entries.len(), 1);
        assert_eq!(config.palette, PaletteName::Light);
        let flagged = config.with_palette(Some(PaletteName::HighContrast));
        assert_eq!(flagged.palette, PaletteName::HighContrast);
    }

    #[test]
    fn palette_names_parse_in_both_languages() {
        assert_eq!(PaletteName::parse("Light"), Some(PaletteName::Light));
        assert_eq!(
            PaletteName::parse("hoog-contrast"),
            Some(PaletteName::HighContrast)
        );
        assert_eq!(PaletteName::parse("donker"), Some(PaletteName::Dark));
        assert_eq!(PaletteName::parse("sepia"), None);
    }
}
