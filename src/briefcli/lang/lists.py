"""Word lists and word maps, the shape every language's files share, and the checks of a file.

A word list is words of one kind ("group_nouns"), in file order, each entry a word or, when the
list declares roles, ``[word, role, ...]``: one list of group nouns serves the speakers ("Both
sides agreed", role ``speaker``) and the scene patterns ("met local officials", role ``scene``)
instead of two overlapping copies. A word map gives each word a value ("yesterday" -> -1 day).
The checks (``check_*``) raise ``LanguageDataError`` at the first fault; the views (``words``,
``with_role``) read a checked list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NotRequired, TypedDict

from briefcli.lang import LanguageDataError

WordValue = int | str | None
Raw = Mapping[str, Any]  # a parsed JSON object, before the checks


class WordList(TypedDict):
    """Words of one kind, in file order (see the module's docstring)."""

    name: str
    doc: str
    example: str
    roles: NotRequired[dict[str, str]]  # role -> what it means
    words: list[str | list[str]]


class WordMap(TypedDict):
    """Words with a value each ("yesterday" -> -1 day), in file order."""

    name: str
    doc: str
    example: str
    entries: list[tuple[str, WordValue]]  # [word, value] pairs


# --- Views of a word list ----------------------------------------------------------------------


def words(found: WordList) -> tuple[str, ...]:
    """The words of a list, in file order."""
    return tuple(e if isinstance(e, str) else e[0] for e in found["words"])


def with_role(found: WordList, role: str) -> frozenset[str]:
    """The words of a list that have ``role`` ("group_nouns", "speaker" -> "sides", ...)."""
    if role not in found.get("roles", {}):
        raise KeyError(f"list {found['name']!r} declares no role {role!r}")
    return frozenset(e[0] for e in found["words"] if not isinstance(e, str) and role in e[1:])


# --- Checks: run when the data changes (see briefcli.lang.en.load) ----------------------------


def fail_unless(ok: object, where: str, problem: str) -> None:
    if not ok:
        raise LanguageDataError(f"{where}: {problem}")


def check_text(raw: Raw, key: str, where: str) -> None:
    """A required non-empty string field."""
    value = raw.get(key)
    fail_unless(isinstance(value, str) and value, where, f"{key!r} must be a non-empty string")


def check_strings(raw: object, where: str) -> None:
    """A list of distinct non-empty strings."""
    # set operations first: this runs for every field of every record
    if not isinstance(raw, list) or (raw and (set(map(type, raw)) != {str} or "" in raw)):
        raise LanguageDataError(f"{where}: expected a list of non-empty strings")
    if len(set(raw)) != len(raw):
        check_unique(raw, where)  # names the duplicate


def check_unique(items: Iterable[str], where: str) -> None:
    seen: set[str] = set()
    for item in items:
        fail_unless(item not in seen, where, f"duplicate entry {item!r}")
        seen.add(item)


def check_objects(raw: object, where: str) -> list[Raw]:
    """A list of JSON objects (records)."""
    if not isinstance(raw, list) or not all(isinstance(r, dict) for r in raw):
        raise LanguageDataError(f"{where}: expected a list of objects")
    return raw


def check_fields(raw: Raw, allowed: Iterable[str], where: str) -> None:
    unknown = raw.keys() - set(allowed)
    fail_unless(not unknown, where, f"unknown field {min(unknown or [''])!r}")


def _check_header(record: Raw, fields: tuple[str, ...], where: str, what: str) -> str:
    check_text(record, "name", where)
    here = f"{where}: {what} {record['name']!r}"
    check_fields(record, fields, here)
    check_text(record, "doc", here)
    check_text(record, "example", here)
    return here


def check_lists(raw: object, where: str) -> list[str]:
    """The ``lists`` section of a data file; returns the names of its lists."""
    names: list[str] = []
    for record in check_objects(raw, where):
        here = _check_header(record, ("name", "doc", "example", "roles", "words"), where, "list")
        names.append(record["name"])
        declared = record.get("roles", {})
        if not isinstance(declared, dict) or not all(isinstance(d, str) and d for d in declared.values()):
            raise LanguageDataError(f"{here}: 'roles' must describe each role")
        entries = record.get("words")
        if not isinstance(entries, list) or not entries:
            raise LanguageDataError(f"{here}: 'words' must be a non-empty list")
        found = []
        for entry in entries:
            if isinstance(entry, list):
                # [word, role, ...]; a role may be spelt as its word ("chair", role "chair")
                check_strings(entry[1:], f"{here}: {entry!r}")
                unknown = set(entry[1:]) - declared.keys()
                fail_unless(entry[1:] and not unknown, here, f"{entry!r}: roles must be declared ones")
                entry = entry[0]
            found.append(entry)
        check_strings(found, here)
    check_unique(names, where)
    return names


def check_maps(raw: object, where: str) -> list[str]:
    """The ``maps`` section of a data file; returns the names of its maps."""
    names: list[str] = []
    for record in check_objects(raw, where):
        here = _check_header(record, ("name", "doc", "example", "entries"), where, "map")
        names.append(record["name"])
        entries = record.get("entries")
        if not isinstance(entries, list) or not all(
            isinstance(e, list) and len(e) == 2 and isinstance(e[1], WordValue) for e in entries
        ):
            raise LanguageDataError(f"{here}: 'entries' must be [word, value] pairs")
        check_strings([e[0] for e in entries], here)
    check_unique(names, where)
    return names


def lists_of(files: Iterable[Raw], section: str) -> dict[str, Any]:
    """Every list (``section`` "lists") or map ("maps") of checked files, by name."""
    return {record["name"]: record for raw in files for record in raw.get(section, ())}
