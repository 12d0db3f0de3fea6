use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports bytes that are not valid UTF-8 (for example text saved in GBK).
    ///
    /// ## Why is this bad?
    /// Go's decoder replaces invalid bytes inside strings by U+FFFD (�) without an error, so a
    /// cluster name or description written in another encoding arrives garbled. Outside a
    /// string such bytes are a syntax error (CCE001).
    ///
    /// ## Example
    /// A file saved as GBK: `{"cluster": {"description": "<GBK bytes of 集群描述>"}}`
    ///
    /// Use instead: the same file saved as UTF-8.
    ///
    /// ## References
    /// - Go `encoding/json`: "invalid UTF-8 … replaced by the Unicode replacement character U+FFFD"
    pub struct InvalidUtf8 {
        code: "CCE012",
        name: "invalid-utf8",
        group: Structure,
        severity: Warning,
        fix: None,
        summary: ("The text is not valid UTF-8", "文本不是合法的 UTF-8"),
        docs_zh: "## 作用\n报告不是合法 UTF-8 的字节（例如以 GBK 保存的文本）。\n\n## 为什么有问题\nGo 解码器会把字符串中的非法字节替换为 U+FFFD（�）且不报错，因此用其他编码写的集群名称或描述会变成乱码。字符串之外的非法字节是语法错误（CCE001）。\n\n## 示例\n以 GBK 保存的文件：`{\"cluster\": {\"description\": \"<集群描述的 GBK 字节>\"}}`\n\n应改为：以 UTF-8 保存同一文件。\n\n## 参考\n- Go `encoding/json`：非法 UTF-8 会被替换为 U+FFFD\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidUtf8::META,
    check: None,
};

/// The bytes at `span` are not UTF-8.
pub(crate) fn invalid_utf8_diagnostic(span: Span) -> Finding {
    Finding::new(
        InvalidUtf8::META.code,
        JsonPointer::root(),
        Text::new(
            format!(
                "{} byte(s) at offset {} are not valid UTF-8; CCE turns them into U+FFFD",
                span.len(),
                span.start
            ),
            format!(
                "偏移 {} 处的 {} 个字节不是合法的 UTF-8；CCE 会把它们变成 U+FFFD",
                span.start,
                span.len()
            ),
        ),
        Text::new("Save the file as UTF-8", "请将文件保存为 UTF-8"),
    )
    .at(span)
}

/// The `\uXXXX` escape at `span` is half of a surrogate pair.
pub(crate) fn lone_surrogate_diagnostic(span: Span) -> Finding {
    Finding::new(
        InvalidUtf8::META.code,
        JsonPointer::root(),
        Text::new(
            "This `\\u` escape is an unpaired UTF-16 surrogate; CCE turns it into U+FFFD",
            "此 `\\u` 转义是不成对的 UTF-16 代理项；CCE 会把它变成 U+FFFD",
        ),
        Text::new(
            "Escape characters outside the BMP as a surrogate pair, or write them as UTF-8",
            "BMP 之外的字符请写成成对的代理项转义，或直接写 UTF-8",
        ),
    )
    .at(span)
}
