use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::cidr_plan::is_private_v4;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an IPv4 `clusterPodCIDR` that does not lie entirely inside one of the private
    /// ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. Only a pod CIDR CCE uses is checked:
    /// not in the ENI modes (pods take VPC addresses there) and not with `ipVersion: ipv6`.
    ///
    /// ## Why is this bad?
    /// CCE only lets container networks use these three ranges: its planning guide names them
    /// ("10.x, 172.x, 192.x") and its CIDR recommender "只能从 [10.0.0.0/8, 172.16.0.0/12,
    /// 192.168.0.0/16] 里选择". Public addresses in the pod network would also hide the real
    /// Internet hosts that use them.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "100.64.0.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - CCE network planning guide (intl): container networks in 10.x, 172.x and 192.x
    /// - CCE API `recommend_container_cidr`: private ranges "只能从 [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16] 里选择"
    pub struct PodCidrNotPrivate {
        code: "CCE406",
        name: "pod-cidr-not-private",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("Pod CIDR is not inside 10/8, 172.16/12 or 192.168/16", "容器网段不在 10/8、172.16/12、192.168/16 内"),
        docs_zh: "## 作用\n报告没有完整落在私有网段 10.0.0.0/8、172.16.0.0/12 或 192.168.0.0/16 之一内的 IPv4 `clusterPodCIDR`。只检查 CCE 实际使用的容器网段：ENI 模式（容器使用 VPC 地址）和 `ipVersion: ipv6` 时不检查。\n\n## 为什么有问题\nCCE 只允许容器网络使用这三个网段：网络规划文档列出了它们（“10.x、172.x、192.x”），网段推荐接口也说明“只能从 [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16] 里选择”。容器网络使用公网地址还会遮蔽使用这些地址的真实互联网主机。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"100.64.0.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n## 参考\n- CCE 网络规划文档（国际站）：容器网段可选 10.x、172.x、192.x\n- CCE API `recommend_container_cidr`：“只能从 [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16] 里选择”\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PodCidrNotPrivate::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if let Some(pod) = &ctx.cidr_plan().pod_v4 {
        if !is_private_v4(pod.network) {
            out.push(pod_cidr_not_private_diagnostic(
                pod.pointer.clone(),
                pod.network,
            ));
        }
    }
}

/// The pod CIDR `network` at `pointer` is not inside a private range.
fn pod_cidr_not_private_diagnostic(pointer: JsonPointer, network: IpNetwork) -> Finding {
    Finding::new(
        PodCidrNotPrivate::META.code,
        pointer,
        Text::new(
            format!(
                "Pod CIDR `{network}` is not a private range: CCE requires one inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"
            ),
            format!(
                "容器网段 `{network}` 不是私有网段：CCE 要求位于 10.0.0.0/8、172.16.0.0/12 或 192.168.0.0/16 内"
            ),
        ),
        Text::new(
            "Pick a pod CIDR inside one of the three private ranges that overlaps neither the VPC nor the Service CIDR, e.g. `172.28.0.0/16`",
            "请在三个私有网段之一内选择不与 VPC 和 Service 网段重叠的容器网段，例如 `172.28.0.0/16`",
        ),
    )
}
