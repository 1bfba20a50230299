"""A sentence as the people stage reads it, and the small word grammar all its parts share.

A ``SentenceView`` is one sentence of the article's token table (``Article.tokens``), read as
the statements stage reads it (``grammar.Words``: each word's ``Word`` facts and offsets), with
the countries among its words and, once found, its organizations' names. Indices into a view
count from the sentence's first word; a span of words ``a``..``b`` excludes ``b``.

Honorifics are courtesy words before a name, never part of it: one word ("Dr", "Ms", "H.E")
or a phrase ("His Excellency", "The Right Honourable"), the longest phrase first.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress
from operator import attrgetter
from types import MappingProxyType
from typing import overload

from briefcli.analysis.countries import CountrySpan, find_countries
from briefcli.analysis.grammar import POSSESSIVE_ENDINGS, Words
from briefcli.lang import en as lex
from briefcli.lang.en import TITLE_DETERMINERS
from briefcli.model import Mention, Tokens, Word

__all__ = [
    "APOSTROPHES",
    "HONORIFIC_PHRASE_FIRST",
    "HONORIFIC_PHRASE_LAST",
    "HONORIFIC_PHRASE_TOKENS",
    "SentenceView",
    "SentenceViews",
    "acronym_in_brackets",
    "after_article",
    "honorific_at",
    "lead_sentence",
    "plural_possessive_mark",
    "prev_word",
    "span_text",
    "state_name_end",
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

    def __init__(
        self,
        text: str,
        tokens: Tokens,
        k: int,
        index: int,
        para: int,
        countries: dict[int, CountrySpan] | None = None,
        org_spans: list[tuple[int, int]] | None = None,
    ) -> None:
        """Sentence ``k`` of the token table ``tokens`` of ``text``, its columns sliced straight
        into the view, as the article's sentence ``index`` (-1 for the headline) of paragraph
        ``para``; its ``countries`` found here unless the caller found them before."""
        a, b = tokens.sentence_first[k], tokens.sentence_first[k + 1]
        super().__init__(
            text, tokens.words[a:b], tokens.lows[a:b], tokens.texts[a:b], tokens.starts[a:b], tokens.ends[a:b]
        )
        self.index = index  # Sentence.index (-1 for the headline)
        self.para = para
        # start -> (end, ...)
        self.countries: dict[int, CountrySpan] = (
            find_countries(self.words) if countries is None else countries
        )
        self.org_spans: list[tuple[int, int]] = [] if org_spans is None else org_spans  # organizations' names
        # Most sentences name no country: they share one empty set and mapping (read only).
        self.in_country: AbstractSet[int] = _NO_TOKENS  # token indices inside a country's name
        self.country_ends: Mapping[int, int] = _NO_ENDS  # end -> start
        if self.countries:
            inside: set[int] = set()
            for start, (end, _, _) in self.countries.items():
                inside.update(range(start, end))
            self.in_country = inside
            self.country_ends = {end: start for start, (end, _, _) in self.countries.items()}


_IS_ACRONYM = attrgetter("acro")
_NO_TOKENS: frozenset[int] = frozenset()
_NO_COUNTRIES: dict[int, CountrySpan] = {}  # read only: shared by the views that name none
_NO_ENDS: Mapping[int, int] = MappingProxyType({})


def view_sentence(text: str, tokens: Tokens, index: int, para: int, k: int | None = None) -> SentenceView:
    """Sentence ``k`` of ``tokens`` (by default ``index``: the article's sentence of that index)."""
    return SentenceView(text, tokens, index if k is None else k, index, para)


class SentenceViews(Sequence[SentenceView]):
    """The views of an article's sentences in text order (``views[i].index == i``), made when
    asked: all of them at once would hold a copy of the token table's columns, ~100 MB for a
    10 MiB text. The last ``KEPT`` made are kept, so a press release's few dozen sentences are
    each made once; a longer text's are made again at each pass over them, which costs a few
    µs a sentence. What a view learns once (its countries, its organizations' names) is kept
    here for every sentence, and given to the view each time it is made."""

    KEPT = 512

    def __init__(self, text: str, tokens: Tokens, paras: Sequence[int]) -> None:
        self._text = text
        self._tokens = tokens
        self._paras = paras  # each sentence's paragraph
        self._countries: dict[int, dict[int, CountrySpan]] = {}  # the sentences that name one
        self._looked = bytearray(len(paras))  # 1 once a sentence's countries were found
        self._orgs: dict[int, list[tuple[int, int]]] = {}
        self._kept: OrderedDict[int, SentenceView] = OrderedDict()

    def __len__(self) -> int:
        return len(self._paras)

    @property
    def text(self) -> str:
        """The article's text the views read."""
        return self._text

    @property
    def tokens(self) -> Tokens:
        """The article's token table the views are cut from."""
        return self._tokens

    @overload
    def __getitem__(self, i: int) -> SentenceView: ...
    @overload
    def __getitem__(self, i: slice) -> list[SentenceView]: ...
    def __getitem__(self, i: int | slice) -> SentenceView | list[SentenceView]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self._paras)
        view = self._kept.get(i)
        if view is not None:
            return view
        view = self._make(i)
        self._kept[i] = view
        if len(self._kept) > self.KEPT:
            self._kept.popitem(last=False)
        return view

    def _make(self, i: int) -> SentenceView:
        looked = self._looked[i]  # IndexError past the end
        countries = self._countries.get(i, _NO_COUNTRIES) if looked else None
        view = SentenceView(self._text, self._tokens, i, i, self._paras[i], countries, self._orgs.get(i))
        if not looked:
            self._looked[i] = 1
            if view.countries:
                self._countries[i] = view.countries
        return view

    def __iter__(self) -> Iterator[SentenceView]:
        if len(self._paras) <= self.KEPT:
            return (self[i] for i in range(len(self._paras)))
        # a pass over more sentences than are kept would only push each view out again before
        # the next pass: the views it makes are not kept
        kept = self._kept
        return (kept.get(i) or self._make(i) for i in range(len(self._paras)))

    def of_paragraphs(self, first: int, last: int) -> Iterator[SentenceView]:
        """The views of the sentences of paragraphs ``first`` to ``last`` (both included)."""
        lo = bisect.bisect_left(self._paras, first)
        return (self[i] for i in range(lo, bisect.bisect_right(self._paras, last, lo)))

    def opening(self, i: int, k: int) -> tuple[Sequence[Word], Sequence[int]]:
        """The first ``k`` words of sentence ``i`` (fewer when it has fewer) and their starts,
        read off the token table: no view is made."""
        first = self._tokens.sentence_first[i]
        stop = min(first + k, self._tokens.sentence_first[i + 1])
        return self._tokens.words[first:stop], self._tokens.starts[first:stop]

    def said(self, i: int) -> tuple[str, tuple[tuple[int, int], ...]] | None:
        """What sentence ``i`` gives the people stage depends on, read off the token table (no
        view is made): its text and its organizations' names; None when it has no words."""
        text = self.text_of(i)
        return None if text is None else (text, tuple(self._orgs.get(i, ())))

    def text_of(self, i: int) -> str | None:
        """Sentence ``i``'s text from its first word to its last; None when it has no words."""
        first, stop = self._tokens.sentence_first[i], self._tokens.sentence_first[i + 1]
        if first == stop:
            return None
        return self._text[self._tokens.starts[first] : self._tokens.ends[stop - 1]]

    def texts(self, i: int) -> Sequence[str]:
        """The words of sentence ``i`` as written, read off the token table (no view is made)."""
        return self._tokens.texts[self._tokens.sentence_first[i] : self._tokens.sentence_first[i + 1]]

    def start(self, i: int) -> int:
        """The offset of sentence ``i``'s first word (it has one)."""
        return self._tokens.starts[self._tokens.sentence_first[i]]

    def paragraph(self, i: int) -> int:
        """The paragraph sentence ``i`` stands in."""
        return self._paras[i]

    def names_no_country(self, i: int) -> bool:
        """Whether sentence ``i`` is known to name no country (its countries were found, and
        none stands in it); False when they were not looked for yet."""
        return bool(self._looked[i]) and i not in self._countries

    def country_forms(self, i: int) -> Iterator[tuple[str, str]]:
        """(country, as written) of each country sentence ``i`` names by its name (not by a
        demonym), once its countries were found (a view of it was made)."""
        countries = self._countries.get(i)
        if not countries:
            return
        first = self._tokens.sentence_first[i]
        starts, ends = self._tokens.starts, self._tokens.ends
        for s, (e, country, demonym) in countries.items():
            if not demonym and e > s:
                yield country, self._text[starts[first + s] : ends[first + e - 1]]

    def acronyms(self) -> Iterator[tuple[int, int]]:
        """(sentence, token) of each acronym ("WCO", "MSMEs"), in text order, read off the token
        table: no view is made (``token`` counts in the whole table)."""
        first = self._tokens.sentence_first
        words = self._tokens.words
        for g in compress(range(len(words)), map(_IS_ACRONYM, words)):
            yield bisect.bisect_right(first, g) - 1, g

    def passing(self, i: int) -> SentenceView:
        """The view of sentence ``i`` for a pass over them all, as ``__iter__`` gives it: kept
        when all of them are, else made and not kept."""
        if len(self._paras) <= self.KEPT:
            return self[i]
        return self._kept.get(i) or self._make(i)

    def copy_from(self, i: int, j: int) -> None:
        """Give sentence ``i`` what sentence ``j``, of the same words, learnt: its countries and
        its organizations' names (by token, so the same in both); no view is made."""
        self._looked[i] = self._looked[j]
        if j in self._countries:
            self._countries[i] = self._countries[j]
        if j in self._orgs:
            self._orgs[i] = self._orgs[j]

    def set_org_spans(self, view: SentenceView, spans: list[tuple[int, int]]) -> None:
        """Give sentence ``view`` its organizations' names, for good."""
        view.org_spans = spans
        if spans:
            self._orgs[view.index] = spans


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


_STATE_NAME_WORDS = 4  # "the Republic of [Costa Alta]", "of [Saint Kitts and Nevis]"


def state_name_end(toks: Sequence[Word], start: int) -> int:
    """Where the name of a state's formal form ends, its words from ``start`` (after "Republic
    of", "Kingdom of the"): capitalised words, "and" between two, no honorific or possessive
    ("the Republic of [Costa Alta], Ambassador X"); ``start`` when none stands there."""
    n = len(toks)
    end = start
    while end < n and end - start < _STATE_NAME_WORDS:
        if _state_name_word(toks[end]) or (
            toks[end].low == "and" and end > start and end + 1 < n and _state_name_word(toks[end + 1])
        ):
            end += 1
        else:
            break
    return end - 1 if end > start and toks[end - 1].low == "and" else end


def _state_name_word(t: Word) -> bool:
    return t.cap and t.alpha and not t.honorific and not t.poss


def after_article(toks: Sequence[Word], i: int) -> bool:
    """Token ``i`` follows an article or a determiner: "the representative", "its Chairman"."""
    return i > 0 and toks[i - 1].base_low in TITLE_DETERMINERS


def acronym_in_brackets(toks: Sequence[Word], j: int) -> bool:
    """An acronym in brackets opens at ``j``: "(FCS)"."""
    return toks[j].text == "(" and j + 2 < len(toks) and toks[j + 1].acro and toks[j + 2].text == ")"


def lead_sentence(views: Sequence[SentenceView]) -> SentenceView | None:
    """The lead: the first sentence that is prose, not a date or place line ("Windhoek, 8-9 May",
    "Santiago de Chile, 19.10.2021.": a name's particle is no word of prose)."""
    return next((v for v in views if _prose(v)), None)


_STOPS = frozenset({".", "!", "?", "…"})


def _prose(view: SentenceView) -> bool:
    """Whether a sentence is prose: a lowercase word of its own; a line of names whose small words
    only join them ("Embassy of the Republic of Tolvara in the Republic of Karsk", a page's
    masthead) is prose only when a full stop closes it."""
    words = view.words
    if any(_prose_word(t) and t.base_low not in lex.HEADING_JOINERS for t in words):
        return True
    return any(_prose_word(t) for t in words) and words[-1].text in _STOPS


def _prose_word(t: Word) -> bool:
    return t.alpha and not t.cap and t.base_low != "of" and t.base_low not in lex.NAME_PARTICLES


APOSTROPHES = frozenset("'’")


def plural_possessive_mark(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` is the apostrophe of a capitalised plural possessive, glued to its
    word and followed by a space: the "'" of "Growers' Council"."""
    toks = view.words
    return (
        toks[k].text in APOSTROPHES
        and k > 0
        and k + 1 < len(toks)
        and toks[k - 1].cap
        and toks[k - 1].alpha
        and toks[k - 1].low.endswith("s")
        and view.ends[k - 1] == view.starts[k]
        and view.starts[k + 1] > view.ends[k]
    )
