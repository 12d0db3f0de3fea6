use std::collections::BTreeMap;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::disk_path::normalise_disk_path;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a CDS data disk whose `diskPath` is the same mount point as an earlier CDS of the
    /// same instance, after normalisation (`//` collapsed, trailing `/` dropped, so `/data/`
    /// equals `/data`). A sub-path of another disk's path (`/data` and `/data/logs`) is fine.
    /// Applies to `masters`, `nodes` and node-group templates; each later duplicate is reported.
    ///
    /// ## Why is this bad?
    /// The API documentation says: "每个路径下只能挂载一个 CDS，但一个路径的子路径下可以挂载另一个
    /// CDS" — only one CDS can be mounted on a path. A second disk on the same path hides the
    /// first or makes the node deployment fail.
    ///
    /// ## Example
    /// ```json
    /// {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 100}, {"diskPath": "/data/", "storageType": "cloud_hp1", "cdsSize": 200}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 100}, {"diskPath": "/data/logs", "storageType": "cloud_hp1", "cdsSize": 200}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, CDS 挂载说明 ("每个路径下只能挂载一个 CDS，但一个路径的子路径下可以挂载另一个 CDS")
    pub struct DuplicateCdsDiskPath {
        code: "CCE527",
        name: "duplicate-cds-disk-path",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("Two CDS disks of one instance are mounted on the same path", "同一实例的两块 CDS 挂载到同一路径"),
        docs_zh: r#"## 作用
报告同一实例中 `diskPath` 与前面某块 CDS 相同的 CDS 数据盘。比较前先规范化路径（合并 `//`、去掉末尾 `/`，因此 `/data/` 等同于 `/data`）。挂载到另一块盘路径的子路径（`/data` 与 `/data/logs`）没有问题。适用于 `masters`、`nodes` 和节点组模板；每个后出现的重复项都会报告。

## 为什么有问题
API 文档说明：“每个路径下只能挂载一个 CDS，但一个路径的子路径下可以挂载另一个 CDS”。同一路径上的第二块盘会遮盖第一块，或导致节点部署失败。

## 示例
```json
{"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 100}, {"diskPath": "/data/", "storageType": "cloud_hp1", "cdsSize": 200}]}
```

应改为：
```json
{"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 100}, {"diskPath": "/data/logs", "storageType": "cloud_hp1", "cdsSize": 200}]}
```

## 参考
- CCE API 创建集群 CDS 挂载说明（“每个路径下只能挂载一个 CDS，但一个路径的子路径下可以挂载另一个 CDS”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &DuplicateCdsDiskPath::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let disks = instance.spec.instance_resource.cds_list.iter().flatten();
        for (index, disk) in disks.enumerate() {
            if disk.disk_path.is_empty() {
                continue;
            }
            let path = normalise_disk_path(&disk.disk_path);
            match seen.get(&path) {
                Some(first) => {
                    let pointer = instance.at(&[
                        "instanceResource",
                        "cdsList",
                        &index.to_string(),
                        "diskPath",
                    ]);
                    out.push(duplicate_cds_disk_path_diagnostic(pointer, &path, *first));
                }
                None => {
                    seen.insert(path, index);
                }
            }
        }
    }
}

/// The CDS at `pointer` is mounted on `path`, like `cdsList[first]`.
fn duplicate_cds_disk_path_diagnostic(pointer: JsonPointer, path: &str, first: usize) -> Finding {
    Finding::new(
        DuplicateCdsDiskPath::META.code,
        pointer,
        Text::new(
            format!("Only one CDS per path: `{path}` is already used by cdsList[{first}]"),
            format!("每个路径只能挂载一块 CDS：`{path}` 已被 cdsList[{first}] 使用"),
        ),
        Text::new(
            "Mount this disk on another path (a sub-path such as `/data/logs` is allowed), or merge the two disks",
            "将这块盘挂载到其他路径（允许使用 `/data/logs` 这样的子路径），或合并两块盘",
        ),
    )
}
