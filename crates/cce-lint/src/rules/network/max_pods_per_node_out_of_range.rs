use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_max_pods_per_node, effective_mode, is_route_mode};
use crate::rules::network::cidr_plan::max_nodes_v4;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a negative `maxPodsPerNode`, and, in the route modes, a `maxPodsPerNode`
    /// (default 128) for which one node's pod block is larger than the whole IPv4
    /// `clusterPodCIDR`: `maxPodsPerNode > 2^(32 − podPrefix)`.
    ///
    /// ## Why is this bad?
    /// In the route modes each node gets a block of `clusterPodCIDR` with room for
    /// `maxPodsPerNode` addresses ("限制 NodeCIDR 的分配"; `check_container_network_cidr` with
    /// a /16 and 256 pods per node gives 256 nodes). When not even one block fits, no node can
    /// get a pod network. A negative value is meaningless.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/24", "maxPodsPerNode": 512}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16", "maxPodsPerNode": 128}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `types.ContainerNetworkConfig.MaxPodsPerNode`: "If not set, MaxPodsPerNode = 128", "限制 NodeCIDR 的分配"
    /// - CCE API `check_container_network_cidr` example (172.28.0.0/16, maxPodsPerNode 256 → maxNodeNum 256)
    pub struct MaxPodsPerNodeOutOfRange {
        code: "CCE416",
        name: "max-pods-per-node-out-of-range",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("`maxPodsPerNode` is negative or larger than the pod CIDR", "`maxPodsPerNode` 为负数或大于容器网段"),
        docs_zh: "## 作用\n报告为负数的 `maxPodsPerNode`；在路由模式下，还报告单个节点的容器网段块大于整个 IPv4 `clusterPodCIDR` 的 `maxPodsPerNode`（默认 128）：`maxPodsPerNode > 2^(32 − 容器网段前缀)`。\n\n## 为什么有问题\n路由模式下每个节点从 `clusterPodCIDR` 中分到一块可容纳 `maxPodsPerNode` 个地址的网段（“限制 NodeCIDR 的分配”；`check_container_network_cidr` 对 /16 和每节点 256 个 Pod 返回 256 个节点）。连一块都放不下时，没有节点能获得容器网络。负数没有意义。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/24\", \"maxPodsPerNode\": 512}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\", \"maxPodsPerNode\": 128}}}\n```\n\n## 参考\n- 官方 SDK `types.ContainerNetworkConfig.MaxPodsPerNode`：“If not set, MaxPodsPerNode = 128”“限制 NodeCIDR 的分配”\n- CCE API `check_container_network_cidr` 示例（172.28.0.0/16，maxPodsPerNode 256 → maxNodeNum 256）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MaxPodsPerNodeOutOfRange::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let written = request.cluster.container_network_config.max_pods_per_node;
    let at = JsonPointer::from_segments(["cluster", "containerNetworkConfig"]);
    if written < 0 {
        out.push(max_pods_per_node_out_of_range_diagnostic(
            at.child("maxPodsPerNode"),
            written,
            None,
        ));
        return;
    }
    if !is_route_mode(&effective_mode(request)) {
        return;
    }
    let Some(pod) = &ctx.cidr_plan().pod_v4 else {
        return;
    };
    let max_pods = effective_max_pods_per_node(request);
    if max_nodes_v4(pod.network.prefix(), max_pods).is_none() {
        let pointer = if written > 0 {
            at.child("maxPodsPerNode")
        } else {
            pod.pointer.clone()
        };
        out.push(max_pods_per_node_out_of_range_diagnostic(
            pointer,
            max_pods,
            Some(pod.network),
        ));
    }
}

/// `max_pods` is negative (`pod` is `None`) or does not fit once in the pod CIDR `pod`.
fn max_pods_per_node_out_of_range_diagnostic(
    pointer: JsonPointer,
    max_pods: i64,
    pod: Option<IpNetwork>,
) -> Finding {
    let (message, help) = match pod {
        None => (
            Text::new(
                format!("maxPodsPerNode {max_pods} is negative"),
                format!("maxPodsPerNode {max_pods} 为负数"),
            ),
            Text::new(
                "Set a positive number of pods per node (a power of two such as 64 or 128), or remove it for the default 128",
                "请设置正数（如 64、128 等 2 的幂），或删除以使用默认值 128",
            ),
        ),
        Some(pod) => (
            Text::new(
                format!(
                    "maxPodsPerNode {max_pods} does not fit in pod CIDR `{pod}`: one node's block would be larger than the whole CIDR"
                ),
                format!(
                    "maxPodsPerNode {max_pods} 放不进容器网段 `{pod}`：单个节点的网段块就比整个网段大"
                ),
            ),
            Text::new(
                "Use a larger pod CIDR (e.g. a /16) or fewer pods per node",
                "请使用更大的容器网段（例如 /16）或减少每节点 Pod 数",
            ),
        ),
    };
    Finding::new(MaxPodsPerNodeOutOfRange::META.code, pointer, message, help)
}
