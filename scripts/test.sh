#!/usr/bin/env bash
# Runs every test layer; stops at the first failing one.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }
started=$(date +%s)

step "domain purity: src/domain and crates/sim use no yew, web-sys, gloo or wasm-bindgen"
if grep -rnE '\b(yew|web_sys|gloo[a-z_]*|wasm_bindgen[a-z_]*|js_sys)::|#\[wasm_bindgen' src/domain crates/sim; then
  echo "src/domain and crates/sim must stay pure (see README, Design)" >&2
  exit 1
fi
echo "ok"

step "format and lints"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings

step "native tests: domain, persistence, state, i18n, components rendered with Yew SSR"
cargo test --quiet --test native

step "browser tests: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_TIMEOUT=180 \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test web

step "release build, for older engines too (Chrome 80, Safari 15)"
scripts/trunk.sh build --release >/dev/null
ls -l dist
node scripts/check-wasm.mjs dist
node scripts/check-css.mjs styles/main.css

step "end-to-end journeys: playwright-core + Chromium against the release build"
node --test --test-concurrency=1 --test-timeout=300000 --test-force-exit tests/e2e/

printf '\nall test layers passed in %ss\n' "$(( $(date +%s) - started ))"
