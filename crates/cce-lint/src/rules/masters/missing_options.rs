use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a create-cluster request without `options`.
    ///
    /// ## Why is this bad?
    /// The API documentation marks `options` (CreateClusterOptions) as required ("是"), yet its
    /// own three request examples omit it and CCE accepts them, so this is a warning, not an
    /// error. Clients that follow the documentation (the Go SDK always sends
    /// `{"skipNetworkCheck": null}`) are on the safe side should the server start enforcing
    /// it, and writing `options` makes the network-check choice explicit.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"clusterName": "demo"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterName": "demo"}, "options": {"skipNetworkCheck": false}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求参数 `options` (是否必须: 是) and its request examples
    /// - bce-sdk-go `services/cce/v2` `CreateClusterOptions` (`skipNetworkCheck` without omitempty)
    pub struct MissingOptions {
        code: "CCE101",
        name: "missing-options",
        group: Masters,
        severity: Warning,
        fix: None,
        summary: ("`options` is missing although documented as required", "缺少文档标为必须的 `options`"),
        docs_zh: "## 作用\n报告没有 `options` 的创建集群请求。\n\n## 为什么有问题\nAPI 文档将 `options`（CreateClusterOptions）标为必须（“是”），但文档自己的三个请求示例都没有它且 CCE 接受，因此这只是警告而非错误。按文档发送（Go SDK 总是发送 `{\"skipNetworkCheck\": null}`）可以防止服务端将来开始强制校验，并让是否跳过网段检查的选择一目了然。\n\n## 示例\n```json\n{\"cluster\": {\"clusterName\": \"demo\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterName\": \"demo\"}, \"options\": {\"skipNetworkCheck\": false}}\n```\n\n## 参考\n- CCE API 创建集群请求参数 `options`（是否必须：是）及请求示例\n- bce-sdk-go `services/cce/v2` `CreateClusterOptions`（`skipNetworkCheck` 无 omitempty）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingOptions::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if ctx.create_cluster().is_none() {
        return;
    }
    let pointer = JsonPointer::from_segments(["options"]);
    if !ctx.is_present(&pointer) {
        out.push(missing_options_diagnostic(pointer));
    }
}

/// The request has no `options` (it should be at `pointer`).
fn missing_options_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        MissingOptions::META.code,
        pointer,
        Text::new(
            "`options` is missing; the API documents it as required, although CCE accepts its absence",
            "缺少 `options`；API 文档将其标为必须，尽管 CCE 接受不传",
        ),
        Text::new(
            "Add `\"options\": {\"skipNetworkCheck\": false}` (the Go SDK always sends `options`)",
            "添加 `\"options\": {\"skipNetworkCheck\": false}`（Go SDK 总是发送 `options`）",
        ),
    )
}
