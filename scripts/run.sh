#!/usr/bin/env bash
# Builds ec4x (release) and starts it on ./data, creating a demo game when there is none.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ec4x_setup

swift build -c release --product ec4x
bin=$(swift build -c release --show-bin-path)/ec4x
data=${EC4X_DATA:-./data}

if [ -z "$(find "$data/games" -mindepth 2 -maxdepth 2 -name ec4x.db 2>/dev/null | head -n 1)" ]; then
    echo "No games in $data yet: creating a demo game."
    "$bin" new --data "$data" --name "Demo" --open
fi
"$bin" status --data "$data"
