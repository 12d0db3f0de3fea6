use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `machineType` outside `BCC`, `BBC`, `EBC`, `HPAS`, `BEC` (case-sensitive), and
    /// suggests the value it most likely means. The structural pass detects it: the model field
    /// `instanceSpec.machineType` carries this rule's code.
    ///
    /// ## Why is this bad?
    /// The server's Go type is a plain string, so any value decodes, but CCE only knows how to
    /// buy these machine types: an unknown one fails the request or the node creation.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "bcc", "instanceType": "N3"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `types.MachineType` (`MachineTypeBCC`, `MachineTypeBBC`, `MachineTypeEBC`, `MachineTypeHPAS`, `MachineTypeBEC`)
    /// - terraform-provider-baiducloud `machine_type` validation (BCC, BBC, EBC, HPAS)
    pub struct UnknownMachineType {
        code: "CCE512",
        name: "unknown-machine-type",
        group: Instance,
        severity: Error,
        fix: Sometimes,
        summary: ("`machineType` is not BCC, BBC, EBC, HPAS or BEC", "`machineType` 不是 BCC、BBC、EBC、HPAS 或 BEC"),
        docs_zh: r#"## 作用
报告不在 `BCC`、`BBC`、`EBC`、`HPAS`、`BEC`（区分大小写）之中的 `machineType`，并给出最可能的取值。由结构检查发现：模型字段 `instanceSpec.machineType` 带有本规则的编码。

## 为什么有问题
服务端的 Go 类型是普通字符串，任何值都能解码，但 CCE 只会购买这些机器类型：未知类型会导致请求或节点创建失败。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "bcc", "instanceType": "N3"}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
```

## 参考
- bce-sdk-go `types.MachineType`（`MachineTypeBCC`、`MachineTypeBBC`、`MachineTypeEBC`、`MachineTypeHPAS`、`MachineTypeBEC`）
- terraform-provider-baiducloud `machine_type` 校验（BCC、BBC、EBC、HPAS）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UnknownMachineType::META,
    check: None,
};
