"""Values computed once per installation and kept between runs, as CPython keeps a ``.pyc``.

Some start-up work gives the same result at every run: compiling the language tables from
their JSON files (``briefcli.lang.en.load``), compiling the regular expressions of the rules
(``briefcli.regexes``). Its result is kept with ``marshal`` in the ``__pycache__`` folder
beside this package (or under ``sys.pycache_prefix``), with the key it was computed under, and
read back while the key still matches. Like CPython, nothing is written when
``sys.dont_write_bytecode`` is set; where nothing can be kept the work is simply done again at
every start, which is only slower.
"""

from __future__ import annotations

import gc
import marshal
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["keep", "kept"]

_HERE = Path(__file__).parent


def _file(name: str) -> Path | None:
    """Where CPython keeps this package's ``.pyc`` files, under a name of our own."""
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix, *_HERE.resolve().parts[1:], f"{name}.{tag}.marshal")
    return _HERE / "__pycache__" / f"{name}.{tag}.marshal"


def kept(name: str, key: Any) -> Any:
    """The value kept as ``name`` under ``key``, or None when there is none (or another key)."""
    path = _file(name)
    if path is None:
        return None
    # Thousands of objects at once: a garbage collection in between would walk every object
    # the process holds, for nothing, so none runs (as none does while CPython reads a .pyc).
    collecting = gc.isenabled()
    gc.disable()
    try:
        kept_key, value = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    finally:
        if collecting:
            gc.enable()
    return value if kept_key == key else None


def keep(name: str, key: Any, value: Any) -> None:
    """Keep ``value`` as ``name`` under ``key`` (marshal-able values only), whole or not at all."""
    path = _file(name)
    if path is None or sys.dont_write_bytecode:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_bytes(marshal.dumps((key, value)))
        partial.replace(path)  # two processes may race: the last whole file wins
    except (OSError, ValueError):
        pass  # a read-only install: computed again at the next start
