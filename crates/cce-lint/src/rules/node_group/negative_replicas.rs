use super::node_groups;
use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a node group whose `replicas` is negative.
    ///
    /// ## Why is this bad?
    /// `replicas` is the desired number of nodes; the API reference says it is a natural number
    /// ("取值范围是自然数集"). A negative count is refused.
    ///
    /// ## Example
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "replicas": -1, "instanceTemplate": {}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "replicas": 1, "instanceTemplate": {}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API reference, 创建节点组: `replicas` 取值范围是自然数集
    pub struct NegativeReplicas {
        code: "CCE802",
        name: "negative-replicas",
        group: NodeGroup,
        severity: Error,
        fix: None,
        summary: ("A node group's replicas is negative", "节点组的 replicas 为负数"),
        docs_zh: "## 作用\n报告 `replicas` 为负数的节点组。\n\n## 为什么有问题\n`replicas` 是期望节点数，API 参考规定其取值范围是自然数集，负数会被拒绝。\n\n## 示例\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"replicas\": -1, \"instanceTemplate\": {}}]}\n```\n\n应改为：\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"replicas\": 1, \"instanceTemplate\": {}}]}\n```\n\n## 参考\n- CCE API 参考，创建节点组：`replicas` 取值范围是自然数集\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NegativeReplicas::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    for (pointer, group) in node_groups(request) {
        if group.replicas < 0 {
            out.push(negative_replicas_diagnostic(
                pointer.child("replicas"),
                group.replicas,
            ));
        }
    }
}

fn negative_replicas_diagnostic(pointer: JsonPointer, replicas: i64) -> Finding {
    Finding::new(
        NegativeReplicas::META.code,
        pointer,
        Text::new(
            format!("`replicas` is {replicas}; a node group cannot have fewer than 0 nodes"),
            format!("`replicas` 为 {replicas}；节点组的节点数不能小于 0"),
        ),
        Text::new("Use 0 or a positive number of nodes", "请使用 0 或正数"),
    )
}
