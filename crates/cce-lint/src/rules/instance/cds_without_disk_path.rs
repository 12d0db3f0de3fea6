use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Notes CDS data disks without a `diskPath`, in `masters`, `nodes` and node-group
    /// templates. The note says what CCE does with such a disk.
    ///
    /// ## Why is this bad?
    /// It is not wrong, but easy to misread: the SDK documents that, by default, the first
    /// disk becomes the docker/containerd and kubelet data disk ("默认第一块盘作为 docker 和
    /// kubelet 数据盘"), so a disk without a path may end up holding container images rather
    /// than being left for your own data.
    ///
    /// ## Example
    /// ```json
    /// {"cdsList": [{"storageType": "cloud_hp1", "cdsSize": 100}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cdsList": [{"diskPath": "/home/cce", "storageType": "cloud_hp1", "cdsSize": 100}]}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `CDSConfig` comment ("默认第一块盘作为 docker 和 kubelet 数据盘")
    pub struct CdsWithoutDiskPath {
        code: "CCE529",
        name: "cds-without-disk-path",
        group: Instance,
        severity: Info,
        fix: None,
        summary: ("CDS data disk without diskPath", "CDS 数据盘未设置 diskPath"),
        docs_zh: r#"## 作用
提示 `masters`、`nodes` 和节点组模板中未设置 `diskPath` 的 CDS 数据盘，并说明 CCE 如何使用这样的盘。

## 为什么有问题
这并不算错，但容易误解：SDK 注释说明“默认第一块盘作为 docker 和 kubelet 数据盘”，因此未指定路径的盘可能被用来存放容器镜像，而不是留给你自己的数据。

## 示例
```json
{"cdsList": [{"storageType": "cloud_hp1", "cdsSize": 100}]}
```

应改为：
```json
{"cdsList": [{"diskPath": "/home/cce", "storageType": "cloud_hp1", "cdsSize": 100}]}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中 `CDSConfig` 的注释（“默认第一块盘作为 docker 和 kubelet 数据盘”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CdsWithoutDiskPath::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let disks = instance.spec.instance_resource.cds_list.iter().flatten();
        for (index, disk) in disks.enumerate() {
            if disk.disk_path.is_empty() {
                let pointer = instance.at(&[
                    "instanceResource",
                    "cdsList",
                    &index.to_string(),
                    "diskPath",
                ]);
                out.push(cds_without_disk_path_diagnostic(pointer, index));
            }
        }
    }
}

/// `cdsList[index]` (pointer: its missing `diskPath`) has no mount path.
fn cds_without_disk_path_diagnostic(pointer: JsonPointer, index: usize) -> Finding {
    Finding::new(
        CdsWithoutDiskPath::META.code,
        pointer,
        Text::new(
            format!(
                "cdsList[{index}] has no diskPath; the first CDS becomes the docker/kubelet data disk by default"
            ),
            format!("cdsList[{index}] 未设置 diskPath；默认第一块 CDS 作为 docker/kubelet 数据盘"),
        ),
        Text::new(
            "Set `diskPath` to say where the disk is mounted (e.g. `/home/cce` for the container data, `/data` for your own)",
            "设置 `diskPath` 指明挂载位置（例如容器数据用 `/home/cce`，自有数据用 `/data`）",
        ),
    )
}
