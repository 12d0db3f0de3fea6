//! `cargo xtask bench` and `cargo xtask fuzz` (on demand, never part of `ci`).
//!
//! `bench` runs the criterion benchmark of the library against a bare `serde_json` parse of
//! the same bytes (`crates/cce-lint/benches/lint_vs_parse.rs`) and writes its table, with a
//! description of the machine, into the README's "Performance" section.
//!
//! `fuzz` runs the cargo-fuzz targets (`crates/cce-lint/fuzz`) on the stable toolchain
//! (`RUSTC_BOOTSTRAP=1`), seeded from `tests/fixtures`, then the hostile-input catalogue at
//! full size in release.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::run;

const README_START: &str = "<!-- lint-vs-parse:start -->";
const README_END: &str = "<!-- lint-vs-parse:end -->";

/// Seconds each fuzz target runs unless `CCE_LINT_FUZZ_SECONDS` says otherwise.
const DEFAULT_FUZZ_SECONDS: u64 = 600;
/// The fuzz targets and the seed directories of each (relative to `crates/cce-lint`).
const FUZZ_TARGETS: [(&str, &[&str]); 2] = [
    ("lint_bytes", &["../../tests/fixtures"]),
    ("config", &["fuzz/seeds/config"]),
];

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub(crate) fn bench() -> Result<(), String> {
    run(
        "cargo",
        &[
            "bench",
            "--locked",
            "-p",
            "cce-lint",
            "--bench",
            "lint_vs_parse",
        ],
    )?;
    let root = workspace_root();
    let table_path = root.join("target/criterion/lint-vs-parse.md");
    let table = std::fs::read_to_string(&table_path)
        .map_err(|error| format!("cannot read {}: {error}", table_path.display()))?;
    let section = format!(
        "{README_START}\nMeasured by `cargo xtask bench` on {}.\n\n{}{README_END}",
        machine_description(),
        table
    );
    let readme_path = root.join("README.md");
    let readme = std::fs::read_to_string(&readme_path)
        .map_err(|error| format!("cannot read README.md: {error}"))?;
    let (Some(start), Some(end)) = (readme.find(README_START), readme.find(README_END)) else {
        return Err(format!(
            "README.md lacks the {README_START} … {README_END} markers"
        ));
    };
    let updated = format!(
        "{}{section}{}",
        &readme[..start],
        &readme[end + README_END.len()..]
    );
    std::fs::write(&readme_path, updated)
        .map_err(|error| format!("cannot write README.md: {error}"))?;
    println!("xtask: README.md's Performance section updated:\n{table}");
    Ok(())
}

/// `N cores (CPU model), rustc version`.
fn machine_description() -> String {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .unwrap_or_default();
    format!("{cores} cores ({cpu}), {rustc}")
}

pub(crate) fn fuzz() -> Result<(), String> {
    if Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .map_or(true, |output| !output.status.success())
    {
        run("cargo", &["install", "--locked", "cargo-fuzz"])?;
    }
    let seconds = std::env::var("CCE_LINT_FUZZ_SECONDS")
        .ok()
        .and_then(|value| value.parse::<u64>().ok())
        .unwrap_or(DEFAULT_FUZZ_SECONDS);
    // Parallel jobs per target (libFuzzer's -jobs/-workers; each writes fuzz-<n>.log under
    // crates/cce-lint), and an optional single target.
    let jobs = std::env::var("CCE_LINT_FUZZ_JOBS")
        .ok()
        .and_then(|value| value.parse::<u32>().ok())
        .unwrap_or(1);
    let only = std::env::var("CCE_LINT_FUZZ_TARGET").ok();
    let crate_dir = workspace_root().join("crates/cce-lint");
    for (target, seeds) in FUZZ_TARGETS {
        if only.as_deref().is_some_and(|only| only != target) {
            continue;
        }
        let corpus = format!("fuzz/corpus/{target}");
        std::fs::create_dir_all(crate_dir.join(&corpus))
            .map_err(|error| format!("cannot create {corpus}: {error}"))?;
        let max_total_time = format!("-max_total_time={seconds}");
        let mut args = vec!["fuzz", "run", "-O", "-s", "none", target, corpus.as_str()];
        args.extend_from_slice(seeds);
        let parallel = [format!("-jobs={jobs}"), format!("-workers={jobs}")];
        args.extend([
            "--",
            max_total_time.as_str(),
            "-max_len=4096",
            "-print_final_stats=1",
        ]);
        if jobs > 1 {
            args.extend(parallel.iter().map(String::as_str));
        }
        println!(
            "xtask: $ (cd crates/cce-lint && RUSTC_BOOTSTRAP=1 cargo {})",
            args.join(" ")
        );
        let status = Command::new("cargo")
            .args(&args)
            .env("RUSTC_BOOTSTRAP", "1")
            .current_dir(&crate_dir)
            .status()
            .map_err(|error| format!("cannot run cargo fuzz: {error}"))?;
        if !status.success() {
            return Err(format!(
                "fuzz target {target} failed ({status}); the input is under \
                 crates/cce-lint/fuzz/artifacts/{target}/: add it to a regression test"
            ));
        }
    }
    println!("xtask: the hostile-input catalogue at full size (64 MiB, 1,000,000 elements)");
    let status = Command::new("cargo")
        .args([
            "test",
            "--locked",
            "--release",
            "-p",
            "cce-lint",
            "--test",
            "hostile_catalogue",
        ])
        .env("CCE_LINT_HOSTILE_FULL_SIZE", "1")
        .current_dir(workspace_root())
        .status()
        .map_err(|error| format!("cannot run cargo test: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the full-size hostile catalogue failed ({status})"))
    }
}
