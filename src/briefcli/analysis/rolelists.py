"""Role holders named by a plural title and a list of countries: "met the foreign ministers of
Chile, Peru and Ghana" is three people the text never names, the Foreign Minister of each.

The people stage lists a singular role ("the Head of Delegation of Fiji") as an unnamed
participant; a plural one names nobody in particular unless its countries say who: one
participant per country, as the briefing's participants list must show them. Whether they took
part, and whether one is a named person again ("the Foreign Minister of Peru, Ana Ruiz"), is
decided where every unnamed participant is (``present.views.unnamed_participants``).
"""

from __future__ import annotations

from collections.abc import Iterator

from briefcli.analysis.words import SentenceView
from briefcli.lang import en as lex
from briefcli.model import Mention, Participant

__all__ = ["listed_roles"]

# "the ministers [of] A and B", "the ambassadors [from] A, B and C"
_OF = frozenset({"of", "from"})
# between two countries of the list: "A, B, and C"; "the" before one: "the Russian Federation"
_JOINS = frozenset({",", "and"})


def _singular_title(word: str) -> str | None:
    """The title a plural that names one office holder a country stands for: "ministers" ->
    "minister"; None for others ("representatives", "officials": several a country)."""
    return word[:-1] if word in lex.ONE_EACH_PLURALS and word.endswith("s") else None


def _countries_from(view: SentenceView, k: int) -> list[tuple[int, int, str]]:
    """The countries listed from token ``k`` on, as (start token, end token, country): "Chile,
    the Republic of Korea and Ghana"; the list ends at the first word that starts none
    (", the Head of Delegation of Fiji")."""
    toks = view.words
    out: list[tuple[int, int, str]] = []
    while k < len(toks):
        at = k + (toks[k].base_low == "the")
        hit = view.countries.get(at)
        if hit is None or hit[2]:  # none, or a demonym ("the Chilean delegation")
            break
        out.append((at, hit[0], hit[1]))
        k = hit[0]
        while k < len(toks) and toks[k].base_low in _JOINS:
            k += 1
    return out


def _modifiers(view: SentenceView, k: int) -> list[str]:
    """The portfolio or rank words right before the plural title ``k``: "[foreign] ministers",
    "[deputy health] ministers"."""
    toks = view.words
    words: list[str] = []
    j = k - 1
    while j >= 0 and (toks[j].base_low in lex.PORTFOLIO_WORDS or toks[j].base_low in lex.TITLE_MODIFIERS):
        words.insert(0, toks[j].base_low)
        j -= 1
    return words


def listed_roles(view: SentenceView) -> Iterator[Participant]:
    """One unnamed participant per country of each plural title with a list of two or more
    countries in the sentence: "the foreign ministers of Chile, Peru and Ghana" gives the
    Foreign Minister of Chile, of Peru and of Ghana."""
    if len(view.countries) < 2:
        return
    toks = view.words
    for k, word in enumerate(toks[:-2]):
        singular = _singular_title(word.base_low)
        if singular is None or toks[k + 1].base_low not in _OF:
            continue
        countries = _countries_from(view, k + 2)
        if len(countries) < 2:
            continue
        title = " ".join(w.capitalize() for w in [*_modifiers(view, k), singular])
        # a title relative to whom they met keeps its "from": "Counterpart from Chile"
        of = toks[k + 1].base_low if word.base_low in lex.RELATIVE_PLURALS else "of"
        for start, end, country in countries:
            span = Mention(view.starts[start], view.ends[end - 1], "title", view.para, view.index)
            written = view.span(start - (toks[start - 1].base_low == "the"), end - 1)
            # the country as written ("Turkey", not the gazetteer's "Türkiye"); its canonical
            # name as the organisation, which a named holder's title gives ("Russia")
            yield Participant(
                role=f"{title} {of} {written}", title=title, org=country,
                mentions=(view.span(start, end - 1),), spans=(span,),
            )  # fmt: skip
