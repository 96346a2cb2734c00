#!/usr/bin/env bash
# FerretDB (a MongoDB-wire server) on its SQLite backend, without a container runtime: built once
# from the Go module proxy into .cache/ferretdb/bin (its `_id` lookup aligned with its `_id` index,
# see build), data in .cache/ferretdb/data (one SQLite file per database).
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

NAME=ferretdb
# shellcheck source=scripts/infra/lib.sh
source "$ROOT/scripts/infra/lib.sh"
describe() { echo "FerretDB $VERSION (SQLite)"; }
where() { echo "data in $DATA, log $LOG"; }

# `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` builds a binary that panics at start:
# the module zip lacks build/version/version.txt, which the release build generates (and the check
# only runs when FerretDB is the main module, as with go install). So: fetch the module through the
# Go module proxy (go mod download), copy it, write version.txt, and go build the same command.
#
# One line of the source is aligned before the build (ID_INDEX_FIX): the SQLite backend finds a
# document by `_id` with the expression _ferretdb_sjson->'$._id' while the collection's unique `_id`
# index is on _ferretdb_sjson->"_id"; SQLite matches index expressions by their text, so every find
# and update by `_id` scanned the whole table (1,000 replaces in a 20,000-document collection: 113 s;
# aligned: 0.7 s). The fix writes the lookup as ->'_id', the index's expression: same value, and the
# stand-in then finds by `_id` through an index as MongoDB does.
ID_INDEX_FIX="id-index-1"
ID_LOOKUP_FILE="internal/backends/sqlite/metadata/metadata.go"
ID_LOOKUP_UPSTREAM="IDColumn = DefaultColumn + \"->'\$._id'\""
ID_LOOKUP_ALIGNED="IDColumn = DefaultColumn + \"->'_id'\""

align_id_lookup() {
  local file="$1/$ID_LOOKUP_FILE"
  grep -qF "$ID_LOOKUP_UPSTREAM" "$file" || {
    echo "the _id lookup of FerretDB $VERSION is not the one this script aligns (${ID_LOOKUP_FILE}): review ID_INDEX_FIX"
    return 1
  }
  sed -i "s|$ID_LOOKUP_UPSTREAM|$ID_LOOKUP_ALIGNED|" "$file"
}

# The whole output read before matching: `--version | grep -q` under pipefail failed at random, when
# grep exited at the first line and the binary, still writing, died of SIGPIPE.
reports_version() { grep -qx "version: $VERSION" <<<"$("$BIN" --version 2>/dev/null)"; }

build() {
  local stamp="$CACHE/bin/ferretdb.build"
  if [[ -x "$BIN" ]] && [[ "$(cat "$stamp" 2>/dev/null)" == "$VERSION $ID_INDEX_FIX" ]] &&
    reports_version; then return 0; fi
  command -v go >/dev/null || fail "go not found: FerretDB $VERSION is built from source (Go 1.22 or newer)."
  local module src="$CACHE/src-$VERSION"
  say "building FerretDB $VERSION into $CACHE/bin (a few minutes the first time) ..."
  mkdir -p "$CACHE/bin"
  {
    module="$(go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')" &&
      [[ -d "$module" ]] &&
      rm -rf "$src" && cp -r "$module" "$src" && chmod -R u+w "$src" &&
      echo "$VERSION" >"$src/build/version/version.txt" &&
      align_id_lookup "$src" &&
      (cd "$src" && go build -trimpath -o "$BIN" ./cmd/ferretdb)
  } >"$CACHE/build.log" 2>&1 ||
    fail "building FerretDB failed (is the Go module proxy reachable?): see $CACHE/build.log"$'\n'"$(tail -20 "$CACHE/build.log")"
  reports_version || fail "the built $BIN does not report version $VERSION"
  echo "$VERSION $ID_INDEX_FIX" >"$stamp"
}

answers() { (cd "$ROOT" && node --import tsx scripts/infra/mongoReady.ts "$HOST" "$PORT" >/dev/null 2>&1); }

log_tail() { tail -n 30 "$LOG" 2>/dev/null || true; }

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
  logs) log_tail ;;
  *)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]] || exit 2
    ;;
esac
