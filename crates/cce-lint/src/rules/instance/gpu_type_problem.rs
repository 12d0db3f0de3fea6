use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports GPU settings that do not fit: a `gpuType` outside `V100-32`, `V100-16`, `P40`,
    /// `P4`, `K40`, `DLCard` (reported by the structural pass under this code, with a
    /// did-you-mean), and a positive `gpuCount` without `gpuType`. Applies to `masters`,
    /// `nodes` and node-group templates.
    ///
    /// ## Why is this bad?
    /// The SDK documents `gpuType` as "Only necessary when InstanceType = GPU" with exactly these
    /// card models. An unknown model, or a card count without a model, leaves CCE guessing which
    /// GPU to buy: the purchase fails or picks a different card.
    ///
    /// ## Example
    /// ```json
    /// {"instanceResource": {"gpuCount": 1}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"instanceResource": {"gpuType": "V100-32", "gpuCount": 1}}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `GPUType` constants and `InstanceResource.GPUType` comment
    pub struct GpuTypeProblem {
        code: "CCE532",
        name: "gpu-type-problem",
        group: Instance,
        severity: Warning,
        fix: Sometimes,
        summary: ("Unknown gpuType, or gpuCount without gpuType", "gpuType 未知，或设置了 gpuCount 却未设置 gpuType"),
        docs_zh: r#"## 作用
报告不匹配的 GPU 设置：`gpuType` 不在 `V100-32`、`V100-16`、`P40`、`P4`、`K40`、`DLCard` 之中（由结构检查以本编码报告，并给出可能的取值），以及 `gpuCount` 为正却未设置 `gpuType`。适用于 `masters`、`nodes` 和节点组模板。

## 为什么有问题
SDK 说明 `gpuType` “Only necessary when InstanceType = GPU”，取值只有上述卡型。未知卡型，或只有卡数没有卡型，会让 CCE 无法确定要购买哪种 GPU：购买失败或选到别的卡。

## 示例
```json
{"instanceResource": {"gpuCount": 1}}
```

应改为：
```json
{"instanceResource": {"gpuType": "V100-32", "gpuCount": 1}}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中的 `GPUType` 常量及 `InstanceResource.GPUType` 注释
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &GpuTypeProblem::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let resource = &instance.spec.instance_resource;
        if resource.gpu_count > 0 && resource.gpu_type.is_none() {
            let pointer = instance.at(&["instanceResource", "gpuType"]);
            out.push(gpu_count_without_type_diagnostic(
                pointer,
                resource.gpu_count,
            ));
        }
    }
}

/// `gpuCount` is `count` but `gpuType` (at `pointer`) is missing.
fn gpu_count_without_type_diagnostic(pointer: JsonPointer, count: i64) -> Finding {
    Finding::new(
        GpuTypeProblem::META.code,
        pointer,
        Text::new(
            format!("gpuCount is {count} but no gpuType says which GPU card to use"),
            format!("gpuCount 为 {count}，但未通过 gpuType 指定 GPU 卡型"),
        ),
        Text::new(
            "Set `gpuType` (V100-32, V100-16, P40, P4, K40 or DLCard), or choose a GPU machineSpec",
            "请设置 `gpuType`（V100-32、V100-16、P40、P4、K40 或 DLCard），或选用 GPU 机器规格 machineSpec",
        ),
    )
}
