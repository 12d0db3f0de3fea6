use super::node_groups;
use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::model::common::ClusterRole;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a node group whose own `clusterRole` is `master`. (A template inside the group
    /// with `clusterRole: master` is reported by CCE110.)
    ///
    /// ## Why is this bad?
    /// Node groups hold worker nodes only: "目前仅支持Node类型节点组, 默认值为node". Masters are
    /// listed in `masters` (custom clusters) or run by CCE (managed clusters).
    ///
    /// ## Example
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "cp", "clusterRole": "master", "replicas": 3, "instanceTemplate": {"machineType": "BCC"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "clusterRole": "node", "replicas": 3, "instanceTemplate": {"machineType": "BCC"}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API reference, 创建节点组: `clusterRole` 目前仅支持Node类型节点组
    pub struct NodeGroupMasterRole {
        code: "CCE804",
        name: "node-group-master-role",
        group: NodeGroup,
        severity: Error,
        fix: Always,
        summary: ("A node group is declared as masters", "节点组被声明为 Master"),
        docs_zh: "## 作用\n报告自身 `clusterRole` 为 `master` 的节点组（节点组内模板的 `clusterRole: master` 由 CCE110 报告）。\n\n## 为什么有问题\n节点组只承载 Worker 节点：“目前仅支持Node类型节点组, 默认值为node”。Master 应列在 `masters` 中（自定义集群）或由 CCE 托管。\n\n## 示例\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"cp\", \"clusterRole\": \"master\", \"replicas\": 3, \"instanceTemplate\": {\"machineType\": \"BCC\"}}]}\n```\n\n应改为：\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"clusterRole\": \"node\", \"replicas\": 3, \"instanceTemplate\": {\"machineType\": \"BCC\"}}]}\n```\n\n## 参考\n- CCE API 参考，创建节点组：`clusterRole` 目前仅支持Node类型节点组\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NodeGroupMasterRole::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    for (pointer, group) in node_groups(request) {
        if group.cluster_role == Some(ClusterRole::Master) {
            out.push(node_group_master_role_diagnostic(
                pointer.child("clusterRole"),
            ));
        }
    }
}

fn node_group_master_role_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        NodeGroupMasterRole::META.code,
        pointer.clone(),
        Text::new(
            "Node groups hold worker nodes only, not `master`",
            "节点组只能承载 Worker 节点，不能为 `master`",
        ),
        Text::new(
            "Set `clusterRole` to `node` (or remove it); list masters in `masters`",
            "将 `clusterRole` 设为 `node`（或删除）；Master 请在 `masters` 中列出",
        ),
    )
    .fix(
        Text::new("Set clusterRole to `node`", "将 clusterRole 设为 `node`"),
        vec![PatchOperation::Replace {
            path: pointer,
            value: serde_json::Value::String("node".to_owned()),
        }],
    )
}
