//! Hostile input: every one of these returns at least one located diagnostic, never panics and
//! never overflows the stack (the deep-nesting tests run on the default test thread).

use std::path::Path;

use cce_lint::source::MAX_NESTING_DEPTH;
use cce_lint::{
    lint_bytes, ColumnUnit, Diagnostic, LineColumn, LineIndex, LintOptions, LintResult, Severity,
};

const STRUCTURAL: [&str; 12] = [
    "CCE001", "CCE002", "CCE003", "CCE004", "CCE005", "CCE006", "CCE007", "CCE008", "CCE009",
    "CCE010", "CCE011", "CCE012",
];

/// Lints raw bytes and checks the invariants every result must hold.
#[track_caller]
fn hostile(input: impl AsRef<[u8]>) -> LintResult {
    let input = input.as_ref();
    let result = lint_bytes(input, &LintOptions::default());
    assert!(!result.diagnostics.is_empty(), "no diagnostic");
    assert_eq!(
        result.source.len(),
        input.len(),
        "the source keeps the input's offsets"
    );
    for diagnostic in &result.diagnostics {
        assert!(
            diagnostic.span.start <= diagnostic.span.end && diagnostic.span.end <= input.len(),
            "{} span {:?} is outside the input of {} bytes",
            diagnostic.code,
            diagnostic.span,
            input.len()
        );
        assert!(
            result.source.is_char_boundary(diagnostic.span.start)
                && result.source.is_char_boundary(diagnostic.span.end),
            "{} span {:?} splits a character",
            diagnostic.code,
            diagnostic.span
        );
    }
    result
}

/// The structural codes found, sorted, without duplicates.
fn codes(result: &LintResult) -> Vec<&str> {
    let mut codes: Vec<&str> = result
        .diagnostics
        .iter()
        .map(|d| &*d.code)
        .filter(|code| STRUCTURAL.contains(code))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// The single diagnostic with `code`.
#[track_caller]
fn only<'r>(result: &'r LintResult, code: &str) -> &'r Diagnostic {
    let found: Vec<&Diagnostic> = result
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", result.diagnostics);
    found[0]
}

/// 1-based (line, column) of a diagnostic's start.
fn at(result: &LintResult, diagnostic: &Diagnostic) -> (usize, usize) {
    let LineColumn { line, column } = LineIndex::new(&result.source).line_column(
        &result.source,
        diagnostic.span.start,
        ColumnUnit::Chars,
    );
    (line, column)
}

/// Asserts a syntax error (CCE001, error, at the root) at `line`:`column`, and returns it.
#[track_caller]
fn syntax_error_at(input: impl AsRef<[u8]>, line: usize, column: usize) -> LintResult {
    let result = hostile(input);
    assert_eq!(codes(&result), ["CCE001"], "{:#?}", result.diagnostics);
    let error = only(&result, "CCE001");
    assert_eq!(error.severity, Severity::Error);
    assert_eq!(error.pointer.as_str(), "");
    assert_eq!(at(&result, error), (line, column), "{error:#?}");
    result
}

fn underlined<'r>(result: &'r LintResult, diagnostic: &Diagnostic) -> &'r str {
    &result.source[diagnostic.span.start..diagnostic.span.end]
}

// ---------------------------------------------------------------------------------------------
// Nothing there

#[test]
fn empty_file() {
    let result = syntax_error_at("", 1, 1);
    assert_eq!(result.diagnostics[0].span, cce_lint::Span::new(0, 0));
}

#[test]
fn whitespace_only() {
    let result = syntax_error_at("  \n\t \r\n", 1, 1);
    assert!(result.diagnostics[0].span.end > 0);
}

// ---------------------------------------------------------------------------------------------
// Encoding

#[test]
fn byte_order_mark_is_reported_and_the_document_still_linted() {
    let mut input = b"\xef\xbb\xbf".to_vec();
    input.extend_from_slice(br#"{"cluster": {"clusterName": "demo", "bogus": 1}}"#);
    let result = hostile(&input);
    assert_eq!(
        codes(&result),
        ["CCE001", "CCE005"],
        "{:#?}",
        result.diagnostics
    );
    let bom = only(&result, "CCE001");
    assert_eq!(bom.span, cce_lint::Span::new(0, 3));
    assert_eq!(at(&result, bom), (1, 1));
    let unknown = only(&result, "CCE005");
    assert_eq!(unknown.pointer.as_str(), "/cluster/bogus");
    assert_eq!(underlined(&result, unknown), r#""bogus""#);
    // Offsets are those of the input: the key sits where it is in the bytes.
    let key = input.windows(7).position(|w| w == br#""bogus""#).unwrap();
    assert_eq!(unknown.span.start, key);
}

#[test]
fn byte_order_mark_alone() {
    let result = hostile(b"\xef\xbb\xbf");
    assert_eq!(codes(&result), ["CCE001"]);
}

#[test]
fn invalid_utf8_inside_a_string_is_only_a_warning() {
    let input = b"{\"cluster\": {\"clusterName\": \"a\xffb\"}}";
    let result = hostile(input);
    assert_eq!(codes(&result), ["CCE012"], "{:#?}", result.diagnostics);
    let invalid = only(&result, "CCE012");
    assert_eq!(invalid.severity, Severity::Warning);
    assert_eq!(invalid.span, cce_lint::Span::new(30, 31));
    assert_eq!(input[invalid.span.start], 0xff);
    assert_eq!(at(&result, invalid), (1, 31));
}

#[test]
fn several_invalid_bytes_are_each_located() {
    let input = b"{\"cluster\": {\"clusterName\": \"\xc3\x28\", \"description\": \"\xe2\x82\"}}";
    let result = hostile(input);
    assert_eq!(codes(&result), ["CCE012"], "{:#?}", result.diagnostics);
    let spans: Vec<cce_lint::Span> = result
        .diagnostics
        .iter()
        .filter(|d| d.code == "CCE012")
        .map(|d| d.span)
        .collect();
    let first = input.iter().position(|b| *b == 0xc3).unwrap();
    let second = input.iter().position(|b| *b == 0xe2).unwrap();
    assert_eq!(
        spans,
        [
            cce_lint::Span::new(first, first + 1),
            cce_lint::Span::new(second, second + 2)
        ]
    );
}

#[test]
fn invalid_utf8_outside_a_string_is_also_a_syntax_error() {
    let input = b"{\"cluster\": {\"clusterName\": \"a\"}\xff}";
    let result = hostile(input);
    assert_eq!(
        codes(&result),
        ["CCE001", "CCE012"],
        "{:#?}",
        result.diagnostics
    );
    let syntax = only(&result, "CCE001");
    let invalid = only(&result, "CCE012");
    assert_eq!(invalid.span, cce_lint::Span::new(32, 33));
    assert_eq!(syntax.span.start, 32);
    assert_eq!(at(&result, syntax), (1, 33));
}

#[test]
fn nul_bytes_between_tokens() {
    let result = syntax_error_at(b"\x00\x00", 1, 1);
    assert!(result.diagnostics[0].span.end >= 1);
    syntax_error_at(b"{\"cluster\"\x00: {}}", 1, 11);
    syntax_error_at(b"{\"cluster\": {}}\n\x00", 2, 1);
}

#[test]
fn nul_byte_inside_a_string() {
    syntax_error_at(b"{\"cluster\": {\"clusterName\": \"a\x00b\"}}", 1, 31);
}

#[test]
fn raw_control_characters_inside_strings() {
    // Go: `invalid character '\t' in string literal` (likewise '\n', U+0001 and U+001F).
    syntax_error_at("{\"cluster\": {\"clusterName\": \"a\tb\"}}", 1, 31);
    syntax_error_at("{\"cluster\": {\"clusterName\": \"a\nb\"}}", 1, 31);
    syntax_error_at("{\"cluster\": {\"clusterName\": \"a\u{1}b\"}}", 1, 31);
    syntax_error_at("{\"cluster\": {\"description\": \"\u{1f}\"}}", 1, 30);
}

#[test]
fn lone_surrogate_escape_is_not_a_syntax_error() {
    // Go decodes an unpaired surrogate escape as U+FFFD: not a syntax error, only a warning
    // on the escape itself.
    for escape in [r"\ud800", r"\udc00", r"\uDBFF"] {
        let text =
            format!(r#"{{"cluster": {{"clusterName": "demo", "description": "a{escape}b"}}}}"#);
        let result = hostile(&text);
        assert_eq!(
            codes(&result),
            ["CCE012"],
            "{escape}: {:#?}",
            result.diagnostics
        );
        let warning = only(&result, "CCE012");
        assert_eq!(warning.severity, Severity::Warning);
        assert_eq!(&text[warning.span.start..warning.span.end], escape);
    }
    // A high surrogate followed by something other than a low one is unpaired too.
    let text = r#"{"cluster": {"clusterName": "demo", "description": "\ud800\u0041"}}"#;
    let result = hostile(text);
    let warning = only(&result, "CCE012");
    assert_eq!(&text[warning.span.start..warning.span.end], r"\ud800");
    // A proper pair is fine.
    let result = lint_bytes(
        br#"{"cluster": {"clusterName": "demo", "description": "\ud83d\ude00"}}"#,
        &LintOptions::default(),
    );
    assert!(codes(&result).is_empty(), "{:#?}", result.diagnostics);
}

// ---------------------------------------------------------------------------------------------
// Depth: a bounded parser, no stack overflow (default test thread, default stack)

fn deep_arrays(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

fn deep_objects(depth: usize) -> String {
    format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth))
}

#[test]
fn ten_thousand_nested_arrays() {
    let result = syntax_error_at(deep_arrays(10_000), 1, MAX_NESTING_DEPTH + 1);
    assert!(underlined(&result, &result.diagnostics[0]).starts_with('['));
}

#[test]
fn hundred_thousand_nested_arrays() {
    syntax_error_at(deep_arrays(100_000), 1, MAX_NESTING_DEPTH + 1);
}

#[test]
fn ten_thousand_nested_objects() {
    let result = hostile(deep_objects(10_000));
    assert_eq!(codes(&result), ["CCE001"]);
    let error = only(&result, "CCE001");
    let (line, column) = at(&result, error);
    assert_eq!(line, 1);
    // Somewhere within the first MAX_NESTING_DEPTH levels of `{"a":`.
    assert!(column <= 5 * MAX_NESTING_DEPTH + 1, "{column}");
}

#[test]
fn hundred_thousand_nested_objects() {
    let result = hostile(deep_objects(100_000));
    assert_eq!(codes(&result), ["CCE001"]);
    let error = only(&result, "CCE001");
    assert!(error.span.start <= 5 * MAX_NESTING_DEPTH);
}

#[test]
fn deep_but_accepted_nesting_in_every_kind_of_position() {
    // Just below the limit, the decoder emulation, pointer resolution and the typed model
    // all walk the tree: they must not overflow either.
    let arrays = deep_arrays(MAX_NESTING_DEPTH / 2 - 4);
    let objects = deep_objects(MAX_NESTING_DEPTH / 4 - 4);
    for (text, expected) in [
        (
            format!(r#"{{"cluster": {{"clusterName": "demo"}}, "zz": {arrays}}}"#),
            vec!["CCE005"],
        ),
        (
            format!(r#"{{"cluster": {{"clusterName": "demo"}}, "zz": {objects}}}"#),
            vec!["CCE005"],
        ),
        (
            format!(r#"{{"cluster": {{"clusterName": "demo"}}, "$schema": {arrays}}}"#),
            vec!["CCE003"],
        ),
        (
            format!(r#"{{"cluster": {{"clusterName": "demo"}}, "nodes": {arrays}}}"#),
            vec!["CCE003"],
        ),
        (
            format!(
                r#"{{"cluster": {{"clusterName": "demo", "k8sCustomConfig": {{"customLabels": {objects}}}}}}}"#
            ),
            vec!["CCE003"],
        ),
        (
            format!(r#"{{"cluster": {{"clusterName": "demo"}}, "adminPassword": {arrays}}}"#),
            vec!["CCE005"],
        ),
    ] {
        let result = hostile(&text);
        assert_eq!(codes(&result), expected, "{}", &text[..60]);
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers

#[test]
fn huge_exponent_in_an_integer_field() {
    let result = hostile(r#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": 1e400}]}"#);
    assert_eq!(codes(&result), ["CCE004"]);
    let invalid = only(&result, "CCE004");
    assert_eq!(invalid.pointer.as_str(), "/nodes/0/count");
    assert_eq!(underlined(&result, invalid), "1e400");
}

#[test]
fn huge_exponent_under_an_unknown_key_is_skipped_like_go() {
    let result = hostile(r#"{"cluster": {"clusterName": "demo", "zz": 1e400, "yy": [-1e400]}}"#);
    assert_eq!(codes(&result), ["CCE005"]);
}

#[test]
fn negative_zero_is_a_valid_integer() {
    let result = lint_bytes(
        br#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": -0}]}"#,
        &LintOptions::default(),
    );
    assert!(codes(&result).is_empty(), "{:#?}", result.diagnostics);
    let result = hostile(r#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": -0.0}]}"#);
    assert_eq!(codes(&result), ["CCE004"]);
}

#[test]
fn huge_integers() {
    for number in [
        "123456789012345678901234567890",
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999999999999999999999999999999999999999999999999999999999999999",
    ] {
        let text = format!(
            r#"{{"cluster": {{"clusterName": "demo"}}, "nodes": [{{"count": {number}}}]}}"#
        );
        let result = hostile(&text);
        assert_eq!(codes(&result), ["CCE004"], "{number}");
        assert_eq!(underlined(&result, only(&result, "CCE004")), number);
    }
}

#[test]
fn non_finite_numbers() {
    let prefix = r#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": "#;
    for word in ["NaN", "Infinity", "-Infinity"] {
        let result = syntax_error_at(format!("{prefix}{word}}}]}}"), 1, prefix.len() + 1);
        assert!(underlined(&result, &result.diagnostics[0]).len() <= word.len());
    }
}

#[test]
fn leading_zeros_and_other_malformed_numbers() {
    let prefix = r#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": "#;
    // Go: `invalid character '1' after object key:value pair`.
    for (number, column) in [
        ("01", prefix.len() + 2),
        ("-01", prefix.len() + 3),
        ("00", prefix.len() + 2),
        ("+1", prefix.len() + 1),
        (".5", prefix.len() + 1),
        ("1.", prefix.len() + 1),
        ("0x10", prefix.len() + 1),
        ("-", prefix.len() + 2),
    ] {
        syntax_error_at(format!("{prefix}{number}}}]}}"), 1, column);
    }
}

// ---------------------------------------------------------------------------------------------
// Not JSON: JSON5/JSONC features Go rejects

#[test]
fn line_comment() {
    let result = syntax_error_at("{\n  // the cluster\n  \"cluster\": {}\n}", 2, 3);
    assert_eq!(
        underlined(&result, &result.diagnostics[0]),
        "// the cluster"
    );
}

#[test]
fn block_comment() {
    let result = syntax_error_at("{\n  \"cluster\": {} /* c */\n}", 2, 17);
    assert_eq!(underlined(&result, &result.diagnostics[0]), "/* c */");
}

#[test]
fn trailing_commas() {
    let result = syntax_error_at("{\"cluster\": {\"clusterName\": \"a\",}}", 1, 32);
    assert_eq!(underlined(&result, &result.diagnostics[0]), ",");
    syntax_error_at("{\"cluster\": {\"plugins\": [\"a\",]}}", 1, 29);
    syntax_error_at("{\n  \"cluster\": {},\n}", 2, 16);
}

#[test]
fn unquoted_keys() {
    let result = syntax_error_at("{cluster: {}}", 1, 2);
    assert_eq!(underlined(&result, &result.diagnostics[0]), "cluster");
    syntax_error_at("{\"cluster\": {clusterName: \"a\"}}", 1, 14);
}

#[test]
fn single_quotes() {
    syntax_error_at("{'cluster': {}}", 1, 2);
    syntax_error_at("{\"cluster\": {\"clusterName\": 'a'}}", 1, 29);
}

#[test]
fn unterminated_documents() {
    // An unclosed object is reported at its opening brace.
    let result = syntax_error_at("{\"cluster\": {\"clusterName\": \"a\"}", 1, 1);
    assert!(underlined(&result, &result.diagnostics[0]).starts_with('{'));
    let result = syntax_error_at("{\"cluster\": [", 1, 13);
    assert_eq!(underlined(&result, &result.diagnostics[0]), "[");
    let result = syntax_error_at("{\"cluster\": {\"clusterName\": \"a", 1, 29);
    assert_eq!(underlined(&result, &result.diagnostics[0]), "\"a");
}

#[test]
fn two_root_values() {
    let result = syntax_error_at("{\"cluster\": {}}\n{\"cluster\": {}}", 2, 1);
    assert_eq!(underlined(&result, &result.diagnostics[0]), "{");
    syntax_error_at("{} 1", 1, 4);
}

// ---------------------------------------------------------------------------------------------
// Roots

#[test]
fn scalar_and_array_roots_are_invalid_roots() {
    for text in [
        r#""cluster""#,
        "42",
        "-1.5e3",
        "null",
        "true",
        "[]",
        r#"[{"cluster": {}}]"#,
    ] {
        let result = hostile(text);
        assert_eq!(codes(&result), ["CCE002"], "{text}");
        let root = only(&result, "CCE002");
        assert_eq!(root.severity, Severity::Error);
        assert_eq!(root.pointer.as_str(), "");
        assert_eq!(underlined(&result, root), text);
    }
    // Surrounded by whitespace, the span is the value only.
    let result = hostile("\n  42  \n");
    assert_eq!(at(&result, only(&result, "CCE002")), (2, 3));
}

// ---------------------------------------------------------------------------------------------
// The seed's CDS fragment: an excerpt with `......`

#[test]
fn seed_cds_fragment() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/seed/cds-fragment.json"
    );
    let bytes = std::fs::read(path).expect("the seed fixture");
    let result = hostile(&bytes);
    assert_eq!(codes(&result), ["CCE001"], "{:#?}", result.diagnostics);
    let error = only(&result, "CCE001");
    assert_eq!(at(&result, error), (2, 5));
    assert!(underlined(&result, error).starts_with('.'));
    // The help recognises an excerpt, unlike the help of the same error elsewhere.
    let elsewhere = lint_bytes(b"{\"cluster\": x}", &LintOptions::default());
    assert_eq!(elsewhere.diagnostics[0].message, error.message);
    assert_ne!(elsewhere.diagnostics[0].help, error.help);
    insta::assert_json_snapshot!(serde_json::json!({
        "underlined": underlined(&result, error),
        "message": error.message,
        "help": error.help,
    }));
}

#[test]
fn unicode_ellipsis_excerpt() {
    let result = syntax_error_at("{\n  \"cluster\": {…}\n}", 2, 15);
    let ascii = syntax_error_at("{\n  \"cluster\": {...}\n}", 2, 15);
    assert_eq!(result.diagnostics[0].help, ascii.diagnostics[0].help);
}

// ---------------------------------------------------------------------------------------------
// The hostile fixture files (also run through the CLI in `cce-lint-cli/tests/cli.rs`)

fn hostile_fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/hostile")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// 1-based column of the first occurrence of `needle` on its line, plus `after` bytes.
fn column_of(bytes: &[u8], needle: &[u8], after: usize) -> usize {
    let at = bytes
        .windows(needle.len())
        .position(|window| window == needle)
        .expect("needle in fixture")
        + after;
    let line_start = bytes[..at]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    at - line_start + 1
}

#[test]
fn hostile_fixture_files() {
    for (name, expected, first_error) in [
        (
            "bom-unknown-key.json",
            &["CCE001", "CCE005"][..],
            Some((1, 1)),
        ),
        ("invalid-utf8-in-string.json", &["CCE012"][..], None),
        (
            "invalid-utf8-outside-string.json",
            &["CCE001", "CCE012"][..],
            Some((1, 36)),
        ),
        ("nul-bytes.json", &["CCE001"][..], Some((1, 37))),
        (
            "leading-zero.json",
            &["CCE001"][..],
            Some((
                1,
                column_of(&hostile_fixture("leading-zero.json"), b"01", 1),
            )),
        ),
        (
            "comments-and-trailing-comma.json",
            &["CCE001"][..],
            Some((2, 3)),
        ),
        (
            "non-finite.json",
            &["CCE001"][..],
            Some((1, column_of(&hostile_fixture("non-finite.json"), b"NaN", 0))),
        ),
        ("two-roots.json", &["CCE001"][..], Some((2, 1))),
        ("array-root.json", &["CCE002"][..], Some((1, 1))),
        (
            "deep-arrays.json",
            &["CCE001"][..],
            Some((1, MAX_NESTING_DEPTH + 1)),
        ),
    ] {
        let bytes = hostile_fixture(name);
        let result = hostile(&bytes);
        assert_eq!(
            codes(&result),
            expected,
            "{name}: {:#?}",
            result.diagnostics
        );
        if let Some(position) = first_error {
            let error = result
                .diagnostics
                .iter()
                .find(|d| d.severity == Severity::Error)
                .expect("an error");
            assert_eq!(at(&result, error), position, "{name}: {error:#?}");
        } else {
            assert!(
                !result
                    .diagnostics
                    .iter()
                    .any(|d| STRUCTURAL.contains(&&*d.code) && d.severity == Severity::Error),
                "{name}"
            );
        }
    }
}

#[test]
fn hostile_fixture_raw_control_characters() {
    let bytes = hostile_fixture("raw-control-chars-in-string.json");
    let column = column_of(&bytes, b"\n", 0);
    syntax_error_at(&bytes, 1, column);
}

#[test]
fn every_hostile_fixture_is_in_the_table() {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hostile");
    let mut names: Vec<String> = std::fs::read_dir(directory)
        .expect("hostile fixtures")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "array-root.json",
            "bom-unknown-key.json",
            "comments-and-trailing-comma.json",
            "deep-arrays.json",
            "invalid-utf8-in-string.json",
            "invalid-utf8-outside-string.json",
            "leading-zero.json",
            "non-finite.json",
            "nul-bytes.json",
            "raw-control-chars-in-string.json",
            "two-roots.json",
        ]
    );
}
