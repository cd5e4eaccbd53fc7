//! The filter line: free text plus tokens, all combined with AND.
//!
//! ```text
//! mandaat school theme:eigenwijs/mandaat group:"team noord" since:2026-03 status:finished
//! ```
//!
//! - Free words: each must be found in the session, fuzzily (folded case and
//!   diacritics) in its short fields (case title and id, group, method,
//!   labels of the tagged themes) or as a folded substring of its long
//!   texts (decisions, reflections, bottlenecks). A subsequence matcher over a
//!   paragraph finds nearly any short word, so long texts need the word itself.
//! - `theme:` (`thema:`) a tagged theme whose `SET/THEME` reference, label or
//!   alias contains the value: `mandaat`, `eigenwijs/mandaat`, `eigenwijs`
//!   (the whole set) and `"eerste lijn"` all work.
//! - `case:` (`casus:`) case id or title; `group:` (`groep:`, `team:`) group;
//!   `method:` (`methode:`) method id or title; all folded substrings.
//! - `since:` (`sinds:`, `vanaf:`) and `until:` (`tot:`): `2026-03-01`,
//!   `2026-03`, `2026-Q1` or `2026`; both ends inclusive, so `until:2026-03`
//!   includes 31 March.
//! - `status:` the *session*: `open` (`lopend`) or `finished` (`afgerond`).
//! - `knelpunt:` (`bottleneck:`) the session has a bottleneck that is `open`,
//!   `raised` (`aangekaart`) or `resolved` (`opgelost`); the register also
//!   shows only those. Bottleneck statuses have their own token because
//!   `status:open` would otherwise mean two things.
//!
//! Token names and keywords fold case. A value with spaces is quoted:
//! `group:"team noord"`. An unclosed quote runs to the end, so a filter line
//! that is still being typed keeps working. A word such as `12:30` (not
//! letters before the colon) is free text; `foo:bar` is an error that names
//! the known tokens.

use std::fmt;

use jiff::civil::Date;

use crate::fuzzy::{Matcher, Query, Skim, fold};
use crate::i18n::{Lang, fill};
use crate::model::{Bottleneck, BottleneckStatus, Session};

use super::session_date;

/// A parsed filter line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    source: String,
    words: Vec<String>,
    themes: Vec<String>,
    cases: Vec<String>,
    groups: Vec<String>,
    methods: Vec<String>,
    since: Option<Date>,
    until: Option<Date>,
    status: Vec<SessionStatus>,
    bottleneck: Vec<BottleneckStatus>,
}

/// Whether a session was finished, for `status:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStatus {
    /// The closing phase was not completed yet.
    Open,
    /// The group finished the closing.
    Finished,
}

/// What is wrong with a filter line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterError {
    /// `foo:bar`: no such token.
    UnknownToken(String),
    /// `theme:` with nothing after it.
    EmptyValue(String),
    /// `since:` or `until:` with something that is not a date.
    BadDate(String, String),
    /// `status:` with something other than open or finished.
    BadStatus(String),
    /// `knelpunt:` with something other than open, raised or resolved.
    BadBottleneckStatus(String),
}

/// The canonical token names, as listed in error messages.
pub const KNOWN_TOKENS: &str = "theme:, case:, group:, method:, since:, until:, status:, knelpunt:";

#[derive(Clone, Copy)]
enum Key {
    Theme,
    Case,
    Group,
    Method,
    Since,
    Until,
    Status,
    Bottleneck,
}

impl Key {
    fn parse(name: &str) -> Option<Key> {
        Some(match name.to_lowercase().as_str() {
            "theme" | "thema" => Key::Theme,
            "case" | "casus" => Key::Case,
            "group" | "groep" | "team" => Key::Group,
            "method" | "methode" => Key::Method,
            "since" | "sinds" | "vanaf" => Key::Since,
            "until" | "tot" => Key::Until,
            "status" => Key::Status,
            "knelpunt" | "bottleneck" => Key::Bottleneck,
            _ => return None,
        })
    }
}

impl Filter {
    /// Parses a filter line; an empty line matches everything.
    pub fn parse(text: &str) -> Result<Filter, FilterError> {
        let mut filter = Filter {
            source: text.trim().to_string(),
            ..Filter::default()
        };
        for (key, value) in tokenize(text) {
            let Some(name) = key else {
                filter
                    .words
                    .extend(fold(&value).split_whitespace().map(String::from));
                continue;
            };
            let key = Key::parse(&name).ok_or_else(|| FilterError::UnknownToken(name.clone()))?;
            let folded = fold(value.trim());
            if folded.is_empty() {
                return Err(FilterError::EmptyValue(name));
            }
            let bad_date = || FilterError::BadDate(name.clone(), value.clone());
            match key {
                Key::Theme => filter.themes.push(folded),
                Key::Case => filter.cases.push(folded),
                Key::Group => filter.groups.push(folded),
                Key::Method => filter.methods.push(folded),
                // Two bounds of the same kind narrow: the later since, the earlier until.
                Key::Since => {
                    let (first, _) = parse_period(&folded).ok_or_else(bad_date)?;
                    filter.since = filter.since.max(Some(first));
                }
                Key::Until => {
                    let (_, last) = parse_period(&folded).ok_or_else(bad_date)?;
                    filter.until = Some(filter.until.map_or(last, |u| u.min(last)));
                }
                Key::Status => filter.status.push(match folded.as_str() {
                    "open" | "lopend" | "unfinished" => SessionStatus::Open,
                    "finished" | "afgerond" | "klaar" => SessionStatus::Finished,
                    _ => return Err(FilterError::BadStatus(value)),
                }),
                Key::Bottleneck => filter.bottleneck.push(match folded.as_str() {
                    "open" => BottleneckStatus::Open,
                    "raised" | "aangekaart" => BottleneckStatus::Raised,
                    "resolved" | "opgelost" => BottleneckStatus::Resolved,
                    _ => return Err(FilterError::BadBottleneckStatus(value)),
                }),
            }
        }
        Ok(filter)
    }

    /// The line as typed (trimmed), for report headers.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// True when the filter lets every session through.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// True when the session passes every part of the filter.
    pub fn matches(&self, session: &Session) -> bool {
        let date = session_date(session);
        self.since.is_none_or(|s| date >= s)
            && self.until.is_none_or(|u| date <= u)
            && self.status.iter().all(|s| match s {
                SessionStatus::Open => !session.is_finished(),
                SessionStatus::Finished => session.is_finished(),
            })
            && self
                .bottleneck
                .iter()
                .all(|st| session.bottlenecks.iter().any(|b| b.status == *st))
            && self.themes.iter().all(|t| has_theme(session, t))
            && self.cases.iter().all(|c| {
                fold(&session.case.id).contains(c) || fold(&session.case.title).contains(c)
            })
            && self.groups.iter().all(|g| fold(&session.group).contains(g))
            && self.methods.iter().all(|m| {
                fold(&session.method.id).contains(m) || fold(&session.method.title).contains(m)
            })
            && self.matches_words(session)
    }

    /// True when a bottleneck has the status `knelpunt:` asks for (or none was asked).
    pub fn matches_bottleneck(&self, bottleneck: &Bottleneck) -> bool {
        self.bottleneck.iter().all(|st| bottleneck.status == *st)
    }

    fn matches_words(&self, session: &Session) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let matcher = Skim::default();
        let mut short = vec![
            session.case.title.as_str(),
            session.case.id.as_str(),
            session.group.as_str(),
            session.method.title.as_str(),
        ];
        short.extend(
            session
                .steps
                .iter()
                .flat_map(|s| &s.themes)
                .filter_map(|r| session.theme_label(r)),
        );
        let long: Vec<String> = session
            .steps
            .iter()
            .flat_map(|s| {
                std::iter::once(s.decision.as_str())
                    .chain(s.reflections.iter().map(|r| r.text.as_str()))
            })
            .chain(session.bottlenecks.iter().map(|b| b.text.as_str()))
            .map(fold)
            .collect();
        self.words.iter().all(|word| {
            let query = Query::new(word);
            long.iter().any(|text| text.contains(word.as_str()))
                || short
                    .iter()
                    .any(|field| matcher.score(field, &query).is_some())
        })
    }
}

/// True when a step of the session is tagged with a theme whose reference,
/// label or alias contains the folded value.
fn has_theme(session: &Session, value: &str) -> bool {
    session
        .steps
        .iter()
        .flat_map(|s| &s.themes)
        .any(|reference| {
            if fold(reference).contains(value) {
                return true;
            }
            let Some((set, id)) = crate::model::split_theme_ref(reference) else {
                return false;
            };
            let theme = session
                .theme_sets
                .iter()
                .find(|s| s.id == set)
                .and_then(|s| s.theme(id));
            theme.is_some_and(|t| {
                fold(&t.label).contains(value) || t.aliases.iter().any(|a| fold(a).contains(value))
            })
        })
}

/// First and last day of `2026-03-01`, `2026-03`, `2026-q1` or `2026` (folded).
fn parse_period(value: &str) -> Option<(Date, Date)> {
    let parts: Vec<&str> = value.split('-').collect();
    let year: i16 = parts
        .first()?
        .parse()
        .ok()
        .filter(|y| (1000..=9999).contains(y))?;
    match parts[1..] {
        [] => Some((Date::new(year, 1, 1).ok()?, Date::new(year, 12, 31).ok()?)),
        [q] if q.starts_with('q') => {
            let q: i8 = q[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
            let first = Date::new(year, 3 * q - 2, 1).ok()?;
            Some((first, Date::new(year, 3 * q, 1).ok()?.last_of_month()))
        }
        [m] if m.len() == 2 => {
            let first = Date::new(year, m.parse().ok()?, 1).ok()?;
            Some((first, first.last_of_month()))
        }
        [m, d] if m.len() == 2 && d.len() == 2 => {
            let day = Date::new(year, m.parse().ok()?, d.parse().ok()?).ok()?;
            Some((day, day))
        }
        _ => None,
    }
}

/// Splits on whitespace outside double quotes; a word whose first colon comes
/// after letters only (and outside quotes) is a token `(Some(key), value)`.
fn tokenize(text: &str) -> Vec<(Option<String>, String)> {
    let mut out = Vec::new();
    let mut key: Option<String> = None;
    let mut value = String::new();
    let mut in_quote = false;
    let mut started = false;
    // Still only letters since the word began, outside quotes: a colon now makes a key.
    let mut may_be_key = true;
    for c in text.chars() {
        match c {
            '"' => {
                in_quote = !in_quote;
                started = true;
                may_be_key = false;
            }
            c if c.is_whitespace() && !in_quote => {
                if started {
                    out.push((key.take(), std::mem::take(&mut value)));
                }
                started = false;
                may_be_key = true;
            }
            ':' if may_be_key && !value.is_empty() && key.is_none() => {
                key = Some(std::mem::take(&mut value));
                may_be_key = false;
            }
            c => {
                started = true;
                may_be_key &= c.is_alphabetic();
                value.push(c);
            }
        }
    }
    if started {
        out.push((key, value));
    }
    out
}

impl FilterError {
    /// One clear sentence in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        let r = lang.review();
        match self {
            FilterError::UnknownToken(t) => fill(r.filter_unknown, &[&t, &KNOWN_TOKENS]),
            FilterError::EmptyValue(t) => fill(r.filter_empty, &[&t]),
            FilterError::BadDate(t, v) => fill(r.filter_bad_date, &[&t, &v]),
            FilterError::BadStatus(v) => fill(r.filter_bad_status, &[&v]),
            FilterError::BadBottleneckStatus(v) => fill(r.filter_bad_bottleneck, &[&v]),
        }
    }
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FilterError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(Option<String>, String)> {
        tokenize(text)
    }

    fn tok(key: Option<&str>, value: &str) -> (Option<String>, String) {
        (key.map(String::from), value.to_string())
    }

    #[test]
    fn quotes_keep_spaces_and_colons_after_digits_are_text() {
        assert_eq!(
            tokens(r#"group:"team noord" om 12:30 "a:b""#),
            vec![
                tok(Some("group"), "team noord"),
                tok(None, "om"),
                tok(None, "12:30"),
                tok(None, "a:b")
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_end() {
        assert_eq!(
            tokens(r#"case:"signaal van"#),
            vec![tok(Some("case"), "signaal van")]
        );
    }

    #[test]
    fn periods_cover_day_month_quarter_and_year() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(
            parse_period("2026-03-05"),
            Some((d("2026-03-05"), d("2026-03-05")))
        );
        assert_eq!(
            parse_period("2026-02"),
            Some((d("2026-02-01"), d("2026-02-28")))
        );
        assert_eq!(
            parse_period("2026-q2"),
            Some((d("2026-04-01"), d("2026-06-30")))
        );
        assert_eq!(
            parse_period("2026"),
            Some((d("2026-01-01"), d("2026-12-31")))
        );
        for bad in ["2026-13", "2026-q5", "26", "maart", "2026-3", "2026-02-30"] {
            assert_eq!(parse_period(bad), None, "{bad}");
        }
    }
}
