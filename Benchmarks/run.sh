#!/usr/bin/env bash
# Runs the ordo-one benchmarks of swift-auc: `bash Benchmarks/run.sh [benchmark options]`,
# e.g. `bash Benchmarks/run.sh --filter "exact.*"`. See README.md.
set -euo pipefail
cd "$(dirname "$0")"
export RUNTIME_INTERPOSER_LOCAL_PATH="$PWD/Vendor/swift-runtime-interposer"
export BENCHMARK_DISABLE_MALLOC_INTERPOSER=1
exec swift package --disable-sandbox benchmark "$@"
