#!/usr/bin/env bash
# Throughput of every stage on a synthetic corpus: docs/s, MB/s and peak RSS,
# with 1 and 2 worker threads. A benchmark, not a test: nothing here asserts.
set -euo pipefail
BIN=${BIN:?path to release binaries}
DOCS=${DOCS:-10000}
WORK=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$WORK"' EXIT

rss() { # run a command, print "<seconds> <peak RSS MB>"
  local out
  out=$( { /usr/bin/time -f '%e %M' "$@" >/dev/null; } 2>&1 | tail -1 )
  awk '{printf "%.2f %.0f", $1, $2/1024}' <<<"$out"
}

printf '%-8s %-14s %-7s %9s %10s %9s %10s\n' docs stage threads seconds docs/s MB/s peakRSS_MB
for n in $DOCS; do
  corpus="$WORK/corpus-$n"
  [ -d "$corpus" ] || "$BIN/synth" --output "$corpus" --docs "$n" --seed 7 >/dev/null
  mb=$(du -sb --exclude=urls.csv --exclude=gold.jsonl "$corpus" | awk '{print $1/1e6}')
  for t in 1 2; do
    out="$WORK/out-$n-$t"
    read -r s m < <(rss "$BIN/normalize" --input "$corpus" --output "$out" --threads "$t")
    awk -v n="$n" -v s="$s" -v mb="$mb" -v m="$m" -v t="$t" 'BEGIN{printf "%-8s %-14s %-7s %9.2f %10.0f %9.1f %10s\n", n, "normalize", t, s, n/s, mb/s, m}'
    read -r s m < <(rss "$BIN/write-parquet" --output "$out")
    awk -v n="$n" -v s="$s" -v mb="$mb" -v m="$m" -v t="$t" 'BEGIN{printf "%-8s %-14s %-7s %9.2f %10.0f %9.1f %10s\n", n, "write-parquet", t, s, n/s, mb/s, m}'
    read -r s m < <(POLARS_MAX_THREADS=$t rss "$BIN/aggregate" --output "$out")
    awk -v n="$n" -v s="$s" -v mb="$mb" -v m="$m" -v t="$t" 'BEGIN{printf "%-8s %-14s %-7s %9.2f %10.0f %9.1f %10s\n", n, "aggregate", t, s, n/s, mb/s, m}'
  done
done
