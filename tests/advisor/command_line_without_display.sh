#!/bin/sh
# `credit-advisor --version` and `--help` answer on a machine with no display at all (a server,
# an install check over ssh): no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM. Before they were
# answered ahead of QApplication, both aborted with "could not connect to display".
# Usage: command_line_without_display.sh <credit-advisor> <expected version>
set -u
app="$1"
version="$2"
failures=0
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

# run <option>: the program with no display of any kind; fails the test unless it exits 0.
run() {
  env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" "$1" >"$out" 2>&1
  status=$?
  if [ "$status" -ne 0 ]; then
    echo "FAIL: credit-advisor $1 exited with $status without a display:" >&2
    cat "$out" >&2
    failures=$((failures + 1))
    return 1
  fi
}

if run --version; then
  if [ "$(cat "$out")" != "credit-advisor $version" ]; then
    echo "FAIL: credit-advisor --version printed '$(cat "$out")', expected 'credit-advisor $version'" >&2
    failures=$((failures + 1))
  else
    echo "ok: --version -> $(cat "$out")"
  fi
fi

if run --help; then
  for expected in "Usage:" "--data <DIR>" "--bundle <FILE>" "--smoke-test" "--version"; do
    if ! grep -q -e "$expected" "$out"; then
      echo "FAIL: credit-advisor --help does not mention '$expected':" >&2
      cat "$out" >&2
      failures=$((failures + 1))
    fi
  done
  [ "$failures" -eq 0 ] && echo "ok: --help lists --data, --bundle, --smoke-test and --version"
fi

[ "$failures" -eq 0 ] || exit 1
echo PASS
