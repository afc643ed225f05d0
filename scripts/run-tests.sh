#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds, and runs every test.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CREDIT_BUILD_DIR:-$repo_root/build/release}"
"$repo_root/scripts/setup.sh"
cd "$build_dir"
ctest --output-on-failure --timeout 1500 "$@"
