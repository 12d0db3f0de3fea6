use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::BidMode;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `bidOption.bidMode: CUSTOM_BID` without a `bidPrice` that is a positive number,
    /// on new instances in `masters`, `nodes` and node-group templates (existing instances are
    /// not bought, so their bid options are not used).
    ///
    /// ## Why is this bad?
    /// With a custom bid the user names the price: the SDK documents `bidPrice` as the user's
    /// bid, used only with `CUSTOM_BID`, and BCC needs it to place the order. Without a valid
    /// price the spot purchase is refused.
    ///
    /// ## Example
    /// ```json
    /// {"bid": true, "instanceChargingType": "bidding", "bidOption": {"bidMode": "CUSTOM_BID"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"bid": true, "instanceChargingType": "bidding", "bidOption": {"bidMode": "CUSTOM_BID", "bidPrice": "0.5"}}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `BidOption.BidPrice` comment
    /// - BCC API, CreateInstanceBySpec, `bidPrice`
    pub struct CustomBidWithoutPrice {
        code: "CCE543",
        name: "custom-bid-without-price",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("CUSTOM_BID without a positive bidPrice", "CUSTOM_BID 未设置正数 bidPrice"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 和节点组模板中 `bidOption.bidMode: CUSTOM_BID` 却没有正数 `bidPrice` 的新建实例（已有实例不涉及购买，不使用竞价选项）。

## 为什么有问题
自定义出价时价格由用户给出：SDK 说明 `bidPrice` 是用户出价，仅用于 `CUSTOM_BID`，BCC 需要它来下单。没有有效价格，竞价购买会被拒绝。

## 示例
```json
{"bid": true, "instanceChargingType": "bidding", "bidOption": {"bidMode": "CUSTOM_BID"}}
```

应改为：
```json
{"bid": true, "instanceChargingType": "bidding", "bidOption": {"bidMode": "CUSTOM_BID", "bidPrice": "0.5"}}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中 `BidOption.BidPrice` 的注释
- BCC API CreateInstanceBySpec 的 `bidPrice`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CustomBidWithoutPrice::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let option = &instance.spec.bid_option;
        if instance.spec.existed || option.bid_mode != Some(BidMode::CustomBid) {
            continue;
        }
        let price = option.bid_price.trim().parse::<f64>().ok();
        if !price.is_some_and(|price| price.is_finite() && price > 0.0) {
            let pointer = instance.at(&["bidOption", "bidPrice"]);
            out.push(custom_bid_without_price_diagnostic(
                pointer,
                &option.bid_price,
            ));
        }
    }
}

/// The custom bid's `bidPrice` at `pointer` is `price` (empty when missing).
fn custom_bid_without_price_diagnostic(pointer: JsonPointer, price: &str) -> Finding {
    let message = if price.is_empty() {
        Text::new(
            "Custom bid needs bidPrice: bidMode is CUSTOM_BID but no bidPrice is given",
            "自定义出价需要 bidPrice：bidMode 为 CUSTOM_BID，但未设置 bidPrice",
        )
    } else {
        Text::new(
            format!("Custom bid needs bidPrice: `{price}` is not a positive number"),
            format!("自定义出价需要 bidPrice：`{price}` 不是正数"),
        )
    };
    Finding::new(
        CustomBidWithoutPrice::META.code,
        pointer,
        message,
        Text::new(
            "Set `bidPrice` to your price as a decimal string (e.g. \"0.5\"), or use `MARKET_PRICE_BID`",
            "请将 `bidPrice` 设为十进制字符串形式的出价（如 \"0.5\"），或改用 `MARKET_PRICE_BID`",
        ),
    )
}
