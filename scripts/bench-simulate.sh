#!/usr/bin/env bash
# Times `./cpts simulate` as a user runs it, whole process (JVM start included), and the table of
# issue #23: draws × portfolio size, with wall-clock time, CPU time (user + system, which a shared
# machine inflates less) and peak Java heap (the largest heap in use before a collection, from the GC
# log). Portfolios ×4 and ×10 replicate the bundled SYNTHETIC one with new ids (SYN-0001-r2, …).
#
#   scripts/bench-simulate.sh runs [N]          # N whole-process runs of ./cpts simulate (default 5)
#   scripts/bench-simulate.sh table DRAWS... -- COPIES...   # e.g. table 1000 10000 -- 1 4 10
#
# Environment: HEAP (default 1g) is the -Xmx of every run; OUT (default a temporary folder).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
heap="${HEAP:-1g}"
bundled="$root/cpts-aci/src/main/resources/io/github/cptskit/aci/simulation/default-portfolio.csv"

# One run: prints "wall_s cpu_s peak_heap_MB exit".
run() {
  local log="$out/gc.log"
  rm -f "$log"
  local t0 t1 status=0
  t0=$(date +%s.%N)
  CPTS_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$log" /usr/bin/time -f "%U %S" -o "$out/time.txt" \
    "$root/cpts" simulate "$@" --out "$out/result" > "$out/stdout.txt" 2> "$out/stderr.txt" || status=$?
  t1=$(date +%s.%N)
  local cpu peak
  cpu=$(awk '{printf "%.2f", $1 + $2}' "$out/time.txt")
  # "GC(3) Pause Young (Allocation Failure) 300M->12M(1024M)": the heap in use before each collection.
  peak=$(grep -oE '[0-9]+M->[0-9]+M' "$log" 2>/dev/null | awk -F'M->' '{ if ($1 + 0 > m) m = $1 + 0 } END { print m + 0 }')
  printf '%.2f %s %s %s\n' "$(echo "$t1 - $t0" | bc)" "$cpu" "$peak" "$status"
}

# A portfolio of COPIES times the bundled one, each copy with new ids.
portfolio() {
  local copies=$1 file="$out/portfolio-x$1.csv"
  if [ "$copies" = 1 ]; then echo "$bundled"; return; fi
  {
    grep '^#' "$bundled"
    grep '^id,' "$bundled"
    for c in $(seq 1 "$copies"); do
      grep -v '^#' "$bundled" | grep -v '^id,' | if [ "$c" = 1 ]; then cat; else sed "s/^\([^,]*\),/\1-r$c,/"; fi
    done
  } > "$file"
  echo "$file"
}

"$root/cpts" --version > /dev/null 2>&1 || true # builds the command line once, outside the timings
case "${1:-runs}" in
  runs)
    n="${2:-5}"
    echo "run wall_s cpu_s peak_heap_MB exit (./cpts simulate, bundled portfolio, 10,000 draws; load: $(cut -d' ' -f1-3 /proc/loadavg))"
    for i in $(seq 1 "$n"); do echo "$i $(run)"; done
    ;;
  table)
    shift
    draws=()
    while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do draws+=("$1"); shift; done
    shift || true
    echo "copies draws wall_s cpu_s peak_heap_MB exit load"
    for copies in "$@"; do
      p=$(portfolio "$copies")
      for d in "${draws[@]}"; do
        echo "x$copies $d $(run "$p" --draws "$d") $(cut -d' ' -f1 /proc/loadavg)"
      done
    done
    ;;
  *) echo "usage: $0 runs [N] | table DRAWS... -- COPIES..." >&2; exit 2 ;;
esac
