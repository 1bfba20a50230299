"""Page furniture in pasted text: the lines a web page puts around an article that are no part
of it. A reader copying a news page takes them along:

    Home / News / Politics                                  <- a breadcrumb above the headline
    Minister meets her Tarvian counterpart
    Share on Facebook Share on X Email                      <- the sharing buttons
    Ms. Ana Ruiz (right) with Mr. Ivo Sand. (Photo: Press Office)   <- a photo's caption
    RASK - Foreign Minister Ana Ruiz held talks ...
    READ ALSO: Trade with Tarvia hits record high           <- a pointer to another page
    Tags: Diplomacy, Tarvia                                 <- the page's tags
    Related articles                                        <- the other stories, to the end
    Prime Minister to visit Tarvia in October

The words are data (``share_words``, ``pointer_labels``, ``position_markers``, ``credit_words``);
this module holds the shape of each line.
"""

from __future__ import annotations

import re
from itertools import chain

from briefcli.lang.en import CREDIT_WORDS, POINTER_LABELS, POSITION_MARKERS, SHARE_WORDS
from briefcli.regexes import alternation, pattern

__all__ = ["without_furniture"]


# A breadcrumb's separators, spaced: "Home / News / Politics", "Home › Press releases".
_CRUMB_SEPARATORS = (" / ", " › ", " » ", " > ", " | ")
_CRUMB_WORDS = 4  # the most words of one step: "Press releases and statements"
_HOME = frozenset({"home", "homepage", "start"})
_SENTENCE_END = (".", "!", "?", ":", ";", ",")

# "READ ALSO: ...", "Tags: a, b", or a label alone ("Related articles")
_POINTER = pattern(
    rf"^(?:{alternation(POINTER_LABELS)})(?![\w-])\s*(?P<colon>:?)\s*(?P<rest>.*)$", re.IGNORECASE
)
_CREDIT_WORD = alternation(tuple(CREDIT_WORDS))
# a credit closing the line: "(Photo: Press Office)", "(Photo by Ana Ruiz)."
_CREDIT_END = pattern(rf"\(\s*(?:{_CREDIT_WORD})\s*(?::|by\b)[^()]*\)\W*$", re.IGNORECASE)
# a credit opening the line: "Photo: Press Office"
_CREDIT_LINE = pattern(rf"^(?:{_CREDIT_WORD})\s*:", re.IGNORECASE)
_POSITION = pattern(rf"\(\s*(?:{alternation(POSITION_MARKERS)})\s*\)", re.IGNORECASE)
_CAPTION_WORDS = 40  # a caption is a line, not a paragraph
_SHARE_FILLERS = frozenset({"on", "this", "article", "page", "copy", "link", "x"})
_WORD = pattern(r"[\w-]+")


def _breadcrumb(line: str) -> bool:
    """Whether a line is a page's path: three or more short steps, or two from "Home", joined
    by a spaced separator ("Home / News / Politics"), no sentence's end."""
    if line.rstrip().endswith(_SENTENCE_END):
        return False
    for separator in _CRUMB_SEPARATORS:
        steps = [step.strip() for step in line.split(separator)]
        if len(steps) < 2 or not all(0 < len(step.split()) <= _CRUMB_WORDS for step in steps):
            continue
        if len(steps) >= 3 or steps[0].casefold() in _HOME:
            return True
    return False


def _share_line(line: str) -> bool:
    """Whether a line is only sharing buttons: "Share on Facebook Share on X Email"."""
    first = _WORD.search(line)
    if first is None or first.group().casefold() not in SHARE_WORDS:
        return False  # most lines: their first word is none of the buttons'
    words = [w.casefold() for w in _WORD.findall(line)]
    return (
        len(words) >= 2
        and all(w in SHARE_WORDS for w in words)
        and ("share" in words or len(set(words) - _SHARE_FILLERS) >= 2)
    )


def _caption(line: str) -> bool:
    """Whether a line is a photo's caption: a credit alone ("Photo: Press Office"), or a line
    ending with a credit that places someone in the picture ("Ms. Ana Ruiz (right) with ...
    (Photo: Press Office)"); a sentence with a credit and no one placed is the account's."""
    if _CREDIT_LINE.match(line.strip()) is not None:
        return len(line.split()) <= _CAPTION_WORDS
    if not line.rstrip(" .").endswith(")"):
        return False  # most lines: no bracket closes them
    return (
        len(line.split()) <= _CAPTION_WORDS
        and _CREDIT_END.search(line) is not None
        and _POSITION.search(line) is not None
    )


def _pointer(line: str) -> str | None:
    """ "line" for a line that points to another page ("READ ALSO: ...", "Tags: a, b"), "rest"
    for a label alone ("Related articles"), which heads the other stories; else None."""
    found = _POINTER.match(line.strip())
    if found is None:
        return None
    if not found["rest"]:
        return "rest"
    return "line" if found["colon"] else None  # "Related to this, the Minister said ...": prose


# The first words of every kind of furniture line: most lines open with none of them, and are
# passed at the cost of one look-up.
_FIRSTS = frozenset(
    label.split()[0].casefold() for label in (*POINTER_LABELS, *CREDIT_WORDS, *(SHARE_WORDS - _SHARE_FILLERS))
)
_FIRST = pattern(r"[^\W\d_]+")


def _may_be_furniture(line: str) -> bool:
    first = _FIRST.match(line)
    return (first is not None and first.group().casefold() in _FIRSTS) or line.rstrip(" .").endswith(")")


def without_furniture(blocks: list[list[str]]) -> list[list[str]]:
    """The text's blocks of lines without the page furniture: the breadcrumb on the first line,
    sharing buttons, pointers, tags and captions anywhere, and from a label alone in the last
    third of the lines ("Related articles"), everything after it."""
    if blocks and blocks[0] and _breadcrumb(blocks[0][0]):
        blocks = [blocks[0][1:], *blocks[1:]] if len(blocks[0]) > 1 else blocks[1:]
    # each line once: a long text says many lines again ("Mr. Li came.")
    candidates = {line for line in set(chain.from_iterable(blocks)) if _may_be_furniture(line)}
    if not candidates:
        return blocks
    total = sum(len(block) for block in blocks)
    out: list[list[str]] = []
    seen = 0
    for block in blocks:
        kept: list[str] = []
        for line in block:
            seen += 1
            if line not in candidates:
                kept.append(line)
                continue
            pointer = _pointer(line)
            if pointer == "rest" and seen * 3 > total * 2 and (out or kept):
                return [*out, kept] if kept else out
            if pointer == "line" or _share_line(line) or _caption(line):
                continue
            kept.append(line)
        if kept:
            out.append(kept)
    return out
