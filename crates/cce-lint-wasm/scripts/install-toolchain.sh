#!/usr/bin/env bash
# Installs what building and testing the npm package needs, from apt, crates.io and npm only.
# Idempotent: each tool is installed only when missing or at the wrong version.
# See the wasm build recipe in the README ("npm package"): `rustup target add` cannot download
# here, so std for wasm32 is rebuilt from Debian's rust-web-src with -Zbuild-std.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' "$HERE/Cargo.toml")

need_apt=()
[ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust/library ] || need_apt+=(rustc-web cargo-web rust-web-src)
[ -x /usr/bin/wasm-ld ] || need_apt+=(lld)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# A CJK font, so the Chinese page renders legibly in the screenshot artifact.
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need_apt+=(fonts-wqy-microhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need_apt[@]}"
fi

# The CLI must equal the wasm-bindgen crate version exactly. Not --locked: its lockfile pins a
# webpki-roots release the registry here lacks.
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# binaryen (wasm-opt; Debian's 108 breaks wasm-bindgen output), playwright-core, ajv.
cd "$HERE/npm"
if ! npm ls --depth=0 >/dev/null 2>&1; then
  npm ci --no-audit --no-fund
fi
