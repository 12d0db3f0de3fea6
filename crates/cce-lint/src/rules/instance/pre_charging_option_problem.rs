use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::{InstanceChargingType, InstancePreChargingOption};
use crate::pointer::JsonPointer;
use crate::rules::instance::limits::{AUTO_RENEW_MONTHS, AUTO_RENEW_YEARS, PURCHASE_MONTHS};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Checks `instancePreChargingOption` of new instances in `masters`, `nodes` and node-group
    /// templates. For `Prepaid` instances it reports a `purchaseTime` (in months) other than
    /// 1–9, 12, 24, 36, 48 or 60; `autoRenew: true` without a positive `autoRenewTime`; and an
    /// `autoRenewTime` outside 1–9 months or 1–5 years (`autoRenewTimeUnit` `month`, the
    /// default, or `year`). For any other billing (unset means `Postpaid`) it reports a
    /// non-empty `instancePreChargingOption`.
    ///
    /// Note: rules.md also asks for `autoRenewTimeUnit` with `autoRenew`; the SDK documents
    /// the unit as month ("续费单位：月"), so a missing unit is not reported. Lengths in a unit
    /// other than month (a `purchaseTimeUnit` such as `year`) are not checked.
    ///
    /// ## Why is this bad?
    /// BCC only sells these reservation lengths and renewal periods; other values make the
    /// purchase or the renewal fail. Prepaid options on a postpaid instance are ignored, which
    /// usually means the billing type is not what was intended.
    ///
    /// ## Example
    /// ```json
    /// {"instanceChargingType": "Prepaid", "instancePreChargingOption": {"purchaseTime": 10, "autoRenew": true}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"instanceChargingType": "Prepaid", "instancePreChargingOption": {"purchaseTime": 12, "autoRenew": true, "autoRenewTimeUnit": "month", "autoRenewTime": 1}}
    /// ```
    ///
    /// ## References
    /// - BCC API, CreateInstanceBySpec, `billing.reservation.reservationLength` (1–9, 12, 24, 36, 48, 60 months) and `autoRenewTime` (month 1–9, year 1–5)
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `InstancePreChargingOption`
    pub struct PreChargingOptionProblem {
        code: "CCE541",
        name: "pre-charging-option-problem",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("Prepaid purchase or renewal length not sold by BCC, or prepaid options on a postpaid instance", "预付费购买或续费时长不受 BCC 支持，或后付费实例设置了预付费选项"),
        docs_zh: r#"## 作用
检查 `masters`、`nodes` 和节点组模板中新建实例的 `instancePreChargingOption`。对 `Prepaid` 实例，报告不是 1–9、12、24、36、48、60 的 `purchaseTime`（月）；`autoRenew: true` 却没有正数 `autoRenewTime`；以及超出 1–9 个月或 1–5 年（`autoRenewTimeUnit` 为默认的 `month` 或 `year`）的 `autoRenewTime`。对其他付费方式（未设置即 `Postpaid`），报告非空的 `instancePreChargingOption`。

注意：rules.md 还要求 `autoRenew` 时设置 `autoRenewTimeUnit`；SDK 说明续费单位为月（“续费单位：月”），因此缺少单位不报告。以非月单位（如 `purchaseTimeUnit` 为 `year`）给出的时长不检查。

## 为什么有问题
BCC 只出售这些购买时长和续费周期；其他取值会使购买或续费失败。后付费实例上的预付费选项会被忽略，通常说明付费方式并非本意。

## 示例
```json
{"instanceChargingType": "Prepaid", "instancePreChargingOption": {"purchaseTime": 10, "autoRenew": true}}
```

应改为：
```json
{"instanceChargingType": "Prepaid", "instancePreChargingOption": {"purchaseTime": 12, "autoRenew": true, "autoRenewTimeUnit": "month", "autoRenewTime": 1}}
```

## 参考
- BCC API CreateInstanceBySpec 的 `billing.reservation.reservationLength`（1–9、12、24、36、48、60 个月）与 `autoRenewTime`（月 1–9，年 1–5）
- Go SDK `bce-sdk-go/services/cce/v2/types` 中的 `InstancePreChargingOption`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PreChargingOptionProblem::META,
    check: Some(check),
};

/// What is wrong with one prepaid setting.
enum Problem {
    PurchaseTime(i64),
    AutoRenewWithoutTime,
    AutoRenewTime(i64, &'static str, (i64, i64)),
    OptionsOnPostpaid(String),
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        if spec.existed {
            continue;
        }
        let option = &spec.instance_pre_charging_option;
        if spec.instance_charging_type != Some(InstanceChargingType::Prepaid) {
            if **option != InstancePreChargingOption::default() {
                let billing = spec
                    .instance_charging_type
                    .as_ref()
                    .map_or("Postpaid", |t| t.as_str())
                    .to_owned();
                out.push(pre_charging_option_problem_diagnostic(
                    instance.at(&["instancePreChargingOption"]),
                    Problem::OptionsOnPostpaid(billing),
                ));
            }
            continue;
        }
        let monthly = |unit: &str| unit.is_empty() || unit.eq_ignore_ascii_case("month");
        if option.purchase_time > 0
            && monthly(&option.purchase_time_unit)
            && !PURCHASE_MONTHS.contains(&option.purchase_time)
        {
            out.push(pre_charging_option_problem_diagnostic(
                instance.at(&["instancePreChargingOption", "purchaseTime"]),
                Problem::PurchaseTime(option.purchase_time),
            ));
        }
        let renew_time = instance.at(&["instancePreChargingOption", "autoRenewTime"]);
        if option.auto_renew && option.auto_renew_time <= 0 {
            out.push(pre_charging_option_problem_diagnostic(
                renew_time,
                Problem::AutoRenewWithoutTime,
            ));
        } else if option.auto_renew_time != 0 {
            let unit = &option.auto_renew_time_unit;
            let range = if monthly(unit) {
                Some(("month", AUTO_RENEW_MONTHS))
            } else if unit.eq_ignore_ascii_case("year") {
                Some(("year", AUTO_RENEW_YEARS))
            } else {
                None
            };
            if let Some((unit, (min, max))) = range {
                if !(min..=max).contains(&option.auto_renew_time) {
                    out.push(pre_charging_option_problem_diagnostic(
                        renew_time,
                        Problem::AutoRenewTime(option.auto_renew_time, unit, (min, max)),
                    ));
                }
            }
        }
    }
}

/// The prepaid setting at `pointer` has `problem`.
fn pre_charging_option_problem_diagnostic(pointer: JsonPointer, problem: Problem) -> Finding {
    let (message, help) = match problem {
        Problem::PurchaseTime(months) => (
            Text::new(
                format!("purchaseTime {months} is not a prepaid length BCC sells"),
                format!("purchaseTime {months} 不是 BCC 出售的预付费时长"),
            ),
            Text::new(
                "Use 1–9, 12, 24, 36, 48 or 60 months",
                "请使用 1–9、12、24、36、48 或 60 个月",
            ),
        ),
        Problem::AutoRenewWithoutTime => (
            Text::new(
                "autoRenew is true but no autoRenewTime says how long each renewal is",
                "autoRenew 为 true，但未设置每次续费时长 autoRenewTime",
            ),
            Text::new(
                "Set `autoRenewTime` (month 1–9, or year 1–5 with `autoRenewTimeUnit: year`)",
                "请设置 `autoRenewTime`（按月 1–9；或设置 `autoRenewTimeUnit: year` 后按年 1–5）",
            ),
        ),
        Problem::AutoRenewTime(length, unit, (min, max)) => (
            Text::new(
                format!("autoRenewTime {length} is outside {min}–{max} ({unit})"),
                format!("autoRenewTime {length} 超出 {min}–{max}（单位 {unit}）"),
            ),
            Text::new(
                "Renew for 1–9 months, or 1–5 years with `autoRenewTimeUnit: year`",
                "续费时长按月为 1–9，或设置 `autoRenewTimeUnit: year` 后按年为 1–5",
            ),
        ),
        Problem::OptionsOnPostpaid(billing) => (
            Text::new(
                format!(
                    "instancePreChargingOption is ignored because instanceChargingType is `{billing}`, not `Prepaid`"
                ),
                format!(
                    "instanceChargingType 为 `{billing}` 而不是 `Prepaid`，instancePreChargingOption 会被忽略"
                ),
            ),
            Text::new(
                "Set `instanceChargingType: Prepaid` if the node should be prepaid, otherwise remove the prepaid options",
                "如需预付费请设置 `instanceChargingType: Prepaid`，否则删除预付费选项",
            ),
        ),
    };
    Finding::new(PreChargingOptionProblem::META.code, pointer, message, help)
}
