use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports a key that matches a field only when case is ignored, such as `CPU` for `cpu`
    /// (Go's folding also maps `ſ` to `s` and the Kelvin sign `K` to `k`).
    ///
    /// ## Why is this bad?
    /// It works — CCE's Go decoder matches keys case-insensitively, and the vendor's own
    /// examples send `CPU` and `MEM` — but other tools (JSON Schema validators, Terraform,
    /// code generators) are case-sensitive, and two spellings in one object silently merge.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"instanceSpec": {"instanceResource": {"CPU": 4, "MEM": 8}}, "count": 1}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"instanceSpec": {"instanceResource": {"cpu": 4, "mem": 8}}, "count": 1}]}
    /// ```
    ///
    /// ## References
    /// - Go `encoding/json`: "preferring an exact match but also accepting a case-insensitive match"
    /// - CCE API, 创建集群, 请求示例: 自定义 Master 集群 (uses `CPU`/`MEM`)
    pub struct CaseInsensitiveKey {
        code: "CCE006",
        name: "case-insensitive-key",
        group: Structure,
        severity: Info,
        fix: Always,
        summary: ("A key matches its field only case-insensitively", "键名仅在忽略大小写时匹配字段"),
        docs_zh: "## 作用\n报告仅在忽略大小写时才匹配字段的键，例如用 `CPU` 表示 `cpu`（Go 的大小写折叠还把 `ſ` 视为 `s`、开尔文符号 `K` 视为 `k`）。\n\n## 为什么有问题\n请求能被接受——CCE 的 Go 解码器不区分键的大小写，官方示例也使用 `CPU` 和 `MEM`——但其他工具（JSON Schema 校验、Terraform、代码生成器）区分大小写，同一对象中的两种写法还会被静默合并。\n\n## 示例\n```json\n{\"nodes\": [{\"instanceSpec\": {\"instanceResource\": {\"CPU\": 4, \"MEM\": 8}}, \"count\": 1}]}\n```\n\n应改为：\n```json\n{\"nodes\": [{\"instanceSpec\": {\"instanceResource\": {\"cpu\": 4, \"mem\": 8}}, \"count\": 1}]}\n```\n\n## 参考\n- Go `encoding/json`：优先精确匹配，也接受不区分大小写的匹配\n- CCE API 创建集群请求示例：自定义 Master 集群（使用 `CPU`/`MEM`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CaseInsensitiveKey::META,
    check: None,
};

/// `written` under `parent` is accepted as the field `canonical`.
pub(crate) fn case_insensitive_key_diagnostic(
    parent: &JsonPointer,
    written: &str,
    canonical: &str,
    key_span: Span,
) -> Finding {
    Finding::new(
        CaseInsensitiveKey::META.code,
        parent.child(canonical),
        Text::new(
            format!(
                "`{written}` is accepted as `{canonical}` (CCE matches keys case-insensitively)"
            ),
            format!("`{written}` 会被当作 `{canonical}`（CCE 匹配键名时不区分大小写）"),
        ),
        Text::new(
            format!("Write the canonical spelling `{canonical}`"),
            format!("请使用标准写法 `{canonical}`"),
        ),
    )
    .at(key_span)
    .fix(
        Text::new(
            format!("Rename `{written}` to `{canonical}`"),
            format!("将 `{written}` 重命名为 `{canonical}`"),
        ),
        vec![PatchOperation::Move {
            from: parent.child(written),
            path: parent.child(canonical),
        }],
    )
}
