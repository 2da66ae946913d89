#!/bin/sh
# Builds the national data set (issue 14, ADR-0037) into a persistent embedded-PostgreSQL folder, see docs/benchmarks.md
# "De nationale dataset". Usage: scripts/nationaal.sh [schaal] [map] [seed]; defaults 1.0, /tmp/schakel-nationaal, 20261205.
# Then run Schakel on it:
#   ./mvnw spring-boot:run -Dspring-boot.run.arguments=--schakel.database.embedded.data-dir=<map>/pg
set -eu
cd "$(dirname "$0")/.."
schaal="${1:-1.0}"
map="${2:-/tmp/schakel-nationaal}"
seed="${3:-20261205}"
exec ./mvnw -B -ntp -o test -Dtest=NationaleDatasetBouw -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true -Djacoco.skip=true \
    -Dnationaal.schaal="$schaal" -Dnationaal.map="$map" -Dnationaal.seed="$seed" \
    -DargLine="-XX:+EnableDynamicAgentLoading -Xmx3g"
