use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::model::common::ClusterRole;
use crate::pointer::JsonPointer;
use crate::rules::facts::Placement;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an `instanceSpec.clusterRole` that contradicts where the instance is listed:
    /// `node` in `masters`, or `master` in `nodes` or in a node group's `instanceTemplate(s)`.
    /// An unset `clusterRole` is fine (the documentation's custom-master examples omit it: the
    /// role follows from the list). The fix sets the role that matches the list.
    ///
    /// ## Why is this bad?
    /// CCE decides the role of a machine from the list it is in; a contradicting
    /// `clusterRole` means either the machine is in the wrong list (a worker would be deployed
    /// as a master, or the other way round) or the field is a copy-paste leftover. Node groups
    /// hold worker nodes only ("目前仅支持Node类型节点组").
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom"}}, "masters": [{"count": 1, "instanceSpec": {"clusterRole": "node"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom"}}, "masters": [{"count": 1, "instanceSpec": {"clusterRole": "master"}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types` `ClusterRole` (`master`, `node`) and `InstanceSpec.ClusterRole`
    /// - CCE API, 创建节点组, `clusterRole` ("目前仅支持Node类型节点组, 默认值为node")
    /// - Terraform provider example `examples/baiducloud-ccev2/main.tf` (`cluster_role = "master"` in `master_specs`)
    pub struct ClusterRoleContradictsPlacement {
        code: "CCE110",
        name: "cluster-role-contradicts-placement",
        group: Masters,
        severity: Error,
        fix: Always,
        summary: ("`clusterRole` contradicts the list the instance is in", "`clusterRole` 与实例所在列表矛盾"),
        docs_zh: "## 作用\n报告与实例所在位置矛盾的 `instanceSpec.clusterRole`：`masters` 中为 `node`，或 `nodes`、节点组 `instanceTemplate(s)` 中为 `master`。未设置 `clusterRole` 没有问题（文档的自定义 Master 示例都未设置：角色由所在列表决定）。修复会改为与列表一致的角色。\n\n## 为什么有问题\nCCE 根据机器所在列表决定其角色；矛盾的 `clusterRole` 说明要么机器放错了列表（Worker 会被部署成 Master，或反之），要么是复制粘贴遗留的字段。节点组只能包含 Worker 节点（“目前仅支持Node类型节点组”）。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"custom\"}}, \"masters\": [{\"count\": 1, \"instanceSpec\": {\"clusterRole\": \"node\"}}]}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"custom\"}}, \"masters\": [{\"count\": 1, \"instanceSpec\": {\"clusterRole\": \"master\"}}]}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types` `ClusterRole`（`master`、`node`）及 `InstanceSpec.ClusterRole`\n- CCE API 创建节点组 `clusterRole`（“目前仅支持Node类型节点组, 默认值为node”）\n- Terraform provider 示例 `examples/baiducloud-ccev2/main.tf`（`master_specs` 中 `cluster_role = \"master\"`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ClusterRoleContradictsPlacement::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let expected = match instance.placement {
            Placement::Master => ClusterRole::Master,
            Placement::Node | Placement::NodeGroup => ClusterRole::Node,
        };
        let Some(role) = instance.spec.cluster_role.as_ref() else {
            continue;
        };
        // Unknown roles are CCE111's.
        if role.is_known() && *role != expected {
            out.push(cluster_role_contradicts_placement_diagnostic(
                instance.at(&["clusterRole"]),
                role.as_str(),
                expected.as_str(),
                instance.placement,
            ));
        }
    }
}

/// `role` at `pointer` contradicts `placement`, whose role is `expected`.
fn cluster_role_contradicts_placement_diagnostic(
    pointer: JsonPointer,
    role: &str,
    expected: &str,
    placement: Placement,
) -> Finding {
    let (list_en, list_zh) = match placement {
        Placement::Master => ("`masters`", "`masters`"),
        Placement::Node => ("`nodes`", "`nodes`"),
        Placement::NodeGroup => (
            "a node group (worker nodes only)",
            "节点组（只能是 Worker 节点）",
        ),
    };
    Finding::new(
        ClusterRoleContradictsPlacement::META.code,
        pointer.clone(),
        Text::new(
            format!("`clusterRole` `{role}` contradicts its position in {list_en}"),
            format!("`clusterRole` `{role}` 与其所在的 {list_zh} 矛盾"),
        ),
        Text::new(
            format!("Set `clusterRole` to `{expected}` (or remove it), or move the instance to the list of its role"),
            format!("将 `clusterRole` 改为 `{expected}`（或删除该字段），或把实例移到其角色对应的列表"),
        ),
    )
    .fix(
        Text::new(
            format!("Set `clusterRole` to `{expected}`"),
            format!("将 `clusterRole` 改为 `{expected}`"),
        ),
        vec![PatchOperation::Replace {
            path: pointer,
            value: serde_json::Value::String(expected.to_owned()),
        }],
    )
}
