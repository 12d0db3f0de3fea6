use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::{is_bcc_or_unset, is_new_with_spec};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a new BCC instance (`machineType` `BCC` or unset, `existed` not true) that sets
    /// neither `instanceType` nor `instanceResource.machineSpec`. The SDK always sends
    /// `"instanceType": ""`, which counts as unset.
    ///
    /// ## Why is this bad?
    /// A BCC machine is bought by family (`instanceType`, e.g. `N3`) plus CPU and memory, or by
    /// an exact specification (`machineSpec`, e.g. `bcc.g5.c2m8`). With neither, CCE cannot tell
    /// which machine to buy.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "", "instanceResource": {"cpu": 4, "mem": 8}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"cpu": 4, "mem": 8}}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例 (`"instanceType": "N3"` with `cpu`/`mem`)
    /// - CCE API (2026), 节点组 instance template example (`machineSpec` `bcc.e1.c8m16`)
    pub struct MissingInstanceType {
        code: "CCE513",
        name: "missing-instance-type",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("A new BCC instance without `instanceType` or `machineSpec`", "新建 BCC 实例未设置 `instanceType` 或 `machineSpec`"),
        docs_zh: r#"## 作用
报告既未设置 `instanceType` 也未设置 `instanceResource.machineSpec` 的新建 BCC 实例（`machineType` 为 `BCC` 或未设置，`existed` 不为 true）。SDK 总会发送 `"instanceType": ""`，视为未设置。

## 为什么有问题
BCC 机器按规格族（`instanceType`，如 `N3`）加 CPU 和内存购买，或按精确规格（`machineSpec`，如 `bcc.g5.c2m8`）购买。两者都没有时，CCE 无法确定购买哪种机器。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "", "instanceResource": {"cpu": 4, "mem": 8}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"cpu": 4, "mem": 8}}}]}
```

## 参考
- CCE API 创建集群，请求示例（`"instanceType": "N3"` 并设置 `cpu`/`mem`）
- CCE API（2026）节点组实例模板示例（`machineSpec` 为 `bcc.e1.c8m16`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingInstanceType::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        if is_new_with_spec(instance)
            && is_bcc_or_unset(spec)
            && spec.instance_type.is_none()
            && spec.instance_resource.machine_spec.trim().is_empty()
        {
            out.push(missing_instance_type_diagnostic(
                instance.at(&["instanceType"]),
            ));
        }
    }
}

/// The new BCC instance has no `instanceType`; `pointer` is where it belongs.
fn missing_instance_type_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        MissingInstanceType::META.code,
        pointer,
        Text::new(
            "New BCC instance sets neither `instanceType` nor `instanceResource.machineSpec`: CCE cannot tell which machine to buy",
            "新建 BCC 实例既未设置 `instanceType` 也未设置 `instanceResource.machineSpec`：CCE 无法确定购买哪种机器",
        ),
        Text::new(
            "Set `instanceType` (e.g. `N3`) or `instanceResource.machineSpec` (e.g. `bcc.g5.c2m8`)",
            "设置 `instanceType`（如 `N3`）或 `instanceResource.machineSpec`（如 `bcc.g5.c2m8`）",
        ),
    )
}
