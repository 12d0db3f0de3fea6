use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::MachineType;
use crate::model::CreateClusterRequest;
use crate::pointer::JsonPointer;
use crate::rules::facts::{InstanceRef, Placement};
use crate::rules::instance::spec_facts::{is_new_with_spec, non_empty};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a new instance (`existed` not true) with no security-group configuration at all:
    /// no `vpcConfig.securityGroupID`, no `vpcConfig.securityGroups`, no
    /// `vpcConfig.securityGroup.customSecurityGroups`, both
    /// `securityGroup.enableCCERequiredSecurityGroup` and `enableCCEOptionalSecurityGroup`
    /// false, and nothing that supplies defaults either: no `cluster.masterDefaultSecurityGroups`
    /// (for masters) or `cluster.nodeDefaultSecurityGroups` (for nodes and node groups), no
    /// node-group `securityGroups`, and no `options.createSecurityGroups`. An all-false
    /// `securityGroup` object is the SDK's zero value and counts as nothing.
    ///
    /// Not reported: existing machines (they keep the security groups they already have) and
    /// `BBC` machines (non-smart-NIC BBC servers must not be given a security group ID).
    ///
    /// ## Why is this bad?
    /// Nodes need the CCE-required security group rules (API server, kubelet, pod and service
    /// traffic). A node that gets no security group from any source may be cut off from the
    /// cluster, and the failure only shows after the machine is bought.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "securityGroup": {"enableCCERequiredSecurityGroup": false, "enableCCEOptionalSecurityGroup": false}}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "securityGroup": {"enableCCERequiredSecurityGroup": true, "enableCCEOptionalSecurityGroup": true}}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `types.SecurityGroup` (`EnableCCERequiredSecurityGroup` "是否附加 CCE 必须安全组"), `types.VPCConfig` (`SecurityGroupID`, `SecurityGroups`), `ClusterSpec.NodeDefaultSecurityGroups`
    /// - CCE API, 创建集群, 请求示例 (each node sets `securityGroup` or `securityGroupID`)
    pub struct MissingSecurityGroup {
        code: "CCE518",
        name: "missing-security-group",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("A new instance gets no security group from any setting", "新建实例没有任何安全组配置"),
        docs_zh: r#"## 作用
报告完全没有安全组配置的新建实例（`existed` 不为 true）：没有 `vpcConfig.securityGroupID`、没有 `vpcConfig.securityGroups`、没有 `vpcConfig.securityGroup.customSecurityGroups`，`securityGroup.enableCCERequiredSecurityGroup` 和 `enableCCEOptionalSecurityGroup` 都为 false，也没有提供默认值的设置：没有 `cluster.masterDefaultSecurityGroups`（Master）或 `cluster.nodeDefaultSecurityGroups`（节点和节点组），没有节点组的 `securityGroups`，也没有 `options.createSecurityGroups`。全为 false 的 `securityGroup` 对象是 SDK 的零值，视为未设置。

不报告：已有机器（保留已绑定的安全组）和 `BBC` 机器（非智能卡 BBC 不能传安全组 ID）。

## 为什么有问题
节点需要 CCE 必须安全组规则（API Server、kubelet、Pod 和 Service 流量）。没有从任何来源获得安全组的节点可能与集群断开，而且要到机器购买后才暴露问题。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "securityGroup": {"enableCCERequiredSecurityGroup": false, "enableCCEOptionalSecurityGroup": false}}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "securityGroup": {"enableCCERequiredSecurityGroup": true, "enableCCEOptionalSecurityGroup": true}}}}]}
```

## 参考
- bce-sdk-go `types.SecurityGroup`（`EnableCCERequiredSecurityGroup`“是否附加 CCE 必须安全组”）、`types.VPCConfig`（`SecurityGroupID`、`SecurityGroups`）、`ClusterSpec.NodeDefaultSecurityGroups`
- CCE API 创建集群，请求示例（每个节点都设置了 `securityGroup` 或 `securityGroupID`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingSecurityGroup::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if request.options.create_security_groups.is_some() {
        return;
    }
    for instance in ctx.instances() {
        if is_new_with_spec(instance)
            && !matches!(instance.spec.machine_type, Some(MachineType::Bbc))
            && !has_own_security_group(instance)
            && !has_default_security_group(request, instance)
        {
            out.push(missing_security_group_diagnostic(
                instance.at(&["vpcConfig", "securityGroup"]),
            ));
        }
    }
}

/// Whether the spec itself names or enables a security group.
fn has_own_security_group(instance: &InstanceRef<'_>) -> bool {
    let vpc = &instance.spec.vpc_config;
    let group = &vpc.security_group;
    !vpc.security_group_id.trim().is_empty()
        || non_empty(vpc.security_groups.as_ref())
        || non_empty(group.custom_security_groups.as_ref())
        || group.enable_cce_required_security_group
        || group.enable_cce_optional_security_group
}

/// Whether the cluster or the node group gives the instance default security groups.
fn has_default_security_group(request: &CreateClusterRequest, instance: &InstanceRef<'_>) -> bool {
    let cluster = &request.cluster;
    match instance.placement {
        Placement::Master => non_empty(cluster.master_default_security_groups.as_ref()),
        Placement::Node => non_empty(cluster.node_default_security_groups.as_ref()),
        Placement::NodeGroup => {
            let group = request
                .node_groups
                .as_ref()
                .and_then(|groups| groups.get(instance.owner_index));
            non_empty(cluster.node_default_security_groups.as_ref())
                || group.is_some_and(|group| non_empty(group.security_groups.as_ref()))
        }
    }
}

/// The new instance has no security group; `pointer` is where `securityGroup` belongs.
fn missing_security_group_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        MissingSecurityGroup::META.code,
        pointer,
        Text::new(
            "Node gets no security group (no securityGroupID, securityGroups, customSecurityGroups or CCE security group, and no cluster default): cluster traffic may be blocked",
            "节点没有任何安全组（未设置 securityGroupID、securityGroups、customSecurityGroups 或 CCE 安全组，也没有集群默认安全组）：集群流量可能被阻断",
        ),
        Text::new(
            "Set `vpcConfig.securityGroup.enableCCERequiredSecurityGroup: true`, or name security groups in `vpcConfig.securityGroups`",
            "设置 `vpcConfig.securityGroup.enableCCERequiredSecurityGroup: true`，或在 `vpcConfig.securityGroups` 中指定安全组",
        ),
    )
}
