//! Spans, line/column conversion and the pointer → span lookup over the lossless tree
//! ([`crate::tree`]), which keeps every member of an object (duplicates and key spelling
//! included) with its byte range. Every front end gets its locations from here.

use std::borrow::Cow;
use std::cell::Cell;

use serde::{Deserialize, Serialize};

use crate::pointer::JsonPointer;
use crate::schema::fold_key;
use crate::tree::{Kind, NodeId, Tree};

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

    /// The span clamped to `text` and widened to whole characters (a byte count taken from an
    /// escape or a token can end inside a multi-byte character).
    pub fn whole_chars(self, text: &str) -> Span {
        let mut start = self.start.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = self.end.clamp(start, text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        Span { start, end }
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(span: Span) -> Self {
        (span.start, span.len()).into()
    }
}

/// The parser's nesting budget: arrays and objects nested deeper are a syntax error. The
/// create-cluster model is about ten levels deep; the limit keeps hostile input from
/// exhausting the stack, natively and in wasm (Go's own decoder stops at 10,000).
pub const MAX_NESTING_DEPTH: usize = 512;

/// Whether two keys are the same to Go's decoder (exact, else case-folded); ASCII keys — all
/// of the model's — compare without allocating.
pub(crate) fn keys_match(a: &str, b: &str) -> bool {
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    // Go's folds also map some non-ASCII letters onto ASCII ones (`ſ` ≡ `s`, `K` ≡ `k`).
    !(a.is_ascii() && b.is_ascii()) && fold_key(a) == fold_key(b)
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
pub(crate) fn resolve(tree: &Tree<'_>, pointer: &JsonPointer) -> Resolved {
    let root = tree.root();
    resolve_in(tree, root, pointer.raw_segments(), None).unwrap_or(Resolved {
        span: first_byte(tree.span(root)),
        exists: pointer.as_str().is_empty(),
    })
}

fn resolve_in<'p>(
    tree: &Tree<'_>,
    node: NodeId,
    mut segments: impl Iterator<Item = Cow<'p, str>> + Clone,
    key: Option<Span>,
) -> Option<Resolved> {
    let Some(first) = segments.next() else {
        return Some(Resolved {
            span: display_span(tree, node, key),
            exists: true,
        });
    };
    match tree.kind(node) {
        Kind::Object => {
            // The last match that has the rest of the path wins; else the last match.
            let mut found = None;
            let mut fallback = None;
            for member in tree
                .members(node)
                .filter(|member| keys_match(tree.str(member.key), &first))
            {
                let key_span = tree.span(member.key);
                match resolve_in(tree, member.value, segments.clone(), Some(key_span)) {
                    Some(resolved) if resolved.exists => found = Some(resolved),
                    Some(resolved) => fallback = Some(resolved),
                    None => {
                        fallback = Some(Resolved {
                            span: key_span,
                            exists: false,
                        })
                    }
                }
            }
            found.or(fallback)
        }
        Kind::Array => {
            let element = first
                .parse::<usize>()
                .ok()
                .and_then(|index| tree.element(node, index))?;
            resolve_in(tree, element, segments, None).or(Some(Resolved {
                span: display_span(tree, element, None),
                exists: false,
            }))
        }
        _ => None,
    }
}

/// The span that reads best for a node: a scalar's own text; for an object or array, its key
/// (or its opening bracket when it has no key) rather than many lines.
fn display_span(tree: &Tree<'_>, node: NodeId, key: Option<Span>) -> Span {
    match tree.kind(node) {
        Kind::Object | Kind::Array => key.unwrap_or_else(|| first_byte(tree.span(node))),
        _ => tree.span(node),
    }
}

fn first_byte(span: Span) -> Span {
    Span::new(span.start, span.start + usize::from(!span.is_empty()))
}

/// Converts byte offsets to 1-based lines and columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// The last position located (offset, unit, 0-based column), to count on from: findings
    /// come sorted by position, and counting every column from its line's start was quadratic
    /// on a long line (a minified document with many findings).
    last: Cell<Option<(usize, ColumnUnit, usize)>>,
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
        LineIndex {
            line_starts,
            last: Cell::new(None),
        }
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
        // One past the line's last offset (the next line's start, or past the text's end).
        let line_end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(text.len() + 1);
        let count = |between: &str| match unit {
            ColumnUnit::Chars => between.chars().count(),
            ColumnUnit::Utf16 => between.encode_utf16().count(),
        };
        let column = match self.last.get() {
            Some((last, last_unit, counted))
                if last_unit == unit && (line_start..line_end).contains(&last) =>
            {
                if last <= offset {
                    counted + count(&text[last..offset])
                } else {
                    counted - count(&text[offset..last])
                }
            }
            _ => count(&text[line_start..offset]),
        };
        self.last.set(Some((offset, unit, column)));
        LineColumn {
            line,
            column: column + 1,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_columns_counted_on_from_the_last_agree_with_fresh_counts() {
        let text = "{\"a\": \"团队😀\",\r\n \"b\": [1, \"é\"]}\n\n😀x";
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|offset| text.is_char_boundary(*offset))
            .collect();
        // Forwards, backwards, jumping between lines, and switching units.
        let mut order = offsets.clone();
        order.extend(offsets.iter().rev());
        order.extend(
            offsets
                .iter()
                .step_by(3)
                .chain(offsets.iter().step_by(5).rev()),
        );
        let shared = LineIndex::new(text);
        for (step, offset) in order.into_iter().enumerate() {
            let unit = if step % 7 == 0 {
                ColumnUnit::Utf16
            } else {
                ColumnUnit::Chars
            };
            assert_eq!(
                shared.line_column(text, offset, unit),
                LineIndex::new(text).line_column(text, offset, unit),
                "offset {offset}"
            );
        }
    }

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
        let mut quirks = crate::tree::StringQuirks::default();
        let tree = Tree::parse(text, &mut quirks)
            .ok()
            .flatten()
            .expect("valid JSON");
        let found = resolve(&tree, &JsonPointer::from_segments(["a", "b"]));
        assert!(found.exists);
        assert_eq!(&text[found.span.start..found.span.end], "1");
        let found = resolve(&tree, &JsonPointer::from_segments(["a", "c"]));
        assert_eq!(&text[found.span.start..found.span.end], "2");
        let missing = resolve(&tree, &JsonPointer::from_segments(["a", "zzz"]));
        assert!(!missing.exists);
        assert_eq!(&text[missing.span.start..missing.span.end], "\"A\"");
    }
}
