use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::non_empty;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an instance that names security groups through more than one of the SDK's three
    /// generations of fields: the legacy `vpcConfig.securityGroupID`,
    /// `vpcConfig.securityGroup.customSecurityGroups`, and `vpcConfig.securityGroups`. Empty
    /// lists, `null` and the all-false `securityGroup` object (the SDK's zero value) do not
    /// count; the `enableCCE…SecurityGroup` switches may be combined with any of them.
    ///
    /// ## Why is this bad?
    /// Which of the fields CCE applies when several are given, and whether it merges them, is
    /// not documented. The node may end up without the groups you expect.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "securityGroupID": "g-k4tsm0id2g1n", "securityGroups": [{"id": "g-xh04bcdkq5n6", "type": "normal"}]}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "securityGroupType": "normal", "securityGroups": [{"id": "g-k4tsm0id2g1n", "type": "normal"}, {"id": "g-xh04bcdkq5n6", "type": "normal"}]}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `types.VPCConfig` (`SecurityGroupID`, `SecurityGroup`, `SecurityGroupType`, `SecurityGroups`)
    pub struct ConflictingSecurityGroups {
        code: "CCE519",
        name: "conflicting-security-group-settings",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("Security groups given in several generations of fields at once", "同时使用多代安全组字段指定安全组"),
        docs_zh: r#"## 作用
报告通过 SDK 三代字段中不止一种指定安全组的实例：旧的 `vpcConfig.securityGroupID`、`vpcConfig.securityGroup.customSecurityGroups` 和 `vpcConfig.securityGroups`。空列表、`null` 以及全为 false 的 `securityGroup` 对象（SDK 零值）不计；`enableCCE…SecurityGroup` 开关可以与任意一种同时使用。

## 为什么有问题
同时给出多个字段时 CCE 采用哪一个、是否合并，文档没有说明。节点最终绑定的安全组可能与预期不同。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "securityGroupID": "g-k4tsm0id2g1n", "securityGroups": [{"id": "g-xh04bcdkq5n6", "type": "normal"}]}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "securityGroupType": "normal", "securityGroups": [{"id": "g-k4tsm0id2g1n", "type": "normal"}, {"id": "g-xh04bcdkq5n6", "type": "normal"}]}}}]}
```

## 参考
- bce-sdk-go `types.VPCConfig`（`SecurityGroupID`、`SecurityGroup`、`SecurityGroupType`、`SecurityGroups`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ConflictingSecurityGroups::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let vpc = &instance.spec.vpc_config;
        let used: Vec<&[&str]> = [
            (
                !vpc.security_group_id.trim().is_empty(),
                &["vpcConfig", "securityGroupID"][..],
            ),
            (
                non_empty(vpc.security_group.custom_security_groups.as_ref()),
                &["vpcConfig", "securityGroup", "customSecurityGroups"][..],
            ),
            (
                non_empty(vpc.security_groups.as_ref()),
                &["vpcConfig", "securityGroups"][..],
            ),
        ]
        .into_iter()
        .filter_map(|(set, segments)| set.then_some(segments))
        .collect();
        if used.len() > 1 {
            let fields: Vec<String> = used
                .iter()
                .map(|segments| segments[1..].join("."))
                .collect();
            out.push(conflicting_security_groups_diagnostic(
                instance.at(used[0]),
                &fields,
            ));
        }
    }
}

/// Several security-group `fields` are set; `pointer` is the first of them.
fn conflicting_security_groups_diagnostic(pointer: JsonPointer, fields: &[String]) -> Finding {
    let list = fields
        .iter()
        .map(|field| format!("`{field}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Finding::new(
        ConflictingSecurityGroups::META.code,
        pointer,
        Text::new(
            format!(
                "Several security-group settings given ({list}); which one CCE applies is undocumented"
            ),
            format!("同时给出了多个安全组设置（{list}）；CCE 采用哪一个没有文档说明"),
        ),
        Text::new(
            "Keep one of them: preferably `securityGroups` with `securityGroupType`, listing every group the node needs",
            "只保留其中一种：建议使用 `securityGroups` 加 `securityGroupType`，列出节点需要的全部安全组",
        ),
    )
}
