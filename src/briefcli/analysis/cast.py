"""The cast of a scene: the people a section or a sentence mentions, in order of first mention.

The people stage's spans place each mention (pronouns resolved); a person without spans (one
made by hand, or a stage that gives none) is found by name and by the mentions that name them
in the text itself. What is found are the ``Person`` values themselves: a section or an event
takes each one's name and id from the same value (``Section.participant_ids``,
``Event.who_ids``), never looking a name up again. Unnamed role holders are not listed, as the
sections and events never listed them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from briefcli.lang import en as cues
from briefcli.model import Article, Person
from briefcli.regexes import pattern


@lru_cache(maxsize=256)
def _person_pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern for the names a person goes by in the text: the name and the mentions that
    name them (not pronouns). "the WCO Secretary General" also matches "The WCO ..."."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        form = form.strip()
        if not form or form.lower() in cues.PRONOUN_WORDS:
            continue
        escaped = re.escape(form)
        if form[:1].isalpha():
            first = form[0]
            escaped = f"[{first.upper()}{first.lower()}]" + re.escape(form[1:])
        parts.append(escaped)
    if not parts:
        return None
    return pattern(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", keep=False)


def _named_in(cast: Cast, text: str, offset: int) -> list[tuple[int, int]]:
    """(first position, number) of each person without spans named in ``text`` (by name or a
    non-pronoun mention), the text's ``offset`` added to the position."""
    found = []
    for number in cast.unplaced:
        person = cast.people[number]
        names = _person_pattern((person.name, *person.mentions))
        m = names.search(text) if names else None
        if m is not None:
            found.append((offset + m.start(), number))
    return found


class Cast(NamedTuple):
    """The people stage's result as the scenes read it, built once per article: where each
    person (by number in ``people``) is first mentioned in each paragraph, every mention of
    each sentence, and the people without spans (found by name in the text)."""

    people: tuple[Person, ...]
    by_paragraph: dict[int, dict[int, int]]  # paragraph -> person -> first start
    by_sentence: dict[int, list[tuple[int, int]]]  # sentence -> (start, person)
    unplaced: tuple[int, ...]  # the people without spans
    # paragraph -> (start, end, sentence, person) of each mention but a pronoun
    named: dict[int, list[tuple[int, int, int, int]]]


# The last cast made: the sections and the events stages both read the one of the people stage's
# result (on a long text, each of its people has tens of thousands of mentions). Looked up by
# identity, for a tuple (immutable) of people.
_LAST: tuple[tuple[Person, ...], Cast] | None = None


def cast_of(people: Sequence[Person]) -> Cast:
    """The index of the people's mentions that ``people_in`` and ``people_told`` read."""
    global _LAST
    last = _LAST  # read once: another thread (a Dask worker's) may replace it meanwhile
    if last is not None and last[0] is people:
        return last[1]
    cast = _cast_of(people)
    if isinstance(people, tuple):
        _LAST = (people, cast)
    return cast


def _cast_of(people: Sequence[Person]) -> Cast:
    by_paragraph: dict[int, dict[int, int]] = {}
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    named: dict[int, list[tuple[int, int, int, int]]] = {}
    for number, person in enumerate(people):
        for m in person.spans:
            here = by_paragraph.setdefault(m.paragraph, {})
            if m.start < here.get(number, m.start + 1):
                here[number] = m.start
            by_sentence.setdefault(m.sentence, []).append((m.start, number))
            if m.kind != "pronoun":
                named.setdefault(m.paragraph, []).append((m.start, m.end, m.sentence, number))
    unplaced = tuple(number for number, person in enumerate(people) if not person.spans)
    return Cast(tuple(people), by_paragraph, by_sentence, unplaced, named)


def _in_order(cast: Cast, found: Iterable[tuple[int, int]]) -> list[Person]:
    """The people of (position, number) pairs, by first position (then name), each once."""
    ordered = sorted((at, cast.people[number].name, number) for at, number in found)
    return [cast.people[number] for number in dict.fromkeys(number for *_, number in ordered)]


def people_in(article: Article, paragraphs: Sequence[int], cast: Cast) -> tuple[Person, ...]:
    """The people mentioned in the paragraphs, by the people stage's spans (pronouns resolved)
    or, for a person without spans, by name and mentions; in order of first mention."""
    starts: dict[int, int] = {}
    for index in dict.fromkeys(paragraphs):
        for number, at in cast.by_paragraph.get(index, {}).items():
            starts[number] = min(at, starts.get(number, at))
    found = [(at, number) for number, at in starts.items()]
    if cast.unplaced:
        first = article.paragraphs[paragraphs[0]].start
        last = article.paragraphs[paragraphs[-1]].end
        found += _named_in(cast, article.text[first:last], first)
    return tuple(_in_order(cast, found))


def people_told(cast: Cast, sentence: int, start: int, text: str) -> tuple[Person, ...]:
    """The people mentioned in sentence ``sentence`` (Sentence.index), whose text (or the part
    of it read) is ``text`` from offset ``start``: by the people stage's spans, else by name;
    in the order they first appear there."""
    found = [*cast.by_sentence.get(sentence, ()), *(_named_in(cast, text, start) if cast.unplaced else ())]
    by_name: dict[str, Person] = {}
    for person in _in_order(cast, found):
        by_name.setdefault(person.name, person)  # two people of one name are told as one
    return tuple(by_name.values())
