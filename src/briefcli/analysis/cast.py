"""The cast of a scene: the people a section or a sentence mentions, in order of first mention.

The people stage's spans place each mention (pronouns resolved); a person without spans (one
made by hand, or a stage that gives none) is found by name and by the mentions that name them
in the text itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefcli.lexicon import sections as cues
from briefcli.model import Article, Person


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
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def mentioned_people(text: str, people: Sequence[Person]) -> list[tuple[int, str]]:
    """(first position, name) of each person named in ``text`` (by name or a non-pronoun
    mention), in the order they first appear."""
    found = []
    for person in people:
        pattern = _person_pattern((person.name, *person.mentions))
        m = pattern.search(text) if pattern else None
        if m is not None:
            found.append((m.start(), person.name))
    return sorted(found)


FirstMentions = dict[int, dict[int, tuple[int, str]]]  # paragraph -> person -> (start, name)


def mentions_by_paragraph(people: Sequence[Person]) -> FirstMentions:
    """Where each person is first mentioned in each paragraph, by the people stage's spans:
    built once, so each section reads only its own paragraphs."""
    index: FirstMentions = {}
    for number, person in enumerate(people):
        for m in person.spans:
            here = index.setdefault(m.paragraph, {})
            seen = here.get(number)
            if seen is None or m.start < seen[0]:
                here[number] = (m.start, person.name)
    return index


def people_in(
    article: Article, paragraphs: Sequence[int], people: Sequence[Person], mentions: FirstMentions
) -> tuple[str, ...]:
    """The people mentioned in the paragraphs, by the people stage's spans (pronouns resolved)
    or, for a person without spans, by name and mentions; in order of first mention."""
    starts: dict[int, tuple[int, str]] = {}
    for index in dict.fromkeys(paragraphs):
        for number, seen in mentions.get(index, {}).items():
            if number not in starts or seen < starts[number]:
                starts[number] = seen
    found = list(starts.values())
    unplaced = [person for person in people if not person.spans]
    if unplaced:
        first = article.paragraphs[paragraphs[0]].start
        last = article.paragraphs[paragraphs[-1]].end
        found += [(first + pos, name) for pos, name in mentioned_people(article.text[first:last], unplaced)]
    return tuple(name for _, name in sorted(found))
