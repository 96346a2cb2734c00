#!/usr/bin/env bash
# Starts every local server the integration tests (pnpm test:integration) need, in order.
# One line per server: add FerretDB, KurrentDB... here (and the reverse in down.sh).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

bash "$HERE/kafka.sh" up
bash "$HERE/ferretdb.sh" up

echo "infra up: KAFKA_BROKERS=${KAFKA_HOST:-127.0.0.1}:${KAFKA_PORT:-9092} MONGODB_URL=mongodb://${FERRETDB_HOST:-127.0.0.1}:${FERRETDB_PORT:-27017}/"
