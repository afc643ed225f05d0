#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds, and runs every test, in four parts:
#   1. the release build (scripts/setup.sh) and its whole CTest suite;
#   2. core, server and CLI built with AddressSanitizer + UndefinedBehaviorSanitizer (preset
#      "asan": GUI, tcmalloc, benchmarks and demo data off, Debug -O1) and their core and
#      integration tests run under it;
#   3. the libFuzzer harnesses built with clang (preset "fuzz") and each run for a bounded time
#      (CTest label "fuzz", CREDIT_FUZZ_SECONDS each);
#   4. the README's first command as a smoke test.
# Every part runs even when an earlier one failed; the script exits non-zero if any failed.
# Arguments go to the release build's ctest (e.g. -R csv). CREDIT_SANITIZER_TESTS=0 skips parts 2
# and 3 (a quick local run; CI always runs them).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CREDIT_BUILD_DIR:-$repo_root/build/release}"
jobs="$(nproc)"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$repo_root}" # as setup.sh: clones share ccache's results
failed=()

# Each part's start time, so a slow part shows in CI's log.
part() { printf '\n==== %s (%s UTC, %d s in) ====\n' "$*" "$(date -u +%H:%M:%S)" "$SECONDS"; }

part "Set-up and release build (scripts/setup.sh)"
"$repo_root/scripts/setup.sh"

part "1/4 Release build: ctest (every test)"
(cd "$build_dir" && ctest --output-on-failure --timeout 1500 "$@") || failed+=("release ctest")

if [[ "${CREDIT_SANITIZER_TESTS:-1}" != 0 ]]; then
  cd "$repo_root"
  part "2/4 AddressSanitizer + UndefinedBehaviorSanitizer build: core, server, CLI"
  if cmake --preset asan >/dev/null && cmake --build --preset asan --parallel "$jobs"; then
    part "2/4 Sanitizer build: ctest -L 'core|integration'"
    ctest --preset asan --timeout 1500 -L 'core|integration' || failed+=("sanitizer ctest")
  else
    failed+=("sanitizer build")
  fi

  part "3/4 libFuzzer harnesses (clang-15): each fuzzes for a bounded time"
  if cmake --preset fuzz >/dev/null && cmake --build --preset fuzz --parallel "$jobs"; then
    ctest --preset fuzz || failed+=("fuzz ctest")
  else
    failed+=("fuzz build")
  fi
fi

# The README's first command, exactly as a newcomer runs it (set-up is done, so it only checks and
# launches), offscreen: it broke once without anyone noticing, so every test run ends with it.
part "4/4 README quick start 1: ./scripts/run-app.sh --smoke-test (offscreen)"
if QT_QPA_PLATFORM=offscreen "$repo_root/scripts/run-app.sh" --smoke-test; then
  echo "README quick start 1: the app started and showed its window"
else
  failed+=("run-app.sh --smoke-test")
fi

if ((${#failed[@]})); then
  printf '\nFAILED after %d s: %s\n' "$SECONDS" "$(IFS=', '; echo "${failed[*]}")"
  exit 1
fi
printf '\nAll test parts passed in %d s.\n' "$SECONDS"
