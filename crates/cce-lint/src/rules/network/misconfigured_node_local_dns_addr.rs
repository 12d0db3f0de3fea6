use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::rules::network::network_facts::{
    known_cidrs, network_pointer, parse_ip, zh_spaced, KnownCidr,
};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `containerNetworkConfig.nodeLocalDNSAddr` that is set without
    /// `enableNodeLocalDNS: true` (it is ignored), that is not an IP address, or that lies
    /// inside the pod, Service or a VPC/node CIDR the request (or `--context`) gives.
    ///
    /// ## Why is this bad?
    /// NodeLocal DNSCache listens on this address on every node and pods send their DNS
    /// queries to it. It has to be an address nothing else uses, normally a link-local one such
    /// as `169.254.20.10`: inside the pod, Service or VPC range it shadows a real pod, Service
    /// or machine, and DNS breaks for the addresses involved. Without `enableNodeLocalDNS` the
    /// address has no effect at all.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterIPServiceCIDR": "172.31.0.0/16", "enableNodeLocalDNS": true, "nodeLocalDNSAddr": "172.31.0.10"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterIPServiceCIDR": "172.31.0.0/16", "enableNodeLocalDNS": true, "nodeLocalDNSAddr": "169.254.20.10"}}}
    /// ```
    ///
    /// ## References
    /// - Kubernetes: "Using NodeLocal DNSCache in Kubernetes Clusters" (link-local listen address `169.254.20.10`)
    /// - bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`: `EnableNodeLocalDNS`, `NodeLocalDNSAddr`
    pub struct MisconfiguredNodeLocalDnsAddr {
        code: "CCE434",
        name: "misconfigured-node-local-dns-addr",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("`nodeLocalDNSAddr` is ignored, not an IP, or inside a cluster or VPC CIDR", "`nodeLocalDNSAddr` 被忽略、不是 IP 或位于集群/VPC 网段内"),
        docs_zh: "## 作用\n报告以下情况的 `containerNetworkConfig.nodeLocalDNSAddr`：设置了但未设置 `enableNodeLocalDNS: true`（会被忽略）；不是 IP 地址；或位于请求（或 `--context`）给出的 Pod、Service 或 VPC/节点网段内。\n\n## 为什么有问题\nNodeLocal DNSCache 在每个节点上监听该地址，Pod 把 DNS 查询发往它。它必须是不被其他用途占用的地址，通常是链路本地地址，如 `169.254.20.10`：位于 Pod、Service 或 VPC 网段内时，会遮蔽真实的 Pod、Service 或机器，相关地址的 DNS 失效。未开启 `enableNodeLocalDNS` 时该地址完全不起作用。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterIPServiceCIDR\": \"172.31.0.0/16\", \"enableNodeLocalDNS\": true, \"nodeLocalDNSAddr\": \"172.31.0.10\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterIPServiceCIDR\": \"172.31.0.0/16\", \"enableNodeLocalDNS\": true, \"nodeLocalDNSAddr\": \"169.254.20.10\"}}}\n```\n\n## 参考\n- Kubernetes：“Using NodeLocal DNSCache in Kubernetes Clusters”（链路本地监听地址 `169.254.20.10`）\n- bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`：`EnableNodeLocalDNS`、`NodeLocalDNSAddr`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MisconfiguredNodeLocalDnsAddr::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let config = &request.cluster.container_network_config;
    let address = config.node_local_dns_addr.trim();
    if address.is_empty() {
        return;
    }
    if !config.enable_node_local_dns {
        out.push(ignored_diagnostic());
    }
    let Some(ip) = parse_ip(address) else {
        out.push(not_an_ip_diagnostic(address));
        return;
    };
    if let Some(cidr) = known_cidrs(ctx, request)
        .into_iter()
        .find(|known| known.network.contains(ip))
    {
        out.push(inside_cidr_diagnostic(address, &cidr));
    }
}

/// The address is set but NodeLocal DNSCache is not enabled.
fn ignored_diagnostic() -> Finding {
    Finding::new(
        MisconfiguredNodeLocalDnsAddr::META.code,
        network_pointer("nodeLocalDNSAddr"),
        Text::new(
            "`nodeLocalDNSAddr` is ignored: `enableNodeLocalDNS` is not true",
            "`nodeLocalDNSAddr` 会被忽略：`enableNodeLocalDNS` 未设为 true",
        ),
        Text::new(
            "Set `enableNodeLocalDNS: true` to use NodeLocal DNSCache, or remove `nodeLocalDNSAddr`",
            "如需使用 NodeLocal DNSCache，请设置 `enableNodeLocalDNS: true`，否则删除 `nodeLocalDNSAddr`",
        ),
    )
}

/// `address` does not parse as an IP address.
fn not_an_ip_diagnostic(address: &str) -> Finding {
    Finding::new(
        MisconfiguredNodeLocalDnsAddr::META.code,
        network_pointer("nodeLocalDNSAddr"),
        Text::new(
            format!("`nodeLocalDNSAddr` `{address}` is not an IP address"),
            format!("`nodeLocalDNSAddr` `{address}` 不是 IP 地址"),
        ),
        Text::new(
            "Write a single IP address without prefix length, usually the link-local `169.254.20.10`",
            "请填写不带前缀长度的单个 IP 地址，通常为链路本地地址 `169.254.20.10`",
        ),
    )
}

/// `address` lies inside `cidr`.
fn inside_cidr_diagnostic(address: &str, cidr: &KnownCidr) -> Finding {
    Finding::new(
        MisconfiguredNodeLocalDnsAddr::META.code,
        network_pointer("nodeLocalDNSAddr"),
        Text::new(
            format!(
                "`nodeLocalDNSAddr` {address} lies inside {} {}",
                cidr.what_en, cidr.text
            ),
            format!(
                "`nodeLocalDNSAddr` {address} 位于{} {} 内",
                zh_spaced(&cidr.what_zh),
                cidr.text
            ),
        ),
        Text::new(
            "Use an address no pod, Service or machine can have, usually the link-local `169.254.20.10`",
            "请使用不会分配给 Pod、Service 或机器的地址，通常为链路本地地址 `169.254.20.10`",
        ),
    )
}
