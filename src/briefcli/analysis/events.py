"""Events: one per dated happening, with its date (and end), a short ``what``, where, who and
the paragraph (and sentence) that tells it.

- Each date the text gives (``find_dates``) dates the happening its sentence tells. Mentions of
  the same date in one sentence are one event.
- ``what`` quotes or trims the sentence, never rewords it: "Kunio Mikuriya attended the
  International Customs Forum in Moscow" (``briefcli.analysis.accounts`` tells how).
- A paragraph that is only a date (and a place), as some releases open ("Windhoek, 8-9 May
  2017"), dates the happening the next paragraph tells; the place is the event's ``where``.
- A section (a panel, a bilateral meeting) the text does not date itself, told after a dated
  scene, inherits that scene's date: "In the margins of his visit, the Secretary General
  attended a bilateral meeting with the Minister" happens during the dated visit. A date in a
  future-tense clause ("Kenya will host a port expo in August") is an announcement, no scene.
- ``where``: the place the sentence gives (``briefcli.analysis.venues``: "in Moscow, Russia",
  "visited Tokyo, Japan"), else the place of a date line the date stands in, else the
  article's location for the first paragraph; ``who``: the people the sentence mentions (from
  the people stage), by name and by id (``who_ids``: "p1", "u2"), the same people in the same
  order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from briefcli.analysis.accounts import (
    event_what,
    first_finite,
    first_finite_match,
    habitual,
    past_perfect,
    remove_spans,
)
from briefcli.analysis.cast import Cast, cast_of, people_told
from briefcli.analysis.dates import HeadlineDate, headline_dates, headline_today, lead_day_by_order
from briefcli.analysis.scenes import BACKGROUND_KIND, SceneCues, gathering_nouns, scene_cues
from briefcli.analysis.tense import clause_tense, has_future, opens_future, tense_between
from briefcli.analysis.venues import place_in, scene_place
from briefcli.lang.en import (
    AHEAD_LEADS,
    ANNOUNCED_MODIFIERS,
    ARRIVAL_VERBS,
    AT_EVENT_WORDS,
    DAY_PARTS,
    DOCUMENT_PARTICIPLES,
    NOT_THING_NOUNS,
    OCCASION_NOUNS,
    OCCASION_PARTICIPLES,
    SITTING_NOUNS,
    cue_form,
    cue_group,
    cue_lemma,
)
from briefcli.model import Article, DateForm, DateMention, Event, Person, Section, Sentence
from briefcli.regexes import pattern
from briefcli.text.dateline import inline_dateline

# Characters of a sentence read around a date: a clause is shorter; bounds the work on a
# sentence that never ends (a megabyte without punctuation).
_REACH = 400
_MAX_HEADING = 120  # a date heading ("Windhoek, 8-9 May 2017") is short

# --- Events --------------------------------------------------------------------------------------


_RELATIVE_FORM: DateForm = "relative"


class _Dated(NamedTuple):
    """One dated happening: the mentions of one date (and end) in one sentence."""

    date: str
    until: str | None
    paragraph: int
    sentence: int
    spans: tuple[tuple[int, int], ...]  # offsets into Article.text
    relative: bool = False  # counted from the date line: "yesterday", "last evening"


def _who(article: Article, sentence: Sentence, cast: Cast) -> tuple[Person, ...]:
    """The people mentioned in a sentence, in the order they first appear there."""
    start, text = _sentence_text(article, sentence) if cast.unplaced else (sentence.start, "")
    return people_told(cast, sentence.index, start, text)


def _event(
    dated: tuple[str, str | None, int],
    what: str,
    where: str | None,
    who: Sequence[Person],
    sentence: int,
    *,
    announced: bool = False,
    aside: bool = False,
    hosted: bool = False,
    past: bool = False,
    said: bool = False,
) -> Event:
    """An event of ``dated`` (date, end, paragraph) and the people it names, by name and id."""
    date, until, paragraph = dated
    names = tuple(p.name for p in who)
    ids = tuple(p.id for p in who)
    return Event(
        date, until, paragraph, what, where, names, sentence, ids, announced, aside, hosted, past, said
    )


def _sentence_text(article: Article, s: Sentence, near: int | None = None) -> tuple[int, str]:
    """The start and text of a sentence; of a long one, only ``_REACH`` characters around
    ``near`` (or its first ones), cut at spaces."""
    start, end = s.start, s.end
    if end - start > 2 * _REACH:
        centre = near if near is not None else start + _REACH
        lo, hi = max(start, centre - _REACH), min(end, centre + _REACH)
        space = article.text.find(" ", lo, hi)
        lo = space + 1 if lo > start and space >= 0 else lo
        space = article.text.rfind(" ", lo, hi)
        hi = space if hi < end and space > lo else hi
        start, end = lo, hi
    return start, article.text[start:end]


def _dateline_end(article: Article, paragraph: int) -> int:
    """Where the date line opening the first paragraph ends ("Accra, 9 June 2022 – ...",
    "Tunis, 4 May 2019 (TAP) – ..."), as an offset into the text; the paragraph's start if none."""
    p = article.paragraphs[paragraph]
    dateline = inline_dateline(article.text[p.start : p.end]) if paragraph == 0 else None
    return p.start + (dateline.end if dateline is not None else 0)


def _on_dateline(article: Article, d: DateMention) -> bool:
    return d.paragraph == 0 and d.end <= article.dateline_end


def _in_dateline(article: Article, dated: _Dated) -> bool:
    """Whether the date stands in a date line opening its paragraph ("Accra, 9 June 2022 – ...")."""
    return dated.spans[0][1] <= _dateline_end(article, dated.paragraph)


# The span words a lead may date its happening by: "this week", "this month", "over the weekend".
_SPAN_WORDS = frozenset({"week", "weekend", "month"})
_SPAN_LEADS = frozenset({"this", "last", "past"})  # "this week", not "a week's visit"


def _dated_by_span(article: Article, sentence: int) -> bool:
    """Whether a sentence dates what it tells by a span of days, not one ("The ministers
    gathered in Lira this week for the Forum"): a release written on one of them tells them
    all, not the date line's day."""
    lows = article.tokens.lows
    tokens = article.tokens.sentence(sentence)
    return any(
        lows[i] in _SPAN_WORDS
        and (lows[i] == "weekend" or lows[i - 1] in _SPAN_LEADS)
        # not a participle's time: "the Council taking place this week"
        and not any(lows[j].endswith("ing") for j in range(max(tokens.start, i - _PARTICIPLE_REACH), i))
        for i in tokens
    )


_PARTICIPLE_REACH = 4  # tokens back from the span word: "[taking place] this week"


def _publication_only(article: Article, dated: _Dated, grouped: Sequence[_Dated]) -> bool:
    """Whether a date is only the date line's publication date: when the lead dates its
    happening itself ("GENEVA, 17 May 2025 – The Agency held a dialogue on Tuesday, 16 May"),
    the date line dates the release, not a happening (GUIDE.md). Without a date of its own the
    lead tells the date line's day ("Hanoi, 15 March 2022 – The President has held talks ...").
    A date line's day without its year is one too ("PORT LEVA, 12 Mar (PNA) – The Minister
    yesterday received ..."), though the article then has no publication date, and so is one
    before the release's date when the lead dates its happening ("KESSA, 8 May – The Commission
    met on 6 and 7 May", published on 9 May): the day the story was filed."""
    published = article.published
    if dated.until or len(dated.spans) > 1 or dated.paragraph != 0:
        return False
    if published is None and article.dateline_end == 0:
        return False  # no date line opens the text: a date of its own
    if not _in_dateline(article, dated):
        return False
    lead = (dated.sentence, dated.sentence + 1)
    if any(o.paragraph == 0 and o.sentence in lead and o.date != dated.date for o in grouped):
        # the day the story was filed, though the release is dated later: "LORVIK, 8 May – The
        # Commission met on 6 and 7 May" (published 9 May)
        return True
    if published is not None and dated.date != published.isoformat():
        return False  # a date line's day, the lead telling none: the happening's
    if _dated_by_span(article, dated.sentence):
        return True  # "PORT LEVA, 19 May 2026 – Ministers gathered here this week": its days
    # a date line closed by a full stop is a sentence of its own ("Lorvik, March 4, 2026. The
    # Minister held talks this Wednesday ..."): the lead's own mention of the day dates it
    told_in = article.sentences[dated.sentence]
    alone = not article.text[dated.spans[0][1] : told_in.end].strip(" .,;:–—-")
    return alone and any(o.paragraph == 0 and o.sentence == dated.sentence + 1 for o in grouped)


def _heading_rest(article: Article, dated: _Dated) -> str | None:
    """For a paragraph that is only a date (and a place), what is left: "" or the place."""
    p = article.paragraphs[dated.paragraph]
    if p.end - p.start > _MAX_HEADING:
        return None
    text = article.text[p.start : p.end]
    rest = remove_spans(text, [(s - p.start, e - p.start) for s, e in dated.spans]).strip(" .,;:–—-")
    if first_finite(rest) is not None or len(rest.split()) > 6:
        return None
    return rest


def _group(dates: Sequence[DateMention]) -> list[_Dated]:
    """The dates by sentence: "met on 5 May ... signed on 5 May" in one sentence is one event."""
    grouped: dict[tuple[int, str, str | None], _Dated] = {}
    for d in dates:
        key = (d.sentence, d.date, d.until)
        if key in grouped:
            old = grouped[key]
            grouped[key] = old._replace(spans=(*old.spans, (d.start, d.end)))
        else:
            relative = d.form == _RELATIVE_FORM
            grouped[key] = _Dated(d.date, d.until, d.paragraph, d.sentence, ((d.start, d.end),), relative)
    return list(grouped.values())


class _Story(NamedTuple):
    """The article as its events read it, built once: the sentences (``Sentence.index`` is the
    position there) and the people's mentions."""

    article: Article
    sentences: tuple[Sentence, ...]
    cast: Cast
    # per sentence, where a date opening it ends: "On Saturday the Minister visited Zug before
    # travelling to Geneva on Monday" tells Monday's happening without Saturday's words
    openers: dict[int, int] | None = None
    # whether a word of a gathering to come is anywhere ("the upcoming summit"): else no
    # sentence is searched for one
    upcoming: bool = True


def _tells_nothing(rest: str) -> bool:
    """Whether what follows a date line in its sentence tells no happening: nothing but its
    full stop ("Lorvik, March 4, 2026. The Minister held talks ..."), or a feature's opening
    question ("Lorvik, March 4, 2026 – Who pays for the sea walls? That was the question put
    to a panel ...")."""
    kept = rest.rstrip(" ”’\"'")
    return not kept.strip(" .") or kept.endswith("?")


def _dated_event(story: _Story, dated: _Dated, location: str | None) -> Event:
    article, cast = story.article, story.cast
    sentence = story.sentences[dated.sentence]
    s_start, text = _sentence_text(article, sentence, near=dated.spans[0][0])
    head = _dateline_end(article, dated.paragraph) - s_start
    if head > 0:  # the date line is no part of what happened
        s_start, text = s_start + head, text[head:]
        if _tells_nothing(text) and dated.sentence + 1 < len(story.sentences):
            # the next sentence tells what happened that day (see ``_tells_nothing``)
            sentence = story.sentences[dated.sentence + 1]
            s_start, text = _sentence_text(article, sentence)
    opener = story.openers.get(dated.sentence, 0) if story.openers else 0
    if opener > s_start and dated.spans[0][0] >= opener:  # another date opens the sentence
        cut = len(text) - len(text[opener - s_start :].lstrip(" ,"))
        s_start, text = s_start + cut, text[cut:]
    spans = [
        (a - s_start, _through_day_part(text, b - s_start))
        for a, b in dated.spans
        if a >= s_start and b <= s_start + len(text) and not _date_subject(text, a - s_start, b - s_start)
    ]
    where: str | None = None
    heading = _heading_rest(article, dated)
    if heading is not None and dated.paragraph + 1 < len(article.paragraphs):
        # A date heading: the next paragraph tells what happened.
        nxt = article.paragraphs[dated.paragraph + 1]
        if nxt.sentences:
            sentence = nxt.sentences[0]
            s_start, text = _sentence_text(article, sentence)
            spans = []
        where = heading or None
    upcoming = _upcoming_at(text, spans[0][0]) if story.upcoming and spans and heading is None else None
    # "met the Minister on Tuesday to discuss the upcoming ministerial meeting in Victoria in
    # May": May is the ministerial meeting's, announced; not the day of the talks
    what, where = (upcoming, place_in(upcoming)) if upcoming else (event_what(text, spans), where)
    # "the Summit, to be held from 9 to 18 August" announces it; "the next day" is no future
    # of its own, and a date heading dates the paragraph after it
    told_in, span = story.sentences[dated.sentence], dated.spans[0]
    tense = clause_tense(article, *span, (told_in.start, told_in.end)) if heading is None else 0
    announced = upcoming is not None or (heading is None and tense_between(article, *span) <= 0 and tense > 0)
    if where is None and _in_dateline(article, dated):
        # the date line dates the lead's happening: its place is the event's location, which
        # already weighs the date line's place against the lead's own ("held in Athens")
        where = location or article.dateline
    if where is None and not returned_from(what):  # one still to come: not where the lead's happened
        lead = location if dated.paragraph == 0 and not announced else None
        where = _told_where(story, text, spans, what, announced) or lead
    aside = heading is None and bool(spans) and _aside(text, spans[0][0])
    aside = aside or (upcoming is not None and _told_before_upcoming(text, spans[0][0], upcoming))
    hosted = heading is None and bool(spans) and _hosted(article, s_start, text, spans[0][0])
    return _event(
        (dated.date, dated.until, dated.paragraph),
        what,
        where,
        _who(article, sentence, cast),
        sentence.index,
        announced=announced,
        aside=aside,
        hosted=hosted,
        past=tense < 0,
    )


def _told_where(
    story: _Story, text: str, spans: Sequence[tuple[int, int]], what: str, announced: bool
) -> str | None:
    """The place a dated sentence gives its happening (``_place_told``), not a gathering's
    still to come it names after it ("met the Mayor to discuss the upcoming summit in Bruton"),
    and, for one still to come itself, in its own clause only ("met in Kessa and agreed to
    meet again in June")."""
    told_at = _before_upcoming(text, max((b for _, b in spans), default=0)) if story.upcoming else text
    if announced and spans:
        told_at = _own_clause(told_at, spans[0][0])
    return _place_told(text, told_at, spans, what)


_CLAUSE_JOINS = (" and ", "; ", ", while ")


def _own_clause(text: str, at: int) -> str:
    """``text`` with what stands before the clause of the date at ``at`` blanked out (offsets
    kept): "Ministers met in Kessa on 3 May [and agreed to meet again in June]" - Kessa is the
    meeting's place, not the one to come's."""
    start = max(text.rfind(join, 0, at) for join in _CLAUSE_JOINS)
    return " " * start + text[start:] if start > 0 else text


@cache
def _held_in_year() -> re.Pattern[str]:
    """A gathering told as held in a year, its clause's own time: "The last dialogue was held in
    Manama in 2021" (not "congratulated the WCO on its anniversary in 2012", a noun's year)."""
    held = "|".join(sorted(OCCASION_PARTICIPLES))
    return pattern(rf"\b(?:(?:was|were)\s+(?:{held})|took\s+place)\b[^;:.]{{0,60}}?\bin\s+(?:19|20)\d\d\b")


def _place_told(text: str, told: str, spans: Sequence[tuple[int, int]], what: str) -> str | None:
    """The place a dated sentence gives what it tells: in the clause of the event ("met the
    Minister in Lima"), else where the sentence sets its scene ("In Lima, the Minister ...")."""
    return place_in(remove_spans(told, spans), what) or scene_place(text)


# A gathering still to come, its date after it in the same phrase: "the upcoming ministerial
# meeting of the Forum in Lisbon [in May]"; from the determiner up to the date.
_UPCOMING = pattern(
    rf"\b(?P<phrase>the\s+(?:{'|'.join(sorted(ANNOUNCED_MODIFIERS))})\s+[^,;:()“”\"]*)$", re.IGNORECASE
)


@cache
def _to_be_held() -> re.Pattern[str]:
    """A gathering's noun phrase told as to be held, up to its date: "the Blue Economy Summit to
    be held in Port Vila [on 14 November]"."""
    held = "|".join(sorted(OCCASION_PARTICIPLES))
    return pattern(
        rf"\b(?P<phrase>the\s+[^,;:()“”\"]*?\bto\s+be\s+(?:{held})\b[^,;:()“”\"]*)$", re.IGNORECASE
    )


def _upcoming_at(text: str, at: int) -> str | None:
    """The gathering still to come that a date at ``at`` of ``text`` dates, when the date ends
    its noun phrase: "to discuss the upcoming summit in Bruton [in June]" -> "The upcoming
    summit in Bruton". None when a verb stands between ("the next round, which will open in
    May": its clause dates it) or no gathering noun heads the phrase."""
    before = text[:at].lower()
    if any(f" {w} " in before for w in ANNOUNCED_MODIFIERS):
        m = _UPCOMING.search(text, 0, at)
    elif " to be " in before:
        m = _to_be_held().search(text, 0, at)  # "the Reef Summit to be held in Port Vila [on 4 May]"
    elif any(lead in before for lead in AHEAD_LEADS):
        m = _ahead_of().search(text, 0, at)  # "met ahead of the summit [on Thursday]": the summit's
    else:
        return None
    if m is None:
        return None
    phrase = text[m.start("phrase") : at].rstrip()
    phrase = phrase.rsplit(" ", 1)[0] if phrase.split()[-1] in ("in", "on", "from") else phrase
    own = _TO_BE.sub(" ", phrase)  # "to be held" is the phrase's, no verb of a clause
    if first_finite(own) is not None or gathering_nouns().search(phrase) is None:
        return None
    return phrase[0].upper() + phrase[1:]


_TO_BE = pattern(r"\bto\s+be\s+\w+\b")


# The words that may tell a gathering to come: "the [upcoming] summit", "[ahead] of the summit".
_UPCOMING_KEYS = ANNOUNCED_MODIFIERS | frozenset(lead.split()[-2] for lead in AHEAD_LEADS)


def _told_before_upcoming(text: str, at: int, phrase: str) -> bool:
    """Whether the gathering to come ``phrase`` (dated at ``at``) is named after the verb of a
    happening told as done or doing: "The envoys met in Varnholm ahead of the summit on
    Thursday" dates the summit in passing, it is not what the sentence reports ("The envoys
    will meet ahead of the summit on Thursday" announces both)."""
    before = text[: text.lower().rfind(phrase.lower(), 0, at)].rstrip()
    low = before.lower()
    lead = next((lead for lead in AHEAD_LEADS if low == lead or low.endswith(" " + lead)), "")
    clause = before[: len(before) - len(lead)]
    if first_finite(clause) is None and lead:
        clause = text[at:]  # "Ahead of the summit on Thursday, the envoys met in Varnholm"
    return first_finite(clause) is not None and not has_future(clause)


@cache
def _ahead_of() -> re.Pattern[str]:
    """A gathering's noun phrase after a lead that makes it still to come, up to its date: "met
    in Varnholm ahead of [the regional summit] [on Thursday]"."""
    leads = "|".join(re.escape(lead) for lead in sorted(AHEAD_LEADS))
    return pattern(rf"\b(?:{leads})\s+(?P<phrase>the\s+[^,;:()“”\"]*)$", re.IGNORECASE)


_UPCOMING_OPENS = pattern(rf"\bthe\s+(?:{'|'.join(sorted(ANNOUNCED_MODIFIERS))})\s", re.IGNORECASE)
_GATHERING_REACH = 80  # "the upcoming ministerial meeting": the noun a few words on
_SITTINGS = frozenset(SITTING_NOUNS) | frozenset(OCCASION_NOUNS)  # "session", "talks"
_HEAD_WORDS = 4  # "the next [round of talks]", "the next [joint session]"


def _before_upcoming(text: str, dated_to: int) -> str:
    """``text`` up to a gathering still to come it names after the verb of a happening dated
    before it (its dates end at ``dated_to``): that gathering's place is not the happening's.
    "On 4 May she met the Mayor to discuss the upcoming summit in Bruton" did not meet in
    Bruton; "discussed the upcoming summit, which will take place in Bruton on 1 June" dates
    the summit, whose place it is; nor did "The two sides agreed to hold the next session of the
    Council in Lira" agree in Lira (a sitting or a round of talks is a gathering too). The whole
    text otherwise."""
    low = text.lower()
    if not any(f" {w} " in low for w in ANNOUNCED_MODIFIERS):
        return text
    m = _UPCOMING_OPENS.search(text, dated_to)
    if m is None:
        return text
    heads = {
        w.strip(_WORD_EDGE) for w in text[m.end() : m.end() + _GATHERING_REACH].lower().split()[:_HEAD_WORDS]
    }
    if (
        _SITTINGS.isdisjoint(heads)
        and gathering_nouns().search(text, m.end(), m.end() + _GATHERING_REACH) is None
    ):
        return text  # "the next session of the Council", "the next round of talks" are gatherings too
    return text[: m.start()] if first_finite(text[: m.start()]) is not None else text


# A return from the trip the article tells: "returned on Saturday from a mission to Oman" did not
# happen in Oman, nor at the trip's place the text gives.
_RETURNED_FROM = pattern(r"\breturn(?:ed|s)?\s+from\b")


def returned_from(what: str) -> bool:
    """Whether an account tells a return from the trip: "returned from a mission to Oman"."""
    return "return" in what and _RETURNED_FROM.search(what) is not None


def _date_subject(text: str, start: int, end: int) -> bool:
    """Whether a date phrase opening the sentence is its subject, a verb right after it: "The
    first day of the Meeting was held jointly with ..." keeps it, or the account has none."""
    if text[:start].strip():
        return False
    rest = text[end:].lstrip()
    return bool(rest) and rest[0].islower() and first_finite(rest) == 0


# A passive relative clause after a comma, up to the point searched to: ", which was officially
# opened"; a thing's, not a gathering's ("which opened yesterday", "which was held").
# A part of the day after a weekday belongs to its date: "filled the hall on Thursday night to
# hear ..." tells what happened without "on Thursday night", not with a stray "night".
_DAY_PART = pattern(rf"\s+(?:{'|'.join(re.escape(w) for w in DAY_PARTS)})\b")


def _through_day_part(text: str, end: int) -> int:
    m = _DAY_PART.match(text, end)
    return m.end() if m is not None else end


_RELATIVE = pattern(
    r",\s+(?:which|who)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]+(?:ed|en|t))\b[^,;:()“”\"]*$"
)
# A guest's arrival told in a relative clause, up to its date: ", who [flew in] on".
_ARRIVED = pattern(rf",\s+who\s+(?:had\s+)?(?:{'|'.join(sorted(ARRIVAL_VERBS))})\b[^,;:()“”\"]*$")
# Verbs a gathering is the object of: a clause with one dates the gathering, whatever its name.
_GATHERING_VERBS = frozenset({"held", "convened", "organized", "organised", "attended", "hosted", "chaired"})
_ANTECEDENT_WORDS = 6  # the words before the comma searched for a gathering's noun


def _aside(text: str, at: int) -> bool:
    """Whether a date at ``at`` in a sentence is told in a passive relative clause of a thing
    the sentence only mentions: "commended the Government for the new High Commission in Suva,
    which was officially opened last evening". Not of a gathering, which the clause dates
    ("spoke at the Forum in Moscow, which was opened on 23 October"; "the Joint Commission,
    which was held on 3 May"; "the Commission, which opened yesterday")."""
    if ", who " in text and _ARRIVED.search(text, 0, at) is not None:
        return True  # "held talks with Mr. Vos, who flew in on Wednesday": the guest's journey
    m = _RELATIVE.search(text, 0, at)
    if m is None:
        return _reduced_aside(text, at)
    if m.group("verb") in _GATHERING_VERBS:
        return False
    antecedent = " ".join(text[: m.start()].split()[-_ANTECEDENT_WORDS:])
    return gathering_nouns().search(antecedent) is None


_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
# A thing's noun and a past participle right after it, a place maybe, then the date's
# preposition: "the trade protocol signed [in Tolvo, Norland,] on".
_REDUCED_BEFORE_DATE = pattern(
    rf"\b(?P<noun>[a-z][\w-]*)\s+(?P<verb>[a-z]+ed)\s+(?:in\s+{_NAME}(?:,\s+{_NAME})?,?\s+)?(?:on|in)\s+$"
)
_REDUCED_REACH = 90  # characters before the date: the noun, the participle, a place


def _reduced_aside(text: str, at: int) -> bool:
    """Whether a date at ``at`` is told in a reduced relative clause of a thing, after a finite
    verb: "The ministers met on Thursday and reviewed the protocol signed in Tolvo on 13 May"
    dates the protocol's signing, not the occasion. Not a gathering's ("attended the forum
    launched on 3 May"), nor a main verb ("The ministers signed the protocol on 13 May")."""
    if "ed " not in text[max(0, at - _REDUCED_REACH) : at]:
        return False
    m = _REDUCED_BEFORE_DATE.search(text, max(0, at - _REDUCED_REACH), at)
    if m is None or m.group("verb") not in DOCUMENT_PARTICIPLES or m.group("noun") in NOT_THING_NOUNS:
        return False
    antecedent = " ".join(text[: m.end("noun")].split()[-_ANTECEDENT_WORDS:])
    return gathering_nouns().search(antecedent) is None and first_finite(text[: m.start("noun")]) is not None


# A relative clause after a comma, up to a date in it: ", which takes place from".
_WHICH = pattern(r",\s+which\s+[^,;:()“”\"]*$", re.IGNORECASE)
_HOST_REACH = 120  # the words before the comma searched for "at the ... Conference"


@cache
def _held_at() -> re.Pattern[str]:
    """A preposition that puts a happening at a gathering, with the words up to the comma."""
    return pattern(r"\b(?:" + "|".join(AT_EVENT_WORDS) + r")\s+[^,;:()]*$", re.IGNORECASE)


def _hosted(article: Article, s_start: int, text: str, at: int) -> bool:
    """Whether a date at ``at`` of a sentence (``text``, from offset ``s_start``) is the span of
    the gathering its happening was held at, told in the present while the gathering runs:
    "He stressed ... during his meeting with delegates at the Conference, which takes place
    from 5 to 20 June" tells a day of it. Not a past clause ("at the Forum, which was held
    on 3 May" dates the Forum), nor a gathering the sentence's subject is ("The Forum, which
    runs until 5 May, opened ...")."""
    which = _WHICH.search(text, 0, at)
    if which is None:
        return False
    held = _held_at().search(text, max(0, which.start() - _HOST_REACH), which.start())
    if held is None or gathering_nouns().search(text, held.start(), which.start()) is None:
        return False
    relative = tense_between(article, s_start + which.start(), s_start + at)
    return relative == 0 and tense_between(article, s_start, s_start + held.start()) < 0


def _counted_from_date_line(dated: Sequence[tuple[Event, _Dated]]) -> bool:
    """Whether the text counts its days from the date line, and only for a thing it mentions in
    passing: "He commended ... the new High Commission, which was officially opened last
    evening" is written on the date line's day, and the talks it tells, undated, were held
    then, after that evening."""
    relative = [e for e, d in dated if d.relative]
    return bool(relative) and all(e.aside for e in relative)


def _dateline_event(
    story: _Story, events: Sequence[Event], location: str | None, *, same_day: bool = False
) -> Event | None:
    """The happening of an undated lead under a date line that gives the place and the day
    ("United Nations, New York, 1 November 2011 | The President met with the Director-General
    ..."): the release tells that day's meeting (GUIDE.md: the lead tells the date line's day).
    A date line that gives the day alone does so when the text is written that day
    (``same_day``: see ``_counted_from_date_line``, ``lead_day_by_order``). Only a lead in the
    past ("met", "held"), with no date in its first paragraph."""
    article = story.article
    if not (article.dateline_dated or same_day) or article.published is None or not article.paragraphs:
        return None
    first = article.paragraphs[0]
    if not first.sentences or any(e.paragraph == 0 for e in events):
        return None
    sentence = first.sentences[0]
    if tense_between(article, sentence.start, sentence.end) >= 0:
        return None  # "The Forum will open ...", or no verb of the past
    _, text = _sentence_text(article, sentence)
    what = event_what(text)
    where = location or article.dateline
    told: tuple[str, str | None, int] = (article.published.isoformat(), None, 0)
    span = _headline_span(article, told[0])
    if span is not None:
        # "Fisheries Council, 3-4 May 2026: main results" over "Brussels, 4 May 2026 | Ministers
        # adopted ...": the lead tells the meeting the headline dates, on which of its days the
        # text does not say
        told = (span.date, span.until, 0)
    return _event(told, what, where, _who(article, sentence, story.cast), sentence.index)


def _headline_span(article: Article, day: str) -> HeadlineDate | None:
    """The one range of days the headline gives, when it holds ``day`` (ISO dates compare as
    text)."""
    spans = [h for h in headline_dates(article) if h.until is not None]
    if len(spans) != 1 or not spans[0].date <= day <= (spans[0].until or ""):
        return None
    return spans[0]


def _scene_sentence(article: Article, section: Section, cues: SceneCues) -> int | None:
    """The sentence that opens a section's scene: the first with a cue of the section's kind."""
    first = section.paragraphs[0]
    for cue in cues[first]:
        if cue.kind == section.kind:
            return cue.sentence
    p = article.paragraphs[first]
    return p.sentences[0].index if p.sentences else None


# A date in a relative clause tells of the noun before it, not of a scene a later paragraph may
# go on with: "reviewed the border post at Kazungula[, which opened] in May 2021".
_RELATIVE_BEFORE = pattern(r"(?:,\s*|\s)(?:which|who|whose|where)\s[^,;:]*$")


_MARGINS = "BILATERAL_MARGINS"  # "On the sidelines of the Forum, ...": during the whole of it


def _latest_first(first_event: dict[int, Event], paragraphs: Sequence[int], bound: int) -> Iterator[Event]:
    """The first events of ``paragraphs`` (in order) before paragraph ``bound``, the latest first,
    read one at a time: the look-ups below stop at the nearest match, so a long text costs no
    list of all earlier events per section."""
    return (first_event[paragraphs[i]] for i in range(bisect.bisect_left(paragraphs, bound) - 1, -1, -1))


def _whole_event(anchor: Event, latest_first: Iterable[Event]) -> Event:
    """The gathering of several days told before that holds ``anchor``'s day, when there is
    one: talks "on the margins of the Roundtable" took place during it, not on the day of the
    session told just before them ("The first session ..." on its first day)."""
    for event in latest_first:
        if event.end is not None and event.date <= anchor.date <= event.end:
            return event
    return anchor


def _inherited_events(
    story: _Story, sections: Sequence[Section], dated: Sequence[tuple[Event, _Dated]], cues: SceneCues
) -> list[Event]:
    """The events of the sections without a date of their own: each takes the date of the
    nearest event before it, the first event of the latest earlier paragraph that has one and
    is not background, nor announced for later ("He announced that Kenya will host a port expo
    in August" is not the scene of the signing told after it)."""
    article = story.article
    kinds = {index: section.kind for section in sections for index in section.paragraphs}
    dated_paragraphs = {e.paragraph for e, _ in dated}
    first_event: dict[int, Event] = {}
    for e, d in dated:
        told_in = story.sentences[d.sentence]
        if (
            e.paragraph not in first_event
            and clause_tense(article, *d.spans[0], (told_in.start, told_in.end)) <= 0
            and _RELATIVE_BEFORE.search(article.text, told_in.start, d.spans[0][0]) is None
        ):
            first_event[e.paragraph] = e
    anchored = sorted(p for p in first_event if kinds.get(p) != BACKGROUND_KIND)
    several_days = [p for p in anchored if first_event[p].end is not None]
    events = []
    for section in sections:
        if section.kind == BACKGROUND_KIND or dated_paragraphs & set(section.paragraphs):
            continue
        before = bisect.bisect_left(anchored, section.paragraphs[0])
        scene = _scene_sentence(article, section, cues) if before else None
        if scene is None:
            continue
        anchor = first_event[anchored[before - 1]]
        if any(c.group == _MARGINS and c.sentence == scene for c in cues[section.paragraphs[0]]):
            anchor = _whole_event(anchor, _latest_first(first_event, several_days, section.paragraphs[0]))
        sentence = story.sentences[scene]
        _, text = _sentence_text(article, sentence)
        what = event_what(text)
        if past_perfect(what) is not None or habitual(text):
            continue  # told as done before the scene, or again and again ("met on a regular basis")
        if _to_come(what, text):
            continue  # "The next meeting will take place in Accra": to come, not in the scene
        if _held_in_year().search(text) is not None:
            continue  # "The last dialogue was held in Manama in 2021": that year's, not the scene's
        if _pair_subject(what) and len(anchor.who) < 2:
            anchor = _pair_scene(anchor, _latest_first(first_event, anchored, section.paragraphs[0]))
        # "The two sides agreed to hold the next session in Lira": Lira is the session's, to come
        where = place_in(_before_upcoming(text, 0), what) or scene_place(text) or anchor.where
        told = (anchor.date, anchor.end, section.paragraphs[0])
        event = _event(told, what, where, _who(article, sentence, story.cast), scene)
        events.append(event)
        if event.paragraph not in first_event:
            first_event[event.paragraph] = event
            bisect.insort(anchored, event.paragraph)
            if event.end is not None:
                bisect.insort(several_days, event.paragraph)
    return events


_PAIR_WORDS = frozenset({"two", "both"})  # "The two leaders", "Both sides": the pair that met


def _pair_subject(what: str) -> bool:
    """Whether an account's subject is the pair of a meeting: "The two leaders agreed ...",
    "Both sides noted ..."."""
    first = what.split(maxsplit=2)[:2]
    return bool(first) and (first[0].lower() in _PAIR_WORDS or (len(first) == 2 and first[1] in _PAIR_WORDS))


def _pair_scene(anchor: Event, latest_first: Iterable[Event]) -> Event:
    """The latest earlier scene that names two people or more, for an undated paragraph whose
    subject is the pair that met: "received the Governor on 10 June. | On 9 June, the Governor
    toured the port. | The two leaders agreed ..." were the talks of 10 June. ``anchor`` when
    none is."""
    return next((e for e in latest_first if len(e.who) >= 2), anchor)


def _to_come(what: str, sentence: str) -> bool:
    """Whether an account tells what is to come ("The next meeting will take place in Accra"),
    not what someone said of it in the scene ("The Assembly will always insist on ..., the
    President said to the Minister")."""
    if not has_future(what):
        return False  # most accounts: no verb is read
    verb = first_finite_match(what)
    if verb is None or not opens_future(what[verb.start() :]):
        return False
    words = (w.strip(_WORD_EDGE) for w in sentence.split())
    return not any(cue_group(lemma) == _SAY for w in words if (lemma := cue_lemma(w)) is not None)


_WORD_EDGE = ".,;:!?\"'“”‘’()"


def _in_text_order(events: Sequence[Event]) -> tuple[Event, ...]:
    """The events by paragraph and sentence, each (date, end, what) once."""
    ordered = sorted(events, key=lambda e: (e.paragraph, e.sentence if e.sentence is not None else -1))
    unique: dict[tuple[str, str | None, str], Event] = {}
    for event in ordered:
        unique.setdefault((event.date, event.end, event.what), event)
    return tuple(unique.values())


def find_events(
    article: Article,
    dates: Sequence[DateMention],
    sections: Sequence[Section] = (),
    people: Sequence[Person] = (),
    *,
    location: str | None = None,
    cues: SceneCues | None = None,
) -> tuple[Event, ...]:
    """The events of an article, in text order (see the module's docstring); ``cues`` as
    ``scene_cues(article)`` gives them, found here when not given."""
    cues = scene_cues(article) if cues is None else cues
    kept, said = _without_sayings(article, dates)
    grouped = _group(kept)
    grouped = [d for d in grouped if not _publication_only(article, d, grouped)]
    lows = article.tokens.lows
    upcoming = not _UPCOMING_KEYS.isdisjoint(lows) or " to be " in article.text  # see _upcoming_at
    story = _Story(article, article.sentences, cast_of(people), _openers(article, dates), upcoming)
    dated = [(_said(_dated_event(story, d, location), d, said), d) for d in grouped]
    inherited = _inherited_events(story, sections, dated, cues)
    events = [e for e, _ in dated] + inherited
    same_day = _counted_from_date_line(dated) or lead_day_by_order(article)
    lead = _dateline_event(story, events, location, same_day=same_day)
    if lead is not None:
        events.insert(0, lead)
    return _in_text_order(_headline_events(article, events, location) + events)


def _openers(article: Article, dates: Sequence[DateMention]) -> dict[int, int]:
    """Per sentence that opens on a date ("On Saturday the Minister ..."), where the date ends;
    only sentences with two dates or more, whose other dates tell other happenings."""
    counts: dict[int, int] = {}
    for d in dates:
        counts[d.sentence] = counts.get(d.sentence, 0) + 1
    sentences = article.sentences
    return {
        d.sentence: d.end for d in dates if counts[d.sentence] > 1 and d.start == sentences[d.sentence].start
    }


# Words between a verb of saying and its date: "said [in a statement] on Friday", "told
# [reporters] on Monday" (a hearer, a medium; no verb, no mark).
_SAYING_GAP = 4
_DATE_LEADS = frozenset({"on", "last", "earlier", "this"})
_SAY = "say"  # the cue group of "say", "state", "tell", "announce"


def _without_sayings(
    article: Article, dates: Sequence[DateMention]
) -> tuple[list[DateMention], frozenset[int]]:
    """The dates without those of a saying in a sentence that dates its happening too: "Ghana
    and Morocco signed 25 agreements on Tuesday, the Ministry said on Friday" is Tuesday's
    signing. A sentence dated only by its saying keeps it: the announcement is the scene. The
    date line's date dates the release, no happening: "LISBON, 9 October (Lusa) – Ports risk
    ..., the Minister said on Thursday" is Thursday's. With them, where the sayings' dates
    that are kept start."""
    saying = {id(d) for d in dates if _date_of_saying(article, d)}
    if not saying:
        return list(dates), frozenset()
    told = {d.sentence for d in dates if id(d) not in saying and not _on_dateline(article, d)}
    kept = [d for d in dates if id(d) not in saying or d.sentence not in told]
    return kept, frozenset(d.start for d in kept if id(d) in saying)


def _said(event: Event, dated: _Dated, said: frozenset[int]) -> Event:
    """``event`` marked as dated by its saying only (``Event.said``) when every mention of its
    date is one: '"We leave with plans," Mr Vask said in a statement on Friday'."""
    if not said or any(start not in said for start, _ in dated.spans):
        return event
    return replace(event, said=True)


def _date_of_saying(article: Article, mention: DateMention) -> bool:
    """Whether a date says when something was said: "..., the Ministry said on Friday", "the
    Minister told reporters on Monday", "the presidency said Wednesday"."""
    tokens = article.tokens
    i = bisect.bisect_left(tokens.starts, mention.start)
    first = tokens.sentence_first[mention.sentence] if mention.sentence >= 0 else 0
    k = i - 1
    while k >= first and tokens.lows[k] in _DATE_LEADS:
        k -= 1
    for j in range(k, max(first - 1, k - _SAYING_GAP), -1):
        word = tokens.words[j]
        lemma = cue_lemma(tokens.texts[j])
        if (
            lemma is not None
            and word.lower
            and cue_group(lemma) == _SAY
            and cue_form(tokens.texts[j]) == "past"
        ):
            return True
        if word.punct or (j < k and word.lower and cue_form(tokens.texts[j]) is not None):
            return False
    return False


def _headline_events(article: Article, events: Sequence[Event], location: str | None) -> list[Event]:
    """The days the headline gives that the body does not ("Official visit to Egypt from 5 to 7
    December 2009" over a body that dates only the 7th): the headline's happening, told in the
    first paragraph. Not the publication date itself, which a headline may repeat."""
    told = {e.date for e in events} | {e.end for e in events if e.end}
    published = article.published.isoformat() if article.published else None
    if published is None and events and (today := headline_today(article)) is not None:
        published = today.isoformat()  # the day the body's weekdays counted back from
    found = []
    for day in headline_dates(article):
        if {day.date, day.until} - {None} <= told or (day.date == published and day.until is None):
            continue
        what = event_what(article.title or "", [(day.start, day.end)])
        found.append(Event(day.date, day.until, 0, what, location, (), None, ()))
    return found
