#!/usr/bin/env python3
"""Fit claimline's check-worthiness model and measure it honestly.

Data: CLEF CheckThat! 2019 task 1 training debates (../shared/eval/data/checkthat-train.jsonl.gz;
Atanasova et al., CLEF 2019 Working Notes, CEUR-WS vol. 2380). The data set is never shipped;
only the fitted weights are, in Sources/ClaimlineCore/Claims/CheckworthinessWeights.swift.

The model is logistic regression over the words of a statement (each distinct lowercased word
once; numbers as <num>) and the shape features of CheckworthinessModel.swift. The features here
must match that file and TextTokens.swift. Each feature is first scaled by its log-count ratio
between check-worthy and other sentences (Wang and Manning's NB weighting, ACL 2012), which the
regression then corrects: with this few positives it ranks better than the plain regression.
The scaled weights are what is written, so the scorer stays a sum of word weights.

A statement's neighbours count too: check-worthy sentences come in runs (an argument, a string
of figures; 27% of the sentences after a check-worthy one are check-worthy, 2% of the others),
so the more check-worthy of the sentences just before and after adds CONTEXT times its logit,
less that logit's mean, to a statement's logit (the weights file's `context` line).

    python3 scripts/fit_checkworthiness.py            # fit on all debates, write the weights
    python3 scripts/fit_checkworthiness.py --cv       # leave-one-debate-out MAP through the kit

--cv fits on 18 debates, writes the weights to a temporary file, and runs the evaluation kit's
`checkworthy` suite with the built claimline on the 19th alone (claims.options.
checkworthinessModel), so the figure is the kit's own, on a debate the model never saw.
"""
import argparse, gzip, json, math, re, subprocess, sys, tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
DATA = (ROOT / "../shared/eval/data/checkthat-train.jsonl.gz").resolve()
EVAL = (ROOT / "../shared/eval/evaluate.py").resolve()
OUT = ROOT / "Sources/ClaimlineCore/Claims/CheckworthinessWeights.swift"

WORD = re.compile(r"(?:[$€£](?=[^\W_]))?[^\W_]+(?:(?:['’.\-/]|(?<=\d),(?=\d))[^\W_]+)*")
# Chosen by leave-one-debate-out CV, on a plateau rather than at a peak: plain regression (no NB
# weighting, no context) L2 1 → .14, 10 → .20, 30 → .21, 100 → .21; NB weighting with smoothing
# ALPHA .25–1 and L2 200–500 gives .23 alone and .24–.25 with CONTEXT .2–.5.
MIN_DF = 5
L2 = 300.0
ALPHA = 0.5
CONTEXT = 0.3


def features(text):
    words = WORD.findall(text)
    out = set()
    has_number = False
    for w in words:
        digits = any(c.isdigit() for c in w)
        letters = any(c.isalpha() and c != "s" for c in w)
        if digits and not letters:
            has_number = True
            out.add("w:<num>")
        else:
            out.add("w:" + w.lower())
    n = len(words)
    if has_number:
        out.add("f:has_number")
    if text.rstrip(" \"”’')").endswith("?"):
        out.add("f:question")
    out.add("f:len_le5" if n < 6 else "f:len_6_15" if n <= 15 else "f:len_16_30" if n <= 30 else "f:len_gt30")
    return out


def load():
    debates = defaultdict(list)
    for line in gzip.open(DATA, "rt", encoding="utf-8"):
        r = json.loads(line)
        debates[r["file"]].append(r)
    for rs in debates.values():
        rs.sort(key=lambda r: r["line"])
    return debates


def fit(records):
    """Weights fitted on `records` (sentences in debate order): the bias, each feature's weight,
    and the context line's mean of the more check-worthy neighbour's logit."""
    feats = [features(r["text"]) for r in records]
    df = Counter(f for fs in feats for f in fs)
    vocab = sorted(f for f, c in df.items() if c >= MIN_DF or f.startswith("f:"))
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for i, fs in enumerate(feats):
        for f in fs:
            if f in index:
                rows.append(i)
                cols.append(index[f])
    from scipy.sparse import csr_matrix, diags
    X = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(records), len(vocab)))
    y = np.array([r["label"] for r in records], dtype=float)
    pos = y.sum()
    # Each feature's log-count ratio: how much likelier it is in a check-worthy sentence.
    p = ALPHA + np.asarray(X[y == 1].sum(0)).ravel()
    q = ALPHA + np.asarray(X[y == 0].sum(0)).ravel()
    ratio = np.log((p / p.sum()) / (q / q.sum()))
    Xr = X @ diags(ratio)
    weight = np.where(y == 1, (len(y) - pos) / max(pos, 1) ** 1.0 * 0.5, 1.0)

    def loss(params):
        w, b = params[:-1], params[-1]
        z = Xr @ w + b
        p = 1 / (1 + np.exp(-z))
        eps = 1e-12
        l = -(weight * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum() + L2 * (w @ w) / 2
        g = weight * (p - y)
        return l, np.append(Xr.T @ g + L2 * w, g.sum())

    res = minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 400})
    w, b = res.x[:-1] * ratio, res.x[-1]
    z = X @ w + b
    # The more check-worthy neighbour of each sentence, within its own debate.
    neighbours = []
    for i, r in enumerate(records):
        around = [z[j] for j in (i - 1, i + 1) if 0 <= j < len(records) and records[j]["file"] == r["file"]]
        if around:
            neighbours.append(max(around))
    return b, {f: float(v) for f, v in zip(vocab, w) if abs(v) >= 0.02}, float(np.mean(neighbours))


def tsv(bias, weights, context_mean):
    lines = [f"bias\t{bias:.4f}", f"context\t{CONTEXT:.4f}\t{context_mean:.4f}"]
    for f, v in sorted(weights.items()):
        kind, name = f.split(":", 1)
        lines.append(f"{'feature' if kind == 'f' else 'word'}\t{name}\t{v:.4f}")
    return "\n".join(lines) + "\n"


def write_swift(bias, weights, context_mean):
    body = tsv(bias, weights, context_mean).replace("\\", "\\\\")
    OUT.write_text("// Generated by scripts/fit_checkworthiness.py from CLEF CheckThat! 2019 task 1 (training\n"
                   "// debates) — do not edit by hand; rerun the script.\n"
                   "enum CheckworthinessWeights {\n    static let tsv = \"\"\"\n" + body + "\"\"\"\n}\n")


def kit_map(debate_records, weights_path, binary):
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "debate.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in debate_records))
        cfg = Path(tmp) / "pipeline.json"
        cfg.write_text(json.dumps({"version": 1, "stages": [{"name": "claims", "options": {"checkworthinessModel": str(weights_path)}}]}))
        out = subprocess.run([sys.executable, str(EVAL), "checkworthy", "--data", str(data), "--bin", str(binary), "--", "--quiet", "--config", str(cfg)],
                             capture_output=True, text=True, cwd=ROOT)
        last = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr
        m = re.search(r"map=([0-9.]+)", last)
        if not m:
            sys.exit(f"kit failed: {last}\n{out.stderr}")
        p10 = re.search(r"p10=([0-9.]+)", last)
        return float(m.group(1)), float(p10.group(1)) if p10 else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true", help="leave-one-debate-out MAP through the evaluation kit")
    ap.add_argument("--bin", default=str(ROOT / ".build/release/claimline"))
    args = ap.parse_args()
    debates = load()
    if args.cv:
        maps, p10s = [], []
        with tempfile.TemporaryDirectory() as tmp:
            for name in sorted(debates):
                train = [r for d in sorted(debates) if d != name for r in debates[d]]
                path = Path(tmp) / "weights.tsv"
                path.write_text(tsv(*fit(train)))
                m, p10 = kit_map(debates[name], path, args.bin)
                maps.append(m)
                p10s.append(p10)
                print(f"{name:<40} AP={m:.3f} P@10={p10:.2f}", flush=True)
        print(f"cross-validated (leave one debate out, {len(maps)} debates): map={sum(maps)/len(maps):.3f} p10={sum(p10s)/len(p10s):.3f}")
        return
    bias, weights, context_mean = fit([r for name in sorted(debates) for r in debates[name]])
    write_swift(bias, weights, context_mean)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(weights)} weights")


if __name__ == "__main__":
    main()
