#!/usr/bin/env bash
# Fuzzes every fuzz target of Schakel on its own, longer than CI does (docs/reliability.md, ADR-0041).
# Usage: scripts/fuzz.sh [seconds per target, default 60] [class name pattern, default *FuzzTests] [Maven arguments]
#   scripts/fuzz.sh              # every *FuzzTests class for 60 s, each in a JVM of its own (Jazzer fuzzes one per JVM)
#   scripts/fuzz.sh 600 ApiBodiesFuzzTests
# A finding stops that target and is written as crash-<hash> into its Inputs folder under src/test/resources
# (nl/schakel/.../<Class>Inputs/<method>/): fix the code, keep the file, and every build replays it from then on.
# The inputs that reached new code are kept in .cifuzz-corpus/ (not in git) and used again by the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
pattern=${2:-*FuzzTests}
shift $(( $# > 2 ? 2 : $# ))
case "$seconds" in
  ''|*[!0-9]*) echo "Gebruik: scripts/fuzz.sh [seconden per doel] [klassenpatroon] [Maven-argumenten]" >&2; exit 2 ;;
esac
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -ntp -Pfuzz test-compile surefire:test@fuzz \
  -Dfuzz.duur="${seconds}s" -Dfuzz.include="**/${pattern}.java" -Dfuzz.exclude='**/AlleDoelenFuzzTests.java' \
  -Dspotless.check.skip=true -Djacoco.skip=true "$@"
