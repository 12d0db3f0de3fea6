//! The structural pass (CCE001–CCE012): what the Go decoder emulation reports, where, and
//! with which fix. Diagnostics are matched on (code, pointer) pairs; wording lives only in the
//! insta snapshots under `tests/snapshots/`.

use cce_lint::report::{JsonFile, JsonReport};
use cce_lint::{
    lint, ColumnUnit, Diagnostic, DocumentKind, JsonPointer, LintOptions, LintResult,
    PatchOperation, Severity,
};

/// The codes of the structural pass. Other rule groups are filtered out, so that the tests
/// here keep asserting the exact structural findings when semantic rules are added.
const STRUCTURAL: [&str; 12] = [
    "CCE001", "CCE002", "CCE003", "CCE004", "CCE005", "CCE006", "CCE007", "CCE008", "CCE009",
    "CCE010", "CCE011", "CCE012",
];

fn run(text: &str) -> LintResult {
    lint(text, &LintOptions::default())
}

fn is_structural(diagnostic: &Diagnostic) -> bool {
    STRUCTURAL.contains(&&*diagnostic.code)
}

/// The structural findings as sorted (code, pointer) pairs.
fn pairs(result: &LintResult) -> Vec<(&str, &str)> {
    let mut found: Vec<(&str, &str)> = result
        .diagnostics
        .iter()
        .filter(|d| is_structural(d))
        .map(|d| (&*d.code, d.pointer.as_str()))
        .collect();
    found.sort_unstable();
    found
}

/// Lints `text` and asserts its structural findings are exactly `expected` (any order).
#[track_caller]
fn expect(text: &str, expected: &[(&str, &str)]) -> LintResult {
    let result = run(text);
    let mut expected = expected.to_vec();
    expected.sort_unstable();
    // Also look at the dedicated codes the expectation names (see `enum_code`).
    let mut found: Vec<(&str, &str)> = result
        .diagnostics
        .iter()
        .filter(|d| is_structural(d) || expected.iter().any(|(code, _)| *code == d.code))
        .map(|d| (&*d.code, d.pointer.as_str()))
        .collect();
    found.sort_unstable();
    assert_eq!(found, expected, "input: {text}");
    for diagnostic in &result.diagnostics {
        assert!(
            diagnostic.span.start <= diagnostic.span.end
                && diagnostic.span.end <= result.source.len(),
            "span {:?} of {} outside the input",
            diagnostic.span,
            diagnostic.code
        );
    }
    result
}

/// How many structural findings are errors.
fn structural_errors(result: &LintResult) -> usize {
    result
        .diagnostics
        .iter()
        .filter(|d| is_structural(d) && d.severity == Severity::Error)
        .count()
}

/// The single finding with this code and pointer.
#[track_caller]
fn one<'r>(result: &'r LintResult, code: &str, pointer: &str) -> &'r Diagnostic {
    let matching: Vec<&Diagnostic> = result
        .diagnostics
        .iter()
        .filter(|d| d.code == code && d.pointer.as_str() == pointer)
        .collect();
    assert_eq!(
        matching.len(),
        1,
        "expected exactly one {code} at {pointer:?}, got {:#?}",
        result.diagnostics
    );
    matching[0]
}

/// The source text a span underlines.
fn underlined(result: &LintResult, span: cce_lint::Span) -> &str {
    &result.source[span.start..span.end]
}

fn pointer(text: &str) -> JsonPointer {
    JsonPointer::parse(text).expect("a valid pointer")
}

fn moved(from: &str, to: &str) -> Vec<PatchOperation> {
    vec![PatchOperation::Move {
        from: pointer(from),
        path: pointer(to),
    }]
}

fn fix_patch(diagnostic: &Diagnostic) -> Option<&Vec<PatchOperation>> {
    diagnostic.fix.as_ref().map(|fix| &fix.patch)
}

/// The code the structural pass reports an unknown value of an enumerated create-cluster field
/// under: the field's dedicated rule (`x-cce-rule` in the schema) or CCE011.
fn enum_code(path: &[&str]) -> String {
    let schema = cce_lint::schema::schema(DocumentKind::CreateCluster);
    let definition = |node: &serde_json::Value| -> serde_json::Value {
        let mut node = node.clone();
        loop {
            if let Some(alternatives) = node.get("anyOf").and_then(|a| a.as_array()) {
                let first = alternatives
                    .iter()
                    .find(|alternative| alternative["type"] != "null")
                    .cloned()
                    .expect("a non-null alternative");
                node = first;
            } else if let Some(name) = node
                .get("$ref")
                .and_then(|r| r.as_str())
                .and_then(|r| r.strip_prefix("#/$defs/"))
            {
                node = schema["$defs"][name].clone();
            } else {
                return node;
            }
        }
    };
    let mut node = schema.clone();
    let mut property = serde_json::Value::Null;
    for segment in path {
        let object = definition(&node);
        property = if segment.parse::<usize>().is_ok() {
            object["items"].clone()
        } else {
            object["properties"][*segment].clone()
        };
        assert!(!property.is_null(), "no {segment} in {path:?}");
        node = property.clone();
    }
    let code = property["x-cce-rule"]
        .as_str()
        .unwrap_or("CCE011")
        .to_owned();
    assert!(
        cce_lint::rules::by_code(&code).is_some(),
        "{code} is not a rule"
    );
    code
}

/// Message, help and labels of the structural findings, for wording snapshots.
fn worded(result: &LintResult) -> Vec<serde_json::Value> {
    result
        .diagnostics
        .iter()
        .filter(|d| is_structural(d))
        .map(|d| {
            serde_json::json!({
                "code": d.code,
                "pointer": d.pointer.as_str(),
                "underlined": underlined(result, d.span),
                "message": d.message,
                "help": d.help,
                "labels": d.labels.iter().map(|label| serde_json::json!({
                    "underlined": underlined(result, label.span),
                    "message": label.message,
                })).collect::<Vec<_>>(),
                "fix": d.fix.as_ref().map(|fix| &fix.title),
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// CCE005 unknown-key

#[test]
fn unknown_key_suggests_the_closest_field_and_moves_it() {
    let result = expect(
        r#"{"cluster": {"clusterName": "demo", "masterConfig": {"masterType": "managed", "exposedPubic": true}}}"#,
        &[("CCE005", "/cluster/masterConfig/exposedPubic")],
    );
    let unknown = one(&result, "CCE005", "/cluster/masterConfig/exposedPubic");
    assert_eq!(unknown.severity, Severity::Warning);
    assert_eq!(underlined(&result, unknown.span), r#""exposedPubic""#);
    assert_eq!(
        fix_patch(unknown),
        Some(&moved(
            "/cluster/masterConfig/exposedPubic",
            "/cluster/masterConfig/exposedPublic"
        ))
    );
}

#[test]
fn unknown_key_uses_the_alias_table() {
    let result = expect(
        r#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": 1, "instanceSpec": {"needEIP": true, "eipOption": {"eipChargingType": "ByTraffic"}}}]}"#,
        &[("CCE005", "/nodes/0/instanceSpec/eipOption/eipChargingType")],
    );
    let unknown = one(
        &result,
        "CCE005",
        "/nodes/0/instanceSpec/eipOption/eipChargingType",
    );
    assert_eq!(underlined(&result, unknown.span), r#""eipChargingType""#);
    assert_eq!(
        fix_patch(unknown),
        Some(&moved(
            "/nodes/0/instanceSpec/eipOption/eipChargingType",
            "/nodes/0/instanceSpec/eipOption/eipChargeType"
        ))
    );
}

#[test]
fn unknown_key_without_a_close_field_has_no_fix() {
    let result = expect(
        r#"{"cluster": {"clusterName": "demo", "exposedPubic": true}, "zzzzzzzzzzzz": 1}"#,
        &[
            ("CCE005", "/cluster/exposedPubic"),
            ("CCE005", "/zzzzzzzzzzzz"),
        ],
    );
    // `exposedPublic` lives in masterConfig, not in cluster: no rename inside `cluster`.
    assert_eq!(
        fix_patch(one(&result, "CCE005", "/cluster/exposedPubic")),
        None
    );
    assert_eq!(fix_patch(one(&result, "CCE005", "/zzzzzzzzzzzz")), None);
}

#[test]
fn escaped_keys_are_matched_after_unescaping() {
    // `\u004e` is `N`: Go compares the decoded key, so this is `clusterName` exactly.
    expect(
        r#"{"cluster": {"cluster\u004eame": "demo", "\u0062ogus": 1}}"#,
        &[("CCE005", "/cluster/bogus")],
    );
}

#[test]
fn pointers_escape_slash_and_tilde() {
    let result = expect(
        r#"{"cluster": {"clusterName": "demo", "a/b~c": 1, "k8sCustomConfig": {"customLabels": {"x/y": "1", "x/y": "2"}}}}"#,
        &[
            ("CCE005", "/cluster/a~1b~0c"),
            ("CCE007", "/cluster/k8sCustomConfig/customLabels/x~1y"),
        ],
    );
    let unknown = one(&result, "CCE005", "/cluster/a~1b~0c");
    assert_eq!(underlined(&result, unknown.span), r#""a/b~c""#);
    assert_eq!(
        unknown.pointer.segments().collect::<Vec<_>>(),
        ["cluster", "a/b~c"]
    );
}

#[test]
fn schema_key_at_the_top_level_is_accepted() {
    expect(
        r#"{"$schema": "https://cce-lint.github.io/cce-lint/schemas/create-cluster.schema.json", "cluster": {"clusterName": "demo"}}"#,
        &[],
    );
}

// ---------------------------------------------------------------------------------------------
// CCE006 case-insensitive-key

#[test]
fn case_insensitive_keys_are_reported_at_the_canonical_pointer() {
    let result = expect(
        r#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"CPU": 4, "MEM": 8}}}]}"#,
        &[
            ("CCE006", "/nodes/0/instanceSpec/instanceResource/cpu"),
            ("CCE006", "/nodes/0/instanceSpec/instanceResource/mem"),
        ],
    );
    let cpu = one(
        &result,
        "CCE006",
        "/nodes/0/instanceSpec/instanceResource/cpu",
    );
    assert_eq!(cpu.severity, Severity::Info);
    assert_eq!(underlined(&result, cpu.span), r#""CPU""#);
    assert_eq!(
        fix_patch(cpu),
        Some(&moved(
            "/nodes/0/instanceSpec/instanceResource/CPU",
            "/nodes/0/instanceSpec/instanceResource/cpu"
        ))
    );
}

#[test]
fn go_special_folds_long_s_and_kelvin_sign() {
    // `ſ` (U+017F) folds to `s`, the Kelvin sign (U+212A) to `k`: Go accepts both keys.
    let result = expect(
        r#"{"cluster": {"clusterName": "demo", "masterConfig": {"maſterType": "managed"}, "containerNetworkConfig": {"\u212AubeProxyMode": "ipvs"}}}"#,
        &[
            ("CCE006", "/cluster/containerNetworkConfig/kubeProxyMode"),
            ("CCE006", "/cluster/masterConfig/masterType"),
        ],
    );
    let long_s = one(&result, "CCE006", "/cluster/masterConfig/masterType");
    assert_eq!(underlined(&result, long_s.span), "\"maſterType\"");
    assert_eq!(
        fix_patch(long_s),
        Some(&moved(
            "/cluster/masterConfig/maſterType",
            "/cluster/masterConfig/masterType"
        ))
    );
    let kelvin = one(
        &result,
        "CCE006",
        "/cluster/containerNetworkConfig/kubeProxyMode",
    );
    assert_eq!(underlined(&result, kelvin.span), r#""\u212AubeProxyMode""#);
    assert_eq!(
        fix_patch(kelvin),
        Some(&moved(
            "/cluster/containerNetworkConfig/\u{212A}ubeProxyMode",
            "/cluster/containerNetworkConfig/kubeProxyMode"
        ))
    );
    // The same, written as raw UTF-8 rather than an escape.
    let raw = expect(
        "{\"cluster\": {\"clusterName\": \"demo\", \"containerNetworkConfig\": {\"\u{212A}ubeProxyMode\": \"ipvs\"}}}",
        &[("CCE006", "/cluster/containerNetworkConfig/kubeProxyMode")],
    );
    let kelvin = one(
        &raw,
        "CCE006",
        "/cluster/containerNetworkConfig/kubeProxyMode",
    );
    assert_eq!(underlined(&raw, kelvin.span), "\"\u{212A}ubeProxyMode\"");
}

#[test]
fn keys_that_differ_by_more_than_case_are_unknown() {
    // `ı` (dotless i) does not fold to `i` in Go: not a case variant.
    expect(
        "{\"cluster\": {\"clusterName\": \"demo\", \"descr\u{131}ption\": \"x\"}}",
        &[("CCE005", "/cluster/descr\u{131}ption")],
    );
}

// ---------------------------------------------------------------------------------------------
// CCE007 duplicate-key

#[test]
fn duplicate_keys_exact_and_case_folded_at_several_levels() {
    let text = r#"{"cluster": {"clusterName": "a", "clusterName": "b", "masterConfig": {"masterType": "managed", "MasterType": "custom"}},
 "nodes": [{"count": 1, "count": 2, "instanceSpec": {"instanceResource": {"cpu": 1, "Cpu": 2}}}],
 "Cluster": {"k8sCustomConfig": {"customLabels": {"a": "1", "a": "2", "A": "3"}}}}"#;
    let result = expect(
        text,
        &[
            ("CCE006", "/cluster"),
            ("CCE006", "/cluster/masterConfig/masterType"),
            ("CCE006", "/nodes/0/instanceSpec/instanceResource/cpu"),
            ("CCE007", "/cluster"),
            ("CCE007", "/cluster/clusterName"),
            ("CCE007", "/cluster/masterConfig/masterType"),
            ("CCE007", "/cluster/k8sCustomConfig/customLabels/a"),
            ("CCE007", "/nodes/0/count"),
            ("CCE007", "/nodes/0/instanceSpec/instanceResource/cpu"),
        ],
    );
    // Each duplicate underlines the later key and labels the first occurrence.
    for (pointer, later, first) in [
        ("/cluster", r#""Cluster""#, r#""cluster""#),
        (
            "/cluster/clusterName",
            r#""clusterName""#,
            r#""clusterName""#,
        ),
        (
            "/cluster/masterConfig/masterType",
            r#""MasterType""#,
            r#""masterType""#,
        ),
        ("/nodes/0/count", r#""count""#, r#""count""#),
        (
            "/nodes/0/instanceSpec/instanceResource/cpu",
            r#""Cpu""#,
            r#""cpu""#,
        ),
        (
            "/cluster/k8sCustomConfig/customLabels/a",
            r#""a""#,
            r#""a""#,
        ),
    ] {
        let duplicate = one(&result, "CCE007", pointer);
        assert_eq!(duplicate.severity, Severity::Warning);
        assert_eq!(underlined(&result, duplicate.span), later, "{pointer}");
        assert_eq!(duplicate.labels.len(), 1, "{pointer}");
        let label = duplicate.labels[0].span;
        assert_eq!(underlined(&result, label), first, "{pointer}");
        assert!(label.start < duplicate.span.start, "{pointer}: label after");
    }
    // The first `"clusterName"` is the label, the second the primary span.
    let name = one(&result, "CCE007", "/cluster/clusterName");
    assert_eq!(
        name.labels[0].span.start,
        text.find(r#""clusterName""#).unwrap()
    );
    assert_eq!(name.span.start, text.rfind(r#""clusterName""#).unwrap());
    // Map keys are Go map keys: `A` is a different key from `a`, not a duplicate.
    assert_eq!(
        result
            .diagnostics
            .iter()
            .filter(|d| d
                .pointer
                .as_str()
                .starts_with("/cluster/k8sCustomConfig/customLabels/"))
            .count(),
        1
    );
}

#[test]
fn a_key_written_three_times_labels_the_first_each_time() {
    let text = r#"{"cluster": {"clusterName": "a", "ClusterName": "b", "clusterName": "c"}}"#;
    let result = run(text);
    let duplicates: Vec<&Diagnostic> = result
        .diagnostics
        .iter()
        .filter(|d| d.code == "CCE007")
        .collect();
    assert_eq!(duplicates.len(), 2);
    let first = text.find(r#""clusterName""#).unwrap();
    for duplicate in duplicates {
        assert_eq!(duplicate.pointer.as_str(), "/cluster/clusterName");
        assert_eq!(duplicate.labels[0].span.start, first);
    }
}

#[test]
fn duplicated_objects_merge_in_the_typed_view() {
    // Only the first copy of `cluster` holds the read-only `clusterID`; the copies merge, so
    // the field is still set, and reported in the first copy.
    let text = r#"{"cluster": {"clusterID": "c-123"}, "cluster": {"clusterName": "demo"}}"#;
    let result = expect(
        text,
        &[("CCE007", "/cluster"), ("CCE009", "/cluster/clusterID")],
    );
    let read_only = one(&result, "CCE009", "/cluster/clusterID");
    assert_eq!(read_only.span.start, text.find(r#""clusterID""#).unwrap());
    // A problem in either copy is located in that copy.
    let text = r#"{"cluster": {"clusterName": "demo"}, "cluster": {"runtimeType": "Docker"}}"#;
    let code = enum_code(&["cluster", "runtimeType"]);
    let result = expect(
        text,
        &[("CCE007", "/cluster"), (&code, "/cluster/runtimeType")],
    );
    let value = one(&result, &code, "/cluster/runtimeType");
    assert_eq!(underlined(&result, value.span), r#""Docker""#);
}

/// Whether a rule over the typed document reports an error at `pointer` (the structural
/// findings excluded): how the typed view, which the rules read, becomes visible.
fn typed_error_at(text: &str, at: &str) -> bool {
    run(text)
        .diagnostics
        .iter()
        .any(|d| !is_structural(d) && d.severity == Severity::Error && d.pointer.as_str() == at)
}

#[test]
fn typed_view_keeps_the_last_scalar() {
    // Control: without a VPC the request is in error at /cluster/vpcID.
    assert!(typed_error_at(
        r#"{"cluster": {"clusterName": "demo"}}"#,
        "/cluster/vpcID"
    ));
    assert!(!typed_error_at(
        r#"{"cluster": {"clusterName": "demo", "vpcID": "vpc-43zsdm46t9rp"}}"#,
        "/cluster/vpcID"
    ));
    // The last of duplicates wins, exact or case-folded.
    assert!(typed_error_at(
        r#"{"cluster": {"clusterName": "demo", "vpcID": "vpc-43zsdm46t9rp", "vpcID": ""}}"#,
        "/cluster/vpcID"
    ));
    assert!(!typed_error_at(
        r#"{"cluster": {"clusterName": "demo", "vpcID": "", "vpcID": "vpc-43zsdm46t9rp"}}"#,
        "/cluster/vpcID"
    ));
    assert!(typed_error_at(
        r#"{"cluster": {"clusterName": "demo", "vpcID": "vpc-43zsdm46t9rp", "VPCID": ""}}"#,
        "/cluster/vpcID"
    ));
    assert!(!typed_error_at(
        r#"{"cluster": {"clusterName": "demo", "VpcId": "", "vpcID": "vpc-43zsdm46t9rp"}}"#,
        "/cluster/vpcID"
    ));
}

#[test]
fn typed_view_keeps_the_last_array() {
    // A rule over the typed document notices a request without workers at `/nodes`.
    let finding_at_nodes = |text: &str| {
        run(text)
            .diagnostics
            .iter()
            .any(|d| !is_structural(d) && d.pointer.as_str() == "/nodes")
    };
    let node = r#"{"count": 1, "instanceSpec": {"machineType": "BCC"}}"#;
    let cluster = r#""cluster": {"clusterName": "demo", "vpcID": "vpc-43zsdm46t9rp", "masterConfig": {"masterType": "managed"}}"#;
    assert!(finding_at_nodes(&format!("{{{cluster}}}")), "control");
    assert!(
        !finding_at_nodes(&format!(r#"{{{cluster}, "nodes": [{node}]}}"#)),
        "control"
    );
    // Arrays do not merge: the last one is the request's.
    assert!(finding_at_nodes(&format!(
        r#"{{{cluster}, "nodes": [{node}], "nodes": []}}"#
    )));
    assert!(!finding_at_nodes(&format!(
        r#"{{{cluster}, "nodes": [], "Nodes": [{node}]}}"#
    )));
}

#[test]
fn typed_view_merges_duplicated_objects() {
    // `vpcID` only in the first copy of `cluster`: the copies merge, so it is still set.
    assert!(!typed_error_at(
        r#"{"cluster": {"clusterName": "demo", "vpcID": "vpc-43zsdm46t9rp"}, "cluster": {"k8sVersion": "1.30.1"}}"#,
        "/cluster/vpcID"
    ));
    assert!(!typed_error_at(
        r#"{"cluster": {"k8sVersion": "1.30.1"}, "Cluster": {"clusterName": "demo", "vpcID": "vpc-43zsdm46t9rp"}}"#,
        "/cluster/vpcID"
    ));
    // A later value of the wrong type (CCE003) leaves the earlier one in place.
    assert!(!typed_error_at(
        r#"{"cluster": {"clusterName": "demo", "vpcID": "vpc-43zsdm46t9rp"}, "cluster": {"vpcID": 5}}"#,
        "/cluster/vpcID"
    ));
    // Merge goes deep: later keys win inside the merged objects too.
    assert!(typed_error_at(
        r#"{"cluster": {"clusterName": "demo", "vpcID": "vpc-43zsdm46t9rp"}, "cluster": {"vpcID": ""}}"#,
        "/cluster/vpcID"
    ));
}

#[test]
fn duplicate_wording_distinguishes_merge_from_last_wins() {
    // Objects merge (later keys winning); scalars, arrays and an object replacing a scalar
    // keep only the last value. The difference is only visible in the wording: snapshot it.
    let result = run(
        r#"{"cluster": {"clusterName": "a", "clusterName": "b", "masterConfig": {"masterType": "managed"}, "masterConfig": {"exposedPublic": true}, "plugins": ["a"], "plugins": ["b"], "description": "x", "description": {}}}"#,
    );
    assert_eq!(
        pairs(&result),
        [
            ("CCE003", "/cluster/description"),
            ("CCE007", "/cluster/clusterName"),
            ("CCE007", "/cluster/description"),
            ("CCE007", "/cluster/masterConfig"),
            ("CCE007", "/cluster/plugins"),
        ]
    );
    // With the key name taken out, the merge message differs from the last-wins ones, which
    // are all alike.
    let effect = |at: &str, key: &str| one(&result, "CCE007", at).message.replace(key, "KEY");
    let merge = effect("/cluster/masterConfig", "masterConfig");
    assert_eq!(
        effect("/cluster/clusterName", "clusterName"),
        effect("/cluster/plugins", "plugins")
    );
    assert_eq!(
        effect("/cluster/clusterName", "clusterName"),
        effect("/cluster/description", "description")
    );
    assert_ne!(merge, effect("/cluster/plugins", "plugins"));
    insta::assert_json_snapshot!(worded(&result));
}

// ---------------------------------------------------------------------------------------------
// CCE003 type-mismatch

#[test]
fn type_mismatches_are_errors_on_the_value() {
    let result = expect(
        r#"{"cluster": {"clusterName": "demo", "description": {"text": "x"}, "containerNetworkConfig": {"maxPodsPerNode": "64"}, "masterConfig": {"exposedPublic": 1}},
 "nodes": [{"count": 1, "instanceSpec": {"instanceOS": []}}], "masters": {}}"#,
        &[
            ("CCE003", "/cluster/containerNetworkConfig/maxPodsPerNode"),
            ("CCE003", "/cluster/description"),
            ("CCE003", "/cluster/masterConfig/exposedPublic"),
            ("CCE003", "/masters"),
            ("CCE003", "/nodes/0/instanceSpec/instanceOS"),
        ],
    );
    for (pointer, value) in [
        ("/cluster/containerNetworkConfig/maxPodsPerNode", r#""64""#),
        ("/cluster/description", r#"{"text": "x"}"#),
        ("/cluster/masterConfig/exposedPublic", "1"),
        ("/masters", "{}"),
        ("/nodes/0/instanceSpec/instanceOS", "[]"),
    ] {
        let mismatch = one(&result, "CCE003", pointer);
        assert_eq!(mismatch.severity, Severity::Error);
        assert_eq!(underlined(&result, mismatch.span), value, "{pointer}");
        assert!(mismatch.fix.is_none());
    }
}

#[test]
fn boolean_for_a_string_and_string_for_a_boolean() {
    expect(
        r#"{"cluster": {"clusterName": true, "forbidDelete": "true"}}"#,
        &[
            ("CCE003", "/cluster/clusterName"),
            ("CCE003", "/cluster/forbidDelete"),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// CCE004 invalid-integer

#[test]
fn integers_with_fraction_exponent_or_out_of_range() {
    let result = expect(
        r#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": 4.0, "instanceSpec": {"instanceResource": {"cpu": 1e3, "mem": 9223372036854775808, "gpuCount": -9223372036854775809}}}]}"#,
        &[
            ("CCE004", "/nodes/0/count"),
            ("CCE004", "/nodes/0/instanceSpec/instanceResource/cpu"),
            ("CCE004", "/nodes/0/instanceSpec/instanceResource/gpuCount"),
            ("CCE004", "/nodes/0/instanceSpec/instanceResource/mem"),
        ],
    );
    for (pointer, value) in [
        ("/nodes/0/count", "4.0"),
        ("/nodes/0/instanceSpec/instanceResource/cpu", "1e3"),
        (
            "/nodes/0/instanceSpec/instanceResource/mem",
            "9223372036854775808",
        ),
        (
            "/nodes/0/instanceSpec/instanceResource/gpuCount",
            "-9223372036854775809",
        ),
    ] {
        let invalid = one(&result, "CCE004", pointer);
        assert_eq!(invalid.severity, Severity::Error);
        assert_eq!(underlined(&result, invalid.span), value);
    }
}

#[test]
fn integer_limits_of_64_bit_fields_are_accepted() {
    expect(
        r#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": -0, "instanceSpec": {"instanceResource": {"cpu": 9223372036854775807, "mem": -9223372036854775808}}}]}"#,
        &[],
    );
}

#[test]
fn int32_fields_reject_values_outside_32_bits() {
    let template = |value: &str| {
        format!(
            r#"{{"cluster": {{"clusterName": "demo"}}, "nodes": [{{"count": 1, "instanceSpec": {{"deployCustomConfig": {{"maxPods": {value}}}}}}}]}}"#
        )
    };
    let result = expect(
        &template("2147483648"),
        &[("CCE004", "/nodes/0/instanceSpec/deployCustomConfig/maxPods")],
    );
    let invalid = one(
        &result,
        "CCE004",
        "/nodes/0/instanceSpec/deployCustomConfig/maxPods",
    );
    assert_eq!(underlined(&result, invalid.span), "2147483648");
    expect(
        &template("-2147483649"),
        &[("CCE004", "/nodes/0/instanceSpec/deployCustomConfig/maxPods")],
    );
    expect(&template("2147483647"), &[]);
    expect(&template("-2147483648"), &[]);
    // A 64-bit field takes the same number.
    expect(
        r#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": 2147483648, "instanceSpec": {}}]}"#,
        &[],
    );
}

// ---------------------------------------------------------------------------------------------
// CCE008 null-value

#[test]
fn null_on_non_pointer_fields_is_info_with_a_removal_fix() {
    let result = expect(
        r#"{"cluster": {"clusterName": null, "masterConfig": null}, "nodes": [{"count": null, "instanceSpec": {"vpcConfig": {"securityGroupID": null}}}]}"#,
        &[
            ("CCE008", "/cluster/clusterName"),
            ("CCE008", "/cluster/masterConfig"),
            ("CCE008", "/nodes/0/count"),
            ("CCE008", "/nodes/0/instanceSpec/vpcConfig/securityGroupID"),
        ],
    );
    let null = one(&result, "CCE008", "/nodes/0/count");
    assert_eq!(null.severity, Severity::Info);
    assert_eq!(underlined(&result, null.span), "null");
    assert_eq!(
        fix_patch(null),
        Some(&vec![PatchOperation::Remove {
            path: pointer("/nodes/0/count")
        }])
    );
    assert_eq!(structural_errors(&result), 0);
}

#[test]
fn null_on_pointer_slice_and_map_fields_is_normal() {
    expect(
        r#"{"cluster": {"clusterName": "demo", "plugins": null, "tags": null}, "options": {"skipNetworkCheck": null}, "nodeGroups": null,
 "nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"securityGroups": null}, "deployCustomConfig": {"maxPods": null}}}]}"#,
        &[],
    );
}

// ---------------------------------------------------------------------------------------------
// CCE009 read-only-field

#[test]
fn read_only_fields_are_reported_on_the_key() {
    let result = expect(
        r#"{"cluster": {"clusterName": "demo", "clusterID": "c-123", "vpcCIDR": "192.168.0.0/16"}, "nodes": [{"count": 1, "instanceSpec": {"cceInstanceID": "i-1"}}]}"#,
        &[
            ("CCE009", "/cluster/clusterID"),
            ("CCE009", "/cluster/vpcCIDR"),
            ("CCE009", "/nodes/0/instanceSpec/cceInstanceID"),
        ],
    );
    for (at, key) in [
        ("/cluster/clusterID", r#""clusterID""#),
        ("/cluster/vpcCIDR", r#""vpcCIDR""#),
        ("/nodes/0/instanceSpec/cceInstanceID", r#""cceInstanceID""#),
    ] {
        let read_only = one(&result, "CCE009", at);
        assert_eq!(read_only.severity, Severity::Warning);
        assert_eq!(underlined(&result, read_only.span), key);
        assert_eq!(
            fix_patch(read_only),
            Some(&vec![PatchOperation::Remove { path: pointer(at) }])
        );
    }
}

#[test]
fn read_only_fields_with_empty_values_are_not_reported() {
    // The vendor SDK sends these as "" (zero values): nothing to warn about.
    expect(
        r#"{"cluster": {"clusterName": "demo", "clusterID": "", "vpcCIDR": "", "vpcUUID": ""}, "nodes": [{"count": 1, "instanceSpec": {"cceInstanceID": ""}}]}"#,
        &[],
    );
}

#[test]
fn read_only_key_written_in_another_case_is_both_case_and_read_only() {
    let result = expect(
        r#"{"cluster": {"clusterName": "demo", "ClusterID": "c-1"}}"#,
        &[
            ("CCE006", "/cluster/clusterID"),
            ("CCE009", "/cluster/clusterID"),
        ],
    );
    let read_only = one(&result, "CCE009", "/cluster/clusterID");
    assert_eq!(underlined(&result, read_only.span), r#""ClusterID""#);
}

// ---------------------------------------------------------------------------------------------
// CCE010 undocumented-key

#[test]
fn doc_only_keys_are_undocumented_not_unknown() {
    let result = expect(
        r#"{"cluster": {"clusterName": "demo"}, "nodes": [{"count": 1, "instanceSpec": {"relationTag": true, "deployCustomConfig": {"relationTag": true}, "instanceResource": {"specId": "g4"}}}]}"#,
        &[
            (
                "CCE010",
                "/nodes/0/instanceSpec/deployCustomConfig/relationTag",
            ),
            ("CCE010", "/nodes/0/instanceSpec/instanceResource/specId"),
        ],
    );
    let tag = one(
        &result,
        "CCE010",
        "/nodes/0/instanceSpec/deployCustomConfig/relationTag",
    );
    assert_eq!(tag.severity, Severity::Warning);
    assert_eq!(underlined(&result, tag.span), r#""relationTag""#);
    assert!(tag.fix.is_none());
}

#[test]
fn doc_only_keys_elsewhere_are_unknown() {
    expect(
        r#"{"cluster": {"clusterName": "demo", "specId": "g4"}}"#,
        &[("CCE005", "/cluster/specId")],
    );
}

// ---------------------------------------------------------------------------------------------
// CCE011 unknown-enum-value

const EPHEMERAL_STORAGE_TYPE: &str =
    "/nodes/0/instanceSpec/instanceResource/ephemeralDiskList/0/storageType";

fn with_ephemeral_storage_type(value: &str) -> String {
    format!(
        r#"{{"cluster": {{"clusterName": "demo"}}, "nodes": [{{"count": 1, "instanceSpec": {{"instanceResource": {{"ephemeralDiskList": [{{"storageType": {value}}}]}}}}}}]}}"#
    )
}

#[test]
fn unknown_enum_value_suggests_the_documented_spelling() {
    let code = enum_code(&[
        "nodes",
        "0",
        "instanceSpec",
        "instanceResource",
        "ephemeralDiskList",
        "0",
        "storageType",
    ]);
    let result = expect(
        &with_ephemeral_storage_type(r#""NVMe""#),
        &[(&code, EPHEMERAL_STORAGE_TYPE)],
    );
    let value = one(&result, &code, EPHEMERAL_STORAGE_TYPE);
    if code == "CCE011" {
        assert_eq!(value.severity, Severity::Warning);
    }
    assert_eq!(underlined(&result, value.span), r#""NVMe""#);
    assert_eq!(
        fix_patch(value),
        Some(&vec![PatchOperation::Replace {
            path: pointer(EPHEMERAL_STORAGE_TYPE),
            value: serde_json::json!("nvme"),
        }])
    );
}

#[test]
fn unknown_enum_value_far_from_any_value_has_no_fix() {
    let code = enum_code(&[
        "nodes",
        "0",
        "instanceSpec",
        "instanceResource",
        "ephemeralDiskList",
        "0",
        "storageType",
    ]);
    let result = expect(
        &with_ephemeral_storage_type(r#""zzzzzzzzzz""#),
        &[(&code, EPHEMERAL_STORAGE_TYPE)],
    );
    assert!(one(&result, &code, EPHEMERAL_STORAGE_TYPE).fix.is_none());
}

#[test]
fn unknown_enum_values_of_fields_with_a_dedicated_rule() {
    // Fields such as `kubeProxyMode` have a rule of their own: the structural pass reports an
    // unknown value under that rule's code instead of CCE011, once, with the same fix.
    for (path, written, suggested) in [
        (
            &["cluster", "containerNetworkConfig", "kubeProxyMode"][..],
            "IPVS",
            "ipvs",
        ),
        (&["cluster", "runtimeType"][..], "Docker", "docker"),
        (
            &["cluster", "masterConfig", "masterType"][..],
            "Managed",
            "managed",
        ),
    ] {
        let code = enum_code(path);
        let at = format!("/{}", path.join("/"));
        let mut text = format!("\"{written}\"");
        for segment in path.iter().rev() {
            text = format!(r#"{{"{segment}": {text}}}"#);
        }
        let result = run(&text);
        let found: Vec<&Diagnostic> = result
            .diagnostics
            .iter()
            .filter(|d| d.pointer.as_str() == at)
            .collect();
        assert_eq!(found.len(), 1, "{text}: {:#?}", result.diagnostics);
        assert_eq!(found[0].code, code, "{at}");
        assert_eq!(underlined(&result, found[0].span), format!("\"{written}\""));
        assert_eq!(
            fix_patch(found[0]),
            Some(&vec![PatchOperation::Replace {
                path: pointer(&at),
                value: serde_json::json!(suggested),
            }])
        );
    }
}

#[test]
fn empty_and_documented_enum_values_are_not_reported() {
    expect(
        r#"{"cluster": {"clusterName": "demo", "runtimeType": "", "authenticateMode": "", "containerNetworkConfig": {"kubeProxyMode": ""}}}"#,
        &[],
    );
    expect(
        r#"{"cluster": {"clusterName": "demo", "runtimeType": "containerd", "authenticateMode": "oidc", "containerNetworkConfig": {"kubeProxyMode": "ipvs"}}}"#,
        &[],
    );
    expect(&with_ephemeral_storage_type(r#""""#), &[]);
    expect(&with_ephemeral_storage_type(r#""nvme""#), &[]);
    // No dedicated rule code fires on those documented values either.
    let result = run(
        r#"{"cluster": {"clusterName": "demo", "runtimeType": "containerd", "containerNetworkConfig": {"kubeProxyMode": "ipvs"}}}"#,
    );
    let dedicated = [
        enum_code(&["cluster", "runtimeType"]),
        enum_code(&["cluster", "containerNetworkConfig", "kubeProxyMode"]),
    ];
    assert!(
        !result
            .diagnostics
            .iter()
            .any(|d| dedicated.iter().any(|code| *code == d.code)
                && (d.pointer.as_str() == "/cluster/runtimeType"
                    || d.pointer.as_str() == "/cluster/containerNetworkConfig/kubeProxyMode")),
        "{:#?}",
        result.diagnostics
    );
}

// ---------------------------------------------------------------------------------------------
// CCE002 invalid-root

#[test]
fn non_object_roots_are_invalid() {
    for text in [
        "[]",
        r#""cluster""#,
        "1",
        "true",
        "null",
        r#"[{"cluster": {}}]"#,
    ] {
        let result = expect(text, &[("CCE002", "")]);
        let root = one(&result, "CCE002", "");
        assert_eq!(root.severity, Severity::Error);
        assert_eq!(underlined(&result, root.span), text);
    }
}

#[test]
fn missing_cluster_is_invalid_root() {
    let result = expect(r#"{"nodes": []}"#, &[("CCE002", "/cluster")]);
    let missing = one(&result, "CCE002", "/cluster");
    assert_eq!(missing.severity, Severity::Error);
    // Nothing to underline but the document: its first byte.
    assert_eq!(missing.span, cce_lint::Span::new(0, 1));
    expect("{}", &[("CCE002", "/cluster")]);
    // A wrong type is a type mismatch, not a missing cluster.
    expect(r#"{"cluster": "x"}"#, &[("CCE003", "/cluster")]);
}

#[test]
fn null_cluster_is_a_missing_cluster() {
    let result = run(r#"{"cluster": null}"#);
    assert!(
        pairs(&result).contains(&("CCE002", "/cluster")),
        "{:#?}",
        result.diagnostics
    );
}

// ---------------------------------------------------------------------------------------------
// Document kinds

#[test]
fn kind_detection_from_top_level_keys() {
    for (keys, kind) in [
        (&["cluster", "nodes"][..], DocumentKind::CreateCluster),
        (&["masters"][..], DocumentKind::CreateCluster),
        (
            &["Cluster", "requestId"][..],
            DocumentKind::GetClusterResponse,
        ),
        (
            &["clusterPage", "requestId"][..],
            DocumentKind::ListClustersResponse,
        ),
        (
            &["steps", "requestID"][..],
            DocumentKind::GetEventStepsResponse,
        ),
        (
            &["success", "requestId"][..],
            DocumentKind::ForbidDeleteResponse,
        ),
        (&["forbidDelete"][..], DocumentKind::ForbidDeleteRequest),
        (&["ForbidDelete"][..], DocumentKind::ForbidDeleteRequest),
        (
            &["clusterID", "requestID"][..],
            DocumentKind::CreateClusterResponse,
        ),
        (&["requestId"][..], DocumentKind::DeleteClusterResponse),
        (
            &["keywordType", "pageNo"][..],
            DocumentKind::ListClustersQuery,
        ),
        (
            &["deleteResource", "moveOut"][..],
            DocumentKind::DeleteClusterQuery,
        ),
        (&[][..], DocumentKind::CreateCluster),
        (&["whatever"][..], DocumentKind::CreateCluster),
    ] {
        assert_eq!(DocumentKind::detect(keys.iter().copied()), kind, "{keys:?}");
    }
}

#[test]
fn forbid_delete_body_lints_as_forbid_delete_request() {
    let result = expect(r#"{"forbidDelete": true}"#, &[]);
    assert_eq!(result.kind, DocumentKind::ForbidDeleteRequest);
    assert_eq!(
        result.count(Severity::Error) + result.count(Severity::Warning),
        0,
        "{:#?}",
        result.diagnostics
    );

    let result = expect(r#"{"ForbidDelete": true}"#, &[("CCE006", "/forbidDelete")]);
    assert_eq!(result.kind, DocumentKind::ForbidDeleteRequest);
    let key = one(&result, "CCE006", "/forbidDelete");
    assert_eq!(underlined(&result, key.span), r#""ForbidDelete""#);

    let result = expect(r#"{"forbidDelete": "yes"}"#, &[("CCE003", "/forbidDelete")]);
    assert_eq!(result.kind, DocumentKind::ForbidDeleteRequest);
}

#[test]
fn a_forced_kind_overrides_detection() {
    let options = LintOptions::default().with_kind(Some(DocumentKind::CreateCluster));
    let result = lint(r#"{"forbidDelete": true}"#, &options);
    assert_eq!(result.kind, DocumentKind::CreateCluster);
    assert_eq!(
        pairs(&result),
        [("CCE002", "/cluster"), ("CCE005", "/forbidDelete")]
    );
    // A create body linted as a list query: every key is unknown there.
    let options = LintOptions::default().with_kind(Some(DocumentKind::ListClustersQuery));
    let result = lint(r#"{"cluster": {"clusterName": "demo"}}"#, &options);
    assert_eq!(result.kind, DocumentKind::ListClustersQuery);
    assert_eq!(pairs(&result), [("CCE005", "/cluster")]);
}

// ---------------------------------------------------------------------------------------------
// One pass finds everything

#[test]
fn every_mistake_is_reported_in_one_pass() {
    let storage_code = enum_code(&[
        "nodes",
        "0",
        "instanceSpec",
        "instanceResource",
        "ephemeralDiskList",
        "0",
        "storageType",
    ]);
    let text = r#"{
  "cluster": {
    "clusterName": "demo",
    "clusterID": "c-123",
    "masterConfig": {"masterType": "managed", "exposedPubic": true},
    "containerNetworkConfig": {"maxPodsPerNode": "64"},
    "description": null
  },
  "nodes": [
    {"count": 2.0, "instanceSpec": {"instanceResource": {"CPU": 4, "ephemeralDiskList": [{"storageType": "NVMe"}]}, "deployCustomConfig": {"relationTag": true}}}
  ],
  "nodes": []
}"#;
    let result = expect(
        text,
        &[
            ("CCE003", "/cluster/containerNetworkConfig/maxPodsPerNode"),
            ("CCE004", "/nodes/0/count"),
            ("CCE005", "/cluster/masterConfig/exposedPubic"),
            ("CCE006", "/nodes/0/instanceSpec/instanceResource/cpu"),
            ("CCE007", "/nodes"),
            ("CCE008", "/cluster/description"),
            ("CCE009", "/cluster/clusterID"),
            (
                "CCE010",
                "/nodes/0/instanceSpec/deployCustomConfig/relationTag",
            ),
            (&storage_code, EPHEMERAL_STORAGE_TYPE),
        ],
    );
    // Sorted by position in the source.
    let starts: Vec<usize> = result.diagnostics.iter().map(|d| d.span.start).collect();
    let mut sorted = starts.clone();
    sorted.sort_unstable();
    assert_eq!(starts, sorted);
    assert_eq!(structural_errors(&result), 2);
    insta::assert_json_snapshot!(worded(&result));
}

#[test]
fn chinese_messages_differ_from_english() {
    let text = r#"{"cluster": {"clusterName": "demo", "masterConfig": {"exposedPubic": true}}}"#;
    let english = run(text);
    let chinese = lint(text, &LintOptions::default().with_lang(cce_lint::Lang::Zh));
    assert_eq!(pairs(&english), pairs(&chinese));
    let zh = one(&chinese, "CCE005", "/cluster/masterConfig/exposedPubic");
    let en = one(&english, "CCE005", "/cluster/masterConfig/exposedPubic");
    assert_ne!(zh.message, en.message);
    assert!(zh
        .message
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    assert_eq!(zh.span, en.span);
    assert!(fix_patch(en).is_some());
    assert_eq!(fix_patch(zh), fix_patch(en));
    assert_ne!(
        zh.fix.as_ref().map(|fix| &fix.title),
        en.fix.as_ref().map(|fix| &fix.title)
    );
}

// ---------------------------------------------------------------------------------------------
// Secrets: a password never leaves the library

const CANARY: &str = "Canary-Pa55word!";

/// Asserts the canary appears nowhere a front end could show: the masked source, any text of
/// any diagnostic, the JSON report.
#[track_caller]
fn assert_no_canary_in_output(result: &LintResult) {
    for diagnostic in &result.diagnostics {
        let serialized = serde_json::to_string(diagnostic).expect("serializable");
        assert!(
            !serialized.contains(CANARY),
            "the canary leaks through {}: {serialized}",
            diagnostic.code
        );
    }
    let report = JsonReport::new(vec![JsonFile::new(
        "request.json",
        result,
        ColumnUnit::Chars,
    )]);
    let json = serde_json::to_string(&report).expect("serializable");
    assert!(
        !json.contains(CANARY),
        "the canary leaks into the JSON report: {json}"
    );
}

#[track_caller]
fn assert_canary_masked(text: &str, expected: &[(&str, &str)]) {
    assert!(text.contains(CANARY));
    let result = expect(text, expected);
    assert_eq!(result.source.len(), text.len(), "masking keeps offsets");
    assert!(
        !result.source.contains(CANARY),
        "the canary is visible in the source: {}",
        result.source
    );
    assert!(
        !result.source.contains("Pa55"),
        "part of the canary is visible in the source: {}",
        result.source
    );
    assert_no_canary_in_output(&result);
}

fn instance_spec(spec: &str) -> String {
    format!(
        r#"{{"cluster": {{"clusterName": "demo"}}, "nodes": [{{"count": 1, "instanceSpec": {spec}}}]}}"#
    )
}

#[test]
fn admin_password_is_masked() {
    let text = instance_spec(&format!(r#"{{"adminPassword": "{CANARY}"}}"#));
    assert_canary_masked(&text, &[]);
    let result = run(&text);
    // Masked byte for byte: the quotes stay, the inside is `*`.
    let masked = format!(r#""adminPassword": "{}""#, "*".repeat(CANARY.len()));
    assert!(result.source.contains(&masked), "{}", result.source);
}

#[test]
fn admin_password_misspelt_is_masked() {
    assert_canary_masked(
        &instance_spec(&format!(r#"{{"adminPasword": "{CANARY}"}}"#)),
        &[("CCE005", "/nodes/0/instanceSpec/adminPasword")],
    );
    assert_canary_masked(
        &instance_spec(&format!(r#"{{"password": "{CANARY}"}}"#)),
        &[("CCE005", "/nodes/0/instanceSpec/password")],
    );
    assert_canary_masked(
        &instance_spec(&format!(r#"{{"rootPassword": "{CANARY}"}}"#)),
        &[("CCE005", "/nodes/0/instanceSpec/rootPassword")],
    );
}

#[test]
fn admin_password_case_varied_and_duplicated_is_masked() {
    assert_canary_masked(
        &instance_spec(&format!(r#"{{"AdminPassword": "{CANARY}"}}"#)),
        &[("CCE006", "/nodes/0/instanceSpec/adminPassword")],
    );
    assert_canary_masked(
        &instance_spec(&format!(
            r#"{{"adminPassword": "{CANARY}", "adminPassword": "{CANARY}", "ADMINPASSWORD": "{CANARY}"}}"#
        )),
        &[
            ("CCE006", "/nodes/0/instanceSpec/adminPassword"),
            ("CCE007", "/nodes/0/instanceSpec/adminPassword"),
            ("CCE007", "/nodes/0/instanceSpec/adminPassword"),
        ],
    );
    // Duplicated inside duplicated objects.
    assert_canary_masked(
        &format!(
            r#"{{"cluster": {{"clusterName": "demo"}}, "masters": [{{"count": 1, "instanceSpec": {{"adminPassword": "{CANARY}"}}, "instanceSpec": {{"adminPassword": "{CANARY}"}}}}]}}"#
        ),
        &[("CCE007", "/masters/0/instanceSpec")],
    );
}

#[test]
fn admin_password_with_the_wrong_type_is_not_in_any_message_or_report() {
    for value in [
        format!(r#"["{CANARY}"]"#),
        format!(r#"{{"value": "{CANARY}"}}"#),
    ] {
        let text = instance_spec(&format!(r#"{{"adminPassword": {value}}}"#));
        let result = expect(&text, &[("CCE003", "/nodes/0/instanceSpec/adminPassword")]);
        assert_no_canary_in_output(&result);
    }
}

#[test]
fn admin_password_with_the_wrong_type_is_masked_in_the_source() {
    for value in [
        format!(r#"["{CANARY}"]"#),
        format!(r#"{{"value": "{CANARY}"}}"#),
    ] {
        assert_canary_masked(
            &instance_spec(&format!(r#"{{"adminPassword": {value}}}"#)),
            &[("CCE003", "/nodes/0/instanceSpec/adminPassword")],
        );
    }
}

#[test]
fn admin_password_in_an_unparsable_document_is_masked_in_the_source() {
    let text = format!(
        "{{\"cluster\": {{\"clusterName\": \"demo\"}},\n \"nodes\": [{{\"count\": 1, \"instanceSpec\": {{\n  \"adminPassword\": \"{CANARY}\"\n  \"instanceName\": \"x\"}}}}]}}"
    );
    assert_canary_masked(&text, &[("CCE001", "")]);
}

#[test]
fn admin_password_as_an_object_key_is_masked() {
    assert_canary_masked(
        &instance_spec(&format!(r#"{{"adminPassword": {{"{CANARY}": "x"}}}}"#)),
        &[("CCE003", "/nodes/0/instanceSpec/adminPassword")],
    );
    assert_canary_masked(
        &instance_spec(&format!(r#"{{"adminPasswd": {{"{CANARY}": 1}}}}"#)),
        &[("CCE005", "/nodes/0/instanceSpec/adminPasswd")],
    );
}

#[test]
fn abbreviated_password_keys_are_masked() {
    for key in ["adminPwd", "admin_pwd", "rootPwd"] {
        let pointer = format!("/nodes/0/instanceSpec/{key}");
        assert_canary_masked(
            &instance_spec(&format!(r#"{{"{key}": "{CANARY}"}}"#)),
            &[("CCE005", &pointer)],
        );
    }
}

#[test]
fn serverless_relay_password_is_masked() {
    let ai = |body: &str| instance_spec(&format!(r#"{{"aiInfraOption": {body}}}"#));
    assert_canary_masked(&ai(&format!(r#"{{"serverLessRelayPW": "{CANARY}"}}"#)), &[]);
    assert_canary_masked(
        &ai(&format!(r#"{{"serverLessRelayPw": "{CANARY}"}}"#)),
        &[(
            "CCE006",
            "/nodes/0/instanceSpec/aiInfraOption/serverLessRelayPW",
        )],
    );
    assert_canary_masked(
        &ai(&format!(r#"{{"serverLesRelayPW": "{CANARY}"}}"#)),
        &[(
            "CCE005",
            "/nodes/0/instanceSpec/aiInfraOption/serverLesRelayPW",
        )],
    );
    assert_canary_masked(
        &ai(&format!(r#"{{"serverLessRelayPWD": "{CANARY}"}}"#)),
        &[(
            "CCE005",
            "/nodes/0/instanceSpec/aiInfraOption/serverLessRelayPWD",
        )],
    );
    assert_canary_masked(
        &ai(&format!(
            r#"{{"serverLessRelayPW": "{CANARY}", "serverLessRelayPW": "{CANARY}"}}"#
        )),
        &[(
            "CCE007",
            "/nodes/0/instanceSpec/aiInfraOption/serverLessRelayPW",
        )],
    );
    let result = expect(
        &ai(&format!(r#"{{"serverLessRelayPW": ["{CANARY}"]}}"#)),
        &[(
            "CCE003",
            "/nodes/0/instanceSpec/aiInfraOption/serverLessRelayPW",
        )],
    );
    assert_no_canary_in_output(&result);
}

#[test]
fn passwords_in_node_group_templates_are_masked() {
    assert_canary_masked(
        &format!(
            r#"{{"cluster": {{"clusterName": "demo"}}, "nodeGroups": [{{"instanceGroupName": "g", "replicas": 1, "instanceTemplate": {{"adminPassword": "{CANARY}", "aiInfraOption": {{"serverLessRelayPW": "{CANARY}"}}}}}}]}}"#
        ),
        &[],
    );
}

#[test]
fn invalid_utf8_next_to_a_password_keeps_it_masked() {
    let mut bytes = instance_spec(&format!(
        r#"{{"adminPassword": "{CANARY}", "instanceName": "a"}}"#
    ))
    .into_bytes();
    let at = bytes.len() - 6; // inside "a"
    bytes.insert(at, 0xff);
    let result = cce_lint::lint_bytes(&bytes, &LintOptions::default());
    assert_eq!(pairs(&result), [("CCE012", "")]);
    assert_eq!(result.source.len(), bytes.len());
    assert!(!result.source.contains(CANARY));
    assert_no_canary_in_output(&result);
}
