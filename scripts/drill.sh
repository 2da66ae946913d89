#!/usr/bin/env bash
# Runs one reliability drill of docs/reliability.md on this machine (loopback only, temporary folders; everything it
# starts is stopped again). Usage: scripts/drill.sh crash|knooppunt|failover|backup|alle [extra Maven arguments]
# Each drill builds the jar, runs as a failsafe test of the `drills` profile (not part of ./mvnw verify), prints its
# figures and writes them to target/drills/<naam>.md; it fails when a pass criterion is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
klasse() {
  case "$1" in
    crash) echo CrashDrill ;;
    knooppunt) echo KnooppuntDrill ;;
    failover) echo FailoverDrill ;;
    backup) echo BackupDrill ;;
    *) return 1 ;;
  esac
}
naam=${1:-}
if [ "$naam" = alle ]; then
  shift
  for n in crash knooppunt failover backup; do "$0" "$n" "$@"; done
  exit 0
fi
if ! k=$(klasse "$naam"); then
  echo "Gebruik: scripts/drill.sh crash|knooppunt|failover|backup|alle [Maven-argumenten]" >&2
  exit 2
fi
shift
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -ntp -Pdrills verify -Dit.test="$k" -Dspotless.check.skip=true -Djacoco.skip=true "$@"
echo "De cijfers staan in target/drills/$naam.md"
