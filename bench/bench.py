#!/usr/bin/env python3
"""make bench: throughput, scaling and memory of the whole pipeline, measured side by side.

Builds a corpus from the article-extraction-benchmark pages (HTML) and their bodies (.txt) in
../shared/eval/data/aeb.jsonl.gz, repeated to BENCH_MB megabytes in bench/corpus (git-ignored),
then in one run:
  - micro-benchmarks of each stage's core function on one copy of the pages, in memory, one
    thread (`claimline bench`), including libxml2's parse-only speed: the floor;
  - the whole pipeline on one core (taskset -c 0, every stage at 1 worker);
  - the whole pipeline on all cores (every stage at one worker per core).
Prints one table and writes bench/results.json. Compare ratios within one run: the machine is
shared and absolute figures move from run to run.
"""
import gzip, json, os, platform, re, shutil, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".build/release/claimline"
DATA = (ROOT / "../shared/eval/data/aeb.jsonl.gz").resolve()
CORPUS = ROOT / "bench/corpus"
OUT = ROOT / "bench/out"
MB = float(os.environ.get("BENCH_MB", "200"))


def safe(s):
    return re.sub(r"[^A-Za-z0-9._-]", "_", s)


def build_corpus():
    marker = CORPUS / ".complete"
    want = int(MB * 1e6)
    if marker.exists() and marker.read_text().strip() == str(want):
        return
    shutil.rmtree(CORPUS, ignore_errors=True)
    records = [json.loads(l) for l in gzip.open(DATA, "rt", encoding="utf-8")]
    total, copy = 0, 0
    while total < want:
        folder = CORPUS / f"r{copy:03d}"
        folder.mkdir(parents=True)
        for r in records:
            for name, content in ((safe(r["id"]) + ".html", r["html"]), (safe(r["id"]) + ".txt", r["body"])):
                data = content.encode("utf-8")
                (folder / name).write_bytes(data)
                total += len(data)
        copy += 1
    marker.write_text(str(want))


def corpus_bytes():
    return sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".html", ".txt"))


def run_pipeline(workers, one_core):
    out = OUT / f"w{workers}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [str(BIN), "run", "--input", str(CORPUS), "--output", str(out), "--workers", str(workers), "--force", "--quiet"]
    if one_core and shutil.which("taskset"):
        cmd = ["taskset", "-c", "0"] + cmd
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT)
    # Peak memory of claimline itself: VmHWM of its own address space. (ru_maxrss of the child
    # also counts this Python process's memory, which the child inherits at fork.)
    hwm_kb = 0
    status_path = Path(f"/proc/{proc.pid}/status")
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid != 0:
            break
        try:
            for line in status_path.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    hwm_kb = max(hwm_kb, int(line.split()[1]))
        except (OSError, ValueError):
            pass
        time.sleep(0.02)
    wall = time.monotonic() - start
    if status != 0:
        sys.exit(f"bench: claimline run failed ({status})")
    manifest = json.loads((out / "manifest.json").read_text())
    return {"workers": workers, "wall_s": wall, "peak_rss_mb": (hwm_kb or usage.ru_maxrss) / 1024, "cpu_s": usage.ru_utime + usage.ru_stime,
            "stages": manifest["stages"], "files": manifest["files"]}


def main():
    if not BIN.exists():
        sys.exit("bench: build first (make bench does)")
    build_corpus()
    size = corpus_bytes()
    cores = os.cpu_count() or 1
    micro = json.loads(subprocess.check_output([str(BIN), "bench", "--input", str(CORPUS / "r000"), "--json", "--seconds", "2"], cwd=ROOT))

    def parse_floor():
        # libxml2 alone on the core the one-core run uses: taken just before and just after
        # it, so that the ratio compares the same core at nearly the same time.
        cmd = [str(BIN), "bench", "--input", str(CORPUS / "r000"), "--json", "--seconds", "3", "--only", "parse"]
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", "0"] + cmd
        out = subprocess.check_output(cmd, cwd=ROOT)
        return json.loads(out)["libxml2 parse only"]["mb_per_s"]

    floor_before = parse_floor()
    one = run_pipeline(1, one_core=True)
    floor_after = parse_floor()
    many = run_pipeline(cores, one_core=False)
    parse = (floor_before + floor_after) / 2

    def e2e(r):
        return size / 1e6 / r["wall_s"]

    rows = []
    stage_docs = {"read": one["files"], "clean": one["files"], "segment": one["stages"]["clean"]["out"], "claims": one["stages"]["clean"]["out"]}
    busy_total = sum(one["stages"][s]["seconds"] for s in ("read", "clean", "segment", "claims"))
    print(f"claimline bench — {size/1e6:.0f} MB, {one['files']} files ({platform.machine()}, {cores} cores)")
    print()
    print(f"{'stage':<10} {'docs/s':>10} {'MB/s':>10} {'CPU share':>10}   (one worker; MB of input)")
    for s in ("read", "clean", "segment", "claims"):
        secs = one["stages"][s]["seconds"]
        print(f"{s:<10} {stage_docs[s]/secs:>10.0f} {size/1e6/secs:>10.1f} {secs/busy_total:>10.0%}")
        rows.append({"stage": s, "docs_per_s": stage_docs[s] / secs, "mb_per_s": size / 1e6 / secs, "cpu_share": secs / busy_total})
    print()
    print(f"{'stage, all workers':<18} {'docs/s':>10} {'MB/s':>10}   (per core: CPU seconds summed over the stage's workers)")
    for s in ("read", "clean", "segment", "claims"):
        secs = many["stages"][s]["seconds"]
        print(f"{s:<18} {stage_docs[s]/secs:>10.0f} {size/1e6/secs:>10.1f}")
    print()
    # The mean is what this moment gave; the fastest round is what the code costs when nothing
    # else on the machine takes the core (other work only ever adds to a round).
    print(f"{'micro (in memory, one thread)':<32} {'MB/s':>8} {'best round':>11}  basis")
    for name, f in micro.items():
        print(f"{name:<32} {f['mb_per_s']:>8.1f} {f['best_mb_per_s']:>11.1f}  {f['basis']} ({f['rounds']} rounds)")
    print()
    print(f"end to end, 1 core : {e2e(one):7.1f} MB/s {one['files']/one['wall_s']:8.0f} docs/s  peak RSS {one['peak_rss_mb']:.0f} MB")
    print(f"end to end, {cores} cores: {e2e(many):7.1f} MB/s {many['files']/many['wall_s']:8.0f} docs/s  peak RSS {many['peak_rss_mb']:.0f} MB")
    print(f"speed-up {cores} cores / 1 core: {e2e(many)/e2e(one):.2f}x")
    print(f"libxml2 parse-only on core 0, before and after the one-core run: {floor_before:.1f} and {floor_after:.1f} MB/s")
    print(f"1 core end to end / libxml2 parse-only: {e2e(one)/parse:.0%}   "
          f"clean / parse-only (micro, same moment): {micro['clean (html)']['mb_per_s']/micro['libxml2 parse only']['mb_per_s']:.0%}")
    results = {"corpus_mb": size / 1e6, "files": one["files"], "cores": cores, "micro": micro, "stages_one_worker": rows,
               "stages_all_workers": {s: {"mb_per_s_per_core": size / 1e6 / many["stages"][s]["seconds"], "docs_per_s_per_core": stage_docs[s] / many["stages"][s]["seconds"]} for s in ("read", "clean", "segment", "claims")},
               "one_core": {"mb_per_s": e2e(one), "docs_per_s": one["files"] / one["wall_s"], "peak_rss_mb": one["peak_rss_mb"], "wall_s": one["wall_s"]},
               "all_cores": {"mb_per_s": e2e(many), "docs_per_s": many["files"] / many["wall_s"], "peak_rss_mb": many["peak_rss_mb"], "wall_s": many["wall_s"]},
               "speedup": e2e(many) / e2e(one), "parse_floor_mb_per_s": [floor_before, floor_after], "e2e_over_parse": e2e(one) / parse,
               "clean_over_parse": micro["clean (html)"]["mb_per_s"] / micro["libxml2 parse only"]["mb_per_s"]}
    (ROOT / "bench/results.json").write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    print("\nwrote bench/results.json")


if __name__ == "__main__":
    main()
