// The packed npm package, installed into a scratch project: its Node builds (CommonJS and ESM)
// and its web build give the CLI's diagnostics for every fixture body.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';

import { cliReport, fixtureFiles, installPackedPackage, readFixture, readFixtureBytes, ROOT, utf16Column } from './helpers.mjs';

/** Issue 5's budget for the gzipped module (`gzip -9`); README, "npm package": size. */
const GZIP_CEILING_BYTES = 250_000;

let project;
let cjs;
let esm;
let web;

before(async () => {
  project = installPackedPackage();
  cjs = createRequire(join(project, 'package.json'))('cce-lint');
  writeFileSync(join(project, 'esm.mjs'), "export * from 'cce-lint';\n");
  esm = await import(pathToFileURL(join(project, 'esm.mjs')));
  writeFileSync(join(project, 'web.mjs'), "export { default as init, lint, schema, explain, rules } from 'cce-lint/web';\n");
  web = await import(pathToFileURL(join(project, 'web.mjs')));
  const wasmPath = createRequire(join(project, 'package.json')).resolve('cce-lint/web/cce_lint_wasm_bg.wasm');
  await web.init({ module_or_path: readFileSync(wasmPath) });
});

after(() => rmSync(project, { recursive: true, force: true }));

describe('diagnostics equal the CLI --format json output', () => {
  const files = fixtureFiles();
  for (const lang of ['en', 'zh']) {
    test(`every fixture body (${files.length} files, ${lang})`, () => {
      assert.ok(files.length > 100, `found only ${files.length} fixtures`);
      const report = cliReport(files, lang);
      assert.equal(report.files.length, files.length);
      for (const [index, path] of files.entries()) {
        // Bytes, as the CLI reads files: encoding problems are findings too.
        const bytes = readFixtureBytes(path);
        const expected = report.files[index].diagnostics.map((diagnostic) => ({
          ...diagnostic,
          column: utf16Column(bytes, diagnostic.span.start, diagnostic.column),
          endColumn: utf16Column(bytes, diagnostic.span.end, diagnostic.endColumn),
        }));
        const actual = cjs.lint(bytes, { lang }).diagnostics.map(({ fix, ...rest }) => rest);
        assert.deepEqual(actual, expected, path);
      }
    });
  }
});

test('the CommonJS, ESM and web builds agree', () => {
  for (const path of fixtureFiles().slice(0, 40)) {
    const text = readFixture(path);
    const fromCjs = cjs.lint(text);
    assert.deepEqual(esm.lint(text), fromCjs, path);
    assert.deepEqual(web.lint(text), fromCjs, path);
  }
});

test('text and bytes lint alike, and columns are UTF-16 code units', () => {
  const text = '{"cluster": {"description": "😀", "clusterNAME": "demo"}}';
  const diagnostic = cjs.lint(text).diagnostics.find((d) => d.pointer === '/cluster/clusterName');
  assert.ok(diagnostic, 'the case variant is reported');
  assert.equal(diagnostic.column, text.indexOf('"clusterNAME"') + 1);
  assert.equal(diagnostic.endColumn, text.indexOf(': "demo"') + 1);
  assert.deepEqual(cjs.lint(new TextEncoder().encode(text)), cjs.lint(text));
});

test('options select the language and the kind', () => {
  const text = '{"pageNo": "1"}';
  const asQuery = cjs.lint(text, { kind: 'list-clusters-query', lang: 'zh' });
  assert.equal(asQuery.kind, 'list-clusters-query');
  assert.match(asQuery.diagnostics[0].message, /[\u4e00-\u9fff]/);
  const english = cjs.lint(text, { kind: 'list-clusters-query' });
  assert.deepEqual(english.diagnostics.map((d) => [d.code, d.pointer]), asQuery.diagnostics.map((d) => [d.code, d.pointer]));
  assert.doesNotMatch(english.diagnostics[0].message, /[\u4e00-\u9fff]/);
  assert.equal(cjs.lint('{"cluster": {}}').kind, 'create-cluster');
});

test('fixes come as RFC 6902 patches', () => {
  const report = cjs.lint('{"cluster": {"clusterName": "demo", "CLUSTERTYPE": "normal"}}');
  const withFix = report.diagnostics.filter((d) => d.fix);
  assert.ok(withFix.length > 0, JSON.stringify(report));
  for (const { fix } of withFix) {
    assert.equal(typeof fix.title, 'string');
    for (const operation of fix.patch) {
      assert.ok(['add', 'remove', 'replace', 'move'].includes(operation.op), JSON.stringify(operation));
      assert.match(operation.path, /^\//);
    }
  }
});

test('bad arguments throw typed CceLintError objects', () => {
  const cases = [
    [() => cjs.lint(42), 'invalid-argument'],
    [() => cjs.lint('{}', { lang: 'fr' }), 'invalid-options'],
    [() => cjs.lint('{}', { kind: 'cluster' }), 'invalid-options'],
    [() => cjs.lint('{}', { colour: true }), 'invalid-options'],
    [() => cjs.explain('CCE999'), 'unknown-rule'],
    [() => cjs.explain('CCE005', 'fr'), 'invalid-argument'],
    [() => cjs.schema('nope'), 'invalid-argument'],
    [() => cjs.applyFixes(null), 'invalid-argument'],
  ];
  for (const [call, kind] of cases) {
    assert.throws(call, (error) => error instanceof Error && error.name === 'CceLintError' && error.kind === kind && error.message.length > 0, kind);
  }
  // The module still works after a thrown error.
  assert.equal(cjs.lint('{"cluster": {}}').kind, 'create-cluster');
});

test('hostile input gives diagnostics, never a crash', () => {
  const inputs = [
    '',
    '\u0000\u0001\u0002',
    '['.repeat(100_000),
    '{"cluster": {"clusterName": "\ud800"}}',
    `{"cluster": {"nodes": ${'9'.repeat(5000)}}}`,
    '{"cluster": 1e999999}',
    '\ufeff{"cluster": {}}',
    '{"a": 1,}',
    'x'.repeat(1_000_000),
  ];
  for (const input of inputs) {
    const report = cjs.lint(input);
    assert.ok(Array.isArray(report.diagnostics), input.slice(0, 20));
    const fixed = cjs.applyFixes(input);
    assert.equal(typeof fixed.text, 'string');
  }
  assert.ok(cjs.lint('['.repeat(100_000)).diagnostics.some((d) => d.code === 'CCE001'));
});

test('secrets never appear in any output', () => {
  const password = 'S3cret-Passw0rd!';
  const text = JSON.stringify({
    cluster: { clusterName: 'demo', adminPasswrd: password },
    nodes: [{ instanceSpec: { adminPassword: password, adminPassword: password, machineType: 'BCC' }, count: 'x' }],
    masters: [{ instanceSpec: { adminPassword: 7 } }],
  });
  for (const lang of ['en', 'zh']) {
    const report = cjs.lint(text.replace('"count":"x"', `"count":"${password}"`), { lang });
    assert.ok(report.diagnostics.length > 0);
    assert.ok(!JSON.stringify(report).includes(password), lang);
  }
});

test('rules() and explain() expose the catalogue', () => {
  const rules = cjs.rules();
  const codes = rules.map((rule) => rule.code);
  assert.deepEqual(codes, [...codes].sort());
  for (const code of ['CCE001', 'CCE005', 'CCE408', 'CCE527']) assert.ok(codes.includes(code), code);
  const zh = cjs.explain('cce408', 'zh');
  assert.equal(zh.code, 'CCE408');
  assert.equal(zh.summary, rules.find((rule) => rule.code === 'CCE408').summaryZh);
  assert.ok(zh.docs.length > 100);
  assert.equal(cjs.explain('CCE408').summary, rules.find((rule) => rule.code === 'CCE408').summaryEn);
});

test('every build documents every rule in both languages', () => {
  for (const build of [esm, web]) assert.deepEqual(build.rules(), cjs.rules());
  for (const { code, summaryEn, summaryZh } of cjs.rules()) {
    // The module leaves the summaries out; the entry points add them from their data.
    assert.ok(summaryEn.length > 10 && !/\p{Script=Han}/u.test(summaryEn), code);
    assert.match(summaryZh, /\p{Script=Han}/u, code);
    const en = cjs.explain(code);
    const zh = cjs.explain(code, 'zh');
    assert.equal(en.summary, summaryEn);
    assert.equal(zh.summary, summaryZh);
    assert.match(en.docs, /## What it does/, code);
    assert.match(zh.docs, /## 作用/, code);
    for (const build of [esm, web]) {
      assert.deepEqual(build.explain(code, 'zh'), zh, code);
      assert.deepEqual(build.explain(code, null), en, code);
    }
  }
  assert.deepEqual(cjs.explain('CCE005', 'en'), cjs.explain('CCE005'));
  assert.deepEqual(cjs.explain('CCE005', new String('zh')), cjs.explain('CCE005', 'zh'));
});

test('every build returns every kind\'s checked-in JSON Schema, a fresh copy each call', () => {
  for (const file of readdirSync(join(ROOT, 'schemas')).filter((name) => name.endsWith('.schema.json'))) {
    const kind = file.replace(/\.schema\.json$/, '');
    if (kind === 'cce-lint-config') continue;
    const expected = JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8'));
    for (const build of [cjs, esm, web]) assert.deepEqual(build.schema(kind), expected, kind);
  }
  assert.deepEqual(cjs.schema(), cjs.schema('create-cluster'));
  const first = cjs.schema();
  first.title = 'changed';
  assert.notEqual(cjs.schema().title, 'changed');
  assert.throws(() => web.schema('nope'), (error) => error.name === 'CceLintError' && error.kind === 'invalid-argument');
});

test('applyFixes applies every safe fix with minimal edits', () => {
  const text = '{\n  "cluster": {\n    "clusterName": "demo",\n    "CLUSTERTYPE": "normal"\n  }\n}\n';
  const fixable = cjs.lint(text).diagnostics.filter((d) => d.fix);
  assert.ok(fixable.some((d) => d.pointer === '/cluster/clusterType'), 'the fixture has a fixable finding');
  const fixed = cjs.applyFixes(text);
  assert.equal(fixed.text, text.replace('"CLUSTERTYPE"', '"clusterType"'));
  assert.deepEqual(
    fixed.applied.map(({ code, pointer }) => [code, pointer]),
    fixable.map(({ code, pointer }) => [code, pointer]),
  );
  assert.deepEqual(fixed.remaining, cjs.lint(fixed.text));
  assert.deepEqual(cjs.applyFixes(fixed.text).applied, []);
});

test(`the gzipped module is at most ${GZIP_CEILING_BYTES} bytes`, () => {
  const wasmPath = createRequire(join(project, 'package.json')).resolve('cce-lint/web/cce_lint_wasm_bg.wasm');
  const gzipped = gzipSync(readFileSync(wasmPath), { level: 9 }).length;
  assert.ok(gzipped <= GZIP_CEILING_BYTES, `${gzipped} bytes gzipped`);
});

test('TypeScript declarations are generated from the Rust types', () => {
  const declarations = readFileSync(join(project, 'node_modules/cce-lint/node/cce_lint_wasm.d.ts'), 'utf8');
  for (const name of ['LintReport', 'Diagnostic', 'LintOptions', 'PatchOp', 'RuleInfo', 'RuleExplanation', 'FixResult', 'CceLintError']) {
    assert.match(declarations, new RegExp(`(interface|type) ${name}\\b`), name);
  }
  assert.match(declarations, /export function lint\(document: string \| Uint8Array, options\?: LintOptions[^)]*\): LintReport;/);
  assert.match(declarations, /export function schema\(kind\?: Kind[^)]*\): Record<string, unknown>;/);
  assert.match(declarations, /export function explain\(code: string, lang\?: Language[^)]*\): RuleExplanation;/);
  // The entry points declare exactly the generated declarations.
  const packageDir = join(project, 'node_modules/cce-lint');
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  assert.equal(manifest.types, './node/index.d.ts');
  assert.match(readFileSync(join(packageDir, 'node/index.d.ts'), 'utf8'), /^export \* from '\.\/cce_lint_wasm\.js';$/m);
  assert.match(readFileSync(join(packageDir, 'web/index.d.ts'), 'utf8'), /^export \* from '\.\/cce_lint_wasm\.js';$/m);
});
