"""``briefcli index --engine dask`` and ``--scheduler ADDRESS``: the same pure analysis
(``briefcli.store.index.analyse_task``) mapped over a dask.distributed cluster.

Dask is an optional extra (``pip install 'briefcli[dask]'``), imported only here and only when
asked for. ``DaskEngine`` is an engine as ``index_sources`` and ``archive_sources`` take one: it
starts a local cluster (worker processes, one thread each, bound to 127.0.0.1, no dashboard) or
connects to the scheduler given, and streams the outcomes back as they complete. At most
``CHUNKS_PER_THREAD`` chunks of a few articles per worker thread are in flight: the parent
submits a new chunk (``Client.map``) for each one that completes (``as_completed``, in
batches), so neither the parent's nor the cluster's memory grows with the number of articles.
The parent alone writes the store.

Each worker reads its sources itself: with ``--scheduler``, files must be at the same paths on
the workers (a shared file system, as Dask assumes), and briefcli installed there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import islice
from typing import Any

from briefcli.errors import ExitCode, NetworkError, UsageError
from briefcli.store.index import Outcome, Task, analyse_task

INSTALL_HINT = "pip install 'briefcli[dask]'"
CHUNK_ARTICLES = 16  # articles per Dask task, at most: a task costs the scheduler ~1 ms
CHUNKS_PER_THREAD = 2  # in flight per worker thread: one running, one waiting


def require_dask() -> None:
    """Dask is an optional extra: without it, a one-line error that says how to install it."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise UsageError(
            f"--engine dask and --scheduler need Dask, which is not installed: {INSTALL_HINT}"
        ) from None


def analyse_chunk(
    chunk: Sequence[Task], known: frozenset[str], timeout: float, allow_private: bool
) -> list[Outcome]:
    """What a Dask task runs on a worker: ``analyse_task`` on each source of ``chunk``."""
    return [analyse_task(task, known, timeout, allow_private) for task in chunk]


def _failed(chunk: Sequence[Task], error: BaseException) -> list[Outcome]:
    """The outcomes of a chunk whose Dask task failed as a whole (a worker died, or could not
    load briefcli): each source named, with the cause."""
    message = f"the Dask task failed ({type(error).__name__}: {error}); check that every worker has briefcli"
    return [Outcome(task.spec, "failed", message=message, code=int(ExitCode.INTERNAL)) for task in chunk]


@dataclass(frozen=True, slots=True)
class DaskEngine:
    """Map ``analyse_task`` over a Dask cluster: a new local one of ``workers`` processes
    (default: the cores), or the existing one whose scheduler is at ``scheduler``."""

    scheduler: str | None = None
    workers: int | None = None
    connect_timeout: float = 10.0
    quiet: bool = True  # distributed's own log lines only with --debug

    def __call__(
        self, tasks: Sequence[Task], known: frozenset[str], timeout: float, allow_private: bool
    ) -> Iterator[Outcome]:
        with ExitStack() as stack:
            client = self._client(stack)
            yield from _stream(client, tasks, known, timeout, allow_private)

    def _client(self, stack: ExitStack) -> Any:  # a distributed.Client
        require_dask()
        import distributed

        if self.quiet:
            logging.getLogger("distributed").setLevel(logging.CRITICAL)
        if self.scheduler is not None:
            try:
                client = distributed.Client(
                    self.scheduler, timeout=self.connect_timeout, set_as_default=False
                )
            except (OSError, TimeoutError, ValueError) as exc:
                raise NetworkError(
                    f"cannot reach the Dask scheduler at {self.scheduler} ({_first_line(exc)}); check "
                    "the address (tcp://HOST:8786), or use --engine dask for a local cluster"
                ) from exc
            return stack.enter_context(client)
        import os
        import signal

        # The workers inherit Ctrl-C ignored (the terminal sends it to them too): the parent
        # stops them, as it stops its own pool's, without a traceback from each.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            cluster = distributed.LocalCluster(
                n_workers=self.workers or os.cpu_count() or 1,
                threads_per_worker=1,  # the analysis is Python: one thread per process
                processes=True,
                host="127.0.0.1",  # a local cluster is for this machine only
                scheduler_port=0,
                dashboard_address=None,
                # The scheduler's HTTP server starts anyway: a free port on loopback.
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                silence_logs=logging.CRITICAL if self.quiet else logging.WARNING,
            )
        finally:
            signal.signal(signal.SIGINT, previous)
        stack.enter_context(cluster)
        return stack.enter_context(distributed.Client(cluster, set_as_default=False))


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _threads(client: Any) -> int:
    info: dict[str, Any] = client.scheduler_info()
    return max(1, sum(int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()))


def _stream(
    client: Any, tasks: Sequence[Task], known: frozenset[str], timeout: float, allow_private: bool
) -> Iterator[Outcome]:
    """The outcomes of ``tasks`` on ``client``'s cluster, as they complete."""
    from distributed import as_completed

    threads = _threads(client)
    size = max(1, min(CHUNK_ARTICLES, len(tasks) // (threads * 4)))  # every worker gets work
    chunks = (tuple(tasks[i : i + size]) for i in range(0, len(tasks), size))
    # Sent to each worker once, not with every task.
    stored: Any = client.scatter(known, broadcast=True) if known else known
    pending = as_completed(loop=client.loop, with_results=True, raise_errors=False)
    running: dict[object, tuple[Task, ...]] = {}  # a future's key -> its chunk

    def submit(count: int) -> None:
        batch = list(islice(chunks, count))
        if batch:
            futures = client.map(
                analyse_chunk,
                batch,
                known=stored,
                timeout=timeout,
                allow_private=allow_private,
                pure=False,
            )
            running.update((future.key, chunk) for future, chunk in zip(futures, batch, strict=True))
            pending.update(futures)

    submit(threads * CHUNKS_PER_THREAD)
    for done in pending.batches():
        for future, result in done:
            chunk = running.pop(future.key)
            if future.status != "finished":  # an error (its type, value, traceback), or cancelled
                yield from _failed(chunk, result[1] if isinstance(result, tuple) else result)
            else:
                yield from result
        submit(len(done))
