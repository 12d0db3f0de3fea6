//! The pipeline: bytes → strict JSON tree → structural pass → typed document → rules →
//! located, sorted diagnostics.

use std::cell::OnceCell;
use std::collections::BTreeMap;

use jsonc_parser::ast::Value as Node;
use jsonc_parser::errors::ParseErrorKind;

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
use crate::rules::structure::type_mismatch::{type_mismatch_diagnostic, TypeMismatch};
use crate::schema::Shapes;
use crate::source::{self, node_span, Span, MAX_NESTING_DEPTH};
use crate::structure;
use crate::typed::{from_normalised, DecodeError};

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
    root: &'a Node<'a>,
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
                .map(cidr_plan::cidr_fields)
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

    /// Whether the pointer names something written in the source (not just a default).
    pub fn is_present(&self, pointer: &JsonPointer) -> bool {
        source::resolve(self.root, pointer).exists
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
        Ok(text) => text.to_owned(),
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
            text
        }
    };
    lint_text(text, findings, options)
}

/// Lints text.
pub fn lint(text: &str, options: &LintOptions) -> LintResult {
    lint_text(text.to_owned(), Vec::new(), options)
}

fn lint_text(mut text: String, mut findings: Vec<Finding>, options: &LintOptions) -> LintResult {
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
        text.replace_range(..BOM.len(), "   ");
    }
    let strings = source::scan_strings(&text);
    for span in &strings.lone_surrogates {
        // Same length as the escape it replaces, so offsets stay those of the input.
        text.replace_range(span.start..span.end, "\\uFFFD");
        findings.push(lone_surrogate_diagnostic(*span));
    }
    for offset in strings
        .control_characters
        .iter()
        .take(MAX_REPORTED_CONTROL_CHARACTERS)
    {
        findings.push(control_character_finding(&text, *offset));
    }
    let mut kind = options.kind.unwrap_or(DocumentKind::CreateCluster);
    let (diagnostics, secrets) = match source::parse(&text) {
        Err(error) => {
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
        Ok(Some(root)) => {
            kind = options.kind.unwrap_or_else(|| match &root {
                Node::Object(object) => DocumentKind::detect(
                    object
                        .properties
                        .iter()
                        .map(|member| source::key_text(&member.name)),
                ),
                _ => DocumentKind::CreateCluster,
            });
            let secrets = check_document(&root, kind, options.network.as_ref(), &mut findings);
            (locate(findings, Some(&root), options), secrets)
        }
    };
    mask(&mut text, &secrets);
    LintResult {
        kind,
        diagnostics,
        source: text,
    }
}

/// Runs the structural pass and the rules over a parsed document; returns the secret spans.
fn check_document<'a>(
    root: &'a Node<'a>,
    kind: DocumentKind,
    network: Option<&'a NetworkContext>,
    findings: &mut Vec<Finding>,
) -> Vec<Span> {
    if !matches!(root, Node::Object(_)) {
        let found = match root {
            Node::Array(_) => "an array",
            Node::StringLit(_) => "a string",
            Node::NumberLit(_) => "a number",
            Node::BooleanLit(_) => "a boolean",
            _ => "null",
        };
        findings.push(not_an_object_diagnostic(node_span(root), found));
        return Vec::new();
    }
    let decoded = structure::decode(root, Shapes::of(kind), findings);
    let value = decoded.value;
    // A missing or `null` cluster leaves Go's `*ClusterSpec` nil; a wrong type is CCE003.
    let cluster_decoded = value
        .get("cluster")
        .is_some_and(serde_json::Value::is_object);
    if kind == DocumentKind::CreateCluster
        && !cluster_decoded
        && cluster_node(root).is_none_or(|node| matches!(node, Node::NullKeyword(_)))
    {
        findings.push(missing_cluster_diagnostic());
    }
    let typed = match typed_document(kind, value) {
        Ok(typed) => typed,
        Err(error) => {
            // The normalised value is built from the model's own shapes, so this is a bug in
            // cce-lint; say so rather than pass silently.
            findings.push(type_mismatch_diagnostic(
                JsonPointer::root(),
                node_span(root),
                ("decodable by the model", "可被模型解码"),
                (
                    &format!("undecodable ({error}); please report this cce-lint bug"),
                    "无法解码（cce-lint 缺陷，请报告）",
                ),
            ));
            return decoded.secrets;
        }
    };
    let context = Context {
        kind,
        document: &typed,
        network,
        root,
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
    decoded.secrets
}

/// A value the server cannot decode (CCE003, CCE004) reaches the rules as unset; what they
/// say about that "unset" value at the same place (or below it) would only repeat the error
/// with a wrong premise, so those rule findings are dropped.
fn drop_findings_about_undecodable_values(findings: &mut Vec<Finding>, structural: usize) {
    let undecodable: Vec<JsonPointer> = findings[..structural]
        .iter()
        .filter(|finding| {
            finding.code == TypeMismatch::META.code || finding.code == InvalidInteger::META.code
        })
        .map(|finding| finding.pointer.clone())
        .collect();
    if undecodable.is_empty() {
        return;
    }
    let mut index = 0;
    findings.retain(|finding| {
        index += 1;
        index <= structural
            || !undecodable
                .iter()
                .any(|pointer| finding.pointer.starts_with(pointer))
    });
}

/// Reads the typed model the rules work on. Responses stay values: their rules read a few
/// fields, and the test `response_values_fit_their_models` keeps their shapes and models in step.
fn typed_document(
    kind: DocumentKind,
    value: serde_json::Value,
) -> Result<TypedDocument, DecodeError> {
    Ok(match kind {
        DocumentKind::CreateCluster => {
            TypedDocument::CreateCluster(Box::new(from_normalised(value)?))
        }
        DocumentKind::ListClustersQuery => {
            TypedDocument::ListClustersQuery(from_normalised(value)?)
        }
        DocumentKind::DeleteClusterQuery => {
            TypedDocument::DeleteClusterQuery(from_normalised(value)?)
        }
        DocumentKind::ForbidDeleteRequest => {
            TypedDocument::ForbidDeleteRequest(from_normalised(value)?)
        }
        DocumentKind::CreateClusterResponse
        | DocumentKind::ListClustersResponse
        | DocumentKind::GetClusterResponse
        | DocumentKind::DeleteClusterResponse
        | DocumentKind::ForbidDeleteResponse
        | DocumentKind::GetEventStepsResponse => TypedDocument::Response(value),
    })
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

fn parse_error_finding(text: &str, error: &jsonc_parser::errors::ParseError) -> Finding {
    let span: Span = error.range().into();
    let at = text.get(span.start..).unwrap_or_default();
    let detail = match error.kind() {
        ParseErrorKind::NestingDepthExceeded => Text::new(
            format!(
                "it is nested too deeply (the parser's limit is {MAX_NESTING_DEPTH} brackets; objects count double)"
            ),
            format!("嵌套过深（解析器上限为 {MAX_NESTING_DEPTH} 层括号，对象按两层计）"),
        ),
        kind => Text::new(
            lowercase_first(&kind.to_string()),
            chinese_parse_error(kind),
        ),
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
        parse_error_help(error.kind())
    };
    invalid_json_diagnostic(span, detail, help)
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

fn chinese_parse_error(kind: &ParseErrorKind) -> String {
    use ParseErrorKind as K;
    match kind {
        K::CommentsNotAllowed => "不允许注释",
        K::TrailingCommasNotAllowed => "不允许尾随逗号",
        K::SingleQuotedStringsNotAllowed => "不允许单引号字符串",
        K::ExpectedStringObjectProperty | K::UnexpectedWord => "键名或值缺少双引号",
        K::NonFiniteNumbersNotAllowed => "不允许 NaN 或 Infinity",
        K::ExpectedColonAfterObjectKey => "键名后缺少冒号",
        K::ExpectedComma => "缺少逗号",
        K::UnterminatedObject => "对象未闭合",
        K::UnterminatedArray => "数组未闭合",
        K::MultipleRootJsonValues => "文档包含多个顶层值",
        K::String(_) => "字符串不合法",
        _ => "语法错误",
    }
    .to_owned()
}

fn parse_error_help(kind: &ParseErrorKind) -> Text {
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
        K::ExpectedStringObjectProperty | K::UnexpectedWord => Text::new(
            "Put keys and strings in double quotes: `\"diskPath\": \"/data\"`",
            "键名和字符串需用双引号：`\"diskPath\": \"/data\"`",
        ),
        K::NonFiniteNumbersNotAllowed => Text::new(
            "JSON has no NaN or Infinity: write a finite number",
            "JSON 没有 NaN 或 Infinity：请写有限数值",
        ),
        K::ExpectedComma => Text::new(
            "Separate members and elements with commas",
            "成员和元素之间需用逗号分隔",
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
        _ => Text::new(
            "Fix the JSON syntax at this position",
            "请修正此处的 JSON 语法",
        ),
    }
}

/// Resolves spans and words the findings in the chosen language, sorted by position.
fn locate(
    findings: Vec<Finding>,
    root: Option<&Node<'_>>,
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
                .or_else(|| root.map(|root| source::resolve(root, &finding.pointer).span))
                .unwrap_or_default();
            Some(Diagnostic {
                code: rule.meta.code.to_owned(),
                name: rule.meta.name.to_owned(),
                severity,
                message: finding.message.get(lang).to_owned(),
                help: finding.help.get(lang).to_owned(),
                pointer: finding.pointer,
                span,
                url: rule.meta.url(),
                labels: finding
                    .labels
                    .into_iter()
                    .map(|(span, message)| Label {
                        span,
                        message: message.get(lang).to_owned(),
                    })
                    .collect(),
                fix: finding.fix.map(|(title, patch)| Fix {
                    title: title.get(lang).to_owned(),
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
fn cluster_node<'a>(root: &'a Node<'a>) -> Option<&'a Node<'a>> {
    match root {
        Node::Object(object) => object
            .properties
            .iter()
            .rev()
            .find(|member| crate::schema::fold_key(source::key_text(&member.name)) == "cluster")
            .map(|member| &member.value),
        _ => None,
    }
}

/// Overwrites the inside of each secret string literal with `*`, byte for byte.
fn mask(text: &mut String, secrets: &[Span]) {
    let mut bytes = std::mem::take(text).into_bytes();
    for span in secrets {
        let quoted = matches!(bytes.get(span.start), Some(b'"' | b'\''));
        let inside = if quoted {
            (span.start + 1)..span.end.saturating_sub(1).max(span.start + 1)
        } else {
            span.start..span.end
        };
        if let Some(range) = bytes.get_mut(inside) {
            // Multi-byte characters become several `*`, which keeps the text valid UTF-8.
            range.fill(b'*');
        }
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

    /// The normalised value of each mutation of `fixture` must fit the response's typed model.
    fn assert_fits<T: crate::typed::FromNormalised>(kind: DocumentKind, fixture: &str) {
        let original: Value = serde_json::from_str(fixture).expect("fixture parses");
        let mut at = Vec::new();
        pointers(&original, String::new(), &mut at);
        let mut checked = 0;
        for pointer in at.iter().filter(|pointer| !pointer.is_empty()) {
            for replacement in replacements() {
                let mut mutated = original.clone();
                *mutated.pointer_mut(pointer).expect("pointer from the walk") = replacement;
                let text = mutated.to_string();
                let root = source::parse(&text)
                    .expect("serialised JSON parses")
                    .expect("not empty");
                let decoded = structure::decode(&root, Shapes::of(kind), &mut Vec::new());
                if let Err(error) = from_normalised::<T>(decoded.value) {
                    panic!("{kind:?} with {pointer} = {text}: {error}");
                }
                checked += 1;
            }
        }
        assert!(checked > 10, "{kind:?}: only {checked} mutations");
    }

    #[test]
    fn response_values_fit_their_models() {
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
