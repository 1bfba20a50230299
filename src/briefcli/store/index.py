"""``briefcli index``: many articles into the store, analysed in parallel, written by one process.

Worker processes read and analyse (``process``: a source in, an ``Outcome`` with its rows out,
``briefcli.store.rows.analyse_to_rows`` doing the work); the parent only writes. It commits
every ``BATCH_ARTICLES`` articles or ``BATCH_SECONDS`` seconds, in WAL mode: Ctrl-C, ``kill`` or
``kill -9`` lose at most the open batch and never corrupt the file, and a rerun carries on
(articles already stored are recognised by their content hash before they are analysed). At
most a few tasks per worker are in flight, so the parent's memory does not grow with the number
of articles. At the end, the people across articles are resolved (``resolve_people``).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from briefcli.errors import BriefError, ExitCode, OutputError

if TYPE_CHECKING:
    import sqlite3

    from briefcli.store.rows import ArticleRows
    from briefcli.text.load import RawText

log = logging.getLogger(__name__)

BATCH_ARTICLES = 200
BATCH_SECONDS = 1.0
TASKS_PER_WORKER = 8  # in flight at once: enough to keep a worker busy, few enough to stay flat


class Task(NamedTuple):
    spec: str  # as given: a path, a URL, "-"
    raw: RawText | None = None  # what the parent already read (standard input)


Status = Literal["added", "replaced", "unchanged", "failed"]


class Outcome(NamedTuple):
    """What became of one source: its rows to write, "unchanged" (already stored), or an error."""

    spec: str
    status: Status | Literal["rows"]
    rows: ArticleRows | None = None
    message: str = ""
    code: int = 0


# An engine maps ``analyse_task`` over the tasks, given the content hashes already stored, the
# URL timeout and allow_private, and yields the outcomes in any order. The default is a local
# process pool (``--jobs``); ``briefcli.store.dask_engine.DaskEngine`` is a Dask cluster.
Engine = Callable[[Sequence[Task], frozenset[str], float, bool], Iterator[Outcome]]


@dataclass(slots=True)
class Report:
    """The counts of a run; ``first_failure`` is the exit code of the first source that failed."""

    total: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    people: int = 0
    first_failure: ExitCode | None = None


# --- The workers: a pure map from a source to its rows ------------------------------------------

_known: frozenset[str] = frozenset()
_timeout = 10.0
_allow_private = False


def _start_worker(known: frozenset[str], timeout: float, allow_private: bool) -> None:
    """A worker leaves Ctrl-C to the parent, which stops it, and dies with the parent (Linux:
    a parent killed by SIGKILL leaves no worker behind)."""
    global _known, _timeout, _allow_private
    _known, _timeout, _allow_private = known, timeout, allow_private
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform == "linux":
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # not glibc: orphans end when their queue closes
            pass


def process(task: Task) -> Outcome:
    """``analyse_task`` with what the pool's initializer gave this worker."""
    return analyse_task(task, _known, _timeout, _allow_private)


def analyse_task(task: Task, known: frozenset[str], timeout: float, allow_private: bool) -> Outcome:
    """Read and analyse one source: its rows, "unchanged" when its content hash is in ``known``
    (the store has it already), or the error that stopped it (never raised: a batch goes on).
    Pure apart from reading the source, so any engine may map it (``briefcli.store.dask_engine``)."""
    from briefcli.store.rows import analyse_to_rows, content_hash
    from briefcli.text.load import read_source

    try:
        raw = task.raw or read_source(task.spec, timeout=timeout, allow_private=allow_private)
        if content_hash(raw) in known:
            return Outcome(task.spec, "unchanged")
        return Outcome(task.spec, "rows", analyse_to_rows(raw, task.spec))
    except BriefError as exc:
        return Outcome(task.spec, "failed", message=exc.message, code=int(exc.exit_code))
    except Exception as exc:  # a bug on one article must not stop the others
        log.debug("internal error on %s", task.spec, exc_info=True)
        message = f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it"
        return Outcome(task.spec, "failed", message=message, code=int(ExitCode.INTERNAL))


def _context() -> multiprocessing.context.BaseContext:
    # fork: workers start in milliseconds from the parent, which has not imported the analysis
    # (each worker imports it once); elsewhere, spawn.
    return multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")


def _outcomes(
    tasks: Sequence[Task], jobs: int, known: frozenset[str], timeout: float, allow_private: bool
) -> Iterator[Outcome]:
    """The outcomes of ``tasks`` from ``jobs`` worker processes, in the order they finish, with
    at most ``TASKS_PER_WORKER`` tasks per worker in flight."""
    window = threading.BoundedSemaphore(jobs * TASKS_PER_WORKER)
    stop = threading.Event()

    def feed() -> Iterator[Task]:
        for task in tasks:
            while not window.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield task

    pool = _context().Pool(jobs, initializer=_start_worker, initargs=(known, timeout, allow_private))
    try:
        for outcome in pool.imap_unordered(process, feed()):
            window.release()
            yield outcome
        pool.close()
    finally:
        stop.set()
        pool.terminate()
        pool.join()


# --- The parent: writing --------------------------------------------------------------------------


def _read_stdin(spec: str, stdin: bytes | None) -> Task:
    """``-`` is read here, once: the workers have no standard input."""
    import io

    from briefcli.text.load import read_source

    return Task(spec, read_source("-", stdin=io.BytesIO(stdin) if stdin is not None else None))


def _tasks(specs: Sequence[str], stdin: bytes | None) -> tuple[list[Task], list[Outcome]]:
    """The tasks ``specs`` stand for, and the failures of those that stand for nothing."""
    from briefcli.text.sources import expand_sources

    tasks: list[Task] = []
    failures: list[Outcome] = []
    for item in expand_sources(specs):
        if isinstance(item, BriefError):
            failures.append(Outcome("", "failed", message=item.message, code=int(item.exit_code)))
        elif item == "-":
            try:
                tasks.append(_read_stdin(item, stdin))
            except BriefError as exc:
                failures.append(Outcome(item, "failed", message=exc.message, code=int(exc.exit_code)))
        else:
            tasks.append(Task(item))
    return tasks, failures


def index_sources(
    db: Path,
    specs: Sequence[str],
    *,
    jobs: int | None = None,
    timeout: float = 10.0,
    allow_private: bool = False,
    stdin: bytes | None = None,
    on_start: Callable[[int], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    engine: Engine | None = None,
) -> Report:
    """Index the articles ``specs`` stand for into the store ``db`` (made if missing) with
    ``jobs`` worker processes (default: the cores), or ``engine``. A folder ``--out`` wrote
    (``briefcli.store.partitions``) is loaded as it is: its rows, no analysis. ``on_start`` gets
    the number of articles, ``on_outcome`` each one's outcome (status "added", "replaced",
    "unchanged" or "failed")."""
    from briefcli.store.partitions import count_articles, is_rows_folder, read_rows
    from briefcli.store.schema import connect
    from briefcli.store.writer import known_articles, resolve_people

    report = Report()

    def done(outcome: Outcome) -> None:
        if outcome.status == "failed":
            report.failed += 1
            report.first_failure = report.first_failure or ExitCode(outcome.code)
        elif outcome.status != "rows":
            setattr(report, outcome.status, getattr(report, outcome.status) + 1)
        if on_outcome is not None:
            on_outcome(outcome)

    folders = [Path(spec) for spec in specs if is_rows_folder(spec)]
    tasks, failures = _tasks([spec for spec in specs if not is_rows_folder(spec)], stdin)
    report.total = len(tasks) + len(failures) + sum(count_articles(folder) for folder in folders)
    conn = connect(db)
    try:
        if on_start is not None:
            on_start(report.total)
        for failure in failures:
            done(failure)
        for folder in folders:
            _write_all(conn, (Outcome(rows.source, "rows", rows) for rows in read_rows(folder)), done)
        known = frozenset(known_articles(conn))
        if tasks and engine is not None:
            _write_all(conn, engine(tasks, known, timeout, allow_private), done)
        elif tasks:
            _write_all(
                conn, _outcomes(tasks, jobs or os.cpu_count() or 1, known, timeout, allow_private), done
            )
        report.people = resolve_people(conn)
    except _sqlite_error() as exc:
        raise OutputError(f"cannot write {db}: {exc}; check free space and permissions") from exc
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
    return report


def _sqlite_error() -> type[Exception]:
    import sqlite3

    return sqlite3.Error


def _write_all(
    conn: sqlite3.Connection, outcomes: Iterator[Outcome], done: Callable[[Outcome], None]
) -> None:
    """Write each outcome's rows, one transaction per batch of articles."""
    from briefcli.store.writer import write_article

    written = 0
    started = time.monotonic()
    for outcome in outcomes:
        if outcome.rows is not None:
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
            outcome = outcome._replace(status=write_article(conn, outcome.rows), rows=None)
            written += 1
        done(outcome)
        if conn.in_transaction and (written >= BATCH_ARTICLES or time.monotonic() - started >= BATCH_SECONDS):
            conn.execute("COMMIT")
            written, started = 0, time.monotonic()
    if conn.in_transaction:
        conn.execute("COMMIT")
