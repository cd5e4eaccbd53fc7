//! Exports: a session or a filtered set of sessions as Markdown (a report a
//! trainer can mail to participants) or CSV (one row per decision point, for
//! a spreadsheet), and an own case as a case file (`case.rs`).
//!
//! The functions build text in memory; whoever saves it to a file goes through
//! [`write_file`], the same atomic write as sessions, so an export that is
//! interrupted never leaves half a report behind.

pub mod analysis;
pub mod case;
pub mod codebook;
pub mod csv;
mod followups;
pub mod markdown;
mod md;
mod positions;
pub mod report;
mod scores;

use std::io;
use std::path::Path;

use jiff::civil::Date;

use crate::i18n::Lang;

/// An export after the privacy guard: what may be written, and what to warn about.
#[derive(Debug, Clone, PartialEq)]
pub struct Guarded {
    /// The text with every BSN replaced by its placeholder.
    pub text: String,
    /// Personal data people typed that is still in `text` (kept on purpose), as kind and the text found.
    pub findings: Vec<(crate::privacy::FindingKind, String)>,
}

/// Removes what may never be stored (a BSN) from an export of `sessions`, and
/// names the other personal data people typed; the placeholder is in `lang`. Only typed text is judged: the
/// report's own dates and the case (checked by `casus check`) are not findings.
pub fn guard(text: &str, sessions: &[&crate::model::Session], lang: Lang) -> Guarded {
    let text = crate::privacy::redact_blocking_in(text, lang);
    let mut findings = Vec::new();
    for typed in sessions.iter().flat_map(|s| s.typed_texts()) {
        for f in crate::privacy::scan(typed)
            .into_iter()
            .filter(|f| !f.kind.blocks())
        {
            findings.push((f.kind, typed[f.start..f.end].to_string()));
        }
    }
    Guarded { text, findings }
}

/// Writes an export atomically (temp file, fsync, rename), owner-only like sessions.
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    crate::store::write_atomic(path, bytes)
}

/// `12 maart 2026` / `12 March 2026`: a date people read in a mailed report.
pub fn long_date(date: Date, lang: Lang) -> String {
    let month = lang.review().months[(date.month() - 1) as usize];
    format!("{} {} {}", date.day(), month, date.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, Method, Phase, PhaseKind, Session, Step};

    /// A one-step session with this decision, for the export tests.
    pub(super) fn session(decision: &str) -> Session {
        let step = Step {
            id: "a".into(),
            title: "A".into(),
            situation: "s".into(),
            question: "q".into(),
            options: vec![],
            outcome: None,
            facilitator_notes: None,
            suggested_themes: vec![],
        };
        let case = Case {
            schema_version: 1,
            id: "c".into(),
            title: "C".into(),
            language: "nl".into(),
            summary: "s".into(),
            context: "c".into(),
            tags: vec![],
            steps: vec![step],
        };
        let phase = Phase {
            id: "p".into(),
            title: "P".into(),
            minutes: 5,
            kind: PhaseKind::Steps,
            prompt: None,
        };
        let method = Method {
            scores: Vec::new(),
            schema_version: 1,
            id: "m".into(),
            title: "M".into(),
            description: None,
            phases: vec![phase],
        };
        let now = "2026-11-23T09:00:00Z".parse().unwrap();
        let mut s = Session::new("x".into(), now, "G".into(), case, method, vec![]);
        s.steps[0].decision = decision.into();
        s
    }

    #[test]
    fn the_guard_removes_a_bsn_and_names_typed_personal_data() {
        let s = session("bel 06-12345678");
        let g = guard(
            "BSN 111222333, bel 06-12345678, 23 november 2026",
            &[&s],
            Lang::Nl,
        );
        assert!(!g.text.contains("111222333"), "{}", g.text);
        assert!(g.text.contains("[BSN verwijderd]"), "{}", g.text);
        let en = guard("BSN 111222333", &[&s], Lang::En);
        assert_eq!(en.text, "BSN [BSN removed]");
        let kinds: Vec<_> = g.findings.iter().map(|(k, _)| *k).collect();
        assert_eq!(kinds, vec![crate::privacy::FindingKind::Phone]);
        assert_eq!(g.findings[0].1, "06-12345678");
    }

    #[test]
    fn the_reports_own_date_is_not_a_finding() {
        let s = session("Het buurtteam belt de moeder.");
        let g = guard("Gestart op 23 november 2026", &[&s], Lang::Nl);
        assert_eq!(g.text, "Gestart op 23 november 2026");
        assert!(g.findings.is_empty());
    }
}
