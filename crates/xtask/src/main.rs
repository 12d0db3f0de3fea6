//! `cargo xtask <task>`: the project's build and test automation.
//!
//! `cargo xtask ci` is the whole test suite, as CI runs it: it installs what the suite needs
//! (from apt, crates.io and npm only) and runs every step in order, stopping at the first that
//! fails.

use std::process::{Command, ExitCode};

mod bench_cli;
mod perf;
mod steps;
mod wasm;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map_or("help", String::as_str);
    let selected: Vec<&steps::Step> = match task {
        "ci" => steps::ALL.iter().collect(),
        "help" | "-h" | "--help" => {
            print_help();
            return ExitCode::SUCCESS;
        }
        name => match steps::ALL
            .iter()
            .chain(steps::ON_DEMAND)
            .find(|step| step.name == name)
        {
            Some(step) => vec![step],
            None => {
                eprintln!("xtask: unknown task `{name}`");
                print_help();
                return ExitCode::from(2);
            }
        },
    };
    for step in selected {
        println!("xtask: == {} — {}", step.name, step.about);
        if let Err(error) = (step.run)() {
            eprintln!("xtask: step `{}` failed: {error}", step.name);
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn print_help() {
    println!("usage: cargo xtask <task>\n\ntasks:\n  ci  run every step below, in order");
    for step in steps::ALL {
        println!("  {:<14}{}", step.name, step.about);
    }
    println!("\non demand (not part of ci):");
    for step in steps::ON_DEMAND {
        println!("  {:<14}{}", step.name, step.about);
    }
}

/// Runs a command from the workspace root, failing unless it exits 0.
pub(crate) fn run(program: &str, args: &[&str]) -> Result<(), String> {
    run_in(".", program, args)
}

/// Runs a command in `dir` (relative to the workspace root), failing unless it exits 0.
pub(crate) fn run_in(dir: &str, program: &str, args: &[&str]) -> Result<(), String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    println!("xtask: $ (cd {dir} && {program} {})", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(root.join(dir))
        .status()
        .map_err(|error| format!("cannot run {program}: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{program} {} exited with {status}", args.join(" ")))
    }
}
