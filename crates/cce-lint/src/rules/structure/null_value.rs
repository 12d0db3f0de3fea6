use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports `null` on a field whose Go type is not a pointer, slice or map (a string,
    /// number, boolean or nested struct).
    ///
    /// ## Why is this bad?
    /// Go leaves such a field at its zero value, exactly as if the key were absent. Writing
    /// `null` suggests a meaning (for example "use the default") that the server does not
    /// distinguish. `null` where the SDK itself sends it (`securityGroups`, `skipNetworkCheck`)
    /// is not reported.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"description": null}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {}}
    /// ```
    ///
    /// ## References
    /// - Go `encoding/json`: "null … has no effect on a value that is not a pointer, map or slice"
    pub struct NullValue {
        code: "CCE008",
        name: "null-value",
        group: Structure,
        severity: Info,
        fix: Always,
        summary: ("`null` on a field that cannot be null is treated as unset", "不可为 null 的字段写了 `null`，视为未设置"),
        docs_zh: "## 作用\n报告 Go 类型不是指针、切片或映射的字段（字符串、数字、布尔值或嵌套结构体）上的 `null`。\n\n## 为什么有问题\nGo 会让这种字段保持零值，与未写该键完全相同。写 `null` 暗示了服务端并不区分的含义（例如“使用默认值”）。SDK 自己会发送 `null` 的字段（`securityGroups`、`skipNetworkCheck`）不会报告。\n\n## 示例\n```json\n{\"cluster\": {\"description\": null}}\n```\n\n应改为：\n```json\n{\"cluster\": {}}\n```\n\n## 参考\n- Go `encoding/json`：null 对非指针、映射或切片的值没有影响\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NullValue::META,
    check: None,
};

/// `null` at `pointer` leaves the field unset.
pub(crate) fn null_value_diagnostic(pointer: JsonPointer, span: Span) -> Finding {
    Finding::new(
        NullValue::META.code,
        pointer.clone(),
        Text::new(
            format!("`null` for `{pointer}` is treated as unset"),
            format!("`{pointer}` 的 `null` 视为未设置"),
        ),
        Text::new("Remove the key, or give it a value", "删除该键，或为其赋值"),
    )
    .at(span)
    .fix(
        Text::new("Remove the key", "删除该键"),
        vec![crate::diagnostic::PatchOperation::Remove { path: pointer }],
    )
}
