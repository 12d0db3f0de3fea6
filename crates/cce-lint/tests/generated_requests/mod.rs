//! Generated create-cluster requests of a chosen size, shared by the benchmarks and the tests
//! (each includes this module and calls `request_of_size`, which uses everything else).

use serde_json::Value;

/// The seed bodies the benchmarks and property tests start from.
pub(crate) const SEEDS: [(&str, &str); 3] = [
    (
        "01-create-managed-master",
        include_str!("../../../../tests/fixtures/seed/01-create-managed-master.json"),
    ),
    (
        "02-create-custom-master",
        include_str!("../../../../tests/fixtures/seed/02-create-custom-master.json"),
    ),
    (
        "03-create-existed-instances",
        include_str!("../../../../tests/fixtures/seed/03-create-existed-instances.json"),
    ),
];

/// A valid create-cluster request (seed 01) with `node_sets` entries under `nodes`, each
/// with its own instance name, pretty-printed.
pub(crate) fn request_with_node_sets(node_sets: usize) -> String {
    let seed: Value = serde_json::from_str(SEEDS[0].1).expect("seed 01 is JSON");
    let template = seed["nodes"][0].clone();
    let nodes = (0..node_sets)
        .map(|index| {
            let mut node = template.clone();
            node["instanceSpec"]["instanceName"] = Value::String(format!("node-{index:07}"));
            node
        })
        .collect();
    let mut request = seed;
    request["nodes"] = Value::Array(nodes);
    serde_json::to_string_pretty(&request).expect("a Value serialises")
}

/// A valid request of about `bytes` bytes (at least one node set; never more than one node
/// set larger than asked).
pub(crate) fn request_of_size(bytes: usize) -> String {
    let one = request_with_node_sets(1).len();
    let two = request_with_node_sets(2).len();
    let per_node_set = two - one;
    let node_sets = 1 + bytes.saturating_sub(one) / per_node_set;
    request_with_node_sets(node_sets)
}
