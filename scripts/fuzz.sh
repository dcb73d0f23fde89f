#!/usr/bin/env bash
# Fuzzes the parsers of outside data with Jazzer (issue #8, docs/quality.md "Fuzzing and hostile input").
#
#   scripts/fuzz.sh [SECONDS] [FILTER]
#
# Runs each @FuzzTest in fuzzing mode (JAZZER_FUZZ=1) for SECONDS (default 60), one JVM per target;
# FILTER is a grep -E pattern on "module Class method" (default: every target), e.g. 'cptsJson|Tariff'.
# Extra Maven arguments go in MVN_ARGS (e.g. MVN_ARGS=-o offline). A finding stops its target and
# leaves crash-<sha1> in src/test/resources/<package>/<Class>Inputs/<method>/: fix the code, keep the
# file (it becomes a regression seed run by every `./mvnw verify`). The corpus Jazzer grows goes to
# <module>/.cifuzz-corpus/ (ignored by git). Exit status: the number of targets with a finding.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
filter="${2:-.}"
targets=(
  "cpts-core IdentifierFuzzTest rpps"
  "cpts-core IdentifierFuzzTest adeli"
  "cpts-core IdentifierFuzzTest idnps"
  "cpts-core IdentifierFuzzTest finess"
  "cpts-core IdentifierFuzzTest siren"
  "cpts-core IdentifierFuzzTest siret"
  "cpts-core IdentifierFuzzTest rna"
  "cpts-core IdentifierFuzzTest inseeCode"
  "cpts-core TerritoryFuzzTest lookups"
  "cpts-core TerritoryFuzzTest territory"
  "cpts-core AchievementFuzzTest parse"
  "cpts-aci TariffRulesFuzzTest ruleFile"
  "cpts-aci TariffRulesFuzzTest set"
  "cpts-cli UserFilesFuzzTest cptsJson"
  "cpts-cli UserFilesFuzzTest scenariosCsv"
  "cpts-cli UserFilesFuzzTest portfolioCsv"
  "cpts-pathways EventLogFuzzTest eventLog"
  "cpts-pathways EventLogFuzzTest commands"
  "cpts-fhir PsLibreAccesFuzzTest lines"
)
# shellcheck disable=SC2086
./mvnw -B -q ${MVN_ARGS:-} install -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true \
  -pl cpts-core,cpts-aci,cpts-pathways,cpts-fhir,cpts-cli -am || exit 100
failed=()
for t in "${targets[@]}"; do
  grep -qE -- "$filter" <<< "$t" || continue
  read -r module class method <<< "$t"
  echo "== $module $class#$method: ${seconds}s"
  # shellcheck disable=SC2086
  if ! JAZZER_FUZZ=1 ./mvnw -B -q ${MVN_ARGS:-} test -pl "$module" -Djacoco.skip=true \
      -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="${seconds}s" -Djazzer.instrument='io.github.cptskit.**' \
      -Djunit.jupiter.execution.timeout.mode=disabled -Djazzer.hooks=true \
      > "$module/target/fuzz-$class-$method.log" 2>&1; then
    failed+=("$t")
    echo "   FINDING: see $module/target/fuzz-$class-$method.log"
  fi
  grep -E '^Done [0-9]+ runs' "$module/target/fuzz-$class-$method.log" | sed 's/^/   /'
done
echo "${#failed[@]} target(s) with a finding${failed[*]:+: ${failed[*]}}"
exit "${#failed[@]}"
