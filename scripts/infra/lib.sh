# shellcheck shell=bash
# What kafka.sh and ferretdb.sh share: a server started in the background on HOST:PORT and known by
# its pid file. The sourcing script sets NAME (its log prefix), HOST, PORT, RUN, PID_FILE,
# START_TIMEOUT, STOP_TIMEOUT and LOCK_TIMEOUT, and defines `describe` (what runs, e.g. "Kafka
# 4.4.0"), `where` (its logs or data, one phrase), `answers` (it serves clients) and `log_tail`.

say() { echo "$NAME: $*" >&2; }
fail() {
  say "$*"
  exit 1
}

pid() { [[ -f "$PID_FILE" ]] && cat "$PID_FILE"; }
alive() {
  local p
  p="$(pid)" && [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null
}
port_open() { (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; }

wait_until_ready() {
  local deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    alive || fail "$(describe) exited while starting; last lines of its log:"$'\n'"$(log_tail)"
    if port_open && answers; then
      say "$(describe) is up on $HOST:$PORT (pid $(pid)); $(where)"
      return 0
    fi
    sleep 0.3
  done
  fail "no answer on $HOST:$PORT after ${START_TIMEOUT}s (pid $(pid)); last lines of its log:"$'\n'"$(log_tail)"
}

# stop [SIGNAL]: send SIGNAL (TERM), wait up to STOP_TIMEOUT seconds, then SIGKILL.
stop() {
  local signal="${1:-TERM}" p
  if ! alive; then
    rm -f "$PID_FILE"
    say "not running on $HOST:$PORT"
    return 0
  fi
  p="$(pid)"
  kill "-$signal" "$p"
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$p" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  if kill -0 "$p" 2>/dev/null; then
    say "still running after ${STOP_TIMEOUT}s: SIGKILL"
    kill -KILL "$p" 2>/dev/null || true
    while kill -0 "$p" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$PID_FILE"
  say "stopped (pid $p, SIG$signal)"
}

status() {
  if alive && answers; then
    echo "$(describe) running on $HOST:$PORT (pid $(pid)); $(where)"
  elif alive; then
    echo "$(describe) process $(pid) is alive but $HOST:$PORT does not answer yet"
    return 1
  else
    echo "$(describe) not running on $HOST:$PORT"
    return 1
  fi
}

# One change at a time per server: two tests (or a test and a person) restarting it at once would
# otherwise race on the pid file. Only the commands that change something take it. The server must
# be started with 9>&- so that it does not hold the lock for its whole life.
lock() {
  mkdir -p "$RUN"
  exec 9>"$RUN/$NAME.sh.lock"
  flock -w "$LOCK_TIMEOUT" 9 ||
    fail "another $NAME.sh has held $RUN/$NAME.sh.lock for ${LOCK_TIMEOUT}s: is one stuck? (ps aux | grep $NAME.sh)"
}
