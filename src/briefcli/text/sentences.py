"""Sentence boundaries within one paragraph, as character offsets.

We use sentencex (Wikimedia's rule-based segmenter, Rust core): measured on sentences we
wrote and on the reference article, it keeps "Dr.", "Mr.", "H.E.", "U.S.", "No. 5",
initials and quotations ending in `."` intact, splits "in 2004.She welcomed" where the
source lost a space, and runs in linear time (a 1 MB single paragraph in ~15 ms), where
pysbd took 39 s on 200 kB and syntok ~0.4 s. See README, "Design choices".
"""

from __future__ import annotations

import re
from functools import lru_cache

from sentencex import get_sentence_boundaries

from briefcli.lang.en import (
    HONORIFIC_ABBREVIATIONS,
    NAME_ABBREVIATED_PARTICLES,
    NAME_PARTICLES,
    SENTENCE_OPENERS,
)
from briefcli.regexes import pattern

_LANGUAGE = "en"
# sentencex keeps a quotation whole, and looks for the close of each opening mark: a paragraph
# of many marks that never close ("“a “b …", runs of "'") costs it the square of its length
# (80 kB: 7 s). A paragraph longer than this, which no article has, is segmented in pieces of
# at most this many characters, cut after a sentence's end where one is near, else at a space.
PIECE = 10_000
_OPENING_MARKS = "“«"
_SENTENCE_END = pattern(r"[.!?…][\"'”’)\]]*\s+")


# A long text says the same short paragraph many times ("On 3 May."): it is segmented once.
@lru_cache(maxsize=1024)
def split_sentences(paragraph: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence in ``paragraph``, trailing spaces excluded.

    >>> split_sentences('Dr. Mikuriya met Mr. Siluanov. "We agree," he said.')
    ((0, 30), (31, 51))
    """
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(paragraph):
        end = _piece_end(paragraph, start)
        spans += _segment(paragraph, start, end)
        start = end
    return tuple(
        _opening_marks_forward(
            paragraph, _rejoin_honorifics(paragraph, _split_before_honorifics(paragraph, spans))
        )
    )


def _opening_marks_forward(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An opening quotation mark the segmenter left at the end of a sentence goes with the
    next one, whose quotation it opens: 'The Minister spoke. “Trade is up, she said ...' (a
    quotation never closed, where the segmenter reads the mark as closing the sentence before)."""
    out = list(spans)
    for n in range(len(out) - 1):
        start, end = out[n]
        if end - start > 2 and paragraph[end - 1] in _OPENING_MARKS and paragraph[end - 2].isspace():
            cut = end - 1
            while cut > start and paragraph[cut - 1].isspace():
                cut -= 1
            out[n] = (start, cut)
            out[n + 1] = (end - 1, out[n + 1][1])
    return out


def _piece_end(paragraph: str, start: int) -> int:
    """Where the piece of ``paragraph`` from ``start`` ends: the paragraph's end when it is
    within ``PIECE``; else after the last sentence end, or else the last space, of the second
    half of the piece; else ``PIECE`` characters on."""
    limit = start + PIECE
    if limit >= len(paragraph):
        return len(paragraph)
    after = max((m.end() for m in _SENTENCE_END.finditer(paragraph, start + PIECE // 2, limit)), default=0)
    if after:
        return after
    space = paragraph.rfind(" ", start + PIECE // 2, limit)
    return space + 1 if space >= 0 else limit


def _segment(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """sentencex's sentences of ``paragraph[start:end]``, as offsets into ``paragraph``."""
    piece = paragraph[start:end] if start or end < len(paragraph) else paragraph
    spans: list[tuple[int, int]] = []
    for boundary in get_sentence_boundaries(_LANGUAGE, piece):
        first: int = boundary["start_index"]
        last: int = boundary["end_index"]
        while last > first and piece[last - 1].isspace():
            last -= 1
        while first < last and piece[first].isspace():
            first += 1
        if last > first:
            spans.append((start + first, start + last))
    return spans


# A full stop, then an honorific and a capitalised word: "... of Harbour Tech Ltd. Ms. Li
# argued ...". The segmenter reads a word with a full stop before another ("Ltd. Ms.") as a
# run of abbreviations and does not cut there; but an honorific opens a name, so the full stop
# before it ends a sentence, unless it closes an honorific itself ("Lt. Gen. Ali", "Rt. Hon.
# Ana Ruiz", "H.E. Dr. Li"), an initial or a name's particle ("Md. Rafiq").
_BEFORE_HONORIFIC = pattern(
    r"\.\s+(?=(?:"
    + "|".join(sorted(map(re.escape, HONORIFIC_ABBREVIATIONS), key=len, reverse=True))
    + r")\.\s+[A-Z])"
)


def _split_before_honorifics(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a sentence where a full stop ends it before an honorific (``_BEFORE_HONORIFIC``)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in _BEFORE_HONORIFIC.finditer(paragraph, start, end):
            word = paragraph[max(paragraph.rfind(" ", start, m.start()) + 1, start) : m.start()]
            if (
                not word.replace(".", "").isalnum()
                or word in HONORIFIC_ABBREVIATIONS
                or len(word) == 1
                or word.lower() in NAME_ABBREVIATED_PARTICLES
            ):
                continue
            out.append((start, m.start() + 1))
            start = m.end()
        out.append((start, end))
    return out


def _rejoin_honorifics(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo a split after an honorific the segmenter does not know: "... especially Ms. |
    Ingrid Vos ..." is one sentence, and so is "Eng. | van Dijk explained ..." (a name's
    lowercase particle after the honorific)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and paragraph[start] == "(" and paragraph[out[-1][1] - 1].isalnum():
            # "Ambassador | (R) Tariq Khan": the segmenter cuts before a bracketed letter as
            # before a list item, though nothing ended the sentence
            out[-1] = (out[-1][0], end)
            continue
        if out and (paragraph[start : start + 1].isupper() or _opens_with_particle(paragraph, start, end)):
            prev_start, prev_end = out[-1]
            last = paragraph[prev_start:prev_end].rsplit(None, 1)[-1]
            if last.endswith(".") and last[:-1] in HONORIFIC_ABBREVIATIONS:
                out[-1] = (prev_start, end)
                continue
            # "Mr. Paul Ste. | Marie opened ...": a particle abbreviation inside a name, when
            # the next word goes on with the name (not "The", "He", ... opening a sentence)
            nxt = paragraph[start:end].split(None, 1)[0].rstrip(",;:")
            if (
                last.endswith(".")
                and last[:-1].lower() in NAME_ABBREVIATED_PARTICLES
                and nxt.isalpha()
                and nxt.lower() not in SENTENCE_OPENERS
            ):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def _opens_with_particle(paragraph: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start`` opens with a name's lowercase particles and a
    capitalised word: "van Dijk explained", "al Harbi said"."""
    words = paragraph[start:end].split(None, 3)
    k = 0
    while k < len(words) - 1 and words[k] in NAME_PARTICLES:
        k += 1
    return k > 0 and words[k][:1].isupper()
