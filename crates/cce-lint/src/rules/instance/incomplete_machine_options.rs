use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::{ImageType, MachineType};
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::{is_new, keeps_os};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports incomplete or mismatched settings of bare-metal and HPAS machines:
    /// - a new `BBC` machine without `bbcOption.flavor`;
    /// - a `BBC` machine (new or reinstalled) whose `instanceOS.imageType` is set but is not a
    ///   BBC image type (`BbcSystem`, `BbcCustom`);
    /// - a new `HPAS` machine without `hpasOption.appType` or `hpasOption.appPerformanceLevel`.
    ///
    /// ## Why is this bad?
    /// A BBC server is bought by flavor (e.g. `BBC-G4-02S`) and installs BBC images only; the
    /// API's BBC example sets both. HPAS machines are chosen by application type and
    /// performance level, which the Terraform provider marks as required. Without them the
    /// machine cannot be bought or imaged.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BBC", "instanceOS": {"imageType": "System"}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BBC", "bbcOption": {"flavor": "BBC-G4-02S"}, "instanceOS": {"imageType": "BbcSystem"}}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API (2026), 创建节点 BBC example (`bbcOption.flavor`, `imageType: BbcSystem`)
    /// - terraform-provider-baiducloud `hpas_option` (`app_type`, `app_performance_level` Required)
    pub struct IncompleteMachineOptions {
        code: "CCE515",
        name: "incomplete-bbc-or-hpas-options",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("A BBC or HPAS machine lacks its flavor, BBC image type or HPAS application options", "BBC 或 HPAS 机器缺少套餐、BBC 镜像类型或 HPAS 应用选项"),
        docs_zh: r#"## 作用
报告裸金属和 HPAS 机器不完整或不匹配的设置：
- 新建 `BBC` 机器未设置 `bbcOption.flavor`；
- `BBC` 机器（新建或重装）设置了 `instanceOS.imageType`，但不是 BBC 镜像类型（`BbcSystem`、`BbcCustom`）；
- 新建 `HPAS` 机器未设置 `hpasOption.appType` 或 `hpasOption.appPerformanceLevel`。

## 为什么有问题
BBC 服务器按套餐（如 `BBC-G4-02S`）购买，且只能安装 BBC 镜像；API 的 BBC 示例两者都设置了。HPAS 机器按应用类型和性能等级选择，Terraform provider 将其标为必填。缺少它们机器无法购买或安装镜像。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BBC", "instanceOS": {"imageType": "System"}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BBC", "bbcOption": {"flavor": "BBC-G4-02S"}, "instanceOS": {"imageType": "BbcSystem"}}}]}
```

## 参考
- CCE API（2026）创建节点 BBC 示例（`bbcOption.flavor`、`imageType: BbcSystem`）
- terraform-provider-baiducloud `hpas_option`（`app_type`、`app_performance_level` 必填）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &IncompleteMachineOptions::META,
    check: Some(check),
};

/// What is missing or wrong.
enum Problem<'a> {
    MissingFlavor,
    NonBbcImage(&'a str),
    MissingHpas(&'static str),
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        match spec.machine_type {
            Some(MachineType::Bbc) => {
                let flavor = spec.bbc_option.as_ref().map_or("", |o| o.flavor.trim());
                if is_new(spec) && flavor.is_empty() {
                    out.push(incomplete_machine_options_diagnostic(
                        instance.at(&["bbcOption", "flavor"]),
                        &Problem::MissingFlavor,
                    ));
                }
                if let Some(image_type) = &spec.instance_os.image_type {
                    let bbc_image =
                        matches!(image_type, ImageType::BbcSystem | ImageType::BbcCustom);
                    if !bbc_image && !keeps_os(spec) {
                        out.push(incomplete_machine_options_diagnostic(
                            instance.at(&["instanceOS", "imageType"]),
                            &Problem::NonBbcImage(image_type.as_str()),
                        ));
                    }
                }
            }
            Some(MachineType::Hpas) if is_new(spec) => {
                let option = spec.hpas_option.clone().unwrap_or_default();
                for (value, key) in [
                    (option.app_type, "appType"),
                    (option.app_performance_level, "appPerformanceLevel"),
                ] {
                    if value.trim().is_empty() {
                        out.push(incomplete_machine_options_diagnostic(
                            instance.at(&["hpasOption", key]),
                            &Problem::MissingHpas(key),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
}

/// The BBC/HPAS setting at `pointer` has `problem`.
fn incomplete_machine_options_diagnostic(pointer: JsonPointer, problem: &Problem<'_>) -> Finding {
    let (message, help) = match problem {
        Problem::MissingFlavor => (
            Text::new(
                "New BBC machine without `bbcOption.flavor`: CCE cannot tell which server to buy",
                "新建 BBC 机器未设置 `bbcOption.flavor`：CCE 无法确定购买哪种服务器",
            ),
            Text::new(
                "Set `bbcOption.flavor` to a BBC flavor (e.g. `BBC-G4-02S`)",
                "将 `bbcOption.flavor` 设为 BBC 套餐（如 `BBC-G4-02S`）",
            ),
        ),
        Problem::NonBbcImage(image_type) => (
            Text::new(
                format!(
                    "BBC machine with image type `{image_type}`: BBC servers install BBC images only"
                ),
                format!("BBC 机器的镜像类型为 `{image_type}`：BBC 服务器只能安装 BBC 镜像"),
            ),
            Text::new(
                "Use `BbcSystem` or `BbcCustom` as `instanceOS.imageType`",
                "将 `instanceOS.imageType` 设为 `BbcSystem` 或 `BbcCustom`",
            ),
        ),
        Problem::MissingHpas(key) => (
            Text::new(
                format!("New HPAS machine without `hpasOption.{key}`"),
                format!("新建 HPAS 机器未设置 `hpasOption.{key}`"),
            ),
            Text::new(
                "Set `hpasOption.appType` (e.g. `llama2_7B_train`) and `hpasOption.appPerformanceLevel` (e.g. `10k`)",
                "设置 `hpasOption.appType`（如 `llama2_7B_train`）和 `hpasOption.appPerformanceLevel`（如 `10k`）",
            ),
        ),
    };
    Finding::new(IncompleteMachineOptions::META.code, pointer, message, help)
}
