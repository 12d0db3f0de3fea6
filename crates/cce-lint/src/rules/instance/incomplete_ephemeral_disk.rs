use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an `instanceResource.ephemeralDiskList` item without `storageType` or without a
    /// positive `sizeInGB`, in `masters`, `nodes` and node-group templates. Each missing key is
    /// reported where it should be.
    ///
    /// ## Why is this bad?
    /// An ephemeral (temporary) disk is bought with the machine, so its type and size must be
    /// known: the official Terraform provider marks both `storage_type` and `size_in_gb` as
    /// required. Without them the disk cannot be created.
    ///
    /// ## Example
    /// ```json
    /// {"instanceResource": {"ephemeralDiskList": [{"diskPath": "/data"}]}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"instanceResource": {"ephemeralDiskList": [{"diskPath": "/data", "storageType": "ssd", "sizeInGB": 100}]}}
    /// ```
    ///
    /// ## References
    /// - Terraform provider `baiducloud_ccev2_cluster`, `ephemeral_disk_list`: `storage_type`, `size_in_gb` Required
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `EphemeralDiskConfig`
    pub struct IncompleteEphemeralDisk {
        code: "CCE531",
        name: "incomplete-ephemeral-disk",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("Ephemeral disk without storageType or sizeInGB", "临时盘缺少 storageType 或 sizeInGB"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 和节点组模板中缺少 `storageType` 或正数 `sizeInGB` 的 `instanceResource.ephemeralDiskList` 条目。每个缺少的字段都在其应在的位置报告。

## 为什么有问题
临时盘随机器一起购买，必须知道其类型和大小：官方 Terraform provider 将 `storage_type` 和 `size_in_gb` 都标为必填。缺少它们磁盘无法创建。

## 示例
```json
{"instanceResource": {"ephemeralDiskList": [{"diskPath": "/data"}]}}
```

应改为：
```json
{"instanceResource": {"ephemeralDiskList": [{"diskPath": "/data", "storageType": "ssd", "sizeInGB": 100}]}}
```

## 参考
- Terraform provider `baiducloud_ccev2_cluster` 的 `ephemeral_disk_list`：`storage_type`、`size_in_gb` 为必填
- Go SDK `bce-sdk-go/services/cce/v2/types` 中的 `EphemeralDiskConfig`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &IncompleteEphemeralDisk::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let disks = instance
            .spec
            .instance_resource
            .ephemeral_disk_list
            .iter()
            .flatten();
        for (index, disk) in disks.enumerate() {
            let index = index.to_string();
            if disk.storage_type.is_none() {
                let pointer = instance.at(&[
                    "instanceResource",
                    "ephemeralDiskList",
                    &index,
                    "storageType",
                ]);
                out.push(incomplete_ephemeral_disk_diagnostic(pointer, "storageType"));
            }
            if disk.size_in_gb <= 0 {
                let pointer =
                    instance.at(&["instanceResource", "ephemeralDiskList", &index, "sizeInGB"]);
                out.push(incomplete_ephemeral_disk_diagnostic(pointer, "sizeInGB"));
            }
        }
    }
}

/// The ephemeral disk lacks `key` (`storageType`, or a positive `sizeInGB`) at `pointer`.
fn incomplete_ephemeral_disk_diagnostic(pointer: JsonPointer, key: &str) -> Finding {
    let help = if key == "storageType" {
        Text::new(
            "Set `storageType`, e.g. `ssd`, `premium_ssd` or `enhanced_ssd_pl1`",
            "请设置 `storageType`，例如 `ssd`、`premium_ssd` 或 `enhanced_ssd_pl1`",
        )
    } else {
        Text::new(
            "Set `sizeInGB` to the disk size in GB (a positive integer)",
            "请将 `sizeInGB` 设为磁盘大小（GB，正整数）",
        )
    };
    Finding::new(
        IncompleteEphemeralDisk::META.code,
        pointer,
        Text::new(
            format!("Ephemeral disk without `{key}`: its type and size are required to create it"),
            format!("临时盘缺少 `{key}`：创建临时盘需要类型和大小"),
        ),
        help,
    )
}
