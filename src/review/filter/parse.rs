//! Reading a filter line into a [`Filter`]: tokens, keys and periods.

use jiff::civil::Date;

use crate::fuzzy::fold;
use crate::i18n::{parse_action_status, parse_level, parse_status};

use super::{Filter, FilterError, Practice, SessionStatus};

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
    Action,
    Owner,
    Level,
    Older,
    Practice,
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
            "actie" | "action" => Key::Action,
            "eigenaar" | "owner" => Key::Owner,
            "niveau" | "level" => Key::Level,
            "ouder" | "older" => Key::Older,
            "oefen" | "oefening" | "practice" => Key::Practice,
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
                Key::Bottleneck => {
                    filter.bottleneck.push(parse_status(&folded).ok_or_else(|| {
                        FilterError::BadBottleneckStatus(name.clone(), value.clone())
                    })?)
                }
                Key::Action => filter
                    .actions
                    .push(parse_action_status(&folded).ok_or_else(|| {
                        FilterError::BadActionStatus(name.clone(), value.clone())
                    })?),
                Key::Owner => filter.owners.push(folded),
                Key::Level => filter.levels.push(
                    parse_level(&folded)
                        .ok_or_else(|| FilterError::BadLevel(name.clone(), value.clone()))?,
                ),
                // Two ages narrow: the longer one.
                Key::Older => {
                    let days = parse_days(&folded)
                        .ok_or_else(|| FilterError::BadAge(name.clone(), value.clone()))?;
                    filter.older = filter.older.max(Some(days));
                }
                Key::Practice => {
                    filter.practice = Some(match folded.as_str() {
                        "ja" | "yes" | "alleen" | "only" => Practice::Only,
                        "nee" | "no" => Practice::Leave,
                        "alles" | "all" => Practice::All,
                        _ => return Err(FilterError::BadPractice(name, value)),
                    })
                }
            }
        }
        Ok(filter)
    }
}

/// A number of days: `90`, `90d`, `90 dagen`, `90days` (folded).
fn parse_days(value: &str) -> Option<i64> {
    let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
    let unit = value[digits.len()..].trim();
    if digits.is_empty() || !matches!(unit, "" | "d" | "dag" | "dagen" | "day" | "days") {
        return None;
    }
    digits.parse().ok().filter(|d| *d <= 100_000)
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
    fn dutch_and_english_token_names_are_the_same_filter() {
        let pairs = [
            ("theme:mandaat", "thema:mandaat"),
            ("case:signaal", "casus:signaal"),
            ("group:noord", "groep:noord"),
            ("method:dilemma", "methode:dilemma"),
            ("since:2026-03", "sinds:2026-03"),
            ("until:2026", "tot:2026"),
            ("status:finished", "status:afgerond"),
            ("bottleneck:raised", "knelpunt:aangekaart"),
            ("bottleneck:not-taken", "knelpunt:\"niet opgepakt\""),
            ("action:done", "actie:gedaan"),
            ("owner:wethouder", "eigenaar:wethouder"),
            ("level:municipality", "niveau:gemeente"),
            ("older:90d", "ouder:90"),
            ("practice:yes", "oefen:ja"),
            ("practice:all", "oefen:alles"),
        ];
        let without_source = |text: &str| Filter {
            source: String::new(),
            ..Filter::parse(text).unwrap()
        };
        for (en, nl) in pairs {
            assert_eq!(without_source(en), without_source(nl), "{en} / {nl}");
            assert_ne!(without_source(nl), Filter::default(), "{nl} filters");
        }
    }

    #[test]
    fn near_misses_name_the_token_and_the_value_in_the_users_language() {
        use crate::i18n::Lang;
        let cases = [
            ("niveau:gemeentes", Lang::Nl, "gemeente"),
            ("level:town", Lang::En, "municipality"),
            ("actie:klaar", Lang::Nl, "gedaan"),
            ("action:finished", Lang::En, "done"),
            ("ouder:drie", Lang::Nl, "ouder:90"),
            ("older:90w", Lang::En, "older:90"),
            ("oefen:misschien", Lang::Nl, "oefen:alles"),
            ("practice:some", Lang::En, "practice:all"),
            ("knelpunt:aangekaar", Lang::Nl, "beantwoord"),
            ("bottleneck:raise", Lang::En, "answered"),
        ];
        for (line, lang, hint) in cases {
            let message = Filter::parse(line).expect_err(line).message(lang);
            assert!(message.contains(line), "{line}: {message}");
            assert!(message.contains(hint), "{line}: {message}");
        }
        assert_eq!(
            Filter::parse("ouder:\"90 dagen\"").unwrap().older(),
            Some(90)
        );
        assert_eq!(
            Filter::parse("ouder:30 ouder:90").unwrap().older(),
            Some(90)
        );
        assert_eq!(Filter::parse("").unwrap().practice(), Practice::Leave);
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
