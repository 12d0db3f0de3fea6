use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an `instanceName` that breaks the BCC instance-name rule: 1–65 characters,
    /// starting with a letter, made of letters, digits, Chinese characters and `-`, `_`, space,
    /// `/`, `.`. An empty name is not reported (CCE then generates `cce-…`). Applies to
    /// `masters`, `nodes` and node-group templates.
    ///
    /// Note: a name starting with a Chinese character is accepted, as BCC's console does.
    ///
    /// ## Why is this bad?
    /// CCE passes the name to BCC when it buys the machine; BCC refuses names outside its rule,
    /// and the node creation fails.
    ///
    /// ## Example
    /// ```json
    /// {"instanceName": "1st-node@prod"}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"instanceName": "node-prod-1"}
    /// ```
    ///
    /// ## References
    /// - BCC API, CreateInstanceBySpec, `name` (1–65 characters, letters, digits, Chinese and `-_ /.`, starting with a letter)
    pub struct InvalidInstanceName {
        code: "CCE538",
        name: "invalid-instance-name",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("instanceName breaks the BCC name rule", "instanceName 不符合 BCC 命名规则"),
        docs_zh: r#"## 作用
报告不符合 BCC 实例命名规则的 `instanceName`：长度 1–65 个字符，以字母开头，由字母、数字、中文以及 `-`、`_`、空格、`/`、`.` 组成。空名称不报告（CCE 会生成 `cce-…`）。适用于 `masters`、`nodes` 和节点组模板。

注意：与 BCC 控制台一致，以中文开头的名称视为合法。

## 为什么有问题
CCE 购买机器时把名称传给 BCC；BCC 拒绝不符合规则的名称，节点创建失败。

## 示例
```json
{"instanceName": "1st-node@prod"}
```

应改为：
```json
{"instanceName": "node-prod-1"}
```

## 参考
- BCC API CreateInstanceBySpec 的 `name`（1–65 个字符，字母、数字、中文及 `-_ /.`，以字母开头）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidInstanceName::META,
    check: Some(check),
};

fn is_chinese(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Why `name` breaks the BCC rule, as (English, Chinese), or `None`.
fn name_problem(name: &str) -> Option<(&'static str, &'static str)> {
    if name.chars().count() > 65 {
        return Some(("it is longer than 65 characters", "超过 65 个字符"));
    }
    let first = name.chars().next()?;
    if !(first.is_ascii_alphabetic() || is_chinese(first)) {
        return Some(("it must start with a letter", "必须以字母开头"));
    }
    if name
        .chars()
        .any(|c| !(c.is_ascii_alphanumeric() || is_chinese(c) || "-_ /.".contains(c)))
    {
        return Some((
            "it may only contain letters, digits, Chinese characters and `-`, `_`, space, `/`, `.`",
            "只能包含字母、数字、中文以及 `-`、`_`、空格、`/`、`.`",
        ));
    }
    None
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        if let Some(problem) = name_problem(&instance.spec.instance_name) {
            out.push(invalid_instance_name_diagnostic(
                instance.at(&["instanceName"]),
                &instance.spec.instance_name,
                problem,
            ));
        }
    }
}

/// The instance name `name` at `pointer` breaks the BCC rule for `problem`.
fn invalid_instance_name_diagnostic(
    pointer: JsonPointer,
    name: &str,
    (en, zh): (&str, &str),
) -> Finding {
    Finding::new(
        InvalidInstanceName::META.code,
        pointer,
        Text::new(
            format!("instanceName `{name}` breaks the BCC name rule: {en}"),
            format!("instanceName `{name}` 不符合 BCC 命名规则：{zh}"),
        ),
        Text::new(
            "Use 1–65 characters starting with a letter: letters, digits, Chinese and `-_ /.`",
            "请使用以字母开头的 1–65 个字符：字母、数字、中文及 `-_ /.`",
        ),
    )
}
