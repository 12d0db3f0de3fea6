use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::EipOption;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an `eipOption` on an instance whose `needEIP` is not `true`, and `needEIP: true`
    /// without an `eipOption`, in `masters`, `nodes` and node-group templates. An empty
    /// `eipOption` (`{}`) counts as unset.
    ///
    /// ## Why is this bad?
    /// `eipOption` describes the elastic public IP bought when `needEIP` is true. Without
    /// `needEIP` the options are silently ignored and the node gets no public IP; with
    /// `needEIP` but no options, the bandwidth, line and billing of the EIP are left to
    /// undocumented defaults.
    ///
    /// ## Example
    /// ```json
    /// {"eipOption": {"eipChargeType": "ByTraffic", "eipPurchaseType": "BGP", "eipBandwidth": 100}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"needEIP": true, "eipOption": {"eipChargeType": "ByTraffic", "eipPurchaseType": "BGP", "eipBandwidth": 100}}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `InstanceSpec.NeedEIP`, `EIPOption`
    pub struct EipSettingsMismatch {
        code: "CCE544",
        name: "eip-settings-mismatch",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("eipOption without needEIP, or needEIP without eipOption", "设置了 eipOption 却未设置 needEIP，或反之"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 和节点组模板中 `needEIP` 不为 `true` 却设置了 `eipOption` 的实例，以及 `needEIP: true` 却没有 `eipOption` 的实例。空的 `eipOption`（`{}`）视为未设置。

## 为什么有问题
`eipOption` 描述 `needEIP` 为 true 时购买的弹性公网 IP。没有 `needEIP`，这些选项会被静默忽略，节点不会获得公网 IP；有 `needEIP` 而无选项，EIP 的带宽、线路和计费方式取决于未记载的默认值。

## 示例
```json
{"eipOption": {"eipChargeType": "ByTraffic", "eipPurchaseType": "BGP", "eipBandwidth": 100}}
```

应改为：
```json
{"needEIP": true, "eipOption": {"eipChargeType": "ByTraffic", "eipPurchaseType": "BGP", "eipBandwidth": 100}}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中的 `InstanceSpec.NeedEIP`、`EIPOption`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &EipSettingsMismatch::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        let has_option = spec
            .eip_option
            .as_ref()
            .is_some_and(|option| **option != EipOption::default());
        if has_option && !spec.need_eip {
            out.push(eip_option_without_need_eip_diagnostic(
                instance.at(&["eipOption"]),
            ));
        } else if spec.need_eip && !has_option {
            out.push(need_eip_without_option_diagnostic(
                instance.at(&["eipOption"]),
            ));
        }
    }
}

/// The `eipOption` at `pointer` is ignored because `needEIP` is not true.
fn eip_option_without_need_eip_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        EipSettingsMismatch::META.code,
        pointer,
        Text::new(
            "eipOption is ignored because needEIP is not true: the node gets no public IP",
            "needEIP 不为 true，eipOption 会被忽略：节点不会获得公网 IP",
        ),
        Text::new(
            "Set `needEIP: true` to buy the EIP, or remove `eipOption`",
            "如需购买 EIP 请设置 `needEIP: true`，否则删除 `eipOption`",
        ),
    )
}

/// `needEIP` is true but the `eipOption` that should be at `pointer` is missing or empty.
fn need_eip_without_option_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        EipSettingsMismatch::META.code,
        pointer,
        Text::new(
            "needEIP is true but no eipOption says which EIP to buy",
            "needEIP 为 true，但未通过 eipOption 说明购买何种 EIP",
        ),
        Text::new(
            "Add `eipOption` with `eipChargeType`, `eipPurchaseType` and `eipBandwidth`",
            "请添加包含 `eipChargeType`、`eipPurchaseType` 和 `eipBandwidth` 的 `eipOption`",
        ),
    )
}
