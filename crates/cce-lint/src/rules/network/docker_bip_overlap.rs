use std::cell::OnceCell;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::common::RuntimeType;
use crate::pointer::JsonPointer;
use crate::rules::network::network_facts::{
    known_cidrs, overlaps, parse_cidr, zh_spaced, KnownCidr,
};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `deployCustomConfig.dockerConfig.dockerBIP` (of a master, node or node-group
    /// template) whose network overlaps the pod CIDR, the Service CIDR or a VPC/node CIDR the
    /// request (or `--context`) gives. Unset values keep the default `169.254.30.1/28`, a
    /// link-local range, and are not checked; unparsable values are left to CCE404, and nodes
    /// whose runtime is not docker (CCE602 reports their `dockerConfig` as ignored) are skipped.
    ///
    /// ## Why is this bad?
    /// `dockerBIP` is the address and prefix of the `docker0` bridge on the node. The node
    /// routes the whole bridge network to `docker0`, so pods, Services or machines with
    /// addresses in that range become unreachable from the node.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"runtimeType": "docker", "containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}}, "nodes": [{"count": 1, "instanceSpec": {"deployCustomConfig": {"dockerConfig": {"dockerBIP": "172.28.0.1/24"}}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"runtimeType": "docker", "containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}}, "nodes": [{"count": 1, "instanceSpec": {"deployCustomConfig": {"dockerConfig": {"dockerBIP": "169.254.30.1/28"}}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types.DockerConfig`: `DockerBIP` ("docker0 网桥网段, 默认 169.254.30.1/28")
    /// - Docker: `dockerd --bip`
    pub struct DockerBipOverlap {
        code: "CCE435",
        name: "docker-bip-overlap",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("`dockerBIP` overlaps a pod, Service or VPC CIDR", "`dockerBIP` 与 Pod、Service 或 VPC 网段重叠"),
        docs_zh: "## 作用\n报告（Master、Node 或节点组模板的）`deployCustomConfig.dockerConfig.dockerBIP` 与请求（或 `--context`）给出的 Pod 网段、Service 网段或 VPC/节点网段重叠。未设置时使用默认的链路本地网段 `169.254.30.1/28`，不检查；无法解析的取值交给 CCE404；运行时不是 docker 的节点（CCE602 报告其 `dockerConfig` 被忽略）跳过。\n\n## 为什么有问题\n`dockerBIP` 是节点上 `docker0` 网桥的地址和前缀。节点把整个网桥网段路由到 `docker0`，该网段内的 Pod、Service 或机器从节点上将无法访问。\n\n## 示例\n```json\n{\"cluster\": {\"runtimeType\": \"docker\", \"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\"}}, \"nodes\": [{\"count\": 1, \"instanceSpec\": {\"deployCustomConfig\": {\"dockerConfig\": {\"dockerBIP\": \"172.28.0.1/24\"}}}}]}\n```\n\n应改为：\n```json\n{\"cluster\": {\"runtimeType\": \"docker\", \"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\"}}, \"nodes\": [{\"count\": 1, \"instanceSpec\": {\"deployCustomConfig\": {\"dockerConfig\": {\"dockerBIP\": \"169.254.30.1/28\"}}}}]}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types.DockerConfig`：`DockerBIP`（“docker0 网桥网段, 默认 169.254.30.1/28”）\n- Docker：`dockerd --bip`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &DockerBipOverlap::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    // Collected only once a bridge is written (most requests set none).
    let known = OnceCell::new();
    for instance in ctx.instances() {
        // `dockerBIP` only matters where docker runs; CCE602 reports it as ignored elsewhere.
        let runtime = instance
            .spec
            .runtime_type
            .as_ref()
            .or(request.cluster.runtime_type.as_ref());
        if runtime.is_some_and(|runtime| runtime.is_known() && *runtime != RuntimeType::Docker) {
            continue;
        }
        let written = instance
            .spec
            .deploy_custom_config
            .docker_config
            .docker_bip
            .trim();
        let Some(bridge) = parse_cidr(written) else {
            continue;
        };
        let known = known.get_or_init(|| known_cidrs(ctx, request));
        if let Some(cidr) = known.iter().find(|cidr| overlaps(&bridge, &cidr.network)) {
            let pointer = instance.at(&["deployCustomConfig", "dockerConfig", "dockerBIP"]);
            out.push(docker_bip_overlap_diagnostic(pointer, written, cidr));
        }
    }
}

/// The bridge network `written` overlaps `cidr`.
fn docker_bip_overlap_diagnostic(pointer: JsonPointer, written: &str, cidr: &KnownCidr) -> Finding {
    Finding::new(
        DockerBipOverlap::META.code,
        pointer,
        Text::new(
            format!(
                "docker0 bridge CIDR {written} overlaps {} {}",
                cidr.what_en, cidr.text
            ),
            format!(
                "docker0 网桥网段 {written} 与{} {} 重叠",
                zh_spaced(&cidr.what_zh),
                cidr.text
            ),
        ),
        Text::new(
            "Use a range outside the cluster and VPC networks, e.g. the default `169.254.30.1/28`, or remove `dockerBIP`",
            "请使用集群和 VPC 网络之外的网段，例如默认的 `169.254.30.1/28`，或删除 `dockerBIP`",
        ),
    )
}
