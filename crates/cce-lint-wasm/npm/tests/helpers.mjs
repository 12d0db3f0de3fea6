// Shared by the Node tests: the packed tarball installed into a scratch project, the fixture
// bodies, and the CLI's `--format json` output for them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../../../..');

/** The tarball `npm pack` wrote (scripts/build.sh). */
export function packedTarball() {
  const dir = join(ROOT, 'target/npm');
  const tarballs = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.tgz')) : [];
  if (tarballs.length !== 1) {
    throw new Error(`expected one packed tarball in ${dir}, found ${tarballs.length}: run crates/cce-lint-wasm/scripts/build.sh`);
  }
  return join(dir, tarballs[0]);
}

/** A scratch npm project with the packed package installed; returns its directory. */
export function installPackedPackage() {
  const project = mkdtempSync(join(tmpdir(), 'cce-lint-npm-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', packedTarball()], {
    cwd: project,
    stdio: 'inherit',
  });
  return project;
}

function jsonFiles(dir) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(dir, entry.name));
}

/** tests/fixtures/seed/0*.json, tests/fixtures/realworld/*.json, tests/fixtures/rules/*\/*.json */
export function fixtureFiles() {
  const seed = jsonFiles('tests/fixtures/seed').filter((path) => /\/0[^/]*$/.test(path));
  const realworld = jsonFiles('tests/fixtures/realworld');
  const rules = readdirSync(join(ROOT, 'tests/fixtures/rules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => jsonFiles(join('tests/fixtures/rules', entry.name)));
  return [...seed, ...realworld, ...rules].sort();
}

/** `cce-lint check --format json --lang <lang>` over the files (paths relative to the root). */
export function cliReport(files, lang) {
  const bin = process.env.CCE_LINT_BIN;
  const [program, args] = bin
    ? [bin, []]
    : ['cargo', ['run', '--quiet', '--locked', '-p', 'cce-lint-cli', '--']];
  const run = spawnSync(program, [...args, 'check', '--format', 'json', '--lang', lang, ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`cce-lint exited with ${run.status}: ${run.stderr}`);
  }
  return JSON.parse(run.stdout);
}

/**
 * The UTF-16 column of a byte offset, from the CLI's column (counted in Unicode characters over
 * the text the core lints, where each invalid UTF-8 byte and each byte of a BOM became one
 * ASCII character): the two differ by one for every well-formed 4-byte sequence (a character
 * outside the BMP, two UTF-16 code units) between the start of the line and the offset.
 */
export function utf16Column(bytes, offset, charColumn) {
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (bytes[index] === 0x0a || bytes[index] === 0x0d) lineStart = index + 1;
  }
  let astral = 0;
  let index = lineStart;
  while (index < offset) {
    const length = wellFormedLength(bytes, index);
    if (length === 4) astral += 1;
    index += length || 1;
  }
  return charColumn + astral;
}

/** The length of the well-formed UTF-8 sequence at `index` (Unicode Table 3-7), or 0. */
function wellFormedLength(bytes, index) {
  const lead = bytes[index];
  let length = 0;
  let low = 0x80;
  let high = 0xbf;
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let next = 1; next < length; next += 1) {
    const byte = bytes[index + next];
    if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return 0;
  }
  return length;
}

export function readFixture(path) {
  return readFileSync(join(ROOT, path), 'utf8');
}

export function readFixtureBytes(path) {
  return new Uint8Array(readFileSync(join(ROOT, path)));
}

export { relative };
