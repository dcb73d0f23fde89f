#!/usr/bin/env bash
# Checks that the release profile produces a complete Central bundle, signed with a throwaway key.
# Not part of the test command (it needs gpg). Usage: scripts/check-release.sh   (from a clean clone)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A release version: the Central plugin bundles releases only (snapshots are merely staged).
v="${RELEASE_CHECK_VERSION:-0.1.0}"
git clone -q "$repo" "$work/src"
cd "$work/src"
find . -name pom.xml -not -path './it/*' -exec sed -i "s/0\.1\.0-SNAPSHOT/$v/" {} +
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key 'cptskit release check <release-check@invalid>' ed25519 sign 1d
# The central plugin needs a <server id="central"> even when it does not upload.
cat > "$work/settings.xml" <<'XML'
<settings><servers><server><id>central</id><username>none</username><password>none</password></server></servers></settings>
XML
./mvnw -B -ntp -s "$work/settings.xml" -Prelease -DskipUpload=true -DskipTests -DskipITs -Dinvoker.skip=true -Djacoco.skip=true \
  -Dmaven.repo.local="${RELEASE_CHECK_REPO:-$HOME/.m2/repository}" deploy
bundle=cpts-bom/target/central-publishing/central-bundle.zip  # the reactor's first module holds it
listing="$(unzip -Z1 "$bundle" | sort)"
echo "$listing"
status=0
for m in cpts-core cpts-aci cpts-pathways cpts-pathways-jdbc cpts-fhir cpts-json cpts-spring-boot-starter; do
  for f in "$m-$v.jar" "$m-$v-sources.jar" "$m-$v-javadoc.jar" "$m-$v.pom" "$m-$v-cyclonedx.json" "$m-$v-cyclonedx.xml"; do
    for ext in "" .asc; do
      grep -q "io/github/cptskit/$m/$v/$f$ext\$" <<<"$listing" || { echo "MISSING $m/$f$ext"; status=1; }
    done
  done
done
for m in cpts-parent cpts-bom; do
  grep -q "io/github/cptskit/$m/$v/$m-$v.pom.asc\$" <<<"$listing" || { echo "MISSING $m pom"; status=1; }
done
if grep -qE "cpts-(cli|benchmarks|it|api-rules|example-backend)/" <<<"$listing"; then echo "UNEXPECTED cpts-cli, cpts-benchmarks, cpts-it, cpts-api-rules or cpts-example-backend in the bundle"; status=1; fi
[ $status -eq 0 ] && echo "release check: bundle complete"
exit $status
