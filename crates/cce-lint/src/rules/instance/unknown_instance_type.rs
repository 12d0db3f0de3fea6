use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an `instanceType` outside the documented families `N1`, `N2`, `N3`, `N4`, `N5`,
    /// `C1`, `C2`, `S1`, `G1`, `F1` and the CCE-defined `DCC`, `BBC`, `BBC_GPU`, `HPAS`, and
    /// suggests the value it most likely means. `""` (which the SDK always sends) is unset and
    /// not reported. The structural pass detects it: the model field
    /// `instanceSpec.instanceType` carries this rule's code.
    ///
    /// Note: only a warning. The server also knows numeric family codes: the 2026 node-group
    /// API example sends `"instanceType": "75"` together with `machineSpec`. Such values are
    /// reported so that they are checked, not because they are known to fail; the structural
    /// pass's did-you-mean for them (e.g. `N5` for `75`) is only the closest spelling.
    ///
    /// ## Why is this bad?
    /// A misspelt family (`n3`, `N 3`) is a plain string to the server's Go type and is only
    /// refused when the machine is bought, or picks a different machine than intended.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "n3"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `bcc/api.InstanceType` and CCE `types` (`DCC`, `BBC`, `BBC_GPU`, `HPAS`)
    /// - terraform-provider-baiducloud `instance_type` validation
    /// - CCE API (2026), 节点组 example (`"instanceType": "75"`)
    pub struct UnknownInstanceType {
        code: "CCE514",
        name: "unknown-instance-type",
        group: Instance,
        severity: Warning,
        fix: Sometimes,
        summary: ("`instanceType` is not a documented instance family", "`instanceType` 不是文档列出的机器规格族"),
        docs_zh: r#"## 作用
报告不在文档规格族 `N1`、`N2`、`N3`、`N4`、`N5`、`C1`、`C2`、`S1`、`G1`、`F1` 及 CCE 定义的 `DCC`、`BBC`、`BBC_GPU`、`HPAS` 之中的 `instanceType`，并给出最可能的取值。`""`（SDK 总会发送）视为未设置，不报告。由结构检查发现：模型字段 `instanceSpec.instanceType` 带有本规则的编码。

注意：仅为警告。服务端还认识数字规格码：2026 年节点组 API 示例发送了 `"instanceType": "75"` 并配合 `machineSpec`。报告这类值是为了让人核对，并不表示它们一定失败；结构检查对它们给出的建议值（如把 `75` 建议为 `N5`）只是拼写最接近的取值。

## 为什么有问题
拼错的规格族（`n3`、`N 3`）对服务端的 Go 类型只是普通字符串，要到购买机器时才被拒绝，或买到与预期不同的机器。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "n3"}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
```

## 参考
- bce-sdk-go `bcc/api.InstanceType` 及 CCE `types`（`DCC`、`BBC`、`BBC_GPU`、`HPAS`）
- terraform-provider-baiducloud `instance_type` 校验
- CCE API（2026）节点组示例（`"instanceType": "75"`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UnknownInstanceType::META,
    check: None,
};
