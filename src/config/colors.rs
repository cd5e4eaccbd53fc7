//! `colors.ron`: the palette to start from and the colours the user changes.
//!
//! ```ron
//! (
//!     palette: "high-contrast",   // dark (default), light, high-contrast; or donker, licht, hoog-contrast
//!     title: "light-blue",        // a name, a number 0-255, #rrggbb, or "default" (the terminal's own)
//!     warning: "#ff8800",
//! )
//! ```

use serde::Deserialize;

use super::PaletteName;
use crate::i18n::{Lang, fill};
use crate::library::{Diagnostic, find_field, line_col};

/// A colour as the user wrote it, without any terminal's types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorSpec {
    /// The terminal's own colour.
    Default,
    /// One of the 16 named colours, by its ANSI number (0 black … 15 white).
    Ansi(u8),
    /// One of the 256 colours.
    Indexed(u8),
    /// A true colour.
    Rgb(u8, u8, u8),
}

const ANSI: [&str; 16] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "dark-gray",
    "light-red",
    "light-green",
    "light-yellow",
    "light-blue",
    "light-magenta",
    "light-cyan",
    "white",
];

impl ColorSpec {
    /// Reads a name (`red`, `light-blue`, `dark gray`, `grey`), `default`,
    /// a number 0-255 or `#rrggbb`.
    pub fn parse(text: &str) -> Option<ColorSpec> {
        let lower = text
            .trim()
            .to_lowercase()
            .replace([' ', '_'], "-")
            .replace("grey", "gray");
        if lower == "default" || lower == "standaard" || lower == "reset" {
            return Some(ColorSpec::Default);
        }
        if let Some(hex) = lower.strip_prefix('#') {
            if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return None;
            }
            let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
            return Some(ColorSpec::Rgb(byte(0)?, byte(2)?, byte(4)?));
        }
        if let Ok(n) = lower.parse::<u8>() {
            return Some(ColorSpec::Indexed(n));
        }
        let lower = lower.replace("darkgray", "dark-gray");
        let lower = match lower.strip_prefix("light") {
            Some(rest) if !rest.starts_with('-') => format!("light-{rest}"),
            _ => lower,
        };
        ANSI.iter()
            .position(|name| *name == lower)
            .map(|n| ColorSpec::Ansi(n as u8))
    }
}

/// The roles a colour can be given, in the order the file documents them.
pub const ROLES: [&str; 9] = [
    "background",
    "text",
    "title",
    "dim",
    "warning",
    "error",
    "ok",
    "chip",
    "label",
];

/// What `colors.ron` says: the palette to start from and a colour per role
/// it names (by [`ROLES`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColorOverrides {
    /// The palette, when the file names one.
    pub palette: Option<PaletteName>,
    /// `(role, colour)` for each role the file names.
    pub colors: Vec<(&'static str, ColorSpec)>,
}

impl ColorOverrides {
    /// The colour the file gives `role`, if any.
    pub fn get(&self, role: &str) -> Option<ColorSpec> {
        self.colors
            .iter()
            .find(|(r, _)| *r == role)
            .map(|&(_, c)| c)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ColorsFile {
    palette: Option<String>,
    background: Option<String>,
    text: Option<String>,
    title: Option<String>,
    dim: Option<String>,
    warning: Option<String>,
    error: Option<String>,
    ok: Option<String>,
    chip: Option<String>,
    label: Option<String>,
}

impl ColorsFile {
    fn role(&self, role: &str) -> Option<&String> {
        match role {
            "background" => self.background.as_ref(),
            "text" => self.text.as_ref(),
            "title" => self.title.as_ref(),
            "dim" => self.dim.as_ref(),
            "warning" => self.warning.as_ref(),
            "error" => self.error.as_ref(),
            "ok" => self.ok.as_ref(),
            "chip" => self.chip.as_ref(),
            "label" => self.label.as_ref(),
            _ => None,
        }
    }
}

/// Reads `colors.ron`. A syntax error keeps nothing; a value that is not a
/// colour (or palette) is left out and reported, the rest applies.
pub fn parse(path: &str, text: &str, lang: Lang) -> (ColorOverrides, Vec<Diagnostic>) {
    let t = lang.strings().settings;
    let file: ColorsFile = match crate::library::from_ron(path, text) {
        Ok(file) => file,
        Err(d) => return (ColorOverrides::default(), vec![d]),
    };
    let mut out = ColorOverrides::default();
    let mut problems = Vec::new();
    let place = |field: &str, value: &str| {
        let at = find_field(text, field, &format!("{value:?}"), 0, 0).unwrap_or(0);
        line_col(text, at)
    };
    if let Some(name) = &file.palette {
        match PaletteName::parse(name) {
            Some(p) => out.palette = Some(p),
            None => problems.push(Diagnostic::error(
                path,
                place("palette", name),
                fill(t.palette_bad, &[&format!("{name:?}")]),
            )),
        }
    }
    for role in ROLES {
        let Some(value) = file.role(role) else {
            continue;
        };
        match ColorSpec::parse(value) {
            Some(c) => out.colors.push((role, c)),
            None => problems.push(Diagnostic::error(
                path,
                place(role, value),
                fill(t.color_bad, &[&format!("{value:?}")]),
            )),
        }
    }
    (out, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_by_name_number_and_hex() {
        assert_eq!(ColorSpec::parse("Red"), Some(ColorSpec::Ansi(1)));
        assert_eq!(ColorSpec::parse("light blue"), Some(ColorSpec::Ansi(12)));
        assert_eq!(ColorSpec::parse("lightblue"), Some(ColorSpec::Ansi(12)));
        assert_eq!(ColorSpec::parse("DarkGrey"), Some(ColorSpec::Ansi(8)));
        assert_eq!(ColorSpec::parse("130"), Some(ColorSpec::Indexed(130)));
        assert_eq!(
            ColorSpec::parse("#FF8800"),
            Some(ColorSpec::Rgb(255, 136, 0))
        );
        assert_eq!(ColorSpec::parse("default"), Some(ColorSpec::Default));
        for bad in ["", "#ff88", "#gg0000", "256", "rood", "light"] {
            assert_eq!(ColorSpec::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_the_named_roles_change_and_a_bad_colour_says_where() {
        let text =
            "(\n    palette: \"licht\",\n    title: \"blue\",\n    warning: \"oranje\",\n)\n";
        let (colors, problems) = parse("colors.ron", text, Lang::Nl);
        assert_eq!(colors.palette, Some(PaletteName::Light));
        assert_eq!(colors.colors, vec![("title", ColorSpec::Ansi(4))]);
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].col), (4, 14));
        assert!(problems[0].message.contains("\"oranje\" is geen kleur"));
    }

    #[test]
    fn an_unknown_role_is_a_syntax_error_with_a_place() {
        let (colors, problems) = parse("colors.ron", "(\n  titel: \"blue\",\n)", Lang::En);
        assert_eq!(colors, ColorOverrides::default());
        assert_eq!(problems[0].line, 2, "{problems:?}");
    }
}
