#!/usr/bin/env bash
# FerretDB (a MongoDB-wire server) on its SQLite backend, without a container runtime: built once
# from the Go module proxy into .cache/ferretdb/bin, data in .cache/ferretdb/data (one SQLite file
# per database).
#
#   ferretdb.sh up       build (once), start, wait until it answers a ping
#   ferretdb.sh down     stop it (SIGTERM, then SIGKILL after FERRETDB_STOP_TIMEOUT seconds); data kept
#   ferretdb.sh status   running or not, exit 0 when it answers
#   ferretdb.sh restart  down, then up
#   ferretdb.sh reset    down, then delete its data (every database)
#   ferretdb.sh logs     the end of its log
#
# Environment (defaults): FERRETDB_VERSION (v1.24.2), FERRETDB_HOST (127.0.0.1), FERRETDB_PORT
# (27017), FERRETDB_START_TIMEOUT (60 s), FERRETDB_STOP_TIMEOUT (15 s), FERRETDB_SQLITE_PRAGMAS
# (synchronous(normal)), FERRETDB_CACHE (<repo>/.cache/ferretdb). Clients: MONGODB_URL=mongodb://HOST:PORT/
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION="${FERRETDB_VERSION:-v1.24.2}"
HOST="${FERRETDB_HOST:-127.0.0.1}"
PORT="${FERRETDB_PORT:-27017}"
START_TIMEOUT="${FERRETDB_START_TIMEOUT:-60}"
STOP_TIMEOUT="${FERRETDB_STOP_TIMEOUT:-15}"
# WAL is FerretDB's default; synchronous(normal) skips the fsync per commit (a test server: a power
# cut may lose the last commits, never corrupt the file).
PRAGMAS="${FERRETDB_SQLITE_PRAGMAS:-synchronous(normal)}"
LOCK_TIMEOUT=$((START_TIMEOUT + STOP_TIMEOUT + 600))
CACHE="${FERRETDB_CACHE:-$ROOT/.cache/ferretdb}"
BIN="$CACHE/bin/ferretdb"
RUN="$CACHE/run-$PORT"
DATA="$CACHE/data"
[[ "$PORT" == 27017 ]] || DATA="$CACHE/data-$PORT"
LOG="$RUN/ferretdb.log"
PID_FILE="$RUN/ferretdb.pid"

say() { echo "ferretdb: $*" >&2; }
fail() {
  say "$*"
  exit 1
}

# `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` builds a binary that panics at start:
# the module zip lacks build/version/version.txt, which the release build generates (and the check
# only runs when FerretDB is the main module, as with go install). So: fetch the module through the
# Go module proxy (go mod download), copy it, write version.txt, and go build the same command.
build() {
  if [[ -x "$BIN" ]] && "$BIN" --version 2>/dev/null | grep -qx "version: $VERSION"; then return 0; fi
  command -v go >/dev/null || fail "go not found: FerretDB $VERSION is built from source (Go 1.22 or newer)."
  local module src="$CACHE/src-$VERSION"
  say "building FerretDB $VERSION into $CACHE/bin (a few minutes the first time) ..."
  mkdir -p "$CACHE/bin"
  {
    module="$(go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')" &&
      [[ -d "$module" ]] &&
      rm -rf "$src" && cp -r "$module" "$src" && chmod -R u+w "$src" &&
      echo "$VERSION" >"$src/build/version/version.txt" &&
      (cd "$src" && go build -trimpath -o "$BIN" ./cmd/ferretdb)
  } >"$CACHE/build.log" 2>&1 ||
    fail "building FerretDB failed (is the Go module proxy reachable?): see $CACHE/build.log"$'\n'"$(tail -20 "$CACHE/build.log")"
  "$BIN" --version | grep -qx "version: $VERSION" || fail "the built $BIN does not report version $VERSION"
}

pid() { [[ -f "$PID_FILE" ]] && cat "$PID_FILE"; }
alive() {
  local p
  p="$(pid)" && [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null
}
port_open() { (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; }
answers() { (cd "$ROOT" && node --import tsx scripts/infra/mongoReady.ts "$HOST" "$PORT" >/dev/null 2>&1); }

wait_until_ready() {
  local deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    alive || fail "FerretDB exited while starting; last lines of $LOG:"$'\n'"$(tail -n 20 "$LOG" 2>/dev/null)"
    if port_open && answers; then
      say "FerretDB $VERSION (SQLite) is up on $HOST:$PORT (pid $(pid)); data in $DATA, log $LOG"
      return 0
    fi
    sleep 0.3
  done
  fail "no answer on $HOST:$PORT after ${START_TIMEOUT}s (pid $(pid)); last lines of $LOG:"$'\n'"$(tail -n 20 "$LOG")"
}

start() {
  if alive; then
    say "already running (pid $(pid)) on $HOST:$PORT"
    wait_until_ready
    return 0
  fi
  [[ -x "$BIN" ]] || fail "not built yet: run 'ferretdb.sh up'."
  if port_open; then fail "$HOST:$PORT is taken by another process: stop it or set FERRETDB_PORT."; fi
  mkdir -p "$DATA" "$RUN"
  # --debug-addr=-: no metrics/pprof listener (its default port would clash between instances).
  # setsid + nohup: the server outlives the shell that started it; 9>&-: it must not hold the lock.
  setsid nohup "$BIN" --handler=sqlite --sqlite-url="file:$DATA/?_pragma=$PRAGMAS" \
    --listen-addr="$HOST:$PORT" --state-dir="$RUN" --debug-addr=- --telemetry=disable \
    --log-level=warn --log-format=json >"$LOG" 2>&1 </dev/null 9>&- &
  echo $! >"$PID_FILE"
  wait_until_ready
}

stop() {
  local p
  if ! alive; then
    rm -f "$PID_FILE"
    say "not running on $HOST:$PORT"
    return 0
  fi
  p="$(pid)"
  kill -TERM "$p"
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$p" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  if kill -0 "$p" 2>/dev/null; then
    say "still running after ${STOP_TIMEOUT}s: SIGKILL"
    kill -KILL "$p" 2>/dev/null || true
    while kill -0 "$p" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$PID_FILE"
  say "stopped (pid $p)"
}

status() {
  if alive && answers; then
    echo "FerretDB $VERSION running on $HOST:$PORT (pid $(pid)); data in $DATA, log $LOG"
  elif alive; then
    echo "FerretDB $VERSION process $(pid) is alive but $HOST:$PORT does not answer yet"
    return 1
  else
    echo "FerretDB $VERSION not running on $HOST:$PORT"
    return 1
  fi
}

lock() {
  mkdir -p "$RUN"
  exec 9>"$RUN/ferretdb.sh.lock"
  flock -w "$LOCK_TIMEOUT" 9 || fail "another ferretdb.sh has held $RUN/ferretdb.sh.lock for ${LOCK_TIMEOUT}s: is one stuck?"
}
case "${1:-}" in
  up | down | restart | reset) lock ;;
esac

case "${1:-}" in
  up)
    build
    start
    ;;
  down) stop ;;
  restart)
    stop
    build
    start
    ;;
  status) status ;;
  reset)
    stop
    rm -rf "$DATA"
    say "deleted $DATA"
    ;;
  logs) tail -n 30 "$LOG" 2>/dev/null || true ;;
  *)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]] || exit 2
    ;;
esac
