"""Recognise a press release's date line: "25 October 2021", "Geneva, January 24, 2003",
"21 December 2021, Bangkok Thailand", "Thursday 9 June 2022".

A date line is short and holds one full calendar date, optionally with a place and a weekday,
and nothing else. A line holding a range ("5-6 October 2011") or a sentence is not a date line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefcli.lang.en import MONTHS, WEEKDAYS

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Three orders: "25 October 2021", "October 25, 2021", "2021-10-25".
_DATE_FORMS = (
    re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)"),
)
# What may stand beside the date: a place made of capitalised words ("Bangkok Thailand",
# "State House, Accra, Ghana") or a weekday.
_PLACE_WORD = re.compile(r"[A-Z][\w'’.-]*|of|de|du|la|le|el|al|the|and|-")
_MAX_LINE = 100


@dataclass(frozen=True, slots=True)
class Dateline:
    date: dt.date
    place: str | None


def _to_date(m: re.Match[str]) -> dt.date | None:
    month_text = m.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower())
    if month is None:
        return None
    try:
        return dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None


def _is_place(text: str) -> bool:
    words = text.replace(",", " ").split()
    return bool(words) and len(words) <= 8 and all(_PLACE_WORD.fullmatch(w) for w in words)


def _place(part: str) -> str | None:
    """The place in a piece beside the date, without weekdays; None if it holds none."""
    words = [w for w in re.split(r"[\s,]+", part) if w and w.lower().rstrip(".") not in WEEKDAYS]
    return " ".join(words) if words else None


def parse_dateline(line: str) -> Dateline | None:
    """The date and place of a date line, or None when the line is not one."""
    line = line.strip()
    if not line or len(line) > _MAX_LINE:
        return None
    for form in _DATE_FORMS:
        m = form.search(line)
        if m is None:
            continue
        date = _to_date(m)
        before, after = line[: m.start()], line[m.end() :]
        # A digit or dash just before the date makes it a range: "5-6 October 2011".
        if date is None or re.search(r"[\d–—-]\s*$", before):
            return None
        places = []
        for part in (before, after):
            part = part.strip(" ,.–—-")
            place = _place(part) if part else None
            if place is None:
                continue
            if not _is_place(part):
                return None
            places.append(", ".join(p.strip() for p in part.split(",") if _place(p)))
        return Dateline(date, ", ".join(places) or None)
    return None
