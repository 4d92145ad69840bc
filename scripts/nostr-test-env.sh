#!/usr/bin/env bash
# Makes the Nostr tests' independent peer: a venv with PyPI nostr-sdk (rust-nostr's Python binding),
# which Tests/NostrPeer/nostr_peer.py runs as a LocalRelay and as a client. Does nothing when it exists.
# NostrRelayTests look for it at .build/nostr-venv/bin/python (or $EC4X_NOSTR_PYTHON).
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build/nostr-venv
version=0.45.1

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import importlib.metadata as m, nostr_sdk, sys; sys.exit(m.version('nostr-sdk') != '$version')" 2>/dev/null; then
    exit 0
fi
python=$(command -v python3 || true)
if [ -z "$python" ]; then
    echo "scripts/nostr-test-env.sh: python3 is needed for the Nostr tests' peer" >&2
    exit 1
fi
echo "Creating $venv with nostr-sdk $version"
rm -rf "$venv"
mkdir -p .build
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "nostr-sdk==$version"
"$venv/bin/python" -c "import importlib.metadata as m, nostr_sdk; print('nostr-sdk', m.version('nostr-sdk'), 'ready')"
