//! The emitted schemas cover every JSON path of the vendor SDK's types.

use std::collections::BTreeSet;

use cce_lint::schema::{schema, schema_paths};
use cce_lint::DocumentKind;

fn sdk_paths(file: &str, root: Option<&str>) -> BTreeSet<String> {
    let path = format!(
        "{}/../../tests/fixtures/sdk/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .skip(1)
        .filter_map(|line| line.split('\t').next())
        .filter_map(|pointer| match root {
            None => Some(pointer.to_owned()),
            Some(root) => pointer
                .strip_prefix(&format!("/{root}"))
                .filter(|rest| rest.is_empty() || rest.starts_with('/'))
                .map(str::to_owned),
        })
        .filter(|pointer| !pointer.is_empty())
        .collect()
}

fn assert_covers(kind: DocumentKind, expected: BTreeSet<String>) {
    let actual: BTreeSet<String> = schema_paths(&schema(kind)).into_iter().collect();
    let missing: Vec<_> = expected.difference(&actual).collect();
    let extra: Vec<_> = actual
        .difference(&expected)
        .filter(|p| *p != "/$schema")
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{kind}: {} SDK paths missing from the schema: {missing:#?}\n{} schema paths not in the SDK: {extra:#?}",
        missing.len(),
        extra.len()
    );
}

#[test]
fn create_cluster_schema_covers_every_sdk_path() {
    let expected = sdk_paths("sdk-create-cluster-fields.tsv", None);
    assert_eq!(expected.len(), 1051);
    assert_covers(DocumentKind::CreateCluster, expected);
}

#[test]
fn other_api_schemas_cover_every_sdk_path() {
    for (kind, root) in [
        (DocumentKind::CreateClusterResponse, "CreateClusterResponse"),
        (DocumentKind::ListClustersResponse, "ListClustersResponse"),
        (DocumentKind::GetClusterResponse, "GetClusterResponse"),
        (DocumentKind::DeleteClusterResponse, "DeleteClusterResponse"),
        (DocumentKind::GetEventStepsResponse, "GetEventStepsResponse"),
        (
            DocumentKind::ForbidDeleteResponse,
            "UpdateClusterForbidDeleteResponse",
        ),
    ] {
        assert_covers(kind, sdk_paths("sdk-other-api-fields.tsv", Some(root)));
    }
}
