//! The lossless view of the input: spans, line/column conversion and the pointer → span lookup.
//!
//! Parsing uses `jsonc-parser`'s AST (strict JSON options), which keeps every member of an
//! object (duplicates and key spelling included) with its byte range. The structural pass and
//! the pointer lookup below both walk that tree; nothing else touches raw text.

use std::borrow::Cow;

use jsonc_parser::ast::{ObjectPropName, Value as Node};
use jsonc_parser::{CollectOptions, ParseOptions};
use serde::{Deserialize, Serialize};

use crate::pointer::JsonPointer;
use crate::schema::fold_key;

/// A byte range of the input.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
}

impl From<jsonc_parser::common::Range> for Span {
    fn from(range: jsonc_parser::common::Range) -> Self {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(span: Span) -> Self {
        (span.start, span.len()).into()
    }
}

/// The parser's nesting budget (jsonc-parser's own limit, which it counts per bracket and per
/// object member, so objects reach it at about half the depth of arrays). The create-cluster
/// model is about ten levels deep; the limit keeps hostile input from exhausting the stack,
/// natively and in wasm.
pub const MAX_NESTING_DEPTH: usize = 512;

/// Parses text as strict JSON (RFC 8259: no comments, trailing commas, single quotes,
/// unquoted keys or non-finite numbers — Go's `encoding/json` accepts none of them).
pub(crate) fn parse(text: &str) -> Result<Option<Node<'_>>, jsonc_parser::errors::ParseError> {
    let options = ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    jsonc_parser::parse_to_ast(text, &CollectOptions::default(), &options)
        .map(|result| result.value)
}

/// The key of an object member as written (after unescaping).
pub(crate) fn key_text<'a>(name: &'a ObjectPropName<'_>) -> &'a str {
    match name {
        ObjectPropName::String(literal) => &literal.value,
        ObjectPropName::Word(word) => word.value,
    }
}

fn key_span(name: &ObjectPropName<'_>) -> Span {
    match name {
        ObjectPropName::String(literal) => literal.range.into(),
        ObjectPropName::Word(word) => word.range.into(),
    }
}

/// Whether two keys are the same to Go's decoder (exact, else case-folded); ASCII keys — all
/// of the model's — compare without allocating.
pub(crate) fn keys_match(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a == b || fold_key(a) == fold_key(b)
    }
}

/// The byte range of a node.
pub(crate) fn node_span(node: &Node<'_>) -> Span {
    match node {
        Node::StringLit(n) => n.range.into(),
        Node::NumberLit(n) => n.range.into(),
        Node::BooleanLit(n) => n.range.into(),
        Node::Object(n) => n.range.into(),
        Node::Array(n) => n.range.into(),
        Node::NullKeyword(n) => n.range.into(),
    }
}

/// Where a pointer lands in the source: the best span to underline, and whether the pointer
/// names something that is there (rather than a missing key under an existing parent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) span: Span,
    pub(crate) exists: bool,
}

/// Resolves a canonical pointer against the document the way the server reads it: keys match
/// case-insensitively and the last duplicate wins (objects merge, so earlier duplicates are
/// searched too when the last one lacks the rest of the path).
pub(crate) fn resolve(root: &Node<'_>, pointer: &JsonPointer) -> Resolved {
    let segments: Vec<Cow<'_, str>> = pointer.raw_segments().collect();
    resolve_in(root, &segments, None).unwrap_or(Resolved {
        span: first_byte(node_span(root)),
        exists: segments.is_empty(),
    })
}

fn resolve_in(node: &Node<'_>, segments: &[Cow<'_, str>], key: Option<Span>) -> Option<Resolved> {
    let Some((first, rest)) = segments.split_first() else {
        return Some(Resolved {
            span: display_span(node, key),
            exists: true,
        });
    };
    match node {
        Node::Object(object) => {
            let mut matches = object
                .properties
                .iter()
                .rev()
                .filter(|member| keys_match(key_text(&member.name), first))
                .peekable();
            matches.peek()?;
            let mut fallback = None;
            for member in matches {
                let found = resolve_in(&member.value, rest, Some(key_span(&member.name)));
                match found {
                    Some(resolved) if resolved.exists => return Some(resolved),
                    Some(resolved) => {
                        fallback.get_or_insert(resolved);
                    }
                    None => {
                        fallback.get_or_insert(Resolved {
                            span: key_span(&member.name),
                            exists: false,
                        });
                    }
                }
            }
            fallback
        }
        Node::Array(array) => {
            let element = first
                .parse::<usize>()
                .ok()
                .and_then(|index| array.elements.get(index))?;
            resolve_in(element, rest, None).or(Some(Resolved {
                span: display_span(element, None),
                exists: false,
            }))
        }
        _ => None,
    }
}

/// The span that reads best for a node: a scalar's own text; for an object or array, its key
/// (or its opening bracket when it has no key) rather than many lines.
fn display_span(node: &Node<'_>, key: Option<Span>) -> Span {
    match node {
        Node::Object(_) | Node::Array(_) => key.unwrap_or_else(|| first_byte(node_span(node))),
        scalar => node_span(scalar),
    }
}

fn first_byte(span: Span) -> Span {
    Span::new(span.start, span.start + usize::from(!span.is_empty()))
}

/// Converts byte offsets to 1-based lines and columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineColumn {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in the unit the caller asked for.
    pub column: usize,
}

/// How columns are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnUnit {
    /// Unicode scalar values (what a terminal or most editors show).
    Chars,
    /// UTF-16 code units (JavaScript strings, LSP).
    Utf16,
}

impl LineIndex {
    /// Indexes the line starts of `text` (`\n`, `\r\n` and a lone `\r` end a line).
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        for index in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[index] == b'\n' || bytes.get(index + 1) != Some(&b'\n') {
                line_starts.push(index + 1);
            }
        }
        LineIndex { line_starts }
    }

    /// The line and column of a byte offset (clamped to the text and to a char boundary).
    pub fn line_column(&self, text: &str, offset: usize, unit: ColumnUnit) -> LineColumn {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .line_starts
            .partition_point(|start| *start <= offset)
            .max(1);
        let line_start = self.line_starts[line - 1];
        let before = &text[line_start..offset];
        let column = match unit {
            ColumnUnit::Chars => before.chars().count(),
            ColumnUnit::Utf16 => before.encode_utf16().count(),
        };
        LineColumn {
            line,
            column: column + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_columns_count_chars_and_utf16() {
        let text = "{\n  \"a\": \"中😀x\"\r\n}";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap_or_default();
        assert_eq!(
            index.line_column(text, 0, ColumnUnit::Chars),
            LineColumn { line: 1, column: 1 }
        );
        assert_eq!(
            index.line_column(text, x, ColumnUnit::Chars),
            LineColumn {
                line: 2,
                column: 11
            }
        );
        assert_eq!(
            index.line_column(text, x, ColumnUnit::Utf16),
            LineColumn {
                line: 2,
                column: 12
            }
        );
        assert_eq!(
            index.line_column(text, text.len(), ColumnUnit::Chars).line,
            3
        );
    }

    #[test]
    fn resolve_prefers_the_last_duplicate_and_folds_case() {
        let text = r#"{"a": {"b": 1}, "A": {"c": 2}}"#;
        let root = parse(text).ok().flatten().expect("valid JSON");
        let found = resolve(&root, &JsonPointer::from_segments(["a", "b"]));
        assert!(found.exists);
        assert_eq!(&text[found.span.start..found.span.end], "1");
        let found = resolve(&root, &JsonPointer::from_segments(["a", "c"]));
        assert_eq!(&text[found.span.start..found.span.end], "2");
        let missing = resolve(&root, &JsonPointer::from_segments(["a", "zzz"]));
        assert!(!missing.exists);
        assert_eq!(&text[missing.span.start..missing.span.end], "\"A\"");
    }
}

/// What Go's decoder does differently from the parser inside string literals.
#[derive(Debug, Default)]
pub(crate) struct StringScan {
    /// Offsets of the first raw control character (U+0000–U+001F) of each string that has
    /// one: Go rejects them.
    pub(crate) control_characters: Vec<usize>,
    /// `\uXXXX` escapes of unpaired surrogates: Go decodes them as U+FFFD, the parser rejects.
    pub(crate) lone_surrogates: Vec<Span>,
}

/// Scans the string literals of `text` (a lexical pass that needs no valid JSON).
pub(crate) fn scan_strings(text: &str) -> StringScan {
    let bytes = text.as_bytes();
    let mut scan = StringScan::default();
    let mut index = 0;
    // Jumps from quote to quote with memchr: this pass reads every byte of the input, so it
    // must cost little more than a copy.
    while let Some(offset) = memchr::memchr(b'"', &bytes[index..]) {
        let string_start = index + offset;
        index = string_start + 1;
        loop {
            let rest = &bytes[index..];
            let stop = memchr::memchr2(b'"', b'\\', rest).unwrap_or(rest.len());
            // One finding per string: the first raw control character in it.
            if let Some(control) = rest[..stop].iter().position(|byte| *byte < 0x20) {
                if scan
                    .control_characters
                    .last()
                    .is_none_or(|last| *last < string_start)
                {
                    scan.control_characters.push(index + control);
                }
            }
            index += stop;
            match bytes.get(index) {
                None => return scan,
                Some(b'"') => {
                    index += 1;
                    break;
                }
                Some(_) if bytes.get(index + 1) == Some(&b'u') => {
                    let Some(unit) = hex_unit(bytes, index + 2) else {
                        index += 2;
                        continue;
                    };
                    let paired = (0xD800..0xDC00).contains(&unit)
                        && bytes.get(index + 6) == Some(&b'\\')
                        && bytes.get(index + 7) == Some(&b'u')
                        && hex_unit(bytes, index + 8)
                            .is_some_and(|low| (0xDC00..0xE000).contains(&low));
                    if paired {
                        index += 12;
                        continue;
                    }
                    if (0xD800..0xE000).contains(&unit) {
                        scan.lone_surrogates.push(Span::new(index, index + 6));
                    }
                    index += 6;
                }
                // Any other escape: skip the backslash and the byte it escapes.
                Some(_) => index += 2,
            }
            index = index.min(bytes.len());
        }
    }
    scan
}

fn hex_unit(bytes: &[u8], start: usize) -> Option<u32> {
    let digits = bytes.get(start..start + 4)?;
    let text = std::str::from_utf8(digits).ok()?;
    u32::from_str_radix(text, 16).ok()
}

/// Spans of the values that follow secret-looking keys, found lexically so that they can be
/// masked even in text that does not parse (strings, numbers and bare words).
pub(crate) fn secret_values_lexically(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut index = 0;
    let mut last_token: Option<Span> = None;
    let mut awaiting_value = false;
    while index < bytes.len() {
        let byte = bytes[index];
        let token = match byte {
            b'"' | b'\'' => {
                let mut end = index + 1;
                while end < bytes.len() && bytes[end] != byte {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                Some(Span::new(index, (end + 1).min(bytes.len())))
            }
            b if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b >= 0x80 => {
                let mut end = index;
                while end < bytes.len() && {
                    let b = bytes[end];
                    b.is_ascii_alphanumeric()
                        || b == b'-'
                        || b == b'_'
                        || b == b'.'
                        || b == b'+'
                        || b >= 0x80
                } {
                    end += 1;
                }
                Some(Span::new(index, end))
            }
            b':' => {
                awaiting_value =
                    last_token.is_some_and(|key| is_secret_key(&text[key.start..key.end]));
                index += 1;
                continue;
            }
            b if b.is_ascii_whitespace() => {
                index += 1;
                continue;
            }
            _ => {
                awaiting_value = false;
                last_token = None;
                index += 1;
                continue;
            }
        };
        if let Some(span) = token {
            if awaiting_value {
                spans.push(span);
                awaiting_value = false;
            }
            last_token = Some(span);
            index = span.end.max(index + 1);
        }
    }
    spans
}

/// Whether a key (quoted or not) names a secret: the model's secret fields and anything that
/// looks like a password.
pub(crate) fn is_secret_key(key: &str) -> bool {
    let folded = fold_key(key.trim_matches(['"', '\'']));
    ["password", "passwd", "pwd", "secret", "privatekey"]
        .iter()
        .any(|word| folded.contains(word))
        || folded.ends_with("pw")
}
