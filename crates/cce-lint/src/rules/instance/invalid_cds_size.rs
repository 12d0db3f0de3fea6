use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::is_new;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a CDS entry of a new instance (`existed` not true) whose `cdsSize` is missing,
    /// 0 or negative while it has no `snapshotID`. A disk created from a snapshot takes the
    /// snapshot's size; existing machines only mount disks they already have (see CCE530), so
    /// neither needs a size.
    ///
    /// ## Why is this bad?
    /// BCC creates the disk with the given size, which "必须为大于0的整数" (must be a positive
    /// integer). A disk of size 0 cannot be bought and the node creation fails.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1"}]}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 200}]}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-openapi-meta `bcc/CreateInstanceBySpec.json` `createCdsList.cdsSizeInGB` ("必须为大于0的整数")
    /// - bce-sdk-go `types.CDSConfig` (`CDSSize`, `SnapshotID`)
    pub struct InvalidCdsSize {
        code: "CCE525",
        name: "missing-cds-size",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("A new CDS disk without a positive `cdsSize`", "新建 CDS 磁盘的 `cdsSize` 不是正数"),
        docs_zh: r#"## 作用
报告新建实例（`existed` 不为 true）中 `cdsSize` 缺失、为 0 或负数且没有 `snapshotID` 的 CDS 条目。从快照创建的磁盘使用快照的大小；已有机器只挂载已有的磁盘（见 CCE530），两者都不需要大小。

## 为什么有问题
BCC 按给定大小创建磁盘，大小“必须为大于0的整数”。大小为 0 的磁盘无法购买，节点创建失败。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1"}]}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 200}]}}}]}
```

## 参考
- bce-openapi-meta `bcc/CreateInstanceBySpec.json` 的 `createCdsList.cdsSizeInGB`（“必须为大于0的整数”）
- bce-sdk-go `types.CDSConfig`（`CDSSize`、`SnapshotID`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidCdsSize::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        if !is_new(instance.spec) {
            continue;
        }
        let disks = instance.spec.instance_resource.cds_list.iter().flatten();
        for (index, disk) in disks.enumerate() {
            if disk.cds_size <= 0 && disk.snapshot_id.trim().is_empty() {
                out.push(invalid_cds_size_diagnostic(
                    instance
                        .at(&["instanceResource", "cdsList"])
                        .child(index)
                        .child("cdsSize"),
                    disk.cds_size,
                ));
            }
        }
    }
}

/// The CDS `cdsSize` at `pointer` is `size` (≤ 0) and there is no snapshot.
fn invalid_cds_size_diagnostic(pointer: JsonPointer, size: i64) -> Finding {
    let message = if size == 0 {
        Text::new(
            "cdsSize must be > 0 GB: this CDS disk has no size and no `snapshotID`",
            "cdsSize 必须大于 0 GB：该 CDS 磁盘没有大小，也没有 `snapshotID`",
        )
    } else {
        Text::new(
            format!("cdsSize must be > 0 GB, not {size}"),
            format!("cdsSize 必须大于 0 GB，当前为 {size}"),
        )
    };
    Finding::new(
        InvalidCdsSize::META.code,
        pointer,
        message,
        Text::new(
            "Set `cdsSize` to the disk size in GB (e.g. 200), or `snapshotID` to create the disk from a snapshot",
            "将 `cdsSize` 设为磁盘大小（GB，如 200），或设置 `snapshotID` 从快照创建磁盘",
        ),
    )
}
