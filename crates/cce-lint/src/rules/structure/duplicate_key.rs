use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports a key that appears twice in one object, exactly or differing only in case.
    ///
    /// ## Why is this bad?
    /// CCE's Go decoder keeps the last value of a scalar or array and merges objects into the
    /// one decoded first. A reviewer reading the first occurrence sees a value the server never
    /// uses.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.28.8", "k8sVersion": "1.30.1"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.30.1"}}
    /// ```
    ///
    /// ## References
    /// - Go `encoding/json`: later keys overwrite earlier ones; objects decode into the existing value
    pub struct DuplicateKey {
        code: "CCE007",
        name: "duplicate-key",
        group: Structure,
        severity: Warning,
        fix: None,
        summary: ("The same key appears twice in one object", "同一对象中出现重复的键"),
        docs_zh: "## 作用\n报告同一对象中出现两次的键（完全相同或仅大小写不同）。\n\n## 为什么有问题\nCCE 的 Go 解码器对标量和数组保留最后一个值，对对象则合并到先解码的值中。阅读第一处的人看到的值，服务端并不会使用。\n\n## 示例\n```json\n{\"cluster\": {\"k8sVersion\": \"1.28.8\", \"k8sVersion\": \"1.30.1\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"k8sVersion\": \"1.30.1\"}}\n```\n\n## 参考\n- Go `encoding/json`：后出现的键覆盖先出现的；对象解码到已有值中\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &DuplicateKey::META,
    check: None,
};

/// `key` at `pointer` appears again at `span`; it first appeared at `first`.
pub(crate) fn duplicate_key_diagnostic(
    pointer: JsonPointer,
    key: &str,
    span: Span,
    first: Span,
    merges: bool,
) -> Finding {
    let (effect_en, effect_zh) = if merges {
        (
            "both objects are merged, later keys winning",
            "两个对象会被合并，后出现的键优先",
        )
    } else {
        ("only this last value is used", "只有最后这个值生效")
    };
    Finding::new(
        DuplicateKey::META.code,
        pointer,
        Text::new(
            format!("Duplicate key `{key}`: {effect_en}"),
            format!("重复的键 `{key}`：{effect_zh}"),
        ),
        Text::new("Keep one occurrence of the key", "只保留该键的一处"),
    )
    .at(span)
    .label(first, Text::new("first defined here", "首次定义于此"))
}
