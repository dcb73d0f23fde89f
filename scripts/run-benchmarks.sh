#!/usr/bin/env bash
# Runs the JMH suite and the cold-start and CLI timings, and rewrites docs/benchmarks.md.
# Takes about 3 minutes on 2 cores. Benchmarks never run in CI. Usage: scripts/run-benchmarks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests -Djacoco.skip=true -pl cpts-benchmarks,cpts-cli -am package
cp="cpts-benchmarks/target/classes:cpts-benchmarks/target/lib/*"
out="$(mktemp -d)"
java -cp "$cp" org.openjdk.jmh.Main -rf json -rff "$out/jmh.json" "io.github.cptskit.benchmarks.*Benchmark" | tee "$out/jmh.txt"
for i in 1 2 3 4 5; do java -cp "$cp" io.github.cptskit.benchmarks.ColdStart; done | tee "$out/cold.txt"
java -cp "$cp" io.github.cptskit.benchmarks.PathwayCpuTime 1000000 6 | tee "$out/cpu.txt"
./cpts simulate --out "$out/sim" > /dev/null   # warm the launcher's build
for i in 1 2 3; do /usr/bin/env bash -c "TIMEFORMAT=%R; time ./cpts simulate --out $out/sim > /dev/null" 2>&1; done | tee "$out/cli.txt"
python3 - "$out" <<'PY'
import json, platform, subprocess, sys, os, datetime
out = sys.argv[1]
runs = json.load(open(os.path.join(out, "jmh.json")))
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
rows, scores = [], {}
for r in runs:
    name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
    m = r["primaryMetric"]
    scores[name] = m["score"]
    rows.append(f"| `{name}` | {r['mode']} | {m['score']:,.1f} ± {m['scoreError']:,.1f} | {m['scoreUnit']} |")
cold = [l for l in open(os.path.join(out, "cold.txt"))]
cli = [l.strip() for l in open(os.path.join(out, "cli.txt")) if l.strip()]
cpu = [l.strip() for l in open(os.path.join(out, "cpu.txt")) if l.startswith("round")]
fast, base = scores.get("AciBenchmark.fastPath", 0), scores.get("AciBenchmark.handMadeLongCents", 1)
naive, expl = scores.get("AciBenchmark.naiveMoneta", 1), scores.get("AciBenchmark.explained", 1)
ck, sl = scores.get("PathwayBenchmark.cptskit", 0), scores.get("PathwayBenchmark.stateless4j", 1)
sp, rp = scores.get("PathwayBenchmark.springStatemachine", 1), scores.get("PathwayBenchmark.replayMillionEvents", 0)
eq = scores.get("PathwayBenchmark.stateless4jEqualWork", 1)
load = [l.strip() for f in sorted(os.listdir("cpts-pathways-jdbc/target")) if f.startswith("store-load")
        for l in open(os.path.join("cpts-pathways-jdbc/target", f)) if l.strip()] if os.path.isdir("cpts-pathways-jdbc/target") else []
with open("docs/benchmarks.md", "w") as f:
    f.write(f"""# Benchmarks

Made by `scripts/run-benchmarks.sh` on {datetime.date.today()} — {cpu}, {os.cpu_count()} cores, {java}.
JMH 1.37, one fork, 3 warm-up and 5 measurement iterations of 2 s (single-shot for the simulation);
errors are JMH's 99.9 % intervals. Benchmarks do not run in CI.

| benchmark | mode | score | unit |
|---|---|---|---|
""" + "\n".join(rows) + f"""

## Against the targets
- One remuneration without explanation (fast path): **{fast/1e6:.1f} M/s** on one core (target ≥ 5 M/s),
  **{fast/base:.2f}×** the hand-made loop over `long` cents (target ≥ 0.5×), **{fast/naive:.0f}×** the careless
  all-Moneta version. With explanation and payment schedule: {expl/1e3:.0f} k/s.
- Simulation kernel, 679 CPTS × 10,000 draws on {os.cpu_count()} cores: see `SimulationBenchmark` above (target < 5 s).
- `./cpts simulate` (bundled portfolio, 10,000 draws, whole process including JVM start), seconds: {", ".join(cli)} (target < 10 s).
- Cold start (fresh JVM; registry load, then one remuneration with Moneta and the rules loaded;
  targets: registry < 100 ms, first remuneration < 400 ms from JVM start), five runs of
  `java -cp "cpts-benchmarks/target/classes:cpts-benchmarks/target/lib/*" io.github.cptskit.benchmarks.ColdStart`;
  wall-clock times, then the CPU time of the main thread (steadier on a shared machine) and of the
  whole process:

```
{"".join(cold).rstrip()}
```

## Pathways against their peers
The SNP pathway (P2) walked through its appointment branch, 7 transitions with data checked against
the event schema, routes and the guarded SNP majoration. Scores are transitions per second on one
thread, all from the same run:

- `cptskit`: `Engine.decide` of a `Command` from a fresh instance state: data checked, route, guards,
  the event numbered, given a version 7 UUID, stamped and signed, the next state taken from the
  `Decision`;
- `stateless4j` (2.6.0): a new `StateMachine` on a shared config, `fire`: the bare machine, no data,
  no check, no record;
- `stateless4jEqualWork`: stateless4j doing the same work: a parameterised trigger carrying the
  data, the same data checks written by hand, the same two guards on the majoration, and an event
  (type, instant, patient, data) appended to the instance's list per transition;
- `springStatemachine` (4.0.2): one machine reset to its initial state, `sendEvent` of a message,
  blocking on the reactive result.

- cptskit: **{ck/1e6:.1f} M transitions/s** (target ≥ 10 M/s: {"met" if ck >= 10e6 else "**not met**"});
  **{ck/eq:.2f}×** stateless4j doing the same work (target ≥ 1×: {"met" if ck >= eq else "**not met**"}),
  **{ck/sl:.2f}×** bare stateless4j,
  **{ck/sp:.0f}×** Spring Statemachine (target ≥ 20×: {"met" if ck >= 20 * sp else "**not met**"}).
- Replay of 1,000,006 events (142,858 instances rebuilt from their logs): **{rp:.0f} ms** (targets ≤ 200 ms,
  issue #6, and < 100 ms, issue #8: {"met" if rp < 100 else "**not met**"}).

Transitions per CPU-second of the benchmark process (`PathwayCpuTime`: thread, garbage collector and
compiler; the time of other processes on a shared machine does not count), rounds alternating the
variants:

```
{chr(10).join(cpu)}
```

A bare stateless4j `fire` is a map lookup and a field write on a mutable machine; it carries no
data, so it checks none, and records nothing. The equal-work variant is the fair comparison: what a
host writing an audited medical pathway on stateless4j would have to add.

## Event store (PostgreSQL, durable commits)
`StoreLoadTest` (cpts-pathways-jdbc) on the embedded PostgreSQL 14 with `fsync` and
`synchronous_commit` on, on the same machine as the test: each writer decides a command on the
state it last saw and appends it (one event, one transaction); a conflict reads the stream again.
Targets: ≥ 2,000 events/s, p99 < 20 ms.

```
{chr(10).join(load) if load else "(run: ./mvnw -pl cpts-pathways-jdbc -am verify -Dtest=StoreLoadTest -Dsurefire.failIfNoSpecifiedTests=false)"}
```
""")
print("wrote docs/benchmarks.md")
PY
