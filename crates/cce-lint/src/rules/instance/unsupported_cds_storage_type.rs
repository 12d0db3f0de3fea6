use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::StorageType;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

/// CDS types CCE creates data disks with: SDK `SupportedStorageType` (`std1`, `hp1`,
/// `cloud_hp1`) plus the enhanced SSDs.
const SUPPORTED_CDS_TYPES: &[StorageType] = &[
    StorageType::Std1,
    StorageType::Hp1,
    StorageType::CloudHp1,
    StorageType::EnhancedSsdPl1,
    StorageType::EnhancedSsdPl2,
];

declare_rule! {
    /// ## What it does
    /// Reports a CDS `instanceResource.cdsList[].storageType` that is a BCC storage type but not
    /// one CCE supports for data disks: `std1`, `hp1`, `cloud_hp1`, `enhanced_ssd_pl1`,
    /// `enhanced_ssd_pl2`. (Values that are not BCC storage types at all are the error CCE524.)
    ///
    /// Note: split from CCE524, which rules.md gives two severities: "error if not a bcc
    /// StorageType; warning if not in CCE-supported {std1, hp1, cloud_hp1} plus enhanced_ssd_*".
    /// This code is the warning.
    ///
    /// ## Why is this bad?
    /// Local, SATA, SSD and HDD types are instance-local or legacy disk kinds that CCE's
    /// `SupportedStorageType` does not list for CDS; the node purchase may be refused or the
    /// disk not created.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "local", "cdsSize": 200}]}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 200}]}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `types.SupportedStorageType` (`std1`, `hp1`, `cloud_hp1`)
    /// - CCE API, 创建集群, 请求示例 (`"storageType": "cloud_hp1"`)
    pub struct UnsupportedCdsStorageType {
        code: "CCE551",
        name: "unsupported-cds-storage-type",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("CDS `storageType` is a BCC type CCE does not support for data disks", "CDS 的 `storageType` 不是 CCE 支持的数据盘类型"),
        docs_zh: r#"## 作用
报告是 BCC 磁盘类型、但不是 CCE 支持的数据盘类型（`std1`、`hp1`、`cloud_hp1`、`enhanced_ssd_pl1`、`enhanced_ssd_pl2`）的 CDS `instanceResource.cdsList[].storageType`。（根本不是 BCC 磁盘类型的值为错误 CCE524。）

注意：从 CCE524 拆分而来，rules.md 为其给出了两种严重级别：“不是 bcc StorageType 为错误；不在 CCE 支持的 {std1, hp1, cloud_hp1} 及 enhanced_ssd_* 中为警告”。本编码为警告。

## 为什么有问题
local、SATA、SSD、HDD 类是实例本地盘或旧的磁盘类型，CCE 的 `SupportedStorageType` 未将其列为 CDS 类型；节点购买可能被拒绝或磁盘不会被创建。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "local", "cdsSize": 200}]}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 200}]}}}]}
```

## 参考
- bce-sdk-go `types.SupportedStorageType`（`std1`、`hp1`、`cloud_hp1`）
- CCE API 创建集群，请求示例（`"storageType": "cloud_hp1"`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UnsupportedCdsStorageType::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let disks = instance.spec.instance_resource.cds_list.iter().flatten();
        for (index, disk) in disks.enumerate() {
            let Some(storage_type) = &disk.storage_type else {
                continue;
            };
            // Unknown values are CCE524, reported by the structural pass.
            if storage_type.is_known() && !SUPPORTED_CDS_TYPES.contains(storage_type) {
                out.push(unsupported_cds_storage_type_diagnostic(
                    instance
                        .at(&["instanceResource", "cdsList"])
                        .child(index)
                        .child("storageType"),
                    storage_type.as_str(),
                ));
            }
        }
    }
}

/// CDS `storageType` `value` at `pointer` is not a CCE-supported data disk type.
fn unsupported_cds_storage_type_diagnostic(pointer: JsonPointer, value: &str) -> Finding {
    Finding::new(
        UnsupportedCdsStorageType::META.code,
        pointer,
        Text::new(
            format!(
                "CDS storageType `{value}` is a BCC disk type CCE does not support for data disks"
            ),
            format!("CDS 磁盘类型 `{value}` 是 BCC 磁盘类型，但 CCE 不支持用作数据盘"),
        ),
        Text::new(
            "Use `cloud_hp1`, `hp1`, `std1` or an enhanced SSD (`enhanced_ssd_pl1`, `enhanced_ssd_pl2`)",
            "请使用 `cloud_hp1`、`hp1`、`std1` 或增强型 SSD（`enhanced_ssd_pl1`、`enhanced_ssd_pl2`）",
        ),
    )
}
