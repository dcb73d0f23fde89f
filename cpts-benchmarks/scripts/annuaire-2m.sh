#!/usr/bin/env bash
# The Annuaire import at scale, in a small heap (issues #25 and #27): a synthetic extraction of
# 2,000,000 activity lines with its savoir-faire and diplomas files (cpts members synthetic: five
# communes, so one commune selects about a fifth of the lines), imported by `cpts members import`
# with -Xmx128m and -Xmx64m, random (unsorted) and IDNPS-sorted. Prints, for each run, the exit code,
# the wall time, the peak resident set size (GNU time) and the counts the command printed.
#
# Usage (from the repository root, after ./mvnw -B -o -q -DskipTests -pl cpts-cli -am package):
#   [ORDERS="random sorted"] [CPTS_CLI_TARGET=a copy of cpts-cli/target] cpts-benchmarks/scripts/annuaire-2m.sh [LINES] [WORK_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lines="${1:-2000000}"
work="${2:-$(mktemp -d)}"
target="${CPTS_CLI_TARGET:-$root/cpts-cli/target}"  # a copy, to rebuild the CLI while this runs
cp="$target/cpts-cli-0.1.0-SNAPSHOT.jar:$target/lib/*"

mkdir -p "$work"
echo "lines=$lines work=$work cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
for order in ${ORDERS:-random sorted}; do
  flag=""; [ "$order" = sorted ] && flag="--sorted"
  java -cp "$cp" io.github.cptskit.cli.Main members synthetic "$lines" --seed 25 --bad-every 1000 $flag \
    --savoir-faire-out "$work/sf-$order.txt" --diplomas-out "$work/dp-$order.txt" > "$work/ps-$order.txt"
  echo "$order: $(wc -l < "$work/ps-$order.txt") activity lines ($(du -h "$work/ps-$order.txt" | cut -f1)),"\
       "$(wc -l < "$work/sf-$order.txt") savoir-faire, $(wc -l < "$work/dp-$order.txt") diploma lines"
  for heap in 128m 64m; do
    set +e
    /usr/bin/time -f "%e s, peak RSS %M kB" -o "$work/time.txt" \
      java -Xmx$heap -XX:+UseSerialGC -cp "$cp" io.github.cptskit.cli.Main members import "$work/ps-$order.txt" \
      --commune 01053 --savoir-faire "$work/sf-$order.txt" --diplomas "$work/dp-$order.txt" \
      --temp-dir "$work" --out "$work/members-$order-$heap.json" 2> "$work/err.txt"
    code=$?
    set -e
    echo "  -Xmx$heap $order: exit $code, $(cat "$work/time.txt"); $(grep -c ':[0-9]*:[0-9]*' "$work/err.txt") problem lines;"
    grep -v ':[0-9]*:[0-9]*' "$work/err.txt" | sed 's/^/    /'
    echo "    members.json: $(grep -c '"idnps"' "$work/members-$order-$heap.json") professionals,"\
         "$(grep -c '"SM' "$work/members-$order-$heap.json") specialties"
  done
done
