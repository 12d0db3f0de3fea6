use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `options.skipNetworkCheck: true`. `null`, `false` and an absent key (what the
    /// SDK sends by default) leave the check on and are not reported.
    ///
    /// ## Why is this bad?
    /// CCE then creates the cluster without checking the pod and Service CIDRs against the
    /// VPC's subnets and route table and against the container CIDRs of other clusters in the
    /// VPC (SDK conflict types `ContainerCIDRAndNodeCIDR`, `ContainerCIDRAndVPCRoute`,
    /// `ContainerCIDRAndExistedClusterContainerCIDR`, `ClusterIPCIDRAndNodeCIDR`,
    /// `ClusterIPCIDRAndContainerCIDR`). A conflict then shows up later as broken traffic.
    /// cce-lint still checks what it knows (the request and the `--context` file), but it cannot
    /// see the VPC's route table.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"clusterName": "demo"}, "options": {"skipNetworkCheck": true}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterName": "demo"}, "options": {"skipNetworkCheck": false}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `options`: "集群创建选项. 用户可以设置强制跳过网段冲突检查"
    /// - Vendor SDK `NetworkConflictType` constants
    pub struct NetworkCheckSkipped {
        code: "CCE411",
        name: "network-check-skipped",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("The server's network conflict check is skipped", "跳过了服务端的网段冲突检查"),
        docs_zh: "## 作用\n报告 `options.skipNetworkCheck: true`。`null`、`false` 或不写（SDK 默认发送的值）都会保留检查，不报告。\n\n## 为什么有问题\nCCE 将不检查容器和 Service 网段与 VPC 子网、路由表以及同 VPC 其他集群容器网段的冲突（SDK 冲突类型 `ContainerCIDRAndNodeCIDR`、`ContainerCIDRAndVPCRoute`、`ContainerCIDRAndExistedClusterContainerCIDR`、`ClusterIPCIDRAndNodeCIDR`、`ClusterIPCIDRAndContainerCIDR`）。冲突会在之后表现为网络不通。cce-lint 仍会检查它已知的信息（请求和 `--context` 文件），但看不到 VPC 路由表。\n\n## 示例\n```json\n{\"cluster\": {\"clusterName\": \"demo\"}, \"options\": {\"skipNetworkCheck\": true}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterName\": \"demo\"}, \"options\": {\"skipNetworkCheck\": false}}\n```\n\n## 参考\n- CCE API 创建集群 `options`：“集群创建选项. 用户可以设置强制跳过网段冲突检查”\n- 官方 SDK `NetworkConflictType` 常量\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NetworkCheckSkipped::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if request.options.skip_network_check == Some(true) {
        out.push(network_check_skipped_diagnostic());
    }
}

/// `options.skipNetworkCheck` is `true`.
fn network_check_skipped_diagnostic() -> Finding {
    Finding::new(
        NetworkCheckSkipped::META.code,
        JsonPointer::from_segments(["options", "skipNetworkCheck"]),
        Text::new(
            "skipNetworkCheck makes CCE skip its network conflict check: VPC routes and other clusters' container CIDRs in the VPC will not be checked (cce-lint still checks the CIDRs it knows)",
            "skipNetworkCheck 使 CCE 跳过网段冲突检查：不会检查 VPC 路由和同 VPC 其他集群的容器网段（cce-lint 仍会检查它已知的网段）",
        ),
        Text::new(
            "Remove `skipNetworkCheck` or set it to false unless you have checked the VPC's routes and other clusters' CIDRs yourself",
            "除非已自行核对 VPC 路由和其他集群的网段，否则请删除 `skipNetworkCheck` 或设为 false",
        ),
    )
}
