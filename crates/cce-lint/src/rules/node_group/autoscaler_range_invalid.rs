use super::node_groups;
use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an enabled `clusterAutoscalerSpec` whose bounds are impossible: `minReplicas`
    /// or `scalingGroupPriority` negative, or `maxReplicas` not greater than `minReplicas`.
    ///
    /// ## Why is this bad?
    /// The API reference requires natural numbers and "maxReplicas 需大于minReplicas"; the
    /// autoscaler cannot work with an empty or inverted range, and the request is refused.
    ///
    /// ## Example
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "replicas": 2, "instanceTemplate": {}, "clusterAutoscalerSpec": {"enabled": true, "minReplicas": 5, "maxReplicas": 2}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "replicas": 2, "instanceTemplate": {}, "clusterAutoscalerSpec": {"enabled": true, "minReplicas": 2, "maxReplicas": 5}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API reference, 节点组自动伸缩: minReplicas/maxReplicas/scalingGroupPriority 自然数, maxReplicas 需大于minReplicas
    pub struct AutoscalerRangeInvalid {
        code: "CCE807",
        name: "autoscaler-range-invalid",
        group: NodeGroup,
        severity: Error,
        fix: None,
        summary: ("The node group autoscaler's bounds are impossible", "节点组自动伸缩的范围无效"),
        docs_zh: "## 作用\n报告已启用的 `clusterAutoscalerSpec` 中不可能的边界：`minReplicas` 或 `scalingGroupPriority` 为负，或 `maxReplicas` 不大于 `minReplicas`。\n\n## 为什么有问题\nAPI 参考要求这些值为自然数，且“maxReplicas 需大于minReplicas”；空的或颠倒的范围无法伸缩，请求会被拒绝。\n\n## 示例\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"replicas\": 2, \"instanceTemplate\": {}, \"clusterAutoscalerSpec\": {\"enabled\": true, \"minReplicas\": 5, \"maxReplicas\": 2}}]}\n```\n\n应改为：\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"replicas\": 2, \"instanceTemplate\": {}, \"clusterAutoscalerSpec\": {\"enabled\": true, \"minReplicas\": 2, \"maxReplicas\": 5}}]}\n```\n\n## 参考\n- CCE API 参考，节点组自动伸缩：maxReplicas 需大于minReplicas\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &AutoscalerRangeInvalid::META,
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
        let spec_pointer = pointer.child("clusterAutoscalerSpec");
        if spec.min_replicas < 0 {
            out.push(natural_number_diagnostic(
                spec_pointer.child("minReplicas"),
                "minReplicas",
                spec.min_replicas,
            ));
        }
        if spec.scaling_group_priority < 0 {
            out.push(natural_number_diagnostic(
                spec_pointer.child("scalingGroupPriority"),
                "scalingGroupPriority",
                spec.scaling_group_priority,
            ));
        }
        if spec.max_replicas <= spec.min_replicas {
            out.push(inverted_range_diagnostic(
                spec_pointer.child("maxReplicas"),
                spec.min_replicas,
                spec.max_replicas,
            ));
        }
    }
}

fn natural_number_diagnostic(pointer: JsonPointer, field: &str, value: i64) -> Finding {
    Finding::new(
        AutoscalerRangeInvalid::META.code,
        pointer,
        Text::new(
            format!("`{field}` is {value}; it must be 0 or more"),
            format!("`{field}` 为 {value}；必须大于等于 0"),
        ),
        Text::new("Use a natural number", "请使用自然数"),
    )
}

fn inverted_range_diagnostic(pointer: JsonPointer, min: i64, max: i64) -> Finding {
    Finding::new(
        AutoscalerRangeInvalid::META.code,
        pointer,
        Text::new(
            format!("`maxReplicas` ({max}) must be greater than `minReplicas` ({min})"),
            format!("`maxReplicas`（{max}）必须大于 `minReplicas`（{min}）"),
        ),
        Text::new(
            "Raise maxReplicas above minReplicas",
            "请将 maxReplicas 调到大于 minReplicas",
        ),
    )
}
