use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Notes that CCE will run its network conflict check: `options.skipNetworkCheck` is
    /// `false`, `null` (what the Go SDK sends) or absent (also when `options` itself is
    /// absent). The opposite case, `skipNetworkCheck: true`, is reported by CCE411.
    ///
    /// ## Why is this bad?
    /// It is not a problem: it is the safe default. It is worth knowing because the server
    /// checks more than a linter can see offline: the pod and Service CIDRs are compared with
    /// the VPC's routes and with the container CIDRs of the other clusters in the VPC, and a
    /// conflict fails the request. cce-lint checks what it can from the request and, with
    /// `--context`, from the VPC facts you give it.
    ///
    /// ## Example
    /// ```json
    /// {"options": {"skipNetworkCheck": null}}
    /// ```
    ///
    /// Use instead (only when the conflicts are known and intended):
    /// ```json
    /// {"options": {"skipNetworkCheck": true}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求参数 `options` ("用户可以设置强制跳过网段冲突检查")
    /// - bce-sdk-go `services/cce/v2` `CreateClusterOptions.SkipNetworkCheck` (`*bool`, no omitempty)
    pub struct NetworkCheckEnabled {
        code: "CCE904",
        name: "network-check-enabled",
        group: Options,
        severity: Info,
        fix: None,
        summary: ("CCE will check the container CIDRs against VPC routes and other clusters", "CCE 将检查容器网段与 VPC 路由及其他集群是否冲突"),
        docs_zh: "## 作用\n提示 CCE 将执行网段冲突检查：`options.skipNetworkCheck` 为 `false`、`null`（Go SDK 发送的值）或缺失（包括 `options` 本身缺失）。相反的情况 `skipNetworkCheck: true` 由 CCE411 报告。\n\n## 为什么有问题\n这不是问题，而是安全的默认行为。值得了解的是，服务端检查的内容比离线的 linter 更多：Pod 和 Service 网段会与 VPC 路由以及同 VPC 其他集群的容器网段比较，冲突会导致请求失败。cce-lint 会检查请求本身，并在提供 `--context` 时检查您给出的 VPC 信息。\n\n## 示例\n```json\n{\"options\": {\"skipNetworkCheck\": null}}\n```\n\n应改为（仅当冲突已知且有意为之时）：\n```json\n{\"options\": {\"skipNetworkCheck\": true}}\n```\n\n## 参考\n- CCE API 创建集群请求参数 `options`（“用户可以设置强制跳过网段冲突检查”）\n- bce-sdk-go `services/cce/v2` `CreateClusterOptions.SkipNetworkCheck`（`*bool`，无 omitempty）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NetworkCheckEnabled::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if request.options.skip_network_check != Some(true) {
        out.push(network_check_enabled_diagnostic());
    }
}

/// `skipNetworkCheck` is not `true`: the server checks the network plan.
fn network_check_enabled_diagnostic() -> Finding {
    Finding::new(
        NetworkCheckEnabled::META.code,
        JsonPointer::from_segments(["options", "skipNetworkCheck"]),
        Text::new(
            "CCE will check the pod and Service CIDRs against the VPC's routes and the container CIDRs of other clusters in the VPC; a conflict fails the request",
            "CCE 将检查 Pod 和 Service 网段与 VPC 路由及同 VPC 其他集群的容器网段是否冲突；存在冲突时请求会失败",
        ),
        Text::new(
            "Nothing to do. To have cce-lint check the same conflicts offline, pass `--context` with the VPC's CIDR and the other clusters' pod CIDRs (`vpcCIDR`, `otherClusterPodCIDRs`)",
            "无需处理。如需 cce-lint 离线检查同样的冲突，请通过 `--context` 提供 VPC 网段和其他集群的容器网段（`vpcCIDR`、`otherClusterPodCIDRs`）",
        ),
    )
}
