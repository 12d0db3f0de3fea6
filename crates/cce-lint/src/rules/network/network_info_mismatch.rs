use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::network_facts::{
    parse_cidr, DEFAULT_NODE_PORT_MAX, DEFAULT_NODE_PORT_MIN,
};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `options.createSecurityGroups.networkInfo` values that disagree with the
    /// cluster's own network: `nodePortRangeMin`/`nodePortRangeMax` other than the cluster's
    /// NodePort range (defaults 30000–32767 filled in), and `podCIDR`/`podCIDRIPv6` other
    /// than `clusterPodCIDR`/`clusterPodCIDRIPv6`. Unset (zero or empty) values on either side
    /// are not compared.
    ///
    /// ## Why is this bad?
    /// CCE generates the rules of the default security groups from `networkInfo`, not from
    /// `containerNetworkConfig`. When they disagree, the security groups open the wrong ports
    /// or address ranges: NodePort Services or pod traffic are then blocked, or more is
    /// exposed than intended.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16", "nodePortRangeMin": 30000, "nodePortRangeMax": 32767}}, "options": {"createSecurityGroups": {"networkInfo": {"podCIDR": "10.0.0.0/16", "nodePortRangeMin": 30000, "nodePortRangeMax": 32767}}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16", "nodePortRangeMin": 30000, "nodePortRangeMax": 32767}}, "options": {"createSecurityGroups": {"networkInfo": {"podCIDR": "172.28.0.0/16", "nodePortRangeMin": 30000, "nodePortRangeMax": 32767}}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2.CreateClusterOptions`: `CreateSecurityGroups.NetworkInfo` (`ClusterNetworkInfo`)
    pub struct NetworkInfoMismatch {
        code: "CCE432",
        name: "network-info-mismatch",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("`options.createSecurityGroups.networkInfo` disagrees with the cluster network", "`options.createSecurityGroups.networkInfo` 与集群网络配置不一致"),
        docs_zh: "## 作用\n报告 `options.createSecurityGroups.networkInfo` 中与集群自身网络不一致的取值：`nodePortRangeMin`/`nodePortRangeMax` 与集群的 NodePort 范围（填入默认值 30000–32767 后）不同，`podCIDR`/`podCIDRIPv6` 与 `clusterPodCIDR`/`clusterPodCIDRIPv6` 不同。任一侧未设置（0 或空）时不比较。\n\n## 为什么有问题\nCCE 根据 `networkInfo` 而不是 `containerNetworkConfig` 生成默认安全组的规则。两者不一致时，安全组会放行错误的端口或网段：NodePort Service 或 Pod 流量被阻断，或暴露超出预期。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\", \"nodePortRangeMin\": 30000, \"nodePortRangeMax\": 32767}}, \"options\": {\"createSecurityGroups\": {\"networkInfo\": {\"podCIDR\": \"10.0.0.0/16\", \"nodePortRangeMin\": 30000, \"nodePortRangeMax\": 32767}}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\", \"nodePortRangeMin\": 30000, \"nodePortRangeMax\": 32767}}, \"options\": {\"createSecurityGroups\": {\"networkInfo\": {\"podCIDR\": \"172.28.0.0/16\", \"nodePortRangeMin\": 30000, \"nodePortRangeMax\": 32767}}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2.CreateClusterOptions`：`CreateSecurityGroups.NetworkInfo`（`ClusterNetworkInfo`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NetworkInfoMismatch::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let Some(groups) = &request.options.create_security_groups else {
        return;
    };
    let info = &groups.network_info;
    let config = &request.cluster.container_network_config;
    let effective = |value: i64, default: i64| if value == 0 { default } else { value };
    for (field, written, cluster_field, cluster_value) in [
        (
            "nodePortRangeMin",
            info.node_port_range_min,
            "nodePortRangeMin",
            effective(config.node_port_range_min, DEFAULT_NODE_PORT_MIN),
        ),
        (
            "nodePortRangeMax",
            info.node_port_range_max,
            "nodePortRangeMax",
            effective(config.node_port_range_max, DEFAULT_NODE_PORT_MAX),
        ),
    ] {
        if written != 0 && written != cluster_value {
            out.push(network_info_mismatch_diagnostic(
                field,
                &written.to_string(),
                cluster_field,
                &cluster_value.to_string(),
            ));
        }
    }
    for (field, written, cluster_field, cluster_value) in [
        (
            "podCIDR",
            &info.pod_cidr,
            "clusterPodCIDR",
            &config.cluster_pod_cidr,
        ),
        (
            "podCIDRIPv6",
            &info.pod_cidr_ipv6,
            "clusterPodCIDRIPv6",
            &config.cluster_pod_cidr_ipv6,
        ),
    ] {
        let (written, cluster_value) = (written.trim(), cluster_value.trim());
        if written.is_empty() || cluster_value.is_empty() || written == cluster_value {
            continue;
        }
        let same_network = match (parse_cidr(written), parse_cidr(cluster_value)) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        };
        if !same_network {
            out.push(network_info_mismatch_diagnostic(
                field,
                written,
                cluster_field,
                cluster_value,
            ));
        }
    }
}

/// `networkInfo.field` is `written` but the cluster's `cluster_field` is `cluster_value`.
fn network_info_mismatch_diagnostic(
    field: &str,
    written: &str,
    cluster_field: &str,
    cluster_value: &str,
) -> Finding {
    Finding::new(
        NetworkInfoMismatch::META.code,
        JsonPointer::from_segments(["options", "createSecurityGroups", "networkInfo", field]),
        Text::new(
            format!(
                "`networkInfo.{field}` is {written}, but the cluster's `{cluster_field}` is {cluster_value}"
            ),
            format!(
                "`networkInfo.{field}` 为 {written}，但集群的 `{cluster_field}` 为 {cluster_value}"
            ),
        ),
        Text::new(
            format!(
                "The default security groups are generated from `networkInfo`: set `{field}` to {cluster_value}"
            ),
            format!("默认安全组规则根据 `networkInfo` 生成：请将 `{field}` 设为 {cluster_value}"),
        ),
    )
}
