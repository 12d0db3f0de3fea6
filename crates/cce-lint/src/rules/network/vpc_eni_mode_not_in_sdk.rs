use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::ContainerNetworkMode;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Notes a `containerNetworkConfig.mode` of `vpc-eni`. The mode is valid: the Terraform
    /// provider has accepted only `vpc-eni` since 2026-05, and this rule is informational.
    ///
    /// ## Why is this bad?
    /// It is not bad in itself, but `vpc-eni` is not among the Go SDK's `ContainerNetworkMode`
    /// constants, which still list the older ENI modes (`vpc-cni`, `vpc-secondary-ip-*`). Code
    /// that validates against the SDK's list, or an older CCE region, may not know it. Like the
    /// other ENI modes it needs `eniVPCSubnetIDs` and takes no `clusterPodCIDR`.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "vpc-eni", "eniVPCSubnetIDs": {"zoneA": ["sbn-mnbvhnuupv1u"]}}}}
    /// ```
    ///
    /// Use instead (when the SDK's own modes are required):
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "vpc-secondary-ip-veth", "eniVPCSubnetIDs": {"zoneA": ["sbn-mnbvhnuupv1u"]}}}}
    /// ```
    ///
    /// ## References
    /// - terraform-provider-baiducloud commit cb098df: `mode` accepts only `vpc-eni`
    /// - bce-sdk-go `services/cce/v2/types`: `ContainerNetworkMode` constants (no `vpc-eni`)
    pub struct VpcEniModeNotInSdk {
        code: "CCE402",
        name: "vpc-eni-mode-not-in-sdk",
        group: Network,
        severity: Info,
        fix: None,
        summary: ("Network mode `vpc-eni` is accepted by Terraform but not in the SDK enum", "网络模式 `vpc-eni` 为 Terraform 所接受，但不在 SDK 枚举中"),
        docs_zh: "## 作用\n提示 `containerNetworkConfig.mode` 为 `vpc-eni`。该模式是有效的：Terraform provider 自 2026-05 起只接受 `vpc-eni`，本规则仅作提示。\n\n## 为什么有问题\n它本身没有问题，但 `vpc-eni` 不在 Go SDK 的 `ContainerNetworkMode` 常量中，SDK 仍列出较早的 ENI 模式（`vpc-cni`、`vpc-secondary-ip-*`）。按 SDK 列表校验的代码或较旧的 CCE 地域可能不认识它。与其他 ENI 模式一样，它需要 `eniVPCSubnetIDs`，不使用 `clusterPodCIDR`。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"vpc-eni\", \"eniVPCSubnetIDs\": {\"zoneA\": [\"sbn-mnbvhnuupv1u\"]}}}}\n```\n\n应改为（需要使用 SDK 自身的模式时）：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"vpc-secondary-ip-veth\", \"eniVPCSubnetIDs\": {\"zoneA\": [\"sbn-mnbvhnuupv1u\"]}}}}\n```\n\n## 参考\n- terraform-provider-baiducloud 提交 cb098df：`mode` 只接受 `vpc-eni`\n- bce-sdk-go `services/cce/v2/types`：`ContainerNetworkMode` 常量（无 `vpc-eni`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &VpcEniModeNotInSdk::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if request.cluster.container_network_config.mode == Some(ContainerNetworkMode::VpcEni) {
        out.push(vpc_eni_mode_not_in_sdk_diagnostic());
    }
}

/// The mode is `vpc-eni`.
fn vpc_eni_mode_not_in_sdk_diagnostic() -> Finding {
    Finding::new(
        VpcEniModeNotInSdk::META.code,
        JsonPointer::from_segments(["cluster", "containerNetworkConfig", "mode"]),
        Text::new(
            "`vpc-eni` is the only mode Terraform accepts since 2026-05, but it is not in the Go SDK's ContainerNetworkMode enum",
            "`vpc-eni` 是 Terraform 自 2026-05 起唯一接受的模式，但不在 Go SDK 的 ContainerNetworkMode 枚举中",
        ),
        Text::new(
            "Nothing to change for Terraform or the API; if your tooling validates against the SDK's modes, use `vpc-secondary-ip-veth` (or another SDK ENI mode) instead. Either way set `eniVPCSubnetIDs`",
            "对 Terraform 和 API 无需修改；若工具按 SDK 的模式列表校验，可改用 `vpc-secondary-ip-veth`（或其他 SDK ENI 模式）。无论哪种都需设置 `eniVPCSubnetIDs`",
        ),
    )
}
