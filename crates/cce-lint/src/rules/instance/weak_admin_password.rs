use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

/// The special characters BCC accepts in passwords.
const SPECIALS: &str = "()`~!@#$%^&*-_+=|{}[]:;'<>,.?/";

declare_rule! {
    /// ## What it does
    /// Reports an `adminPassword` that breaks the BCC password policy: 8–32 characters, at
    /// least three of the four classes upper-case letter, lower-case letter, digit and special
    /// character, and special characters only from ``()`~!@#$%^&*-_+=|{}[]:;'<>,.?/``. The
    /// finding says which part of the policy fails and never shows the password or any of its
    /// characters. Applies to `masters`, `nodes` and node-group templates.
    ///
    /// Note: an existing instance kept without reinstall (`existed: true`, `rebuild: false`)
    /// is not checked: there the password is the machine's current one, which CCE only uses to
    /// log in, and BCC does not set it again.
    ///
    /// ## Why is this bad?
    /// CCE passes the password to BCC, which sets it as the root/administrator password when
    /// it creates or reinstalls the machine, and rejects passwords outside its policy: the node
    /// fails to be created.
    ///
    /// ## Example
    /// ```json
    /// {"adminPassword": "password"}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"adminPassword": "Cce-2024-node"}
    /// ```
    ///
    /// ## References
    /// - BCC API, CreateInstanceBySpec and ModifyInstancePassword, `adminPass` (8–32 characters, three of upper/lower/digit/special, specials ``()`~!@#$%^&*-_+=|{}[]:;'<>,.?/``)
    pub struct WeakAdminPassword {
        code: "CCE536",
        name: "weak-admin-password",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("adminPassword does not meet the BCC password policy", "adminPassword 不符合 BCC 密码规则"),
        docs_zh: r#"## 作用
报告不符合 BCC 密码规则的 `adminPassword`：长度 8–32 个字符，至少包含大写字母、小写字母、数字、特殊字符四类中的三类，特殊字符只能是 ``()`~!@#$%^&*-_+=|{}[]:;'<>,.?/``。报告只说明哪一项规则不满足，绝不显示密码或其中的任何字符。适用于 `masters`、`nodes` 和节点组模板。

注意：不重装系统的已有实例（`existed: true`、`rebuild: false`）不检查：此时密码是机器当前的密码，CCE 只用它登录，BCC 不会重新设置。

## 为什么有问题
CCE 把密码传给 BCC，BCC 在创建或重装机器时将其设为 root/管理员密码，并拒绝不符合规则的密码：节点创建失败。

## 示例
```json
{"adminPassword": "password"}
```

应改为：
```json
{"adminPassword": "Cce-2024-node"}
```

## 参考
- BCC API CreateInstanceBySpec 与 ModifyInstancePassword 的 `adminPass`（8–32 位，大写/小写/数字/特殊字符至少三类，特殊字符 ``()`~!@#$%^&*-_+=|{}[]:;'<>,.?/``）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &WeakAdminPassword::META,
    check: Some(check),
};

/// The parts of the BCC policy `password` breaks, as (English, Chinese); empty when it complies.
fn policy_violations(password: &str) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    let length = password.chars().count();
    if !(8..=32).contains(&length) {
        problems.push(("length must be 8–32 characters", "长度必须为 8–32 个字符"));
    }
    let has = |test: fn(char) -> bool| password.chars().any(test);
    let classes = [
        has(|c| c.is_ascii_uppercase()),
        has(|c| c.is_ascii_lowercase()),
        has(|c| c.is_ascii_digit()),
        has(|c| SPECIALS.contains(c)),
    ]
    .iter()
    .filter(|present| **present)
    .count();
    if classes < 3 {
        problems.push((
            "it must contain at least 3 of: upper-case letter, lower-case letter, digit, special character",
            "必须至少包含大写字母、小写字母、数字、特殊字符中的三类",
        ));
    }
    if password
        .chars()
        .any(|c| !c.is_ascii_alphanumeric() && !SPECIALS.contains(c))
    {
        problems.push((
            "it contains a character that is neither a letter, a digit nor an allowed special character",
            "包含字母、数字和允许的特殊字符以外的字符",
        ));
    }
    problems
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        if spec.admin_password.is_empty()
            || (spec.existed && spec.existed_option.rebuild == Some(false))
        {
            continue;
        }
        let problems = policy_violations(&spec.admin_password);
        if !problems.is_empty() {
            out.push(weak_admin_password_diagnostic(
                instance.at(&["adminPassword"]),
                &problems,
            ));
        }
    }
}

/// The password at `pointer` breaks the listed policy parts (the value itself is never shown).
fn weak_admin_password_diagnostic(
    pointer: JsonPointer,
    problems: &[(&'static str, &'static str)],
) -> Finding {
    let en: Vec<&str> = problems.iter().map(|(en, _)| *en).collect();
    let zh: Vec<&str> = problems.iter().map(|(_, zh)| *zh).collect();
    Finding::new(
        WeakAdminPassword::META.code,
        pointer,
        Text::new(
            format!(
                "adminPassword does not meet the BCC password policy ({})",
                en.join("; ")
            ),
            format!("adminPassword 不符合 BCC 密码规则（{}）", zh.join("；")),
        ),
        Text::new(
            format!(
                "Use 8–32 characters with at least three of upper-case, lower-case, digits and specials from {SPECIALS}"
            ),
            format!(
                "请使用 8–32 个字符，至少包含大写字母、小写字母、数字及特殊字符（{SPECIALS}）中的三类"
            ),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::policy_violations;

    #[test]
    fn policy() {
        assert!(policy_violations("test123!T").is_empty());
        assert!(policy_violations("test123!YT").is_empty());
        assert_eq!(policy_violations("admin-password").len(), 1);
        assert_eq!(policy_violations("Ab1!").len(), 1);
        assert_eq!(policy_violations("Abcdefg1\"").len(), 1);
        assert!(!policy_violations(&"Ab1!".repeat(9)).is_empty());
        assert!(policy_violations(&"Ab1!".repeat(8)).is_empty());
    }
}
