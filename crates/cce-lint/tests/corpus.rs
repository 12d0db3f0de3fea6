//! The fixture corpus: the seed document's examples and real-world request bodies.

use std::path::{Path, PathBuf};

use cce_lint::report::{JsonFile, JsonReport};
use cce_lint::{lint_bytes, ColumnUnit, DocumentKind, LintOptions, LintResult, Severity};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn lint_fixture(relative: &str) -> LintResult {
    let path = fixtures().join(relative);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    lint_bytes(&bytes, &LintOptions::default())
}

/// `(pointer, code)` of the error findings, sorted.
fn errors(result: &LintResult) -> Vec<(String, String)> {
    let mut errors: Vec<(String, String)> = result
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.pointer.to_string(), d.code.to_string()))
        .collect();
    errors.sort();
    errors
}

/// The create-cluster bodies of the corpus and the pointers of their known error findings (from
/// each fixture's `.md`; empty for the valid ones).
const CREATE_BODIES: &[(&str, &[&str])] = &[
    ("seed/01-create-managed-master.json", &[]),
    ("seed/02-create-custom-master.json", &[]),
    ("seed/03-create-existed-instances.json", &[]),
    ("realworld/01-seed-managed-master.json", &[]),
    ("realworld/02-seed-custom-master.json", &[]),
    ("realworld/03-seed-existed-instances.json", &[]),
    // KNOWN DEFECTS: "admin-password" fails the BCC password policy.
    (
        "realworld/04-sdk-go-example-create-cluster.json",
        &["/nodes/0/instanceSpec/adminPassword"],
    ),
    // KNOWN DEFECTS: the SDK test's blanked constants leave out vpcID and the LB subnet.
    (
        "realworld/05-sdk-go-test-create-cluster-blank-ids.json",
        &[
            "/cluster/containerNetworkConfig/lbServiceVPCSubnetID",
            "/cluster/vpcID",
        ],
    ),
    ("realworld/06-sdk-go-2020-test-create-cluster.json", &[]),
    ("realworld/07-tf-example-custom-cluster.json", &[]),
    ("realworld/08-tf-example-managed-cluster-kubenet.json", &[]),
    ("realworld/09-tf-doc-managed-vpc-eni.json", &[]),
    ("realworld/10-tf-test-managedpro-kms.json", &[]),
    ("realworld/11-tf-test-basic-managed.json", &[]),
];

#[test]
fn the_corpus_lists_every_fixture() {
    let mut listed: Vec<String> = CREATE_BODIES
        .iter()
        .map(|(path, _)| (*path).to_owned())
        .collect();
    listed.extend(OTHER_SEEDS.iter().map(|(name, _)| format!("seed/{name}")));
    listed.push("seed/cds-fragment.json".to_owned());
    for directory in ["seed", "realworld"] {
        for entry in std::fs::read_dir(fixtures().join(directory)).expect("fixture directory") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if name.ends_with(".json") {
                let relative = format!("{directory}/{name}");
                assert!(
                    listed.contains(&relative),
                    "{relative} is not in the corpus test"
                );
            }
        }
    }
}

#[test]
fn create_bodies_have_no_errors_but_their_known_defects() {
    for (path, expected) in CREATE_BODIES {
        let result = lint_fixture(path);
        assert_eq!(result.kind, DocumentKind::CreateCluster, "{path}");
        let mut pointers: Vec<String> = errors(&result).into_iter().map(|(p, _)| p).collect();
        pointers.dedup();
        assert_eq!(
            pointers,
            expected.to_vec(),
            "{path}: errors {:#?}",
            errors(&result)
        );
    }
}

#[test]
fn create_bodies_are_structurally_sound() {
    // The model covers every key of the corpus: the only structural findings are the vendor
    // example's `CPU`/`MEM` spellings (CCE006, info).
    for (path, _) in CREATE_BODIES {
        let result = lint_fixture(path);
        let structural: Vec<(&str, &str)> = result
            .diagnostics
            .iter()
            .filter(|d| d.code.starts_with("CCE0"))
            .map(|d| (&*d.code, d.pointer.as_str()))
            .collect();
        let expected: Vec<(&str, &str)> = if path.contains("02-") {
            vec![
                ("CCE006", "/masters/0/instanceSpec/instanceResource/cpu"),
                ("CCE006", "/masters/0/instanceSpec/instanceResource/mem"),
                ("CCE006", "/nodes/0/instanceSpec/instanceResource/cpu"),
                ("CCE006", "/nodes/0/instanceSpec/instanceResource/mem"),
            ]
        } else {
            Vec::new()
        };
        assert_eq!(structural, expected, "{path}");
    }
}

#[test]
fn seed_passwords_are_masked() {
    for (path, _) in CREATE_BODIES {
        let bytes = std::fs::read(fixtures().join(path)).expect("fixture");
        let text = String::from_utf8(bytes).expect("UTF-8");
        let result = lint_fixture(path);
        assert_eq!(result.source.len(), text.len());
        for password in ["test123!T", "admin-password"] {
            if text.contains(&format!("\"adminPassword\": \"{password}\""))
                || text.contains(&format!("\"adminPassword\":\"{password}\""))
            {
                assert!(!result.source.contains(password), "{path}");
            }
        }
    }
    // The seed does hold passwords: the check above is not vacuous.
    let seed = std::fs::read_to_string(fixtures().join("seed/02-create-custom-master.json"))
        .expect("fixture");
    assert!(seed.contains("\"adminPassword\":\"test123!T\""));
}

#[test]
fn cds_fragment_is_not_json() {
    let result = lint_fixture("seed/cds-fragment.json");
    let codes: Vec<&str> = result.diagnostics.iter().map(|d| &*d.code).collect();
    assert_eq!(codes, ["CCE001"]);
    assert!(result.has_errors());
}

/// The seed's other API documents and the kind each is recognised as.
const OTHER_SEEDS: &[(&str, DocumentKind)] = &[
    (
        "create-cluster-response.json",
        DocumentKind::CreateClusterResponse,
    ),
    (
        "delete-cluster-query.json",
        DocumentKind::DeleteClusterQuery,
    ),
    (
        "delete-cluster-response.json",
        DocumentKind::DeleteClusterResponse,
    ),
    (
        "forbid-delete-request.json",
        DocumentKind::ForbidDeleteRequest,
    ),
    (
        "forbid-delete-response.json",
        DocumentKind::ForbidDeleteResponse,
    ),
    (
        "get-cluster-response.json",
        DocumentKind::GetClusterResponse,
    ),
    (
        "get-event-steps-response.json",
        DocumentKind::GetEventStepsResponse,
    ),
    ("list-clusters-query.json", DocumentKind::ListClustersQuery),
    (
        "list-clusters-response.json",
        DocumentKind::ListClustersResponse,
    ),
];

#[test]
fn other_seed_documents_are_detected_and_clean() {
    for (name, kind) in OTHER_SEEDS {
        let result = lint_fixture(&format!("seed/{name}"));
        assert_eq!(result.kind, *kind, "{name}");
        assert_eq!(
            result.count(Severity::Error) + result.count(Severity::Warning),
            0,
            "{name}: {:#?}",
            result.diagnostics
        );
    }
}

#[test]
fn other_seed_documents_lint_the_same_with_their_kind_forced() {
    for (name, kind) in OTHER_SEEDS {
        let bytes = std::fs::read(fixtures().join("seed").join(name)).expect("fixture");
        let detected = lint_bytes(&bytes, &LintOptions::default());
        let forced = lint_bytes(&bytes, &LintOptions::default().with_kind(Some(*kind)));
        assert_eq!(forced.kind, *kind);
        assert_eq!(forced.diagnostics, detected.diagnostics, "{name}");
    }
}

#[test]
fn a_response_linted_as_a_create_request_is_not_clean() {
    // Forcing the wrong kind must change the verdict, or the kind would not matter.
    let bytes =
        std::fs::read(fixtures().join("seed/list-clusters-response.json")).expect("fixture");
    let result = lint_bytes(
        &bytes,
        &LintOptions::default().with_kind(Some(DocumentKind::CreateCluster)),
    );
    assert!(result.diagnostics.iter().any(|d| d.code == "CCE005"));
    assert!(result.diagnostics.iter().any(|d| d.code == "CCE002"));
}

#[test]
fn seed_create_bodies_json_report() {
    let files = [
        "seed/01-create-managed-master.json",
        "seed/02-create-custom-master.json",
        "seed/03-create-existed-instances.json",
    ]
    .iter()
    .map(|path| {
        JsonFile::new(
            format!("tests/fixtures/{path}"),
            &lint_fixture(path),
            ColumnUnit::Chars,
        )
    })
    .collect();
    let report = JsonReport::new(files);
    assert_eq!(report.summary.files, 3);
    assert_eq!(report.summary.errors, 0);
    insta::assert_json_snapshot!(report);
}
