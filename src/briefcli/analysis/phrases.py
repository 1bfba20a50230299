"""Phrases a label or an account quotes: event names and the noun phrase before a word.

- ``event_names``: a run of capitalised words holding an event head noun, going on through
  "of", "for", "on", "and" ... and more capitalised words, after the head and before it:
  "Conference of Directors General of Fisheries", "World Ports and Shipping Forum". Two
  words or more: "the Forum" alone names nothing new.
- ``noun_phrase_before``: the words before a position up to a determiner, a past participle or
  a punctuation mark, at most six: "[the] Danish Police Academy graduation ceremony".
"""

from __future__ import annotations

from typing import NamedTuple

from briefcli.lang import en as cues
from briefcli.model import Article
from briefcli.regexes import pattern

# A word of a phrase: letters, digits, apostrophes, hyphens and "&" ("Leaders'", "AT&T").
# a slash is a word's too, so "A/P" and "Asia/Pacific" (three tokens, no space) are one word
_WORD = pattern(r"[\w'’&/\-–]+")  # an en dash inside a token pairs two names: "Chile–Peru"
# a word of a noun phrase: "Guyana/Barbados" pairs two names with a slash, one word of it
_PHRASE_WORD = pattern(r"[\w'’&-]+(?:/[\w'’&-]+)*")
_STOPS = frozenset(cues.PHRASE_STOPS)
_HEADS = frozenset(cues.EVENT_NAME_HEADS)
_JOINERS = cues.EVENT_NAME_JOINERS
_CALENDAR = frozenset(cues.WEEKDAYS) | frozenset(cues.MONTHS)  # "on Tuesday", "in May"
# A singular possessive: "the Port[’s] Steering Committee" ("Leaders’" is a name's word).
_SAXON = pattern(r"['’]s$")
_DAYS = _CALENDAR | frozenset(cues.RELATIVE_DAYS)  # "Tuesday's", "Yesterday's"


def _day_possessive(word: str) -> bool:
    """Whether a word is a day's possessive, which dates a name, no part of it: "[Tuesday's]
    Harbour Summit", "[Yesterday's] Ports Forum"."""
    return word[-2:] in _POSSESSIVE_ENDS and word[:-2].lower() in _DAYS


_POSSESSIVE_ENDS = frozenset({"'s", "’s"})
# A dash written between two words with no space pairs them into one word, as a hyphen does:
# "the Chile–Peru Business Forum" is one name, not "Peru Business Forum".
_PAIRING_DASHES = frozenset("–—‐‑")


class _Words(NamedTuple):
    """The words of a paragraph as event names read them (tokens of letters, digits,
    apostrophes, hyphens and "&"), with their offsets into the text."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]

    def joined(self, i: int) -> bool:
        """Whether word ``i`` follows word ``i - 1`` after one space, in one phrase."""
        return 0 < i < len(self.words) and self.text[self.ends[i - 1] : self.starts[i]] == " "

    def capitalised(self, i: int) -> bool:
        return 0 <= i < len(self.words) and self.words[i][:1].isupper()

    def joins_name(self, i: int) -> bool:
        """Whether word ``i`` is a capitalised word right after word ``i - 1``: "[Customs] Forum"."""
        return self.joined(i) and self.capitalised(i)


def _name_words(article: Article, sentence: int) -> _Words:
    """The words of a sentence's tokens: runs of letters, digits, apostrophes, hyphens, "&" and
    slashes ("Leaders'", "AT&T", "Asia/Pacific"), so a token's inner full stop parts its words
    ("U", "S" of "U.S")."""
    tokens = article.tokens
    spans: list[tuple[int, int]] = []
    for i in tokens.sentence(sentence):
        at = tokens.starts[i]
        if _pairing_dash(article.text, at, tokens.texts[i]) and spans and spans[-1][1] == at:
            spans[-1] = (spans[-1][0], at + 1)  # "Chile" and "–": the next word joins them
            continue
        for part in tokens.texts[i].split("."):
            if part and _WORD.fullmatch(part):
                if spans and spans[-1][1] == at:  # "Leaders" and "'": one word
                    spans[-1] = (spans[-1][0], at + len(part))
                else:
                    spans.append((at, at + len(part)))
            at += len(part) + 1
    text = article.text
    return _Words(text, [text[a:b] for a, b in spans], [a for a, _ in spans], [b for _, b in spans])


def _pairing_dash(text: str, at: int, token: str) -> bool:
    """Whether the token at ``at`` is a dash between two words with no space ("Chile–Peru")."""
    after = text[at + 1 : at + 2]
    return token in _PAIRING_DASHES and after.isalnum()


def _name_start(words: _Words, head: int, taken: int) -> int:
    """The first word of a name whose head noun is word ``head``, after word ``taken``: back
    through capitalised words, and through a joiner between two of them, as a name goes on
    after its head ("the [World Customs and] Trade Forum", "the [Commonwealth Heads of]
    Government Meeting"); not through a lowercase word ("the Summit of [the] Future"), nor
    through a joiner before a possessive, which opens the name's phrase as its determiner
    ("met Ana Ruiz and [Lagos Port’s] Steering Committee")."""
    start = head
    while start - 1 > taken and words.joined(start):
        if words.capitalised(start - 1):
            start -= 1
        elif (
            start - 2 > taken
            and words.words[start - 1] in _JOINERS
            and words.joined(start - 1)
            and words.capitalised(start - 2)
            and not any(_SAXON.search(w) for w in words.words[start:head])
        ):
            start -= 2
        else:
            break
    return start


def _name_end(words: _Words, head: int) -> int:
    """The last word of a name whose head noun is word ``head``: it goes on through a joiner
    and capitalised words ("Conference [of Directors General of Fisheries]"), and through "of
    the" before a capitalised word, as a proper name does ("Summit [of the Sea Nations]",
    "Conference [of the Parties]"), never ending on a joiner."""
    end = head
    j = head + 1
    while words.joined(j) and words.words[j] in _JOINERS:
        k = j + 1 if words.joins_name(j + 1) else _of_the(words, j)
        if k < 0 or words.words[k].lower() in _CALENDAR:
            break  # "the Ports Forum [on Tuesday]": a day, no part of the name
        while words.joins_name(k + 1):
            k += 1
        end = k
        j = k + 1
    while end > head and words.words[end] not in _HEADS and words.words[end] in _JOINERS:
        end -= 1
    return end


_OF, _THE = "of", "the"


_OF_THE_WORDS = 3  # capitalised words a name takes after "of the": "of the [Sea Nations]"


def _of_the(words: _Words, j: int) -> int:
    """The first capitalised word after "of the" at word ``j`` ("Summit of the [Sea] Nations"),
    when up to ``_OF_THE_WORDS`` of them end the name; -1 when they do not: more of them may
    run on into a person's name ("the Committee of the Sea Rescue Ana Ruiz"), a joiner after
    them into a longer phrase whose parts the text alone does not tell."""
    if words.words[j] != _OF or not words.joined(j + 1) or words.words[j + 1 : j + 2] != [_THE]:
        return -1
    end = j + 2
    while words.joins_name(end + 1):
        end += 1
    if not words.joins_name(j + 2) or end - j - 1 > _OF_THE_WORDS:
        return -1
    after = end + 1
    if words.joined(after) and words.words[after] == _OF and words.joins_name(after + 1):
        return j + 2  # "Meeting of the ASEAN Directors-General [of Customs]": one more owner
    return -1 if words.joined(after) and words.words[after] in _JOINERS else j + 2


def event_names(article: Article, paragraph: int) -> list[str]:
    """Capitalised event names in a paragraph, in order: "International Customs Forum",
    "Conference of Directors General of Fisheries", "EU Sub-Committee of Heads of Ports".

    A name is a run of capitalised words (joined by single spaces) that holds an event head
    noun (``EVENT_NAME_HEADS``), going on after it and before it through "of", "for", "and"
    ... and more capitalised words ("World Customs and Trade Forum"). Two words or more: "the
    Forum" alone names nothing new. A name stays in its sentence (a full stop parts it), so
    only a sentence with a head noun is read."""
    tokens = article.tokens
    names = []
    for s in article.paragraphs[paragraph].sentences:
        heads = tokens.sentence(s.index)
        if not _HEADS.isdisjoint(tokens.texts[heads.start : heads.stop]):
            names += _names_in(_name_words(article, s.index))
    return names


def _names_in(words: _Words) -> list[str]:
    """The event names of a sentence's words (see ``event_names``)."""
    names = []
    taken = -1
    for i, word in enumerate(words.words):
        if word not in _HEADS or i <= taken or words.joins_name(i + 1):
            continue  # "the Forum Secretariat", "Council President": a modifier, not the head
        start = _name_start(words, i, taken)
        while start < i and (words.words[start].lower() in _STOPS or _day_possessive(words.words[start])):
            start += 1  # a capitalised determiner opens the sentence: "The Forum is held ...", "Tuesday's"
        end = taken = _name_end(words, i)
        if end > start:
            names.append(words.text[words.starts[start] : words.ends[end]])
    return names


PHRASE_REACH = 200  # the characters before its end a noun phrase may start in


def noun_phrase_before(text: str, end: int, *, max_words: int = 6) -> str:
    """The noun phrase that ends at ``end``, without its determiner: "[the] Danish Police
    Academy graduation ceremony", "[a] high-level panel discussion". ``text`` may be a trimmed
    sentence (the short account of an event), which the token table does not hold."""
    words = list(_PHRASE_WORD.finditer(text, max(0, end - PHRASE_REACH), end))
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
