#!/usr/bin/env bash
# Memory of a running Schakel over time (issue 14, ADR-0035): shows whether memory grows under load.
#
#   scripts/geheugen.sh <pid> [seconds between samples, default 60] [number of samples, default 60]
#
# Every sample forces a full garbage collection (jcmd GC.run), then prints one line:
#   time;rss_mb;heap_live_mb;heap_committed_mb;metaspace_mb;threads
# RSS is what the operating system counts for the process; heap_live is what is still in use after the collection.
# Start it next to a load test (docs/benchmarks.md, "Wat elk verzoek kost"): under a steady load heap_live and
# metaspace level off after the first minutes; a line that keeps rising is a leak. The pid is the Java process of
# Schakel (for ./mvnw spring-boot:run the child java process: pgrep -f 'nl.schakel.Application').
set -euo pipefail
pid=${1:?usage: scripts/geheugen.sh <pid> [seconds] [samples]}
interval=${2:-60}
samples=${3:-60}
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
echo "time;rss_mb;heap_live_mb;heap_committed_mb;metaspace_mb;threads"
for ((i = 0; i < samples; i++)); do
  "${bin}jcmd" "$pid" GC.run >/dev/null
  rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
  threads=$(awk '/^Threads/ {print $2}' "/proc/$pid/status")
  # jstat -gc: S0C S1C S0U S1U EC EU OC OU MC MU ... in KB, the same for every collector
  heap=$("${bin}jstat" -gc "$pid" | awk 'NR == 2 {printf "%d;%d;%d", ($3 + $4 + $6 + $8) / 1024, ($1 + $2 + $5 + $7) / 1024, $10 / 1024}')
  echo "$(date -u +%H:%M:%S);$rss;${heap%%;*};$(echo "$heap" | cut -d';' -f2);${heap##*;};$threads"
  if ((i + 1 < samples)); then sleep "$interval"; fi
done
