//! Meta-tests over the whole rule catalogue: metadata, documentation and fixtures.
//!
//! Fixtures live in `tests/fixtures/rules/<CODE>/`:
//! - `invalid-*.json`: must report that code exactly at the pointers listed, one per line, in
//!   the sibling `invalid-*.expect` file (`(root)` stands for the empty pointer);
//! - `valid-*.json`: must not report that code;
//! - an optional sibling `*.context.json` is the network context (`--context`) for the fixture.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use cce_lint::rules::{self, FixAvailability, Group};
use cce_lint::{lint_bytes, Lang, LintOptions, NetworkContext};

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/rules")
}

fn fixtures(code: &str, prefix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures_root().join(code))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| {
                    let name = path
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or_default();
                    name.starts_with(prefix)
                        && name.ends_with(".json")
                        && !name.ends_with(".context.json")
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn lint_fixture(path: &Path) -> cce_lint::LintResult {
    let bytes = std::fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let context_path = path.with_extension("context.json");
    let network = std::fs::read_to_string(&context_path).ok().map(|text| {
        NetworkContext::from_json(&text)
            .unwrap_or_else(|error| panic!("{}: {error}", context_path.display()))
    });
    lint_bytes(&bytes, &LintOptions::default().with_network(network))
}

#[test]
fn codes_are_unique_well_formed_and_match_their_group() {
    let mut seen = BTreeSet::new();
    for rule in rules::all() {
        let code = rule.meta.code;
        assert!(seen.insert(code), "duplicate code {code}");
        let digits = &code[3..];
        assert!(
            code.starts_with("CCE")
                && code.len() == 6
                && digits.chars().all(|c| c.is_ascii_digit() || c == 'A'),
            "malformed code {code}"
        );
        assert!(
            code.starts_with(rule.meta.group.code_prefix()),
            "{code} is not in group {:?}",
            rule.meta.group
        );
        assert_eq!(
            rules::by_code(code).map(|r| r.meta.code),
            Some(code),
            "{code} does not round-trip"
        );
    }
    assert!(Group::ALL.iter().all(|group| !group.name().is_empty()));
}

#[test]
fn names_describe_the_problem_in_kebab_case() {
    let mut names = BTreeSet::new();
    for rule in rules::all() {
        let name = rule.meta.name;
        assert!(names.insert(name), "duplicate name {name}");
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{name} is not kebab-case"
        );
        for banned in ["use-", "avoid-", "prefer-", "no-"] {
            assert!(
                !name.starts_with(banned),
                "{name}: name the problem, not the fix"
            );
        }
    }
}

#[test]
fn every_rule_is_documented_in_both_languages() {
    for rule in rules::all() {
        let meta = rule.meta;
        let english = rules::docs(meta, Lang::En);
        for heading in [
            "## What it does",
            "## Why is this bad?",
            "## Example",
            "## References",
        ] {
            assert!(
                english.contains(heading),
                "{}: English docs lack `{heading}`",
                meta.code
            );
        }
        for heading in ["## 作用", "## 为什么有问题", "## 示例", "## 参考"] {
            assert!(
                meta.docs_zh.contains(heading),
                "{}: Chinese docs lack `{heading}`",
                meta.code
            );
        }
        assert!(
            !meta.summary_en.is_empty() && !meta.summary_zh.is_empty(),
            "{}: summary",
            meta.code
        );
        assert!(
            meta.summary_zh
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}: summary_zh is not Chinese",
            meta.code
        );
    }
}

#[test]
fn every_rule_has_failing_and_passing_fixtures() {
    let mut problems = Vec::new();
    for rule in rules::all() {
        let code = rule.meta.code;
        let invalid = fixtures(code, "invalid-");
        let valid = fixtures(code, "valid-");
        if invalid.is_empty() || valid.is_empty() {
            problems.push(format!(
                "{code}: needs invalid-*.json and valid-*.json in tests/fixtures/rules/{code}/"
            ));
            continue;
        }
        let mut fixed = false;
        for path in &invalid {
            let expect_path = path.with_extension("expect");
            let expected: BTreeSet<String> = std::fs::read_to_string(&expect_path)
                .unwrap_or_else(|error| panic!("{}: {error}", expect_path.display()))
                .lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| match line.trim() {
                    "(root)" => String::new(),
                    pointer => pointer.to_owned(),
                })
                .collect();
            let result = lint_fixture(path);
            let found: Vec<_> = result
                .diagnostics
                .iter()
                .filter(|d| d.code == code)
                .collect();
            let actual: BTreeSet<String> = found.iter().map(|d| d.pointer.to_string()).collect();
            if expected.is_empty() || actual != expected {
                problems.push(format!(
                    "{}: expected {code} at {expected:?}, found {actual:?}",
                    path.display()
                ));
            }
            for diagnostic in &found {
                assert!(
                    diagnostic.span.end <= result.source.len(),
                    "{}: span outside input",
                    path.display()
                );
                fixed |= diagnostic.fix.is_some();
                if rule.meta.fix == FixAvailability::Always {
                    assert!(
                        diagnostic.fix.is_some(),
                        "{}: {code} always fixes",
                        path.display()
                    );
                }
                if rule.meta.fix == FixAvailability::None {
                    assert!(
                        diagnostic.fix.is_none(),
                        "{}: {code} declares no fix",
                        path.display()
                    );
                }
            }
        }
        if rule.meta.fix == FixAvailability::Sometimes && !fixed {
            problems.push(format!(
                "{code}: declares fixes but no invalid fixture gets one"
            ));
        }
        for path in &valid {
            let result = lint_fixture(path);
            let unexpected: Vec<_> = result
                .diagnostics
                .iter()
                .filter(|d| d.code == code)
                .map(|d| d.pointer.to_string())
                .collect();
            if !unexpected.is_empty() {
                problems.push(format!(
                    "{}: must not report {code}, found at {unexpected:?}",
                    path.display()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} fixture problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn invalid_fixture_diagnostics_snapshot() {
    insta::glob!(
        "../../../tests/fixtures/rules",
        "*/invalid-*.json",
        |path| {
            if path.to_string_lossy().ends_with(".context.json") {
                return;
            }
            let result = lint_fixture(path);
            let code = path
                .parent()
                .and_then(Path::file_name)
                .and_then(|name| name.to_str())
                .unwrap_or_default()
                .to_owned();
            let lines: Vec<String> = result
                .diagnostics
                .iter()
                .filter(|d| d.code == code)
                .map(|d| {
                    format!(
                        "{} {} {} | {} | help: {}",
                        d.code, d.severity, d.pointer, d.message, d.help
                    )
                })
                .collect();
            insta::assert_snapshot!(lines.join("\n"));
        }
    );
}
