use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::cidr_plan::{other_cluster_pod_cidrs, overlaps};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a pod CIDR (`clusterPodCIDR` or `clusterPodCIDRIPv6`) that shares addresses with
    /// the container CIDR of another cluster in the same VPC, as listed in the `--context`
    /// file's `otherClusterPodCIDRs`. Pod CIDRs are not checked in the ENI modes.
    ///
    /// Note: rules.md lists this conflict only in the text of CCE411 (what the server's network
    /// check covers); it has its own code so that it can be reported whenever the context knows
    /// the other clusters.
    ///
    /// ## Why is this bad?
    /// In the route modes every node's pod block becomes a VPC route. Two clusters with
    /// overlapping pod CIDRs in one VPC produce conflicting routes: pods of one cluster become
    /// unreachable. CCE's network check rejects the plan (conflict type
    /// `ContainerCIDRAndExistedClusterContainerCIDR`) unless `skipNetworkCheck` is set.
    ///
    /// ## Example
    /// With the context `{"otherClusterPodCIDRs": ["172.28.0.0/16"]}`:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.29.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `NetworkConflictType` `ContainerCIDRAndExistedClusterContainerCIDR`
    /// - CCE API, 创建集群, `options`: "用户可以设置强制跳过网段冲突检查"
    pub struct PodCidrOverlapsOtherCluster {
        code: "CCE436",
        name: "pod-cidr-overlaps-other-cluster",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("Pod CIDR overlaps another cluster's container CIDR in the VPC", "容器网段与同 VPC 其他集群的容器网段重叠"),
        docs_zh: "## 作用\n报告与同一 VPC 中其他集群容器网段（`--context` 文件的 `otherClusterPodCIDRs`）有公共地址的容器网段（`clusterPodCIDR` 或 `clusterPodCIDRIPv6`）。ENI 模式下不检查容器网段。\n\n注：rules.md 只在 CCE411 的说明中提到这种冲突（服务端网络检查的内容）；这里给它单独的编号，以便在上下文提供其他集群信息时直接报告。\n\n## 为什么有问题\n路由模式下每个节点的容器网段都会成为一条 VPC 路由。同一 VPC 中两个集群的容器网段重叠会产生冲突的路由，一个集群的 Pod 将无法访问。CCE 的网络检查会拒绝该规划（冲突类型 `ContainerCIDRAndExistedClusterContainerCIDR`），除非设置了 `skipNetworkCheck`。\n\n## 示例\n上下文为 `{\"otherClusterPodCIDRs\": [\"172.28.0.0/16\"]}` 时：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.29.0.0/16\"}}}\n```\n\n## 参考\n- 官方 SDK `NetworkConflictType` `ContainerCIDRAndExistedClusterContainerCIDR`\n- CCE API 创建集群 `options`：“用户可以设置强制跳过网段冲突检查”\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PodCidrOverlapsOtherCluster::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let others = other_cluster_pod_cidrs(ctx.network);
    if others.is_empty() {
        return;
    }
    let plan = ctx.cidr_plan();
    for pod in plan.pods() {
        if let Some(other) = others.iter().find(|other| overlaps(pod.network, **other)) {
            out.push(pod_cidr_overlaps_other_cluster_diagnostic(
                pod.pointer.clone(),
                pod.network,
                *other,
            ));
        }
    }
}

/// The pod CIDR `pod` at `pointer` overlaps another cluster's container CIDR `other`.
fn pod_cidr_overlaps_other_cluster_diagnostic(
    pointer: JsonPointer,
    pod: IpNetwork,
    other: IpNetwork,
) -> Finding {
    Finding::new(
        PodCidrOverlapsOtherCluster::META.code,
        pointer,
        Text::new(
            format!(
                "Pod CIDR `{pod}` overlaps `{other}`, the container CIDR of another cluster in the VPC"
            ),
            format!("容器网段 `{pod}` 与同 VPC 另一集群的容器网段 `{other}` 重叠"),
        ),
        Text::new(
            "Choose a pod CIDR that no other cluster in the VPC uses",
            "请选择同 VPC 中其他集群未使用的容器网段",
        ),
    )
}
