//! Determinism: the same input gives byte-identical output (the JSON report and the rendered
//! miette report, in both languages) across repeated runs and across threads.

use std::path::{Path, PathBuf};
use std::thread;

use cce_lint::report::{JsonFile, JsonReport, MietteView};
use cce_lint::{lint_bytes, ColumnUnit, Lang, LintOptions};

#[path = "generated_requests/mod.rs"]
mod generated_requests;

const THREADS: usize = 4;

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            json_files(&path, out);
        } else if path
            .extension()
            .is_some_and(|extension| extension == "json")
        {
            out.push(path);
        }
    }
}

/// Every JSON fixture of the repository, but only every fourth of the per-rule and planted
/// ones (they are many and alike), plus a generated request of 20 node sets.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut paths = Vec::new();
    json_files(&root, &mut paths);
    let sampled = [root.join("rules"), root.join("planted")];
    let mut corpus: Vec<(String, Vec<u8>)> = paths
        .iter()
        .enumerate()
        .filter(|(index, path)| !sampled.iter().any(|dir| path.starts_with(dir)) || index % 4 == 0)
        .map(|(_, path)| {
            let bytes = std::fs::read(path).expect("a readable fixture");
            (path.display().to_string(), bytes)
        })
        .collect();
    corpus.push((
        "generated 20 node sets".to_owned(),
        generated_requests::request_of_size(30 * 1024).into_bytes(),
    ));
    assert!(
        corpus.len() > 100,
        "the fixtures are there: {}",
        corpus.len()
    );
    corpus
}

/// Everything a front end prints for one input: the JSON report and the miette report, in
/// English and Chinese.
fn outputs(name: &str, input: &[u8]) -> String {
    let mut out = String::new();
    for lang in [Lang::En, Lang::Zh] {
        let result = lint_bytes(input, &LintOptions::default().with_lang(lang));
        let report = JsonReport::new(vec![JsonFile::new(name, &result, ColumnUnit::Utf16)]);
        out.push_str(&serde_json::to_string_pretty(&report).expect("the report serialises"));
        let source = miette::NamedSource::new(name, result.source.clone());
        let handler =
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
        for diagnostic in &result.diagnostics {
            handler
                .render_report(&mut out, &MietteView::new(diagnostic, &source))
                .expect("rendering to a String cannot fail");
        }
    }
    out
}

fn all_outputs(corpus: &[(String, Vec<u8>)]) -> Vec<String> {
    corpus
        .iter()
        .map(|(name, input)| outputs(name, input))
        .collect()
}

#[test]
fn repeated_runs_give_identical_output() {
    let corpus = corpus();
    let first = all_outputs(&corpus);
    let again = all_outputs(&corpus);
    for ((name, _), (first, again)) in corpus.iter().zip(first.iter().zip(&again)) {
        assert_eq!(first, again, "{name} changed between runs");
    }
}

#[test]
fn threads_give_the_same_output_as_one_thread() {
    let corpus = corpus();
    let sequential = all_outputs(&corpus);
    // Each thread lints every THREADS-th input, so that all inputs are linted while other
    // threads lint others.
    let parallel: Vec<Vec<(usize, String)>> = thread::scope(|scope| {
        let workers: Vec<_> = (0..THREADS)
            .map(|offset| {
                let corpus = &corpus;
                scope.spawn(move || {
                    (offset..corpus.len())
                        .step_by(THREADS)
                        .map(|index| (index, outputs(&corpus[index].0, &corpus[index].1)))
                        .collect()
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| worker.join().expect("no worker panics"))
            .collect()
    });
    let mut linted = 0;
    for (thread, found) in parallel.iter().enumerate() {
        for (index, output) in found {
            assert_eq!(
                &sequential[*index], output,
                "{} differs on thread {thread}",
                corpus[*index].0
            );
            linted += 1;
        }
    }
    assert_eq!(linted, corpus.len());
}
