#!/usr/bin/env bash
# Federatie op één machine: three Schakel instances that talk to each other over mutual TLS, as the field is
# organised (README, "Federatie op één machine").
#
#   scripts/federatie.sh start    make the certificates (once) and start the three instances in the background
#   scripts/federatie.sh status   which instances run, and whether they are ready
#   scripts/federatie.sh stop     stop them (SIGTERM: they finish running work and stop their PostgreSQL)
#   scripts/federatie.sh clean    stop them and remove ./federatie (certificates, databases, logs)
#
# What runs where (all on 127.0.0.1; the federation ports speak only mutual TLS):
#
#   instance   serves (schakel.instantie.rollen)        app    management  federation  OIN
#   school     ORGANISATIES: the school, GP, childcare  8081   18081       9441        00000009999999990001
#   noord      REGIOS: Veilig Thuis Demo-Noord          8082   18082       9442        00000009999999990002
#   register   REGISTER + REGIOS: Veilig Thuis Demo-Zuid 8083  18083       9443        00000009999999990003
#
# Everything lives in ./federatie (git-ignored): pki/ (a CA made here with the JDK's keytool, one PKCS12 keystore per
# instance with its OIN as the certificate subject's SERIALNUMBER, as PKIoverheid and Digikoppeling do, and the
# truststore holding the CA; their password in pki/wachtwoord, given to the instances as environment variables),
# data/<instance> (each instance's own embedded PostgreSQL), <instance>.properties (its settings, read with
# spring.config.additional-location), logs/<instance>.log and run/<instance>.pid.
#
# Needs a JDK 25 (JAVA_HOME, or java and keytool on the PATH) and the jar: the script runs
# `./mvnw -q -DskipTests package` once when target/schakel-*.jar is missing. JAVA_OPTS overrides the JVM options of
# the instances (default -Xmx512m). The demo tenants have fixed ids (demo.DemoTenants), the same in every instance.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
FED="$ROOT/federatie"
PKI="$FED/pki"
INSTANCES=(school noord register)
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}

if [ -n "${JAVA_HOME:-}" ]; then
  JAVA="$JAVA_HOME/bin/java"
  KEYTOOL="$JAVA_HOME/bin/keytool"
else
  JAVA=java
  KEYTOOL=keytool
fi

# --- the parties --------------------------------------------------------------------------------------------------

OIN_PREFIX=000000099999999900
declare -A OIN=([school]=${OIN_PREFIX}01 [noord]=${OIN_PREFIX}02 [register]=${OIN_PREFIX}03)
declare -A APP_PORT=([school]=8081 [noord]=8082 [register]=8083)
declare -A FED_PORT=([school]=9441 [noord]=9442 [register]=9443)
declare -A NAAM=([school]="Schakel organisaties (demo)" [noord]="Veilig Thuis Demo-Noord" \
  [register]="VT-register en Veilig Thuis Demo-Zuid")
declare -A ROLLEN=([school]=ORGANISATIES [noord]=REGIOS [register]=REGISTER,REGIOS)
declare -A DEMO_REGIOS=([school]="" [noord]="Veilig Thuis Demo-Noord" [register]="Veilig Thuis Demo-Zuid")

# The fixed id of a demo tenant: UUID.nameUUIDFromBytes("schakel-demo/" + name), a version 3 UUID of the MD5.
demo_id() {
  local h
  h=$(printf '%s' "schakel-demo/$1" | md5sum | cut -c1-32)
  local variant=$(((0x${h:16:1} & 0x3) | 0x8))
  printf '%s-%s-3%s-%x%s-%s\n' "${h:0:8}" "${h:8:4}" "${h:13:3}" "$variant" "${h:17:3}" "${h:20:12}"
}

SCHOOL_IDS="$(demo_id "Basisschool De Schakel"),$(demo_id "Huisartsenpraktijk Het Plein"),$(demo_id "Kinderopvang Het Nest")"
NOORD_ID=$(demo_id "Veilig Thuis Demo-Noord")
ZUID_ID=$(demo_id "Veilig Thuis Demo-Zuid")

# How instance $2 appears in the settings of another instance, as schakel.federatie.partijen[$1].
partij() {
  local i=$1 name=$2 p="schakel.federatie.partijen[$1]"
  echo "$p.oin=${OIN[$name]}"
  echo "$p.naam=${NAAM[$name]}"
  echo "$p.url=https://127.0.0.1:${FED_PORT[$name]}"
  case $name in
    school) echo "$p.organisaties=$SCHOOL_IDS" ;;
    noord)
      echo "$p.regios[0].id=$NOORD_ID"
      echo "$p.regios[0].naam=Veilig Thuis Demo-Noord"
      ;;
    register)
      echo "$p.regios[0].id=$ZUID_ID"
      echo "$p.regios[0].naam=Veilig Thuis Demo-Zuid"
      echo "$p.register=true"
      ;;
  esac
}

# --- certificates -------------------------------------------------------------------------------------------------

password() { cat "$PKI/wachtwoord"; }

make_pki() {
  if [ -f "$PKI/truststore.p12" ]; then
    return
  fi
  echo "Making a CA and the certificates of the three instances in $PKI"
  rm -rf "$PKI"
  mkdir -p "$PKI"
  chmod 700 "$PKI"
  (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$PKI/wachtwoord")
  local pw
  pw=$(password)
  "$KEYTOOL" -genkeypair -alias ca -keyalg RSA -keysize 3072 -validity 825 -storetype PKCS12 \
    -keystore "$PKI/ca.p12" -storepass "$pw" -dname "CN=Schakel federatie demo-CA, O=Schakel demo, C=NL" \
    -ext bc:c=ca:true -ext ku:c=keyCertSign,cRLSign
  "$KEYTOOL" -exportcert -rfc -alias ca -keystore "$PKI/ca.p12" -storepass "$pw" -file "$PKI/ca.crt"
  "$KEYTOOL" -importcert -noprompt -alias ca -file "$PKI/ca.crt" -storetype PKCS12 \
    -keystore "$PKI/truststore.p12.tmp" -storepass "$pw"
  for name in "${INSTANCES[@]}"; do
    local ks="$PKI/$name.p12"
    "$KEYTOOL" -genkeypair -alias "$name" -keyalg RSA -keysize 2048 -validity 365 -storetype PKCS12 \
      -keystore "$ks" -storepass "$pw" \
      -dname "CN=${NAAM[$name]}, SERIALNUMBER=${OIN[$name]}, O=Schakel demo, C=NL"
    "$KEYTOOL" -certreq -alias "$name" -keystore "$ks" -storepass "$pw" -file "$PKI/$name.csr"
    "$KEYTOOL" -gencert -rfc -alias ca -keystore "$PKI/ca.p12" -storepass "$pw" -validity 365 \
      -infile "$PKI/$name.csr" -outfile "$PKI/$name.crt" \
      -ext san=ip:127.0.0.1,dns:localhost -ext eku=serverAuth,clientAuth -ext ku:c=digitalSignature,keyEncipherment
    "$KEYTOOL" -importcert -noprompt -alias ca -file "$PKI/ca.crt" -keystore "$ks" -storepass "$pw"
    "$KEYTOOL" -importcert -noprompt -alias "$name" -file "$PKI/$name.crt" -keystore "$ks" -storepass "$pw"
    "$KEYTOOL" -delete -alias ca -keystore "$ks" -storepass "$pw"
    rm -f "$PKI/$name.csr"
  done
  # the truststore last: its presence marks a complete set
  mv "$PKI/truststore.p12.tmp" "$PKI/truststore.p12"
}

# --- settings -----------------------------------------------------------------------------------------------------

write_settings() {
  local name=$1 file="$FED/$1.properties" i=0
  (
    umask 077
    {
      echo "# Settings of the instance '$name', written by scripts/federatie.sh"
      echo "server.port=${APP_PORT[$name]}"
      echo "management.server.port=$((APP_PORT[$name] + 10000))"
      # one browser keeps a session per instance (cookies do not tell ports apart)
      echo "server.servlet.session.cookie.name=__Host-SCHAKEL-${APP_PORT[$name]}"
      echo "schakel.database.embedded.data-dir=$FED/data/$name"
      echo "schakel.instantie.rollen=${ROLLEN[$name]}"
      echo "schakel.demo.regios=${DEMO_REGIOS[$name]}"
      echo "schakel.federatie.enabled=true"
      echo "schakel.federatie.oin=${OIN[$name]}"
      echo "schakel.federatie.adres=127.0.0.1"
      echo "schakel.federatie.poort=${FED_PORT[$name]}"
      echo "schakel.federatie.keystore=$PKI/$name.p12"
      echo "schakel.federatie.truststore=$PKI/truststore.p12"
      for other in "${INSTANCES[@]}"; do
        if [ "$other" != "$name" ]; then
          partij "$i" "$other"
          i=$((i + 1))
        fi
      done
    } >"$file"
  )
}

# --- processes ----------------------------------------------------------------------------------------------------

jar() {
  { ls "$ROOT"/target/schakel-*.jar 2>/dev/null || true; } | grep -v -- '-plain\.jar$' | head -1 || true
}

pid_of() {
  local file="$FED/run/$1.pid" pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  # only our own process: alive, and a java running the Schakel jar with this instance's settings
  if kill -0 "$pid" 2>/dev/null && ps -p "$pid" -o args= | grep -q -- "$FED/$1.properties"; then
    echo "$pid"
  else
    return 1
  fi
}

# Whether the instance answers 200 on /readyz (with curl, or with bash's /dev/tcp where curl is missing).
ready() {
  local port=${APP_PORT[$1]} line
  if command -v curl >/dev/null; then
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/readyz" || true)" = 200 ]
    return
  fi
  exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null || return 1
  printf 'GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
  read -r -t 2 line <&3 || true
  exec 3<&-
  [[ "$line" == "HTTP/1.1 200"* ]]
}

start() {
  local jarfile
  jarfile=$(jar)
  if [ -z "$jarfile" ]; then
    echo "No target/schakel-*.jar: building it once (./mvnw -q -DskipTests package)"
    ./mvnw -q -DskipTests package
    jarfile=$(jar)
  fi
  make_pki
  mkdir -p "$FED/data" "$FED/logs" "$FED/run"
  for name in "${INSTANCES[@]}"; do
    if pid=$(pid_of "$name"); then
      echo "$name already runs (pid $pid)"
      continue
    fi
    write_settings "$name"
    # the passwords as environment variables, not in the settings file
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    SCHAKEL_FEDERATIE_KEYSTOREWACHTWOORD=$(password) SCHAKEL_FEDERATIE_TRUSTSTOREWACHTWOORD=$(password) \
      nohup "$JAVA" $JAVA_OPTS -jar "$jarfile" --spring.config.additional-location="file:$FED/$name.properties" \
      >"$FED/logs/$name.log" 2>&1 </dev/null &
    echo $! >"$FED/run/$name.pid"
    echo "$name started (pid $!), log in federatie/logs/$name.log"
  done
  echo "Waiting until all three are ready (at most 4 minutes)..."
  local until=$((SECONDS + 240))
  while [ $SECONDS -lt $until ]; do
    local all=1
    for name in "${INSTANCES[@]}"; do
      if ! pid_of "$name" >/dev/null; then
        echo "$name stopped while starting; the end of its log:" >&2
        tail -n 40 "$FED/logs/$name.log" >&2
        exit 1
      fi
      ready "$name" || all=0
    done
    if [ $all = 1 ]; then
      status
      cat <<EOF

Log in with the demo password of the README (Demo-wachtwoord-2026!, the second factor from the demo secret):
  http://localhost:8081  the school:     leerkracht, af-school, beheer-school, privacy-school, huisarts, pm-kinderopvang
  http://localhost:8082  Demo-Noord:     vt-noord, gw-noord, tl-noord
  http://localhost:8083  register, Zuid: vt-zuid, gw-zuid
  platform logs in on each of them.
EOF
      return
    fi
    sleep 2
  done
  echo "Not all instances were ready within 4 minutes; see federatie/logs" >&2
  exit 1
}

status() {
  for name in "${INSTANCES[@]}"; do
    local state
    if pid=$(pid_of "$name"); then
      if ready "$name"; then state="ready (pid $pid)"; else state="starting (pid $pid)"; fi
    else
      state="not running"
    fi
    printf '%-9s %-58s http://localhost:%s  federation https://127.0.0.1:%s  %s\n' \
      "$name" "${ROLLEN[$name]} (${NAAM[$name]})" "${APP_PORT[$name]}" "${FED_PORT[$name]}" "$state"
  done
}

stop() {
  for name in "${INSTANCES[@]}"; do
    if pid=$(pid_of "$name"); then
      kill -TERM "$pid"
      for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
      done
      if kill -0 "$pid" 2>/dev/null; then
        echo "$name (pid $pid) did not stop within 15 s" >&2
      else
        echo "$name stopped"
      fi
    fi
    rm -f "$FED/run/$name.pid"
  done
}

case "${1:-}" in
  start) start ;;
  status) status ;;
  stop) stop ;;
  clean)
    stop
    rm -rf "$FED"
    echo "Removed ./federatie"
    ;;
  *)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
