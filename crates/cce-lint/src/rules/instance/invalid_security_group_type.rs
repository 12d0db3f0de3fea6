use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::model::common::SecurityGroupType;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `vpcConfig.securityGroupType` other than `normal` or `enterprise` (`""`, which
    /// the SDK always sends, is unset), and a `vpcConfig.securityGroups[].type` that disagrees
    /// with a valid `securityGroupType` of the same instance. A change of case
    /// (`Normal` → `normal`) is offered as a fix.
    ///
    /// Note: `securityGroupType` is a plain string in the model (the SDK always sends it), so
    /// this rule checks its value itself instead of through the structural enumeration check.
    ///
    /// ## Why is this bad?
    /// Normal (`g-…`) and enterprise (`esg-…`) security groups are different products with
    /// different APIs; CCE binds the groups according to `securityGroupType`. An unknown type,
    /// or groups of the other kind, fail when the node is bound to them.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"securityGroupType": "normal", "securityGroups": [{"id": "esg-4tu0bxgsrd0a", "type": "enterprise"}]}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"securityGroupType": "enterprise", "securityGroups": [{"id": "esg-4tu0bxgsrd0a", "type": "enterprise"}]}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `types.SecurityGroupType` (`normal`, `enterprise`) and `types.VPCConfig`
    /// - terraform-provider-baiducloud `security_group_type` (default `normal`)
    pub struct InvalidSecurityGroupType {
        code: "CCE520",
        name: "invalid-instance-security-group-type",
        group: Instance,
        severity: Warning,
        fix: Sometimes,
        summary: ("`securityGroupType` unknown or inconsistent with `securityGroups[].type`", "`securityGroupType` 未知或与 `securityGroups[].type` 不一致"),
        docs_zh: r#"## 作用
报告不是 `normal` 或 `enterprise` 的 `vpcConfig.securityGroupType`（SDK 总会发送的 `""` 视为未设置），以及与同一实例有效的 `securityGroupType` 不一致的 `vpcConfig.securityGroups[].type`。仅大小写不同（`Normal` → `normal`）时提供修复。

注意：模型中 `securityGroupType` 是普通字符串（SDK 总会发送），因此由本规则自行检查取值，而不是通过结构检查的枚举校验。

## 为什么有问题
普通安全组（`g-…`）和企业安全组（`esg-…`）是不同的产品，接口也不同；CCE 按 `securityGroupType` 绑定安全组。未知类型或另一种类型的安全组会在绑定节点时失败。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"securityGroupType": "normal", "securityGroups": [{"id": "esg-4tu0bxgsrd0a", "type": "enterprise"}]}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"securityGroupType": "enterprise", "securityGroups": [{"id": "esg-4tu0bxgsrd0a", "type": "enterprise"}]}}}]}
```

## 参考
- bce-sdk-go `types.SecurityGroupType`（`normal`、`enterprise`）及 `types.VPCConfig`
- terraform-provider-baiducloud `security_group_type`（默认 `normal`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidSecurityGroupType::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let vpc = &instance.spec.vpc_config;
        let declared = vpc.security_group_type.as_str();
        if declared.is_empty() {
            continue;
        }
        let declared_type = SecurityGroupType::from(declared);
        if !declared_type.is_known() {
            out.push(unknown_type_diagnostic(
                instance.at(&["vpcConfig", "securityGroupType"]),
                declared,
            ));
            continue;
        }
        for (index, group) in vpc.security_groups.iter().flatten().enumerate() {
            match &group.kind {
                Some(kind) if kind.is_known() && *kind != declared_type => {
                    out.push(mismatched_type_diagnostic(
                        instance
                            .at(&["vpcConfig", "securityGroups"])
                            .child(index)
                            .child("type"),
                        kind.as_str(),
                        declared,
                    ));
                }
                _ => {}
            }
        }
    }
}

/// `securityGroupType` at `pointer` is the unknown `value`.
fn unknown_type_diagnostic(pointer: JsonPointer, value: &str) -> Finding {
    let finding = Finding::new(
        InvalidSecurityGroupType::META.code,
        pointer.clone(),
        Text::new(
            format!("`securityGroupType` `{value}` is neither `normal` nor `enterprise`"),
            format!("`securityGroupType` `{value}` 既不是 `normal` 也不是 `enterprise`"),
        ),
        Text::new(
            "Use `normal` for `g-…` security groups or `enterprise` for `esg-…` ones",
            "普通安全组（`g-…`）请用 `normal`，企业安全组（`esg-…`）请用 `enterprise`",
        ),
    );
    let canonical = SecurityGroupType::KNOWN
        .iter()
        .find(|known| known.eq_ignore_ascii_case(value.trim()));
    match canonical {
        Some(known) => finding.fix(
            Text::new(
                format!("Replace with `{known}`"),
                format!("替换为 `{known}`"),
            ),
            vec![PatchOperation::Replace {
                path: pointer,
                value: serde_json::Value::String((*known).to_owned()),
            }],
        ),
        None => finding,
    }
}

/// `securityGroups[].type` `kind` at `pointer` disagrees with `securityGroupType` `declared`.
fn mismatched_type_diagnostic(pointer: JsonPointer, kind: &str, declared: &str) -> Finding {
    Finding::new(
        InvalidSecurityGroupType::META.code,
        pointer,
        Text::new(
            format!(
                "Security group of type `{kind}` listed, but `securityGroupType` is `{declared}`"
            ),
            format!("列出的安全组类型为 `{kind}`，但 `securityGroupType` 为 `{declared}`"),
        ),
        Text::new(
            "List security groups of one kind only and set `securityGroupType` to that kind",
            "只列出同一种类型的安全组，并将 `securityGroupType` 设为该类型",
        ),
    )
}
