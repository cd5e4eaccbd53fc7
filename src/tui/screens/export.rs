//! Exporting one session from the session screen or its summary: personal
//! data in it is named first, and the second `e` writes the report.

use crate::i18n::fill;
use crate::model::Session;
use crate::tui::action::Effect;
use crate::tui::ctx::{Ctx, Reply};

/// Asks for the session's report, unless it holds personal data not warned about yet.
pub fn export(session: &Session, ctx: &Ctx) -> Reply {
    let findings = crate::export::guard("", &[session], ctx.lang).findings;
    if !findings.is_empty() && ctx.export_warned != Some(session.id.as_str()) {
        let s = ctx.strings();
        let mut kinds: Vec<&str> = findings.iter().map(|(k, _)| s.finding_label(*k)).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let mut reply = Reply::complain(fill(s.export_personal, &[&kinds.join(", ")]));
        reply.export_warned = Some(Some(session.id.clone()));
        return reply;
    }
    let mut reply = Reply::effect(Effect::ExportMarkdown(Box::new(session.clone())));
    reply.export_warned = Some(None);
    reply
}
