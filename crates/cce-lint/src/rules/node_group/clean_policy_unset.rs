use super::node_groups;
use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a node group without `cleanPolicy`.
    ///
    /// ## Why is this bad?
    /// The clean policy decides whether the machines are deleted or kept when the group is
    /// removed, and the sources disagree on the default: the API reference says `Delete`, the
    /// vendor SDK's constant `DefaultCleanPolicy` says `Remain`. Say which one you want.
    ///
    /// ## Example
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "replicas": 1, "instanceTemplate": {"machineType": "BCC"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "cleanPolicy": "Delete", "replicas": 1, "instanceTemplate": {"machineType": "BCC"}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API reference, 创建节点组: `cleanPolicy` 默认值 Delete
    /// - Vendor SDK `services/cce/v2`: `DefaultCleanPolicy = Remain`
    pub struct CleanPolicyUnset {
        code: "CCE806",
        name: "clean-policy-unset",
        group: NodeGroup,
        severity: Info,
        fix: None,
        summary: ("A node group leaves its clean policy to a disputed default", "节点组未设置清理策略，默认值存在分歧"),
        docs_zh: "## 作用\n报告没有设置 `cleanPolicy` 的节点组。\n\n## 为什么有问题\n清理策略决定删除节点组时机器是删除还是保留，而资料对默认值说法不一：API 参考为 `Delete`，官方 SDK 常量 `DefaultCleanPolicy` 为 `Remain`。请明确指定。\n\n## 示例\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"replicas\": 1, \"instanceTemplate\": {\"machineType\": \"BCC\"}}]}\n```\n\n应改为：\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"cleanPolicy\": \"Delete\", \"replicas\": 1, \"instanceTemplate\": {\"machineType\": \"BCC\"}}]}\n```\n\n## 参考\n- CCE API 参考，创建节点组：`cleanPolicy` 默认值 Delete\n- 官方 SDK：`DefaultCleanPolicy = Remain`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CleanPolicyUnset::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    for (pointer, group) in node_groups(request) {
        if group.clean_policy.is_none() {
            out.push(clean_policy_unset_diagnostic(pointer.child("cleanPolicy")));
        }
    }
}

fn clean_policy_unset_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        CleanPolicyUnset::META.code,
        pointer,
        Text::new(
            "No `cleanPolicy`: the API reference says the default is Delete, the SDK says Remain",
            "未设置 `cleanPolicy`：API 参考称默认为 Delete，SDK 称默认为 Remain",
        ),
        Text::new(
            "Set `cleanPolicy` to `Delete` or `Remain` explicitly",
            "请明确将 `cleanPolicy` 设为 `Delete` 或 `Remain`",
        ),
    )
}
