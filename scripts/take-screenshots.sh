#!/bin/sh
# Renders docs/images/main-window-<theme>-<100|200>[-model][-en].png under Xvfb (real X fonts and
# style, no window manager). Usage: scripts/take-screenshots.sh [build dir] [output dir]
set -eu
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:-$repo_root/build}"
output_dir="${2:-$repo_root/docs/images}"
cmake --build "$build_dir" --target credit-advisor-screenshots
tool="$(find "$build_dir" -name credit-advisor-screenshots -type f -perm -u+x | head -n 1)"
runtime="$(mktemp -d)"
trap 'rm -rf "$runtime"' EXIT
XDG_RUNTIME_DIR="$runtime" QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1400x900x24" "$tool" "$output_dir" 1280 800
