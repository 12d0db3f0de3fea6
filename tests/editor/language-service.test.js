// The checked-in JSON Schemas, as VS Code uses them: through `vscode-json-languageservice`, the
// engine of VS Code's JSON support, with the schemas associated by `schemas/catalog.json` and
// loaded from disk (no network). Completion, hover, validation and snippets are asserted on
// what the service returns, against the schema files themselves.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import jsonLanguageService from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';

const { getLanguageService, ClientCapabilities, DiagnosticSeverity } = jsonLanguageService;

const repo = new URL('../../', import.meta.url);
const schemasDir = new URL('schemas/', repo);
const catalog = JSON.parse(await readFile(new URL('catalog.json', schemasDir), 'utf8'));
const createEntry = catalog.schemas.find((entry) => entry.url.endsWith('/create-cluster.schema.json'));
const createSchema = JSON.parse(await readFile(new URL('create-cluster.schema.json', schemasDir), 'utf8'));
const requested = [];

/// Serves the schemas' `$id` URLs from `schemas/`; anything else fails (no network).
async function schemaRequestService(uri) {
  requested.push(uri);
  const entry = catalog.schemas.find((candidate) => candidate.url === uri);
  if (!entry) {
    throw new Error(`no network in this test: ${uri}`);
  }
  const name = entry.url.slice(entry.url.lastIndexOf('/') + 1);
  return readFile(new URL(name, schemasDir), 'utf8');
}

const service = getLanguageService({
  schemaRequestService,
  clientCapabilities: ClientCapabilities.LATEST,
});
service.configure({
  validate: true,
  allowComments: false,
  schemas: catalog.schemas.map((entry) => ({ uri: entry.url, fileMatch: entry.fileMatch })),
});

const REQUEST_URI = 'file:///work/prod.cce-cluster.json';
let version = 0;

function documentOf(text, uri = REQUEST_URI) {
  version += 1;
  return TextDocument.create(uri, 'json', version, text);
}

/// Completion at the `|` in `textWithCursor`.
async function complete(textWithCursor) {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'the text marks the cursor with |');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const document = documentOf(text);
  const list = await service.doComplete(document, document.positionAt(offset), service.parseJSONDocument(document));
  return { document, offset, items: list.items };
}

/// Validation as VS Code runs it, with schema problems reported as errors (VS Code's
/// default severity for them is a warning) so that deprecations (warnings) stand apart.
async function validate(text, uri = REQUEST_URI) {
  const document = documentOf(text, uri);
  const diagnostics = await service.doValidation(document, service.parseJSONDocument(document), {
    comments: 'error',
    trailingCommas: 'error',
    schemaValidation: 'error',
  });
  return { document, diagnostics };
}

function errorsOf(diagnostics) {
  return diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error);
}

function documentation(item) {
  const doc = item.documentation;
  return typeof doc === 'string' ? doc : doc?.value ?? '';
}

/// The English and Chinese halves of a model description ("English sentence. 中文术语").
function halves(description) {
  const end = description.lastIndexOf('. ');
  assert.ok(end > 0, `a bilingual description: ${description}`);
  return [description.slice(0, end + 1), description.slice(end + 2)];
}

const CJK = /[\u3400-\u9fff]/;

/// The declared property names of a `$defs` entry.
function declared(definition) {
  return Object.keys(createSchema.$defs[definition].properties).sort();
}

/// A VS Code snippet with every placeholder replaced by its default (`${1:x}` → `x`,
/// `$1` → ``), as accepting the snippet without typing inserts it.
function expandSnippet(snippet) {
  let text = snippet;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^{}$]*)\}/g, '$1');
  }
  return text.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

/// A managed-cluster body without nodes, the context of the fragment snippets.
const MANAGED = JSON.parse(await readFile(new URL('tests/fixtures/examples/managed-cluster.json', repo), 'utf8'));

test('the catalog associates request files with the create-cluster schema by file name', async () => {
  assert.deepEqual(createEntry.fileMatch.slice(0, 2), ['*.cce-cluster.json', 'cce-cluster*.json']);
  for (const entry of catalog.schemas) {
    const name = entry.url.slice(entry.url.lastIndexOf('/') + 1);
    const schema = JSON.parse(await readFile(new URL(name, schemasDir), 'utf8'));
    assert.equal(entry.url, schema.$id, `${name}: the catalog points at the $id`);
  }
  for (const uri of ['file:///w/prod.cce-cluster.json', 'file:///w/cce-cluster-prod.json', 'file:///w/a.cce-create-cluster.json']) {
    const { diagnostics } = await validate('{"cluster": {"masterConfig": {"masterType": "Managed"}}}', uri);
    assert.equal(errorsOf(diagnostics).length, 1, `${uri} is validated by the create-cluster schema`);
  }
  const { diagnostics } = await validate('{"cluster": {"masterConfig": {"masterType": "Managed"}}}', 'file:///w/other.json');
  assert.deepEqual(diagnostics, [], 'a file the catalog does not match gets no schema');
  const list = await validate('{"pageNo": 0}', 'file:///w/q.cce-list-clusters-query.json');
  assert.equal(errorsOf(list.diagnostics).length, 1, 'the list-clusters query schema is associated too');
  assert.ok(requested.every((uri) => uri.startsWith('https://cce-lint.github.io/cce-lint/schemas/')), requested.join(' '));
});

test('top-level key completions are the request fields, documented in English and Chinese', async () => {
  const { items } = await complete('{|}');
  const labels = items.map((item) => item.label).sort();
  assert.deepEqual(labels, Object.keys(createSchema.properties).sort());
  const cluster = items.find((item) => item.label === 'cluster');
  const [english, chinese] = halves(createSchema.properties.cluster.description);
  assert.ok(documentation(cluster).includes(english) && documentation(cluster).includes(chinese), documentation(cluster));
  // Accepting `cluster` inserts a key and an object value.
  assert.match(cluster.insertText ?? cluster.textEdit.newText, /^"cluster": \{/);
});

test('key completions inside cluster.masterConfig', async () => {
  const { items } = await complete('{"cluster": {"masterConfig": {"masterType": "custom", |}}}');
  const labels = items.map((item) => item.label).sort();
  assert.deepEqual(labels, declared('MasterConfig').filter((key) => key !== 'masterType'));
  for (const item of items) {
    assert.match(documentation(item), CJK, `${item.label} is documented in Chinese`);
    assert.match(documentation(item), /[A-Za-z]{3}/, `${item.label} is documented in English`);
  }
});

test('key completions inside nodes[0].instanceSpec.instanceResource', async () => {
  const { items } = await complete('{"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cpu": 4, |}}}]}');
  const labels = items.map((item) => item.label).sort();
  assert.deepEqual(labels, declared('InstanceResource').filter((key) => key !== 'cpu'));
  const disk = items.find((item) => item.label === 'rootDiskSize');
  assert.match(documentation(disk), /system disk/i);
});

for (const [name, textWithCursor, definition] of [
  ['masterType', '{"cluster": {"masterConfig": {"masterType": |}}}', 'MasterType'],
  ['mode', '{"cluster": {"containerNetworkConfig": {"mode": |}}}', 'ContainerNetworkMode'],
  ['runtimeType', '{"cluster": {"runtimeType": |}}', 'RuntimeType'],
  ['nodes[0].instanceSpec.runtimeType', '{"nodes": [{"instanceSpec": {"runtimeType": |}}]}', 'RuntimeType'],
]) {
  test(`enum completions for ${name} list every value with its bilingual description`, async () => {
    const { items } = await complete(textWithCursor);
    const values = items.filter((item) => item.label !== 'null').map((item) => JSON.parse(item.label));
    const { enum: expected, enumDescriptions, markdownEnumDescriptions } = createSchema.$defs[definition];
    assert.deepEqual(values.sort(), [...expected].sort());
    for (const [index, value] of expected.entries()) {
      const item = items.find((candidate) => candidate.label === JSON.stringify(value));
      const [english, term] = halves(enumDescriptions[index]);
      assert.equal(documentation(item), markdownEnumDescriptions[index]);
      assert.ok(documentation(item).includes(english) && documentation(item).includes(term), documentation(item));
    }
    // The terms are Chinese, but for brand names (Docker, containerd).
    assert.ok(definition === 'RuntimeType' || items.some((item) => CJK.test(documentation(item))));
  });
}

test('hover on clusterPodCIDR shows the title, the English and the Chinese text', async () => {
  const text = '{"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}}}';
  const document = documentOf(text);
  const offset = text.indexOf('clusterPodCIDR') + 3;
  const hover = await service.doHover(document, document.positionAt(offset), service.parseJSONDocument(document));
  const contents = hover.contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
  const property = createSchema.$defs.ContainerNetworkConfig.properties.clusterPodCIDR;
  const [english, chinese] = halves(property.description);
  assert.ok(contents.includes(english), `English in ${contents}`);
  assert.ok(contents.includes(chinese), `Chinese in ${contents}`);
  assert.ok(contents.includes('clusterPodCIDR'), 'the title names the key');
  assert.equal(document.getText(hover.range), '"clusterPodCIDR"');
});

test('hover on an enum value shows what the value means, in English and Chinese', async () => {
  const text = '{"cluster": {"masterConfig": {"masterType": "managed"}}}';
  const document = documentOf(text);
  const offset = text.indexOf('"managed"') + 2;
  const hover = await service.doHover(document, document.positionAt(offset), service.parseJSONDocument(document));
  const contents = hover.contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
  const { enum: values, markdownEnumDescriptions } = createSchema.$defs.MasterType;
  assert.ok(contents.includes(markdownEnumDescriptions[values.indexOf('managed')]), contents);
  assert.match(contents, CJK);
});

/// The one error of `text`, at the range of `expected` (the first occurrence after `after`).
async function oneErrorAt(text, expected, after = '') {
  const { document, diagnostics } = await validate(text);
  const errors = errorsOf(diagnostics);
  assert.equal(errors.length, 1, JSON.stringify(diagnostics));
  const start = text.indexOf(expected, text.indexOf(after));
  assert.deepEqual(errors[0].range, {
    start: document.positionAt(start),
    end: document.positionAt(start + expected.length),
  });
  return errors[0];
}

test('validation flags a wrong enum value at the value', async () => {
  const error = await oneErrorAt('{"cluster": {"masterConfig": {"masterType": "Managed"}}}', '"Managed"');
  assert.match(error.message, /"managed"/);
});

test('validation flags a wrong type at the value', async () => {
  const error = await oneErrorAt('{"cluster": {"containerNetworkConfig": {"maxPodsPerNode": "64"}}}', '"64"');
  assert.match(error.message, /integer/);
});

test('validation flags numeric bounds at the value', async () => {
  await oneErrorAt('{"cluster": {"containerNetworkConfig": {"nodePortRangeMin": 70000}}}', '70000');
  await oneErrorAt('{"nodes": [{"count": -1}]}', '-1');
  await oneErrorAt('{"nodes": [{"instanceSpec": {"instanceResource": {"rootDiskSize": 4096}}}]}', '4096');
  const existed = await validate('{"nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-1"}, "instanceResource": {"rootDiskSize": 4096}}}]}');
  assert.deepEqual(errorsOf(existed.diagnostics), [], 'an existing machine keeps its disk: no bound');
});

test('validation flags masters on a managed cluster at the masters entry', async () => {
  const entry = '{"count": 3, "instanceSpec": {"machineType": "BCC"}}';
  const error = await oneErrorAt(`{"cluster": {"masterConfig": {"masterType": "managed"}}, "masters": [${entry}]}`, entry);
  assert.match(error.message, /CCE102/);
  assert.match(error.message, CJK);
  const empty = await validate('{"cluster": {"masterConfig": {"masterType": "managed"}}, "masters": [{"count": 0}]}');
  assert.deepEqual(errorsOf(empty.diagnostics), [], 'an entry asking for no machine is legal, as for cce-lint');
  const custom = await validate(`{"cluster": {"masterConfig": {"masterType": "custom"}}, "masters": [${entry}]}`);
  assert.deepEqual(errorsOf(custom.diagnostics), []);
});

test('validation flags an unknown key at the key, at every depth', async () => {
  // The server drops unknown keys silently: the schema forbids them in every Go struct.
  for (const [text, key] of [
    ['{"clsuter": {}}', '"clsuter"'],
    ['{"cluster": {"clusterNmae": "prod"}}', '"clusterNmae"'],
    ['{"cluster": {"masterConfig": {"masterType": "custom", "exposedPubic": true}}}', '"exposedPubic"'],
    ['{"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cpu": 4, "cpus": 4}}}]}', '"cpus"'],
    // A nullable struct (`anyOf` with `null`).
    ['{"nodeGroups": [{"instanceGroupName": "g", "clusterAutoscalerSpec": {"enabled": true, "maxReplica": 3}}]}', '"maxReplica"'],
  ]) {
    const error = await oneErrorAt(text, key);
    assert.ok(error.message.includes(key.slice(1, -1)), error.message);
  }
});

test('case variants of known keys validate: Go matches keys case-insensitively', async () => {
  // The vendor's own example sends `CPU`; Go also folds `ſ` to s and the Kelvin sign to k.
  // cce-lint, not the schema, reports the re-cased keys (CCE006) and checks their values.
  const text = JSON.stringify({
    $schema: createEntry.url,
    Cluster: {},
    cluster: {
      ClusterName: 'prod',
      '\u212A8SVERSION': '1.30.1',
      clusterID: 'cce-read-only',
      masterConfig: { MasterType: 'custom', maſterType: 'custom' },
      containerNetworkConfig: { clusterpodcidr: '172.28.0.0/16' },
    },
    nodes: [{ COUNT: 1, instanceSpec: { instanceResource: { CPU: 4, MEM: 8 } } }],
    NodeGroups: [],
    nodeGroups: [{ instanceGroupName: 'g', clusterAutoscalerSpec: { Enabled: false } }],
  });
  const { diagnostics } = await validate(text);
  assert.deepEqual(diagnostics, []);
  // Maps take any key.
  const labels = await validate('{"nodes": [{"instanceSpec": {"labels": {"team": "a", "Team": "b"}}}]}');
  assert.deepEqual(labels.diagnostics, []);
});

test('forbidding unknown keys leaves key completion to the declared keys', async () => {
  // `patternProperties` is never offered as a key; a re-cased key does not hide its canonical one.
  const { items } = await complete('{"nodes": [{"instanceSpec": {"instanceResource": {"CPU": 4, |}}}]}');
  const labels = items.map((item) => item.label).sort();
  assert.deepEqual(labels, declared('InstanceResource'));
});

test('the legacy nodeGroups instanceTemplate is marked deprecated', async () => {
  const text = '{"nodeGroups": [{"instanceGroupName": "g", "instanceTemplate": {"machineType": "BCC"}}]}';
  const { document, diagnostics } = await validate(text);
  assert.deepEqual(errorsOf(diagnostics), []);
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Warning);
  assert.equal(warnings.length, 1, JSON.stringify(diagnostics));
  assert.equal(document.getText(warnings[0].range), '"instanceTemplate": {"machineType": "BCC"}');
});

/// Accepts every snippet offered at the `|` of `context` and checks the result.
async function checkSnippets(context, expectedLabels) {
  const { document, offset, items } = await complete(context);
  const snippets = items.filter((item) => expectedLabels.includes(item.label));
  assert.deepEqual(snippets.map((item) => item.label).sort(), [...expectedLabels].sort());
  for (const snippet of snippets) {
    const inserted = expandSnippet(snippet.textEdit?.newText ?? snippet.insertText);
    assert.doesNotThrow(() => JSON.parse(inserted), `${snippet.label} inserts valid JSON:\n${inserted}`);
    const text = document.getText().slice(0, offset) + inserted + document.getText().slice(offset);
    const { diagnostics } = await validate(text);
    assert.deepEqual(diagnostics, [], `${snippet.label}: the schema accepts the result`);
  }
}

test('whole-request snippets at the top insert valid JSON the schema accepts', async () => {
  await checkSnippets('|', createSchema.defaultSnippets.map((snippet) => snippet.label));
});

test('instance-set snippets in nodes insert valid JSON the schema accepts', async () => {
  const context = JSON.stringify({ ...MANAGED, nodes: [] }).replace('"nodes":[]', '"nodes":[|]');
  await checkSnippets(context, createSchema.$defs.InstanceSet.defaultSnippets.map((snippet) => snippet.label));
});

test('the CDS disk snippet in cdsList inserts valid JSON the schema accepts', async () => {
  const body = structuredClone(MANAGED);
  body.nodes[0].instanceSpec.instanceResource.cdsList = [];
  const context = JSON.stringify(body).replace('"cdsList":[]', '"cdsList":[|]');
  await checkSnippets(context, createSchema.$defs.CdsConfig.defaultSnippets.map((snippet) => snippet.label));
});

test('the node-group snippet in nodeGroups inserts valid JSON the schema accepts', async () => {
  const context = JSON.stringify({ ...MANAGED, nodeGroups: [] }).replace('"nodeGroups":[]', '"nodeGroups":[|]');
  await checkSnippets(context, createSchema.$defs.InstanceGroupSpec.defaultSnippets.map((snippet) => snippet.label));
});

test('every valid fixture and seed body validates without errors in the language service', async () => {
  const fixtures = new URL('tests/fixtures/', repo);
  const files = [];
  for (const directory of ['seed', 'realworld']) {
    for (const name of (await readdir(new URL(`${directory}/`, fixtures))).sort()) {
      if (name.endsWith('.json') && name !== 'cds-fragment.json') {
        files.push([directory, name]);
      }
    }
  }
  assert.ok(files.length >= 21, `${files.length} fixtures`);
  for (const [directory, name] of files) {
    const stem = name.replace(/\.json$/, '');
    // Create-cluster bodies are numbered; the other seeds are named after their kind.
    const kind = /^\d/.test(stem) ? 'cluster' : stem;
    const text = await readFile(new URL(`${directory}/${name}`, fixtures), 'utf8');
    const { diagnostics } = await validate(text, `file:///w/${stem}.cce-${kind}.json`);
    assert.deepEqual(errorsOf(diagnostics), [], `${directory}/${name}`);
  }
});
