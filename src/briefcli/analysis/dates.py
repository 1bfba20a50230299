"""Dates in the body text: every calendar date the article gives, with its span.

Forms, in the order they claim text (a later form never takes text an earlier one holds):

1. ranges across months: "from 27 February to 2 March 2016", "29 April— 2 May",
   "February 27 to March 2, 2016";
2. ranges within a month: "from 6 to 8 July 2017", "9-11 December 2013", "13 and 14 May",
   "5, 6 and 7 May", "October 5-6, 2011";
3. single days: "23 October 2021", "23rd of October", "Thursday, 9 June 2022", "October 23, 2021",
   "2 July" (no year);
4. numbers: "2021-10-23" (ISO) and "23/10/2021" or "23.10.2021". Day first: a value over 12 in
   the first place is a day, so is one in the second place a day ("10/23/2021" is 23 October);
   when both are 12 or less the day comes first ("10/11/2021" is 10 November), as in British
   and international usage, which the press releases of international bodies follow;
5. months: "June–July 2019", "in June 2019", "June 2019", and a month alone after a word that
   makes it a time ("in March", "since May", "by mid-April"; see ``MONTH_LEADS``);
6. relative dates, resolved against the publication date: "today", "yesterday", "last week",
   "next month", "on Monday", "last Tuesday"; and against the date the text gave last: "the
   following day", "the day before" (the last date with a day: "The Board met on 4 March and
   plans a review in June. The next day, ..." is 5 March), "the next month".

A deadline ("by 30 June", "by December", "no later than the end of March") is no date: nothing
takes place on it (see ``DEADLINE_LEADS``).

A date without a year takes it from the publication date, or, when the article has none, from
the nearest date in the text that has one (before it, else after it). Of the three candidate
years around that reference, the nearest one wins, but a past-tense clause ("the treaty signed in
March") keeps the date on or before the reference and a future-tense one ("which will begin on
14 December") on or after it.

Guards: month names are proper nouns, so only capitalised ones count ("the Council may decide"
and "they march" are not dates); a capitalised "May" or "March" without a day, a year or a
leading word like "in" is not one either ("May I add", "the March Forward campaign"), nor is a
month right after a capitalised word ("Theresa May 2019"); a year alone is never an event date
("since 1953", "in 1996", "the Accord of 2008"); nor are ordinals and codes ("60th anniversary",
"MC12", "the 76th session"). "Today" that means "nowadays" ("the challenges Customs face today",
a present-tense clause) is not a date. Inside a quotation, words counted from the publication
date ("today", "tomorrow", "next week", "on Monday") are not dates: a speaker counts from when
they spoke, and often loosely ("what we build today saves lives tomorrow").

Why regular expressions over the ``MONTHS`` table rather than a date library: we need every
date of a text with its span, ranges as one date with an end, and year inference from the
publication date; python-dateutil's parser reads one date from a string (its fuzzy mode
guesses, and cannot give ranges or spans) and costs ~43 ms of import; dateparser's
``search_dates`` costs ~100 ms of import and finds "may" the modal. These patterns run in
linear time (no nested quantifiers) and import in about a millisecond.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from briefcli.lexicon.dates import (
    BACKGROUND_LEADS,
    BACKGROUND_PARTICIPLES,
    DAY_COUNTS,
    DEADLINE_LEADS,
    DURATION_CLOSES,
    DURATION_OPENS,
    FOLLOWING_DAYS,
    FOLLOWING_MONTHS,
    FUTURE_MARKERS,
    INTENT_VERBS,
    MANDATIVE_VERBS,
    MONTH_LEADS,
    MONTHS,
    PAST_FORMS,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKS,
    WEEKDAY_LEADS,
    WEEKDAY_NAMES,
    WEEKDAYS,
)
from briefcli.model import Article, DateForm, DateMention, Paragraph, Sentence

# --- Patterns ----------------------------------------------------------------------------------


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _capitalised(words: list[str]) -> list[str]:
    """Title case only: "October", "Oct". All capitals ("4 MAY 2019") would double each
    pattern and its compile time at start-up, for a form body text hardly uses."""
    return [w.capitalize() for w in words]


# Month names are proper nouns: "October", "OCTOBER", "Oct."; never "may" or "march".
_MONTH_WORDS = _capitalised(list(MONTHS))
_FULL_MONTH_WORDS = _capitalised([m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")])
_FULL_M = rf"(?:{_alternation(_FULL_MONTH_WORDS)})\b"
_M = rf"(?:{_FULL_M}|(?:{_alternation(sorted(set(_MONTH_WORDS) - set(_FULL_MONTH_WORDS)))})\b\.?)"
_WEEKDAY = rf"(?:{_alternation(_capitalised(list(WEEKDAYS)))})\b\.?"
# A day of the month, not part of a longer number or code ("MC12", "1,500", "3.5", "24/7").
_D = r"(?<![\w.,/:-])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,/:]\d)"
_D2 = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"  # the second day of a range
_Y = r"(?:19|20)\d\d(?!\d)"
_DASH = r"\s*[-–—]\s*"
_TO = rf"(?:{_DASH}|\s+(?:to|until|till|through|and)\s+)"
_TO_MONTH = rf"(?:{_DASH}|\s+(?:to|until|till|through)\s+)"  # "13 May and 14 June" is two dates
_W = rf"(?:{_WEEKDAY},?\s+)?"  # "Thursday 9 June 2022", "Monday, 5 May"

_ISO = rf"(?<![\w.-])(?P<y>{_Y})-(?P<nm>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])"
_NUMERIC = rf"(?<![\w./])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_Y})(?![\w/]|\.\d)"
_MONTH_RANGE = rf"(?P<m1>{_FULL_M})(?:{_DASH}|\s+(?:to|until|and)\s+)(?P<m2>{_FULL_M}),?\s+(?P<y2>{_Y})"
_MONTH_LEADS = _alternation([w for w in MONTH_LEADS if not w.endswith("-")])

# Group names: d/m/y for one date, d1/m1/y1 and d2/m2/y2 for the two ends of a range.
_FORM_PATTERNS: tuple[tuple[DateForm, str], ...] = (
    # "from 27 February to 2 March 2016", "29 April— 2 May", "27 February 2016 - 2 March 2016"
    (
        "range",
        (
            rf"{_W}(?P<d1>{_D})(?:\s+of)?\s+(?P<m1>{_M})(?:,?\s+(?P<y1>{_Y}))?{_TO_MONTH}"
            rf"{_W}(?P<d2>{_D2})(?:\s+of)?\s+(?P<m2>{_M})(?:,?\s+(?P<y2>{_Y}))?"
        ),
    ),
    # "January 30 to February 1, 2013"
    (
        "range",
        (
            rf"(?P<m1>{_M})\s+(?P<d1>{_D2})(?:,?\s+(?P<y1>{_Y}))?{_TO_MONTH}"
            rf"(?P<m2>{_M})\s+(?P<d2>{_D2})(?:,?\s+(?P<y2>{_Y}))?"
        ),
    ),
    # "from 6 to 8 July 2017", "9-11 December 2013", "13 and 14 May", "5, 6 and 7 May"
    (
        "range",
        (
            rf"(?P<d1>{_D})(?:,\s*{_D2}){{0,5}},?{_TO}(?P<d2>{_D2})(?:\s+of)?\s+(?P<m2>{_M})"
            rf"(?:,?\s+(?P<y2>{_Y}))?"
        ),
    ),
    # "October 5-6, 2011", "March 15 and 16, 2012"
    ("range", rf"(?P<m2>{_M})\s+(?P<d1>{_D2}){_TO}(?P<d2>{_D2})(?:,?\s+(?P<y2>{_Y}))?"),
    # "23 October 2021", "23rd of October", "Thursday 9 June 2022", "2 July"
    ("absolute", rf"{_W}(?P<d>{_D})(?:\s+of)?\s+(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?"),
    # "October 23, 2021", "Monday, October 23", "October 13"
    ("absolute", rf"{_W}(?P<m>{_M})\s+(?P<d>{_D2})(?!\s*[-–—]\s*\d)(?:,?\s+(?P<y>{_Y}))?"),
    # "2021-10-23"
    ("absolute", _ISO),
    # "23/10/2021", "23.10.2021" (day first; see the module's docstring)
    ("absolute", _NUMERIC),
    # "June–July 2019", "from June to August 2019"
    ("month", _MONTH_RANGE),
    # "in June 2019", "June 2019"
    ("month", rf"(?P<m>{_M}),?\s+(?P<y>{_Y})"),
    # "in March", "since May", "by mid-April" (the span is the month alone; see MONTH_LEADS)
    (
        "month",
        (
            rf"(?<![\w-])(?P<lead>(?i:{_MONTH_LEADS}))\s+(?:mid-)?"
            rf"(?P<m>{_FULL_M})(?!\.?,?\s*\d)|\bmid-(?P<mm>{_FULL_M})(?!\.?,?\s*\d)"
        ),
    ),
)  # fmt: skip

_RELATIVE_PATTERN = (
    rf"(?<![\w-])(?i:(?P<day>{_alternation(list(RELATIVE_DAYS))})"
    rf"|(?P<week>{_alternation(list(RELATIVE_WEEKS))})"
    rf"|(?P<month>{_alternation(list(RELATIVE_MONTHS))})"
    rf"|(?P<after>{_alternation(list(FOLLOWING_DAYS))})"
    rf"|(?P<aftermonth>{_alternation(list(FOLLOWING_MONTHS))}))(?![\w-])"
    rf"|(?<![\w-])(?P<lead>(?i:{_alternation(list(WEEKDAY_LEADS))}))\s+"
    rf"(?P<weekday>{_alternation(_capitalised(list(WEEKDAY_NAMES)))})\b(?!,?\s+\d|,?\s+{_M})"
)


# Every form but the last (whose leads may be lowercase: "in March") starts with a capital (a
# weekday or a month) or a digit: checking that first lets the regex engine skip the other
# positions of a window at once.
_FORM_START = r"(?=[A-Z\d])"


@cache
def _forms() -> tuple[tuple[DateForm, re.Pattern[str]], ...]:
    """The forms, compiled when first needed (not at every command's start)."""
    last = len(_FORM_PATTERNS) - 1
    return tuple(
        (form, re.compile(pattern if i == last else _FORM_START + pattern))
        for i, (form, pattern) in enumerate(_FORM_PATTERNS)
    )


@cache
def _relative() -> re.Pattern[str]:
    return re.compile(_RELATIVE_PATTERN)


_CLAUSE_STOP = re.compile(r"[,;:()–—]")
_CLAUSE_REACH = 300  # characters: a clause is shorter; bounds the work on unpunctuated text
_FUTURE = re.compile(rf"(?<![\w'])(?i:{_alternation(list(FUTURE_MARKERS))})(?![\w-])")
_PAST_SET = frozenset(PAST_FORMS)
# A verb that looks ahead, with what it governs: "agreed to present", "invited the members to
# attend", "recommended that"; "to" before a determiner is a preposition ("agreed to the plan").
_FORWARD = re.compile(
    rf"(?<![\w'])(?i:{_alternation(list(INTENT_VERBS))})(?:\s+[\w'’-]+){{0,3}}?\s+to\s+"
    r"(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|all|each|every)\b)[a-z]"
    rf"|(?<![\w'])(?i:{_alternation(list(MANDATIVE_VERBS))})\s+that\b"
)
_NOT_PAST = frozenset({"need", "indeed", "proceed", "exceed", "succeed", "speed", "seed", "feed", "bred"})
# "concluded a three-day meeting", "the opening of a 2-day forum": the length of the meeting a
# single date opens or closes.
_DURATION = re.compile(
    rf"(?<![\w-])(?:(?P<close>{_alternation(list(DURATION_CLOSES))})|(?P<open>{_alternation(list(DURATION_OPENS))}))"
    rf"\s+(?:a|an|the|its|their|this)\s+(?P<n>\d{{1,2}}|{_alternation(list(DAY_COUNTS))})[- ]day\b",
    re.IGNORECASE,
)
# "two days after the summit", "the summit held in Rome on": a date in the background (see
# ``BACKGROUND_LEADS``); an auxiliary before the participle makes it the clause's own verb.
_BACKGROUND = re.compile(
    rf"(?<![\w-])(?:{_alternation(list(BACKGROUND_LEADS))})(?![\w-])"
    rf"|(?<![\w-])(?!(?:was|were|is|are|be|been|being|has|have|had|and|or)\s)[a-z]+\s+"
    rf"(?:{_alternation(list(BACKGROUND_PARTICIPLES))})(?![\w-])"
)
# Capitalised words that may stand right before a month: "In May 2019", "The June 2019 meeting".
_LEAD_WORDS = frozenset(
    w.capitalize()
    for w in (
        *MONTH_LEADS,
        *WEEKDAY_LEADS,
        "on",
        "of",
        "and",
        "to",
        "the",
        "a",
        "this",
        "that",
        "its",
        "their",
    )
)
# A month after these leads is in the past or the future whatever the verb: "since March", "next May".
_LEAD_TENSE = {"since": -1, "last": -1, "next": 1}
_WEEKDAY_SET = frozenset(w.capitalize() for w in WEEKDAYS)

# "asked members to report by December", "by the end of June", "no later than 30 June": the text
# right before a date that makes it a deadline.
_DEADLINE = re.compile(
    rf"(?<![\w-])(?i:{_alternation(list(DEADLINE_LEADS))})\s+(?:the\s+)?"
    r"(?:(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?)?(?:mid-?)?$"
)
_DEADLINE_REACH = 40  # characters: longer than any lead and its "the end of"

# "At the staff assembly today, ..." is a date only if its sentence tells something that
# happened or will happen: a past or future verb, not the present "nowadays".
_NOWADAYS_WORDS = frozenset({"today", "this week", "this month"})
# Double quotation marks only: "’" is also the apostrophe of "the Council’s".
_QUOTES_OPEN = "“«"
_QUOTES_CLOSE = "”»"
_QUOTE_REACH = 3000  # characters looked back for an open quotation


class _Raw(NamedTuple):
    """A match before its year is known."""

    start: int  # offsets into the paragraph
    end: int
    form: DateForm
    year: int | None
    month: int
    day: int | None  # None for a month
    end_year: int | None = None  # the end of a range (None when it is a single date)
    end_month: int | None = None
    end_day: int | None = None
    relative: str | None = None  # a relative phrase, resolved later
    lead: str | None = None


# --- Small date arithmetic ---------------------------------------------------------------------


def _month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def days_in_month(year: int, month: int) -> int:
    """28 to 31 (the calendar module would cost its import: locale and more)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _valid(year: int, month: int, day: int | None) -> bool:
    return day is None or 1 <= day <= days_in_month(year, month)


def _iso(year: int, month: int, day: int | None) -> str:
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def _add_months(date: dt.date, months: int) -> tuple[int, int]:
    index = date.year * 12 + date.month - 1 + months
    return index // 12, index % 12 + 1


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


# --- Tense and guards --------------------------------------------------------------------------


def clause_tense(article: Article, start: int, end: int, within: tuple[int, int] | None = None) -> int:
    """The tense of the clause around the text's ``[start, end)``: 1 future, -1 past, 0 neither.

    The clause runs from the last comma, semicolon, colon, bracket or dash before the span to
    the next one after it, at most ``_CLAUSE_REACH`` characters each way and never out of
    ``within`` (the sentence; the whole text when not given). A verb that looks ahead before the
    span ("agreed to hold it in May", "proposed that it be held in May") makes the clause
    future, whatever its own tense."""
    text = article.text
    lo, hi = within or (0, len(text))
    window = max(lo, start - _CLAUSE_REACH)
    left = max((m.end() for m in _CLAUSE_STOP.finditer(text, window, start)), default=window)
    stop = _CLAUSE_STOP.search(text, end, min(hi, end + _CLAUSE_REACH))
    right = stop.start() if stop else min(hi, end + _CLAUSE_REACH)
    # "agreed to present the plan in October" (the finds skip the regex on most clauses)
    if (text.find(" to ", left, start) >= 0 or text.find(" that ", left, start) >= 0) and _FORWARD.search(
        text, left, start
    ):
        return 1
    return _tense(article, left, right)


def _past(word: str) -> bool:
    """An irregular past form ("met", "held") or a lowercase "-ed" one ("signed")."""
    return word in _PAST_SET or (
        len(word) > 3 and word.endswith("ed") and word.islower() and word not in _NOT_PAST
    )


def _tense(article: Article, start: int, end: int) -> int:
    """The tense of the words of the text's ``[start, end)``: 1 future ("will"), -1 past, 0 neither."""
    if _FUTURE.search(article.text, start, end):
        return 1
    texts = article.tokens.texts
    return -1 if any(_past(texts[i]) for i in article.tokens.within(start, end)) else 0


def _inside_quotes(text: str, pos: int) -> bool:
    before = text[max(0, pos - _QUOTE_REACH) : pos]
    curly = sum(before.count(q) for q in _QUOTES_OPEN) - sum(before.count(q) for q in _QUOTES_CLOSE)
    return curly > 0 or before.count('"') % 2 == 1


def _after_name(text: str, pos: int) -> bool:
    """Whether ``text[pos:]`` follows a capitalised word that is not a weekday nor a lead word
    such as "In": "Theresa May 2019" (a surname), not "In May 2019"."""
    m = re.search(r"([A-Z][\w’'-]*)\s+$", text[max(0, pos - 40) : pos])
    if m is None:
        return False
    word = m.group(1)
    return word not in _LEAD_WORDS and word.rstrip(".") not in _WEEKDAY_SET


# --- Finding -----------------------------------------------------------------------------------


def _raw_from_match(form: DateForm, m: re.Match[str], text: str) -> _Raw | None:
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    start, end = m.span()
    if "m" in groups and "d" not in groups:  # a month with a year, or after a lead word
        month = _month_number(groups["m"])
        year = int(groups["y"]) if "y" in groups else None
        if year is None:
            start, end = m.span("m")
        if _after_name(text, m.start("m")):
            return None
        lead = groups.get("lead", "").lower() or None
        return _Raw(start, end, "month" if year else "no-year", year, month, None, lead=lead)
    if "mm" in groups:  # "mid-April"
        return _Raw(*m.span("mm"), "no-year", None, _month_number(groups["mm"]), None)
    if "m1" in groups and "d1" not in groups:  # "June–July 2019"
        year = int(groups["y2"])
        m1, m2 = _month_number(groups["m1"]), _month_number(groups["m2"])
        return _Raw(start, end, "month", year if m1 <= m2 else year - 1, m1, None, year, m2, None)
    if "a" in groups:  # "23/10/2021": day first unless the first number is over 12
        a, b = int(groups["a"]), int(groups["b"])
        day, month = (b, a) if a <= 12 < b else (a, b)
        if not 1 <= month <= 12:
            return None
        return _Raw(start, end, "absolute", int(groups["y"]), month, day)
    if "nm" in groups:  # ISO
        return _Raw(start, end, "absolute", int(groups["y"]), int(groups["nm"]), int(groups["d"]))
    if "d" in groups:  # one day
        if groups["m"][0].isupper() and m.start("m") < m.start("d") and _after_name(text, m.start("m")):
            return None
        if "y" not in groups and m.start("m") < m.start("d") and not _ends_day_phrase(text, end):
            return None
        year = int(groups["y"]) if "y" in groups else None
        return _Raw(
            start,
            end,
            "absolute" if year else "no-year",
            year,
            _month_number(groups["m"]),
            _day_number(groups["d"]),
        )
    # A range of days.
    d1, d2 = _day_number(groups["d1"]), _day_number(groups["d2"])
    m2 = _month_number(groups["m2"])
    m1 = _month_number(groups["m1"]) if "m1" in groups else m2
    y2 = int(groups["y2"]) if "y2" in groups else None
    y1 = int(groups["y1"]) if "y1" in groups else None
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if m1 == m2 and y1 == y2 and d1 >= d2:
        return None  # "30-12 May" is no range
    if "m1" in groups and m.start("m1") < m.start("d1") and _after_name(text, m.start("m1")):
        return None
    return _Raw(start, end, "range", y1, m1, d1, y2, m2, d2)


# After "October 13" without a year, what may follow: punctuation, the end, or a small word.
_AFTER_MONTH_DAY = re.compile(
    r"\s*(?:$|[.,;:!?)\]”’\"'–—-]|(?:at|in|on|and|to|from|with|by|when|where|during|for|after|before|"
    r"until|the|this|that|which|while|as|he|she|they|it)\b)"
)


def _ends_day_phrase(text: str, end: int) -> bool:
    """'October 13' is a date before punctuation or a small word, not in 'October 13 members'."""
    return _AFTER_MONTH_DAY.match(text, end) is not None


def _raw_relative(m: re.Match[str], quoted: bool) -> _Raw | None:
    """A relative date; ``quoted`` when it stands inside a quotation."""
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    phrase = next(v for k, v in groups.items() if k != "lead").lower()
    start, end = m.span()
    if quoted and not any(k in groups for k in ("after", "aftermonth")):
        # A quotation counts "today" and "tomorrow" from when the speaker spoke, not from the
        # publication date, and often loosely: '"Every hour we save today pays off tomorrow,"
        # she said.'
        return None
    if "weekday" in groups:
        return _Raw(
            start, end, "relative", None, 0, None, relative="weekday:" + phrase, lead=groups["lead"].lower()
        )
    key = next(k for k in ("day", "week", "month", "after", "aftermonth") if k in groups)
    return _Raw(start, end, "relative", None, 0, None, relative=f"{key}:{phrase}")


# Where a date may stand: a capitalised month name ("Oct", "March") or a year (the numeric
# forms "23/10/2021" and "2021-10-23" hold one; every other form holds a month name);
# for relative dates, one of the words every relative phrase holds ("today", "next week",
# "on Monday", "the following month", "tonight", "this morning"). The patterns run only in
# windows around these, which keeps a megabyte of text without dates cheap to scan.
def _month_prefixes() -> str:
    """ "J(?:an|ul|un)|Feb|..." : grouped by first letter, which the regex engine scans fast."""
    by_letter: dict[str, set[str]] = {}
    for month in MONTHS:
        by_letter.setdefault(month[0].upper(), set()).add(month[1:3])
    return "|".join(f"{letter}(?:{'|'.join(sorted(rest))})" for letter, rest in sorted(by_letter.items()))


_TRIGGER = re.compile(r"(?:19|20)\d\d|" + _month_prefixes())
_RELATIVE_KEYS = ("day", "week", "month", "night", "morning", "afternoon", "evening", "morrow")
_WINDOW = 64  # characters each side of a trigger: more than the longest date phrase


def _windows(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """Merged windows of ``_WINDOW`` characters around ``positions``, widened to spaces."""
    windows: list[tuple[int, int]] = []
    for pos in sorted(positions):
        start = max(0, pos - _WINDOW)
        space = text.rfind(" ", 0, start + 1) if start else -1
        start = space + 1 if space >= 0 else 0
        end = min(len(text), pos + _WINDOW)
        space = text.find(" ", end)
        end = space if space >= 0 else len(text)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _date_windows(text: str) -> list[tuple[int, int]]:
    return _windows(text, [m.start() for m in _TRIGGER.finditer(text)])


def _relative_windows(text: str) -> list[tuple[int, int]]:
    lowered = text.lower()
    positions = []
    for key in _RELATIVE_KEYS:
        pos = lowered.find(key)
        while pos >= 0:
            positions.append(pos)
            pos = lowered.find(key, pos + len(key))
    return _windows(text, positions)


def _nowadays(article: Article, raw: _Raw, at: int, sentence: Sentence) -> bool:
    """Whether "today" (or "this week", "this month"), at offset ``at`` of the text, means
    "nowadays": when its sentence, read near the word, tells nothing past or future ("the
    challenges Customs face today")."""
    if raw.relative is None or raw.relative.split(":", 1)[1] not in _NOWADAYS_WORDS:
        return False
    near = max(sentence.start, at - _CLAUSE_REACH), min(sentence.end, at + _CLAUSE_REACH)
    return _tense(article, *near) == 0


def _paragraph_raws(article: Article, p: Paragraph) -> Iterator[tuple[_Raw, int]]:
    """Raw matches in one paragraph (offsets into it), with the sentence (its position in
    the paragraph) each stands in; earlier forms claim text first."""
    text = article.text[p.start : p.end]
    sentences = [(s.start - p.start, s.end - p.start) for s in p.sentences] or [(0, len(text))]

    def sentence_at(i: int) -> Sentence:
        return p.sentences[i] if p.sentences else Sentence(0, p.index, p.start, p.end)

    claimed: list[tuple[int, int]] = []  # sorted, never overlapping
    found: list[tuple[_Raw, int]] = []

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_right(claimed, (start, end))
        return not ((i > 0 and claimed[i - 1][1] > start) or (i < len(claimed) and claimed[i][0] < end))

    def claim(start: int, end: int) -> None:
        bisect.insort(claimed, (start, end))

    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    windows = _date_windows(text)
    for form, pattern in _forms():
        for w_start, w_end in windows:
            for m in pattern.finditer(text, w_start, w_end):
                if not free(*m.span()):
                    continue
                raw = _raw_from_match(form, m, text)
                if raw is None:
                    continue
                claim(*m.span())
                found.append((raw, sentence_of(raw.start)))
    for w_start, w_end in _relative_windows(text):
        for m in _relative().finditer(text, w_start, w_end):
            if not free(*m.span()):
                continue
            i = sentence_of(m.start())
            raw = _raw_relative(m, _inside_quotes(text, m.start()))
            if raw is None or _nowadays(article, raw, p.start + raw.start, sentence_at(i)):
                continue
            claim(raw.start, raw.end)
            found.append((raw, i))
    found.sort(key=lambda item: item[0].start)
    yield from found


# --- Resolving ---------------------------------------------------------------------------------


def resolve_year(month: int, day: int | None, reference: dt.date, tense: int, *, exact: bool) -> int:
    """The year of a date given without one: of the years around ``reference``, the nearest,
    kept on or before it in a past clause (``tense`` -1) and on or after it in a future one (1).
    ``exact`` when the reference is the publication date; otherwise (a date elsewhere in the
    text) the limit has three months of slack."""
    slack = dt.timedelta(days=0 if exact else 92)
    best: tuple[int, int] | None = None
    fallback: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if not _valid(year, month, day):
            continue
        first = dt.date(year, month, day or 1)
        last = dt.date(year, month, day or days_in_month(year, month))
        middle = dt.date(year, month, day or 15)
        distance = abs((middle - reference).days)
        if fallback is None or distance < fallback[0]:
            fallback = (distance, year)
        if (tense < 0 and first > reference + slack) or (tense > 0 and last < reference - slack):
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    chosen = best or fallback
    return chosen[1] if chosen else reference.year


def _monday(date: dt.date) -> dt.date:
    return date - dt.timedelta(days=date.weekday())


class _Resolved(NamedTuple):
    date: str
    until: str | None
    first: dt.date  # the first and last day it covers
    last: dt.date


def _span_of(year: int, month: int, day: int | None) -> tuple[dt.date, dt.date]:
    if day is None:
        return dt.date(year, month, 1), dt.date(year, month, days_in_month(year, month))
    return dt.date(year, month, day), dt.date(year, month, day)


def _resolve_relative(
    raw: _Raw, published: dt.date | None, anchor: _Resolved | None, tense: int
) -> _Resolved | None:
    assert raw.relative is not None
    key, phrase = raw.relative.split(":", 1)
    if key in ("after", "aftermonth"):
        if anchor is not None:
            base_first, base_last = anchor.first, anchor.last
        elif published is not None:
            base_first = base_last = published
        else:
            return None
        if key == "after":
            shift = FOLLOWING_DAYS[phrase]
            day = (base_last if shift > 0 else base_first) + dt.timedelta(days=shift)
            return _Resolved(day.isoformat(), None, day, day)
        year, month = _add_months(
            base_last if FOLLOWING_MONTHS[phrase] > 0 else base_first, FOLLOWING_MONTHS[phrase]
        )
        first, last = _span_of(year, month, None)
        return _Resolved(_iso(year, month, None), None, first, last)
    if published is None:
        return None
    if key == "day":
        day = published + dt.timedelta(days=RELATIVE_DAYS[phrase])
        return _Resolved(day.isoformat(), None, day, day)
    if key == "week":
        monday = _monday(published) + dt.timedelta(weeks=RELATIVE_WEEKS[phrase])
        sunday = monday + dt.timedelta(days=6)
        return _Resolved(monday.isoformat(), sunday.isoformat(), monday, sunday)
    if key == "month":
        year, month = _add_months(published, RELATIVE_MONTHS[phrase])
        first, last = _span_of(year, month, None)
        return _Resolved(_iso(year, month, None), None, first, last)
    # A weekday: "on Monday" is the last one on or before the publication date, or the next one
    # on or after it in a future clause; "last Monday" is before it, "next Monday" after it.
    target = WEEKDAY_NAMES.index(phrase.lower())
    direction = WEEKDAY_LEADS[raw.lead or "on"] or (1 if tense > 0 else -1)
    strict = WEEKDAY_LEADS[raw.lead or "on"] != 0
    offset = (target - published.weekday()) % 7 if direction > 0 else -((published.weekday() - target) % 7)
    if strict and offset == 0:
        offset = 7 * direction
    day = published + dt.timedelta(days=offset)
    return _Resolved(day.isoformat(), None, day, day)


def _resolve_absolute(raw: _Raw, reference: dt.date | None, exact: bool, tense: int) -> _Resolved | None:
    if raw.end_month is None:  # one date or one month
        year = raw.year
        if year is None:
            if reference is None:
                return None
            year = resolve_year(raw.month, raw.day, reference, tense, exact=exact)
        if not _valid(year, raw.month, raw.day):
            return None
        first, last = _span_of(year, raw.month, raw.day)
        return _Resolved(_iso(year, raw.month, raw.day), None, first, last)
    end_year = raw.end_year
    if end_year is None:
        if reference is None:
            return None
        end_year = resolve_year(raw.end_month, raw.end_day, reference, tense, exact=exact)
    start_year = raw.year
    if start_year is None:
        start_year = (
            end_year if (raw.month, raw.day or 0) <= (raw.end_month, raw.end_day or 0) else end_year - 1
        )
    if not (_valid(start_year, raw.month, raw.day) and _valid(end_year, raw.end_month, raw.end_day)):
        return None
    first = _span_of(start_year, raw.month, raw.day)[0]
    last = _span_of(end_year, raw.end_month, raw.end_day)[1]
    if last < first:
        return None
    return _Resolved(
        _iso(start_year, raw.month, raw.day), _iso(end_year, raw.end_month, raw.end_day), first, last
    )


def _with_duration(day: _Resolved, text: str, start: int, end: int) -> _Resolved:
    """A single day made the range of the meeting its sentence opens or closes on it: "on Friday
    concluded a three-day session" is Wednesday to Friday."""
    m = _DURATION.search(text, start, end) if text.find("day", start, end) >= 0 else None
    if m is None:
        return day
    n = int(m["n"]) if m["n"].isdigit() else DAY_COUNTS[m["n"].lower()]
    if not 2 <= n <= 14:
        return day
    length = dt.timedelta(days=n - 1)
    first, last = (day.first - length, day.first) if m["close"] else (day.first, day.first + length)
    return _Resolved(first.isoformat(), last.isoformat(), first, last)


def _found(article: Article) -> list[tuple[_Raw, int, int]]:
    """Every raw date of the article: (raw with paragraph offsets, paragraph, sentence index)."""
    found: list[tuple[_Raw, int, int]] = []
    for p in article.paragraphs:
        for raw, i in _paragraph_raws(article, p):
            sentence = p.sentences[i].index if p.sentences else 0
            found.append((raw, p.index, sentence))
    return found


class _Context(NamedTuple):
    """What resolving reads, built once per article: the sentences' bounds, and the dates
    with their own year (start offset, date) in text order, the references for those without."""

    article: Article
    bounds: dict[int, tuple[int, int]]
    explicit: list[tuple[int, dt.date]]
    explicit_starts: list[int]


def _context(article: Article, found: list[tuple[_Raw, int, int]]) -> _Context:
    explicit: list[tuple[int, dt.date]] = []
    for raw, p_index, _ in found:
        if raw.year is not None and raw.relative is None and _valid(raw.year, raw.month, raw.day):
            start = article.paragraphs[p_index].start + raw.start
            explicit.append((start, dt.date(raw.year, raw.month, raw.day or 1)))
    bounds = {s.index: (s.start, s.end) for s in article.sentences}
    return _Context(article, bounds, explicit, [pos for pos, _ in explicit])


class _Anchors(NamedTuple):
    """The date the text gave last, the last with a day (a month alone has no "following
    day"), and where that one stands: (paragraph, sentence) and its end."""

    last: _Resolved | None = None
    day: _Resolved | None = None
    day_sentence: tuple[int, int] = (-1, -1)
    day_end: int = 0


def _resolve(
    context: _Context, raw: _Raw, p: Paragraph, sentence: int, anchors: _Anchors
) -> _Resolved | None:
    """A raw date resolved: its year from the publication date (or the nearest date with a
    year), a relative one counted from the publication date or the last date given."""
    article = context.article
    offset = p.start + raw.start
    tense = 0
    if raw.year is None or (raw.end_month is not None and raw.end_year is None):
        s_start, s_end = context.bounds.get(sentence, (p.start, p.end))
        s_end = max(s_end, p.start + raw.end)
        tense = clause_tense(article, offset, p.start + raw.end, (s_start, s_end))
    if raw.relative is not None:
        base = anchors.day if raw.relative.startswith("after:") else anchors.last
        resolved = _resolve_relative(raw, article.published, base, tense)
    else:
        tense = _LEAD_TENSE.get(raw.lead or "", tense)
        reference, exact = article.published, True
        if reference is None and context.explicit:
            before = bisect.bisect_right(context.explicit_starts, offset)
            reference, exact = context.explicit[before - 1 if before else 0][1], False
        resolved = _resolve_absolute(raw, reference, exact, tense)
    if resolved is not None and resolved.until is None and len(resolved.date) == len("2021-10-23"):
        s_start, s_end = context.bounds.get(sentence, (p.start, p.end))
        s_start = max(s_start, offset - _CLAUSE_REACH)  # bounded: linear on unpunctuated text
        s_end = min(s_end, p.start + raw.end + _CLAUSE_REACH)
        resolved = _with_duration(resolved, article.text, s_start, s_end)
    return resolved


def _moved(
    anchors: _Anchors, text: str, resolved: _Resolved, where: tuple[int, int], span: tuple[int, int]
) -> _Anchors:
    """The anchors after a date at ``span`` in sentence ``where`` (paragraph, sentence)."""
    if len(resolved.date) != len("2021-10-23"):
        return anchors._replace(last=resolved)
    # a second date of the sentence in a background phrase leaves the scene's date as the day
    # anchor: "received him on 8 May, after the summit held on 5 May"
    start, end = span
    background = (
        anchors.day_sentence == where
        and _BACKGROUND.search(text, max(anchors.day_end, start - _CLAUSE_REACH), start) is not None
    )
    if background:
        return anchors._replace(last=resolved)
    return _Anchors(resolved, resolved, where, end)


def find_dates(article: Article) -> tuple[DateMention, ...]:
    """Every date the body text gives, in text order, each with its span, paragraph and sentence."""
    found = _found(article)
    context = _context(article, found)
    mentions: list[DateMention] = []
    anchors = _Anchors()
    for raw, p_index, sentence in found:
        p = article.paragraphs[p_index]
        start, end = p.start + raw.start, p.start + raw.end
        if _DEADLINE.search(article.text, max(p.start, start - _DEADLINE_REACH), start):
            continue  # nothing happens on a deadline
        resolved = _resolve(context, raw, p, sentence, anchors)
        if resolved is None:
            continue
        anchors = _moved(anchors, article.text, resolved, (p_index, sentence), (start, end))
        mentions.append(DateMention(start, end, resolved.date, resolved.until, p_index, sentence, raw.form))
    return tuple(mentions)
