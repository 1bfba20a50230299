"""Several sources at once: the SOURCE arguments a command was given, expanded into the articles
to read, in order.

A file, a URL and ``-`` stay as they are; a folder stands for the articles under it (recursive,
``.txt``, ``.md``, ``.html`` and ``.htm``, sorted, hidden files and folders skipped); a glob
pattern (``*``, ``?``, ``[``; ``**`` crosses folders) for the files it matches, a matched folder
for its articles. An argument that yields nothing is an ``InputError`` in the list, in its place,
so that a batch reports it and goes on with the others.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from briefcli.errors import InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_GLOB_CHARS = frozenset("*?[")


def _is_url(spec: str) -> bool:
    return spec[:8].lower().startswith(("http://", "https://"))


def is_pattern(spec: str) -> bool:
    """A glob pattern, not a file: holds ``*``, ``?`` or ``[`` and names no existing file."""
    return not _is_url(spec) and bool(_GLOB_CHARS & set(spec)) and not os.path.lexists(spec)


def is_batch(specs: Sequence[str]) -> bool:
    """Several articles, or arguments that may stand for several (a folder, a glob pattern): the
    output is then a batch's, even when they come to one article, so that scripts see one shape."""
    if len(specs) > 1:
        return True
    return any(
        spec != "-" and not _is_url(spec) and (is_pattern(spec) or Path(spec).is_dir()) for spec in specs
    )


def _articles_under(folder: Path) -> Iterator[str]:
    """The article files under ``folder``, recursively, in sorted order; hidden ones skipped."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                yield str(Path(root) / name)


def _folder(spec: str) -> list[str | InputError]:
    found: list[str | InputError] = list(_articles_under(Path(spec)))
    if not found:
        kinds = ", ".join(ARTICLE_SUFFIXES[:-1]) + f" or {ARTICLE_SUFFIXES[-1]}"
        return [InputError(f"folder {spec} holds no {kinds} file; give a folder of articles")]
    return found


def _pattern(spec: str) -> list[str | InputError]:
    import glob  # only for a pattern: one file costs nothing more

    found: list[str | InputError] = []
    # glob.glob, not Path.glob: the pattern may be absolute and may start anywhere ("/data/*/x").
    for match in sorted(glob.glob(spec, recursive=True)):  # noqa: PTH207
        if Path(match).is_dir():
            found.extend(item for item in _folder(match) if isinstance(item, str))
        else:
            found.append(match)
    if not found:
        return [
            InputError(f"no file matches {spec}; check the pattern (quote it to keep the shell's hands off)")
        ]
    return found


def expand_sources(specs: Sequence[str]) -> list[str | InputError]:
    """The articles ``specs`` stand for, in the order given, each once (a file named twice, or
    by a folder and a pattern both, is read once); an argument that stands for nothing, or a
    second ``-``, is an ``InputError`` in its place. A path that does not exist stays as it is:
    reading it gives the usual "file not found"."""
    expanded: list[str | InputError] = []
    seen: set[str] = set()
    for spec in specs:
        if spec == "-" or _is_url(spec):
            items: list[str | InputError] = [spec]
        elif is_pattern(spec):
            items = _pattern(spec)
        elif Path(spec).is_dir():
            items = _folder(spec)
        else:
            items = [spec]
        for item in items:
            if isinstance(item, InputError):
                expanded.append(item)
                continue
            key = item if item == "-" or _is_url(item) else os.path.realpath(item)
            if key in seen:
                if item == "-":
                    expanded.append(InputError("- (standard input) is given twice; it can be read once"))
                continue
            seen.add(key)
            expanded.append(item)
    return expanded
