use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::network_facts::{
    effective_node_port_range, node_port_range_pointer, port_interval,
};
use crate::rules::Rule;

/// Ports the nodes' own services listen on (besides every port below 1024, e.g. 22 for SSH):
/// etcd (2379–2380), kube-apiserver (6443), node-exporter (9100), kubelet (10250, read-only
/// 10255) and kube-proxy health checks (10256).
const HOST_PORTS: &[(i64, i64)] = &[
    (2379, 2380),
    (6443, 6443),
    (9100, 9100),
    (10250, 10250),
    (10255, 10256),
];

/// First port outside the privileged range.
const FIRST_UNPRIVILEGED_PORT: i64 = 1024;

declare_rule! {
    /// ## What it does
    /// Reports a NodePort range (defaults filled in) that includes ports below 1024 or ports
    /// the nodes' own services listen on: 22 (SSH), 2379–2380 (etcd), 6443 (kube-apiserver),
    /// 9100 (node-exporter), 10250 and 10255 (kubelet) and 10256 (kube-proxy health check).
    ///
    /// ## Why is this bad?
    /// kube-proxy opens every NodePort on every node. A Service that gets a port already used
    /// by a host service either fails to bind or hijacks the host service's traffic, and ports
    /// below 1024 are reserved for system services. The Kubernetes documentation asks for a
    /// range that does not clash with ports in use on the nodes.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"nodePortRangeMin": 6000, "nodePortRangeMax": 12000}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"nodePortRangeMin": 30000, "nodePortRangeMax": 32767}}}
    /// ```
    ///
    /// ## References
    /// - Kubernetes: Service `type: NodePort`, "avoid port collisions" and kube-apiserver `--service-node-port-range`
    /// - Kubernetes: "Ports and Protocols" (6443, 2379–2380, 10250, 10256)
    pub struct NodePortRangeHostPortCollision {
        code: "CCE430",
        name: "node-port-range-host-port-collision",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("NodePort range includes ports used by the nodes themselves", "NodePort 端口范围包含节点自身使用的端口"),
        docs_zh: "## 作用\n报告（填入默认值后的）NodePort 端口范围包含 1024 以下端口或节点自身服务监听的端口：22（SSH）、2379–2380（etcd）、6443（kube-apiserver）、9100（node-exporter）、10250 和 10255（kubelet）以及 10256（kube-proxy 健康检查）。\n\n## 为什么有问题\nkube-proxy 会在每个节点上打开所有 NodePort。分配到已被主机服务占用端口的 Service 要么绑定失败，要么劫持主机服务的流量；1024 以下端口保留给系统服务。Kubernetes 文档要求端口范围不与节点上已使用的端口冲突。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"nodePortRangeMin\": 6000, \"nodePortRangeMax\": 12000}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"nodePortRangeMin\": 30000, \"nodePortRangeMax\": 32767}}}\n```\n\n## 参考\n- Kubernetes：Service `type: NodePort` 的“避免端口冲突”说明与 kube-apiserver `--service-node-port-range`\n- Kubernetes：“Ports and Protocols”（6443、2379–2380、10250、10256）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NodePortRangeHostPortCollision::META,
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
    let mut collisions_en = Vec::new();
    let mut collisions_zh = Vec::new();
    // The lowest and highest colliding port, to blame the end of the range nearest to them.
    let mut colliding = None::<(i64, i64)>;
    let mut note_collision = |low: i64, high: i64| {
        colliding = Some(colliding.map_or((low, high), |(first, last)| {
            (first.min(low), last.max(high))
        }));
    };
    if min < FIRST_UNPRIVILEGED_PORT {
        let high = max.min(FIRST_UNPRIVILEGED_PORT - 1);
        note_collision(min, high);
        let interval = port_interval(min, high);
        collisions_en.push(format!("the privileged ports {interval}"));
        collisions_zh.push(format!("特权端口 {interval}"));
    }
    let host_ports: Vec<(i64, i64)> = HOST_PORTS
        .iter()
        .map(|&(low, high)| (low.max(min), high.min(max)))
        .filter(|(low, high)| low <= high)
        .collect();
    for &(low, high) in &host_ports {
        note_collision(low, high);
    }
    if !host_ports.is_empty() {
        let intervals: Vec<String> = host_ports
            .iter()
            .map(|&(low, high)| port_interval(low, high))
            .collect();
        collisions_en.push(format!("host port(s) {}", intervals.join(", ")));
        collisions_zh.push(format!("主机端口 {}", intervals.join("、")));
    }
    if let Some((first, last)) = colliding {
        // A range usually reaches the host ports because its lower end was moved down (they
        // all lie below the default 30000); blame the upper end only when it is the nearer one.
        let pointer = node_port_range_pointer(config, max - last < first - min);
        out.push(node_port_range_host_port_collision_diagnostic(
            pointer,
            min,
            max,
            &collisions_en.join(" and "),
            &collisions_zh.join("及"),
        ));
    }
}

/// The range `min`–`max` includes the ports described by `ports_en` / `ports_zh`.
fn node_port_range_host_port_collision_diagnostic(
    pointer: JsonPointer,
    min: i64,
    max: i64,
    ports_en: &str,
    ports_zh: &str,
) -> Finding {
    Finding::new(
        NodePortRangeHostPortCollision::META.code,
        pointer,
        Text::new(
            format!("NodePort range {min}-{max} collides with {ports_en}"),
            format!("NodePort 端口范围 {min}-{max} 与{ports_zh} 冲突"),
        ),
        Text::new(
            "Move the range above 1024 and clear of SSH, etcd, kube-apiserver, kubelet, kube-proxy and node-exporter ports, e.g. the default 30000-32767",
            "请将范围移到 1024 以上，并避开 SSH、etcd、kube-apiserver、kubelet、kube-proxy 和 node-exporter 的端口，例如默认的 30000-32767",
        ),
    )
}
