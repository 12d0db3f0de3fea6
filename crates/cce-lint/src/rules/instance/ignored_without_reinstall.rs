use crate::declare_rule;
use crate::decode::Decode as _;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::keeps_os;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Notes the settings that an existing instance kept without reinstall (`existed: true`,
    /// `existedOption.rebuild: false`) does not need: `machineType`, `instanceOS`, `imageID`,
    /// `instanceResource.cpu` and `instanceResource.mem`. One note per setting.
    ///
    /// ## Why is this bad?
    /// The machine keeps its operating system and hardware, so these settings describe nothing
    /// CCE will do; the API documentation says they need not be set ("无需设置
    /// instanceSpec.instanceOS 与 instanceSpec.machineType"). They are harmless but misleading
    /// when they do not match the real machine.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}, "machineType": "BCC", "instanceOS": {"osName": "CentOS"}, "adminPassword": "…"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}, "adminPassword": "…"}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例: 已有实例 ("如果不希望重装系统，无需设置 instanceSpec.instanceOS 与 instanceSpec.machineType")
    pub struct IgnoredWithoutReinstall {
        code: "CCE509",
        name: "settings-unused-without-reinstall",
        group: Instance,
        severity: Info,
        fix: None,
        summary: ("A setting an existing machine kept without reinstall does not need", "不重装的已有机器无需设置的字段"),
        docs_zh: r#"## 作用
提示不重装系统保留的已有实例（`existed: true`、`existedOption.rebuild: false`）不需要的设置：`machineType`、`instanceOS`、`imageID`、`instanceResource.cpu` 和 `instanceResource.mem`。每个设置提示一次。

## 为什么有问题
机器保留原有的操作系统和硬件，这些设置描述的内容 CCE 不会执行；API 文档说明无需设置（“无需设置 instanceSpec.instanceOS 与 instanceSpec.machineType”）。它们无害，但与实际机器不符时会造成误解。

## 示例
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}, "machineType": "BCC", "instanceOS": {"osName": "CentOS"}, "adminPassword": "…"}}]}
```

应改为：
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}, "adminPassword": "…"}}]}
```

## 参考
- CCE API 创建集群，请求示例：已有实例（“如果不希望重装系统，无需设置 instanceSpec.instanceOS 与 instanceSpec.machineType”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &IgnoredWithoutReinstall::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        if !keeps_os(spec) {
            continue;
        }
        let unused = [
            (spec.machine_type.is_some(), &["machineType"][..]),
            (!spec.instance_os.is_zero(), &["instanceOS"][..]),
            (!spec.image_id.is_empty(), &["imageID"][..]),
            (
                spec.instance_resource.cpu != 0,
                &["instanceResource", "cpu"][..],
            ),
            (
                spec.instance_resource.mem != 0,
                &["instanceResource", "mem"][..],
            ),
        ];
        for (set, segments) in unused {
            if set {
                out.push(ignored_without_reinstall_diagnostic(
                    instance.at(segments),
                    segments.join("."),
                ));
            }
        }
    }
}

/// `field` at `pointer` is not needed because the machine keeps its OS.
fn ignored_without_reinstall_diagnostic(pointer: JsonPointer, field: String) -> Finding {
    Finding::new(
        IgnoredWithoutReinstall::META.code,
        pointer,
        Text::new(
            format!(
                "`{field}` is not needed when the existing machine keeps its OS (`rebuild: false`)"
            ),
            format!("已有机器保留原系统（`rebuild: false`）时无需设置 `{field}`"),
        ),
        Text::new(
            format!(
                "Remove `{field}`, or set `rebuild: true` if the machine should be reinstalled"
            ),
            format!("删除 `{field}`；如需重装机器，请设置 `rebuild: true`"),
        ),
    )
}
