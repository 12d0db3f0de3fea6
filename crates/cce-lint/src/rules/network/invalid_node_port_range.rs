use serde_json::json;

use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::rules::network::network_facts::{network_pointer, PORTS};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a NodePort range CCE cannot configure: a `nodePortRangeMin` or
    /// `nodePortRangeMax` outside 1–65535 (zero means unset), or, when both are set, a
    /// `nodePortRangeMin` greater than `nodePortRangeMax`. A swapped range comes with a safe
    /// fix that exchanges the two bounds.
    ///
    /// Note: the catalogue's condition is `min ≥ max`. kube-apiserver accepts a one-port range
    /// (`--service-node-port-range=30000-30000`), so `min = max` is not reported: it is legal,
    /// if cramped.
    ///
    /// ## Why is this bad?
    /// The bounds become kube-apiserver's `--service-node-port-range`. A bound that is not a
    /// port, or an inverted range, makes the flag invalid: kube-apiserver does not start and
    /// the cluster creation fails.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"nodePortRangeMin": 32767, "nodePortRangeMax": 30000}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"nodePortRangeMin": 30000, "nodePortRangeMax": 32767}}}
    /// ```
    ///
    /// ## References
    /// - Kubernetes: kube-apiserver `--service-node-port-range` (a `PortRange` of ports 1–65535)
    /// - bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`: `NodePortRangeMin`, `NodePortRangeMax`
    /// - CCE API, 创建集群, 请求示例: 自定义 Master 集群 (`50000`–`51000`)
    pub struct InvalidNodePortRange {
        code: "CCE428",
        name: "invalid-node-port-range",
        group: Network,
        severity: Error,
        fix: Sometimes,
        summary: ("NodePort range is not a valid port range", "NodePort 端口范围无效"),
        docs_zh: "## 作用\n报告 CCE 无法配置的 NodePort 端口范围：`nodePortRangeMin` 或 `nodePortRangeMax` 不在 1–65535 内（0 表示未设置），或两者都设置时 `nodePortRangeMin` 大于 `nodePortRangeMax`。上下限颠倒时附带交换两者的安全修复。\n\n注意：规则目录中的条件是 `min ≥ max`。kube-apiserver 接受只含一个端口的范围（`--service-node-port-range=30000-30000`），因此 `min = max` 不报告：它合法，只是很小。\n\n## 为什么有问题\n上下限会成为 kube-apiserver 的 `--service-node-port-range`。不是端口号的上下限或颠倒的范围会使该参数无效：kube-apiserver 无法启动，集群创建失败。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"nodePortRangeMin\": 32767, \"nodePortRangeMax\": 30000}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"nodePortRangeMin\": 30000, \"nodePortRangeMax\": 32767}}}\n```\n\n## 参考\n- Kubernetes：kube-apiserver `--service-node-port-range`（端口 1–65535 的 `PortRange`）\n- bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`：`NodePortRangeMin`、`NodePortRangeMax`\n- CCE API 创建集群请求示例：自定义 Master 集群（`50000`–`51000`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidNodePortRange::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let config = &request.cluster.container_network_config;
    let (min, max) = (config.node_port_range_min, config.node_port_range_max);
    let mut bounds_valid = true;
    for (field, value) in [("nodePortRangeMin", min), ("nodePortRangeMax", max)] {
        if value != 0 && !PORTS.contains(&value) {
            bounds_valid = false;
            out.push(port_out_of_range_diagnostic(field, value));
        }
    }
    if bounds_valid && min != 0 && max != 0 && min > max {
        out.push(swapped_range_diagnostic(min, max));
    }
}

/// The bound `field` is `value`, which is not a port.
fn port_out_of_range_diagnostic(field: &str, value: i64) -> Finding {
    Finding::new(
        InvalidNodePortRange::META.code,
        network_pointer(field),
        Text::new(
            format!("`{field}` {value} is not a port number (1–65535)"),
            format!("`{field}` 为 {value}，不是有效端口号（1–65535）"),
        ),
        Text::new(
            "Use a port between 1 and 65535; the Kubernetes default NodePort range is 30000–32767",
            "请使用 1 到 65535 之间的端口；Kubernetes 默认的 NodePort 范围为 30000–32767",
        ),
    )
}

/// Both bounds are ports but `min` > `max`.
fn swapped_range_diagnostic(min: i64, max: i64) -> Finding {
    Finding::new(
        InvalidNodePortRange::META.code,
        network_pointer("nodePortRangeMin"),
        Text::new(
            format!("NodePort range {min}-{max} is invalid: `nodePortRangeMin` is greater than `nodePortRangeMax`"),
            format!("NodePort 端口范围 {min}-{max} 无效：`nodePortRangeMin` 大于 `nodePortRangeMax`"),
        ),
        Text::new(
            format!("Swap the bounds: {max}-{min}"),
            format!("交换上下限：{max}-{min}"),
        ),
    )
    .fix(
        Text::new(
            format!("Swap the NodePort range bounds to {max}-{min}"),
            format!("将 NodePort 端口范围上下限交换为 {max}-{min}"),
        ),
        vec![
            PatchOperation::Replace {
                path: network_pointer("nodePortRangeMin"),
                value: json!(max),
            },
            PatchOperation::Replace {
                path: network_pointer("nodePortRangeMax"),
                value: json!(min),
            },
        ],
    )
}
