use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a node group `shrinkPolicy`, `updatePolicy` or `cleanPolicy` outside the
    /// documented values: shrink `Priority`, `Random`, `Uniform`; update `Rolling`,
    /// `Concurrency`; clean `Remain`, `Delete`. Values are case-sensitive. Detected by the
    /// structural pass from the model's enumerations.
    ///
    /// ## Why is this bad?
    /// The server's field is a plain string: a misspelt policy decodes fine and then either
    /// fails the request or silently falls back to a default you did not choose.
    ///
    /// ## Example
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "cleanPolicy": "delete", "replicas": 1, "instanceTemplate": {}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "cleanPolicy": "Delete", "replicas": 1, "instanceTemplate": {}}]}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `v2.ShrinkPolicy`, `v2.UpdatePolicy`, `v2.CleanPolicy`
    /// - CCE API reference, 创建节点组 (`shrinkPolicy`: Priority, Uniform)
    pub struct UnknownNodeGroupPolicy {
        code: "CCE805",
        name: "unknown-node-group-policy",
        group: NodeGroup,
        severity: Warning,
        fix: Sometimes,
        summary: ("A node group policy has an undocumented value", "节点组策略取值不在文档范围内"),
        docs_zh: "## 作用\n报告节点组 `shrinkPolicy`、`updatePolicy` 或 `cleanPolicy` 的非文档取值：缩容 `Priority`、`Random`、`Uniform`；更新 `Rolling`、`Concurrency`；清理 `Remain`、`Delete`。取值区分大小写。由结构检查根据模型枚举检测。\n\n## 为什么有问题\n服务端字段是普通字符串：拼错的策略能被解码，随后要么导致请求失败，要么静默回退到你没有选择的默认值。\n\n## 示例\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"cleanPolicy\": \"delete\", \"replicas\": 1, \"instanceTemplate\": {}}]}\n```\n\n应改为：\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"cleanPolicy\": \"Delete\", \"replicas\": 1, \"instanceTemplate\": {}}]}\n```\n\n## 参考\n- 官方 SDK `v2.ShrinkPolicy`、`v2.UpdatePolicy`、`v2.CleanPolicy`\n- CCE API 参考，创建节点组\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UnknownNodeGroupPolicy::META,
    check: None,
};
