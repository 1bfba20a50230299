"""`briefcli index` on Dask against the local engine: the same rows, and what Dask costs per article.

    .venv/bin/python benchmarks/dask_index.py                  # 600 generated articles
    .venv/bin/python benchmarks/dask_index.py --articles 1000 --output /tmp/dask.json

Needs the [dask] extra and ../shared/corpus* (the generated articles vary their articles: names,
dates, places; written to a temporary folder, never committed). Each run is a fresh
`briefcli index` process, as a user starts it:

- local: `--jobs 2` (two worker processes);
- dask: `--engine dask --jobs 2` (a LocalCluster of two worker processes, one thread each);
- dask --out: the same into partitioned JSONL, then `index DIR --db` loads it.

It checks that the three stores are the same (every table's row count and content hash, row ids
aside; tests/storedigest.py), and reports articles/s, the parent's peak RSS (sampled), and Dask's
overhead per article: its fixed cost (a run of 2 articles, cluster start and stop included) and
its marginal cost ((dask - local) time per article beyond those 2). Exit status 1 if the stores
differ.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from storedigest import table_digests  # noqa: E402
from variants import write_variants  # noqa: E402

SHARED = ROOT.parent / "shared"


def _briefcli() -> list[str]:
    return [sys.executable, "-c", "from briefcli.cli import main; main()"]


def run_index(args: Sequence[str]) -> dict[str, Any]:
    """Run `briefcli index ARGS`; its wall time and the parent's peak RSS (sampled every 20 ms)."""
    import psutil  # comes with distributed

    started = time.perf_counter()
    process = subprocess.Popen([*_briefcli(), "index", *args], stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            peak = max(peak, parent.memory_info().rss)
        except psutil.Error:
            break
        time.sleep(0.02)
    _, err = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"briefcli index {' '.join(args)} failed ({process.returncode}): {err}")
    return {"seconds": seconds, "parent_peak_rss_mb": peak / 2**20, "stderr": err.strip()}


def measure(folder: Path, small: Path, work: Path, count: int) -> dict[str, Any]:
    runs: dict[str, Any] = {}
    for name, extra in (("local", ["--jobs", "2"]), ("dask", ["--engine", "dask", "--jobs", "2"])):
        runs[f"{name}_2_articles"] = run_index([str(small), "--db", str(work / f"{name}-small.db"), *extra])
        runs[name] = run_index([str(folder), "--db", str(work / f"{name}.db"), *extra])
        runs[name]["articles_per_second"] = count / runs[name]["seconds"]
    out = work / "parts"
    runs["dask_out"] = run_index([str(folder), "--out", str(out), "--engine", "dask", "--jobs", "2"])
    runs["load"] = run_index([str(out), "--db", str(work / "loaded.db")])
    digests = {name: table_digests(work / f"{name}.db") for name in ("local", "dask", "loaded")}
    fixed = runs["dask_2_articles"]["seconds"] - runs["local_2_articles"]["seconds"]
    marginal = (
        (runs["dask"]["seconds"] - runs["dask_2_articles"]["seconds"])
        - (runs["local"]["seconds"] - runs["local_2_articles"]["seconds"])
    ) / (count - 2)
    return {
        "articles": count,
        "runs": runs,
        "rows": {table: count for table, (count, _) in digests["local"].items()},
        "same_rows": digests["local"] == digests["dask"] == digests["loaded"],
        "differing_tables": sorted(
            {t for t, d in digests["local"].items() if d != digests["dask"][t] or d != digests["loaded"][t]}
        ),
        "dask_fixed_seconds": fixed,
        "dask_marginal_ms_per_article": marginal * 1000,
        "dask_total_ms_per_article": (runs["dask"]["seconds"] - runs["local"]["seconds"]) / count * 1000,
        "partitions_mb": sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 2**20,
        "db_mb": (work / "local.db").stat().st_size / 2**20,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Dask against the local engine (see the module docstring).")
    parser.add_argument("--articles", type=int, default=600, help="generated articles (default 600)")
    parser.add_argument("--output", type=Path, help="JSON result file")
    args = parser.parse_args(argv)
    dirs = [SHARED / name for name in ("corpus", "corpus2", "corpus3") if (SHARED / name).is_dir()]
    if not dirs:
        raise SystemExit(f"no corpus in {SHARED}: the articles are generated from it")
    with tempfile.TemporaryDirectory(prefix="briefcli-dask-") as tmp:
        work = Path(tmp)
        paths = write_variants(work / "news", dirs, args.articles)
        small = work / "small"
        small.mkdir()
        for path in paths[:2]:
            (small / path.name).write_bytes(path.read_bytes())
        result = measure(work / "news", small, work, args.articles)
    result["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    runs = result["runs"]
    print(f"{args.articles} generated articles, {os.cpu_count()} CPUs")
    for name in ("local", "dask"):
        run = runs[name]
        print(
            f"  {name:<6} --jobs 2: {run['seconds']:6.2f} s  {run['articles_per_second']:6.0f} articles/s  "
            f"parent peak RSS {run['parent_peak_rss_mb']:5.1f} MB"
        )
    print(
        f"  2 articles: local {runs['local_2_articles']['seconds']:.2f} s, "
        f"dask {runs['dask_2_articles']['seconds']:.2f} s"
    )
    print(
        f"  dask overhead: {result['dask_fixed_seconds']:.2f} s per run (cluster start, stop), "
        f"{result['dask_marginal_ms_per_article']:+.2f} ms per article beyond it "
        f"({result['dask_total_ms_per_article']:+.2f} ms per article all told)"
    )
    print(
        f"  dask --out: {runs['dask_out']['seconds']:.2f} s ({result['partitions_mb']:.1f} MB of JSONL), "
        f"then index DIR --db: {runs['load']['seconds']:.2f} s (store {result['db_mb']:.1f} MB)"
    )
    rows = ", ".join(f"{table} {count}" for table, count in result["rows"].items())
    verdict = "the same" if result["same_rows"] else f"DIFFERENT: {', '.join(result['differing_tables'])}"
    print(f"  rows (local, dask, dask --out then loaded: {verdict}): {rows}")
    if args.output:
        args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["same_rows"] else 1


if __name__ == "__main__":
    sys.exit(main())
