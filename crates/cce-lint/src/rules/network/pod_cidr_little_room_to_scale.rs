use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{
    effective_max_pods_per_node, effective_mode, is_route_mode, total_nodes,
};
use crate::rules::network::cidr_plan::max_nodes_v4;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// In the route modes, notes that the IPv4 `clusterPodCIDR` holds the requested nodes but
    /// fewer than twice as many: maxNodes < 2 × requested nodes, with maxNodes computed as in
    /// CCE418. When even the requested nodes do not fit, CCE418 reports the error instead.
    ///
    /// ## Why is this bad?
    /// The pod CIDR cannot be enlarged after creation, so it caps how far the cluster can
    /// scale. Doubling a cluster is a common need (node replacement, autoscaling peaks).
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}, "containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/24", "maxPodsPerNode": 128}}, "nodes": [{"count": 2, "instanceSpec": {}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}, "containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16", "maxPodsPerNode": 128}}, "nodes": [{"count": 2, "instanceSpec": {}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API `check_container_network_cidr` example (maxNodeNum of a pod CIDR)
    pub struct PodCidrLittleRoomToScale {
        code: "CCE419",
        name: "pod-cidr-little-room-to-scale",
        group: Network,
        severity: Info,
        fix: None,
        summary: ("Pod CIDR leaves little room to add nodes", "容器网段几乎没有扩容余量"),
        docs_zh: "## 作用\n路由模式下，提示 IPv4 `clusterPodCIDR` 能容纳请求的节点、但不到其两倍：maxNodes < 2 × 请求节点数（maxNodes 的计算同 CCE418）。连请求的节点都放不下时由 CCE418 报告错误。\n\n## 为什么有问题\n容器网段创建后无法扩大，它决定了集群的扩容上限。集群规模翻倍（替换节点、自动伸缩高峰）是常见需求。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}, \"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/24\", \"maxPodsPerNode\": 128}}, \"nodes\": [{\"count\": 2, \"instanceSpec\": {}}]}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}, \"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\", \"maxPodsPerNode\": 128}}, \"nodes\": [{\"count\": 2, \"instanceSpec\": {}}]}\n```\n\n## 参考\n- CCE API `check_container_network_cidr` 示例（容器网段的 maxNodeNum）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PodCidrLittleRoomToScale::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if !is_route_mode(&effective_mode(request)) {
        return;
    }
    let Some(pod) = &ctx.cidr_plan().pod_v4 else {
        return;
    };
    let Some(max_nodes) = max_nodes_v4(pod.network.prefix(), effective_max_pods_per_node(request))
    else {
        return;
    };
    let Ok(nodes) = u64::try_from(total_nodes(request, ctx.instances())) else {
        return;
    };
    if nodes <= max_nodes && max_nodes < nodes.saturating_mul(2) {
        out.push(pod_cidr_little_room_to_scale_diagnostic(
            pod.pointer.clone(),
            pod.network,
            max_nodes,
            nodes,
        ));
    }
}

/// The pod CIDR `pod` at `pointer` holds `max_nodes` nodes; `nodes` are requested.
fn pod_cidr_little_room_to_scale_diagnostic(
    pointer: JsonPointer,
    pod: IpNetwork,
    max_nodes: u64,
    nodes: u64,
) -> Finding {
    Finding::new(
        PodCidrLittleRoomToScale::META.code,
        pointer,
        Text::new(
            format!(
                "Pod CIDR `{pod}` leaves room for only {max_nodes} nodes in total ({nodes} requested now)"
            ),
            format!("容器网段 `{pod}` 总共只能容纳 {max_nodes} 个节点（当前请求 {nodes} 个）"),
        ),
        Text::new(
            "If the cluster may grow, choose a larger pod CIDR now: it cannot be enlarged later",
            "如果集群可能扩容，请现在就选择更大的容器网段：创建后无法扩大",
        ),
    )
}
