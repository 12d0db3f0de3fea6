//! Linting versus the floor: `serde_json::from_str::<serde_json::Value>` of the same bytes,
//! measured in one run, reported as ratios.
//!
//! `cargo bench -p cce-lint --bench lint_vs_parse` runs criterion over every input (the seed
//! bodies, a 1,000-node-set request and generated requests from 5 KB to 5 MB), measures the
//! peak heap of one lint and one parse of each input with a counting global allocator, and
//! writes the ratios as a Markdown table to `<criterion home>/lint-vs-parse.md` (and prints
//! it). `cargo xtask bench` runs this and copies the table into the README.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use cce_lint::{lint_bytes, LintOptions};
use criterion::{Criterion, Throughput};
use peak_alloc::PeakAlloc;

#[path = "../tests/generated_requests/mod.rs"]
mod generated_requests;

#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

/// Sizes of the generated requests whose time per KB should be flat.
const SIZES_KB: [usize; 4] = [5, 50, 500, 5_000];

/// One benchmark input.
struct Input {
    /// Criterion group name (`[a-z0-9-]` only, so it is also the directory name).
    name: String,
    /// What the row of the table says.
    label: String,
    body: String,
    /// Whether it is one of the size series (for the time-per-KB flatness check).
    sized: bool,
}

fn inputs() -> Vec<Input> {
    let mut inputs: Vec<Input> = generated_requests::SEEDS
        .iter()
        .map(|(name, body)| Input {
            name: format!("seed-{name}"),
            label: format!("seed `{name}.json`"),
            body: (*body).to_owned(),
            sized: false,
        })
        .collect();
    inputs.push(Input {
        name: "node-sets-1000".to_owned(),
        label: "1,000 node sets".to_owned(),
        body: generated_requests::request_with_node_sets(1_000),
        sized: false,
    });
    inputs.extend(SIZES_KB.iter().map(|kilobytes| Input {
        name: format!("size-{kilobytes:05}kb"),
        label: format!("{kilobytes} KB request"),
        body: generated_requests::request_of_size(kilobytes * 1024),
        sized: true,
    }));
    inputs
}

/// Peak heap growth (bytes) while `work` runs, over what was allocated before it.
fn peak_heap<T>(work: impl FnOnce() -> T) -> usize {
    ALLOCATOR.reset_peak_usage();
    let before = ALLOCATOR.current_usage();
    let output = work();
    let peak = ALLOCATOR.peak_usage().saturating_sub(before);
    drop(output);
    peak
}

struct Memory {
    parse: usize,
    lint: usize,
}

fn measure_memory(inputs: &[Input]) -> Vec<Memory> {
    let options = LintOptions::default();
    // Build the lazily initialised tables (schema shapes, rule data) first: they are paid once
    // per process, not per input.
    for (_, seed) in generated_requests::SEEDS {
        drop(lint_bytes(seed.as_bytes(), &options));
    }
    inputs
        .iter()
        .map(|input| Memory {
            parse: peak_heap(|| serde_json::from_str::<serde_json::Value>(&input.body)),
            lint: peak_heap(|| lint_bytes(input.body.as_bytes(), &options)),
        })
        .collect()
}

fn run_criterion(criterion: &mut Criterion, inputs: &[Input]) {
    let options = LintOptions::default();
    for input in inputs {
        let mut group = criterion.benchmark_group(&input.name);
        group.throughput(Throughput::Bytes(input.body.len() as u64));
        if input.body.len() > 1024 * 1024 {
            group.sample_size(10);
        }
        group.bench_function("parse", |bencher| {
            bencher.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&input.body)))
        });
        group.bench_function("lint", |bencher| {
            bencher.iter(|| lint_bytes(black_box(input.body.as_bytes()), &options))
        });
        group.finish();
    }
}

/// Criterion's median estimate, in nanoseconds, of `group/function` (absent when the run
/// was filtered).
fn median_ns(home: &Path, group: &str, function: &str) -> Option<f64> {
    let path = home.join(group).join(function).join("new/estimates.json");
    let estimates: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    estimates["median"]["point_estimate"].as_f64()
}

fn format_duration(nanoseconds: f64) -> String {
    if nanoseconds >= 1e6 {
        format!("{:.2} ms", nanoseconds / 1e6)
    } else {
        format!("{:.1} µs", nanoseconds / 1e3)
    }
}

fn format_bytes(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    }
}

fn summary(home: &Path, inputs: &[Input], memory: &[Memory]) -> String {
    let mut table = String::from(
        "| input | size | parse | lint | lint ÷ parse | lint per KB | peak heap: parse | peak heap: lint | lint peak ÷ size |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let mut per_kb = Vec::new();
    for (input, memory) in inputs.iter().zip(memory) {
        let size = input.body.len();
        let kilobytes = size as f64 / 1024.0;
        let (Some(parse), Some(lint)) = (
            median_ns(home, &input.name, "parse"),
            median_ns(home, &input.name, "lint"),
        ) else {
            continue;
        };
        if input.sized {
            per_kb.push(lint / kilobytes);
        }
        let _ = writeln!(
            table,
            "| {} | {} | {} | {} | **{:.2}×** | {} | {} | {} | **{:.2}×** |",
            input.label,
            format_bytes(size),
            format_duration(parse),
            format_duration(lint),
            lint / parse,
            format_duration(lint / kilobytes),
            format_bytes(memory.parse),
            format_bytes(memory.lint),
            memory.lint as f64 / size as f64,
        );
    }
    if !per_kb.is_empty() {
        let mean = per_kb.iter().sum::<f64>() / per_kb.len() as f64;
        let spread = per_kb
            .iter()
            .map(|value| (value / mean - 1.0).abs())
            .fold(0.0, f64::max);
        let _ = writeln!(
            table,
            "\nLint time per KB across the {} KB requests: mean {}, largest deviation from the mean {:.0}%.",
            SIZES_KB.map(|kilobytes| kilobytes.to_string()).join(" / "),
            format_duration(mean),
            spread * 100.0,
        );
    }
    table
}

/// Where criterion writes its results: `$CRITERION_HOME`, else the workspace's target dir.
fn criterion_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"),
        PathBuf::from,
    );
    target.join("criterion")
}

fn main() {
    let home = criterion_home();
    // Criterion reads the same variable; setting it keeps both on one directory.
    std::env::set_var("CRITERION_HOME", &home);
    let inputs = inputs();
    let memory = measure_memory(&inputs);
    let mut criterion = Criterion::default().configure_from_args();
    run_criterion(&mut criterion, &inputs);
    criterion.final_summary();
    let table = summary(&home, &inputs, &memory);
    println!("\n{table}");
    let path = home.join("lint-vs-parse.md");
    if let Err(error) = std::fs::create_dir_all(&home).and_then(|()| std::fs::write(&path, &table))
    {
        eprintln!("cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
    println!("written to {}", path.display());
}
