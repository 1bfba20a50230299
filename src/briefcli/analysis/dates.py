"""Dates in the body text: every calendar date the article gives, with its span.

``find_dates(article)`` resolves the date phrases ``briefcli.analysis.dateforms`` finds (forms,
guards) into dates, each with its span, paragraph and sentence.

Relative dates count from the publication date ("today", "last week", "on Monday": the last
Monday on or before it, the next one in a future clause), or, without one, from the day of a
wire's date line that gives no year ("ISLAMABAD, 19 MAY (APP) – ... here on Thursday": its year
is the text's); a weekday to come, without either, from the first date the text gives with its
weekday ("opened on Sunday, 21 June 2026 ... continues until Wednesday"), and one told in the
past in that day's week ("opened on Monday, 22 June ... On Tuesday, the ministers met": 23
June); or from the date the text gave last
("the following day": from the last date with a day, unless that one stands in a background
phrase of the same sentence: "received him on 8 May, after the summit held on 5 May"). A day
that opens or closes an N-day meeting ("on Friday concluded a three-day session") dates the
meeting's range.

A deadline ("by 30 June", "by December", "no later than the end of March") is no date: nothing
takes place on it (see ``DEADLINE_LEADS``).

A date without a year takes it from the publication date, or, when the article has none, from
the nearest date in the text that has one (before it, else after it), else from the one year its
sentence or the headline names, else from the latest year the text names in running words
("described 2019 as a fruitful year"; not a name's year: "the 2030 Agenda", nor one only a plan or a
target carries: "agreed to hold the next round in 2031", "by 2030"). Of the three candidate
years around that reference, the nearest one wins, but a past-tense clause ("the treaty signed in
March") keeps the date on or before the reference and a future-tense one ("which will begin on
14 December") on or after it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from briefcli.analysis.dateforms import Raw, paragraph_dates, raw_dates, text_dates
from briefcli.analysis.tense import CLAUSE_REACH, clause_tense, tense_between
from briefcli.lang.en import (
    BACKGROUND_LEADS,
    BACKGROUND_PARTICIPLES,
    DAY_COUNTS,
    DAY_ORDINALS,
    DEADLINE_LEADS,
    DURATION_CLOSES,
    DURATION_OPENS,
    FOLLOWING_DAYS,
    FOLLOWING_MONTHS,
    LEAD_TENSES,
    LENGTH_DETERMINERS,
    MONTH_LEADS,
    OWN_VERB_LEADS,
    PERIOD_PARTS,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKENDS,
    RELATIVE_WEEKS,
    SCHEDULE_PRESENTS,
    SINCE_LEADS,
    TRIP_RETURNS,
    VISIT_NOUNS,
    WEEKDAY_LEADS,
    WEEKDAY_NAMES,
)
from briefcli.model import Article, DateMention, Paragraph
from briefcli.regexes import alternation, pattern
from briefcli.text.dateline import inline_dateline

# "concluded a three-day meeting", "the opening of a 2-day forum": the length of the meeting a
# single date opens or closes.
_DURATION = pattern(
    rf"(?<![\w-])(?:(?P<close>{alternation(list(DURATION_CLOSES))})|(?P<open>{alternation(list(DURATION_OPENS))}))"
    # the day may stand between the verb and its object: "concluded [on Friday] a three-day visit"
    r"(?:\s+(?:on\s+\w+(?:\s+\w+){0,2}?|today|yesterday))?"
    rf"\s+(?:{alternation(sorted(LENGTH_DETERMINERS))})\s+"
    rf"(?P<n>\d{{1,2}}|{alternation(list(DAY_COUNTS))})[- ]day\b",
    re.IGNORECASE,
)
# "returned [home] on Sunday from a four-day mission", "flew back after a three-day visit": the
# day of the return is the trip's last ("after" a trip's noun only: not "after a two-day delay").
_COUNT = (
    rf"(?:{alternation(sorted(LENGTH_DETERMINERS))})\s+(?:\d{{1,2}}|{alternation(list(DAY_COUNTS))})[- ]day"
)
_TRIP = rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(sorted(VISIT_NOUNS))})\b"
_RETURN_FROM = pattern(
    rf"(?<![\w-])(?P<close>{alternation(list(TRIP_RETURNS))})(?:\s+home)?"
    r"(?:\s+(?:on\s+\w+(?:\s+\w+){0,2}?|today|yesterday))?\s+"
    rf"(?:from|after(?=\s+{_COUNT}\s+{_TRIP}))\s+(?:{alternation(sorted(LENGTH_DETERMINERS))})\s+"
    rf"(?P<n>\d{{1,2}}|{alternation(list(DAY_COUNTS))})[- ]day\b",
    re.IGNORECASE,
)
# "a two-day meeting that ended on Friday", "the three-day forum, which opened on Monday", "a
# four-day visit to Tarn, Lesotho, which began yesterday", "The three-day workshop opened on
# Monday": the length before the meeting's noun, the verb that opens or closes it in a relative
# clause or as its own.
_DURATION_AFTER = pattern(
    rf"(?<![\w-])(?P<n>\d{{1,2}}|{alternation(list(DAY_COUNTS))})[- ]day\s+"
    rf"(?:[\w'’-]+,?\s+){{0,4}}?[\w'’-]+,?\s+(?:(?:which|that)\s+)?"
    rf"(?:(?P<close>{alternation(list(DURATION_CLOSES))})|(?P<open>{alternation(list(DURATION_OPENS))}))(?![\w-])",
    re.IGNORECASE,
)
# "two days after the summit", "the summit held in Rome on": a date in the background (see
# ``BACKGROUND_LEADS``); an auxiliary before the participle makes it the clause's own verb.
_BACKGROUND = pattern(
    rf"(?<![\w-])(?:{alternation(list(BACKGROUND_LEADS))})(?![\w-])"
    rf"|(?<![\w-])(?!(?:{alternation(list(OWN_VERB_LEADS))})\s)[a-z]+\s+"
    rf"(?:{alternation(list(BACKGROUND_PARTICIPLES))})(?![\w-])"
)
# "asked members to report by December", "by the end of June", "no later than 30 June": the text
# right before a date that makes it a deadline.
_DEADLINE = pattern(
    rf"(?<![\w-])(?i:{alternation(list(DEADLINE_LEADS))})\s+(?:the\s+)?"
    rf"(?:(?:{alternation(list(PERIOD_PARTS))})\s+of\s+(?:the\s+)?)?(?:mid-?)?$"
)
_DEADLINE_REACH = 40  # characters: longer than any lead and its "the end of"
PAST_SLACK = 3  # days after the publication date a past-tense date may fall


# --- Small date arithmetic ---------------------------------------------------------------------


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


# --- Resolving ---------------------------------------------------------------------------------


def resolve_year(month: int, day: int | None, reference: dt.date, tense: int, *, exact: bool) -> int:
    """The year of a date given without one: of the years around ``reference``, the nearest,
    kept on or before it in a past clause (``tense`` -1) and on or after it in a future one (1).
    ``exact`` when the reference is the publication date; otherwise (a date elsewhere in the
    text) the limit has three months of slack."""
    # A past event a day or two after the release's date is no year old: a date line may be a
    # time zone behind, or the release written the day before ("dated 11 April: his call on the
    # Prime Minister on 12 April").
    after = reference + dt.timedelta(days=PAST_SLACK if exact else 92)  # latest day of a past clause
    before = reference - dt.timedelta(days=0 if exact else 92)  # earliest day of a future clause
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
        if (tense < 0 and first > after) or (tense > 0 and last < before):
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
    future: bool = False  # told in a clause to come: "she will travel to Dhaka on Thursday"
    past: bool = False  # told in a past clause: "held a workshop from Monday to Wednesday"


def _span_of(year: int, month: int, day: int | None) -> tuple[dt.date, dt.date]:
    if day is None:
        return dt.date(year, month, 1), dt.date(year, month, days_in_month(year, month))
    return dt.date(year, month, day), dt.date(year, month, day)


def _resolve_relative(
    raw: Raw, published: dt.date | None, anchor: _Resolved | None, tense: int
) -> _Resolved | None:
    assert raw.relative is not None
    key, phrase = raw.relative.split(":", 1)
    if key == "nthday":
        return _nth_day(phrase, anchor)
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
    if key == "weekend":
        return _weekend(published, RELATIVE_WEEKENDS[phrase], tense)
    if key == "week":
        # A week is finer than a month and coarser than the days a text dates: it is told as the
        # month holding most of its days (its Thursday's), and spans the whole week.
        monday = _monday(published) + dt.timedelta(weeks=RELATIVE_WEEKS[phrase])
        sunday = monday + dt.timedelta(days=6)
        thursday = monday + dt.timedelta(days=3)
        return _Resolved(_iso(thursday.year, thursday.month, None), None, monday, sunday)
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


_SATURDAY = 5


def _weekend(published: dt.date, lead: int, tense: int) -> _Resolved:
    """The Saturday and Sunday a weekend phrase names: the last one begun on or before the
    publication date ("met over the weekend" in a Monday's release; "last weekend" in a
    Sunday's is the one before), or in a future clause the next one ("will tour the coast this
    weekend")."""
    if lead > 0 or (lead == 0 and tense > 0):
        saturday = published + dt.timedelta(days=(_SATURDAY - published.weekday()) % 7)
    else:
        back = (published.weekday() - _SATURDAY) % 7
        saturday = published - dt.timedelta(days=back + (7 if lead < 0 and back <= 1 else 0))
    sunday = saturday + dt.timedelta(days=1)
    return _Resolved(saturday.isoformat(), sunday.isoformat(), saturday, sunday)


_DAY = "day"
_DAY_NUMBERS = {"one": 1, **DAY_COUNTS}


def _nth_day(phrase: str, anchor: _Resolved | None) -> _Resolved | None:
    """ "the second day", "the second and third days", "day two" of the meeting dated last: its first day
    plus one, and so on ("final" is its last day); only within a meeting of several days."""
    if anchor is None or anchor.first == anchor.last:
        return None
    length = (anchor.last - anchor.first).days + 1
    days = []
    words = phrase.split()
    for i, word in enumerate(words):
        if word in DAY_ORDINALS:
            n = DAY_ORDINALS[word] or length
        elif i > 0 and words[i - 1] == _DAY and (word.isdigit() or word in _DAY_NUMBERS):
            n = int(word) if word.isdigit() else _DAY_NUMBERS[word]  # "day two", "day 3"
        else:
            continue
        if n > length:
            return None
        days.append(anchor.first + dt.timedelta(days=n - 1))
    first, last = days[0], days[-1]
    if last < first:
        return None
    return _Resolved(first.isoformat(), last.isoformat() if last != first else None, first, last)


def _resolve_absolute(raw: Raw, reference: dt.date | None, exact: bool, tense: int) -> _Resolved | None:
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


_GOVERNED = 4  # characters between the verb of a relative clause and its date: " on "


def _with_duration(day: _Resolved, text: str, start: int, end: int, at: int = -1) -> _Resolved:
    """A single day made the range of the meeting its sentence opens or closes on it: "on Friday
    concluded a three-day session", "a three-day session that ended on Friday" is Wednesday to
    Friday."""
    found = text.find("day", start, end) >= 0
    m = (_DURATION.search(text, start, end) or _RETURN_FROM.search(text, start, end)) if found else None
    if m is None and found:  # the relative clause's verb governs the date at ``at``
        m = _DURATION_AFTER.search(text, start, end)
        if m is not None and not 0 <= at - m.end() <= _GOVERNED:
            m = None
    if m is None:
        return day
    n = int(m["n"]) if m["n"].isdigit() else DAY_COUNTS[m["n"].lower()]
    if not 2 <= n <= 14:
        return day
    length = dt.timedelta(days=n - 1)
    first, last = (day.first - length, day.first) if m["close"] else (day.first, day.first + length)
    return _Resolved(first.isoformat(), last.isoformat(), first, last)


_YEAR = pattern(r"(?<![\w/.-])(?:19|20)\d\d(?![\w/-])")


def _named_year(text: str) -> int | None:
    """The one year a text names, as an event's name does ("The 2017 Ports Symposium, held on
    May 24-25"): what a date without a year has when the article has no other; None when it
    names none or several."""
    years = {int(y) for y in _YEAR.findall(text)}
    return years.pop() if len(years) == 1 else None


class _YearInWords(NamedTuple):
    """A year the text names, with the word before it and the word after it (None when none)."""

    before: str | None
    start: int
    end: int
    after: str | None


_AFTER_YEAR = pattern(r"\s*(\w+)?")


def _years_in_words(text: str) -> Iterator[_YearInWords]:
    """Each year of the text with the words around it: a capitalised one makes it part of a name
    ("the 2030 Agenda", "Vision 2050", "the 2019 Summit"), not a year the text speaks of. The
    years are found first and their words read around them (a regex that tried a word before
    every year at every word of the text cost a millisecond an article). As such a regex would:
    a word after a year is not the next one's word before, and a year that opens a text or
    follows a mark is the word before a year right after it ("(2019 2020": 2020, after 2019)."""
    years = list(_YEAR.finditer(text))
    taken = 0  # where the last year's word after it ends
    i = 0
    while i < len(years):
        start, end = years[i].span()
        i += 1
        if start < taken:
            continue
        k = start
        while k > taken and text[k - 1].isspace():
            k -= 1
        w = k
        while w > taken and (text[w - 1].isalnum() or text[w - 1] in "_-"):
            w -= 1
        before = text[w:k] if w < k else None
        if k == start and i < len(years) and not text[end : years[i].start()].strip():
            before, (start, end) = text[start:end], years[i].span()
            i += 1
        after = _AFTER_YEAR.match(text, end)
        taken = after.end() if after else end
        yield _YearInWords(before, start, end, after[1] if after else None)


def _latest_year(article: Article) -> int | None:
    """The latest year the text names in running words ("described 2019 as a fruitful year",
    "the agreement signed in 2017"), not in a name ("Agenda 2063", "the 2030 Agenda"): the
    year an article without a publication date or any full date speaks from, for its dates
    without a year. Not a year that only a plan or a target carries (``_ahead``)."""
    years = [
        int(article.text[y.start : y.end]) for y in _years_in_words(article.text) if _spoken_of(article, y)
    ]
    return max(years) if years else None


def _spoken_of(article: Article, y: _YearInWords) -> bool:
    before = y.before or ""
    return (
        not (y.after or "a")[0].isupper()
        and not (before[:1].isupper() and before.lower() not in MONTH_LEADS)
        and not _ahead(article, y)
        and before.lower() not in SINCE_LEADS  # "tripled since 2020": a later year's text
    )


def _ahead(article: Article, y: _YearInWords) -> bool:
    """Whether a year is a horizon or the year of a plan: a target ("to link the grids by
    2030") or a future clause ("agreed to hold the next round in Lisbon in 2031", "the fair will
    open in 2029"). What is still to come says nothing of the year the text speaks from: the
    talks a release reports took place before the round they planned."""
    if (y.before or "").lower() in DEADLINE_LEADS:
        return True
    start, end = y.start, y.end
    sentences = article.sentences
    at = bisect.bisect_right(sentences, start, key=lambda s: s.start) - 1
    within = (sentences[at].start, sentences[at].end) if at >= 0 and start < sentences[at].end else None
    return clause_tense(article, start, end, within) > 0


class _Context(NamedTuple):
    """What resolving reads, built once per article: the sentences' bounds, and the dates
    with their own year (start offset, date) in text order, the references for those without."""

    article: Article
    today: dt.date | None  # the day relative dates count from (``_speaking_day``)
    bounds: dict[int, tuple[int, int]]
    explicit: list[tuple[int, dt.date]]
    explicit_starts: list[int]
    # the latest year the text names (``_latest_year``), when no date has one to count from
    latest: int | None
    # without a day to count from, the first date the text gives with its weekday ("opened on
    # Sunday, 21 June 2026"): the day another weekday counts from ("continues until Wednesday")
    named_day: dt.date | None = None


def _context(article: Article, found: list[tuple[Raw, int, int]]) -> _Context:
    explicit: list[tuple[int, dt.date]] = []
    for raw, p_index, _ in found:
        if raw.year is not None and raw.relative is None and _valid(raw.year, raw.month, raw.day):
            start = article.paragraphs[p_index].start + raw.start
            explicit.append((start, dt.date(raw.year, raw.month, raw.day or 1)))
    bounds = {s.index: (s.start, s.end) for s in article.sentences}
    latest = _latest_year(article) if article.published is None and not explicit else None
    today = _speaking_day(article) or _dateline_day(article, explicit, latest)
    if today is None and not explicit:
        today = headline_today(article)
    named = _named_day(article, explicit) if today is None and explicit else None
    return _Context(article, today, bounds, explicit, [pos for pos, _ in explicit], latest, named)


_WEEKDAY_REACH = 12  # characters before a date where its weekday stands: "Wednesday, "


def _named_day(article: Article, explicit: list[tuple[int, dt.date]]) -> dt.date | None:
    """The first date the text gives with the weekday it falls on, written beside it ("on
    Sunday, 21 June 2026"): the text fixes that weekday's week."""
    text = article.text
    for start, day in explicit:
        if (
            WEEKDAY_NAMES[day.weekday()]
            in text[max(0, start - _WEEKDAY_REACH) : start + _WEEKDAY_REACH].lower()
        ):
            return day
    return None


class _Anchors(NamedTuple):
    """The date the text gave last, the last with a day (a month alone has no "following
    day"), and where that one stands: (paragraph, sentence) and its end."""

    last: _Resolved | None = None
    day: _Resolved | None = None
    day_sentence: tuple[int, int] = (-1, -1)
    day_end: int = 0
    span: _Resolved | None = None  # the last date of several days: the visit a day of it is in
    # the last day told as no plan (``_Resolved.future``): the story's day, which "earlier the
    # same day" in a past clause counts from, past a plan told after it
    told: _Resolved | None = None

    def after(self, tense: int) -> _Resolved | None:
        """What "the same day", "the next day" count from in a clause of ``tense``: the last
        day, but in a past clause not a plan's ("She will travel to Dhaka on Thursday. |
        Earlier the same day, she met ...": the story's day)."""
        day = self.day
        if day is not None and day.future and tense < 0 and self.told is not None:
            return self.told
        return day

    def days_of(self) -> _Resolved | None:
        """What "the last day" counts in: the last date with a day when it spans several, else
        the span it falls in ("a three-day visit" ... "On Thursday, ..." ... "On the last
        day, ...": the visit's)."""
        day, span = self.day, self.span
        if day is None or day.first != day.last or span is None:
            return day
        return span if span.first <= day.first <= span.last else day


# The end of a state that lasts, not past by its clause: "until Friday" is the coming one.
_UNTIL = (" until", " till")


def _until_tense(article: Article, s_start: int, offset: int) -> int:
    """The tense of the end "until" gives at ``offset``: past when its own words are ("stayed
    until Friday"), else to come ("The forum, which runs until Friday, has drawn ...", "holds
    the chair until December"), whatever the tense of a clause after it."""
    left = max(s_start, article.text.rfind(",", s_start, offset) + 1)
    return -1 if tense_between(article, left, offset) < 0 else 1


# A timetable's present before a weekday, a place or a few words maybe between (not a range's
# "from"): "ends [on] Thursday", "opens Monday", "returns home on Saturday", "arrives in Apia on
# Monday".
_SCHEDULED = pattern(
    rf"\b(?:{alternation(sorted(SCHEDULE_PRESENTS))})\s+"
    rf"(?:(?!(?:from|between|until|till|through)\b)(?:[a-z]+|[A-Z][\w'’-]*)\s+){{0,3}}?(?:on\s+)?$"
)
_SCHEDULE_REACH = 50  # characters before the weekday: the verb and three words


def _resolve(context: _Context, raw: Raw, p: Paragraph, sentence: int, anchors: _Anchors) -> _Resolved | None:
    """A raw date resolved: its year from the publication date (or the nearest date with a
    year), a relative one counted from the publication date or the last date given."""
    article = context.article
    offset = p.start + raw.start
    tense = 0
    if raw.year is None or (raw.end_month is not None and raw.end_year is None):
        s_start, s_end = context.bounds.get(sentence, (p.start, p.end))
        s_end = max(s_end, p.start + raw.end)
        tense = clause_tense(article, offset, p.start + raw.end, (s_start, s_end))
        if article.text[max(0, offset - 7) : offset].rstrip().endswith(_UNTIL):
            tense = _until_tense(article, s_start, offset)
    if raw.relative is not None:
        if (
            tense == 0
            and raw.relative.startswith("weekday:")
            and _SCHEDULED.search(article.text, max(0, offset - _SCHEDULE_REACH), offset)
        ):
            tense = 1  # "The conference ends on Thursday": a timetable's present, the coming one
        if raw.relative.startswith("nthday:"):
            base = anchors.days_of()
        else:
            base = anchors.after(tense) if raw.relative.startswith("after:") else anchors.last
        # the text's own day counts forward for a weekday to come; one told in the past is in
        # its week ("On Tuesday, ministers met" after "opened on Monday, 3 May", ``_in_named_week``)
        named = context.named_day if tense > 0 and raw.relative.startswith("weekday:") else None
        today = context.today or named
        resolved = _resolve_relative(raw, today, base, tense)
        if resolved is None and context.named_day is not None and context.today is None:
            resolved = _in_named_week(raw, context.named_day)
    else:
        tense = LEAD_TENSES.get(raw.lead or "", tense)
        # a wire's date line without a year, its year fixed by the text, is the release's day
        reference, exact = article.published or context.today, True
        if reference is None and context.explicit:
            before = bisect.bisect_right(context.explicit_starts, offset)
            reference, exact = context.explicit[before - 1 if before else 0][1], False
        if reference is None:
            s_start, s_end = context.bounds.get(sentence, (p.start, p.end))
            here = article.text[s_start:s_end]
            year = _named_year(here) or _named_year(article.title or "")
            if year is None and _YEAR.search(here) is None:  # the sentence's years would be its own
                year = context.latest
            reference, exact = (dt.date(year, raw.month, 1), False) if year else (None, False)
        resolved = _resolve_absolute(raw, reference, exact, tense)
    if (
        resolved is not None
        and resolved.until is None
        and len(resolved.date) == len("2021-10-23")
        and not _in_dateline(article, p, raw)
    ):
        s_start, s_end = context.bounds.get(sentence, (p.start, p.end))
        s_start = max(s_start, offset - CLAUSE_REACH)  # bounded: linear on unpunctuated text
        s_end = min(s_end, p.start + raw.end + CLAUSE_REACH)
        resolved = _with_duration(resolved, article.text, s_start, s_end, offset)
    if tense and resolved is not None:
        resolved = resolved._replace(future=tense > 0, past=tense < 0)
    return resolved


def _in_named_week(raw: Raw, named: dt.date) -> _Resolved | None:
    """A weekday told without "last" or "next" in a text with no day to count from but the
    one it dates with its weekday: that day's week, Monday to Sunday, as a visit's programme is
    told ("received the Minister on Thursday, 6 March" | "On Friday, the delegation visited ...":
    7 March). Only a weekday told in the past gets here; one to come counts from that day."""
    assert raw.relative is not None
    key, phrase = raw.relative.split(":", 1)
    if key != "weekday" or WEEKDAY_LEADS[raw.lead or "on"] != 0:
        return None
    day = _monday(named) + dt.timedelta(days=WEEKDAY_NAMES.index(phrase.lower()))
    return _Resolved(day.isoformat(), None, day, day)


# A weekday that opens a range of days: "ran from Monday to Wednesday", "between Monday and
# Wednesday": the range ends on the next such day after it.
@cache
def _weekday_end() -> re.Pattern[str]:
    days = alternation([d.capitalize() for d in WEEKDAY_NAMES])
    return pattern(rf"\s+(?P<joint>to|until|till|through|and)\s+(?P<last>{days})\b")


_PAIR_LEADS = frozenset(WEEKDAY_LEADS) - {"until", "till"}
_RANGE_OPENS = {"from": frozenset({"to", "until", "till", "through"}), "between": frozenset({"and"})}


class _SecondDay(NamedTuple):
    """The second of two weekdays apart ("on Tuesday and Friday"): its day and its span."""

    day: _Resolved
    start: int
    end: int


def _weekday_range(
    day: _Resolved, text: str, start: int, end: int
) -> tuple[_Resolved, int, _SecondDay | None]:
    """A weekday's day made the first of the range its closing weekday ends ("from Monday to
    Wednesday", "between Monday and Wednesday", "on Monday and Tuesday" of two days in a row),
    and where the range's words end; the day and ``end`` when none does. Two weekdays apart
    after a lead ("on Tuesday and Friday") are two days: the second is the first one after the
    first day."""
    m = _weekday_end().match(text, end)
    if m is None:
        return day, end, None
    if day.until is not None:  # "a three-day workshop from Monday to Wednesday": the range says it
        day = day._replace(until=None, last=day.first)
    opening = text[max(0, start - 8) : start].split()
    # two days that follow one another are the span of both: "met on Monday and Tuesday", "last
    # Thursday and Friday"
    paired = m["joint"] == "and" and text[start:end].split(maxsplit=1)[0].lower() in _PAIR_LEADS
    if not (paired or (opening and m["joint"] in _RANGE_OPENS.get(opening[-1], ()))):
        return day, end, None
    shift = (WEEKDAY_NAMES.index(m["last"].lower()) - day.first.weekday()) % 7
    if shift == 0:
        return day, end, None
    last = day.first + dt.timedelta(days=shift)
    if paired and shift != 1:
        second = _Resolved(last.isoformat(), None, last, last)
        return day, m.end(), _SecondDay(second, start, m.end())  # both told by the whole phrase
    return day._replace(until=last.isoformat(), last=last), m.end(), None


# A week named right after a weekday or a range of them: "on Monday [last week]", "from Monday to
# Wednesday [of next week]".
_WEEK_AFTER = pattern(rf"\s+(?:of\s+)?(?P<week>{alternation(list(RELATIVE_WEEKS))})\b", re.IGNORECASE)


def _weekdays_placed(
    day: _Resolved, second: _SecondDay | None, text: str, end: int, today: dt.date | None, ranged: bool
) -> tuple[_Resolved, _SecondDay | None, int]:
    """A weekday (or a range of them ending at ``end``) moved into the week named right after it
    ("held a workshop on Monday last week" in a Tuesday's release: the Monday of the week
    before, its week phrase no date of its own), or, a range of weekdays (``ranged``) told in a
    past clause, back a week when it would end after the release ("held a workshop from Monday
    to Wednesday" in a Tuesday's release was the week before)."""
    if today is None:
        return day, second, end
    m = _WEEK_AFTER.match(text, end)
    if m is not None:
        monday = _monday(today) + dt.timedelta(weeks=RELATIVE_WEEKS[m["week"].lower()])
        shift = monday + dt.timedelta(days=day.first.weekday()) - day.first
        end = m.end()
    elif ranged and day.past and day.last > today:  # not "a three-day forum opened on Monday"
        shift = -dt.timedelta(weeks=1)
    else:
        return day, second, end
    if second is not None:
        second = second._replace(day=_shifted(second.day, shift))
    return _shifted(day, shift), second, end


def _shifted(day: _Resolved, shift: dt.timedelta) -> _Resolved:
    first, last = day.first + shift, day.last + shift
    return day._replace(
        date=first.isoformat(), until=last.isoformat() if day.until else None, first=first, last=last
    )


def _in_dateline(article: Article, p: Paragraph, raw: Raw) -> bool:
    """Whether a date stands in the date line opening the first paragraph ("Nairobi, 22 March
    2024 – The Minister concluded a two-day visit on 21 March"): the day it was filed, which the
    sentence's "two-day visit" does not make a range."""
    return p.index == 0 and p.start + raw.end <= article.dateline_end


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
        and _BACKGROUND.search(text, max(anchors.day_end, start - CLAUSE_REACH), start) is not None
    )
    if background:
        return anchors._replace(last=resolved)
    day = anchors.day
    if (
        day is not None
        and day.first == day.last
        and resolved.first < resolved.last
        and resolved.first <= day.first <= resolved.last
    ):
        # a span holding the last day leaves that day the anchor: "held talks on 19 June as part
        # of his visit from 18 to 20 June. | The same day, ..." is 19 June
        return anchors._replace(last=resolved, span=resolved)
    days = resolved if resolved.first != resolved.last else anchors.span
    told = anchors.told if resolved.future or _in_which_clause(text, start) else resolved
    return _Anchors(resolved, resolved, where, end, days, told)


def _in_which_clause(text: str, at: int) -> bool:
    """Whether a date at ``at`` is told in a relative clause of its sentence ("The Dialogue,
    which opened on 26 November, drew 300 people"): a thing's day, not the story's scene."""
    which = text.rfind(", which ", max(0, at - CLAUSE_REACH), at)
    return which >= 0 and text.find(". ", which, at) < 0


class RelativeDay(NamedTuple):
    """A relative date phrase the text gives ("last Friday", "this week", "yesterday"), its span
    in Article.text and the first and last day it stands for."""

    start: int
    end: int
    first: dt.date
    last: dt.date


def _resolved_all(article: Article) -> Iterator[tuple[Raw, DateMention, _Resolved]]:
    """Every date the body text gives, resolved, in text order (see ``find_dates``)."""
    found = raw_dates(article)
    context = _context(article, found)
    anchors = _Anchors()
    closed = 0  # where the last range of weekdays ends: its closing weekday is no date of its own
    for raw, p_index, sentence in found:
        p = article.paragraphs[p_index]
        start, end = p.start + raw.start, p.start + raw.end
        if start < closed or _DEADLINE.search(article.text, max(p.start, start - _DEADLINE_REACH), start):
            continue  # nothing happens on a deadline
        resolved = _resolve(context, raw, p, sentence, anchors)
        if resolved is None:
            continue
        second = None
        if raw.relative is not None and raw.relative.startswith("weekday:"):
            resolved, closed, second = _weekday_range(resolved, article.text, start, end)
            ranged = closed > end
            resolved, second, closed = _weekdays_placed(
                resolved, second, article.text, closed, context.today, ranged
            )
            end = closed
        if raw.relative is not None and raw.relative.startswith("nthday:"):
            anchors = anchors._replace(last=resolved)  # a day of the meeting: the meeting stays the anchor
        else:
            anchors = _moved(anchors, article.text, resolved, (p_index, sentence), (start, end))
        yield (
            raw,
            DateMention(start, end, resolved.date, resolved.until, p_index, sentence, raw.form),
            resolved,
        )
        if second is not None:  # "on Tuesday and Friday": Friday is a day of its own
            anchors = _moved(
                anchors, article.text, second.day, (p_index, sentence), (second.start, second.end)
            )
            mention = DateMention(
                second.start, second.end, second.day.date, None, p_index, sentence, raw.form
            )
            yield raw._replace(start=second.start - p.start, end=second.end - p.start), mention, second.day


def find_dates(article: Article) -> tuple[DateMention, ...]:
    """Every date the body text gives, in text order, each with its span, paragraph and sentence."""
    mentions: list[DateMention] = []
    weeks: dict[int, tuple[dt.date, dt.date]] = {}  # mention index -> the week it tells
    for raw, mention, resolved in _resolved_all(article):
        if raw.relative is not None and raw.relative.startswith("week:"):
            weeks[len(mentions)] = (resolved.first, resolved.last)
        mentions.append(mention)
    return tuple(m for i, m in enumerate(mentions) if i not in weeks or not _days_within(mentions, *weeks[i]))


def relative_days(article: Article) -> tuple[RelativeDay, ...]:
    """The relative date phrases the text gives that count from the publication date (or a
    date line's day), with the days each stands for; a week the text also dates a day of is
    kept: "met this week" stands for its week whatever ``find_dates`` keeps."""
    return tuple(
        RelativeDay(m.start, m.end, r.first, r.last)
        for raw, m, r in _resolved_all(article)
        if raw.relative is not None and raw.relative.split(":", 1)[0] in _COUNTED_FROM_TODAY
    )


_COUNTED_FROM_TODAY = frozenset({"day", "weekend", "week", "month", "weekday"})
_DAY_BY_ORDER = "nthday"  # "the final day", "the second day" of a meeting


def lead_day_by_order(article: Article) -> bool:
    """Whether the lead sentence names a day of a gathering by its order ("The Minister held
    talks on the final day of the Summit") and the text gives no other date at all: a release
    that reports one day of a meeting of several without dating it is that day's report, and
    the day is the date line's."""
    if not article.paragraphs or not article.paragraphs[0].sentences:
        return False
    first = article.paragraphs[0]
    lead = first.sentences[0]

    def by_order(raw: Raw) -> bool:
        return raw.relative is not None and raw.relative.split(":", 1)[0] == _DAY_BY_ORDER

    # the lead's own dates first: most leads name no day by order, and the whole text's dates
    # need not be read again
    if not any(by_order(raw) and i == 0 for raw, i in paragraph_dates(article, first)):
        return False
    found = raw_dates(article)
    return all(by_order(raw) for raw, _, _ in found) and any(s == lead.index for _, _, s in found)


def _days_within(mentions: list[DateMention], first: dt.date, last: dt.date) -> bool:
    """Whether the text dates a day of the week ``first``..``last``: "met this week with the
    Minister ... On 24 November, ..." tells its days, and the week adds none."""
    first_iso, last_iso = first.isoformat(), last.isoformat()
    return any(len(m.date) == len("2021-10-23") and first_iso <= m.date <= last_iso for m in mentions)


class HeadlineDate(NamedTuple):
    date: str
    until: str | None
    start: int  # offsets into the headline
    end: int


def headline_dates(article: Article) -> tuple[HeadlineDate, ...]:
    """The full dates (or ranges of days) the headline gives: "Official visit to Egypt from 5
    to 7 December 2009" -> 2009-12-05 until 2009-12-07. A date without a year takes the
    publication date's; a month alone is no day the headline tells."""
    if not article.title:
        return ()
    found: list[HeadlineDate] = []
    for raw in text_dates(article.title):
        if raw.day is None:
            continue
        resolved = _resolve_absolute(raw, article.published, True, 0)
        if resolved is not None:
            found.append(HeadlineDate(resolved.date, resolved.until, raw.start, raw.end))
    return tuple(found)


def headline_today(article: Article) -> dt.date | None:
    """The one day a headline gives (with its year) in an article with no publication date and
    no other full date: the day the release speaks from, which its weekdays count back from
    ("Minister hosts seed dialogue (12 March 2024)" over "on Monday hosted": 11 March)."""
    if article.published is not None or not article.title:
        return None
    days = headline_dates(article)
    if len(days) != 1 or days[0].until is not None:
        return None
    return dt.date.fromisoformat(days[0].date)


# How many days before the publication date a headline's date may fall and still be the day the
# release speaks of as "today": a release dated the next morning, or in a time zone ahead.
_HEADLINE_DAY_SLACK = 2


def _speaking_day(article: Article) -> dt.date | None:
    """The day "today" and "yesterday" count from: the publication date, or the one day the
    headline gives when it falls a day or two before it ("..., 24 September 2012" over a
    release dated 25 September: the meeting "today" was on the 24th)."""
    published = article.published
    days = headline_dates(article) if published is not None else ()
    if published is None:
        return published
    if len(days) != 1 or days[0].until is not None:
        return _lead_dateline_day(article, published) or published
    day = dt.date.fromisoformat(days[0].date)
    return day if dt.timedelta(0) < published - day <= dt.timedelta(days=_HEADLINE_DAY_SLACK) else published


def _lead_dateline_day(article: Article, published: dt.date) -> dt.date | None:
    """The day of the date line opening the lead when it falls a day or two before the
    publication date: "Vell, 13 March 2025 – The President arrived today ..." under a release
    dated 14 March was filed on the 13th, its "today"."""
    if not article.paragraphs:
        return None
    first = article.paragraphs[0]
    head = article.text[first.start : first.start + _DATELINE_REACH]
    if not any(c.isdigit() for c in head):
        return None  # the cheap test first: no date line opens a lead without a digit
    line = inline_dateline(article.text[first.start : first.end])
    day = line.date if line is not None else None
    if day is None or not dt.timedelta(0) < published - day <= dt.timedelta(days=_HEADLINE_DAY_SLACK):
        return None
    return day


_DATELINE_REACH = 48  # characters a lead's date line fits in: "PORT-AU-PRINCE, 13 September 2025 –"


def dateline_day(article: Article) -> dt.date | None:
    """The day of the first paragraph's date line without a year ("KARACHI, Mar 3 (APP):"), for
    an article without a publication date, with the year the text fixes (``_dateline_day``):
    the day its relative dates count from. None when the text fixes no year: one is never
    guessed."""
    if article.published is not None:
        return None
    return _context(article, raw_dates(article)).today


def _reference_tense(article: Article, start: int) -> int:
    """The tense of the clause of the date at ``start``: a release is written after what its past
    clauses tell ("KARAKOL, June 3 - ... The two services last met in November 2024": 3 June
    2025) and before what its future ones do."""
    sentences = article.sentences
    at = bisect.bisect_right(sentences, start, key=lambda s: s.start) - 1
    within = (sentences[at].start, sentences[at].end) if at >= 0 and start < sentences[at].end else None
    return clause_tense(article, start, start + 1, within)


def _dateline_day(
    article: Article, explicit: list[tuple[int, dt.date]], latest: int | None
) -> dt.date | None:
    """The day of a date line without a year, for an article without a publication date:
    "ISLAMABAD, 19 MAY (DNA) – ... called on the Minister here on Thursday" counts Thursday from
    19 May. Its year is the one of the text's first date with a year (the nearest to the date
    line; of the years around it, the nearest), else the year the headline or the text names."""
    if not article.paragraphs:
        return None
    first = article.paragraphs[0]
    line = inline_dateline(article.text[first.start : first.end])
    if line is None or line.month_day is None:
        return None
    month, day = line.month_day
    if explicit:
        start, reference = explicit[0]
        year = resolve_year(month, day, reference, -_reference_tense(article, start), exact=False)
    else:
        year = _named_year(article.title or "") or latest or 0
    return dt.date(year, month, day) if year and _valid(year, month, day) else None
