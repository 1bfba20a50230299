"""One person across articles is one person: a rule on the parts of names.

A name's parts are its words without honorifics ("Dr.", "H.E. Mr.") and titles before it
("Secretary General", "Minister"), case-folded and without accents; their order does not count.
So "Dr. Kunio Mikuriya", "MIKURIYA Kunio" and "Kunio Mikuriya" are one person, keyed
"kunio-mikuriya" (the parts, sorted).

A name whose parts are fewer ("Secretary General Mikuriya": {mikuriya}; "K. Mikuriya", an
initial standing for a part) joins the one person whose full name holds them. When several do
("Kunio Mikuriya" and "Taro Mikuriya" share a surname), the title it comes with decides if it
matches one of theirs; otherwise it stays a person of its own. Two full names never merge unless
their parts are the same, so two people who share a surname stay two.

The rule reads every name at once (``resolve``): the result does not depend on the order the
articles were indexed in. Since a name only ever joins a full name that holds all its whole
parts, the names can also be resolved group by group (``name_groups``, ``resolve_group``): the
names with a given part, the shorter ones resolved among the full names of that group, the same
result with no more in memory than one group (``briefcli.store.writer.resolve_people``).
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from briefcli.regexes import pattern

_WORD = pattern(r"[^\W_]+(?:['’-][^\W_]+)*")


@lru_cache(maxsize=1)
def _leading_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """Honorifics (as word tuples: ("his", "excellency")) and title words ("secretary",
    "general", "minister", "deputy") that may stand before a name."""
    from briefcli.lang import en

    honorifics = frozenset(
        tuple(_WORD.findall(h.lower())) for h in (*en.HONORIFICS, *en.HONORIFIC_ABBREVIATIONS)
    )
    titles = frozenset(w.lower() for w in (*en.TITLE_HEADS, *en.TITLE_MODIFIERS) if " " not in w)
    return honorifics, titles | {"mr", "mrs", "ms", "miss", "madam", "sir"}


def _plain(word: str) -> str:
    """Case-folded, without accents: "Živković" -> "zivkovic"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def name_parts(name: str) -> tuple[str, ...]:
    """The parts of a name, sorted: honorifics and titles before it dropped, case and accents
    folded. "H.E. Dr. Kunio MIKURIYA" -> ("kunio", "mikuriya"); "Secretary General Mikuriya" ->
    ("mikuriya",). A name made of nothing else keeps its words ("Minister")."""
    words = [_plain(w) for w in _WORD.findall(name)]
    honorifics, titles = _leading_words()
    start = 0
    while start < len(words) - 1:
        for length in (3, 2, 1):
            if tuple(words[start : start + length]) in honorifics and start + length < len(words):
                start += length
                break
        else:
            if words[start] in titles:
                start += 1
                continue
            break
    rest = words[start:] or words
    return tuple(sorted(rest))


def person_key(parts: Sequence[str]) -> str:
    """A person's id: their name's parts, sorted, joined by "-"."""
    return "-".join(sorted(parts)) or "unnamed"


class Appearance(NamedTuple):
    """A person as one article names them."""

    id: int
    name: str
    title: str | None
    date: str | None


def _initials(parts: Sequence[str]) -> tuple[list[str], list[str]]:
    whole = [p for p in parts if len(p) > 1]
    return whole, [p for p in parts if len(p) == 1]


def _holds(full: Sequence[str], parts: Sequence[str]) -> bool:
    """``full`` holds every whole part of ``parts``, and a part starting with each initial."""
    whole, initials = _initials(parts)
    left = list(full)
    for part in whole:
        if part not in left:
            return False
        left.remove(part)
    for initial in initials:
        match = next((p for p in left if p.startswith(initial)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _same_title(title: str | None, titles: set[str]) -> bool:
    return title is not None and _plain(title) in titles


@lru_cache(maxsize=4096)  # the same titles come again and again
def plain_title(title: str | None) -> str | None:
    """A title as names are matched by it: case-folded, without accents."""
    return _plain(title) if title else None


def _is_full(parts: Sequence[str]) -> bool:
    """A full name: two whole parts or more."""
    return len(_initials(parts)[0]) >= 2


def name_groups(parts: Sequence[str]) -> list[tuple[str, bool]]:
    """The groups a name (its parts) is resolved in, each a whole part with True for the one
    group where it is resolved (its first whole part) and False where it is only a full name
    another name may join. A full name is in the group of each of its whole parts; a shorter name
    only in its own; a name without a whole part in none (it is a person of its own)."""
    whole = sorted(set(_initials(parts)[0]))
    if not _is_full(parts):
        whole = whole[:1]
    return [(part, n == 0) for n, part in enumerate(whole)]


def resolve_group(
    titles: Mapping[tuple[str, ...], set[str]], own: Iterable[tuple[str, ...]]
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The person (as the parts of their full name, or its own) each name of ``own`` is, given
    ``titles``: every name (parts) it may join, each with the titles (``plain_title``) it comes
    with. All the names, or a group of ``name_groups`` with its own names: the same result."""
    full = [p for p in titles if _is_full(p)]
    having: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # a part -> the full names with it
    for f in full:
        for part in f:
            having[part].add(f)
    target: dict[tuple[str, ...], tuple[str, ...]] = {}
    for parts in own:
        whole = _initials(parts)[0]
        pool = set.intersection(*(having.get(p, set()) for p in whole)) if whole else set()
        candidates = sorted(f for f in pool if len(f) > len(parts) and _holds(f, parts))
        # A longer full name holds a shorter one ("Anton Germanovich Siluanov" holds "Anton
        # Siluanov"): the longest stands for them all when every candidate is inside it.
        widest = [c for c in candidates if not any(o != c and _holds(o, c) for o in candidates)]
        if len(widest) > 1:
            mine = titles.get(parts, set())
            widest = [c for c in widest if mine & titles.get(c, set())]
        target[parts] = widest[0] if len(widest) == 1 else parts
    return target


def resolve(appearances: Iterable[Appearance]) -> dict[int, str]:
    """The person key of every appearance (by id): the rule in the module's text."""
    items = list(appearances)
    parts_of = {a.id: name_parts(a.name) for a in items}
    titles: dict[tuple[str, ...], set[str]] = {parts: set() for parts in parts_of.values()}
    for a in items:
        if a.title:
            titles[parts_of[a.id]].add(_plain(a.title))
    target = resolve_group(titles, sorted(titles))
    return {a.id: person_key(target[parts_of[a.id]]) for a in items}


def display_name(names: Iterable[str] | Counter[str]) -> str:
    """The name a person is shown by: the commonest form that is not all capitals, the longest
    then the first in order among equals ("Kunio Mikuriya" over "MIKURIYA Kunio"). ``names``:
    every form as often as it is written, or a Counter of them."""
    counts = names if isinstance(names, Counter) else Counter(names)

    def rank(name: str) -> tuple[bool, int, int, str]:
        return (name.isupper(), -counts[name], -len(name), name)

    return min(counts, key=rank)
