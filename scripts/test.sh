#!/usr/bin/env bash
# Every test suite, in the order CI runs them. `make test` calls this; so does .ci/run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PX_ROOT"

step() { printf '\n==> %s\n' "$*"; }

step "setup (installs what is missing)"
bash scripts/setup.sh

step "formatting"
cargo fmt --all --check

step "clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "host tests (engine, CLI, app logic)"
cargo test --workspace --locked

step "Python package: the wheel (maturin, crates/parallax-py) and pytest: the API, its doc examples, and the Spark job in local[2] against the single machine on 500 BBC articles"
cargo build --locked -p parallax-cli
bash scripts/wheel.sh
PARALLAX_CLI="${CARGO_TARGET_DIR:-$PX_ROOT/target}/debug/parallax" \
  .venv/bin/python -m pytest -q -p no:cacheprovider crates/parallax-py/tests

step "property smoke: the whole pipeline (import, analysis, comparison, export, import again) on generated articles for 60 s"
PX_SMOKE_SECS=60 cargo test --locked -p parallax-core --test smoke -- --nocapture

step "seed bundling: a temporary extra file in seeds/ is bundled, and analysed in the shipped answer, after a rebuild"
extra="seeds/zz_bundling_check_$$.txt"
trap 'rm -f "$extra"' EXIT
printf 'Temporary article\nThis file only exists while the bundling test runs.\n' > "$extra"
cargo test --locked -p parallax --lib -- engine::tests::bundles_every_seed_file engine::tests::the_bundled_answer
rm -f "$extra"
trap - EXIT
# Rebuild once more without it so later steps never see the extra file.
cargo test --locked -p parallax --lib -- engine::tests::bundles_every_seed_file engine::tests::the_bundled_answer

step "wasm32 check of the engine and the app"
cargo check --locked --target wasm32-unknown-unknown -p parallax-core -p parallax-worker -p parallax

step "release bundle served from /parallax/"
trunk build --release --offline --public-url /parallax/
bash scripts/sizes.sh dist

step "browser end-to-end tests and workflow lint (headless Chromium)"
node --test tests/
