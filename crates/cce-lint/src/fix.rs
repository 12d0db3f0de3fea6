//! Applies the findings' safe fixes (RFC 6902 JSON Patches) to the source text, changing only
//! the bytes each operation must: a replaced value's literal, a renamed key's literal, a removed
//! member with its separator, an added member after the last one. The document is never
//! re-serialised, so formatting, key order and everything else survive.
//!
//! ```
//! use cce_lint::{fix::apply_fixes, LintOptions};
//!
//! let text = "{\n  \"cluster\": {\"clusterName\": \"demo\", \"ClusterType\": \"normal\"}\n}\n";
//! let outcome = apply_fixes(text, &LintOptions::default());
//! assert!(outcome.text.contains("\"clusterType\": \"normal\""));
//! ```

use jsonc_parser::ast::{ObjectProp, Value as Node};

use crate::diagnostic::PatchOperation;
use crate::lint::{lint, LintOptions, LintResult};
use crate::pointer::JsonPointer;
use crate::schema::fold_key;
use crate::source::{self, key_text, node_span, Span};

/// How many lint → fix rounds [`apply_fixes`] runs at most (a fix can reveal another finding).
pub const MAX_FIX_ROUNDS: usize = 4;

/// One fix that was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AppliedFix {
    /// The rule code of the finding it fixed.
    pub code: String,
    /// The finding's pointer.
    pub pointer: JsonPointer,
    /// What it did.
    pub title: String,
}

/// The outcome of [`apply_fixes`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct FixOutcome {
    /// The fixed text (the input itself when nothing was fixable).
    pub text: String,
    /// The fixes applied, in the order applied.
    pub applied: Vec<AppliedFix>,
    /// The lint result of the fixed text: what is left.
    pub remaining: LintResult,
}

impl FixOutcome {
    /// Whether any byte changed.
    pub fn changed(&self) -> bool {
        !self.applied.is_empty()
    }
}

/// Lints `text`, applies every safe fix whose edits do not overlap an earlier one, and lints
/// again, until nothing more is fixable (at most [`MAX_FIX_ROUNDS`] rounds).
pub fn apply_fixes(text: &str, options: &LintOptions) -> FixOutcome {
    let mut text = text.to_owned();
    let mut applied = Vec::new();
    let mut result = lint(&text, options);
    for _ in 0..MAX_FIX_ROUNDS {
        let Ok(Some(root)) = source::parse(&text) else {
            break;
        };
        let mut accepted: Vec<Edit> = Vec::new();
        let mut applied_now = Vec::new();
        for diagnostic in &result.diagnostics {
            let Some(fix) = &diagnostic.fix else { continue };
            let Some(edits) = patch_edits(&text, &root, &fix.patch) else {
                continue;
            };
            if edits
                .iter()
                .any(|edit| accepted.iter().any(|other| edit.conflicts_with(other)))
            {
                continue;
            }
            accepted.extend(edits);
            applied_now.push(AppliedFix {
                code: diagnostic.code.clone(),
                pointer: diagnostic.pointer.clone(),
                title: fix.title.clone(),
            });
        }
        if accepted.is_empty() {
            break;
        }
        accepted.sort_by_key(|edit| std::cmp::Reverse((edit.span.start, edit.span.end)));
        let mut fixed = text.clone();
        for edit in &accepted {
            fixed.replace_range(edit.span.start..edit.span.end, &edit.replacement);
        }
        if fixed == text {
            break;
        }
        text = fixed;
        applied.extend(applied_now);
        result = lint(&text, options);
    }
    FixOutcome {
        text,
        applied,
        remaining: result,
    }
}

/// Replace the bytes of `span` by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edit {
    span: Span,
    replacement: String,
}

impl Edit {
    fn conflicts_with(&self, other: &Edit) -> bool {
        let overlap = self.span.start < other.span.end && other.span.start < self.span.end;
        overlap || self.span.start == other.span.start
    }
}

/// The text edits of a whole patch; `None` when any operation cannot be applied safely.
fn patch_edits(text: &str, root: &Node<'_>, patch: &[PatchOperation]) -> Option<Vec<Edit>> {
    let mut edits = Vec::new();
    for operation in patch {
        match operation {
            PatchOperation::Add { path, value } | PatchOperation::Replace { path, value } => {
                let rendered = serde_json::to_string(value).ok()?;
                edits.extend(set_value(text, root, path, rendered)?);
            }
            PatchOperation::Remove { path } => edits.push(remove(root, path)?),
            PatchOperation::Move { from, path } => {
                edits.extend(move_value(text, root, from, path)?)
            }
        }
    }
    // Edits of one patch must not step on each other either.
    for (index, edit) in edits.iter().enumerate() {
        if edits[index + 1..]
            .iter()
            .any(|other| edit.conflicts_with(other))
        {
            return None;
        }
    }
    Some(edits)
}

/// The member of `object` named `key`: the last exact match, else the last that matches the
/// way Go does (case-insensitively), as the server reads it.
fn find_member<'a, 'b>(
    properties: &'b [ObjectProp<'a>],
    key: &str,
) -> Option<(usize, &'b ObjectProp<'a>)> {
    let exact = properties
        .iter()
        .enumerate()
        .rev()
        .find(|(_, member)| key_text(&member.name) == key);
    exact.or_else(|| {
        let folded = fold_key(key);
        properties
            .iter()
            .enumerate()
            .rev()
            .find(|(_, member)| fold_key(key_text(&member.name)) == folded)
    })
}

fn find_node<'a, 'b>(node: &'b Node<'a>, segments: &[String]) -> Option<&'b Node<'a>> {
    let Some((first, rest)) = segments.split_first() else {
        return Some(node);
    };
    match node {
        Node::Object(object) => {
            let (_, member) = find_member(&object.properties, first)?;
            find_node(&member.value, rest)
        }
        Node::Array(array) => {
            let element = array.elements.get(first.parse::<usize>().ok()?)?;
            find_node(element, rest)
        }
        _ => None,
    }
}

fn member_span(member: &ObjectProp<'_>) -> Span {
    member.range.into()
}

fn key_span(member: &ObjectProp<'_>) -> Span {
    match &member.name {
        jsonc_parser::ast::ObjectPropName::String(literal) => literal.range.into(),
        jsonc_parser::ast::ObjectPropName::Word(word) => word.range.into(),
    }
}

fn json_string(text: &str) -> Option<String> {
    serde_json::to_string(text).ok()
}

/// Sets the value at `path` (RFC 6902 `add`/`replace` on an object member or array element):
/// replaces the literal of an existing value, otherwise inserts a member, creating the missing
/// parent objects.
fn set_value(
    text: &str,
    root: &Node<'_>,
    path: &JsonPointer,
    rendered: String,
) -> Option<Vec<Edit>> {
    let segments: Vec<String> = path.segments().collect();
    if let Some(existing) = find_node(root, &segments) {
        if !segments.is_empty() {
            return Some(vec![Edit {
                span: node_span(existing),
                replacement: rendered,
            }]);
        }
    }
    // The deepest existing ancestor; the rest of the path becomes nested objects.
    let (depth, ancestor) = (0..segments.len())
        .rev()
        .find_map(|depth| find_node(root, &segments[..depth]).map(|node| (depth, node)))?;
    let missing = &segments[depth..];
    let (key, inner) = missing.split_first()?;
    let mut value = rendered;
    for segment in inner.iter().rev() {
        value = format!("{{{}: {value}}}", json_string(segment)?);
    }
    match ancestor {
        Node::Object(object) => {
            let member = format!("{}: {value}", json_string(key)?);
            Some(vec![insert_item(
                text,
                object.range.into(),
                object.properties.iter().map(member_span).collect(),
                member,
            )])
        }
        Node::Array(array)
            if inner.is_empty() && (key == "-" || key.parse() == Ok(array.elements.len())) =>
        {
            Some(vec![insert_item(
                text,
                array.range.into(),
                array.elements.iter().map(node_span).collect(),
                value,
            )])
        }
        _ => None,
    }
}

/// Appends an item (a member `"key": value` or an element) to a container after its last item,
/// on a new line with the same indentation when the container spans lines.
fn insert_item(text: &str, container: Span, items: Vec<Span>, item: String) -> Edit {
    match items.last() {
        Some(last) => {
            let line_start = text[..last.start].rfind('\n').map_or(0, |index| index + 1);
            let indentation = &text[line_start..last.start];
            let separator = if indentation.trim().is_empty() && line_start > container.start {
                format!(",\n{indentation}")
            } else {
                ", ".to_owned()
            };
            Edit {
                span: Span::new(last.end, last.end),
                replacement: format!("{separator}{item}"),
            }
        }
        None => Edit {
            span: Span::new(container.start + 1, container.start + 1),
            replacement: item,
        },
    }
}

/// Removes the value at `path` with the separator next to it.
fn remove(root: &Node<'_>, path: &JsonPointer) -> Option<Edit> {
    let segments: Vec<String> = path.segments().collect();
    let (last, parent) = segments.split_last()?;
    let (index, items): (usize, Vec<Span>) = match find_node(root, parent)? {
        Node::Object(object) => {
            let (index, _) = find_member(&object.properties, last)?;
            (index, object.properties.iter().map(member_span).collect())
        }
        Node::Array(array) => {
            let index: usize = last.parse().ok()?;
            array.elements.get(index)?;
            (index, array.elements.iter().map(node_span).collect())
        }
        _ => return None,
    };
    let item = items[index];
    let span = if let Some(next) = items.get(index + 1) {
        Span::new(item.start, next.start)
    } else if let Some(previous) = index.checked_sub(1).map(|previous| items[previous]) {
        Span::new(previous.end, item.end)
    } else {
        item
    };
    Some(Edit {
        span,
        replacement: String::new(),
    })
}

/// Moves a value: renames the key in place when it stays in the same object (removing a member
/// already at the target, as RFC 6902 `move` replaces it), otherwise removes and re-adds the
/// value's text verbatim.
fn move_value(
    text: &str,
    root: &Node<'_>,
    from: &JsonPointer,
    path: &JsonPointer,
) -> Option<Vec<Edit>> {
    let from_segments: Vec<String> = from.segments().collect();
    let to_segments: Vec<String> = path.segments().collect();
    let (from_key, from_parent) = from_segments.split_last()?;
    let (to_key, to_parent) = to_segments.split_last()?;
    if from_parent == to_parent {
        let Node::Object(object) = find_node(root, from_parent)? else {
            return None;
        };
        let (from_index, moved) = find_member(&object.properties, from_key)?;
        let mut edits = vec![Edit {
            span: key_span(moved),
            replacement: json_string(to_key)?,
        }];
        let target = object
            .properties
            .iter()
            .enumerate()
            .rev()
            .find(|(_, member)| key_text(&member.name) == to_key);
        if let Some((target_index, _)) = target {
            if target_index != from_index {
                edits.push(remove(root, path)?);
            }
        }
        return Some(edits);
    }
    let value = node_span(find_node(root, &from_segments)?);
    let value_text = text.get(value.start..value.end)?.to_owned();
    let mut edits = vec![remove(root, from)?];
    edits.extend(set_value(text, root, path, value_text)?);
    Some(edits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edited(text: &str, patch: &[PatchOperation]) -> Option<String> {
        let root = source::parse(text).ok().flatten()?;
        let mut edits = patch_edits(text, &root, patch)?;
        edits.sort_by_key(|edit| std::cmp::Reverse(edit.span.start));
        let mut out = text.to_owned();
        for edit in edits {
            out.replace_range(edit.span.start..edit.span.end, &edit.replacement);
        }
        Some(out)
    }

    fn pointer(text: &str) -> JsonPointer {
        JsonPointer::parse(text).expect("pointer")
    }

    #[test]
    fn replace_changes_only_the_literal() {
        let text = "{\n  \"a\" :  1,\n  \"b\": [1, 2]\n}";
        let out = edited(
            text,
            &[PatchOperation::Replace {
                path: pointer("/a"),
                value: 2.into(),
            }],
        );
        assert_eq!(out.as_deref(), Some("{\n  \"a\" :  2,\n  \"b\": [1, 2]\n}"));
    }

    #[test]
    fn remove_takes_the_separator_with_it() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}";
        let remove = |path: &str| {
            edited(
                text,
                &[PatchOperation::Remove {
                    path: pointer(path),
                }],
            )
        };
        assert_eq!(
            remove("/a").as_deref(),
            Some("{\n  \"b\": 2,\n  \"c\": 3\n}")
        );
        assert_eq!(
            remove("/b").as_deref(),
            Some("{\n  \"a\": 1,\n  \"c\": 3\n}")
        );
        assert_eq!(
            remove("/c").as_deref(),
            Some("{\n  \"a\": 1,\n  \"b\": 2\n}")
        );
        assert_eq!(remove("/zzz"), None);
    }

    #[test]
    fn add_inserts_with_the_indentation_of_the_siblings() {
        let text = "{\n    \"a\": 1\n}";
        let out = edited(
            text,
            &[PatchOperation::Add {
                path: pointer("/b/c"),
                value: "x".into(),
            }],
        );
        assert_eq!(
            out.as_deref(),
            Some("{\n    \"a\": 1,\n    \"b\": {\"c\": \"x\"}\n}")
        );
        let out = edited(
            r#"{"a": {}}"#,
            &[PatchOperation::Add {
                path: pointer("/a/b"),
                value: true.into(),
            }],
        );
        assert_eq!(out.as_deref(), Some(r#"{"a": {"b": true}}"#));
    }

    #[test]
    fn move_within_an_object_renames_the_key() {
        let text = r#"{"CPU": 4, "memory": 8}"#;
        let out = edited(
            text,
            &[PatchOperation::Move {
                from: pointer("/CPU"),
                path: pointer("/cpu"),
            }],
        );
        assert_eq!(out.as_deref(), Some(r#"{"cpu": 4, "memory": 8}"#));
    }

    #[test]
    fn apply_fixes_renames_a_case_variant_and_keeps_the_rest() {
        let text = "{\n  \"cluster\": {\n    \"clusterName\": \"demo\",\n    \"ClusterType\": \"normal\"\n  }\n}\n";
        let outcome = apply_fixes(text, &LintOptions::default());
        assert_eq!(
            outcome.text,
            "{\n  \"cluster\": {\n    \"clusterName\": \"demo\",\n    \"clusterType\": \"normal\"\n  }\n}\n"
        );
        assert!(outcome.applied.iter().any(|fix| fix.code == "CCE006"));
        assert!(outcome
            .remaining
            .diagnostics
            .iter()
            .all(|diagnostic| diagnostic.code != "CCE006"));
    }

    #[test]
    fn apply_fixes_leaves_unparsable_text_alone() {
        let text = "{\"cluster\": ";
        let outcome = apply_fixes(text, &LintOptions::default());
        assert_eq!(outcome.text, text);
        assert!(!outcome.changed());
    }
}
