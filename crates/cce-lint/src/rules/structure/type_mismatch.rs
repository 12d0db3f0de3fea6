use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports a value whose JSON type cannot be decoded into the field's Go type: a string
    /// where a number is expected, a number for a boolean, an object for a string, and so on.
    ///
    /// ## Why is this bad?
    /// Go's `encoding/json` fails the whole request on a type mismatch
    /// (`cce.warning.MalformedJSON`), even when the field itself is unimportant.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"maxPodsPerNode": "64"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"maxPodsPerNode": 64}}}
    /// ```
    ///
    /// ## References
    /// - Go `encoding/json`: `UnmarshalTypeError`
    /// - Vendor SDK types (`bce-sdk-go/services/cce/v2/types`)
    pub struct TypeMismatch {
        code: "CCE003",
        name: "type-mismatch",
        group: Structure,
        severity: Error,
        fix: None,
        summary: ("A value has the wrong JSON type for its field", "字段值的 JSON 类型错误"),
        docs_zh: "## 作用\n报告 JSON 类型无法解码为字段 Go 类型的值：需要数字时给了字符串、需要布尔值时给了数字、需要字符串时给了对象等。\n\n## 为什么有问题\nGo 的 `encoding/json` 遇到类型不匹配会使整个请求失败（`cce.warning.MalformedJSON`），即使该字段并不重要。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"maxPodsPerNode\": \"64\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"maxPodsPerNode\": 64}}}\n```\n\n## 参考\n- Go `encoding/json`：`UnmarshalTypeError`\n- 官方 SDK 类型定义\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &TypeMismatch::META,
    check: None,
};

/// The value at `pointer` is `found` (a JSON type name) where `expected` is needed.
pub(crate) fn type_mismatch_diagnostic(
    pointer: JsonPointer,
    span: Span,
    expected: (&str, &str),
    found: (&str, &str),
) -> Finding {
    let (expected_en, expected_zh) = expected;
    let (found_en, found_zh) = found;
    Finding::new(
        TypeMismatch::META.code,
        pointer.clone(),
        Text::new(
            format!(
                "`{pointer}` must be {expected_en}, not {found_en}; CCE rejects the whole request"
            ),
            format!("`{pointer}` 必须是{expected_zh}，而不是{found_zh}；CCE 会拒绝整个请求"),
        ),
        Text::new(
            format!("Write {expected_en} here"),
            format!("此处应填写{expected_zh}"),
        ),
    )
    .at(span)
}
