use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an instance in `masters`, `nodes` or a node-group template that will get a
    /// freshly installed system — a new instance, or an existing one that is reinstalled
    /// (`rebuild` absent or `true`) — with neither `adminPassword` nor `sshKeyID`. (Existing
    /// instances kept without reinstall are CCE508's business.)
    ///
    /// Note: rules.md states the condition for new instances only; a reinstall installs a
    /// fresh system just the same, so it is included.
    ///
    /// ## Why is this bad?
    /// Without a password or key pair nobody can log in to the node to debug it. It is also
    /// a sign that a tool dropped the credential: the Terraform provider never sends
    /// `admin_password` (its diff is always suppressed), so its examples arrive without one.
    ///
    /// ## Example
    /// ```json
    /// {"instanceSpec": {"machineType": "BCC", "instanceType": "N3", "imageID": "m-gTpZ1k6n"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"instanceSpec": {"machineType": "BCC", "instanceType": "N3", "imageID": "m-gTpZ1k6n", "sshKeyID": "k-3uvrdvVq"}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `InstanceSpec.adminPassword`, `sshKeyID`
    /// - Terraform provider `baiducloud_ccev2_cluster`, `admin_password` (DiffSuppressFunc always true)
    pub struct MissingLoginCredential {
        code: "CCE537",
        name: "missing-login-credential",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("Node without adminPassword or sshKeyID", "节点既无 adminPassword 也无 sshKeyID"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 或节点组模板中将安装全新系统的实例（新建实例，或 `rebuild` 缺省/为 `true` 而重装的已有实例）既没有 `adminPassword` 也没有 `sshKeyID`。（不重装的已有实例由 CCE508 检查。）

注意：rules.md 只对新建实例规定了该条件；重装同样会安装全新系统，因此也包括在内。

## 为什么有问题
没有密码或密钥对，就无法登录节点排查问题。这也常说明某个工具丢掉了凭据：Terraform provider 从不发送 `admin_password`（其 diff 总被抑制），因此它的示例请求都没有密码。

## 示例
```json
{"instanceSpec": {"machineType": "BCC", "instanceType": "N3", "imageID": "m-gTpZ1k6n"}}
```

应改为：
```json
{"instanceSpec": {"machineType": "BCC", "instanceType": "N3", "imageID": "m-gTpZ1k6n", "sshKeyID": "k-3uvrdvVq"}}
```

## 参考
- CCE API 创建集群 `InstanceSpec.adminPassword`、`sshKeyID`
- Terraform provider `baiducloud_ccev2_cluster` 的 `admin_password`（DiffSuppressFunc 恒为 true）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingLoginCredential::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        let kept = spec.existed && spec.existed_option.rebuild == Some(false);
        // A blank spec (absent, `null` or `{}`) is CCE501's or CCE803's, not one missing field.
        if !kept && !instance.blank && spec.admin_password.is_empty() && spec.ssh_key_id.is_empty()
        {
            out.push(missing_login_credential_diagnostic(
                instance.at(&["adminPassword"]),
            ));
        }
    }
}

/// The instance whose `adminPassword` should be at `pointer` has no login credential.
fn missing_login_credential_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        MissingLoginCredential::META.code,
        pointer,
        Text::new(
            "No login credential for the node: neither `adminPassword` nor `sshKeyID` is set",
            "节点没有登录凭据：`adminPassword` 和 `sshKeyID` 都未设置",
        ),
        Text::new(
            "Set `sshKeyID` (a key pair `k-…`) or `adminPassword`",
            "请设置 `sshKeyID`（密钥对 `k-…`）或 `adminPassword`",
        ),
    )
}
