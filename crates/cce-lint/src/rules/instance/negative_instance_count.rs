use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::is_instance_set;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an element of `masters` or `nodes` whose `count` is negative. (Node-group
    /// `replicas` are checked by CCE802.)
    ///
    /// ## Why is this bad?
    /// `count` is the number of identical machines to buy. A negative number has no meaning:
    /// the server refuses it, or treats it as zero and creates nothing.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": -1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `InstanceSet`: `count` (实例数量)
    /// - bce-sdk-go `types.InstanceSet` (`Count int`)
    pub struct NegativeInstanceCount {
        code: "CCE502",
        name: "negative-instance-count",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("An instance set with a negative `count`", "实例组的 `count` 为负数"),
        docs_zh: r#"## 作用
报告 `masters` 或 `nodes` 中 `count` 为负数的元素（节点组的 `replicas` 由 CCE802 检查）。

## 为什么有问题
`count` 是要购买的相同机器的数量。负数没有意义：服务端会拒绝请求，或按 0 处理而不创建任何机器。

## 示例
```json
{"nodes": [{"count": -1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
```

## 参考
- CCE API 创建集群，`InstanceSet`：`count`（实例数量）
- bce-sdk-go `types.InstanceSet`（`Count int`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NegativeInstanceCount::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        if is_instance_set(instance) && instance.count < 0 {
            out.push(negative_instance_count_diagnostic(
                instance.owner().child("count"),
                instance.count,
            ));
        }
    }
}

/// The set's `count` at `pointer` is the negative `count`.
fn negative_instance_count_diagnostic(pointer: JsonPointer, count: i64) -> Finding {
    Finding::new(
        NegativeInstanceCount::META.code,
        pointer,
        Text::new(
            format!("`count` is {count}: the number of machines cannot be negative"),
            format!("`count` 为 {count}：机器数量不能为负数"),
        ),
        Text::new(
            "Set `count` to the number of machines to create (1 or more), or remove the set",
            "将 `count` 设为要创建的机器数量（至少为 1），或删除该实例组",
        ),
    )
}
