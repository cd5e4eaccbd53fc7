//! Identifiers: the rules of FORMAT.md.

/// True for a valid id: lowercase `a-z`, `0-9` and `-`, starting with a letter.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
}

/// Splits a `SET/THEME` reference into its two ids.
pub fn split_theme_ref(reference: &str) -> Option<(&str, &str)> {
    let (set, theme) = reference.split_once('/')?;
    (is_valid_id(set) && is_valid_id(theme)).then_some((set, theme))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_start_with_a_letter_and_use_lowercase_digits_and_dashes() {
        assert!(is_valid_id("signaal-van-school"));
        assert!(is_valid_id("a1"));
        assert!(!is_valid_id("1a"));
        assert!(!is_valid_id("Signaal"));
        assert!(!is_valid_id("met spatie"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("één"));
    }

    #[test]
    fn theme_reference_has_a_set_and_a_theme() {
        assert_eq!(
            split_theme_ref("eigenwijs/mandaat"),
            Some(("eigenwijs", "mandaat"))
        );
        assert_eq!(split_theme_ref("mandaat"), None);
        assert_eq!(split_theme_ref("eigenwijs/"), None);
    }
}
