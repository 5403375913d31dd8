#!/usr/bin/env bash
# Runs every test layer; stops at the first failing one.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }
started=$(date +%s)

step "core purity: crates/core and crates/sim depend on no yew, web-sys, gloo, js-sys or wasm-bindgen; the viewer on no yew"
# Cargo's own dependency tree (direct and transitive), not a grep of the source.
for crate in qunce-core qunce-sim; do
  tree=$(cargo tree --quiet -p "$crate" -e normal --prefix none)  # fails the script if cargo cannot tell
  if grep -E '^(yew|web-sys|gloo[a-z-]*|js-sys|wasm-bindgen[a-z-]*) ' <<<"$tree"; then
    echo "$crate must stay free of UI and browser crates (see README, Design)" >&2
    exit 1
  fi
done
# The shared-link viewer is small because it has no UI framework (issue 19).
if cargo tree --quiet -p qunce-viewer -e normal --prefix none | grep -E '^(yew|gloo[a-z-]*|serde-wasm-bindgen) '; then
  echo "qunce-viewer must not depend on a UI framework (see README, Entries)" >&2
  exit 1
fi
# Views never open storage: the localStorage adapter is used only by the storage service.
if grep -rn 'LocalKv' src --include=*.rs | grep -v '^src/services/storage.rs:'; then
  echo "only src/services/storage.rs may use LocalKv (see README, Design)" >&2
  exit 1
fi
echo "ok"

step "format and lints"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings

step "core tests (no Yew linked): domain, saved data and restore(), links, summary, exports, strings"
cargo test --quiet -p qunce-core --test core

step "app tests: state, reducer, routes, components rendered with Yew SSR"
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
