#!/usr/bin/env bash
# Installs what is missing, skipping what is already there at the right version.
#   scripts/setup.sh build   wasm target, wasm-bindgen CLI, Trunk, npm tools (wasm-opt)
#   scripts/setup.sh test    the above plus Chromium and ChromeDriver (Debian packages)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-build}"
log() { printf '[setup] %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# The wasm-bindgen CLI must equal the library version in Cargo.lock.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[ -n "$wb_version" ] || { echo "[setup] cannot read wasm-bindgen's version from Cargo.lock" >&2; exit 1; }
trunk_pin=$(sed -n 's/^wasm_bindgen = "\([^"]*\)".*/\1/p' Trunk.toml)
if [ "$trunk_pin" != "$wb_version" ]; then
  echo "[setup] Trunk.toml pins wasm-bindgen $trunk_pin but Cargo.lock has $wb_version; make them equal" >&2
  exit 1
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "wasm32 target: present"
else
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# rust-src: the release build compiles the standard library again for older
# engines (scripts/trunk.sh).
for component in rustfmt clippy rust-src; do
  if rustup component list --installed | grep -q "^$component-"; then
    log "$component: present"
  else
    log "adding $component"
    rustup component add "$component"
  fi
done

if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wb_version"; then
  log "wasm-bindgen $wb_version: present"
else
  # Without --locked: the CLI's own lock file names a version the registry lacks.
  log "installing wasm-bindgen-cli $wb_version (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "=$wb_version" --force
fi

if trunk --version 2>/dev/null | grep -qE '^trunk 0\.21\.'; then
  log "$(trunk --version): present"
else
  # 0.22 needs a newer rustc than this machine's.
  log "installing trunk 0.21 (about 10 minutes)"
  cargo install trunk --version '^0.21' --locked --force
fi

# The standard library's own dependencies, fetched now because Trunk builds
# offline (quick once they are in cargo's cache).
log "standard-library sources' dependencies for the wasm build"
RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort cargo fetch --quiet --target wasm32-unknown-unknown

if [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm tools: present"
else
  log "installing npm tools (binaryen's wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$mode" = test ]; then
  # Chromium and its driver for the tests; a CJK font so that screenshots of
  # the Chinese screens show glyphs, not empty boxes.
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -d /usr/share/fonts/opentype/noto ]; then
    log "chromium + chromedriver + fonts-noto-cjk: present"
  else
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    log "installing chromium, chromium-driver and fonts-noto-cjk (Debian packages)"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
  fi
fi
log "ready"
