use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an existing instance (`existed: true`) whose `existedOption.rebuild` is absent or
    /// `null`. An explicit `rebuild: true` (as in the API's own example) is a deliberate choice
    /// and is not reported.
    ///
    /// ## Why is this bad?
    /// `rebuild` is a Go `*bool` whose nil value means "reinstall" (SDK comment: "nil 为默认:
    /// 重装系统"). Leaving it out therefore reinstalls the machine's operating system and wipes
    /// the system disk — easy to do by accident when adding a machine that already holds data.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO"}}}]}
    /// ```
    ///
    /// Use instead (say which one you want):
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}, "adminPassword": "…"}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `types.ExistedOption` (`Rebuild *bool`, "nil 为默认: 重装系统")
    /// - CCE API, 创建集群, 请求示例: 已有实例 ("如果不希望重装系统，设置 instanceSpec.existedOption.rebuild 为 false")
    pub struct ExistedInstanceReinstalled {
        code: "CCE507",
        name: "existed-instance-reinstalled-by-default",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("An existing machine will be reinstalled because `rebuild` is not set", "未设置 `rebuild`，已有机器将被重装系统"),
        docs_zh: r#"## 作用
报告 `existedOption.rebuild` 缺失或为 `null` 的已有实例（`existed: true`）。显式写 `rebuild: true`（如 API 文档示例）是明确的选择，不会报告。

## 为什么有问题
`rebuild` 是 Go 的 `*bool`，nil 表示“重装”（SDK 注释：“nil 为默认: 重装系统”）。不写它就会重装机器的操作系统并清空系统盘——向已有数据的机器添加节点时很容易误操作。

## 示例
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO"}}}]}
```

应改为（明确写出想要的行为）：
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}, "adminPassword": "…"}}]}
```

## 参考
- bce-sdk-go `types.ExistedOption`（`Rebuild *bool`，“nil 为默认: 重装系统”）
- CCE API 创建集群，请求示例：已有实例（“如果不希望重装系统，设置 instanceSpec.existedOption.rebuild 为 false”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ExistedInstanceReinstalled::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        if spec.existed && spec.existed_option.rebuild.is_none() {
            out.push(existed_instance_reinstalled_diagnostic(
                instance.at(&["existedOption", "rebuild"]),
                spec.existed_option.existed_instance_id.trim(),
            ));
        }
    }
}

/// The existing machine `id` will be reinstalled; `pointer` is where `rebuild` belongs.
fn existed_instance_reinstalled_diagnostic(pointer: JsonPointer, id: &str) -> Finding {
    let (machine_en, machine_zh) = if id.is_empty() {
        ("The existing machine".to_owned(), "该已有机器".to_owned())
    } else {
        (
            format!("Existing machine `{id}`"),
            format!("已有机器 `{id}`"),
        )
    };
    Finding::new(
        ExistedInstanceReinstalled::META.code,
        pointer,
        Text::new(
            format!("{machine_en} will be reinstalled: `rebuild` is not set and defaults to true"),
            format!("{machine_zh} 将被重装系统：未设置 `rebuild`，默认为 true"),
        ),
        Text::new(
            "Set `rebuild: false` to keep its OS and data (then give its current password), or `rebuild: true` to confirm the reinstall",
            "设置 `rebuild: false` 以保留其系统和数据（同时提供其当前密码），或设置 `rebuild: true` 以确认重装",
        ),
    )
}
