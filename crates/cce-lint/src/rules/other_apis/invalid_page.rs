use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::{Context, TypedDocument};
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a cluster-list query whose `pageNo` or `pageSize` is below 1, `null`, or not an
    /// integer. Absent parameters take the server defaults (page 1, 10 clusters) and are fine.
    ///
    /// Note: a value of the wrong JSON type is also reported by the structural pass (CCE003 or
    /// CCE004); this rule says what the list API needs.
    ///
    /// ## Why is this bad?
    /// Pages are numbered from 1 and hold at least one cluster. The Go SDK refuses values below
    /// 1 before sending the request; other clients get an error or an empty page.
    ///
    /// ## Example
    /// ```json
    /// {"pageNo": 0, "pageSize": 10}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"pageNo": 1, "pageSize": 10}
    /// ```
    ///
    /// ## References
    /// - CCE API, 集群列表 `GET /v2/clusters`: `pageNo` "页码,默认值为1", `pageSize` "单页结果数,默认值为10"
    /// - bce-sdk-go `services/cce/v2` `Client.ListClusters`: `args.PageNum <= 0 || args.PageSize <= 0` → "invlaid pageNo or pageSize"
    pub struct InvalidPage {
        code: "CCEA03",
        name: "invalid-page",
        group: OtherApis,
        severity: Error,
        fix: None,
        summary: ("Cluster list `pageNo` or `pageSize` is below 1 or not an integer", "集群列表的 `pageNo` 或 `pageSize` 小于 1 或不是整数"),
        docs_zh: "## 作用\n报告集群列表查询中小于 1、为 `null` 或不是整数的 `pageNo` 或 `pageSize`。未设置的参数使用服务端默认值（第 1 页，每页 10 个集群），没有问题。\n\n注意：JSON 类型错误的取值也会由结构检查报告（CCE003 或 CCE004）；本规则说明列表接口的要求。\n\n## 为什么有问题\n页码从 1 开始，每页至少一个集群。Go SDK 在发送请求前就拒绝小于 1 的取值；其他客户端会得到错误或空页。\n\n## 示例\n```json\n{\"pageNo\": 0, \"pageSize\": 10}\n```\n\n应改为：\n```json\n{\"pageNo\": 1, \"pageSize\": 10}\n```\n\n## 参考\n- CCE API 集群列表 `GET /v2/clusters`：`pageNo`“页码,默认值为1”，`pageSize`“单页结果数,默认值为10”\n- bce-sdk-go `services/cce/v2` `Client.ListClusters`：`args.PageNum <= 0 || args.PageSize <= 0` 时返回 “invlaid pageNo or pageSize”\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidPage::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let TypedDocument::ListClustersQuery(query) = ctx.document else {
        return;
    };
    for (field, value) in [("pageNo", query.page_no), ("pageSize", query.page_size)] {
        let pointer = JsonPointer::from_segments([field]);
        match value {
            Some(number) if number < 1 => out.push(invalid_page_diagnostic(field, Some(number))),
            None if ctx.is_present(&pointer) => out.push(invalid_page_diagnostic(field, None)),
            _ => {}
        }
    }
}

/// `field` is `value` (below 1), or written but not an integer (`None`).
fn invalid_page_diagnostic(field: &str, value: Option<i64>) -> Finding {
    let message = match value {
        Some(number) => Text::new(
            format!("`{field}` is {number}, but it must be at least 1"),
            format!("`{field}` 为 {number}，但至少应为 1"),
        ),
        None => Text::new(
            format!("`{field}` is not an integer"),
            format!("`{field}` 不是整数"),
        ),
    };
    Finding::new(
        InvalidPage::META.code,
        JsonPointer::from_segments([field]),
        message,
        Text::new(
            format!(
                "Write a whole number from 1, or leave `{field}` out for the default (pageNo 1, pageSize 10)"
            ),
            format!(
                "请填写不小于 1 的整数，或省略 `{field}` 使用默认值（pageNo 为 1，pageSize 为 10）"
            ),
        ),
    )
}
