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

use crate::diagnostic::PatchOperation;
use crate::lint::{lint, LintOptions, LintResult};
use crate::pointer::JsonPointer;
use crate::schema::fold_key;
use crate::source::Span;
use crate::tree::{Kind, Member, NodeId, StringQuirks, Tree};
use std::borrow::Cow;

/// How many lint → fix rounds [`apply_fixes`] runs at most (a fix can reveal another finding).
pub const MAX_FIX_ROUNDS: usize = 4;

/// One fix that was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AppliedFix {
    /// The rule code of the finding it fixed.
    pub code: Cow<'static, str>,
    /// The finding's pointer.
    pub pointer: JsonPointer,
    /// What it did.
    pub title: Cow<'static, str>,
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
        let Ok(Some(tree)) = Tree::parse(&text, &mut StringQuirks::default()) else {
            break;
        };
        let mut accepted: Vec<Edit> = Vec::new();
        let mut applied_now = Vec::new();
        for diagnostic in &result.diagnostics {
            let Some(fix) = &diagnostic.fix else { continue };
            let Some(edits) = patch_edits(&tree, &fix.patch) else {
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
fn patch_edits(tree: &Tree<'_>, patch: &[PatchOperation]) -> Option<Vec<Edit>> {
    let mut edits = Vec::new();
    for operation in patch {
        match operation {
            PatchOperation::Add { path, value } | PatchOperation::Replace { path, value } => {
                let rendered = serde_json::to_string(value).ok()?;
                edits.extend(set_value(tree, path, rendered)?);
            }
            PatchOperation::Remove { path } => edits.push(remove(tree, path)?),
            PatchOperation::Move { from, path } => edits.extend(move_value(tree, from, path)?),
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
fn find_member(tree: &Tree<'_>, object: NodeId, key: &str) -> Option<(usize, Member)> {
    let exact = tree
        .members(object)
        .enumerate()
        .filter(|(_, member)| tree.str(member.key) == key)
        .last();
    exact.or_else(|| {
        let folded = fold_key(key);
        tree.members(object)
            .enumerate()
            .filter(|(_, member)| fold_key(tree.str(member.key)) == folded)
            .last()
    })
}

fn find_node(tree: &Tree<'_>, node: NodeId, segments: &[String]) -> Option<NodeId> {
    let Some((first, rest)) = segments.split_first() else {
        return Some(node);
    };
    match tree.kind(node) {
        Kind::Object => {
            let (_, member) = find_member(tree, node, first)?;
            find_node(tree, member.value, rest)
        }
        Kind::Array => {
            let element = tree.element(node, first.parse::<usize>().ok()?)?;
            find_node(tree, element, rest)
        }
        _ => None,
    }
}

fn json_string(text: &str) -> Option<String> {
    serde_json::to_string(text).ok()
}

/// The spans of a container's items: its members (key to value) or its elements.
fn item_spans(tree: &Tree<'_>, container: NodeId) -> Vec<Span> {
    match tree.kind(container) {
        Kind::Object => tree
            .members(container)
            .map(|member| tree.member_span(member))
            .collect(),
        _ => tree
            .elements(container)
            .map(|element| tree.span(element))
            .collect(),
    }
}

/// Sets the value at `path` (RFC 6902 `add`/`replace` on an object member or array element):
/// replaces the literal of an existing value, otherwise inserts a member, creating the missing
/// parent objects.
fn set_value(tree: &Tree<'_>, path: &JsonPointer, rendered: String) -> Option<Vec<Edit>> {
    let root = tree.root();
    let segments: Vec<String> = path.segments().collect();
    if let Some(existing) = find_node(tree, root, &segments) {
        if !segments.is_empty() {
            return Some(vec![Edit {
                span: tree.span(existing),
                replacement: rendered,
            }]);
        }
    }
    // The deepest existing ancestor; the rest of the path becomes nested objects.
    let (depth, ancestor) = (0..segments.len())
        .rev()
        .find_map(|depth| find_node(tree, root, &segments[..depth]).map(|node| (depth, node)))?;
    let missing = &segments[depth..];
    let (key, inner) = missing.split_first()?;
    let mut value = rendered;
    for segment in inner.iter().rev() {
        value = format!("{{{}: {value}}}", json_string(segment)?);
    }
    match tree.kind(ancestor) {
        Kind::Object => {
            let member = format!("{}: {value}", json_string(key)?);
            Some(vec![insert_item(
                tree.text(),
                tree.span(ancestor),
                item_spans(tree, ancestor),
                member,
            )])
        }
        Kind::Array
            if inner.is_empty()
                && (key == "-" || key.parse() == Ok(tree.elements(ancestor).count())) =>
        {
            Some(vec![insert_item(
                tree.text(),
                tree.span(ancestor),
                item_spans(tree, ancestor),
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
fn remove(tree: &Tree<'_>, path: &JsonPointer) -> Option<Edit> {
    let segments: Vec<String> = path.segments().collect();
    let (last, parent) = segments.split_last()?;
    let container = find_node(tree, tree.root(), parent)?;
    let index = match tree.kind(container) {
        Kind::Object => find_member(tree, container, last)?.0,
        Kind::Array => {
            let index: usize = last.parse().ok()?;
            tree.element(container, index)?;
            index
        }
        _ => return None,
    };
    let items = item_spans(tree, container);
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
fn move_value(tree: &Tree<'_>, from: &JsonPointer, path: &JsonPointer) -> Option<Vec<Edit>> {
    let root = tree.root();
    let from_segments: Vec<String> = from.segments().collect();
    let to_segments: Vec<String> = path.segments().collect();
    let (from_key, from_parent) = from_segments.split_last()?;
    let (to_key, to_parent) = to_segments.split_last()?;
    if from_parent == to_parent {
        let object = find_node(tree, root, from_parent)?;
        if tree.kind(object) != Kind::Object {
            return None;
        }
        let (from_index, moved) = find_member(tree, object, from_key)?;
        let mut edits = vec![Edit {
            span: tree.span(moved.key),
            replacement: json_string(to_key)?,
        }];
        let target = tree
            .members(object)
            .enumerate()
            .filter(|(_, member)| tree.str(member.key) == to_key)
            .last();
        if let Some((target_index, _)) = target {
            if target_index != from_index {
                edits.push(remove(tree, path)?);
            }
        }
        return Some(edits);
    }
    let value = tree.raw(find_node(tree, root, &from_segments)?).to_owned();
    let mut edits = vec![remove(tree, from)?];
    edits.extend(set_value(tree, path, value)?);
    Some(edits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edited(text: &str, patch: &[PatchOperation]) -> Option<String> {
        let tree = Tree::parse(text, &mut StringQuirks::default())
            .ok()
            .flatten()?;
        let mut edits = patch_edits(&tree, patch)?;
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
