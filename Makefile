# Qunce: `make run` to use it, `make test` to test it. Both install what is
# missing first (see scripts/setup.sh) and are quick on a second run.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: run test build sizes setup screenshots bench

run: ## build the release bundle and serve it at http://127.0.0.1:8080
	scripts/setup.sh build
	# No auto-reload: its injected script changes after the CSP hook hashes it.
	scripts/trunk.sh serve --release --no-autoreload

test: ## every test layer: native, SSR render, browser (wasm), end-to-end
	scripts/setup.sh test
	scripts/test.sh

build: ## release bundle in dist/
	scripts/setup.sh build
	scripts/trunk.sh build --release
	node scripts/check-wasm.mjs dist
	node scripts/check-css.mjs styles/main.css

sizes: build ## raw / gzip / brotli size of every file in dist/
	node scripts/sizes.mjs dist

bench: sizes ## sizes; domain timings and template links (native); planner and simulator timings and Lighthouse (headless Chromium, release build)
	cargo run --quiet --release -p qunce-core --example bench_channels
	node scripts/bench.mjs
	node scripts/lighthouse.mjs
	node scripts/bench-table.mjs

screenshots: build ## screenshots of every screen, both languages, 360 and 1440 px
	scripts/setup.sh test
	node scripts/screenshots.mjs
