#!/usr/bin/env bash
# Trunk post-build hook step: writes the static first screens into the staged
# index.html (examples/prerender.rs, a native program using Yew's server-side
# renderer). The wasm-only settings of scripts/trunk.sh must not reach this
# native build.
set -euo pipefail
unset CARGO_UNSTABLE_BUILD_STD RUSTC_BOOTSTRAP CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS CARGO_BUILD_TARGET
exec cargo run --quiet --example prerender -- "${TRUNK_STAGING_DIR:-${1:-dist}}"
