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
articles were indexed in.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
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


def resolve(appearances: Iterable[Appearance]) -> dict[int, str]:
    """The person key of every appearance (by id): the rule in the module's text."""
    items = list(appearances)
    parts_of = {a.id: name_parts(a.name) for a in items}
    # The full names: two whole parts or more.
    full = {p for p in parts_of.values() if len(_initials(p)[0]) >= 2}
    titles: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for a in items:
        if a.title:
            titles[parts_of[a.id]].add(_plain(a.title))
    having: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # a part -> the full names with it
    for f in full:
        for part in f:
            having[part].add(f)
    target: dict[tuple[str, ...], tuple[str, ...]] = {}
    for parts in sorted(set(parts_of.values())):
        whole = _initials(parts)[0]
        pool = set.intersection(*(having.get(p, set()) for p in whole)) if whole else set()
        candidates = sorted(f for f in pool if len(f) > len(parts) and _holds(f, parts))
        # A longer full name holds a shorter one ("Anton Germanovich Siluanov" holds "Anton
        # Siluanov"): the longest stands for them all when every candidate is inside it.
        widest = [c for c in candidates if not any(o != c and _holds(o, c) for o in candidates)]
        if len(widest) > 1:
            widest = [c for c in widest if titles[parts] & titles[c]]
        target[parts] = widest[0] if len(widest) == 1 else parts
    return {a.id: person_key(target[parts_of[a.id]]) for a in items}


def display_name(names: Iterable[str] | Counter[str]) -> str:
    """The name a person is shown by: the commonest form that is not all capitals, the longest
    then the first in order among equals ("Kunio Mikuriya" over "MIKURIYA Kunio"). ``names``:
    every form as often as it is written, or a Counter of them."""
    counts = names if isinstance(names, Counter) else Counter(names)

    def rank(name: str) -> tuple[bool, int, int, str]:
        return (name.isupper(), -counts[name], -len(name), name)

    return min(counts, key=rank)
