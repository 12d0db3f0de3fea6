use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a cluster-list query whose `order` is not `ASC` or `DESC`. The structural pass
    /// detects it and suggests the closest value; lower case (`asc`, `desc`) comes with a safe
    /// fix to the documented upper case.
    ///
    /// ## Why is this bad?
    /// The list API documents `ASC` and `DESC` only. Lower case is probably accepted (the
    /// instance-list example of the same API family writes `asc`), hence a warning rather than
    /// an error, but any other value may be refused or silently sorted ascending.
    ///
    /// ## Example
    /// ```json
    /// {"orderBy": "createdAt", "order": "descending"}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"orderBy": "createdAt", "order": "DESC"}
    /// ```
    ///
    /// ## References
    /// - CCE API, 集群列表 `GET /v2/clusters`: `order` "可选 [ ASC, DESC ]"
    /// - CCE API (2026 compilation), 节点列表 example (`order=asc`)
    pub struct UnknownSortOrder {
        code: "CCEA02",
        name: "unknown-sort-order",
        group: OtherApis,
        severity: Warning,
        fix: Sometimes,
        summary: ("Cluster list `order` is not `ASC` or `DESC`", "集群列表的 `order` 不是 `ASC` 或 `DESC`"),
        docs_zh: "## 作用\n报告集群列表查询中不是 `ASC` 或 `DESC` 的 `order`。由结构检查发现并给出最接近的取值；小写（`asc`、`desc`）时附带改为文档大写形式的安全修复。\n\n## 为什么有问题\n列表接口只文档化了 `ASC` 和 `DESC`。小写可能被接受（同系列接口的节点列表示例写作 `asc`），因此是警告而非错误；其他取值可能被拒绝或被静默按升序排列。\n\n## 示例\n```json\n{\"orderBy\": \"createdAt\", \"order\": \"descending\"}\n```\n\n应改为：\n```json\n{\"orderBy\": \"createdAt\", \"order\": \"DESC\"}\n```\n\n## 参考\n- CCE API 集群列表 `GET /v2/clusters`：`order`“可选 [ ASC, DESC ]”\n- CCE API（2026 汇编）节点列表示例（`order=asc`）\n",
    }
}

/// Detected by the structural pass (`x-cce-rule` on the list query's `order`).
pub(crate) const RULE: Rule = Rule {
    meta: &UnknownSortOrder::META,
    check: None,
};
