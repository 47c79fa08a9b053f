#!/usr/bin/env bash
# Throughput of every stage on a synthetic corpus: docs/s, MB/s of input and
# peak RSS, with 1 and 2 worker threads, for N = 10k and 100k documents (and
# 1M with BENCH_FULL=1). A benchmark, not a test: nothing here asserts.
#
#   BIN=target/release bash pipeline/scripts/bench.sh
#   DOCS="10000"      only these corpus sizes
#   BENCH_FULL=1      also 1,000,000 documents (~10 GB of disk under BENCH_DIR)
#   BENCH_DIR=dir     keep corpora and outputs there (default: a temp dir, removed)
#   REAL=dir …        folders of real pages (default ../shared/corpus/seeds and
#                     dev): replicated to REAL_MB (default 50) MB and run through
#                     normalize with 1 and 2 threads first (MB/s, µs per document)
#   REAL_PDF=dir      real report PDFs (default ../shared/corpus/originals),
#                     copied 20 times, through normalize with one thread:
#                     "normalize real pdf" (pages of a crawl's attachments)
# After each synthetic size, its Word and PDF documents (.docx, .pdf, ~3%
# of the table reports each) alone through normalize with one thread:
# "normalize docx", "normalize pdf".
set -euo pipefail
BIN=${BIN:?path to release binaries}
DOCS=${DOCS:-10000 100000}
if [ "${BENCH_FULL:-0}" = 1 ]; then DOCS="$DOCS 1000000"; fi
WORK=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$WORK"
trap 'if [ -z "${BENCH_DIR:-}" ]; then rm -rf "$WORK"; fi' EXIT

# Run a command (output discarded), print "<seconds> <peak RSS MB>".
if [ -x /usr/bin/time ]; then
  rss() {
    local tf="$WORK/.time"
    /usr/bin/time -o "$tf" -f '%e %M' "$@" >/dev/null 2>&1
    tail -1 "$tf" | awk '{printf "%.2f %.0f\n", $1, $2/1024}'
  }
else
  # No GNU time: poll the process's high-water mark (VmHWM) in /proc.
  rss() {
    local t0 pid hwm=0 h
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      h=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$h" ] && [ "$h" -gt "$hwm" ] && hwm=$h
      sleep 0.05
    done
    wait "$pid"
    awk -v a="$t0" -v b="$(date +%s.%N)" -v m="$hwm" 'BEGIN{printf "%.2f %.0f\n", b-a, m/1024}'
  }
fi

row() { # docs stage threads seconds mb rss
  awk -v n="$1" -v st="$2" -v t="$3" -v s="$4" -v mb="$5" -v m="$6" \
    'BEGIN{if (s < 0.01) s = 0.01; printf "%-8s %-14s %-7s %9.2f %10.0f %9.1f %10s\n", n, st, t, s, n/s, mb/s, m}'
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (+ local changes)')"
echo "MB/s = MB of input files (the corpus) per second, for every stage."
printf '%-8s %-14s %-7s %9s %10s %9s %10s\n' docs stage threads seconds docs/s MB/s peakRSS_MB
# Real pages: the labelled corpora replicated (each copy in its own folder,
# urls.csv listing every copy) until the corpus holds REAL_MB of input.
REAL=${REAL-../shared/corpus/seeds ../shared/corpus/dev}
REAL_MB=${REAL_MB:-50}
real_dirs=""
for d in $REAL; do [ -d "$d" ] && real_dirs="$real_dirs $d"; done
if [ -n "$real_dirs" ]; then
  corpus="$WORK/real"
  if [ ! -e "$corpus/.complete" ]; then
    rm -rf "$corpus"; mkdir -p "$corpus"
    echo "path,url" > "$corpus/urls.csv"
    copy=0
    while :; do
      dest=$(printf '%s/copy%04d' "$corpus" "$copy")
      for d in $real_dirs; do
        name=$(basename "$d")
        mkdir -p "$dest/$name"
        find "$d" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -exec cp {} "$dest/$name/" \;
        if [ -f "$d/urls.csv" ]; then
          tail -n +2 "$d/urls.csv" | tr -d '\r' | sed "s|^|$(basename "$dest")/$name/|" >> "$corpus/urls.csv"
        fi
      done
      copy=$((copy + 1))
      mb=$(du -sb --exclude=urls.csv "$corpus" | awk '{print $1/1e6}')
      awk -v mb="$mb" -v want="$REAL_MB" 'BEGIN{exit !(mb >= want)}' && break
    done
    touch "$corpus/.complete"
  fi
  mb=$(du -sb --exclude=urls.csv --exclude=.complete "$corpus" | awk '{print $1/1e6}')
  n=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) | wc -l)
  find "$corpus" -type f -print0 | xargs -0 cat > /dev/null
  echo "# real pages: $n documents ($(printf '%.1f' "$mb") MB) = copies of$real_dirs, read into the page cache first"
  for t in 1 2; do
    out="$WORK/out-real-$t"
    read -r s m < <(rss "$BIN/normalize" --input "$corpus" --output "$out" --threads "$t")
    row "$n" "normalize real" "$t" "$s" "$mb" "$m"
    awk -v s="$s" -v n="$n" -v t="$t" 'BEGIN{printf "#   %.0f µs per document per thread\n", s * 1e6 * t / n}'
    rm -rf "$out"
  done
fi

# Real PDFs: the originals copied 20 times.
REAL_PDF=${REAL_PDF-../shared/corpus/originals}
if [ -n "$REAL_PDF" ] && ls "$REAL_PDF"/*.pdf >/dev/null 2>&1; then
  pdfs="$WORK/real-pdf"
  rm -rf "$pdfs" && mkdir -p "$pdfs"
  for copy in $(seq -w 1 20); do
    for f in "$REAL_PDF"/*.pdf; do cp "$f" "$pdfs/copy$copy-$(basename "$f")"; done
  done
  n=$(find "$pdfs" -name '*.pdf' | wc -l)
  mb=$(du -sb "$pdfs" | awk '{print $1/1e6}')
  read -r s m < <(rss "$BIN/normalize" --input "$pdfs" --output "$WORK/out-real-pdf" --threads 1)
  row "$n" "normalize real pdf" 1 "$s" "$mb" "$m"
  awk -v s="$s" -v n="$n" 'BEGIN{printf "#   %.1f ms per PDF (5-6 pages each)\n", s * 1e3 / n}'
  rm -rf "$pdfs" "$WORK/out-real-pdf"
fi

for n in $DOCS; do
  corpus="$WORK/corpus-$n"
  if [ ! -e "$corpus/.complete" ]; then
    rm -rf "$corpus"
    read -r s m < <(rss "$BIN/synth" --output "$corpus" --docs "$n" --seed 7)
    touch "$corpus/.complete"
    mb=$(du -sb --exclude=urls.csv --exclude=gold.jsonl --exclude=.complete "$corpus" | awk '{print $1/1e6}')
    row "$n" synth - "$s" "$mb" "$m"
  fi
  mb=$(du -sb --exclude=urls.csv --exclude=gold.jsonl --exclude=.complete "$corpus" | awk '{print $1/1e6}')
  # Same starting point for every run: the corpus read once into the page
  # cache when it fits in well under the memory available (otherwise every
  # run reads much of it from disk, and the first run more than the next).
  avail=$(awk '/MemAvailable/{print $2/1024}' /proc/meminfo)
  if awk -v mb="$mb" -v a="$avail" 'BEGIN{exit !(mb < 0.6 * a)}'; then
    find "$corpus" -type f -print0 | xargs -0 cat > /dev/null
    echo "# $n docs: corpus ($(printf '%.0f' "$mb") MB) read into the page cache first"
  else
    echo "# $n docs: corpus ($(printf '%.0f' "$mb") MB) larger than 60% of available memory: runs read from disk"
  fi
  for t in 1 2; do
    out="$WORK/out-$n-$t"
    total=0
    read -r s m < <(rss "$BIN/normalize" --input "$corpus" --output "$out" --threads "$t")
    row "$n" normalize "$t" "$s" "$mb" "$m"; total=$(awk -v a="$total" -v b="$s" 'BEGIN{print a+b}')
    read -r s m < <(RAYON_NUM_THREADS=$t rss "$BIN/write-parquet" --output "$out")
    row "$n" write-parquet "$t" "$s" "$mb" "$m"; total=$(awk -v a="$total" -v b="$s" 'BEGIN{print a+b}')
    read -r s m < <(POLARS_MAX_THREADS=$t rss "$BIN/aggregate" --output "$out")
    row "$n" aggregate "$t" "$s" "$mb" "$m"; total=$(awk -v a="$total" -v b="$s" 'BEGIN{print a+b}')
    row "$n" "all stages" "$t" "$total" "$mb" -
    rm -rf "$out"
  done
  # The corpus's Word and PDF documents alone (synth --docx-share,
  # --pdf-share), one thread.
  for ext in docx pdf; do
    attached="$WORK/$ext-$n"
    rm -rf "$attached" && mkdir -p "$attached"
    find "$corpus" -name "*.$ext" -exec cp -l -t "$attached/" {} + 2>/dev/null ||
      find "$corpus" -name "*.$ext" -exec cp -t "$attached/" {} +
    nd=$(find "$attached" -name "*.$ext" | wc -l)
    if [ "$nd" -gt 0 ]; then
      dmb=$(du -sb "$attached" | awk '{print $1/1e6}')
      read -r s m < <(rss "$BIN/normalize" --input "$attached" --output "$WORK/out-$ext-$n" --threads 1)
      row "$nd" "normalize $ext" 1 "$s" "$dmb" "$m"
    fi
    rm -rf "$attached" "$WORK/out-$ext-$n"
  done
  # Keep disk use to one corpus at a time unless the corpora are kept.
  if [ -z "${BENCH_DIR:-}" ]; then rm -rf "$corpus"; fi
done
