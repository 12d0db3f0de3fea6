use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an IPv4 `clusterIPServiceCIDR` from /12 to /15: more than 65 536 addresses.
    /// Shorter prefixes are the error CCE421.
    ///
    /// ## Why is this bad?
    /// CCE supports at most 65 536 Services per cluster (SDK constant `MaxClusterIPServiceNum =
    /// 65536`). A larger range only takes private addresses away from the VPC and from other
    /// clusters without ever being usable.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterIPServiceCIDR": "172.16.0.0/12"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `services/cce/v2/types`: `MaxClusterIPServiceNum = 65536`
    pub struct ServiceCidrAboveServiceLimit {
        code: "CCE422",
        name: "service-cidr-above-service-limit",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("Service CIDR larger than CCE's 65 536-Service limit", "Service 网段大于 CCE 的 65 536 个 Service 上限"),
        docs_zh: "## 作用\n报告 /12 到 /15 的 IPv4 `clusterIPServiceCIDR`：地址数超过 65 536。更短的前缀由错误 CCE421 报告。\n\n## 为什么有问题\nCCE 每个集群最多支持 65 536 个 Service（SDK 常量 `MaxClusterIPServiceNum = 65536`）。更大的网段永远用不上，只会占用 VPC 和其他集群可用的私有地址。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterIPServiceCIDR\": \"172.16.0.0/12\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n## 参考\n- 官方 SDK `services/cce/v2/types`：`MaxClusterIPServiceNum = 65536`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ServiceCidrAboveServiceLimit::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if let Some(service) = &ctx.cidr_plan().service_v4 {
        if (12..16).contains(&service.network.prefix()) {
            out.push(service_cidr_above_service_limit_diagnostic(
                service.pointer.clone(),
                service.network,
            ));
        }
    }
}

/// The IPv4 Service CIDR `network` at `pointer` holds more than 65 536 addresses.
fn service_cidr_above_service_limit_diagnostic(
    pointer: JsonPointer,
    network: IpNetwork,
) -> Finding {
    Finding::new(
        ServiceCidrAboveServiceLimit::META.code,
        pointer,
        Text::new(
            format!(
                "Service CIDR `{network}` has more than 65 536 addresses, but CCE supports at most 65 536 Services (`MaxClusterIPServiceNum`)"
            ),
            format!(
                "Service 网段 `{network}` 超过 65 536 个地址，而 CCE 最多支持 65 536 个 Service（`MaxClusterIPServiceNum`）"
            ),
        ),
        Text::new(
            "Use a /16 (or smaller) Service CIDR and keep the rest of the range free",
            "请使用 /16（或更小）的 Service 网段，把其余地址留作他用",
        ),
    )
}
