#!/usr/bin/env bash
# Times the whole catalogue against the embedded reference RP, as a user runs it: `./passkey-harness run`, JVM start
# included. Builds first (untimed), then runs it N times (default 5) and prints each wall time, the median, and the
# median time per check from the JSON report. Usage: benchmarks/catalogue-time.sh [N] [extra run options...]
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
shift || true
work="$(mktemp -d "${TMPDIR:-/tmp}/catalogue-time.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$root/passkey-harness" list >/dev/null   # builds the jar and its class-data archive if needed

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  status=0
  "$root/passkey-harness" run --json "$work/run-$i.json" "$@" >"$work/run-$i.txt" 2>&1 || status=$?
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms wall, exit $status, $(tail -1 "$work/run-$i.txt" | cut -d' ' -f1-8)"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "median wall time: $(printf '%s\n' "${times[@]}" | median) ms over $runs runs ($(nproc) cores)"
per_check=$(grep -o '"durationMs" *: *[0-9]*' "$work/run-$runs.json" | tail -n +2 | grep -o '[0-9]*$' | median)
echo "median per check (last run): ${per_check} ms"
