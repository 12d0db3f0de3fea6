//! Parses arbitrary bytes as a configuration file; when one parses, lints a seed request
//! with its rule levels and applies its suppressions. Nothing may panic.

#![no_main]

use cce_lint::{lint, Config, LintOptions};
use libfuzzer_sys::fuzz_target;

const SEED: &str = include_str!("../../../../tests/fixtures/seed/01-create-managed-master.json");

fuzz_target!(|input: &[u8]| {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    let Ok(config) = Config::from_json(text) else {
        return;
    };
    let options = LintOptions::default().with_rule_levels(config.rules.clone());
    let mut diagnostics = lint(SEED, &options).diagnostics;
    let today = jiff::civil::date(2026, 1, 1);
    config.apply_suppressions(&mut diagnostics, today);
});
