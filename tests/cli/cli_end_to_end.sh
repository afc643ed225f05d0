#!/bin/sh
# End-to-end test of the data team's command line: synthesise, train (fast settings), evaluate,
# score, explain, list runs, fairness report and model card; and the error paths a user meets
# (no TARGET, unknown client, corrupt bundle, a misspelt attribute, a bundle without a policy). Usage: cli_end_to_end.sh /path/to/credit-scoring
set -u
CLI="$1"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/credit-cli-e2e.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
step() { echo "== $*"; }

step "synth 2,000 applicants"
"$CLI" synth --applicants 2000 --seed 7 --test-share 0.1 --out "$WORK/data" >"$WORK/synth.log" 2>&1 \
    || { cat "$WORK/synth.log"; fail "synth"; exit 1; }

step "train (2 folds, few rounds)"
"$CLI" train --data "$WORK/data" --out "$WORK/model.csbundle" --folds 2 --max-rounds 60 --patience 20 \
    --no-weighting-comparison --runs "$WORK/runs" --note e2e >"$WORK/train.log" 2>&1 \
    || { cat "$WORK/train.log"; fail "train"; exit 1; }
grep -q "Cross-validated ROC AUC" "$WORK/train.log" || fail "train does not print the cross-validated AUC"
[ -s "$WORK/model.csbundle" ] || fail "train wrote no bundle"

step "evaluate"
"$CLI" evaluate --model "$WORK/model.csbundle" --data "$WORK/data" --json "$WORK/evaluate.json" >"$WORK/evaluate.log" 2>&1 \
    || { cat "$WORK/evaluate.log"; fail "evaluate"; }
python3 - "$WORK/evaluate.json" <<'PY' || fail "evaluate --json is not valid JSON with an AUC in (0.5, 1]"
import json, sys
body = json.load(open(sys.argv[1]))
assert 0.5 < body["roc_auc"] <= 1.0, body
assert body["clients"] > 0
PY

step "score the test applicants"
"$CLI" score --model "$WORK/model.csbundle" --data "$WORK/data" --out "$WORK/scores.csv" >"$WORK/score.log" 2>&1 \
    || { cat "$WORK/score.log"; fail "score"; }
[ "$(head -n 1 "$WORK/scores.csv")" = "SK_ID_CURR,probability,decision" ] || fail "score CSV header"
test_rows=$(($(wc -l <"$WORK/data/application_test.csv") - 1))
score_rows=$(($(wc -l <"$WORK/scores.csv") - 1))
[ "$test_rows" -gt 0 ] && [ "$score_rows" -eq "$test_rows" ] \
    || fail "score CSV has $score_rows rows for $test_rows test applicants"

step "explain --json"
client=$(sed -n 2p "$WORK/data/application_train.csv" | python3 -c "
import csv, sys; header = csv.reader(open('$WORK/data/application_train.csv')).__next__()
row = next(csv.reader(sys.stdin)); print(int(float(row[header.index('SK_ID_CURR')])))")
"$CLI" explain --model "$WORK/model.csbundle" --data "$WORK/data" --client "$client" --json --counterfactuals \
    >"$WORK/explain.json" 2>"$WORK/explain.err" || { cat "$WORK/explain.err"; fail "explain"; }
python3 - "$WORK/explain.json" <<'PY' || fail "explain --json is not valid JSON with reasons"
import json, sys
body = json.load(open(sys.argv[1]))
text = json.dumps(body)
assert "reasons" in text or "adverse" in text, list(body)
PY

step "runs"
"$CLI" runs --runs "$WORK/runs" >"$WORK/runs.log" 2>&1 || { cat "$WORK/runs.log"; fail "runs"; }
grep -q "e2e\|0\.[0-9]" "$WORK/runs.log" || { cat "$WORK/runs.log"; fail "runs does not list the run"; }

step "help lists every command without failing"
"$CLI" --help >"$WORK/help.log" 2>&1 || { cat "$WORK/help.log"; fail "--help"; }
grep -q "^  fairness " "$WORK/help.log" || { cat "$WORK/help.log"; fail "--help does not list fairness"; }

step "training run: policy in params.json, fairness section in report.html, fairness in the bundle"
run_folder=$(ls -d "$WORK"/runs/*/ | head -n 1)
python3 - "$run_folder/params.json" <<'PY' || fail "params.json lacks the default feature policy"
import json, sys
params = json.load(open(sys.argv[1]))
columns = [e["column"] for e in params["feature_policy"]["excluded"]]
assert columns == ["CODE_GENDER", "NAME_FAMILY_STATUS", "HOUR_APPR_PROCESS_START",
                   "WEEKDAY_APPR_PROCESS_START"], columns
assert params["warnings"] == [], params["warnings"]
PY
grep -q "Fairness by group" "$run_folder/report.html" || fail "report.html has no fairness section"
grep -q "Feature policy, columns kept out of the model: CODE_GENDER" "$WORK/train.log" \
    || fail "train does not print the feature policy"

step "fairness report on labelled data"
"$CLI" fairness --model "$WORK/model.csbundle" --data "$WORK/data" --out "$WORK/fairness.html" \
    --json "$WORK/fairness.json" --resamples 200 >"$WORK/fairness.log" 2>&1 \
    || { cat "$WORK/fairness.log"; fail "fairness"; }
grep -q "Fairness by group" "$WORK/fairness.html" || fail "fairness HTML has no section"
train_rows=$(($(wc -l <"$WORK/data/application_train.csv") - 1))
python3 - "$WORK/fairness.json" "$train_rows" <<'PY' || fail "fairness JSON: groupings, counts, no NaN"
import json, sys
text = open(sys.argv[1]).read()
assert "NaN" not in text and "nan" not in text
report = json.loads(text)
assert report["rows"] == int(sys.argv[2]), report["rows"]
assert report["bootstrap_resamples"] == 200
assert [g["key"] for g in report["groupings"]] == ["gender", "age_band", "family_status", "children"]
for grouping in report["groupings"]:
    assert sum(g["count"] for g in grouping["groups"]) <= report["rows"]
    for group in grouping["groups"]:
        for key in ("approval_rate", "auc", "false_refusal_rate"):
            estimate = group[key]
            assert estimate["value"] is not None or estimate["not_computable"], (group["key"], key)
assert [p["column"] for p in report["proxies"]][:2] == ["CODE_GENDER", "NAME_FAMILY_STATUS"]
PY

step "model card: generated section, alone and between a card's markers"
"$CLI" card --model "$WORK/model.csbundle" --out "$WORK/section.md" >"$WORK/card.log" 2>&1 \
    || { cat "$WORK/card.log"; fail "card --out"; }
grep -q "CODE_GENDER" "$WORK/section.md" && grep -q "Fairness (generated)" "$WORK/section.md" \
    && grep -q "^| Brier score | 0\.[0-9]" "$WORK/section.md" \
    && grep -q "^| confusion at threshold | TP [0-9]" "$WORK/section.md" \
    && grep -q '^| off | .*`ext_source_stats`' "$WORK/section.md" \
    && grep -q '^Boosting rounds chosen by `mean_curve`' "$WORK/section.md" \
    && grep -q '^Cross-validated on 2 stratified folds (asked for)' "$WORK/section.md" \
    || fail "card section lacks the policy, the out-of-fold metrics, the families and rounds or the fairness figures"
printf '# Card\n\nHand-written text.\n\n<!-- BEGIN GENERATED by `credit-scoring card`: do not edit by hand -->\nold\n<!-- END GENERATED -->\n\nAfter.\n' >"$WORK/card.md"
"$CLI" card --model "$WORK/model.csbundle" --into "$WORK/card.md" >>"$WORK/card.log" 2>&1 \
    || { cat "$WORK/card.log"; fail "card --into"; }
grep -q "Hand-written text." "$WORK/card.md" && grep -q "^After.$" "$WORK/card.md" \
    && ! grep -q "^old$" "$WORK/card.md" && grep -q "CODE_GENDER" "$WORK/card.md" \
    || { cat "$WORK/card.md"; fail "card --into did not replace only the generated section"; }

step "train --allow-attribute warns; a misspelt --exclude-attribute is refused"
"$CLI" train --data "$WORK/data" --out "$WORK/allowed.csbundle" --folds 2 --max-rounds 5 \
    --no-weighting-comparison --allow-attribute CODE_GENDER >"$WORK/allowed.log" 2>&1 \
    || { cat "$WORK/allowed.log"; fail "train --allow-attribute"; }
grep -q "warning: .*CODE_GENDER.*--allow-attribute" "$WORK/allowed.log" \
    || { cat "$WORK/allowed.log"; fail "--allow-attribute gives no warning"; }
if "$CLI" train --data "$WORK/data" --out "$WORK/x.csbundle" --folds 2 --max-rounds 5 \
    --no-weighting-comparison --exclude-attribute CODE_GENDR >"$WORK/misspelt.log" 2>&1; then
    fail "a misspelt --exclude-attribute was accepted"
fi
grep -q "CODE_GENDR" "$WORK/misspelt.log" || { cat "$WORK/misspelt.log"; fail "misspelt-attribute message does not name it"; }

step "a bundle without a feature policy loads with a warning"
python3 - "$WORK/model.csbundle" "$WORK/nopolicy.csbundle" <<'PY'
import hashlib, json, struct, sys
data = open(sys.argv[1], "rb").read()
(length,) = struct.unpack_from("<Q", data, 12)
manifest = json.loads(data[20:20 + length])
del manifest["feature_policy"]  # as written before policies existed
text = json.dumps(manifest).encode()
body = data[:12] + struct.pack("<Q", len(text)) + text + data[20 + length:-32]
open(sys.argv[2], "wb").write(body + hashlib.sha256(body).digest())
PY
"$CLI" evaluate --model "$WORK/nopolicy.csbundle" --data "$WORK/data" >"$WORK/nopolicy.log" 2>&1 \
    || { cat "$WORK/nopolicy.log"; fail "a bundle without a policy was refused"; }
grep -q "warning: .*no feature policy" "$WORK/nopolicy.log" \
    || { cat "$WORK/nopolicy.log"; fail "no warning for a bundle without a policy"; }

step "error: train on a folder without TARGET"
mkdir -p "$WORK/notarget"
cp "$WORK/data/application_test.csv" "$WORK/notarget/application_test.csv"
if "$CLI" train --data "$WORK/notarget" --out "$WORK/x.csbundle" --folds 2 --max-rounds 5 \
    --no-weighting-comparison >"$WORK/notarget.log" 2>&1; then
    fail "train without TARGET succeeded"
fi
grep -q "TARGET" "$WORK/notarget.log" || { cat "$WORK/notarget.log"; fail "no-TARGET message does not name TARGET"; }

step "error: explain an unknown client"
if "$CLI" explain --model "$WORK/model.csbundle" --data "$WORK/data" --client 999999999 >"$WORK/unknown.log" 2>&1; then
    fail "explain of an unknown client succeeded"
fi
grep -q "999999999" "$WORK/unknown.log" || { cat "$WORK/unknown.log"; fail "unknown-client message does not name the client"; }

step "error: a corrupt bundle (one flipped byte)"
cp "$WORK/model.csbundle" "$WORK/corrupt.csbundle"
size=$(wc -c <"$WORK/corrupt.csbundle")
python3 - "$WORK/corrupt.csbundle" "$((size / 2))" <<'PY'
import sys
path, offset = sys.argv[1], int(sys.argv[2])
data = bytearray(open(path, "rb").read())
data[offset] ^= 0xFF
open(path, "wb").write(data)
PY
if "$CLI" evaluate --model "$WORK/corrupt.csbundle" --data "$WORK/data" >"$WORK/corrupt.log" 2>&1; then
    fail "a corrupt bundle was accepted"
fi
grep -qi "checksum" "$WORK/corrupt.log" || { cat "$WORK/corrupt.log"; fail "corrupt-bundle message does not name the checksum"; }

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all CLI end-to-end checks passed"
