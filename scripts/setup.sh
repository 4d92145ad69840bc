# Installs what the build needs and is missing. Sourced by run.sh and test.sh.
set -euo pipefail

ec4x_missing_packages() {
    local missing=()
    # inotify-tools and sqlite3: the stock tools `ec4x bench` runs as its receipt-latency baseline.
    # samba and smbclient: the LAN test serves house folders with smbd and drives them with smbclient.
    for package in libsqlite3-dev libinotifytools0-dev libsecp256k1-dev zlib1g-dev inotify-tools sqlite3 samba smbclient; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    echo "${missing[@]:-}"
}

ec4x_setup() {
    if ! command -v swift >/dev/null 2>&1; then
        echo "error: the Swift toolchain (6.0 or newer) is not on PATH" >&2
        exit 1
    fi
    local missing
    missing=$(ec4x_missing_packages)
    if [ -n "$missing" ]; then
        echo "Installing system packages: $missing"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
    fi
}

# The official MCP client (PyPI `mcp`) that the MCP end-to-end test drives
# `ec4x mcp` with, in a virtual environment of its own under .build/.
ec4x_mcp_venv() {
    local venv=.build/mcp-venv
    if "$venv/bin/python" -c 'import importlib.metadata as m, sys; sys.exit(m.version("mcp") != "2.3.0")' 2>/dev/null; then
        return
    fi
    if ! command -v python3 >/dev/null 2>&1; then
        echo "error: python3 (3.10 or newer) is needed for the MCP client test" >&2
        exit 1
    fi
    echo "Installing the MCP test client (PyPI mcp==2.3.0) into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "mcp==2.3.0"
}
