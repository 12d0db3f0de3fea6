use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports a number in an integer field that has a fraction or an exponent (`4.5`, `4.0`,
    /// `1e3`) or does not fit the field's Go type (64-bit `int`, or 32-bit for the kubelet
    /// overrides such as `deployCustomConfig.maxPods`).
    ///
    /// ## Why is this bad?
    /// Go's `encoding/json` refuses to decode `4.0` or `1e3` into an `int`, and rejects values
    /// out of range: the whole request fails with `cce.warning.MalformedJSON`.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 3.0, "instanceSpec": {}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 3, "instanceSpec": {}}]}
    /// ```
    ///
    /// ## References
    /// - Go `encoding/json`: numbers into integer fields
    pub struct InvalidInteger {
        code: "CCE004",
        name: "invalid-integer",
        group: Structure,
        severity: Error,
        fix: None,
        summary: ("An integer field holds a fraction, an exponent or an out-of-range number", "整数字段包含小数、指数或超出范围的数"),
        docs_zh: "## 作用\n报告整数字段中带小数或指数的数字（`4.5`、`4.0`、`1e3`），以及超出字段 Go 类型范围的数字（64 位 `int`，kubelet 覆盖项如 `deployCustomConfig.maxPods` 为 32 位）。\n\n## 为什么有问题\nGo 的 `encoding/json` 不会把 `4.0` 或 `1e3` 解码为 `int`，也拒绝越界的值：整个请求会以 `cce.warning.MalformedJSON` 失败。\n\n## 示例\n```json\n{\"nodes\": [{\"count\": 3.0, \"instanceSpec\": {}}]}\n```\n\n应改为：\n```json\n{\"nodes\": [{\"count\": 3, \"instanceSpec\": {}}]}\n```\n\n## 参考\n- Go `encoding/json` 的整数解码规则\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidInteger::META,
    check: None,
};

/// Why an integer literal does not decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IntegerProblem {
    /// It has a fraction or an exponent.
    NotWhole,
    /// It does not fit in this many bits.
    OutOfRange(u8),
}

/// The number at `pointer` cannot be decoded into an integer field.
pub(crate) fn invalid_integer_diagnostic(
    pointer: JsonPointer,
    span: Span,
    problem: IntegerProblem,
) -> Finding {
    let (message, help) = match problem {
        IntegerProblem::NotWhole => (
            Text::new(
                format!("`{pointer}` must be a whole number without fraction or exponent"),
                format!("`{pointer}` 必须是不带小数或指数的整数"),
            ),
            Text::new(
                "Write the integer digits only, e.g. `4` instead of `4.0` or `4e0`",
                "只写整数，例如用 `4` 代替 `4.0` 或 `4e0`",
            ),
        ),
        IntegerProblem::OutOfRange(bits) => (
            Text::new(
                format!("`{pointer}` is outside the range of a {bits}-bit integer"),
                format!("`{pointer}` 超出 {bits} 位整数的范围"),
            ),
            Text::new(
                format!("Use a value between -2^{} and 2^{}-1", bits - 1, bits - 1),
                format!("请使用 -2^{} 到 2^{}-1 之间的值", bits - 1, bits - 1),
            ),
        ),
    };
    Finding::new(InvalidInteger::META.code, pointer, message, help).at(span)
}
