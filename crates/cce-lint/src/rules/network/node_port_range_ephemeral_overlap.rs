use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::network_facts::{
    effective_node_port_range, node_port_range_pointer, port_interval,
};
use crate::rules::Rule;

/// Linux's default `net.ipv4.ip_local_port_range`.
const EPHEMERAL_PORTS: (i64, i64) = (32768, 60999);

declare_rule! {
    /// ## What it does
    /// Notes a NodePort range (defaults filled in) that overlaps the Linux ephemeral port range
    /// 32768–60999 (`net.ipv4.ip_local_port_range`). Informational: the seed's own examples use
    /// 50000–51000 and 30000–32768, and CCE accepts them.
    ///
    /// ## Why is this bad?
    /// The kernel picks source ports of outgoing connections from the ephemeral range. When a
    /// NodePort lies in it, an outgoing connection on a node can hold the port that a Service
    /// needs, and the NodePort then intermittently fails on that node. The Kubernetes default
    /// range 30000–32767 stays just below the ephemeral range for this reason.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"nodePortRangeMin": 50000, "nodePortRangeMax": 51000}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"nodePortRangeMin": 30000, "nodePortRangeMax": 32767}}}
    /// ```
    ///
    /// ## References
    /// - Kubernetes: kube-apiserver `--service-node-port-range` (default 30000-32767)
    /// - Linux: `net.ipv4.ip_local_port_range` (default 32768 60999), `net.ipv4.ip_local_reserved_ports`
    /// - CCE API, 创建集群, 请求示例: 自定义 Master 集群 (50000–51000), 已有实例 (30000–32768)
    pub struct NodePortRangeEphemeralOverlap {
        code: "CCE431",
        name: "node-port-range-ephemeral-overlap",
        group: Network,
        severity: Info,
        fix: None,
        summary: ("NodePort range overlaps the Linux ephemeral port range", "NodePort 端口范围与 Linux 临时端口范围重叠"),
        docs_zh: "## 作用\n提示（填入默认值后的）NodePort 端口范围与 Linux 临时端口范围 32768–60999（`net.ipv4.ip_local_port_range`）重叠。仅作提示：官方示例自身就使用 50000–51000 和 30000–32768，CCE 也接受。\n\n## 为什么有问题\n内核从临时端口范围中为出站连接选择源端口。NodePort 落在其中时，节点上的出站连接可能占用 Service 需要的端口，该节点上的 NodePort 就会间歇性失败。Kubernetes 默认范围 30000–32767 正是为此位于临时端口范围之下。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"nodePortRangeMin\": 50000, \"nodePortRangeMax\": 51000}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"nodePortRangeMin\": 30000, \"nodePortRangeMax\": 32767}}}\n```\n\n## 参考\n- Kubernetes：kube-apiserver `--service-node-port-range`（默认 30000-32767）\n- Linux：`net.ipv4.ip_local_port_range`（默认 32768 60999）、`net.ipv4.ip_local_reserved_ports`\n- CCE API 创建集群请求示例：自定义 Master 集群（50000–51000）、已有实例（30000–32768）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NodePortRangeEphemeralOverlap::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let config = &request.cluster.container_network_config;
    let Some((min, max)) = effective_node_port_range(config) else {
        return;
    };
    let (low, high) = (min.max(EPHEMERAL_PORTS.0), max.min(EPHEMERAL_PORTS.1));
    if low <= high {
        let pointer = node_port_range_pointer(config, true);
        out.push(node_port_range_ephemeral_overlap_diagnostic(
            pointer,
            min,
            max,
            &port_interval(low, high),
        ));
    }
}

/// The range `min`–`max` shares `shared` with the ephemeral range.
fn node_port_range_ephemeral_overlap_diagnostic(
    pointer: JsonPointer,
    min: i64,
    max: i64,
    shared: &str,
) -> Finding {
    let (first, last) = EPHEMERAL_PORTS;
    Finding::new(
        NodePortRangeEphemeralOverlap::META.code,
        pointer,
        Text::new(
            format!(
                "NodePort range {min}-{max} overlaps the Linux ephemeral port range {first}-{last} (ports {shared})"
            ),
            format!(
                "NodePort 端口范围 {min}-{max} 与 Linux 临时端口范围 {first}-{last} 重叠（端口 {shared}）"
            ),
        ),
        Text::new(
            "Outgoing connections may occupy these NodePorts; keep the range below 32768 (default 30000-32767) or reserve it with `net.ipv4.ip_local_reserved_ports` on the nodes",
            "出站连接可能占用这些 NodePort；请将范围保持在 32768 以下（默认 30000-32767），或在节点上用 `net.ipv4.ip_local_reserved_ports` 预留这些端口",
        ),
    )
}
