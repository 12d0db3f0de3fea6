use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_mode, is_route_mode};
use crate::rules::network::cidr_plan::{node_host_bits, node_prefix_v4};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// In the route modes, reports a `maxPodsPerNode` that is not a power of two.
    ///
    /// Note: rules.md does not restrict this to the route modes; the ENI modes have no per-node
    /// pod CIDR, so nothing is rounded there and the rule stays silent.
    ///
    /// ## Why is this bad?
    /// Each node gets a pod block of `clusterPodCIDR` whose size is `maxPodsPerNode` rounded up
    /// to the next power of two (node prefix = 32 − ceil(log2(maxPodsPerNode))). With 100 pods
    /// per node every node still takes a /25 (128 addresses): 28 addresses per node are lost
    /// and the limit you set is not the block you pay for.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16", "maxPodsPerNode": 100}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16", "maxPodsPerNode": 128}}}
    /// ```
    ///
    /// ## References
    /// - CCE API `check_container_network_cidr` / `recommend_container_cidr` examples (/16 with 256 → 256 nodes; 2 nodes × 32 pods → /26)
    pub struct MaxPodsPerNodeNotPowerOfTwo {
        code: "CCE417",
        name: "max-pods-per-node-not-power-of-two",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("`maxPodsPerNode` is not a power of two and wastes pod addresses", "`maxPodsPerNode` 不是 2 的幂，浪费容器地址"),
        docs_zh: "## 作用\n路由模式下，报告不是 2 的幂的 `maxPodsPerNode`。\n\n注：rules.md 没有限定路由模式；ENI 模式没有节点容器网段，不存在取整，因此不报告。\n\n## 为什么有问题\n每个节点从 `clusterPodCIDR` 分到的网段块大小是 `maxPodsPerNode` 向上取整到 2 的幂（节点前缀 = 32 − ceil(log2(maxPodsPerNode))）。每节点 100 个 Pod 时每个节点仍占用 /25（128 个地址）：每个节点浪费 28 个地址，设置的上限也不是实际占用的网段。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\", \"maxPodsPerNode\": 100}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\", \"maxPodsPerNode\": 128}}}\n```\n\n## 参考\n- CCE API `check_container_network_cidr` / `recommend_container_cidr` 示例（/16 配 256 → 256 个节点；2 节点 × 32 Pod → /26）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MaxPodsPerNodeNotPowerOfTwo::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let max_pods = request.cluster.container_network_config.max_pods_per_node;
    if max_pods <= 0 || !is_route_mode(&effective_mode(request)) {
        return;
    }
    let (Some(bits), Some(prefix)) = (node_host_bits(max_pods), node_prefix_v4(max_pods)) else {
        return;
    };
    let block = 1u64 << bits;
    if u64::try_from(max_pods).is_ok_and(|pods| pods != block) {
        out.push(max_pods_per_node_not_power_of_two_diagnostic(
            max_pods, prefix, block,
        ));
    }
}

/// `max_pods` is rounded up to a /`prefix` block of `block` addresses.
fn max_pods_per_node_not_power_of_two_diagnostic(max_pods: i64, prefix: u8, block: u64) -> Finding {
    let lower = block / 2;
    Finding::new(
        MaxPodsPerNodeNotPowerOfTwo::META.code,
        JsonPointer::from_segments(["cluster", "containerNetworkConfig", "maxPodsPerNode"]),
        Text::new(
            format!(
                "maxPodsPerNode {max_pods} wastes addresses: each node gets a /{prefix} ({block} addresses)"
            ),
            format!("maxPodsPerNode {max_pods} 浪费地址：每个节点占用 /{prefix}（{block} 个地址）"),
        ),
        Text::new(
            format!("Use a power of two: {block} uses the whole block, {lower} halves it"),
            format!("请使用 2 的幂：{block} 用满整块，{lower} 则减半"),
        ),
    )
}
