use std::collections::BTreeSet;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::common::Tag;
use crate::pointer::JsonPointer;
use crate::rules::cluster::naming::{first_bad_char, show_char};
use crate::rules::Rule;

/// The longest tag key or value, in characters.
const MAX_LEN: usize = 65;

declare_rule! {
    /// ## What it does
    /// Reports tags that break Baidu Cloud's tag rule, in `cluster.tags` and in the `tags` of
    /// every master, node and node-group template: a `tagKey` that is empty or longer than 65
    /// characters, a `tagValue` longer than 65 characters, characters other than letters,
    /// digits, Chinese characters and `-`, `_`, space, `/`, `.`, and a `tagKey` repeated in
    /// the same list.
    ///
    /// ## Why is this bad?
    /// The tag service applies the same rule to every Baidu Cloud resource (BCC, EIP, BLB);
    /// CCE passes the cluster's and nodes' tags on to the resources it creates, so a bad tag
    /// makes that step fail or the tag get lost. A repeated key keeps only one of its values.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"tags": [{"tagKey": "team", "tagValue": "a"}, {"tagKey": "team", "tagValue": "b"}]}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"tags": [{"tagKey": "team", "tagValue": "a"}, {"tagKey": "owner", "tagValue": "b"}]}}
    /// ```
    ///
    /// ## References
    /// - BCC API `CreateInstanceBySpec.tags`, EIP and BLB `tags` (Baidu-wide tag rule)
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `Tag`
    pub struct TagInvalid {
        code: "CCE215",
        name: "tag-invalid",
        group: Cluster,
        severity: Warning,
        fix: None,
        summary: ("A tag breaks Baidu Cloud's tag rule", "标签不符合百度云标签规则"),
        docs_zh: "## 作用\n报告 `cluster.tags` 以及每个 Master、Node 和节点组模板的 `tags` 中不符合百度云标签规则的标签：`tagKey` 为空或超过 65 个字符、`tagValue` 超过 65 个字符、含有字母、数字、中文及 `-`、`_`、空格、`/`、`.` 以外的字符，以及同一列表中重复的 `tagKey`。\n\n## 为什么有问题\n标签服务对所有百度云资源（BCC、EIP、BLB）使用同一规则；CCE 会把集群和节点的标签传给它创建的资源，不合规的标签会导致该步骤失败或标签丢失。重复的键只会保留其中一个值。\n\n## 示例\n```json\n{\"cluster\": {\"tags\": [{\"tagKey\": \"team\", \"tagValue\": \"a\"}, {\"tagKey\": \"team\", \"tagValue\": \"b\"}]}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"tags\": [{\"tagKey\": \"team\", \"tagValue\": \"a\"}, {\"tagKey\": \"owner\", \"tagValue\": \"b\"}]}}\n```\n\n## 参考\n- BCC API `CreateInstanceBySpec.tags`、EIP 与 BLB 的 `tags`（百度云通用标签规则）\n- 官方 SDK `Tag`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &TagInvalid::META,
    check: Some(check),
};

/// What is wrong with a tag.
enum Problem {
    EmptyKey,
    TooLong { part: Part, length: usize },
    BadChar { part: Part, found: char },
    Duplicate,
}

/// The key or the value of a tag.
#[derive(Clone, Copy)]
enum Part {
    Key,
    Value,
}

impl Part {
    fn key(self) -> &'static str {
        match self {
            Part::Key => "tagKey",
            Part::Value => "tagValue",
        }
    }
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    check_list(
        JsonPointer::from_segments(["cluster", "tags"]),
        request.cluster.tags.as_deref(),
        out,
    );
    for instance in ctx.instances() {
        check_list(instance.at(&["tags"]), instance.spec.tags.as_deref(), out);
    }
}

/// Checks one list of tags at `list`.
fn check_list(list: JsonPointer, tags: Option<&[Tag]>, out: &mut Vec<Finding>) {
    let mut seen = BTreeSet::new();
    for (index, tag) in tags.unwrap_or_default().iter().enumerate() {
        let entry = list.child(index);
        let mut problems = Vec::new();
        if tag.tag_key.is_empty() {
            problems.push(Problem::EmptyKey);
        } else if !seen.insert(tag.tag_key.as_str()) {
            problems.push(Problem::Duplicate);
        }
        for (part, text) in [(Part::Key, &tag.tag_key), (Part::Value, &tag.tag_value)] {
            let length = text.chars().count();
            if length > MAX_LEN {
                problems.push(Problem::TooLong { part, length });
            } else if let Some(found) = first_bad_char(text) {
                problems.push(Problem::BadChar { part, found });
            }
        }
        for problem in problems {
            out.push(tag_invalid_diagnostic(&entry, &tag.tag_key, &problem));
        }
    }
}

/// The tag at `entry` with key `key` has `problem`.
fn tag_invalid_diagnostic(entry: &JsonPointer, key: &str, problem: &Problem) -> Finding {
    let (part, detail, help) = match problem {
        Problem::EmptyKey => (
            Part::Key,
            Text::new("the key is empty", "键为空"),
            Text::new(
                "Give the tag a key of 1–65 characters, or remove the entry",
                "为标签设置 1–65 个字符的键，或删除该条目",
            ),
        ),
        Problem::Duplicate => (
            Part::Key,
            Text::new(
                "the key appears earlier in the same list",
                "该键在同一列表中已出现过",
            ),
            Text::new("Keep one entry per key", "每个键只保留一个条目"),
        ),
        Problem::TooLong { part, length } => (
            *part,
            Text::new(
                format!(
                    "`{}` has {length} characters, more than {MAX_LEN}",
                    part.key()
                ),
                format!("`{}` 有 {length} 个字符，超过 {MAX_LEN} 个", part.key()),
            ),
            Text::new(
                format!("Shorten it to at most {MAX_LEN} characters"),
                format!("请缩短至最多 {MAX_LEN} 个字符"),
            ),
        ),
        Problem::BadChar { part, found } => (
            *part,
            Text::new(
                format!(
                    "`{}` contains {}, which is not allowed",
                    part.key(),
                    show_char(*found)
                ),
                format!("`{}` 包含不允许的字符 {}", part.key(), show_char(*found)),
            ),
            Text::new(
                "Use only letters, digits, Chinese characters, `-`, `_`, space, `/` and `.`",
                "只使用字母、数字、中文、`-`、`_`、空格、`/` 和 `.`",
            ),
        ),
    };
    Finding::new(
        TagInvalid::META.code,
        entry.child(part.key()),
        if key.is_empty() {
            Text::new(
                format!("Invalid tag: {}", detail.en),
                format!("标签无效：{}", detail.zh),
            )
        } else {
            Text::new(
                format!("Invalid tag `{key}`: {}", detail.en),
                format!("标签 `{key}` 无效：{}", detail.zh),
            )
        },
        help,
    )
}
