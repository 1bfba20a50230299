"""Phrases a label or an account quotes: event names and the noun phrase before a word.

- ``event_names``: a run of capitalised words holding an event head noun, going on through
  "of", "for", "on" ... and more capitalised words: "Conference of Directors General of
  Fisheries". Two words or more: "the Forum" alone names nothing new.
- ``noun_phrase_before``: the words before a position up to a determiner, a past participle or
  a punctuation mark, at most six: "[the] Danish Police Academy graduation ceremony".
"""

from __future__ import annotations

import re

from briefcli.lexicon import sections as cues

_TOKEN = re.compile(r"[\w'’&-]+")
_STOPS = frozenset(cues.PHRASE_STOPS)
_HEADS = frozenset(cues.EVENT_NAME_HEADS)
_JOINERS = frozenset(cues.EVENT_NAME_JOINERS)


def event_names(text: str) -> list[str]:
    """Capitalised event names in ``text``, in order: "International Customs Forum",
    "Conference of Directors General of Fisheries", "EU Sub-Committee of Heads of Ports".

    A name is a run of capitalised words (joined by single spaces) that holds an event head
    noun (``EVENT_NAME_HEADS``), going on after it through "of", "for", "on" ... and more
    capitalised words. Two words or more: "the Forum" alone names nothing new."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]

    def joined(i: int) -> bool:  # token i follows token i-1 after one space, in one phrase
        return i > 0 and text[tokens[i - 1][2] : tokens[i][1]] == " "

    names = []
    taken = -1
    for i, (word, _, _) in enumerate(tokens):
        if word not in _HEADS or i <= taken:
            continue
        if i + 1 < len(tokens) and joined(i + 1) and tokens[i + 1][0][:1].isupper():
            continue  # a modifier, not the head: "the Forum Secretariat", "Council President"
        start = i
        while start > 0 and joined(start) and tokens[start - 1][0][:1].isupper() and start - 1 > taken:
            start -= 1
        while start < i and tokens[start][0].lower() in _STOPS:
            start += 1  # a capitalised determiner opens the sentence: "The Forum is held ..."
        end = i
        j = i + 1
        while (
            j + 1 < len(tokens)
            and joined(j)
            and joined(j + 1)
            and tokens[j][0] in _JOINERS
            and tokens[j + 1][0][:1].isupper()
        ):
            k = j + 1
            while k + 1 < len(tokens) and joined(k + 1) and tokens[k + 1][0][:1].isupper():
                k += 1
            end = k
            j = k + 1
        while end > i and tokens[end][0] not in _HEADS and tokens[end][0] in _JOINERS:
            end -= 1
        taken = end
        if end > start:
            names.append(text[tokens[start][1] : tokens[end][2]])
    return names


def noun_phrase_before(text: str, end: int, *, max_words: int = 6) -> str:
    """The noun phrase that ends at ``end``, without its determiner: "[the] Danish Police
    Academy graduation ceremony", "[a] high-level panel discussion"."""
    words = list(_TOKEN.finditer(text, max(0, end - 200), end))
    start = end
    for taken, m in enumerate(reversed(words)):
        word = m.group()
        if word.lower() in _STOPS or taken >= max_words or text[m.end() : start].strip(" "):
            break
        if word.islower() and word.endswith("ed") and taken:
            break
        start = m.start()
    phrase = text[start:end].strip()
    while phrase.lower().startswith("of "):
        phrase = phrase[3:]
    return phrase
