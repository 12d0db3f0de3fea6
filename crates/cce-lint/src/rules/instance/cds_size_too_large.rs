use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::limits::MAX_CDS_SIZE_GB;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a CDS data disk (`instanceResource.cdsList[].cdsSize`) larger than 5120 GB on a
    /// new instance, in `masters`, `nodes` and node-group templates.
    ///
    /// ## Why is this bad?
    /// BCC instance creation accepts CDS data disks of up to 5120 GB ("0~5120G"). A larger disk
    /// makes the machine purchase fail, and with it the node.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 8000}]}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 5120}]}}}]}
    /// ```
    ///
    /// ## References
    /// - BCC API, CreateInstanceBySpec, `createCdsList` ("0~5120G")
    pub struct CdsSizeTooLarge {
        code: "CCE526",
        name: "cds-size-too-large",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("CDS data disk larger than 5120 GB", "CDS 数据盘超过 5120 GB"),
        docs_zh: r#"## 作用
报告新建实例（`masters`、`nodes` 及节点组模板）中大于 5120 GB 的 CDS 数据盘（`instanceResource.cdsList[].cdsSize`）。

## 为什么有问题
BCC 创建实例时 CDS 数据盘最大为 5120 GB（“0~5120G”）。更大的磁盘会导致购买机器失败，节点随之创建失败。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 8000}]}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 5120}]}}}]}
```

## 参考
- BCC API CreateInstanceBySpec 的 `createCdsList`（“0~5120G”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CdsSizeTooLarge::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        if instance.spec.existed {
            continue;
        }
        let disks = instance.spec.instance_resource.cds_list.iter().flatten();
        for (index, disk) in disks.enumerate() {
            if disk.cds_size > MAX_CDS_SIZE_GB {
                let pointer =
                    instance.at(&["instanceResource", "cdsList", &index.to_string(), "cdsSize"]);
                out.push(cds_size_too_large_diagnostic(pointer, disk.cds_size));
            }
        }
    }
}

/// The CDS at `pointer` asks for `size` GB, more than BCC creates.
fn cds_size_too_large_diagnostic(pointer: JsonPointer, size: i64) -> Finding {
    Finding::new(
        CdsSizeTooLarge::META.code,
        pointer,
        Text::new(
            format!(
                "CDS size {size} GB is above the {MAX_CDS_SIZE_GB} GB BCC instance creation accepts"
            ),
            format!("CDS 大小 {size} GB 超过 BCC 创建实例时允许的 {MAX_CDS_SIZE_GB} GB"),
        ),
        Text::new(
            format!(
                "Use at most {MAX_CDS_SIZE_GB} GB per disk, or split the space over several CDS"
            ),
            format!("每块盘最多 {MAX_CDS_SIZE_GB} GB，或将空间拆分到多块 CDS"),
        ),
    )
}
