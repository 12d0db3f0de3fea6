use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports input that is not strict JSON (RFC 8259): syntax errors, comments, trailing
    /// commas, single quotes, unquoted keys, `NaN`/`Infinity`, a byte-order mark, invalid UTF-8
    /// or nesting deeper than the parser allows.
    ///
    /// ## Why is this bad?
    /// CCE decodes the body with Go's `encoding/json`, which accepts none of these: the whole
    /// request fails with `cce.warning.MalformedJSON` (HTTP 400, 请求参数解析失败).
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {clusterName: "demo",}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterName": "demo"}}
    /// ```
    ///
    /// ## References
    /// - RFC 8259, The JavaScript Object Notation (JSON) Data Interchange Format
    /// - CCE API error codes: `cce.warning.MalformedJSON`
    pub struct InvalidJson {
        code: "CCE001",
        name: "invalid-json",
        group: Structure,
        severity: Error,
        fix: None,
        summary: ("The body is not valid JSON", "请求体不是合法的 JSON"),
        docs_zh: "## 作用\n报告不符合严格 JSON（RFC 8259）的输入：语法错误、注释、尾随逗号、单引号、未加引号的键、`NaN`/`Infinity`、字节顺序标记（BOM）、非法 UTF-8，或嵌套过深。\n\n## 为什么有问题\nCCE 使用 Go 的 `encoding/json` 解码请求体，以上写法都不被接受：整个请求会以 `cce.warning.MalformedJSON`（HTTP 400，请求参数解析失败）失败。\n\n## 示例\n```json\n{\"cluster\": {clusterName: \"demo\",}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterName\": \"demo\"}}\n```\n\n## 参考\n- RFC 8259\n- CCE API 错误码 `cce.warning.MalformedJSON`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidJson::META,
    check: None,
};

/// The body could not be parsed; `detail` says why, `help` what to do.
pub(crate) fn invalid_json_diagnostic(span: Span, detail: Text, help: Text) -> Finding {
    Finding::new(
        InvalidJson::META.code,
        JsonPointer::root(),
        Text::new(
            format!("The body is not valid JSON: {}", detail.en),
            format!("请求体不是合法的 JSON：{}", detail.zh),
        ),
        help,
    )
    .at(span)
}
