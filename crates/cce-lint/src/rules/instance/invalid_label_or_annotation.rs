use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::k8s_names::{label_value_problem, qualified_name_problem};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports node `labels` and `annotations` that Kubernetes would refuse, in `masters`,
    /// `nodes` and node-group templates: a label or annotation key that is not a qualified
    /// name (`[prefix/]name`: an optional lower-case DNS subdomain prefix of at most 253
    /// characters, and a name of 1–63 letters, digits, `-`, `_`, `.` starting and ending with
    /// a letter or digit; annotation keys are compared in lower case, as Kubernetes does), and
    /// a label value longer than 63 characters or not matching
    /// `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?` (empty is allowed). The finding points at the
    /// entry.
    ///
    /// ## Why is this bad?
    /// CCE writes these labels and annotations on the Kubernetes node object; the API server
    /// refuses invalid ones, and the node does not register with them (or at all).
    ///
    /// ## Example
    /// ```json
    /// {"labels": {"team/name/x": "a", "env": "prod env"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"labels": {"example.com/team": "a", "env": "prod-env"}}
    /// ```
    ///
    /// ## References
    /// - Kubernetes `ValidateLabels`, `ValidateAnnotations`, `IsQualifiedName`, `IsValidLabelValue` (k8s.io/apimachinery validation)
    /// - Kubernetes documentation, "Labels and Selectors: Syntax and character set"
    pub struct InvalidLabelOrAnnotation {
        code: "CCE547",
        name: "invalid-label-or-annotation",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("Node label or annotation Kubernetes would refuse", "Kubernetes 不接受的节点标签或注解"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 和节点组模板中 Kubernetes 不接受的节点 `labels` 与 `annotations`：键不是合法的限定名（`[前缀/]名称`：可选前缀为不超过 253 个字符的小写 DNS 子域名，名称为 1–63 个字母、数字、`-`、`_`、`.`，以字母或数字开头和结尾；与 Kubernetes 一样，注解键按小写比较），以及标签值超过 63 个字符或不匹配 `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`（允许为空）。报告指向该条目。

## 为什么有问题
CCE 把这些标签和注解写到 Kubernetes 节点对象上；API Server 拒绝不合法的值，节点无法带着它们注册（或根本无法注册）。

## 示例
```json
{"labels": {"team/name/x": "a", "env": "prod env"}}
```

应改为：
```json
{"labels": {"example.com/team": "a", "env": "prod-env"}}
```

## 参考
- Kubernetes `ValidateLabels`、`ValidateAnnotations`、`IsQualifiedName`、`IsValidLabelValue`（k8s.io/apimachinery 校验）
- Kubernetes 文档《标签和选择算符：语法和字符集》
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidLabelOrAnnotation::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        for (key, value) in instance.spec.labels.iter().flatten() {
            let pointer = instance.at(&["labels", key]);
            if let Some(problem) = qualified_name_problem(key) {
                out.push(invalid_key_diagnostic(
                    pointer.clone(),
                    "label",
                    key,
                    problem,
                ));
            }
            if let Some(problem) = label_value_problem(value) {
                out.push(invalid_label_value_diagnostic(pointer, key, value, problem));
            }
        }
        for key in instance
            .spec
            .annotations
            .iter()
            .flatten()
            .map(|(key, _)| key)
        {
            if let Some(problem) = qualified_name_problem(&key.to_lowercase()) {
                let pointer = instance.at(&["annotations", key]);
                out.push(invalid_key_diagnostic(pointer, "annotation", key, problem));
            }
        }
    }
}

/// The `kind` (label/annotation) key `key` at `pointer` is not a qualified name.
fn invalid_key_diagnostic(
    pointer: JsonPointer,
    kind: &str,
    key: &str,
    (en, zh): (&str, &str),
) -> Finding {
    let kind_zh = if kind == "label" { "标签" } else { "注解" };
    Finding::new(
        InvalidLabelOrAnnotation::META.code,
        pointer,
        Text::new(
            format!("Node {kind} key `{key}` is not a Kubernetes qualified name: {en}"),
            format!("节点{kind_zh}键 `{key}` 不是合法的 Kubernetes 限定名：{zh}"),
        ),
        Text::new(
            "Use `[prefix/]name`: a lower-case DNS prefix, and a name of up to 63 letters, digits, `-`, `_`, `.`",
            "请使用 `[前缀/]名称`：前缀为小写 DNS 域名，名称最多 63 个字母、数字、`-`、`_`、`.`",
        ),
    )
}

/// The label `key` at `pointer` has the invalid value `value`.
fn invalid_label_value_diagnostic(
    pointer: JsonPointer,
    key: &str,
    value: &str,
    (en, zh): (&str, &str),
) -> Finding {
    Finding::new(
        InvalidLabelOrAnnotation::META.code,
        pointer,
        Text::new(
            format!("Value `{value}` of node label `{key}` is not a Kubernetes label value: {en}"),
            format!("节点标签 `{key}` 的值 `{value}` 不是合法的 Kubernetes 标签值：{zh}"),
        ),
        Text::new(
            "Use up to 63 letters, digits, `-`, `_`, `.`, starting and ending with a letter or digit",
            "请使用最多 63 个字母、数字、`-`、`_`、`.`，并以字母或数字开头和结尾",
        ),
    )
}
