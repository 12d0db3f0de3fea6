//! The npm package's steps: build the WebAssembly module and pack the package, test the packed
//! package in Node and the web form in Chromium, and benchmark them. The work is done by the
//! scripts and Node programs under `crates/cce-lint-wasm/`; these functions run them in order.

use crate::{run, run_in};

const CRATE: &str = "crates/cce-lint-wasm";
const PACKAGE: &str = "crates/cce-lint-wasm/npm";

/// Installs the toolchain (idempotent), builds the module and packs the npm package.
pub(crate) fn build() -> Result<(), String> {
    install_toolchain()?;
    run("bash", &[&format!("{CRATE}/scripts/build.sh")])
}

/// The Node tests (`node:test`) against the packed package, installed into a scratch project.
pub(crate) fn npm_tests() -> Result<(), String> {
    run_in(PACKAGE, "node", &["--test", "tests/"])
}

/// The web form in headless Chromium (playwright-core with Debian's chromium).
pub(crate) fn browser_tests() -> Result<(), String> {
    install_toolchain()?;
    run_in(PACKAGE, "node", &["--test", "browser/"])
}

/// Builds everything, then times wasm `lint` against ajv in Node and the form in Chromium.
pub(crate) fn bench() -> Result<(), String> {
    build()?;
    run_in(PACKAGE, "node", &["bench/bench.mjs"])
}

fn install_toolchain() -> Result<(), String> {
    run("bash", &[&format!("{CRATE}/scripts/install-toolchain.sh")])
}
