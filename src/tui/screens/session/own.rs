//! An own case in the running session: the inbrenger's preparation (asked
//! one question after the other in the shared editor, `c` to change it
//! later), and the decision points added live in the Steps phase (`+` adds
//! one, `w` walks through its fields, `<`/`>` move it, `-` removes it). Every
//! field is written in the one editor, so the privacy gate and drafts work
//! as everywhere; every committed edit is saved at once.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::state::SessionScreen;
use crate::i18n::fill;
use crate::model::{DraftTarget, OwnCase, OwnField, PhaseKind, Session, StepField};
use crate::tui::action::Command;
use crate::tui::ctx::{Ctx, Reply};
use crate::tui::widgets::editor::Editor;
use crate::tui::widgets::text;

impl SessionScreen {
    /// An own case nobody has prepared yet opens on its preparation: the
    /// title (unless the command line gave a clean one), the role, the four
    /// questions.
    pub(super) fn begin_preparation(&mut self) {
        let s = &self.session;
        let fresh = s.own_case.as_ref() == Some(&OwnCase::default())
            && s.case.steps.is_empty()
            && s.finished.is_none()
            && s.position.phase == 0;
        if !fresh || self.editor.is_some() {
            return;
        }
        let named =
            s.case.title != s.default_title() && crate::privacy::scan(&s.case.title).is_empty();
        self.guide = OwnField::ALL
            .into_iter()
            .filter(|f| !(named && *f == OwnField::Title))
            .map(DraftTarget::Own)
            .collect();
        self.next_in_guide();
    }

    /// After an editor closed: the next field of the walk, if any.
    pub fn next_in_guide(&mut self) {
        if self.editor.is_none() && !self.guide.is_empty() {
            let target = self.guide.remove(0);
            self.open_target(target);
        }
    }

    /// Opens the editor on `target` with what it holds now.
    fn open_target(&mut self, target: DraftTarget) {
        let text = self.session.text_of(target);
        let side = self.session.side_of(target);
        self.editor = Some(Editor::new(target, &text, side.as_deref()));
    }

    /// The decision point on show, when the Steps phase of an own case shows one.
    fn own_step(&self) -> Option<usize> {
        let i = self.session.position.step;
        (self.kind() == PhaseKind::Steps && i < self.session.case.steps.len()).then_some(i)
    }
}

/// The own-case commands, and the step commands of an own case that has no
/// decision point yet; `None` leaves the command to the session screen.
pub fn update(screen: &mut SessionScreen, cmd: Command, ctx: &Ctx) -> Option<Reply> {
    let own_case = screen.session.is_own_case();
    let s = ctx.strings().own;
    let steps = screen.kind() == PhaseKind::Steps;
    let step = screen.own_step();
    let reply = match cmd {
        Command::EditOwnCase if own_case => {
            screen.guide = OwnField::ALL.into_iter().map(DraftTarget::Own).collect();
            screen.next_in_guide();
            Reply::default()
        }
        Command::AddStep if own_case && steps => {
            let at = step.map_or(screen.session.case.steps.len(), |i| i + 1);
            screen.open_target(DraftTarget::NewStep(at));
            Reply::default()
        }
        Command::EditStep if own_case => {
            let i = step?;
            screen.guide = StepField::ALL
                .into_iter()
                .map(|field| DraftTarget::StepField { step: i, field })
                .collect();
            screen.next_in_guide();
            Reply::default()
        }
        Command::MoveStepUp | Command::MoveStepDown if own_case => {
            let i = step?;
            screen.step_cursor = None;
            if !screen.session.move_step(i, cmd == Command::MoveStepUp) {
                return Some(Reply::default());
            }
            Reply::effect(screen.save(ctx.now)).with_say(s.moved)
        }
        Command::RemoveStep if own_case => {
            let i = step?;
            screen.removing = Some(DraftTarget::Step(i));
            let title = &screen.session.case.steps[i].title;
            Reply::complain(fill(s.confirm_remove_step, &[title]))
        }
        // In an own case the inbrenger tells what happened: `o` writes it first.
        Command::Reveal if own_case && steps => {
            let i = step?;
            if screen.session.case.steps[i].outcome.is_some() {
                return None;
            }
            screen.open_target(DraftTarget::StepField {
                step: i,
                field: StepField::Outcome,
            });
            Reply::default()
        }
        Command::EditDecision
        | Command::TagThemes
        | Command::AddReflection
        | Command::EditBottleneck
        | Command::Select
        | Command::Confirm
            if own_case && steps && step.is_none() =>
        {
            Reply::complain(s.no_steps)
        }
        _ => return None,
    };
    Some(reply)
}

/// Whether a command acts on the session screen as it is, for the footer
/// and help; `None` when this file has no say in it.
pub fn acts(screen: &SessionScreen, cmd: Command) -> Option<bool> {
    let own_case = screen.session.is_own_case();
    let i = screen.session.position.step;
    let len = screen.session.case.steps.len();
    let here = screen.kind() == PhaseKind::Steps && i < len;
    Some(match cmd {
        Command::EditOwnCase => own_case,
        Command::AddStep => own_case,
        Command::EditStep | Command::RemoveStep => own_case && here,
        Command::MoveStepUp => own_case && here && i > 0,
        Command::MoveStepDown => own_case && here && i + 1 < len,
        Command::Reveal if own_case && screen.kind() == PhaseKind::Steps => here,
        Command::EditDecision
        | Command::TagThemes
        | Command::AddReflection
        | Command::EditBottleneck
        | Command::OpenRound
            if screen.kind() == PhaseKind::Steps =>
        {
            here
        }
        _ => return None,
    })
}

/// What a command is called here, when an own case names it differently.
pub fn describe(
    screen: &SessionScreen,
    cmd: Command,
    ctx: &crate::i18n::Strings,
) -> Option<&'static str> {
    let i = screen.own_step()?;
    let open = screen.session.case.steps[i].outcome.is_none();
    (cmd == Command::Reveal && screen.session.is_own_case() && open)
        .then_some(ctx.own.cmd_write_outcome)
}

/// True while the editor writes the preparation: the page shows it whole.
pub fn preparing(screen: &SessionScreen) -> bool {
    matches!(
        screen.editor.as_ref().map(|e| e.target),
        Some(DraftTarget::Own(_))
    )
}

/// The preparation page: how to anonymise, then every question with its
/// answer so far, the one being written marked.
pub fn draw_preparation(screen: &SessionScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let s = ctx.strings().own;
    let p = ctx.palette;
    let session = &screen.session;
    let writing = screen.editor.as_ref().map(|e| e.target);
    let mut lines = vec![
        Line::styled(s.prep_title, p.title()),
        Line::styled(format!("⚠ {}", s.privacy_reminder), p.warning()),
        Line::styled(s.prep_hint, p.dim()),
    ];
    let mut marked = 0;
    for field in OwnField::ALL {
        let mine = writing == Some(DraftTarget::Own(field));
        if mine {
            marked = lines.len();
        }
        let (mark, style) = if mine {
            ("▶ ", p.selected())
        } else {
            ("  ", p.label())
        };
        lines.push(Line::styled(format!("{mark}{}", s.field(field)), style));
        let answer = session.text_of(DraftTarget::Own(field));
        if answer.trim().is_empty() {
            lines.push(Line::styled(format!("    {}", s.empty), p.dim()));
        } else {
            lines.extend(text::lines(&answer, "    ", Style::new()));
        }
    }
    // The question being written stays in view, with its answer's first line.
    let row = text::wrap(&lines[..marked], usize::from(area.width)).len() as u16;
    let scroll = (row + 2).saturating_sub(area.height);
    let page = Paragraph::new(lines).wrap(Wrap { trim: false });
    frame.render_widget(page.scroll((scroll, 0)), area);
}

/// The Steps phase of an own case before its first decision point.
pub fn draw_no_steps(screen: &SessionScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    if !screen.session.is_own_case() {
        return;
    }
    let s = ctx.strings().own;
    let p = ctx.palette;
    let lines = vec![
        Line::styled(s.no_steps, p.label()),
        Line::raw(""),
        Line::styled(s.privacy_reminder, p.dim()),
    ];
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        area.inner(ratatui::layout::Margin::new(1, 0)),
    );
}

/// A decision point's text as the step page shows it: in an own case a
/// field not filled in yet says how to fill it in.
pub fn field_lines(session: &Session, field: &str, ctx: &Ctx, style: Style) -> Vec<Line<'static>> {
    if session.is_own_case() && field.trim().is_empty() {
        return vec![Line::styled(ctx.strings().own.not_yet, ctx.palette.dim())];
    }
    text::lines(field, "", style)
}
