use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::is_reinstalled;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an existing instance that will be reinstalled (`existed: true` with
    /// `existedOption.rebuild` true, absent or `null`) but names no image: no `imageID`, and no
    /// `instanceOS.imageType` or `instanceOS.osName` to derive one from.
    ///
    /// ## Why is this bad?
    /// Reinstalling needs an image. The server uses `imageID` first and otherwise computes it
    /// from `instanceOS` (SDK comment "优先使用 ImageID, 如果用户传入 InstanceOS 信息, 由 service
    /// 计算 ImageID"); with neither it has nothing to install and the node fails.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": true}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": true}, "instanceOS": {"imageType": "System", "osType": "linux", "osName": "CentOS", "osVersion": "7.5", "osArch": "x86_64 (64bit)"}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `types.InstanceSpec` `ImageID` comment (imageID first, else computed from `InstanceOS`)
    /// - CCE API, 创建集群, 请求示例: 已有实例 (`rebuild: true` with `instanceOS`)
    pub struct ReinstallWithoutImage {
        code: "CCE510",
        name: "reinstall-without-image",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("An existing machine is reinstalled but no image is given", "已有机器将被重装，但未指定镜像"),
        docs_zh: r#"## 作用
报告将被重装系统的已有实例（`existed: true` 且 `existedOption.rebuild` 为 true、缺失或 `null`）未指定镜像的情况：既没有 `imageID`，也没有可用来推导镜像的 `instanceOS.imageType` 或 `instanceOS.osName`。

## 为什么有问题
重装需要镜像。服务端优先使用 `imageID`，否则根据 `instanceOS` 计算（SDK 注释“优先使用 ImageID, 如果用户传入 InstanceOS 信息, 由 service 计算 ImageID”）；两者都没有时无镜像可装，节点创建失败。

## 示例
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": true}}}]}
```

应改为：
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": true}, "instanceOS": {"imageType": "System", "osType": "linux", "osName": "CentOS", "osVersion": "7.5", "osArch": "x86_64 (64bit)"}}}]}
```

## 参考
- bce-sdk-go `types.InstanceSpec` 的 `ImageID` 注释（优先 imageID，否则由 `InstanceOS` 计算）
- CCE API 创建集群，请求示例：已有实例（`rebuild: true` 并设置 `instanceOS`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ReinstallWithoutImage::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        let os = &spec.instance_os;
        if is_reinstalled(spec)
            && spec.image_id.trim().is_empty()
            && os.image_type.is_none()
            && os.os_name.is_none()
        {
            out.push(reinstall_without_image_diagnostic(
                instance.at(&["imageID"]),
            ));
        }
    }
}

/// The reinstalled machine has no image; `pointer` is where `imageID` belongs.
fn reinstall_without_image_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        ReinstallWithoutImage::META.code,
        pointer,
        Text::new(
            "The existing machine will be reinstalled, but no image is given (`imageID` or `instanceOS`)",
            "已有机器将被重装系统，但未指定镜像（`imageID` 或 `instanceOS`）",
        ),
        Text::new(
            "Set `imageID`, or `instanceOS` with imageType, osName and osVersion; or set `rebuild: false` to keep the current OS",
            "设置 `imageID`，或设置包含 imageType、osName、osVersion 的 `instanceOS`；或设置 `rebuild: false` 保留当前系统",
        ),
    )
}
