use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an `instanceChargingType` outside `Prepaid`, `Postpaid`, `bidding` and
    /// `Spotpaid`, in `masters`, `nodes` and node-group templates, and suggests the value it
    /// most likely means (a change of case only is fixed automatically). The structural pass
    /// detects it from the model's enumeration.
    ///
    /// ## Why is this bad?
    /// The billing method decides what is bought and how it is paid for; BCC does not know
    /// other values (they are case-sensitive: `postpaid` is not `Postpaid`), so the purchase
    /// is refused and the node is not created.
    ///
    /// ## Example
    /// ```json
    /// {"instanceChargingType": "postpaid"}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"instanceChargingType": "Postpaid"}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/bcc/api`, `PaymentTimingType`
    /// - Terraform provider `baiducloud_ccev2_cluster`, `instance_charging_type` validation
    pub struct UnknownInstanceChargingType {
        code: "CCE539",
        name: "unknown-instance-charging-type",
        group: Instance,
        severity: Error,
        fix: Sometimes,
        summary: ("Unknown instanceChargingType", "未知的 instanceChargingType"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 和节点组模板中不属于 `Prepaid`、`Postpaid`、`bidding`、`Spotpaid` 的 `instanceChargingType`，并给出最可能的取值（仅大小写不同时自动修复）。由结构检查根据模型中的枚举检测。

## 为什么有问题
付费方式决定购买什么以及如何付费；BCC 不认识其他取值（区分大小写：`postpaid` 不是 `Postpaid`），购买被拒，节点无法创建。

## 示例
```json
{"instanceChargingType": "postpaid"}
```

应改为：
```json
{"instanceChargingType": "Postpaid"}
```

## 参考
- Go SDK `bce-sdk-go/services/bcc/api` 中的 `PaymentTimingType`
- Terraform provider `baiducloud_ccev2_cluster` 中 `instance_charging_type` 的校验
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UnknownInstanceChargingType::META,
    check: None,
};
