"""A sentence as the people stage reads it, and the small word grammar all its parts share.

A ``SentenceView`` is one sentence of the article's token table (``Article.tokens``), read as
the statements stage reads it (``grammar.Words``: each word's ``Word`` facts and offsets), with
the countries among its words and, once found, its organizations' names. Indices into a view
count from the sentence's first word; a span of words ``a``..``b`` excludes ``b``.

Honorifics are courtesy words before a name, never part of it: one word ("Dr", "Ms", "H.E")
or a phrase ("His Excellency", "The Right Honourable"), the longest phrase first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefcli.analysis.countries import CountrySpan, find_countries
from briefcli.analysis.grammar import POSSESSIVE_ENDINGS, Words, words_of_sentence
from briefcli.lang import en as lex
from briefcli.lang.en import TITLE_DETERMINERS
from briefcli.model import Mention, Tokens, Word

__all__ = [
    "HONORIFIC_PHRASE_FIRST",
    "HONORIFIC_PHRASE_LAST",
    "HONORIFIC_PHRASE_TOKENS",
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

_HONORIFIC_PHRASES = tuple(
    sorted((tuple(k.split()) for k in lex.HONORIFICS if " " in k), key=len, reverse=True)
)
_HONORIFIC_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _HONORIFIC_PHRASES:  # longest first
    _HONORIFIC_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
HONORIFIC_PHRASE_FIRST = frozenset(_HONORIFIC_BY_FIRST)  # "his" (of "His Excellency")
HONORIFIC_PHRASE_LAST = frozenset(phrase[-1] for phrase in _HONORIFIC_PHRASES)  # "excellency"
# The most tokens a phrase honorific takes, a full stop after each word but the last: "The Rt. Hon"
HONORIFIC_PHRASE_TOKENS = 2 * max(map(len, _HONORIFIC_PHRASES), default=1) - 1


class SentenceView(Words):
    """One sentence's words (``grammar.Words``: the ``Word`` facts and offsets of each) and the
    people stage's layers over them: the countries among them and the organizations' names."""

    __slots__ = ("countries", "country_ends", "in_country", "index", "org_spans", "para")

    def __init__(self, words: Words, index: int, para: int) -> None:
        super().__init__(words.text, words.words, words.lows, words.texts, words.starts, words.ends)
        self.index = index  # Sentence.index (-1 for the headline)
        self.para = para
        self.countries: dict[int, CountrySpan] = find_countries(self.words)  # start -> (end, ...)
        self.in_country: set[int] = set()  # token indices inside a country's name
        self.country_ends: dict[int, int] = {}  # end -> start
        self.org_spans: list[tuple[int, int]] = []  # organizations' names
        for a, (b, _, _) in self.countries.items():
            self.in_country.update(range(a, b))
            self.country_ends[b] = a


def view_sentence(text: str, tokens: Tokens, index: int, para: int, k: int | None = None) -> SentenceView:
    """Sentence ``k`` of ``tokens`` (by default ``index``: the article's sentence of that index)."""
    return SentenceView(words_of_sentence(text, tokens, index if k is None else k), index, para)


def span_text(view: SentenceView, a: int, b: int) -> str:
    """The text of words ``a`` to ``b`` (excluded), as written; "" when there are none."""
    return view.span(a, b - 1) if b > a else ""


def prev_word(toks: Sequence[Word], i: int) -> str | None:
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
    for p in POSSESSIVE_ENDINGS:
        if text.endswith(p):
            text = text[: -len(p)]
    return text


def honorific_at(toks: Sequence[Word], j: int) -> int:
    """Words in the honorific starting at ``j`` ("His Excellency" -> 2), 0 if none."""
    t = toks[j]
    if not t.honorific_start:
        return 0
    for phrase in _HONORIFIC_BY_FIRST.get(t.base_low, ()):
        k = len(phrase)
        if j + k <= len(toks) and all(toks[j + x].base_low == phrase[x] for x in range(k)):
            return k
        # an abbreviated word keeps its full stop inside the phrase: "Rt. Hon. Ana Ruiz" is
        # "rt hon" (the stop after the last word is the caller's, as after "Dr.")
        x = j
        for word in phrase[:-1]:
            if x >= len(toks) or toks[x].base_low != word:
                break
            x += 2 if x + 1 < len(toks) and toks[x + 1].text == "." else 1
        else:
            if x < len(toks) and toks[x].base_low == phrase[-1] and x + 1 - j > k:
                return x + 1 - j
    if t.honorific and not t.poss:
        return 1
    return 0


def after_article(toks: Sequence[Word], i: int) -> bool:
    """Token ``i`` follows an article or a determiner: "the representative", "its Chairman"."""
    return i > 0 and toks[i - 1].base_low in TITLE_DETERMINERS


def acronym_in_brackets(toks: Sequence[Word], j: int) -> bool:
    """An acronym in brackets opens at ``j``: "(FCS)"."""
    return toks[j].text == "(" and j + 2 < len(toks) and toks[j + 1].acro and toks[j + 2].text == ")"


def lead_sentence(views: Sequence[SentenceView]) -> SentenceView | None:
    """The lead: the first sentence that is prose, not a date or place line ("Windhoek, 8-9 May",
    "Santiago de Chile, 19.10.2021.": a name's particle is no word of prose)."""
    return next((v for v in views if any(_prose_word(t) for t in v.words)), None)


def _prose_word(t: Word) -> bool:
    return t.alpha and not t.cap and t.base_low != "of" and t.base_low not in lex.NAME_PARTICLES
