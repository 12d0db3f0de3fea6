use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an existing instance (`existed: true`) with a non-empty
    /// `instanceResource.cdsList`, in `masters`, `nodes` and node-group templates.
    ///
    /// ## Why is this bad?
    /// CCE never buys disks for a machine you already own. The API documentation says existing
    /// nodes only mount CDS disks that are already attached at the given paths, and missing
    /// disks are ignored ("已有节点仅可挂载 CDS 到指定路径，不会新建 CDS…将会忽略相关 CDS 配置").
    /// Sizes, types and snapshots given here have no effect, and a disk that is not attached is
    /// silently skipped.
    ///
    /// ## Example
    /// ```json
    /// {"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-SxeBLkcN"}, "instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 200}]}}}
    /// ```
    ///
    /// Use instead (attach the disk to the machine first, then only name its path):
    /// ```json
    /// {"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-SxeBLkcN"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, CDS 挂载说明 ("已有节点仅可挂载 CDS 到指定路径，不会新建 CDS")
    pub struct CdsOnExistedInstance {
        code: "CCE530",
        name: "cds-on-existed-instance",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("CDS disks listed for an existing instance are never created", "已有实例上列出的 CDS 不会被新建"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 和节点组模板中 `existed: true` 且 `instanceResource.cdsList` 非空的已有实例。

## 为什么有问题
CCE 不会为已有机器购买磁盘。API 文档说明：“已有节点仅可挂载 CDS 到指定路径，不会新建 CDS…将会忽略相关 CDS 配置”。这里给出的大小、类型和快照不会生效，未挂载到机器上的盘会被静默跳过。

## 示例
```json
{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-SxeBLkcN"}, "instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 200}]}}}
```

应改为（先把磁盘挂到机器上，再只写它的路径）：
```json
{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-SxeBLkcN"}}}
```

## 参考
- CCE API 创建集群 CDS 挂载说明（“已有节点仅可挂载 CDS 到指定路径，不会新建 CDS”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CdsOnExistedInstance::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let disks = instance
            .spec
            .instance_resource
            .cds_list
            .as_deref()
            .unwrap_or_default();
        if instance.spec.existed && !disks.is_empty() {
            let pointer = instance.at(&["instanceResource", "cdsList"]);
            out.push(cds_on_existed_instance_diagnostic(pointer, disks.len()));
        }
    }
}

/// `disks` CDS entries at `pointer` belong to an existing instance.
fn cds_on_existed_instance_diagnostic(pointer: JsonPointer, disks: usize) -> Finding {
    Finding::new(
        CdsOnExistedInstance::META.code,
        pointer,
        Text::new(
            format!(
                "Existing nodes never get new CDS: the {disks} disk(s) listed are only mounted if already attached at these paths; missing ones are ignored"
            ),
            format!(
                "已有节点不会新建 CDS：列出的 {disks} 块盘只有已挂到机器上时才会挂载到这些路径，缺少的会被忽略"
            ),
        ),
        Text::new(
            "Attach the disks to the machine before adding it, or remove `cdsList`",
            "请在加入集群前先把磁盘挂到机器上，或删除 `cdsList`",
        ),
    )
}
