#!/usr/bin/env bash
# Builds the libFuzzer targets with the address sanitizer and fuzzes each for SECONDS
# (default 60), starting from the committed seeds in Corpus/. New inputs go to a working
# corpus in .build/corpus/, so the committed seeds change only by hand. A crash, leak or
# hang stops with a non-zero exit and leaves the input in .build/artifacts/.
#
#   bash Fuzz/run.sh 30            # each target for 30 s (what CI runs)
#   bash Fuzz/run.sh 600 FuzzCSV   # one target for 10 minutes
set -euo pipefail
# The Swift crash backtracer would hold the output pipe of a crashing target: libFuzzer reports.
export SWIFT_BACKTRACE=enable=no
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(FuzzCSV FuzzNumPy FuzzStateFile FuzzStateFileV2 FuzzMetric FuzzDecimal); fi

cd "$here"
# Both sanitizers go in one -sanitize= option: the Swift driver honours only the last
# -sanitize= it is given, and SwiftPM passes --sanitize=fuzzer --sanitize=address in either
# order, so with two options a build gets coverage or the address sanitizer, not both.
# --sanitize=fuzzer still goes to SwiftPM, which links libFuzzer's main with it.
build=".build/fuzzers"
swift build -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
  --scratch-path "$build" >&2
if ! "$build/release/FuzzMetric" Corpus/FuzzMetric -runs=0 2>&1 | grep "INITED cov:" >/dev/null \
  || ! nm "$build/release/FuzzMetric" | grep __asan_report_load8 >/dev/null; then
  echo "the fuzz targets were built without coverage or without the address sanitizer" >&2
  exit 1
fi
mkdir -p .build/corpus .build/artifacts
for target in "${targets[@]}"; do
  corpus=".build/corpus/$target"
  mkdir -p "$corpus"
  echo "== $target: $seconds s" >&2
  # -timeout: an input that takes over 10 s is a hang; -rss_limit_mb: 2 GB is a leak or a
  # runaway allocation; -max_len: long enough for a few hundred CSV rows or .npy elements.
  log=".build/artifacts/$target.log"
  status=0
  "$build/release/$target" "$corpus" Corpus/"$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
    -artifact_prefix=".build/artifacts/$target-" -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E "^#[0-9]+.*(DONE|INITED)|stat::|ERROR|SUMMARY|Test unit written|Fatal|precondition" \
    "$log" || true
  if [ "$status" != 0 ]; then
    tail -40 "$log" >&2
    echo "$target failed (exit $status); the input is in Fuzz/.build/artifacts/" >&2
    exit "$status"
  fi
done
