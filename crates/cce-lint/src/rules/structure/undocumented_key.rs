use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports keys that appear in the vendor's API documentation examples but not in the
    /// create-cluster model of the vendor SDK: `instanceResource.rootDiskExtraIo`,
    /// `instanceResource.specId`, and `cleanPolicy`, `relationTag`, `iamRole`,
    /// `enableGpuShare`, `securitySelectType`, `securityType`, `remedyRule`, `openRemedyRule`
    /// inside `deployCustomConfig`.
    ///
    /// ## Why is this bad?
    /// The SDK's types are copies of the server's: a key they lack is most likely dropped by
    /// the decoder, although a newer server might know it. Unlike a typo (CCE005) it is not
    /// clearly wrong, so it gets its own code.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"deployCustomConfig": {"relationTag": true}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"relationTag": true}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API reference (2026 compilation), instance-group examples
    /// - Vendor SDK `types.InstanceSpec`, `types.DeployCustomConfig`, `types.InstanceResource`
    pub struct UndocumentedKey {
        code: "CCE010",
        name: "undocumented-key",
        group: Structure,
        severity: Warning,
        fix: None,
        summary: ("A key from the doc examples that the SDK model does not have", "文档示例中出现但 SDK 模型中没有的键"),
        docs_zh: "## 作用\n报告出现在官方 API 文档示例中、但官方 SDK 创建集群模型中没有的键：`instanceResource.rootDiskExtraIo`、`instanceResource.specId`，以及 `deployCustomConfig` 中的 `cleanPolicy`、`relationTag`、`iamRole`、`enableGpuShare`、`securitySelectType`、`securityType`、`remedyRule`、`openRemedyRule`。\n\n## 为什么有问题\nSDK 的类型是服务端类型的副本：SDK 没有的键很可能被解码器丢弃，但较新的服务端也可能认识它。它不像拼写错误（CCE005）那样明显错误，因此单独编码。\n\n## 示例\n```json\n{\"nodes\": [{\"count\": 1, \"instanceSpec\": {\"deployCustomConfig\": {\"relationTag\": true}}}]}\n```\n\n应改为：\n```json\n{\"nodes\": [{\"count\": 1, \"instanceSpec\": {\"relationTag\": true}}]}\n```\n\n## 参考\n- CCE API 参考（2026 汇编）节点组示例\n- 官方 SDK `types.InstanceSpec`、`types.DeployCustomConfig`、`types.InstanceResource`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UndocumentedKey::META,
    check: None,
};

/// `(parent key, key)` pairs seen in the doc examples but absent from the SDK model.
pub(crate) const DOC_ONLY_KEYS: &[(&str, &str)] = &[
    ("instanceResource", "rootDiskExtraIo"),
    ("instanceResource", "specId"),
    ("deployCustomConfig", "cleanPolicy"),
    ("deployCustomConfig", "relationTag"),
    ("deployCustomConfig", "iamRole"),
    ("deployCustomConfig", "enableGpuShare"),
    ("deployCustomConfig", "securitySelectType"),
    ("deployCustomConfig", "securityType"),
    ("deployCustomConfig", "remedyRule"),
    ("deployCustomConfig", "openRemedyRule"),
];

/// The doc-only `key` under `parent` is probably ignored.
pub(crate) fn undocumented_key_diagnostic(
    parent: &JsonPointer,
    key: &str,
    key_span: Span,
) -> Finding {
    Finding::new(
        UndocumentedKey::META.code,
        parent.child(key),
        Text::new(
            format!("`{key}` is not part of the create-cluster model known to the SDK; CCE may ignore it"),
            format!("`{key}` 不在 SDK 已知的创建集群模型中；CCE 可能会忽略它"),
        ),
        Text::new(
            "Check that the setting took effect after creation, or use the documented field",
            "创建后确认该设置是否生效，或改用文档化的字段",
        ),
    )
    .at(key_span)
}
