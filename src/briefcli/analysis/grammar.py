"""English grammar over the token table, shared by the statements and quotes stages.

The stages read the words of ``Article.tokens`` (cut once, see ``briefcli.text.tokens``)
through ``Words``: a run of tokens (one sentence, or the words of a span) indexed from 0, with
the shared ``Word`` facts and the offsets of each. The helpers here give a grammatical test a
name where index arithmetic would spell it out: ``word_before(w, k) == "the"`` rather than
``k > 0 and toks[k - 1].low == "the"``, ``skip_back(w, j)`` to step left over "also", "has",
"in his turn".

Word classes (the words themselves are data in ``briefcli.lang.en``):

- an adverb: a listed one ("also", "further") or a word in -ly of five letters or more
  ("warmly", not "rely");
- a verb-like word (``is_verbish``): a cue's past or -s form, an activity verb, an auxiliary
  or a form of "be", an irregular past, a lowercase word in -ed;
- a finite tense (``tense``): "past" for "stressed", "financed", "met" (not "need"), "s" for
  "stresses", "hosts" (not "address").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from briefcli.lang import en as lex
from briefcli.model import Tokens, Word

__all__ = [
    "FINITE_MARKERS",
    "POSSESSIVE_ENDINGS",
    "QUOTE_MARKS",
    "TRAILING",
    "Words",
    "adverb_phrase",
    "closed_word",
    "is_adverb",
    "is_as_well_as",
    "is_verbish",
    "opens_quotation",
    "plural_present_verb",
    "present_verb",
    "skip_adverbs",
    "skip_back",
    "skip_commas",
    "skip_forward",
    "tense",
    "word_after",
    "word_before",
    "words_in",
    "words_of_sentence",
]

FINITE_MARKERS = lex.AUXILIARIES | lex.BE_FORMS | lex.FINITE_MARKER_VERBS
# Marks, not words: the quotation marks, the possessive ending and the punctuation a content
# never ends with are how English is written, part of the rules that read them.
QUOTE_MARKS = frozenset('“”"«»‘’')
# "’" alone may be the plural possessive ("the two countries’ ports"): only these open a quotation
_OPENING_QUOTE_MARKS = frozenset('“"«‘')
POSSESSIVE_ENDINGS = ("'s", "’s")  # "the Minister's proposal", "Egypt’s"
TRAILING = ".,;:"  # punctuation a content never ends with: "..., he said." gives "..."
_MAX_ADVERBS = 4  # how many adverbs, auxiliaries or adverbial phrases a step skips at most


def _phrases_by(position: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The adverbial phrases keyed by their first (0) or last (-1) word."""
    by: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lex.ADVERBIAL_PHRASES:
        by.setdefault(phrase[position], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in by.items()}


_PHRASES_BY_FIRST = _phrases_by(0)
_PHRASES_BY_LAST = _phrases_by(-1)


class Words:
    """A run of tokens of the article's token table, indexed from 0: ``words[k]`` is the
    ``Word`` of token ``k`` (its facts), ``lows[k]``/``texts[k]`` its spelling,
    ``starts[k]``/``ends[k]`` its offsets in ``text`` (the article's text). Columns, as the
    table keeps them, so a stage can scan one in C. (A plain class: a dataclass costs start-up.)"""

    __slots__ = ("ends", "lows", "starts", "text", "texts", "words")

    def __init__(
        self,
        text: str,
        words: Sequence[Word],
        lows: Sequence[str],
        texts: Sequence[str],
        starts: Sequence[int],
        ends: Sequence[int],
    ) -> None:
        self.text = text
        self.words = words
        self.lows = lows
        self.texts = texts
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.words)

    def span(self, first: int, last: int) -> str:
        """The text from word ``first`` to word ``last``, both included."""
        return self.text[self.starts[first] : self.ends[last]]

    def part(self, first: int, stop: int) -> Words:
        """Words ``first .. stop - 1`` as a run of their own."""
        return Words(
            self.text,
            self.words[first:stop],
            self.lows[first:stop],
            self.texts[first:stop],
            self.starts[first:stop],
            self.ends[first:stop],
        )

    def index_at(self, offset: int) -> int | None:
        """The word starting at ``offset``, or None."""
        k = bisect.bisect_left(self.starts, offset)
        return k if k < len(self.starts) and self.starts[k] == offset else None

    def first_from(self, offset: int) -> int | None:
        """The first word starting at or after ``offset``, or None."""
        k = bisect.bisect_left(self.starts, offset)
        return k if k < len(self.starts) else None

    def last_until(self, end: int) -> int:
        """The last word ending at or before ``end`` (0 when none does)."""
        return max(0, bisect.bisect_right(self.ends, end) - 1)


def words_of_sentence(text: str, tokens: Tokens, index: int) -> Words:
    """The words of sentence ``index`` (``Sentence.index``), from the article's token table."""
    r = tokens.sentence(index)
    a, b = r.start, r.stop
    return Words(
        text, tokens.words[a:b], tokens.lows[a:b], tokens.texts[a:b], tokens.starts[a:b], tokens.ends[a:b]
    )


def words_in(text: str, tokens: Tokens, lo: int, hi: int) -> Words:
    """The words of the tokens inside ``[lo, hi)``, punctuation left out (a word token starts
    with a word character): "“We agree,” she said" gives "We", "agree", "she", "said"."""
    ks = [k for k in tokens.within(lo, hi) if not tokens.words[k].punct]
    return Words(
        text,
        [tokens.words[k] for k in ks],
        [tokens.lows[k] for k in ks],
        [tokens.texts[k] for k in ks],
        [tokens.starts[k] for k in ks],
        [tokens.ends[k] for k in ks],
    )


def word_before(w: Words, k: int) -> str:
    """The word before word ``k``, lowercase, or "" at the start."""
    return w.lows[k - 1] if k > 0 else ""


def word_after(w: Words, k: int) -> str:
    """The word after word ``k``, lowercase, or "" at the end."""
    return w.lows[k + 1] if k + 1 < len(w.lows) else ""


def is_as_well_as(w: Words, j: int) -> bool:
    """Whether word ``j`` is the last of "as well as" ("stressed A as well as highlighted B")."""
    return j >= 2 and w.lows[j] == "as" and w.lows[j - 1] == "well" and w.lows[j - 2] == "as"


def finite_cue(word: Word) -> bool:
    """A speech cue in a past or -s form, lowercase: "announced", "stresses"."""
    return word.lemma is not None and word.form in ("past", "s") and word.lower


def is_adverb(word: Word) -> bool:
    """ "also", "further", "warmly" (not "rely": a word in -ly needs five letters, and is written
    in lowercase: "the General Assembly", "the Ambassador of Italy" end with nouns)."""
    low = word.low
    return low in lex.ADVERBS or (word.lower and low.endswith("ly") and low.isalpha() and len(low) > 4)


def _phrase_back(w: Words, j: int) -> int:
    """The length of an adverbial phrase ending at word ``j`` ("in his turn"), or 0."""
    for phrase in _PHRASES_BY_LAST.get(w.lows[j], ()):
        n = len(phrase)
        if j + 1 >= n and all(w.lows[j - n + 1 + m] == word for m, word in enumerate(phrase)):
            return n
    return 0


def adverb_phrase(w: Words, k: int) -> int:
    """The length of an adverbial phrase starting at word ``k`` ("in particular"), or 0."""
    return _phrase_forward(w, k) if k < len(w.lows) else 0


def _phrase_forward(w: Words, k: int) -> int:
    """The length of an adverbial phrase starting at word ``k`` ("in particular"), or 0."""
    for phrase in _PHRASES_BY_FIRST.get(w.lows[k], ()):
        n = len(phrase)
        if k + n <= len(w.lows) and all(w.lows[k + m] == word for m, word in enumerate(phrase)):
            return n
    return 0


def skip_back(w: Words, j: int) -> int:
    """Step left from word ``j`` over adverbs and auxiliaries: "The delegates [warmly]
    welcomed", "He [has also] stressed", "Mr. X [in his turn] noted", and over a weekday, as
    news reports date an act between its subject and its verb: "Mr. X [on Monday] said",
    "Mr. X [Thursday] congratulated"."""
    steps = 0
    while j >= 0 and steps < _MAX_ADVERBS:
        if is_adverb(w.words[j]) or w.lows[j] in lex.AUXILIARIES:
            j -= 1
        elif n := _phrase_back(w, j) or _weekday_back(w, j):
            j -= n
        else:
            break
        steps += 1
    return j


def _weekday_back(w: Words, j: int) -> int:
    """The length of a weekday ending at word ``j`` ("Monday", "on Monday"), or 0."""
    if j < 1 or not w.words[j].cap or w.lows[j] not in lex.WEEKDAY_NAMES:
        return 0
    return 2 if w.lows[j - 1] == "on" else 1


def skip_forward(w: Words, k: int) -> int:
    """Step right from word ``k`` over adverbs and auxiliaries (see ``skip_back``)."""
    steps = 0
    while k < len(w.lows) and steps < _MAX_ADVERBS:
        if is_adverb(w.words[k]) or w.lows[k] in lex.AUXILIARIES:
            k += 1
        elif n := _phrase_forward(w, k):
            k += n
        else:
            break
        steps += 1
    return k


def skip_adverbs(w: Words, k: int, limit: int) -> int:
    """Step right from word ``k`` over adverbs, commas and adverbial phrases, ``limit`` steps at
    most: "noted [in particular] that", "stressed [once again] that", "said[, however,] that"."""
    for _ in range(limit):
        if k >= len(w.lows):
            break
        if is_adverb(w.words[k]) or w.texts[k] == ",":
            k += 1
        elif m := _phrase_forward(w, k):
            k += m
        else:
            break
    return k


def skip_commas(w: Words, k: int) -> int:
    """Step right from word ``k`` over commas: "According to X, [the] plan ..."."""
    while k < len(w.texts) and w.texts[k] == ",":
        k += 1
    return k


def is_verbish(word: Word) -> bool:
    """A word that may be a finite verb: a cue, an activity verb, an auxiliary, a past form."""
    low = word.low
    if word.form in ("past", "s") or low in lex.ACTIVITY_VERBS or low in FINITE_MARKERS:
        return True
    if low in lex.IRREGULAR_PASTS:
        return True
    return low.endswith("ed") and low.isalpha() and word.lower


def opens_quotation(w: Words, a: int, b: int) -> bool:
    """Whether a quotation opens among words ``a .. b - 1``: an opening mark, not a lone "’"
    (the plural possessive: "the two countries’ ministries")."""
    return any(t in _OPENING_QUOTE_MARKS for t in w.texts[a:b])


def present_verb(w: Words, n: int) -> bool:
    """Whether word ``n`` reads as a present-tense verb of any lemma: a lowercase word in -s
    (not -ss) after a subject word (not a determiner, a number, a possessive or a preposition,
    which make it a plural noun: "the results of", "two countries on") and before a
    preposition, a determiner or "that": "Peru relies on its ports", "growth requires the
    ..."."""
    word = w.words[n]
    low = word.low
    if n == 0 or not word.lower or not low.isalpha() or not low.endswith("s") or low.endswith("ss"):
        return False
    before = w.words[n - 1]
    if before.punct or before.digit or before.low in lex.DETERMINERS or before.low in lex.PREPOSITIONS:
        return False
    if before.low.endswith(POSSESSIVE_ENDINGS) or before.low in lex.SESSION_COUNTS:
        return False
    after = w.lows[n + 1] if n + 1 < len(w.lows) else ""
    return after in lex.PREPOSITIONS or after in lex.DETERMINERS or after == "that"


def plural_present_verb(w: Words, n: int) -> bool:
    """Whether word ``n`` reads as a present-tense verb without -s: a lowercase open-class word
    between a subject word and an article, where English leaves no room for a noun phrase to
    end and another to start: "Ports play a key role", "Quality and safety need the same care"
    (not "the port of the city": a preposition; not "in the port the": a determiner before)."""
    if n == 0 or n + 1 >= len(w) or w.lows[n + 1] not in lex.ARTICLES:
        return False
    word, before = w.words[n], w.words[n - 1]
    if not (word.lower and word.low.isalpha()) or closed_word(word) or is_adverb(word):
        return False
    return before.alpha and not before.digit and not closed_word(before) and not is_adverb(before)


_CLOSED_WORDS = (
    lex.DETERMINERS | lex.PREPOSITIONS | lex.COORDINATORS | lex.SUBORDINATORS | lex.AUXILIARIES
    | lex.RELATIVES | lex.BE_FORMS
)  # fmt: skip


def closed_word(word: Word) -> bool:
    """A word of a closed class, which is no noun and no verb of its own ("of", "the", "and")."""
    return word.low in _CLOSED_WORDS


def tense(word: Word) -> str | None:
    """ "past" or "s" (present) for a finite verb form without auxiliary, else None."""
    if word.form in ("past", "s"):
        return word.form
    low = word.low
    if low in lex.IRREGULAR_PASTS or (low.endswith("ed") and not low.endswith("eed") and low.isalpha()):
        return "past"  # "financed", "met" (not "need", "exceed")
    if low in lex.ACTIVITY_VERBS and low.endswith("s") and not low.endswith("ss"):
        return "s"  # "hosts", "leads" (not "address", "discuss")
    return None
