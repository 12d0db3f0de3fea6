use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `clusterRole` other than `master` or `node`, on an instance spec (`masters`,
    /// `nodes`, node-group templates) or on a node group. Values are case-sensitive; a value
    /// differing only in case gets a fix. The structural pass finds these values and reports
    /// them under this code.
    ///
    /// ## Why is this bad?
    /// The SDK's `ClusterRole` has exactly two values, `master` and `node`, and the Terraform
    /// provider validates the same list. Another value is not a role CCE can deploy.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"clusterRole": "worker"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"clusterRole": "node"}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types` `ClusterRole` constants (`ClusterRoleMaster`, `ClusterRoleNode`)
    /// - Terraform provider `baiducloud/service_baiducloud_ccev2.go`, instance spec `cluster_role` (`StringInSlice(ClusterRolePermitted)`)
    pub struct InvalidClusterRole {
        code: "CCE111",
        name: "invalid-cluster-role",
        group: Masters,
        severity: Error,
        fix: Sometimes,
        summary: ("`clusterRole` is neither `master` nor `node`", "`clusterRole` 既不是 `master` 也不是 `node`"),
        docs_zh: "## 作用\n报告实例配置（`masters`、`nodes`、节点组模板）或节点组上 `master`、`node` 以外的 `clusterRole`。取值区分大小写；仅大小写不同的取值会附带修复。这些取值由结构检查发现并以本编码报告。\n\n## 为什么有问题\nSDK 的 `ClusterRole` 只有 `master` 和 `node` 两个取值，Terraform provider 也按此校验。其他取值不是 CCE 能部署的角色。\n\n## 示例\n```json\n{\"nodes\": [{\"count\": 1, \"instanceSpec\": {\"clusterRole\": \"worker\"}}]}\n```\n\n应改为：\n```json\n{\"nodes\": [{\"count\": 1, \"instanceSpec\": {\"clusterRole\": \"node\"}}]}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types` `ClusterRole` 常量（`ClusterRoleMaster`、`ClusterRoleNode`）\n- Terraform provider `baiducloud/service_baiducloud_ccev2.go` 中实例配置的 `cluster_role`（`StringInSlice(ClusterRolePermitted)`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidClusterRole::META,
    check: None,
};
