use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::StorageType;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::is_new;
use crate::rules::Rule;

/// System disk types CCE creates nodes with: SDK `SupportedRootDiskStorageType` (`hp1`,
/// `cloud_hp1`) plus the enhanced SSDs of the 2026 API examples.
const SUPPORTED_ROOT_DISK_TYPES: &[StorageType] = &[
    StorageType::Hp1,
    StorageType::CloudHp1,
    StorageType::EnhancedSsdPl1,
    StorageType::EnhancedSsdPl2,
];

declare_rule! {
    /// ## What it does
    /// Reports an `instanceResource.rootDiskType` other than `hp1`, `cloud_hp1`,
    /// `enhanced_ssd_pl1` and `enhanced_ssd_pl2`. Values that are not BCC storage types at all
    /// are found by the structural pass (the model field carries this rule's code, with a
    /// did-you-mean); BCC storage types CCE does not use for system disks (`std1`, `local`,
    /// `ssd`, …) are reported on new instances by this rule's check.
    ///
    /// ## Why is this bad?
    /// CCE creates system disks of the types in its `SupportedRootDiskStorageType` list (`hp1`,
    /// `cloud_hp1`); the 2026 API examples also use enhanced SSDs. Other types are refused or
    /// silently replaced.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"rootDiskType": "std1", "rootDiskSize": 40}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"rootDiskType": "cloud_hp1", "rootDiskSize": 40}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `types.SupportedRootDiskStorageType` (`hp1`, `cloud_hp1`)
    /// - CCE API (2026), instance group example (`"rootDiskType": "enhanced_ssd_pl1"`)
    pub struct UnsupportedRootDiskType {
        code: "CCE523",
        name: "unsupported-root-disk-type",
        group: Instance,
        severity: Warning,
        fix: Sometimes,
        summary: ("`rootDiskType` not supported by CCE for system disks", "`rootDiskType` 不是 CCE 支持的系统盘类型"),
        docs_zh: r#"## 作用
报告不是 `hp1`、`cloud_hp1`、`enhanced_ssd_pl1`、`enhanced_ssd_pl2` 的 `instanceResource.rootDiskType`。根本不是 BCC 磁盘类型的值由结构检查发现（模型字段带有本规则的编码，并给出可能的取值）；CCE 不用于系统盘的 BCC 磁盘类型（`std1`、`local`、`ssd` 等）由本规则在新建实例上检查。

## 为什么有问题
CCE 只按 `SupportedRootDiskStorageType` 列表（`hp1`、`cloud_hp1`）创建系统盘；2026 年的 API 示例还使用了增强型 SSD。其他类型会被拒绝或被静默替换。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"rootDiskType": "std1", "rootDiskSize": 40}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"rootDiskType": "cloud_hp1", "rootDiskSize": 40}}}]}
```

## 参考
- bce-sdk-go `types.SupportedRootDiskStorageType`（`hp1`、`cloud_hp1`）
- CCE API（2026）节点组示例（`"rootDiskType": "enhanced_ssd_pl1"`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UnsupportedRootDiskType::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        let Some(disk_type) = &spec.instance_resource.root_disk_type else {
            continue;
        };
        // Unknown values are reported by the structural pass under this code.
        if is_new(spec) && disk_type.is_known() && !SUPPORTED_ROOT_DISK_TYPES.contains(disk_type) {
            out.push(unsupported_root_disk_type_diagnostic(
                instance.at(&["instanceResource", "rootDiskType"]),
                disk_type.as_str(),
            ));
        }
    }
}

/// `rootDiskType` `value` at `pointer` is a BCC storage type CCE does not use for system disks.
fn unsupported_root_disk_type_diagnostic(pointer: JsonPointer, value: &str) -> Finding {
    Finding::new(
        UnsupportedRootDiskType::META.code,
        pointer,
        Text::new(
            format!("rootDiskType `{value}` is not supported for system disks by CCE"),
            format!("CCE 不支持 `{value}` 作为系统盘类型（rootDiskType）"),
        ),
        Text::new(
            "Use `cloud_hp1` or `hp1` (or `enhanced_ssd_pl1`/`enhanced_ssd_pl2`)",
            "请使用 `cloud_hp1` 或 `hp1`（或 `enhanced_ssd_pl1`/`enhanced_ssd_pl2`）",
        ),
    )
}
