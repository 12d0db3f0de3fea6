// Rebuilds a `LintReport` from the two flat values `lint_encoded` (src/api.rs) writes:
// `numbers` (a Uint32Array) and `texts` (every text, one after the other). The layout is
// documented there; the order of the reads below is that layout. wasm-bindgen bundles this
// file with the module and `lint` calls it, so `lint` returns the plain objects directly.
export function decodeReport(numbers, texts) {
  let next = 0;
  let offset = 0;
  const number = () => numbers[next++];
  const text = () => {
    const end = offset + numbers[next++];
    const value = texts.slice(offset, end);
    offset = end;
    return value;
  };
  const kind = text();
  const diagnostics = new Array(number());
  for (let index = 0; index < diagnostics.length; index += 1) {
    // Object literals evaluate in order: keys in the order of the Rust struct and its JSON.
    const diagnostic = {
      code: text(),
      name: text(),
      severity: text(),
      pointer: text(),
      message: text(),
      help: text(),
      url: text(),
      span: { start: number(), end: number() },
      line: number(),
      column: number(),
      endLine: number(),
      endColumn: number(),
    };
    if (number() === 1) diagnostic.fix = JSON.parse(text());
    diagnostics[index] = diagnostic;
  }
  return { kind, diagnostics, summary: { errors: number(), warnings: number(), infos: number() } };
}
