#!/usr/bin/env bash
# Builds the npm package: the core compiled to wasm32 with Debian's rustc-web (std rebuilt with
# -Zbuild-std), wasm-bindgen for Node (CommonJS + an ESM wrapper) and the web (ES module with
# init()), wasm-opt -O3 from npm's binaryen, the entry points with the schemas and rule docs as
# data (scripts/entry-points.mjs), then `npm pack`. Prints the sizes.
# Output: crates/cce-lint-wasm/npm/{node,web}/ and target/npm/cce-lint-<version>.tgz.
set -euo pipefail
CRATE=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$CRATE/../.." && pwd)
NAME=cce_lint_wasm
PKG=$CRATE/npm

# The JSON Schemas and the rule documentation, which the module leaves out, from a native run
# of the same Rust functions (with the caller's toolchain and target directory).
DATA=$(mktemp)
trap 'rm -f "$DATA"' EXIT
( cd "$ROOT" && cargo run --quiet --locked -p cce-lint-wasm --features docs --example package-data >"$DATA" )

export CARGO_TARGET_DIR=$ROOT/target/wasm32
export RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/bin/wasm-ld
# Size-oriented release profile for this build only (the workspace profile serves the CLI).
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_LTO=true \
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 CARGO_PROFILE_RELEASE_PANIC=abort
# Smaller std and no panic/Debug formatting machinery: a panic (the core has none on any input)
# traps as `RuntimeError: unreachable` either way. Debug output is never part of a message.
# LLVM's inliner threshold under opt-level "z" is 5, which keeps even one-line accessors as
# calls; at 50 the module is 0.6 KB larger gzipped and lint about 20% faster (25 is smaller
# and 6% faster, 60 no faster than 50 and 1.8 KB larger, 100 over budget; README, "npm package").
# rustc's own (MIR) inliner, off under "z", then saves 1.7 KB gzipped at the same speed.
INLINE_THRESHOLD=50
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none \
  -Cllvm-args=-inline-threshold=$INLINE_THRESHOLD -Zinline-mir=yes"

# Except the standard library's hot paths (allocator, memcmp/memcpy, Vec growth, formatting,
# memchr), optimised for speed: lint is about 10% faster for under 3 KB gzipped.
SPEED_CRATES=(std core alloc dlmalloc compiler_builtins memchr)
SPEED_CONFIG=()
for crate in "${SPEED_CRATES[@]}"; do
  SPEED_CONFIG+=(--config "profile.release.package.$crate.opt-level=2")
done

( cd "$CRATE" && /usr/bin/cargo build --release --locked -p cce-lint-wasm "${SPEED_CONFIG[@]}" \
    --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size )
WASM=$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/$NAME.wasm

# What rustc 1.96 enables by default for wasm32-unknown-unknown.
FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
WASM_OPT=$PKG/node_modules/.bin/wasm-opt
rm -rf "$PKG/node" "$PKG/web"
wasm-bindgen --target nodejs --out-dir "$PKG/node" "$WASM"
wasm-bindgen --target web --out-dir "$PKG/web" "$WASM"
# Both targets get the same module; optimise it once (about a minute) unless they differ.
# -O3, not -Oz: on the code rustc emits here, -Oz is 0.3 KB larger gzipped and lint about 4%
# slower (README, "npm package").
WASM_OPT_LEVEL=-O3
same=$(cmp -s "$PKG/node/${NAME}_bg.wasm" "$PKG/web/${NAME}_bg.wasm" && echo yes || echo no)
"$WASM_OPT" "$WASM_OPT_LEVEL" "${FEATURES[@]}" "$PKG/node/${NAME}_bg.wasm" -o "$PKG/node/${NAME}_bg.wasm"
if [ "$same" = yes ]; then
  cp "$PKG/node/${NAME}_bg.wasm" "$PKG/web/${NAME}_bg.wasm"
else
  "$WASM_OPT" "$WASM_OPT_LEVEL" "${FEATURES[@]}" "$PKG/web/${NAME}_bg.wasm" -o "$PKG/web/${NAME}_bg.wasm"
fi

# The entry points (Node CommonJS and ESM, web) and the data modules they complete the module with.
node "$CRATE/scripts/entry-points.mjs" "$PKG" "$DATA"

mkdir -p "$ROOT/target/npm"
rm -f "$ROOT"/target/npm/*.tgz
( cd "$PKG" && npm pack --pack-destination "$ROOT/target/npm" >/dev/null )
ls "$ROOT"/target/npm/*.tgz

raw=$(stat -c %s "$PKG/web/${NAME}_bg.wasm")
gz=$(gzip -9 -c "$PKG/web/${NAME}_bg.wasm" | wc -c)
echo "wasm size: $raw bytes, gzip -9: $gz bytes"
echo "{\"wasmBytes\": $raw, \"gzipBytes\": $gz}" > "$ROOT/target/npm/size.json"

# The web form imports the packed package's web build from web/vendor/ (ignored).
VENDOR=$ROOT/web/vendor/cce-lint
rm -rf "$VENDOR" && mkdir -p "$VENDOR"
tar -xzf "$ROOT"/target/npm/cce-lint-*.tgz -C "$VENDOR" --strip-components=1
