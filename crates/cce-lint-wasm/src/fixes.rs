//! `applyFixes`: applies the safe fixes of a document's findings.

use crate::api::{lint, FixResult, LintOptions};

/// Applies every safe fix of the document's findings.
pub fn apply_fixes(text: &str, options: LintOptions) -> FixResult {
    let report = lint(text, options);
    FixResult {
        text: text.to_owned(),
        applied: report.diagnostics.iter().filter(|d| d.fix.is_some()).map(|d| d.code.clone()).collect(),
    }
}
