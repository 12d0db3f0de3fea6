//! What every front end renders: the `--format json` document and the miette adapter. Both
//! read the same [`Diagnostic`]s, so the CLI and the npm package agree by construction.

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::LintResult;
use crate::source::{ColumnUnit, Span};

/// The version of the JSON output shape.
pub const JSON_FORMAT_VERSION: u32 = 1;

/// The `--format json` document: `{"version":1,"files":[…],"summary":{…}}`.
#[derive(Debug, Clone, Serialize)]
pub struct JsonReport {
    /// Shape version.
    pub version: u32,
    /// One entry per linted file, in input order.
    pub files: Vec<JsonFile>,
    /// Totals.
    pub summary: JsonSummary,
}

/// One file of a [`JsonReport`].
#[derive(Debug, Clone, Serialize)]
pub struct JsonFile {
    /// The path as given (`-` for standard input).
    pub path: String,
    /// Its findings.
    pub diagnostics: Vec<JsonDiagnostic>,
}

/// One finding of a [`JsonFile`], located by pointer, byte span and 1-based line/column.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JsonDiagnostic {
    /// Rule code.
    pub code: Cow<'static, str>,
    /// Rule name.
    pub name: Cow<'static, str>,
    /// `error`, `warning` or `info`.
    pub severity: Severity,
    /// RFC 6901 pointer.
    pub pointer: String,
    /// What is wrong.
    pub message: Cow<'static, str>,
    /// What to do.
    pub help: Cow<'static, str>,
    /// Rule documentation.
    pub url: Cow<'static, str>,
    /// Byte range.
    pub span: Span,
    /// Start line (1-based).
    pub line: usize,
    /// Start column (1-based, in `unit`s).
    pub column: usize,
    /// End line (1-based).
    pub end_line: usize,
    /// End column (1-based, exclusive, in `unit`s).
    pub end_column: usize,
}

/// Totals of a [`JsonReport`].
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct JsonSummary {
    /// Files linted.
    pub files: usize,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// Info findings.
    pub infos: usize,
}

impl JsonFile {
    /// The entry for one linted file; columns counted in `unit`.
    pub fn new(path: impl Into<String>, result: &LintResult, unit: ColumnUnit) -> Self {
        let diagnostics = result
            .located(unit)
            .map(|(diagnostic, start, end)| JsonDiagnostic {
                code: diagnostic.code.clone(),
                name: diagnostic.name.clone(),
                severity: diagnostic.severity,
                pointer: diagnostic.pointer.as_str().to_owned(),
                message: diagnostic.message.clone(),
                help: diagnostic.help.clone(),
                url: diagnostic.url.clone(),
                span: diagnostic.span,
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
            })
            .collect();
        JsonFile {
            path: path.into(),
            diagnostics,
        }
    }
}

impl JsonSummary {
    /// Adds another summary's counts.
    pub fn merge(&mut self, other: &JsonSummary) {
        self.files += other.files;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }

    /// Counts one more file and its findings.
    pub fn add(&mut self, file: &JsonFile) {
        self.files += 1;
        for diagnostic in &file.diagnostics {
            match diagnostic.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }
}

impl JsonReport {
    /// The report over these files.
    pub fn new(files: Vec<JsonFile>) -> Self {
        let mut summary = JsonSummary::default();
        for file in &files {
            summary.add(file);
        }
        JsonReport {
            version: JSON_FORMAT_VERSION,
            files,
            summary,
        }
    }

    /// Writes the report from files serialised one by one (`serde_json` of each [`JsonFile`],
    /// for example on several threads): the same bytes as serialising the whole report.
    pub fn write_serialised(
        out: &mut impl std::io::Write,
        files: &[Vec<u8>],
        summary: &JsonSummary,
    ) -> std::io::Result<()> {
        write!(out, "{{\"version\":{JSON_FORMAT_VERSION},\"files\":[")?;
        for (index, file) in files.iter().enumerate() {
            if index > 0 {
                out.write_all(b",")?;
            }
            out.write_all(file)?;
        }
        out.write_all(b"],\"summary\":")?;
        serde_json::to_writer(&mut *out, summary)?;
        out.write_all(b"}")
    }
}

/// A [`Diagnostic`] over its (secret-masked) source, for miette's report handlers.
#[derive(Debug)]
pub struct MietteView<'a> {
    diagnostic: &'a Diagnostic,
    source: &'a miette::NamedSource<String>,
}

impl<'a> MietteView<'a> {
    /// Views `diagnostic` over `source` (build it from [`LintResult::source`], which is masked).
    pub fn new(diagnostic: &'a Diagnostic, source: &'a miette::NamedSource<String>) -> Self {
        MietteView { diagnostic, source }
    }
}

impl fmt::Display for MietteView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl std::error::Error for MietteView<'_> {}

impl miette::Diagnostic for MietteView<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(format!(
            "{}({})",
            self.diagnostic.code, self.diagnostic.name
        )))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        (!self.diagnostic.help.is_empty())
            .then(|| Box::new(&self.diagnostic.help) as Box<dyn fmt::Display>)
    }

    fn url<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.diagnostic.url))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let primary = miette::LabeledSpan::new_primary_with_span(
            Some(self.diagnostic.pointer.to_string()).filter(|pointer| !pointer.is_empty()),
            self.diagnostic.span,
        );
        let secondary = self.diagnostic.labels.iter().map(|label| {
            miette::LabeledSpan::new_with_span(Some(label.message.to_string()), label.span)
        });
        Some(Box::new(std::iter::once(primary).chain(secondary)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{lint, LintOptions};

    #[test]
    fn files_serialised_one_by_one_give_the_same_report() {
        let texts = [
            r#"{"cluster": {"clusterName": "a", "exposedPubic": true}}"#,
            "{",
            r#"{"nodes": [{"count": "3"}]}"#,
        ];
        let files: Vec<JsonFile> = texts
            .iter()
            .enumerate()
            .map(|(index, text)| {
                let result = lint(text, &LintOptions::default());
                JsonFile::new(format!("f{index}.json"), &result, ColumnUnit::Chars)
            })
            .collect();
        let whole = serde_json::to_vec(&JsonReport::new(files.clone())).expect("serialises");
        let mut summary = JsonSummary::default();
        let parts: Vec<Vec<u8>> = files
            .iter()
            .map(|file| {
                summary.add(file);
                serde_json::to_vec(file).expect("serialises")
            })
            .collect();
        let mut joined = Vec::new();
        JsonReport::write_serialised(&mut joined, &parts, &summary).expect("writes");
        assert_eq!(String::from_utf8(joined), String::from_utf8(whole));
        let mut empty = Vec::new();
        JsonReport::write_serialised(&mut empty, &[], &JsonSummary::default()).expect("writes");
        assert_eq!(
            String::from_utf8(empty),
            String::from_utf8(
                serde_json::to_vec(&JsonReport::new(Vec::new())).expect("serialises")
            )
        );
    }
}
