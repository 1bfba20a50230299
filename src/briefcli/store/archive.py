"""``briefcli index --out DIR``: the articles' rows into a folder of partitions instead of one
SQLite file (``briefcli.store.partitions``), by the same engines (local processes or Dask).

Only the parent writes, a partition at a time; the articles the folder holds already are
recognised by their content hash and skipped, so a rerun after an interruption carries on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from pathlib import Path

from briefcli.errors import ExitCode
from briefcli.store.index import Engine, Outcome, Report, _tasks, local_outcomes
from briefcli.store.partitions import FileFormat, PartitionWriter


def archive_sources(
    folder: Path,
    specs: Sequence[str],
    *,
    file_format: FileFormat = "jsonl",
    jobs: int | None = None,
    timeout: float = 10.0,
    allow_private: bool = False,
    stdin: bytes | None = None,
    on_start: Callable[[int], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    engine: Engine | None = None,
) -> Report:
    """Analyse the articles ``specs`` stand for and write their rows into ``folder``, as
    ``briefcli.store.index.index_sources`` does into a store (the same callbacks and report;
    "added" is an article written, "unchanged" one the folder holds already)."""
    writer = PartitionWriter(folder, file_format)
    report = Report()
    tasks, failures = _tasks(specs, stdin)
    report.total = len(tasks) + len(failures)
    if on_start is not None:
        on_start(report.total)
    stream: Iterator[Outcome] = iter(failures)
    if tasks:
        local: Engine = lambda t, k, s, p: local_outcomes(t, jobs or os.cpu_count() or 1, k, s, p)  # noqa: E731
        stream = chain(stream, (engine or local)(tasks, writer.known, timeout, allow_private))
    for outcome in stream:
        if outcome.rows is not None:
            added = writer.add(outcome.rows)
            outcome = outcome._replace(status="added" if added else "unchanged", rows=None)
        if outcome.status == "failed":
            report.failed += 1
            report.first_failure = report.first_failure or ExitCode(outcome.code)
        elif outcome.status in ("added", "unchanged"):
            setattr(report, outcome.status, getattr(report, outcome.status) + 1)
        if on_outcome is not None:
            on_outcome(outcome)
    writer.flush()
    return report
