//! Property tests: valid requests (the seed bodies and a generated multi-node-set request),
//! mutated — keys dropped, duplicated, retyped and re-cased, numbers and CIDRs changed —
//! never panic the linter; every diagnostic's span lies inside the input on character
//! boundaries; every pointer resolves in the document or names a missing key under an
//! existing parent (structural findings), or a key below an absent or mistyped value (rules
//! about missing fields); array indices always exist.

use cce_lint::{lint_bytes, LintOptions};
use proptest::prelude::*;
use serde_json::Value;

#[path = "generated_requests/mod.rs"]
mod generated_requests;

/// A JSON document that can hold what `serde_json::Value` cannot: duplicate keys and number
/// literals of any spelling.
#[derive(Debug, Clone)]
enum Doc {
    Object(Vec<(String, Doc)>),
    Array(Vec<Doc>),
    /// A scalar as its literal JSON text.
    Scalar(String),
}

impl Doc {
    fn from_value(value: &Value) -> Doc {
        match value {
            Value::Object(members) => Doc::Object(
                members
                    .iter()
                    .map(|(key, value)| (key.clone(), Doc::from_value(value)))
                    .collect(),
            ),
            Value::Array(items) => Doc::Array(items.iter().map(Doc::from_value).collect()),
            scalar => Doc::Scalar(scalar.to_string()),
        }
    }

    fn write(&self, out: &mut String) {
        match self {
            Doc::Object(members) => {
                out.push('{');
                for (index, (key, value)) in members.iter().enumerate() {
                    if index > 0 {
                        out.push_str(",\n");
                    }
                    out.push_str(&Value::String(key.clone()).to_string());
                    out.push_str(": ");
                    value.write(out);
                }
                out.push('}');
            }
            Doc::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push_str(", ");
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Doc::Scalar(text) => out.push_str(text),
        }
    }

    /// Every node below the root, depth first, as the path of child indices that leads to it.
    fn paths(&self, prefix: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        let children: Vec<&Doc> = match self {
            Doc::Object(members) => members.iter().map(|(_, value)| value).collect(),
            Doc::Array(items) => items.iter().collect(),
            Doc::Scalar(_) => return,
        };
        for (index, child) in children.into_iter().enumerate() {
            prefix.push(index);
            out.push(prefix.clone());
            child.paths(prefix, out);
            prefix.pop();
        }
    }

    /// The container holding the node at `path` and the node's index in it.
    fn parent_mut(&mut self, path: &[usize]) -> (&mut Doc, usize) {
        let (last, parents) = path.split_last().expect("a non-root path");
        let mut node = self;
        for index in parents {
            node = match node {
                Doc::Object(members) => &mut members[*index].1,
                Doc::Array(items) => &mut items[*index],
                Doc::Scalar(_) => unreachable!("paths only go through containers"),
            };
        }
        (node, *last)
    }

    fn child_mut(&mut self, index: usize) -> &mut Doc {
        match self {
            Doc::Object(members) => &mut members[index].1,
            Doc::Array(items) => &mut items[index],
            Doc::Scalar(_) => unreachable!("a scalar has no children"),
        }
    }

    /// Whether the canonical pointer segments name something here (keys match
    /// case-insensitively, any duplicate may hold the rest of the path), or name a missing key
    /// directly under something that is here.
    fn resolves(&self, segments: &[String]) -> Resolution {
        let Some((first, rest)) = segments.split_first() else {
            return Resolution::Present;
        };
        let children: Vec<&Doc> = match self {
            Doc::Object(members) => members
                .iter()
                .filter(|(key, _)| key.to_lowercase() == first.to_lowercase())
                .map(|(_, value)| value)
                .collect(),
            Doc::Array(items) => first
                .parse::<usize>()
                .ok()
                .and_then(|index| items.get(index))
                .into_iter()
                .collect(),
            Doc::Scalar(_) => Vec::new(),
        };
        if children.is_empty() {
            return match self {
                Doc::Object(_) if rest.is_empty() => Resolution::MissingUnderParent,
                Doc::Array(_) => Resolution::Unresolved,
                // Go reads a missing object, or a value of the wrong type, as the zero value:
                // a rule may name a field below it.
                Doc::Object(_) | Doc::Scalar(_) => Resolution::MissingBelowAbsent,
            };
        }
        children
            .iter()
            .map(|child| child.resolves(rest))
            .min()
            .unwrap_or(Resolution::Unresolved)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Resolution {
    Present,
    /// The last key is missing under an object that is there.
    MissingUnderParent,
    /// Keys below something absent (or of the wrong type), which Go decodes as zero values.
    MissingBelowAbsent,
    /// An array index that is not there.
    Unresolved,
}

#[derive(Debug, Clone)]
enum Mutation {
    Drop(usize),
    Duplicate(usize),
    Retype(usize, &'static str),
    Recase(usize, Recase),
    Number(usize, String),
    Cidr(usize, String),
}

#[derive(Debug, Clone, Copy)]
enum Recase {
    Upper,
    Lower,
    FlipFirst,
}

fn recase(key: &str, how: Recase) -> String {
    match how {
        Recase::Upper => key.to_uppercase(),
        Recase::Lower => key.to_lowercase(),
        Recase::FlipFirst => {
            let mut chars = key.chars();
            match chars.next() {
                Some(first) if first.is_uppercase() => first.to_lowercase().chain(chars).collect(),
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        }
    }
}

const RETYPES: [&str; 10] = [
    "\"text\"", "42", "-1", "true", "null", "[]", "{}", "[{}]", "\"1\"", "0.5",
];

fn number_literal() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|number| number.to_string()),
        any::<i32>().prop_map(|number| number.to_string()),
        (0..100_000u32).prop_map(|number| number.to_string()),
        any::<f64>()
            .prop_filter("finite", |number| number.is_finite())
            .prop_map(|number| format!("{number:e}")),
        Just("-0".to_owned()),
        Just("1e400".to_owned()),
        Just("-1e400".to_owned()),
        Just("99999999999999999999999".to_owned()),
        Just("0.0000001".to_owned()),
    ]
}

fn cidr_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (0..=300u16, 0..=300u16, 0..=300u16, 0..=300u16, 0..=40u8)
            .prop_map(|(a, b, c, d, prefix)| format!("\"{a}.{b}.{c}.{d}/{prefix}\"")),
        (0..=255u8, 0..=255u8, 0..=33u8)
            .prop_map(|(a, b, prefix)| format!("\"{a}.{b}.0.0/{prefix}\"")),
        (any::<u16>(), 0..=130u8)
            .prop_map(|(group, prefix)| format!("\"fd00:{group:x}::/{prefix}\"")),
        "\"[0-9./:a-f]{0,20}\"",
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let target = any::<usize>();
    prop_oneof![
        target.prop_map(Mutation::Drop),
        target.prop_map(Mutation::Duplicate),
        (target, proptest::sample::select(RETYPES.to_vec()))
            .prop_map(|(at, replacement)| Mutation::Retype(at, replacement)),
        (
            target,
            prop_oneof![
                Just(Recase::Upper),
                Just(Recase::Lower),
                Just(Recase::FlipFirst)
            ]
        )
            .prop_map(|(at, how)| Mutation::Recase(at, how)),
        (target, number_literal()).prop_map(|(at, number)| Mutation::Number(at, number)),
        (target, cidr_text()).prop_map(|(at, cidr)| Mutation::Cidr(at, cidr)),
    ]
}

fn is_number(doc: &Doc) -> bool {
    matches!(doc, Doc::Scalar(text) if text.starts_with(|c: char| c == '-' || c.is_ascii_digit()))
}

fn is_cidr(doc: &Doc) -> bool {
    matches!(doc, Doc::Scalar(text) if text.starts_with('"') && text.contains('/') && text.contains(['.', ':']))
}

/// Applies a mutation to the `n`-th (modulo) node it can apply to; nothing when none can.
fn apply(doc: &mut Doc, mutation: &Mutation) {
    let mut all = Vec::new();
    doc.paths(&mut Vec::new(), &mut all);
    let pick = |at: usize, candidates: Vec<Vec<usize>>| -> Option<Vec<usize>> {
        (!candidates.is_empty()).then(|| candidates[at % candidates.len()].clone())
    };
    let node_at = |doc: &Doc, path: &[usize]| -> Doc {
        let mut node = doc.clone();
        for index in path {
            node = node.child_mut(*index).clone();
        }
        node
    };
    let member_paths = |doc: &Doc| -> Vec<Vec<usize>> {
        all.iter()
            .filter(|path| {
                let mut probe = doc.clone();
                let (parent, _) = probe.parent_mut(path);
                matches!(parent, Doc::Object(_))
            })
            .cloned()
            .collect()
    };
    match mutation {
        Mutation::Drop(at) => {
            if let Some(path) = pick(*at, all.clone()) {
                match doc.parent_mut(&path) {
                    (Doc::Object(members), index) => drop(members.remove(index)),
                    (Doc::Array(items), index) => drop(items.remove(index)),
                    (Doc::Scalar(_), _) => {}
                }
            }
        }
        Mutation::Duplicate(at) => {
            if let Some(path) = pick(*at, member_paths(doc)) {
                if let (Doc::Object(members), index) = doc.parent_mut(&path) {
                    let copy = members[index].clone();
                    members.push(copy);
                }
            }
        }
        Mutation::Retype(at, replacement) => {
            if let Some(path) = pick(*at, all.clone()) {
                let (parent, index) = doc.parent_mut(&path);
                *parent.child_mut(index) =
                    Doc::from_value(&serde_json::from_str(replacement).expect("valid JSON"));
            }
        }
        Mutation::Recase(at, how) => {
            if let Some(path) = pick(*at, member_paths(doc)) {
                if let (Doc::Object(members), index) = doc.parent_mut(&path) {
                    members[index].0 = recase(&members[index].0, *how);
                }
            }
        }
        Mutation::Number(at, number) => {
            let numbers = all
                .iter()
                .filter(|path| is_number(&node_at(doc, path)))
                .cloned()
                .collect();
            if let Some(path) = pick(*at, numbers) {
                let (parent, index) = doc.parent_mut(&path);
                *parent.child_mut(index) = Doc::Scalar(number.clone());
            }
        }
        Mutation::Cidr(at, cidr) => {
            let cidrs = all
                .iter()
                .filter(|path| is_cidr(&node_at(doc, path)))
                .cloned()
                .collect();
            if let Some(path) = pick(*at, cidrs) {
                let (parent, index) = doc.parent_mut(&path);
                *parent.child_mut(index) = Doc::Scalar(cidr.clone());
            }
        }
    }
}

fn seed_documents() -> Vec<Doc> {
    generated_requests::SEEDS
        .iter()
        .map(|(_, text)| text.to_string())
        .chain([generated_requests::request_of_size(8 * 1024)])
        .map(|text| Doc::from_value(&serde_json::from_str(&text).expect("seeds are JSON")))
        .collect()
}

/// The unescaped segments of an RFC 6901 pointer.
fn segments(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn mutated_requests_lint_to_located_resolvable_findings(
        seed in 0usize..4,
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let mut doc = seed_documents().swap_remove(seed);
        for mutation in &mutations {
            apply(&mut doc, mutation);
        }
        let mut text = String::new();
        doc.write(&mut text);
        let result = lint_bytes(text.as_bytes(), &LintOptions::default());
        prop_assert_eq!(result.source.len(), text.len());
        for diagnostic in &result.diagnostics {
            let span = diagnostic.span;
            prop_assert!(span.start <= span.end && span.end <= text.len(), "{:?}", diagnostic);
            prop_assert!(
                text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                "{:?}", diagnostic
            );
            for label in &diagnostic.labels {
                prop_assert!(label.span.end <= text.len(), "{:?}", diagnostic);
            }
            let resolution = doc.resolves(&segments(diagnostic.pointer.as_str()));
            // The structural pass locates what it reports exactly; rules about a missing
            // field may name it below a missing parent (e.g. a pod CIDR when `cluster` is gone).
            let structural = diagnostic.code.starts_with("CCE0");
            let limit = if structural {
                Resolution::MissingUnderParent
            } else {
                Resolution::MissingBelowAbsent
            };
            prop_assert!(
                resolution <= limit,
                "{} {} resolves to {:?} in\n{}",
                diagnostic.code,
                diagnostic.pointer,
                resolution,
                text
            );
        }
    }
}
