//! `--format github`: GitHub Actions workflow commands, which the runner turns into
//! annotations on the pull request:
//! `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`.
//!
//! Escaping as GitHub's runner expects (actions/toolkit `command.ts`): in the message `%`,
//! `\r`, `\n` become `%25`, `%0D`, `%0A`; in property values also `:` and `,` become `%3A`
//! and `%2C`.

use std::io::Write;

use cce_lint::{ColumnUnit, Severity};

use super::Checked;

/// Escapes the message of a workflow command.
pub(crate) fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
pub(crate) fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

pub(super) fn write(out: &mut impl Write, checked: &[Checked]) -> std::io::Result<()> {
    for file in checked {
        let result = &file.result;
        for (diagnostic, start, end) in result.located(ColumnUnit::Chars) {
            let command = match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut message = format!("{} [{}]", diagnostic.message, diagnostic.pointer);
            if !diagnostic.help.is_empty() {
                message.push('\n');
                message.push_str(&diagnostic.help);
            }
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(&file.path),
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(&diagnostic.code),
                escape_data(&message),
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_documents() {
        assert_eq!(escape_data("100% a\r\nb: c, d"), "100%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
