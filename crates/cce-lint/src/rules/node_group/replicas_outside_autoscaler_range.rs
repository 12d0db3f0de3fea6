use super::node_groups;
use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a node group with an enabled autoscaler whose `replicas` lies outside
    /// `[minReplicas, maxReplicas]` (only when that range itself is valid; see CCE807).
    ///
    /// ## Why is this bad?
    /// The autoscaler moves the group back into its range right after creation, so the
    /// number you asked for is not the number you get, and nodes are bought or released at once.
    ///
    /// ## Example
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "replicas": 10, "instanceTemplate": {}, "clusterAutoscalerSpec": {"enabled": true, "minReplicas": 1, "maxReplicas": 5}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "replicas": 3, "instanceTemplate": {}, "clusterAutoscalerSpec": {"enabled": true, "minReplicas": 1, "maxReplicas": 5}}]}
    /// ```
    ///
    /// ## References
    /// - Kubernetes cluster-autoscaler: node groups are kept within their min/max size
    pub struct ReplicasOutsideAutoscalerRange {
        code: "CCE808",
        name: "replicas-outside-autoscaler-range",
        group: NodeGroup,
        severity: Warning,
        fix: None,
        summary: ("A node group starts outside its autoscaler range", "节点组初始节点数不在自动伸缩范围内"),
        docs_zh: "## 作用\n报告启用自动伸缩、但 `replicas` 不在 `[minReplicas, maxReplicas]` 内的节点组（仅当该范围本身有效时；见 CCE807）。\n\n## 为什么有问题\n自动伸缩会在创建后立即把节点组拉回范围内，你申请的数量不是最终得到的数量，节点会被立即购买或释放。\n\n## 示例\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"replicas\": 10, \"instanceTemplate\": {}, \"clusterAutoscalerSpec\": {\"enabled\": true, \"minReplicas\": 1, \"maxReplicas\": 5}}]}\n```\n\n应改为：\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"replicas\": 3, \"instanceTemplate\": {}, \"clusterAutoscalerSpec\": {\"enabled\": true, \"minReplicas\": 1, \"maxReplicas\": 5}}]}\n```\n\n## 参考\n- Kubernetes cluster-autoscaler：节点组保持在最小/最大规模之间\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ReplicasOutsideAutoscalerRange::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    for (pointer, group) in node_groups(request) {
        let Some(spec) = group
            .cluster_autoscaler_spec
            .as_ref()
            .filter(|spec| spec.enabled)
        else {
            continue;
        };
        let valid_range = spec.min_replicas >= 0 && spec.max_replicas > spec.min_replicas;
        if valid_range && !(spec.min_replicas..=spec.max_replicas).contains(&group.replicas) {
            out.push(replicas_outside_autoscaler_range_diagnostic(
                pointer.child("replicas"),
                group.replicas,
                spec.min_replicas,
                spec.max_replicas,
            ));
        }
    }
}

fn replicas_outside_autoscaler_range_diagnostic(
    pointer: JsonPointer,
    replicas: i64,
    min: i64,
    max: i64,
) -> Finding {
    Finding::new(
        ReplicasOutsideAutoscalerRange::META.code,
        pointer,
        Text::new(
            format!(
                "`replicas` ({replicas}) is outside the autoscaler range {min}–{max}; the autoscaler will resize the group at once"
            ),
            format!(
                "`replicas`（{replicas}）不在自动伸缩范围 {min}–{max} 内；自动伸缩会立即调整节点组"
            ),
        ),
        Text::new(
            "Start with a replica count inside [minReplicas, maxReplicas]",
            "请使初始节点数位于 [minReplicas, maxReplicas] 之内",
        ),
    )
}
