//! `--format junit`: JUnit XML for CI dashboards, one test case per linted file. A file fails
//! when it has an error (or, with `--deny-warnings`, a warning); its findings are listed in
//! the failure, or in `system-out` when they do not fail it.

use std::io::Write;

use cce_lint::{ColumnUnit, Severity};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use super::Checked;

/// Replaces the characters XML 1.0 cannot carry (control characters) by U+FFFD.
fn xml_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => '\u{fffd}',
            c => c,
        })
        .collect()
}

fn findings_text(file: &Checked) -> String {
    let mut text = String::new();
    for (diagnostic, start, _) in file.result.located(ColumnUnit::Chars) {
        text.push_str(&format!(
            "{}:{}:{}: {} {} {} [{}]\n",
            file.path,
            start.line,
            start.column,
            diagnostic.severity,
            diagnostic.code,
            diagnostic.message,
            diagnostic.pointer
        ));
    }
    xml_text(&text)
}

pub(super) fn write(
    out: &mut impl Write,
    checked: &[Checked],
    deny_warnings: bool,
) -> std::io::Result<()> {
    let tests = checked.len().to_string();
    let failures = checked
        .iter()
        .filter(|file| file.fails(deny_warnings))
        .count()
        .to_string();
    let mut writer = Writer::new_with_indent(&mut *out, b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    writer
        .create_element("testsuites")
        .with_attributes([
            ("name", "cce-lint"),
            ("tests", tests.as_str()),
            ("failures", failures.as_str()),
        ])
        .write_inner_content(|writer| {
            writer
                .create_element("testsuite")
                .with_attributes([
                    ("name", "cce-lint"),
                    ("tests", tests.as_str()),
                    ("failures", failures.as_str()),
                    ("errors", "0"),
                    ("skipped", "0"),
                ])
                .write_inner_content(|writer| {
                    for file in checked {
                        write_test_case(writer, file, deny_warnings)?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    writeln!(out)
}

fn write_test_case<W: Write>(
    writer: &mut Writer<W>,
    file: &Checked,
    deny_warnings: bool,
) -> std::io::Result<()> {
    let path = xml_text(&file.path);
    let result = &file.result;
    let element = writer.create_element("testcase").with_attributes([
        ("classname", "cce-lint"),
        ("name", path.as_str()),
        ("file", path.as_str()),
    ]);
    if result.diagnostics.is_empty() {
        element.write_empty()?;
        return Ok(());
    }
    let summary = format!(
        "{} error(s), {} warning(s), {} info",
        result.count(Severity::Error),
        result.count(Severity::Warning),
        result.count(Severity::Info)
    );
    let text = findings_text(file);
    let fails = file.fails(deny_warnings);
    element.write_inner_content(|writer| {
        let inner = if fails {
            writer
                .create_element("failure")
                .with_attributes([("message", summary.as_str()), ("type", "cce-lint")])
        } else {
            writer.create_element("system-out")
        };
        inner.write_text_content(BytesText::new(&text))?;
        Ok(())
    })?;
    Ok(())
}
