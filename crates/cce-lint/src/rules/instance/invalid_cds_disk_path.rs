use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::disk_path::normalise_disk_path;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a CDS `diskPath` that is not an absolute path (does not start with `/`), or that
    /// is the root directory `/` itself (also written `//`). An empty `diskPath` is not reported
    /// here (see CCE529). Applies to `masters`, `nodes` and node-group templates.
    ///
    /// ## Why is this bad?
    /// The disk is mounted on the node at this path. A relative path has no defined meaning
    /// for a mount point, and mounting a data disk over `/` would hide the operating system;
    /// the node deployment fails or the disk ends up somewhere unexpected.
    ///
    /// ## Example
    /// ```json
    /// {"cdsList": [{"diskPath": "data", "storageType": "cloud_hp1", "cdsSize": 100}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 100}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `CDSConfig.diskPath` (mount path; examples `/data`, `/home/cce`)
    pub struct InvalidCdsDiskPath {
        code: "CCE528",
        name: "invalid-cds-disk-path",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("CDS diskPath is not an absolute path other than /", "CDS diskPath 不是除 / 以外的绝对路径"),
        docs_zh: r#"## 作用
报告不是绝对路径（不以 `/` 开头）或就是根目录 `/`（也包括 `//`）的 CDS `diskPath`。空的 `diskPath` 不在此报告（见 CCE529）。适用于 `masters`、`nodes` 和节点组模板。

## 为什么有问题
磁盘会挂载到节点上的这个路径。相对路径作为挂载点没有确定的含义，把数据盘挂载到 `/` 会遮盖操作系统；节点部署会失败，或磁盘挂载到意料之外的位置。

## 示例
```json
{"cdsList": [{"diskPath": "data", "storageType": "cloud_hp1", "cdsSize": 100}]}
```

应改为：
```json
{"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 100}]}
```

## 参考
- CCE API 创建集群 `CDSConfig.diskPath`（挂载路径；示例 `/data`、`/home/cce`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidCdsDiskPath::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let disks = instance.spec.instance_resource.cds_list.iter().flatten();
        for (index, disk) in disks.enumerate() {
            if disk.disk_path.is_empty() {
                continue;
            }
            let is_root = normalise_disk_path(&disk.disk_path) == "/";
            if is_root || !disk.disk_path.starts_with('/') {
                let pointer = instance.at(&[
                    "instanceResource",
                    "cdsList",
                    &index.to_string(),
                    "diskPath",
                ]);
                out.push(invalid_cds_disk_path_diagnostic(
                    pointer,
                    &disk.disk_path,
                    is_root,
                ));
            }
        }
    }
}

/// The CDS mount path `path` at `pointer` is relative, or the root directory.
fn invalid_cds_disk_path_diagnostic(pointer: JsonPointer, path: &str, is_root: bool) -> Finding {
    let message = if is_root {
        Text::new(
            "diskPath must be an absolute path other than /: a data disk cannot be mounted on the root directory",
            "diskPath 必须是除 / 以外的绝对路径：数据盘不能挂载到根目录",
        )
    } else {
        Text::new(
            format!(
                "diskPath must be an absolute path other than /: `{path}` does not start with `/`"
            ),
            format!("diskPath 必须是除 / 以外的绝对路径：`{path}` 不以 `/` 开头"),
        )
    };
    Finding::new(
        InvalidCdsDiskPath::META.code,
        pointer,
        message,
        Text::new(
            "Use an absolute directory such as `/data` or `/home/cce`",
            "请使用 `/data`、`/home/cce` 这样的绝对目录",
        ),
    )
}
