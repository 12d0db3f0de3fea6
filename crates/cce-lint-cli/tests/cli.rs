//! The `cce-lint` binary end to end: output shapes, exit codes, input sources, languages.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use insta_cmd::{assert_cmd_snapshot, get_cargo_bin};
use serde_json::Value;

const SEED_02: &str = "tests/fixtures/seed/02-create-custom-master.json";
const CDS_FRAGMENT: &str = "tests/fixtures/seed/cds-fragment.json";
const FORBID_DELETE: &str = "tests/fixtures/seed/forbid-delete-request.json";

/// A request with a type mismatch (an error finding) but valid JSON.
const WITH_ERROR: &str =
    r#"{"cluster": {"clusterName": "demo", "containerNetworkConfig": {"maxPodsPerNode": "64"}}}"#;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `cce-lint` run from the workspace root with an English, colourless environment.
fn cce_lint() -> Command {
    let mut command = Command::new(get_cargo_bin("cce-lint"));
    command
        .current_dir(workspace())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("NO_COLOR");
    command
}

fn run(command: &mut Command) -> Output {
    command.output().expect("cce-lint runs")
}

fn run_with_stdin(command: &mut Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cce-lint starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("stdin written");
    child.wait_with_output().expect("cce-lint runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 stderr")
}

#[track_caller]
fn json(output: &Output) -> Value {
    let text = stdout(output);
    assert!(text.ends_with('\n'), "one line: {text}");
    assert_eq!(text.lines().count(), 1, "one line: {text}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn keys(value: &Value) -> Vec<&str> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

fn temp_file(contents: &[u8]) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new()
        .suffix(".json")
        .tempfile()
        .expect("temp file");
    file.write_all(contents).expect("written");
    file.flush().expect("flushed");
    file
}

/// (code, pointer) of the diagnostics of file `index` of a JSON report.
fn pairs(report: &Value, index: usize) -> Vec<(String, String)> {
    report["files"][index]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().expect("code").to_owned(),
                d["pointer"].as_str().expect("pointer").to_owned(),
            )
        })
        .collect()
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

// ---------------------------------------------------------------------------------------------
// --format json

#[test]
fn json_output_shape() {
    let output = run(cce_lint().args(["check", "--format", "json", SEED_02, CDS_FRAGMENT]));
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let report = json(&output);

    assert_eq!(keys(&report), ["version", "files", "summary"]);
    assert_eq!(report["version"], Value::from(1));

    let files = report["files"].as_array().expect("files");
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["path"], Value::from(SEED_02));
    assert_eq!(files[1]["path"], Value::from(CDS_FRAGMENT));

    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for file in files {
        assert_eq!(keys(file), ["path", "diagnostics"]);
        let diagnostics = file["diagnostics"].as_array().expect("diagnostics");
        assert!(!diagnostics.is_empty());
        for diagnostic in diagnostics {
            assert_eq!(
                keys(diagnostic),
                [
                    "code",
                    "name",
                    "severity",
                    "pointer",
                    "message",
                    "help",
                    "url",
                    "span",
                    "line",
                    "column",
                    "endLine",
                    "endColumn"
                ]
            );
            for key in ["code", "name", "pointer", "message", "help", "url"] {
                assert!(diagnostic[key].is_string(), "{key}: {diagnostic}");
            }
            match diagnostic["severity"].as_str() {
                Some("error") => errors += 1,
                Some("warning") => warnings += 1,
                Some("info") => infos += 1,
                other => panic!("severity {other:?}"),
            }
            assert_eq!(keys(&diagnostic["span"]), ["start", "end"]);
            let start = diagnostic["span"]["start"].as_u64().expect("start");
            let end = diagnostic["span"]["end"].as_u64().expect("end");
            assert!(start <= end);
            for key in ["line", "column", "endLine", "endColumn"] {
                assert!(diagnostic[key].as_u64().expect(key) >= 1, "{key}");
            }
            let (line, end_line) = (&diagnostic["line"], &diagnostic["endLine"]);
            assert!(line.as_u64() <= end_line.as_u64());
            let code = diagnostic["code"].as_str().unwrap_or_default();
            assert!(code.starts_with("CCE") && code.len() == 6, "{code}");
            assert!(diagnostic["url"]
                .as_str()
                .unwrap_or_default()
                .ends_with(&format!("{code}.html")));
        }
    }

    let summary = &report["summary"];
    assert_eq!(keys(summary), ["files", "errors", "warnings", "infos"]);
    assert_eq!(summary["files"], Value::from(2));
    assert_eq!(summary["errors"], Value::from(errors));
    assert_eq!(summary["warnings"], Value::from(warnings));
    assert_eq!(summary["infos"], Value::from(infos));
    assert_eq!(errors, 1, "only the CDS fragment's syntax error");

    // The CDS fragment's syntax error is located at line 2, column 5.
    let syntax = &files[1]["diagnostics"][0];
    assert_eq!(syntax["code"], Value::from("CCE001"));
    assert_eq!(syntax["pointer"], Value::from(""));
    assert_eq!(
        (&syntax["line"], &syntax["column"]),
        (&Value::from(2), &Value::from(5))
    );
}

#[test]
fn json_output_of_a_clean_file() {
    let output = run(cce_lint().args(["check", "--format", "json", FORBID_DELETE]));
    assert_eq!(output.status.code(), Some(0));
    let report = json(&output);
    assert_eq!(report["files"][0]["diagnostics"], Value::Array(Vec::new()));
    assert_eq!(
        report["summary"],
        serde_json::json!({"files": 1, "errors": 0, "warnings": 0, "infos": 0})
    );
}

#[test]
fn json_columns_count_characters() {
    // `描述` is 2 characters but 6 bytes: the column after it differs from the byte offset.
    let text = r#"{"cluster": {"description": "描述", "bogusKey": 1}}"#;
    let file = temp_file(text.as_bytes());
    let output = run(cce_lint()
        .args(["check", "--format", "json"])
        .arg(file.path()));
    let report = json(&output);
    let unknown = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "CCE005")
        .expect("unknown key")
        .clone();
    let start = text.find(r#""bogusKey""#).expect("key");
    let end = start + r#""bogusKey""#.len();
    assert_eq!(
        unknown["span"],
        serde_json::json!({"start": start, "end": end})
    );
    let column = text[..start].chars().count() + 1;
    assert_ne!(column, start + 1);
    assert_eq!(unknown["line"], Value::from(1));
    assert_eq!(unknown["column"], Value::from(column));
    assert_eq!(unknown["endLine"], Value::from(1));
    assert_eq!(unknown["endColumn"], Value::from(column + 10));
    assert_eq!(unknown["pointer"], Value::from("/cluster/bogusKey"));
}

// ---------------------------------------------------------------------------------------------
// Exit codes

#[test]
fn exit_code_0_when_clean_or_only_warnings() {
    let clean = run(cce_lint().args(["check", FORBID_DELETE]));
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    // The seed's custom-master example has warnings and infos, no error.
    let warnings = run(cce_lint().args(["check", "--format", "json", SEED_02]));
    let report = json(&warnings);
    assert_eq!(report["summary"]["errors"], Value::from(0));
    assert!(report["summary"]["warnings"].as_u64() > Some(0));
    assert_eq!(warnings.status.code(), Some(0));
}

#[test]
fn exit_code_1_on_an_error_finding() {
    let file = temp_file(WITH_ERROR.as_bytes());
    let output = run(cce_lint().arg("check").arg(file.path()));
    assert_eq!(output.status.code(), Some(1));
    // An error in one file out of several is enough.
    let output = run(cce_lint().args(["check", FORBID_DELETE]).arg(file.path()));
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn exit_code_1_on_unparsable_input() {
    let output = run(cce_lint().args(["check", CDS_FRAGMENT]));
    assert_eq!(output.status.code(), Some(1));
    let binary = temp_file(b"\x00\x01\x02\xff");
    let output = run(cce_lint().arg("check").arg(binary.path()));
    assert_eq!(output.status.code(), Some(1));
    let empty = temp_file(b"");
    let output = run(cce_lint().arg("check").arg(empty.path()));
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn exit_code_2_for_a_missing_file() {
    let output = run(cce_lint().args(["check", "tests/fixtures/does-not-exist.json"]));
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("does-not-exist.json"));
    // Even next to a file with an error, and the readable file is still reported.
    let output = run(cce_lint().args([
        "check",
        "--format",
        "json",
        CDS_FRAGMENT,
        "tests/fixtures/does-not-exist.json",
    ]));
    assert_eq!(output.status.code(), Some(2));
    let report = json(&output);
    assert_eq!(report["summary"]["files"], Value::from(1));
    assert_eq!(report["files"][0]["path"], Value::from(CDS_FRAGMENT));
}

#[test]
fn exit_code_2_for_usage_errors() {
    for args in [
        &["check", "--format", "xml", SEED_02][..],
        &["check", "--kind", "cluster", SEED_02][..],
        &["check", "--lang", "fr", SEED_02][..],
        &["check"][..],
        &["frobnicate"][..],
        &[][..],
    ] {
        let output = run(cce_lint().args(args));
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?}");
    }
}

#[test]
fn unknown_format_usage_error() {
    assert_cmd_snapshot!(cce_lint().args(["check", "--format", "xml", SEED_02]));
}

// ---------------------------------------------------------------------------------------------
// Inputs and options

#[test]
fn stdin_via_dash() {
    let seed = std::fs::read(workspace().join(SEED_02)).expect("seed");
    let from_stdin = run_with_stdin(cce_lint().args(["check", "--format", "json", "-"]), &seed);
    let from_file = run(cce_lint().args(["check", "--format", "json", SEED_02]));
    assert_eq!(from_stdin.status.code(), Some(0));
    let (stdin_report, file_report) = (json(&from_stdin), json(&from_file));
    assert_eq!(stdin_report["files"][0]["path"], Value::from("-"));
    assert_eq!(
        stdin_report["files"][0]["diagnostics"],
        file_report["files"][0]["diagnostics"]
    );
    let errors = run_with_stdin(cce_lint().args(["check", "-"]), WITH_ERROR.as_bytes());
    assert_eq!(errors.status.code(), Some(1));
}

#[test]
fn kind_option_overrides_detection() {
    let body = br#"{"forbidDelete": true}"#;
    let detected = run_with_stdin(cce_lint().args(["check", "--format", "json", "-"]), body);
    assert_eq!(detected.status.code(), Some(0));
    assert!(pairs(&json(&detected), 0).is_empty());

    let forced = run_with_stdin(
        cce_lint().args(["check", "--format", "json", "--kind", "create-cluster", "-"]),
        body,
    );
    assert_eq!(forced.status.code(), Some(1));
    let found = pairs(&json(&forced), 0);
    assert!(
        found.contains(&("CCE002".to_owned(), "/cluster".to_owned())),
        "{found:?}"
    );
    assert!(
        found.contains(&("CCE005".to_owned(), "/forbidDelete".to_owned())),
        "{found:?}"
    );

    // The other way round: a list query forced onto a create body.
    let forced = run(cce_lint().args([
        "check",
        "--format",
        "json",
        "--kind",
        "list-clusters-query",
        SEED_02,
    ]));
    let found = pairs(&json(&forced), 0);
    assert!(
        found.contains(&("CCE005".to_owned(), "/cluster".to_owned())),
        "{found:?}"
    );
}

#[test]
fn lang_zh_gives_chinese_messages() {
    let english = json(&run(cce_lint().args([
        "check",
        "--format",
        "json",
        CDS_FRAGMENT,
    ])));
    let chinese = json(&run(cce_lint().args([
        "check",
        "--format",
        "json",
        "--lang",
        "zh",
        CDS_FRAGMENT,
    ])));
    let (en, zh) = (
        &english["files"][0]["diagnostics"][0],
        &chinese["files"][0]["diagnostics"][0],
    );
    assert!(!has_cjk(en["message"].as_str().unwrap_or_default()));
    assert!(has_cjk(zh["message"].as_str().unwrap_or_default()), "{zh}");
    assert!(has_cjk(zh["help"].as_str().unwrap_or_default()), "{zh}");
    // Only the wording changes.
    for key in ["code", "pointer", "span", "line", "column", "url"] {
        assert_eq!(en[key], zh[key], "{key}");
    }
}

#[test]
fn lang_defaults_from_the_locale() {
    let with_env = |vars: &[(&str, &str)], extra: &[&str]| {
        let mut command = cce_lint();
        command
            .args(["check", "--format", "json"])
            .args(extra)
            .arg(CDS_FRAGMENT);
        for (name, value) in vars {
            command.env(name, value);
        }
        let report = json(&run(&mut command));
        report["files"][0]["diagnostics"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(has_cjk(&with_env(&[("LANG", "zh_CN.UTF-8")], &[])));
    assert!(!has_cjk(&with_env(&[("LANG", "en_US.UTF-8")], &[])));
    assert!(!has_cjk(&with_env(&[("LANG", "C")], &[])));
    // --lang wins over the environment.
    assert!(!has_cjk(&with_env(
        &[("LANG", "zh_CN.UTF-8")],
        &["--lang", "en"]
    )));
    // LC_ALL and LC_MESSAGES take precedence over LANG.
    assert!(!has_cjk(&with_env(
        &[("LANG", "zh_CN.UTF-8"), ("LC_ALL", "en_US.UTF-8")],
        &[]
    )));
    assert!(has_cjk(&with_env(
        &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "zh_CN.UTF-8")],
        &[]
    )));
}

#[test]
fn human_output_in_chinese() {
    let output = run(cce_lint().args(["check", "--lang", "zh", CDS_FRAGMENT]));
    assert_eq!(output.status.code(), Some(1));
    assert!(has_cjk(&stdout(&output)));
}

// ---------------------------------------------------------------------------------------------
// Human output

#[test]
fn human_output_without_colour() {
    let mut command = cce_lint();
    command.env("NO_COLOR", "1").args(["check", SEED_02]);
    let output = run(&mut command);
    assert!(
        !stdout(&output).contains("\x1b["),
        "ANSI escapes in the output"
    );
    assert!(
        !stderr(&output).contains("\x1b["),
        "ANSI escapes in the output"
    );
    assert_cmd_snapshot!(command);
}

#[test]
fn human_output_of_the_cds_fragment() {
    let mut command = cce_lint();
    command.args(["check", CDS_FRAGMENT]);
    let output = run(&mut command);
    let text = stdout(&output);
    assert!(text.contains("CCE001"));
    assert!(text.contains(&format!("{CDS_FRAGMENT}:2:5")), "{text}");
    assert!(text.contains("1 file checked: 1 error"), "{text}");
    assert_cmd_snapshot!(command);
}

#[test]
fn human_output_of_several_files() {
    let output = run(cce_lint().args(["check", SEED_02, CDS_FRAGMENT, FORBID_DELETE]));
    let text = stdout(&output);
    assert!(text.contains("3 files checked: 1 error,"), "{text}");
    assert!(text.contains(SEED_02) && text.contains(CDS_FRAGMENT));
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn human_output_of_structural_mistakes() {
    // Duplicates show their "first defined here" label; every structural code of the file.
    let mut command = cce_lint();
    command.args(["check", "tests/fixtures/structural/every-mistake.json"]);
    let output = run(&mut command);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    for code in [
        "CCE003", "CCE004", "CCE005", "CCE006", "CCE007", "CCE008", "CCE009", "CCE010",
    ] {
        assert!(
            text.contains(&format!("{code}(")),
            "{code} missing:\n{text}"
        );
    }
    assert_cmd_snapshot!(command);
}

#[test]
fn hostile_fixtures_end_to_end() {
    let directory = workspace().join("tests/fixtures/hostile");
    let mut names: Vec<String> = std::fs::read_dir(&directory)
        .expect("hostile fixtures")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    assert!(names.len() >= 10);
    for name in &names {
        let path = format!("tests/fixtures/hostile/{name}");
        let human = run(cce_lint().args(["check", &path]));
        let machine = run(cce_lint().args(["check", "--format", "json", &path]));
        for output in [&human, &machine] {
            let err = String::from_utf8_lossy(&output.stderr);
            assert!(!err.contains("panicked"), "{name}: {err}");
            assert!(matches!(output.status.code(), Some(0 | 1)), "{name}");
            assert!(!output.stdout.windows(2).any(|w| w == b"\x1b["), "{name}");
        }
        assert_eq!(human.status.code(), machine.status.code(), "{name}");
        let report = json(&machine);
        let diagnostics = report["files"][0]["diagnostics"]
            .as_array()
            .expect("diagnostics");
        assert!(!diagnostics.is_empty(), "{name}");
        let size = std::fs::metadata(directory.join(name)).expect("size").len();
        for diagnostic in diagnostics {
            assert!(diagnostic["span"]["end"].as_u64() <= Some(size), "{name}");
            assert!(diagnostic["line"].as_u64() >= Some(1), "{name}");
        }
        let has_error = report["summary"]["errors"].as_u64() > Some(0);
        assert_eq!(machine.status.code(), Some(i32::from(has_error)), "{name}");
    }
    // Syntax errors and bad roots fail; a stray invalid byte in a string only warns.
    for (name, code) in [
        ("array-root.json", 1),
        ("bom-unknown-key.json", 1),
        ("deep-arrays.json", 1),
        ("invalid-utf8-outside-string.json", 1),
        ("leading-zero.json", 1),
        ("nul-bytes.json", 1),
        ("two-roots.json", 1),
    ] {
        let path = format!("tests/fixtures/hostile/{name}");
        let output = run(cce_lint().args(["check", "--format", "json", &path]));
        assert_eq!(output.status.code(), Some(code), "{name}");
    }
}

#[test]
fn invalid_utf8_in_a_string_only_warns() {
    // The seed's managed-master example is free of errors; a stray Latin-1 byte in a
    // description adds one warning and keeps the exit status at 0.
    let seed = std::fs::read_to_string(
        workspace().join("tests/fixtures/seed/01-create-managed-master.json"),
    )
    .expect("seed");
    let with = |description: &[u8]| {
        let (head, tail) = seed.split_once("\"cluster\":{").expect("cluster");
        let mut bytes = Vec::new();
        bytes.extend_from_slice(head.as_bytes());
        bytes.extend_from_slice(b"\"cluster\":{\"description\":\"");
        bytes.extend_from_slice(description);
        bytes.extend_from_slice(b"\",");
        bytes.extend_from_slice(tail.as_bytes());
        bytes
    };
    let clean = run_with_stdin(
        cce_lint().args(["check", "--format", "json", "-"]),
        &with(b"cafe"),
    );
    assert_eq!(clean.status.code(), Some(0));
    let bytes = with(b"caf\xe9");
    let output = run_with_stdin(cce_lint().args(["check", "--format", "json", "-"]), &bytes);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let report = json(&output);
    let found = pairs(&report, 0);
    assert!(
        found.contains(&("CCE012".to_owned(), String::new())),
        "{found:?}"
    );
    assert_eq!(
        report["summary"]["warnings"].as_u64(),
        json(&clean)["summary"]["warnings"].as_u64().map(|n| n + 1)
    );
    // The human report renders the line with the invalid byte without failing.
    let human = run_with_stdin(cce_lint().args(["check", "-"]), &bytes);
    assert_eq!(human.status.code(), Some(0));
    assert!(stdout(&human).contains("CCE012"));
}

#[test]
fn very_deep_nesting_through_the_binary() {
    let deep = format!("{}{}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
    let output = run_with_stdin(
        cce_lint().args(["check", "--format", "json", "-"]),
        deep.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let found = pairs(&json(&output), 0);
    assert_eq!(found, [("CCE001".to_owned(), String::new())]);
}

// ---------------------------------------------------------------------------------------------
// Help, version, schema

#[test]
fn help() {
    assert_cmd_snapshot!(cce_lint().arg("--help"));
}

#[test]
fn check_help() {
    assert_cmd_snapshot!(cce_lint().args(["check", "--help"]));
}

#[test]
fn version() {
    let output = run(cce_lint().arg("--version"));
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        format!("cce-lint {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn schema_prints_draft_2020_12_json_schema() {
    let output = run(cce_lint().arg("schema"));
    assert_eq!(output.status.code(), Some(0));
    let schema: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(keys(&schema)[0], "$schema");
    assert_eq!(
        schema["$schema"],
        Value::from("https://json-schema.org/draft/2020-12/schema")
    );
    assert_eq!(
        schema["$id"],
        Value::from("https://cce-lint.github.io/cce-lint/schemas/create-cluster.schema.json")
    );
    assert!(schema["properties"]["cluster"].is_object());
}

#[test]
fn schema_of_every_kind() {
    for kind in [
        "create-cluster",
        "list-clusters-query",
        "delete-cluster-query",
        "forbid-delete-request",
        "create-cluster-response",
        "list-clusters-response",
        "get-cluster-response",
        "delete-cluster-response",
        "forbid-delete-response",
        "get-event-steps-response",
    ] {
        let output = run(cce_lint().args(["schema", "--kind", kind]));
        assert_eq!(output.status.code(), Some(0), "{kind}");
        let schema: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
        assert_eq!(
            schema["$schema"],
            Value::from("https://json-schema.org/draft/2020-12/schema")
        );
        assert!(schema["$id"]
            .as_str()
            .unwrap_or_default()
            .ends_with(&format!("/{kind}.schema.json")));
    }
    let output = run(cce_lint().args(["schema", "--kind", "nope"]));
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn schema_into_a_closed_pipe_does_not_panic() {
    // The schema (about 100 KB) is larger than a pipe buffer: closing the reader before the
    // writer is done makes the write fail with EPIPE.
    let mut child = cce_lint()
        .arg("schema")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cce-lint starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("cce-lint runs");
    let stderr = stderr(&output);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(output.status.code(), Some(101));
}

#[test]
fn check_into_a_closed_pipe_does_not_panic() {
    // Many copies of a file with findings: the human report exceeds a pipe buffer.
    let mut command = cce_lint();
    command.arg("check");
    for _ in 0..200 {
        command.arg(SEED_02);
    }
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cce-lint starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("cce-lint runs");
    let stderr = stderr(&output);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0));
}

// ---------------------------------------------------------------------------------------------
// Secrets

const CANARY: &str = "Canary-Pa55word!";

fn request_with_canary(spec: &str) -> String {
    format!(
        "{{\n  \"cluster\": {{\"clusterName\": \"demo\"}},\n  \"nodes\": [{{\"count\": 1, \"instanceSpec\": {{\n    {spec}\n  }}}}]\n}}\n"
    )
}

#[track_caller]
fn assert_canary_hidden(contents: &str) {
    assert!(contents.contains(CANARY));
    let file = temp_file(contents.as_bytes());
    for format in ["human", "json"] {
        let output = run(cce_lint()
            .args(["check", "--format", format])
            .arg(file.path()));
        let (out, err) = (stdout(&output), stderr(&output));
        assert!(!out.is_empty());
        assert!(
            !out.contains(CANARY) && !err.contains(CANARY),
            "--format {format} shows the password:\n{out}\n{err}"
        );
        assert!(!out.contains("Pa55") && !err.contains("Pa55"), "{out}");
    }
    let output = run_with_stdin(cce_lint().args(["check", "-"]), contents.as_bytes());
    assert!(!stdout(&output).contains(CANARY));
}

#[test]
fn canary_password_never_shown() {
    for spec in [
        format!(r#""adminPassword": "{CANARY}""#),
        format!(r#""adminPasword": "{CANARY}""#),
        format!(r#""AdminPassword": "{CANARY}""#),
        format!(r#""adminPassword": "{CANARY}", "adminPassword": "{CANARY}""#),
        format!(
            r#""aiInfraOption": {{"serverLessRelayPW": "{CANARY}", "ServerLessRelayPw": "{CANARY}"}}"#
        ),
    ] {
        assert_canary_hidden(&request_with_canary(&spec));
    }
}

#[test]
fn canary_password_fixture_never_shown() {
    let contents =
        std::fs::read_to_string(workspace().join("tests/fixtures/structural/canary-password.json"))
            .expect("fixture");
    assert_canary_hidden(&contents);
    for format in ["human", "json"] {
        let output = run(cce_lint().args([
            "check",
            "--format",
            format,
            "tests/fixtures/structural/canary-password.json",
        ]));
        assert!(!stdout(&output).contains(CANARY), "{format}");
        assert!(!stderr(&output).contains(CANARY), "{format}");
    }
}

#[test]
fn canary_password_of_the_wrong_type_not_in_json_output() {
    let contents = request_with_canary(&format!(r#""adminPassword": ["{CANARY}"]"#));
    let file = temp_file(contents.as_bytes());
    let output = run(cce_lint()
        .args(["check", "--format", "json"])
        .arg(file.path()));
    assert_eq!(output.status.code(), Some(1));
    assert!(!stdout(&output).contains(CANARY));
}

#[test]
fn canary_password_of_the_wrong_type_never_shown() {
    assert_canary_hidden(&request_with_canary(&format!(
        r#""adminPassword": ["{CANARY}"]"#
    )));
    assert_canary_hidden(&request_with_canary(&format!(
        r#""adminPassword": {{"value": "{CANARY}"}}"#
    )));
}

#[test]
fn canary_password_in_an_unparsable_request_never_shown() {
    // A missing comma right after the password line.
    assert_canary_hidden(&request_with_canary(&format!(
        "\"adminPassword\": \"{CANARY}\"\n    \"instanceName\": \"x\""
    )));
}
