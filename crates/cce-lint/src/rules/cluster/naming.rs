//! Baidu-wide naming and tagging character rules shared by the cluster rules (CCE202, CCE215).

/// A CJK unified ideograph (what Baidu's rules call a Chinese character).
pub(crate) fn is_chinese(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Letters, digits, Chinese and `-_ /.`: the characters Baidu allows in names and tags.
pub(crate) fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_chinese(c) || matches!(c, '-' | '_' | ' ' | '/' | '.')
}

/// The first character of `text` outside [`is_name_char`], if any.
pub(crate) fn first_bad_char(text: &str) -> Option<char> {
    text.chars().find(|c| !is_name_char(*c))
}

/// How a character is shown in a message: quoted, or as its code point when invisible.
pub(crate) fn show_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("`{c}`")
    }
}
