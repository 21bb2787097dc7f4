#!/usr/bin/env bash
# Ascolto developer entry point for a fresh Debian 12 machine.
#   installer/dev.sh app    install packages, build, start the GUI on the demo portfolio
#   installer/dev.sh test   install packages, build, run the whole test suite (CI runs this)
#   installer/dev.sh deps   only install the Debian packages
# BUILD_DIR (default: build) and JOBS (default: nproc) may be set in the environment.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-"$here/build"}
jobs=${JOBS:-$(nproc)}

packages=(
    build-essential cmake ninja-build pkg-config ccache dpkg-dev file
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev libxkbcommon-dev
    catch2 sqlite3 libsqlite3-dev libsodium-dev
    postgresql-15 postgresql-common postgresql-client-15 libpq-dev qt6-httpserver-dev qt6-websockets-dev openssl
    xvfb xauth fonts-dejavu-core poppler-utils libreoffice-calc
    lintian desktop-file-utils appstream
)

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build_dir" --parallel "$jobs"
}

case "${1:-}" in
deps)
    install_deps
    ;;
app)
    install_deps
    build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec xvfb-run -a -s "-screen 0 1366x768x24" "$build_dir/app/ascolto" --demo
    fi
    exec "$build_dir/app/ascolto" --demo
    ;;
test)
    install_deps
    build
    cd "$build_dir"
    ctest --output-on-failure --parallel "$jobs" --timeout 600
    ;;
*)
    echo "usage: $0 app|test|deps" >&2
    exit 2
    ;;
esac
