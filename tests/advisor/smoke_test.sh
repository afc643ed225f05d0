#!/bin/sh
# `credit-advisor --smoke-test` (what scripts/run-tests.sh and packaging/test-install.sh run) passes
# only when the window is shown, the portfolio loaded and the first client's explanation is on
# screen, and fails with a message saying what did not happen. Runs the real program offscreen
# on a small synthetic portfolio and model made here, with a throw-away home and local store.
# Usage: smoke_test.sh <credit-advisor> <credit-scoring>
set -u
app="$1"
cli="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
mkdir -m 700 "$work/runtime"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime" CREDIT_LOCAL_STORE="$work/store.sqlite" QT_QPA_PLATFORM=offscreen
"$(dirname "$0")/../support/make_small_portfolio.sh" "$cli" "$work" || exit 1
failures=0

# expect <status> <pattern> <what> <credit-advisor arguments...>: runs the program and checks its
# exit status and that its output has a line matching the pattern.
expect() {
  wanted="$1"
  pattern="$2"
  what="$3"
  shift 3
  "$app" "$@" >"$work/out" 2>&1
  status=$?
  if [ "$status" -ne "$wanted" ] || ! grep -q -e "$pattern" "$work/out"; then
    echo "FAIL: $what: exit status $status (expected $wanted and a line matching '$pattern'):" >&2
    cat "$work/out" >&2
    failures=$((failures + 1))
  else
    echo "ok: $what: $(grep -e "$pattern" "$work/out" | head -n 1)"
  fi
}

# 1. A working portfolio and model: exit 0, and the report names the client it explained.
expect 0 "smoke test passed: main window shown, [0-9]* clients loaded, client [0-9]* explained" \
  "working portfolio" --smoke-test --data "$work/data" --bundle "$work/model.csbundle"

# 2. A portfolio folder that does not exist: exit 1, and the message says the load failed.
expect 1 "smoke test FAILED: the portfolio did not load" \
  "missing folder" --smoke-test --data "$work/no-such-folder" --bundle "$work/model.csbundle"

# 3. A portfolio whose clients cannot be scored (a corrupt bundle and no server): exit 1, and the
#    message says the client was not scored. The window alone showing is not enough to pass.
printf 'not a bundle' >"$work/corrupt.csbundle"
expect 1 "smoke test FAILED: client [0-9]* could not be scored" \
  "corrupt bundle" --smoke-test --data "$work/data" --bundle "$work/corrupt.csbundle"

# 4. A time limit that is not a number is refused before anything starts.
expect 2 "smoke-test-timeout needs a positive number" \
  "time limit 'soon'" --smoke-test --smoke-test-timeout soon

[ "$failures" -eq 0 ] || exit 1
echo PASS
