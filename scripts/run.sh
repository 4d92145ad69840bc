#!/usr/bin/env bash
# Builds ec4x (release) and runs the daemon on ./data, creating a demo game
# when there is none. Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ec4x_setup

swift build -c release --product ec4x
bin=$(swift build -c release --show-bin-path)/ec4x
data=${EC4X_DATA:-./data}

if [ -z "$(find "$data/games" -mindepth 2 -maxdepth 2 -name ec4x.db 2>/dev/null | head -n 1)" ]; then
    echo "No games in $data yet: creating a demo game (open: no tokens needed)."
    "$bin" new --data "$data" --scenario standard-4-player --name "Demo" --open
fi
"$bin" status --data "$data"
echo
echo "Starting the daemon on $data (Ctrl-C stops it). Try, in another terminal:"
echo "  $bin bot Demo --house alpha --data $data > /tmp/alpha.json && $bin submit Demo --house alpha /tmp/alpha.json --data $data"
exec "$bin" daemon --data "$data"
