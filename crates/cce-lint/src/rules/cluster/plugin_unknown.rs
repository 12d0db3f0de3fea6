use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::cluster::plugins::KNOWN_PLUGINS;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Points out names in `cluster.plugins` that are not among the plugins CCE is known to
    /// install: `core-dns`, `kube-proxy`, `ip-masq-agent`, `metrics-server`, `nvidia-gpu`. A
    /// name that differs from a known one only in case or by a `coredns`-style missing dash is
    /// fixed automatically.
    ///
    /// ## Why is this bad?
    /// CCE installs plugins by exact name; a misspelt name is not installed (a cluster without
    /// `core-dns` has no cluster DNS). The list of plugins grows over time and is not fully
    /// documented, so this is only information.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"plugins": ["coredns", "kube-proxy"]}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"plugins": ["core-dns", "kube-proxy"]}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 获取集群详情, 响应示例 (`plugins`)
    /// - Terraform provider `baiducloud_ccev2_cluster` example (`plugins = ["core-dns", "kube-proxy"]`)
    pub struct PluginUnknown {
        code: "CCE217",
        name: "plugin-unknown",
        group: Cluster,
        severity: Info,
        fix: Sometimes,
        summary: ("Plugin name CCE is not known to install", "CCE 未知的插件名称"),
        docs_zh: "## 作用\n指出 `cluster.plugins` 中不属于 CCE 已知插件（`core-dns`、`kube-proxy`、`ip-masq-agent`、`metrics-server`、`nvidia-gpu`）的名称。仅大小写不同或像 `coredns` 这样少了连字符的名称可自动修复。\n\n## 为什么有问题\nCCE 按精确名称安装插件；拼错的名称不会被安装（没有 `core-dns` 的集群就没有集群 DNS）。插件列表会随时间增加且文档并不完整，因此仅作提示。\n\n## 示例\n```json\n{\"cluster\": {\"plugins\": [\"coredns\", \"kube-proxy\"]}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"plugins\": [\"core-dns\", \"kube-proxy\"]}}\n```\n\n## 参考\n- CCE API 获取集群详情响应示例（`plugins`）\n- Terraform provider `baiducloud_ccev2_cluster` 示例（`plugins = [\"core-dns\", \"kube-proxy\"]`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PluginUnknown::META,
    check: Some(check),
};

/// A name with case, `-` and `_` removed, to match near-misses.
fn squash(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '-' | '_'))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    for (index, name) in request.cluster.plugins.iter().flatten().enumerate() {
        if KNOWN_PLUGINS.contains(&name.as_str()) {
            continue;
        }
        let intended = KNOWN_PLUGINS
            .iter()
            .copied()
            .find(|known| squash(known) == squash(name));
        let pointer = JsonPointer::from_segments(["cluster", "plugins"]).child(index);
        out.push(plugin_unknown_diagnostic(pointer, name, intended));
    }
}

/// `name` at `pointer` is not a known plugin; `intended` is the known name it spells loosely.
fn plugin_unknown_diagnostic(pointer: JsonPointer, name: &str, intended: Option<&str>) -> Finding {
    let known = KNOWN_PLUGINS
        .iter()
        .map(|known| format!("`{known}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let message = Text::new(
        format!("Unknown plugin `{name}`"),
        format!("未知插件 `{name}`"),
    );
    match intended {
        Some(intended) => Finding::new(
            PluginUnknown::META.code,
            pointer.clone(),
            message,
            Text::new(
                format!("Did you mean `{intended}`?"),
                format!("是否应为 `{intended}`？"),
            ),
        )
        .fix(
            Text::new(
                format!("Replace with `{intended}`"),
                format!("替换为 `{intended}`"),
            ),
            vec![PatchOperation::Replace {
                path: pointer,
                value: intended.into(),
            }],
        ),
        None => Finding::new(
            PluginUnknown::META.code,
            pointer,
            message,
            Text::new(
                format!("Check the name; known plugins: {known}"),
                format!("请检查名称；已知插件：{known}"),
            ),
        ),
    }
}
