//! `cargo xtask bench-cli`: the `cce-lint` binary on 10,000 generated request files against
//! `ajv-cli` (npm) validating the same files against `schemas/create-cluster.schema.json`, in
//! one run on one machine; plus the cold start on one file and the scaling from one core to
//! two. Prints a Markdown table (also written to `target/bench-cli/results.md`). Never run by
//! `ci`: timings are reported, never asserted.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::run;

/// How many request files the benchmark generates.
const FILES: usize = 10_000;
/// Runs of each whole-corpus measurement (the median is reported).
const CORPUS_RUNS: usize = 3;
/// Runs of the one-file cold start (the median is reported).
const COLD_RUNS: usize = 51;
/// The npm packages the comparison installs, pinned.
const AJV_PACKAGES: [&str; 2] = ["ajv-cli@5.0.0", "ajv-formats@3.0.1"];

/// Requests the generated files are derived from (real formatting, real key order).
const TEMPLATES: [&str; 5] = [
    "tests/fixtures/examples/managed-cluster.json",
    "tests/fixtures/seed/01-create-managed-master.json",
    "tests/fixtures/seed/02-create-custom-master.json",
    "tests/fixtures/seed/03-create-existed-instances.json",
    "tests/fixtures/examples/custom-cluster-with-mistakes.json",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub(crate) fn bench() -> Result<(), String> {
    let root = root();
    let work = root.join("target/bench-cli");
    run(
        "cargo",
        &["build", "--release", "--locked", "-p", "cce-lint-cli"],
    )?;
    let cce_lint = root.join("target/release/cce-lint");
    let ajv = install_ajv(&work)?;
    let corpus = std::env::temp_dir().join("cce-lint-bench-cli");
    let generated = generate(&root, &corpus)?;
    println!(
        "xtask: generated {generated} request files in {}",
        corpus.display()
    );
    let schema = root.join("schemas/create-cluster.schema.json");
    let one_file = corpus.join("request-00001.json");

    let cce_lint_all = |threads: Option<&str>| {
        let mut command = Command::new(&cce_lint);
        command.args(["check", "--format", "json"]).arg(&corpus);
        if let Some(threads) = threads {
            command.env("RAYON_NUM_THREADS", threads);
        }
        command
    };
    let ajv_command = |files: &str| {
        let mut command = Command::new(&ajv);
        command
            .args([
                "validate",
                "--spec=draft2020",
                "--strict=false",
                "-c",
                "ajv-formats",
                "-s",
            ])
            .arg(&schema)
            .arg("-d")
            .arg(files)
            .current_dir(&work);
        command
    };
    let corpus_glob = format!("{}/*.json", corpus.display());

    // Round robin, so that a change in the machine's load hits every measurement alike.
    let load_before = load_average();
    // The floor for any tool: reading the files, nothing else.
    let read_all = || {
        let mut command = Command::new("sh");
        command.args(["-c", "cat \"$1\"/*.json", "sh"]).arg(&corpus);
        command
    };
    let corpus_commands: [&dyn Fn() -> Command; 5] = [
        &|| ajv_command(&corpus_glob),
        &|| cce_lint_all(None),
        &|| cce_lint_all(Some("1")),
        &|| cce_lint_all(Some("2")),
        &read_all,
    ];
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); corpus_commands.len()];
    for _ in 0..CORPUS_RUNS {
        for (command, times) in corpus_commands.iter().zip(&mut times) {
            times.push(median(1, command)?);
        }
    }
    let [ajv_time, cce_time, one_core, two_cores, read_time] = [0, 1, 2, 3, 4].map(|index| {
        times[index].sort();
        times[index][times[index].len() / 2]
    });
    let cold = median(COLD_RUNS, || {
        let mut command = Command::new(&cce_lint);
        command.args(["check", "--format", "json"]).arg(&one_file);
        command
    })?;
    let ajv_cold = median(11, || ajv_command(&one_file.display().to_string()))?;

    let findings = count_findings(&cce_lint, &corpus)?;
    let mut report = String::new();
    let _ = writeln!(
        report,
        "Machine: {} CPU(s) (`nproc`), {}; load average {load_before} before, {} after. \
         {FILES} files, {} MB; medians of {CORPUS_RUNS} runs, in turn (cold start: {COLD_RUNS}).\n",
        nproc(),
        cpu_model(),
        load_average(),
        directory_size(&corpus) / 1_000_000
    );
    let _ = writeln!(report, "| measurement | time | ratio |\n|---|---|---|");
    let _ = writeln!(
        report,
        "| `ajv validate` (ajv-cli 5, draft 2020-12, ajv-formats), {FILES} files | {} | 1× |",
        show(ajv_time)
    );
    let _ = writeln!(
        report,
        "| `cce-lint check --format json`, {FILES} files ({findings} findings) | {} | {:.2}× ajv-cli's speed |",
        show(cce_time),
        ratio(ajv_time, cce_time)
    );
    let _ = writeln!(
        report,
        "| reading the {FILES} files and nothing else (`cat`), the floor of any tool | {} | {:.2}× ajv-cli's speed |",
        show(read_time),
        ratio(ajv_time, read_time)
    );
    let _ = writeln!(
        report,
        "| `cce-lint` on 1 core (`RAYON_NUM_THREADS=1`) | {} | 1× |",
        show(one_core)
    );
    let _ = writeln!(
        report,
        "| `cce-lint` on 2 cores (`RAYON_NUM_THREADS=2`) | {} | {:.2}× the 1-core speed |",
        show(two_cores),
        ratio(one_core, two_cores)
    );
    let _ = writeln!(
        report,
        "| cold start, `cce-lint check` on 1 file | {} | |",
        show(cold)
    );
    let _ = writeln!(
        report,
        "| cold start, `ajv validate` on 1 file | {} | |",
        show(ajv_cold)
    );
    println!("\n{report}");
    std::fs::write(work.join("results.md"), &report).map_err(|e| e.to_string())?;
    Ok(())
}

/// Installs ajv-cli and ajv-formats under `work/node_modules` (once); returns the `ajv` binary.
fn install_ajv(work: &Path) -> Result<PathBuf, String> {
    let ajv = work.join("node_modules/.bin/ajv");
    if !ajv.exists() || !work.join("node_modules/ajv-formats").exists() {
        std::fs::create_dir_all(work).map_err(|e| e.to_string())?;
        let status = Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--no-save",
                "--prefix",
            ])
            .arg(work)
            .args(AJV_PACKAGES)
            .status()
            .map_err(|e| format!("cannot run npm: {e}"))?;
        if !status.success() {
            return Err(format!("npm install {} failed", AJV_PACKAGES.join(" ")));
        }
    }
    Ok(ajv)
}

/// The median wall time of `runs` runs of a command (its output discarded; the exit status is
/// not checked: both tools exit 1 when some files have errors, which is the point).
fn median(runs: usize, mut command: impl FnMut() -> Command) -> Result<Duration, String> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let mut command = command();
        command.stdout(Stdio::null()).stderr(Stdio::null());
        let start = Instant::now();
        let status = command
            .status()
            .map_err(|e| format!("cannot run {command:?}: {e}"))?;
        times.push(start.elapsed());
        if status.code().is_none_or(|code| code > 1) {
            return Err(format!("{command:?} failed: {status}"));
        }
    }
    times.sort();
    Ok(times[times.len() / 2])
}

fn count_findings(cce_lint: &Path, corpus: &Path) -> Result<usize, String> {
    let output = Command::new(cce_lint)
        .args(["check", "--format", "json"])
        .arg(corpus)
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text.matches("\"code\":").count())
}

fn show(duration: Duration) -> String {
    if duration.as_secs_f64() >= 1.0 {
        format!("{:.2} s", duration.as_secs_f64())
    } else {
        format!("{:.1} ms", duration.as_secs_f64() * 1000.0)
    }
}

fn ratio(slow: Duration, fast: Duration) -> f64 {
    slow.as_secs_f64() / fast.as_secs_f64().max(f64::EPSILON)
}

/// The 1-minute load average (`/proc/loadavg`): other work on the machine skews wall times.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| text.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "unknown".to_owned())
}

fn nproc() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned())
}

fn directory_size(directory: &Path) -> u64 {
    std::fs::read_dir(directory)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|entry| entry.metadata().ok())
                .map(|metadata| metadata.len())
                .sum()
        })
        .unwrap_or(0)
}

/// A small deterministic generator (xorshift64*), so every run lints the same corpus.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

/// Replaces the value of the first `"key": value` (a scalar) in `text`.
fn set_scalar(text: &str, key: &str, value: &str) -> String {
    let needle = format!("\"{key}\": ");
    let Some(start) = text.find(&needle).map(|index| index + needle.len()) else {
        return text.to_owned();
    };
    let end = text[start..]
        .find([',', '\n', '}'])
        .map_or(text.len(), |offset| start + offset);
    format!("{}{value}{}", &text[..start], &text[end..])
}

/// Writes the corpus (idempotently: the same bytes every time); returns how many files.
fn generate(root: &Path, corpus: &Path) -> Result<usize, String> {
    let templates: Vec<String> = TEMPLATES
        .iter()
        .map(|path| std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}")))
        .collect::<Result<_, _>>()?;
    std::fs::create_dir_all(corpus).map_err(|e| e.to_string())?;
    let versions = [
        "\"1.28.8\"",
        "\"1.30.1\"",
        "\"1.26.9\"",
        "\"1.24.4\"",
        "\"1.31.1\"",
    ];
    let modes = ["\"kubenet\"", "\"vpc-eni\"", "\"vpc-route-auto-detect\""];
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    for index in 0..FILES {
        let template = &templates[index % templates.len()];
        let mut text = set_scalar(template, "clusterName", &format!("\"bench-{index:05}\""));
        text = set_scalar(
            &text,
            "k8sVersion",
            versions[random.below(versions.len() as u64) as usize],
        );
        text = set_scalar(
            &text,
            "mode",
            modes[random.below(modes.len() as u64) as usize],
        );
        text = set_scalar(
            &text,
            "maxPodsPerNode",
            &(16u64 << random.below(4)).to_string(),
        );
        text = set_scalar(&text, "count", &(1 + random.below(20)).to_string());
        // About five files in sixteen get a mistake people make. All stay syntactically valid
        // JSON: ajv-cli stops at the first file that does not parse.
        match random.below(16) {
            0 => text = text.replacen("\"clusterName\"", "\"ClusterName\"", 1),
            1 => {
                text = text.replacen(
                    "\"cluster\": {",
                    "\"cluster\": {\"exposedPubic\": true, ",
                    1,
                )
            }
            2 => text = set_scalar(&text, "maxPodsPerNode", "\"64\""),
            3 => {
                text = text.replacen(
                    "\"masterConfig\": {",
                    "\"masterConfig\": {\"masterType\": \"managed\", ",
                    1,
                )
            }
            4 => {
                text = text.replacen(
                    "\"cluster\": {",
                    "\"cluster\": {\"clusterName\": \"first\", ",
                    1,
                )
            }
            _ => {}
        }
        let path = corpus.join(format!("request-{index:05}.json"));
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(FILES)
}
