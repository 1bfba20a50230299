"""A sentence as the people stage reads it, and the small word grammar all its parts share.

A ``SentenceView`` is one sentence of the article's token table (``Article.tokens``): its
words (``Word``, with the facts of ``briefcli.text.tokens``), their offsets and the countries
among them. Indices into a view count from the sentence's first word.

Honorifics are courtesy words before a name, never part of it: one word ("Dr", "Ms", "H.E")
or a phrase ("His Excellency", "The Right Honourable"), the longest phrase first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefcli.analysis.countries import CountrySpan, find_countries
from briefcli.lexicon import people as lex
from briefcli.model import Mention, Tokens, Word

__all__ = [
    "CHUNK_CONNECTORS",
    "DETS",
    "HONORIFIC_PHRASE_FIRST",
    "HONORIFIC_PHRASE_LAST",
    "INDEFINITE",
    "PREPS",
    "TITLE_PREPS",
    "SentenceView",
    "acronym_in_brackets",
    "after_article",
    "honorific_at",
    "lead_sentence",
    "prev_word",
    "span_text",
    "surface_forms",
    "view_sentence",
    "without_possessive",
]

POSSESSIVES = ("'s", "’s")
DETS = frozenset({"the", "a", "an", "its", "their", "our"})  # "led by its Chairman, Takebe Tsutomu"
INDEFINITE = frozenset({"a", "an"})
PREPS = frozenset({"of", "for", "to", "from", "on"})
TITLE_PREPS = PREPS | {"at"}  # "Director of Trade at the Ministry of Commerce"
CHUNK_CONNECTORS = frozenset({"and", "&", "de", "du", "des", "d'", "la"})  # "Customs and Excise"

_HONORIFIC_PHRASES = tuple(
    sorted((tuple(k.split()) for k in lex.HONORIFICS if " " in k), key=len, reverse=True)
)
_HONORIFIC_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _HONORIFIC_PHRASES:  # longest first
    _HONORIFIC_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
HONORIFIC_PHRASE_FIRST = frozenset(_HONORIFIC_BY_FIRST)  # "his" (of "His Excellency")
HONORIFIC_PHRASE_LAST = frozenset(phrase[-1] for phrase in _HONORIFIC_PHRASES)  # "excellency"


@dataclass(slots=True, eq=False, repr=False)
class SentenceView:
    """One sentence's words, their offsets and the countries among them."""

    index: int  # Sentence.index (-1 for the headline)
    para: int
    toks: tuple[Word, ...]
    starts: tuple[int, ...]  # offsets of each word in the article text
    ends: tuple[int, ...]
    countries: dict[int, CountrySpan]  # start -> (end, country, is_demonym)
    text: str
    in_country: set[int] = field(default_factory=set)  # token indices inside a country's name
    country_ends: dict[int, int] = field(default_factory=dict)  # end -> start
    org_spans: list[tuple[int, int]] = field(default_factory=list)  # organizations' names


def view_sentence(text: str, tokens: Tokens, index: int, para: int, k: int | None = None) -> SentenceView:
    """Sentence ``k`` of ``tokens`` (by default ``index``: the article's sentence of that index)."""
    r = tokens.sentence(index if k is None else k)
    toks = tokens.words[r.start : r.stop]
    countries = find_countries(toks)
    view = SentenceView(
        index=index, para=para, toks=toks, starts=tokens.starts[r.start : r.stop],
        ends=tokens.ends[r.start : r.stop], countries=countries, text=text,
    )  # fmt: skip
    for a, (b, _, _) in countries.items():
        view.in_country.update(range(a, b))
        view.country_ends[b] = a
    return view


def span_text(view: SentenceView, a: int, b: int) -> str:
    """The text of tokens ``a`` to ``b`` (exclusive), as written."""
    return view.text[view.starts[a] : view.ends[b - 1]] if b > a else ""


def prev_word(toks: tuple[Word, ...], i: int) -> str | None:
    """The word before token ``i``, lowercase."""
    return toks[i - 1].base_low if i > 0 else None


def surface_forms(text: str, spans: Iterable[Mention]) -> tuple[str, ...]:
    """The distinct texts of ``spans``, in order of first use."""
    seen: dict[str, None] = {}
    for s in spans:
        seen.setdefault(text[s.start : s.end], None)
    return tuple(seen)


def without_possessive(text: str) -> str:
    """ "Egypt's" -> "Egypt"."""
    for p in POSSESSIVES:
        if text.endswith(p):
            text = text[: -len(p)]
    return text


def honorific_at(toks: tuple[Word, ...], j: int) -> int:
    """Words in the honorific starting at ``j`` ("His Excellency" -> 2), 0 if none."""
    t = toks[j]
    if not t.honorific_start:
        return 0
    for phrase in _HONORIFIC_BY_FIRST.get(t.base_low, ()):
        k = len(phrase)
        if j + k <= len(toks) and all(toks[j + x].base_low == phrase[x] for x in range(k)):
            return k
    if t.honorific and not t.poss:
        return 1
    return 0


def after_article(toks: tuple[Word, ...], i: int) -> bool:
    """Token ``i`` follows an article or a determiner: "the representative", "its Chairman"."""
    return i > 0 and toks[i - 1].base_low in DETS


def acronym_in_brackets(toks: tuple[Word, ...], j: int) -> bool:
    """An acronym in brackets opens at ``j``: "(FCS)"."""
    return toks[j].text == "(" and j + 2 < len(toks) and toks[j + 1].acro and toks[j + 2].text == ")"


def lead_sentence(views: Sequence[SentenceView]) -> SentenceView | None:
    """The lead: the first sentence that is prose, not a date or place line ("Windhoek, 8-9 May")."""
    return next((v for v in views if any(t.alpha and not t.cap and t.base_low != "of" for t in v.toks)), None)
