use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports a document whose top level is not a JSON object, and a create-cluster request
    /// without a `cluster` object.
    ///
    /// ## Why is this bad?
    /// Every CCE cluster API body is an object. `cluster` (ClusterSpec, 集群配置) is the one
    /// required part of `POST /v2/cluster`: without it there is nothing to create.
    ///
    /// ## Example
    /// ```json
    /// {"masters": [], "nodes": []}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterName": "demo", "vpcID": "vpc-mwbgygrjb72w"}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求参数: `cluster` — 是 (required)
    pub struct InvalidRoot {
        code: "CCE002",
        name: "invalid-root",
        group: Structure,
        severity: Error,
        fix: None,
        summary: ("The document is not an object, or `cluster` is missing", "文档不是对象，或缺少 `cluster`"),
        docs_zh: "## 作用\n报告顶层不是 JSON 对象的文档，以及缺少 `cluster` 对象的创建集群请求。\n\n## 为什么有问题\nCCE 集群 API 的请求体都是对象。`cluster`（ClusterSpec，集群配置）是 `POST /v2/cluster` 唯一必填的部分。\n\n## 示例\n```json\n{\"masters\": [], \"nodes\": []}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterName\": \"demo\", \"vpcID\": \"vpc-mwbgygrjb72w\"}}\n```\n\n## 参考\n- CCE API，创建集群，请求参数：`cluster` 是否必须：是\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidRoot::META,
    check: None,
};

/// The top level is a `found` value instead of an object.
pub(crate) fn not_an_object_diagnostic(span: Span, found: &str) -> Finding {
    Finding::new(
        InvalidRoot::META.code,
        JsonPointer::root(),
        Text::new(
            format!("The document must be a JSON object, not {found}"),
            format!("文档必须是 JSON 对象，而不是{found}"),
        ),
        Text::new(
            "Wrap the request in `{ … }`; a create-cluster body starts with `{\"cluster\": {…}}`",
            "用 `{ … }` 包裹请求；创建集群请求体以 `{\"cluster\": {…}}` 开头",
        ),
    )
    .at(span)
}

/// A create-cluster request without `cluster`.
pub(crate) fn missing_cluster_diagnostic() -> Finding {
    Finding::new(
        InvalidRoot::META.code,
        JsonPointer::from_segments(["cluster"]),
        Text::new(
            "`cluster` (ClusterSpec) is required",
            "缺少必填的 `cluster`（ClusterSpec，集群配置）",
        ),
        Text::new(
            "Add a `cluster` object with at least clusterName, vpcID, masterConfig and containerNetworkConfig",
            "添加 `cluster` 对象，至少包含 clusterName、vpcID、masterConfig 和 containerNetworkConfig",
        ),
    )
}
