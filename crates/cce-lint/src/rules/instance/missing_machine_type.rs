use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::is_new_with_spec;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a new instance (`existed` not true) in `masters`, `nodes` or a node-group
    /// template that does not set `machineType`. Existing machines are not reported: the API
    /// documentation says they need no `machineType` when kept without reinstall. Empty specs
    /// are left to CCE501.
    ///
    /// ## Why is this bad?
    /// `machineType` (`BCC`, `BBC`, `EBC`, `HPAS`, `BEC`) decides which product CCE buys and
    /// which of the other settings apply. Every API and SDK example sets it; without it the
    /// server has to guess (presumably BCC), and the request does not say what it means.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"instanceType": "N3"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例 (every new instance sets `"machineType": "BCC"`)
    /// - bce-sdk-go `types.MachineType` (`BCC`, `BBC`, `EBC`, `HPAS`, `BEC`)
    pub struct MissingMachineType {
        code: "CCE511",
        name: "missing-machine-type",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("A new instance without `machineType`", "新建实例未设置 `machineType`"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 或节点组模板中未设置 `machineType` 的新建实例（`existed` 不为 true）。已有机器不报告：API 文档说明不重装时无需设置 `machineType`。空的实例配置由 CCE501 报告。

## 为什么有问题
`machineType`（`BCC`、`BBC`、`EBC`、`HPAS`、`BEC`）决定 CCE 购买哪种产品以及哪些其他设置生效。所有 API 和 SDK 示例都设置了它；缺少时服务端只能猜测（大概是 BCC），请求也没有表达清楚意图。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"instanceType": "N3"}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
```

## 参考
- CCE API 创建集群，请求示例（每个新建实例都设置了 `"machineType": "BCC"`）
- bce-sdk-go `types.MachineType`（`BCC`、`BBC`、`EBC`、`HPAS`、`BEC`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingMachineType::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        if is_new_with_spec(instance) && instance.spec.machine_type.is_none() {
            out.push(missing_machine_type_diagnostic(
                instance.at(&["machineType"]),
            ));
        }
    }
}

/// The new instance has no `machineType`; `pointer` is where it belongs.
fn missing_machine_type_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        MissingMachineType::META.code,
        pointer,
        Text::new(
            "`machineType` is not set for a new instance (BCC assumed?)",
            "新建实例未设置 `machineType`（默认按 BCC 处理？）",
        ),
        Text::new(
            "Set `machineType` to `BCC`, `BBC`, `EBC`, `HPAS` or `BEC`",
            "将 `machineType` 设为 `BCC`、`BBC`、`EBC`、`HPAS` 或 `BEC`",
        ),
    )
}
