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

/// Every JSON fixture of the repository plus a generated 200-node-set request.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut paths = Vec::new();
    json_files(&root, &mut paths);
    let mut corpus: Vec<(String, Vec<u8>)> = paths
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).expect("a readable fixture");
            (path.display().to_string(), bytes)
        })
        .collect();
    corpus.push((
        "generated 200 node sets".to_owned(),
        generated_requests::request_of_size(300 * 1024).into_bytes(),
    ));
    assert!(
        corpus.len() > 20,
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
    for _ in 0..2 {
        let again = all_outputs(&corpus);
        for ((name, _), (first, again)) in corpus.iter().zip(first.iter().zip(&again)) {
            assert_eq!(first, again, "{name} changed between runs");
        }
    }
}

#[test]
fn threads_give_the_same_output_as_one_thread() {
    let corpus = corpus();
    let sequential = all_outputs(&corpus);
    let parallel: Vec<Vec<String>> = thread::scope(|scope| {
        let workers: Vec<_> = (0..THREADS)
            .map(|offset| {
                let corpus = &corpus;
                scope.spawn(move || {
                    // Each thread walks the corpus from a different start, so that threads
                    // lint different inputs at the same time.
                    let mut outputs = vec![String::new(); corpus.len()];
                    for step in 0..corpus.len() {
                        let index = (offset * 7 + step) % corpus.len();
                        let (name, input) = &corpus[index];
                        outputs[index] = self::outputs(name, input);
                    }
                    outputs
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| worker.join().expect("no worker panics"))
            .collect()
    });
    for (thread, outputs) in parallel.iter().enumerate() {
        for ((name, _), (expected, found)) in corpus.iter().zip(sequential.iter().zip(outputs)) {
            assert_eq!(expected, found, "{name} differs on thread {thread}");
        }
    }
}
