use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `cluster.k8sVersion` that is not of the form `MAJOR.MINOR.PATCH` with an
    /// optional lower-case suffix (`1.28.8`, `1.20.8-arm64`). A leading `v` or surrounding
    /// spaces are fixed automatically.
    ///
    /// ## Why is this bad?
    /// CCE versions are exact strings (`1.28.8`, never `v1.28` or `1.28`); the server matches
    /// them against its list of versions and refuses anything else.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "v1.28"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.28.8"}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `K8SVersion` constants
    /// - Terraform provider `baiducloud_ccev2_cluster` `K8SVersionPermitted`
    pub struct K8sVersionMalformed {
        code: "CCE206",
        name: "k8s-version-malformed",
        group: Cluster,
        severity: Error,
        fix: Sometimes,
        summary: ("`k8sVersion` is not of the form 1.28.8", "`k8sVersion` 不是 1.28.8 这样的格式"),
        docs_zh: "## 作用\n报告不符合 `主版本.次版本.补丁版本`（可带小写后缀，如 `1.28.8`、`1.20.8-arm64`）格式的 `cluster.k8sVersion`。前导 `v` 或首尾空格可自动修复。\n\n## 为什么有问题\nCCE 的版本是精确字符串（`1.28.8`，而不是 `v1.28` 或 `1.28`）；服务端按其版本列表匹配，其他写法都会被拒绝。\n\n## 示例\n```json\n{\"cluster\": {\"k8sVersion\": \"v1.28\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"k8sVersion\": \"1.28.8\"}}\n```\n\n## 参考\n- 官方 SDK `K8SVersion` 常量\n- Terraform provider `baiducloud_ccev2_cluster` `K8SVersionPermitted`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &K8sVersionMalformed::META,
    check: Some(check),
};

/// Whether `version` is `\d+\.\d+\.\d+(-[0-9a-z-]+)?`.
pub(crate) fn is_well_formed(version: &str) -> bool {
    let (numbers, suffix) = match version.split_once('-') {
        Some((numbers, suffix)) => (numbers, Some(suffix)),
        None => (version, None),
    };
    let parts: Vec<&str> = numbers.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
        && suffix.is_none_or(|suffix| {
            !suffix.is_empty()
                && suffix
                    .chars()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase() || c == '-')
        })
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let version = &request.cluster.k8s_version;
    if version.is_empty() || is_well_formed(version) {
        return;
    }
    let trimmed = version.trim();
    let canonical = trimmed.strip_prefix(['v', 'V']).unwrap_or(trimmed);
    let fixed = is_well_formed(canonical).then_some(canonical);
    out.push(k8s_version_malformed_diagnostic(version, fixed));
}

/// `version` is malformed; `fixed` is its canonical spelling when that is all that is wrong.
fn k8s_version_malformed_diagnostic(version: &str, fixed: Option<&str>) -> Finding {
    let pointer = JsonPointer::from_segments(["cluster", "k8sVersion"]);
    let finding = Finding::new(
        K8sVersionMalformed::META.code,
        pointer.clone(),
        Text::new(
            format!("`{version}` is not a CCE Kubernetes version: it must look like `1.28.8`"),
            format!("`{version}` 不是 CCE 的 Kubernetes 版本：应形如 `1.28.8`"),
        ),
        match fixed {
            Some(fixed) => Text::new(format!("Write `{fixed}`"), format!("请写作 `{fixed}`")),
            None => Text::new(
                "Write the full version without a `v`, e.g. `1.30.1`",
                "请写出不带 `v` 的完整版本号，例如 `1.30.1`",
            ),
        },
    );
    match fixed {
        Some(fixed) => finding.fix(
            Text::new(
                format!("Replace with `{fixed}`"),
                format!("替换为 `{fixed}`"),
            ),
            vec![PatchOperation::Replace {
                path: pointer,
                value: fixed.into(),
            }],
        ),
        None => finding,
    }
}
