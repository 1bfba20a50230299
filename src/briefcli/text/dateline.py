"""Recognise a press release's date line: "25 October 2021", "Geneva, January 24, 2003",
"Thursday 9 June 2022", "Published 22 November 2018", "23/02/2017"; and the date line that
opens the first paragraph: "MONTRÉAL, 28 OCTOBER 2015 The President ...", "Tunis, 4 May 2019
(TAP) – ...", "Dubai-UAE: 15 May, 2013 – ...", "ISLAMABAD: The Ambassador ...".

A date line is short and holds one full calendar date, optionally with a place and a weekday,
and nothing else. A line holding a range ("5-6 October 2011") or a sentence is not a date line.
What a date line may carry besides: a word that says what the date is ("Published", "Posted
on:", see ``PUBLICATION_WORDS``), with the author before the date ("Posted by Press Office on
14/05/2026"), a news agency's tag ("(TAP)", "(ILO News)", "/PRNewswire/"), a colon after
the place. A country in brackets is part of the place ("Victoria (Seychelles)").

A date line in brackets opens the first paragraph too: "(Honiara, Thursday 9 April 2026) The
Speaker ...". At the head of the first paragraph, the date line ends at a dash ("Accra, 9 June 2022 – ...",
Spanish style's "Santiago, 19.10.2021.- ..."),
or at a colon ("ISLAMABAD: ..."), or, written in capitals as wire copy is, right before the
sentence ("LIMA, 3 MARCH 2019 The Director ..."), or at a wire agency's tag in brackets, which
ends the line as a dash does ("NEW DELHI, Nov 8 (PTI) The Minister ..."); a place and a date may
each be closed by a dash ("Nuku'alofa, TONGA – 26 July 2019 – The ministers ..."). A place alone there,
with no date, is a date line too when it is a known place or written in capitals ("ISLAMABAD:",
"Rome - The FAO ..."); it gives the place, not the publication date. So does a place before a
date without a year ("KARACHI, Mar 3 (APP):"), and a place with its country or state
("BRUSSELS, Belgium –", "SPRINGFIELD, Ill. –"). A site's publication line may name its
category or author after the date ("Posted on 3 May 2019 in News"): no place.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from briefcli.lang.en import (
    CITIES,
    DATE_LINE_MONTHS,
    DATE_PREPOSITIONS,
    HIJRI_MONTHS,
    KNOWN_PLACES,
    MONTH_LEADS,
    MONTHS,
    NOT_DATELINE_PLACES,
    NOT_NAME_WORDS,
    ORG_CUES,
    PAST_FORMS,
    PUBLICATION_WORDS,
    RELEASE_LABELS,
    STATE_ABBREVIATIONS,
    STATES,
    VENUE_NOUNS,
    WEEKDAY_NAMES,
    WEEKDAYS,
)
from briefcli.regexes import alternation, pattern

_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"  # "March", "Sept.", "septiembre", "février"
_DAY = r"(?P<day>\d{1,2})(?i:st|nd|rd|th)?"  # "7th", "7TH MARCH 2026"
_YEAR = r"(?P<year>(?:19|20)\d\d)"


# Five orders: "25 October 2021" (or "25-Oct-2021"), "October 25, 2021", "2021-10-25" (a time
# may follow: "2021-10-25T09:30:00Z"), "25/10/2021" (day first, as
# ``briefcli.analysis.dateforms`` reads numbers), "2021/10/25".
@cache
def _date_forms() -> tuple[re.Pattern[str], ...]:
    """The forms, compiled when a date line is first read (not at every command's start)."""
    return (
        # also "03-Oct-2023", "20 de marzo de 2025"
        pattern(rf"{_DAY}(?:\s+(?:of\s+|de\s+)?|-){_MONTH}(?:,?\s+|-|\s+de\s+){_YEAR}"),
        pattern(
            rf"{_MONTH}(?:\s+|(?<=\.)){_DAY}(?:,?\s+|/){_YEAR}"
        ),  # also "Sep.22, 2016", "February 14/2024"
        pattern(r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)"),
        # "23/02/2017", "23.02.2017", "21-07-2017": day first, as outside the US; "18 / 02 / 2026"
        pattern(
            r"(?<![\d/.-])(?P<day>\d{1,2})( ?[/.-] ?)(?P<month>\d{1,2})\2(?P<year>(?:19|20)\d\d)(?![\d/-])"
        ),
        # "2016/09/22", "2026.03.05" (as East Asian sites write it)
        pattern(r"(?<![\d/.])(?P<year>(?:19|20)\d\d)([/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?![\d/.])"),
    )


# A time after the date: "September 22, 2016 10:30 AM", "22 September 2016 - 14:05 GMT".
@cache
def _time() -> re.Pattern[str]:
    return pattern(
        r"^\s*(?:[-–—,|@]\s*)?(?:at\s+|T)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?"
        r"(?:\s*[AaPp]\.?[Mm]\.?|\s*hrs\b)?(?:\s*\(?[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?"  # "GMT+8"
    )


# What may stand beside the date: a place made of capitalised words ("Bangkok Thailand",
# "State House, Accra, Ghana"), two places of a joint release ("Lisvik / Varen") or a weekday.
_PLACE_WORD = pattern(r"[A-Z][\w'’.-]*|of|de|du|la|le|el|al|the|and|[-–—]|/")
_MAX_LINE = 100
# A news agency's tag: "(TAP)", "(MIA)", "(Xinhua)", "/PRNewswire/"; or the issuing office's
# name, small words inside it: "(Ministry of Foreign Affairs)", "(Office of the President)".
_TAG = pattern(
    r"\(\s*(?P<tag>[A-Z][\w&.’'-]{0,14}(?:\s(?:(?:of|the|and|for|on)\s){0,2}[A-Z][\w&.’'-]{0,14}){0,3})\s*\)"
    r"|/\s*[A-Z][\w .-]{1,30}/"
)
# A date in brackets after the place, as the UN writes it: "GENEVA (5 June 2017) –".
_BRACKETED_DATE = pattern(r"\(\s*(?P<date>[^()]{0,25}\b(?:19|20)\d\d)\s*\)")
# The place's end before the date: "Dubai-UAE: 15 May", "GENEVA, 17 May", "MANILA 25 June".
_EDGE = " ,.:;–—-|"


class Dateline(NamedTuple):
    date: dt.date | None  # None: a place alone ("ISLAMABAD: The Ambassador ...")
    place: str | None
    date_first: bool = False  # the date before the place: "21 December 2021, Bangkok Thailand"
    end: int = 0  # at the head of a paragraph: where its sentence starts
    month_day: tuple[int, int] | None = None  # a date without a year: "KARACHI, Mar 3 (APP):"
    # "03/07/2026": read day first, though month first reads it too, as the United States writes
    swappable: bool = False


@cache
def _lead_words() -> re.Pattern[str]:
    words = alternation(PUBLICATION_WORDS)
    return pattern(rf"^(?i:{words})\b\s*:?\s*")


def _to_date(m: re.Match[str]) -> dt.date | None:
    month_text = m.group("month")
    low = month_text.lower()
    month = int(month_text) if month_text.isdigit() else MONTHS.get(low) or DATE_LINE_MONTHS.get(low)
    if month is None:
        return None
    try:
        return dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None


# A capitalised word that opens a sentence, not a place: "On 3 May 2019, ...", "In June".
_NOT_PLACE_FIRST = frozenset(w.capitalize() for w in (*MONTH_LEADS, *DATE_PREPOSITIONS))


def _is_place(text: str) -> bool:
    words = text.replace(",", " ").split()
    return (
        bool(words)
        and len(words) <= 8
        and words[0] not in _NOT_PLACE_FIRST
        and all(_PLACE_WORD.fullmatch(w) for w in words)
    )


_BESIDE_DATE = pattern(r"[\s,]+")


def _place(part: str) -> str | None:
    """The place in a piece beside the date, without weekdays; None if it holds none."""
    words = [w for w in _BESIDE_DATE.split(part) if w and w.lower().rstrip(".") not in WEEKDAYS]
    return " ".join(words) if words else None


def _untagged(line: str) -> str:
    """The line without a leading "Published", an agency's tag, or a country's brackets: "Tunis,
    4 May 2019 (TAP)" -> "Tunis, 4 May 2019"; "Victoria (Seychelles)" -> "Victoria, Seychelles";
    "GENEVA (5 June 2017)" -> "GENEVA, 5 June 2017"."""
    line = _lead_words().sub("", line, count=1).replace("[", "(").replace("]", ")")  # "New Delhi [India]"
    line = _BRACKETED_DATE.sub(lambda m: f", {m.group('date')}", line)

    def untag(m: re.Match[str]) -> str:
        tag = m.group("tag")
        return f", {tag}" if tag is not None and tag.casefold() in KNOWN_PLACES else " "

    return _SPACE_BEFORE_COMMA.sub(",", " ".join(_TAG.sub(untag, line).split()))


# "New Delhi [India]" reads "New Delhi , India" once its brackets give way to a comma.
_SPACE_BEFORE_COMMA = pattern(r"\s+,")


# A reading time beside the date: "7 March 2026 | 2 min read".
_READING_TIME = pattern(r"^\s*\d{1,2}\s*(?:min|mins|minutes?)\.?\s+read\s*$", re.IGNORECASE)


# What a site's publication line may add after its date: "Posted on 3 May 2019 in News",
# "Published 3 May 2019 by the Press Office", "Posted 3 May 2019 | Statements".
@cache
def _after_publication() -> re.Pattern[str]:
    return pattern(r"^\s*(?:(?:in|by|under)\s|\|)")


# A blog's author after its date, with no word before the date: "March 7, 2026 by Admin".
_BYLINE = pattern(r"^\s*(?:[-–—|,]\s*)?by\s+[A-Z]")


def is_byline(line: str) -> bool:
    """Whether a line names the article's author: "By Amina Yusuf, Correspondent"."""
    return _AUTHOR_LINE.match(line) is not None and len(line.split()) <= _BYLINE_WORDS


_AUTHOR_LINE = pattern(r"\s*(?i:by)\s+[A-Z]")
_BYLINE_WORDS = 8  # "By Amina Yusuf, Senior Correspondent, Lagos Bureau"


def _without_labels(before: str, after: str) -> tuple[str, str]:
    """A site's labels set off by "|" beside the date are no place: "Press Release | 22 May
    2019", "22 May 2019 | News"; a known place so set off stays ("Geneva | 22 May 2019")."""
    if "|" in before:
        label, _, rest = before.rpartition("|")
        segments = [segment.strip(_EDGE) for segment in label.split("|")]
        places = [segment for segment in segments if _known_place_line(segment)]
        if places and not rest.strip(_EDGE):
            before = places[-1]  # "Geneva | 22 May 2019", "Geneva | Press release | 22 May 2019"
        elif all(_label(segment) or segment in places for segment in segments):
            # "News | Posted on 21 June 2024", "Westbridge Institute | Event report | 8 April 2027"
            before = _lead_words().sub("", rest.strip(), count=1)
    if "|" in after:
        rest, _, label = after.partition("|")
        labels = label.split("|")  # "5 March 2026 | Press Releases | Ministry of Trade"
        if _known_place_line(label.strip(_EDGE)) and not rest.strip(_EDGE):
            after = label
        elif all(_label(part) or _READING_TIME.match(part) or _issuer(part) for part in labels):
            after = rest
    # a kind of release set off by a dash: "7 Mar 2026 — News", "Press release – 7 March 2026";
    # the issuing office: "7 March 2026 - Ministry of Trade"
    if after.strip(_EDGE).casefold() in RELEASE_LABELS or _issuer(after):
        after = ""
    if before.strip(_EDGE).casefold() in RELEASE_LABELS or _issuer(before) or _numbered(before):
        before = ""
    return before, after


# A release's number after its label: "Press Release No. 12/2026", "Release No. 045/2026".
_RELEASE_NO = pattern(r"(?:^|\s+)(?:no|nr|number)\.?\s*\d[\d/.-]*\s*$", re.IGNORECASE)


def _numbered(text: str) -> bool:
    """Whether words before a date are a release's label and number: "Press Release No. 12/2026 |",
    "Release No. 045/2026 –"."""
    part = text.strip(" |–—-")
    m = _RELEASE_NO.search(part) if part[-1:].isdigit() else None
    return m is not None and (m.start() == 0 or _label(part[: m.start()]))  # after "Press Release", read


_OF_WORDS = frozenset({"of", "for"})


def _issuer(text: str) -> bool:
    """Whether words beside a date name the office that issued the release, no place: an
    organization's noun before "of" ("Ministry of Trade", "Office of the President") or ending
    them ("Press Office"); not a known place ("Port of Spain")."""
    words = text.strip(_EDGE).split()
    if len(words) < 2:
        return False
    if not _is_place(text.strip(_EDGE)):
        return _plain_issuer(words)  # a sentence's words are no office's name
    cue = any(
        w.lower() in ORG_CUES and w[0].isupper() and (k + 1 < len(words) and words[k + 1] in _OF_WORDS)
        for k, w in enumerate(words)
    )
    if not cue and not (words[-1][0].isupper() and words[-1].lower() in ORG_CUES):
        return False
    return not _known_place_line(text.strip(_EDGE))


_PLAIN_ISSUER_WORDS = 4


def _plain_issuer(words: list[str]) -> bool:
    """An issuing office written in sentence case: a capital, then lower-case words ending on an
    organisation's noun ("Ministry press service", "Press office"); no sentence, whose words
    hold a verb ("Ana Ruiz met the office")."""
    return (
        len(words) <= _PLAIN_ISSUER_WORDS
        and words[-1] in ORG_CUES
        and words[0][:1].isupper()
        and all(w.islower() for w in words[1:])
        and _verbless(words[1:])
    )


_PAST = frozenset(PAST_FORMS)


def _verbless(words: list[str]) -> bool:
    """Whether words after a capital hold no verb a sentence would have: letters only, no past
    form ("met", "adopted"): a label's or an office's name, not a clause."""
    return all(w.isalpha() and w not in _PAST and not w.endswith("ed") for w in words)


def _known_place_line(text: str) -> bool:
    """A known place, or a place and its country ("Apia, Samoa"), which no site's label is."""
    return known_place(text) or _known_parts(text)


# A Hijri date beside the Gregorian one: "Riyadh, Safar 10, 1445, Aug 26, 2023", "10 Safar 1445".
@cache
def _hijri() -> re.Pattern[str]:
    months = "|".join(re.escape(m) for m in sorted(HIJRI_MONTHS, key=len, reverse=True))
    return pattern(
        rf"(?i:\b(?:(?:{months})\s+\d{{1,2}},?\s+|\d{{1,2}}\s+(?:{months}),?\s+)1[34]\d\d\b(?:\s*(?:AH|H)\b)?)"
    )


_MAX_TAG_LETTERS = 6


def _agency_tag(text: str) -> bool:
    """Whether the words after a date are a news agency's tag without its brackets: "SPA",
    "WAM" (a short word in capitals that no table knows as a place)."""
    word = text.strip(_EDGE)
    return word.isalpha() and word.isupper() and len(word) <= _MAX_TAG_LETTERS and not known_place(word)


def _agency_word(before: str, after: str) -> bool:
    """Whether the one word after a date, a known place before it, is a news agency's name:
    "Astana, 5 March 2026, Kazinform –" (its place is the one before)."""
    word = after.strip(_EDGE)
    if not word or " " in word or not word[0].isupper():
        return False
    return _known_place_line(before.strip(_EDGE)) and not known_place(word)


def _without_hijri(text: str) -> str:
    """The text without a Hijri date: what stands beside it may be a place."""
    return _hijri().sub("", text) if text else text


_LABEL_WORDS = 8  # a publisher's name: "Lakeside Institute for Global Affairs and Trade"
_LABEL_JOINERS = frozenset({"and", "&", "of", "for", "on", "the"})


def _label(text: str) -> bool:
    """A site's section, kind of page or publisher: capitalised words ("Press Release", "News",
    "Lakeside Institute for Global Affairs"), a kind of release however written ("Press
    release"), or at most four words in sentence case ("Event report", "Media advisory": no
    place is written so)."""
    words = text.split()
    if text.strip(_EDGE).casefold() in RELEASE_LABELS:
        return True
    if not 0 < len(words) <= _LABEL_WORDS or not words[0][0].isupper():
        return False
    if all(w[0].isupper() or w in _LABEL_JOINERS for w in words):
        return True  # "Press Release", "Westbridge Institute for Global Affairs"
    # sentence case: a noun phrase, not a clause ("The Council met | 22 September 2016")
    return len(words) <= 4 and words[0].lower() not in NOT_NAME_WORDS and _verbless(words[1:])


_DASHES = " –—-|"  # around a weekday dropped from a place: "Accra, Ghana - Friday, March 6, 2026"
_RANGE_BEFORE = pattern(r"\d\s*[–—-]?\s*$")  # "5-6 October", "5 – 6 October"; not "Apia – 6 May"


# A slash between two places of a joint release, written without spaces: "Tokyo/Seoul".
_JOINT_SLASH = pattern(r"(?<=[A-Za-z])/(?=[A-Z])")
# The author a site's publication line names before its date: "Posted by Press Office on
# 14/05/2026", "Published by: Jane Roe | 14 May 2026".
# Or the category: "Posted in News on 4 March 2026".
_BY_AUTHOR = pattern(r"^(?:by|in)\s*:?\s+[^\d|]{1,40}?\s*(?:\bon\b\s*:?|\|)\s*(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)")
_AUTHOR_LEADS = ("by", "in")


def parse_dateline(line: str) -> Dateline | None:
    """The date and place of a date line, or None when the line is not one."""
    lead = _lead_words().match(line.strip())
    published = lead is not None
    if lead is not None and line.strip()[lead.end() : lead.end() + 2].lower() in _AUTHOR_LEADS:
        line = _BY_AUTHOR.sub("", line.strip()[lead.end() :], count=1)
    line = _untagged(line.strip())
    if "•" in line or "·" in line:
        line = line.replace("•", "|").replace("·", "|")  # "March 5, 2026 • 3 min read"
    if "/" in line:
        line = _JOINT_SLASH.sub(" / ", line)  # "Tokyo/Seoul, 20 November 2026": two places
    if not line or len(line) > _MAX_LINE:
        return None
    for k, form in enumerate(_date_forms()):
        m = form.search(line)
        if m is None:
            continue
        date = _to_date(m)
        swappable = k == _DAY_FIRST and _both_ways(m)
        if date is None and k == _DAY_FIRST:
            date, swappable = _month_first(m), False  # "Published: 06/14/2024": no 14th month
        if swappable and date is not None:
            date, swappable = _by_weekday(line, date)
        before, after = line[: m.start()], line[m.end() :]
        piped = after.lstrip().startswith("|")
        time = _time().match(after)
        after = after[time.end() :] if time else after
        time = _time().match(before) if published and before[:1].isdigit() else None
        before = before[time.end() :] if time else before  # "Updated 5:42 PM EST, Thu March 5, 2026"
        if not before.strip() and (
            (published and _after_publication().match(after)) or _BYLINE.match(after) is not None
        ):
            after = ""  # the site's category or author, no place: "March 7, 2026 by Admin"
        before, after = _without_labels(_without_hijri(before), _without_hijri(after))
        if _agency_tag(after) or _agency_word(before, after):
            after = ""  # "Riyadh, Aug 26, 2023, SPA --": the agency, no place
        # A digit or dash just before the date makes it a range: "5-6 October 2011".
        if date is None or _RANGE_BEFORE.search(before):
            return None
        places = []
        for part in (before, after):
            part = part.strip(_EDGE)
            place = _place(part) if part else None
            if place is None:
                continue
            if not _is_place(part):
                return None
            places.append(", ".join((_place(p) or "").strip(_DASHES) for p in part.split(",") if _place(p)))
        # a place set off by "|" after the date is the page's, no heading of the event: "6 March
        # 2026 | Brussels"
        place_after = bool(_place(after.strip(_EDGE))) and not _place(before.strip(_EDGE)) and not piped
        return Dateline(date, ", ".join(places) or None, date_first=place_after, swappable=swappable)
    return None


_DAY_FIRST = 3  # the form of "23/02/2017" in ``_date_forms``
_MONTHS_IN_YEAR = 12


def _both_ways(m: re.Match[str]) -> bool:
    """Whether a numeric date with slashes reads as a date month first too: "03/07/2026" is 3 July
    or 7 March; "23/02/2017" and "07.03.2026" (dots: no American form) are one date."""
    day, month = int(m.group("day")), int(m.group("month"))
    return m.group(2).strip() == "/" and day != month and day <= _MONTHS_IN_YEAR


def _month_first(m: re.Match[str]) -> dt.date | None:
    """A numeric date that reads only month first, as the United States writes it: "06/14/2024"
    is 14 June 2024 (no month 14); None when that reading fails too."""
    try:
        return dt.date(int(m.group("year")), int(m.group("day")), int(m.group("month")))
    except ValueError:
        return None


def _by_weekday(line: str, date: dt.date) -> tuple[dt.date, bool]:
    """A numeric date that reads both ways, read the way the weekday beside it gives ("Thu,
    03/05/2026" is Thursday 5 March, not Sunday 3 May); still both ways without one."""
    named = {_weekday_number(w) for w in _WORD.findall(line.lower()) if w in WEEKDAYS}
    if len(named) != 1:
        return date, True
    weekday = named.pop()
    other = date.replace(month=date.day, day=date.month)
    if date.weekday() != weekday and other.weekday() == weekday:
        return other, False
    return date, date.weekday() != weekday


_WORD = pattern(r"[a-z]+")


def _weekday_number(word: str) -> int:
    """0 for "monday" or "mon", 3 for "thursday", "thu" or "thurs", as ``date.weekday``."""
    return next(i for i, name in enumerate(WEEKDAY_NAMES) if name.startswith(word))


def american_place(place: str | None) -> bool:
    """Whether a date line's place is in the United States, which writes dates month first: its
    state's name or abbreviation ("SPRINGFIELD, Ill.", "Tolvo, Arkansas"), or a city of the
    United States ("WASHINGTON")."""
    if not place:
        return False
    parts = [p.strip() for p in place.split(",")]
    if len(parts) > 1:
        state = parts[-1]
        if state.replace(".", "").casefold() in STATE_ABBREVIATIONS or STATES.get(state) == _UNITED_STATES:
            return True
    city = parts[0]
    return (CITIES.get(city) or CITIES.get(city.title())) == _UNITED_STATES


_UNITED_STATES = "United States"


def publication_line(line: str) -> Dateline | None:
    """A line that says it gives the publication date ("Posted on 7 March 2026 by the Press
    Office", "Published: 7 March 2026"), with the date and no place: page furniture wherever it
    stands among the first lines."""
    if _lead_words().match(line.strip()) is None:
        return None
    dateline = parse_dateline(line)
    return dateline if dateline is not None and dateline.date is not None and not dateline.place else None


def known_place(text: str) -> bool:
    """Whether a city, state or country table knows the name, in any case: "GENEVA", "Kenya";
    a gazetteer's city as written or in capitals: "Karachi", "KARACHI"; a country with its
    article, as the table's leading "the" is optional: "The Gambia", "the Philippines"."""
    key = text.casefold()
    return (
        key in KNOWN_PLACES
        or text in CITIES
        or text.title() in CITIES
        or (key.startswith("the ") and key[4:] in KNOWN_PLACES)
    )


def _place_alone(text: str, written: str | None = None) -> str | None:
    """A date line that is a place alone ("ISLAMABAD", "Rome"): a known place, or at most four
    words in capitals that are no heading ("UPDATE", see ``NOT_DATELINE_PLACES``); before a
    date, ``written`` as the line gives it, a town with its country in brackets ("Port Harlow
    [Kenya], June 3")."""
    tagged = _TAG.search(text) is not None
    text = _untagged(text).strip(_EDGE)
    if not text or not _is_place(text) or len(text.split()) > 4:
        return None
    if known_place(text) or _known_parts(text):
        return text
    if tagged and _wire_town(text):
        return text  # "HAMMERVIK, Norland (AP) —": a wire's town in capitals, its tag vouching
    if written is not None and _bracketed_country(text, written):  # with its date: "..., June 3 :"
        return text
    city, comma, state = text.rpartition(",")
    if (
        comma
        and state.strip().replace(".", "").casefold() in STATE_ABBREVIATIONS
        and (city.isupper() or known_place(city.strip()))
    ):
        # "SPRINGFIELD, Ill.", "Washington, D.C.": a city of the United States and its state,
        # the city in capitals or one a table knows ("Ill." alone may be a word: "Ill at ease")
        return text
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 3 and text.isupper() and text.casefold() not in NOT_DATELINE_PLACES:
        # not a body's name in capitals, a masthead: "NORLAND PORT AUTHORITY — NEWS"
        return text if text.split()[-1].casefold() not in ORG_CUES else None
    return None


def _wire_town(text: str) -> bool:
    """Whether a place no table knows is written as a wire writes its date line: the town in
    capitals, then its region or country ("HAMMERVIK, Norland"); no body's name ("PORT
    AUTHORITY, News")."""
    town, comma, rest = text.partition(",")
    town = town.strip()
    return (
        bool(comma and rest.strip())
        and town.isupper()
        and sum(c.isalpha() for c in town) >= 3
        and town.casefold() not in NOT_DATELINE_PLACES
        and town.split()[-1].casefold() not in ORG_CUES
    )


def labelled_place(text: str) -> str | None:
    """The value of a field its label calls a place ("Location: Nadi, Fiji"): capitalised words
    of a place, known or not; else None."""
    text = text.strip(_EDGE)
    return text if _is_place(text) else None


def place_line(text: str) -> str | None:
    """A line that is a place alone ("Kisumu", "MARAVAL", "Apia, Samoa"), as ``_place_alone``
    reads one, or None."""
    return _place_alone(text)


# A town with its country in brackets, as wire copy writes it: "Port Harlow [Kenya], June 3 :".
_COUNTRY_IN_BRACKETS = pattern(r"^(?P<town>[^\[\]()]+?)\s*[\[(]\s*(?P<country>[^\[\]()]+?)\s*[\])]")


def _bracketed_country(text: str, original: str) -> bool:
    """Whether ``text`` (the place without its brackets) is a town whose country the date line
    gives in brackets: the writer marks it as a place, whether any table knows the town or not
    ("Port Harlow [Kenya]" -> "Port Harlow, Kenya")."""
    m = _COUNTRY_IN_BRACKETS.match(original.strip())
    if m is None or not known_place(m["country"]) or not _is_place(m["town"]):
        return False
    return text == f"{m['town'].strip(_EDGE)}, {m['country']}"


def _known_parts(text: str) -> bool:
    """ "BRUSSELS, Belgium", "Addis Ababa, Ethiopia": a place and its country (or state), each
    part a known place or a name in capitals, the last a known one; before them, a building
    that the release was issued from ("State House, Gaborone", ``VENUE_NOUNS``)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or not known_place(parts[-1]):
        return False
    if _venue(parts[0]):
        parts = parts[1:]
    return all(known_place(p) or (p.isupper() and p.casefold() not in NOT_DATELINE_PLACES) for p in parts)


def _venue(part: str) -> bool:
    """A building's name: capitalised words, the last a venue's noun ("State House", "Union
    Buildings")."""
    words = part.split()
    last = words[-1].lower() if words else ""
    return len(words) >= 2 and (last in VENUE_NOUNS or last.removesuffix("s") in VENUE_NOUNS)


# A date without a year ending a date line's head: "KARACHI, Mar 3 (APP):", "Addis Ababa, May
# 12 -", "Kathmandu, 12 May -": the place is the date line's, the date the text's.
@cache
def _yearless_tail() -> re.Pattern[str]:
    return pattern(
        r",?\s+(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
        r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[A-Za-z]{3,9})\.?)\s*$"
    )


def _yearless(line: str) -> tuple[str, tuple[int, int]] | None:
    """The place and the (month, day) of a date line's head whose date has no year: "KARACHI,
    Mar 3 (APP)" -> ("KARACHI", (3, 3))."""
    written, line = line, _untagged(line)
    m = _yearless_tail().search(line)
    month = MONTHS.get((m["month"] or m["month2"]).lower()) if m is not None else None
    if m is None or month is None:
        return None
    day = int(m["day"] or m["day2"])
    head = line[: m.start()]
    before, comma, tag = head.rpartition(",")
    if comma and _agency_word(before, tag):
        head = before  # "ULAANBAATAR, MONTSAME, March 4.": the agency's name, then the day
    place = _place_alone(head, written)
    if place is None or not 1 <= day <= 31:
        return None
    return place, (month, day)


# The head of a first paragraph that may be a date line: up to a dash ("Accra, 9 June 2022 –"),
# up to a colon ("ISLAMABAD:"), or up to a year in a line in capitals ("LIMA, 3 MARCH 2019 The").
# A wire's double hyphen may stand without spaces: "WASHINGTON--The Secretary ..."; a dash may
# touch a place in capitals: "GENEVA- The Director-General ...".
_HEAD_DASH = pattern(
    r"^(?P<line>[^–—\n]{3,100}?)(?:\s+(?:–|—|--|-)\s+|--|(?<=[A-Z]{2})[-–—]\s+|\.-\s+)(?=\S)"
)
_HEAD_COLON = pattern(r"^(?P<line>[^:\n–—]{3,60}?):\s+(?=\S)")
_HEAD_CAPS = pattern(r"^(?P<line>[^\n–—]{3,90}?\b(?:19|20)\d\d)(?:\s*\([^()\n]{1,15}\))?\s+(?=[A-Z“\"])")
# A wire's date line closed by its agency's tag, with no dash after it: "NEW DELHI, Nov 8 (PTI) The
# Minister ...", "Hanoi (VNA) The Chairwoman ...": the tag in brackets ends the line, as one
# between slashes does ("ULAANBAATAR /MONTSAME/ The Minister ...").
_HEAD_TAG = pattern(
    r"^(?P<line>[^\n–—()/]{3,60}?(?:\(\s*[A-Z][\w&.’'-]{0,14}(?:\s[A-Z][\w&.’'-]{0,14}){0,2}\s*\)"
    r"|/\s*[A-Z][\w .-]{1,30}/))\.?\s+(?=[A-Z“\"])"  # or a full stop after it: "... 2026 (MRREE). The"
)
# A date line closed by a full stop, its place too: "Castries, Saint Lucia. March 14, 2025. The
# Government ..." (a full date must end it: "The envoy arrived in 2019. He ..." is a sentence).
_HEAD_STOP = pattern(r"^(?P<line>[^\n–—]{3,80}?\b(?:19|20)\d\d)\.\s+(?=[A-Z“\"])")
# A date line without a year closed by a full stop, a wire's tag between slashes maybe after it:
# "MOSCOW, March 4. /TASS/. The Minister ...", "ULAANBAATAR, MONTSAME, March 4. The ..." (the
# day or its month must end it, and what stands before be a place: "The envoy came on March 4.
# He" is none).
_HEAD_DAY_STOP = pattern(
    r"^(?P<line>[^\n–—:()/]{3,60}?\s(?:\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}))\.\s+"
    r"(?:/\s*[A-Z][\w .-]{1,30}/\.?\s+)?(?=[A-Z“\"])"
)
_DIGIT = pattern(r"\d")
# A date line in brackets, the way some government offices open a release: "(Honiara, Thursday 9
# April 2026) The Speaker ...". It must hold a full date: "(AP) The Minister" is an agency's tag.
_HEAD_BRACKET = pattern(
    r"^\((?P<line>[^()\n]{8,80})\)\s*(?:[-–—:.]\s*)?(?=[A-Z“\"])"
)  # "(Caracas, March 3, 2026). The"


def inline_dateline(paragraph: str) -> Dateline | None:
    """The date line opening a paragraph, if any, with ``end`` where its sentence starts."""
    if paragraph.startswith("("):
        m = _HEAD_BRACKET.match(paragraph)
        parsed = parse_dateline(m.group("line")) if m is not None else None
        if m is not None and parsed is not None and parsed.date is not None:
            return parsed._replace(end=m.end())
        if m is not None and _is_place(m.group("line")):
            # a place no table knows, in brackets, its date after a dash: "(Kestrel Bay) – March
            # 4, 2026 – The University ..."; the date vouches for it
            dated = _dated_after(paragraph, m.group("line").strip(), m.end())
            if dated.date is not None:
                return dated
    for head in (_HEAD_DASH, _HEAD_COLON, _HEAD_CAPS, _HEAD_TAG, _HEAD_STOP, _HEAD_DAY_STOP):
        m = head.match(paragraph)
        if m is None:
            continue
        line = m.group("line")
        parsed = parse_dateline(line)
        if parsed is not None:
            if head is _HEAD_CAPS and not (parsed.place or "").isupper():
                continue  # "On 3 May 2019 The ..." is no wire date line: its place is in capitals
            return parsed._replace(end=m.end())
        if head in (_HEAD_CAPS, _HEAD_STOP):
            continue
        if _DIGIT.search(line):
            yearless = _yearless(line)
            if yearless is not None:
                return Dateline(None, yearless[0], end=m.end(), month_day=yearless[1])
        else:
            place = _place_alone(line)
            if place is not None:
                return (
                    _dated_after(paragraph, place, m.end())
                    if head is _HEAD_DASH
                    else Dateline(None, place, end=m.end())
                )
            if head is _HEAD_DASH and _city_first(line):
                dated = _dated_after(paragraph, line, m.end())
                if dated.date is not None:
                    return dated  # "Kingstown, St. Vincent – March 3rd, 2026 – ...": a date vouches
    return None


def _city_first(line: str) -> bool:
    """A place whose first part is a known city, its country in words no table knows: "Kingstown,
    St. Vincent"."""
    first, comma, _ = line.partition(",")
    return bool(comma) and _is_place(line) and known_place(first.strip())


def _dated_after(paragraph: str, place: str, end: int) -> Dateline:
    """A place closed by a dash, then its date closed by another dash or a colon: "Nuku'alofa,
    TONGA – 26th July 2019 – The ministers ...", "Suva, Fiji - March 03, 2026: The Minister
    ..."; the place alone when no date follows."""
    rest = paragraph[end:]
    m = _HEAD_DASH.match(rest) or _HEAD_COLON.match(rest)  # "^" holds at the string's start only
    parsed = parse_dateline(m.group("line")) if m is not None else None
    if m is None or parsed is None or parsed.date is None or parsed.place:
        return Dateline(None, place, end=end)
    return Dateline(parsed.date, place, False, end + m.end())


# A date or a range of days in a heading: "24-25 May 2010", "21 December 2021", "May 3-4, 2019".
_HEADING_DATE = pattern(
    r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[-–—]|and|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d\d\b"
    r"|\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:\s*(?:[-–—]|and|to)\s*\d{1,2})?,?\s+(?:19|20)\d\d\b"
)


def heading_place(paragraph: str) -> str | None:
    """The place of a paragraph that is only a date (or a range of days) and a place, as some
    releases head the event: "Antigua (Guatemala), 24-25 May 2010" -> "Antigua, Guatemala",
    "21 December 2021, Bangkok Thailand" -> "Bangkok Thailand". None for any other paragraph."""
    if len(paragraph) > _MAX_LINE:
        return None
    m = _HEADING_DATE.search(paragraph)
    if m is None or not any(MONTHS.get(w.lower().rstrip(".,")) for w in m.group().split()):
        return None
    rest = _untagged(paragraph[: m.start()] + ", " + paragraph[m.end() :])
    parts = [p.strip(_EDGE) for p in rest.split(",")]
    parts = [p for p in parts if p and _place(p)]
    if not parts or not all(_is_place(p) for p in parts):
        return None
    return ", ".join(_place(p) or p for p in parts)
