//! The hostile-input catalogue: each case gets the expected located diagnostic, no panic, and
//! bounded memory — the peak heap growth of one lint, counted by this binary's global
//! allocator (a deterministic measure, not a timing), stays under a multiple of the input.

use std::sync::Mutex;

use cce_lint::{lint_bytes, LintOptions, LintResult};
use peak_alloc::PeakAlloc;

#[path = "generated_requests/mod.rs"]
mod generated_requests;

#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

/// Serialises the cases: the allocator's counters are process-wide.
static MEASURING: Mutex<()> = Mutex::new(());

/// The peak heap of one lint may be at most this many times the input…
const MEMORY_FACTOR: usize = 48;
/// …plus this much (the rule catalogue, schema tables and diagnostics of a tiny input).
const MEMORY_SLACK: usize = 4 * 1024 * 1024;

/// The heap one finding may take while it is built and sorted.
const BYTES_PER_FINDING: usize = 4 * 1024;

/// The full-size cases (a 64 MiB document, 1,000,000-element arrays) take minutes in a debug
/// build; the test suite runs them at 1/64 of the size, and `cargo xtask fuzz` runs this
/// binary in release with `CCE_LINT_HOSTILE_FULL_SIZE=1` for the full sizes.
fn scaled(full: usize) -> usize {
    if std::env::var_os("CCE_LINT_HOSTILE_FULL_SIZE").is_some() {
        full
    } else {
        full / 64
    }
}

/// Lints `input`, checks the invariants and the expected codes, and returns the result with
/// the peak heap it took.
#[track_caller]
fn check(input: &[u8], expected_codes: &[&str]) -> (LintResult, usize) {
    check_within(input, expected_codes, |_| {
        MEMORY_FACTOR * input.len() + MEMORY_SLACK
    })
}

/// [`check`] with the peak heap bound computed from the result (for inputs whose every few
/// bytes are a finding: there the bound is per finding).
#[track_caller]
fn check_within(
    input: &[u8],
    expected_codes: &[&str],
    bound: impl FnOnce(&LintResult) -> usize,
) -> (LintResult, usize) {
    let _serial = MEASURING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // Warm the lazily built tables (schema shapes, rule data) so that they do not count
    // against this input.
    for (_, seed) in generated_requests::SEEDS {
        drop(lint_bytes(seed.as_bytes(), &LintOptions::default()));
    }
    ALLOCATOR.reset_peak_usage();
    let before = ALLOCATOR.current_usage();
    let result = lint_bytes(input, &LintOptions::default());
    let peak = ALLOCATOR.peak_usage().saturating_sub(before);
    let bound = bound(&result);
    assert!(
        peak <= bound,
        "peak heap {peak} bytes for an input of {} bytes (bound {bound})",
        input.len()
    );
    assert!(!result.diagnostics.is_empty(), "no diagnostic");
    assert_eq!(result.source.len(), input.len(), "offsets are the input's");
    for diagnostic in &result.diagnostics {
        let span = diagnostic.span;
        assert!(
            span.start <= span.end && span.end <= input.len(),
            "{} {:?} lies outside the {} input bytes",
            diagnostic.code,
            span,
            input.len()
        );
        assert!(
            result.source.is_char_boundary(span.start) && result.source.is_char_boundary(span.end),
            "{} {span:?} splits a character",
            diagnostic.code
        );
        assert!(
            !span.is_empty() || input.trim_ascii().is_empty(),
            "{} at {} has an empty span over a non-empty input",
            diagnostic.code,
            diagnostic.pointer
        );
    }
    for code in expected_codes {
        assert!(
            result
                .diagnostics
                .iter()
                .any(|diagnostic| diagnostic.code == *code),
            "expected {code}, got {:#?}",
            result
                .diagnostics
                .iter()
                .map(|diagnostic| (&diagnostic.code, diagnostic.pointer.as_str()))
                .collect::<Vec<_>>()
        );
    }
    (result, peak)
}

/// The pointers at which `code` was reported.
fn pointers<'r>(result: &'r LintResult, code: &str) -> Vec<&'r str> {
    result
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.code == code)
        .map(|diagnostic| diagnostic.pointer.as_str())
        .collect()
}

/// Seed 01 with its `kubeAPIQPS` value (an integer field) written as `number`.
fn seed_with_qps(number: &str) -> Vec<u8> {
    let seed = generated_requests::SEEDS[0].1;
    let replaced = seed.replacen(
        "\"kubeAPIQPS\": 1000",
        &format!("\"kubeAPIQPS\": {number}"),
        1,
    );
    assert_ne!(seed, replaced, "the seed has kubeAPIQPS");
    replaced.into_bytes()
}

const QPS_POINTER: &str = "/cluster/k8sCustomConfig/kubeAPIQPS";

#[test]
fn empty_input() {
    check(b"", &["CCE001"]);
}

#[test]
fn whitespace_only() {
    check(b" \n\t\r\n   ", &["CCE001"]);
}

#[test]
fn byte_order_mark() {
    let mut input = b"\xEF\xBB\xBF".to_vec();
    input.extend_from_slice(generated_requests::SEEDS[0].1.as_bytes());
    let (result, _) = check(&input, &["CCE001"]);
    let bom = result
        .diagnostics
        .iter()
        .find(|diagnostic| diagnostic.code == "CCE001")
        .expect("reported");
    assert_eq!((bom.span.start, bom.span.end), (0, 3));
}

#[test]
fn invalid_utf8_inside_a_string() {
    let seed = generated_requests::SEEDS[0].1;
    let mut input = seed.as_bytes().to_vec();
    let at = seed
        .find("test-open-types")
        .expect("the seed's cluster name")
        + 4;
    input.splice(at..at, [0xFF, 0xFE]);
    let (result, _) = check(&input, &["CCE012"]);
    // Each byte that starts no valid sequence is its own finding.
    let found: Vec<(usize, usize)> = result
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.code == "CCE012")
        .map(|diagnostic| (diagnostic.span.start, diagnostic.span.end))
        .collect();
    assert_eq!(found, [(at, at + 1), (at + 1, at + 2)]);
}

#[test]
fn invalid_utf8_outside_strings() {
    check(b"{\xC0\xAF: 1}", &["CCE012", "CCE001"]);
}

#[test]
fn nul_bytes() {
    check(b"{\"cluster\": \0}", &["CCE001"]);
    check(b"\0\0\0\0", &["CCE001"]);
}

#[test]
fn arrays_nested_100_000_deep() {
    let depth = 100_000;
    let input = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    check(input.as_bytes(), &["CCE001"]);
}

#[test]
fn objects_nested_100_000_deep() {
    let depth = 100_000;
    let input = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    check(input.as_bytes(), &["CCE001"]);
}

#[test]
fn a_64_mib_document() {
    // One request whose cluster name is 64 MiB long: parsed, decoded and checked in full.
    let name = "n".repeat(scaled(64 * 1024 * 1024));
    let input = format!("{{\"cluster\": {{\"clusterName\": \"{name}\"}}}}");
    drop(name);
    let (result, peak) = check(input.as_bytes(), &[]);
    assert!(
        peak <= 8 * input.len(),
        "a 64 MiB string takes {peak} bytes of heap: {:?}",
        result.diagnostics.len()
    );
}

#[test]
fn a_1_000_000_element_array_at_the_root() {
    let input = format!("[{}0]", "0,".repeat(scaled(1_000_000) - 1));
    check(input.as_bytes(), &["CCE002"]);
}

#[test]
fn a_1_000_000_element_array_of_the_wrong_type() {
    // Every element is a mismatch (`plugins` holds strings): one finding each, memory bounded.
    let elements = scaled(1_000_000);
    let input = format!(
        "{{\"cluster\": {{\"clusterName\": \"c\", \"plugins\": [{}1]}}}}",
        "1,".repeat(elements - 1)
    );
    // Two input bytes per finding: memory is bounded per finding (each holds its message,
    // help, pointer and URL), not by a multiple of the input.
    let (result, _) = check_within(input.as_bytes(), &["CCE003"], |result| {
        MEMORY_SLACK + result.diagnostics.len() * BYTES_PER_FINDING
    });
    assert!(
        result.diagnostics.len() <= 4 * elements,
        "findings grow with the elements"
    );
    let last = format!("/cluster/plugins/{}", elements - 1);
    assert!(pointers(&result, "CCE003").contains(&last.as_str()));
}

#[test]
fn a_number_beyond_f64() {
    let (result, _) = check(&seed_with_qps("1e400"), &["CCE004"]);
    assert_eq!(pointers(&result, "CCE004"), [QPS_POINTER]);
}

#[test]
fn negative_zero_is_zero() {
    // Go decodes `-0` into an int as 0: no integer finding, the request still lints.
    let (result, _) = check(&seed_with_qps("-0"), &[]);
    assert!(
        pointers(&result, "CCE004").is_empty(),
        "{:?}",
        result.diagnostics
    );
}

#[test]
fn a_huge_integer() {
    let (result, _) = check(
        &seed_with_qps("123456789012345678901234567890"),
        &["CCE004"],
    );
    assert_eq!(pointers(&result, "CCE004"), [QPS_POINTER]);
}

#[test]
fn a_fraction_in_an_integer_field() {
    let (result, _) = check(&seed_with_qps("1000.5"), &["CCE004"]);
    assert_eq!(pointers(&result, "CCE004"), [QPS_POINTER]);
}

#[test]
fn nan_and_infinity() {
    for literal in ["NaN", "Infinity", "-Infinity"] {
        check(&seed_with_qps(literal), &["CCE001"]);
    }
}

#[test]
fn comments() {
    check(b"{\"cluster\": {} // a comment\n}", &["CCE001"]);
    check(b"/* block */ {\"cluster\": {}}", &["CCE001"]);
}

#[test]
fn trailing_commas() {
    check(b"{\"cluster\": {\"clusterName\": \"c\",},}", &["CCE001"]);
    check(b"{\"nodes\": [1, 2,]}", &["CCE001"]);
}

#[test]
fn unquoted_keys() {
    check(b"{cluster: {}}", &["CCE001"]);
}

#[test]
fn single_quotes() {
    check(b"{'cluster': {}}", &["CCE001"]);
}

#[test]
fn duplicate_keys_at_every_level() {
    let input = br#"{
        "cluster": {
            "masterConfig": {"masterType": "managed", "masterType": "managed"},
            "masterConfig": {"clusterHA": 1, "clusterHA": 3},
            "clusterName": "a",
            "clusterName": "b"
        },
        "cluster": {"vpcID": "vpc-a", "vpcID": "vpc-b"},
        "nodes": [{"count": 1, "count": 2, "instanceSpec": {"cpu": 1}, "instanceSpec": {}}]
    }"#;
    let (result, _) = check(input, &["CCE007"]);
    let found = pointers(&result, "CCE007");
    for pointer in [
        "/cluster",
        "/cluster/masterConfig",
        "/cluster/masterConfig/masterType",
        "/cluster/masterConfig/clusterHA",
        "/cluster/clusterName",
        "/cluster/vpcID",
        "/nodes/0/count",
        "/nodes/0/instanceSpec",
    ] {
        assert!(found.contains(&pointer), "{pointer} not in {found:?}");
    }
}

#[test]
fn keys_differing_only_in_case() {
    let input = br#"{"Cluster": {"ClusterName": "a", "CLUSTERNAME": "b", "clusterName": "c"}}"#;
    let (result, _) = check(input, &["CCE006", "CCE007"]);
    let found = pointers(&result, "CCE006");
    assert!(found.contains(&"/cluster"), "{found:?}");
    assert!(found.contains(&"/cluster/clusterName"), "{found:?}");
}

#[test]
fn non_object_roots() {
    for input in [
        "[]",
        "[{\"cluster\": {}}]",
        "42",
        "-0",
        "true",
        "false",
        "null",
    ] {
        check(input.as_bytes(), &["CCE002"]);
    }
}

#[test]
fn a_json_string_root() {
    check(b"\"{\\\"cluster\\\": {}}\"", &["CCE002"]);
}

#[test]
fn several_root_values() {
    check(b"{\"cluster\": {}} {\"cluster\": {}}", &["CCE001"]);
}

#[test]
fn a_one_mebibyte_unknown_key() {
    let key = "k".repeat(scaled(1024 * 1024));
    let input = format!("{{\"cluster\": {{\"{key}\": 1}}}}");
    let (result, _) = check(input.as_bytes(), &["CCE005"]);
    assert!(pointers(&result, "CCE005")
        .iter()
        .any(|pointer| pointer.len() > key.len()));
}

#[test]
fn lone_surrogate_escapes() {
    check(br#"{"cluster": {"clusterName": "\ud800"}}"#, &[]);
}

#[test]
fn a_truncated_request() {
    let seed = generated_requests::SEEDS[1].1;
    for cut in [1, seed.len() / 3, seed.len() / 2, seed.len() - 2] {
        check(&seed.as_bytes()[..cut], &["CCE001"]);
    }
}

#[test]
fn a_one_mebibyte_request_of_many_node_sets() {
    let input = generated_requests::request_of_size(scaled(1024 * 1024));
    let (result, peak) = check(input.as_bytes(), &[]);
    // A valid request costs far less than the hostile bound: about a dozen times its size.
    assert!(
        peak <= 16 * input.len(),
        "peak heap {peak} for {} bytes ({} findings)",
        input.len(),
        result.diagnostics.len()
    );
}

#[test]
fn an_unterminated_secret_ending_inside_a_multibyte_character() {
    // Found by `cargo xtask fuzz` (lint_bytes): masking the secret of an unterminated literal
    // must not cut the last character in two (the source came back empty).
    for input in [
        "{\"nodes\": [{\"instanceSpec\": {\"adminPassword\": \"canary\u{70c}".as_bytes(),
        b"0CC, \"adminPassword\": \"test1\xff\xe7\xa4\xba\xe4\xbestinG\xdc\x8c",
    ] {
        let (result, _) = check(input, &["CCE001"]);
        assert!(!result.source.contains("canary"), "{}", result.source);
        assert!(!result.source.contains("test1"), "{}", result.source);
    }
}

#[test]
fn a_short_unicode_escape_before_a_multibyte_character() {
    // Found by `cargo xtask fuzz` (lint_bytes): the span of `\u` with fewer than four hex
    // digits was six bytes long whatever followed, and ended inside the `团` after it.
    let (result, _) = check("{\"tagKey\": \"adc\\ub \"团队\"}".as_bytes(), &["CCE001"]);
    let error = &result.diagnostics[0];
    assert_eq!(
        &result.source[error.span.start..error.span.end],
        "\\ub \"团"
    );
}
