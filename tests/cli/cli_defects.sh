#!/bin/sh
# Regressions for the command-line defects of issue 25, on the real executable:
#  - a bundle trained without bureau_balance.csv crashed (exit 139) scoring data that has it;
#  - outputs on a full disk were reported as written (exit 0, empty file);
#  - --out (or --json, --save-spec) naming one of the command's inputs overwrote it.
# Usage: cli_defects.sh /path/to/credit-scoring [shared-data-folder]
set -u
CLI="$1"
SHARED="${2:-}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/credit-cli-defects.XXXXXX")"
cleanup() {
    umount "$WORK/small" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
step() { echo "== $*"; }
train_fast() { # data-folder bundle
    "$CLI" train --data "$1" --out "$2" --folds 2 --max-rounds 10 --min-rounds 0 --patience 5 \
        --no-weighting-comparison >"$WORK/train.log" 2>&1 || { cat "$WORK/train.log"; return 1; }
}
# A folder of links to every file of $1 except $3.
folder_without() { # source target excluded-file
    mkdir -p "$2"
    for file in "$1"/*.csv; do
        [ "$(basename "$file")" = "$3" ] || ln -s "$file" "$2/$(basename "$file")"
    done
}

step "synth 400 applicants"
"$CLI" synth --applicants 400 --seed 11 --test-share 0.1 --out "$WORK/data" >"$WORK/synth.log" 2>&1 \
    || { cat "$WORK/synth.log"; fail "synth"; exit 1; }
train_fast "$WORK/data" "$WORK/model.csbundle" || { fail "train"; exit 1; }

step "crash: a bundle trained without bureau_balance.csv scores data that has it"
folder_without "$WORK/data" "$WORK/no-bb" bureau_balance.csv
train_fast "$WORK/no-bb" "$WORK/no-bb.csbundle" || fail "train without bureau_balance"
"$CLI" score --model "$WORK/no-bb.csbundle" --data "$WORK/data" --out "$WORK/no-bb-scores.csv" \
    >"$WORK/no-bb-score.log" 2>&1
status=$?
[ "$status" -eq 0 ] || { cat "$WORK/no-bb-score.log"; fail "score exited $status (139 is the old segfault)"; }
test_rows=$(($(wc -l <"$WORK/data/application_test.csv") - 1))
[ "$(($(wc -l <"$WORK/no-bb-scores.csv") - 1))" -eq "$test_rows" ] || fail "score wrote a wrong row count"

if [ -n "$SHARED" ] && [ -f "$SHARED/linked-1000/bureau_balance.csv" ]; then
    step "crash, real rows: trained on linked-1000 without bureau_balance, scored on linked-1000"
    folder_without "$SHARED/linked-1000" "$WORK/real-no-bb" bureau_balance.csv
    train_fast "$WORK/real-no-bb" "$WORK/real-no-bb.csbundle" || fail "train on real rows"
    "$CLI" score --model "$WORK/real-no-bb.csbundle" --data "$SHARED/linked-1000" --applicants train \
        --out "$WORK/real-scores.csv" >"$WORK/real-score.log" 2>&1
    status=$?
    [ "$status" -eq 0 ] || { cat "$WORK/real-score.log"; fail "real-data score exited $status"; }
    [ "$(($(wc -l <"$WORK/real-scores.csv") - 1))" -eq 1000 ] || fail "real-data score row count"
else
    echo "skipped the real-data case: no linked-1000 under '${SHARED}' (shared data absent)"
fi

step "full disk: /dev/full fails naming the file, for every writer"
expect_full() { # label log command...
    label="$1"
    log="$2"
    shift 2
    if "$@" >"$log" 2>&1; then
        fail "$label on /dev/full exited 0"
    fi
    grep -q "/dev/full" "$log" && grep -q "No space left on device" "$log" \
        || { cat "$log"; fail "$label: the message does not name /dev/full and the reason"; }
}
expect_full "score --out" "$WORK/full1.log" \
    "$CLI" score --model "$WORK/model.csbundle" --data "$WORK/data" --out /dev/full
expect_full "evaluate --json" "$WORK/full2.log" \
    "$CLI" evaluate --model "$WORK/model.csbundle" --data "$WORK/data" --json /dev/full
expect_full "features --out" "$WORK/full3.log" \
    "$CLI" features --data "$WORK/data" --out /dev/full
expect_full "features --save-spec" "$WORK/full4.log" \
    "$CLI" features --data "$WORK/data" --out "$WORK/features.csv" --save-spec /dev/full
expect_full "drift --out" "$WORK/full5.log" \
    "$CLI" drift --reference "$WORK/data" --current "$WORK/data" --out /dev/full

step "full disk: a small file system keeps the previous output whole"
mkdir -p "$WORK/small"
if mount -t tmpfs -o size=64k tmpfs "$WORK/small" 2>"$WORK/mount.log"; then
    printf 'SK_ID_CURR,probability,decision\nprevious,0.5,grant\n' >"$WORK/small/scores.csv"
    # Fill what is left, so the new scores cannot fit.
    dd if=/dev/zero of="$WORK/small/filler" bs=1k count=64 >/dev/null 2>&1
    if "$CLI" score --model "$WORK/model.csbundle" --data "$WORK/data" --out "$WORK/small/scores.csv" \
        >"$WORK/small.log" 2>&1; then
        fail "score on a full file system exited 0"
    fi
    grep -q "$WORK/small/scores.csv" "$WORK/small.log" && grep -q "No space left on device" "$WORK/small.log" \
        || { cat "$WORK/small.log"; fail "full file system: message does not name the file and reason"; }
    grep -q "previous,0.5,grant" "$WORK/small/scores.csv" || fail "the previous scores.csv was damaged"
    [ "$(ls -A "$WORK/small" | wc -l)" -eq 2 ] || { ls -la "$WORK/small"; fail "a temporary file was left"; }
    umount "$WORK/small"
else
    echo "skipped the tmpfs case: cannot mount a tmpfs here ($(cat "$WORK/mount.log"))"
fi

step "inputs: an output naming an input is refused and the input kept"
bundle_sum=$(cksum <"$WORK/model.csbundle")
test_sum=$(cksum <"$WORK/data/application_test.csv")
expect_refused() { # label log command...
    label="$1"
    log="$2"
    shift 2
    if "$@" >"$log" 2>&1; then
        fail "$label was accepted"
    fi
    grep -q "refusing to write" "$log" || { cat "$log"; fail "$label: no clear refusal"; }
}
expect_refused "score --out the bundle" "$WORK/in1.log" \
    "$CLI" score --model "$WORK/model.csbundle" --data "$WORK/data" --out "$WORK/model.csbundle"
expect_refused "score --out an input CSV" "$WORK/in2.log" \
    "$CLI" score --model "$WORK/model.csbundle" --data "$WORK/data" --out "$WORK/data/application_test.csv"
ln -s "$WORK/model.csbundle" "$WORK/link-to-bundle"
expect_refused "score --out a link to the bundle" "$WORK/in3.log" \
    "$CLI" score --model "$WORK/model.csbundle" --data "$WORK/data" --out "$WORK/link-to-bundle"
ln "$WORK/data/bureau.csv" "$WORK/hard-link-to-bureau.csv"
expect_refused "evaluate --json a hard link to an input" "$WORK/in4.log" \
    "$CLI" evaluate --model "$WORK/model.csbundle" --data "$WORK/data" --json "$WORK/hard-link-to-bureau.csv"
expect_refused "features --out an input" "$WORK/in5.log" \
    "$CLI" features --data "$WORK/data" --out "$WORK/data/bureau.csv"
expect_refused "train --out an input" "$WORK/in6.log" \
    "$CLI" train --data "$WORK/data" --out "$WORK/data/application_train.csv"
grep -q "model.csbundle" "$WORK/in1.log" || fail "the refusal does not name the bundle"
[ "$(cksum <"$WORK/model.csbundle")" = "$bundle_sum" ] || fail "the bundle was modified"
[ "$(cksum <"$WORK/data/application_test.csv")" = "$test_sum" ] || fail "application_test.csv was modified"
[ -s "$WORK/data/bureau.csv" ] || fail "bureau.csv was emptied"

step "duplicated applicants: validate reports them, score refuses them"
folder_without "$WORK/data" "$WORK/dup" application_test.csv
cp "$WORK/data/application_test.csv" "$WORK/dup/application_test.csv"
sed -n 2p "$WORK/data/application_test.csv" >>"$WORK/dup/application_test.csv"
duplicated=$(sed -n 2p "$WORK/data/application_test.csv" | cut -d, -f1)
if "$CLI" validate --data "$WORK/dup" --applicants test >"$WORK/dup-validate.log" 2>&1; then
    fail "validate of a folder with a duplicated applicant exited 0"
fi
grep -q "SK_ID_CURR $duplicated" "$WORK/dup-validate.log" \
    || { cat "$WORK/dup-validate.log"; fail "validate does not name the duplicated applicant"; }
if "$CLI" score --model "$WORK/model.csbundle" --data "$WORK/dup" --out "$WORK/dup-scores.csv" \
    >"$WORK/dup-score.log" 2>&1; then
    fail "score of a folder with a duplicated applicant exited 0"
fi
grep -q "SK_ID_CURR $duplicated" "$WORK/dup-score.log" \
    || { cat "$WORK/dup-score.log"; fail "score does not name the duplicated applicant"; }
[ ! -e "$WORK/dup-scores.csv" ] || fail "score wrote scores for duplicated applicants"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all CLI defect checks passed"
