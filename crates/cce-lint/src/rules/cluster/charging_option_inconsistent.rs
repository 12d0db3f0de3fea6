use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::PaymentTiming;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `cluster.resourceChargingOption` settings that do not fit together:
    /// `purchaseTime` or `purchaseTimeUnit` without `chargingType: Prepaid` (unset means
    /// postpaid); `autoRenew: true` without `autoRenewTime`; an `autoRenewTime` outside 1–9
    /// months or 1–5 years (`autoRenewTimeUnit` `month`, the default, or `year`); and a
    /// `chargingType` other than `Prepaid` or `Postpaid` (detected by the structural pass,
    /// with a did-you-mean).
    ///
    /// ## Why is this bad?
    /// The purchase period only applies to prepaid orders ("预付费才生效"), so on a postpaid
    /// cluster it is ignored and probably means the charging type is not what was intended.
    /// Auto-renewal needs a period, and BCC accepts renewal periods of 1–9 months or 1–5 years
    /// only (12 months is written as 1 year).
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"resourceChargingOption": {"chargingType": "Postpaid", "purchaseTime": 12, "autoRenew": true}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"resourceChargingOption": {"chargingType": "Prepaid", "purchaseTime": 12, "autoRenew": true, "autoRenewTime": 1, "autoRenewTimeUnit": "year"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `ResourceChargingOption`, `PaymentTiming`
    /// - BCC API `autoRenewTime` / `autoRenewTimeUnit` (month 1–9, year 1–5)
    pub struct ChargingOptionInconsistent {
        code: "CCE219",
        name: "charging-option-inconsistent",
        group: Cluster,
        severity: Warning,
        fix: Sometimes,
        summary: ("Charging options that do not fit together", "付费选项相互矛盾"),
        docs_zh: "## 作用\n报告 `cluster.resourceChargingOption` 中相互矛盾的设置：未设置 `chargingType: Prepaid`（未设置即后付费）却设置了 `purchaseTime` 或 `purchaseTimeUnit`；`autoRenew: true` 但没有 `autoRenewTime`；`autoRenewTime` 超出 1–9 个月或 1–5 年（`autoRenewTimeUnit` 为默认的 `month` 或 `year`）；以及不是 `Prepaid` 或 `Postpaid` 的 `chargingType`（由结构检查发现并给出建议）。\n\n## 为什么有问题\n购买时长只对预付费订单有效（“预付费才生效”），后付费集群上会被忽略，多半说明付费方式并非本意。自动续费需要续费时长，且 BCC 只接受 1–9 个月或 1–5 年的续费时长（12 个月应写作 1 年）。\n\n## 示例\n```json\n{\"cluster\": {\"resourceChargingOption\": {\"chargingType\": \"Postpaid\", \"purchaseTime\": 12, \"autoRenew\": true}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"resourceChargingOption\": {\"chargingType\": \"Prepaid\", \"purchaseTime\": 12, \"autoRenew\": true, \"autoRenewTime\": 1, \"autoRenewTimeUnit\": \"year\"}}}\n```\n\n## 参考\n- 官方 SDK `ResourceChargingOption`、`PaymentTiming`\n- BCC API `autoRenewTime` / `autoRenewTimeUnit`（月 1–9，年 1–5）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ChargingOptionInconsistent::META,
    check: Some(check),
};

/// What does not fit.
enum Problem<'a> {
    /// `purchaseTime` / `purchaseTimeUnit` set without Prepaid.
    PurchaseWithoutPrepaid {
        key: &'static str,
        charging: Option<&'a str>,
    },
    /// `autoRenew` without `autoRenewTime`.
    RenewWithoutTime,
    /// `autoRenewTime` outside `1..=max` of `unit`.
    RenewTimeOutOfRange {
        time: i64,
        unit: &'static str,
        max: i64,
    },
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let option = &request.cluster.resource_charging_option;
    let at = |key: &str| JsonPointer::from_segments(["cluster", "resourceChargingOption", key]);
    let mut problems = Vec::new();
    // An unknown chargingType is reported by the structural pass; nothing else to say then.
    let charging = option.charging_type.as_ref();
    if charging.is_none_or(|c| c.is_known() && *c != PaymentTiming::Prepaid) {
        let charging = charging.map(PaymentTiming::as_str);
        if option.purchase_time != 0 {
            problems.push(Problem::PurchaseWithoutPrepaid {
                key: "purchaseTime",
                charging,
            });
        }
        if !option.purchase_time_unit.is_empty() {
            problems.push(Problem::PurchaseWithoutPrepaid {
                key: "purchaseTimeUnit",
                charging,
            });
        }
    }
    if option.auto_renew && option.auto_renew_time == 0 {
        problems.push(Problem::RenewWithoutTime);
    }
    let limit = match option.auto_renew_time_unit.as_str() {
        "" | "month" => Some(("month", 9)),
        "year" => Some(("year", 5)),
        _ => None,
    };
    if let Some((unit, max)) = limit {
        let time = option.auto_renew_time;
        if time != 0 && !(1..=max).contains(&time) {
            problems.push(Problem::RenewTimeOutOfRange { time, unit, max });
        }
    }
    for problem in problems {
        let pointer = match &problem {
            Problem::PurchaseWithoutPrepaid { key, .. } => at(key),
            Problem::RenewWithoutTime | Problem::RenewTimeOutOfRange { .. } => at("autoRenewTime"),
        };
        out.push(charging_option_inconsistent_diagnostic(pointer, &problem));
    }
}

/// The charging options at `pointer` have `problem`.
fn charging_option_inconsistent_diagnostic(pointer: JsonPointer, problem: &Problem<'_>) -> Finding {
    let (message, help) = match problem {
        Problem::PurchaseWithoutPrepaid { key, charging } => {
            let (en, zh) = match charging {
                Some(charging) => (
                    format!("chargingType is `{charging}`"),
                    format!("但 chargingType 为 `{charging}`"),
                ),
                None => (
                    "no chargingType (postpaid)".to_owned(),
                    "但未设置 chargingType（后付费）".to_owned(),
                ),
            };
            (
                Text::new(
                    format!("`{key}` only applies to Prepaid charging, but {en}"),
                    format!("`{key}` 只对预付费有效，{zh}"),
                ),
                Text::new(
                    format!(
                        "Set `chargingType: Prepaid` if you mean to prepay, otherwise remove `{key}`"
                    ),
                    format!("如需预付费请设置 `chargingType: Prepaid`，否则删除 `{key}`"),
                ),
            )
        }
        Problem::RenewWithoutTime => (
            Text::new(
                "`autoRenew` is on but `autoRenewTime` is not set",
                "开启了 `autoRenew`，但未设置 `autoRenewTime`",
            ),
            Text::new(
                "Set the renewal period, e.g. `\"autoRenewTime\": 1, \"autoRenewTimeUnit\": \"month\"`",
                "请设置续费时长，例如 `\"autoRenewTime\": 1, \"autoRenewTimeUnit\": \"month\"`",
            ),
        ),
        Problem::RenewTimeOutOfRange { time, unit, max } => (
            Text::new(
                format!("`autoRenewTime` {time} is outside 1–{max} ({unit}s)"),
                format!("`autoRenewTime` {time} 超出 1–{max}（单位 {unit}）"),
            ),
            Text::new(
                "Renew for 1–9 months or 1–5 years (12 months is `1` with `autoRenewTimeUnit: year`)",
                "续费时长应为 1–9 个月或 1–5 年（12 个月请写作 `1` 并设置 `autoRenewTimeUnit: year`）",
            ),
        ),
    };
    Finding::new(
        ChargingOptionInconsistent::META.code,
        pointer,
        message,
        help,
    )
}
