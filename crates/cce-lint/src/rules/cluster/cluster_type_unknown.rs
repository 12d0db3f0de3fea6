use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `cluster.clusterType` outside the SDK's values: `normal`, `crossvpceni`,
    /// `serverless`, `gpuShare`, `edge`, `cloudEdge`, `aihpc`, `arm`. The structural pass
    /// detects it and suggests the closest value.
    ///
    /// ## Why is this bad?
    /// The cluster type decides which infrastructure provider CCE uses and cannot be changed
    /// after creation. An unknown value is refused or silently replaced by `normal`. Values are
    /// case-sensitive (`gpuShare`, not `gpushare`). Omit the field for a normal cluster.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"clusterType": "Normal"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterType": "normal"}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `ClusterType` constants
    /// - Terraform provider `baiducloud_ccev2_cluster` `cluster_type` ("Available Value: [normal]")
    pub struct ClusterTypeUnknown {
        code: "CCE213",
        name: "cluster-type-unknown",
        group: Cluster,
        severity: Warning,
        fix: Sometimes,
        summary: ("`clusterType` is not a value the SDK knows", "`clusterType` 不是 SDK 中的取值"),
        docs_zh: "## 作用\n报告不在 SDK 取值（`normal`、`crossvpceni`、`serverless`、`gpuShare`、`edge`、`cloudEdge`、`aihpc`、`arm`）之中的 `cluster.clusterType`。由结构检查发现，并给出最接近的取值。\n\n## 为什么有问题\n集群类型决定 CCE 使用哪种底层资源提供方，创建后不可更改。未知取值会被拒绝或被静默替换为 `normal`。取值区分大小写（`gpuShare` 而非 `gpushare`）。普通集群可省略该字段。\n\n## 示例\n```json\n{\"cluster\": {\"clusterType\": \"Normal\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterType\": \"normal\"}}\n```\n\n## 参考\n- 官方 SDK `ClusterType` 常量\n- Terraform provider `baiducloud_ccev2_cluster` `cluster_type`（“Available Value: [normal]”）\n",
    }
}

/// Detected by the structural pass (`x-cce-rule` on `cluster.clusterType`).
pub(crate) const RULE: Rule = Rule {
    meta: &ClusterTypeUnknown::META,
    check: None,
};
