//! `cce-lint` in CI pipelines: the SARIF, GitHub and JUnit formats, inputs (directories,
//! globs), the configuration file, suppressions, baselines, `--fix`, and the `rules`,
//! `explain`, `effective` and `schema --config` subcommands.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use insta_cmd::{assert_cmd_snapshot, get_cargo_bin};
use quick_xml::events::Event;
use serde_json::Value;

/// A small request with known mistakes (an error among them), relative to the workspace.
const MISTAKES: &str = "crates/cce-lint-cli/tests/fixtures/ci/mistakes.json";
/// A clean delete-protection body.
const CLEAN: &str = "crates/cce-lint-cli/tests/fixtures/ci/clean.json";
/// The vendor's custom-master example: warnings and infos, no error.
const WARNINGS_ONLY: &str = "tests/fixtures/seed/02-create-custom-master.json";
const FIXTURES: &str = "crates/cce-lint-cli/tests/fixtures/ci";
const SARIF_SCHEMA: &str = "crates/cce-lint-cli/tests/fixtures/sarif-schema-2.1.0.json";

const FORMATS: [&str; 5] = ["human", "json", "sarif", "github", "junit"];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn cce_lint() -> Command {
    let mut command = Command::new(get_cargo_bin("cce-lint"));
    command
        .current_dir(workspace())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1");
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
    // cce-lint may exit before reading (a usage error): a closed pipe is not a failure here.
    if let Err(error) = child.stdin.take().expect("stdin").write_all(stdin) {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
    child.wait_with_output().expect("cce-lint runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 stderr")
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(output), stderr(output)))
}

/// (code, pointer) of every finding of a `--format json` report, per file.
fn findings(report: &Value) -> Vec<(String, BTreeSet<(String, String)>)> {
    report["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|file| {
            let pairs = file["diagnostics"]
                .as_array()
                .expect("diagnostics")
                .iter()
                .map(|d| {
                    (
                        d["code"].as_str().expect("code").to_owned(),
                        d["pointer"].as_str().expect("pointer").to_owned(),
                    )
                })
                .collect();
            (file["path"].as_str().expect("path").to_owned(), pairs)
        })
        .collect()
}

fn pair(code: &str, pointer: &str) -> (String, String) {
    (code.to_owned(), pointer.to_owned())
}

/// A temporary project directory with the given files.
fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let directory = tempfile::tempdir().expect("temp dir");
    for (name, contents) in files {
        let path = directory.path().join(name);
        fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        fs::write(&path, contents).expect("written");
    }
    directory
}

fn mistakes_text() -> String {
    fs::read_to_string(workspace().join(MISTAKES)).expect("fixture")
}

// ---------------------------------------------------------------------------------------------
// SARIF

/// The one pattern of the official schema that is not a valid regular expression (a stray
/// `]`; used twice, for `run.language` and `toolComponent.language`); the `jsonschema` crate
/// refuses to compile the schema with it.
const BROKEN_LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
/// What it evidently means: a language tag such as `en` or `en-US`.
const LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$";

fn sarif_validator() -> jsonschema::Validator {
    let text = fs::read_to_string(workspace().join(SARIF_SCHEMA)).expect("schema");
    assert_eq!(
        text.matches(BROKEN_LANGUAGE_PATTERN).count(),
        2,
        "the vendored schema changed"
    );
    let schema: Value =
        serde_json::from_str(&text.replace(BROKEN_LANGUAGE_PATTERN, LANGUAGE_PATTERN))
            .expect("schema JSON");
    jsonschema::validator_for(&schema).expect("the official SARIF schema compiles")
}

#[test]
fn sarif_output_validates_against_the_official_schema() {
    let output = run(cce_lint().args(["check", "--format", "sarif", MISTAKES, CLEAN]));
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let log = json(&output);
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    // The schema test can fail: a log without `version` is rejected.
    let mut broken = log.clone();
    broken.as_object_mut().expect("object").remove("version");
    assert!(!validator.is_valid(&broken));

    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let results = run["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for result in results {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let help = rules[index]["helpUri"].as_str().expect("helpUri");
        assert!(help.ends_with(&format!(
            "{}.html",
            result["ruleId"].as_str().unwrap_or_default()
        )));
        assert!(result["partialFingerprints"]["cceLintFinding/v1"].is_string());
    }
    let codes: BTreeSet<&str> = results
        .iter()
        .filter_map(|r| r["ruleId"].as_str())
        .collect();
    assert!(
        codes.contains("CCE003") && codes.contains("CCE005"),
        "{codes:?}"
    );
    let type_mismatch = results
        .iter()
        .find(|r| r["ruleId"] == "CCE003")
        .expect("CCE003");
    assert_eq!(type_mismatch["level"], "error");
    assert_eq!(
        type_mismatch["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        MISTAKES
    );
    assert_eq!(
        type_mismatch["locations"][0]["logicalLocations"][0]["fullyQualifiedName"],
        "/cluster/containerNetworkConfig/maxPodsPerNode"
    );
    assert_eq!(
        type_mismatch["locations"][0]["physicalLocation"]["region"]["startLine"],
        9
    );
}

#[test]
fn sarif_fingerprints_survive_moved_lines() {
    let text = mistakes_text();
    let directory = project(&[("a/request.json", &text)]);
    let fingerprints = |dir: &Path| {
        let output =
            run(cce_lint()
                .current_dir(dir)
                .args(["check", "--format", "sarif", "a/request.json"]));
        json(&output)["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| {
                (
                    r["ruleId"].as_str().unwrap_or_default().to_owned(),
                    r["partialFingerprints"]["cceLintFinding/v1"]
                        .as_str()
                        .unwrap_or_default()
                        .to_owned(),
                    r["locations"][0]["physicalLocation"]["region"]["startLine"].clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    let before = fingerprints(directory.path());
    fs::write(
        directory.path().join("a/request.json"),
        format!("\n\n\n{text}"),
    )
    .expect("written");
    let after = fingerprints(directory.path());
    assert_eq!(before.len(), after.len());
    for (old, new) in before.iter().zip(&after) {
        assert_eq!((&old.0, &old.1), (&new.0, &new.1));
    }
    assert_ne!(before[1].2, after[1].2, "lines moved, fingerprints did not");
}

// ---------------------------------------------------------------------------------------------
// GitHub workflow commands

/// Splits `::command k=v,k=v::message` into its parts.
fn workflow_command(line: &str) -> (String, Vec<(String, String)>, String) {
    let rest = line.strip_prefix("::").expect("starts with ::");
    let (head, message) = rest.split_once("::").expect("two ::");
    let (command, properties) = head.split_once(' ').expect("properties");
    let properties = properties
        .split(',')
        .map(|property| {
            let (key, value) = property.split_once('=').expect("key=value");
            (key.to_owned(), value.to_owned())
        })
        .collect();
    (command.to_owned(), properties, message.to_owned())
}

fn unescape(text: &str) -> String {
    text.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

#[test]
fn github_lines_are_workflow_commands() {
    let output = run(cce_lint().args(["check", "--format", "github", MISTAKES]));
    assert_eq!(output.status.code(), Some(1));
    let report = json(&run(
        cce_lint().args(["check", "--format", "json", MISTAKES])
    ));
    let diagnostics = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics");
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), diagnostics.len());
    for (line, diagnostic) in lines.iter().zip(diagnostics) {
        let (command, properties, message) = workflow_command(line);
        let expected = match diagnostic["severity"].as_str() {
            Some("error") => "error",
            Some("warning") => "warning",
            _ => "notice",
        };
        assert_eq!(command, expected);
        let keys: Vec<&str> = properties.iter().map(|(key, _)| key.as_str()).collect();
        assert_eq!(
            keys,
            ["file", "line", "col", "endLine", "endColumn", "title"]
        );
        let value = |key: &str| {
            properties
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| unescape(v))
                .unwrap_or_default()
        };
        assert_eq!(value("file"), MISTAKES);
        assert_eq!(
            value("title"),
            diagnostic["code"].as_str().unwrap_or_default()
        );
        for (key, json_key) in [
            ("line", "line"),
            ("col", "column"),
            ("endLine", "endLine"),
            ("endColumn", "endColumn"),
        ] {
            assert_eq!(value(key), diagnostic[json_key].to_string(), "{key}");
        }
        assert!(!message.contains('\n') && !message.contains('\r'));
        assert!(unescape(&message).starts_with(diagnostic["message"].as_str().unwrap_or_default()));
    }
}

#[test]
fn github_escapes_paths_and_messages() {
    let directory = project(&[(
        "odd, name: 100%.json",
        r#"{"cluster": {"clusterName": "x", "bogus%key": 1}}"#,
    )]);
    let output = run(cce_lint().current_dir(directory.path()).args([
        "check",
        "--format",
        "github",
        "odd, name: 100%.json",
    ]));
    let text = stdout(&output);
    assert!(text.contains("file=odd%2C name%3A 100%25.json,"), "{text}");
    let line = text
        .lines()
        .find(|line| line.contains("title=CCE005"))
        .expect("unknown key");
    let (_, _, message) = workflow_command(line);
    assert!(message.contains("bogus%25key"), "{message}");
    assert!(message.contains("%0A"), "help on a second line: {message}");
}

// ---------------------------------------------------------------------------------------------
// JUnit

/// (test case name, has failure, has system-out) of a JUnit document, parsed with quick-xml.
fn junit_cases(xml: &str) -> (Vec<(String, bool, bool)>, Value) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut cases: Vec<(String, bool, bool)> = Vec::new();
    let mut suites = serde_json::Map::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Eof => break,
            Event::Start(element) | Event::Empty(element) => {
                let name = String::from_utf8(element.name().as_ref().to_vec()).expect("name");
                let attribute = |key: &str| {
                    element
                        .attributes()
                        .map(|a| a.expect("attribute"))
                        .find(|a| a.key.as_ref() == key.as_bytes())
                        .map(|a| a.unescape_value().expect("value").into_owned())
                };
                match name.as_str() {
                    "testcase" => cases.push((attribute("name").expect("name"), false, false)),
                    "failure" => cases.last_mut().expect("in a testcase").1 = true,
                    "system-out" => cases.last_mut().expect("in a testcase").2 = true,
                    "testsuite" => {
                        for key in ["tests", "failures"] {
                            suites.insert(key.into(), attribute(key).expect(key).into());
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    (cases, Value::Object(suites))
}

#[test]
fn junit_has_one_test_case_per_file() {
    let warnings_only = fs::read_to_string(workspace().join(WARNINGS_ONLY)).expect("seed");
    let directory = project(&[("warn.json", &warnings_only), ("<bad & 'name'>.json", "{")]);
    let output = run(cce_lint()
        .current_dir(directory.path())
        .args(["check", "--format", "junit"])
        .arg(workspace().join(MISTAKES))
        .arg(workspace().join(CLEAN))
        .args(["warn.json", "<bad & 'name'>.json"]));
    assert_eq!(output.status.code(), Some(1));
    let (cases, suite) = junit_cases(&stdout(&output));
    let names: Vec<&str> = cases.iter().map(|(name, ..)| name.as_str()).collect();
    assert_eq!(names.len(), 4);
    assert!(names[0].ends_with("mistakes.json") && names[1].ends_with("clean.json"));
    assert_eq!(&names[2..], ["warn.json", "<bad & 'name'>.json"]);
    assert!(cases[0].1, "the file with errors fails");
    assert!(
        !cases[1].1 && !cases[1].2,
        "the clean file passes, silently"
    );
    assert!(
        !cases[2].1 && cases[2].2,
        "warnings alone pass, listed in system-out"
    );
    assert!(cases[3].1, "unparsable input fails");
    assert_eq!(suite["tests"], "4");
    assert_eq!(suite["failures"], "2");

    let denied = run(cce_lint().current_dir(directory.path()).args([
        "check",
        "--format",
        "junit",
        "--deny-warnings",
        "warn.json",
    ]));
    assert_eq!(denied.status.code(), Some(1));
    let (cases, _) = junit_cases(&stdout(&denied));
    assert!(cases[0].1, "--deny-warnings fails on warnings");
}

// ---------------------------------------------------------------------------------------------
// Secrets in every format

const CANARY: &str = "Canary-Pa55word!";

#[test]
fn canary_password_appears_in_no_format() {
    let request = format!(
        "{{\n  \"cluster\": {{\"clusterName\": \"demo\", \"ClusterType\": \"normal\"}},\n  \"nodes\": [{{\"count\": 1, \"instanceSpec\": {{\n    \"AdminPassword\": \"{CANARY}\",\n    \"adminPasword\": \"{CANARY}\",\n    \"aiInfraOption\": {{\"serverLessRelayPW\": \"{CANARY}\"}},\n    \"existed\": true\n  }}}}]\n}}\n"
    );
    let directory = project(&[("request.json", &request)]);
    let mut runs: Vec<(String, Output)> = Vec::new();
    for format in FORMATS {
        let output = run(cce_lint().current_dir(directory.path()).args([
            "check",
            "--format",
            format,
            "request.json",
        ]));
        assert!(!output.stdout.is_empty(), "{format}");
        runs.push((format!("check --format {format}"), output));
        let output = run_with_stdin(
            cce_lint().args(["check", "--format", format, "-"]),
            request.as_bytes(),
        );
        runs.push((format!("check --format {format} -"), output));
    }
    for format in ["text", "json"] {
        let output = run(cce_lint().current_dir(directory.path()).args([
            "effective",
            "--format",
            format,
            "request.json",
        ]));
        assert_eq!(output.status.code(), Some(0));
        runs.push((format!("effective --format {format}"), output));
    }
    let output = run(cce_lint().current_dir(directory.path()).args([
        "check",
        "--fix",
        "--dry-run",
        "request.json",
    ]));
    assert!(
        stdout(&output).contains("+++ b/request.json"),
        "the fix renames keys"
    );
    runs.push(("check --fix --dry-run".to_owned(), output));
    for (what, output) in &runs {
        let (out, err) = (stdout(output), stderr(output));
        assert!(
            !out.contains("Pa55") && !err.contains("Pa55"),
            "{what} shows the password:\n{out}\n{err}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Inputs

#[test]
fn directories_and_globs_expand_in_a_stable_order() {
    let request = mistakes_text();
    let directory = project(&[
        ("b/two.json", &request),
        ("a/one.json", "{\"forbidDelete\": true}"),
        ("a/nested/three.JSON", &request),
        ("a/notes.txt", "not linted"),
        ("a/.hidden/four.json", &request),
        (".cce-lint.json", "{}"),
    ]);
    let paths = |args: &[&str]| -> Vec<String> {
        let output = run(cce_lint()
            .current_dir(directory.path())
            .args(["check", "--format", "json"])
            .args(args));
        findings(&json(&output))
            .into_iter()
            .map(|(path, _)| path)
            .collect()
    };
    assert_eq!(
        paths(&["."]),
        ["./a/nested/three.JSON", "./a/one.json", "./b/two.json"]
    );
    assert_eq!(
        paths(&["b", "a"]),
        ["b/two.json", "a/nested/three.JSON", "a/one.json"]
    );
    assert_eq!(paths(&["*/*.json"]), ["a/one.json", "b/two.json"]);
    // Many inputs linted in parallel come out in input order.
    let many: Vec<String> = (0..40)
        .map(|i| {
            if i % 3 == 0 {
                "a/one.json"
            } else {
                "b/two.json"
            }
            .to_owned()
        })
        .collect();
    let many_args: Vec<&str> = many.iter().map(String::as_str).collect();
    assert_eq!(paths(&many_args), many);
    // A pattern that matches nothing is an unreadable input.
    let output = run(cce_lint()
        .current_dir(directory.path())
        .args(["check", "nothing/*.json"]));
    assert_eq!(output.status.code(), Some(2));
}

// ---------------------------------------------------------------------------------------------
// Configuration, suppressions, baseline

#[test]
fn config_file_is_found_walking_up_and_overrides_levels() {
    let request = mistakes_text();
    let config = r#"{"rules": {"CCE003": "warning", "CCE005": "off", "CCE006": "error",
        "CCE403": "off", "CCE412": "off"}}"#;
    let directory = project(&[
        ("team/.cce-lint.json", config),
        ("team/deep/er/request.json", &request),
        ("other/request.json", &request),
    ]);
    let output = run(cce_lint().current_dir(directory.path()).args([
        "check",
        "--format",
        "json",
        "team/deep/er/request.json",
        "other/request.json",
    ]));
    let report = json(&output);
    let by_file = findings(&report);
    let (configured, plain) = (&by_file[0].1, &by_file[1].1);
    assert!(!configured.contains(&pair("CCE005", "/cluster/masterConfig/exposedPubic")));
    assert!(plain.contains(&pair("CCE005", "/cluster/masterConfig/exposedPubic")));
    let severity_of = |file: usize, code: &str| {
        report["files"][file]["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .find(|d| d["code"] == code)
            .map(|d| d["severity"].clone())
    };
    assert_eq!(severity_of(0, "CCE003"), Some("warning".into()));
    assert_eq!(severity_of(1, "CCE003"), Some("error".into()));
    assert_eq!(severity_of(0, "CCE006"), Some("error".into()));
    assert_eq!(output.status.code(), Some(1));

    // --config applies one file to every input.
    let output = run(cce_lint().current_dir(directory.path()).args([
        "check",
        "--format",
        "json",
        "--config",
        "team/.cce-lint.json",
        "other/request.json",
    ]));
    assert_eq!(
        severity_of_report(&json(&output), "CCE003"),
        Some("warning".into())
    );
}

fn severity_of_report(report: &Value, code: &str) -> Option<Value> {
    report["files"][0]["diagnostics"]
        .as_array()?
        .iter()
        .find(|d| d["code"] == code)
        .map(|d| d["severity"].clone())
}

#[test]
fn invalid_config_is_a_usage_error() {
    for config in [
        r#"{"suppressions": [{"code": "CCE005", "pointer": "/cluster/x"}]}"#,
        r#"{"suppressions": [{"code": "CCE005", "pointer": "/cluster/x", "reason": ""}]}"#,
        r#"{"rules": {"CCE001": "off"}}"#,
        r#"{"rules": {"CCE999": "error"}}"#,
        "not json",
    ] {
        let directory = project(&[(".cce-lint.json", config), ("request.json", "{}")]);
        let output = run(cce_lint()
            .current_dir(directory.path())
            .args(["check", "request.json"]));
        assert_eq!(output.status.code(), Some(2), "{config}");
        assert!(
            stderr(&output).contains(".cce-lint.json"),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn suppressions_need_a_reason_and_expire() {
    let request = mistakes_text();
    let config = |expires: &str| {
        format!(
            r#"{{"suppressions": [{{"code": "CCE003", "pointer": "/cluster/containerNetworkConfig/maxPodsPerNode",
                "reason": "the platform team converts it", "expires": "{expires}"}},
               {{"code": "CCE005", "pointer": "/cluster/masterConfig/exposedPubic", "reason": "read by our tooling"}}]}}"#
        )
    };
    let active = project(&[
        (".cce-lint.json", &config("2999-12-31")),
        ("request.json", &request),
    ]);
    let output = run(cce_lint().current_dir(active.path()).args([
        "check",
        "--format",
        "json",
        "request.json",
    ]));
    let found = &findings(&json(&output))[0].1;
    assert!(!found.contains(&pair(
        "CCE003",
        "/cluster/containerNetworkConfig/maxPodsPerNode"
    )));
    assert!(!found.contains(&pair("CCE005", "/cluster/masterConfig/exposedPubic")));
    assert!(
        found.contains(&pair("CCE006", "/cluster/clusterType")),
        "others stay"
    );
    assert!(
        stderr(&output).contains("2 finding(s) suppressed"),
        "{}",
        stderr(&output)
    );

    let expired = project(&[
        (".cce-lint.json", &config("2020-01-31")),
        ("request.json", &request),
    ]);
    let output = run(cce_lint().current_dir(expired.path()).args([
        "check",
        "--format",
        "json",
        "request.json",
    ]));
    let report = json(&output);
    let again = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "CCE003")
        .expect("reported again");
    let help = again["help"].as_str().unwrap_or_default();
    assert!(
        help.contains("expired on 2020-01-31") && help.contains("the platform team converts it"),
        "{help}"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn baseline_lets_only_new_findings_fail() {
    let request = mistakes_text();
    let directory = project(&[("request.json", &request)]);
    let dir = directory.path();
    let output = run(cce_lint().current_dir(dir).args([
        "check",
        "--write-baseline",
        "baseline.json",
        "./request.json",
    ]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let baseline: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("baseline.json")).expect("written"))
            .expect("JSON");
    assert_eq!(baseline["version"], 1);
    let entries = baseline["findings"].as_array().expect("findings");
    assert!(
        entries.iter().all(|e| e["path"] == "request.json"),
        "paths normalised: {baseline}"
    );
    assert!(entries.iter().any(|e| e["code"] == "CCE003"));
    assert!(
        entries
            .iter()
            .all(|e| e.as_object().is_some_and(|o| o.len() == 3)),
        "no line numbers"
    );

    // Same findings, moved lines: nothing new.
    fs::write(dir.join("request.json"), format!("\n\n{request}")).expect("written");
    let output = run(cce_lint().current_dir(dir).args([
        "check",
        "--format",
        "json",
        "--baseline",
        "baseline.json",
        "request.json",
    ]));
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(findings(&json(&output))[0].1.is_empty());

    // A new error fails, and only it is reported.
    let worse = request.replace(
        "\"clusterName\": \"ci-demo\",",
        "\"clusterName\": \"ci-demo\", \"forbidDelete\": \"yes\",",
    );
    fs::write(dir.join("request.json"), worse).expect("written");
    let output = run(cce_lint().current_dir(dir).args([
        "check",
        "--format",
        "json",
        "--baseline",
        "baseline.json",
        "request.json",
    ]));
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        findings(&json(&output))[0].1,
        BTreeSet::from([pair("CCE003", "/cluster/forbidDelete")])
    );

    // Broken input is never baselined away.
    fs::write(dir.join("request.json"), "{").expect("written");
    let output = run(cce_lint().current_dir(dir).args([
        "check",
        "--write-baseline",
        "b2.json",
        "request.json",
    ]));
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn deny_warnings_fails_on_warnings() {
    let report = json(&run(cce_lint().args([
        "check",
        "--format",
        "json",
        WARNINGS_ONLY,
    ])));
    assert_eq!(report["summary"]["errors"], 0);
    assert!(report["summary"]["warnings"].as_u64() > Some(0));
    let plain = run(cce_lint().args(["check", WARNINGS_ONLY]));
    assert_eq!(plain.status.code(), Some(0));
    let denied = run(cce_lint().args(["check", "--deny-warnings", WARNINGS_ONLY]));
    assert_eq!(denied.status.code(), Some(1));
    for format in FORMATS {
        let denied = run(cce_lint().args([
            "check",
            "--deny-warnings",
            "--format",
            format,
            WARNINGS_ONLY,
        ]));
        assert_eq!(denied.status.code(), Some(1), "{format}");
    }
}

// ---------------------------------------------------------------------------------------------
// --fix

#[test]
fn fix_writes_back_only_the_bytes_it_must() {
    let original = "{\n    \"cluster\": {\n        \"clusterName\"  :  \"demo\",\n        \"ClusterType\": \"normal\",\n        \"masterConfig\": {\"masterType\": \"managed\", \"exposedPubic\": true}\n    },\n    \"zzz\": [1,2,   3]\n}\n";
    let directory = project(&[("request.json", original)]);
    let path = directory.path().join("request.json");

    let dry = run(cce_lint().current_dir(directory.path()).args([
        "check",
        "--fix",
        "--dry-run",
        "request.json",
    ]));
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        original,
        "--dry-run writes nothing"
    );
    let diff = stdout(&dry);
    assert!(
        diff.starts_with("--- a/request.json\n+++ b/request.json\n"),
        "{diff}"
    );
    assert!(
        diff.contains("\n-        \"ClusterType\": \"normal\",\n"),
        "{diff}"
    );
    assert!(
        diff.contains("\n+        \"clusterType\": \"normal\",\n"),
        "{diff}"
    );
    assert!(
        diff.contains("\n     \"zzz\": [1,2,   3]\n"),
        "context lines unchanged: {diff}"
    );

    let output = run(cce_lint().current_dir(directory.path()).args([
        "check",
        "--fix",
        "--format",
        "json",
        "request.json",
    ]));
    let fixed = fs::read_to_string(&path).expect("read");
    let expected = original
        .replace("\"ClusterType\"", "\"clusterType\"")
        .replace("\"exposedPubic\"", "\"exposedPublic\"");
    assert_eq!(fixed, expected);
    let left = &findings(&json(&output))[0].1;
    assert!(!left.iter().any(|(code, _)| code == "CCE006"), "{left:?}");
    assert!(
        stderr(&output).contains("fixed 2 finding(s) in 1 file(s)"),
        "{}",
        stderr(&output)
    );

    // Nothing left to fix: the file is untouched.
    let output =
        run(cce_lint()
            .current_dir(directory.path())
            .args(["check", "--fix", "request.json"]));
    assert!(stderr(&output).contains("fixed 0 finding(s)"));
    assert_eq!(fs::read_to_string(&path).expect("read"), expected);

    let output = run_with_stdin(
        cce_lint().args(["check", "--fix", "-"]),
        original.as_bytes(),
    );
    assert_eq!(
        output.status.code(),
        Some(2),
        "--fix cannot write stdin back"
    );
}

// ---------------------------------------------------------------------------------------------
// rules, explain, effective, schema --config

#[test]
fn rules_lists_the_catalogue() {
    let output = run(cce_lint().args(["rules", "--format", "json"]));
    assert_eq!(output.status.code(), Some(0));
    let rules = json(&output);
    let rules = rules.as_array().expect("array");
    let codes: Vec<&str> = rules.iter().filter_map(|r| r["code"].as_str()).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
    for code in ["CCE001", "CCE005", "CCE006"] {
        assert!(codes.contains(&code), "{code}");
    }
    let table = stdout(&run(cce_lint().args(["rules"])));
    assert!(table.starts_with("CODE"));
    assert_eq!(table.lines().count(), rules.len() + 1);
    assert!(
        table
            .lines()
            .any(|line| line.starts_with("CCE005  unknown-key ")),
        "{table}"
    );
}

#[test]
fn explain_prints_the_rule_docs() {
    let output = run(cce_lint().args(["explain", "cce005"]));
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.starts_with("# CCE005 unknown-key"), "{text}");
    assert!(text.contains("## What it does"), "{text}");
    let chinese = stdout(&run(cce_lint().args(["explain", "CCE005", "--lang", "zh"])));
    assert!(
        chinese
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{chinese}"
    );
    let unknown = run(cce_lint().args(["explain", "CCE999"]));
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("CCE999"));
}

#[test]
fn effective_marks_user_default_and_derived_values() {
    let request = r#"{"cluster": {"clusterName": "demo", "runtimeType": "containerd"},
        "nodes": [{"count": 1, "instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-abc"}}}]}"#;
    let output = run_with_stdin(
        cce_lint().args(["effective", "--format", "json", "-"]),
        request.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let view = json(&output);
    assert_eq!(view["kind"], "create-cluster");
    let origin = |pointer: &str| {
        view["values"]
            .as_array()
            .expect("values")
            .iter()
            .find(|v| v["pointer"] == pointer)
            .map(|v| {
                (
                    v["value"].clone(),
                    v["origin"].as_str().unwrap_or_default().to_owned(),
                )
            })
    };
    let network = "/cluster/containerNetworkConfig";
    assert_eq!(
        origin(&format!("{network}/mode")),
        Some(("kubenet".into(), "default".into()))
    );
    assert_eq!(
        origin(&format!("{network}/maxPodsPerNode")),
        Some((128.into(), "default".into()))
    );
    assert_eq!(
        origin(&format!("{network}/kubeProxyMode")),
        Some(("ipvs".into(), "default".into()))
    );
    assert_eq!(
        origin("/cluster/clusterName"),
        Some(("demo".into(), "user".into()))
    );
    assert_eq!(
        origin("/nodes/0/instanceSpec/existedOption/rebuild"),
        Some((true.into(), "derived".into()))
    );
    assert_eq!(
        origin("/nodes/0/instanceSpec/existedOption/existedInstanceID"),
        Some(("i-abc".into(), "user".into()))
    );
    assert_eq!(
        view["request"]["cluster"]["containerNetworkConfig"]["nodePortRangeMin"],
        30000
    );

    let text = stdout(&run_with_stdin(
        cce_lint().args(["effective", "-"]),
        request.as_bytes(),
    ));
    assert!(
        text.lines()
            .any(|line| line.starts_with(&format!("{network}/ipVersion "))
                && line.contains("\"ipv4\"")
                && line.ends_with("default")),
        "{text}"
    );

    let broken = run_with_stdin(cce_lint().args(["effective", "-"]), b"{");
    assert_eq!(broken.status.code(), Some(1));
    let missing = run(cce_lint().args(["effective", "no/such/file.json"]));
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn schema_config_prints_the_config_schema_and_it_accepts_the_readme_example() {
    let output = run(cce_lint().args(["schema", "--config"]));
    assert_eq!(output.status.code(), Some(0));
    let schema = json(&output);
    let checked_in: Value = serde_json::from_str(
        &fs::read_to_string(workspace().join("schemas/cce-lint-config.schema.json"))
            .expect("checked in"),
    )
    .expect("JSON");
    assert_eq!(schema, checked_in);
    let validator = jsonschema::validator_for(&schema).expect("compiles");
    let example: Value = serde_json::from_str(
        r#"{"rules": {"CCE006": "off"}, "suppressions": [{"code": "CCE005", "pointer": "/cluster/x", "reason": "ours", "expires": "2027-06-30"}]}"#,
    )
    .expect("JSON");
    assert!(validator.is_valid(&example));
    let without_reason: Value =
        serde_json::from_str(r#"{"suppressions": [{"code": "CCE005", "pointer": "/cluster/x"}]}"#)
            .expect("JSON");
    assert!(!validator.is_valid(&without_reason));
}

// ---------------------------------------------------------------------------------------------
// Snapshots of each format

#[test]
fn snapshot_human() {
    assert_cmd_snapshot!(cce_lint().args(["check", "--format", "human", MISTAKES]));
}

#[test]
fn snapshot_json() {
    assert_cmd_snapshot!(cce_lint().args(["check", "--format", "json", MISTAKES]));
}

#[test]
fn snapshot_github() {
    assert_cmd_snapshot!(cce_lint().args(["check", "--format", "github", MISTAKES]));
}

#[test]
fn snapshot_junit() {
    assert_cmd_snapshot!(cce_lint().args(["check", "--format", "junit", FIXTURES]));
}

#[test]
fn snapshot_sarif_results() {
    // The driver lists the whole catalogue (it grows with every rule): the snapshot keeps the
    // results and the tool's name.
    let log = json(&run(
        cce_lint().args(["check", "--format", "sarif", MISTAKES])
    ));
    insta::assert_json_snapshot!(serde_json::json!({
        "version": log["version"],
        "tool": log["runs"][0]["tool"]["driver"]["name"],
        "results": log["runs"][0]["results"],
    }));
}

#[test]
fn snapshot_fix_dry_run_with_temp_paths_filtered() {
    let directory = project(&[("request.json", &mistakes_text())]);
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(
        &regex_escape(&directory.path().display().to_string()),
        "[TEMP]",
    );
    settings.bind(|| {
        assert_cmd_snapshot!(cce_lint()
            .args(["check", "--fix", "--dry-run"])
            .arg(directory.path().join("request.json")));
    });
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escape = "\\.+*?()|[]{}^$".contains(c);
            escape.then_some('\\').into_iter().chain(std::iter::once(c))
        })
        .collect()
}

#[test]
fn snapshot_effective() {
    assert_cmd_snapshot!(cce_lint().args(["effective", MISTAKES]));
}
