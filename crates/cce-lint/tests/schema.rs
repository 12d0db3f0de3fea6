#[test]
fn dump() {
    for kind in cce_lint::DocumentKind::ALL {
        std::fs::write(format!("/tmp/dump/{}", kind.schema_file_name()), cce_lint::schema::schema_file(kind)).unwrap();
    }
}
