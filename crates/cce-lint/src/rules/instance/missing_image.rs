use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::InstanceOs;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::is_new_with_spec;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a new instance (not `existed`) in `masters`, `nodes` or a node-group template
    /// that has no `imageID` and no usable `instanceOS`: neither `instanceOS.imageType` nor
    /// both `osName` and `osVersion`. Existing instances are CCE510's business.
    ///
    /// ## Why is this bad?
    /// The SDK comment on `imageID` says the image is taken from `imageID` first and otherwise
    /// computed from `instanceOS`. With neither, CCE has nothing to pick the image from and the
    /// machine cannot be created as intended.
    ///
    /// ## Example
    /// ```json
    /// {"instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceOS": {"imageType": "System", "osName": "CentOS", "osVersion": "7.5"}}}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `InstanceSpec.ImageID` comment (imageID first, else computed from instanceOS)
    /// - CCE API, 创建集群, 请求示例 (every new instance sets `imageID` or `instanceOS`)
    pub struct MissingImage {
        code: "CCE533",
        name: "missing-image",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("New instance without imageID or instanceOS", "新建实例既无 imageID 也无 instanceOS"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 或节点组模板中没有 `imageID`、也没有可用 `instanceOS`（既无 `instanceOS.imageType`，也没有同时给出 `osName` 和 `osVersion`）的新建实例（非 `existed`）。已有实例由 CCE510 检查。

## 为什么有问题
SDK 中 `imageID` 的注释说明：优先使用 `imageID`，否则根据 `instanceOS` 计算镜像。两者都没有时 CCE 无从选择镜像，机器无法按预期创建。

## 示例
```json
{"instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}
```

应改为：
```json
{"instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceOS": {"imageType": "System", "osName": "CentOS", "osVersion": "7.5"}}}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中 `InstanceSpec.ImageID` 的注释（优先 imageID，否则由 instanceOS 计算）
- CCE API 创建集群请求示例（每个新建实例都设置了 `imageID` 或 `instanceOS`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingImage::META,
    check: Some(check),
};

/// Whether `os` is enough for CCE to pick an image.
pub(crate) fn is_usable_instance_os(os: &InstanceOs) -> bool {
    os.image_type.is_some() || (os.os_name.is_some() && !os.os_version.is_empty())
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        // A blank spec (absent, `null` or `{}`) is CCE501's or CCE803's, not one missing field.
        if is_new_with_spec(instance)
            && spec.image_id.is_empty()
            && !is_usable_instance_os(&spec.instance_os)
        {
            out.push(missing_image_diagnostic(instance.at(&["imageID"])));
        }
    }
}

/// The new instance whose `imageID` should be at `pointer` names no image.
fn missing_image_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        MissingImage::META.code,
        pointer,
        Text::new(
            "No image: the new instance sets neither `imageID` nor a usable `instanceOS`",
            "未指定镜像：新建实例既没有设置 `imageID`，也没有可用的 `instanceOS`",
        ),
        Text::new(
            "Set `imageID` (e.g. `m-…`) or `instanceOS` with `imageType` (and `osName`/`osVersion`)",
            "请设置 `imageID`（如 `m-…`），或设置包含 `imageType`（及 `osName`/`osVersion`）的 `instanceOS`",
        ),
    )
}
