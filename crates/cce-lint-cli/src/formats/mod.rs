//! The report formats of `check`. Every format reads the same linted files; none shows the
//! raw input (snippets come from the linter's secret-masked source).

use std::io::Write;

use cce_lint::report::{JsonFile, JsonReport, JsonSummary};
use cce_lint::{ColumnUnit, LintResult};
use rayon::prelude::*;

use crate::Format;

mod github;
mod human;
mod junit;
mod sarif;

/// One linted file, after suppressions and the baseline.
#[derive(Debug)]
pub(crate) struct Checked {
    /// The path as given or found (`-` for standard input).
    pub(crate) path: String,
    /// Its findings and masked source.
    pub(crate) result: LintResult,
    /// How many findings its configuration suppressed.
    pub(crate) suppressed: usize,
}

/// Writes the report of `checked` to standard output.
pub(crate) fn write(
    format: Format,
    checked: &[Checked],
    deny_warnings: bool,
) -> std::io::Result<()> {
    // Standard output is line-buffered with a small buffer; reports are written in many small
    // pieces, so batch them (a tenth of the time of a 10,000-file JSON run went there).
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match format {
        Format::Human => human::write(&mut stdout, checked),
        Format::Json => write_json(&mut stdout, checked),
        Format::Sarif => sarif::write(&mut stdout, checked),
        Format::Github => github::write(&mut stdout, checked),
        Format::Junit => junit::write(&mut stdout, checked, deny_warnings),
    }?;
    stdout.flush()
}

/// The `--format json` document (its shape is a contract: see the README). Each file's entry
/// is located and serialised on any core; they are written in input order.
fn write_json(out: &mut impl Write, checked: &[Checked]) -> std::io::Result<()> {
    let rendered: Vec<(Vec<u8>, JsonSummary)> = checked
        .par_iter()
        .map(|file| {
            let json = JsonFile::new(file.path.clone(), &file.result, ColumnUnit::Chars);
            let mut summary = JsonSummary::default();
            summary.add(&json);
            serde_json::to_vec(&json).map(|bytes| (bytes, summary))
        })
        .collect::<Result<_, _>>()?;
    let mut summary = JsonSummary::default();
    for (_, part) in &rendered {
        summary.merge(part);
    }
    let files: Vec<Vec<u8>> = rendered.into_iter().map(|(bytes, _)| bytes).collect();
    JsonReport::write_serialised(out, &files, &summary)?;
    writeln!(out)
}
