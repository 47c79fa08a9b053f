#!/usr/bin/env bash
# Generalisation probes over a gold corpus (default ../shared/corpus/dev):
# the same pages scored again with what the rules may lean on taken away.
#   no-url    urls.csv removed (no portal host, no address)
#   no-title  the title line(s) in the first 8 lines removed from .txt pages
#   traditional  every page written in traditional characters (the shipped
#             繁→简 table read backwards; needs python3)
#   joined    the lines of every .txt page run on into one, a space between
#             (a scrape that loses the line breaks: title, head fields and
#             text in one line)
# The gold stays as it is, so a probe scores below the corpus; what matters
# is that nothing turns wrong: hallucinated numbers and wrong (not null)
# region fields are printed. A diagnostic, not a test: nothing asserts.
#
#   BIN=target/release CORPUS=../shared/corpus/dev bash pipeline/scripts/eval_probes.sh
set -euo pipefail
BIN=${BIN:?path to release binaries}
CORPUS=${CORPUS:-../shared/corpus/dev}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

probe() { # name dir
  "$BIN/normalize" --input "$2" --output "$WORK/out-$1" > /dev/null
  "$BIN/eval" --output "$WORK/out-$1" --gold "$2/gold.jsonl" --name "$(basename "$CORPUS")/$1" --misses \
    | grep -E '^==|overall|recall|hallucinated|HALLUCINATED' || true
  echo "wrong (not null) region fields:"
  "$BIN/eval" --output "$WORK/out-$1" --gold "$2/gold.jsonl" --misses \
    | grep -E 'miss .* (province|prefecture|county|township): gold .* got "' || echo "  none"
}

mkdir -p "$WORK/no-url" "$WORK/no-title"
find "$CORPUS" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name gold.jsonl \) \
  -exec cp {} "$WORK/no-url/" \;
probe no-url "$WORK/no-url"

cp "$WORK/no-url/"* "$WORK/no-title/"
[ -f "$CORPUS/urls.csv" ] && cp "$CORPUS/urls.csv" "$WORK/no-title/"
for f in "$WORK/no-title/"*.txt; do
  awk 'NR <= 8 && /报告|報告/ && length($0) < 120 { next } { print }' "$f" > "$f.tmp" && mv "$f.tmp" "$f"
done
probe no-title "$WORK/no-title"

if command -v python3 > /dev/null; then
  mkdir -p "$WORK/traditional"
  cp "$WORK/no-url/gold.jsonl" "$WORK/traditional/"
  [ -f "$CORPUS/urls.csv" ] && cp "$CORPUS/urls.csv" "$WORK/traditional/"
  python3 - "$WORK/no-url" "$WORK/traditional" "$(dirname "$0")/../gongkai/data/t2s.txt" <<'PY'
import os, sys
src, dst, table = sys.argv[1:4]
to_trad = {}
for line in open(table, encoding="utf-8"):
    parts = line.split()
    if line.startswith("#") or len(parts) < 2:
        continue
    to_trad.setdefault(parts[1], parts[0])
for name in os.listdir(src):
    if name.endswith((".txt", ".html", ".htm")):
        text = open(os.path.join(src, name), encoding="utf-8").read()
        out = "".join(to_trad.get(c, c) for c in text)
        open(os.path.join(dst, name), "w", encoding="utf-8").write(out)
PY
  probe traditional "$WORK/traditional"
fi

mkdir -p "$WORK/joined"
cp "$WORK/no-title/urls.csv" "$WORK/joined/" 2>/dev/null || true
for f in "$WORK/no-url/"*; do
  case "$f" in
    *.txt) tr -s '\r\n' '  ' < "$f" > "$WORK/joined/$(basename "$f")" ;;
    *) cp "$f" "$WORK/joined/" ;;
  esac
done
probe joined "$WORK/joined"
