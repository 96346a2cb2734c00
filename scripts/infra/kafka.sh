#!/usr/bin/env bash
# A single-node Apache Kafka broker (KRaft: broker and controller in one JVM) without a container
# runtime: the broker's jars come from Maven Central (infra/kafka/pom.xml) into .cache/kafka/<version>.
#
#   kafka.sh up            fetch (once), format (once), start, wait until it answers
#   kafka.sh down          stop it (SIGTERM, then SIGKILL after KAFKA_STOP_TIMEOUT seconds); data kept
#   kafka.sh status        running or not, exit 0 when it answers
#   kafka.sh restart       down, then start (no fetch, no format)
#   kafka.sh stop-broker   same as down          (for tests that take the broker away)
#   kafka.sh start-broker  start an already set-up broker and wait for it
#   kafka.sh kill-broker   SIGKILL, as a crash would
#   kafka.sh reset         down, then delete its data (topics, offsets)
#   kafka.sh logs          the end of the broker log
#
# Environment (defaults): KAFKA_VERSION (4.4.0), KAFKA_HOST (127.0.0.1), KAFKA_PORT (9092),
# KAFKA_CONTROLLER_PORT (KAFKA_PORT + 1), KAFKA_HEAP_OPTS (-Xms256m -Xmx1g),
# KAFKA_START_TIMEOUT (90 s), KAFKA_STOP_TIMEOUT (30 s), KAFKA_CACHE (<repo>/.cache/kafka).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION="${KAFKA_VERSION:-4.4.0}"
HOST="${KAFKA_HOST:-127.0.0.1}"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((PORT + 1))}"
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx1g}"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
LOCK_TIMEOUT=$((START_TIMEOUT + STOP_TIMEOUT + 30))
CACHE="${KAFKA_CACHE:-$ROOT/.cache/kafka}"
LIB="$CACHE/$VERSION/lib"
RUN="$CACHE/$VERSION/run-$PORT"
DATA="$RUN/data"
LOGS="$RUN/logs"
PID_FILE="$RUN/kafka.pid"
CONFIG="$RUN/server.properties"

NAME=kafka
# shellcheck source=scripts/infra/lib.sh
source "$ROOT/scripts/infra/lib.sh"
describe() { echo "Kafka $VERSION"; }
where() { echo "logs in $LOGS"; }

require_java() {
  command -v java >/dev/null || fail "java not found: Kafka $VERSION needs Java 17 or newer (apt-get install openjdk-17-jre-headless)."
  local major
  major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [[ "${major%%.*}" -ge 17 ]] || fail "Java $major found: Kafka $VERSION needs Java 17 or newer."
}

fetch() {
  [[ -f "$LIB/.complete" ]] && return 0
  command -v mvn >/dev/null || fail "mvn not found: it fetches the broker from Maven Central (apt-get install maven)."
  say "fetching Apache Kafka $VERSION and its runtime jars from Maven Central into $LIB ..."
  rm -rf "$LIB"
  mkdir -p "$LIB"
  mvn -B -q -f "$ROOT/infra/kafka/pom.xml" -Dkafka.version="$VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIB" >"$CACHE/$VERSION/mvn.log" 2>&1 ||
    fail "mvn could not fetch Kafka $VERSION (is the version on Maven Central?): see $CACHE/$VERSION/mvn.log"$'\n'"$(tail -20 "$CACHE/$VERSION/mvn.log")"
  touch "$LIB/.complete"
}

# StorageTool moved from core (kafka.tools) to the tools module in later releases: use whichever ships.
storage_tool() {
  local classes
  classes="$(unzip -Z1 "$LIB/kafka_2.13-$VERSION.jar" 2>/dev/null || true)"
  if [[ "$classes" == *kafka/tools/StorageTool.class* ]]; then
    echo kafka.tools.StorageTool
  else
    echo org.apache.kafka.tools.StorageTool
  fi
}

java_cmd() {
  local heap
  read -r -a heap <<<"$HEAP_OPTS"
  JAVA_CMD=(java "${heap[@]}" -XX:+UseG1GC -Djava.awt.headless=true
    -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" -Dkafka.logs.dir="$LOGS"
    -cp "$LIB/*" "$@")
}

run_java() {
  java_cmd "$@"
  "${JAVA_CMD[@]}"
}

configure() {
  mkdir -p "$DATA" "$LOGS"
  sed -e "s|@HOST@|$HOST|g" -e "s|@PORT@|$PORT|g" -e "s|@CONTROLLER_PORT@|$CONTROLLER_PORT|g" \
    -e "s|@DATA_DIR@|$DATA|g" "$ROOT/infra/kafka/server.properties" >"$CONFIG"
}

format() {
  [[ -f "$DATA/meta.properties" ]] && return 0
  local tool cluster_id
  tool="$(storage_tool)"
  cluster_id="$(run_java "$tool" random-uuid 2>>"$LOGS/format.log")" ||
    fail "$tool random-uuid failed: see $LOGS/format.log"$'\n'"$(tail -20 "$LOGS/format.log")"
  cluster_id="${cluster_id##*$'\n'}"
  say "formatting KRaft storage in $DATA (cluster $cluster_id)"
  run_java "$tool" format -t "$cluster_id" -c "$CONFIG" >>"$LOGS/format.log" 2>&1 ||
    fail "formatting the storage failed: see $LOGS/format.log"$'\n'"$(tail -20 "$LOGS/format.log")"
}

# A metadata request that lists this broker and a controller: the broker serves clients.
answers() { (cd "$ROOT" && node --import tsx scripts/infra/kafkaReady.ts "$HOST" "$PORT" >/dev/null 2>&1); }

log_tail() { tail -n 30 "$LOGS/server.log" 2>/dev/null || tail -n 30 "$LOGS/stdout.log" 2>/dev/null || true; }

start() {
  if alive; then
    say "already running (pid $(pid)) on $HOST:$PORT"
    wait_until_ready
    return 0
  fi
  [[ -f "$LIB/.complete" && -f "$DATA/meta.properties" ]] || fail "not set up yet: run 'kafka.sh up' first."
  if port_open; then fail "$HOST:$PORT is taken by another process: stop it or set KAFKA_PORT."; fi
  configure
  java_cmd kafka.Kafka "$CONFIG"
  # setsid + nohup: the broker outlives the shell (pnpm, a test) that started it. Both exec, so $!
  # is the JVM's pid.
  # 9>&-: the broker must not inherit the lock, or it would hold it for its whole life.
  setsid nohup "${JAVA_CMD[@]}" >"$LOGS/stdout.log" 2>&1 </dev/null 9>&- &
  echo $! >"$PID_FILE"
  wait_until_ready
}

case "${1:-}" in
  up | down | stop-broker | kill-broker | start-broker | restart | reset) lock ;;
esac

case "${1:-}" in
  up)
    require_java
    fetch
    configure
    format
    start
    ;;
  down | stop-broker) stop TERM ;;
  kill-broker) stop KILL ;;
  start-broker) start ;;
  restart)
    stop TERM
    start
    ;;
  status) status ;;
  reset)
    stop TERM
    rm -rf "$RUN"
    say "deleted $RUN"
    ;;
  logs) log_tail ;;
  *)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]] || exit 2
    ;;
esac
