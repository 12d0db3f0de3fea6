//! The rule reference under `web/rules/` is generated from the registry; this test fails when
//! it drifts. `UPDATE_DOCS=1 cargo test -p cce-lint --test rule_docs` regenerates it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use cce_lint::rules::{self, RuleMeta, DOCS_BASE_URL};
use cce_lint::Lang;

fn web_rules() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/rules")
}

fn markdown_to_html(markdown: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(markdown));
    html
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}\
code,pre{background:#f4f4f4;border-radius:4px}pre{padding:.75rem;overflow-x:auto}\
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}\
.meta{color:#555}";

fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

fn rule_page(meta: &RuleMeta) -> String {
    let mut body = String::new();
    let _ = writeln!(body, "<p><a href=\"index.html\">All rules</a></p>");
    let _ = writeln!(body, "<h1>{} <code>{}</code></h1>", meta.code, meta.name);
    let _ = writeln!(
        body,
        "<p class=\"meta\">Group: {} · Default severity: {} · Fix: {}</p>",
        meta.group.name(),
        meta.severity,
        format!("{:?}", meta.fix).to_lowercase()
    );
    let _ = writeln!(
        body,
        "<p>{}<br>{}</p>",
        escape(meta.summary_en),
        escape(meta.summary_zh)
    );
    let _ = writeln!(
        body,
        "<section lang=\"en\">\n{}</section>",
        markdown_to_html(&rules::docs(meta, Lang::En))
    );
    let _ = writeln!(
        body,
        "<hr>\n<section lang=\"zh\">\n{}</section>",
        markdown_to_html(&rules::docs(meta, Lang::Zh))
    );
    page(&format!("{} {} — cce-lint", meta.code, meta.name), &body)
}

fn index_page() -> String {
    let mut body = String::from("<h1>cce-lint rules</h1>\n<table>\n<tr><th>Code</th><th>Name</th><th>Group</th><th>Severity</th><th>Summary</th></tr>\n");
    for rule in rules::all() {
        let meta = rule.meta;
        let _ = writeln!(
            body,
            "<tr><td><a href=\"{code}.html\">{code}</a></td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}<br>{}</td></tr>",
            meta.name,
            meta.group.name(),
            meta.severity,
            escape(meta.summary_en),
            escape(meta.summary_zh),
            code = meta.code,
        );
    }
    body.push_str("</table>\n");
    page("cce-lint rules", &body)
}

#[test]
fn rule_reference_is_up_to_date() {
    let dir = web_rules();
    let mut expected: Vec<(String, String)> = rules::all()
        .iter()
        .map(|rule| (format!("{}.html", rule.meta.code), rule_page(rule.meta)))
        .collect();
    expected.push(("index.html".to_owned(), index_page()));
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create web/rules");
        for (name, content) in &expected {
            std::fs::write(dir.join(name), content).expect("write rule page");
        }
        return;
    }
    let mut stale = Vec::new();
    for (name, content) in &expected {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(content.as_str()) {
            stale.push(name.clone());
        }
    }
    let present = std::fs::read_dir(&dir)
        .map(|entries| entries.count())
        .unwrap_or(0);
    assert!(
        stale.is_empty() && present == expected.len(),
        "web/rules is out of date ({} stale pages: {stale:?}, {present} files for {} pages); run `UPDATE_DOCS=1 cargo test -p cce-lint --test rule_docs`",
        stale.len(),
        expected.len()
    );
}

#[test]
fn every_diagnostic_url_names_a_generated_page() {
    for rule in rules::all() {
        let url = rule.meta.url();
        let page = url
            .strip_prefix(DOCS_BASE_URL)
            .expect("url under the docs base");
        assert_eq!(page, format!("rules/{}.html", rule.meta.code));
    }
}
