//! Text from files is untrusted: what it may look like when it leaves casus.
//!
//! Every string in a case, theme set or session file may have come from
//! someone else's machine (a shared folder, a mailed case). Three places
//! would otherwise obey it:
//! - a **terminal** runs escape sequences (retitle, clear, hyperlinks), so
//!   [`terminal`] drops control characters;
//! - a **spreadsheet** runs a cell that starts with `=`, `+`, `-` or `@` as a
//!   formula (and a leading tab or carriage return hides one), so
//!   [`csv_cell`] puts a `'` before it, as OWASP advises;
//! - a **Markdown viewer** renders raw HTML, links and images (scripts,
//!   tracking pixels, `javascript:` links), so [`markdown`] escapes what would
//!   start them; the text still reads as typed.
//!
//! Pure functions, no I/O; each borrows when nothing needs changing.

use std::borrow::Cow;

/// True for the characters that must not reach a terminal: C0 controls
/// except newline and tab, DEL, and the C1 controls (ESC is C0).
fn is_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The text without control characters, safe to print: newline and tab are
/// kept, and so is a carriage return before a newline (a CRLF line end, as
/// the Dutch Excel CSV has).
pub fn terminal(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let dropped =
        |i: usize, c: char| is_control(c) && !(c == '\r' && bytes.get(i + 1) == Some(&b'\n'));
    if text.char_indices().any(|(i, c)| dropped(i, c)) {
        Cow::Owned(
            text.char_indices()
                .filter(|&(i, c)| !dropped(i, c))
                .map(|(_, c)| c)
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// The text as one line for a terminal table or list: controls dropped,
/// newlines and tabs as spaces.
pub fn terminal_line(text: &str) -> Cow<'_, str> {
    if text
        .chars()
        .any(|c| is_control(c) || c == '\n' || c == '\t')
    {
        Cow::Owned(
            text.chars()
                .filter(|c| !is_control(*c))
                .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// A CSV cell a spreadsheet will show as text: controls dropped, and a `'`
/// before a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    let clean: Cow<str> = if text
        .chars()
        .any(|c| is_control(c) && c != '\r' && c != '\n')
    {
        Cow::Owned(
            text.chars()
                .filter(|c| !is_control(*c) || *c == '\r' || *c == '\n')
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    };
    if clean.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{clean}"))
    } else {
        clean
    }
}

/// Text for a Markdown report: controls dropped, and a backslash before each
/// character that could start HTML, an autolink, a link or an image
/// (`<`, `>`, `[`, `]`, and `\` itself), and before an `&` that would start an
/// entity. Emphasis and line-start markup are left alone: they cannot run
/// anything, and the report stays readable as plain text.
pub fn markdown(text: &str) -> Cow<'_, str> {
    let needs = text.char_indices().any(|(i, c)| {
        is_control(c) || matches!(c, '<' | '>' | '[' | ']' | '\\') || entity_at(text, i)
    });
    if !needs {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        if is_control(c) {
            continue;
        }
        if matches!(c, '<' | '>' | '[' | ']' | '\\') || entity_at(text, i) {
            out.push('\\');
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// True when an `&` at byte `i` starts something a renderer reads as an
/// entity: `&name;`, `&#123;` or `&#x1F;`.
fn entity_at(text: &str, i: usize) -> bool {
    let Some(rest) = text[i..].strip_prefix('&') else {
        return false;
    };
    let body: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    !body.is_empty() && rest[body.len()..].starts_with(';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_name_cannot_retitle_or_clear_the_terminal() {
        let hostile = "G\u{1b}]0;title\u{7}\u{1b}[2J\u{9b}31m";
        let shown = terminal(hostile);
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert_eq!(shown, "G]0;title[2J31m");
    }

    #[test]
    fn newlines_and_tabs_stay_in_text_but_not_in_a_line() {
        assert_eq!(terminal("a\nb\tc\r"), "a\nb\tc");
        assert_eq!(terminal("a;b\r\nc\rd"), "a;b\r\ncd");
        assert_eq!(terminal_line("a\nb\tc"), "a b c");
        assert!(matches!(terminal("gewoon tekst"), Cow::Borrowed(_)));
    }

    #[test]
    fn every_formula_start_is_defused() {
        for cell in ["=SUM(A1)", "+31 6", "-1", "@cmd", "\t=1", "\r=1"] {
            assert!(csv_cell(cell).starts_with('\''), "{cell:?}");
        }
        assert_eq!(csv_cell("bel de ouders"), "bel de ouders");
        assert_eq!(csv_cell("\u{1b}=1"), "'=1");
        assert_eq!(csv_cell("regel 1\nregel 2"), "regel 1\nregel 2");
    }

    #[test]
    fn html_links_and_images_are_shown_not_run() {
        assert_eq!(
            markdown("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(
            markdown("![x](https://t.example/p.gif)"),
            "!\\[x\\](https://t.example/p.gif)"
        );
        assert_eq!(
            markdown("[klik](javascript:alert(1))"),
            "\\[klik\\](javascript:alert(1))"
        );
        assert_eq!(markdown("&lt;b&gt; &#60;"), "\\&lt;b\\&gt; \\&#60;");
        assert_eq!(markdown("jeugd & gezin"), "jeugd & gezin");
        assert_eq!(markdown("C:\\map"), "C:\\\\map");
    }
}
