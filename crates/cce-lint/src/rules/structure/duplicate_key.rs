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
    /// CCE's Go decoder decodes a repeated key into what the first occurrence filled: a scalar
    /// is overwritten, an object merges into the first (later keys winning), an array of
    /// objects decodes element by element into the earlier elements and is then cut to the
    /// later array's length. A reviewer reading the first occurrence sees a value the server
    /// never uses, or only part of it.
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
    /// - Go `encoding/json` (`decode.go`, `object` and `array`): a value decodes into the existing value; a slice element into the element already there
    pub struct DuplicateKey {
        code: "CCE007",
        name: "duplicate-key",
        group: Structure,
        severity: Warning,
        fix: None,
        summary: ("The same key appears twice in one object", "同一对象中出现重复的键"),
        docs_zh: "## 作用\n报告同一对象中出现两次的键（完全相同或仅大小写不同）。\n\n## 为什么有问题\nCCE 的 Go 解码器把重复的键解码到第一次填充的值中：标量被覆盖；对象合并到第一个对象中（后出现的键优先）；对象数组逐个元素解码到先前的元素中，然后截断为后一个数组的长度。阅读第一处的人看到的值，服务端并不使用，或只用了其中一部分。\n\n## 示例\n```json\n{\"cluster\": {\"k8sVersion\": \"1.28.8\", \"k8sVersion\": \"1.30.1\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"k8sVersion\": \"1.30.1\"}}\n```\n\n## 参考\n- Go `encoding/json`（`decode.go` 的 `object` 与 `array`）：值解码到已有值中；切片元素解码到已有元素中\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &DuplicateKey::META,
    check: None,
};

/// What the server makes of a repeated key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DuplicateEffect {
    /// The last value is used.
    Replaces,
    /// Both objects merge, later keys winning.
    MergesObjects,
    /// Both arrays of objects merge element by element.
    MergesElements,
}

/// `key` at `pointer` appears again at `span`; it first appeared at `first`.
pub(crate) fn duplicate_key_diagnostic(
    pointer: JsonPointer,
    key: &str,
    span: Span,
    first: Span,
    effect: DuplicateEffect,
) -> Finding {
    let (effect_en, effect_zh) = match effect {
        DuplicateEffect::MergesObjects => (
            "both objects are merged, later keys winning",
            "两个对象会被合并，后出现的键优先",
        ),
        DuplicateEffect::MergesElements => (
            "the server decodes each element into the earlier array's element at the same index (objects merge, later keys winning) and keeps this array's length",
            "服务端把每个元素解码到前一个数组同一位置的元素中（对象合并，后出现的键优先），并保留此数组的长度",
        ),
        DuplicateEffect::Replaces => ("only this last value is used", "只有最后这个值生效"),
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
