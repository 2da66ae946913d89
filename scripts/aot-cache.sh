#!/usr/bin/env bash
# Faster start-up with the JDK's AOT cache (JEP 483/514, Java 25; issue 14, ADR-0035): unpacks the jar so that the
# application's own classes can be cached, makes one training start (the context starts and stops again,
# spring.context.exit=onRefresh, on a throw-away embedded PostgreSQL) and writes the cache beside the unpacked jar.
#
#   scripts/aot-cache.sh [jar, default target/schakel-0.1.0-SNAPSHOT.jar] [folder, default target/schakel-app]
#
# Then start Schakel from that folder with the same JVM options and the cache:
#   cd target/schakel-app && java -XX:+UseSerialGC -Xms64m -Xmx512m -Xss512k -XX:AOTCache=schakel.aot -jar schakel-0.1.0-SNAPSHOT.jar
# Make the cache again after every build (a cache made for another jar is ignored, with a warning) and with the same
# JVM options as the start that uses it.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/schakel-0.1.0-SNAPSHOT.jar}
dir=${2:-target/schakel-app}
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
opts=(-XX:+UseSerialGC -Xms64m -Xmx512m -Xss512k)
rm -rf "$dir"
"${bin}java" -Djarmode=tools -jar "$jar" extract --destination "$dir"
train=$(mktemp -d)
trap 'rm -rf "$train"' EXIT
(cd "$dir" && env -u SPRING_DATASOURCE_URL "${bin}java" "${opts[@]}" -XX:AOTCacheOutput=schakel.aot \
    -Dspring.context.exit=onRefresh -jar "$(basename "$jar")" \
    --schakel.database.embedded.data-dir="$train/pg" --schakel.demo.enabled=false --server.port=0 >"$train/train.log" 2>&1) \
  || { tail -20 "$train/train.log"; exit 1; }
echo "AOT cache: $dir/schakel.aot; start with: cd $dir && java ${opts[*]} -XX:AOTCache=schakel.aot -jar $(basename "$jar")"
