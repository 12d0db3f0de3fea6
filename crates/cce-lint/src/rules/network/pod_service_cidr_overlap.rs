use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::cidr_plan::overlaps;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a Service CIDR that shares addresses with the pod CIDR of the same family:
    /// `clusterIPServiceCIDR` with `clusterPodCIDR`, `clusterIPServiceCIDRIPv6` with
    /// `clusterPodCIDRIPv6`. Pod CIDRs are ignored in the ENI modes and not compared there.
    ///
    /// ## Why is this bad?
    /// Service addresses are virtual: kube-proxy intercepts traffic to them on every node. A
    /// pod given an address inside the Service range cannot be reached, and CCE's network check
    /// rejects the plan (conflict type `ClusterIPCIDRAndContainerCIDR`).
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.16.0.0/12", "clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16", "clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - CCE network planning guide (intl): the Service range "must not overlap with the container network or node network"
    /// - Vendor SDK `NetworkConflictType` `ClusterIPCIDRAndContainerCIDR`
    pub struct PodServiceCidrOverlap {
        code: "CCE408",
        name: "pod-service-cidr-overlap",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("Pod CIDR and Service CIDR overlap", "容器网段与 Service 网段重叠"),
        docs_zh: "## 作用\n报告与同地址族容器网段有公共地址的 Service 网段：`clusterIPServiceCIDR` 与 `clusterPodCIDR`，`clusterIPServiceCIDRIPv6` 与 `clusterPodCIDRIPv6`。ENI 模式下容器网段不生效，不做比较。\n\n## 为什么有问题\nService 地址是虚拟地址，kube-proxy 在每个节点上拦截发往它们的流量。分配到 Service 网段内地址的 Pod 无法访问，CCE 的网络检查也会拒绝该规划（冲突类型 `ClusterIPCIDRAndContainerCIDR`）。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.16.0.0/12\", \"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\", \"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n## 参考\n- CCE 网络规划文档（国际站）：Service 网段不能与容器网络和节点网络重叠\n- 官方 SDK `NetworkConflictType` `ClusterIPCIDRAndContainerCIDR`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PodServiceCidrOverlap::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let plan = ctx.cidr_plan();
    for (pod, service) in [
        (&plan.pod_v4, &plan.service_v4),
        (&plan.pod_v6, &plan.service_v6),
    ] {
        if let (Some(pod), Some(service)) = (pod, service) {
            if overlaps(pod.network, service.network) {
                out.push(pod_service_cidr_overlap_diagnostic(
                    service.pointer.clone(),
                    pod.network,
                    service.network,
                ));
            }
        }
    }
}

/// The Service CIDR `service` at `pointer` overlaps the pod CIDR `pod`.
fn pod_service_cidr_overlap_diagnostic(
    pointer: JsonPointer,
    pod: IpNetwork,
    service: IpNetwork,
) -> Finding {
    let (pods, services) = match service {
        IpNetwork::V4(_) => ("172.28.0.0/16", "172.31.0.0/16"),
        IpNetwork::V6(_) => ("fd00:1::/64", "fd00:2::/112"),
    };
    Finding::new(
        PodServiceCidrOverlap::META.code,
        pointer,
        Text::new(
            format!("Pod CIDR `{pod}` overlaps Service CIDR `{service}`"),
            format!("容器网段 `{pod}` 与 Service 网段 `{service}` 重叠"),
        ),
        Text::new(
            format!(
                "Choose pod and Service CIDRs that share no address (e.g. pods `{pods}`, Services `{services}`)"
            ),
            format!(
                "请选择没有公共地址的容器网段和 Service 网段（例如容器 `{pods}`，Service `{services}`）"
            ),
        ),
    )
}
