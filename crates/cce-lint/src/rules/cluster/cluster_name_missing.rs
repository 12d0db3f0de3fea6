use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a create-cluster request whose `cluster.clusterName` is missing or empty.
    ///
    /// ## Why is this bad?
    /// The SDK marks `ClusterSpec.ClusterName` `valid:"Required"` and the API documentation
    /// lists it as required ("是"): the server refuses the request with `InvalidParam`.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.30.1", "vpcID": "vpc-mwbgygrjb72w"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterName": "demo", "k8sVersion": "1.30.1", "vpcID": "vpc-mwbgygrjb72w"}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求参数 `cluster.clusterName` (必选)
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `ClusterSpec.ClusterName` (`valid:"Required"`)
    pub struct ClusterNameMissing {
        code: "CCE201",
        name: "cluster-name-missing",
        group: Cluster,
        severity: Error,
        fix: None,
        summary: ("`cluster.clusterName` is missing or empty", "缺少 `cluster.clusterName` 或其为空"),
        docs_zh: "## 作用\n报告 `cluster.clusterName` 缺失或为空的创建集群请求。\n\n## 为什么有问题\nSDK 将 `ClusterSpec.ClusterName` 标为 `valid:\"Required\"`，API 文档也将其列为必选（“是”）：服务端会以 `InvalidParam` 拒绝请求。\n\n## 示例\n```json\n{\"cluster\": {\"k8sVersion\": \"1.30.1\", \"vpcID\": \"vpc-mwbgygrjb72w\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterName\": \"demo\", \"k8sVersion\": \"1.30.1\", \"vpcID\": \"vpc-mwbgygrjb72w\"}}\n```\n\n## 参考\n- CCE API 创建集群请求参数 `cluster.clusterName`（必选）\n- 官方 SDK `ClusterSpec.ClusterName`（`valid:\"Required\"`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ClusterNameMissing::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    // A missing `cluster` is reported by CCE002 already.
    if !ctx.has_cluster() {
        return;
    }
    if request.cluster.cluster_name.is_empty() {
        out.push(cluster_name_missing_diagnostic());
    }
}

/// `cluster.clusterName` is missing or blank.
fn cluster_name_missing_diagnostic() -> Finding {
    Finding::new(
        ClusterNameMissing::META.code,
        JsonPointer::from_segments(["cluster", "clusterName"]),
        Text::new(
            "`cluster.clusterName` is required but missing or empty",
            "`cluster.clusterName` 为必填项，但缺失或为空",
        ),
        Text::new(
            "Give the cluster a name, e.g. `\"clusterName\": \"my-cluster\"`",
            "为集群设置名称，例如 `\"clusterName\": \"my-cluster\"`",
        ),
    )
}
