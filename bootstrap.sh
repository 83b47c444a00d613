#!/usr/bin/env bash
# Sets up a Debian 12 machine for Taskdesk, builds it, then either starts the app
# or runs every test headless.
#   ./bootstrap.sh run [taskdesk options]   install what is missing, build, start the app
#   ./bootstrap.sh test                     install what is missing, build, run all tests
#   ./bootstrap.sh demo [taskdesk options]  install, build, start the reference server with
#                                           generated data and Taskdesk on a demo database
#                                           pointed at it (F5 syncs); the server stops with it
#   ./bootstrap.sh package                  install what is missing, build in Release, write
#                                           the Debian package to build-release/
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libgl-dev
    libical-dev qtkeychain-qt6-dev libsqlite3-dev
    python3 python3-dateutil openssl
    xvfb xauth
    dpkg-dev lintian desktop-file-utils appstream man-db
)

install_missing() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The sync tests again under AddressSanitizer and UBSan, in a tree of their own: a
# callback into a deleted engine or a read past a buffer fails the run.
sanitized_sync_tests() {
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTASKDESK_SANITIZE=ON
    # Every test labelled sync, named by CTest itself: a new sync test is never left unbuilt.
    local targets
    mapfile -t targets < <(cd build-asan && ctest -N -L sync | sed -n 's/^ *Test *#[0-9]*: *//p')
    cmake --build build-asan -j"$(nproc)" --target taskdesk "${targets[@]}"
    (cd build-asan && env QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -L sync)
}

build() {
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build -j"$(nproc)"
}

case "${1:-}" in
run)
    shift
    install_missing
    build
    exec build/bin/taskdesk "$@"
    ;;
test)
    install_missing
    build
    (cd build && env QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)")
    sanitized_sync_tests
    ;;
demo)
    shift
    install_missing
    build
    exec tests/server/demo build/bin/taskdesk "$@"
    ;;
package)
    install_missing
    cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release
    cmake --build build-release -j"$(nproc)" --target taskdesk taskdesk_docs
    (cd build-release && cpack -G DEB)
    ls build-release/taskdesk_*.deb
    ;;
*)
    echo "usage: $0 run [taskdesk options] | test | demo [taskdesk options] | package" >&2
    exit 2
    ;;
esac
