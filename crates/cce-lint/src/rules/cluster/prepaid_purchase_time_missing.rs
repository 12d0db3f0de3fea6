use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::PaymentTiming;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `cluster.resourceChargingOption` with `chargingType: Prepaid` and no positive
    /// `purchaseTime`.
    ///
    /// ## Why is this bad?
    /// A prepaid order needs a purchase period: the SDK says `purchaseTime` is "预付费才生效"
    /// (months, 12 = 12 months) and BCC, whose resources CCE buys, requires it for prepaid
    /// orders ("预支付时必须设置"). Without it the order cannot be placed.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"resourceChargingOption": {"chargingType": "Prepaid"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"resourceChargingOption": {"chargingType": "Prepaid", "purchaseTime": 12}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `ResourceChargingOption.PurchaseTime` ("预付费才生效")
    /// - BCC API `Billing.reservation` ("预支付时必须设置")
    pub struct PrepaidPurchaseTimeMissing {
        code: "CCE218",
        name: "prepaid-purchase-time-missing",
        group: Cluster,
        severity: Error,
        fix: None,
        summary: ("Prepaid charging without `purchaseTime`", "预付费但未设置 `purchaseTime`"),
        docs_zh: "## 作用\n报告 `cluster.resourceChargingOption` 中 `chargingType: Prepaid` 但没有正数 `purchaseTime` 的情况。\n\n## 为什么有问题\n预付费订单需要购买时长：SDK 注明 `purchaseTime` “预付费才生效”（单位月，12 = 12 月），CCE 所购买资源所属的 BCC 也要求预付费时必须设置（“预支付时必须设置”）。缺少时长时无法下单。\n\n## 示例\n```json\n{\"cluster\": {\"resourceChargingOption\": {\"chargingType\": \"Prepaid\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"resourceChargingOption\": {\"chargingType\": \"Prepaid\", \"purchaseTime\": 12}}}\n```\n\n## 参考\n- 官方 SDK `ResourceChargingOption.PurchaseTime`（“预付费才生效”）\n- BCC API `Billing.reservation`（“预支付时必须设置”）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PrepaidPurchaseTimeMissing::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let option = &request.cluster.resource_charging_option;
    if option.charging_type == Some(PaymentTiming::Prepaid) && option.purchase_time < 1 {
        out.push(prepaid_purchase_time_missing_diagnostic(
            option.purchase_time,
        ));
    }
}

/// Prepaid with `purchase_time` (< 1).
fn prepaid_purchase_time_missing_diagnostic(purchase_time: i64) -> Finding {
    let message = if purchase_time == 0 {
        Text::new(
            "Prepaid charging requires `purchaseTime`, but it is not set",
            "预付费需要设置 `purchaseTime`，但未设置",
        )
    } else {
        Text::new(
            format!("Prepaid charging requires a positive `purchaseTime`, not {purchase_time}"),
            format!("预付费需要正数的 `purchaseTime`，而不是 {purchase_time}"),
        )
    };
    Finding::new(
        PrepaidPurchaseTimeMissing::META.code,
        JsonPointer::from_segments(["cluster", "resourceChargingOption", "purchaseTime"]),
        message,
        Text::new(
            "Set the purchase period in months, e.g. `\"purchaseTime\": 12`, or use `Postpaid`",
            "请设置以月为单位的购买时长，例如 `\"purchaseTime\": 12`，或改用 `Postpaid`",
        ),
    )
}
