#!/usr/bin/env bash
# Makes the Nostr tests' outside world: a venv with PyPI nostr-sdk (rust-nostr's Python binding), which
# Tests/NostrPeer/nostr_peer.py runs as a LocalRelay and nostr_player.py as an independent player, and
# PyPI nostr-relay, a second relay (Tests/NostrPeer/nostr_relay_server.py). Does nothing when it exists.
# NostrRelayTests look for it at .build/nostr-venv/bin/python (or $EC4X_NOSTR_PYTHON).
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build/nostr-venv
version=0.45.1
relay_version=1.14

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import importlib.metadata as m, nostr_sdk, sys; sys.exit(m.version('nostr-sdk') != '$version' or m.version('nostr-relay') != '$relay_version')" 2>/dev/null; then
    exit 0
fi
python=$(command -v python3 || true)
if [ -z "$python" ]; then
    echo "scripts/nostr-test-env.sh: python3 is needed for the Nostr tests' peer" >&2
    exit 1
fi
echo "Creating $venv with nostr-sdk $version and nostr-relay $relay_version"
rm -rf "$venv"
mkdir -p .build
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "nostr-sdk==$version" "nostr-relay==$relay_version"
"$venv/bin/python" -c "import importlib.metadata as m, nostr_sdk; print('nostr-sdk', m.version('nostr-sdk'), 'and nostr-relay', m.version('nostr-relay'), 'ready')"
