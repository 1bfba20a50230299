"""Countries in a sentence: their names, other names and demonyms (``lang.en.COUNTRIES``).

A country's forms compare as written ("Japan", "the Russian Federation", "U.S.A."), the last
word without a possessive ("Benin’s Minister"); the longest form starting at a word wins
("Republic of Korea" over "Korea"). A demonym ("Vietnamese") names its country as a title's
qualifier, never as a place. ``country_of`` gives the short name any form stands for: "the
Russian Federation" and "Russia" are one country.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefcli.lang.en import COUNTRIES, REGIONS
from briefcli.model import Sentence, Word
from briefcli.regexes import pattern
from briefcli.text.tokens import tokenize

__all__ = ["DEMONYMS", "CountrySpan", "country_of", "find_countries", "unknown_demonym_place"]

CountrySpan = tuple[int, str, bool]  # (end token, country, is_demonym)


def _country_index() -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    """First word -> [(words, country, is_demonym)], longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for name, aliases, demonyms in COUNTRIES:
        for form, demonym in [(name, False), *((a, False) for a in aliases), *((d, True) for d in demonyms)]:
            if "," in form:  # "Hong Kong, China": cut as the text is
                words = tuple(w for w in tokenize(form, (Sentence(0, 0, 0, len(form)),)).texts if w != ".")
            else:  # the same words, faster: "U.S.A." -> ("U.S.A",)
                words = tuple(form.rstrip(".").split())
            index.setdefault(words[0], []).append((words, name, demonym))
    for entries in index.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return index


_COUNTRY_INDEX = _country_index()
_COUNTRY_NAMES = {form.lower(): name for name, aliases, _ in COUNTRIES for form in (name, *aliases)}
DEMONYMS = {d: name for name, _, demonyms in COUNTRIES for d in demonyms}  # "Vietnamese" -> "Vietnam"


def _country_at(toks: Sequence[Word], i: int) -> CountrySpan | None:
    """The longest country form starting at token ``i``."""
    t = toks[i]
    entries = _COUNTRY_INDEX.get(t.text)
    if t.base != t.text:
        entries = [*(entries or ()), *_COUNTRY_INDEX.get(t.base, ())]
    for words, country, demonym in entries or ():
        k = len(words)
        if k == 1:  # most names are one word: "Japan", "Vietnamese"
            matched = t.base == words[0]
        else:
            matched = i + k <= len(toks) and all(
                (toks[i + j].base if j == k - 1 else toks[i + j].text) == words[j] for j in range(k)
            )
        if matched:
            return i + k, country, demonym
    return None


def find_countries(toks: Sequence[Word]) -> dict[int, CountrySpan]:
    """Token index -> (end index, country, is_demonym) for each country name or demonym."""
    spans: dict[int, CountrySpan] = {}
    after = 0  # the end of the last country found: no other starts inside it
    index = _COUNTRY_INDEX
    for i in [x for x, t in enumerate(toks) if t.text in index or (t.poss and t.base in index)]:
        if i < after:
            continue
        hit = _country_at(toks, i)
        if hit is not None:
            spans[i] = hit
            after = hit[0]
    return spans


def country_of(text: str) -> str | None:
    """The country a name stands for: "the Russian Federation" -> "Russia"; None if none."""
    key = text.strip()
    if key.lower().startswith("the "):
        key = key[4:]
    return _COUNTRY_NAMES.get(key.lower())


def unknown_demonym_place(word: str) -> str | None:
    """The state an adjective no table knows is formed from, as English forms most of them
    ("Kenyan" of "Kenya"), or a "-land" state's adjective ("Icelandic" of "Iceland"):
    "Norlandian" -> "Norlandia", "Faerlandic" -> "Faerland", in the case it is written; None for
    a known country or demonym ("Kenyan"; "Japan", "Iran" are states themselves) or another word."""
    if " " in word or word in DEMONYMS or country_of(word) is not None:
        return None
    if word.endswith("an"):
        state = word[:-1]
        # a continent's adjective is no state's: "the African delegation", "European"
        return state if state.endswith("a") and not word.startswith(_REGION_STEMS) else None
    return word[:-2] if word.endswith(_LAND_ADJECTIVE) else None


_LAND_ADJECTIVE = "landic"  # "Icelandic", "Greenlandic": a "-land" state's adjective
_REGION_STEMS = tuple(sorted(r for r in REGIONS if " " not in r and "-" not in r))  # "Africa", "Europe"


# A country's delegation that opens a paragraph: "The Maldives delegation", "Peru's delegation",
# "The delegation of Chile", "The Chilean delegation" (the country's name or its demonym).
_DELEGATION = pattern(
    r"(?:The\s+)?(?:(?P<before>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}?)(?:['’]s)?\s+delegation"
    r"|delegation\s+(?:of|from)\s+(?:the\s+)?(?P<after>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))\b"
)


def opening_delegation(text: str, start: int, end: int) -> str | None:
    """The delegation ``text[start:end]`` opens with, as written without its article: "Maldives
    delegation" ("The Maldives delegation expressed ..."), "delegation of Chile"; else None."""
    found = _DELEGATION.match(text, start, end)
    if found is None:
        return None
    before, after = found.group("before"), found.group("after")
    written = before or after
    if country_of(written) is None and written not in DEMONYMS:
        return None
    return f"{before} delegation" if before else f"delegation of {after}"
