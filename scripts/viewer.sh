#!/usr/bin/env bash
# Trunk post-build hook step: builds the shared-link viewer (crates/viewer,
# issue 19) and puts it beside the editor in the staged build as
# viewer-<hash>.js and viewer-<hash>_bg.wasm; scripts/csp.mjs then teaches
# the page's loader to run it first on a shared link.
#
# Same engine settings as the editor (scripts/trunk.sh: Chrome 80 / Safari
# 15 wasm features, checked by scripts/check-wasm.mjs), plus two that only
# suit a module that shows and never edits: panics abort at once (no panic
# messages; if the viewer fails, the editor still loads and shows the plan)
# and Debug output is empty. Its own target folder, so these settings never
# make Cargo rebuild the editor's standard library.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:-${1:-dist}}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Ctarget-cpu=mvp -Ctarget-feature=+mutable-globals,+sign-ext,+nontrapping-fptoint,+bulk-memory -Zlocation-detail=none -Zshare-generics=y -Cpanic=immediate-abort -Zunstable-options -Zfmt-debug=none"
export CARGO_TARGET_DIR="$PWD/target/viewer"
unset CARGO_BUILD_TARGET
cargo build --quiet --release -p qunce-viewer -p qunce-scan --target wasm32-unknown-unknown
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$tmp" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/qunce_viewer.wasm"
wasm-opt -Oz --converge --low-memory-unused --mvp-features --enable-mutable-globals --enable-sign-ext \
  --enable-nontrapping-float-to-int --enable-bulk-memory "$tmp/qunce_viewer_bg.wasm" -o "$tmp/viewer.wasm"
hash=$(cat "$tmp/viewer.wasm" "$tmp/qunce_viewer.js" | sha256sum | cut -c1-16)
rm -f "$out"/viewer-*.js "$out"/viewer-*_bg.wasm
cp "$tmp/qunce_viewer.js" "$out/viewer-$hash.js"
cp "$tmp/viewer.wasm" "$out/viewer-${hash}_bg.wasm"
# The frozen link dictionaries, one file each, for the viewer (it carries
# none: the page fetches the one a link names, beside the viewer). Never
# edited, so their names need no hash; the service worker caches them.
rm -f "$out"/dict-*.json
for f in crates/core/src/persist/dict/*.json; do
  n=$(basename "$f" | cut -d- -f1)
  cp "$f" "$out/dict-$n.json"
done
# The board's camera (issue 24): its script and the QR decoder it loads
# where the browser has no BarcodeDetector. Neither is fetched until the
# trainer starts the camera; the loader only names the script.
wasm-bindgen --target web --no-typescript --out-dir "$tmp" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/qunce_scan.wasm"
wasm-opt -Oz --converge --low-memory-unused --mvp-features --enable-mutable-globals --enable-sign-ext \
  --enable-nontrapping-float-to-int --enable-bulk-memory "$tmp/qunce_scan_bg.wasm" -o "$tmp/scan.wasm"
scan=$(cat "$tmp/scan.wasm" "$tmp/qunce_scan.js" | sha256sum | cut -c1-16)
rm -f "$out"/scan-*.js "$out"/scan-*_bg.wasm "$out"/camera-*.js
cp "$tmp/qunce_scan.js" "$out/scan-$scan.js"
cp "$tmp/scan.wasm" "$out/scan-${scan}_bg.wasm"
sed -e "s/__SCAN_JS__/scan-$scan.js/" -e "s/__SCAN_WASM__/scan-${scan}_bg.wasm/" web/camera.js >"$tmp/camera.js"
camera=$(sha256sum <"$tmp/camera.js" | cut -c1-16)
cp "$tmp/camera.js" "$out/camera-$camera.js"
echo "viewer.sh: scan-$scan.js and scan-${scan}_bg.wasm ($(wc -c <"$tmp/scan.wasm") bytes), camera-$camera.js"
echo "viewer.sh: viewer-$hash.js and viewer-${hash}_bg.wasm ($(wc -c <"$tmp/viewer.wasm") bytes)"
