#!/usr/bin/env bash
# Side-by-side timing of swift-auc against hand-written C (and numpy/scikit-learn when
# installed), on the same seeded data, run interleaved. Usage, from a fresh clone:
#
#   bash Benchmarks/compare/run.sh            # about 5 minutes on 2 cores
#   REPEATS=7 bash Benchmarks/compare/run.sh  # more repetitions
#
# Prints one table: the median seconds of each workload for C, Swift and (optionally) Python,
# and Swift's ratio to C. Data go to Benchmarks/compare/data (about 1.1 GB, kept for reruns).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repeats="${REPEATS:-5}"
mkdir -p "$here/build" "$here/data"

echo "building (gcc -O3 -march=native; swift -c release)..." >&2
gcc -O3 -march=native -o "$here/build/cbench" "$here/cbench.c" -lm
export RUNTIME_INTERPOSER_LOCAL_PATH="$root/Benchmarks/Vendor/swift-runtime-interposer"
export BENCHMARK_DISABLE_MALLOC_INTERPOSER=1
(cd "$root/Benchmarks" && swift build -c release --product CompareDriver >&2)
(cd "$root" && swift build -c release --product auc >&2)
cbench="$here/build/cbench"
driver="$root/Benchmarks/.build/release/CompareDriver"
auc="$root/.build/release/auc"

csv="$here/data/rows_1e7.csv"
npy="$here/data/rows_1e8"
[ -f "$csv" ] || "$cbench" gen-csv 10000000 "$csv"
[ -f "$npy-scores.npy" ] || "$cbench" gen-npy 100000000 "$npy"

python_ok=0
if python3 -c 'import numpy, sklearn' 2>/dev/null; then python_ok=1; fi

# Wall-clock seconds of a whole command.
wall() {
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}

# name | C command | Swift command | Python command (optional); in-memory workloads print
# their own seconds as the first field, whole-process ones are timed here.
workloads=(
  "binned update, 10^8 Float, 1 core|$cbench bin-float 100000000|$driver bin-float 100000000|"
  "binned update, 10^8 Float, 2 cores (C: 1 core)|$cbench bin-float 100000000|$driver bin-float-2 100000000|"
  "value, T = 4095|$cbench value 4095|$driver value 4095|"
  "seed loop, 100 x 128 update + value|$cbench seed-loop|$driver seed-loop|"
  "exact ROC AUC, 10^7 Float|$cbench exact 10000000|$driver exact 10000000|python3 $here/sklearn_exact.py 10000000"
  "auc on a 10^7-row CSV, binned (whole process)|WALL $cbench csv $csv|WALL $auc $csv --quiet|"
  "auc on .npy 10^8 float32 + uint8, binned (whole process)|WALL $cbench raw $npy-scores.npy $npy-labels.npy|WALL $auc --scores $npy-scores.npy --labels $npy-labels.npy --float32 --quiet|"
)

run() {
  local command="$1"
  if [ -z "$command" ]; then echo ""; return; fi
  if [[ "$command" == WALL* ]]; then wall ${command#WALL }; else $command | awk '{print $1}'; fi
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print ""; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-58s %12s %12s %12s %8s\n' "workload (median of $repeats, seconds)" "C" "Swift" "Python" "Swift/C"
for entry in "${workloads[@]}"; do
  IFS='|' read -r name ccmd scmd pcmd <<< "$entry"
  [ "$python_ok" = 1 ] || pcmd=""
  : > "$here/build/c.txt"; : > "$here/build/s.txt"; : > "$here/build/p.txt"
  for _ in $(seq "$repeats"); do
    run "$ccmd" >> "$here/build/c.txt"
    run "$scmd" >> "$here/build/s.txt"
    [ -z "$pcmd" ] || run "$pcmd" >> "$here/build/p.txt"
  done
  c=$(median < "$here/build/c.txt")
  s=$(median < "$here/build/s.txt")
  p=$(grep -v '^$' "$here/build/p.txt" | median || true)
  [ -z "$p" ] || p=$(printf '%.6f' "$p")
  ratio=$(awk -v s="$s" -v c="$c" 'BEGIN { print s / c }')
  printf '%-58s %12.6f %12.6f %12s %8.2f\n' "$name" "$c" "$s" "${p:-–}" "$ratio"
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
