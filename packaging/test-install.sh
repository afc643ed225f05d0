#!/usr/bin/env bash
# Install test of the Debian package, as IT will do it on a workstation or a server:
#   1. builds the .deb with cpack from a finished build folder,
#   2. checks it with lintian (errors fail the test; warnings are printed),
#   3. installs it with apt-get (dependencies come from the Depends that shlibdeps filled in),
#   4. runs `credit-advisor --version`, starts the installed app offscreen on the installed demo
#      portfolio and bundle until its first client's explanation is shown (--smoke-test: window,
#      portfolio loaded, client scored, within 60 s), runs `credit-scoring --help`,
#   5. starts the installed server on a free port with the installed demo bundle and an API key,
#      expects 200 from /health, stops it with SIGTERM,
#   6. purges the package and checks that nothing is left: dpkg knows no file of it and no file
#      under /usr, /etc or /lib appeared compared with before the install.
#
# Usage: packaging/test-install.sh BUILD_DIR [PACKAGE.deb]      (as root; the build must be complete)
#   Without PACKAGE.deb it packs one with gzip instead of the release's xz: the same files, and
#   packing the 167 MB of demo data takes several times less time. Give the release .deb
#   (cpack -G DEB) as PACKAGE.deb to test exactly the file that will be distributed.
# Exit status: 0 passed, 1 failed, 77 skipped (not root, or apt-get/dpkg absent).
# It changes the machine's package set for its duration, so CTest registers it only when the
# build is configured with -DCREDIT_INSTALL_TEST=ON (label "install").
set -euo pipefail

package=credit-scoring
build_dir="${1:?usage: test-install.sh BUILD_DIR}"
build_dir="$(cd "$build_dir" && pwd)"
work_dir="$(mktemp -d /tmp/credit-install-test.XXXXXX)"
mkdir -m 0700 "$work_dir/runtime"
installed_by_us=0
server_pid=

step_started=$SECONDS
test_started=$SECONDS
step() {
  if [[ -n ${last_step:-} ]]; then
    printf '    (%d s)\n' $((SECONDS - step_started))
  fi
  last_step="$1"
  step_started=$SECONDS
  printf '==> %s\n' "$1"
}
fail() {
  printf 'FAIL: %s\n' "$*" >&2
  exit 1
}

cleanup() {
  local status=$?
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if ((installed_by_us)) && dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q installed; then
    echo "cleanup: purging $package after a failure"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$package" >/dev/null || true
  fi
  rm -rf "$work_dir"
  exit "$status"
}
trap cleanup EXIT

if [[ $(id -u) -ne 0 ]]; then
  echo "SKIP: the install test installs a package and needs root"
  exit 77
fi
for tool in apt-get dpkg dpkg-query cpack curl; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not available"; exit 77; }
done
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
  fail "$package is already installed on this machine; the test would remove it (apt-get purge $package first)"
fi
for program in app/advisor/credit-advisor app/cli/credit-scoring app/server/credit-scoring-server; do
  [[ -x $build_dir/$program ]] || fail "$build_dir/$program is missing: build the project first"
done
[[ -f $build_dir/models/demo.csbundle ]] || fail "$build_dir/models/demo.csbundle is missing: the demo model bundle is built by the default build"
[[ -f $build_dir/demo-data/application_train.csv ]] || fail "$build_dir/demo-data is missing: configure with CREDIT_BUILD_DEMO_DATA=ON"

if [[ -n ${2:-} ]]; then
  deb="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
  [[ -f $deb ]] || fail "$2 does not exist"
else
  step "building the Debian package (cpack -G DEB, gzip)"
  (cd "$build_dir" && cpack -G DEB -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip -B "$work_dir/package" \
    >"$work_dir/cpack.log" 2>&1) || { cat "$work_dir/cpack.log"; fail "cpack -G DEB failed"; }
  deb="$(find "$work_dir/package" -maxdepth 1 -name "${package}_*.deb" | head -n 1)"
  [[ -n $deb ]] || fail "cpack wrote no ${package}_*.deb"
fi
echo "    $(basename "$deb"): $(du -h "$deb" | cut -f1)"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6' || fail "Depends has no Qt library: shlibdeps did not run ($(dpkg-deb -f "$deb" Depends))"

if command -v lintian >/dev/null; then
  step "lintian"
  lintian --tag-display-limit 0 "$deb" >"$work_dir/lintian.log" 2>&1 || true
  sed 's/^/    /' "$work_dir/lintian.log"
  ! grep -q '^E: ' "$work_dir/lintian.log" || fail "lintian reports errors"
fi

step "snapshot of /usr, /etc and /lib before installing"
snapshot() { find /usr /etc /lib -xdev \( -type f -o -type l \) 2>/dev/null | LC_ALL=C sort; }
snapshot >"$work_dir/before.txt"

step "apt-get install $(basename "$deb")"
installed_by_us=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work_dir/apt.log" 2>&1 ||
  { cat "$work_dir/apt.log"; fail "apt-get install failed"; }
for path in /usr/bin/credit-advisor /usr/bin/credit-scoring /usr/bin/credit-scoring-server \
  /usr/share/credit-scoring/demo-data/application_train.csv /usr/share/credit-scoring/models/demo.csbundle \
  /usr/share/applications/fr.pretadepenser.CreditAdvisor.desktop \
  /usr/share/metainfo/fr.pretadepenser.CreditAdvisor.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/fr.pretadepenser.CreditAdvisor.svg \
  /usr/share/icons/hicolor/48x48/apps/fr.pretadepenser.CreditAdvisor.png \
  /usr/share/man/man1/credit-scoring.1.gz /usr/share/man/man1/credit-scoring-server.1.gz \
  /usr/share/doc/credit-scoring/copyright /usr/lib/systemd/system/credit-scoring-server.service; do
  [[ -e $path ]] || fail "the package did not install $path"
done
file /usr/bin/credit-scoring | grep -q 'not stripped' && fail "/usr/bin/credit-scoring is not stripped"

step "credit-advisor --version"
version_line="$(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work_dir/runtime" credit-advisor --version 2>/dev/null)"
echo "    $version_line"
[[ $version_line == "credit-advisor "[0-9]* ]] || fail "unexpected version line '$version_line'"

step "credit-advisor --smoke-test (offscreen)"
# A throw-away HOME: the app must not write settings into the tester's account.
HOME="$work_dir/home" XDG_CONFIG_HOME="$work_dir/home/.config" XDG_RUNTIME_DIR="$work_dir/runtime" \
  QT_QPA_PLATFORM=offscreen timeout 120 credit-advisor --smoke-test >"$work_dir/app.log" 2>&1 ||
  { cat "$work_dir/app.log"; fail "the installed app did not show its first client's explanation"; }
sed 's/^/    /' "$work_dir/app.log" | grep 'smoke test' || true

step "credit-scoring --help"
credit-scoring --help >"$work_dir/cli.log" 2>&1 || { cat "$work_dir/cli.log"; fail "credit-scoring --help failed"; }
grep -q 'synth' "$work_dir/cli.log" || fail "credit-scoring --help does not list its commands"

step "credit-scoring-server: /health with the installed demo bundle"
mkfifo "$work_dir/server.out"
CREDIT_API_KEYS="install-test-$RANDOM$RANDOM" credit-scoring-server \
  --bundle /usr/share/credit-scoring/models/demo.csbundle --port 0 \
  >"$work_dir/server.out" 2>"$work_dir/server.err" &
server_pid=$!
exec {server_out}<"$work_dir/server.out"
read -r -t 60 -u "$server_out" banner || { cat "$work_dir/server.err"; fail "the server printed no 'listening' line within 60 s"; }
echo "    $banner"
port="$(sed -n 's/.* listening on [^ ]*:\([0-9][0-9]*\) .*/\1/p' <<<"$banner")"
[[ -n $port ]] || fail "no port in the server's banner '$banner'"
status="$(curl -s -o "$work_dir/health.json" -w '%{http_code}' "http://127.0.0.1:$port/health")"
echo "    GET /health -> $status $(head -c 200 "$work_dir/health.json")"
[[ $status == 200 ]] || fail "/health answered $status"
status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v1/model")"
[[ $status == 401 || $status == 403 ]] || fail "GET /v1/model without an API key answered $status, expected 401 or 403"
kill -TERM "$server_pid"
server_status=0
wait "$server_pid" || server_status=$?
server_pid=
exec {server_out}<&-
((server_status == 0)) || { cat "$work_dir/server.err"; fail "the server exited with $server_status on SIGTERM"; }

step "apt-get purge $package"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$package" >"$work_dir/purge.log" 2>&1 ||
  { cat "$work_dir/purge.log"; fail "apt-get purge failed"; }
installed_by_us=0
if dpkg -L "$package" >/dev/null 2>&1; then
  fail "dpkg still lists files of $package after the purge: $(dpkg -L "$package" | head -n 5)"
fi
snapshot >"$work_dir/after.txt"
left="$(LC_ALL=C comm -13 "$work_dir/before.txt" "$work_dir/after.txt")"
[[ -z $left ]] || fail "files left under /usr, /etc or /lib after the purge:
$left"
[[ ! -e /usr/share/credit-scoring && ! -e /usr/share/doc/$package ]] || fail "package folders left after the purge"

step "done"
printf 'PASS: install test of %s in %d s\n' "$(basename "$deb")" $((SECONDS - test_started))
