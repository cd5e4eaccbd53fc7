//! Colours: three palettes (dark terminals, light terminals, a projector),
//! the user's own colours over them, and `NO_COLOR` over everything.
//!
//! Meaning never rests on colour alone: selection is also reversed, warnings
//! also carry a sign and bold, titles are bold, so the app works in
//! monochrome too.

use ratatui::style::{Color, Modifier, Style};

use crate::config::PaletteName;

/// A colour per role; `None` is the terminal's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colors {
    /// The background of the whole window.
    pub background: Option<Color>,
    /// Plain text.
    pub text: Option<Color>,
    /// Titles and headers.
    pub title: Option<Color>,
    /// Hints and metadata.
    pub dim: Option<Color>,
    /// Something to notice.
    pub warning: Option<Color>,
    /// Something that blocks.
    pub error: Option<Color>,
    /// Done, saved, chosen.
    pub ok: Option<Color>,
    /// Theme chips.
    pub chip: Option<Color>,
    /// Labels such as "Situatie".
    pub label: Option<Color>,
}

impl Colors {
    /// The colours of a built-in palette.
    pub fn of(name: PaletteName) -> Colors {
        match name {
            PaletteName::Dark => Colors {
                background: None,
                text: None,
                title: Some(Color::Cyan),
                dim: Some(Color::DarkGray),
                warning: Some(Color::Yellow),
                error: Some(Color::Red),
                ok: Some(Color::Green),
                chip: Some(Color::Magenta),
                label: None,
            },
            // Yellow and cyan vanish on white: darker tones of the 256 colours.
            PaletteName::Light => Colors {
                background: None,
                text: None,
                title: Some(Color::Blue),
                dim: Some(Color::DarkGray),
                warning: Some(Color::Indexed(130)),
                error: Some(Color::Red),
                ok: Some(Color::Indexed(28)),
                chip: Some(Color::Magenta),
                label: None,
            },
            // A projector washes colours out: white on black, the bright
            // colours, and hints in light grey instead of dimmed.
            PaletteName::HighContrast => Colors {
                background: Some(Color::Black),
                text: Some(Color::White),
                title: Some(Color::LightCyan),
                dim: Some(Color::Gray),
                warning: Some(Color::LightYellow),
                error: Some(Color::LightRed),
                ok: Some(Color::LightGreen),
                chip: Some(Color::LightMagenta),
                label: Some(Color::White),
            },
        }
    }
}

impl Colors {
    /// These colours with the ones `colors.ron` names over them.
    pub fn with(mut self, overrides: &crate::config::ColorOverrides) -> Colors {
        for (role, spec) in &overrides.colors {
            let color = color_of(*spec);
            let slot = match *role {
                "background" => &mut self.background,
                "text" => &mut self.text,
                "title" => &mut self.title,
                "dim" => &mut self.dim,
                "warning" => &mut self.warning,
                "error" => &mut self.error,
                "ok" => &mut self.ok,
                "chip" => &mut self.chip,
                "label" => &mut self.label,
                _ => continue,
            };
            *slot = color;
        }
        self
    }
}

/// The terminal colour for what the user wrote; `None` is the terminal's own.
fn color_of(spec: crate::config::ColorSpec) -> Option<Color> {
    use crate::config::ColorSpec as S;
    const ANSI: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match spec {
        S::Default => None,
        S::Ansi(n) => ANSI.get(usize::from(n)).copied(),
        S::Indexed(n) => Some(Color::Indexed(n)),
        S::Rgb(r, g, b) => Some(Color::Rgb(r, g, b)),
    }
}

/// The palette in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    color: bool,
    name: PaletteName,
    colors: Colors,
}

impl Palette {
    /// The dark palette, in colour unless `NO_COLOR` is set (to anything non-empty).
    pub fn from_env() -> Palette {
        Palette::of(PaletteName::Dark, color_allowed())
    }

    /// The dark palette with or without colour.
    pub fn new(color: bool) -> Palette {
        Palette::of(PaletteName::Dark, color)
    }

    /// A built-in palette with or without colour.
    pub fn of(name: PaletteName, color: bool) -> Palette {
        Palette {
            color,
            name,
            colors: Colors::of(name),
        }
    }

    /// This palette with other colours (the user's `colors.ron`).
    pub fn with_colors(mut self, colors: Colors) -> Palette {
        self.colors = colors;
        self
    }

    /// Which built-in palette this is.
    pub fn name(self) -> PaletteName {
        self.name
    }

    /// The colours per role (before `NO_COLOR`).
    pub fn colors(self) -> Colors {
        self.colors
    }

    fn fg(self, c: Option<Color>) -> Style {
        match c {
            Some(c) if self.color => Style::new().fg(c),
            _ => Style::new(),
        }
    }

    /// The whole window: background and plain text.
    pub fn base(self) -> Style {
        let style = self.fg(self.colors.text);
        match self.colors.background {
            Some(bg) if self.color => style.bg(bg),
            _ => style,
        }
    }

    /// Titles and headers.
    pub fn title(self) -> Style {
        self.fg(self.colors.title).add_modifier(Modifier::BOLD)
    }

    /// The selected row.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Less important text: hints, metadata. Dimmed only where no colour
    /// says so, and never on a projector, where dimmed text cannot be read.
    pub fn dim(self) -> Style {
        match self.colors.dim {
            Some(c) if self.color => Style::new().fg(c),
            _ if self.name == PaletteName::HighContrast => Style::new(),
            _ => Style::new().add_modifier(Modifier::DIM),
        }
    }

    /// Something to notice: time running over, personal data.
    pub fn warning(self) -> Style {
        self.fg(self.colors.warning).add_modifier(Modifier::BOLD)
    }

    /// Something that blocks: a BSN, a failed save.
    pub fn error(self) -> Style {
        self.fg(self.colors.error).add_modifier(Modifier::BOLD)
    }

    /// Done, saved, chosen.
    pub fn ok(self) -> Style {
        let style = self.fg(self.colors.ok);
        if self.name == PaletteName::HighContrast {
            style.add_modifier(Modifier::BOLD)
        } else {
            style
        }
    }

    /// Theme chips.
    pub fn chip(self) -> Style {
        self.fg(self.colors.chip).add_modifier(Modifier::BOLD)
    }

    /// Labels such as "Situatie", "Vraag".
    pub fn label(self) -> Style {
        self.fg(self.colors.label).add_modifier(Modifier::BOLD)
    }
}

/// False when `NO_COLOR` is set to anything non-empty.
pub fn color_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_wins_over_every_palette() {
        for name in PaletteName::ALL {
            let p = Palette::of(name, false);
            assert_eq!(p.base(), Style::new(), "{name:?}");
            assert_eq!(p.title(), Style::new().add_modifier(Modifier::BOLD));
            assert_eq!(p.warning().fg, None);
            assert_eq!(p.chip().fg, None);
        }
    }

    #[test]
    fn high_contrast_is_white_on_black_and_never_dims() {
        let p = Palette::of(PaletteName::HighContrast, true);
        assert_eq!(p.base().bg, Some(Color::Black));
        assert_eq!(p.base().fg, Some(Color::White));
        let mono = Palette::of(PaletteName::HighContrast, false);
        assert!(!mono.dim().add_modifier.contains(Modifier::DIM));
        assert!(
            Palette::of(PaletteName::Dark, false)
                .dim()
                .add_modifier
                .contains(Modifier::DIM)
        );
    }

    #[test]
    fn colors_ron_changes_only_the_roles_it_names() {
        use crate::config::{ColorOverrides, ColorSpec};
        let overrides = ColorOverrides {
            palette: None,
            colors: vec![
                ("title", ColorSpec::Rgb(1, 2, 3)),
                ("dim", ColorSpec::Default),
            ],
        };
        let dark = Colors::of(PaletteName::Dark);
        let mine = dark.with(&overrides);
        assert_eq!(mine.title, Some(Color::Rgb(1, 2, 3)));
        assert_eq!(mine.dim, None);
        assert_eq!(
            Colors {
                title: dark.title,
                dim: dark.dim,
                ..mine
            },
            dark,
            "nothing else changes"
        );
    }

    #[test]
    fn the_light_palette_has_no_yellow_or_cyan() {
        let c = Colors::of(PaletteName::Light);
        let all = [c.title, c.dim, c.warning, c.error, c.ok, c.chip];
        assert!(!all.contains(&Some(Color::Yellow)));
        assert!(!all.contains(&Some(Color::Cyan)));
    }

    #[test]
    fn meaning_never_rests_on_colour_alone() {
        for name in PaletteName::ALL {
            let p = Palette::of(name, false);
            for style in [p.title(), p.warning(), p.error(), p.chip(), p.label()] {
                assert!(style.add_modifier.contains(Modifier::BOLD), "{name:?}");
            }
            assert!(p.selected().add_modifier.contains(Modifier::REVERSED));
        }
    }
}
