use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an instance spec with `existed: true` but no
    /// `existedOption.existedInstanceID`.
    ///
    /// ## Why is this bad?
    /// `existed: true` tells CCE to use a machine you already own instead of buying one; the
    /// machine is named by `existedOption.existedInstanceID`. Without the ID there is no machine
    /// to add, and the request or the node creation fails.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"rebuild": false}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例: 已有实例 ("设置 instanceSpec.existed 为 true 并设置 instanceSpec.existedOption.existedInstanceID 为希望使用的已有节点 ID")
    pub struct MissingExistedInstanceId {
        code: "CCE505",
        name: "missing-existed-instance-id",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("An existing instance without `existedOption.existedInstanceID`", "已有实例缺少 `existedOption.existedInstanceID`"),
        docs_zh: r#"## 作用
报告 `existed: true` 但未设置 `existedOption.existedInstanceID` 的实例配置。

## 为什么有问题
`existed: true` 表示使用已有机器而不是购买新机器，机器由 `existedOption.existedInstanceID` 指定。没有 ID 就没有可加入的机器，请求或节点创建会失败。

## 示例
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"rebuild": false}}}]}
```

应改为：
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
```

## 参考
- CCE API 创建集群，请求示例：已有实例（“设置 instanceSpec.existed 为 true 并设置 instanceSpec.existedOption.existedInstanceID 为希望使用的已有节点 ID”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingExistedInstanceId::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        if spec.existed && spec.existed_option.existed_instance_id.trim().is_empty() {
            out.push(missing_existed_instance_id_diagnostic(
                instance.at(&["existedOption", "existedInstanceID"]),
            ));
        }
    }
}

/// The existing instance lacks the ID that `pointer` should hold.
fn missing_existed_instance_id_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        MissingExistedInstanceId::META.code,
        pointer,
        Text::new(
            "Existing instance needs `existedOption.existedInstanceID`: `existed` is true but no machine is named",
            "已有实例需要设置 `existedOption.existedInstanceID`：`existed` 为 true 但未指定机器",
        ),
        Text::new(
            "Set `existedOption.existedInstanceID` to the ID of the machine to add (e.g. `i-…`), or set `existed` to false to buy a new one",
            "将 `existedOption.existedInstanceID` 设为要加入的机器 ID（如 `i-…`），或将 `existed` 设为 false 以购买新机器",
        ),
    )
}
