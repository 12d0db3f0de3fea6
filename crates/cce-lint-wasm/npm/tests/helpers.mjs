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

/** Converts a 1-based column counted in Unicode characters to UTF-16 code units. */
export function charColumnToUtf16(text, line, column) {
  const lines = text.split(/\r\n|\r|\n/);
  const before = [...(lines[line - 1] ?? '')].slice(0, column - 1).join('');
  return before.length + 1;
}

export function readFixture(path) {
  return readFileSync(join(ROOT, path), 'utf8');
}

export { relative };
