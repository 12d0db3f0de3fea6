use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a cluster-list query whose `keywordType` is not `clusterName` or `clusterID`,
    /// or whose `orderBy` is not `clusterName`, `clusterID` or `createdAt`. The structural pass
    /// detects it and suggests the closest value; a change of case only (`clusterId`) comes
    /// with a safe fix.
    ///
    /// ## Why is this bad?
    /// The list API documents exactly these fields for fuzzy matching and sorting. Another
    /// value is refused or matches/sorts by a different field than intended, so the listed
    /// clusters are not the ones asked for.
    ///
    /// ## Example
    /// ```json
    /// {"keywordType": "name", "keyword": "demo", "orderBy": "createTime"}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"keywordType": "clusterName", "keyword": "demo", "orderBy": "createdAt"}
    /// ```
    ///
    /// ## References
    /// - CCE API, 集群列表 `GET /v2/clusters`: `keywordType` "可选 [ clusterName, clusterID ]", `orderBy` "可选 [ clusterName, clusterID, createdAt ]"
    /// - bce-sdk-go `services/cce/v2`: `ClusterKeywordType`, `ClusterOrderBy`
    pub struct UnknownListField {
        code: "CCEA01",
        name: "unknown-list-field",
        group: OtherApis,
        severity: Error,
        fix: Sometimes,
        summary: ("Cluster list `keywordType` or `orderBy` is not a documented field", "集群列表的 `keywordType` 或 `orderBy` 不是文档列出的字段"),
        docs_zh: "## 作用\n报告集群列表查询中不是 `clusterName` 或 `clusterID` 的 `keywordType`，以及不是 `clusterName`、`clusterID` 或 `createdAt` 的 `orderBy`。由结构检查发现并给出最接近的取值；仅大小写不同（如 `clusterId`）时附带安全修复。\n\n## 为什么有问题\n列表接口只为模糊查询和排序文档化了这些字段。其他取值会被拒绝，或按非预期的字段匹配/排序，列出的集群不是想要的那些。\n\n## 示例\n```json\n{\"keywordType\": \"name\", \"keyword\": \"demo\", \"orderBy\": \"createTime\"}\n```\n\n应改为：\n```json\n{\"keywordType\": \"clusterName\", \"keyword\": \"demo\", \"orderBy\": \"createdAt\"}\n```\n\n## 参考\n- CCE API 集群列表 `GET /v2/clusters`：`keywordType`“可选 [ clusterName, clusterID ]”，`orderBy`“可选 [ clusterName, clusterID, createdAt ]”\n- bce-sdk-go `services/cce/v2`：`ClusterKeywordType`、`ClusterOrderBy`\n",
    }
}

/// Detected by the structural pass (`x-cce-rule` on the list query's `keywordType` and `orderBy`).
pub(crate) const RULE: Rule = Rule {
    meta: &UnknownListField::META,
    check: None,
};
