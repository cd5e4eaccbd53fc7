//! RON's own errors in the interface language: each kind of
//! [`ron::Error`] becomes one sentence of [`CheckStrings`], with the names
//! RON gives (fields, types, values) kept as written in the file.

use ron::Error;

use crate::i18n::{CheckStrings, Lang, fill};

/// The sentence for `error` in `lang`; a kind this casus does not know
/// (RON may add some) keeps RON's English words inside a sentence of ours.
pub fn describe(error: &Error, lang: Lang) -> String {
    let c = lang.strings().check;
    let token = |t: &str| fill(c.ron_expected_token, &[&t]);
    let expected = |what: &str| fill(c.ron_expected, &[&what]);
    match error {
        Error::Eof => c.ron_eof.to_string(),
        Error::ExpectedComma => c.ron_comma.to_string(),
        Error::ExpectedArray => token("["),
        Error::ExpectedArrayEnd => token("]"),
        Error::ExpectedMap => token("{"),
        Error::ExpectedMapEnd => token("}"),
        Error::ExpectedMapColon => token(":"),
        Error::ExpectedStructLike => token("("),
        Error::ExpectedOptionEnd | Error::ExpectedStructLikeEnd => token(")"),
        Error::ExpectedRangeSyntax => token(".."),
        Error::ExpectedNamedStructLike(name) if !name.is_empty() => {
            expected(&fill(c.a_struct, &[name]))
        }
        Error::ExpectedNamedStructLike(_) => token("("),
        Error::ExpectedDifferentStructName { expected: want, .. } => {
            expected(&fill(c.a_struct, &[want]))
        }
        Error::ExpectedStructName(want) => expected(&fill(c.a_struct, &[want])),
        Error::ExpectedBoolean => expected(c.a_boolean),
        Error::ExpectedChar => expected(c.a_char),
        Error::ExpectedFloat => expected(c.a_number),
        Error::ExpectedInteger => expected(c.an_integer),
        Error::ExpectedOption => expected(c.an_option),
        Error::ExpectedUnit => expected(c.a_unit),
        Error::ExpectedString | Error::ExpectedByteString | Error::ExpectedByteLiteral => {
            expected(c.a_string)
        }
        Error::ExpectedIdentifier => expected(c.a_name),
        Error::ExpectedStringEnd => c.ron_string_end.to_string(),
        Error::UnexpectedChar(ch) => fill(c.ron_unexpected_char, &[&format!("{ch:?}")]),
        Error::TrailingCharacters => c.ron_trailing.to_string(),
        Error::IntegerOutOfBounds => c.ron_out_of_bounds.to_string(),
        Error::InvalidIntegerDigit { digit, .. } => fill(c.ron_digit, &[&format!("{digit:?}")]),
        Error::FloatUnderscore | Error::UnderscoreAtBeginning => c.ron_underscore.to_string(),
        Error::UnclosedBlockComment => c.ron_comment.to_string(),
        Error::InvalidEscape(why) => fill(c.ron_escape, &[why]),
        Error::NoSuchExtension(name) => fill(c.ron_extension, &[name]),
        Error::InvalidIdentifier(name) | Error::SuggestRawIdentifier(name) => {
            fill(c.ron_identifier, &[&format!("{name:?}")])
        }
        Error::Utf8Error(_) => c.not_utf8.to_string(),
        Error::ExceededRecursionLimit => c.ron_too_deep.to_string(),
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown(c, c.ron_unknown_field, expected, found, outer.as_deref()),
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown(c, c.ron_unknown_variant, expected, found, outer.as_deref()),
        Error::MissingStructField { field, outer } => match outer {
            Some(outer) => fill(c.ron_missing_field, &[field, outer]),
            None => fill(c.ron_missing_top, &[field]),
        },
        Error::DuplicateStructField { field, outer } => match outer {
            Some(outer) => fill(c.ron_duplicate_field, &[field, outer]),
            None => fill(c.ron_duplicate_top, &[field]),
        },
        Error::InvalidValueForType { expected, found } => fill(
            c.ron_expected_found,
            &[&serde_expected(c, expected), &serde_found(c, found)],
        ),
        Error::ExpectedDifferentLength { expected, found } => {
            fill(c.ron_length, &[&serde_expected(c, expected), found])
        }
        other => fill(c.ron_other, &[other]),
    }
}

/// An unknown field or value, with those that are allowed.
fn unknown(
    c: &CheckStrings,
    sentence: &str,
    allowed: &[&str],
    found: &str,
    outer: Option<&str>,
) -> String {
    let allowed = if allowed.is_empty() {
        c.ron_none_allowed.to_string()
    } else {
        fill(c.ron_one_of, &[&one_of(c, allowed)])
    };
    match outer {
        Some(outer) => fill(sentence, &[&found, &outer, &allowed]),
        None => fill(c.ron_unknown_name, &[&found, &allowed]),
    }
}

/// "`a`, `b` of `c`": names as written in the file.
fn one_of(c: &CheckStrings, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), c.or),
    }
}

/// Serde's description of what a type expects ("a string", "u32", "struct
/// Step"), in the interface language where it is one we know.
fn serde_expected(c: &CheckStrings, what: &str) -> String {
    let integers = [
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    ];
    match what {
        "a string" | "a borrowed string" | "string" => c.a_string.to_string(),
        "f32" | "f64" => c.a_number.to_string(),
        "a boolean" => c.a_boolean.to_string(),
        "a sequence" => c.a_list.to_string(),
        "a map" => c.a_map.to_string(),
        "unit" => c.a_unit.to_string(),
        "option" => c.an_option.to_string(),
        "a character" | "char" => c.a_char.to_string(),
        w if integers.contains(&w) => c.an_integer.to_string(),
        w => {
            if let Some(name) = w.strip_prefix("struct ") {
                fill(c.a_struct, &[&name])
            } else if let Some(name) = w.strip_prefix("enum ") {
                fill(c.an_enum, &[&name])
            } else {
                w.to_string()
            }
        }
    }
}

/// RON's description of what it found ("the string \"x\"", "the unsigned
/// integer `5`", "a sequence"), in the interface language.
fn serde_found(c: &CheckStrings, found: &str) -> String {
    let ticked = |rest: &str| rest.trim_matches('`').to_string();
    for prefix in [
        "the unsigned integer ",
        "the signed integer ",
        "the floating point number ",
    ] {
        if let Some(rest) = found.strip_prefix(prefix) {
            return fill(c.the_number, &[&ticked(rest)]);
        }
    }
    if let Some(rest) = found.strip_prefix("the string ") {
        return fill(c.the_string, &[&rest]);
    }
    for prefix in ["the boolean ", "the UTF-8 character "] {
        if let Some(rest) = found.strip_prefix(prefix) {
            return fill(c.the_value, &[&ticked(rest)]);
        }
    }
    match found {
        "a sequence" => c.a_list.to_string(),
        "a map" => c.a_map.to_string(),
        "a unit value" => c.a_unit.to_string(),
        "an optional value" => c.an_option.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(error: Error) -> (String, String) {
        (describe(&error, Lang::Nl), describe(&error, Lang::En))
    }

    #[test]
    fn a_missing_comma_says_where_the_comma_belongs_in_both_languages() {
        let (nl, en) = both(Error::ExpectedComma);
        assert_eq!(
            nl,
            "hier hoort een komma: zet er een na het vorige veld of element"
        );
        assert_eq!(
            en,
            "a comma belongs here: put one after the previous field or element"
        );
    }

    #[test]
    fn an_unknown_field_names_the_fields_allowed_joined_with_or() {
        let error = Error::NoSuchStructField {
            expected: &["id", "title", "steps"],
            found: "titel".into(),
            outer: Some("Case".into()),
        };
        let (nl, en) = both(error);
        assert_eq!(
            nl,
            "onbekend veld `titel` in `Case`; mogelijk zijn `id`, `title` of `steps`"
        );
        assert_eq!(
            en,
            "unknown field `titel` in `Case`; expected one of `id`, `title` or `steps`"
        );
    }

    #[test]
    fn a_wrong_type_says_what_belongs_and_what_is_there() {
        let error = Error::InvalidValueForType {
            expected: "u32".into(),
            found: "the string \"vijf\"".into(),
        };
        let (nl, en) = both(error);
        assert_eq!(
            nl,
            "hier hoort een geheel getal, maar er staat de tekst \"vijf\""
        );
        assert_eq!(
            en,
            "a whole number belongs here, but this is the string \"vijf\""
        );
        let list = Error::InvalidValueForType {
            expected: "a sequence".into(),
            found: "the unsigned integer `3`".into(),
        };
        assert_eq!(
            describe(&list, Lang::Nl),
            "hier hoort een lijst [...], maar er staat het getal 3"
        );
    }

    #[test]
    fn a_kind_without_words_of_its_own_keeps_rons_text_inside_ours() {
        let (nl, en) = both(Error::Message("bad date".into()));
        assert_eq!(nl, "ongeldige waarde: bad date");
        assert_eq!(en, "invalid value: bad date");
    }
}
