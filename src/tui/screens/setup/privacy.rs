//! The set-up's text fields pass the privacy gate as every editor does: a
//! BSN blocks, other personal data warns once (Enter again with the same
//! text keeps it), Ctrl-R puts the placeholders in.

use tui_input::Input;

use super::{Page, Setup};
use crate::tui::ctx::{Ctx, Reply};

/// Personal data found in the group or participants field when Enter was pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The page whose field it is about.
    pub page: Page,
    /// The kinds found, each once.
    pub kinds: Vec<crate::privacy::FindingKind>,
    /// A BSN: never kept.
    pub blocking: bool,
    /// The text warned about; Enter again with this text keeps it.
    pub text: String,
}

impl Setup {
    /// Scans the page's field as every editor is scanned: a BSN blocks,
    /// other personal data warns once (Enter again with the same text keeps
    /// it). The reply stops the page; `None` lets it go on.
    pub(super) fn check(&mut self, page: Page, ctx: &Ctx) -> Option<Reply> {
        let s = ctx.strings();
        let text = self.field(page)?.value().to_string();
        let findings = crate::privacy::scan(&text);
        if findings.is_empty() {
            self.warning = None;
            return None;
        }
        let mut kinds: Vec<_> = findings.iter().map(|f| f.kind).collect();
        kinds.sort();
        kinds.dedup();
        let blocking = kinds.iter().any(|k| k.blocks());
        let warned = self
            .warning
            .as_ref()
            .is_some_and(|w| w.page == page && w.text == text && !w.blocking);
        if warned && !blocking {
            self.warning = None;
            return None;
        }
        self.warning = Some(Warning {
            page,
            kinds,
            blocking,
            text,
        });
        Some(if blocking {
            Reply::complain(s.privacy_blocked_short)
        } else {
            Reply::complain(s.privacy_warning_short)
        })
    }

    /// Ctrl-R: every finding in the page's field replaced by its placeholder.
    pub(super) fn redact(&mut self, lang: crate::i18n::Lang) {
        let page = self.page;
        if let Some(input) = self.field(page) {
            let value = input.value().to_string();
            let clean = crate::privacy::redact_all_in(&value, lang);
            *input = Input::new(clean);
        }
        self.warning = None;
    }
}
