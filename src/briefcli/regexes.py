"""Regular expressions compiled once per installation, not at every run.

The rules hold some two hundred patterns; compiling them is CPython's ``re`` parser and
compiler, written in Python, and cost a third of a ``briefcli summary`` run's own time (about
40 ms). The compiled program does not change from run to run, so it is kept (``briefcli.caches``)
and handed straight to the regex engine, as ``re.compile`` itself does after compiling:

    pattern(r"(?<![\\w-])panel(?:list)?s?\\b", re.IGNORECASE)

gives a ``re.Pattern`` equal to ``re.compile`` of the same arguments (same program, flags and
groups: ``==`` holds). The kept programs are keyed by the engine's version (``_sre.MAGIC``) and
Python's; whatever goes wrong reading them, the pattern is compiled the usual way.

A pattern built from the article's own words (a person's name, a place) is new with each article:
``pattern(..., keep=False)`` compiles it as ``re.compile`` does, through ``re``'s cache for the
run, and keeps nothing (keeping it would only grow the kept file and rewrite it at every run).
Every pattern of the package goes through ``pattern`` (a test checks it), so what is kept is
decided here.
"""

from __future__ import annotations

import _sre
import atexit
import re
import sys
from collections.abc import Iterable
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any, AnyStr

from briefcli.caches import keep, kept

__all__ = ["alternation", "pattern"]

_NAME = "regexes"
_KEY = (sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE)
_MAX_KEPT = 4000  # more programs than the rules hold: start again (patterns of old versions)

# (source, flags) -> (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments.
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_programs: dict[tuple[str | bytes, int], _Program] | None = None
_added = False


def _kept_programs() -> dict[tuple[str | bytes, int], _Program]:
    global _programs
    if _programs is None:
        found = kept(_NAME, _KEY)
        _programs = found if isinstance(found, dict) and len(found) < _MAX_KEPT else {}
        atexit.register(_keep_added)
    return _programs


def _keep_added() -> None:
    if _added and _programs is not None:
        keep(_NAME, _KEY, _programs)


def _program(source: str | bytes, flags: int) -> _Program:
    """What ``re._compiler.compile`` hands the engine (CPython 3.11 to 3.13)."""
    parsed = _parser.parse(source, flags)
    # The opcodes are int subclasses (named constants): plain ints, so marshal can keep them.
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def pattern(source: AnyStr, flags: int | re.RegexFlag = 0, *, keep: bool = True) -> re.Pattern[AnyStr]:
    """``re.compile(source, flags)``, with the compiled program kept between runs (unless
    ``keep`` is false: a pattern made from the article's words)."""
    global _added
    if not keep:
        return re.compile(source, flags)
    flags = int(flags)
    programs = _kept_programs()
    key = (source, flags)
    program = programs.get(key)
    if program is None:
        try:
            program = _program(source, flags)
        except Exception:  # an engine this code does not know: the usual way
            return re.compile(source, flags)
        programs[key] = program
        _added = True
    try:
        compiled: Any = _sre.compile(source, *program)
    except Exception:  # a kept program the engine refuses: the usual way
        return re.compile(source, flags)
    return compiled  # type: ignore[no-any-return]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, the longest first (so "next week" wins over "next")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
