#!/bin/sh
# Makes a small synthetic Home Credit portfolio and a small model trained on it, for tests that
# start the real credit-advisor (never the real Home Credit rows; small enough to train in
# seconds). Usage: make_small_portfolio.sh <credit-scoring> <folder>
# Writes <folder>/data (the portfolio) and <folder>/model.csbundle; logs in <folder>/*.log.
set -eu
cli="$1"
folder="$2"
mkdir -p "$folder"
"$cli" synth --applicants 400 --seed 7 --out "$folder/data" >"$folder/synth.log" 2>&1 ||
  { echo "FAIL: credit-scoring synth failed:" >&2; cat "$folder/synth.log" >&2; exit 1; }
"$cli" train --data "$folder/data" --out "$folder/model.csbundle" --folds 2 \
  --max-rounds 40 --patience 10 --no-weighting-comparison >"$folder/train.log" 2>&1 ||
  { echo "FAIL: credit-scoring train failed:" >&2; cat "$folder/train.log" >&2; exit 1; }
