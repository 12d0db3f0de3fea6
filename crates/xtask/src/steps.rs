//! The steps of `cargo xtask ci`, in order.

use crate::run;

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
];
