#!/usr/bin/python3
"""Reference for docs/performance.md ("Training at full size"): the same training protocol as
`credit-scoring train` written the way a data scientist would in pandas and python-xgboost, to
compare time and memory with the C++ pipeline on the same folder. Not part of the product or
its tests; needs the Debian packages python3-pandas and python3-xgboost (1.7, as the C++ side).

Features: the application table's columns (365243 in DAYS_EMPLOYED as missing, categories one-hot
with a missing level), the recipe's five ratios, and per applicant the mean, min, max and sum of
every numeric column of each related table and the share of each category level (bureau_balance
through bureau, and the count of rows), without the default policy's excluded columns.
Training: the C++ defaults (eta 0.08, depth 4, min_child_weight 10, subsample 0.8, colsample
0.3, hist, 256 bins, base score the positive share), k stratified folds, both weighting variants,
the round count from the mean validation curve (xgb.cv's own early stopping on the mean, with
patience warm-up + patience = 90 rounds since xgb.cv has no warm-up; the best round is then
looked for from round 50 on), the variant with the higher mean-curve AUC (the C++ side compares
out-of-fold business cost), then the final model on every row. Prints each phase's wall time;
run it under `/usr/bin/time -v` for the peak memory.

    /usr/bin/python3 pandas_xgboost_train.py DATA_DIR [FOLDS=5]
"""
import sys
import time

import numpy as np
import pandas as pd
import xgboost as xgb

EXCLUDED = ["CODE_GENDER", "NAME_FAMILY_STATUS", "HOUR_APPR_PROCESS_START",
            "WEEKDAY_APPR_PROCESS_START"]
started = time.monotonic()


def phase(name):
    print(f"{time.monotonic() - started:8.1f} s  {name}", flush=True)


def aggregate(table, key, prefix):
    """Mean/min/max/sum of numeric columns and level shares of categories, per `key`."""
    categories = [c for c in table.columns if table[c].dtype == object]
    table = pd.get_dummies(table, columns=categories, dummy_na=True, dtype=np.float32)
    numeric = [c for c in table.columns if c != key and not c.startswith("SK_ID")]
    spec = {c: ["mean", "min", "max", "sum"] for c in numeric}
    grouped = table.groupby(key).agg(spec)
    grouped.columns = [f"{prefix}_{c}_{s}".upper() for c, s in grouped.columns]
    grouped[f"{prefix}_COUNT".upper()] = table.groupby(key).size()
    return grouped.astype(np.float32)


def application_columns(app):
    """Issue 22's plain baseline of the application table, indexed by SK_ID_CURR (TARGET kept):
    raw columns without the policy's, 365243 in DAYS_EMPLOYED as missing, the recipe's five
    ratios, categories one-hot with a missing level."""
    app = app.drop(columns=[c for c in EXCLUDED if c in app.columns])
    app["DAYS_EMPLOYED"] = app["DAYS_EMPLOYED"].replace(365243, np.nan)
    app["DAYS_EMPLOYED_PERC"] = app["DAYS_EMPLOYED"] / app["DAYS_BIRTH"]
    app["INCOME_CREDIT_PERC"] = app["AMT_INCOME_TOTAL"] / app["AMT_CREDIT"]
    app["INCOME_PER_PERSON"] = app["AMT_INCOME_TOTAL"] / app["CNT_FAM_MEMBERS"]
    app["ANNUITY_INCOME_PERC"] = app["AMT_ANNUITY"] / app["AMT_INCOME_TOTAL"]
    app["PAYMENT_RATE"] = app["AMT_ANNUITY"] / app["AMT_CREDIT"]
    categories = [c for c in app.columns if app[c].dtype == object]
    app = pd.get_dummies(app, columns=categories, dummy_na=True, dtype=np.float32)
    return app.set_index("SK_ID_CURR")


def features(folder):
    app = pd.read_csv(f"{folder}/application_train.csv")
    phase(f"application_train read: {len(app)} rows")
    app = application_columns(app)
    try:
        bureau = pd.read_csv(f"{folder}/bureau.csv")
        balance = pd.read_csv(f"{folder}/bureau_balance.csv")
        bureau = bureau.join(aggregate(balance, "SK_ID_BUREAU", "bb"), on="SK_ID_BUREAU")
        del balance
        app = app.join(aggregate(bureau, "SK_ID_CURR", "bureau"))
        del bureau
        phase("bureau and bureau_balance aggregated")
        for name, prefix in [("previous_application", "prev"), ("POS_CASH_balance", "pos"),
                             ("installments_payments", "ins"),
                             ("credit_card_balance", "cc")]:
            table = pd.read_csv(f"{folder}/{name}.csv")
            app = app.join(aggregate(table, "SK_ID_CURR", prefix))
            del table
            phase(f"{name} aggregated")
    except FileNotFoundError as missing:
        phase(f"related tables stop at {missing.filename}")
    labels = app.pop("TARGET").to_numpy(dtype=np.float32)
    values = app.to_numpy(dtype=np.float32)
    values[~np.isfinite(values)] = np.nan
    return values, labels


def stratified_folds(labels, k, seed):
    rng = np.random.default_rng(seed)
    assignment = np.empty(len(labels), dtype=int)
    for cls in (0, 1):
        rows = np.flatnonzero(labels == cls)
        rng.shuffle(rows)
        assignment[rows] = np.arange(len(rows)) % k
    return [(np.flatnonzero(assignment != f), np.flatnonzero(assignment == f)) for f in range(k)]


def main():
    folder = sys.argv[1]
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    eta, warm_up, patience = 0.08, 50, 40
    values, labels = features(folder)
    phase(f"features: {values.shape[0]} x {values.shape[1]}, {values.nbytes / 2**20:.0f} MB")
    matrix = xgb.DMatrix(values, label=labels, missing=np.nan, nthread=2)
    del values
    phase("DMatrix built")
    positives = labels.sum()
    results = {}
    for name, weight in [("unweighted", 1.0), ("scale_pos_weight",
                                                (len(labels) - positives) / positives)]:
        params = {"objective": "binary:logistic", "eval_metric": "auc", "tree_method": "hist",
                  "eta": eta, "max_depth": 4, "min_child_weight": 10, "subsample": 0.8,
                  "colsample_bytree": 0.3, "max_bin": 256, "nthread": 2, "seed": 42,
                  "scale_pos_weight": weight, "base_score": float(labels.mean())}
        history = xgb.cv(params, matrix, num_boost_round=2000,
                         folds=stratified_folds(labels, k, 42),
                         early_stopping_rounds=patience + warm_up, verbose_eval=False)
        curve = history["test-auc-mean"].to_numpy()
        best = warm_up - 1 + int(np.argmax(curve[warm_up - 1:]))
        results[name] = (best + 1, curve[best], params)
        phase(f"{name}: mean-curve AUC {curve[best]:.4f} at {best + 1} rounds "
              f"(xgb.cv kept {len(curve)} rounds of history)")
    chosen = max(results, key=lambda n: results[n][1])
    rounds, _, params = results[chosen]
    xgb.train(params, matrix, num_boost_round=rounds)
    phase(f"final model: {chosen}, {rounds} rounds")


if __name__ == "__main__":
    main()
