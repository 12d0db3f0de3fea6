//! `--format human`: miette's graphical report with source snippets.

use std::io::{IsTerminal, Write};

use cce_lint::report::MietteView;
use cce_lint::Severity;

use super::Checked;

pub(super) fn write(out: &mut impl Write, checked: &[Checked]) -> std::io::Result<()> {
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty());
    let theme = if colour {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme).with_links(false);
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for file in checked {
        let (path, result) = (&file.path, &file.result);
        let source = miette::NamedSource::new(path, result.source.clone());
        for diagnostic in &result.diagnostics {
            let mut rendered = String::new();
            if handler
                .render_report(&mut rendered, &MietteView::new(diagnostic, &source))
                .is_err()
            {
                rendered = format!("{}: {} {}\n", path, diagnostic.code, diagnostic.message);
            }
            writeln!(out, "{rendered}")?;
        }
        errors += result.count(Severity::Error);
        warnings += result.count(Severity::Warning);
        infos += result.count(Severity::Info);
    }
    writeln!(
        out,
        "{} file{} checked: {errors} error{}, {warnings} warning{}, {infos} info",
        checked.len(),
        plural(checked.len()),
        plural(errors),
        plural(warnings),
    )
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}
