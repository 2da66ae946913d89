#!/usr/bin/env bash
# Makes kwetsbaarheden/advisories.osv.json anew from OSV's full exports of the Maven and npm ecosystems (ADR-0043).
# Needs a machine that reaches osv-vulnerabilities.storage.googleapis.com; the build machines of this project do not,
# so the snapshot is made elsewhere and committed. Then `./mvnw verify` (VulnerabilityCheckTests) checks the SBOM against it.
# Usage: scripts/kwetsbaarheden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
map=$(mktemp -d)
trap 'rm -rf "$map"' EXIT
for eco in Maven npm; do
  if ! curl -fsSL --max-time 600 -o "$map/$eco-all.zip" "https://osv-vulnerabilities.storage.googleapis.com/$eco/all.zip"; then
    echo "OSV is hier niet bereikbaar ($eco/all.zip). Maak de momentopname op een machine met internet." >&2
    exit 1
  fi
done
./mvnw -B -ntp -q test-compile    # also writes the SBOM (target/classes/META-INF/sbom/application.cdx.json)
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$map/cp.txt"
"$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat "$map/cp.txt")" nl.schakel.vulnerabilities.AdvisorySnapshotRefresh \
  target/classes/META-INF/sbom/application.cdx.json kwetsbaarheden/advisories.osv.json "$map/Maven-all.zip" "$map/npm-all.zip"
echo "Controleer nu: ./mvnw -B -ntp verify -Dtest=VulnerabilityCheckTests -DskipITs"
