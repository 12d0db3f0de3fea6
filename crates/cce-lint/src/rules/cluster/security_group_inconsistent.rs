use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::common::{SecurityGroupType, SecurityGroupV2};
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `SecurityGroupV2` entries (`{name, type, id}`) that cannot be right, wherever
    /// they appear: the cluster's `masterDefaultSecurityGroups`, `nodeDefaultSecurityGroups`
    /// and `eniDefaultSecurityGroups`, every instance's `vpcConfig.securityGroups` and every
    /// node group's `securityGroups`. An entry without `id`; a `type` other than `normal` or
    /// `enterprise` (detected by the structural pass, with a did-you-mean); and an `id` whose
    /// prefix contradicts the type: normal groups are `g-…`, enterprise groups `esg-…`. When
    /// an entry has no `type`, the list's `securityGroupType` (instances, node groups) is used.
    /// IDs of neither form are CCE204's business.
    ///
    /// ## Why is this bad?
    /// The server looks the group up by `id` in the service that `type` names; a mismatch or a
    /// missing `id` means the group is not found and the nodes or ENIs are created without it,
    /// or the request fails.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"nodeDefaultSecurityGroups": [{"name": "web", "type": "normal", "id": "esg-a1b2c3d4e5f6"}]}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"nodeDefaultSecurityGroups": [{"name": "web", "type": "enterprise", "id": "esg-a1b2c3d4e5f6"}]}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `SecurityGroupV2`, `SecurityGroupTypeNormal`, `SecurityGroupTypeEnterprise`
    pub struct SecurityGroupInconsistent {
        code: "CCE216",
        name: "security-group-inconsistent",
        group: Cluster,
        severity: Warning,
        fix: Sometimes,
        summary: ("Security group entry without `id`, or with a type its ID contradicts", "安全组条目缺少 `id`，或类型与 ID 不符"),
        docs_zh: "## 作用\n报告不可能正确的 `SecurityGroupV2` 条目（`{name, type, id}`），无论其出现在何处：集群的 `masterDefaultSecurityGroups`、`nodeDefaultSecurityGroups` 与 `eniDefaultSecurityGroups`，每个实例的 `vpcConfig.securityGroups`，以及每个节点组的 `securityGroups`。包括：缺少 `id` 的条目；`type` 不是 `normal` 或 `enterprise`（由结构检查发现并给出建议）；`id` 前缀与类型矛盾：普通安全组为 `g-…`，企业安全组为 `esg-…`。条目未设置 `type` 时，使用所在列表的 `securityGroupType`（实例、节点组）。两种格式都不符合的 ID 由 CCE204 报告。\n\n## 为什么有问题\n服务端按 `type` 指定的服务用 `id` 查找安全组；二者不符或缺少 `id` 时找不到该安全组，节点或 ENI 会在没有该安全组的情况下创建，或请求失败。\n\n## 示例\n```json\n{\"cluster\": {\"nodeDefaultSecurityGroups\": [{\"name\": \"web\", \"type\": \"normal\", \"id\": \"esg-a1b2c3d4e5f6\"}]}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"nodeDefaultSecurityGroups\": [{\"name\": \"web\", \"type\": \"enterprise\", \"id\": \"esg-a1b2c3d4e5f6\"}]}}\n```\n\n## 参考\n- 官方 SDK `SecurityGroupV2`、`SecurityGroupTypeNormal`、`SecurityGroupTypeEnterprise`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &SecurityGroupInconsistent::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let cluster = &request.cluster;
    for (key, groups) in [
        (
            "masterDefaultSecurityGroups",
            &cluster.master_default_security_groups,
        ),
        (
            "nodeDefaultSecurityGroups",
            &cluster.node_default_security_groups,
        ),
        (
            "eniDefaultSecurityGroups",
            &cluster.eni_default_security_groups,
        ),
    ] {
        check_list(
            || JsonPointer::from_segments(["cluster", key]),
            groups.as_deref(),
            "",
            out,
        );
    }
    for instance in ctx.instances() {
        let vpc = &instance.spec.vpc_config;
        check_list(
            || instance.at(&["vpcConfig", "securityGroups"]),
            vpc.security_groups.as_deref(),
            &vpc.security_group_type,
            out,
        );
    }
    for (index, group) in request.node_groups.iter().flatten().enumerate() {
        check_list(
            || JsonPointer::from_segments(["nodeGroups", &index.to_string(), "securityGroups"]),
            group.security_groups.as_deref(),
            &group.security_group_type,
            out,
        );
    }
}

/// The type an ID prefix stands for.
fn type_of_id(id: &str) -> Option<SecurityGroupType> {
    if id.starts_with("g-") {
        Some(SecurityGroupType::Normal)
    } else if id.starts_with("esg-") {
        Some(SecurityGroupType::Enterprise)
    } else {
        None
    }
}

/// Checks one list; `list_type` is the list's `securityGroupType` (`""` when none). Its pointer
/// is only built when the list has entries.
fn check_list(
    list: impl FnOnce() -> JsonPointer,
    groups: Option<&[SecurityGroupV2]>,
    list_type: &str,
    out: &mut Vec<Finding>,
) {
    let groups = groups.unwrap_or_default();
    if groups.is_empty() {
        return;
    }
    let list = list();
    for (index, group) in groups.iter().enumerate() {
        let entry = list.child(index);
        if group.id.is_empty() {
            out.push(missing_id_diagnostic(entry.child("id")));
            continue;
        }
        let Some(implied) = type_of_id(&group.id) else {
            continue;
        };
        let (declared, pointer, from_list) = match group.kind.as_ref() {
            Some(kind) => (kind.clone(), entry.child("type"), false),
            None => (SecurityGroupType::from(list_type), entry.child("id"), true),
        };
        if declared.is_known() && declared != implied {
            out.push(security_group_inconsistent_diagnostic(
                pointer,
                &group.id,
                declared.as_str(),
                implied.as_str(),
                from_list,
            ));
        }
    }
}

/// The entry at `pointer`'s parent has no `id`.
fn missing_id_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        SecurityGroupInconsistent::META.code,
        pointer,
        Text::new("Security group entry has no `id`", "安全组条目缺少 `id`"),
        Text::new(
            "Set the group's ID (`g-…` or `esg-…`), or remove the entry",
            "请设置安全组 ID（`g-…` 或 `esg-…`），或删除该条目",
        ),
    )
}

/// The group `id` is declared `declared` (by the list's `securityGroupType` when `from_list`)
/// but its prefix says `implied`.
fn security_group_inconsistent_diagnostic(
    pointer: JsonPointer,
    id: &str,
    declared: &str,
    implied: &str,
    from_list: bool,
) -> Finding {
    let prefix = if implied == "normal" { "g-" } else { "esg-" };
    let (source_en, source_zh) = if from_list {
        (
            " (from the list's `securityGroupType`)",
            "（来自列表的 `securityGroupType`）",
        )
    } else {
        ("", "")
    };
    Finding::new(
        SecurityGroupInconsistent::META.code,
        pointer,
        Text::new(
            format!(
                "Security group `{id}` has type `{declared}`{source_en}, but its `{prefix}` prefix means `{implied}`"
            ),
            format!(
                "安全组 `{id}` 的类型为 `{declared}`{source_zh}，但其 ID 前缀 `{prefix}` 表示 `{implied}`"
            ),
        ),
        Text::new(
            format!(
                "Set type `{implied}` for this ID, or use the ID of a security group of type `{declared}`"
            ),
            format!("请将该 ID 的类型设为 `{implied}`，或改用 `{declared}` 类型安全组的 ID"),
        ),
    )
}
