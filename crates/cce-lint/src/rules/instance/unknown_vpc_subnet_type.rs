use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `vpcConfig.vpcSubnetType` outside `BCC`, `BCC_NAT` and `BBC`, in `masters`,
    /// `nodes` and node-group templates, and suggests the value it most likely means (a change
    /// of case only is fixed automatically). The structural pass detects it from the model's
    /// enumeration.
    ///
    /// ## Why is this bad?
    /// The subnet type is mostly filled by CCE from the subnet itself; a value you send that
    /// VPC does not know describes no real subnet type and at best is overwritten, at worst
    /// makes CCE pick the wrong kind of network setup for the machine.
    ///
    /// ## Example
    /// ```json
    /// {"vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "vpcSubnetType": "bcc"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "vpcSubnetType": "BCC"}}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/vpc`, `SubnetType` (`BCC`, `BCC_NAT`, `BBC`)
    pub struct UnknownVpcSubnetType {
        code: "CCE550",
        name: "unknown-vpc-subnet-type",
        group: Instance,
        severity: Warning,
        fix: Sometimes,
        summary: ("Unknown vpcSubnetType", "未知的 vpcSubnetType"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 和节点组模板中不属于 `BCC`、`BCC_NAT`、`BBC` 的 `vpcConfig.vpcSubnetType`，并给出最可能的取值（仅大小写不同时自动修复）。由结构检查根据模型中的枚举检测。

## 为什么有问题
子网类型大多由 CCE 根据子网本身填写；你发送的 VPC 不认识的取值不对应任何真实子网类型，轻则被覆盖，重则让 CCE 为机器选错网络配置方式。

## 示例
```json
{"vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "vpcSubnetType": "bcc"}}
```

应改为：
```json
{"vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u", "vpcSubnetType": "BCC"}}
```

## 参考
- Go SDK `bce-sdk-go/services/vpc` 中的 `SubnetType`（`BCC`、`BCC_NAT`、`BBC`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UnknownVpcSubnetType::META,
    check: None,
};
