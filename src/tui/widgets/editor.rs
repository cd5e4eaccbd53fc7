//! The text editor for decisions, reflections, notes, bottlenecks and actions:
//! a multi-line `ratatui-textarea` plus, where it applies, a one-line side
//! field (the reflection's author, the owner of a bottleneck or action).

use crossterm::event::{Event, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui_textarea::{TextArea, WrapMode};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use crate::i18n::{Lang, Strings, fill};
use crate::model::DraftTarget;
use crate::privacy::{self, Finding, FindingKind};
use crate::tui::style::Palette;

/// The largest paste an editor takes at once; more is cut with a message.
pub const MAX_PASTE: usize = 1 << 20;

/// An open editor.
#[derive(Debug, Clone)]
pub struct Editor {
    /// What the text is for.
    pub target: DraftTarget,
    area: TextArea<'static>,
    side: Option<Input>,
    side_focus: bool,
    /// Personal data found when the user tried to leave; shown until the text changes.
    pub warning: Option<Warning>,
    /// The text as last saved as a draft, to save drafts only when they changed.
    pub saved_draft: String,
}

/// What the privacy scan found at the last attempt to commit.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The kinds found, without repeats.
    pub kinds: Vec<FindingKind>,
    /// True when a BSN blocks storing the text.
    pub blocking: bool,
    /// The text the warning is about; leaving again with this text keeps it.
    pub text: String,
}

impl Editor {
    /// An editor on `text`, with a side field when `side` is given.
    pub fn new(target: DraftTarget, text: &str, side: Option<&str>) -> Self {
        let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Editor {
            target,
            area,
            side: side.map(|s| Input::new(s.to_string())),
            side_focus: false,
            warning: None,
            saved_draft: text.to_string(),
        }
    }

    /// The text as typed, lines joined by `\n`.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// True when the editor has a side field (`Tab` switches to it).
    pub fn has_side(&self) -> bool {
        self.side.is_some()
    }

    /// The side field, trimmed; `None` when empty or absent.
    pub fn side(&self) -> Option<String> {
        let value = self.side.as_ref()?.value().trim();
        (!value.is_empty()).then(|| value.to_string())
    }

    /// A key for the focused field.
    pub fn key(&mut self, key: KeyEvent) {
        match (&mut self.side, self.side_focus) {
            (Some(input), true) => {
                input.handle_event(&Event::Key(key));
            }
            _ => {
                self.area.input(key);
            }
        }
    }

    /// Pasted text into the focused field; returns false when it had to be cut.
    pub fn paste(&mut self, text: &str) -> bool {
        let mut end = text.len().min(MAX_PASTE);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let clean: String = text[..end]
            .replace("\r\n", "\n")
            .chars()
            .map(|c| if c == '\r' { '\n' } else { c })
            .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
            .collect();
        match (&mut self.side, self.side_focus) {
            (Some(input), true) => {
                let line: String = clean.chars().filter(|c| *c != '\n').collect();
                *input = Input::new(format!("{}{line}", input.value()));
            }
            _ => {
                self.area.insert_str(clean);
            }
        }
        end == text.len()
    }

    /// Switches focus between the text and the side field.
    pub fn switch_field(&mut self) {
        self.side_focus = self.side.is_some() && !self.side_focus;
    }

    /// Everything the privacy scan looks at: the text and the side field.
    fn all_text(&self) -> String {
        match &self.side {
            Some(input) => format!("{}\n{}", self.text(), input.value()),
            None => self.text(),
        }
    }

    /// The personal data in the text and the side field.
    pub fn findings(&self) -> Vec<Finding> {
        privacy::scan(&self.all_text())
    }

    /// Replaces every finding by its placeholder in `lang`, in both fields.
    pub fn redact(&mut self, lang: Lang) {
        let text = self.text();
        let clean = privacy::redact_all_in(&text, lang);
        if clean != text {
            let mut area = TextArea::new(clean.split('\n').map(str::to_string).collect());
            area.set_wrap_mode(WrapMode::WordOrGlyph);
            area.move_cursor(ratatui_textarea::CursorMove::Bottom);
            area.move_cursor(ratatui_textarea::CursorMove::End);
            self.area = area;
        }
        if let Some(input) = &mut self.side {
            let value = input.value().to_string();
            let clean = privacy::redact_all_in(&value, lang);
            if clean != value {
                *input = Input::new(clean);
            }
        }
        self.warning = None;
    }

    /// The text with only what blocks (a BSN) removed, by a placeholder in
    /// `lang`: what a draft may store.
    pub fn draft_text(&self, lang: crate::i18n::Lang) -> String {
        privacy::redact_blocking_in(&self.text(), lang)
    }

    /// The side field with only what blocks removed, as a draft may store it; `None` without one.
    pub fn draft_side(&self, lang: crate::i18n::Lang) -> Option<String> {
        Some(privacy::redact_blocking_in(
            self.side.as_ref()?.value(),
            lang,
        ))
    }

    /// Draws the editor with its title, side field and any privacy warning.
    pub fn draw(&self, frame: &mut Frame, area: Rect, title: &str, s: &Strings, p: Palette) {
        let warning_height = if self.warning.is_some() { 3 } else { 0 };
        let side_height = u16::from(self.side.is_some());
        let [text_area, side_area, warn_area] = Layout::vertical([
            Constraint::Min(3),
            Constraint::Length(side_height),
            Constraint::Length(warning_height),
        ])
        .areas(area);
        let mut textarea = self.area.clone();
        let border = if self.side_focus { p.dim() } else { p.title() };
        textarea.set_block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(border)
                .title(Span::styled(format!(" {title} "), p.title())),
        );
        textarea.set_cursor_line_style(ratatui::style::Style::default());
        frame.render_widget(&textarea, text_area);
        if let Some(input) = &self.side {
            let label = match self.target {
                DraftTarget::Reflection { .. } => s.editor_author,
                DraftTarget::Group => s.edit.editor_participants,
                DraftTarget::Stance { .. } => s.stance.editor_reason_side,
                _ => s.editor_owner,
            };
            let style = if self.side_focus {
                p.selected()
            } else {
                p.label()
            };
            let line = Line::from(vec![
                Span::styled(format!("{label}: "), style),
                Span::raw(input.value().to_string()),
            ]);
            frame.render_widget(Paragraph::new(line), side_area);
        }
        if let Some(w) = &self.warning {
            let kinds: Vec<&str> = w.kinds.iter().map(|k| s.finding_label(*k)).collect();
            let (style, text) = if w.blocking {
                (p.error(), fill(s.privacy_blocked, &[&kinds.join(", ")]))
            } else {
                (p.warning(), fill(s.privacy_warning, &[&kinds.join(", ")]))
            };
            frame.render_widget(
                Paragraph::new(format!("⚠ {text}"))
                    .style(style)
                    .wrap(Wrap { trim: true }),
                warn_area,
            );
        }
    }
}
