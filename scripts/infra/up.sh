#!/usr/bin/env bash
# Starts the local servers the integration tests (pnpm test:integration) need, in order:
#   up.sh              every server (Kafka, then FerretDB)
#   up.sh kafka        Kafka only (no FerretDB build: a fresh clone needs minutes for that)
#   up.sh mongo        FerretDB only (alias: ferretdb)
# One line per server: add KurrentDB... here (and the reverse in down.sh).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/infra/servers.sh
source "$HERE/servers.sh"
servers=()
parse_servers servers "$@"

for server in "${servers[@]}"; do
  case "$server" in
    kafka) bash "$HERE/kafka.sh" up ;;
    mongo) bash "$HERE/ferretdb.sh" up ;;
  esac
done

urls=()
for server in "${servers[@]}"; do
  case "$server" in
    kafka) urls+=("KAFKA_BROKERS=${KAFKA_HOST:-127.0.0.1}:${KAFKA_PORT:-9092}") ;;
    mongo) urls+=("MONGODB_URL=mongodb://${FERRETDB_HOST:-127.0.0.1}:${FERRETDB_PORT:-27017}/") ;;
  esac
done
echo "infra up: ${urls[*]}"
