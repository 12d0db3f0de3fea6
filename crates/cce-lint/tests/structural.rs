#[test]
#[ignore]
fn explore() {
    let path = std::env::var("EXPLORE").unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let r = cce_lint::lint_bytes(&bytes, &cce_lint::LintOptions::default());
    println!("kind={:?}", r.kind);
    let idx = cce_lint::LineIndex::new(&r.source);
    for d in &r.diagnostics {
        let lc = idx.line_column(&r.source, d.span.start, cce_lint::ColumnUnit::Chars);
        let t: String = r.source.get(d.span.start..d.span.end).unwrap_or("<bad>").chars().take(60).collect();
        println!("{} {:?} {:?} {}:{} span={:?} text={:?}\n   msg={}\n   help={}\n   labels={:?} fix={:?}", d.code, d.severity, d.pointer.as_str(), lc.line, lc.column, d.span, t, d.message, d.help, d.labels, d.fix);
    }
}
