#!/usr/bin/env bash
# Runs Trunk (build or serve) for a wasm that older engines can run: Chrome
# 80 and Safari 15 (issue 9). Rust's wasm32 target now turns on reference
# types and multi-value by default, and the prebuilt standard library carries
# them, so the standard library is built again from source (rust-src, with
# RUSTC_BOOTSTRAP to allow -Zbuild-std on the stable toolchain) for the MVP
# plus the features both engines have: mutable globals, sign extension,
# non-trapping float-to-int and bulk memory. scripts/check-wasm.mjs checks
# the result. Only Trunk's cargo runs get these settings; the native and
# browser tests build as usual.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# -Zlocation-detail=none leaves the file and line out of panic messages
# (the message itself stays, and the crash page is unchanged): 8.1 KB brotli
# less (issue 9). -Zfmt-debug=none would save 5.8 KB more but empties every
# Debug output, so it is not used. -Zshare-generics lets the app reuse the
# generic code the core crate already instantiated (0.5 KB brotli less).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Ctarget-cpu=mvp -Ctarget-feature=+mutable-globals,+sign-ext,+nontrapping-fptoint,+bulk-memory -Zlocation-detail=none -Zshare-generics=y"
exec trunk "$@"
