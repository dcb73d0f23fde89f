#!/usr/bin/env bash
# Shows that adding an optional attribute to an Immutables value type of cptskit is source- and
# binary-compatible (decision record 0002): builds cpts-core from HEAD (the stand-in baseline), builds it
# again with one more optional attribute on Cpts, and compares the two jars with japicmp 0.27.0,
# breaking on any binary- or source-incompatible change of the exported packages. As a control, the
# same check on a record that gains a component (LegalReference) must fail.
# Nothing is installed in ~/.m2: the jars are compared as files (scripts/api-evolution/pom.xml).
# Usage: scripts/check-api-evolution.sh   (needs the japicmp plugin once from Maven Central)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() { # $1: directory of a copy of the tree; prints the path of its cpts-core jar
  (cd "$1" && ./mvnw -B -o -q -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true package -pl cpts-core -am) >&2
  ls "$1"/cpts-core/target/cpts-core-*.jar | grep -v -e sources -e javadoc | head -1
}

compare() { # $1 old jar, $2 new jar, $3 label
  cp "$root/scripts/api-evolution/pom.xml" "$work/pom-$3.xml"
  if (cd "$work" && "$root/mvnw" -B -q -f "pom-$3.xml" japicmp:cmp -Dold.jar="$1" -Dnew.jar="$2") > "$work/$3.log" 2>&1; then
    echo "$3: compatible (japicmp: no binary- or source-incompatible change)"
    return 0
  else
    echo "$3: INCOMPATIBLE"
    grep -E "ERROR.*(Incompatib|incompatib)|METHOD_|CONSTRUCTOR_|CLASS_" "$work/$3.log" | head -5 || true
    return 1
  fi
}

git -C "$root" archive HEAD | (mkdir -p "$work/base" && tar -x -C "$work/base")
base_jar="$(build "$work/base")"
cp "$base_jar" "$work/base.jar"

# 1. Cpts gains an optional attribute (a @Value.Default method), as a later release would add one.
cp -r "$work/base" "$work/evolved"
python3 - "$work/evolved/cpts-core/src/main/java/io/github/cptskit/core/cpts/Cpts.java" <<'PY'
import sys
p = sys.argv[1]; s = open(p).read()
anchor = "    /**\n     * The territory of the projet de santé."
add = ('    /**\n     * The number of the ARS contract (an attribute added by a later release).\n     *\n'
       '     * @return the number, if known\n     */\n    @Value.Default\n'
       '    public Option<String> arsContractNumber() {\n        return Option.none();\n    }\n\n')
assert anchor in s
open(p, "w").write(s.replace(anchor, add + anchor, 1))
PY
rm -rf "$work"/evolved/*/target
cp "$(build "$work/evolved")" "$work/evolved.jar"
compare "$work/base.jar" "$work/evolved.jar" "Cpts+optional-attribute"
echo "  japicmp saw the new attribute:"
grep -h -i "arsContractNumber" "$work"/target/japicmp/*.diff | sed 's/^/    /' | head -6

# 2. Control: a record (LegalReference) gains a component: its canonical constructor changes.
cp -r "$work/base" "$work/record"
python3 - "$work/record/cpts-core/src/main/java/io/github/cptskit/core/law/LegalReference.java" <<'PY'
import sys
p = sys.argv[1]; s = open(p).read()
s = s.replace("Option<LocalDate> date, Option<String> url) {", "Option<LocalDate> date, Option<String> url, Option<String> eli) {", 1)
s = s.replace("return new LegalReference(text, article, Option.none(), Option.none());",
              "return new LegalReference(text, article, Option.none(), Option.none(), Option.none());")
s = s.replace("Option.of(Objects.requireNonNull(textDate)), url);", "Option.of(Objects.requireNonNull(textDate)), url, eli);")
s = s.replace("date, Option.of(Objects.requireNonNull(address)));", "date, Option.of(Objects.requireNonNull(address)), eli);")
open(p, "w").write(s)
PY
rm -rf "$work"/record/*/target
cp "$(build "$work/record")" "$work/record.jar"
if compare "$work/base.jar" "$work/record.jar" "LegalReference+record-component"; then
  echo "control failed: a record's new component should be incompatible" >&2
  exit 1
fi
echo "OK: the Immutables attribute is compatible, the record component is not (as expected)"
