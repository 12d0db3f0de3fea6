//! The JavaScript API as plain Rust: the types the npm package returns (their TypeScript
//! declarations are generated from these definitions by tsify) and the functions behind each
//! export. Nothing here touches `JsValue`, so it is tested natively.

use std::borrow::Cow;

use cce_lint::report::{JsonDiagnostic, JsonFile};
use cce_lint::rules::{FixAvailability, RuleMeta};
use cce_lint::{ColumnUnit, DocumentKind, Lang, PatchOperation};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Options of `lint` and `applyFixes`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LintOptions {
    /// Language of messages (default English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub lang: Option<Language>,
    /// The document's kind; detected from its shape when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub kind: Option<Kind>,
}

impl LintOptions {
    fn core(self) -> cce_lint::LintOptions {
        cce_lint::LintOptions::default()
            .with_lang(self.lang.unwrap_or_default().into())
            .with_kind(self.kind.map(DocumentKind::from))
    }
}

/// The language of messages and rule documentation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl From<Language> for Lang {
    fn from(language: Language) -> Self {
        match language {
            Language::En => Lang::En,
            Language::Zh => Lang::Zh,
        }
    }
}

/// A document kind, named as on the command line (`--kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Body of `POST /v2/cluster`.
    CreateCluster,
    /// Query parameters of `GET /v2/clusters`, as a JSON object.
    ListClustersQuery,
    /// Query parameters of `DELETE /v2/cluster/{clusterID}`, as a JSON object.
    DeleteClusterQuery,
    /// Body of `PUT /v2/cluster/{clusterID}/forbiddelete`.
    ForbidDeleteRequest,
    /// Response of `POST /v2/cluster`.
    CreateClusterResponse,
    /// Response of `GET /v2/clusters`.
    ListClustersResponse,
    /// Response of `GET /v2/cluster/{clusterID}`.
    GetClusterResponse,
    /// Response of `DELETE /v2/cluster/{clusterID}`.
    DeleteClusterResponse,
    /// Response of `PUT /v2/cluster/{clusterID}/forbiddelete`.
    ForbidDeleteResponse,
    /// Response of `GET /v2/event/cluster/{clusterID}`.
    GetEventStepsResponse,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 10] = [
        Kind::CreateCluster,
        Kind::ListClustersQuery,
        Kind::DeleteClusterQuery,
        Kind::ForbidDeleteRequest,
        Kind::CreateClusterResponse,
        Kind::ListClustersResponse,
        Kind::GetClusterResponse,
        Kind::DeleteClusterResponse,
        Kind::ForbidDeleteResponse,
        Kind::GetEventStepsResponse,
    ];

    fn of(kind: DocumentKind) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|candidate| DocumentKind::from(*candidate) == kind)
    }
}

impl From<Kind> for DocumentKind {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::CreateCluster => DocumentKind::CreateCluster,
            Kind::ListClustersQuery => DocumentKind::ListClustersQuery,
            Kind::DeleteClusterQuery => DocumentKind::DeleteClusterQuery,
            Kind::ForbidDeleteRequest => DocumentKind::ForbidDeleteRequest,
            Kind::CreateClusterResponse => DocumentKind::CreateClusterResponse,
            Kind::ListClustersResponse => DocumentKind::ListClustersResponse,
            Kind::GetClusterResponse => DocumentKind::GetClusterResponse,
            Kind::DeleteClusterResponse => DocumentKind::DeleteClusterResponse,
            Kind::ForbidDeleteResponse => DocumentKind::ForbidDeleteResponse,
            Kind::GetEventStepsResponse => DocumentKind::GetEventStepsResponse,
        }
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The server rejects the request, or the cluster is known or very likely to fail.
    Error,
    /// Accepted, but probably wrong, silently ignored or risky.
    Warning,
    /// Worth knowing: normalisation, defaults that will apply.
    Info,
}

impl From<cce_lint::Severity> for Severity {
    fn from(severity: cce_lint::Severity) -> Self {
        match severity {
            cce_lint::Severity::Error => Severity::Error,
            cce_lint::Severity::Warning => Severity::Warning,
            cce_lint::Severity::Info => Severity::Info,
        }
    }
}

/// What `lint` returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct LintReport {
    /// The kind the document was linted as.
    pub kind: Kind,
    /// The findings, sorted by position, then code.
    pub diagnostics: Vec<Diagnostic>,
    /// How many findings of each severity.
    pub summary: Summary,
}

/// A lint result as two flat values ([`lint_encoded`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EncodedReport {
    /// Counts, positions and text lengths.
    pub numbers: Vec<u32>,
    /// Every text, one after the other.
    pub texts: String,
}

impl EncodedReport {
    fn number(&mut self, number: usize) {
        // Offsets and counts of a document held in a 32-bit address space.
        self.numbers.push(u32::try_from(number).unwrap_or(u32::MAX));
    }

    fn text(&mut self, text: &str) {
        let utf16_length = if text.is_ascii() {
            text.len()
        } else {
            text.encode_utf16().count()
        };
        self.number(utf16_length);
        self.texts.push_str(text);
    }
}

/// Totals of a [`LintReport`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
pub struct Summary {
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// Info findings.
    pub infos: usize,
}

/// One finding: the fields of the CLI's `--format json` diagnostics (columns in UTF-16 code
/// units, as JavaScript strings count them) and the fix, when the rule has a safe one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Diagnostic {
    /// Stable rule code, e.g. `CCE005`.
    #[tsify(type = "string")]
    pub code: Cow<'static, str>,
    /// Kebab-case rule name, e.g. `unknown-key`.
    #[tsify(type = "string")]
    pub name: Cow<'static, str>,
    /// Severity.
    pub severity: Severity,
    /// RFC 6901 pointer with the canonical (SDK) key names.
    pub pointer: String,
    /// What is wrong.
    #[tsify(type = "string")]
    pub message: Cow<'static, str>,
    /// What to do.
    #[tsify(type = "string")]
    pub help: Cow<'static, str>,
    /// The rule's documentation page.
    #[tsify(type = "string")]
    pub url: Cow<'static, str>,
    /// Byte range of the UTF-8 input.
    pub span: Span,
    /// Start line (1-based).
    pub line: usize,
    /// Start column (1-based, UTF-16 code units).
    pub column: usize,
    /// End line (1-based).
    pub end_line: usize,
    /// End column (1-based, exclusive, UTF-16 code units).
    pub end_column: usize,
    /// A safe fix as an RFC 6902 JSON Patch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub fix: Option<Fix>,
}

/// A byte range of the UTF-8 input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Tsify)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

/// A safe fix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
pub struct Fix {
    /// What applying it does.
    #[tsify(type = "string")]
    pub title: Cow<'static, str>,
    /// The RFC 6902 JSON Patch.
    pub patch: Vec<PatchOp>,
}

/// One RFC 6902 JSON Patch operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum PatchOp {
    /// Add a value.
    Add {
        /// Where (RFC 6901).
        path: String,
        /// What.
        #[tsify(type = "unknown")]
        value: serde_json::Value,
    },
    /// Remove a value.
    Remove {
        /// Where (RFC 6901).
        path: String,
    },
    /// Replace a value.
    Replace {
        /// Where (RFC 6901).
        path: String,
        /// What.
        #[tsify(type = "unknown")]
        value: serde_json::Value,
    },
    /// Move a value (renames a key).
    Move {
        /// From where (RFC 6901).
        from: String,
        /// To where (RFC 6901).
        path: String,
    },
}

impl From<&PatchOperation> for PatchOp {
    fn from(operation: &PatchOperation) -> Self {
        match operation {
            PatchOperation::Add { path, value } => PatchOp::Add {
                path: path.to_string(),
                value: value.clone(),
            },
            PatchOperation::Remove { path } => PatchOp::Remove {
                path: path.to_string(),
            },
            PatchOperation::Replace { path, value } => PatchOp::Replace {
                path: path.to_string(),
                value: value.clone(),
            },
            PatchOperation::Move { from, path } => PatchOp::Move {
                from: from.to_string(),
                path: path.to_string(),
            },
        }
    }
}

/// A rule of the catalogue, as `rules()` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    /// Stable code.
    pub code: String,
    /// Kebab-case name.
    pub name: String,
    /// The part of the request it is about (e.g. `network`).
    pub group: String,
    /// Default severity.
    pub severity: Severity,
    /// Whether it can attach a safe fix.
    pub fix: Fixable,
    /// One-line summary in English.
    pub summary_en: String,
    /// One-line summary in Chinese.
    pub summary_zh: String,
    /// Documentation page.
    pub url: String,
}

/// Whether a rule can attach a safe fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Fixable {
    /// Never.
    None,
    /// For some findings.
    Sometimes,
    /// For every finding.
    Always,
}

impl From<FixAvailability> for Fixable {
    fn from(fix: FixAvailability) -> Self {
        match fix {
            FixAvailability::None => Fixable::None,
            FixAvailability::Sometimes => Fixable::Sometimes,
            FixAvailability::Always => Fixable::Always,
        }
    }
}

/// A rule's documentation in one language, as `explain()` returns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RuleExplanation {
    /// Stable code.
    pub code: String,
    /// Kebab-case name.
    pub name: String,
    /// Default severity.
    pub severity: Severity,
    /// One-line summary.
    pub summary: String,
    /// Documentation (Markdown: What it does / Why is this bad? / Example / …).
    pub docs: String,
    /// Documentation page.
    pub url: String,
}

/// What `applyFixes` returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct FixResult {
    /// The document with the fixes applied; only the bytes each fix needs are changed (the
    /// input itself when nothing was fixable).
    pub text: String,
    /// The fixes applied, in the order applied.
    pub applied: Vec<AppliedFix>,
    /// The lint report of the fixed text: what is left.
    pub remaining: LintReport,
}

/// One fix that `applyFixes` applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
pub struct AppliedFix {
    /// The rule code of the finding it fixed.
    pub code: String,
    /// The finding's pointer.
    pub pointer: String,
    /// What it did.
    pub title: String,
}

/// What every export throws instead of panicking: a JavaScript `Error` whose `name` is
/// `"CceLintError"` and which carries these fields. Findings about the input are never
/// errors; they are diagnostics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify, thiserror::Error)]
#[error("{message}")]
pub struct CceLintError {
    /// What kind of failure.
    pub kind: ErrorKind,
    /// What went wrong, in English.
    pub message: String,
}

/// The failures of the JavaScript API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// An argument of the wrong type (e.g. a number where the document text goes).
    InvalidArgument,
    /// An options object with an unknown key or value.
    InvalidOptions,
    /// A rule code the catalogue does not have.
    UnknownRule,
}

impl ErrorKind {
    /// The kebab-case name set as the error's `kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::InvalidArgument => "invalid-argument",
            ErrorKind::InvalidOptions => "invalid-options",
            ErrorKind::UnknownRule => "unknown-rule",
        }
    }
}

impl CceLintError {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CceLintError {
            kind,
            message: message.into(),
        }
    }
}

/// Parses an options object given as JSON (`null` means the defaults).
///
/// # Errors
/// [`ErrorKind::InvalidOptions`] for an unknown key, language or kind.
pub fn parse_options(json: &str) -> Result<LintOptions, CceLintError> {
    serde_json::from_str::<Option<LintOptions>>(json)
        .map(Option::unwrap_or_default)
        .map_err(|error| CceLintError::new(ErrorKind::InvalidOptions, error.to_string()))
}

/// A document to lint: text, or raw bytes (whose encoding problems become findings, as in
/// the CLI, which reads files as bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Document {
    /// A JavaScript string.
    Text(String),
    /// A `Uint8Array`.
    Bytes(Vec<u8>),
}

/// Lints a document: the same findings as `cce-lint check --format json`, with columns in
/// UTF-16 code units.
pub fn lint(document: &Document, options: LintOptions) -> LintReport {
    report(&lint_result(document, options))
}

/// Lints a document and encodes its report as `js/report.js` reads it: what the module's
/// `lint` does. Handing two flat values over and building the objects in JavaScript costs a
/// fraction of writing the report as JSON and parsing that; encoding straight from the
/// core's result skips building a [`LintReport`] first.
pub fn lint_encoded(document: &Document, options: LintOptions) -> EncodedReport {
    encode(&lint_result(document, options))
}

fn lint_result(document: &Document, options: LintOptions) -> cce_lint::LintResult {
    let options = options.core();
    match document {
        Document::Text(text) => cce_lint::lint(text, &options),
        Document::Bytes(bytes) => cce_lint::lint_bytes(bytes, &options),
    }
}

/// The report of `result` as [`lint`] gives it, encoded in two flat values.
///
/// Layout (the order `js/report.js` reads): the kind; the number of diagnostics; per
/// diagnostic its code, name, severity, pointer, message, help and url, its span's start and
/// end, line, column, end line and end column, then 1 and the fix as JSON, or 0; last the
/// summary's errors, warnings and infos. A text is its length in UTF-16 code units in
/// `numbers` and its characters in `texts`.
fn encode(result: &cce_lint::LintResult) -> EncodedReport {
    // Room for everything at once (fixes, rare, may grow the texts).
    let texts: usize = result
        .diagnostics
        .iter()
        .map(|d| {
            let fields = [&d.code, &d.name, &d.message, &d.help, &d.url];
            fields.iter().map(|text| text.len()).sum::<usize>() + d.pointer.as_str().len() + 7
        })
        .sum();
    let mut encoded = EncodedReport {
        numbers: Vec::with_capacity(5 + 14 * result.diagnostics.len()),
        texts: String::with_capacity(texts + 24),
    };
    // Every core kind has the JavaScript name of its command-line name (a unit test checks).
    encoded.text(result.kind.name());
    encoded.number(result.diagnostics.len());
    for (diagnostic, start, end) in result.located(ColumnUnit::Utf16) {
        encoded.text(&diagnostic.code);
        encoded.text(&diagnostic.name);
        encoded.text(diagnostic.severity.as_str());
        encoded.text(diagnostic.pointer.as_str());
        encoded.text(&diagnostic.message);
        encoded.text(&diagnostic.help);
        encoded.text(&diagnostic.url);
        for number in [
            diagnostic.span.start,
            diagnostic.span.end,
            start.line,
            start.column,
            end.line,
            end.column,
        ] {
            encoded.number(number);
        }
        match diagnostic
            .fix
            .as_ref()
            .map(|fix| serde_json::to_string(&js_fix(fix)))
        {
            Some(Ok(fix)) => {
                encoded.number(1);
                encoded.text(&fix);
            }
            // A fix is strings and JSON values: writing it as JSON cannot fail.
            Some(Err(_)) | None => encoded.number(0),
        }
    }
    for severity in [
        cce_lint::Severity::Error,
        cce_lint::Severity::Warning,
        cce_lint::Severity::Info,
    ] {
        encoded.number(result.count(severity));
    }
    encoded
}

/// Applies every safe fix of the document's findings with minimal text edits (the core's
/// `apply_fixes`), and reports what is left.
pub fn apply_fixes(text: &str, options: LintOptions) -> FixResult {
    let outcome = cce_lint::apply_fixes(text, &options.core());
    FixResult {
        applied: outcome
            .applied
            .iter()
            .map(|fix| AppliedFix {
                code: fix.code.to_string(),
                pointer: fix.pointer.to_string(),
                title: fix.title.to_string(),
            })
            .collect(),
        remaining: report(&outcome.remaining),
        text: outcome.text,
    }
}

fn report(result: &cce_lint::LintResult) -> LintReport {
    let located = JsonFile::new(String::new(), result, ColumnUnit::Utf16);
    let diagnostics: Vec<Diagnostic> = located
        .diagnostics
        .into_iter()
        .zip(&result.diagnostics)
        .map(|(json, diagnostic)| to_js_diagnostic(json, diagnostic.fix.as_ref()))
        .collect();
    let mut summary = Summary::default();
    for diagnostic in &diagnostics {
        match diagnostic.severity {
            Severity::Error => summary.errors += 1,
            Severity::Warning => summary.warnings += 1,
            Severity::Info => summary.infos += 1,
        }
    }
    LintReport {
        kind: Kind::of(result.kind).unwrap_or(Kind::CreateCluster),
        diagnostics,
        summary,
    }
}

fn to_js_diagnostic(json: JsonDiagnostic, fix: Option<&cce_lint::Fix>) -> Diagnostic {
    Diagnostic {
        code: json.code,
        name: json.name,
        severity: json.severity.into(),
        pointer: json.pointer,
        message: json.message,
        help: json.help,
        url: json.url,
        span: Span {
            start: json.span.start,
            end: json.span.end,
        },
        line: json.line,
        column: json.column,
        end_line: json.end_line,
        end_column: json.end_column,
        fix: fix.map(js_fix),
    }
}

fn js_fix(fix: &cce_lint::Fix) -> Fix {
    Fix {
        title: fix.title.clone(),
        patch: fix.patch.iter().map(PatchOp::from).collect(),
    }
}

/// The JSON Schema (draft 2020-12) of a kind (create-cluster by default), generated from the
/// model. Only the native run that writes the package's data calls it: generating it would
/// compile schemars and the model's descriptions into the WebAssembly module.
pub fn schema(kind: Option<Kind>) -> serde_json::Value {
    cce_lint::schema::schema(kind.map_or(DocumentKind::CreateCluster, DocumentKind::from))
}

/// What the module's `schema` returns: a schema that refers to the kind's full schema by its
/// `$id` (`{"$ref": …}`). The package's entry points replace it with the full schema, which
/// they bundle as data keyed by `$id`.
pub fn schema_reference(kind: Option<Kind>) -> serde_json::Value {
    let kind = kind.map_or(DocumentKind::CreateCluster, DocumentKind::from);
    serde_json::json!({
        "$ref": format!("{}{}", cce_lint::schema::SCHEMA_BASE_URL, kind.schema_file_name())
    })
}

/// Every rule of the catalogue, sorted by code (the summaries are empty unless the `docs`
/// feature is on).
pub fn rules() -> Vec<RuleInfo> {
    cce_lint::rules::all()
        .iter()
        .map(|rule| {
            let meta: &RuleMeta = rule.meta;
            RuleInfo {
                code: meta.code.to_owned(),
                name: meta.name.to_owned(),
                group: meta.group.name().to_owned(),
                severity: meta.severity.into(),
                fix: meta.fix.into(),
                summary_en: meta.summary_en.to_owned(),
                summary_zh: meta.summary_zh.to_owned(),
                url: meta.url().to_owned(),
            }
        })
        .collect()
}

/// The documentation of one rule. `summary` and `docs` are empty unless the `docs` feature is
/// on: the package's entry points fill them in from their data.
///
/// # Errors
/// [`ErrorKind::UnknownRule`] when no rule has this code.
pub fn explain(code: &str, lang: Language) -> Result<RuleExplanation, CceLintError> {
    let rule = cce_lint::rules::by_code(code).ok_or_else(|| {
        CceLintError::new(
            ErrorKind::UnknownRule,
            cce_lint::LintError::UnknownRule(code.to_owned()).to_string(),
        )
    })?;
    let meta = rule.meta;
    let (summary, docs) = match lang {
        Language::En => (meta.summary_en, meta.docs_en),
        Language::Zh => (meta.summary_zh, meta.docs_zh),
    };
    Ok(RuleExplanation {
        code: meta.code.to_owned(),
        name: meta.name.to_owned(),
        severity: meta.severity.into(),
        summary: summary.to_owned(),
        docs: docs.to_owned(),
        url: meta.url().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_core_kind_has_a_js_name_equal_to_its_cli_name() {
        assert_eq!(Kind::ALL.len(), DocumentKind::ALL.len());
        for core in DocumentKind::ALL {
            let kind = Kind::of(core).unwrap_or_else(|| panic!("no JS kind for {core}"));
            assert_eq!(
                serde_json::to_value(kind).ok(),
                Some(serde_json::Value::from(core.name()))
            );
        }
    }

    #[test]
    fn options_reject_unknown_keys_and_values() {
        assert_eq!(parse_options("null"), Ok(LintOptions::default()));
        assert_eq!(
            parse_options(r#"{"lang":"zh","kind":"list-clusters-query"}"#),
            Ok(LintOptions {
                lang: Some(Language::Zh),
                kind: Some(Kind::ListClustersQuery),
            })
        );
        for bad in [
            r#"{"lang":"fr"}"#,
            r#"{"kind":"cluster"}"#,
            r#"{"langs":"en"}"#,
            "3",
        ] {
            let error = parse_options(bad).err();
            assert_eq!(
                error.map(|error| error.kind),
                Some(ErrorKind::InvalidOptions),
                "{bad}"
            );
        }
    }

    #[test]
    fn lint_counts_utf16_columns_and_carries_fixes() {
        let text = "{\"cluster\": {\"description\": \"😀\", \"clusterNAME\": \"demo\"}}";
        let report = lint(&Document::Text(text.to_owned()), LintOptions::default());
        let case_variant = report
            .diagnostics
            .iter()
            .find(|diagnostic| diagnostic.pointer == "/cluster/clusterName")
            .expect("the case variant is reported");
        // The emoji is one char but two UTF-16 code units.
        let byte_offset = text.find("\"clusterNAME\"").unwrap_or_default();
        assert_eq!(case_variant.span.start, byte_offset);
        assert_eq!(case_variant.column, byte_offset - "😀".len() + 2 + 1);
        assert!(case_variant.fix.is_some(), "{case_variant:?}");
        assert_eq!(report.kind, Kind::CreateCluster);
    }

    /// Reads an [`EncodedReport`] back the way `js/report.js` does (texts by UTF-16 length).
    fn decode(encoded: &EncodedReport) -> (Vec<String>, Vec<u32>) {
        let units: Vec<u16> = encoded.texts.encode_utf16().collect();
        let (mut texts, mut numbers, mut offset) = (Vec::new(), Vec::new(), 0);
        let mut next = encoded.numbers.iter().map(|&number| number as usize);
        let mut text = |next: &mut dyn Iterator<Item = usize>| {
            let end = offset + next.next().unwrap_or_default();
            texts.push(String::from_utf16_lossy(&units[offset..end]));
            offset = end;
        };
        text(&mut next);
        let count = next.next().unwrap_or_default();
        for _ in 0..count {
            for _ in 0..7 {
                text(&mut next);
            }
            numbers.extend(next.by_ref().take(6).map(|n| n as u32));
            if next.next() == Some(1) {
                text(&mut next);
            }
        }
        numbers.extend(next.map(|n| n as u32));
        assert_eq!(offset, units.len(), "every text is read");
        (texts, numbers)
    }

    #[test]
    fn encoded_reports_read_back_field_by_field() {
        // Emoji and Chinese in messages and pointers: texts are cut by UTF-16 length.
        let text = r#"{"cluster": {"clusterType": "集群😀", "clusterNAME": "demo"}, "😀": 1}"#;
        let options = LintOptions {
            lang: Some(Language::Zh),
            kind: None,
        };
        let document = Document::Text(text.to_owned());
        // The encoding (what the module hands to JavaScript) against the report `lint` builds
        // through the CLI's JSON diagnostics.
        let report = lint(&document, options);
        assert!(report.diagnostics.iter().any(|d| d.fix.is_some()));
        assert!(report
            .diagnostics
            .iter()
            .any(|d| d.message.contains("集群😀")));
        let (texts, numbers) = decode(&lint_encoded(&document, options));
        let mut expected_texts = vec!["create-cluster".to_owned()];
        let mut expected_numbers = Vec::new();
        for d in &report.diagnostics {
            let severity = serde_json::to_value(d.severity).unwrap_or_default();
            for field in [&*d.code, &*d.name, severity.as_str().unwrap_or_default()] {
                expected_texts.push(field.to_owned());
            }
            for field in [&d.pointer, &*d.message, &*d.help, &*d.url] {
                expected_texts.push(field.to_owned());
            }
            for number in [
                d.span.start,
                d.span.end,
                d.line,
                d.column,
                d.end_line,
                d.end_column,
            ] {
                expected_numbers.push(u32::try_from(number).unwrap_or(u32::MAX));
            }
            if let Some(fix) = &d.fix {
                expected_texts.push(serde_json::to_string(fix).unwrap_or_default());
            }
        }
        let summary = report.summary;
        for number in [summary.errors, summary.warnings, summary.infos] {
            expected_numbers.push(u32::try_from(number).unwrap_or(u32::MAX));
        }
        assert_eq!(texts, expected_texts);
        assert_eq!(numbers, expected_numbers);
    }

    #[test]
    fn core_severity_names_are_the_json_names() {
        for severity in [
            cce_lint::Severity::Error,
            cce_lint::Severity::Warning,
            cce_lint::Severity::Info,
        ] {
            assert_eq!(
                serde_json::to_value(Severity::from(severity)).ok(),
                Some(severity.as_str().into())
            );
        }
    }

    #[test]
    fn bytes_report_invalid_utf8_like_the_cli() {
        let bytes = b"{\"cluster\": {\"description\": \"\xbc\xaf\"}}".to_vec();
        let report = lint(&Document::Bytes(bytes), LintOptions::default());
        assert!(report.diagnostics.iter().any(|d| d.code == "CCE012"));
    }

    #[test]
    fn explain_knows_every_listed_rule_and_rejects_unknown_codes() {
        let listed = rules();
        assert!(listed.iter().any(|rule| rule.code == "CCE005"));
        for rule in &listed {
            let explanation = explain(&rule.code, Language::Zh).expect("listed rule");
            assert_eq!(explanation.code, rule.code);
            assert_eq!(explanation.summary, rule.summary_zh);
        }
        let error = explain("CCE999x", Language::En).err();
        assert_eq!(error.map(|error| error.kind), Some(ErrorKind::UnknownRule));
    }

    #[test]
    fn schema_references_name_the_id_of_the_full_schema() {
        for kind in Kind::ALL {
            let full = schema(Some(kind));
            assert_eq!(
                schema_reference(Some(kind))["$ref"],
                full["$id"],
                "{kind:?}"
            );
            assert!(full["properties"].is_object(), "{kind:?}");
        }
        assert_eq!(
            schema_reference(None),
            schema_reference(Some(Kind::CreateCluster))
        );
    }

    #[test]
    fn apply_fixes_fixes_and_reports_what_is_left() {
        let text =
            "{\n  \"cluster\": {\"clusterName\": \"demo\", \"ClusterType\": \"normal\"}\n}\n";
        let fixed = apply_fixes(text, LintOptions::default());
        assert!(
            fixed.text.contains("\"clusterType\": \"normal\""),
            "{}",
            fixed.text
        );
        assert!(fixed
            .applied
            .iter()
            .any(|fix| fix.pointer == "/cluster/clusterType"));
        assert_eq!(
            fixed.remaining,
            lint(&Document::Text(fixed.text.clone()), LintOptions::default())
        );
    }
}
