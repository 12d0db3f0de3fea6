use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `existedOption.existedInstanceID` on an instance spec whose `existed` is not
    /// true (false or absent).
    ///
    /// ## Why is this bad?
    /// The server looks at `existedOption` only when `existed` is true. Otherwise the ID is
    /// ignored and CCE buys a new machine: the existing machine is not added, and you pay for
    /// one you did not mean to buy.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `types.InstanceSpec` (`Existed bool`, `ExistedOption ExistedOption`)
    /// - CCE API, 创建集群, 请求示例: 已有实例 ("设置 instanceSpec.existed 为 true 并设置 …existedInstanceID")
    pub struct ExistedInstanceIdIgnored {
        code: "CCE506",
        name: "existed-instance-id-ignored",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("`existedInstanceID` is ignored because `existed` is not true", "`existed` 不为 true，`existedInstanceID` 被忽略"),
        docs_zh: r#"## 作用
报告 `existed` 不为 true（false 或未设置）的实例配置中出现的 `existedOption.existedInstanceID`。

## 为什么有问题
服务端只在 `existed` 为 true 时读取 `existedOption`。否则该 ID 被忽略，CCE 会购买一台新机器：已有机器不会加入，还会为本不想购买的机器付费。

## 示例
```json
{"nodes": [{"instanceSpec": {"existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
```

应改为：
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
```

## 参考
- bce-sdk-go `types.InstanceSpec`（`Existed bool`、`ExistedOption ExistedOption`）
- CCE API 创建集群，请求示例：已有实例（“设置 instanceSpec.existed 为 true 并设置 …existedInstanceID”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ExistedInstanceIdIgnored::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        let id = spec.existed_option.existed_instance_id.trim();
        if !spec.existed && !id.is_empty() {
            out.push(existed_instance_id_ignored_diagnostic(
                instance.at(&["existedOption", "existedInstanceID"]),
                id,
            ));
        }
    }
}

/// `existedInstanceID` `id` at `pointer` is ignored because `existed` is not true.
fn existed_instance_id_ignored_diagnostic(pointer: JsonPointer, id: &str) -> Finding {
    Finding::new(
        ExistedInstanceIdIgnored::META.code,
        pointer,
        Text::new(
            format!(
                "`existedInstanceID` `{id}` is ignored because `existed` is not true — a NEW instance will be bought"
            ),
            format!("`existed` 不为 true，`existedInstanceID` `{id}` 被忽略——将会购买一台新机器"),
        ),
        Text::new(
            "Set `existed: true` to add this machine, or remove `existedOption` to buy a new one",
            "如要加入该机器，请设置 `existed: true`；如要购买新机器，请删除 `existedOption`",
        ),
    )
}
