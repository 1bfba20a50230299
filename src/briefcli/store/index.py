"""``briefcli index``: many articles into the store, analysed and written by worker processes.

With the local engine (``--jobs``), each worker process opens its own connection to the store
(WAL, so writers queue on one lock and readers never wait) and takes a chunk of
``CHUNK_ARTICLES`` sources at a time: it reads and analyses them (``analyse_task``, which
``briefcli.store.rows.analyse_to_rows`` does the work of), writes them in one transaction
(``BEGIN IMMEDIATE`` ... ``COMMIT``, ``briefcli.store.writer.write_article``), and only then sends
the parent each source's small outcome (added, replaced, unchanged or failed; no rows). The
parent only feeds chunks, counts the outcomes and shows the progress: it does next to nothing
per article, so two workers run twice as fast as one. Ctrl-C, ``kill`` or ``kill -9`` lose at
most the chunks not yet committed and never corrupt the file; a rerun carries on (articles
already stored are recognised by their content hash before they are analysed). At most
``CHUNKS_PER_WORKER`` chunks per worker are in flight, so memory does not grow with the number
of articles. At the end the parent resolves the people across articles (``resolve_people``).

Another engine (``briefcli.store.dask_engine``) sends the rows back and the parent writes them,
one transaction per ``BATCH_ARTICLES`` articles or ``BATCH_SECONDS`` seconds, as it does the rows
of a folder ``--out`` wrote; ``--out`` itself (``briefcli.store.archive``) takes the rows back
from the same worker processes (``local_outcomes`` without a store).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeVar

from briefcli.errors import BriefError, ExitCode, OutputError

if TYPE_CHECKING:
    import sqlite3
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from briefcli.store.rows import ArticleRows
    from briefcli.text.load import RawText

log = logging.getLogger(__name__)

BATCH_ARTICLES = 200
BATCH_SECONDS = 1.0
# Sources per message to a worker, and per transaction it commits. Each commit flushes FTS5's
# pending terms into a new segment: writing costs 0.8 ms an article in chunks of 16, 0.6 in 32.
CHUNK_ARTICLES = 32
CHUNKS_PER_WORKER = 2  # in flight at once: one being analysed, one waiting, so no worker idles


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
# URL timeout and allow_private, and yields the outcomes in any order. The local one is
# ``local_outcomes`` (``--jobs``); ``briefcli.store.dask_engine.DaskEngine`` is a Dask cluster.
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


def analyse_task(task: Task, known: Container[str], timeout: float, allow_private: bool) -> Outcome:
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


# --- The workers: analyse a chunk, write it (or send its rows back) -------------------------------


def _die_with_parent() -> None:
    """A worker leaves Ctrl-C to the parent, which stops it, and dies with the parent (Linux:
    a parent killed by SIGKILL leaves no worker behind)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform == "linux":
        parent = os.getppid()
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # not glibc: orphans end when their pipe closes
            pass
        if os.getppid() != parent:  # the parent died before prctl: nobody would signal us
            os._exit(1)


class _Stored:
    """The content hashes in a worker's store, looked up one at a time: the parent need not read
    them all, and a worker sees what the others committed."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __contains__(self, key: object) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (key,)).fetchone() is not None


class _StoreFailed(NamedTuple):
    """A worker's reply when the store refused a write: the error line for the parent to raise."""

    message: str


def _store_failed(db: Path, exc: Exception) -> _StoreFailed:
    if isinstance(exc, BriefError):
        return _StoreFailed(exc.message)
    return _StoreFailed(f"cannot write {db}: {exc}; check free space and permissions")


def write_chunk(conn: sqlite3.Connection, outcomes: Iterable[Outcome]) -> list[Outcome]:
    """Write the rows of ``outcomes`` in one transaction; the outcomes with their status
    ("added", "replaced", "unchanged") instead of their rows. Rolled back whole on an error."""
    from briefcli.store.writer import write_article

    done: list[Outcome] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for outcome in outcomes:
            if outcome.rows is not None:
                outcome = outcome._replace(status=write_article(conn, outcome.rows), rows=None)
            done.append(outcome)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return done


def _work(
    pipe: Connection, db: Path | None, known: Container[str], timeout: float, allow_private: bool
) -> None:
    """A worker process: for each chunk of tasks from ``pipe``, their outcomes back, once their
    rows are committed to the store ``db`` (without ``db``: with their rows, the sources whose
    hash is in ``known`` "unchanged"). Ends on None or when the parent's end of the pipe closes."""
    _die_with_parent()
    store: sqlite3.Connection | None = None
    try:
        if db is not None:
            from briefcli.store.schema import connect

            try:
                store = connect(db, create=False)
            except BriefError as exc:
                pipe.send(_store_failed(db, exc))
                return
            known = _Stored(store)
        while (chunk := pipe.recv()) is not None:
            outcomes = [analyse_task(task, known, timeout, allow_private) for task in chunk]
            if store is not None and db is not None:
                try:
                    outcomes = write_chunk(store, outcomes)
                except Exception as exc:  # sqlite3.Error: full disk, a lock held too long
                    pipe.send(_store_failed(db, exc))
                    return
            pipe.send(outcomes)
    except (EOFError, BrokenPipeError):  # the parent is gone
        pass
    finally:
        if store is not None:
            store.close()


def _context() -> multiprocessing.context.SpawnContext:
    # fork: workers start in milliseconds from the parent, which has not imported the analysis
    # (each worker imports it once); elsewhere, spawn.
    method = "fork" if sys.platform == "linux" else "spawn"
    return multiprocessing.get_context(method)  # type: ignore[return-value]  # the same API


@dataclass(slots=True)
class _Worker:
    """The parent's end of one worker: its process, pipe, and the chunks it has not answered."""

    process: BaseProcess
    pipe: Connection
    chunks: deque[tuple[Task, ...]] = field(default_factory=deque)


def _chunks(tasks: Sequence[Task], size: int) -> Iterator[tuple[Task, ...]]:
    """``tasks`` in chunks of ``size``; a task that carries its text (standard input) alone."""
    chunk: list[Task] = []
    for task in tasks:
        if task.raw is not None:
            yield (task,)
            continue
        chunk.append(task)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


class _Workers:
    """The parent's side of the local engine: the worker processes, and the chunks to send."""

    def __init__(self, tasks: Sequence[Task], jobs: int, args: tuple[object, ...]) -> None:
        size = max(1, min(CHUNK_ARTICLES, len(tasks) // (jobs * 4)))  # every worker gets work
        self.jobs = max(1, min(jobs, -(-len(tasks) // size)))
        self.fresh = _chunks(tasks, size)
        self.waiting: deque[tuple[Task, ...]] = deque()  # chunks a dead worker had not begun
        self.args = args  # _work's after the pipe: db, known, timeout, allow_private
        self.context = _context()
        self.workers: list[_Worker] = []
        self.finished = False  # every worker told to end

    def start(self) -> _Worker:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(target=_work, args=(theirs, *self.args), daemon=True)
        process.start()
        theirs.close()  # the parent keeps only its end: the worker's death reads as EOF
        return _Worker(process, ours)

    def _next_chunk(self, worker: _Worker) -> tuple[Task, ...] | None:
        chunk = self.waiting.popleft() if self.waiting else next(self.fresh, None)
        if chunk is not None and chunk[0].raw is not None and worker.chunks:
            # A source's whole text may not fit in the pipe: it goes only to a worker waiting
            # for work, so the parent never blocks writing while that worker blocks writing back.
            self.waiting.appendleft(chunk)
            return None
        return chunk

    def feed(self, worker: _Worker) -> None:
        while len(worker.chunks) < CHUNKS_PER_WORKER and (chunk := self._next_chunk(worker)) is not None:
            worker.chunks.append(chunk)
            try:
                worker.pipe.send(chunk)
            except OSError:
                # The worker died since it last answered (BrokenPipeError): its end of the pipe
                # reads as EOF next, and _lost hands this chunk on with the others it held.
                return

    def outcomes(self) -> Iterator[Outcome]:
        from multiprocessing.connection import wait

        self.workers = [self.start() for _ in range(self.jobs)]
        for worker in self.workers:
            self.feed(worker)
        while busy := {w.pipe: w for w in self.workers if w.chunks}:
            for pipe in wait(list(busy)):
                worker = busy[pipe]  # type: ignore[index]
                try:
                    reply = worker.pipe.recv()
                except (EOFError, OSError):
                    yield from self._lost(worker)
                    self.workers[self.workers.index(worker)] = worker = self.start()
                else:
                    if isinstance(reply, _StoreFailed):
                        raise OutputError(reply.message)
                    worker.chunks.popleft()
                    yield from reply
                self.feed(worker)
        for worker in self.workers:
            with contextlib.suppress(OSError):  # a worker that died with nothing left to do
                worker.pipe.send(None)
        self.finished = True

    def _lost(self, worker: _Worker) -> Iterator[Outcome]:
        """A worker died (killed, out of memory, a crash in C): what it was on is tried again
        one source at a time, so only a source that kills a worker alone fails; the chunks it
        had not begun go to another worker."""
        worker.process.join()
        chunk = worker.chunks.popleft()
        self.waiting.extendleft(reversed(worker.chunks))
        worker.pipe.close()
        if len(chunk) > 1:
            self.waiting.extendleft((task,) for task in reversed(chunk))
            return
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        message = f"the worker process analysing it died ({how}); run again to retry, report it if it recurs"
        yield Outcome(chunk[0].spec, "failed", message=message, code=int(ExitCode.INTERNAL))

    def stop(self) -> None:
        """Wait for the workers told to end (each closes its connection); after an error or an
        interruption, stop them (a worker's open transaction is lost, nothing committed)."""
        for worker in self.workers:
            if not self.finished:
                worker.process.terminate()
        for worker in self.workers:
            worker.process.join()
            worker.pipe.close()


def local_outcomes(
    tasks: Sequence[Task],
    jobs: int,
    known: frozenset[str],
    timeout: float,
    allow_private: bool,
    db: Path | None = None,
) -> Iterator[Outcome]:
    """The outcomes of ``tasks`` from ``jobs`` worker processes, chunk by chunk as they finish.
    With ``db``, the workers write the rows into that store (which must exist), look the content
    hashes up in it (not in ``known``), and the outcomes carry statuses; without, the outcomes
    carry the rows. Raises ``OutputError`` when the store refuses a write (the chunks committed
    before stay)."""
    workers = _Workers(tasks, jobs, (db, known, timeout, allow_private))
    try:
        yield from workers.outcomes()
    finally:
        workers.stop()


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

    def load(conn: sqlite3.Connection) -> None:
        if on_start is not None:
            on_start(report.total)
        for failure in failures:
            done(failure)
        for folder in folders:
            _write_all(conn, (Outcome(rows.source, "rows", rows) for rows in read_rows(folder)), done)

    _with_store(db, load)
    if tasks and engine is not None:

        def write(conn: sqlite3.Connection) -> None:
            _write_all(conn, engine(tasks, known_articles(conn), timeout, allow_private), done)

        _with_store(db, write)
    elif tasks:
        # The parent holds no connection while the workers write (a connection must not cross
        # a fork) and reads no hashes: each worker looks them up in the store.
        workers = jobs or os.cpu_count() or 1
        for outcome in local_outcomes(tasks, workers, frozenset(), timeout, allow_private, db):
            done(outcome)
    tasks.clear()  # the list of sources (3 MB for 10,000) would add to what resolving takes
    report.people = _with_store(db, resolve_people)
    return report


R = TypeVar("R")


def _with_store(db: Path, work: Callable[[sqlite3.Connection], R]) -> R:
    """``work`` on a connection to the store ``db`` (made if missing), closed after it; an open
    transaction rolled back; SQLite's errors as one ``OutputError``."""
    import sqlite3

    from briefcli.store.schema import connect

    conn = connect(db)
    try:
        return work(conn)
    except sqlite3.Error as exc:
        raise OutputError(f"cannot write {db}: {exc}; check free space and permissions") from exc
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()


def _write_all(
    conn: sqlite3.Connection, outcomes: Iterator[Outcome], done: Callable[[Outcome], None]
) -> None:
    """Write each outcome's rows, one transaction per batch of articles (the parent writes what
    another engine, or a folder of rows, gives it)."""
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
