use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::{is_new_with_spec, non_empty};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a new instance (`existed` not true) that sets neither `vpcConfig.vpcSubnetID`
    /// nor `vpcConfig.optionalSubnetIDs`. Existing machines keep their own subnet and are not
    /// reported; empty specs are left to CCE501.
    ///
    /// ## Why is this bad?
    /// A new machine has to be placed in a subnet of the cluster VPC, which also fixes its
    /// availability zone. Every API example sets `vpcSubnetID`; without it CCE does not know
    /// where to create the machine.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "vpcConfig": {"securityGroupID": "g-k4tsm0id2g1n"}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "vpcConfig": {"vpcSubnetID": "sbn-vvqsb9b57f24", "securityGroupID": "g-k4tsm0id2g1n"}}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例 (every new instance sets `vpcConfig.vpcSubnetID`)
    /// - bce-sdk-go `types.VPCConfig` (`VPCSubnetID`, `OptionalSubnetIDs`)
    pub struct MissingNodeSubnet {
        code: "CCE517",
        name: "missing-node-subnet",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("A new instance without a subnet", "新建实例未设置子网"),
        docs_zh: r#"## 作用
报告既未设置 `vpcConfig.vpcSubnetID` 也未设置 `vpcConfig.optionalSubnetIDs` 的新建实例（`existed` 不为 true）。已有机器保留自己的子网，不报告；空的实例配置由 CCE501 报告。

## 为什么有问题
新机器必须放在集群 VPC 的某个子网中，子网同时决定其可用区。所有 API 示例都设置了 `vpcSubnetID`；缺少时 CCE 不知道在哪里创建机器。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "vpcConfig": {"securityGroupID": "g-k4tsm0id2g1n"}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "vpcConfig": {"vpcSubnetID": "sbn-vvqsb9b57f24", "securityGroupID": "g-k4tsm0id2g1n"}}}]}
```

## 参考
- CCE API 创建集群，请求示例（每个新建实例都设置了 `vpcConfig.vpcSubnetID`）
- bce-sdk-go `types.VPCConfig`（`VPCSubnetID`、`OptionalSubnetIDs`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingNodeSubnet::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let vpc = &instance.spec.vpc_config;
        if is_new_with_spec(instance)
            && vpc.vpc_subnet_id.trim().is_empty()
            && !non_empty(vpc.optional_subnet_ids.as_ref())
        {
            out.push(missing_node_subnet_diagnostic(
                instance.at(&["vpcConfig", "vpcSubnetID"]),
            ));
        }
    }
}

/// The new instance has no subnet; `pointer` is where `vpcSubnetID` belongs.
fn missing_node_subnet_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        MissingNodeSubnet::META.code,
        pointer,
        Text::new(
            "No subnet for the new instance: `vpcConfig.vpcSubnetID` is not set",
            "新建实例没有子网：未设置 `vpcConfig.vpcSubnetID`",
        ),
        Text::new(
            "Set `vpcConfig.vpcSubnetID` to a subnet (`sbn-…`) of the cluster VPC in the wanted zone",
            "将 `vpcConfig.vpcSubnetID` 设为集群 VPC 中目标可用区的子网（`sbn-…`）",
        ),
    )
}
