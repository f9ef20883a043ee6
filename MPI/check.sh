#!/usr/bin/env bash
# The acceptance test of auc-mpi: on 4 ranks (more than the cores, oversubscribed), every
# mode and split prints the same bytes as one `auc summary`; a bad row on one rank stops every
# rank with status 1 within 10 seconds and the message that names its file and line.
# Usage: bash MPI/check.sh   (from anywhere; builds the root's auc and this package's auc-mpi)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

swift build --package-path "$root" --product auc
swift build --package-path "$here" --product auc-mpi
auc="$root/.build/debug/auc"
auc_mpi="$here/.build/debug/auc-mpi"
mpirun=(mpirun --allow-run-as-root --oversubscribe -np 4)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Rows with ties, weights, CRLF line ends, blank lines and quoted ids that hold commas and
# line breaks (a cut at a line feed inside quotes would be wrong).
generate() { # rows seed [bad_line]
  python3 - "$@" <<'PY'
import random, sys
rows, seed = int(sys.argv[1]), int(sys.argv[2])
bad = int(sys.argv[3]) if len(sys.argv) > 3 else None
rng = random.Random(seed)
out = ["id,label,score,w\n"]
line = 2
for row in range(rows):
    label = 1 if rng.random() < 0.3 else 0
    score = min(1.0, max(0.0, rng.gauss(0.4 + 0.2 * label, 0.2)))
    if row % 4 == 0:
        score = round(score, 2)
    weight = rng.choice([0.5, 1.0, 2.25])
    ident, lines = str(row), 1
    if row % 7 == 3:
        ident, lines = '"row %d, ""quoted""\nsecond line"' % row, 2
    shown = "0.5x" if line == bad else repr(score)
    out.append("%s,%d,%s,%s%s" % (ident, label, shown, weight, "\r\n" if row % 5 == 1 else "\n"))
    line += lines
    if row % 11 == 5:
        out.append("\n")
        line += 1
sys.stdout.write("".join(out))
PY
}
generate 20000 1 > "$work/rows.csv"
generate 3 2 > "$work/small.csv"
generate 1000 3 > "$work/middle.csv"
generate 200 4 > "$work/short.csv"
printf 'score,label\n0.25,1\n0.75,0\n' > "$work/two.csv"
npy="$root/Tests/aucTests/Fixtures/npy"

failures=0
same() { # description, the options of auc-mpi alone (or ""), the arguments of both
  local description="$1" split="$2"
  shift 2
  # shellcheck disable=SC2086
  if diff <("${mpirun[@]}" "$auc_mpi" $split "$@") <("$auc" summary "$@") >"$work/diff"; then
    echo "same bytes: $description"
  else
    echo "DIFFERENT: $description" >&2
    head -20 "$work/diff" >&2
    failures=$((failures + 1))
  fi
}

json=(--format json)
same "one file cut at record starts, linear bins" "--split bytes" "$work/rows.csv" "${json[@]}"
same "one file cut, log bins" "" "$work/rows.csv" "${json[@]}" --bins log:64
same "one file cut, exact" "" "$work/rows.csv" "${json[@]}" --exact --ci 0.95 --max-fpr 0.2
same "one file cut, weighted linear bins" "" "$work/rows.csv" "${json[@]}" --weight w
same "one file cut, weighted exact" "" "$work/rows.csv" "${json[@]}" --exact --weight w
same "one file cut, text output" "" "$work/rows.csv" --exact
same "two rows on four ranks (two parts empty)" "" "$work/two.csv" "${json[@]}" --exact
same "three files dealt to four ranks (one reads nothing), exact" "--split files" \
  "$work/small.csv" "$work/middle.csv" "$work/short.csv" "${json[@]}" --exact
same "three files dealt, linear bins" "--split files" \
  "$work/small.csv" "$work/middle.csv" "$work/short.csv" "${json[@]}"
same "three files, each cut into four parts, weighted" "--split bytes" \
  "$work/small.csv" "$work/middle.csv" "$work/short.csv" "${json[@]}" --weight w
same ".npy rows cut into four ranges, exact" "" \
  --scores "$npy/scores_f8_le.npy" --labels "$npy/labels_u1_n1.npy" "${json[@]}" --exact
same ".npy rows, linear bins" "" \
  --scores "$npy/scores_f8_le.npy" --labels "$npy/labels_u1_n1.npy" "${json[@]}"

# The state written by rank 0 merges to the same summary.
"${mpirun[@]}" "$auc_mpi" "$work/rows.csv" --exact --state-out "$work/all.aucstate" >/dev/null
if diff <("$auc" merge "$work/all.aucstate" "${json[@]}") \
  <("$auc" summary "$work/rows.csv" --exact "${json[@]}") >/dev/null; then
  echo "same bytes: the merged state of --state-out"
else
  echo "DIFFERENT: the state of --state-out" >&2
  failures=$((failures + 1))
fi

# A bad row on one rank's share: mpirun fails within 10 seconds, and the message names the
# file and line, once; then, with the job let run to its end (Open MPI otherwise ends it when
# the first rank exits with a failure), every rank's own status is 1.
generate 5000 5 2345 > "$work/bad.csv"
inputs=("$work/middle.csv" "$work/bad.csv" "$work/short.csv" --exact)
fault=("$auc_mpi" "${inputs[@]}" --split files)
start=$(date +%s%N)
set +e
timeout 20 "${mpirun[@]}" "${fault[@]}" 2>"$work/fault.err" >"$work/fault.out"
mpirun_status=$?
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
timeout 20 "${mpirun[@]}" --mca orte_abort_on_non_zero_status 0 sh -c \
  '"$0" "$@"; status=$?; echo "$OMPI_COMM_WORLD_RANK $status" >> "'"$work"'/statuses"; exit $status' \
  "${fault[@]}" 2>/dev/null >/dev/null
set -e
expected="$work/bad.csv:2345: "
single="$("$auc" summary "${inputs[@]}" 2>&1 >/dev/null || true)"
ranks_failed=$(awk '$2 == 1' "$work/statuses" | wc -l)
if [ "$mpirun_status" -ne 0 ] && [ "$ranks_failed" -eq 4 ] \
  && [ "$(grep -c "^$expected" "$work/fault.err")" -eq 1 ] && [ ! -s "$work/fault.out" ] \
  && [ "$(grep "^$expected" "$work/fault.err")" = "$single" ] && [ "$elapsed_ms" -lt 10000 ]; then
  echo "bad row: mpirun failed (status $mpirun_status) in ${elapsed_ms} ms, each of the 4 ranks with status 1: $(grep "^$expected" "$work/fault.err")"
else
  echo "FAULT TEST FAILED: mpirun status $mpirun_status, ranks with status 1: $ranks_failed, ${elapsed_ms} ms; one auc summary: $single" >&2
  cat "$work/statuses" "$work/fault.err" >&2
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures auc-mpi checks failed" >&2
  exit 1
fi
echo "auc-mpi: every check passed"
