#!/bin/sh
# Runs the real credit-advisor under Xvfb (xcb platform) with a private D-Bus session and the
# AT-SPI bus, then walks its accessibility tree with atspi_tree_check.py.
# Usage: run_atspi_check.sh <credit-advisor> <atspi_tree_check.py> [walker options] [-- app args]
# With CREDIT_SCORING=<credit-scoring binary> in the environment, a small synthetic portfolio and
# a small model are made first in the temporary folder; the app opens them (--data, --bundle),
# shows its first client, and the walker waits for that score (--select-client).
# With CREDIT_SCORING_SERVER=<credit-scoring-server binary> as well, the app runs in server mode
# instead: start_server_mode.sh imports that portfolio into the real server it starts, and the app
# reads its clients from there (no --data); the walker gets the server's address and key.
# Exit 77 (skipped) when Xvfb, D-Bus, the AT-SPI bus launcher or pyatspi is missing. Works as
# root without a display: everything runs on a display Xvfb creates for this run.
set -u

app="$1"
walker="$2"
shift 2
walker_args=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  walker_args="$walker_args $1"
  shift
done
[ $# -gt 0 ] && shift # the "--"

skip() {
  echo "SKIP: $1" >&2
  exit 77
}

command -v Xvfb >/dev/null 2>&1 || skip "Xvfb not found (Debian package xvfb)"
command -v dbus-run-session >/dev/null 2>&1 || skip "dbus-run-session not found (package dbus)"
launcher=""
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
  [ -x "$candidate" ] && launcher="$candidate" && break
done
[ -n "$launcher" ] || skip "at-spi-bus-launcher not found (Debian package at-spi2-core)"
[ -x /usr/bin/python3 ] || skip "/usr/bin/python3 not found"
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null ||
  skip "pyatspi not importable by /usr/bin/python3 (Debian package python3-pyatspi)"
[ -x "$app" ] || { echo "FAIL: $app is not an executable" >&2; exit 1; }

# A private runtime and settings folder: root in CI has no XDG_RUNTIME_DIR, and the advisor's
# stored theme or text size must not change what the test sees.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" HOME="$work"
mkdir -m 700 -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
if [ -n "${CREDIT_SCORING:-}" ] && [ ! -x "$CREDIT_SCORING" ]; then
  echo "note: $CREDIT_SCORING is not built; walking the app without data" >&2
  CREDIT_SCORING=""
fi
server_pid=""
stop_server() {
  [ -n "$server_pid" ] || return 0
  kill "$server_pid" 2>/dev/null
  wait "$server_pid" 2>/dev/null
}
trap 'stop_server; rm -rf "$work"' EXIT
if [ -n "${CREDIT_SCORING_SERVER:-}" ] && [ -z "${CREDIT_SCORING:-}" ]; then
  echo "FAIL: server mode (CREDIT_SCORING_SERVER) needs CREDIT_SCORING to import the portfolio" >&2
  exit 1
fi
if [ -n "${CREDIT_SCORING:-}" ]; then
  "$(dirname "$0")/../support/make_small_portfolio.sh" "$CREDIT_SCORING" "$work" || exit 1
  if [ -n "${CREDIT_SCORING_SERVER:-}" ]; then
    . "$(dirname "$0")/start_server_mode.sh"
    set -- --bundle "$work/model.csbundle" "$@"
  else
    set -- --data "$work/data" --bundle "$work/model.csbundle" "$@"
  fi
  # The app selects the first client once the portfolio is loaded: wait for its score.
  walker_args="$walker_args --select-client"
fi
export LAUNCHER="$launcher" APP="$app" WALKER="$walker" WALKER_ARGS="$walker_args"

# Xvfb picks a free display itself and writes its number (-displayfd): xvfb-run -a guesses one
# from lock files, which raced when other Xvfb runs started at the same time ("could not connect
# to display :99").
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
trap 'stop_server; kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  [ -s "$work/display" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { echo "FAIL: Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
  sleep 0.1
done
[ -s "$work/display" ] || { echo "FAIL: Xvfb reported no display within 10 s" >&2; exit 1; }
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"

# "$@" (the app's own arguments) goes through to the inner shell as its positional parameters.
dbus-run-session -- sh -c '
  "$LAUNCHER" --launch-immediately >/dev/null 2>&1 &
  launcher_pid=$!
  QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
    "$APP" "$@" >"$XDG_RUNTIME_DIR/app.log" 2>&1 &
  app_pid=$!
  /usr/bin/python3 "$WALKER" $WALKER_ARGS
  status=$?
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "FAIL: the application exited early; its output:" >&2
    cat "$XDG_RUNTIME_DIR/app.log" >&2
    status=1
  fi
  kill "$app_pid" "$launcher_pid" 2>/dev/null
  wait "$app_pid" 2>/dev/null
  exit $status
' atspi-check "$@"
