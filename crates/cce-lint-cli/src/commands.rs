//! The subcommands other than `check`: `schema`, `rules`, `explain`, `effective`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use cce_lint::effective::effective as effective_request;
use cce_lint::rules::{self, FixAvailability};
use cce_lint::{DocumentKind, Lang, LintOptions};
use serde_json::json;

use crate::inputs::Input;
use crate::{EffectiveFormat, RulesFormat};

/// Writes to standard output; a closed pipe (`cce-lint schema | head`) is not an error.
fn print(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("cce-lint: cannot write output: {error}");
            ExitCode::from(2)
        }
    }
}

pub(crate) fn schema(kind: DocumentKind, config: bool) -> ExitCode {
    if config {
        print(&cce_lint::config::config_schema_file())
    } else {
        print(&cce_lint::schema::schema_file(kind))
    }
}

fn fix_name(fix: FixAvailability) -> &'static str {
    match fix {
        FixAvailability::None => "no",
        FixAvailability::Sometimes => "some",
        FixAvailability::Always => "yes",
    }
}

pub(crate) fn rules(format: RulesFormat, lang: Lang) -> ExitCode {
    let catalogue = rules::all();
    let summary = |meta: &rules::RuleMeta| match lang {
        Lang::En => meta.summary_en,
        Lang::Zh => meta.summary_zh,
    };
    let text = match format {
        RulesFormat::Json => {
            let entries: Vec<_> = catalogue
                .iter()
                .map(|rule| {
                    let meta = rule.meta;
                    json!({
                        "code": meta.code,
                        "name": meta.name,
                        "group": meta.group,
                        "severity": meta.severity,
                        "fix": meta.fix,
                        "summary": summary(meta),
                        "url": meta.url(),
                    })
                })
                .collect();
            format!("{}\n", serde_json::Value::Array(entries))
        }
        RulesFormat::Table => {
            let name_width = catalogue
                .iter()
                .map(|rule| rule.meta.name.len())
                .max()
                .unwrap_or(4);
            let mut text = format!(
                "{:<6}  {:<name_width$}  {:<8}  {:<4}  SUMMARY\n",
                "CODE", "NAME", "SEVERITY", "FIX"
            );
            for rule in catalogue {
                let meta = rule.meta;
                text.push_str(&format!(
                    "{:<6}  {:<name_width$}  {:<8}  {:<4}  {}\n",
                    meta.code,
                    meta.name,
                    meta.severity.as_str(),
                    fix_name(meta.fix),
                    summary(meta)
                ));
            }
            text
        }
    };
    print(&text)
}

pub(crate) fn explain(code: &str, lang: Lang) -> ExitCode {
    let Some(rule) = rules::by_code(code) else {
        eprintln!("cce-lint: unknown rule code `{code}`; `cce-lint rules` lists them");
        return ExitCode::from(2);
    };
    let meta = rule.meta;
    let summary = match lang {
        Lang::En => meta.summary_en,
        Lang::Zh => meta.summary_zh,
    };
    let docs = rules::docs(meta, lang);
    print(&format!(
        "# {} {}: {summary}\n\nseverity: {} · fix: {} · {}\n\n{}\n",
        meta.code,
        meta.name,
        meta.severity,
        fix_name(meta.fix),
        meta.url(),
        docs.trim_end()
    ))
}

pub(crate) fn effective(
    file: &Path,
    format: EffectiveFormat,
    kind: Option<DocumentKind>,
) -> ExitCode {
    let input = if file.as_os_str() == "-" {
        Input::Stdin
    } else {
        Input::File(file.to_path_buf())
    };
    let bytes = match input.read() {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("cce-lint: {error}");
            return ExitCode::from(2);
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let view = match effective_request(&text, &LintOptions::default().with_kind(kind)) {
        Ok(view) => view,
        Err(error) => {
            eprintln!("cce-lint: {}: {error}", input.display());
            return ExitCode::from(1);
        }
    };
    match format {
        EffectiveFormat::Json => print(&format!(
            "{}\n",
            serde_json::to_string_pretty(&view).unwrap_or_default()
        )),
        EffectiveFormat::Text => print(&view.to_string()),
    }
}
