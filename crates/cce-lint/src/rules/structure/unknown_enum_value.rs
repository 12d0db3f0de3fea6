use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports a string outside the documented values of an enumerated field (for example
    /// `masterType`, `mode`, `runtimeType`), and suggests the value it most likely means.
    /// Fields with a dedicated rule of their own are reported under that rule's code instead.
    ///
    /// ## Why is this bad?
    /// The server's Go type is a plain string, so decoding succeeds and the mistake surfaces
    /// later: as a rejected request, a failed provisioning step, or a silently different
    /// default. Values are case-sensitive (`Managed` is not `managed`).
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"kubeProxyMode": "IPVS"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"kubeProxyMode": "ipvs"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK enumerations (`bce-sdk-go/services/cce/v2/types`)
    /// - Terraform provider `baiducloud_ccev2_cluster` validation lists
    pub struct UnknownEnumValue {
        code: "CCE011",
        name: "unknown-enum-value",
        group: Structure,
        severity: Warning,
        fix: Sometimes,
        summary: ("A value outside the documented values of an enumerated field", "枚举字段的值不在文档列出的取值中"),
        docs_zh: "## 作用\n报告枚举字段（如 `masterType`、`mode`、`runtimeType`）中不在文档取值范围内的字符串，并给出最可能的取值。有专门规则的字段改用该规则的编码报告。\n\n## 为什么有问题\n服务端的 Go 类型是普通字符串，解码会成功，错误要到之后才暴露：请求被拒、创建步骤失败，或静默使用了不同的默认值。取值区分大小写（`Managed` 不是 `managed`）。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"kubeProxyMode\": \"IPVS\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"kubeProxyMode\": \"ipvs\"}}}\n```\n\n## 参考\n- 官方 SDK 枚举定义\n- Terraform provider `baiducloud_ccev2_cluster` 校验列表\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UnknownEnumValue::META,
    check: None,
};

/// `value` at `pointer` is not one of `known`; `suggestion` is the likely intended value.
pub(crate) fn unknown_enum_value_diagnostic(
    code: &'static str,
    pointer: JsonPointer,
    span: Span,
    value: &str,
    known: &[String],
    suggestion: Option<&str>,
) -> Finding {
    let list = known
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let finding = Finding::new(
        code,
        pointer.clone(),
        Text::new(
            format!("`{value}` is not a documented value of `{pointer}`"),
            format!("`{value}` 不是 `{pointer}` 的文档化取值"),
        ),
        match suggestion {
            Some(suggested) => Text::new(
                format!("Did you mean `{suggested}`? Known values: {list}"),
                format!("是否应为 `{suggested}`？已知取值：{list}"),
            ),
            None => Text::new(
                format!("Use one of {list}"),
                format!("请使用以下取值之一：{list}"),
            ),
        },
    )
    .at(span);
    // Only a change of case is safe to apply unseen; other suggestions are guesses.
    match suggestion.filter(|suggested| suggested.eq_ignore_ascii_case(value)) {
        Some(suggested) => finding.fix(
            Text::new(
                format!("Replace with `{suggested}`"),
                format!("替换为 `{suggested}`"),
            ),
            vec![PatchOperation::Replace {
                path: pointer,
                value: serde_json::Value::String(suggested.to_owned()),
            }],
        ),
        None => finding,
    }
}
