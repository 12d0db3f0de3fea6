use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::cluster::naming::{first_bad_char, is_chinese, show_char};
use crate::rules::Rule;

/// The longest cluster name, in characters.
const MAX_LEN: usize = 65;

declare_rule! {
    /// ## What it does
    /// Reports a `cluster.clusterName` that does not follow Baidu's naming pattern: 1–65
    /// characters of letters, digits, Chinese characters and `-`, `_`, space, `/`, `.`, starting
    /// with a letter or a Chinese character. An empty name is CCE201's business.
    ///
    /// ## Why is this bad?
    /// Baidu Cloud applies this pattern to resource names (BCC instances, CDS volumes, …) and
    /// CCE creates resources named after the cluster. No CCE-specific text states the rule, so
    /// a name outside it is reported as a warning: it may be refused or cut short.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"clusterName": "1st cluster!"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterName": "first-cluster"}}
    /// ```
    ///
    /// ## References
    /// - BCC API `CreateInstanceBySpec.name`, CDS `CreateVolume.name` (Baidu-wide name rule)
    pub struct ClusterNameInvalid {
        code: "CCE202",
        name: "cluster-name-invalid",
        group: Cluster,
        severity: Warning,
        fix: None,
        summary: ("Cluster name outside Baidu's naming pattern", "集群名称不符合百度云命名规则"),
        docs_zh: "## 作用\n报告不符合百度云命名规则的 `cluster.clusterName`：1–65 个字符，可含字母、数字、中文及 `-`、`_`、空格、`/`、`.`，以字母或中文开头。空名称由 CCE201 报告。\n\n## 为什么有问题\n百度云对资源名称（BCC 实例、CDS 磁盘等）使用该规则，CCE 会以集群名称命名所创建的资源。CCE 文档未单独说明该规则，因此仅作为警告：不符合的名称可能被拒绝或截断。\n\n## 示例\n```json\n{\"cluster\": {\"clusterName\": \"1st cluster!\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterName\": \"first-cluster\"}}\n```\n\n## 参考\n- BCC API `CreateInstanceBySpec.name`、CDS `CreateVolume.name`（百度云通用命名规则）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ClusterNameInvalid::META,
    check: Some(check),
};

/// What is wrong with the name.
enum Problem {
    TooLong(usize),
    BadStart(char),
    BadChar(char),
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let name = &request.cluster.cluster_name;
    let Some(first) = name.chars().next() else {
        return;
    };
    let length = name.chars().count();
    let problem = if length > MAX_LEN {
        Problem::TooLong(length)
    } else if !(first.is_ascii_alphabetic() || is_chinese(first)) {
        Problem::BadStart(first)
    } else if let Some(bad) = first_bad_char(name) {
        Problem::BadChar(bad)
    } else {
        return;
    };
    out.push(cluster_name_invalid_diagnostic(&problem));
}

/// The cluster name breaks the naming pattern as `problem` says.
fn cluster_name_invalid_diagnostic(problem: &Problem) -> Finding {
    let message = match problem {
        Problem::TooLong(length) => Text::new(
            format!("The cluster name has {length} characters; at most {MAX_LEN} are allowed"),
            format!("集群名称有 {length} 个字符，最多允许 {MAX_LEN} 个"),
        ),
        Problem::BadStart(c) => Text::new(
            format!(
                "The cluster name starts with {}; it should start with a letter or a Chinese character",
                show_char(*c)
            ),
            format!("集群名称以 {} 开头，应以字母或中文开头", show_char(*c)),
        ),
        Problem::BadChar(c) => Text::new(
            format!(
                "The cluster name contains {}, which is not allowed",
                show_char(*c)
            ),
            format!("集群名称包含不允许的字符 {}", show_char(*c)),
        ),
    };
    Finding::new(
        ClusterNameInvalid::META.code,
        JsonPointer::from_segments(["cluster", "clusterName"]),
        message,
        Text::new(
            "Use 1–65 letters, digits, Chinese characters, `-`, `_`, space, `/` or `.`, starting with a letter or a Chinese character",
            "使用 1–65 个字母、数字、中文、`-`、`_`、空格、`/` 或 `.`，并以字母或中文开头",
        ),
    )
}
