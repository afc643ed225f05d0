#!/bin/sh
# `credit-scoring select` end to end (issue 22): on a small synthetic portfolio, 2 repeats x 3
# folds with few rounds, it prints the evidence table, writes a parameters file with the chosen
# families, round selection and evidence, and `train --params` uses that file (families and
# evidence in the bundle and the run record). Also the help lists the 6-letter command and bad
# options are refused. Usage: cli_select.sh /path/to/credit-scoring
set -u
CLI="$1"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/credit-cli-select.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
step() { echo "== $*"; }

step "help lists select"
"$CLI" --help >"$WORK/help.log" 2>&1 || fail "--help"
grep -q "^  select      choose feature families" "$WORK/help.log" || { cat "$WORK/help.log"; fail "help does not list select padded to 12 columns"; }
"$CLI" select --help >"$WORK/select-help.log" 2>&1 || fail "select --help"
grep -q -- "--repeats 3" "$WORK/select-help.log" || fail "select --help does not show --repeats"

step "synth 900 applicants"
"$CLI" synth --applicants 900 --seed 11 --test-share 0 --out "$WORK/data" >"$WORK/synth.log" 2>&1 \
    || { cat "$WORK/synth.log"; fail "synth"; exit 1; }

step "select, 2 repeats x 3 folds"
"$CLI" select --data "$WORK/data" --out "$WORK/params.json" --repeats 2 --folds 3 \
    --max-rounds 60 --patience 8 --min-rounds 8 --jobs 2 >"$WORK/select.log" 2>"$WORK/select.err" \
    || { cat "$WORK/select.log" "$WORK/select.err"; fail "select"; exit 1; }
grep -q "| removing application_raw (cost) |" "$WORK/select.log" || { cat "$WORK/select.log"; fail "select prints no evidence table"; }
grep -q "2 standard errors" "$WORK/select.log" || fail "select does not state its rule"
grep -q "measuring all families" "$WORK/select.err" || fail "select reports no progress on stderr"
python3 - "$WORK/params.json" <<'PY' || fail "the parameters file lacks the choice or the evidence"
import json, sys
params = json.load(open(sys.argv[1]))
assert params["round_selection"] in ("per_fold", "mean_curve"), params
families = params["feature_families"]
assert set(families) >= {"application_raw", "ext_source_stats", "bureau", "credit_card"}, families
evidence = params["selection"]
assert evidence["round_selection"]["chosen"] == params["round_selection"]
assert len(evidence["round_selection"]["mean_curve_minus_per_fold"]["differences"]) == 6
compared = [f for f in evidence["families"] if "removal_cost" in f]
assert len(compared) >= 8, evidence["families"]
for family in compared:
    assert len(family["removal_cost"]["differences"]) == 6
    assert family["decision"].startswith(("keep", "drop"))
    assert families[family["family"]] == family["kept"]
assert params["eta"] > 0  # the XGBoost parameters are written beside the choice
PY

step "train --params uses the chosen families and records the evidence"
"$CLI" train --data "$WORK/data" --out "$WORK/model.csbundle" --params "$WORK/params.json" --folds 2 \
    --max-rounds 40 --patience 8 --min-rounds 8 --no-weighting-comparison --runs "$WORK/runs" \
    >"$WORK/train.log" 2>&1 || { cat "$WORK/train.log"; fail "train --params"; exit 1; }
grep -q "Feature families switched off:" "$WORK/train.log" || fail "train does not say which families are off"
python3 - "$WORK/params.json" "$WORK/runs" <<'PY' || fail "the run record does not carry the selection"
import glob, json, sys
params = json.load(open(sys.argv[1]))
[run] = glob.glob(sys.argv[2] + "/*/params.json")
record = json.load(open(run))
assert record["feature_families"] == params["feature_families"], record["feature_families"]
assert record["round_selection"] == params["round_selection"]
assert record["selection"]["family_rule"] == params["selection"]["family_rule"]
PY
"$CLI" score --model "$WORK/model.csbundle" --data "$WORK/data" --applicants train --out "$WORK/scores.csv" \
    >"$WORK/score.log" 2>&1 || { cat "$WORK/score.log"; fail "score with the selected bundle"; }

step "bad options are refused"
"$CLI" select --data "$WORK/data" --out "$WORK/p2.json" --repeats 0 >"$WORK/bad.log" 2>&1
[ $? -eq 2 ] && grep -q "repeats" "$WORK/bad.log" || fail "--repeats 0 not refused as a usage error"
echo '{"round_selection": "best"}' >"$WORK/bad-params.json"
"$CLI" train --data "$WORK/data" --out "$WORK/m2.csbundle" --params "$WORK/bad-params.json" >"$WORK/bad2.log" 2>&1
[ $? -eq 1 ] && grep -q "round_selection" "$WORK/bad2.log" || { cat "$WORK/bad2.log"; fail "a bad round_selection is not refused by name"; }
"$CLI" train --data "$WORK/data" --out "$WORK/m3.csbundle" --round-selection best >"$WORK/bad3.log" 2>&1
[ $? -eq 2 ] || fail "--round-selection best not refused as a usage error"
python3 -c "
import json
names = ['application_raw', 'recipe_ratios', 'ext_source_stats', 'credit_terms', 'age_and_household',
         'date_ratios', 'employment_anomaly', 'document_count', 'bureau', 'previous_applications',
         'pos_cash', 'installments', 'credit_card']
json.dump({'feature_families': {name: False for name in names}}, open('$WORK/nothing.json', 'w'))"
"$CLI" train --data "$WORK/data" --out "$WORK/m4.csbundle" --params "$WORK/nothing.json" >"$WORK/bad4.log" 2>&1
[ $? -eq 1 ] && grep -q "leave no feature" "$WORK/bad4.log" || { cat "$WORK/bad4.log"; fail "families that leave no feature are not refused"; }
[ ! -e "$WORK/m4.csbundle" ] || fail "a refused training wrote a bundle"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all select checks passed"
