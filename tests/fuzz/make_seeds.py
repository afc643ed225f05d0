#!/usr/bin/env python3
"""Writes the fuzz harnesses' seed corpora (tests/fuzz/corpus/) from SYNTHETIC data only.

Runs the project's own tools through the credit-scoring CLI: `synth` (the calibrated generator:
the real sample's layout and value shapes, no real row), `features --save-spec` (the spec fitted on
that portfolio) and `train` (a few rounds), then cuts small seeds out of their output. Run it again
after a file-format change; the seeds are committed, so CI needs no generation step.

Usage: tests/fuzz/make_seeds.py BUILD/app/cli/credit-scoring [CORPUS_DIR]
"""
import csv
import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile

# kAllTables order (core/data/TableId.h): the CSV harness's first byte picks the schema.
TABLES = ["application_train", "application_test", "bureau", "bureau_balance",
          "previous_application", "POS_CASH_balance", "installments_payments",
          "credit_card_balance"]
API_KEY = "fuzz-key-0123456789"  # kFuzzApiKey in FuzzSupport.h


def compact(value):
    return json.dumps(value, separators=(",", ":"))


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        out.write(data if isinstance(data, bytes) else data.encode())


def typed(text):
    try:
        number = float(text)
        return int(number) if number.is_integer() else number
    except ValueError:
        return text


def rows(folder, table):
    with open(os.path.join(folder, table + ".csv"), newline="") as file:
        return [{k: typed(v) for k, v in row.items() if v != ""} for row in csv.DictReader(file)]


def lean_bundle(path):
    """The bundle without its checksum (the harness appends it) and without the bulky optional
    parts (reference statistics, metrics), so the seed stays small."""
    data = open(path, "rb").read()
    manifest_length = struct.unpack("<Q", data[12:20])[0]
    manifest = json.loads(data[20:20 + manifest_length])
    at = 20 + manifest_length
    booster_length = struct.unpack("<Q", data[at:at + 8])[0]
    booster = data[at + 8:at + 8 + booster_length]
    manifest["reference_statistics"] = {}
    manifest["metrics"] = {}
    manifest["cost_curve"] = manifest["cost_curve"][:3]
    manifest["global_importance"] = manifest["global_importance"][:3]
    text = compact(manifest).encode()
    return (data[:12] + struct.pack("<Q", len(text)) + text + struct.pack("<Q", len(booster)) +
            booster)


def principal_files():
    def digest(key):
        return hashlib.sha256(key.encode()).hexdigest()
    advisor = {"id": "a.martin", "name": "Anne Martin", "role": "advisor",
               "key_sha256": digest("advisor-key")}
    supervisor = {"id": "s.bernard", "name": "Sophie Bernard", "role": "supervisor",
                  "key_sha256": digest("supervisor-key").upper()}
    return {
        "two-principals.bin": json.dumps([advisor, supervisor], indent=1) + "\0advisor-key",
        "rotated-key.bin": json.dumps([advisor, dict(advisor, key_sha256=digest("new-key"))])
                           + "\0new-key",
        "unknown-role.bin": json.dumps([dict(advisor, role="admin")]),
        "two-roles.bin": json.dumps([advisor, dict(advisor, role="supervisor")]),
        "key-not-digest.bin": json.dumps([dict(advisor, key_sha256="advisor-key")]),
        "no-id.bin": json.dumps([{"role": "advisor", "key_sha256": digest("k")}]),
        "not-an-array.bin": json.dumps(advisor),
        "empty.bin": "",
    }


def main():
    cli = sys.argv[1]
    corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "corpus")
    work = tempfile.mkdtemp(prefix="credit-fuzz-seeds-")
    try:
        data = os.path.join(work, "data")
        run = lambda *args: subprocess.run([cli, *args], check=True, stdout=subprocess.DEVNULL)
        run("synth", "--applicants", "400", "--seed", "2025", "--out", data)
        run("features", "--data", data, "--out", os.path.join(work, "features.csv"),
            "--save-spec", os.path.join(work, "spec.json"))
        run("train", "--data", data, "--out", os.path.join(work, "model.csbundle"), "--folds", "2",
            "--max-rounds", "4", "--min-rounds", "1", "--patience", "2",
            "--no-weighting-comparison", "--jobs", "1")
        # A second, small bundle: only the recipe ratios and EXT_SOURCE statistics, six shallow
        # rounds (20 KB instead of 171 KB). libFuzzer mutates a 20 KB input ~20 times faster and
        # its mutations land on the manifest's structure and the trees far more often, which is
        # what the long runs need (docs/reliability.md); the full bundle stays as the other seed.
        small_data = os.path.join(work, "data-small")
        run("synth", "--applicants", "3000", "--seed", "2025", "--out", small_data)
        params = os.path.join(work, "small-params.json")
        write(params, compact({"feature_families": {
            family: False for family in
            ["application_raw", "credit_terms", "age_and_household", "date_ratios",
             "employment_anomaly", "document_count", "bureau", "previous_applications",
             "pos_cash", "installments", "credit_card"]}}))
        run("train", "--data", small_data, "--out", os.path.join(work, "small.csbundle"),
            "--params", params, "--folds", "2", "--max-rounds", "6", "--min-rounds", "3",
            "--patience", "2", "--no-weighting-comparison", "--jobs", "1")

        # CSV reader: a byte naming the table, then the header and three records.
        for index, table in enumerate(TABLES):
            lines = open(os.path.join(data, table + ".csv"), "rb").read().split(b"\n")[:4]
            text = b"\n".join(lines) + b"\n"
            write(f"{corpus}/csv_reader/{table}.csv", bytes([index]) + text)
            if index == 0:
                write(f"{corpus}/csv_reader/{table}-crlf-bom.csv",
                      bytes([index]) + b"\xef\xbb\xbf" + text.replace(b"\n", b"\r\n"))

        # Client records (the API body): applicants with two rows of each history, one invalid.
        applicants = rows(data, "application_test")
        history = {table: rows(data, table) for table in TABLES[2:]}

        def record(applicant):
            body = dict(applicant)
            bureau = [b for b in history["bureau"] if b["SK_ID_CURR"] == applicant["SK_ID_CURR"]]
            body["bureau"] = bureau[:2]
            ids = {b["SK_ID_BUREAU"] for b in body["bureau"]}
            body["bureau_balance"] = [b for b in history["bureau_balance"]
                                      if b["SK_ID_BUREAU"] in ids][:2]
            for table in TABLES[4:]:
                body[table] = [r for r in history[table]
                               if r["SK_ID_CURR"] == applicant["SK_ID_CURR"]][:2]
            return body

        written = 0
        for applicant in applicants:
            body = record(applicant)
            if written < 3 and not (body["bureau"] and body["bureau_balance"]):
                continue
            write(f"{corpus}/client_record_json/client-{written}.json", compact(body))
            written += 1
            if written == 4:
                break
        wrong = dict(applicants[0], AMT_INCOME_TOTAL="a lot", NOT_A_COLUMN=1, CODE_GENDER="Q",
                     bureau=[1, {"SK_ID_BUREAU": "x"}])
        write(f"{corpus}/client_record_json/client-invalid.json", compact(wrong))

        # Feature spec: a cut of the fitted one (the whole is ~190 KB).
        spec = json.load(open(os.path.join(work, "spec.json")))
        spec["features"] = spec["features"][:12]
        spec["categories"] = spec["categories"][:2]
        spec["applicationColumns"] = spec["applicationColumns"][:6]
        write(f"{corpus}/feature_spec/spec-small.json", json.dumps(spec, indent=1))

        # Model bundle (also the model the api_request harness's server loads).
        write(f"{corpus}/model_bundle/bundle-lean.bin",
              lean_bundle(os.path.join(work, "model.csbundle")))
        write(f"{corpus}/model_bundle/bundle-small.bin",
              lean_bundle(os.path.join(work, "small.csbundle")))

        # API requests: "METHOD TARGET", header lines, an empty line, the body.
        key = f"X-API-Key: {API_KEY}\n"
        json_head = key + "Content-Type: application/json\n\n"
        client = compact(record(applicants[1]))
        application_only = compact(applicants[2])
        requests = {
            "health": "GET /health\n\n",
            "metrics": "GET /metrics\n\n",
            "model": "GET /v1/model\n" + key + "\n",
            "model-no-key": "GET /v1/model\n\n",
            "score": "POST /v1/score?lang=en&include=features\n" + json_head + client,
            "score-invalid": "POST /v1/score\n" + json_head + compact(wrong),
            "score-media-type": "POST /v1/score\n" + key + "Content-Type: text/plain\n\n{}",
            "batch": "POST /v1/score/batch?lang=fr\n" + json_head + '{"applications":[' +
                     application_only + "," + compact(wrong) + "]}",
            "counterfactual": "POST /v1/counterfactual?lang=en\n" + json_head + application_only,
            "client": "GET /v1/clients/100003?lang=en\n" + key + "\n",
            "wrong-method": "DELETE /v1/score\n" + key + "\n",
            "unknown-path": "GET /v2/nothing?x=1\n\n",
        }
        for name, text in requests.items():
            write(f"{corpus}/api_request/{name}.txt", text)

        # Server configuration: the file, then NUL + environment lines, then NUL + flag lines.
        configurations = {
            "full.bin": json.dumps({
                "bind_address": "127.0.0.1", "port": 8080,
                "bundle": "/var/lib/credit-scoring/model.csbundle", "api_keys": ["k1", "k2"],
                "allow_anonymous": False, "max_body_bytes": 1048576, "max_batch_size": 100,
                "rate_limit_per_minute": 6000, "worker_threads": 2,
                "access_log": "/var/log/credit/access.log", "prediction_log": "",
                "portfolio": ""}, indent=1),
            "env-and-flags.bin": '{"port": "8081"}\0API_KEYS=a,b\nMAX_BATCH_SIZE=10\n'
                                 'ALLOW_ANONYMOUS=no\n\0worker-threads=4\n'
                                 'rate-limit-per-minute=0\nport=0\n',
            "tls-half.bin": '{"tls_certificate": "/etc/credit/cert.pem"}',
            "wrong-type.bin": '{"port": [1], "unknown": true}',
            "empty.bin": "",
        }
        for name, text in configurations.items():
            write(f"{corpus}/api_config/{name}", text)

        # Principals file, then NUL + the API key presented (synthetic keys, never real ones).
        for name, text in principal_files().items():
            write(f"{corpus}/principals_file/{name}", text)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
