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

# 1. A working portfolio and model: exit 0, and the report names the client it explained.
"$app" --smoke-test --data "$work/data" --bundle "$work/model.csbundle" >"$work/ok.out" 2>&1
status=$?
if [ "$status" -ne 0 ] || ! grep -q "smoke test passed: main window shown, [0-9]* clients loaded, client [0-9]* explained" "$work/ok.out"; then
  echo "FAIL: --smoke-test on a working portfolio exited with $status:" >&2
  cat "$work/ok.out" >&2
  failures=$((failures + 1))
else
  echo "ok: $(grep 'smoke test passed' "$work/ok.out")"
fi

# 2. A portfolio folder that does not exist: exit 1, and the message says the load failed.
"$app" --smoke-test --data "$work/no-such-folder" --bundle "$work/model.csbundle" >"$work/missing.out" 2>&1
status=$?
if [ "$status" -ne 1 ] || ! grep -q "smoke test FAILED: the portfolio did not load" "$work/missing.out"; then
  echo "FAIL: --smoke-test on a missing folder exited with $status (expected 1 and a load failure):" >&2
  cat "$work/missing.out" >&2
  failures=$((failures + 1))
else
  echo "ok: $(grep 'smoke test FAILED' "$work/missing.out")"
fi

# 3. A portfolio whose clients cannot be scored (a corrupt bundle and no server): exit 1, and the
#    message says the client was not scored. The window alone showing is not enough to pass.
printf 'not a bundle' >"$work/corrupt.csbundle"
"$app" --smoke-test --data "$work/data" --bundle "$work/corrupt.csbundle" >"$work/unscored.out" 2>&1
status=$?
if [ "$status" -ne 1 ] || ! grep -q "smoke test FAILED: .*client" "$work/unscored.out"; then
  echo "FAIL: --smoke-test with a corrupt bundle exited with $status (expected 1, naming the client):" >&2
  cat "$work/unscored.out" >&2
  failures=$((failures + 1))
else
  echo "ok: $(grep 'smoke test FAILED' "$work/unscored.out")"
fi

# 4. A time limit that is not a number is refused before anything starts.
"$app" --smoke-test --smoke-test-timeout soon >"$work/timeout.out" 2>&1
status=$?
if [ "$status" -ne 2 ] || ! grep -q "smoke-test-timeout" "$work/timeout.out"; then
  echo "FAIL: --smoke-test-timeout soon exited with $status (expected 2 and a message):" >&2
  cat "$work/timeout.out" >&2
  failures=$((failures + 1))
else
  echo "ok: --smoke-test-timeout soon refused"
fi

[ "$failures" -eq 0 ] || exit 1
echo PASS
