use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::InstanceChargingType;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a new instance in `masters`, `nodes` or a node-group template with
    /// `instanceChargingType: Prepaid` and no positive
    /// `instancePreChargingOption.purchaseTime`. Existing instances are not bought and are not
    /// checked.
    ///
    /// ## Why is this bad?
    /// A prepaid machine is bought for a fixed period: BCC requires the reservation length for
    /// prepaid purchases ("预支付时必须设置"), and the SDK documents `purchaseTime` as the
    /// prepaid length in months. Without it the purchase is refused.
    ///
    /// ## Example
    /// ```json
    /// {"instanceChargingType": "Prepaid"}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"instanceChargingType": "Prepaid", "instancePreChargingOption": {"purchaseTime": 1}}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `InstancePreChargingOption.PurchaseTime` ("预付费才生效：单位月")
    /// - BCC API, CreateInstanceBySpec, `billing.reservation` ("预支付时必须设置")
    pub struct PrepaidWithoutPurchaseTime {
        code: "CCE540",
        name: "prepaid-without-purchase-time",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("Prepaid instance without purchaseTime", "预付费实例未设置 purchaseTime"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 或节点组模板中 `instanceChargingType: Prepaid` 却没有正数 `instancePreChargingOption.purchaseTime` 的新建实例。已有实例不涉及购买，不检查。

## 为什么有问题
预付费机器按固定时长购买：BCC 要求预付费时必须设置购买时长（“预支付时必须设置”），SDK 说明 `purchaseTime` 是以月为单位的预付费时长。缺少它购买会被拒绝。

## 示例
```json
{"instanceChargingType": "Prepaid"}
```

应改为：
```json
{"instanceChargingType": "Prepaid", "instancePreChargingOption": {"purchaseTime": 1}}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中 `InstancePreChargingOption.PurchaseTime`（“预付费才生效：单位月”）
- BCC API CreateInstanceBySpec 的 `billing.reservation`（“预支付时必须设置”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PrepaidWithoutPurchaseTime::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        if !spec.existed
            && spec.instance_charging_type == Some(InstanceChargingType::Prepaid)
            && spec.instance_pre_charging_option.purchase_time < 1
        {
            let pointer = instance.at(&["instancePreChargingOption", "purchaseTime"]);
            out.push(prepaid_without_purchase_time_diagnostic(pointer));
        }
    }
}

/// The prepaid instance's `purchaseTime` (at `pointer`) is missing or not positive.
fn prepaid_without_purchase_time_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        PrepaidWithoutPurchaseTime::META.code,
        pointer,
        Text::new(
            "Prepaid nodes need `instancePreChargingOption.purchaseTime` (months)",
            "预付费节点需要设置 `instancePreChargingOption.purchaseTime`（月）",
        ),
        Text::new(
            "Set `purchaseTime` to the number of months to buy (1–9, 12, 24, 36, 48 or 60), or use `Postpaid`",
            "请将 `purchaseTime` 设为购买月数（1–9、12、24、36、48 或 60），或改用 `Postpaid`",
        ),
    )
}
