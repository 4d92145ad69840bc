#!/usr/bin/env bash
# Runs the whole test suite. Fails when a test fails or when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ec4x_setup
# The Nostr tests' independent peer (a Python venv); NostrRelayTests fail in CI without it.
bash scripts/nostr-test-env.sh
# The MCP tests' official client (a Python venv).
ec4x_mcp_venv

# Lint first: it takes seconds and says exactly what to fix
# (`swift format format -i -r Sources Tests Package.swift Fuzz` fixes the layout).
if ! swift format lint --strict --recursive --configuration .swift-format Sources Tests Package.swift Fuzz; then
    echo "scripts/test.sh: swift format lint failed (see above)" >&2
    exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
swift test "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

if [ "$status" -ne 0 ]; then
    echo "scripts/test.sh: swift test failed (exit $status)" >&2
    exit "$status"
fi
# Swift Testing's closing line: "Test run with N tests in M suites passed after ...".
count=$(grep -Eo 'Test run with [0-9]+ tests? ' "$log" | tail -n 1 | grep -Eo '[0-9]+' || true)
if [ -z "$count" ] || [ "$count" -eq 0 ]; then
    echo "scripts/test.sh: no test ran" >&2
    exit 1
fi
echo "scripts/test.sh: $count tests passed"
