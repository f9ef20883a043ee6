#!/usr/bin/env bash
# Acceptance test of the engine examples: the Spark and Dask jobs print, byte for byte, the JSON
# that `auc summary FILE --format json` prints over the same rows, and a bad row fails each job
# with auc's message.
#
#   bash examples/check.sh PATH_TO_STATIC_AUC
#
# Makes (or reuses) a virtual environment outside the repository, ${AUC_ENGINES_VENV:-
# ${TMPDIR:-/tmp}/swift-auc-engines-venv}, with examples/requirements.txt; Java 17 must be on
# PATH (or JAVA_HOME) for Spark. Prints the install, start-up and run times; exits 1 on any
# mismatch.
set -euo pipefail

if [[ $# -ne 1 || ! -x $1 ]]; then
    echo "usage: bash examples/check.sh PATH_TO_STATIC_AUC (an executable auc)" >&2
    exit 64
fi
if ! command -v java > /dev/null && [[ ! -x ${JAVA_HOME:-/nonexistent}/bin/java ]]; then
    echo "check.sh: Spark needs Java 17: put java on PATH or set JAVA_HOME" >&2
    exit 1
fi
auc=$(realpath "$1")
examples=$(cd "$(dirname "$0")" && pwd)
venv=${AUC_ENGINES_VENV:-${TMPDIR:-/tmp}/swift-auc-engines-venv}
data=$(mktemp -d "${TMPDIR:-/tmp}/swift-auc-engines-XXXXXX")
trap 'rm -rf "$data"' EXIT
failures=0
unset FORMAT  # expect_same's switch to text, set for one call only

# The seconds since $1, a time from date +%s%N.
seconds_since() { awk -v from="$1" -v to="$(date +%s%N)" 'BEGIN { printf "%.2f", (to - from) / 1e9 }'; }

started=$(date +%s%N)
[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$examples/requirements.txt"
echo "pip install: $(seconds_since "$started") s ($("$venv/bin/python" -m pip freeze \
    | grep -iE '^(pyspark|pyarrow|pandas|numpy|dask|distributed)==' | tr '\n' ' '))"
python=$venv/bin/python

started=$(date +%s%N)
"$python" "$examples/check_data.py" "$data"
echo "rows written: $(seconds_since "$started") s ($(($(wc -l < "$data/rows.csv") - 1)) rows, CSV and Parquet)"

# Runs ENGINE on INPUT with the auc options OPTIONS... and diffs its output with auc summary's,
# in JSON (or in text, with FORMAT=text in the environment).
expect_same() {
    local engine=$1 input=$2 format=${FORMAT:-json}; shift 2
    local name="$engine ${input##*.}${*:+ $*}${FORMAT:+ ($FORMAT)}"
    "$auc" summary "$data/rows.csv" "$@" --format "$format" > "$data/expected"
    local started; started=$(date +%s%N) status=0
    "$python" "$examples/$engine/auc_$engine.py" "$data/$input" "$@" --format "$format" \
        --auc "$auc" --partitions 4 --timings > "$data/actual" 2> "$data/stderr" || status=$?
    if [[ $status -ne 0 ]]; then
        echo "FAIL $name: exit status $status"; cat "$data/stderr"; failures=$((failures + 1)); return
    fi
    if diff "$data/expected" "$data/actual" > "$data/diff"; then
        echo "same  $name: $(seconds_since "$started") s; $(grep -h "^auc_$engine: " "$data/stderr")"
    else
        echo "FAIL $name: differs from auc summary"; cat "$data/diff"; failures=$((failures + 1))
    fi
    grep -v "^auc_$engine: " "$data/stderr" | grep -v '^WARNING: Using incubator modules' || true
}

# Runs ENGINE on the bad INPUT and expects exit status 1 with auc's own message (auc summary's
# on the CSV of the same rows, its line counted within a partition) and the partition.
expect_failure() {
    local engine=$1 input=$2 csv=$3
    local message; message=$("$auc" summary "$data/$csv" 2>&1 | sed -E 's/^[^:]*:[0-9]+: //') || true
    local started; started=$(date +%s%N) status=0
    "$python" "$examples/$engine/auc_$engine.py" "$data/$input" --format json --auc "$auc" \
        --partitions 4 > "$data/actual" 2> "$data/stderr" || status=$?
    local pattern="^auc_$engine: partition [0-9]+: auc accumulate exited with status 1: <stdin>:[0-9]+: "
    if [[ $status -eq 1 && ! -s $data/actual ]] && grep -qE "$pattern" "$data/stderr" \
            && grep -qF -- "$message" "$data/stderr"; then
        echo "fails $engine $input as it must: $(seconds_since "$started") s; $(grep "^auc_$engine: " "$data/stderr")"
    else
        echo "FAIL $engine $input: exit status $status, expected 1 and \"$message\""
        cat "$data/stderr" "$data/actual"; failures=$((failures + 1))
    fi
}

echo "== Spark"
started=$(date +%s%N)
expect_same spark rows.parquet
expect_same spark rows.csv --exact
expect_same spark rows.parquet --weight weight --exact
expect_failure spark bad-score.csv bad-score.csv
echo "Spark part: $(seconds_since "$started") s"

echo "== Dask"
started=$(date +%s%N)
expect_same dask rows.parquet
expect_same dask rows.csv --exact
expect_same dask rows.parquet --weight weight
expect_same dask rows.csv --weight weight --exact
expect_same dask rows.parquet --bins log:64
expect_same dask rows.csv --exact --ci 0.95 --max-fpr 0.2
FORMAT=text expect_same dask rows.parquet --weight weight
expect_failure dask bad-score.csv bad-score.csv
expect_failure dask bad-label.parquet bad-label.csv
echo "Dask part: $(seconds_since "$started") s"

if [[ $failures -ne 0 ]]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "every engine run printed auc summary's output byte for byte"
