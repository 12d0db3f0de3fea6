// The cluster-creation page in real Chromium: findings appear at the field their pointer names,
// go away when fixed, follow the language toggle, and nothing leaves the page's origin.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launchChromium, openForm, ROOT, serve } from './serve.mjs';

const ARTIFACTS = join(ROOT, 'tests/artifacts/browser');

let server;
let browser;
let page;
const requests = [];

before(async () => {
  server = await serve();
  browser = await launchChromium();
  browser.context.on('request', (request) => requests.push(request.url()));
  page = await openForm(browser.context, server.origin);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The codes shown next to a field, and whether it is marked invalid and described by them. */
async function fieldState(selector) {
  return page.$eval(selector, (input) => {
    const errorId = `${input.id}-error`;
    return {
      codes: [...document.getElementById(errorId).querySelectorAll('.finding')].map((f) => f.dataset.code),
      text: document.getElementById(errorId).textContent,
      invalid: input.getAttribute('aria-invalid') === 'true',
      describedBy: (input.getAttribute('aria-describedby') ?? '').split(' ').includes(errorId),
    };
  });
}

async function typeInto(selector, value) {
  await page.fill(selector, '');
  await page.type(selector, value);
}

test('the initial request lints without findings at the fields under test', async () => {
  const service = await fieldState('#service-cidr');
  assert.deepEqual(service.codes, []);
  assert.equal(service.invalid, false);
  const runs = Number(await page.evaluate(() => document.body.dataset.lintRuns));
  assert.ok(runs >= 1);
});

test('an overlapping service CIDR is reported at that field, and clears when fixed', async () => {
  await typeInto('#pod-cidr', '172.16.0.0/12');
  await typeInto('#service-cidr', '172.31.0.0/16');
  let service = await fieldState('#service-cidr');
  assert.ok(service.codes.includes('CCE408'), JSON.stringify(service));
  assert.equal(service.invalid, true);
  assert.equal(service.describedBy, true);
  assert.match(await page.inputValue('#json-view'), /"clusterIPServiceCIDR": "172\.31\.0\.0\/16"/);

  await typeInto('#service-cidr', '192.168.0.0/16');
  service = await fieldState('#service-cidr');
  assert.ok(!service.codes.includes('CCE408'), JSON.stringify(service));
  assert.equal(service.invalid, service.codes.length > 0);
});

test('two CDS disks on the same path: the error is on the second', async () => {
  const diskPaths = '[data-pointer^="/nodes/0/instanceSpec/instanceResource/cdsList/"][data-pointer$="/diskPath"]';
  await typeInto(`${diskPaths} >> nth=0`, '/data');
  await page.click('#node-sets .node-set >> nth=0 >> .add-disk');
  assert.equal(await page.locator(diskPaths).count(), 2);
  await typeInto(`${diskPaths} >> nth=1`, '/data');
  const first = await fieldState('[data-pointer="/nodes/0/instanceSpec/instanceResource/cdsList/0/diskPath"]');
  const second = await fieldState('[data-pointer="/nodes/0/instanceSpec/instanceResource/cdsList/1/diskPath"]');
  assert.ok(second.codes.includes('CCE527'), JSON.stringify(second));
  assert.equal(second.invalid, true);
  assert.ok(!first.codes.includes('CCE527'), JSON.stringify(first));
});

test('findings without a field go to the summary list', async () => {
  await page.fill('#cluster-name', '');
  await page.type('#cluster-name', 'demo');
  const summary = await page.$$eval('#summary .finding', (items) => items.map((item) => item.textContent));
  const fieldPointers = await page.$$eval('[data-pointer]', (inputs) => inputs.map((input) => input.dataset.pointer));
  for (const text of summary) {
    const pointer = text.match(/ (\/\S*) \(\d+:\d+\)$/)?.[1];
    assert.ok(pointer, text);
    assert.ok(!fieldPointers.includes(pointer), `${pointer} has a field`);
  }
});

test('the editable JSON view drives the form', async () => {
  const text = await page.inputValue('#json-view');
  await page.fill('#json-view', text.replace('"clusterName": "demo"', '"clusterName": "edited-in-json"'));
  assert.equal(await page.inputValue('#cluster-name'), 'edited-in-json');
  await page.fill('#json-view', '{"cluster": {"clusterName": "x",}}');
  const summary = await page.$$eval('#summary .finding', (items) => items.map((item) => item.dataset.code));
  assert.ok(summary.includes('CCE001'), JSON.stringify(summary));
  await page.fill('#json-view', text);
});

test('switching to Chinese translates the page and the findings', async () => {
  await page.click('#lang-zh');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.textContent('h1'), '创建 CCE 集群');
  assert.equal(await page.textContent('label[for="service-cidr"]'), 'Service 网段');
  const second = await fieldState('[data-pointer="/nodes/0/instanceSpec/instanceResource/cdsList/1/diskPath"]');
  assert.ok(second.codes.includes('CCE527'));
  assert.match(second.text, /[\u4e00-\u9fff]/);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'cluster-form-zh.png'), fullPage: true });
});

test("the package's web entry point gives the schemas and the rule docs in the page", async () => {
  const result = await page.evaluate(async () => {
    const cceLint = await import('./vendor/cce-lint/web/index.js');
    await cceLint.default();
    const explanation = cceLint.explain('CCE408', 'zh');
    return { id: cceLint.schema('list-clusters-query').$id, code: explanation.code, docs: explanation.docs };
  });
  assert.match(result.id, /\/list-clusters-query\.schema\.json$/);
  assert.equal(result.code, 'CCE408');
  assert.match(result.docs, /## 作用/);
});

test('nothing was requested beyond the page origin', () => {
  assert.ok(requests.length > 0);
  const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`));
  assert.deepEqual(foreign, []);
});
