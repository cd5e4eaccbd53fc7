//! What `casus check` and the library loader say about a file: every
//! diagnostic's sentence, RON's own syntax errors rewritten too
//! ([`crate::library`] picks the sentence, this table words it). Its own file
//! beside the interface table (the same rule: the library's `check` is the
//! interface's), so that `strings.rs` stays under 400 lines;
//! [`super::Strings::check`] points here and the placeholder test sees these
//! fields as `check.NAME`.

/// Diagnostics of library files, in one language.
#[derive(Debug)]
pub struct CheckStrings {
    /// `check` found nothing: {} files.
    pub clean: &'static str,
    /// `check` summary: {} errors, {} warnings, {} files.
    pub summary: &'static str,
    /// No files found to check.
    pub nothing: &'static str,
    /// A case, as the subject of an id message.
    pub what_case: &'static str,
    /// A decision point, as the subject of an id message.
    pub what_step: &'static str,
    /// A theme set, as the subject of an id message.
    pub what_theme_set: &'static str,
    /// A theme, as the subject of an id message.
    pub what_theme: &'static str,
    /// A method, as the subject of an id message.
    pub what_method: &'static str,
    /// A phase, as the subject of an id message.
    pub what_phase: &'static str,
    /// One decision point, after "at least".
    pub one_step: &'static str,
    /// One theme, after "at least".
    pub one_theme: &'static str,
    /// One phase, after "at least".
    pub one_phase: &'static str,
    /// {} the schema version found, {} the version read.
    pub schema_unknown: &'static str,
    /// {} what (case, step…), {} the id.
    pub id_invalid: &'static str,
    /// {} what, {} the id.
    pub id_twice: &'static str,
    /// {} the field, {} one item.
    pub needs_one: &'static str,
    /// {} the phase id, {} its minutes.
    pub minutes: &'static str,
    /// {} the number of Steps phases.
    pub one_steps_phase: &'static str,
    /// {} the SET/THEME reference.
    pub theme_unknown: &'static str,
    /// {} what kind of number.
    pub case_bsn: &'static str,
    /// {} what kind of personal data.
    pub case_personal: &'static str,
    /// {} the id, {} the other file.
    pub id_taken: &'static str,
    /// {} the id, {} the file overridden.
    pub overrides: &'static str,
    /// {} the system's reason.
    pub cannot_read: &'static str,
    /// Not UTF-8.
    pub not_utf8: &'static str,
    /// Not a regular file (a reason after cannot_read).
    pub not_regular: &'static str,
    /// The kind of file cannot be told.
    pub unknown_kind: &'static str,
    /// A session from a newer casus: {} its version, {} the newest read.
    pub session_newer: &'static str,
    /// RON: the file ends too soon.
    pub ron_eof: &'static str,
    /// RON: a missing comma.
    pub ron_comma: &'static str,
    /// RON: {} the character or bracket expected.
    pub ron_expected_token: &'static str,
    /// RON: {} the kind of value expected.
    pub ron_expected: &'static str,
    /// RON: {} what was expected, {} what was found.
    pub ron_expected_found: &'static str,
    /// RON: a string without its closing quote.
    pub ron_string_end: &'static str,
    /// RON: {} a character that does not belong here.
    pub ron_unexpected_char: &'static str,
    /// RON: text after the item's closing bracket.
    pub ron_trailing: &'static str,
    /// RON: {} the field, {} the struct, {} the fields allowed.
    pub ron_unknown_field: &'static str,
    /// RON: {} the value, {} the type, {} the values allowed.
    pub ron_unknown_variant: &'static str,
    /// RON: {} a field or value where no type is named, {} those allowed.
    pub ron_unknown_name: &'static str,
    /// RON: {} the field, where no type is named.
    pub ron_missing_top: &'static str,
    /// RON: {} the field, where no type is named.
    pub ron_duplicate_top: &'static str,
    /// RON: {} the fields or values allowed, joined.
    pub ron_one_of: &'static str,
    /// RON: nothing is allowed here.
    pub ron_none_allowed: &'static str,
    /// RON: {} the field, {} the struct.
    pub ron_missing_field: &'static str,
    /// RON: {} the field, {} the struct.
    pub ron_duplicate_field: &'static str,
    /// RON: {} how many, {} items expected.
    pub ron_length: &'static str,
    /// RON: a number too large or too small.
    pub ron_out_of_bounds: &'static str,
    /// RON: {} the digit.
    pub ron_digit: &'static str,
    /// RON: an underscore in the wrong place of a number.
    pub ron_underscore: &'static str,
    /// RON: an unclosed block comment.
    pub ron_comment: &'static str,
    /// RON: {} what is wrong with the escape.
    pub ron_escape: &'static str,
    /// RON: {} the extension.
    pub ron_extension: &'static str,
    /// RON: {} the name.
    pub ron_identifier: &'static str,
    /// RON: nested too deeply.
    pub ron_too_deep: &'static str,
    /// RON: anything else, {} its own words.
    pub ron_other: &'static str,
    /// Joins the last two names: "a, b of c".
    pub or: &'static str,
    /// Serde: text.
    pub a_string: &'static str,
    /// Serde: a whole number.
    pub an_integer: &'static str,
    /// Serde: any number.
    pub a_number: &'static str,
    /// Serde: true or false.
    pub a_boolean: &'static str,
    /// Serde: a list.
    pub a_list: &'static str,
    /// Serde: a map.
    pub a_map: &'static str,
    /// Serde: `()`.
    pub a_unit: &'static str,
    /// Serde: an optional value.
    pub an_option: &'static str,
    /// Serde: one character.
    pub a_char: &'static str,
    /// Serde: a name (identifier).
    pub a_name: &'static str,
    /// Serde: {} a struct's name.
    pub a_struct: &'static str,
    /// Serde: {} an enum's name.
    pub an_enum: &'static str,
    /// Serde, found: {} the text.
    pub the_string: &'static str,
    /// Serde, found: {} the number.
    pub the_number: &'static str,
    /// Serde, found: {} the value as written.
    pub the_value: &'static str,
}

/// Dutch.
pub static NL: CheckStrings = CheckStrings {
    clean: "Bestanden gecontroleerd: {}. Geen problemen.",
    summary: "Fouten: {}, waarschuwingen: {}, bestanden: {}.",
    nothing: "casus: geen .ron-bestanden gevonden om te controleren.",
    what_case: "casus",
    what_step: "beslismoment",
    what_theme_set: "themaset",
    what_theme: "thema",
    what_method: "methode",
    what_phase: "fase",
    one_step: "beslismoment",
    one_theme: "thema",
    one_phase: "fase",
    schema_unknown: "schema_version {} kent deze casus niet; deze versie leest versie {}",
    id_invalid: "{}-id {} is niet geldig: gebruik kleine letters a-z, cijfers 0-9 en '-', en begin met een letter",
    id_twice: "{}-id {} komt twee keer voor",
    needs_one: "`{}` heeft minstens één {} nodig",
    minutes: "fase {} heeft {} minuten; gebruik 1 tot en met 240",
    one_steps_phase: "een methode heeft precies één fase van soort Steps nodig; deze heeft er {}",
    theme_unknown: "voorgesteld thema {} is geen SET/THEMA uit een geladen themaset",
    case_bsn: "dit lijkt een burgerservicenummer ({}); een casus mag er nooit een bevatten",
    case_personal: "dit lijken persoonsgegevens ({}); anonimiseer ze voordat je de casus deelt",
    id_taken: "id {} wordt al gebruikt door {}; dit bestand wordt overgeslagen",
    overrides: "{} vervangt {}: dit bestand telt",
    cannot_read: "het bestand kan niet gelezen worden: {}",
    not_utf8: "het bestand is geen UTF-8-tekst",
    not_regular: "geen gewoon bestand",
    unknown_kind: "niet te zien wat dit bestand is: een casus heeft `steps`, een themaset `themes`, een methode `phases`",
    session_newer: "deze sessie is geschreven door een nieuwere casus (schema_version {}); deze leest tot en met versie {}",
    ron_eof: "het bestand houdt te vroeg op: sluit elk haakje en elke tekst af",
    ron_comma: "hier hoort een komma: zet er een na het vorige veld of element",
    ron_expected_token: "hier hoort `{}`",
    ron_expected: "hier hoort {}",
    ron_expected_found: "hier hoort {}, maar er staat {}",
    ron_string_end: "deze tekst wordt niet afgesloten: een \" ontbreekt",
    ron_unexpected_char: "het teken {} hoort hier niet",
    ron_trailing: "na het laatste haakje staat nog tekst",
    ron_unknown_field: "onbekend veld `{}` in `{}`; {}",
    ron_unknown_variant: "onbekende waarde `{}` voor `{}`; {}",
    ron_unknown_name: "onbekende naam `{}`; {}",
    ron_missing_top: "het veld `{}` ontbreekt",
    ron_duplicate_top: "het veld `{}` staat er twee keer",
    ron_one_of: "mogelijk zijn {}",
    ron_none_allowed: "hier is niets mogelijk",
    ron_missing_field: "het veld `{}` ontbreekt in `{}`",
    ron_duplicate_field: "het veld `{}` staat twee keer in `{}`",
    ron_length: "hier horen {}, maar er staan er {}",
    ron_out_of_bounds: "dit getal is te groot of te klein",
    ron_digit: "{} is hier geen geldig cijfer",
    ron_underscore: "een _ staat hier verkeerd in het getal",
    ron_comment: "een /* commentaar */ wordt niet afgesloten",
    ron_escape: "ongeldige \\-code in de tekst ({})",
    ron_extension: "onbekende RON-uitbreiding `{}`",
    ron_identifier: "ongeldige naam {}",
    ron_too_deep: "het bestand is te diep genest",
    ron_other: "ongeldige waarde: {}",
    or: "of",
    a_string: "een tekst tussen aanhalingstekens",
    an_integer: "een geheel getal",
    a_number: "een getal",
    a_boolean: "true of false",
    a_list: "een lijst [...]",
    a_map: "een map {...}",
    a_unit: "()",
    an_option: "een optionele waarde",
    a_char: "één teken",
    a_name: "een naam",
    a_struct: "een `{}` (...)",
    an_enum: "een waarde voor `{}`",
    the_string: "de tekst {}",
    the_number: "het getal {}",
    the_value: "`{}`",
};

/// English.
pub static EN: CheckStrings = CheckStrings {
    clean: "Files checked: {}. No problems.",
    summary: "Errors: {}, warnings: {}, files: {}.",
    nothing: "casus: no .ron files found to check.",
    what_case: "case",
    what_step: "step",
    what_theme_set: "theme set",
    what_theme: "theme",
    what_method: "method",
    what_phase: "phase",
    one_step: "decision point",
    one_theme: "theme",
    one_phase: "phase",
    schema_unknown: "schema_version {} is not known to this casus, which reads version {}",
    id_invalid: "{} id {} is not valid: use lowercase a-z, 0-9 and '-', starting with a letter",
    id_twice: "{} id {} is used twice",
    needs_one: "`{}` needs at least one {}",
    minutes: "phase {} has {} minutes; use 1 to 240",
    one_steps_phase: "a method needs exactly one phase of kind Steps, this one has {}",
    theme_unknown: "suggested theme {} is not a loaded SET/THEME",
    case_bsn: "this looks like a citizen service number ({}); a case must never hold one",
    case_personal: "this looks like personal data ({}); anonymise it before sharing the case",
    id_taken: "id {} is already used by {}; this file is ignored",
    overrides: "{} overrides {}: this file wins",
    cannot_read: "cannot read the file: {}",
    not_utf8: "the file is not UTF-8 text",
    not_regular: "not a regular file",
    unknown_kind: "cannot tell what this file is: a case has `steps`, a theme set `themes`, a method `phases`",
    session_newer: "this session was written by a newer casus (schema_version {}); this one reads up to {}",
    ron_eof: "the file ends too soon: close every bracket and every string",
    ron_comma: "a comma belongs here: put one after the previous field or element",
    ron_expected_token: "`{}` belongs here",
    ron_expected: "{} belongs here",
    ron_expected_found: "{} belongs here, but this is {}",
    ron_string_end: "this string is not closed: a \" is missing",
    ron_unexpected_char: "the character {} does not belong here",
    ron_trailing: "there is more text after the last bracket",
    ron_unknown_field: "unknown field `{}` in `{}`; {}",
    ron_unknown_variant: "unknown value `{}` for `{}`; {}",
    ron_unknown_name: "unknown name `{}`; {}",
    ron_missing_top: "the field `{}` is missing",
    ron_duplicate_top: "the field `{}` is given twice",
    ron_one_of: "expected one of {}",
    ron_none_allowed: "nothing is possible here",
    ron_missing_field: "the field `{}` is missing in `{}`",
    ron_duplicate_field: "the field `{}` is given twice in `{}`",
    ron_length: "{} belong here, but there are {}",
    ron_out_of_bounds: "this number is too large or too small",
    ron_digit: "{} is not a valid digit here",
    ron_underscore: "an _ is in the wrong place in this number",
    ron_comment: "a /* comment */ is not closed",
    ron_escape: "invalid \\ escape in the string ({})",
    ron_extension: "unknown RON extension `{}`",
    ron_identifier: "invalid name {}",
    ron_too_deep: "the file is nested too deeply",
    ron_other: "invalid value: {}",
    or: "or",
    a_string: "a string in quotes",
    an_integer: "a whole number",
    a_number: "a number",
    a_boolean: "true or false",
    a_list: "a list [...]",
    a_map: "a map {...}",
    a_unit: "()",
    an_option: "an optional value",
    a_char: "one character",
    a_name: "a name",
    a_struct: "a `{}` (...)",
    an_enum: "a value for `{}`",
    the_string: "the string {}",
    the_number: "the number {}",
    the_value: "`{}`",
};
