#!/usr/bin/python3
"""Reference for docs/methodology.md ("Against the plain baseline"): the project's feature table
against issue 22's plain pandas baseline, trained the same way by python-xgboost on the same
repeated stratified folds, so only the features differ. Not part of the product or its tests;
needs the Debian packages python3-pandas and python3-xgboost (1.7, as the C++ side).

    credit-scoring features --data DIR --spec SPEC.json --out ours.csv   # the bundle's spec
    /usr/bin/python3 compare_feature_sets.py DIR ours.csv [REPEATS=3] [FOLDS=5] [sweep]

With `sweep`, the project's features alone under the project's XGBoost defaults and under each
of issue 22's parameter changes, alone and together, each against the defaults.

Plain baseline (issue 22): the application table's raw columns, categories one-hot with a
missing level, 365243 in DAYS_EMPLOYED as missing, the recipe's five ratios, without the default
feature policy's columns (gender, family status, application hour and weekday).
Protocol, as `credit-scoring select`'s: REPEATS x FOLDS stratified folds (fold seeds 42, 43, ...),
every fold trained for a fixed number of rounds while its validation AUC curve is recorded; a
fold's figure is its AUC at the best round (from round 50 on) of the mean curve of the OTHER
folds of its repeat, so no fold picks its own round. Each configuration is reported with the
mean over the folds and, against the plain baseline, the paired differences' mean, standard
error (sd / sqrt(n)) and range.
"""
import sys

import numpy as np
import pandas as pd
import xgboost as xgb

# The full-size reference beside this file: its baseline columns and its folds.
from pandas_xgboost_train import application_columns, stratified_folds

WARM_UP = 50


def fold_curves(values, labels, folds, params, rounds):
    curves = []
    for train, valid in folds:
        dtrain = xgb.DMatrix(values[train], label=labels[train], missing=np.nan)
        dvalid = xgb.DMatrix(values[valid], label=labels[valid], missing=np.nan)
        history = {}
        xgb.train(params, dtrain, num_boost_round=rounds, evals=[(dvalid, "valid")],
                  evals_result=history, verbose_eval=False)
        curves.append(np.array(history["valid"]["auc"]))
    return curves


def held_out_aucs(curves):
    """Each fold's AUC at the best round of the other folds' mean curve."""
    out = []
    for f, curve in enumerate(curves):
        others = np.mean([c for g, c in enumerate(curves) if g != f], axis=0)
        best = WARM_UP - 1 + int(np.argmax(others[WARM_UP - 1:]))
        out.append((curve[best], best + 1))
    return out


def held_out(values, labels, params, rounds, repeats, k):
    aucs = []
    for repeat in range(repeats):
        folds = stratified_folds(labels, k, 42 + repeat)
        aucs += [auc for auc, _ in held_out_aucs(fold_curves(values, labels, folds, params,
                                                             rounds))]
    return np.array(aucs)


def sweep(values, labels, base, repeats, k):
    defaults = dict(base, eta=0.08, max_depth=4, min_child_weight=10, subsample=0.8,
                    colsample_bytree=0.3)
    changes = {
        "subsample 1": ({"subsample": 1.0}, 400),
        "colsample 0.5": ({"colsample_bytree": 0.5}, 400),
        "min_child_weight 5": ({"min_child_weight": 5}, 400),
        "subsample 1, colsample 0.5, mcw 5": (
            {"subsample": 1.0, "colsample_bytree": 0.5, "min_child_weight": 5}, 400),
        "eta 0.03": ({"eta": 0.03}, 1000),
    }
    reference = held_out(values, labels, defaults, 400, repeats, k)
    print(f"project defaults: mean held-out fold AUC {reference.mean():.4f}", flush=True)
    for name, (change, rounds) in changes.items():
        aucs = held_out(values, labels, dict(defaults, **change), rounds, repeats, k)
        diff = aucs - reference
        print(f"{name}: {aucs.mean():.4f}; minus defaults: mean {diff.mean():+.4f}, "
              f"SE {diff.std(ddof=1) / np.sqrt(len(diff)):.4f}, "
              f"range {diff.min():+.4f} .. {diff.max():+.4f}", flush=True)


def main():
    folder, ours_csv = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    k = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    app = pd.read_csv(f"{folder}/application_train.csv")
    labels = app["TARGET"].to_numpy(dtype=np.float32)
    plain = application_columns(app).drop(columns=["TARGET"])
    ours = pd.read_csv(ours_csv).set_index("SK_ID_CURR").reindex(plain.index)
    assert not ours.index.hasnans and len(ours) == len(plain)
    feature_sets = {
        "plain baseline": plain.to_numpy(dtype=np.float32),
        "project features": ours.to_numpy(dtype=np.float32),
    }
    base = {"objective": "binary:logistic", "eval_metric": "auc", "tree_method": "hist",
            "max_bin": 256, "nthread": 1, "seed": 42, "base_score": float(labels.mean())}
    parameter_sets = {
        "project defaults (eta 0.08, depth 4, mcw 10, subsample 0.8, colsample 0.3)":
            (dict(base, eta=0.08, max_depth=4, min_child_weight=10, subsample=0.8,
                  colsample_bytree=0.3), 400),
        "issue 22's set (eta 0.03, depth 4, mcw 5, colsample 0.5)":
            (dict(base, eta=0.03, max_depth=4, min_child_weight=5, colsample_bytree=0.5), 1000),
    }
    print(f"{len(labels)} applicants, {int(labels.sum())} defaults; {repeats} x {k} folds; "
          + ", ".join(f"{name}: {v.shape[1]} columns" for name, v in feature_sets.items()))
    if len(sys.argv) > 5 and sys.argv[5] == "sweep":
        sweep(feature_sets["project features"], labels, base, repeats, k)
        return
    for pname, (params, rounds) in parameter_sets.items():
        results = {}
        for fname, values in feature_sets.items():
            aucs, chosen = [], []
            for repeat in range(repeats):
                folds = stratified_folds(labels, k, 42 + repeat)
                for auc, best in held_out_aucs(fold_curves(values, labels, folds, params, rounds)):
                    aucs.append(auc)
                    chosen.append(best)
            results[fname] = np.array(aucs)
            print(f"{pname} | {fname}: mean held-out fold AUC {np.mean(aucs):.4f} "
                  f"(sd {np.std(aucs, ddof=1):.4f}), rounds {min(chosen)}-{max(chosen)}",
                  flush=True)
        diff = results["project features"] - results["plain baseline"]
        print(f"{pname} | project minus plain: mean {diff.mean():+.4f}, "
              f"SE {diff.std(ddof=1) / np.sqrt(len(diff)):.4f}, "
              f"range {diff.min():+.4f} .. {diff.max():+.4f} over {len(diff)} folds", flush=True)


if __name__ == "__main__":
    main()
