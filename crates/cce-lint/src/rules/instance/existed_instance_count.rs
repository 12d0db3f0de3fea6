use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::is_instance_set;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an element of `masters` or `nodes` for an existing machine (`existed: true`)
    /// whose `count` is greater than 1. A missing `count` (0) or `count: 1` is fine.
    ///
    /// ## Why is this bad?
    /// An existing-instance entry names exactly one machine by `existedOption.existedInstanceID`.
    /// A `count` above 1 cannot add more machines: it is at best ignored and at worst makes the
    /// server try to add the same machine several times. The API's own example omits `count`
    /// on such entries.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 3, "instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
    /// ```
    ///
    /// Use instead (one entry per machine):
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例: 已有实例 ("设置 instanceSpec.existed 为 true 并设置 instanceSpec.existedOption.existedInstanceID"; no `count`)
    pub struct ExistedInstanceCount {
        code: "CCE504",
        name: "existed-instance-count-above-one",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("An existing-instance entry with `count` greater than 1", "已有实例条目的 `count` 大于 1"),
        docs_zh: r#"## 作用
报告 `masters` 或 `nodes` 中已有实例（`existed: true`）条目 `count` 大于 1 的情况。未写 `count`（0）或 `count: 1` 没有问题。

## 为什么有问题
已有实例条目通过 `existedOption.existedInstanceID` 指定恰好一台机器。`count` 大于 1 不会增加机器：轻则被忽略，重则服务端会尝试多次加入同一台机器。API 文档的示例在这类条目上不写 `count`。

## 示例
```json
{"nodes": [{"count": 3, "instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
```

应改为（每台机器一个条目）：
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
```

## 参考
- CCE API 创建集群，请求示例：已有实例（“设置 instanceSpec.existed 为 true 并设置 instanceSpec.existedOption.existedInstanceID”；未写 `count`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ExistedInstanceCount::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        if is_instance_set(instance) && instance.spec.existed && instance.count > 1 {
            out.push(existed_instance_count_diagnostic(
                instance.owner().child("count"),
                instance.count,
            ));
        }
    }
}

/// The existing-instance entry's `count` at `pointer` is `count` (> 1).
fn existed_instance_count_diagnostic(pointer: JsonPointer, count: i64) -> Finding {
    Finding::new(
        ExistedInstanceCount::META.code,
        pointer,
        Text::new(
            format!("An existing-instance entry names one machine; `count` {count} is meaningless"),
            format!("已有实例条目只指定一台机器，`count` 为 {count} 没有意义"),
        ),
        Text::new(
            "Remove `count` (or set it to 1) and add one entry per existing machine",
            "删除 `count`（或设为 1），每台已有机器写一个条目",
        ),
    )
}
