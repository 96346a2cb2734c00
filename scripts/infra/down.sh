#!/usr/bin/env bash
# Stops every local server up.sh started, in reverse order; their data stays in .cache/.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

bash "$HERE/ferretdb.sh" down
bash "$HERE/kafka.sh" down
