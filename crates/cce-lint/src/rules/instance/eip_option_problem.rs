use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::{EipChargeType, EipPurchaseType};
use crate::pointer::JsonPointer;
use crate::rules::instance::limits::{EIP_BGP_S, EIP_BY_BANDWIDTH_BGP, EIP_BY_TRAFFIC};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Checks `eipOption` in `masters`, `nodes` and node-group templates: `eipChargeType`
    /// outside `ByTraffic`/`ByBandwidth` and `eipPurchaseType` outside `BGP`, `BGP_S`,
    /// `ChinaTelcom`, `ChinaUnicom`, `ChinaMobile` (reported by the structural pass under this
    /// code, with a did-you-mean), and an `eipBandwidth` outside what EIP sells: enhanced BGP
    /// (`BGP_S`) 100–5000 Mbps; standard BGP (or unset line) 1–200 Mbps billed by traffic and
    /// 1–500 Mbps billed by bandwidth (or unset billing); at least 1 Mbps otherwise.
    ///
    /// ## Why is this bad?
    /// CCE buys the EIP with these settings; EIP refuses unknown billing methods and lines and
    /// bandwidths outside the line's limits, and the node is created without its public IP or
    /// not at all.
    ///
    /// ## Example
    /// ```json
    /// {"needEIP": true, "eipOption": {"eipChargeType": "ByTraffic", "eipPurchaseType": "BGP", "eipBandwidth": 300}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"needEIP": true, "eipOption": {"eipChargeType": "ByBandwidth", "eipPurchaseType": "BGP", "eipBandwidth": 300}}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `BillingMethod`, `PurchaseType`
    /// - EIP API, ApplyForEip (`bandwidthInMbps` limits); BCC API, CreateInstanceBySpec, `networkCapacityInMbps`
    pub struct EipOptionProblem {
        code: "CCE545",
        name: "eip-option-problem",
        group: Instance,
        severity: Warning,
        fix: Sometimes,
        summary: ("Unknown EIP billing or line, or bandwidth outside the EIP limits", "EIP 计费方式或线路未知，或带宽超出 EIP 限制"),
        docs_zh: r#"## 作用
检查 `masters`、`nodes` 和节点组模板中的 `eipOption`：`eipChargeType` 不是 `ByTraffic`/`ByBandwidth`，`eipPurchaseType` 不是 `BGP`、`BGP_S`、`ChinaTelcom`、`ChinaUnicom`、`ChinaMobile`（由结构检查以本编码报告，并给出可能的取值），以及超出 EIP 售卖范围的 `eipBandwidth`：增强型 BGP（`BGP_S`）100–5000 Mbps；标准型 BGP（或未设置线路）按流量计费 1–200 Mbps、按带宽计费（或未设置计费方式）1–500 Mbps；其他情况至少 1 Mbps。

## 为什么有问题
CCE 按这些设置购买 EIP；EIP 拒绝未知的计费方式和线路，以及超出线路限制的带宽，节点会没有公网 IP 或无法创建。

## 示例
```json
{"needEIP": true, "eipOption": {"eipChargeType": "ByTraffic", "eipPurchaseType": "BGP", "eipBandwidth": 300}}
```

应改为：
```json
{"needEIP": true, "eipOption": {"eipChargeType": "ByBandwidth", "eipPurchaseType": "BGP", "eipBandwidth": 300}}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中的 `BillingMethod`、`PurchaseType`
- EIP API ApplyForEip（`bandwidthInMbps` 限制）；BCC API CreateInstanceBySpec 的 `networkCapacityInMbps`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &EipOptionProblem::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let Some(option) = instance.spec.eip_option.as_ref() else {
            continue;
        };
        if option.eip_bandwidth == 0 {
            continue;
        }
        let standard = matches!(option.eip_purchase_type, None | Some(EipPurchaseType::Bgp));
        let (min, max) = match (&option.eip_purchase_type, &option.eip_charge_type) {
            (Some(EipPurchaseType::BgpS), _) => EIP_BGP_S,
            (_, Some(EipChargeType::ByTraffic)) if standard => EIP_BY_TRAFFIC,
            _ if standard => EIP_BY_BANDWIDTH_BGP,
            _ => (1, i64::MAX),
        };
        if !(min..=max).contains(&option.eip_bandwidth) {
            let pointer = instance.at(&["eipOption", "eipBandwidth"]);
            out.push(eip_bandwidth_out_of_range_diagnostic(
                pointer,
                option.eip_bandwidth,
                (min, max),
            ));
        }
    }
}

/// `eipBandwidth` at `pointer` is `bandwidth`, outside `min..=max` for its line and billing.
fn eip_bandwidth_out_of_range_diagnostic(
    pointer: JsonPointer,
    bandwidth: i64,
    (min, max): (i64, i64),
) -> Finding {
    let message = if max == i64::MAX {
        Text::new(
            format!("eipBandwidth {bandwidth} Mbps is below the minimum of {min} Mbps"),
            format!("eipBandwidth {bandwidth} Mbps 低于最小值 {min} Mbps"),
        )
    } else {
        Text::new(
            format!(
                "eipBandwidth {bandwidth} Mbps is outside {min}–{max} Mbps for this EIP line and billing"
            ),
            format!(
                "eipBandwidth {bandwidth} Mbps 超出该 EIP 线路与计费方式允许的 {min}–{max} Mbps"
            ),
        )
    };
    Finding::new(
        EipOptionProblem::META.code,
        pointer,
        message,
        Text::new(
            "Use a bandwidth the line sells: BGP by traffic 1–200, BGP by bandwidth 1–500, BGP_S 100–5000 Mbps",
            "请使用线路支持的带宽：标准型 BGP 按流量 1–200、按带宽 1–500，增强型 BGP_S 100–5000 Mbps",
        ),
    )
}
