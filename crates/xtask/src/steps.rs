//! The steps of `cargo xtask ci`, in order.

use crate::{bench_cli, run, run_in, wasm};

/// One step of the test suite.
pub(crate) struct Step {
    pub(crate) name: &'static str,
    pub(crate) about: &'static str,
    pub(crate) run: fn() -> Result<(), String>,
}

pub(crate) const ALL: &[Step] = &[
    Step {
        name: "rust-tests",
        about: "cargo test over the workspace",
        run: || run("cargo", &["test", "--workspace", "--locked"]),
    },
    Step {
        name: "lint",
        about: "cargo fmt --check and cargo clippy with warnings denied",
        run: || {
            run("cargo", &["fmt", "--all", "--", "--check"])?;
            run("cargo", &["clippy", "--workspace", "--all-targets", "--locked", "--", "-D", "warnings"])
        },
    },
    Step {
        name: "editor-tests",
        about: "the JSON Schemas in VS Code's JSON language service (npm ci, node --test in tests/editor)",
        run: || {
            run_in("tests/editor", "npm", &["ci", "--no-audit", "--no-fund"])?;
            run_in("tests/editor", "node", &["--test"])
        },
    },
    Step {
        name: "wasm-build",
        about: "the core compiled to wasm32 and packed as the npm package (installs the toolchain)",
        run: wasm::build,
    },
    Step {
        name: "npm-tests",
        about: "the packed npm package in Node: same diagnostics as the CLI on every fixture",
        run: wasm::npm_tests,
    },
    Step {
        name: "browser-tests",
        about: "the web form in headless Chromium (playwright-core), screenshot in tests/artifacts",
        run: wasm::browser_tests,
    },
];

/// Tasks run only on demand (`cargo xtask <name>`), never by `ci`.
pub(crate) const ON_DEMAND: &[Step] = &[
    Step {
        name: "bench",
        about: "lint vs a bare serde_json parse (criterion, ratios, peak heap); updates README.md",
        run: crate::perf::bench,
    },
    Step {
        name: "fuzz",
        about: "cargo-fuzz targets (CCE_LINT_FUZZ_SECONDS each), full-size hostile inputs",
        run: crate::perf::fuzz,
    },
    Step {
        name: "bench-wasm",
        about: "wasm lint vs ajv in Node, and the form's input-to-diagnostic latency in Chromium",
        run: wasm::bench,
    },
    Step {
        name: "bench-cli",
        about:
            "the cce-lint binary on 10,000 generated requests vs ajv-cli; cold start; 1 vs 2 cores",
        run: bench_cli::bench,
    },
];
