use std::collections::BTreeMap;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::TaintEffect;
use crate::pointer::JsonPointer;
use crate::rules::instance::k8s_names::{label_value_problem, qualified_name_problem};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports node taints (`taints[]`) that Kubernetes would refuse, in `masters`, `nodes`
    /// and node-group templates: a taint without `key` or without `effect`; an `effect` other
    /// than `NoSchedule`, `PreferNoSchedule`, `NoExecute` (reported by the structural pass
    /// under this code, with a did-you-mean); a `key` that is not a qualified name
    /// (`[prefix/]name`, name ≤ 63 characters); a `value` that is not a label value (≤ 63
    /// characters, `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`); `timeAdded` on a taint whose
    /// effect is not `NoExecute`; and a second taint with the same key and effect.
    ///
    /// ## Why is this bad?
    /// CCE writes these taints on the Kubernetes node object; the API server validates them
    /// like any node update and refuses the whole node spec, so the node does not join or
    /// stays without its taints. Kubernetes only records `timeAdded` for `NoExecute` taints.
    ///
    /// ## Example
    /// ```json
    /// {"taints": [{"key": "dedicated", "value": "gpu", "effect": "noschedule"}, {"key": "team", "effect": "NoSchedule", "timeAdded": "2024-01-01T00:00:00Z"}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"taints": [{"key": "dedicated", "value": "gpu", "effect": "NoSchedule"}, {"key": "team", "effect": "NoSchedule"}]}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `Taint` comments (key, effect required; timeAdded only for NoExecute)
    /// - Kubernetes `ValidateTaints`, `IsQualifiedName`, `IsValidLabelValue` (k8s.io/apimachinery validation)
    pub struct InvalidTaint {
        code: "CCE546",
        name: "invalid-taint",
        group: Instance,
        severity: Error,
        fix: Sometimes,
        summary: ("Node taint Kubernetes would refuse", "Kubernetes 不接受的节点污点"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 和节点组模板中 Kubernetes 不接受的节点污点（`taints[]`）：缺少 `key` 或 `effect`；`effect` 不是 `NoSchedule`、`PreferNoSchedule`、`NoExecute`（由结构检查以本编码报告，并给出可能的取值）；`key` 不是合法的限定名（`[前缀/]名称`，名称不超过 63 个字符）；`value` 不是合法的标签值（不超过 63 个字符，`[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`）；effect 不是 `NoExecute` 的污点设置了 `timeAdded`；以及 key 与 effect 都相同的第二个污点。

## 为什么有问题
CCE 把这些污点写到 Kubernetes 节点对象上；API Server 像校验任何节点更新一样校验它们，并拒绝整个节点配置，节点无法加入或没有污点。Kubernetes 只为 `NoExecute` 污点记录 `timeAdded`。

## 示例
```json
{"taints": [{"key": "dedicated", "value": "gpu", "effect": "noschedule"}, {"key": "team", "effect": "NoSchedule", "timeAdded": "2024-01-01T00:00:00Z"}]}
```

应改为：
```json
{"taints": [{"key": "dedicated", "value": "gpu", "effect": "NoSchedule"}, {"key": "team", "effect": "NoSchedule"}]}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中 `Taint` 的注释（key、effect 必填；timeAdded 只用于 NoExecute）
- Kubernetes `ValidateTaints`、`IsQualifiedName`、`IsValidLabelValue`（k8s.io/apimachinery 校验）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidTaint::META,
    check: Some(check),
};

/// What is wrong with one taint.
enum Problem {
    MissingKey,
    MissingEffect,
    Key(String, (&'static str, &'static str)),
    Value(String, (&'static str, &'static str)),
    TimeAdded(String),
    Duplicate(String, String, usize),
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
        for (index, taint) in instance.spec.taints.iter().flatten().enumerate() {
            let at = |key: &str| instance.at(&["taints", &index.to_string(), key]);
            if taint.key.is_empty() {
                out.push(invalid_taint_diagnostic(at("key"), Problem::MissingKey));
            } else if let Some(problem) = qualified_name_problem(&taint.key) {
                out.push(invalid_taint_diagnostic(
                    at("key"),
                    Problem::Key(taint.key.clone(), problem),
                ));
            }
            if let Some(problem) = label_value_problem(&taint.value) {
                out.push(invalid_taint_diagnostic(
                    at("value"),
                    Problem::Value(taint.value.clone(), problem),
                ));
            }
            match &taint.effect {
                None => out.push(invalid_taint_diagnostic(
                    at("effect"),
                    Problem::MissingEffect,
                )),
                Some(effect @ (TaintEffect::NoSchedule | TaintEffect::PreferNoSchedule))
                    if taint.time_added.as_deref().is_some_and(|t| !t.is_empty()) =>
                {
                    out.push(invalid_taint_diagnostic(
                        at("timeAdded"),
                        Problem::TimeAdded(effect.as_str().to_owned()),
                    ));
                }
                _ => {}
            }
            if let (false, Some(effect)) = (taint.key.is_empty(), &taint.effect) {
                let pair = (taint.key.clone(), effect.as_str().to_owned());
                if let Some(first) = seen.get(&pair) {
                    out.push(invalid_taint_diagnostic(
                        instance.at(&["taints", &index.to_string()]),
                        Problem::Duplicate(pair.0, pair.1, *first),
                    ));
                } else {
                    seen.insert(pair, index);
                }
            }
        }
    }
}

/// The taint part at `pointer` has `problem`.
fn invalid_taint_diagnostic(pointer: JsonPointer, problem: Problem) -> Finding {
    let (message, help) = match problem {
        Problem::MissingKey => (
            Text::new("Taint without `key`", "污点缺少 `key`"),
            Text::new(
                "Give every taint a key, e.g. `dedicated`",
                "请为每个污点设置 key，例如 `dedicated`",
            ),
        ),
        Problem::MissingEffect => (
            Text::new("Taint without `effect`", "污点缺少 `effect`"),
            Text::new(
                "Set `effect` to `NoSchedule`, `PreferNoSchedule` or `NoExecute`",
                "请将 `effect` 设为 `NoSchedule`、`PreferNoSchedule` 或 `NoExecute`",
            ),
        ),
        Problem::Key(key, (en, zh)) => (
            Text::new(
                format!("Taint key `{key}` is not a Kubernetes qualified name: {en}"),
                format!("污点 key `{key}` 不是合法的 Kubernetes 限定名：{zh}"),
            ),
            Text::new(
                "Use `[prefix/]name`: a lower-case DNS prefix, and a name of up to 63 letters, digits, `-`, `_`, `.`",
                "请使用 `[前缀/]名称`：前缀为小写 DNS 域名，名称最多 63 个字母、数字、`-`、`_`、`.`",
            ),
        ),
        Problem::Value(value, (en, zh)) => (
            Text::new(
                format!("Taint value `{value}` is not a Kubernetes label value: {en}"),
                format!("污点 value `{value}` 不是合法的 Kubernetes 标签值：{zh}"),
            ),
            Text::new(
                "Use up to 63 letters, digits, `-`, `_`, `.`, starting and ending with a letter or digit",
                "请使用最多 63 个字母、数字、`-`、`_`、`.`，并以字母或数字开头和结尾",
            ),
        ),
        Problem::TimeAdded(effect) => (
            Text::new(
                format!("timeAdded is only used for NoExecute taints, not for `{effect}`"),
                format!("timeAdded 只用于 NoExecute 污点，不能用于 `{effect}`"),
            ),
            Text::new("Remove `timeAdded`", "请删除 `timeAdded`"),
        ),
        Problem::Duplicate(key, effect, first) => (
            Text::new(
                format!(
                    "Taint `{key}:{effect}` repeats taints[{first}]: taints must be unique by key and effect"
                ),
                format!(
                    "污点 `{key}:{effect}` 与 taints[{first}] 重复：污点的 key 与 effect 组合必须唯一"
                ),
            ),
            Text::new("Remove the duplicate taint", "请删除重复的污点"),
        ),
    };
    Finding::new(InvalidTaint::META.code, pointer, message, help)
}
