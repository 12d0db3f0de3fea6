use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::InstanceChargingType;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports spot-instance settings that contradict each other on new instances in
    /// `masters`, `nodes` and node-group templates: `bid: true` with an `instanceChargingType`
    /// other than `bidding` (or `Spotpaid`), and `instanceChargingType: bidding` without
    /// `bid: true`. A `bidOption.bidMode` outside `MARKET_PRICE_BID` and `CUSTOM_BID` is
    /// reported under this code too, by the structural pass (with a did-you-mean).
    ///
    /// Note: `Spotpaid` (BCC v3 spot billing) is accepted with `bid: true`; it is not reported
    /// without `bid`, as its relation to the flag is not documented.
    ///
    /// ## Why is this bad?
    /// The SDK carries the spot choice twice (the `bid` flag and the billing type); when they
    /// disagree, which one CCE follows is undocumented, so the node may be bought as a normal
    /// postpaid machine or as a spot instance that can be reclaimed at any time.
    ///
    /// ## Example
    /// ```json
    /// {"bid": true, "instanceChargingType": "Postpaid", "bidOption": {"bidMode": "MARKET_PRICE_BID"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"bid": true, "instanceChargingType": "bidding", "bidOption": {"bidMode": "MARKET_PRICE_BID"}}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `InstanceSpec.Bid`, `BidOption`, `BidMode`
    /// - Terraform provider `baiducloud_ccev2_cluster`, `bid`, `bid_option`
    pub struct BidSettingsMismatch {
        code: "CCE542",
        name: "bid-settings-mismatch",
        group: Instance,
        severity: Warning,
        fix: Sometimes,
        summary: ("bid and instanceChargingType disagree, or unknown bidMode", "bid 与 instanceChargingType 不一致，或 bidMode 未知"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 和节点组模板中新建实例相互矛盾的竞价设置：`bid: true` 但 `instanceChargingType` 不是 `bidding`（或 `Spotpaid`），以及 `instanceChargingType: bidding` 却没有 `bid: true`。不属于 `MARKET_PRICE_BID`、`CUSTOM_BID` 的 `bidOption.bidMode` 也以本编码报告（由结构检查报告，并给出可能的取值）。

注意：`Spotpaid`（BCC v3 抢占式计费）与 `bid: true` 一起使用视为一致；没有 `bid` 时也不报告，因为二者关系没有文档说明。

## 为什么有问题
SDK 用两处表达竞价（`bid` 标志和付费方式）；二者不一致时 CCE 依据哪一个没有文档说明，节点可能按普通后付费购买，也可能成为随时会被回收的竞价实例。

## 示例
```json
{"bid": true, "instanceChargingType": "Postpaid", "bidOption": {"bidMode": "MARKET_PRICE_BID"}}
```

应改为：
```json
{"bid": true, "instanceChargingType": "bidding", "bidOption": {"bidMode": "MARKET_PRICE_BID"}}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中的 `InstanceSpec.Bid`、`BidOption`、`BidMode`
- Terraform provider `baiducloud_ccev2_cluster` 的 `bid`、`bid_option`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &BidSettingsMismatch::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        if spec.existed {
            continue;
        }
        let charging = spec.instance_charging_type.as_ref();
        let spot = matches!(
            charging,
            Some(InstanceChargingType::Bidding | InstanceChargingType::Spotpaid)
        );
        if spec.bid && !spot {
            let billing = charging.map_or("Postpaid", |t| t.as_str());
            out.push(bid_without_bidding_diagnostic(
                instance.at(&["bid"]),
                billing,
            ));
        } else if !spec.bid && charging == Some(&InstanceChargingType::Bidding) {
            out.push(bidding_without_bid_diagnostic(instance.at(&["bid"])));
        }
    }
}

/// `bid` at `pointer` is true but the billing is `billing`.
fn bid_without_bidding_diagnostic(pointer: JsonPointer, billing: &str) -> Finding {
    Finding::new(
        BidSettingsMismatch::META.code,
        pointer,
        Text::new(
            format!("bid is true but instanceChargingType is `{billing}`, not `bidding`"),
            format!("bid 为 true，但 instanceChargingType 为 `{billing}` 而不是 `bidding`"),
        ),
        Text::new(
            "For a spot instance set `instanceChargingType: bidding`; otherwise remove `bid`",
            "竞价实例请设置 `instanceChargingType: bidding`；否则删除 `bid`",
        ),
    )
}

/// The billing is `bidding` but `bid` (at `pointer`) is not true.
fn bidding_without_bid_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        BidSettingsMismatch::META.code,
        pointer,
        Text::new(
            "instanceChargingType is `bidding` but bid is not true",
            "instanceChargingType 为 `bidding`，但 bid 不是 true",
        ),
        Text::new(
            "Set `bid: true` with a `bidOption`, or use `Postpaid`",
            "请设置 `bid: true` 及 `bidOption`，或改用 `Postpaid`",
        ),
    )
}
