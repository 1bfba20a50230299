"""Date phrases in the body text, as written: every calendar date the article gives, with its span.

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
   "next month", "on Monday", "last Tuesday", and a weekday without its "on" as wire copy writes
   it, between words ("Roe Thursday congratulated", "took part Wednesday in", "met him Friday
   night"), or whose possessive names an occasion ("at Thursday's meeting"); not "every Friday",
   "recalled Monday's meeting", a name's "Good Friday", nor a weekday
   that opens a date: "Monday, 5 May", "Tuesday the 18th of May"); and against the date the
   text gave last: "the following day", "the day before" (the last date with a day: "The Board
   met on 4 March and plans a review in June. The next day, ..." is 5 March), "the next month".

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
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from briefcli.analysis.tense import CLAUSE_REACH, event_nouns, tense_between
from briefcli.lang.en import (
    ANAPHORIC_DETERMINERS,
    BEFORE_MONTH_WORDS,
    DAY_COUNTS,
    DAY_ORDINALS,
    DAY_RANGE_WORDS,
    DETERMINERS,
    FOLLOWING_DAYS,
    FOLLOWING_MONTHS,
    MONTH_DAY_ENDS,
    MONTH_LEADS,
    MONTH_NAMES,
    MONTH_RANGE_WORDS,
    MONTHS,
    MONTHS_RANGE_WORDS,
    NOWADAYS_WORDS,
    OCCASION_NOUNS,
    ORDINAL_DAY_PARTS,
    POSSESSIVE_DETERMINERS,
    QUOTED_RELATIVE_KEYS,
    RELATIVE_DATE_KEYS,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKENDS,
    RELATIVE_WEEKS,
    WEEKDAY_LEADS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    cue_group,
    cue_lemma,
)
from briefcli.model import Article, DateForm, Paragraph, Sentence
from briefcli.regexes import alternation, pattern

# --- Patterns ----------------------------------------------------------------------------------


def _capitalised(words: list[str]) -> list[str]:
    """Title case only: "October", "Oct". All capitals ("4 MAY 2019") would double each
    pattern and its compile time at start-up, for a form body text hardly uses."""
    return [w.capitalize() for w in words]


# Month names are proper nouns: "October", "OCTOBER", "Oct."; never "may" or "march".
_MONTH_WORDS = _capitalised(list(MONTHS))
_FULL_MONTH_WORDS = _capitalised(list(MONTH_NAMES))
_FULL_M = rf"(?:{alternation(_FULL_MONTH_WORDS)})\b"
_M = rf"(?:{_FULL_M}|(?:{alternation(sorted(set(_MONTH_WORDS) - set(_FULL_MONTH_WORDS)))})\b\.?)"
_WEEKDAY = rf"(?:{alternation(_capitalised(list(WEEKDAYS)))})\b\.?"
# A day of the month, not part of a longer number or code ("MC12", "1,500", "3.5", "24/7").
# A day number; its ordinal endings ("1st", "22nd") are how a number is written, part of the pattern.
_D = r"(?<![\w.,/:-])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,/:]\d)"
_D2 = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"  # the second day of a range
_Y = r"(?:19|20)\d\d(?!\d)"
_DASH = r"\s*[-–—]\s*"
# "13 and 14 May"; a typo may glue the word to the day: "13 and14 May".
_TO = rf"(?:{_DASH}|\s+(?:{alternation(sorted(DAY_RANGE_WORDS))})(?:\s+|(?=\d)))"
_TO_MONTH = (
    rf"(?:{_DASH}|\s+(?:{alternation(sorted(MONTH_RANGE_WORDS))})\s+)"  # "13 May and 14 June": two dates
)
# Before the day: a space, or nothing after an abbreviation's full stop ("on Sept.12").
_AFTER_M = r"(?:\s+|(?<=\.))"
_W = rf"(?:{_WEEKDAY},?\s+)?"  # "Thursday 9 June 2022", "Monday, 5 May"

_ISO = rf"(?<![\w.-])(?P<y>{_Y})-(?P<nm>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])"
_NUMERIC = rf"(?<![\w./])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_Y})(?![\w/]|\.\d)"
_MONTHS_TO = alternation(sorted(MONTHS_RANGE_WORDS))
_MONTH_RANGE = rf"(?P<m1>{_FULL_M})(?:{_DASH}|\s+(?:{_MONTHS_TO})\s+)(?P<m2>{_FULL_M}),?\s+(?P<y2>{_Y})"
_MONTH_LEADS = alternation([w for w in MONTH_LEADS if not w.endswith("-")])

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
    # "October 5-6, 2011", "March 15 and 16, 2012", "Oct.5-6"
    ("range", rf"(?P<m2>{_M}){_AFTER_M}(?P<d1>{_D2}){_TO}(?P<d2>{_D2})(?:,?\s+(?P<y2>{_Y}))?"),
    # "23 October 2021", "23rd of October", "Thursday 9 June 2022", "2 July"
    ("absolute", rf"{_W}(?P<d>{_D})(?:\s+of)?\s+(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?"),
    # "October 23, 2021", "Monday, October 23", "October 13", "Sept.12"
    ("absolute", rf"{_W}(?P<m>{_M}){_AFTER_M}(?P<d>{_D2})(?!\s*[-–—]\s*\d)(?:,?\s+(?P<y>{_Y}))?"),
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

_ORDINALS = alternation(list(DAY_ORDINALS))
_COUNTS = alternation(["one", *DAY_COUNTS])  # "day one" is the first day, no count of days
_DAY_PARTS = alternation(list(ORDINAL_DAY_PARTS))
# The nouns of an occasion a weekday's possessive may name: "Thursday's meeting", "Monday's talks".
_OCCASIONS = alternation([*event_nouns(), *OCCASION_NOUNS])
# What makes a weekday part of a date rather than a date of its own: "Monday, 5 May", "Monday
# 5 May", "Tuesday the 18th of May". ("on Wednesday (3 February)" gives the day twice: one event.)
_NOT_ALONE = rf",?\s+(?:the\s+)?\d|,?\s+{_M}"
# "the day after" and "the day before" end in a preposition. Before an object that is no
# occasion already told (an indefinite one: "had seen the light of day after a lot of work")
# they are no date; alone or before an occasion told they count from the date given last ("The
# day after, the ministers met", "the day before the meeting opened").
_INDEFINITE_OBJECTS = DETERMINERS - ANAPHORIC_DETERMINERS - POSSESSIVE_DETERMINERS  # "a", "some", "no"
_NO_OBJECT = rf"(?!(?:(?<=after)|(?<=before))\s+(?i:{alternation(sorted(_INDEFINITE_OBJECTS))})\b)"
_RELATIVE_PATTERN = (
    rf"(?<![\w-])(?i:(?P<day>{alternation(list(RELATIVE_DAYS))})"
    rf"|(?P<weekend>{alternation(list(RELATIVE_WEEKENDS))})"
    rf"|(?P<week>{alternation(list(RELATIVE_WEEKS))})"
    rf"|(?P<month>{alternation(list(RELATIVE_MONTHS))})"
    rf"|(?P<after>{alternation(list(FOLLOWING_DAYS))}){_NO_OBJECT}"
    rf"|(?P<aftermonth>{alternation(list(FOLLOWING_MONTHS))})"
    # "the last day [of the visit]": the phrase the day belongs to goes with it
    rf"|(?P<nthday>the\s+(?:{_ORDINALS})(?:\s+(?:and|to)\s+(?:{_ORDINALS}))?\s+days?"
    # a noun ("of the visit") or a name, whole ("of the Harbour Week": never cut after its first word)
    r"(?:\s+of\s+(?:the|his|her|its|their)\s+(?:(?-i:[a-z]+)|(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*))?"
    # "On day two, ...", "Day 3 of the visit": a day of the programme by its number
    rf"|day\s+(?:{_COUNTS}|[1-9])(?![\w-])"
    # "the closing session", "the opening ceremony": one day of the meeting, by its part
    rf"|the\s+(?:{_ORDINALS})\s+(?:{_DAY_PARTS})))(?![\w-])"
    rf"|(?<![\w-])(?P<lead>(?i:{alternation(list(WEEKDAY_LEADS))}))\s+"
    rf"(?P<weekday>{alternation(_capitalised(list(WEEKDAY_NAMES)))})\b(?!{_NOT_ALONE})"
    # wire style drops the "on": "Olson Thursday congratulated", "take part Wednesday in"
    rf"|(?<=[a-z,] )(?<!every )(?<!each )(?P<bare>{alternation(_capitalised(list(WEEKDAY_NAMES)))})"
    rf"\b(?!{_NOT_ALONE}|['’]s\b)(?=,?\s+[a-z])"
    # an occasion named by its weekday: "at Thursday's meeting", "after Monday's talks"
    rf"|(?:(?<=at )|(?<=during )|(?<=after )|(?<=following ))"
    rf"(?P<poss>{alternation(_capitalised(list(WEEKDAY_NAMES)))})"
    rf"(?=['’]s\s+(?:[\w-]+\s+){{0,2}}?(?i:{_OCCASIONS})\b)"
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
        (form, pattern(source if i == last else _FORM_START + source))
        for i, (form, source) in enumerate(_FORM_PATTERNS)
    )


@cache
def _relative() -> re.Pattern[str]:
    return pattern(_RELATIVE_PATTERN)


_LEAD_WORDS = frozenset(w.capitalize() for w in (*MONTH_LEADS, *WEEKDAY_LEADS, *BEFORE_MONTH_WORDS))
# A month after these leads is in the past or the future whatever the verb: "since March", "next May".
_WEEKDAY_SET = frozenset(w.capitalize() for w in WEEKDAYS)

# "At the staff assembly today, ..." is a date only if its sentence tells something that
# happened or will happen: a past or future verb, not the present "nowadays".
# Double quotation marks only: "’" is also the apostrophe of "the Council’s".
_QUOTES_OPEN = "“«"
_QUOTES_CLOSE = "”»"
_QUOTE_REACH = 3000  # characters looked back for an open quotation


class Raw(NamedTuple):
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


def month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _inside_quotes(text: str, pos: int) -> bool:
    before = text[max(0, pos - _QUOTE_REACH) : pos]
    curly = sum(before.count(q) for q in _QUOTES_OPEN) - sum(before.count(q) for q in _QUOTES_CLOSE)
    return curly > 0 or before.count('"') % 2 == 1


_NAME_BEFORE = pattern(r"([A-Z][\w’'-]*)\s+$")


def _after_name(text: str, pos: int) -> bool:
    """Whether ``text[pos:]`` follows a capitalised word that is not a weekday nor a lead word
    such as "In": "Theresa May 2019" (a surname), not "In May 2019"."""
    m = _NAME_BEFORE.search(text[max(0, pos - 40) : pos])
    if m is None:
        return False
    word = m.group(1)
    return word not in _LEAD_WORDS and word.rstrip(".") not in _WEEKDAY_SET


# --- Finding -----------------------------------------------------------------------------------


def _raw_from_match(m: re.Match[str], text: str) -> Raw | None:
    """The raw date of a form's match (by the groups it holds), or None when a guard refuses
    it (see the module's docstring)."""
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    if ("m" in groups and "d" not in groups) or "mm" in groups or ("m1" in groups and "d1" not in groups):
        return _month_raw(m, groups, text)
    if "a" in groups or "nm" in groups:
        return _numeric_raw(m, groups)
    if "d" in groups:
        return _day_raw(m, groups, text)
    return _day_range_raw(m, groups, text)


def _month_raw(m: re.Match[str], groups: dict[str, str], text: str) -> Raw | None:
    """A month: "June 2019", "in March" (after a lead word), "mid-April", "June–July 2019"."""
    start, end = m.span()
    if "m" in groups:  # a month with a year, or after a lead word
        month = month_number(groups["m"])
        year = int(groups["y"]) if "y" in groups else None
        if year is None:
            start, end = m.span("m")
        if _after_name(text, m.start("m")):
            return None
        lead = groups.get("lead", "").lower() or None
        return Raw(start, end, "month" if year else "no-year", year, month, None, lead=lead)
    if "mm" in groups:  # "mid-April"
        return Raw(*m.span("mm"), "no-year", None, month_number(groups["mm"]), None)
    year = int(groups["y2"])  # "June–July 2019"
    m1, m2 = month_number(groups["m1"]), month_number(groups["m2"])
    return Raw(start, end, "month", year if m1 <= m2 else year - 1, m1, None, year, m2, None)


def _numeric_raw(m: re.Match[str], groups: dict[str, str]) -> Raw | None:
    """A date in numbers: "2021-10-23" (ISO), "23/10/2021" (day first unless the first number
    is over 12)."""
    start, end = m.span()
    if "nm" in groups:
        return Raw(start, end, "absolute", int(groups["y"]), int(groups["nm"]), int(groups["d"]))
    a, b = int(groups["a"]), int(groups["b"])
    day, month = (b, a) if a <= 12 < b else (a, b)
    if not 1 <= month <= 12:
        return None
    return Raw(start, end, "absolute", int(groups["y"]), month, day)


def _day_raw(m: re.Match[str], groups: dict[str, str], text: str) -> Raw | None:
    """One day: "23 October 2021", "October 23, 2021", "2 July"; not "Theresa May 3" nor
    "October 13 members"."""
    start, end = m.span()
    month_first = m.start("m") < m.start("d")
    if groups["m"][0].isupper() and month_first and _after_name(text, m.start("m")):
        return None
    if "y" not in groups and month_first and not _ends_day_phrase(text, end):
        return None
    year = int(groups["y"]) if "y" in groups else None
    month, day = month_number(groups["m"]), _day_number(groups["d"])
    return Raw(start, end, "absolute" if year else "no-year", year, month, day)


def _day_range_raw(m: re.Match[str], groups: dict[str, str], text: str) -> Raw | None:
    """A range of days: "from 6 to 8 July 2017", "29 April– 2 May"; not "30-12 May"."""
    d1, d2 = _day_number(groups["d1"]), _day_number(groups["d2"])
    m2 = month_number(groups["m2"])
    m1 = month_number(groups["m1"]) if "m1" in groups else m2
    y2 = int(groups["y2"]) if "y2" in groups else None
    y1 = int(groups["y1"]) if "y1" in groups else None
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if m1 == m2 and y1 == y2 and d1 >= d2:
        return None  # "30-12 May" is no range
    if "m1" in groups and m.start("m1") < m.start("d1") and _after_name(text, m.start("m1")):
        return None
    return Raw(*m.span(), "range", y1, m1, d1, y2, m2, d2)


# After "October 13" without a year, what may follow: punctuation, the end, or a small word.
_AFTER_MONTH_DAY = pattern(rf"\s*(?:$|[.,;:!?)\]”’\"'–—-]|(?:{alternation(sorted(MONTH_DAY_ENDS))})\b)")


def _ends_day_phrase(text: str, end: int) -> bool:
    """'October 13' is a date before punctuation or a small word, not in 'October 13 members'."""
    return _AFTER_MONTH_DAY.match(text, end) is not None


# "today's economy": a possessive "today" means "nowadays", never a date.
_POSSESSIVE = pattern(r"['’]s\b")
_KEYS = ("day", "weekend", "week", "month", "after", "aftermonth", "nthday")


def _raw_relative(m: re.Match[str], quoted: bool) -> Raw | None:
    """A relative date; ``quoted`` when it stands inside a quotation."""
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    phrase = next(v for k, v in groups.items() if k != "lead").lower()
    start, end = m.span()
    key = next((k for k in _KEYS if k in groups), "weekday")
    if quoted and key not in ("after", "aftermonth", "nthday", *QUOTED_RELATIVE_KEYS):
        # A quotation counts "today" and "tomorrow" from when the speaker spoke, not from the
        # publication date, and often loosely: '"Every hour we save today pays off tomorrow,"
        # she said.' A month is too coarse for that to move it: "signed last month".
        return None
    if phrase == "today" and _POSSESSIVE.match(m.string, end):
        return None  # "in today's economy"
    if key == "weekday":
        lead = groups["lead"].lower() if "lead" in groups else "on"  # "Olson Thursday congratulated"
        return Raw(start, end, "relative", None, 0, None, relative="weekday:" + phrase, lead=lead)
    return Raw(start, end, "relative", None, 0, None, relative=f"{key}:{' '.join(phrase.split())}")


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


_TRIGGER = pattern(r"(?:19|20)\d\d|" + _month_prefixes())
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


# A long text says the same short paragraph many times ("They spoke."): it is searched once.
@lru_cache(maxsize=1024)
def _relative_windows(text: str) -> tuple[tuple[int, int], ...]:
    """Where a relative date may stand in ``text``: around each of its keys ("yesterday"), and
    the parts of a meeting an ordinal names one day by ("the closing session")."""
    lowered = text.lower()
    positions = []
    for key in (*RELATIVE_DATE_KEYS, *ORDINAL_DAY_PARTS):
        pos = lowered.find(key)
        while pos >= 0:
            positions.append(pos)
            pos = lowered.find(key, pos + len(key))
    return tuple(_windows(text, positions))


def _nowadays(article: Article, raw: Raw, at: int, sentence: Sentence) -> bool:
    """Whether "today" (or "this week", "this month"), at offset ``at`` of the text, means
    "nowadays": when its sentence, read near the word, tells nothing past or future ("the
    challenges Customs face today")."""
    if raw.relative is None or raw.relative.split(":", 1)[1] not in NOWADAYS_WORDS:
        return False
    near = max(sentence.start, at - CLAUSE_REACH), min(sentence.end, at + CLAUSE_REACH)
    return tense_between(article, *near) == 0


_WORD_BEFORE = pattern(r"([A-Za-z]+)\s+$")
_WORD_AFTER = pattern(r"\s+([A-Za-z]+)")


def _said_today(text: str, raw: Raw) -> bool:
    """Whether "today" dates only a comment: "Mr Sharma said today", "the Minister today
    announced". The day a speaker spoke is the release's, no event (GUIDE.md: a statement is
    not a dated happening)."""
    if raw.relative != "day:today":
        return False
    before = _WORD_BEFORE.search(text, max(0, raw.start - 30), raw.start)
    after = _WORD_AFTER.match(text, raw.end)
    for m, tail in ((before, raw.end), (after, after.end() if after is not None else raw.end)):
        lemma = cue_lemma(m.group(1)) if m is not None else None
        if lemma is not None and cue_group(lemma) == "say":
            return not _with_someone(text, tail)
    return False


# A speech verb with a partner after it tells a conversation, a happening: "The Minister spoke
# today with her counterpart", "the Minister today spoke by telephone with the envoy".
_CONVERSATION = pattern(r"\s+(?:by\s+(?:tele)?phone\s+|over\s+the\s+(?:tele)?phone\s+)?with\b")


def _with_someone(text: str, at: int) -> bool:
    """Whether "with" (a partner) follows the speech verb or the "today" after it."""
    return _CONVERSATION.match(text, at) is not None


class _Claims:
    """The spans of a paragraph that found dates hold, sorted and never overlapping: a later
    form never takes text an earlier one holds."""

    __slots__ = ("spans",)

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.spans, (start, end))
        before, after = self.spans[i - 1 : i], self.spans[i : i + 1]
        return not ((before and before[0][1] > start) or (after and after[0][0] < end))

    def claim(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))


def _form_raws(text: str, claims: _Claims) -> Iterator[Raw]:
    """The dates of the forms in a paragraph's text, each form in the windows where a date may
    stand, in the forms' order."""
    windows = _date_windows(text)
    if not windows:
        return  # no year, month or digit that could start a date
    for _, form in _forms():
        for w_start, w_end in windows:
            for m in form.finditer(text, w_start, w_end):
                raw = _raw_from_match(m, text) if claims.free(*m.span()) else None
                if raw is not None:
                    claims.claim(*m.span())
                    yield raw


def _relative_raws(article: Article, p: Paragraph, claims: _Claims) -> Iterator[tuple[Raw, int]]:
    """The relative dates of a paragraph, with the sentence (its position in the paragraph)
    each stands in: not in a quotation, nor "today" meaning "nowadays"."""
    text = article.text[p.start : p.end]
    starts = [s.start - p.start for s in p.sentences]
    for w_start, w_end in _relative_windows(text):
        for m in _relative().finditer(text, w_start, w_end):
            if not claims.free(*m.span()):
                continue
            i = max(0, bisect.bisect_right(starts, m.start()) - 1)
            sentence = p.sentences[i] if p.sentences else Sentence(0, p.index, p.start, p.end)
            raw = _raw_relative(m, _inside_quotes(text, m.start()))
            if (
                raw is None
                or _nowadays(article, raw, p.start + raw.start, sentence)
                or _said_today(text, raw)
            ):
                continue
            claims.claim(raw.start, raw.end)
            yield raw, i


# A long text says the same short paragraph many times ("On 3 May."): its dates are read once.
@lru_cache(maxsize=1024)
def _paragraph_forms(text: str) -> tuple[tuple[Raw, ...], tuple[tuple[int, int], ...]]:
    """The dates of the forms in a paragraph's text (``_form_raws``) and the spans they hold."""
    claims = _Claims()
    raws = tuple(_form_raws(text, claims))
    return raws, tuple(claims.spans)


def _paragraph_raws(article: Article, p: Paragraph) -> list[tuple[Raw, int]]:
    """Raw matches in one paragraph (offsets into it), with the sentence (its position in
    the paragraph) each stands in, in text order; earlier forms claim text first."""
    text = article.text[p.start : p.end]
    starts = [s.start - p.start for s in p.sentences]
    raws, held = _paragraph_forms(text)
    claims = _Claims()
    claims.spans = list(held)
    found = [(raw, max(0, bisect.bisect_right(starts, raw.start) - 1)) for raw in raws]
    found += _relative_raws(article, p, claims)
    found.sort(key=lambda item: item[0].start)
    return found


def text_dates(text: str) -> list[Raw]:
    """The dates of the forms in a text that is no paragraph (a headline), in text order; no
    relative date ("today" in a headline is the release's own day)."""
    return sorted(_form_raws(text, _Claims()), key=lambda raw: raw.start)


def paragraph_dates(article: Article, paragraph: Paragraph) -> list[tuple[Raw, int]]:
    """The raw dates of one paragraph, relative ones too, with the index of their sentence
    in the paragraph."""
    return list(_paragraph_raws(article, paragraph))


def raw_dates(article: Article) -> list[tuple[Raw, int, int]]:
    """Every raw date of the article: (raw with paragraph offsets, paragraph, sentence index)."""
    found: list[tuple[Raw, int, int]] = []
    for p in article.paragraphs:
        for raw, i in _paragraph_raws(article, p):
            sentence = p.sentences[i].index if p.sentences else 0
            found.append((raw, p.index, sentence))
    return found
