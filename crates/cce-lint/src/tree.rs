//! The lossless syntax tree: every value of the input with its byte range, every member of an
//! object in source order (duplicates and key spelling included), in one flat arena.
//!
//! The parser is strict RFC 8259 JSON, read the way Go's `encoding/json` reads it: no comments,
//! trailing commas, single quotes, unquoted keys, hexadecimal or non-finite numbers. Where Go
//! is more lenient than a strict parser it is followed, and the difference is recorded for the
//! linter to report instead: a raw control character inside a string (Go rejects the request,
//! cce-lint reports it and reads on) and an unpaired surrogate escape (Go decodes U+FFFD).
//!
//! Why not a general-purpose crate: a linter's product is the location of every value and key,
//! and this one must read tens of thousands of requests a second. A node here is 12 bytes with
//! its span and strings are borrowed from the input, so the tree costs about the input's size
//! and parsing costs less than `serde_json::Value` (the benchmark's floor); the JSONC parser
//! used before cost six times the input and as much time as that floor on its own.

use std::cell::RefCell;

use crate::source::{Span, MAX_NESTING_DEPTH};

/// The index of a node in its [`Tree`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct NodeId(u32);

/// What a node is (eight kinds: three bits of [`Node`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Kind {
    Null,
    True,
    False,
    Number,
    /// A string literal without escapes: its value is the text between the quotes.
    String,
    /// A string literal with escapes: its value is kept decoded beside the tree.
    EscapedString,
    Array,
    Object,
}

/// Documents are at most 512 MiB: a node keeps its kind in the top three bits of its end.
pub(crate) const MAX_DOCUMENT_BYTES: usize = 1 << KIND_SHIFT;
const KIND_SHIFT: u32 = 29;
const END_MASK: u32 = (1 << KIND_SHIFT) - 1;

/// One value: 12 bytes, so that the tree costs about the size of pretty-printed input.
#[derive(Debug, Clone, Copy)]
struct Node {
    start: u32,
    /// The end offset, and the [`Kind`] in the top three bits.
    end_and_kind: u32,
    /// Arrays and objects: the index one past the last node of the subtree. Escaped strings:
    /// the index of the decoded value. Unused otherwise.
    link: u32,
}

impl Node {
    fn end(self) -> u32 {
        self.end_and_kind & END_MASK
    }

    fn kind(self) -> Kind {
        const KINDS: [Kind; 8] = [
            Kind::Null,
            Kind::True,
            Kind::False,
            Kind::Number,
            Kind::String,
            Kind::EscapedString,
            Kind::Array,
            Kind::Object,
        ];
        KINDS[(self.end_and_kind >> KIND_SHIFT) as usize]
    }

    fn set_end(&mut self, end: u32) {
        self.end_and_kind = (self.end_and_kind & !END_MASK) | end;
    }
}

/// One member of an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Member {
    /// The key (a string node).
    pub(crate) key: NodeId,
    /// The value.
    pub(crate) value: NodeId,
}

/// A parsed document.
#[derive(Debug)]
pub(crate) struct Tree<'t> {
    text: &'t str,
    nodes: Vec<Node>,
    decoded: Vec<Box<str>>,
    /// The elements of each array looked up by an index past the first few, listed on first
    /// use: locating findings about the 4,000th node set would otherwise walk 4,000 siblings
    /// for each of them. Sorted by array.
    element_lists: RefCell<Vec<(NodeId, Vec<NodeId>)>>,
}

/// What Go reads differently from a strict parser inside string literals, found while parsing
/// (up to the first syntax error).
#[derive(Debug, Default)]
pub(crate) struct StringQuirks {
    /// Offsets of the first raw control character (U+0000–U+001F) of each string that has
    /// one: Go rejects them.
    pub(crate) control_characters: Vec<usize>,
    /// `\uXXXX` escapes of unpaired surrogates, decoded as U+FFFD (as Go does).
    pub(crate) lone_surrogates: Vec<Span>,
}

/// Why a text is not JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParseErrorKind {
    CommentsNotAllowed,
    TrailingCommasNotAllowed,
    SingleQuotedStringsNotAllowed,
    /// An unquoted word where a key goes.
    ExpectedStringObjectProperty,
    ExpectedColonAfterObjectKey,
    ExpectedObjectValue,
    ExpectedComma,
    UnexpectedToken,
    NonFiniteNumbersNotAllowed,
    HexadecimalNumbersNotAllowed,
    UnaryPlusNumbersNotAllowed,
    BareDecimalPointNumbersNotAllowed,
    LeadingZerosNotAllowed,
    ExpectedDigit,
    ExpectedDigitFollowingNegativeSign,
    InvalidEscape,
    ExpectedFourHexDigits,
    UnterminatedString,
    UnterminatedObject,
    UnterminatedArray,
    MultipleRootJsonValues,
    NestingDepthExceeded,
    /// Offsets beyond 512 MiB do not fit the tree.
    DocumentTooLarge,
}

impl ParseErrorKind {
    /// What is wrong, in English and Chinese.
    pub(crate) fn describe(self) -> (&'static str, &'static str) {
        use ParseErrorKind as K;
        match self {
            K::CommentsNotAllowed => ("comments are not allowed", "不允许注释"),
            K::TrailingCommasNotAllowed => ("trailing commas are not allowed", "不允许尾随逗号"),
            K::SingleQuotedStringsNotAllowed => (
                "single-quoted strings are not allowed",
                "不允许单引号字符串",
            ),
            K::ExpectedStringObjectProperty => {
                ("expected string for object property", "键名缺少双引号")
            }
            K::ExpectedColonAfterObjectKey => (
                "expected colon after the string or word in object property",
                "键名后缺少冒号",
            ),
            K::ExpectedObjectValue => (
                "expected value after colon in object property",
                "冒号后缺少值",
            ),
            K::ExpectedComma => ("expected comma", "缺少逗号"),
            K::UnexpectedToken => ("unexpected token", "意外的字符"),
            K::NonFiniteNumbersNotAllowed => {
                ("infinity and NaN are not allowed", "不允许 NaN 或 Infinity")
            }
            K::HexadecimalNumbersNotAllowed => {
                ("hexadecimal numbers are not allowed", "不允许十六进制数")
            }
            K::UnaryPlusNumbersNotAllowed => {
                ("unary plus on numbers is not allowed", "数字前不允许加号")
            }
            K::BareDecimalPointNumbersNotAllowed => (
                "leading or trailing decimal points on numbers are not allowed",
                "小数点前后必须有数字",
            ),
            K::LeadingZerosNotAllowed => (
                "leading zeros on numbers are not allowed",
                "数字不允许前导零",
            ),
            K::ExpectedDigit => ("expected digit", "缺少数字"),
            K::ExpectedDigitFollowingNegativeSign => {
                ("expected digit following negative sign", "负号后缺少数字")
            }
            K::InvalidEscape => ("invalid escape", "无效的转义序列"),
            K::ExpectedFourHexDigits => ("expected four hex digits", "\\u 后需要四位十六进制数字"),
            K::UnterminatedString => ("unterminated string literal", "字符串未闭合"),
            K::UnterminatedObject => ("unterminated object", "对象未闭合"),
            K::UnterminatedArray => ("unterminated array", "数组未闭合"),
            K::MultipleRootJsonValues => (
                "text cannot contain more than one JSON value",
                "文档包含多个顶层值",
            ),
            K::NestingDepthExceeded => ("maximum nesting depth exceeded", "嵌套过深"),
            K::DocumentTooLarge => ("the document is larger than 512 MiB", "文档超过 512 MiB"),
        }
    }
}

/// Where and why parsing stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ParseError {
    pub(crate) kind: ParseErrorKind,
    pub(crate) span: Span,
}

type Parsed<T> = Result<T, ParseError>;

impl<'t> Tree<'t> {
    /// Parses `text`; `Ok(None)` when it holds nothing but whitespace.
    pub(crate) fn parse(text: &'t str, quirks: &mut StringQuirks) -> Parsed<Option<Tree<'t>>> {
        if text.len() >= MAX_DOCUMENT_BYTES {
            return Err(ParseError {
                kind: ParseErrorKind::DocumentTooLarge,
                span: Span::new(0, 0),
            });
        }
        let mut parser = Parser {
            bytes: text.as_bytes(),
            position: 0,
            // About one node per 12 bytes of pretty-printed JSON: one allocation in most cases.
            tree: Tree {
                text,
                nodes: Vec::with_capacity(text.len() / 12 + 4),
                decoded: Vec::new(),
                element_lists: RefCell::default(),
            },
            quirks,
        };
        parser.skip_whitespace()?;
        if parser.position == parser.bytes.len() {
            return Ok(None);
        }
        parser.value(0)?;
        parser.skip_whitespace()?;
        if parser.position < parser.bytes.len() {
            let start = parser.position;
            let kind = if matches!(parser.bytes[start], b'{' | b'[' | b'"' | b'-' | b'0'..=b'9')
                || parser
                    .word_at(start)
                    .is_some_and(|word| ["true", "false", "null"].contains(&word))
            {
                ParseErrorKind::MultipleRootJsonValues
            } else {
                ParseErrorKind::UnexpectedToken
            };
            return Err(parser.error_at(kind, start, parser.token_end(start)));
        }
        parser.tree.nodes.shrink_to_fit();
        Ok(Some(parser.tree))
    }

    /// The text the spans refer to.
    pub(crate) fn text(&self) -> &'t str {
        self.text
    }

    /// The root value.
    pub(crate) fn root(&self) -> NodeId {
        NodeId(0)
    }

    fn node(&self, id: NodeId) -> Node {
        self.nodes[id.0 as usize]
    }

    pub(crate) fn kind(&self, id: NodeId) -> Kind {
        self.node(id).kind()
    }

    /// The byte range of a value (for arrays and objects, from bracket to bracket).
    pub(crate) fn span(&self, id: NodeId) -> Span {
        let node = self.node(id);
        Span::new(node.start as usize, node.end() as usize)
    }

    /// The value's text as written (a string literal with its quotes).
    pub(crate) fn raw(&self, id: NodeId) -> &'t str {
        let span = self.span(id);
        &self.text[span.start..span.end]
    }

    /// The value of a string node (escapes decoded); `""` for other nodes.
    pub(crate) fn str(&self, id: NodeId) -> &str {
        let node = self.node(id);
        match node.kind() {
            Kind::String => &self.text[node.start as usize + 1..node.end() as usize - 1],
            Kind::EscapedString => &self.decoded[node.link as usize],
            _ => "",
        }
    }

    /// The node after `id` and everything below it.
    fn next(&self, id: NodeId) -> NodeId {
        let node = self.node(id);
        match node.kind() {
            Kind::Array | Kind::Object => NodeId(node.link),
            _ => NodeId(id.0 + 1),
        }
    }

    /// The members of an object, in source order (none for other nodes).
    pub(crate) fn members(&self, id: NodeId) -> Members<'_, 't> {
        Members(self.children(id, Kind::Object))
    }

    /// The elements of an array, in order (none for other nodes).
    pub(crate) fn elements(&self, id: NodeId) -> Elements<'_, 't> {
        self.children(id, Kind::Array)
    }

    /// The element at `index` of an array (none for other nodes or past the end).
    pub(crate) fn element(&self, array: NodeId, index: usize) -> Option<NodeId> {
        const WALKED: usize = 16;
        if self.kind(array) != Kind::Array {
            return None;
        }
        if index < WALKED {
            return self.elements(array).nth(index);
        }
        let mut lists = self.element_lists.borrow_mut();
        let position = match lists.binary_search_by_key(&array, |(listed, _)| *listed) {
            Ok(position) => position,
            Err(position) => {
                lists.insert(position, (array, self.elements(array).collect()));
                position
            }
        };
        lists[position].1.get(index).copied()
    }

    /// The nodes right below `id` when it is a container of `kind` (none otherwise).
    fn children(&self, id: NodeId, kind: Kind) -> Children<'_, 't> {
        let node = self.node(id);
        let end = if node.kind() == kind {
            node.link
        } else {
            id.0 + 1
        };
        Children {
            tree: self,
            next: NodeId(id.0 + 1),
            end: NodeId(end),
        }
    }

    /// The span of a member: from its key to the end of its value.
    pub(crate) fn member_span(&self, member: Member) -> Span {
        Span::new(self.span(member.key).start, self.span(member.value).end)
    }
}

/// Iterator over the nodes right below a container: an array's elements, an object's keys and
/// values in turn.
pub(crate) struct Children<'a, 't> {
    tree: &'a Tree<'t>,
    next: NodeId,
    end: NodeId,
}

impl Iterator for Children<'_, '_> {
    type Item = NodeId;

    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let child = self.next;
        self.next = self.tree.next(child);
        Some(child)
    }
}

/// Iterator over an array's elements.
pub(crate) type Elements<'a, 't> = Children<'a, 't>;

/// Iterator over an object's members.
pub(crate) struct Members<'a, 't>(Children<'a, 't>);

impl Iterator for Members<'_, '_> {
    type Item = Member;

    fn next(&mut self) -> Option<Member> {
        let key = self.0.next()?;
        let value = self.0.next()?;
        Some(Member { key, value })
    }
}

/// Bytes that end the plain part of a string: the quote, the backslash and control characters.
const STRING_STOP: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = true;
        byte += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

struct Parser<'t, 'q> {
    bytes: &'t [u8],
    position: usize,
    tree: Tree<'t>,
    quirks: &'q mut StringQuirks,
}

impl<'t> Parser<'t, '_> {
    /// An error over whole characters from `start` to about `end` (clamped to the input).
    fn error_at(&self, kind: ParseErrorKind, start: usize, end: usize) -> ParseError {
        ParseError {
            kind,
            span: Span::new(start, end).whole_chars(self.tree.text),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.position).copied()
    }

    /// Skips JSON whitespace; a comment is an error (Go has none).
    fn skip_whitespace(&mut self) -> Parsed<()> {
        // A plain indexed loop: indentation is a good part of a pretty-printed request, and
        // this stays tight even in the size-optimised WebAssembly build.
        let bytes = self.bytes;
        let mut position = self.position;
        while position < bytes.len() && matches!(bytes[position], b' ' | b'\n' | b'\r' | b'\t') {
            position += 1;
        }
        self.position = position;
        if bytes.get(position) != Some(&b'/') {
            return Ok(());
        }
        let end = match bytes.get(position + 1) {
            Some(b'/') => memchr::memchr2(b'\n', b'\r', &bytes[position..])
                .map_or(bytes.len(), |offset| position + offset),
            Some(b'*') => memchr::memmem::find(&bytes[position + 2..], b"*/")
                .map_or(bytes.len(), |offset| position + 2 + offset + 2),
            _ => return Ok(()),
        };
        Err(self.error_at(ParseErrorKind::CommentsNotAllowed, position, end))
    }

    /// The end of the token starting at `start`, for error spans: a word, a quoted string or
    /// one character.
    fn token_end(&self, start: usize) -> usize {
        match self.bytes.get(start) {
            None => start,
            Some(b'\'') => memchr::memchr(b'\'', &self.bytes[start + 1..])
                .map_or(self.bytes.len(), |offset| start + offset + 2),
            Some(byte) if is_word_byte(*byte) => self.word_end(start),
            Some(_) => {
                let width = self.tree.text[start..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
                start + width
            }
        }
    }

    fn word_end(&self, start: usize) -> usize {
        self.bytes[start..]
            .iter()
            .position(|byte| !is_word_byte(*byte))
            .map_or(self.bytes.len(), |offset| start + offset)
    }

    /// The word (letters, digits, `_`, `$`, `.`, `+`, `-`, non-ASCII) starting at `start`.
    fn word_at(&self, start: usize) -> Option<&'t str> {
        let end = self.word_end(start);
        (end > start).then(|| &self.tree.text[start..end])
    }

    fn push(&mut self, kind: Kind, start: usize, end: usize, link: u32) -> usize {
        // Offsets fit: the text is shorter than 512 MiB (checked in `parse`).
        self.tree.nodes.push(Node {
            start: start as u32,
            end_and_kind: end as u32 | (kind as u32) << KIND_SHIFT,
            link,
        });
        self.tree.nodes.len() - 1
    }

    fn value(&mut self, depth: usize) -> Parsed<()> {
        let start = self.position;
        let Some(byte) = self.peek() else {
            return Err(self.error_at(ParseErrorKind::UnexpectedToken, start, start));
        };
        match byte {
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string(),
            b'-' | b'0'..=b'9' => self.number(),
            b'\'' => Err(self.error_at(
                ParseErrorKind::SingleQuotedStringsNotAllowed,
                start,
                self.token_end(start),
            )),
            b'+' => Err(self.error_at(
                ParseErrorKind::UnaryPlusNumbersNotAllowed,
                start,
                self.word_end(start),
            )),
            b'.' if self.bytes.get(start + 1).is_some_and(u8::is_ascii_digit) => Err(self
                .error_at(
                    ParseErrorKind::BareDecimalPointNumbersNotAllowed,
                    start,
                    self.word_end(start),
                )),
            _ => {
                let end = self.token_end(start);
                let (kind, literal) = match &self.tree.text[start..end] {
                    "true" => (Kind::True, true),
                    "false" => (Kind::False, true),
                    "null" => (Kind::Null, true),
                    "NaN" | "Infinity" => (Kind::Null, false),
                    _ => {
                        return Err(self.error_at(ParseErrorKind::UnexpectedToken, start, end));
                    }
                };
                if !literal {
                    return Err(self.error_at(
                        ParseErrorKind::NonFiniteNumbersNotAllowed,
                        start,
                        end,
                    ));
                }
                self.position = end;
                self.push(kind, start, end, 0);
                Ok(())
            }
        }
    }

    fn enter(&self, depth: usize) -> Parsed<()> {
        if depth > MAX_NESTING_DEPTH {
            let start = self.position;
            return Err(self.error_at(ParseErrorKind::NestingDepthExceeded, start, start + 1));
        }
        Ok(())
    }

    /// Opens the container at the current bracket: its node's index and the bracket's offset,
    /// or `None` when it is empty (and already closed).
    fn open(&mut self, kind: Kind, depth: usize) -> Parsed<Option<(usize, usize)>> {
        self.enter(depth)?;
        let open = self.position;
        let index = self.push(kind, open, open + 1, 0);
        self.position += 1;
        self.skip_whitespace()?;
        let close = if kind == Kind::Object { b'}' } else { b']' };
        if self.peek() == Some(close) {
            self.position += 1;
            self.close(index)?;
            return Ok(None);
        }
        Ok(Some((index, open)))
    }

    fn object(&mut self, depth: usize) -> Parsed<()> {
        let Some((index, open)) = self.open(Kind::Object, depth)? else {
            return Ok(());
        };
        loop {
            let key_start = self.position;
            match self.peek() {
                Some(b'"') => self.string()?,
                None => {
                    return Err(self.error_at(ParseErrorKind::UnterminatedObject, open, open + 1))
                }
                Some(b'\'') => {
                    return Err(self.error_at(
                        ParseErrorKind::SingleQuotedStringsNotAllowed,
                        key_start,
                        self.token_end(key_start),
                    ))
                }
                Some(byte) => {
                    let kind = if byte.is_ascii_alphabetic() || byte == b'_' || byte == b'$' {
                        ParseErrorKind::ExpectedStringObjectProperty
                    } else {
                        ParseErrorKind::UnexpectedToken
                    };
                    return Err(self.error_at(kind, key_start, self.token_end(key_start)));
                }
            }
            self.skip_whitespace()?;
            match self.peek() {
                Some(b':') => self.position += 1,
                None => {
                    return Err(self.error_at(ParseErrorKind::UnterminatedObject, open, open + 1))
                }
                Some(_) => {
                    let at = self.position;
                    return Err(self.error_at(
                        ParseErrorKind::ExpectedColonAfterObjectKey,
                        at,
                        self.token_end(at),
                    ));
                }
            }
            self.skip_whitespace()?;
            match self.peek() {
                None => {
                    return Err(self.error_at(ParseErrorKind::UnterminatedObject, open, open + 1))
                }
                Some(b'}' | b',') => {
                    let at = self.position;
                    return Err(self.error_at(ParseErrorKind::ExpectedObjectValue, at, at + 1));
                }
                Some(_) => self.value(depth)?,
            }
            if self.separator(open, b'}')? {
                return self.close(index);
            }
        }
    }

    fn array(&mut self, depth: usize) -> Parsed<()> {
        let Some((index, open)) = self.open(Kind::Array, depth)? else {
            return Ok(());
        };
        loop {
            match self.peek() {
                None => {
                    return Err(self.error_at(ParseErrorKind::UnterminatedArray, open, open + 1))
                }
                Some(_) => self.value(depth)?,
            }
            if self.separator(open, b']')? {
                return self.close(index);
            }
        }
    }

    /// After a member or element: `true` at the closing bracket (consumed), `false` after a
    /// comma followed by the next item.
    fn separator(&mut self, open: usize, close: u8) -> Parsed<bool> {
        let unterminated = if close == b'}' {
            ParseErrorKind::UnterminatedObject
        } else {
            ParseErrorKind::UnterminatedArray
        };
        self.skip_whitespace()?;
        match self.peek() {
            Some(byte) if byte == close => {
                self.position += 1;
                Ok(true)
            }
            Some(b',') => {
                let comma = self.position;
                self.position += 1;
                self.skip_whitespace()?;
                match self.peek() {
                    Some(b'}' | b']') => Err(self.error_at(
                        ParseErrorKind::TrailingCommasNotAllowed,
                        comma,
                        comma + 1,
                    )),
                    None => Err(self.error_at(unterminated, open, open + 1)),
                    Some(_) => Ok(false),
                }
            }
            None => Err(self.error_at(unterminated, open, open + 1)),
            Some(_) => {
                let at = self.position;
                Err(self.error_at(ParseErrorKind::ExpectedComma, at, self.token_end(at)))
            }
        }
    }

    /// Closes the container at `index`: its span ends after the bracket just consumed.
    fn close(&mut self, index: usize) -> Parsed<()> {
        let next = self.tree.nodes.len() as u32;
        let node = &mut self.tree.nodes[index];
        node.set_end(self.position as u32);
        node.link = next;
        Ok(())
    }

    fn string(&mut self) -> Parsed<()> {
        let start = self.position;
        let mut index = start + 1;
        let mut control_reported = false;
        loop {
            while index < self.bytes.len() && !STRING_STOP[self.bytes[index] as usize] {
                index += 1;
            }
            match self.bytes.get(index) {
                None => {
                    return Err(self.error_at(ParseErrorKind::UnterminatedString, start, index))
                }
                Some(b'"') => {
                    self.position = index + 1;
                    self.push(Kind::String, start, index + 1, 0);
                    return Ok(());
                }
                Some(b'\\') => return self.escaped_string(start, index, control_reported),
                Some(_) => {
                    // A raw control character: Go rejects it; reported, and read as itself.
                    if !control_reported {
                        self.quirks.control_characters.push(index);
                        control_reported = true;
                    }
                    index += 1;
                }
            }
        }
    }

    /// The rest of a string from its first backslash at `index`, decoding escapes.
    fn escaped_string(
        &mut self,
        start: usize,
        mut index: usize,
        mut control_reported: bool,
    ) -> Parsed<()> {
        let text = self.tree.text;
        let mut value = String::with_capacity(index - start);
        value.push_str(&text[start + 1..index]);
        loop {
            let plain = index;
            while index < self.bytes.len() && !STRING_STOP[self.bytes[index] as usize] {
                index += 1;
            }
            value.push_str(&text[plain..index]);
            match self.bytes.get(index) {
                None => {
                    return Err(self.error_at(ParseErrorKind::UnterminatedString, start, index))
                }
                Some(b'"') => break,
                Some(b'\\') => index = self.escape(index, &mut value)?,
                Some(_) => {
                    if !control_reported {
                        self.quirks.control_characters.push(index);
                        control_reported = true;
                    }
                    value.push(char::from(self.bytes[index]));
                    index += 1;
                }
            }
        }
        self.position = index + 1;
        let link = self.tree.decoded.len() as u32;
        self.tree.decoded.push(value.into_boxed_str());
        self.push(Kind::EscapedString, start, index + 1, link);
        Ok(())
    }

    /// Decodes the escape at `index` (a backslash) into `value`; returns the index after it.
    fn escape(&mut self, index: usize, value: &mut String) -> Parsed<usize> {
        let decoded = match self.bytes.get(index + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let Some(unit) = hex_unit(self.bytes, index + 2) else {
                    return Err(self.error_at(
                        ParseErrorKind::ExpectedFourHexDigits,
                        index,
                        index + 6,
                    ));
                };
                if (0xD800..0xDC00).contains(&unit)
                    && self.bytes.get(index + 6) == Some(&b'\\')
                    && self.bytes.get(index + 7) == Some(&b'u')
                {
                    if let Some(low) =
                        hex_unit(self.bytes, index + 8).filter(|low| (0xDC00..0xE000).contains(low))
                    {
                        let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                        value.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        return Ok(index + 12);
                    }
                }
                let decoded = char::from_u32(unit).unwrap_or_else(|| {
                    self.quirks
                        .lone_surrogates
                        .push(Span::new(index, index + 6));
                    '\u{fffd}'
                });
                value.push(decoded);
                return Ok(index + 6);
            }
            _ => return Err(self.error_at(ParseErrorKind::InvalidEscape, index, index + 2)),
        };
        value.push(decoded);
        Ok(index + 2)
    }

    /// A number, by Go's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Parsed<()> {
        let bytes = self.bytes;
        let start = self.position;
        let mut index = start;
        if bytes[index] == b'-' {
            index += 1;
            match bytes.get(index) {
                Some(b'0'..=b'9') => {}
                Some(b'I') if self.word_at(index) == Some("Infinity") => {
                    return Err(self.error_at(
                        ParseErrorKind::NonFiniteNumbersNotAllowed,
                        start,
                        self.word_end(index),
                    ))
                }
                _ => {
                    return Err(self.error_at(
                        ParseErrorKind::ExpectedDigitFollowingNegativeSign,
                        index,
                        self.token_end(index),
                    ))
                }
            }
        }
        if bytes[index] == b'0' {
            index += 1;
            match bytes.get(index) {
                Some(b'0'..=b'9') => {
                    let end = digits_end(bytes, index);
                    return Err(self.error_at(ParseErrorKind::LeadingZerosNotAllowed, index, end));
                }
                Some(b'x' | b'X') => {
                    return Err(self.error_at(
                        ParseErrorKind::HexadecimalNumbersNotAllowed,
                        start,
                        self.word_end(index),
                    ))
                }
                _ => {}
            }
        } else {
            index = digits_end(bytes, index);
        }
        if bytes.get(index) == Some(&b'.') {
            let fraction = digits_end(bytes, index + 1);
            if fraction == index + 1 {
                return Err(self.error_at(
                    ParseErrorKind::BareDecimalPointNumbersNotAllowed,
                    start,
                    index + 1,
                ));
            }
            index = fraction;
        }
        if matches!(bytes.get(index), Some(b'e' | b'E')) {
            let mut exponent = index + 1;
            if matches!(bytes.get(exponent), Some(b'+' | b'-')) {
                exponent += 1;
            }
            let end = digits_end(bytes, exponent);
            if end == exponent {
                return Err(self.error_at(ParseErrorKind::ExpectedDigit, start, end));
            }
            index = end;
        }
        self.position = index;
        self.push(Kind::Number, start, index, 0);
        Ok(())
    }
}

fn digits_end(bytes: &[u8], mut index: usize) -> usize {
    while bytes.get(index).is_some_and(u8::is_ascii_digit) {
        index += 1;
    }
    index
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'$' | b'.' | b'+' | b'-') || byte >= 0x80
}

fn hex_unit(bytes: &[u8], start: usize) -> Option<u32> {
    let digits = bytes.get(start..start + 4)?;
    digits.iter().try_fold(0, |unit, digit| {
        let value = char::from(*digit).to_digit(16)?;
        Some(unit * 16 + value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Tree<'_> {
        parse_with_quirks(text).0
    }

    #[test]
    fn element_by_index_agrees_with_walking_the_elements() {
        let long: Vec<String> = (0..40).map(|index| index.to_string()).collect();
        let text = format!("[[{}], [{}], 7]", long.join(","), long.join(","));
        let tree = parse(&text);
        let arrays: Vec<NodeId> = tree.elements(tree.root()).collect();
        // Interleaved, backwards and past the end, so that both lists are built and reused.
        for index in (0..45).rev() {
            for array in &arrays {
                assert_eq!(
                    tree.element(*array, index),
                    tree.elements(*array).nth(index)
                );
            }
        }
        assert_eq!(tree.element_lists.borrow().len(), 2);
    }

    fn parse_with_quirks(text: &str) -> (Tree<'_>, StringQuirks) {
        let mut quirks = StringQuirks::default();
        let tree = Tree::parse(text, &mut quirks)
            .expect("valid")
            .expect("not empty");
        (tree, quirks)
    }

    fn error(text: &str) -> (ParseErrorKind, &str) {
        let error = Tree::parse(text, &mut StringQuirks::default()).expect_err("invalid");
        (error.kind, &text[error.span.start..error.span.end])
    }

    #[test]
    fn members_elements_and_spans() {
        let text = r#" {"a": [1, {"b": null}], "a": "x\ty", "c": true} "#;
        let tree = parse(text);
        let root = tree.root();
        assert_eq!(tree.kind(root), Kind::Object);
        assert_eq!(tree.raw(root), &text[1..text.len() - 1]);
        let members: Vec<Member> = tree.members(root).collect();
        assert_eq!(members.len(), 3);
        assert_eq!(tree.str(members[0].key), "a");
        assert_eq!(tree.raw(members[0].key), "\"a\"");
        let elements: Vec<NodeId> = tree.elements(members[0].value).collect();
        assert_eq!(elements.len(), 2);
        assert_eq!(tree.raw(elements[0]), "1");
        assert_eq!(tree.kind(elements[1]), Kind::Object);
        let inner: Vec<Member> = tree.members(elements[1]).collect();
        assert_eq!(tree.kind(inner[0].value), Kind::Null);
        assert_eq!(tree.kind(members[1].value), Kind::EscapedString);
        assert_eq!(tree.str(members[1].value), "x\ty");
        assert_eq!(tree.kind(members[2].value), Kind::True);
        assert_eq!(tree.raw(members[2].value), "true");
        assert_eq!(tree.member_span(members[2]).len(), r#""c": true"#.len());
        assert_eq!(tree.members(members[2].value).count(), 0);
    }

    #[test]
    fn escapes_decode_like_go() {
        let (tree, quirks) =
            parse_with_quirks(r#"["\u00e9\n\/\\\"", "\ud83d\ude00", "a\ud800b", "\udc00"]"#);
        let values: Vec<&str> = tree.elements(tree.root()).map(|id| tree.str(id)).collect();
        assert_eq!(values, ["é\n/\\\"", "😀", "a\u{fffd}b", "\u{fffd}"]);
        assert_eq!(quirks.lone_surrogates.len(), 2);
    }

    #[test]
    fn raw_control_characters_are_recorded_once_per_string() {
        let (_, quirks) = parse_with_quirks("[\"a\tb\tc\", \"\u{1}\", \"ok\"]");
        assert_eq!(quirks.control_characters, [3, 11]);
    }

    #[test]
    fn whitespace_only_is_empty() {
        let mut quirks = StringQuirks::default();
        assert!(Tree::parse(" \n\t\r ", &mut quirks)
            .expect("no error")
            .is_none());
    }

    #[test]
    fn errors_name_the_offending_token() {
        use ParseErrorKind as K;
        assert_eq!(error("{\"a\": 1,}"), (K::TrailingCommasNotAllowed, ","));
        assert_eq!(error("{a: 1}"), (K::ExpectedStringObjectProperty, "a"));
        assert_eq!(
            error("{\"a\": 'x'}"),
            (K::SingleQuotedStringsNotAllowed, "'x'")
        );
        assert_eq!(error("{\"a\" 1}"), (K::ExpectedColonAfterObjectKey, "1"));
        assert_eq!(error("{\"a\": 1 \"b\": 2}"), (K::ExpectedComma, "\""));
        assert_eq!(error("[1, // c\n2]"), (K::CommentsNotAllowed, "// c"));
        assert_eq!(error("[1 /* c */]"), (K::CommentsNotAllowed, "/* c */"));
        assert_eq!(error("[NaN]"), (K::NonFiniteNumbersNotAllowed, "NaN"));
        assert_eq!(
            error("[-Infinity]"),
            (K::NonFiniteNumbersNotAllowed, "-Infinity")
        );
        assert_eq!(error("[01]"), (K::LeadingZerosNotAllowed, "1"));
        assert_eq!(error("[0x1F]"), (K::HexadecimalNumbersNotAllowed, "0x1F"));
        assert_eq!(error("[+1]"), (K::UnaryPlusNumbersNotAllowed, "+1"));
        assert_eq!(error("[.5]"), (K::BareDecimalPointNumbersNotAllowed, ".5"));
        assert_eq!(error("[1.]"), (K::BareDecimalPointNumbersNotAllowed, "1."));
        assert_eq!(error("[1e+]"), (K::ExpectedDigit, "1e+"));
        assert_eq!(error("[-]"), (K::ExpectedDigitFollowingNegativeSign, "]"));
        assert_eq!(error("[\"\\x\"]"), (K::InvalidEscape, "\\x"));
        assert_eq!(error("[\"\\u12\"]"), (K::ExpectedFourHexDigits, "\\u12\"]"));
        assert_eq!(error("[\"abc"), (K::UnterminatedString, "\"abc"));
        assert_eq!(error("{\"a\": [1"), (K::UnterminatedArray, "["));
        assert_eq!(error("{\"a\": 1"), (K::UnterminatedObject, "{"));
        assert_eq!(error("{} {}"), (K::MultipleRootJsonValues, "{"));
        assert_eq!(error("{} x"), (K::UnexpectedToken, "x"));
        assert_eq!(error("{\"a\": }"), (K::ExpectedObjectValue, "}"));
        assert_eq!(error("[truex]"), (K::UnexpectedToken, "truex"));
        assert_eq!(error("{......}"), (K::UnexpectedToken, "......"));
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "[".repeat(MAX_NESTING_DEPTH + 1);
        let error = Tree::parse(&deep, &mut StringQuirks::default()).expect_err("too deep");
        assert_eq!(error.kind, ParseErrorKind::NestingDepthExceeded);
        assert_eq!(error.span.start, MAX_NESTING_DEPTH);
        let fine = format!(
            "{}{}",
            "[".repeat(MAX_NESTING_DEPTH),
            "]".repeat(MAX_NESTING_DEPTH)
        );
        assert!(Tree::parse(&fine, &mut StringQuirks::default()).is_ok());
    }
}
