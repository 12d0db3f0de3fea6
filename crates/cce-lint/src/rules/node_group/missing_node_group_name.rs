use super::node_groups;
use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a node group without `instanceGroupName`.
    ///
    /// ## Why is this bad?
    /// The API reference says the node group name must not be empty ("节点组名称，不可为空"); the
    /// SDK always sends the key, so an SDK caller who forgot it sends `""`.
    ///
    /// ## Example
    /// ```json
    /// {"nodeGroups": [{"replicas": 2, "instanceTemplate": {"machineType": "BCC"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "replicas": 2, "instanceTemplate": {"machineType": "BCC"}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API reference, 创建节点组: `instanceGroupName` 节点组名称，不可为空
    pub struct MissingNodeGroupName {
        code: "CCE801",
        name: "missing-node-group-name",
        group: NodeGroup,
        severity: Error,
        fix: None,
        summary: ("A node group has no name", "节点组缺少名称"),
        docs_zh: "## 作用\n报告没有 `instanceGroupName` 的节点组。\n\n## 为什么有问题\nAPI 参考规定节点组名称不可为空；SDK 总会发送该键，忘记设置时发送的是 `\"\"`。\n\n## 示例\n```json\n{\"nodeGroups\": [{\"replicas\": 2, \"instanceTemplate\": {\"machineType\": \"BCC\"}}]}\n```\n\n应改为：\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"replicas\": 2, \"instanceTemplate\": {\"machineType\": \"BCC\"}}]}\n```\n\n## 参考\n- CCE API 参考，创建节点组：`instanceGroupName` 节点组名称，不可为空\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingNodeGroupName::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    for (pointer, group) in node_groups(request) {
        if group.instance_group_name.trim().is_empty() {
            out.push(missing_node_group_name_diagnostic(
                pointer.child("instanceGroupName"),
            ));
        }
    }
}

fn missing_node_group_name_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        MissingNodeGroupName::META.code,
        pointer,
        Text::new(
            "The node group has no `instanceGroupName`",
            "节点组缺少 `instanceGroupName`",
        ),
        Text::new(
            "Name the node group, e.g. `\"instanceGroupName\": \"workers\"`",
            "为节点组命名，例如 `\"instanceGroupName\": \"workers\"`",
        ),
    )
}
