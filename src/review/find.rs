//! Finding one session by its id or the start of it, the same way for
//! `casus resume`, `casus export` and the terminal app: an exact id wins, a
//! prefix must fit exactly one session, and an unknown or ambiguous one is
//! an error that says so (listing the candidates).

use std::fmt;

use crate::i18n::{Lang, fill};

/// Why an id or prefix does not name one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindError {
    /// No session has this id or an id that starts with it.
    NotFound(String),
    /// Several sessions start with it.
    Ambiguous {
        /// What was asked for.
        wanted: String,
        /// The ids that start with it, in the order the sessions were given.
        candidates: Vec<String>,
    },
}

/// The item whose id is `wanted`, else the only one whose id starts with it.
///
/// `items` are the sessions in any form (loaded sessions, index heads), each
/// id once; `id_of` gives an item's id. Candidates of an ambiguous prefix are
/// listed in the order of `items`.
pub fn find<'a, T>(
    items: &'a [T],
    id_of: impl Fn(&T) -> &str,
    wanted: &str,
) -> Result<&'a T, FindError> {
    if let Some(exact) = items.iter().find(|item| id_of(item) == wanted) {
        return Ok(exact);
    }
    let mut candidates = items.iter().filter(|item| id_of(item).starts_with(wanted));
    match (candidates.next(), candidates.next()) {
        (Some(one), None) => Ok(one),
        (None, _) => Err(FindError::NotFound(wanted.to_string())),
        (Some(_), Some(_)) => Err(FindError::Ambiguous {
            wanted: wanted.to_string(),
            candidates: items
                .iter()
                .map(&id_of)
                .filter(|id| id.starts_with(wanted))
                .map(String::from)
                .collect(),
        }),
    }
}

impl FindError {
    /// One clear sentence in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        let r = lang.review();
        match self {
            FindError::NotFound(wanted) => fill(r.export_not_found, &[wanted]),
            FindError::Ambiguous { wanted, candidates } => {
                fill(r.export_ambiguous, &[wanted, &candidates.join(", ")])
            }
        }
    }
}

impl fmt::Display for FindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FindError {}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 3] = [
        "20260505-120000-eeeeee",
        "20260115-120000-bbbbbb",
        "20260115-130000-cccccc",
    ];

    fn found(wanted: &str) -> Result<&'static str, FindError> {
        find(&IDS, |id| id, wanted).copied()
    }

    #[test]
    fn an_exact_id_or_a_unique_prefix_finds_the_session() {
        assert_eq!(found("20260115-120000-bbbbbb"), Ok(IDS[1]));
        assert_eq!(found("202605"), Ok(IDS[0]));
    }

    #[test]
    fn an_unknown_id_and_an_ambiguous_prefix_say_so() {
        assert_eq!(found("2027"), Err(FindError::NotFound("2027".into())));
        let err = found("20260115").unwrap_err();
        assert_eq!(
            err,
            FindError::Ambiguous {
                wanted: "20260115".into(),
                candidates: vec![IDS[1].into(), IDS[2].into()],
            }
        );
        assert_eq!(
            err.message(Lang::En),
            "20260115 fits several sessions: 20260115-120000-bbbbbb, 20260115-130000-cccccc. Type more of the id."
        );
    }
}
