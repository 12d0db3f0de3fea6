//! The structural pass: decodes the source the way CCE's Go `encoding/json` does, reporting
//! every deviation in one walk, and decodes what the server keeps into a [`Decode`] target (the
//! typed model, or the normalised value).
//!
//! Go's decoder matches keys case-insensitively (exact match first), ignores unknown keys,
//! decodes a repeated key into what the first one filled (scalars are overwritten, objects
//! merge, arrays decode element by element into the earlier elements), treats `null` on
//! non-pointer fields as absent and fails the request on type mismatches. The target sees
//! exactly that outcome: canonical keys, unknown keys and undecodable values left out.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use serde_json::{Map, Number, Value};

use crate::decode::{Decode, Zero};
use crate::diagnostic::Finding;
use crate::pointer::JsonPointer;
use crate::rules::structure::{
    case_insensitive_key::case_insensitive_key_diagnostic,
    duplicate_key::{duplicate_key_diagnostic, DuplicateEffect},
    invalid_integer::{invalid_integer_diagnostic, IntegerProblem},
    null_value::null_value_diagnostic,
    read_only_field::read_only_field_diagnostic,
    type_mismatch::type_mismatch_diagnostic,
    undocumented_key::{undocumented_key_diagnostic, DOC_ONLY_KEYS},
    unknown_enum_value::{unknown_enum_value_diagnostic, UnknownEnumValue},
    unknown_key::{unknown_key_diagnostic, KNOWN_ALIASES},
};
use crate::schema::{fold_key, Field, Shape, ShapeId, Shapes};
use crate::source::{keys_match, Span};
use crate::tree::{Kind, Member, NodeId, Tree};

/// Decodes the document in `tree` against the shapes of its kind into `target`; returns the
/// spans of secret values (never to be shown).
pub(crate) fn decode(
    tree: &Tree<'_>,
    shapes: &'static Shapes,
    target: &mut dyn Decode,
    findings: &mut Vec<Finding>,
) -> Vec<Span> {
    let mut decoder = Decoder {
        tree,
        shapes,
        findings,
        secrets: Vec::new(),
        path: Vec::new(),
        model_mismatch: false,
    };
    let root = tree.root();
    let outcome = decoder.check(root, Shapes::ROOT, None);
    decoder.fill(root, Shapes::ROOT, outcome, target);
    decoder.secrets
}

#[derive(Debug, Clone, Copy)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// What a checked node contributes to the Go value.
enum Outcome<'a> {
    /// Nothing: the Go value keeps what it had (a mismatch, `null` on a non-pointer, an enum's
    /// empty zero value).
    Skip,
    /// `null` on a pointer, slice or map: back to nil.
    Reset,
    Str(&'a str),
    Int(i64),
    Float(f64),
    Bool(bool),
    Any(Value),
    /// An object or array of the expected kind: decoded member by member.
    Container,
}

impl Outcome<'_> {
    /// Whether the value differs from Go's zero value (for read-only fields, all strings).
    fn is_set(&self, tree: &Tree<'_>, node: NodeId) -> bool {
        match self {
            Outcome::Skip | Outcome::Reset => false,
            Outcome::Str(text) => !text.is_empty(),
            Outcome::Int(number) => *number != 0,
            Outcome::Float(number) => *number != 0.0,
            Outcome::Bool(flag) => *flag,
            Outcome::Any(value) => !value.is_null(),
            Outcome::Container => {
                tree.members(node).next().is_some() || tree.elements(node).next().is_some()
            }
        }
    }
}

struct Decoder<'a, 't, 'f> {
    tree: &'a Tree<'t>,
    shapes: &'static Shapes,
    findings: &'f mut Vec<Finding>,
    secrets: Vec<Span>,
    path: Vec<Segment<'a>>,
    /// Whether a canonical key had no field in the target (reported once).
    model_mismatch: bool,
}

impl<'a> Decoder<'a, '_, '_> {
    fn pointer(&self) -> JsonPointer {
        let mut pointer = JsonPointer::root();
        for segment in &self.path {
            match segment {
                Segment::Key(key) => pointer.push(key),
                Segment::Index(index) => pointer.push_index(*index),
            }
        }
        pointer
    }

    /// The key of the object being decoded (the last key segment), for doc-only key lookups.
    fn parent_key(&self) -> Option<&'a str> {
        self.path.iter().rev().find_map(|segment| match segment {
            Segment::Key(key) => Some(*key),
            Segment::Index(_) => None,
        })
    }

    /// Checks one node against its shape, reporting what the server would reject or ignore.
    fn check(
        &mut self,
        node: NodeId,
        shape: ShapeId,
        field: Option<&'static Field>,
    ) -> Outcome<'a> {
        let tree = self.tree;
        let shape_ref = self.shapes.get(shape);
        let kind = tree.kind(node);
        if kind == Kind::Null {
            if matches!(shape_ref, Shape::Any) {
                return Outcome::Any(Value::Null);
            }
            if field.is_some_and(|field| !field.nullable) {
                let finding = null_value_diagnostic(self.pointer(), tree.span(node));
                self.findings.push(finding);
                return Outcome::Skip;
            }
            return if field.is_some() {
                Outcome::Reset
            } else {
                Outcome::Skip
            };
        }
        match (shape_ref, kind) {
            (Shape::Any, _) => Outcome::Any(plain_value(tree, node)),
            (Shape::Struct(_) | Shape::Map(_), Kind::Object) | (Shape::Array(_), Kind::Array) => {
                Outcome::Container
            }
            (Shape::String(values), Kind::String | Kind::EscapedString) => {
                if field.is_some_and(|field| field.secret) {
                    self.secrets.push(tree.span(node));
                }
                let text = tree.str(node);
                if let Some(values) = values {
                    if text.is_empty() {
                        return Outcome::Skip;
                    }
                    if !values.values.iter().any(|known| known == text) {
                        let suggestion = closest(text, values.values.iter().map(String::as_str));
                        let code = field
                            .and_then(|field| field.enum_rule.as_deref())
                            .and_then(crate::rules::by_code)
                            .map_or(UnknownEnumValue::META.code, |rule| rule.meta.code);
                        let finding = unknown_enum_value_diagnostic(
                            code,
                            self.pointer(),
                            tree.span(node),
                            text,
                            &values.values,
                            suggestion,
                        );
                        self.findings.push(finding);
                    }
                }
                Outcome::Str(text)
            }
            (Shape::Integer(bits), Kind::Number) => {
                let raw = tree.raw(node);
                let problem = if raw.bytes().any(|byte| matches!(byte, b'.' | b'e' | b'E')) {
                    IntegerProblem::NotWhole
                } else {
                    match raw.parse::<i64>() {
                        Ok(value) if *bits == 64 || i32::try_from(value).is_ok() => {
                            return Outcome::Int(value);
                        }
                        _ => IntegerProblem::OutOfRange(*bits),
                    }
                };
                let finding = invalid_integer_diagnostic(self.pointer(), tree.span(node), problem);
                self.findings.push(finding);
                Outcome::Skip
            }
            (Shape::Number, Kind::Number) => {
                match tree
                    .raw(node)
                    .parse::<f64>()
                    .ok()
                    .filter(|value| value.is_finite())
                {
                    Some(value) => Outcome::Float(value),
                    None => {
                        let finding = invalid_integer_diagnostic(
                            self.pointer(),
                            tree.span(node),
                            IntegerProblem::OutOfRange(64),
                        );
                        self.findings.push(finding);
                        Outcome::Skip
                    }
                }
            }
            (Shape::Boolean, Kind::True) => Outcome::Bool(true),
            (Shape::Boolean, Kind::False) => Outcome::Bool(false),
            (expected, found) => {
                if field.is_some_and(|field| field.secret) {
                    collect_strings(tree, node, &mut self.secrets);
                }
                let finding = type_mismatch_diagnostic(
                    self.pointer(),
                    tree.span(node),
                    expected_name(expected),
                    found_name(found),
                );
                self.findings.push(finding);
                Outcome::Skip
            }
        }
    }

    /// Decodes a checked node into `target`.
    fn fill(
        &mut self,
        node: NodeId,
        shape: ShapeId,
        outcome: Outcome<'a>,
        target: &mut dyn Decode,
    ) {
        match outcome {
            Outcome::Skip => {}
            Outcome::Reset => target.null(),
            Outcome::Str(text) => target.string(text),
            Outcome::Int(number) => target.integer(number),
            Outcome::Float(number) => target.number(number),
            Outcome::Bool(flag) => target.boolean(flag),
            Outcome::Any(value) => target.any(value),
            Outcome::Container => match self.shapes.get(shape) {
                Shape::Struct(fields) => {
                    target.object();
                    self.object(node, fields, target);
                }
                Shape::Map(values) => {
                    target.object();
                    self.map(node, *values, target);
                }
                Shape::Array(items) => self.array(node, *items, target),
                _ => {}
            },
        }
    }

    fn array(&mut self, node: NodeId, items: ShapeId, target: &mut dyn Decode) {
        let zero = zero_of(self.shapes.get(items));
        target.begin_array(self.tree.elements(node).count());
        let mut length = 0;
        for (index, element) in self.tree.elements(node).enumerate() {
            length = index + 1;
            self.path.push(Segment::Index(index));
            let outcome = self.check(element, items, None);
            // Go decodes into the element already there, else appends a zero value first.
            if let Some(slot) = target.element(index, zero) {
                self.fill(element, items, outcome, slot);
            }
            self.path.pop();
        }
        target.end_array(length);
    }

    fn object(&mut self, node: NodeId, fields: &'static [Field], target: &mut dyn Decode) {
        let tree = self.tree;
        let parent_key = self.parent_key();
        // The first occurrence of each field: its key span and whether it decoded as a container.
        let mut seen: Vec<(&'static str, Span, bool)> = Vec::new();
        for member in tree.members(node) {
            let key = tree.str(member.key);
            let key_span = tree.span(member.key);
            // Lengths first: a struct has up to ~60 fields, and most differ in length from the key.
            let field = fields
                .iter()
                .find(|field| field.name.len() == key.len() && field.name == key)
                .or_else(|| {
                    let field = fields.iter().find(|field| keys_match(&field.folded, key))?;
                    let finding = case_insensitive_key_diagnostic(
                        &self.pointer(),
                        key,
                        &field.name,
                        key_span,
                    );
                    self.findings.push(finding);
                    Some(field)
                });
            let Some(field) = field else {
                self.unknown_key(parent_key, key, member, fields);
                continue;
            };
            let name: &'static str = &field.name;
            self.path.push(Segment::Key(name));
            let outcome = self.check(member.value, field.shape, Some(field));
            if field.read_only && outcome.is_set(tree, member.value) {
                let finding = read_only_field_diagnostic(self.pointer(), key_span);
                self.findings.push(finding);
            }
            let container = matches!(outcome, Outcome::Container);
            match seen.iter().find(|(seen_name, _, _)| *seen_name == name) {
                Some((_, first, first_container)) => {
                    let effect = match self.shapes.get(field.shape) {
                        Shape::Struct(_) | Shape::Map(_) if container && *first_container => {
                            DuplicateEffect::MergesObjects
                        }
                        Shape::Array(items)
                            if container
                                && *first_container
                                && matches!(
                                    self.shapes.get(*items),
                                    Shape::Struct(_) | Shape::Map(_)
                                ) =>
                        {
                            DuplicateEffect::MergesElements
                        }
                        _ => DuplicateEffect::Replaces,
                    };
                    let finding =
                        duplicate_key_diagnostic(self.pointer(), key, key_span, *first, effect);
                    self.findings.push(finding);
                }
                None => seen.push((name, key_span, container)),
            }
            match outcome {
                Outcome::Skip => {}
                _ if field.editor_only => {}
                Outcome::Reset => target.null_field(name),
                outcome => match target.field(name) {
                    Some(slot) => self.fill(member.value, field.shape, outcome, slot),
                    None => self.report_model_mismatch(),
                },
            }
            self.path.pop();
        }
    }

    /// A canonical key the target has no field for: the shapes and the model disagree, a bug
    /// in cce-lint that must not pass silently.
    fn report_model_mismatch(&mut self) {
        if std::mem::replace(&mut self.model_mismatch, true) {
            return;
        }
        let finding = type_mismatch_diagnostic(
            self.pointer(),
            Span::default(),
            ("a field of the model", "模型中的字段"),
            (
                "a key the model does not declare; please report this cce-lint bug",
                "模型未声明的键（cce-lint 缺陷，请报告）",
            ),
        );
        self.findings.push(finding);
    }

    fn unknown_key(
        &mut self,
        parent_key: Option<&str>,
        key: &'a str,
        member: Member,
        fields: &'static [Field],
    ) {
        let key_span = self.tree.span(member.key);
        let doc_only = parent_key.is_some_and(|parent_key| {
            DOC_ONLY_KEYS
                .iter()
                .any(|(doc_parent, doc_key)| *doc_parent == parent_key && *doc_key == key)
        });
        let suggestion = if doc_only {
            None
        } else {
            suggest_key(key, fields)
        };
        let looks_secret = crate::source::is_secret_key(key)
            || suggestion.is_some_and(|known| {
                fields
                    .iter()
                    .any(|field| field.name == known && field.secret)
            });
        if looks_secret {
            collect_strings(self.tree, member.value, &mut self.secrets);
        }
        let parent = self.pointer();
        let finding = if doc_only {
            undocumented_key_diagnostic(&parent, key, key_span)
        } else {
            unknown_key_diagnostic(&parent, key, key_span, suggestion)
        };
        self.findings.push(finding);
    }

    fn map(&mut self, node: NodeId, values: ShapeId, target: &mut dyn Decode) {
        let tree = self.tree;
        let zero = zero_of(self.shapes.get(values));
        // A map may have any number of keys: look the first of each up by hash, not by scan.
        let mut first_spans: HashMap<&str, Span> = HashMap::new();
        for member in tree.members(node) {
            let key = tree.str(member.key);
            let key_span = tree.span(member.key);
            self.path.push(Segment::Key(key));
            let outcome = self.check(member.value, values, None);
            match first_spans.entry(key) {
                Entry::Occupied(first) => {
                    let first = *first.get();
                    let finding = duplicate_key_diagnostic(
                        self.pointer(),
                        key,
                        key_span,
                        first,
                        DuplicateEffect::Replaces,
                    );
                    self.findings.push(finding);
                }
                Entry::Vacant(slot) => {
                    slot.insert(key_span);
                }
            }
            // Go replaces a map value: a fresh zero value, then what decodes into it.
            if let Some(slot) = target.entry(key, zero) {
                self.fill(member.value, values, outcome, slot);
            }
            self.path.pop();
        }
    }
}

/// The value Go leaves in a slice element or map value before (or instead of) decoding.
fn zero_of(shape: &Shape) -> Zero {
    match shape {
        Shape::Struct(_) | Shape::Map(_) => Zero::Object,
        Shape::Array(_) | Shape::Any => Zero::Null,
        Shape::String(_) => Zero::String,
        Shape::Integer(_) | Shape::Number => Zero::Number,
        Shape::Boolean => Zero::Boolean,
    }
}

/// A node as a plain JSON value (for fields of any shape).
fn plain_value(tree: &Tree<'_>, node: NodeId) -> Value {
    match tree.kind(node) {
        Kind::Null => Value::Null,
        Kind::True => Value::Bool(true),
        Kind::False => Value::Bool(false),
        Kind::String | Kind::EscapedString => Value::String(tree.str(node).to_owned()),
        Kind::Number => {
            let raw = tree.raw(node);
            if let Ok(number) = raw.parse::<i64>() {
                Value::from(number)
            } else if let Ok(number) = raw.parse::<u64>() {
                Value::from(number)
            } else {
                raw.parse::<f64>()
                    .ok()
                    .and_then(Number::from_f64)
                    .map_or(Value::Null, Value::Number)
            }
        }
        Kind::Array => Value::Array(
            tree.elements(node)
                .map(|element| plain_value(tree, element))
                .collect(),
        ),
        Kind::Object => Value::Object(
            tree.members(node)
                .map(|member| {
                    (
                        tree.str(member.key).to_owned(),
                        plain_value(tree, member.value),
                    )
                })
                .collect::<Map<String, Value>>(),
        ),
    }
}

/// Collects the spans of every string and number inside a node (for values that are or look
/// like secrets).
fn collect_strings(tree: &Tree<'_>, node: NodeId, out: &mut Vec<Span>) {
    match tree.kind(node) {
        Kind::String | Kind::EscapedString | Kind::Number => out.push(tree.span(node)),
        Kind::Array => tree
            .elements(node)
            .for_each(|element| collect_strings(tree, element, out)),
        Kind::Object => tree.members(node).for_each(|member| {
            out.push(tree.span(member.key));
            collect_strings(tree, member.value, out);
        }),
        Kind::Null | Kind::True | Kind::False => {}
    }
}

fn expected_name(shape: &Shape) -> (&'static str, &'static str) {
    match shape {
        Shape::Struct(_) | Shape::Map(_) => ("an object", "对象"),
        Shape::Array(_) => ("an array", "数组"),
        Shape::String(_) => ("a string", "字符串"),
        Shape::Integer(_) => ("an integer", "整数"),
        Shape::Number => ("a number", "数字"),
        Shape::Boolean => ("true or false", "布尔值 true 或 false"),
        Shape::Any => ("any value", "任意值"),
    }
}

fn found_name(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Object => ("an object", "对象"),
        Kind::Array => ("an array", "数组"),
        Kind::String | Kind::EscapedString => ("a string", "字符串"),
        Kind::Number => ("a number", "数字"),
        Kind::True | Kind::False => ("a boolean", "布尔值"),
        Kind::Null => ("null", "null"),
    }
}

/// The known key closest to an unknown one: a documented alias, else the smallest
/// case-insensitive edit distance within a third of the key's length.
fn suggest_key(key: &str, fields: &'static [Field]) -> Option<&'static str> {
    let alias = KNOWN_ALIASES
        .iter()
        .find(|(alias, _)| alias.eq_ignore_ascii_case(key))
        .and_then(|(_, target)| fields.iter().find(|field| field.name == *target));
    if let Some(field) = alias {
        return Some(&field.name);
    }
    closest_folded(
        key,
        fields
            .iter()
            .map(|field| (field.folded.as_str(), field.name.as_str())),
    )
}

/// The candidate closest to `value` (case-insensitive), if close enough to be a likely typo.
fn closest<'c>(value: &str, candidates: impl Iterator<Item = &'c str>) -> Option<&'c str> {
    let folded: Vec<(String, &str)> = candidates
        .map(|candidate| (fold_key(candidate), candidate))
        .collect();
    closest_folded(
        value,
        folded
            .iter()
            .map(|(folded, candidate)| (folded.as_str(), *candidate)),
    )
}

/// [`closest`] over candidates given as (case-folded, as written): the smallest edit distance
/// within a third of the value's length.
fn closest_folded<'f, 'c>(
    value: &str,
    candidates: impl Iterator<Item = (&'f str, &'c str)>,
) -> Option<&'c str> {
    let folded = fold_key(value);
    let length = folded.chars().count();
    let limit = (length / 3).max(1);
    candidates
        // The distance is at least the difference in length: most candidates stop here.
        .filter(|(candidate, _)| candidate.chars().count().abs_diff(length) <= limit)
        .map(|(candidate, written)| (strsim::levenshtein(&folded, candidate), written))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, written)| written)
}
