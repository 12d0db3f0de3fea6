//! The pipeline: bytes → strict JSON tree → structural pass → typed document → rules →
//! located, sorted diagnostics.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeMap;

use crate::config::RuleLevel;
use crate::context::NetworkContext;
use crate::diagnostic::{Diagnostic, Finding, Fix, Label, Lang, Severity, Text};
use crate::kind::DocumentKind;
use crate::model::other_apis::{DeleteClusterQuery, ForbidDeleteRequest, ListClustersQuery};
use crate::model::CreateClusterRequest;
use crate::pointer::JsonPointer;
use crate::rules;
use crate::rules::facts::{self, InstanceRef};
use crate::rules::network::cidr_plan::{self, CidrField, CidrPlan, KnownCidr};
use crate::rules::structure::invalid_integer::InvalidInteger;
use crate::rules::structure::invalid_json::invalid_json_diagnostic;
use crate::rules::structure::invalid_root::{missing_cluster_diagnostic, not_an_object_diagnostic};
use crate::rules::structure::invalid_utf8::{invalid_utf8_diagnostic, lone_surrogate_diagnostic};
use crate::rules::structure::type_mismatch::TypeMismatch;
use crate::schema::Shapes;
use crate::source::{self, ColumnUnit, LineColumn, LineIndex, Span, MAX_NESTING_DEPTH};
use crate::structure;
use crate::tree::{Kind, NodeId, ParseError, ParseErrorKind, StringQuirks, Tree};

/// How to lint.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct LintOptions {
    /// Language of messages.
    pub lang: Lang,
    /// The document's kind; detected from its shape when `None`.
    pub kind: Option<DocumentKind>,
    /// Network facts the request lacks (VPC and subnet CIDRs, other clusters' CIDRs).
    pub network: Option<NetworkContext>,
    /// Level per rule code (from the configuration file): a severity override, or `off`.
    pub rule_levels: BTreeMap<String, RuleLevel>,
}

impl LintOptions {
    /// Options with the given language.
    #[must_use]
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Options with network facts for the CIDR rules.
    #[must_use]
    pub fn with_network(mut self, network: Option<NetworkContext>) -> Self {
        self.network = network;
        self
    }

    /// Options forcing a document kind.
    #[must_use]
    pub fn with_kind(mut self, kind: Option<DocumentKind>) -> Self {
        self.kind = kind;
        self
    }

    /// Options with per-rule levels (severity overrides and disabled rules).
    #[must_use]
    pub fn with_rule_levels(mut self, rule_levels: BTreeMap<String, RuleLevel>) -> Self {
        self.rule_levels = rule_levels;
        self
    }
}

/// The outcome of linting one document.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct LintResult {
    /// The kind the document was linted as.
    pub kind: DocumentKind,
    /// The findings, sorted by position, then code.
    pub diagnostics: Vec<Diagnostic>,
    /// The text the spans refer to: the input, with invalid UTF-8 bytes and a byte-order mark
    /// replaced byte for byte (so offsets are those of the input) and secret values masked.
    /// Safe to show: front ends render snippets from this text, never from the raw input.
    pub source: String,
}

impl LintResult {
    /// How many findings have this severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == severity)
            .count()
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// Each finding with the line and column of its span's start and end, columns counted in
    /// `unit`: the one mapping of every output that shows lines (the JSON, SARIF, GitHub and
    /// JUnit formats, the npm package).
    pub fn located(
        &self,
        unit: ColumnUnit,
    ) -> impl Iterator<Item = (&Diagnostic, LineColumn, LineColumn)> + '_ {
        let index = LineIndex::new(&self.source);
        self.diagnostics.iter().map(move |diagnostic| {
            let start = index.line_column(&self.source, diagnostic.span.start, unit);
            let end = index.line_column(&self.source, diagnostic.span.end, unit);
            (diagnostic, start, end)
        })
    }
}

/// The typed view of a document, as the server's Go types hold it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum TypedDocument {
    /// `POST /v2/cluster` body.
    CreateCluster(Box<CreateClusterRequest>),
    /// `GET /v2/clusters` query.
    ListClustersQuery(ListClustersQuery),
    /// `DELETE /v2/cluster/{id}` query.
    DeleteClusterQuery(DeleteClusterQuery),
    /// `PUT …/forbiddelete` body.
    ForbidDeleteRequest(ForbidDeleteRequest),
    /// A response document, as its normalised value (checked after its typed decoding
    /// succeeded; rules read it by canonical pointer).
    Response(serde_json::Value),
}

/// What a rule sees: the typed document and a way to ask about the source.
pub struct Context<'a> {
    /// The kind being linted.
    pub kind: DocumentKind,
    /// The typed document.
    pub document: &'a TypedDocument,
    /// Network facts given with `--context`, if any.
    pub network: Option<&'a NetworkContext>,
    tree: &'a Tree<'a>,
    facts: SharedFacts<'a>,
}

/// Facts that many rules derive from the create-cluster request, computed once per lint on
/// first use (rebuilding them in every rule dominated the time spent in rules).
#[derive(Default)]
struct SharedFacts<'a> {
    instances: OnceCell<Vec<InstanceRef<'a>>>,
    cidr_fields: OnceCell<Vec<CidrField<'a>>>,
    cidr_plan: OnceCell<CidrPlan>,
    vpc_cidrs: OnceCell<Vec<KnownCidr>>,
    has_cluster: OnceCell<bool>,
}

impl<'a> Context<'a> {
    /// Every instance spec of the create-cluster request ([`facts::instances`]); empty for
    /// other kinds.
    pub fn instances(&self) -> &[InstanceRef<'a>] {
        self.facts.instances.get_or_init(|| {
            self.create_cluster()
                .map(facts::instances)
                .unwrap_or_default()
        })
    }

    /// Every non-empty CIDR field of the create-cluster request ([`cidr_plan::cidr_fields`]).
    pub fn cidr_fields(&self) -> &[CidrField<'a>] {
        self.facts.cidr_fields.get_or_init(|| {
            self.create_cluster()
                .map(|request| cidr_plan::cidr_fields(request, self.instances()))
                .unwrap_or_default()
        })
    }

    /// The pod and Service CIDRs CCE will use ([`cidr_plan::cidr_plan`]).
    pub fn cidr_plan(&self) -> &CidrPlan {
        self.facts.cidr_plan.get_or_init(|| {
            self.create_cluster()
                .map(cidr_plan::cidr_plan)
                .unwrap_or_default()
        })
    }

    /// Every VPC and node CIDR known from the request and the context
    /// ([`cidr_plan::vpc_cidrs`]).
    pub fn vpc_cidrs(&self) -> &[KnownCidr] {
        self.facts
            .vpc_cidrs
            .get_or_init(|| cidr_plan::vpc_cidrs(self.cidr_fields(), self.network))
    }

    /// Whether the document has a `cluster` member (a missing one is CCE002's finding alone).
    pub fn has_cluster(&self) -> bool {
        *self
            .facts
            .has_cluster
            .get_or_init(|| self.is_present(&JsonPointer::from_segments(["cluster"])))
    }

    /// Whether the pointer names something written in the source (not just a default).
    pub fn is_present(&self, pointer: &JsonPointer) -> bool {
        source::resolve(self.tree, pointer).exists
    }

    /// The create-cluster request, when that is what is being linted.
    pub fn create_cluster(&self) -> Option<&'a CreateClusterRequest> {
        match self.document {
            TypedDocument::CreateCluster(request) => Some(request),
            _ => None,
        }
    }
}

/// Lints raw bytes (any encoding problem becomes a finding, never an error).
pub fn lint_bytes(input: &[u8], options: &LintOptions) -> LintResult {
    let mut findings = Vec::new();
    let text = match std::str::from_utf8(input) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => {
            // Replace each invalid byte by `?` so that offsets stay those of the input; Go
            // replaces such bytes in strings by U+FFFD and fails on them anywhere else.
            let mut text = String::with_capacity(input.len());
            let mut offset = 0;
            for chunk in input.utf8_chunks() {
                text.push_str(chunk.valid());
                offset += chunk.valid().len();
                let invalid = chunk.invalid().len();
                if invalid > 0 {
                    findings.push(invalid_utf8_diagnostic(Span::new(offset, offset + invalid)));
                    text.extend(std::iter::repeat_n('?', invalid));
                    offset += invalid;
                }
            }
            Cow::Owned(text)
        }
    };
    lint_text(text, findings, options)
}

/// Lints text.
pub fn lint(text: &str, options: &LintOptions) -> LintResult {
    lint_text(Cow::Borrowed(text), Vec::new(), options)
}

/// Lints `text`, borrowed for as long as it can be: the result's copy (masked) is made once the
/// tree and the typed document are gone, so that the input is held twice only when it must be
/// rewritten first (invalid UTF-8, a byte-order mark).
fn lint_text(
    mut text: Cow<'_, str>,
    mut findings: Vec<Finding>,
    options: &LintOptions,
) -> LintResult {
    const BOM: &str = "\u{feff}";
    if text.starts_with(BOM) {
        findings.push(invalid_json_diagnostic(
            Span::new(0, BOM.len()),
            Text::new(
                "it starts with a UTF-8 byte-order mark",
                "以 UTF-8 字节顺序标记（BOM）开头",
            ),
            Text::new(
                "Save the file as UTF-8 without BOM; Go's decoder rejects the mark",
                "将文件保存为不带 BOM 的 UTF-8；Go 解码器不接受该标记",
            ),
        ));
        text.to_mut().replace_range(..BOM.len(), "   ");
    }
    let mut kind = options.kind.unwrap_or(DocumentKind::CreateCluster);
    let mut quirks = StringQuirks::default();
    let (diagnostics, secrets) = match Tree::parse(&text, &mut quirks) {
        Err(error) => {
            string_quirk_findings(&text, &quirks, &mut findings);
            findings.push(parse_error_finding(&text, &error));
            (
                locate(findings, None, options),
                source::secret_values_lexically(&text),
            )
        }
        Ok(None) => {
            findings.push(invalid_json_diagnostic(
                Span::new(0, text.len()),
                Text::new("the document is empty", "文档为空"),
                Text::new(
                    "Write the request as a JSON object: `{\"cluster\": {…}}`",
                    "请以 JSON 对象编写请求：`{\"cluster\": {…}}`",
                ),
            ));
            (locate(findings, None, options), Vec::new())
        }
        Ok(Some(tree)) => {
            string_quirk_findings(&text, &quirks, &mut findings);
            let root = tree.root();
            kind = options.kind.unwrap_or_else(|| {
                DocumentKind::detect(tree.members(root).map(|member| tree.str(member.key)))
            });
            let secrets = check_document(&tree, kind, options.network.as_ref(), &mut findings);
            (locate(findings, Some(&tree), options), secrets)
        }
    };
    let mut text = text.into_owned();
    mask(&mut text, &secrets);
    LintResult {
        kind,
        diagnostics,
        source: text,
    }
}

/// What Go reads differently inside strings: raw control characters (errors) and unpaired
/// surrogate escapes (warnings).
fn string_quirk_findings(text: &str, quirks: &StringQuirks, findings: &mut Vec<Finding>) {
    for span in &quirks.lone_surrogates {
        findings.push(lone_surrogate_diagnostic(*span));
    }
    for offset in quirks
        .control_characters
        .iter()
        .take(MAX_REPORTED_CONTROL_CHARACTERS)
    {
        findings.push(control_character_finding(text, *offset));
    }
}

/// Runs the structural pass and the rules over a parsed document; returns the secret spans.
fn check_document<'a>(
    tree: &'a Tree<'a>,
    kind: DocumentKind,
    network: Option<&'a NetworkContext>,
    findings: &mut Vec<Finding>,
) -> Vec<Span> {
    let root = tree.root();
    if tree.kind(root) != Kind::Object {
        let found = match tree.kind(root) {
            Kind::Array => "an array",
            Kind::String | Kind::EscapedString => "a string",
            Kind::Number => "a number",
            Kind::True | Kind::False => "a boolean",
            _ => "null",
        };
        findings.push(not_an_object_diagnostic(tree.span(root), found));
        return Vec::new();
    }
    let (document, secrets) = decode_document(tree, kind, findings);
    // A missing or `null` cluster leaves Go's `*ClusterSpec` nil; a wrong type is CCE003.
    if kind == DocumentKind::CreateCluster && !has_cluster_object(tree) {
        let written = cluster_node(tree).is_some_and(|node| tree.kind(node) != Kind::Null);
        if !written {
            findings.push(missing_cluster_diagnostic());
        }
    }
    let context = Context {
        kind,
        document: &document,
        network,
        tree,
        facts: SharedFacts::default(),
    };
    let structural = findings.len();
    for rule in rules::all() {
        if let Some(check) = rule.check {
            check(&context, findings);
        }
    }
    if kind == DocumentKind::CreateCluster {
        // The query and forbid-delete rules (CCEAxx) word type problems themselves.
        drop_findings_about_undecodable_values(findings, structural);
    }
    secrets
}

/// A value the server cannot decode (CCE003, CCE004) reaches the rules as unset; what they
/// say about that "unset" value at the same place (or below it) would only repeat the error
/// with a wrong premise, so those rule findings are dropped.
fn drop_findings_about_undecodable_values(findings: &mut Vec<Finding>, structural: usize) {
    let mut undecodable: Vec<JsonPointer> = findings[..structural]
        .iter()
        .filter(|finding| {
            finding.code == TypeMismatch::META.code || finding.code == InvalidInteger::META.code
        })
        .map(|finding| finding.pointer.clone())
        .collect();
    if undecodable.is_empty() {
        return;
    }
    // Sorted, so that each finding looks its pointer and its ancestors up (a million mistyped
    // array elements made a scan per finding quadratic).
    undecodable.sort_unstable();
    let is_undecodable = |pointer: &str| {
        undecodable
            .binary_search_by(|candidate| candidate.as_str().cmp(pointer))
            .is_ok()
    };
    let mut index = 0;
    findings.retain(|finding| {
        index += 1;
        index <= structural || !finding.pointer.self_and_ancestors().any(is_undecodable)
    });
}

/// Decodes the typed model the rules work on; returns it with the secret spans. Responses stay
/// values: their rules read a few fields, and the test `response_models_fit_their_shapes` keeps
/// their shapes and models in step.
fn decode_document(
    tree: &Tree<'_>,
    kind: DocumentKind,
    findings: &mut Vec<Finding>,
) -> (TypedDocument, Vec<Span>) {
    fn typed<T: crate::decode::Decode + Default>(
        tree: &Tree<'_>,
        kind: DocumentKind,
        findings: &mut Vec<Finding>,
    ) -> (T, Vec<Span>) {
        let mut document = T::default();
        let secrets = structure::decode(tree, Shapes::of(kind), &mut document, findings);
        (document, secrets)
    }
    match kind {
        DocumentKind::CreateCluster => {
            let (request, secrets) = typed::<CreateClusterRequest>(tree, kind, findings);
            (TypedDocument::CreateCluster(Box::new(request)), secrets)
        }
        DocumentKind::ListClustersQuery => {
            let (query, secrets) = typed::<ListClustersQuery>(tree, kind, findings);
            (TypedDocument::ListClustersQuery(query), secrets)
        }
        DocumentKind::DeleteClusterQuery => {
            let (query, secrets) = typed::<DeleteClusterQuery>(tree, kind, findings);
            (TypedDocument::DeleteClusterQuery(query), secrets)
        }
        DocumentKind::ForbidDeleteRequest => {
            let (request, secrets) = typed::<ForbidDeleteRequest>(tree, kind, findings);
            (TypedDocument::ForbidDeleteRequest(request), secrets)
        }
        DocumentKind::CreateClusterResponse
        | DocumentKind::ListClustersResponse
        | DocumentKind::GetClusterResponse
        | DocumentKind::DeleteClusterResponse
        | DocumentKind::ForbidDeleteResponse
        | DocumentKind::GetEventStepsResponse => {
            let (value, secrets) = typed::<serde_json::Value>(tree, kind, findings);
            (TypedDocument::Response(value), secrets)
        }
    }
}

/// Raw control characters reported per document at most (each is the same mistake).
const MAX_REPORTED_CONTROL_CHARACTERS: usize = 20;

/// A raw control character inside a string: the parser lets it through, Go does not.
fn control_character_finding(text: &str, offset: usize) -> Finding {
    let code = text.as_bytes().get(offset).copied().unwrap_or_default();
    let escape = match code {
        b'\n' => "\\n".to_owned(),
        b'\t' => "\\t".to_owned(),
        b'\r' => "\\r".to_owned(),
        other => format!("\\u{other:04x}"),
    };
    invalid_json_diagnostic(
        Span::new(offset, offset + 1),
        Text::new(
            format!("a raw control character U+{code:04X} inside a string"),
            format!("字符串中含有未转义的控制字符 U+{code:04X}"),
        ),
        Text::new(
            format!("Escape it as `{escape}`"),
            format!("请转义为 `{escape}`"),
        ),
    )
}

fn parse_error_finding(text: &str, error: &ParseError) -> Finding {
    let span = error.span;
    let at = text.get(span.start..).unwrap_or_default();
    let detail = match error.kind {
        ParseErrorKind::NestingDepthExceeded => Text::new(
            format!(
                "it is nested too deeply (the limit is {MAX_NESTING_DEPTH} levels of brackets)"
            ),
            format!("嵌套过深（上限为 {MAX_NESTING_DEPTH} 层括号）"),
        ),
        kind => {
            let (en, zh) = kind.describe();
            Text::new(en, zh)
        }
    };
    let help = if at.starts_with('\0') {
        Text::new(
            "The file contains a NUL byte: is it a binary file?",
            "文件包含 NUL 字节：是否为二进制文件？",
        )
    } else if at.starts_with("...") || at.starts_with('…') {
        Text::new(
            "This looks like an excerpt: replace `...` with the elided keys and values",
            "这看起来是节选：请把 `...` 替换为被省略的键和值",
        )
    } else {
        parse_error_help(error.kind)
    };
    invalid_json_diagnostic(span, detail, help)
}

fn parse_error_help(kind: ParseErrorKind) -> Text {
    use ParseErrorKind as K;
    match kind {
        K::CommentsNotAllowed => Text::new(
            "Remove the comment: JSON has no comments",
            "删除注释：JSON 不支持注释",
        ),
        K::TrailingCommasNotAllowed => Text::new(
            "Remove the comma before the closing bracket",
            "删除右括号前的逗号",
        ),
        K::SingleQuotedStringsNotAllowed => Text::new("Use double quotes", "请使用双引号"),
        K::ExpectedStringObjectProperty | K::UnexpectedToken => Text::new(
            "Put keys and strings in double quotes: `\"diskPath\": \"/data\"`",
            "键名和字符串需用双引号：`\"diskPath\": \"/data\"`",
        ),
        K::NonFiniteNumbersNotAllowed => Text::new(
            "JSON has no NaN or Infinity: write a finite number",
            "JSON 没有 NaN 或 Infinity：请写有限数值",
        ),
        K::HexadecimalNumbersNotAllowed
        | K::UnaryPlusNumbersNotAllowed
        | K::BareDecimalPointNumbersNotAllowed
        | K::LeadingZerosNotAllowed
        | K::ExpectedDigit
        | K::ExpectedDigitFollowingNegativeSign => Text::new(
            "Write the number in decimal, as JSON does: `-12`, `0.5`, `1e3` (no `+`, leading zeros or bare `.`)",
            "请按 JSON 写十进制数：`-12`、`0.5`、`1e3`（不能有 `+`、前导零或单独的小数点）",
        ),
        K::InvalidEscape | K::ExpectedFourHexDigits => Text::new(
            "JSON escapes are `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` and `\\uXXXX`",
            "JSON 的转义只有 `\\\"`、`\\\\`、`\\/`、`\\b`、`\\f`、`\\n`、`\\r`、`\\t` 和 `\\uXXXX`",
        ),
        K::ExpectedComma => Text::new(
            "Separate members and elements with commas",
            "成员和元素之间需用逗号分隔",
        ),
        K::ExpectedColonAfterObjectKey | K::ExpectedObjectValue => Text::new(
            "Write each member as `\"key\": value`",
            "每个成员应写成 `\"键\": 值`",
        ),
        K::UnterminatedString => Text::new(
            "Close the string with a double quote",
            "请用双引号闭合字符串",
        ),
        K::UnterminatedObject | K::UnterminatedArray => {
            Text::new("Close every `{` and `[`", "请闭合每个 `{` 和 `[`")
        }
        K::MultipleRootJsonValues => {
            Text::new("Send exactly one JSON object", "只发送一个 JSON 对象")
        }
        K::NestingDepthExceeded => Text::new(
            "A cluster request is about ten levels deep: check for runaway brackets",
            "集群请求约十层深：请检查是否有多余的括号",
        ),
        K::DocumentTooLarge => Text::new(
            "A cluster request is a few kilobytes: check that this is the right file",
            "集群请求通常只有几 KB：请确认文件是否正确",
        ),
    }
}

/// Resolves spans and words the findings in the chosen language, sorted by position.
fn locate(
    findings: Vec<Finding>,
    tree: Option<&Tree<'_>>,
    options: &LintOptions,
) -> Vec<Diagnostic> {
    let lang = options.lang;
    let mut diagnostics: Vec<Diagnostic> = findings
        .into_iter()
        .filter_map(|finding| {
            let rule = rules::by_code(finding.code)?;
            let severity = match options.rule_levels.get(rule.meta.code) {
                Some(level) => level.severity()?,
                None => rule.meta.severity,
            };
            let span = finding
                .span
                .or_else(|| tree.map(|tree| source::resolve(tree, &finding.pointer).span))
                .unwrap_or_default();
            Some(Diagnostic {
                code: Cow::Borrowed(rule.meta.code),
                name: Cow::Borrowed(rule.meta.name),
                severity,
                message: finding.message.into_lang(lang),
                help: finding.help.into_lang(lang),
                pointer: finding.pointer,
                span,
                url: Cow::Borrowed(rule.meta.url()),
                labels: finding
                    .labels
                    .into_iter()
                    .map(|(span, message)| Label {
                        span,
                        message: message.into_lang(lang),
                    })
                    .collect(),
                fix: finding.fix.map(|(title, patch)| Fix {
                    title: title.into_lang(lang),
                    patch,
                }),
            })
        })
        .collect();
    diagnostics.sort_by(|a, b| {
        (a.span.start, &a.code, &a.pointer).cmp(&(b.span.start, &b.code, &b.pointer))
    });
    diagnostics.dedup_by(|a, b| a.code == b.code && a.pointer == b.pointer && a.span == b.span);
    diagnostics
}

/// The last `cluster` member of the root object as the server matches it (case-insensitive).
fn cluster_node(tree: &Tree<'_>) -> Option<NodeId> {
    tree.members(tree.root())
        .filter(|member| is_cluster_key(tree.str(member.key)))
        .last()
        .map(|member| member.value)
}

/// Whether any `cluster` member is an object: it decodes into Go's `*ClusterSpec` (objects
/// merge, and `null` on a non-pointer field leaves it as it is).
fn has_cluster_object(tree: &Tree<'_>) -> bool {
    tree.members(tree.root()).any(|member| {
        is_cluster_key(tree.str(member.key)) && tree.kind(member.value) == Kind::Object
    })
}

fn is_cluster_key(key: &str) -> bool {
    source::keys_match(key, "cluster")
}

/// Overwrites the inside of each secret string literal with `*`, byte for byte.
fn mask(text: &mut String, secrets: &[Span]) {
    let ranges: Vec<std::ops::Range<usize>> = secrets
        .iter()
        .map(|span| {
            let quoted = matches!(text.as_bytes().get(span.start), Some(b'"' | b'\''));
            let (start, end) = if quoted {
                (
                    span.start + 1,
                    span.end.saturating_sub(1).max(span.start + 1),
                )
            } else {
                (span.start, span.end)
            };
            // Whole characters only (an unterminated literal can end inside one): each byte
            // of a masked character becomes a `*`, which keeps the text valid UTF-8.
            let span = Span::new(start, end).whole_chars(text);
            span.start..span.end
        })
        .collect();
    let mut bytes = std::mem::take(text).into_bytes();
    for range in ranges {
        bytes[range].fill(b'*');
    }
    *text = String::from_utf8(bytes).unwrap_or_default();
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::model::other_apis::{
        CreateClusterResponse, DeleteClusterResponse, ForbidDeleteResponse, GetClusterResponse,
        GetEventStepsResponse, ListClustersResponse,
    };

    /// Values put in place of each node of a response, to reach every decoding branch.
    fn replacements() -> Vec<Value> {
        vec![
            Value::Null,
            json!(true),
            json!("text"),
            json!(7),
            json!(-1),
            json!(1.5),
            json!(u64::MAX),
            json!([]),
            json!(["text", 7, {}]),
            json!({}),
            json!({"unknownKey": 1}),
        ]
    }

    /// Every node's pointer in `value`, the root included.
    fn pointers(value: &Value, at: String, into: &mut Vec<String>) {
        match value {
            Value::Object(members) => {
                for (key, member) in members {
                    pointers(member, format!("{at}/{key}"), into);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    pointers(item, format!("{at}/{index}"), into);
                }
            }
            _ => {}
        }
        into.push(at);
    }

    /// Every mutation of `fixture` must decode into the response's typed model without a key
    /// the model lacks (the structural pass reports that as a cce-lint bug).
    fn assert_fits<T: crate::decode::Decode + Default>(kind: DocumentKind, fixture: &str) {
        let original: Value = serde_json::from_str(fixture).expect("fixture parses");
        let mut at = Vec::new();
        pointers(&original, String::new(), &mut at);
        let mut checked = 0;
        for pointer in at.iter().filter(|pointer| !pointer.is_empty()) {
            for replacement in replacements() {
                let mut mutated = original.clone();
                *mutated.pointer_mut(pointer).expect("pointer from the walk") = replacement;
                let text = mutated.to_string();
                let tree = Tree::parse(&text, &mut StringQuirks::default())
                    .expect("serialised JSON parses")
                    .expect("not empty");
                let mut findings = Vec::new();
                structure::decode(&tree, Shapes::of(kind), &mut T::default(), &mut findings);
                if let Some(bug) = findings
                    .iter()
                    .find(|finding| finding.message.en.contains("cce-lint bug"))
                {
                    panic!("{kind:?} with {pointer} = {text}: {bug:?}");
                }
                checked += 1;
            }
        }
        assert!(checked > 10, "{kind:?}: only {checked} mutations");
    }

    #[test]
    fn the_model_mismatch_check_fires() {
        // A target without the fields the shapes name: every key is a model mismatch.
        let tree = Tree::parse(r#"{"requestID": "r"}"#, &mut StringQuirks::default())
            .expect("parses")
            .expect("not empty");
        let mut findings = Vec::new();
        structure::decode(
            &tree,
            Shapes::of(DocumentKind::DeleteClusterResponse),
            &mut DeleteClusterQuery::default(),
            &mut findings,
        );
        assert!(findings
            .iter()
            .any(|finding| finding.message.en.contains("cce-lint bug")));
    }

    #[test]
    fn response_models_fit_their_shapes() {
        macro_rules! fixture {
            ($name:literal) => {
                include_str!(concat!("../../../tests/fixtures/seed/", $name))
            };
        }
        assert_fits::<CreateClusterResponse>(
            DocumentKind::CreateClusterResponse,
            fixture!("create-cluster-response.json"),
        );
        assert_fits::<ListClustersResponse>(
            DocumentKind::ListClustersResponse,
            fixture!("list-clusters-response.json"),
        );
        assert_fits::<GetClusterResponse>(
            DocumentKind::GetClusterResponse,
            fixture!("get-cluster-response.json"),
        );
        assert_fits::<DeleteClusterResponse>(
            DocumentKind::DeleteClusterResponse,
            fixture!("delete-cluster-response.json"),
        );
        assert_fits::<ForbidDeleteResponse>(
            DocumentKind::ForbidDeleteResponse,
            fixture!("forbid-delete-response.json"),
        );
        assert_fits::<GetEventStepsResponse>(
            DocumentKind::GetEventStepsResponse,
            fixture!("get-event-steps-response.json"),
        );
    }
}
