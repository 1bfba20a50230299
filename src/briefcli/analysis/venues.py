"""Where an event happens: the place a sentence names for it.

``place_in(text)``: a place after a word that makes it where something happened ("held in Bonn,
Germany", "visited Lima, Peru", "an official mission to Nairobi, Kenya"), a capitalised word or
three, maybe followed by a comma and its country. Not a list ("journalists from Africa and
Asia"), nor a capitalised word that names no place ("in Customs reform", "in September").
"""

from __future__ import annotations

import re
from functools import cache

from briefcli.analysis.countries import country_of
from briefcli.lang.en import (
    CITIES,
    HONORIFICS,
    MONTHS,
    NOT_PLACES,
    PLACE_ENDS,
    PLACE_LEADS,
    PLACE_MODIFIERS,
    WEEKDAYS,
)
from briefcli.regexes import pattern

_CALENDAR_WORDS = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))
_PLACE_WORD = r"[A-Z][\w'’-]+"
_PLACE_PATTERN = (
    r"(?<![\w-])(?:" + "|".join(re.escape(lead) for lead in PLACE_LEADS) + r")\s+"
    # which part of it, before the place: "in [northern] Bangladesh", "in [downtown] Nairobi"
    r"(?:(?:" + "|".join(re.escape(w) for w in sorted(PLACE_MODIFIERS)) + r")\s+)?"
    rf"(?P<place>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}(?:,\s{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}})?)"
    r"(?=\s*(?:$|[.,;:)–—]|\s(?:" + "|".join(sorted(PLACE_ENDS)) + r"|\d)\b))"
)


# A list of places after the place: "journalists from Africa [and Asia]".
_AND_ANOTHER = pattern(r"\s+and\s+[A-Z]")


@cache
def _place() -> re.Pattern[str]:
    return pattern(_PLACE_PATTERN)


def place_in(text: str, within: str | None = None) -> str | None:
    """The place a sentence names for what happens: "held in Bonn, Germany" -> "Bonn, Germany".
    With ``within`` (the event's ``what``), only a place whose first word it holds: the place
    of the clause that tells the event, not of another ("those who went to Lima")."""
    for m in _place().finditer(text):
        place = m.group("place")
        if text[m.end() : m.end() + 1] == "." and (cut := _before_honorific(place)) is not None:
            place = cut  # "met in Ostland Ms. Ana Ruiz": the honorific opens the name after the place
            if not place:
                continue
        if _AND_ANOTHER.match(text, m.end()):
            continue  # "journalists from Africa and Asia": a list, not where it happened
        parts = [p.strip() for p in place.split(",")]
        if parts[0].split()[0] in NOT_PLACES or parts[0].split()[0] in _CALENDAR_WORDS:
            continue
        if len(parts) == 2:
            second = parts[1].split()[0]
            if second in NOT_PLACES or second in _CALENDAR_WORDS or second.lower() in HONORIFICS:
                parts = parts[:1]
        if within is not None and parts[0].split()[0] not in within:
            continue
        return ", ".join(parts)
    return None


def _before_honorific(place: str) -> str | None:
    """The place without its last word when that word is an honorific written with a stop
    after it ("Ostland Ms" of "in Ostland Ms. Ana Ruiz"), else None."""
    head, _, last = place.rpartition(" ")
    return head.rstrip(",") if last.casefold() in HONORIFICS else None


def scene_place(text: str) -> str | None:
    """The place a sentence sets its whole scene in, whatever clause tells the event: a known
    place opening it ("In Tokyo, the Minister called on ...") or the place a "where" clause
    hangs on ("He then travelled to Osaka, where he addressed a forum ..."); else None."""
    if text.startswith("In "):  # "In Tokyo, ...": the place of all the sentence tells
        m = _place().match("in" + text[2:])
        if m is not None and text[m.end() : m.end() + 1] == ",":
            place = m.group("place")
            if place in CITIES or country_of(place) is not None:
                return place
    if ", where " not in text:
        return None
    for m in _place().finditer(text):
        if text.startswith(", where ", m.end()):
            return place_in(text[m.start() : m.end()])
    return None
