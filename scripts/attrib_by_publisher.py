#!/usr/bin/env python3
"""The kit's attrib figures per PolNeAR publisher, and for all publishers but one.

PolNeAR's seven publishers write quotations differently, and its annotators typed them
differently: every quotation in ''…'' marks (the New York Times' articles) is typed `indirect`
or `mixed` in the gold, none `direct`, while claimline types an entirely quoted statement
`direct` whatever its marks. This script writes the kit's data split by publisher to a temporary
folder (never into the repository) and runs `evaluate.py attrib` on each part, so that a figure
can be read with and without one publisher's convention.

    python3 scripts/attrib_by_publisher.py                     # polnear-dev
    python3 scripts/attrib_by_publisher.py --data polnear-train.jsonl.gz
    python3 scripts/attrib_by_publisher.py --without nyt       # all publishers but the NYT
"""
import argparse
import collections
import gzip
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = os.path.join(ROOT, "..", "shared", "eval")
FIELDS = ["f1", "p", "r", "spk_head", "e2e", "r_direct", "r_mixed", "r_indirect", "direct_f1", "direct_p", "direct_r", "gold"]


def summary(path):
    out = subprocess.run([sys.executable, os.path.join(EVAL, "evaluate.py"), "attrib", "--data", path, "--", "--quiet"],
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout
    last = out.strip().splitlines()[-1]
    return dict(kv.split("=", 1) for kv in last.split()[1:] if "=" in kv)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="polnear-dev.jsonl.gz")
    ap.add_argument("--without", help="score all publishers but this one, instead of each alone")
    args = ap.parse_args()
    data = args.data if os.path.exists(args.data) else os.path.join(EVAL, "data", args.data)
    records = collections.defaultdict(list)
    with gzip.open(data, "rt") as f:
        for line in f:
            records[json.loads(line)["publisher"]].append(line)
    parts = {f"all but {args.without}": [p for p in records if p != args.without]} if args.without else {p: [p] for p in sorted(records)}
    print("publisher".ljust(22) + "".join(k.rjust(11) for k in FIELDS))
    with tempfile.TemporaryDirectory() as tmp:
        for name, publishers in parts.items():
            path = os.path.join(tmp, name.replace(" ", "_") + ".jsonl.gz")
            with gzip.open(path, "wt") as out:
                for p in publishers:
                    out.writelines(records[p])
            s = summary(path)
            print(name.ljust(22) + "".join(s.get(k, "-").rjust(11) for k in FIELDS))


if __name__ == "__main__":
    main()
