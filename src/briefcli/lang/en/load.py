"""The English tables, compiled once from the data files and kept, as CPython keeps a ``.pyc``.

``TABLES`` is what the stages look up (``records.Tables``). Reading, checking and compiling the
JSON files costs ~15 ms, so it happens when a file changed, not at every start: the compiled
tables are kept in ``__pycache__`` (marshal: no ``json`` to import, nothing to check again, a
few hundred objects), keyed by the modification times and sizes of the data files and of the
code that checks and compiles them. Like CPython, the loader honours ``sys.dont_write_bytecode``
and ``sys.pycache_prefix``; where it cannot keep them it compiles the tables at every start,
which is only slower. ``load_records`` reads and checks the files now, for tests and tools.
"""

from __future__ import annotations

import gc
import marshal
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from briefcli.lang.en.records import FILES

if TYPE_CHECKING:
    from briefcli.lang.en.records import Records, Tables
    from briefcli.lang.lists import Raw

_HERE = Path(__file__).parent
# What the tables depend on: the data, and the code that checks and compiles it.
_SOURCES = (
    *(_HERE / f"{name}.json" for name in FILES),
    *(_HERE / f"{name}.py" for name in ("records", "check", "tables", "inflect")),
    _HERE.parent / "lists.py",
)
_Key = list[tuple[str, int, int]]


def _cache_file() -> Path | None:
    """Where CPython keeps this folder's ``.pyc`` files, under a name of our own."""
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix, *_HERE.resolve().parts[1:], f"data.{tag}.marshal")
    return _HERE / "__pycache__" / f"data.{tag}.marshal"


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:  # an install without sources (bytecode only): the data files still key it
        return str(path), 0, 0
    return str(path), stat.st_mtime_ns, stat.st_size


def _cached(cache: Path | None, key: _Key) -> Tables | None:
    """The tables kept under ``key``, if the cache holds them."""
    if cache is None:
        return None
    # Some thousand objects at once: a garbage collection in between would walk every object
    # the process holds, for nothing, so none runs (as none does while CPython reads a .pyc).
    collecting = gc.isenabled()
    gc.disable()
    try:
        kept_key, kept = marshal.loads(cache.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    finally:
        if collecting:
            gc.enable()
    return cast("Tables", kept) if kept_key == key else None


def _keep(cache: Path, key: _Key, compiled: Tables) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f"{cache.name}.{os.getpid()}")
        partial.write_bytes(marshal.dumps((key, cast(dict[str, Any], compiled))))
        partial.replace(cache)  # whole or not at all: two processes may race
    except OSError:
        pass  # a read-only install: compiled again at the next start


def read() -> dict[str, Raw]:
    """The data files of this folder, parsed, not checked."""
    import json  # only when a file changed: ~1.5 ms of import a kept start spares

    return {name: json.loads((_HERE / f"{name}.json").read_bytes()) for name in FILES}


def load_records() -> Records:
    """The data files, read and checked now (for tests and tools: the stages read ``TABLES``)."""
    from briefcli.lang.en.check import check
    from briefcli.lang.en.tables import records

    files = read()
    check(files)
    return records(files)


def load() -> Tables:
    """The tables, compiled once from the checked files (see the module's docstring)."""
    key = [_stamp(path) for path in _SOURCES]
    cache = _cache_file()
    compiled = _cached(cache, key)
    if compiled is None:
        from briefcli.lang.en.tables import tables

        compiled = tables(load_records())
        if cache is not None and not sys.dont_write_bytecode:
            _keep(cache, key, compiled)
    return compiled


TABLES: Final[Tables] = load()
