# Installs what the build needs and is missing. Sourced by run.sh and test.sh.
set -euo pipefail

ec4x_missing_packages() {
    local missing=()
    # inotify-tools and sqlite3: the stock tools `ec4x bench` runs as its receipt-latency baseline.
    for package in libsqlite3-dev libinotifytools0-dev zlib1g-dev inotify-tools sqlite3; do
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
