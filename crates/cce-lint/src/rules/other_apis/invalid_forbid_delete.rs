use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::{Context, TypedDocument};
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a delete-protection body (`PUT /v2/cluster/{clusterID}/forbiddelete`) without
    /// `forbidDelete`, or whose `forbidDelete` is not `true` or `false` (for example `null` or
    /// `"true"`). The key matches case-insensitively, as Go's decoder matches it: the
    /// `ForbidDelete` the Go SDK sends is fine.
    ///
    /// Note: a body without the key is recognised as this kind only with
    /// `--kind forbid-delete-request`; a value of the wrong JSON type is also reported by the
    /// structural pass (CCE003).
    ///
    /// ## Why is this bad?
    /// The field is required. The server decodes a missing key or `null` as `false`, so the
    /// request silently turns delete protection off: the opposite of what a request to protect
    /// the cluster means. A value of another type makes Go's decoder reject the request.
    ///
    /// ## Example
    /// ```json
    /// {"forbidDelete": "true"}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"forbidDelete": true}
    /// ```
    ///
    /// ## References
    /// - CCE API, 更新集群删除保护开关: `forbidDelete` (Boolean, 是否必须: 是)
    /// - bce-sdk-go `services/cce/v2.UpdateClusterForbidDeleteRequest` (field `ForbidDelete` without JSON tag)
    pub struct InvalidForbidDelete {
        code: "CCEA07",
        name: "invalid-forbid-delete",
        group: OtherApis,
        severity: Error,
        fix: None,
        summary: ("Delete-protection body lacks a Boolean `forbidDelete`", "删除保护请求缺少布尔类型的 `forbidDelete`"),
        docs_zh: "## 作用\n报告缺少 `forbidDelete`，或 `forbidDelete` 不是 `true`/`false`（例如 `null` 或 `\"true\"`）的删除保护请求体（`PUT /v2/cluster/{clusterID}/forbiddelete`）。键名与 Go 解码器一样不区分大小写：Go SDK 发送的 `ForbidDelete` 没有问题。\n\n注意：缺少该键的请求体只有在指定 `--kind forbid-delete-request` 时才会被识别为此类文档；JSON 类型错误的取值也会由结构检查报告（CCE003）。\n\n## 为什么有问题\n该字段为必填。服务端把缺失的键或 `null` 解码为 `false`，请求会悄悄关闭删除保护，与保护集群的本意相反。其他类型的取值会让 Go 解码器拒绝请求。\n\n## 示例\n```json\n{\"forbidDelete\": \"true\"}\n```\n\n应改为：\n```json\n{\"forbidDelete\": true}\n```\n\n## 参考\n- CCE API 更新集群删除保护开关：`forbidDelete`（Boolean，是否必须：是）\n- bce-sdk-go `services/cce/v2.UpdateClusterForbidDeleteRequest`（字段 `ForbidDelete` 无 JSON 标签）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidForbidDelete::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let TypedDocument::ForbidDeleteRequest(body) = ctx.document else {
        return;
    };
    if body.forbid_delete.is_some() {
        return;
    }
    let present = ctx.is_present(&JsonPointer::from_segments(["forbidDelete"]));
    out.push(invalid_forbid_delete_diagnostic(present));
}

/// `forbidDelete` is missing, or `present` but not a Boolean.
fn invalid_forbid_delete_diagnostic(present: bool) -> Finding {
    let message = if present {
        Text::new(
            "`forbidDelete` must be `true` or `false`: `null` leaves it `false` (protection off), another type makes the server reject the request",
            "`forbidDelete` 必须为 `true` 或 `false`：`null` 会使其为 `false`（关闭保护），其他类型会导致服务端拒绝请求",
        )
    } else {
        Text::new(
            "`forbidDelete` is required; without it the server reads `false` and turns delete protection off",
            "`forbidDelete` 为必填；缺少时服务端读作 `false`，会关闭删除保护",
        )
    };
    Finding::new(
        InvalidForbidDelete::META.code,
        JsonPointer::from_segments(["forbidDelete"]),
        message,
        Text::new(
            "Send `{\"forbidDelete\": true}` to turn protection on or `{\"forbidDelete\": false}` to turn it off",
            "发送 `{\"forbidDelete\": true}` 打开保护，或 `{\"forbidDelete\": false}` 关闭保护",
        ),
    )
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind;
    use crate::lint::{lint, LintOptions};

    fn codes(body: &str) -> Vec<String> {
        let options = LintOptions::default().with_kind(Some(DocumentKind::ForbidDeleteRequest));
        lint(body, &options)
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "CCEA07")
            .map(|d| d.pointer.to_string())
            .collect()
    }

    #[test]
    fn missing_key_is_reported_when_the_kind_is_given() {
        assert_eq!(codes("{}"), ["/forbidDelete"]);
        assert_eq!(codes("{\"forbidDeleted\": true}"), ["/forbidDelete"]);
    }

    #[test]
    fn sdk_spelling_and_booleans_are_fine() {
        assert!(codes("{\"ForbidDelete\": true}").is_empty());
        assert!(codes("{\"forbidDelete\": false}").is_empty());
    }
}
