use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::cidr_plan::{overlaps, KnownCidr};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a pod or Service CIDR (IPv4 or IPv6) that shares addresses with a known VPC or
    /// node CIDR. Known CIDRs come from the request — `cluster.vpcCIDR(IPv6)`,
    /// `options.createSecurityGroups.networkInfo.vpcCIDR(IPv6)` and `secondaryCidrs`, every
    /// instance's `vpcConfig.vpcSubnetCIDR(IPv6)` — and from the `--context` file (`vpcCIDR`,
    /// `vpcCIDRIPv6`, `secondaryCidrs`, subnet CIDRs). Pod CIDRs are not checked in the ENI
    /// modes, where pods take VPC addresses by design.
    ///
    /// ## Why is this bad?
    /// Nodes, load balancers and other VPC hosts use the VPC's addresses. A pod or Service range
    /// covering them makes those hosts unreachable from the cluster, and CCE's network check
    /// rejects the plan (conflict types `ContainerCIDRAndNodeCIDR`, `ClusterIPCIDRAndNodeCIDR`).
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"vpcCIDR": "172.16.0.0/16", "containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16", "clusterIPServiceCIDR": "172.16.0.0/20"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"vpcCIDR": "172.16.0.0/16", "containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16", "clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - CCE network planning guide (intl): the Service range "must not overlap with the container network or node network"
    /// - Vendor SDK `NetworkConflictType` `ContainerCIDRAndNodeCIDR`, `ClusterIPCIDRAndNodeCIDR`
    pub struct CidrOverlapsVpc {
        code: "CCE409",
        name: "cidr-overlaps-vpc",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("Pod or Service CIDR overlaps the VPC or a node subnet", "容器或 Service 网段与 VPC 或节点子网重叠"),
        docs_zh: "## 作用\n报告与已知 VPC 或节点网段有公共地址的容器或 Service 网段（IPv4 或 IPv6）。已知网段来自请求——`cluster.vpcCIDR(IPv6)`、`options.createSecurityGroups.networkInfo.vpcCIDR(IPv6)` 与 `secondaryCidrs`、各实例的 `vpcConfig.vpcSubnetCIDR(IPv6)`——以及 `--context` 文件（`vpcCIDR`、`vpcCIDRIPv6`、`secondaryCidrs`、子网网段）。ENI 模式下容器本就使用 VPC 地址，不检查容器网段。\n\n## 为什么有问题\n节点、负载均衡和其他 VPC 主机使用 VPC 地址。覆盖它们的容器或 Service 网段会使集群无法访问这些主机，CCE 的网络检查也会拒绝该规划（冲突类型 `ContainerCIDRAndNodeCIDR`、`ClusterIPCIDRAndNodeCIDR`）。\n\n## 示例\n```json\n{\"cluster\": {\"vpcCIDR\": \"172.16.0.0/16\", \"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\", \"clusterIPServiceCIDR\": \"172.16.0.0/20\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"vpcCIDR\": \"172.16.0.0/16\", \"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\", \"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n## 参考\n- CCE 网络规划文档（国际站）：Service 网段不能与容器网络和节点网络重叠\n- 官方 SDK `NetworkConflictType` `ContainerCIDRAndNodeCIDR`、`ClusterIPCIDRAndNodeCIDR`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CidrOverlapsVpc::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let known = ctx.vpc_cidrs();
    if known.is_empty() {
        return;
    }
    let plan = ctx.cidr_plan();
    for (cidr, is_pod) in plan
        .pods()
        .map(|cidr| (cidr, true))
        .chain(plan.services().map(|cidr| (cidr, false)))
    {
        if let Some(hit) = known.iter().find(|k| overlaps(cidr.network, k.network)) {
            out.push(cidr_overlaps_vpc_diagnostic(
                cidr.pointer.clone(),
                is_pod,
                cidr.network,
                hit,
            ));
        }
    }
}

/// The pod (`is_pod`) or Service CIDR `network` at `pointer` overlaps the known CIDR `hit`.
fn cidr_overlaps_vpc_diagnostic(
    pointer: JsonPointer,
    is_pod: bool,
    network: IpNetwork,
    hit: &KnownCidr,
) -> Finding {
    let (which_en, which_zh) = if is_pod {
        ("Pod", "容器")
    } else {
        ("Service", "Service ")
    };
    let (kind_en, kind_zh) = if hit.is_vpc {
        ("VPC", " VPC ")
    } else {
        ("node subnet", "节点子网")
    };
    let known = hit.network;
    Finding::new(
        CidrOverlapsVpc::META.code,
        pointer,
        Text::new(
            format!(
                "{which_en} CIDR `{network}` overlaps the {kind_en} CIDR `{known}` ({})",
                hit.origin.en
            ),
            format!(
                "{which_zh}网段 `{network}` 与{kind_zh}网段 `{known}`（{}）重叠",
                hit.origin.zh
            ),
        ),
        Text::new(
            format!(
                "Choose a {} CIDR outside the VPC's ranges; CCE rejects overlapping plans unless skipNetworkCheck is set, and the overlap breaks traffic either way",
                if is_pod { "pod" } else { "Service" }
            ),
            format!(
                "请选择 VPC 网段之外的{}网段；除非设置 skipNetworkCheck，CCE 会拒绝重叠的规划，且重叠在任何情况下都会破坏网络流量",
                if is_pod { "容器" } else { " Service " }
            ),
        ),
    )
}
