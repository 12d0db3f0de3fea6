use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a create-cluster request whose `cluster.vpcID` is missing or empty.
    ///
    /// ## Why is this bad?
    /// Every CCE cluster lives in a VPC, which cannot be changed after creation. The SDK marks
    /// `ClusterSpec.VPCID` `valid:"Required"`: the server refuses the request with
    /// `InvalidParam`. (The SDK's own test sends such a body: its VPC constant is blank.)
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"clusterName": "demo", "k8sVersion": "1.30.1"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterName": "demo", "k8sVersion": "1.30.1", "vpcID": "vpc-mwbgygrjb72w"}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求参数 `cluster.vpcID`
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `ClusterSpec.VPCID` (`valid:"Required"`)
    pub struct VpcIdMissing {
        code: "CCE203",
        name: "vpc-id-missing",
        group: Cluster,
        severity: Error,
        fix: None,
        summary: ("`cluster.vpcID` is missing or empty", "缺少 `cluster.vpcID` 或其为空"),
        docs_zh: "## 作用\n报告 `cluster.vpcID` 缺失或为空的创建集群请求。\n\n## 为什么有问题\n每个 CCE 集群都位于一个 VPC 中，且创建后不可更改。SDK 将 `ClusterSpec.VPCID` 标为 `valid:\"Required\"`：服务端会以 `InvalidParam` 拒绝请求（SDK 自带的测试就会发送这样的请求体：其 VPC 常量为空）。\n\n## 示例\n```json\n{\"cluster\": {\"clusterName\": \"demo\", \"k8sVersion\": \"1.30.1\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterName\": \"demo\", \"k8sVersion\": \"1.30.1\", \"vpcID\": \"vpc-mwbgygrjb72w\"}}\n```\n\n## 参考\n- CCE API 创建集群请求参数 `cluster.vpcID`\n- 官方 SDK `ClusterSpec.VPCID`（`valid:\"Required\"`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &VpcIdMissing::META,
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
    if request.cluster.vpc_id.is_empty() {
        out.push(vpc_id_missing_diagnostic());
    }
}

/// `cluster.vpcID` is missing or empty.
fn vpc_id_missing_diagnostic() -> Finding {
    Finding::new(
        VpcIdMissing::META.code,
        JsonPointer::from_segments(["cluster", "vpcID"]),
        Text::new(
            "`cluster.vpcID` is required but missing or empty",
            "`cluster.vpcID` 为必填项，但缺失或为空",
        ),
        Text::new(
            "Set the ID of the cluster's VPC, e.g. `\"vpcID\": \"vpc-mwbgygrjb72w\"`",
            "设置集群所在 VPC 的 ID，例如 `\"vpcID\": \"vpc-mwbgygrjb72w\"`",
        ),
    )
}
