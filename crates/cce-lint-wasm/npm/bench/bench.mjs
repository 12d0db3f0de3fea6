// `cargo xtask bench-wasm`: in one run, (1) the wasm `lint` per document in Node against ajv's
// compiled validator for the same JSON Schema on the same documents, and (2) the web form's
// input-to-diagnostic latency in headless Chromium. Prints a Markdown table (for the README)
// and writes target/bench-wasm.json. Numbers are reported, never asserted.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { launchChromium, openForm, ROOT, serve } from '../browser/serve.mjs';

const require = createRequire(import.meta.url);
const { lint } = require('../node/index.js'); // the package's entry point, as users load it
const Ajv2020 = require('ajv/dist/2020').default;

const ROUNDS = 21;
const LATENCY_SAMPLES = 200;

function createClusterBodies() {
  const dirs = ['tests/fixtures/seed', 'tests/fixtures/realworld'];
  const rules = join(ROOT, 'tests/fixtures/rules');
  dirs.push(...readdirSync(rules).map((code) => join('tests/fixtures/rules', code)));
  const texts = dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.json'))
      .map((name) => readFileSync(join(ROOT, dir, name), 'utf8')),
  );
  // Only valid JSON create-cluster bodies: ajv needs JSON.parse to succeed.
  return texts.filter((text) => {
    try {
      const value = JSON.parse(text);
      return value && typeof value === 'object' && lint(text).kind === 'create-cluster';
    } catch {
      return false;
    }
  });
}

function timePerDocument(documents, check) {
  const start = performance.now();
  for (const text of documents) check(text);
  return ((performance.now() - start) * 1000) / documents.length;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function nodeBenchmark() {
  const documents = createClusterBodies();
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/create-cluster.schema.json'), 'utf8'));
  // strict: false lets ajv ignore the schema's annotation keywords (enumDescriptions, x-…).
  const validate = new Ajv2020({ allErrors: true, strict: false, logger: false }).compile(schema);
  const checks = {
    ajv: (text) => validate(JSON.parse(text)),
    wasm: (text) => lint(text),
  };
  for (const check of Object.values(checks)) timePerDocument(documents, check); // warm-up
  const samples = { ajv: [], wasm: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, check] of Object.entries(checks)) samples[name].push(timePerDocument(documents, check));
  }
  const bytes = documents.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return {
    documents: documents.length,
    meanDocumentBytes: Math.round(bytes / documents.length),
    ajvMicrosPerDocument: median(samples.ajv),
    wasmMicrosPerDocument: median(samples.wasm),
    wasmOverAjv: median(samples.wasm) / median(samples.ajv),
  };
}

async function browserBenchmark() {
  const server = await serve();
  const browser = await launchChromium();
  try {
    const page = await openForm(browser.context, server.origin);
    return await page.evaluate(async (samples) => {
      const input = document.getElementById('service-cidr');
      const values = ['172.28.0.0/16', '172.31.0.0/16'];
      const toDom = [];
      const toFrame = [];
      for (let index = 0; index < samples; index += 1) {
        const start = performance.now();
        input.value = values[index % 2];
        input.dispatchEvent(new Event('input', { bubbles: true }));
        toDom.push(performance.now() - start);
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        toFrame.push(performance.now() - start);
      }
      const stats = (list) => {
        const sorted = [...list].sort((a, b) => a - b);
        return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)] };
      };
      return { samples, inputToDomMs: stats(toDom), inputToNextFrameMs: stats(toFrame) };
    }, LATENCY_SAMPLES);
  } finally {
    await browser.close();
    await server.close();
  }
}

const node = nodeBenchmark();
const chromium = await browserBenchmark();
const size = JSON.parse(readFileSync(join(ROOT, 'target/npm/size.json'), 'utf8'));
const results = { node, chromium, size, node_version: process.version };
writeFileSync(join(ROOT, 'target/bench-wasm.json'), `${JSON.stringify(results, null, 2)}\n`);

const f = (value, digits = 1) => value.toFixed(digits);
console.log(`
| measure (one run, ${node.documents} create-cluster fixture bodies, mean ${node.meanDocumentBytes} bytes) | value |
|---|---|
| ajv 8 compiled validator, \`validate(JSON.parse(text))\`, per document | ${f(node.ajvMicrosPerDocument)} µs |
| cce-lint wasm \`lint(text)\` (parse, Go-decoder emulation, all rules, located diagnostics), per document | ${f(node.wasmMicrosPerDocument)} µs |
| wasm / ajv | ${f(node.wasmOverAjv, 2)}× |
| form in Chromium: input event → diagnostics in the DOM (median / p95 of ${chromium.samples}) | ${f(chromium.inputToDomMs.median, 2)} / ${f(chromium.inputToDomMs.p95, 2)} ms |
| form in Chromium: input event → next frame (median / p95) | ${f(chromium.inputToNextFrameMs.median, 2)} / ${f(chromium.inputToNextFrameMs.p95, 2)} ms |
| \`.wasm\` size, gzip -9 | ${size.wasmBytes} bytes, ${size.gzipBytes} gzipped |
`);
