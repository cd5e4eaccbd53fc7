//! Colours that read on dark and light terminals and on a projector; `NO_COLOR` respected.
//!
//! Meaning never rests on colour alone: selection is also reversed, warnings
//! also carry a sign, so the app works in monochrome too.

use ratatui::style::{Color, Modifier, Style};

/// The palette in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    color: bool,
}

impl Palette {
    /// Colour unless `NO_COLOR` is set (to anything non-empty).
    pub fn from_env() -> Palette {
        Palette {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    /// A palette with or without colour.
    pub fn new(color: bool) -> Palette {
        Palette { color }
    }

    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// Titles and headers.
    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The selected row.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Less important text: hints, metadata.
    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// Something to notice: time running over, personal data.
    pub fn warning(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// Something that blocks: a BSN, a failed save.
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Done, saved, chosen.
    pub fn ok(self) -> Style {
        self.fg(Color::Green)
    }

    /// Theme chips.
    pub fn chip(self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }

    /// Labels such as "Situatie", "Vraag".
    pub fn label(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
}
