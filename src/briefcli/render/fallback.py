"""Printing where standard output's encoding is not UTF-8 (``LC_ALL=de_DE.ISO-8859-1``,
``PYTHONIOENCODING=ascii``): what the encoding cannot hold is spelt in ASCII instead of
crashing the command.

anyascii holds the transliterations ("Živković" -> "Zivkovic", "’" -> "'", "…" -> "...");
it is imported only when a character does not fit, so a UTF-8 terminal never pays for it.
Files written with -o are always UTF-8 and never go through this. What the CLI prints is spelt
before it is printed (a Rich view before it is laid out); JSON keeps every character as a \\u
escape instead.
"""

from __future__ import annotations

import codecs
import io
import sys
from functools import lru_cache
from typing import Any, TextIO

from briefcli.regexes import pattern

ERRORS = "briefcli-ascii"
_NON_ASCII = pattern(r"[^\x00-\x7f]")

# Where anyascii's spelling would mislead a reader of a briefing: "(¶3)" would read "(P3)".
# One character for one, as the renderers lay out their own "¶" before it is spelt.
_OVERRIDES = {"¶": "#"}


def legacy_encoding(stream: TextIO | None) -> str | None:
    """The codec of ``stream`` when it is not a UTF (``"latin-1"``, ``"ascii"``), else None."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    return None if name.startswith("utf") else name


@lru_cache(maxsize=4096)
def _spell_char(char: str) -> str:
    from anyascii import anyascii

    return _OVERRIDES.get(char) or anyascii(char) or "?"


def spell(text: str, encoding: str) -> str:
    """``text`` with every character ``encoding`` cannot hold spelt in ASCII."""
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for char in text:
        try:
            char.encode(encoding)
            out.append(char)
        except UnicodeEncodeError:
            out.append(_spell_char(char))
    return "".join(out)


def spell_data(value: Any, encoding: str) -> Any:
    """A view (dicts, lists, strings) spelt for ``encoding``: so that Rich lays out the text as
    it will be printed, and a box's right edge stays where it belongs."""
    if isinstance(value, str):
        return spell(value, encoding)
    if isinstance(value, dict):
        return {key: spell_data(item, encoding) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [spell_data(item, encoding) for item in value]
    return value


def escape_json(text: str) -> str:
    """JSON text with every non-ASCII character as a \\u escape: the same data, exact, in any
    encoding (outside strings, JSON is ASCII)."""
    import json

    return _NON_ASCII.sub(lambda m: json.dumps(m.group(0))[1:-1], text)


def _spell_error(error: UnicodeError) -> tuple[str, int]:
    """The last resort, for what reaches the stream unspelt: the glyphs Rich draws itself after
    laying out the line ("…" where a cell is cut). One character for one keeps the columns."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return "".join(_spell_char(char)[:1] for char in chunk), error.end


def tolerate_legacy_encodings() -> None:
    """Make standard output and error spell in ASCII what their encoding cannot hold."""
    registered = False
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper) or legacy_encoding(stream) is None:
            continue
        if not registered:
            codecs.register_error(ERRORS, _spell_error)
            registered = True
        stream.reconfigure(errors=ERRORS)
