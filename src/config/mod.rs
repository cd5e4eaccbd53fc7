//! The user's settings: which palette the screens use (`--palette` or the
//! config folder's `colors.ron`). Plain data, no terminal: the TUI turns it
//! into colours.

/// What the user chose, read once at start and handed to the TUI.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// The palette: `--palette`, else `colors.ron`, else dark.
    pub palette: PaletteName,
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
