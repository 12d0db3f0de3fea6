use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_max_pods_per_node, effective_mode, is_route_mode};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// In the route network modes (`kubenet`, the default, and `vpc-route-*`), reports a
    /// `deployCustomConfig.maxPods` larger than the cluster's
    /// `containerNetworkConfig.maxPodsPerNode` (128 when unset).
    ///
    /// ## Why is this bad?
    /// In route modes each node gets a slice of `clusterPodCIDR` sized by `maxPodsPerNode`
    /// (`2^ceil(log2(maxPodsPerNode))` addresses). kubelet then admits up to `maxPods` pods,
    /// but the pods beyond the CIDR's capacity get no IP address and stay in
    /// `ContainerCreating`. ENI modes give pods VPC addresses and are not checked.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "maxPodsPerNode": 64}}, "nodes": [{"instanceSpec": {"deployCustomConfig": {"maxPods": 110}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "maxPodsPerNode": 128}}, "nodes": [{"instanceSpec": {"deployCustomConfig": {"maxPods": 110}}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `ContainerNetworkConfig.maxPodsPerNode` ("每个 Node 上最大的 Pod 数, 限制 NodeCIDR 的分配")
    /// - CCE API, `check_container_network_cidr` example (node prefix = 32 − ceil(log2(maxPodsPerNode)))
    pub struct MaxPodsExceedsNodeCidr {
        code: "CCE610",
        name: "max-pods-exceeds-node-cidr",
        group: Kubelet,
        severity: Warning,
        fix: None,
        summary: ("kubelet `maxPods` exceeds the cluster's `maxPodsPerNode`", "kubelet `maxPods` 超过集群的 `maxPodsPerNode`"),
        docs_zh: r#"## 作用
在路由网络模式（默认的 `kubenet` 和 `vpc-route-*`）下，报告大于集群 `containerNetworkConfig.maxPodsPerNode`（未设置时为 128）的 `deployCustomConfig.maxPods`。

## 为什么有问题
路由模式下每个节点从 `clusterPodCIDR` 中分得一段，大小由 `maxPodsPerNode` 决定（`2^ceil(log2(maxPodsPerNode))` 个地址）。kubelet 会接纳最多 `maxPods` 个 Pod，但超出网段容量的 Pod 分不到 IP，一直处于 `ContainerCreating`。ENI 模式下 Pod 使用 VPC 地址，不做检查。

## 示例
```json
{"cluster": {"containerNetworkConfig": {"mode": "kubenet", "maxPodsPerNode": 64}}, "nodes": [{"instanceSpec": {"deployCustomConfig": {"maxPods": 110}}}]}
```

应改为：
```json
{"cluster": {"containerNetworkConfig": {"mode": "kubenet", "maxPodsPerNode": 128}}, "nodes": [{"instanceSpec": {"deployCustomConfig": {"maxPods": 110}}}]}
```

## 参考
- CCE API 创建集群 `ContainerNetworkConfig.maxPodsPerNode`（“每个 Node 上最大的 Pod 数, 限制 NodeCIDR 的分配”）
- CCE API `check_container_network_cidr` 示例（节点掩码 = 32 − ceil(log2(maxPodsPerNode))）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MaxPodsExceedsNodeCidr::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let mode = effective_mode(request);
    if !mode.is_known() || !is_route_mode(&mode) {
        return;
    }
    let per_node = effective_max_pods_per_node(request);
    for instance in ctx.instances() {
        let Some(max_pods) = instance.spec.deploy_custom_config.max_pods else {
            continue;
        };
        if i64::from(max_pods) > per_node {
            let pointer = instance.at(&["deployCustomConfig", "maxPods"]);
            out.push(max_pods_exceeds_node_cidr_diagnostic(
                pointer, max_pods, per_node,
            ));
        }
    }
}

/// kubelet `maxPods` at `pointer` exceeds `per_node`.
fn max_pods_exceeds_node_cidr_diagnostic(
    pointer: JsonPointer,
    max_pods: i32,
    per_node: i64,
) -> Finding {
    let addresses = u64::try_from(per_node).unwrap_or(1).next_power_of_two();
    Finding::new(
        MaxPodsExceedsNodeCidr::META.code,
        pointer,
        Text::new(
            format!(
                "kubelet maxPods {max_pods} exceeds the cluster's maxPodsPerNode {per_node}: each node's pod CIDR has {addresses} addresses"
            ),
            format!(
                "kubelet maxPods {max_pods} 超过集群的 maxPodsPerNode {per_node}：每个节点的 Pod 网段只有 {addresses} 个地址"
            ),
        ),
        Text::new(
            format!(
                "Lower `maxPods` to at most {per_node}, or raise `containerNetworkConfig.maxPodsPerNode`"
            ),
            format!(
                "请把 `maxPods` 降到不超过 {per_node}，或调大 `containerNetworkConfig.maxPodsPerNode`"
            ),
        ),
    )
}
