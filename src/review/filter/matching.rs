//! Whether a session (or a bottleneck) passes a [`Filter`].

use jiff::tz::TimeZone;

use crate::fuzzy::{Matcher, Query, Skim, fold};
use crate::model::{Action, Bottleneck, Session};
use crate::review::session_date;

use super::{Filter, Practice, SessionStatus};

impl Filter {
    /// True when the session passes every part of the filter; `since:` and
    /// `until:` compare the day it started in the time zone `tz`.
    pub fn matches(&self, session: &Session, tz: &TimeZone) -> bool {
        self.lets_practice(session) && self.matches_apart_from_practice(session, tz)
    }

    /// Whether `oefen:` lets the session through: a practice session only
    /// when asked for, every other session unless only practice was asked for.
    pub fn lets_practice(&self, session: &Session) -> bool {
        match self.practice() {
            Practice::Leave => !session.practice,
            Practice::Only => session.practice,
            Practice::All => true,
        }
    }

    /// [`Filter::matches`] without the practice rule: what a report uses to
    /// say how many practice sessions it left out.
    pub fn matches_apart_from_practice(&self, session: &Session, tz: &TimeZone) -> bool {
        let date = session_date(session, tz);
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
            && self
                .actions
                .iter()
                .all(|st| session.actions.iter().any(|a| a.status == *st))
            && self.owners.iter().all(|o| {
                let owners = session.bottlenecks.iter().map(|b| &b.owner);
                owners
                    .chain(session.actions.iter().map(|a| &a.owner))
                    .any(|owner| owner_has(owner, o))
            })
            && self
                .levels
                .iter()
                .all(|l| session.bottlenecks.iter().any(|b| b.level == Some(*l)))
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

    /// True when a knelpunt of a session that passes has what `knelpunt:`,
    /// `eigenaar:`, `niveau:` and `ouder:` ask for; `age` is the number of
    /// days since the session that raised it.
    pub fn matches_bottleneck(&self, bottleneck: &Bottleneck, age: i64) -> bool {
        self.bottleneck.iter().all(|st| bottleneck.status == *st)
            && self.owners.iter().all(|o| owner_has(&bottleneck.owner, o))
            && self.levels.iter().all(|l| bottleneck.level == Some(*l))
            && self
                .older
                .is_none_or(|days| bottleneck.status.is_open() && age > days)
    }

    /// True when an action of a session that passes has what `actie:`,
    /// `eigenaar:` and `ouder:` ask for (`knelpunt:` and `niveau:` are about
    /// knelpunten and pick only the sessions).
    pub fn matches_action(&self, action: &Action, age: i64) -> bool {
        self.actions.iter().all(|st| action.status == *st)
            && self.owners.iter().all(|o| owner_has(&action.owner, o))
            && self
                .older
                .is_none_or(|days| action.status.is_open() && age > days)
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

/// True when the owner contains the folded value.
fn owner_has(owner: &Option<String>, value: &str) -> bool {
    owner.as_deref().is_some_and(|o| fold(o).contains(value))
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
