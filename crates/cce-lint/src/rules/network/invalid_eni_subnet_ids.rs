use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_mode, is_eni_mode};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// In the ENI modes, reports entries of `eniVPCSubnetIDs` whose key is not a zone name
    /// (`zoneA` … `zoneZ`), whose list is empty, or whose values are not subnet IDs (`sbn-…`).
    /// An `eniVPCSubnetIDs` without any subnet at all is CCE414 instead.
    ///
    /// Note: rules.md also puts "set in a route mode (ignored)" under this code; that different
    /// problem has its own code, CCE437.
    ///
    /// ## Why is this bad?
    /// CCE looks the subnets up by zone when it places ENIs. A key that is not a zone never
    /// matches a node, an empty list gives the zone no pod addresses, and a value that is not a
    /// subnet ID (for example a subnet name or CIDR) cannot be found.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "vpc-eni", "eniVPCSubnetIDs": {"cn-bj-a": ["192.168.1.0/24"]}}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "vpc-eni", "eniVPCSubnetIDs": {"zoneA": ["sbn-mnbvhnuupv1u"]}}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `types.ContainerNetworkConfig.ENIVPCSubnetIDs` (`map[AvailableZone][]string`, "ENI 网络模式子网")
    /// - Terraform provider `eni_vpc_subnet_ids` examples (`zoneA = ["sbn-…"]`)
    pub struct InvalidEniSubnetIds {
        code: "CCE415",
        name: "invalid-eni-subnet-ids",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("`eniVPCSubnetIDs` has a bad zone key, an empty list or a non-subnet ID", "`eniVPCSubnetIDs` 的可用区键、列表或子网 ID 有误"),
        docs_zh: "## 作用\nENI 模式下，报告 `eniVPCSubnetIDs` 中键不是可用区名（`zoneA` … `zoneZ`）、列表为空或值不是子网 ID（`sbn-…`）的条目。完全没有子网的 `eniVPCSubnetIDs` 由 CCE414 报告。\n\n注：rules.md 还把“在路由模式下设置（被忽略）”归入此编号；这是另一个问题，使用单独的编号 CCE437。\n\n## 为什么有问题\nCCE 放置 ENI 时按可用区查找子网。不是可用区的键永远匹配不到节点，空列表使该可用区没有 Pod 地址，不是子网 ID 的值（例如子网名称或网段）无法找到。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"vpc-eni\", \"eniVPCSubnetIDs\": {\"cn-bj-a\": [\"192.168.1.0/24\"]}}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"vpc-eni\", \"eniVPCSubnetIDs\": {\"zoneA\": [\"sbn-mnbvhnuupv1u\"]}}}}\n```\n\n## 参考\n- 官方 SDK `types.ContainerNetworkConfig.ENIVPCSubnetIDs`（`map[AvailableZone][]string`，“ENI 网络模式子网”）\n- Terraform Provider `eni_vpc_subnet_ids` 示例（`zoneA = [\"sbn-…\"]`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidEniSubnetIds::META,
    check: Some(check),
};

/// The problem with one entry.
enum Problem<'a> {
    /// The key is not `zoneA` … `zoneZ`.
    NotAZone(&'a str),
    /// The zone lists no subnet.
    EmptyList(&'a str),
    /// A value is not `sbn-…`.
    NotASubnetId(&'a str),
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if !is_eni_mode(&effective_mode(request)) {
        return;
    }
    let Some(map) = &request.cluster.container_network_config.eni_vpc_subnet_ids else {
        return;
    };
    if map.values().flatten().all(String::is_empty) {
        // No subnet at all: CCE414.
        return;
    }
    let at = JsonPointer::from_segments(["cluster", "containerNetworkConfig", "eniVPCSubnetIDs"]);
    for (zone, ids) in map {
        if !is_zone(zone) {
            out.push(invalid_eni_subnet_ids_diagnostic(
                at.child(zone),
                Problem::NotAZone(zone),
            ));
        }
        if ids.is_empty() {
            out.push(invalid_eni_subnet_ids_diagnostic(
                at.child(zone),
                Problem::EmptyList(zone),
            ));
        }
        for (index, id) in ids.iter().enumerate() {
            if !is_subnet_id(id) {
                out.push(invalid_eni_subnet_ids_diagnostic(
                    at.child(zone).child(index),
                    Problem::NotASubnetId(id),
                ));
            }
        }
    }
}

/// `zoneA` … `zoneZ`.
fn is_zone(key: &str) -> bool {
    key.strip_prefix("zone")
        .is_some_and(|letter| letter.len() == 1 && letter.bytes().all(|b| b.is_ascii_uppercase()))
}

/// `sbn-` followed by lowercase letters and digits.
fn is_subnet_id(id: &str) -> bool {
    id.strip_prefix("sbn-").is_some_and(|rest| {
        !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

/// One entry of `eniVPCSubnetIDs` at `pointer` has `problem`.
fn invalid_eni_subnet_ids_diagnostic(pointer: JsonPointer, problem: Problem<'_>) -> Finding {
    let (message, help) = match problem {
        Problem::NotAZone(key) => (
            Text::new(
                format!("`eniVPCSubnetIDs` key `{key}` is not a zone name such as `zoneA`"),
                format!("`eniVPCSubnetIDs` 的键 `{key}` 不是 `zoneA` 这样的可用区名"),
            ),
            Text::new(
                "Key the map by the zone of the subnets: `zoneA` … `zoneZ`",
                "请以子网所在可用区为键：`zoneA` … `zoneZ`",
            ),
        ),
        Problem::EmptyList(zone) => (
            Text::new(
                format!("`eniVPCSubnetIDs` lists no subnet for `{zone}`"),
                format!("`eniVPCSubnetIDs` 没有为 `{zone}` 列出子网"),
            ),
            Text::new(
                "List at least one subnet ID for the zone, or remove the zone",
                "请为该可用区至少列出一个子网 ID，或删除该可用区",
            ),
        ),
        Problem::NotASubnetId(id) => (
            Text::new(
                format!("`{id}` in `eniVPCSubnetIDs` is not a subnet ID (`sbn-…`)"),
                format!("`eniVPCSubnetIDs` 中的 `{id}` 不是子网 ID（`sbn-…`）"),
            ),
            Text::new(
                "Use the subnet's ID from the VPC console (`sbn-…`), not its name or CIDR",
                "请使用 VPC 控制台中的子网 ID（`sbn-…`），而不是名称或网段",
            ),
        ),
    };
    Finding::new(InvalidEniSubnetIds::META.code, pointer, message, help)
}
