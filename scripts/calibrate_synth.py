#!/usr/bin/env python3
"""Prints core/synth/Calibration.cpp: the figures the synthetic portfolio generator samples from.

Reads the real Home Credit rows and emits FIGURES ONLY: per-column missing rates, category and
discrete-value frequencies, quantile grids of continuous columns, a Gaussian-copula correlation
factor and a few joint frequency tables. No row (nor any row-shaped tuple) is copied.

    python3 scripts/calibrate_synth.py ../shared/data/homecredit > core/synth/Calibration.cpp

Plain python3 (csv, math, statistics): the default interpreter here has no pandas.
"""
import csv
import math
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/homecredit")
GRID = 201  # quantile grid points: value at probability k / (GRID - 1)
DISCRETE_LIMIT = 40  # a column with at most this many distinct values is sampled as discrete
NORMAL = statistics.NormalDist()

SOURCES = {
    "ApplicationTrain": ROOT / "application_train.csv",
    "Bureau": ROOT / "unlinked-20000/bureau.csv",
    "BureauBalance": ROOT / "unlinked-20000/bureau_balance.csv",
    "PreviousApplication": ROOT / "unlinked-20000/previous_application_1500.csv",
    "PosCashBalance": ROOT / "unlinked-20000/POS_CASH_balance.csv",
    "InstallmentsPayments": ROOT / "unlinked-20000/installments_payments.csv",
    "CreditCardBalance": ROOT / "unlinked-20000/credit_card_balance.csv",
}


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    return header, rows


def to_float(text):
    try:
        return float(text)
    except ValueError:
        return None


def quantile_grid(values):
    ordered = sorted(values)
    n = len(ordered)
    grid = []
    for k in range(GRID):
        position = (n - 1) * k / (GRID - 1)
        low = int(math.floor(position))
        high = min(low + 1, n - 1)
        grid.append(ordered[low] + (ordered[high] - ordered[low]) * (position - low))
    return grid


def decimals_of(texts):
    """Decimals a generated value is rounded to: the 95th percentile of the real texts' decimals
    (ignores float artefacts such as 0.0035409999999999); -1 means full precision."""
    counts = []
    for text in texts:
        if "e" in text or "E" in text:
            return -1
        if "." in text:
            fraction = text.split(".", 1)[1].rstrip("0")
            counts.append(len(fraction))
        else:
            counts.append(0)
    if not counts:
        return 0
    counts.sort()
    value = counts[int(0.95 * (len(counts) - 1))]
    return -1 if value > 6 else value


def fmt(value):
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value == int(value) and abs(value) < 1e15:
        return repr(float(value))
    return repr(float(value))


def vec(values):
    return "{" + ", ".join(fmt(v) for v in values) + "}"


def cumulative(counts, keys, smoothing_to=None, weight=0.0):
    total = sum(counts.get(k, 0) for k in keys)
    probabilities = []
    for k in keys:
        p = counts.get(k, 0) / total if total else 0.0
        if smoothing_to is not None:
            p = (counts.get(k, 0) + weight * smoothing_to[k]) / (total + weight)
        probabilities.append(p)
    running, out = 0.0, []
    for p in probabilities:
        running += p
        out.append(running)
    out[-1] = 1.0
    return out


def marginal(name, texts, targets=None):
    """One column's marginal as a C++ ColumnMarginal initialiser."""
    present = [t for t in texts if t != ""]
    missing = 1.0 - len(present) / len(texts)
    numbers = [to_float(t) for t in present]
    numeric = bool(present) and all(v is not None for v in numbers)
    if not present:
        return f'{{"{name}", 1.0, NumberFormat::Integer, 0, {{}}, {{}}, {{}}, {{}}, {{}}}}'
    if numeric:
        has_point = any("." in t for t in present)
        number_format = "NumberFormat::FloatWithPoint" if has_point else "NumberFormat::Integer"
        decimals = decimals_of(present)
    else:
        number_format, decimals = "NumberFormat::Text", 0
    distinct = Counter(numbers if numeric else present)
    if not numeric or len(distinct) <= DISCRETE_LIMIT:
        keys = sorted(distinct)
        if targets is not None:
            overall = {k: distinct[k] / len(present) for k in keys}
            by_class = [Counter(), Counter()]
            for text, value, target in zip(texts, [to_float(t) if numeric else t for t in texts], targets):
                if text != "":
                    by_class[target][value] += 1
            class0 = cumulative(by_class[0], keys, overall, 20.0)
            class1 = cumulative(by_class[1], keys, overall, 20.0)
        else:
            class0 = cumulative(distinct, keys)
            class1 = []
        levels = vec(keys) if not numeric else "{}"
        values = vec(keys) if numeric else "{}"
        return (f'{{"{name}", {missing!r}, {number_format}, {decimals}, {levels}, {values}, '
                f'{vec(class0)}, {vec(class1)}, {{}}}}')
    grid = quantile_grid(numbers)
    return f'{{"{name}", {missing!r}, {number_format}, {decimals}, {{}}, {{}}, {{}}, {{}}, {vec(grid)}}}'


def normal_scores(values):
    """Rank-based normal scores of the present values (None stays None)."""
    indexed = sorted((v, i) for i, v in enumerate(values) if v is not None)
    scores = [None] * len(values)
    n = len(indexed)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and indexed[j + 1][0] == indexed[i][0]:
            j += 1
        score = NORMAL.inv_cdf(((i + j) / 2 + 0.5) / n)
        for k in range(i, j + 1):
            scores[indexed[k][1]] = score
        i = j + 1
    return scores


def pairwise_correlation(a, b):
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    if len(pairs) < 30:
        return 0.0
    mx = sum(p[0] for p in pairs) / len(pairs)
    my = sum(p[1] for p in pairs) / len(pairs)
    sxy = sum((p[0] - mx) * (p[1] - my) for p in pairs)
    sxx = sum((p[0] - mx) ** 2 for p in pairs)
    syy = sum((p[1] - my) ** 2 for p in pairs)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else 0.0


def cholesky(matrix):
    n = len(matrix)
    lower = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1):
            s = matrix[i][j] - sum(lower[i][k] * lower[j][k] for k in range(j))
            if i == j:
                if s <= 1e-6:
                    return None
                lower[i][j] = math.sqrt(s)
            else:
                lower[i][j] = s / lower[j][j]
    return lower


def main():
    out = []
    emit = out.append
    emit("// Generated by scripts/calibrate_synth.py from the real Home Credit sample rows.")
    emit("// FIGURES ONLY: missing rates, frequencies, quantile grids, correlation factors. No row")
    emit("// of the real data is held here. Regenerate rather than edit:")
    emit("//   python3 scripts/calibrate_synth.py ../shared/data/homecredit > core/synth/Calibration.cpp")
    emit("// clang-format off")
    emit('#include "synth/Calibration.h"')
    emit("")
    emit("namespace credit::synth {")
    emit("")

    header, rows = read(SOURCES["ApplicationTrain"])
    column = {name: [row[i] for row in rows] for i, name in enumerate(header)}
    targets = [int(float(t)) for t in column["TARGET"]]
    default_rate = sum(targets) / len(targets)

    # Generic marginals of every table.
    for table, path in SOURCES.items():
        table_header, table_rows = read(path)
        emit(f"static const std::vector<ColumnMarginal>& marginals{table}()")
        emit("{")
        emit("    static const std::vector<ColumnMarginal> marginals = {")
        for i, name in enumerate(table_header):
            texts = [row[i] if i < len(row) else "" for row in table_rows]
            if name in ("SK_ID_CURR", "SK_ID_BUREAU", "SK_ID_PREV", "TARGET"):
                continue
            emit("        " + marginal(name, texts, targets if table == "ApplicationTrain" else None) + ",")
        emit("    };")
        emit("    return marginals;")
        emit("}")
        emit("")

    # Gaussian copula of the applicant's continuous facts and the latent risk (dimension 0).
    credit = [to_float(t) for t in column["AMT_CREDIT"]]
    annuity = [to_float(t) for t in column["AMT_ANNUITY"]]
    goods = [to_float(t) for t in column["AMT_GOODS_PRICE"]]
    employed = [to_float(t) for t in column["DAYS_EMPLOYED"]]
    sentinel = [e is not None and e == 365243.0 for e in employed]
    payment_rate = [a / c if a is not None and c else None for a, c in zip(annuity, credit)]
    goods_ratio = [g / c if g is not None and c else None for g, c in zip(goods, credit)]
    copula_names = ["EXT_SOURCE_1", "EXT_SOURCE_2", "EXT_SOURCE_3", "DAYS_BIRTH", "DAYS_EMPLOYED",
                    "AMT_INCOME_TOTAL", "AMT_CREDIT", "PAYMENT_RATE", "GOODS_RATIO",
                    "REGION_POPULATION_RELATIVE", "DAYS_REGISTRATION", "DAYS_ID_PUBLISH",
                    "DAYS_LAST_PHONE_CHANGE", "OWN_CAR_AGE"]
    raw = {}
    for name in copula_names:
        if name == "PAYMENT_RATE":
            raw[name] = payment_rate
        elif name == "GOODS_RATIO":
            raw[name] = goods_ratio
        elif name == "DAYS_EMPLOYED":
            raw[name] = [None if s else e for e, s in zip(employed, sentinel)]
        else:
            raw[name] = [to_float(t) for t in column[name]]
    scores = [normal_scores(raw[name]) for name in copula_names]
    # Biserial correlation of each score with a latent risk r where TARGET = [r > threshold]:
    # E[z|T=1] - E[z|T=0] = rho * phi(t) / (p (1 - p)).
    threshold = NORMAL.inv_cdf(1.0 - default_rate)
    density = math.exp(-threshold * threshold / 2) / math.sqrt(2 * math.pi)
    risk_row = [1.0]
    for s in scores:
        ones = [z for z, t in zip(s, targets) if z is not None and t == 1]
        zeros = [z for z, t in zip(s, targets) if z is not None and t == 0]
        difference = sum(ones) / len(ones) - sum(zeros) / len(zeros)
        p = len(ones) / (len(ones) + len(zeros))
        risk_row.append(max(-0.95, min(0.95, difference * p * (1 - p) / density)))
    dimension = len(copula_names) + 1
    correlation = [[1.0] * dimension for _ in range(dimension)]
    for i in range(1, dimension):
        correlation[0][i] = correlation[i][0] = risk_row[i]
        for j in range(i + 1, dimension):
            c = pairwise_correlation(scores[i - 1], scores[j - 1])
            correlation[i][j] = correlation[j][i] = c
    # Pairwise estimates need not be positive definite: shrink off-diagonals until they are.
    shrink = 1.0
    while True:
        trial = [[correlation[i][j] * (shrink if i != j else 1.0) for j in range(dimension)]
                 for i in range(dimension)]
        lower = cholesky(trial)
        if lower is not None:
            break
        shrink *= 0.97
    emit("// Gaussian copula: dimension 0 is the latent risk, then the applicant facts below (normal")
    emit(f"// scores, pairwise correlations, biserial with TARGET; off-diagonals shrunk by {shrink:.4f}).")
    emit("const CopulaCalibration& applicantCopula()")
    emit("{")
    emit("    static const CopulaCalibration copula = {")
    emit("        " + vec(copula_names) + ",")
    emit("        {")
    for row in lower:
        emit("            " + vec(row) + ",")
    emit("        },")
    emit("        " + vec(quantile_grid([v for v in payment_rate if v is not None])) + ",")
    emit("        " + vec(quantile_grid([v for v in goods_ratio if v is not None])) + ",")
    age_pensioners = [to_float(b) for b, s in zip(column["DAYS_BIRTH"], sentinel) if s]
    emit("        " + vec(quantile_grid(age_pensioners)) + ",")
    emit("        " + vec(quantile_grid([e for e in raw["DAYS_EMPLOYED"] if e is not None])) + ",")
    emit("    };")
    emit("    return copula;")
    emit("}")
    emit("")

    # Employment sentinel share per income type; family composition.
    income_types = sorted(set(column["NAME_INCOME_TYPE"]))
    sentinel_share = []
    for level in income_types:
        members = [s for s, t in zip(sentinel, column["NAME_INCOME_TYPE"]) if t == level]
        sentinel_share.append(sum(members) / len(members))
    family = Counter()
    for children, members in zip(column["CNT_CHILDREN"], column["CNT_FAM_MEMBERS"]):
        if children == "" or members == "":
            continue
        c = int(float(children))
        adults = int(float(members)) - c
        family[(min(c, 6), max(1, min(adults, 3)))] += 1
    family_keys = sorted(family)
    total_family = sum(family.values())
    running, family_cumulative = 0.0, []
    for key in family_keys:
        running += family[key] / total_family
        family_cumulative.append(running)
    family_cumulative[-1] = 1.0
    building_columns = [n for n in header if n.endswith(("_AVG", "_MODE", "_MEDI"))]
    avg_columns = [n for n in header if n.endswith("_AVG")]
    block_present = sum(1 for i in range(len(rows)) if any(column[n][i] != "" for n in avg_columns)) / len(rows)
    emit("const ApplicantCalibration& applicantCalibration()")
    emit("{")
    emit("    static const ApplicantCalibration calibration = {")
    emit(f"        {default_rate!r},")
    emit("        " + vec(income_types) + ",")
    emit("        " + vec(sentinel_share) + ",")
    emit("        " + vec([k[0] for k in family_keys]) + ",")
    emit("        " + vec([k[1] for k in family_keys]) + ",")
    emit("        " + vec(family_cumulative) + ",")
    emit(f"        {block_present!r},")
    # Within the block, each column's missing rate among rows where the block is present.
    block_missing = []
    present_rows = [i for i in range(len(rows)) if any(column[n][i] != "" for n in avg_columns)]
    for name in building_columns:
        block_missing.append(sum(1 for i in present_rows if column[name][i] == "") / len(present_rows))
    emit("        " + vec(building_columns) + ",")
    emit("        " + vec(block_missing) + ",")
    emit("    };")
    emit("    return calibration;")
    emit("}")
    emit("")

    # Related-table structure figures.
    _, bb_rows = read(SOURCES["BureauBalance"])
    status = Counter(r[2] for r in bb_rows if r[2] != "C")
    status_keys = ["0", "1", "2", "3", "4", "5", "X"]
    open_total = sum(status[k] for k in status_keys)
    _, inst_rows = read(SOURCES["InstallmentsPayments"])
    late, partial, lateness = 0, 0, []
    for r in inst_rows:
        due, paid, amount, payment = (to_float(r[4]), to_float(r[5]), to_float(r[6]), to_float(r[7]))
        if due is None or paid is None or amount is None or payment is None:
            continue
        lateness.append(paid - due)
        if paid > due:
            late += 1
        if payment < amount - 0.01:
            partial += 1
    _, pos_rows = read(SOURCES["PosCashBalance"])
    pos_dpd = sum(1 for r in pos_rows if r[6] not in ("", "0")) / len(pos_rows)
    emit("const HistoryCalibration& historyCalibration()")
    emit("{")
    emit("    static const HistoryCalibration calibration = {")
    emit("        " + vec([status[k] / open_total for k in status_keys]) + ",")
    emit(f"        {late / len(lateness)!r},")
    emit(f"        {partial / len(lateness)!r},")
    emit("        " + vec(quantile_grid(lateness)) + ",")
    emit(f"        {pos_dpd!r},")
    emit("    };")
    emit("    return calibration;")
    emit("}")
    emit("")

    emit("const std::vector<ColumnMarginal>& marginals(data::TableId table)")
    emit("{")
    emit("    switch (table) {")
    emit("    case data::TableId::ApplicationTrain:")
    emit("    case data::TableId::ApplicationTest: return marginalsApplicationTrain();")
    for table in list(SOURCES)[1:]:
        emit(f"    case data::TableId::{table}: return marginals{table}();")
    emit("    }")
    emit("    return marginalsApplicationTrain();")
    emit("}")
    emit("")
    emit("} // namespace credit::synth")
    print("\n".join(out))


if __name__ == "__main__":
    main()
