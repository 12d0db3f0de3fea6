use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::kubelet::encoding::{encode_std_base64, is_plain_text, is_std_base64};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `deployCustomConfig.preUserScript` or `postUserScript` that is not standard
    /// base64 text, on every master, node and node-group template. When the value contains
    /// characters base64 never uses (spaces, `#`, `!`, …) it is a raw script, and the fix
    /// encodes it.
    ///
    /// ## Why is this bad?
    /// The API expects the scripts base64-encoded: the official Go SDK encodes them before
    /// sending (`encodeUserScript`) and the Terraform provider documents them as "base64
    /// encoded". A raw script sent through the API directly cannot be decoded by the node
    /// deployment, so the script does not run, or the deployment fails.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"preUserScript": "#!/bin/bash\necho hello"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"preUserScript": "IyEvYmluL2Jhc2gKZWNobyBoZWxsbw=="}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/url.go` `encodeUserScript`
    /// - Terraform provider `baiducloud_ccev2_cluster` `deploy_custom_config.pre_user_script` ("base64 encoded")
    pub struct UserScriptNotBase64 {
        code: "CCE601",
        name: "user-script-not-base64",
        group: Kubelet,
        severity: Warning,
        fix: Sometimes,
        summary: ("User script is not base64-encoded", "用户脚本未经 base64 编码"),
        docs_zh: r##"## 作用
报告每个 Master、Node 和节点组模板中不是标准 base64 文本的 `deployCustomConfig.preUserScript` 或 `postUserScript`。若取值包含 base64 从不使用的字符（空格、`#`、`!` 等），它就是未编码的脚本，修复会对其编码。

## 为什么有问题
API 要求脚本经过 base64 编码：官方 Go SDK 在发送前会编码（`encodeUserScript`），Terraform provider 也注明 "base64 encoded"。直接调用 API 时发送的原始脚本无法被节点部署解码，脚本不会执行，或部署失败。

## 示例
```json
{"deployCustomConfig": {"preUserScript": "#!/bin/bash\necho hello"}}
```

应改为：
```json
{"deployCustomConfig": {"preUserScript": "IyEvYmluL2Jhc2gKZWNobyBoZWxsbw=="}}
```

## 参考
- 官方 SDK `bce-sdk-go/services/cce/v2/url.go` `encodeUserScript`
- Terraform provider `baiducloud_ccev2_cluster` `deploy_custom_config.pre_user_script`（"base64 encoded"）
"##,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UserScriptNotBase64::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        for (key, script) in [
            ("preUserScript", &config.pre_user_script),
            ("postUserScript", &config.post_user_script),
        ] {
            if !script.is_empty() && !is_std_base64(script) {
                let pointer = instance.at(&["deployCustomConfig", key]);
                out.push(user_script_not_base64_diagnostic(pointer, key, script));
            }
        }
    }
}

/// The user script `key` at `pointer` is not base64; `script` is only used for the fix.
fn user_script_not_base64_diagnostic(pointer: JsonPointer, key: &str, script: &str) -> Finding {
    let raw = is_plain_text(script);
    let message = if raw {
        Text::new(
            format!("`{key}` looks like a raw script: the API expects base64 text"),
            format!("`{key}` 看起来是未编码的脚本：API 要求 base64 文本"),
        )
    } else {
        Text::new(
            format!("`{key}` is not valid base64 (wrong length or padding)"),
            format!("`{key}` 不是合法的 base64（长度或填充不正确）"),
        )
    };
    let finding = Finding::new(
        UserScriptNotBase64::META.code,
        pointer.clone(),
        message,
        Text::new(
            "Encode the script with standard base64 (`base64 -w0 script.sh`), as the SDK does",
            "请像 SDK 一样用标准 base64 编码脚本（`base64 -w0 script.sh`）",
        ),
    );
    if raw {
        finding.fix(
            Text::new(
                format!("Base64-encode `{key}`"),
                format!("对 `{key}` 进行 base64 编码"),
            ),
            vec![PatchOperation::Replace {
                path: pointer,
                value: encode_std_base64(script.as_bytes()).into(),
            }],
        )
    } else {
        finding
    }
}
