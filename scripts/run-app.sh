#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds, and launches the desktop app on the embedded
# synthetic demonstration portfolio.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CREDIT_BUILD_DIR:-$repo_root/build/release}"
"$repo_root/scripts/setup.sh"
exec "$build_dir/app/advisor/credit-advisor" "$@"
