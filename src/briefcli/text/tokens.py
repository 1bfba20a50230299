"""The token table: every sentence of an article cut into words once, for every stage.

A token is a word (letters or digits, with inner apostrophes, hyphens or full stops:
"Egypt's", "Vice-Chair", "H.E", "U.S", "1,500" is "1", ",", "500") or one other non-space
character ("(", ",", "“"). A sentence's last full stop is its own token ("process."), an
abbreviation's inner ones stay ("U.S.A." is "U.S.A", ".").

Each distinct spelling gets one ``Word`` with the facts the stages ask about (case, shape,
word or punctuation, possessive, speech-cue lemma and form, month, weekday), computed once and
shared by all its tokens, as spaCy's ``Lexeme`` is.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress
from operator import attrgetter, not_

from briefcli.lexicon.dates import MONTHS, WEEKDAYS
from briefcli.lexicon.speech import cue_forms, cue_lemmas
from briefcli.model import Sentence, Tokens, Word

__all__ = ["is_word", "tokenize", "word"]

# A word, or one other non-space character. Linear: each inner group starts with a separator
# that \w cannot match.
_TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*|\S")
_POSSESSIVES = ("'s", "’s")
_TRAILING = ".,;:"  # "said," and "process." are cut without a regex search
_WEEKDAYS = frozenset(WEEKDAYS)
_TEXT = attrgetter("text")
_LOW = attrgetter("low")

_VOCABULARY: dict[str, Word] = {}  # every spelling seen, emptied when it grows large
_MAX_WORDS = 50_000


def _acronym(base: str) -> bool:
    """ "WCO", "FCS", "U.S", "MC12", "MSMEs": two or more capitals and no other letters (a
    plural s allowed)."""
    if not base.isupper() and not (len(base) > 2 and base[-1] == "s" and base[:-1].isupper()):
        return False
    return sum(c.isupper() for c in base) >= 2


def _new_word(text: str) -> Word:
    poss = text.endswith(_POSSESSIVES) and len(text) > 2
    base = text[:-2] if poss else text
    low = text.lower()
    cap = base[0].isupper()
    word = Word(
        text=text,
        low=low,
        base=base,
        poss=poss,
        cap=cap,
        lower=text[0].islower(),
        punct=not (text[0].isalnum() or text[0] == "_"),
        acro=cap and _acronym(base),
        alpha=any(c.isalpha() for c in base),
        digit=base[0].isdigit(),
        lemma=cue_lemmas().get(low),
        form=cue_forms().get(low),
        month=MONTHS.get(low),
        weekday=low in _WEEKDAYS,
    )
    _VOCABULARY[text] = word
    return word


def word(text: str) -> Word:
    """The ``Word`` of one spelling (shared with every token that spells it)."""
    return _VOCABULARY.get(text) or _new_word(text)


def is_word(text: str) -> bool:
    """Whether ``text`` is one word token as the table cuts it: "Lopez", "O'Brien", "U.S"; not
    "Jr." (a word and a full stop), "Lopez Ruiz" or "("."""
    return _TOKEN.fullmatch(text) is not None and (text[0].isalnum() or text[0] == "_")


def _split(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """The tokens of ``text[start:end]`` and their start offsets.

    A regex search costs far more per word than ``str.split``, so the span is split on spaces
    and only a piece that is not one word goes through ``_TOKEN``: "said," and "process." are
    cut by hand, "(UNCTAD)" or "Egypt's" are searched. A piece never holds more than its own
    words (a word has no space) and starts one (``_TOKEN`` matches any non-space). A span with
    other spacing than single spaces is searched whole."""
    piece = text[start:end]
    pieces = piece.split()
    if " ".join(pieces) != piece:
        ms = list(_TOKEN.finditer(text, start, end))
        return list(map(re.Match.group, ms)), list(map(re.Match.start, ms))
    offsets = list(accumulate(map((1).__add__, map(len, pieces)), initial=start))
    odd = list(compress(range(len(pieces)), map(not_, map(str.isalnum, pieces))))
    if not odd:
        return pieces, offsets[:-1]
    words: list[str] = []
    starts: list[int] = []
    done = 0
    for i in odd:
        words += pieces[done:i]
        starts += offsets[done:i]
        piece_text, at = pieces[i], offsets[i]
        if len(piece_text) > 1 and piece_text[-1] in _TRAILING and piece_text[:-1].isalnum():
            words += (piece_text[:-1], piece_text[-1])
            starts += (at, at + len(piece_text) - 1)
        else:
            for m in _TOKEN.finditer(text, at, at + len(piece_text)):
                words.append(m.group())
                starts.append(m.start())
        done = i + 1
    words += pieces[done:]
    starts += offsets[done:-1]
    return words, starts


def tokenize(text: str, sentences: tuple[Sentence, ...]) -> Tokens:
    """The token table of ``text``, cut sentence by sentence (in order, as the article gives
    them)."""
    if len(_VOCABULARY) > _MAX_WORDS:
        _VOCABULARY.clear()
    texts: list[str] = []
    starts: list[int] = []
    firsts: list[int] = []
    for sentence in sentences:
        firsts.append(len(texts))
        pieces, offsets = _split(text, sentence.start, sentence.end)
        texts += pieces
        starts += offsets
    firsts.append(len(texts))
    known = _VOCABULARY.get
    words = tuple([known(t) or _new_word(t) for t in texts])
    return Tokens(
        words=words,
        texts=tuple(texts),
        lows=tuple(map(_LOW, words)),
        starts=tuple(starts),
        ends=tuple(map(int.__add__, starts, map(len, texts))),
        sentence_first=tuple(firsts),
    )
