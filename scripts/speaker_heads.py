#!/usr/bin/env python3
"""How well claimline resolves speakers, stricter than the kit's `spk_head`.

The kit's attrib suite counts a speaker right when the gold speaker's last word is any word of
the predicted speaker's text or of its `resolved` name, so "Hillary Clinton and Brian Fallon"
for "Clinton spokesman Brian Fallon" passes. This script asks what a user of `resolved` sees:
for each claim whose speaker resolves and that overlaps a gold attribution (at least half of
the gold content), with a gold speaker that is a name (not a pronoun, not several people),

  head      the last word of `resolved` is the head of the gold speaker's noun phrase (the last
            word before a comma, a dash or a preposition: "Sen. Tom Carper of Delaware" ->
            Carper);
  joined    `resolved` joins names with "and" though the gold speaker is one person.

    python3 scripts/speaker_heads.py                      # polnear-dev
    python3 scripts/speaker_heads.py --data polnear-train.jsonl.gz
"""
import argparse
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = os.path.join(ROOT, "..", "shared", "eval")
PRONOUNS = {"i", "he", "she", "it", "they", "we", "you"}


def gold_items(path):
    """Gold attributions per article, with offsets into the article's text as the kit joins
    it (paragraphs separated by a blank line)."""
    paragraphs = collections.defaultdict(list)
    with gzip.open(path, "rt") as f:
        for line in f:
            r = json.loads(line)
            paragraphs[r["article"]].append(r)
    items = {}
    for article, ps in paragraphs.items():
        ps.sort(key=lambda r: r["para_index"])
        offset, out = 0, []
        for p in ps:
            for a in p["attributions"]:
                out.append((offset + a["start"], offset + a["end"], a.get("speaker") or ""))
            offset += len(p["text"]) + 2
        items[re.sub(r"[^A-Za-z0-9._-]", "_", article)] = out
    return items


def np_head(speaker):
    """The head word of a one-person speaker phrase, or None."""
    s = re.sub(r"\(.*?\)", "", speaker).split(",")[0]
    s = re.split(r" [—–] | -- ", s)[0].strip()
    if " and " in s or not s:
        return None
    before = re.split(r" (?:of|for|from|at|with|in) ", s)
    if len(before) > 1 and before[0].split() and before[0].split()[-1][:1].isupper():
        s = before[0]
    words = re.findall(r"[\w.'’-]+", s)
    if not words:
        return None
    head = re.sub(r"(’s|'s)$", "", words[-1]).rstrip(".")
    if not head[:1].isupper() or head.lower() in PRONOUNS:
        return None
    return head.lower()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="polnear-dev.jsonl.gz", help="a PolNeAR file of the kit's data/ (or a path)")
    args = ap.parse_args()
    data = args.data if os.path.exists(args.data) else os.path.join(EVAL, "data", args.data)
    with tempfile.TemporaryDirectory() as keep:
        subprocess.run([sys.executable, os.path.join(EVAL, "evaluate.py"), "attrib", "--data", data, "--keep", keep, "--", "--quiet"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        gold = gold_items(data)
        n = head_right = joined = 0
        with open(os.path.join(keep, "output", "claims.jsonl")) as f:
            for line in f:
                c = json.loads(line)
                resolved = (c.get("speaker") or {}).get("resolved")
                if not resolved or c["kind"] == "unattributed":
                    continue
                doc = c["doc"].rsplit(".", 1)[0]
                match = next((g for g in gold.get(doc, []) if min(g[1], c["end"]) - max(g[0], c["start"]) > 0.5 * (g[1] - g[0])), None)
                head = np_head(match[2]) if match else None
                if head is None:
                    continue
                n += 1
                last = re.sub(r"(’s|'s)$", "", resolved.split()[-1]).rstrip(".").lower()
                head_right += last == head
                joined += " and " in resolved
    print(f"speaker_heads data={os.path.basename(data)} claims={n} head={head_right / max(n, 1):.3f} joined={joined}")


if __name__ == "__main__":
    main()
