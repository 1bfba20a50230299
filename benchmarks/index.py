"""The store's benchmarks: `briefcli index` throughput with 1 and 2 jobs, the parent's peak memory,
the database's size per article, `digest --speaker` and `search` times, and a run killed with
SIGKILL then rerun, compared with an uninterrupted one.

    .venv/bin/python benchmarks/index.py                  # 10,000 articles, results in .benchmarks/index.json
    .venv/bin/python benchmarks/index.py --articles 2000

The articles are generated when it runs, never committed: the gold corpora (../shared/corpus,
corpus2, corpus3) with people renamed, years and days moved and cities replaced
(tests/variants.py). Every index run is a fresh process, as a user runs it; the parent's peak
RSS is its VmHWM (Linux), read from /proc while it runs. Targets, printed PASS or FAIL:

- throughput >= 200 articles/s per core with --jobs 1, and >= 1.7x that with --jobs 2;
- the parent's peak RSS < 150 MB, and within 10 % between 1,000 and all the articles;
- `digest --speaker` and `search` each < 1 s (the command, start-up included);
- SIGKILL during a run, then a rerun: the same row counts and content hashes as an uninterrupted run.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from variants import write_variants  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPORA = [SHARED / "corpus", SHARED / "corpus2", SHARED / "corpus3"]
TABLES = ("articles", "paragraphs", "people", "article_people", "statements", "events", "event_people")
CLI = [sys.executable, "-c", "from briefcli.cli import main; main()"]


def _hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _cpu_seconds(pid: int) -> float | None:
    """A process's own CPU time (user + system), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_index(folder: Path, db: Path, jobs: int, kill_after: float | None = None) -> dict[str, Any]:
    """One `briefcli index` process: wall time, the parent's peak RSS and CPU time, the CPU time
    of it and its workers together (load on the machine does not change that one), its closing
    line."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(
        [*CLI, "index", str(folder), "--db", str(db), "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = parent_cpu = 0.0
    while process.poll() is None:
        peak = max(peak, _hwm_mb(process.pid) or 0.0)
        parent_cpu = _cpu_seconds(process.pid) or parent_cpu
        if kill_after is not None and time.perf_counter() - started > kill_after:
            process.send_signal(signal.SIGKILL)
        time.sleep(0.05)
    err = process.stderr.read() if process.stderr else ""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {
        "seconds": time.perf_counter() - started,
        "parent_peak_mb": peak,
        "parent_cpu_seconds": parent_cpu,
        "cpu_seconds": cpu,
        "code": process.returncode,
        "stderr": err,
    }


def timed(args: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run([*CLI, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {result.stderr}")
    return time.perf_counter() - started


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def fingerprint(db: Path) -> dict[str, Any]:
    """Row counts, the content hashes, and a digest of every table's rows without row ids."""
    import hashlib

    with sqlite3.connect(db) as conn:
        hashes = sorted(r[0] for r in conn.execute("SELECT id FROM articles"))
        digest = hashlib.sha256()
        for sql in (
            "SELECT * FROM articles",
            "SELECT * FROM people",
            "SELECT article_id, paragraph, sentence, speaker, person_id, cue, text FROM statements",
            "SELECT article_id, ref, person_id, name, title, date FROM article_people",
            "SELECT article_id, number, date, what, place FROM events",
            "SELECT article_id, ref, person_id FROM event_people",
        ):
            for row in sorted(conn.execute(sql), key=repr):
                digest.update(repr(row).encode())
    return {
        "counts": counts(db),
        "hashes": hashlib.sha256("".join(hashes).encode()).hexdigest(),
        "rows": digest.hexdigest(),
    }


def store_size(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--output", type=Path, default=ROOT / ".benchmarks" / "index.json")
    args = parser.parse_args()
    n = args.articles
    results: dict[str, Any] = {"articles": n, "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="briefcli-bench-") as tmp:
        work = Path(tmp)
        corpus, small = work / "corpus", work / "small"
        t = time.perf_counter()
        write_variants(corpus, CORPORA, n)
        write_variants(small, CORPORA, min(1000, n))
        results["generate_seconds"] = time.perf_counter() - t
        one = run_index(corpus, work / "one.db", 1)
        two = run_index(corpus, work / "two.db", 2)
        few = run_index(small, work / "few.db", 2)
        results["load_average_before"] = os.getloadavg()[0]
        results["jobs1"] = {k: v for k, v in one.items() if k != "stderr"} | {"rate": n / one["seconds"]}
        results["jobs2"] = {k: v for k, v in two.items() if k != "stderr"} | {"rate": n / two["seconds"]}
        results["jobs2_1000"] = {k: v for k, v in few.items() if k != "stderr"}
        results["speedup"] = one["seconds"] / two["seconds"]
        size = store_size(work / "two.db")
        results["db_bytes"] = size
        results["db_bytes_per_article"] = size / n
        with sqlite3.connect(work / "two.db") as conn:
            (speaker,) = conn.execute("SELECT name FROM people ORDER BY articles DESC LIMIT 1").fetchone()
        results["digest_speaker"] = speaker
        results["digest_seconds"] = min(
            timed(["digest", "--db", str(work / "two.db"), "--speaker", speaker, "-f", "json"])
            for _ in range(3)
        )
        results["search_seconds"] = min(
            timed(["search", "customs cooperation", "--db", str(work / "two.db"), "-f", "json"])
            for _ in range(3)
        )
        run_index(corpus, work / "killed.db", 2, kill_after=two["seconds"] / 2)
        with sqlite3.connect(work / "killed.db") as conn:
            results["killed_integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
        results["killed_stored"] = counts(work / "killed.db")["articles"]
        rerun = run_index(corpus, work / "killed.db", 2)
        results["rerun_seconds"] = rerun["seconds"]
        results["rerun_line"] = rerun["stderr"].strip()
        whole, resumed = fingerprint(work / "two.db"), fingerprint(work / "killed.db")
        results["same_after_kill"] = whole == resumed
        results["same_jobs"] = fingerprint(work / "one.db") == whole
        results["counts"] = whole["counts"]
    checks = [
        ("index --jobs 1 (articles/s)", ">= 200", results["jobs1"]["rate"], results["jobs1"]["rate"] >= 200),
        ("index --jobs 2 speed-up", ">= 1.7x", results["speedup"], results["speedup"] >= 1.7),
        ("parent peak RSS (MB)", "< 150", two["parent_peak_mb"], two["parent_peak_mb"] < 150),
        (
            "parent peak RSS, all / 1,000 articles",
            "<= 1.1",
            two["parent_peak_mb"] / max(few["parent_peak_mb"], 1e-9),
            two["parent_peak_mb"] <= 1.1 * few["parent_peak_mb"],
        ),
        ("digest --speaker (s)", "< 1", results["digest_seconds"], results["digest_seconds"] < 1),
        ("search (s)", "< 1", results["search_seconds"], results["search_seconds"] < 1),
        (
            "kill -9 then rerun = uninterrupted",
            "equal",
            results["same_after_kill"],
            bool(results["same_after_kill"]),
        ),
        ("--jobs 1 = --jobs 2", "equal", results["same_jobs"], bool(results["same_jobs"])),
    ]
    results["checks"] = [{"name": c, "target": t, "value": v, "passed": p} for c, t, v, p in checks]
    for name, target, value, passed in checks:
        shown = f"{value:.3g}" if isinstance(value, float) else str(value)
        print(f"{'PASS' if passed else 'FAIL'}  {name:40} {shown:>10}  (target {target})")
    print(f"jobs 1: {n} articles in {one['seconds']:.1f} s; jobs 2: {two['seconds']:.1f} s")
    for name, run in (("jobs 1", one), ("jobs 2", two)):
        print(
            f"{name}: {n / run['cpu_seconds']:.0f} articles per CPU-second (all processes), parent "
            f"{run['parent_cpu_seconds']:.1f} CPU-s "
            f"({run['parent_cpu_seconds'] / n * 1000:.2f} ms per article); "
            f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
    print(f"database: {size / 1e6:.1f} MB, {size / n / 1024:.1f} KiB per article; rows {results['counts']}")
    print(
        f"killed after {results['killed_stored']} articles (integrity {results['killed_integrity']}); "
        f"rerun: {results['rerun_line']}"
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if all(c[3] for c in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
