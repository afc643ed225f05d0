#!/usr/bin/python3
"""Manual check of a generated portfolio with pandas + XGBoost (Debian python3-pandas,
python3-xgboost, python3-sklearn under /usr/bin/python3; not used by the tests).

    /usr/bin/python3 scripts/check_synth_signal.py build/demo-data

Loads the eight files with pandas (readability check), prints the default rate and the
cross-validated AUC of gradient boosting on application features alone and with simple
history aggregates (the Kaggle "simple features" recipe, abridged).
"""
import sys

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import cross_val_predict, StratifiedKFold
from sklearn.metrics import roc_auc_score

folder = sys.argv[1]
tables = {name: pd.read_csv(f"{folder}/{name}.csv") for name in [
    "application_train", "application_test", "bureau", "bureau_balance", "previous_application",
    "POS_CASH_balance", "installments_payments", "credit_card_balance"]}
for name, frame in tables.items():
    print(f"{name}: {frame.shape[0]} rows x {frame.shape[1]} columns")
train = tables["application_train"]
print(f"default rate {train.TARGET.mean():.4f}")

def encode(frame):
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].astype("category").cat.codes
    return frame

app = encode(train.drop(columns=["TARGET"]))
app["DAYS_EMPLOYED"] = app["DAYS_EMPLOYED"].replace(365243, np.nan)
app["PAYMENT_RATE"] = train.AMT_ANNUITY / train.AMT_CREDIT
app["DAYS_EMPLOYED_PERC"] = app.DAYS_EMPLOYED / app.DAYS_BIRTH

bureau = tables["bureau"]
bureau_agg = bureau.groupby("SK_ID_CURR").agg(BURO_DAYS_CREDIT_MEAN=("DAYS_CREDIT", "mean"),
    BURO_CREDIT_DAY_OVERDUE_MAX=("CREDIT_DAY_OVERDUE", "max"), BURO_COUNT=("SK_ID_BUREAU", "size"),
    BURO_AMT_CREDIT_MAX_OVERDUE_MEAN=("AMT_CREDIT_MAX_OVERDUE", "mean"))
bb = tables["bureau_balance"]
bb["LATE"] = bb.STATUS.isin(["1", "2", "3", "4", "5"]).astype(float)
bb_agg = bb.groupby("SK_ID_BUREAU").LATE.mean().rename("BB_LATE").reset_index().merge(
    bureau[["SK_ID_BUREAU", "SK_ID_CURR"]]).groupby("SK_ID_CURR").BB_LATE.mean()
prev = tables["previous_application"]
prev_agg = prev.groupby("SK_ID_CURR").agg(PREV_COUNT=("SK_ID_PREV", "size"),
    REFUSED_SHARE=("NAME_CONTRACT_STATUS", lambda s: (s == "Refused").mean()))
pos = tables["POS_CASH_balance"]
pos_agg = pos.groupby("SK_ID_CURR").agg(POS_SK_DPD_MAX=("SK_DPD", "max"), POS_SK_DPD_MEAN=("SK_DPD", "mean"))
ins = tables["installments_payments"]
ins["DPD"] = (ins.DAYS_ENTRY_PAYMENT - ins.DAYS_INSTALMENT).clip(lower=0)
ins["PAYMENT_PERC"] = ins.AMT_PAYMENT / ins.AMT_INSTALMENT
ins_agg = ins.groupby("SK_ID_CURR").agg(INSTAL_DPD_MEAN=("DPD", "mean"), INSTAL_DPD_MAX=("DPD", "max"),
    INSTAL_PAYMENT_PERC_MEAN=("PAYMENT_PERC", "mean"))
cc = tables["credit_card_balance"]
cc_agg = cc.groupby("SK_ID_CURR").agg(CC_AMT_BALANCE_MEAN=("AMT_BALANCE", "mean"), CC_SK_DPD_MAX=("SK_DPD", "max"))
full = app.set_index("SK_ID_CURR")
for agg in [bureau_agg, bb_agg, prev_agg, pos_agg, ins_agg, cc_agg]:
    full = full.join(agg)

folds = StratifiedKFold(3, shuffle=True, random_state=0)
model = xgb.XGBClassifier(n_estimators=150, learning_rate=0.1, max_depth=5, subsample=0.8,
                          colsample_bytree=0.8, n_jobs=2, tree_method="hist", eval_metric="auc")
for label, features in [("application only", app.set_index("SK_ID_CURR")), ("with histories", full)]:
    predictions = cross_val_predict(model, features, train.TARGET.values, cv=folds, method="predict_proba")[:, 1]
    print(f"3-fold AUC, {label}: {roc_auc_score(train.TARGET.values, predictions):.4f}")
for column in ["EXT_SOURCE_1", "EXT_SOURCE_2", "EXT_SOURCE_3", "DAYS_BIRTH", "PAYMENT_RATE"]:
    present = full[column].notna()
    print(f"univariate AUC {column}: {roc_auc_score(train.TARGET[present.values], -full[column][present]):.3f}")
