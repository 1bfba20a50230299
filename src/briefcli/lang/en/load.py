"""The English tables, compiled once from the data files and kept, as CPython keeps a ``.pyc``.

``TABLES`` is what the stages look up (``records.Tables``). Reading, checking and compiling the
JSON files costs ~15 ms, so it happens when a file changed, not at every start: the compiled
tables are kept (``briefcli.caches``: marshal, no ``json`` to import, nothing to check again),
keyed by the modification times and sizes of the data files and of the code that checks and
compiles them. ``load_records`` reads and checks the files now, for tests and tools.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from briefcli.caches import keep, kept
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
_NAME = "lang-en"


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:  # an install without sources (bytecode only): the data files still key it
        return str(path), 0, 0
    return str(path), stat.st_mtime_ns, stat.st_size


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
    compiled = kept(_NAME, key)
    if compiled is None:
        from briefcli.lang.en.tables import tables

        compiled = tables(load_records())
        keep(_NAME, key, cast(dict[str, Any], compiled))
    return cast("Tables", compiled)


TABLES: Final[Tables] = load()
