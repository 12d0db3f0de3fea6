use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::keeps_os;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an existing instance kept without reinstall (`existed: true`,
    /// `existedOption.rebuild: false`) that gives neither `adminPassword` nor `sshKeyID`.
    ///
    /// ## Why is this bad?
    /// Without a reinstall CCE logs in to the machine with the credentials in the request to
    /// deploy the node's services. The API documentation insists that the machine's password
    /// must then be correct ("务必保证机器密码正确，否则节点会因无法部署相关服务而创建失败"):
    /// with no credential at all the node fails to deploy.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}, "adminPassword": "<the machine's current root password>"}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例: 已有实例 ("如果不希望重装系统，设置 instanceSpec.existedOption.rebuild 为 false 并务必保证机器密码正确，否则节点会因无法部署相关服务而创建失败")
    pub struct ExistedInstanceWithoutPassword {
        code: "CCE508",
        name: "existed-instance-without-credentials",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("An existing machine kept without reinstall but no password or key given", "不重装的已有机器未提供密码或密钥"),
        docs_zh: r#"## 作用
报告不重装系统保留的已有实例（`existed: true`、`existedOption.rebuild: false`）既未设置 `adminPassword` 也未设置 `sshKeyID` 的情况。

## 为什么有问题
不重装时，CCE 使用请求中的凭据登录机器部署节点服务。API 文档强调此时机器密码必须正确（“务必保证机器密码正确，否则节点会因无法部署相关服务而创建失败”）：完全不提供凭据，节点会部署失败。

## 示例
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}}}]}
```

应改为：
```json
{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO", "rebuild": false}, "adminPassword": "<机器当前的 root 密码>"}}]}
```

## 参考
- CCE API 创建集群，请求示例：已有实例（“如果不希望重装系统，设置 instanceSpec.existedOption.rebuild 为 false 并务必保证机器密码正确，否则节点会因无法部署相关服务而创建失败”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ExistedInstanceWithoutPassword::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        if keeps_os(spec) && spec.admin_password.is_empty() && spec.ssh_key_id.trim().is_empty() {
            out.push(existed_instance_without_password_diagnostic(
                instance.at(&["adminPassword"]),
            ));
        }
    }
}

/// The machine kept without reinstall has no credential; `pointer` is where `adminPassword` belongs.
fn existed_instance_without_password_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        ExistedInstanceWithoutPassword::META.code,
        pointer,
        Text::new(
            "Without reinstall CCE logs in with your credentials, but neither `adminPassword` nor `sshKeyID` is given: the node will fail to deploy",
            "不重装系统时 CCE 使用您提供的凭据登录，但未设置 `adminPassword` 或 `sshKeyID`：节点将部署失败",
        ),
        Text::new(
            "Set `adminPassword` to the machine's current password (or `sshKeyID` to its key pair), or set `rebuild: true` to reinstall it",
            "将 `adminPassword` 设为机器当前的密码（或将 `sshKeyID` 设为其密钥对），或设置 `rebuild: true` 重装系统",
        ),
    )
}
