use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::rules::network::network_facts::{
    network_pointer, DEFAULT_NODE_PORT_MAX, DEFAULT_NODE_PORT_MIN,
};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a NodePort range with only one bound set: `nodePortRangeMin` without
    /// `nodePortRangeMax`, or the reverse (zero means unset). It points at the missing bound.
    ///
    /// ## Why is this bad?
    /// The unset bound keeps its default (30000 or 32767), which is rarely what was meant:
    /// `nodePortRangeMin: 40000` alone gives the empty range 40000–32767, and
    /// `nodePortRangeMax: 40000` alone silently widens the default range.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"nodePortRangeMin": 40000}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"nodePortRangeMin": 40000, "nodePortRangeMax": 42767}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`: `NodePortRangeMin`, `NodePortRangeMax`
    /// - Kubernetes: kube-apiserver `--service-node-port-range` (default 30000-32767)
    pub struct HalfNodePortRange {
        code: "CCE429",
        name: "half-node-port-range",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("Only one bound of the NodePort range is set", "NodePort 端口范围只设置了一端"),
        docs_zh: "## 作用\n报告只设置了一端的 NodePort 端口范围：只有 `nodePortRangeMin` 而没有 `nodePortRangeMax`，或反之（0 表示未设置）。指向缺少的那一端。\n\n## 为什么有问题\n未设置的一端保持默认值（30000 或 32767），这通常不是本意：只设 `nodePortRangeMin: 40000` 得到空范围 40000–32767，只设 `nodePortRangeMax: 40000` 则悄悄扩大了默认范围。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"nodePortRangeMin\": 40000}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"nodePortRangeMin\": 40000, \"nodePortRangeMax\": 42767}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`：`NodePortRangeMin`、`NodePortRangeMax`\n- Kubernetes：kube-apiserver `--service-node-port-range`（默认 30000-32767）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &HalfNodePortRange::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let config = &request.cluster.container_network_config;
    match (config.node_port_range_min, config.node_port_range_max) {
        (0, 0) => {}
        (min, 0) => out.push(half_node_port_range_diagnostic(
            "nodePortRangeMin",
            "nodePortRangeMax",
            min,
            DEFAULT_NODE_PORT_MAX,
        )),
        (0, max) => out.push(half_node_port_range_diagnostic(
            "nodePortRangeMax",
            "nodePortRangeMin",
            max,
            DEFAULT_NODE_PORT_MIN,
        )),
        _ => {}
    }
}

/// `set` is `value` while `missing` is unset and stays at `default`.
fn half_node_port_range_diagnostic(set: &str, missing: &str, value: i64, default: i64) -> Finding {
    let (min, max) = if set == "nodePortRangeMin" {
        (value, default)
    } else {
        (default, value)
    };
    let (empty_en, empty_zh) = if min > max {
        (", an empty range", "，这是一个空范围")
    } else {
        ("", "")
    };
    Finding::new(
        HalfNodePortRange::META.code,
        network_pointer(missing),
        Text::new(
            format!(
                "Only `{set}` is set ({value}); `{missing}` stays at its default {default}, so the NodePort range is {min}-{max}{empty_en}"
            ),
            format!(
                "只设置了 `{set}`（{value}）；`{missing}` 保持默认值 {default}，NodePort 端口范围为 {min}-{max}{empty_zh}"
            ),
        ),
        Text::new(
            format!("Set `{missing}` as well, so that the range is the one you mean"),
            format!("同时设置 `{missing}`，使端口范围符合预期"),
        ),
    )
}
