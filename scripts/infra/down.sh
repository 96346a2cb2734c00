#!/usr/bin/env bash
# Stops the local servers up.sh started, in reverse order; their data stays in .cache/.
#   down.sh [kafka|mongo ...]   as up.sh; no argument: every server
# Kafka: with KAFKA_PORT set, the broker on that port; without, every broker this checkout started
# (one pid file per port under .cache/kafka/<version>/run-<port>/), whatever KAFKA_PORT it used.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
# shellcheck source=scripts/infra/servers.sh
source "$HERE/servers.sh"
servers=()
parse_servers servers "$@"

stop_kafka() {
  if [[ -n "${KAFKA_PORT:-}" ]]; then
    bash "$HERE/kafka.sh" down
    return
  fi
  local pid_file run stopped=0
  for pid_file in "${KAFKA_CACHE:-$ROOT/.cache/kafka}"/*/run-*/kafka.pid; do
    [[ -f "$pid_file" ]] || continue
    run="$(dirname "$pid_file")"
    KAFKA_VERSION="$(basename "$(dirname "$run")")" KAFKA_PORT="${run##*/run-}" bash "$HERE/kafka.sh" down
    stopped=1
  done
  [[ $stopped == 1 ]] || bash "$HERE/kafka.sh" down
}

for ((i = ${#servers[@]} - 1; i >= 0; i--)); do
  case "${servers[i]}" in
    mongo) bash "$HERE/ferretdb.sh" down ;;
    kafka) stop_kafka ;;
  esac
done
