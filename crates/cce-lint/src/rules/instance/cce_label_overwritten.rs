use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::Placement;
use crate::rules::instance::limits::CCE_LABELS;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports node `labels` that use a key CCE writes itself — `cluster-id`, `cluster-role`,
    /// `instance-group-id` — in `masters`, `nodes` and node-group templates. A `cluster-role`
    /// label with the value CCE writes anyway (`master` in `masters`, `node` elsewhere) is not
    /// reported.
    ///
    /// ## Why is this bad?
    /// CCE labels every node with these keys (they appear in the GET responses) and uses them
    /// to find the node's cluster, role and node group. Your value either gets overwritten, or
    /// it overwrites CCE's and confuses CCE's own components and node-group scaling.
    ///
    /// ## Example
    /// ```json
    /// {"labels": {"cluster-role": "gpu", "instance-group-id": "ig-1"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"labels": {"example.com/role": "gpu"}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 获取集群/节点 responses (labels `cluster-id`, `cluster-role`, `instance-group-id`)
    pub struct CceLabelOverwritten {
        code: "CCE548",
        name: "cce-label-overwritten",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("Node label uses a key CCE sets itself", "节点标签使用了 CCE 自己设置的键"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 和节点组模板中使用了 CCE 自己写入的键（`cluster-id`、`cluster-role`、`instance-group-id`）的节点 `labels`。值与 CCE 本就会写入的值相同的 `cluster-role` 标签（`masters` 中为 `master`，其他为 `node`）不报告。

## 为什么有问题
CCE 会给每个节点打上这些标签（见获取集群/节点的返回），并用它们识别节点所属的集群、角色和节点组。你的值要么被覆盖，要么覆盖 CCE 的值，干扰 CCE 自身组件和节点组伸缩。

## 示例
```json
{"labels": {"cluster-role": "gpu", "instance-group-id": "ig-1"}}
```

应改为：
```json
{"labels": {"example.com/role": "gpu"}}
```

## 参考
- CCE API 获取集群/节点的返回（标签 `cluster-id`、`cluster-role`、`instance-group-id`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CceLabelOverwritten::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let role = match instance.placement {
            Placement::Master => "master",
            Placement::Node | Placement::NodeGroup => "node",
        };
        for (key, value) in instance.spec.labels.iter().flatten() {
            if !CCE_LABELS.contains(&key.as_str()) || (key == "cluster-role" && value == role) {
                continue;
            }
            out.push(cce_label_overwritten_diagnostic(
                instance.at(&["labels", key]),
                key,
            ));
        }
    }
}

/// The label `key` at `pointer` is one CCE sets itself.
fn cce_label_overwritten_diagnostic(pointer: JsonPointer, key: &str) -> Finding {
    Finding::new(
        CceLabelOverwritten::META.code,
        pointer,
        Text::new(
            format!("Label `{key}` is set by CCE on every node; your value conflicts with CCE's"),
            format!("标签 `{key}` 由 CCE 为每个节点设置；你的值与 CCE 的值冲突"),
        ),
        Text::new(
            "Use a key of your own, preferably with a prefix such as `example.com/`",
            "请使用自己的键，最好带前缀，例如 `example.com/`",
        ),
    )
}
