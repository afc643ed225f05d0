#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), configures and builds the project.
# Sourced by run-app.sh and run-tests.sh; safe to run again: nothing present is re-installed
# and the build is incremental.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CREDIT_BUILD_DIR:-$repo_root/build/release}"
# Paths relative to the checkout in ccache's keys, so every clone (CI's fresh one included) reuses
# what another build of the same sources compiled: the release, sanitizer and fuzz builds of a
# fresh clone are then mostly cache hits.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$repo_root}"

# Everything the build, the tests and the install test need, with --no-install-recommends.
packages=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev libqt6opengl6-dev libxkbcommon-dev libgl1-mesa-dev
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
  libqt6sql6-psql postgresql postgresql-client
  libxgboost-dev libeigen3-dev nlohmann-json3-dev libsimdjson-dev libzstd-dev libgoogle-perftools-dev catch2 libbenchmark-dev
  xvfb xauth dbus dbus-x11 at-spi2-core python3-pyatspi xdotool
  poppler-utils fonts-dejavu-core desktop-file-utils lintian file appstream
  wrk curl
  clang-15 libfuzzer-15-dev haproxy
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  echo "Installing missing Debian packages: ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
fi

jobs="$(nproc)"
cmake -S "$repo_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build_dir" --parallel "$jobs"
