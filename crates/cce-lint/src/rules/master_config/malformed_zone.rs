use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports zone names that do not look like `zoneA` (`zone` and one upper-case letter):
    /// `managedClusterMasterOption.masterVPCSubnetZone` and every instance's
    /// `vpcConfig.availableZone` (masters, nodes, node-group templates). A name that differs only in case or separator (`zonea`,
    /// `zone-a`) or that is written the BCC way (`cn-bj-a`) gets a fix to the CCE spelling.
    ///
    /// ## Why is this bad?
    /// CCE names zones `zoneA`, `zoneB`, …; the SDK's `AvailableZone` constants and every
    /// example use this form. Other spellings (`ZoneA`, `cn-bj-a` as in the BCC console, a
    /// bare `a`) do not name a CCE zone: the instance, master or ENI subnet cannot be placed.
    /// The Terraform provider once validated the letters A–F, later added G and I, then
    /// dropped the validation, so any letter is accepted here.
    ///
    /// Note: rules.md also lists the keys of `containerNetworkConfig.eniVPCSubnetIDs` here.
    /// CCE415 already reports those keys (in the ENI modes, where they are used; in the route
    /// modes CCE437 reports the whole map as ignored), so this rule leaves them out rather than
    /// report the same key twice.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "availableZone": "cn-bj-d"}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "availableZone": "zoneD"}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types` `AvailableZone` constants (`zoneA` … `zoneF`)
    /// - CCE API, 创建集群, request examples (`masterVPCSubnetZone: zoneA`, `availableZone: zoneA`)
    /// - Terraform provider history of `available_zone` validation (A–F, then G and I, then removed)
    pub struct MalformedZone {
        code: "CCE303",
        name: "malformed-zone",
        group: MasterConfig,
        severity: Warning,
        fix: Sometimes,
        summary: ("A zone name that does not look like `zoneA`", "可用区名称不是 `zoneA` 的形式"),
        docs_zh: "## 作用\n报告不符合 `zoneA` 形式（`zone` 加一个大写字母）的可用区名称：`managedClusterMasterOption.masterVPCSubnetZone` 以及每个实例（Master、Node、节点组模板）的 `vpcConfig.availableZone`。仅大小写或分隔符不同（`zonea`、`zone-a`）或按 BCC 方式书写（`cn-bj-a`）的名称会附带修复为 CCE 写法。\n\n## 为什么有问题\nCCE 的可用区命名为 `zoneA`、`zoneB`……；SDK 的 `AvailableZone` 常量和所有示例都使用这种形式。其他写法（`ZoneA`、BCC 控制台的 `cn-bj-a`、单独的 `a`）不是 CCE 可用区：实例、Master 或 ENI 子网无法落位。Terraform provider 曾只允许 A–F，后来加入 G 和 I，之后取消了校验，因此这里接受任意字母。\n\n注：rules.md 还把 `containerNetworkConfig.eniVPCSubnetIDs` 的键列在本规则下。这些键已由 CCE415 报告（在使用它们的 ENI 模式下；路由模式下整个映射由 CCE437 报告为被忽略），因此本规则不再检查，以免同一个键被报告两次。\n\n## 示例\n```json\n{\"nodes\": [{\"count\": 1, \"instanceSpec\": {\"vpcConfig\": {\"vpcSubnetID\": \"sbn-mnbvhnuupv1u\", \"availableZone\": \"cn-bj-d\"}}}]}\n```\n\n应改为：\n```json\n{\"nodes\": [{\"count\": 1, \"instanceSpec\": {\"vpcConfig\": {\"vpcSubnetID\": \"sbn-mnbvhnuupv1u\", \"availableZone\": \"zoneD\"}}}]}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types` `AvailableZone` 常量（`zoneA` … `zoneF`）\n- CCE API 创建集群请求示例（`masterVPCSubnetZone: zoneA`、`availableZone: zoneA`）\n- Terraform provider 中 `available_zone` 校验的变更历史（A–F，后加入 G 和 I，之后取消）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MalformedZone::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let master_zone = &request
        .cluster
        .master_config
        .managed_cluster_master_option
        .master_vpc_subnet_zone;
    if !master_zone.is_empty() && !is_zone(master_zone) {
        out.push(malformed_zone_diagnostic(
            JsonPointer::from_segments([
                "cluster",
                "masterConfig",
                "managedClusterMasterOption",
                "masterVPCSubnetZone",
            ]),
            master_zone,
        ));
    }
    for instance in ctx.instances() {
        let zone = &instance.spec.vpc_config.available_zone;
        if !zone.is_empty() && !is_zone(zone) {
            out.push(malformed_zone_diagnostic(
                instance.at(&["vpcConfig", "availableZone"]),
                zone,
            ));
        }
    }
}

/// Whether `zone` is `zone` followed by one upper-case ASCII letter.
fn is_zone(zone: &str) -> bool {
    zone.strip_prefix("zone")
        .is_some_and(|letter| letter.len() == 1 && letter.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The CCE spelling of a zone written with other case (`ZONEA`) or the BCC way (`cn-bj-a`).
fn canonical_zone(zone: &str) -> Option<String> {
    let lower = zone.to_ascii_lowercase();
    let letter = match lower.strip_prefix("zone") {
        Some(letter) => letter.trim_start_matches(['-', '_', ' ']).to_owned(),
        None => {
            let parts: Vec<&str> = lower.split('-').collect();
            match parts.as_slice() {
                [region, city, letter]
                    if region.len() >= 2
                        && city.len() >= 2
                        && region.bytes().all(|b| b.is_ascii_lowercase())
                        && city.bytes().all(|b| b.is_ascii_lowercase()) =>
                {
                    (*letter).to_owned()
                }
                _ => return None,
            }
        }
    };
    (letter.len() == 1 && letter.bytes().all(|b| b.is_ascii_lowercase()))
        .then(|| format!("zone{}", letter.to_ascii_uppercase()))
}

/// `zone` at `pointer` is not a CCE zone name.
fn malformed_zone_diagnostic(pointer: JsonPointer, zone: &str) -> Finding {
    let canonical = canonical_zone(zone);
    let help = match &canonical {
        Some(canonical) => Text::new(
            format!("Write `{canonical}`: CCE zones are `zone` and an upper-case letter"),
            format!("请写作 `{canonical}`：CCE 可用区为 `zone` 加一个大写字母"),
        ),
        None => Text::new(
            "Write the zone as CCE names it: `zone` and an upper-case letter, e.g. `zoneA`",
            "请按 CCE 的命名书写可用区：`zone` 加一个大写字母，例如 `zoneA`",
        ),
    };
    let finding = Finding::new(
        MalformedZone::META.code,
        pointer.clone(),
        Text::new(
            format!("Zone `{zone}` does not look like a CCE zone (`zoneA`, `zoneB`, …)"),
            format!("可用区 `{zone}` 不是 CCE 可用区的形式（`zoneA`、`zoneB` 等）"),
        ),
        help,
    );
    match canonical {
        Some(canonical) => finding.fix(
            Text::new(
                format!("Replace with `{canonical}`"),
                format!("替换为 `{canonical}`"),
            ),
            vec![PatchOperation::Replace {
                path: pointer,
                value: serde_json::Value::String(canonical),
            }],
        ),
        None => finding,
    }
}

#[cfg(test)]
mod tests {
    use super::{canonical_zone, is_zone};

    #[test]
    fn zone_names() {
        assert!(is_zone("zoneA"));
        assert!(is_zone("zoneI"));
        for bad in ["zonea", "ZoneA", "zoneAB", "zone", "a", "cn-bj-a", "zone-A"] {
            assert!(!is_zone(bad), "{bad}");
        }
    }

    #[test]
    fn canonical_spellings() {
        for (written, canonical) in [
            ("zonea", Some("zoneA")),
            ("ZONEB", Some("zoneB")),
            ("zone-c", Some("zoneC")),
            ("zone_d", Some("zoneD")),
            ("cn-bj-d", Some("zoneD")),
            ("cn-gz-c", Some("zoneC")),
            ("b", None),
            ("zone", None),
            ("zoneAB", None),
            ("cn-bj-ab", None),
            ("bj-a", None),
        ] {
            assert_eq!(canonical_zone(written).as_deref(), canonical, "{written}");
        }
    }
}
