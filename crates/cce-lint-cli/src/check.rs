//! `cce-lint check`: expand the inputs, find their configuration, lint (and fix) them in
//! parallel, apply suppressions and the baseline, and report in the chosen format.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use cce_lint::{LintOptions, NetworkContext, Severity};
use rayon::prelude::*;

use crate::baseline::{normalise_path, Baseline, BaselineEntry};
use cce_lint::Config;

use crate::configs;
use crate::formats::{self, Checked};
use crate::inputs::{self, Input, ReadInputError};
use crate::{language, CheckArgs};

/// Rules whose findings mean the input is not a JSON object: never baselined.
const UNPARSABLE_INPUT_RULES: [&str; 2] = ["CCE001", "CCE002"];

/// What happened to one input.
enum Outcome {
    Linted {
        checked: Checked,
        /// The unified diff of `--fix --dry-run`, when the fixes change something.
        diff: Option<String>,
        /// Fixes applied (or, with `--dry-run`, that would be).
        fixed: usize,
    },
    Unreadable(ReadInputError),
    Unwritable(String),
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("cce-lint: {message}");
    ExitCode::from(2)
}

fn today() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}

pub(crate) fn run(args: &CheckArgs) -> ExitCode {
    let network = match &args.context {
        None => None,
        Some(path) => match Input::File(path.clone())
            .read()
            .map(|bytes| NetworkContext::from_json(&String::from_utf8_lossy(&bytes)))
        {
            Ok(Ok(network)) => Some(network),
            Ok(Err(error)) => {
                return usage_error(&format!("invalid context file {}: {error}", path.display()))
            }
            Err(error) => return usage_error(&error.to_string()),
        },
    };
    let inputs = inputs::expand(&args.files);
    if args.fix && inputs.contains(&Input::Stdin) {
        return usage_error("--fix cannot write standard input back; give file paths");
    }
    let configs = match configs::for_inputs(&inputs, args.config.as_deref()) {
        Ok(configs) => configs,
        Err(error) => return usage_error(&error.to_string()),
    };
    let baseline = match args.baseline.as_deref().map(Baseline::read).transpose() {
        Ok(baseline) => baseline,
        Err(error) => return usage_error(&error.to_string()),
    };
    let base_options = LintOptions::default()
        .with_lang(language(args.lang))
        .with_kind(args.kind)
        .with_network(network);
    let stdin = if inputs.contains(&Input::Stdin) {
        Some(Input::Stdin.read())
    } else {
        None
    };
    let today = today();

    let outcomes: Vec<Outcome> = inputs
        .par_iter()
        .zip(configs.par_iter())
        .map(|(input, config)| {
            let bytes = match (input, &stdin) {
                (Input::Stdin, Some(Ok(bytes))) => Ok(bytes.clone()),
                (Input::Stdin, Some(Err(_))) | (Input::Stdin, None) => Input::Stdin.read(),
                (file, _) => file.read(),
            };
            match bytes {
                Ok(bytes) => lint_one(input, &bytes, config.as_ref(), &base_options, args, today),
                Err(error) => Outcome::Unreadable(error),
            }
        })
        .collect();

    let mut failed_io = false;
    let mut checked = Vec::with_capacity(outcomes.len());
    let mut diffs = String::new();
    let (mut fixed, mut fixed_files) = (0, 0);
    for outcome in outcomes {
        match outcome {
            Outcome::Linted {
                checked: one,
                diff,
                fixed: count,
            } => {
                if let Some(diff) = diff {
                    diffs.push_str(&diff);
                }
                if count > 0 {
                    fixed += count;
                    fixed_files += 1;
                }
                checked.push(one);
            }
            Outcome::Unreadable(error) => {
                eprintln!("cce-lint: {error}");
                failed_io = true;
            }
            Outcome::Unwritable(message) => {
                eprintln!("cce-lint: {message}");
                failed_io = true;
            }
        }
    }

    let baselined = baseline.map_or(0, |baseline| apply_baseline(&baseline, &mut checked));
    let suppressed: usize = checked.iter().map(|file| file.suppressed).sum();
    if suppressed > 0 || baselined > 0 {
        eprintln!(
            "cce-lint: {suppressed} finding(s) suppressed by configuration, {baselined} in the baseline"
        );
    }
    if args.fix {
        let verb = if args.dry_run { "would fix" } else { "fixed" };
        eprintln!("cce-lint: {verb} {fixed} finding(s) in {fixed_files} file(s)");
    }

    if let Some(path) = &args.write_baseline {
        let entries = checked
            .iter()
            .flat_map(|file| {
                file.result
                    .diagnostics
                    .iter()
                    .filter(|diagnostic| !UNPARSABLE_INPUT_RULES.contains(&&*diagnostic.code))
                    .map(|diagnostic| BaselineEntry {
                        path: normalise_path(&file.path),
                        code: diagnostic.code.to_string(),
                        pointer: diagnostic.pointer.to_string(),
                    })
            })
            .collect();
        let baseline = Baseline::new(entries);
        if let Err(error) = baseline.write(path) {
            return usage_error(&error.to_string());
        }
    }

    let written = if args.fix && args.dry_run {
        std::io::stdout().lock().write_all(diffs.as_bytes())
    } else {
        formats::write(args.format, &checked, args.deny_warnings)
    };
    if let Err(error) = written {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("cce-lint: cannot write output: {error}");
            return ExitCode::from(2);
        }
    }

    if failed_io {
        return ExitCode::from(2);
    }
    let unparsable = checked.iter().any(|file| {
        file.result
            .diagnostics
            .iter()
            .any(|diagnostic| UNPARSABLE_INPUT_RULES.contains(&&*diagnostic.code))
    });
    let failing = checked.iter().any(|file| file.fails(args.deny_warnings));
    if unparsable || (args.write_baseline.is_none() && failing) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn lint_one(
    input: &Input,
    bytes: &[u8],
    config: Option<&Arc<Config>>,
    base_options: &LintOptions,
    args: &CheckArgs,
    today: jiff::civil::Date,
) -> Outcome {
    let options = match config {
        Some(loaded) => base_options.clone().with_rule_levels(loaded.rules.clone()),
        None => base_options.clone(),
    };
    let path = input.display();
    let mut diff = None;
    let mut fixed = 0;
    let mut result = match (args.fix, std::str::from_utf8(bytes), input) {
        (true, Ok(text), Input::File(file)) => {
            let outcome = cce_lint::apply_fixes(text, &options);
            fixed = outcome.applied.len();
            if outcome.changed() {
                if args.dry_run {
                    // Both sides from the linter's masked sources: secrets never reach the diff.
                    let before = cce_lint::lint(text, &options).source;
                    diff = Some(
                        similar::TextDiff::from_lines(&before, &outcome.remaining.source)
                            .unified_diff()
                            .context_radius(3)
                            .header(&format!("a/{path}"), &format!("b/{path}"))
                            .to_string(),
                    );
                } else if let Err(error) = std::fs::write(file, &outcome.text) {
                    return Outcome::Unwritable(format!("cannot write {path}: {error}"));
                }
            }
            outcome.remaining
        }
        _ => cce_lint::lint_bytes(bytes, &options),
    };
    let suppressed = match config {
        Some(loaded) => {
            loaded
                .apply_suppressions(&mut result.diagnostics, today)
                .suppressed
        }
        None => 0,
    };
    Outcome::Linted {
        checked: Checked {
            path,
            result,
            suppressed,
        },
        diff,
        fixed,
    }
}

/// Removes the findings the baseline accepts (each entry once); returns how many.
fn apply_baseline(baseline: &Baseline, checked: &mut [Checked]) -> usize {
    let mut allowance = baseline.allowance();
    let mut removed = 0;
    for file in checked {
        let path = normalise_path(&file.path);
        file.result.diagnostics.retain(|diagnostic| {
            if UNPARSABLE_INPUT_RULES.contains(&&*diagnostic.code) {
                return true;
            }
            let key = BaselineEntry {
                path: path.clone(),
                code: diagnostic.code.to_string(),
                pointer: diagnostic.pointer.to_string(),
            };
            match allowance.get_mut(&key) {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    removed += 1;
                    false
                }
                _ => true,
            }
        });
    }
    removed
}

impl Checked {
    /// Whether this file fails the run.
    pub(crate) fn fails(&self, deny_warnings: bool) -> bool {
        self.result.has_errors() || (deny_warnings && self.result.count(Severity::Warning) > 0)
    }
}
