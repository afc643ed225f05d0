#!/bin/bash
# Crash consistency of the CLI's outputs: `credit-scoring score` is killed with SIGKILL at
# several moments while it works. Whatever the moment, the output path holds either the file
# that was there before (untouched) or the complete new file, byte for byte what an uninterrupted
# run writes; never a partial file. Usage: cli_killed_mid_write.sh /path/to/credit-scoring
set -u
CLI="$1"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/credit-cli-kill.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$CLI" synth --applicants 6000 --seed 11 --out "$WORK/data" >"$WORK/synth.log" 2>&1 \
    || { cat "$WORK/synth.log"; exit 1; }
"$CLI" train --data "$WORK/data" --out "$WORK/model.csbundle" --folds 2 --max-rounds 40 \
    --patience 10 --no-weighting-comparison >"$WORK/train.log" 2>&1 \
    || { cat "$WORK/train.log"; exit 1; }
start=$(date +%s%N)
"$CLI" score --model "$WORK/model.csbundle" --data "$WORK/data" --out "$WORK/reference.csv" \
    >"$WORK/score.log" 2>&1 || { cat "$WORK/score.log"; exit 1; }
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
echo "an uninterrupted score run takes ${elapsed_ms} ms"

kept=0 complete=0
for step in 1 2 3 4 5 6 7 8 9 10 11 12; do
    delay_ms=$((elapsed_ms * step / 10)) # from early in the run to after its end
    printf 'the previous scores\n' >"$WORK/out.csv"
    "$CLI" score --model "$WORK/model.csbundle" --data "$WORK/data" --out "$WORK/out.csv" \
        >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if cmp -s "$WORK/out.csv" "$WORK/reference.csv"; then
        complete=$((complete + 1))
    elif [ "$(cat "$WORK/out.csv")" = "the previous scores" ]; then
        kept=$((kept + 1))
    else
        fail "killed after ${delay_ms} ms: out.csv is neither the old file nor the complete new one ($(wc -c <"$WORK/out.csv") bytes)"
    fi
done
# A kill inside the write itself can leave the hidden temporary file (never the final name).
leftovers=$(find "$WORK" -maxdepth 1 -name '.out.csv.partial-*' | wc -l)
echo "old file kept intact: $kept, complete new file: $complete, partial: $failures," \
     "hidden temporaries left by a kill: $leftovers"
[ "$failures" -eq 0 ] && echo "PASS" && exit 0
exit 1
