#!/usr/bin/env bash
# Screenshots of the real program on the demo portfolio, as an advisor sees it: starts
# credit-advisor under Xvfb with a throw-away settings folder (language, theme, text size), clicks
# the tabs with xdotool and captures the screen with ImageMagick's import. Needs xvfb, xdotool
# and imagemagick (not installed by setup.sh: documentation only). The clicks are screen
# positions of a 1600x1000 window: check every PNG by eye after a layout change.
# Usage: scripts/take-demo-screenshots.sh [build dir] [output dir]
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:-$repo_root/build/release}"
output_dir="${2:-$repo_root/docs/images}"
app="$build_dir/app/advisor/credit-advisor"
work="$(mktemp -d)"
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 2

# shoot LANGUAGE TEXT% THEME [OUTPUT-AFTER-START] [X Y OUTPUT]...
shoot() {
  local language=$1 scale=$2 theme=$3 first=$4
  shift 4
  local settings="$work/settings-$language-$scale-$theme"
  mkdir -p "$settings/Pret a depenser"
  printf '[ui]\nlanguage=%s\ntheme=%s\nfontScalePercent=%s\n' "$language" "$theme" "$scale" \
    >"$settings/Pret a depenser/credit-advisor.conf"
  DISPLAY=$display XDG_CONFIG_HOME=$settings XDG_RUNTIME_DIR=$work "$app" >"$work/app.log" 2>&1 &
  local pid=$!
  sleep 20 # the demo portfolio loads and the first client is explained
  local window
  window=$(DISPLAY=$display xdotool search --onlyvisible --pid $pid | tail -1)
  DISPLAY=$display xdotool windowsize "$window" 1600 1000 windowmove "$window" 0 0
  sleep 2
  [[ $first != - ]] && DISPLAY=$display import -window root "$output_dir/$first"
  while (($# >= 3)); do
    DISPLAY=$display xdotool mousemove "$1" "$2" click 1
    sleep 3
    DISPLAY=$display import -window root "$output_dir/$3"
    shift 3
  done
  kill $pid
}

shoot fr 100 default advisor-demo-portfolio-fr.png
shoot en 100 default advisor-demo-portfolio-en.png 509 79 comparison-view-en.png 596 79 editor-en.png
shoot fr 100 default - 509 79 comparison-view-fr-all.png 1377 236 comparison-view.png
shoot fr 200 default - 797 129 editor-fr-200.png
shoot en 200 high-contrast-dark advisor-demo-portfolio-en-200-high-contrast-dark.png
rm -f "$output_dir/comparison-view-fr-all.png"
echo "Screenshots written to $output_dir: look at each one."
