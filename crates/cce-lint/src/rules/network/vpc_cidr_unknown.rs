use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Says once, as information, that no VPC CIDR is known — neither in the request
    /// (`cluster.vpcCIDR(IPv6)`, `options.createSecurityGroups.networkInfo.vpcCIDR(IPv6)` or
    /// `secondaryCidrs`) nor in the `--context` file — while the request has a pod or Service
    /// CIDR to check against it.
    ///
    /// ## Why is this bad?
    /// It is not a mistake: `vpcCIDR` is filled in by CCE, so requests rarely carry it. But
    /// then cce-lint cannot tell whether the pod and Service CIDRs overlap the VPC (CCE409);
    /// only CCE's own network check at creation time does, and `skipNetworkCheck: true`
    /// disables that.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"vpcID": "vpc-mwbgygrjb72w", "containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// Use instead (`--context` with `{"vpcCIDR": "192.168.0.0/16"}` works as well):
    /// ```json
    /// {"cluster": {"vpcID": "vpc-mwbgygrjb72w", "containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}}, "options": {"createSecurityGroups": {"networkInfo": {"vpcID": "vpc-mwbgygrjb72w", "vpcCIDR": "192.168.0.0/16"}}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `types.ClusterSpec`: "VPCUUID && VPCCIDR 无需用户设置" (server-filled)
    /// - CCE API, 创建集群, `options`: "用户可以设置强制跳过网段冲突检查"
    pub struct VpcCidrUnknown {
        code: "CCE410",
        name: "vpc-cidr-unknown",
        group: Network,
        severity: Info,
        fix: None,
        summary: ("VPC CIDR unknown: overlap with the VPC is not checked", "VPC 网段未知：无法检查与 VPC 的重叠"),
        docs_zh: "## 作用\n当请求（`cluster.vpcCIDR(IPv6)`、`options.createSecurityGroups.networkInfo.vpcCIDR(IPv6)` 或 `secondaryCidrs`）和 `--context` 文件中都没有 VPC 网段、而请求中有待检查的容器或 Service 网段时，以提示信息说明一次。\n\n## 为什么有问题\n这本身不是错误：`vpcCIDR` 由 CCE 填写，请求中很少带有它。但这样 cce-lint 无法判断容器和 Service 网段是否与 VPC 重叠（CCE409），只能依赖 CCE 创建时自己的网络检查，而 `skipNetworkCheck: true` 会关闭该检查。\n\n## 示例\n```json\n{\"cluster\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n应改为（或通过 `--context` 传入 `{\"vpcCIDR\": \"192.168.0.0/16\"}`）：\n```json\n{\"cluster\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\"}}, \"options\": {\"createSecurityGroups\": {\"networkInfo\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"vpcCIDR\": \"192.168.0.0/16\"}}}}\n```\n\n## 参考\n- 官方 SDK `types.ClusterSpec`：“VPCUUID && VPCCIDR 无需用户设置”（由服务端填写）\n- CCE API 创建集群 `options`：“用户可以设置强制跳过网段冲突检查”\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &VpcCidrUnknown::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let plan = ctx.cidr_plan();
    if plan.pods().next().is_none() && plan.services().next().is_none() {
        return;
    }
    if !ctx.vpc_cidrs().iter().any(|known| known.is_vpc) {
        out.push(vpc_cidr_unknown_diagnostic(
            request.options.skip_network_check == Some(true),
        ));
    }
}

/// No VPC CIDR is known; `skipped` when the server's own check is skipped too.
fn vpc_cidr_unknown_diagnostic(skipped: bool) -> Finding {
    let message = if skipped {
        Text::new(
            "The VPC CIDR is not in the request and no context gives it, and skipNetworkCheck turns off CCE's own check: nothing checks the pod and Service CIDRs against the VPC",
            "请求中没有 VPC 网段，也没有上下文提供，且 skipNetworkCheck 关闭了 CCE 自身的检查：没有任何检查会比对容器和 Service 网段与 VPC",
        )
    } else {
        Text::new(
            "The VPC CIDR is not in the request and no context gives it: overlap of the pod and Service CIDRs with the VPC is checked only by CCE at creation time",
            "请求中没有 VPC 网段，也没有上下文提供：容器和 Service 网段与 VPC 的重叠只能由 CCE 在创建时检查",
        )
    };
    Finding::new(
        VpcCidrUnknown::META.code,
        JsonPointer::from_segments(["cluster", "vpcID"]),
        message,
        Text::new(
            "Pass the VPC's CIDRs with `--context` (`vpcCIDR`, `secondaryCidrs`, `subnets`) to let cce-lint check for overlaps",
            "通过 `--context` 传入 VPC 网段（`vpcCIDR`、`secondaryCidrs`、`subnets`），让 cce-lint 检查重叠",
        ),
    )
}
