//! Lints arbitrary bytes: no input may panic, and every span must lie inside the input on
//! character boundaries of the (masked) source.

#![no_main]

use cce_lint::{lint_bytes, LintOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let result = lint_bytes(input, &LintOptions::default());
    assert_eq!(result.source.len(), input.len());
    for diagnostic in &result.diagnostics {
        let span = diagnostic.span;
        assert!(
            span.start <= span.end && span.end <= input.len(),
            "{diagnostic:?}"
        );
        assert!(
            result.source.is_char_boundary(span.start) && result.source.is_char_boundary(span.end),
            "{diagnostic:?}"
        );
    }
});
