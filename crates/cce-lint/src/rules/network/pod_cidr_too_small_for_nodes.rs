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
    /// In the route modes, reports an IPv4 `clusterPodCIDR` that cannot hold the nodes the
    /// request asks for. Each node takes a block of 2^ceil(log2(maxPodsPerNode)) addresses
    /// (`maxPodsPerNode` defaults to 128), so the CIDR holds
    /// maxNodes = 2^((32 − ceil(log2(maxPodsPerNode))) − podPrefix) nodes; the request asks for
    /// every node set's `count` (an existing instance counts once), every node group's
    /// `replicas`, and custom masters.
    ///
    /// The seed examples fit: a /16 holds 512 nodes with 128 pods per node, 1024 with 64 and 256
    /// with 256.
    ///
    /// ## Why is this bad?
    /// Nodes beyond maxNodes get no pod block: they join without a pod network, or CCE refuses
    /// to create them. The pod CIDR cannot be enlarged after creation.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}, "containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/24", "maxPodsPerNode": 128}}, "nodes": [{"count": 3, "instanceSpec": {}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}, "containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/20", "maxPodsPerNode": 128}}, "nodes": [{"count": 3, "instanceSpec": {}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API `check_container_network_cidr` example: 172.28.0.0/16 with maxPodsPerNode 256 → maxNodeNum 256
    /// - CCE API `recommend_container_cidr` example: 2 nodes × 32 pods → /26
    pub struct PodCidrTooSmallForNodes {
        code: "CCE418",
        name: "pod-cidr-too-small-for-nodes",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("Pod CIDR cannot hold the requested nodes at `maxPodsPerNode`", "按 `maxPodsPerNode` 计算，容器网段容纳不下请求的节点数"),
        docs_zh: "## 作用\n路由模式下，报告容纳不下请求节点数的 IPv4 `clusterPodCIDR`。每个节点占用 2^ceil(log2(maxPodsPerNode)) 个地址（`maxPodsPerNode` 默认 128），因此网段可容纳 maxNodes = 2^((32 − ceil(log2(maxPodsPerNode))) − 容器网段前缀) 个节点；请求的节点数为各节点集合的 `count`（已有实例计为 1）、各节点组的 `replicas` 以及自定义 Master 之和。\n\n种子示例都能放下：/16 在每节点 128 个 Pod 时可容纳 512 个节点，64 时 1024 个，256 时 256 个。\n\n## 为什么有问题\n超出 maxNodes 的节点分不到容器网段：加入集群后没有容器网络，或 CCE 拒绝创建。容器网段创建后无法扩大。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}, \"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/24\", \"maxPodsPerNode\": 128}}, \"nodes\": [{\"count\": 3, \"instanceSpec\": {}}]}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}, \"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/20\", \"maxPodsPerNode\": 128}}, \"nodes\": [{\"count\": 3, \"instanceSpec\": {}}]}\n```\n\n## 参考\n- CCE API `check_container_network_cidr` 示例：172.28.0.0/16、maxPodsPerNode 256 → maxNodeNum 256\n- CCE API `recommend_container_cidr` 示例：2 节点 × 32 Pod → /26\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PodCidrTooSmallForNodes::META,
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
    let max_pods = effective_max_pods_per_node(request);
    let Some(max_nodes) = max_nodes_v4(pod.network.prefix(), max_pods) else {
        // Not even one node fits: CCE416.
        return;
    };
    let nodes = total_nodes(request, ctx.instances());
    if u64::try_from(nodes).is_ok_and(|nodes| nodes > max_nodes) {
        out.push(pod_cidr_too_small_for_nodes_diagnostic(
            pod.pointer.clone(),
            pod.network,
            max_pods,
            max_nodes,
            nodes,
        ));
    }
}

/// The pod CIDR `pod` at `pointer` holds `max_nodes` nodes at `max_pods` each; `nodes` wanted.
fn pod_cidr_too_small_for_nodes_diagnostic(
    pointer: JsonPointer,
    pod: IpNetwork,
    max_pods: i64,
    max_nodes: u64,
    nodes: i64,
) -> Finding {
    Finding::new(
        PodCidrTooSmallForNodes::META.code,
        pointer,
        Text::new(
            format!(
                "Pod CIDR `{pod}` with maxPodsPerNode {max_pods} fits only {max_nodes} nodes, {nodes} requested"
            ),
            format!(
                "容器网段 `{pod}` 在 maxPodsPerNode 为 {max_pods} 时只能容纳 {max_nodes} 个节点，请求了 {nodes} 个"
            ),
        ),
        Text::new(
            "Use a larger pod CIDR (shorter prefix) or fewer pods per node; the pod CIDR cannot be enlarged later",
            "请使用更大的容器网段（更短的前缀）或减少每节点 Pod 数；容器网段创建后无法扩大",
        ),
    )
}
