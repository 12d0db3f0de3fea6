use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a negative `instanceResource.cpu`, `mem`, `localDiskSize` or `gpuCount`. Zero is
    /// Go's "unset" for these fields and is not reported, so for `cpu` and `mem` this is the
    /// rule "must be > 0 when set". A negative `cdsSize` is reported by CCE525.
    ///
    /// ## Why is this bad?
    /// These are counts of cores, gigabytes and cards. A negative value describes no machine:
    /// the server refuses it when it buys the instance.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"cpu": -4, "mem": 8}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"cpu": 4, "mem": 8}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `types.InstanceResource` (`CPU`, `MEM` in GB, `LocalDiskSize` in GB, `GPUCount`)
    /// - CCE API, 创建集群, 请求示例 (`"cpu": 4, "mem": 8`)
    pub struct NegativeInstanceResource {
        code: "CCE521",
        name: "negative-instance-resource",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("A negative CPU, memory, local disk or GPU count", "CPU、内存、本地盘或 GPU 数量为负数"),
        docs_zh: r#"## 作用
报告为负数的 `instanceResource.cpu`、`mem`、`localDiskSize` 或 `gpuCount`。0 在 Go 中表示这些字段未设置，不报告，因此对 `cpu` 和 `mem` 而言即“设置时必须大于 0”。为负数的 `cdsSize` 由 CCE525 报告。

## 为什么有问题
这些字段是核数、GB 数和卡数。负数不描述任何机器：服务端在购买实例时会拒绝。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"cpu": -4, "mem": 8}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"cpu": 4, "mem": 8}}}]}
```

## 参考
- bce-sdk-go `types.InstanceResource`（`CPU`、以 GB 计的 `MEM`、以 GB 计的 `LocalDiskSize`、`GPUCount`）
- CCE API 创建集群，请求示例（`"cpu": 4, "mem": 8`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NegativeInstanceResource::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let resource = &instance.spec.instance_resource;
        for (value, key) in [
            (resource.cpu, "cpu"),
            (resource.mem, "mem"),
            (resource.local_disk_size, "localDiskSize"),
            (resource.gpu_count, "gpuCount"),
        ] {
            if value < 0 {
                out.push(negative_instance_resource_diagnostic(
                    instance.at(&["instanceResource", key]),
                    key,
                    value,
                ));
            }
        }
    }
}

/// `instanceResource.<key>` at `pointer` is the negative `value`.
fn negative_instance_resource_diagnostic(pointer: JsonPointer, key: &str, value: i64) -> Finding {
    Finding::new(
        NegativeInstanceResource::META.code,
        pointer,
        Text::new(
            format!("`instanceResource.{key}` is {value}: it must be greater than 0 when set"),
            format!("`instanceResource.{key}` 为 {value}：设置时必须大于 0"),
        ),
        Text::new(
            format!("Set `{key}` to a positive number, or remove it"),
            format!("将 `{key}` 设为正数，或删除该字段"),
        ),
    )
}
