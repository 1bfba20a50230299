"""Briefing -> plain dicts, one per view. Renderers (Rich, Jinja, JSON) only see these."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from briefcli.analysis.countries import country_of
from briefcli.analysis.dateforms import text_dates
from briefcli.analysis.dates import dateline_day
from briefcli.analysis.frames import headline_names_scene, headline_scene
from briefcli.analysis.kinds import tells_lead
from briefcli.analysis.people import took_part
from briefcli.analysis.places import sentence_venue, told_as_earlier, trip_places
from briefcli.analysis.quotemarks import quoted_spans
from briefcli.analysis.tense import event_noun_set, tense_between
from briefcli.errors import NoResultsError, UsageError
from briefcli.lang.en import (
    CHIEF_NOUNS,
    MEET_FORMS,
    OFFICE_EPITHETS,
    ORG_CUES,
    RELATIVE_PLURALS,
    STATE_BODIES,
    WEEKDAY_NAMES,
)
from briefcli.model import (
    KIND,
    PARAGRAPH_KINDS,
    Article,
    Briefing,
    Event,
    Organization,
    ParagraphKind,
    Participant,
    Person,
    Section,
    Source,
    SpeakerKind,
    Statement,
)
from briefcli.present.dates import iso_range, when
from briefcli.present.summary import (
    ELLIPSIS,
    OCCASION_DAYS,
    heading_only,
    held_online,
    is_background,
    main_event,
    readable_place,
    section_of,
    select_summary,
    surname,
    talked_about,
    tells_what_happened,
    told_as_done_before,
    undated_weekday,
    upcoming,
    virtual_cue,
    without_dateline,
)
from briefcli.regexes import pattern
from briefcli.text.dateline import inline_dateline

if TYPE_CHECKING:  # the contract's shapes, for the type checker only: no runtime cost
    from briefcli.contract import (
        AnalysisDict,
        EventDict,
        ExportDict,
        OrganizationDict,
        ParagraphDict,
        ParticipantDict,
        ParticipantRowDict,
        PeopleViewDict,
        PersonDict,
        PersonRowDict,
        PlaceDict,
        QuoteRowDict,
        QuotesDict,
        QuoteSectionDict,
        SectionDict,
        SectionPointsDict,
        SectionRowDict,
        SectionsViewDict,
        SentenceDict,
        SourceDict,
        SpeakerGroupDict,
        StatementDict,
        SummaryDict,
        SummarySectionDict,
        TimelineRowDict,
        TimelineViewDict,
    )

# The version of every JSON output's shape (``briefcli.contract.SchemaVersion``): each view
# carries it, so a reader can tell which schema (``briefcli schema NAME``) an output follows.
SCHEMA_VERSION: Final = "1"


def _paragraphs(briefing: Briefing) -> list[ParagraphDict]:
    article = briefing.article
    out: list[ParagraphDict] = []
    for p in article.paragraphs:
        sentences: list[SentenceDict] = [
            {"index": s.index, "start": s.start, "end": s.end, "text": article.span(s.start, s.end)}
            for s in p.sentences
        ]
        out.append(
            {
                "index": p.index,
                "text": article.span(p.start, p.end),
                "kind": briefing.kinds[p.index],
                "sentences": sentences,
            }
        )
    return out


def source_dict(source: Source) -> SourceDict:
    """Where the article came from, as every output shows it (a shared file included): a file
    by its name alone, never the folders of the machine that read it; a URL without the user
    name and password it may carry ("https://user:pw@host/a" -> "https://host/a")."""
    name = source.name
    if source.kind == "file":
        name = Path(name).name or name
    elif source.kind == "url":
        scheme, sep, rest = name.partition("://")
        end = min((i for i in map(rest.find, "/?#") if i >= 0), default=len(rest))
        host = rest[:end].rpartition("@")[2]
        name = f"{scheme}{sep}{host}{rest[end:]}"
    return {"kind": source.kind, "name": name, "format": source.format}


def analysis_view(briefing: Briefing) -> AnalysisDict:
    """The analysis contract (see ``briefcli.contract``)."""
    article: Article = briefing.article
    return {
        "schema_version": SCHEMA_VERSION,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "location": briefing.location,
        "dateline": article.dateline,
        "source": source_dict(article.source),
        "paragraphs": _paragraphs(briefing),
        "sections": _sections(briefing),
        "people": _people(briefing),
        "statements": _statements(briefing),
        "events": _events(briefing),
        "participants": _participants(briefing),
        "organizations": _organizations(briefing),
        "places": _places(briefing),
        "summary": select_summary(briefing),
    }


def _sections(briefing: Briefing) -> list[SectionDict]:
    return [
        {
            "kind": s.kind,
            "paragraphs": list(s.paragraphs),
            "label": s.label,
            "participants": list(s.participants),
            "participant_ids": list(s.participant_ids),
        }
        for s in briefing.sections
    ]


def _people(briefing: Briefing) -> list[PersonDict]:
    return [
        {
            "id": p.id,
            "name": p.name,
            "title": p.title,
            "org": p.org,
            "mentions": list(p.mentions),
            "took_part": p.took_part,
        }
        for p in briefing.people
    ]


def _statements(briefing: Briefing) -> list[StatementDict]:
    return [
        {
            "speaker": s.speaker,
            "speaker_id": s.speaker_id,
            "speaker_kind": s.speaker_kind,
            "cue": s.cue,
            "text": s.text_in(briefing.article),
            "paragraph": s.paragraph,
            "sentence": s.sentence,
            "direct": s.direct,
        }
        for s in briefing.statements
    ]


def _events(briefing: Briefing) -> list[EventDict]:
    return [
        {
            "date": e.date,
            "end": e.end,
            "paragraph": e.paragraph,
            "what": e.what,
            "where": e.where,
            "who": list(e.who),
            "who_ids": list(e.who_ids),
        }
        for e in briefing.events
    ]


def _participants(briefing: Briefing) -> list[ParticipantDict]:
    return [
        {"id": p.id, "role": p.role, "title": p.title, "org": p.org, "mentions": list(p.mentions)}
        for p in briefing.participants
    ]


def _organizations(briefing: Briefing) -> list[OrganizationDict]:
    return [
        {"id": o.id, "name": o.name, "acronym": o.acronym, "aliases": list(o.aliases)}
        for o in briefing.organizations
    ]


def _places(briefing: Briefing) -> list[PlaceDict]:
    return [
        {"name": p.name, "kind": p.kind, "country": p.country, "aliases": list(p.aliases)}
        for p in briefing.places
    ]


def summary_view(briefing: Briefing, *, max_words: int | None = None) -> SummaryDict:
    """The briefing note: header (title, event dates, place, publication, source), a bottom line
    built from the analysis, the participants, and one block per section with up to seven key
    points, each citing its paragraph (¶); past ``summary.MAX_SECTIONS`` sections, a note that
    counts the rest and the paragraphs they cover.

    ``max_words`` bounds the bottom line plus the key points (counted as ``summary.count_words``
    counts): whole points are added while they fit; the header, the bottom line, the
    participants and the section labels are always shown. What the bottom line says and which
    points are chosen is the summary's selection (``briefcli.present.summary.select_summary``);
    this adds what a reader needs around it."""
    article = briefing.article
    selection = select_summary(briefing, max_words)
    published = article.published.isoformat() if article.published else None
    told = {c["sentence"] for c in selection["bottom_line"]}
    # a block with no point and nothing to say (the bottom line told it all) is left out: an
    # empty heading reads as a gap in the note
    occasion = _occasion(briefing, _reported(briefing))
    span = _occasion_span(occasion)
    facts = _SectionFacts.of(briefing)
    blocks = [_summary_section(briefing, chosen, told, span, facts) for chosen in selection["sections"]]
    blocks = _to_come(
        briefing, [briefing.sections[c["section"]] for c in selection["sections"]], blocks, facts
    )
    lead = selection["bottom_line"][0]["paragraph"] if selection["bottom_line"] else None
    blocks = _told_talks(blocks, lead)
    return {
        "schema_version": SCHEMA_VERSION,
        "title": article.title,
        "dates": header_dates(briefing, occasion)
        or _yearless_dateline(briefing)
        or _ongoing_lead(briefing)
        or _yearless_lead(briefing)
        or _weekday_lead(briefing),
        "place": _place(briefing),
        "published": published,
        "published_when": when(published, None) if published else _dateline_published(briefing),
        "source": source_dict(article.source),
        "bottom_line": selection["bottom_line"],
        "bottom_line_text": selection["bottom_line_text"],
        "people": [{"name": p.name, "title": p.title, "org": p.org} for p in briefing.people if p.took_part],
        "participants": [
            {"role": r.role[:1].upper() + r.role[1:], "org": r.org} for r in unnamed_participants(briefing)
        ],
        "mentioned": [
            {"name": p.name, "title": p.title, "org": p.org} for p in briefing.people if not p.took_part
        ],
        "sections": _headed(
            _continued([b for b in blocks if b["points"] or b["note"]], briefing.kinds), article.title
        ),
        "max_words": selection["max_words"],
        "words": selection["words"],
        "omitted": selection["omitted"],
        "omitted_paragraphs": selection["omitted_paragraphs"],
        "more_sections": selection["more_sections"],
        "more_sections_paragraphs": selection["more_sections_paragraphs"],
        "more_sections_note": _more_sections_note(
            selection["more_sections"], selection["more_sections_paragraphs"]
        ),
    }


def _more_sections_note(count: int, paragraphs: Sequence[int] | None) -> str | None:
    """The line that tells a reader the note leaves sections out (past ``MAX_SECTIONS``), and
    where they stand: "14 more sections (¶40–¶99) are not summarised."; None with none."""
    if not count or not paragraphs:
        return None
    first, last = paragraphs
    where = f"¶{first}" if first == last else f"¶{first}–¶{last}"
    many = count != 1
    return f"{count} more section{'s' if many else ''} ({where}) {'are' if many else 'is'} not summarised."


def _dateline_month_day(article: Article) -> tuple[int, int] | None:
    """The (month, day) of the first paragraph's date line when it gives no year ("KARACHI, Mar
    3 (APP):"), else None."""
    if not article.paragraphs:
        return None
    first = article.paragraphs[0]
    line = inline_dateline(article.text[first.start : first.end])
    return line.month_day if line is not None else None


def _yearless_dateline(briefing: Briefing) -> list[str]:
    """The day a date line gives without a year, when nothing dates the occasion ("LAHORE, Sept
    25 (APP): ... here Sunday hosted"): the reader gets the day, of the publication's year or
    of the one the text fixes, else told the year is not given."""
    article = briefing.article
    month_day = _dateline_month_day(article)
    if month_day is None or _filed_elsewhere(briefing):
        return []
    month, day = month_day
    published = article.published
    if published is not None:  # the release's year ("Washington, Nov 8 (PTI)" of 8 November 2023)
        year = published.year - (1 if (month, day) > (published.month, published.day) else 0)
        with contextlib.suppress(ValueError):  # 29 February of a year without one
            return [when(dt.date(year, month, day).isoformat(), None)]
        return []
    return [_dateline_published(briefing) or _yearless(month, day)]


def _dateline_published(briefing: Briefing) -> str | None:
    """The publication day a wire's date line gives without a year, for an article without a
    publication date: "Port Harlow [Kenya], June 3 : ..." was filed on 3 June, wherever the
    occasion was. Its year is the one the text fixes (``dateline_day``: a full date in the text,
    else the one year the headline names, else the latest year the text names in running
    words), else the reader is told it is not given."""
    article = briefing.article
    month_day = _dateline_month_day(article)
    if article.published is not None or month_day is None:
        return None
    day = dateline_day(article)
    return when(day.isoformat(), None) if day is not None else _yearless(*month_day)


def _filed_elsewhere(briefing: Briefing) -> bool:
    """Whether the date line names another city than the occasion's: it tells where and when
    the report was filed, not the occasion's day ("LONDON, Oct 3: The Minister held talks in
    Lima, Peru" may be days after the talks). "ACCRA, Oct 3: ... here hosted" is the
    occasion's; so is a date line that names the city among other words ("UNHQ, New York")."""
    location, dateline = briefing.location, briefing.article.dateline
    if not location or not dateline or "," not in location:
        return False
    city = location.split(",")[0].strip().casefold()
    return bool(city) and city not in dateline.casefold()


def _yearless(month: int, day: int) -> str:
    return f"{day} {dt.date(2000, month, 1):%B} (year not given)"


def _yearless_lead(briefing: Briefing) -> list[str]:
    """The day the lead gives without a year, when the article has no date to count one from
    ("On Tuesday the 18th of November, ... hosted a debate"): the reader gets the day, told the
    year is not given, not a blank."""
    article = briefing.article
    if article.published is not None or not article.sentences:
        return []
    lead = article.sentences[0]
    start = max(lead.start, article.dateline_end)  # a date line's day is _yearless_dateline's
    raw = next((r for r in text_dates(article.span(start, lead.end)) if r.year is None and r.day), None)
    if raw is None or raw.day is None:
        return []
    earlier = _counted_back(article, start, start + raw.start, raw.month, raw.day)
    return [_yearless(*earlier) if earlier else _yearless(raw.month, raw.day)]


# A weekday with no date after it: "opened on Monday" (not "on Monday 9 March", "on Monday the 9th").
_BARE_WEEKDAY = pattern(rf"\b(?i:on)\s+(?i:({'|'.join(WEEKDAY_NAMES)}))\b(?!,?\s+(?:the\s+)?\d)")


def _counted_back(article: Article, start: int, at: int, month: int, day: int) -> tuple[int, int] | None:
    """The (month, day) of a weekday told in the past before a yearless date that gives its own
    weekday, counted back from it: "The summit, which opened on Monday and ends on Thursday 12
    March": the occasion began on 9 March, not the 12th. None when there is no such weekday."""
    text = article.text
    anchor = text[at : at + 12].split()[0].strip(",").lower() if text[at : at + 12].split() else ""
    bare = list(_BARE_WEEKDAY.finditer(text, start, at))
    if anchor not in WEEKDAY_NAMES or not bare or tense_between(article, start, bare[-1].end()) >= 0:
        return None
    back = (WEEKDAY_NAMES.index(anchor) - WEEKDAY_NAMES.index(bare[-1].group(1).lower())) % 7
    try:
        earlier = dt.date(2001, month, day) - dt.timedelta(days=back)  # any year without 29 February
    except ValueError:
        return None
    return (earlier.month, earlier.day) if back else None


def _weekday_lead(briefing: Briefing) -> list[str]:
    """The weekday the lead tells its happening on, when the article has no date to count it
    from ("... held talks with his counterpart on Friday"): "Friday (date not given)", not a
    blank."""
    article = briefing.article
    if not article.sentences:
        return []
    lead = article.sentences[0]
    day = undated_weekday(article, max(lead.start, article.dateline_end), lead.end)
    return [day] if day else []


def _ongoing_lead(briefing: Briefing) -> list[str]:
    """The release's day, when nothing dates the occasion and the lead tells it in the present
    ("3 October 2025 | Athens: The Forum is taking part in the Democracy Festival"): the day of
    the date line is one of the occasion's. Not a lead in the past, which may tell a day before."""
    article = briefing.article
    if article.published is None or not article.sentences:
        return []
    lead = article.sentences[0]
    start = max(lead.start, article.dateline_end)
    tokens = article.tokens.within(start, lead.end)
    # the occasion is in it ("... is participating in the Forum"), not a standing aim ("A
    # focus of our work is achieving ...")
    nouns = event_noun_set()
    occasion = any(article.tokens.texts[i].lower() in nouns for i in tokens)
    if not occasion or tense_between(article, start, lead.end) != 0 or not tells_lead(article, tokens):
        return []
    return [when(article.published.isoformat(), None)]


ONLINE = "Online"


def _place(briefing: Briefing) -> str | None:
    """The header's Place: the analysis's location, else (for an occasion held online,
    ``ONLINE``) the date line's city, else the venue the lead names."""
    article = briefing.article
    occasion = _occasion(briefing, _reported(briefing))
    if not occasion or _said_only(occasion):
        # the header's Date is then the announced event's: so is its Place ("KUALA LUMPUR - The
        # Deputy Minister will lead the delegation to the Dialogue in Riyadh, Saudi Arabia")
        announced = _announced_lead(briefing)
        if announced and announced[0].where:
            return announced[0].where
    trip = _trip_place(briefing)
    if trip is not None:
        return trip
    if briefing.location:
        return briefing.location
    if held_online(briefing):
        # "KARACHI: ... conducted a webinar": Karachi is the newspaper's; the hosts the account
        # names are the occasion's ("convened virtually between Apia and Suva, Fiji")
        hosts = _online_hosts(briefing)
        return f"{ONLINE} ({hosts})" if hosts else ONLINE
    lead = article.sentences[0] if article.sentences else None
    if lead is not None and told_as_earlier(article.span(lead.start, lead.end)):
        return _venue(briefing)  # "MONTRÉAL - ... met late last week with": the release's city
    return (readable_place(article.dateline) if article.dateline else None) or _venue(briefing)


def _trip_place(briefing: Briefing) -> str | None:
    """The stops of a trip to several countries the lead tells (``trip_places``): "visited Lima,
    Quito and Bogota" from the location's city; "returned home after a tour of Qatar, Oman and
    Kuwait" from anywhere, the home being the date line's."""
    main = main_event(briefing)
    if main is not None and main.paragraph != 0:
        return None
    if main is not None:
        what = main.what
    elif briefing.article.sentences:
        lead = briefing.article.sentences[0]
        what = briefing.article.span(lead.start, lead.end)
    else:
        return None
    home = _RETURN.search(what) is not None
    if not home and not briefing.location:
        return None
    filed = briefing.article.dateline
    if (
        filed
        and briefing.location
        and briefing.location.split(",")[0].casefold() == filed.split(",")[0].casefold()
    ):
        home = True  # "PARIS - The Minister began a tour of Kenya, Ethiopia and Rwanda": not Paris
    return trip_places(what, None if home else briefing.location)


# The places after the cue of an occasion held online: "virtually [between] Apia and Suva",
# "online [from] Apia".
_ONLINE_FROM = pattern(r"\s+(?:between|from|in)\s+")
_PLACE_JOINT = pattern(r",\s*(?:and\s+)?|\s+and\s+")


def _online_hosts(briefing: Briefing) -> str | None:
    """The places an occasion held online was hosted from, as the main event's account names
    them right after its cue: "convened virtually between Apia and Suva, Fiji, on the theme" ->
    "Apia and Suva, Fiji". Each piece must be a place the analysis knows; the list stops at the
    first that is not."""
    main = main_event(briefing)
    cue = virtual_cue(main.what) if main is not None else None
    opening = _ONLINE_FROM.match(main.what, cue.end()) if main is not None and cue is not None else None
    if main is None or opening is None:
        return None
    known = sorted(_place_names(briefing), key=len, reverse=True)  # the longest name first
    at, end = opening.end(), opening.end()
    while True:
        place = next((k for k in known if main.what.startswith(k, at)), None)
        if place is None:
            break
        end = at + len(place)
        joint = _PLACE_JOINT.match(main.what, end)
        if joint is None:
            break
        at = joint.end()
    return main.what[opening.end() : end] or None


def _place_names(briefing: Briefing) -> set[str]:
    """Every name the analysis knows a place of the article by."""
    return {alias for p in briefing.places for alias in (p.name, *p.aliases)}


def _venue(briefing: Briefing) -> str | None:
    """The building the main event's sentence puts it at, when the article names no city: a
    reader gets "Headquarters of the International Maritime Organization" rather than
    nothing."""
    event = main_event(briefing)
    sentences = briefing.article.sentences
    if event is not None and event.sentence is not None:
        venue = sentence_venue(briefing.article, sentences[event.sentence])
    else:
        # nothing dated: the lead tells the occasion ("About 90 people gathered in Pugh Hall ...")
        venue = sentence_venue(briefing.article, sentences[0]) if sentences else None
    home = _government_country(briefing) if venue else None
    if venue and home and not any(place in venue for place in _place_names(briefing)):
        return f"{venue}, {home}"  # "Office of the Prime Minister, Norland"
    return venue


# "The Government of Norland has signed ...": whose release it is.
_GOVERNMENT_OF = pattern(
    rf"\b(?:{'|'.join(sorted(STATE_BODIES))})\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s*){{1,4}})"
)


def _government_country(briefing: Briefing) -> str | None:
    """The country whose government the lead says acted ("The Government of Norland has signed
    two agreements ..."): a national release. A building it names without a place ("at the
    Office of the Prime Minister") is in that country."""
    sentences = briefing.article.sentences
    if not sentences:
        return None
    lead = briefing.article.span(sentences[0].start, sentences[0].end)
    m = _GOVERNMENT_OF.search(lead)
    words = m.group(1).split() if m else []
    for n in range(len(words), 0, -1):
        country = country_of(" ".join(words[:n]))
        if country is not None:
            return country
    return None


def _first_day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso if len(iso) == 10 else f"{iso}-01")


def _last_day(iso: str) -> dt.date:
    if len(iso) == 10:
        return dt.date.fromisoformat(iso)
    first = _first_day(iso)
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _reported(briefing: Briefing) -> list[Event]:
    """The events of the occasion the article reports: told (not announced: after the
    publication date), outside background (when the article has anything else), and near the
    publication date, within ``OCCASION_DAYS`` before it (without one: near the main event or
    the latest of them). A date months before ("signed in December 2018", "since March 2019")
    is another occasion's; so is a month in what someone said ("expressed his hope that the
    Forum in November ..."): saying happens on a day. Nor is a day told in passing of a thing
    (``Event.aside``)."""
    published = briefing.article.published.isoformat() if briefing.article.published else None
    foreground = any(not is_background(s) for s in briefing.sections)
    told = [
        e
        for e in briefing.events
        if not upcoming(e, published)
        and not (foreground and is_background(section_of(briefing, e.paragraph)))
        and not talked_about(e)
        # nor a day told in passing of something else ("the High Commission, which was opened
        # last evening"): the occasion's day may be missing, never another thing's
        and not e.aside
    ]
    if briefing.article.published is not None:
        anchors = [briefing.article.published]
    else:
        main = main_event(briefing)
        anchors = [_last_day(e.end or e.date) for e in told if e is main]
        anchors += [max((_last_day(e.end or e.date) for e in told), default=dt.date.min)]
    near = dt.timedelta(days=OCCASION_DAYS)
    return [
        e
        for e in told
        if any(_last_day(e.end or e.date) >= a - near and _first_day(e.date) <= a + near for a in anchors)
    ]


SAME_OCCASION_DAYS = 3  # a visit or a conference over consecutive days is one occasion
TRIP_DAYS = 7  # the days before a return home that the trip's stops may fall on
# A lead that tells the return from a trip: "returned to Mauritius on Sunday after a week-long tour".
_RETURN = pattern(r"\breturned\s+(?:home|to)\b")


def return_lead(event: Event) -> bool:
    """Whether ``event`` is the lead's return home from a trip its stops are told after: the
    trip is the occasion ("returned to Mauritius on Sunday after a tour that took him to Paris
    ... | In Paris, he met the President on Monday 2 September")."""
    return event.paragraph == 0 and _RETURN.search(event.what) is not None


def _occasion(briefing: Briefing, events: list[Event]) -> list[Event]:
    """The events of the one occasion the article reports, among the told ``events``: its main
    event (``main_event``; when that is no told event dated to a day, the first one in text
    order that is: "since March 2024" gives no occasion) and those within
    ``SAME_OCCASION_DAYS`` of it ("met the Minister on 5 May ... visited the port on 6 May").
    Other dates it tells (an earlier step the week before, a conference it announces, an
    election last month) are in the timeline, not the header's Date."""
    main = main_event(briefing)
    if main is None or main not in events or len(main.date) != len("YYYY-MM-DD"):
        days = [e for e in events if len(e.date) == len("YYYY-MM-DD")]
        if not days:
            # months only: those of what happened, not of a quotation ("'... following its
            # signature last month,' Mr Sharma said")
            return [e for e in events if tells_what_happened(e)]
        main = min(days, key=lambda e: (e.paragraph, e.sentence or 0))
    near = dt.timedelta(days=SAME_OCCASION_DAYS)
    before = dt.timedelta(days=TRIP_DAYS) if return_lead(main) else near
    first, last = _first_day(main.date), _last_day(main.end or main.date)
    return [
        e
        for e in events
        if _first_day(e.date) <= last + near
        and _last_day(e.end or e.date) >= first - before
        and (e is main or not told_as_done_before(e))
        # nor the day of a later statement on it ('"...," she said in a statement on Friday')
        and (e is main or not e.said)
    ]


# A section of the occasion is dated within this of the header's dates: the talks of a visit's
# last days, not the agreement "signed in December 2018" a statement recalls, nor the
# anniversary "on 6 June" a speaker names.
SECTION_DAYS = 14


def _occasion_span(events: Sequence[Event]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the header's occasion (``_occasion``'s events), or None."""
    if not events:
        return None
    return min(_first_day(e.date) for e in events), max(_last_day(e.end or e.date) for e in events)


def header_dates(briefing: Briefing, occasion: Sequence[Event] | None = None) -> list[str]:
    """The dates of the occasion the article reports (``_reported``, then ``_occasion``), for
    reading, in date order. With none, the announced ones only when the article leads with one
    (it announces its event);
    a month is left out when a day of it is there ("13 November 2019", not also "November
    2019"), a day or a range inside another range shown too ("20–22 April 2016", not also "21
    April 2016"). ``occasion``: the events of ``_occasion`` when the caller has them."""
    events = list(occasion) if occasion is not None else _occasion(briefing, _reported(briefing))
    if not events or _said_only(events):
        events = _announced_lead(briefing) or events
    trip = _trip_span(briefing, events)
    if trip is not None:
        return [trip]
    spans = sorted({(e.date, e.end or e.date) for e in events})
    days = {d[:7] for d, _ in spans if len(d) == 10}
    kept = [
        (d, end)
        for d, end in spans
        if (len(d) != 7 or d not in days)
        and not any((d2, e2) != (d, end) and d2 <= d and end <= e2 and len(d2) == len(d) for d2, e2 in spans)
    ]
    hosted = {(e.date, e.end or e.date) for e in events if e.hosted}
    day = briefing.article.published
    return list(dict.fromkeys(_span_shown(d, end, (d, end) in hosted, day) for d, end in _runs(kept, hosted)))


def _trip_span(briefing: Briefing, events: Sequence[Event]) -> str | None:
    """The days of a trip whose return the article leads with, from its first stop told to the
    return ("2–8 September 2024"), not each stop's day; None for any other occasion."""
    main = main_event(briefing)
    if main is None or main not in events or not return_lead(main) or len(events) < 2:
        return None
    if any(len(e.date) != len("YYYY-MM-DD") for e in events):
        return None
    span = _occasion_span(events)
    return when(span[0].isoformat(), span[1].isoformat()) if span is not None else None


def _announced_lead(briefing: Briefing) -> list[Event]:
    """The announced events (after the publication date), in text order, when the article
    leads with one: it announces its event ("Deputy Minister Liew will lead the delegation to
    the Dialogue in Riyadh from Oct 6 to 8"); else none."""
    published = briefing.article.published.isoformat() if briefing.article.published else None
    announced = sorted(
        # not a gathering to come a told happening names in passing ("met ahead of the summit on
        # Thursday": the article reports the meeting)
        (e for e in briefing.events if upcoming(e, published) and not talked_about(e) and not e.aside),
        key=lambda e: (e.paragraph, e.sentence or 0),
    )
    return announced if announced and announced[0].paragraph == 0 else []


def _said_only(events: Sequence[Event]) -> bool:
    """Whether an occasion's days are only those of statements about it ("the ministry said in
    a statement today that ..."): a release's day, no occasion of its own."""
    return bool(events) and all(e.said for e in events)


def _runs(spans: list[tuple[str, str]], hosted: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Spans of days that follow one another joined into one: a visit told day by day ("On
    Wednesday ... On Thursday ... On the last day ...") took "15–17 April 2026", not "15 April
    2026; 16 April 2026; 17 April 2026". A month, or a hosting gathering's span, stays apart."""
    out: list[tuple[str, str]] = []
    for date, end in spans:
        if out and _next_day(out[-1], (date, end), hosted):
            out[-1] = (out[-1][0], end)
        else:
            out.append((date, end))
    return out


def _next_day(before: tuple[str, str], span: tuple[str, str], hosted: set[tuple[str, str]]) -> bool:
    if any(len(d) != len("YYYY-MM-DD") for d in (*before, *span)) or before in hosted or span in hosted:
        return False
    return dt.date.fromisoformat(span[0]) - dt.date.fromisoformat(before[1]) == dt.timedelta(days=1)


def _span_shown(date: str, end: str, hosted: bool, published: dt.date | None) -> str:
    """A span for reading; a hosting gathering's (``Event.hosted``: "met delegates at the
    Conference, which takes place from 5 to 20 June") is the days the happening may have been
    on, up to the publication date, with the day not given: "5–7 June 2013 (day not given)"."""
    if not hosted or end == date or len(date) != len(end) or len(date) != len("YYYY-MM-DD"):
        return when(date, None if end == date else end)
    last = _last_day(end)
    if published is not None and _first_day(date) <= published < last:
        last = published
    shown = when(date, None if last == _first_day(date) else last.isoformat())
    return f"{shown} (day not given)"


_ORG_WORD = pattern(r"[^\W\d_][\w-]*")


def _initials(org: str) -> str:
    """ "AU Commission" and "African Union Commission" -> "auc": an acronym gives its letters,
    a word its first letter; small words ("of", "the") none."""
    out = []
    for word in _ORG_WORD.findall(org):
        if word.isupper() and len(word) > 1:
            out.append(word.casefold())
        elif word[:1].isupper():
            out.append(word[0].casefold())
    return "".join(out)


# "Bank’s Vice President for East Asia": a role after the possessive of an organisation's head
# noun is a role whose organisation's name was cut off ("the Asian Development Bank’s ...").
_CUT_OWNER = pattern(r"(?P<head>[^\W\d_]+)['’]s\s")
_POSSESSIVE_END = pattern(r"['’]s?$")


def _duplicate_role(role: Participant, people: Sequence[Person], text: str = "") -> bool:
    """Whether an unnamed role holder is a listed person again: the same title, and the same
    organisation, written out or as its acronym ("AU Commission Chairperson" for the
    Chairperson of the African Union Commission), or as the acronym the text defines after
    it ("the Intergovernmental Authority on development (IGAD)"); without an organisation,
    the one listed person with that title."""
    if not role.title:
        return False
    same_title = [p for p in people if p.title and p.title.casefold() == role.title.casefold()]
    if role.org is None:
        return len(same_title) == 1
    org = role.org
    return any(
        p.org and (_initials(p.org) == _initials(org) or _defined_as(text, org, p.org)) for p in same_title
    )


_DEFINITION_REACH = 40  # "the Authority on development (IGAD)": the rest of the name, then the acronym


def _defined_as(text: str, name: str, acronym: str) -> bool:
    """Whether the text gives ``acronym`` in brackets right after ``name`` (and the rest of its
    name): "the Intergovernmental Authority on development (IGAD)"."""
    if not acronym.isupper():
        return False
    found = pattern(
        rf"{re.escape(name)}[^().;]{{0,{_DEFINITION_REACH}}}\({re.escape(acronym)}\)", keep=False
    ).search(text)
    return found is not None


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "a", "an"})
_CONTENT_WORD = pattern(r"[^\W_]+")


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(text.casefold()) if w not in _SMALL_WORDS}


_APPOSITION_GAP = pattern(r"\s*,\s*(?:and\s+)?(?:the\s+)?$", re.IGNORECASE)


_TITLE_CHAIN_WORDS = (
    12  # "[President of the Council on Aviation] and Use of Airspace and Chairperson of the IAC"
)


def _title_before_a_name(role: Participant, briefing: Briefing) -> bool:
    """Whether an unnamed role is the first of two titles joined by "and" before a person's
    name, every time it is told: "the President of the Council on Aviation and Chairperson of
    the Aviation Committee (IAC) Dr. Ana Ruiz" (no comma, no verb between them)."""
    text = briefing.article.text
    names = sorted(m.start for p in briefing.people if p.took_part for m in p.spans if m.kind == "name")
    if not role.spans or not names:
        return False
    for span in role.spans:
        after = next((start for start in names if start >= span.end), None)
        if after is None:
            return False
        gap = text[span.end : after]
        words = _GAP_WORD.findall(gap)
        if " and " not in f" {gap} " or any(c in gap for c in ",;.") or len(words) > _TITLE_CHAIN_WORDS:
            return False
        if any(w[:1].islower() and w not in _TITLE_JOINERS for w in words):
            return False  # a lowercase word not of a title's: a verb, another phrase
    return True


_GAP_WORD = pattern(r"[^\s()]+")
_TITLE_JOINERS = frozenset({"and", "of", "the", "for", "on"})


def _second_apposition(role: Participant, briefing: Briefing) -> bool:
    """Whether an unnamed role is a second title of the person named right before it: "Ahmed
    Al Khalifa, the President of Bahrain Customs, the Chair of the WCO Council": only a comma
    (and "the") stands between the person's mention and the role, every time it is told."""
    text = briefing.article.text
    spans = sorted(
        (m.start, m.end, m.kind)
        for p in briefing.people
        if p.took_part
        for m in p.spans
        if m.kind != "pronoun"
    )
    if not role.spans or not spans:
        return False
    for span in role.spans:
        k = max((i for i, (_, end, _) in enumerate(spans) if end <= span.start), default=-1)
        if k < 0 or _APPOSITION_GAP.fullmatch(text[spans[k][1] : span.start]) is None:
            return False
        # the mention before it is a name, or a title in apposition to a name: not an item of a
        # list of role holders ("the WCO Secretary General, the Acting Head of ...")
        start, _, kind = spans[k]
        joined = k > 0 and not text[spans[k - 1][1] : start].strip(" ,")  # "X, the President,"
        if kind == "name" and joined:
            return False  # "the Minister, Kabelo Sebego, the Chief Executive ...": a list
        if kind != "name" and not (joined and spans[k - 1][2] == "name"):
            return False
    return True


def _listed_again(role: Participant, people: Sequence[Person]) -> bool:
    """Whether an unnamed role is a listed person told by part of their title: every word of it
    is a word of the person's title or organisation, or the initials of the organisation ("the
    Secretary General" for the Commonwealth Secretary General, "the Union Health Minister" for
    the Minister of Health and Family Welfare of the Union, "the AU Commissioner" for the
    Commissioner of the African Union). "Deputy Minister" is not the Minister."""
    words = _content_words(role.role)
    for p in people:
        if not p.title:
            continue
        known = _content_words(f"{p.title} {p.org or ''}")
        if p.org:
            known.add(_initials(p.org))
        if words and words <= known:
            return True
    return False


def _epithet_of_listed(role: Participant, people: Sequence[Person]) -> bool:
    """Whether a role is the office a release calls a listed person by, for variety ("the Head
    of State" of a President, ``OFFICE_EPITHETS``): whichever of them it is, it is no one
    unnamed."""
    words = role.role.casefold().removeprefix("the ")
    if not words.startswith("head of"):
        return False  # the cheap test first: almost no role is an office's epithet
    return any(
        p.took_part and p.title and OFFICE_EPITHETS.get(p.title.casefold().split(" of ")[0]) == words
        for p in people
    )


def _counterpart_listed(role: Participant, people: Sequence[Person]) -> bool:
    """Whether a role relative to the one who met them ("welcomed his counterparts from Chile
    and Peru": the Counterpart of Chile) is a listed person of its country ("Ana Ruiz, Chile's
    minister of trade"); the counterpart of a country nobody listed is from stays."""
    if not role.title or f"{role.title.casefold()}s" not in RELATIVE_PLURALS or role.org is None:
        return False
    country = country_of(role.org)
    return country is not None and any(p.took_part and p.org and country_of(p.org) == country for p in people)


# A relative clause of meeting right before a role: "The legislators [who met with the]
# Secretary".
_WHO_MET = pattern(rf"\bwho\s+(?:{'|'.join(MEET_FORMS)})\s+(?:with\s+)?(?:the\s+)?$", re.IGNORECASE)


def _met_before(role: Participant, briefing: Briefing) -> bool:
    """Whether an unnamed role is only the one a group met, in a paragraph that has already
    told a listed person meeting them: "He also held a meeting with the envoys of the Board.
    The envoys who met with the Minister were Ana Ruiz and Tom Berg." The definite role goes
    back to that meeting's listed party; it is nobody new."""
    text = briefing.article.text
    sentences = briefing.article.sentences
    met = [
        m
        for p in briefing.people
        if p.took_part
        for m in p.spans
        if _MEETING.match(text, m.end, sentences[m.sentence].end)
    ]
    return bool(role.spans) and all(
        _WHO_MET.search(text, sentences[span.sentence].start, span.start) is not None
        and any(m.paragraph == span.paragraph and m.sentence < span.sentence for m in met)
        for span in role.spans
    )


_MEETING = pattern(
    rf"\s+(?:also\s+)?(?:held\s+(?:a\s+)?(?:meeting|talks)|{'|'.join(MEET_FORMS)})\b", re.IGNORECASE
)


# What stands before a role that names an office, not someone at the event: "his appointment as
# the Minister", "in her capacity as Chair", "will hold the Chair of the Council", "took over
# the chairmanship", "the role of the Ambassador", "the Office of the Trade Representative".
# Not "as well as the Minister", "such as the Minister": those list people.
_OFFICE_BEFORE = pattern(
    r"(?:(?<!\bwell\s)(?<!\bsuch\s)\bas|\bhold(?:s|ing)?|\bheld|\bassum(?:e|es|ed|ing)"
    r"|\b(?:take|takes|took|taken|taking|hand|hands|handed|handing)\s+over"
    r"|\b(?:office|role|post|position|capacity|seat|function)\s+of)\s+(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)


def _office(role: Participant, text: str) -> bool:
    """Whether every mention of an unnamed role names the office, not a person who was there:
    "congratulated him on his appointment as the Minister of Foreign Affairs", "in his capacity
    as the Forum Chair", "the UK will hold the Chair of the Commonwealth"."""
    return bool(role.spans) and all(
        _OFFICE_BEFORE.search(text[max(0, m.start - 40) : m.start]) for m in role.spans
    )


def unnamed_participants(briefing: Briefing) -> list[Participant]:
    """The role holders the text never names, as the participants list shows them: not one who
    is a listed person again (the same title, or part of one: ``_listed_again``), nor one
    already listed with an organisation ("Vice Chair" after "Vice Chair of the Council"), nor
    an office ("his appointment as the Minister": ``_office``), nor a fragment (a possessive:
    "Chair’s", or a role whose organisation's name was cut off), nor the head of nothing named
    ("the head", lowercase, without its organisation)."""
    roles = list(briefing.participants)
    titled = {r.title.casefold() for r in roles if r.title and r.org}
    quoted = quoted_spans(briefing.article) if roles else []
    kept = []
    for role in roles:
        cut = _CUT_OWNER.match(role.role)
        if (cut is not None and cut.group("head").casefold() in ORG_CUES) or _POSSESSIVE_END.search(
            role.role
        ):
            continue
        if role.org is None and role.title and role.title.casefold() in titled:
            continue
        if role.org is None and role.role in CHIEF_NOUNS:
            continue  # "met with the head of the institute": "Head (not named)" tells nothing
        if _indefinite_of_listed(role, briefing.people):
            continue  # "the first visit by a Tarnian ambassador since 1998": anyone of the kind
        if _office(role, briefing.article.text) or _listed_again(role, briefing.people):
            continue
        if _counterpart_listed(role, briefing.people) or _met_before(role, briefing):
            continue
        if _epithet_of_listed(role, briefing.people):
            continue  # "The Head of State and the King held talks" after "President X": X
        if _second_apposition(role, briefing) or _title_before_a_name(role, briefing):
            continue
        if not took_part(briefing.article, role.spans, quoted):
            continue  # "recalled the recent visit of the Sri Lankan President": talked about
        if not _duplicate_role(role, briefing.people, briefing.article.text):
            kept.append(role)
    return kept


_INDEFINITE = frozenset({"a", "an"})


def _indefinite_of_listed(role: Participant, people: Sequence[Person]) -> bool:
    """Whether a role is only ever said with "a"/"an" and is the title of a listed person: "the
    first visit by a Tarnian ambassador since 1998" after "the Ambassador of Tarn, Mr. Olaf
    Brenn" is anyone of the kind (or him), no one else who took part. "Received by a Deputy
    Minister" with no Deputy Minister listed still is someone."""
    if not role.title or not role.mentions:
        return False
    if any(m.split(" ", 1)[0].casefold() not in _INDEFINITE for m in role.mentions):
        return False
    title = role.title.casefold()
    return any(p.title is not None and p.title.casefold() == title for p in people)


# The labels a section gets when the text names nothing of its scene.
_BARE_LABELS = frozenset({"Meeting", "Panel", "Panel discussion", "Bilateral talks"})


def _headed(blocks: list[SummarySectionDict], title: str | None) -> list[SummarySectionDict]:
    """The first block headed by the article's title when its label only says the kind
    ("Meeting") and the headline names the scene the article leads with ("WCO Council holds its
    129th/130th Sessions"); later blocks keep theirs. A headline that tells what was said
    ("Ports are the need of the hour, says Minister") names no scene and heads none."""
    if blocks and title and blocks[0]["label"] in _BARE_LABELS and headline_names_scene(title):
        blocks[0]["label"] = headline_scene(title) or title
    return blocks


def _continued(blocks: list[SummarySectionDict], kinds: Sequence[ParagraphKind]) -> list[SummarySectionDict]:
    """The blocks, with a label an earlier block already has marked as the scene taken up again:
    "Annual Meeting", then "Annual Meeting (continued)" after the roundtable between them. A
    block that only an aside parts from the block before it, of the same kind and label, is
    that block's scene going on ("The attachés met the Secretary General. | The WCO was
    founded in 1952. | The Group also includes ..."): one block, not a scene taken up again
    after nothing the note shows."""
    seen: set[str] = set()
    out: list[SummarySectionDict] = []
    for block in blocks:
        before = out[-1] if out else None
        if before is not None and _one_scene(before, block, kinds):
            _join(before, block)
        elif block["label"] in seen:
            out.append({**block, "label": f"{block['label']} (continued)"})
        else:
            seen.add(block["label"])
            out.append(block)
    return out


def _one_scene(before: SummarySectionDict, block: SummarySectionDict, kinds: Sequence[ParagraphKind]) -> bool:
    """Whether ``block`` goes on with the scene of the block ``before`` it: same kind and label,
    with only background paragraphs (asides, GUIDE.md) between them."""
    if before["kind"] != block["kind"] or before["label"] != block["label"]:
        return False
    between = range(before["paragraphs"][-1] + 1, block["paragraphs"][0])
    return all(KIND[kinds[i]].role == "background" for i in between)


def _join(block: SummarySectionDict, more: SummarySectionDict) -> None:
    """Add ``more``'s paragraphs, participants, dates and points to ``block``."""
    block["paragraphs"] = [*block["paragraphs"], *more["paragraphs"]]
    block["participants"] = list(dict.fromkeys([*block["participants"], *more["participants"]]))
    block["dates"] = list(dict.fromkeys([*block["dates"], *more["dates"]]))
    block["points"] = [*block["points"], *more["points"]]
    block["note"] = None if block["points"] else block["note"] or more["note"]


NO_POINT = "No key point within the word budget."


class _SectionFacts(NamedTuple):
    """What each section's block looks up, indexed once for all of them (a scan of every
    person and event per section grew as sections times events on a long article)."""

    by_id: dict[str, Person]
    events: dict[int, list[tuple[int, Event]]]  # by paragraph: (position in briefing.events, event)

    @classmethod
    def of(cls, briefing: Briefing) -> _SectionFacts:
        events: dict[int, list[tuple[int, Event]]] = {}
        for position, e in enumerate(briefing.events):
            events.setdefault(e.paragraph, []).append((position, e))
        return cls({p.id: p for p in briefing.people}, events)

    def events_in(self, paragraphs: Sequence[int]) -> list[Event]:
        """The events of these paragraphs, in the briefing's order."""
        return [e for _, e in sorted(pe for i in set(paragraphs) for pe in self.events.get(i, ()))]


TOLD_ABOVE = "Told in the bottom line ({where})."
_TALKS = "bilateral"


def _told_talks(blocks: list[SummarySectionDict], lead: int | None) -> list[SummarySectionDict]:
    """The blocks, with a note on the talks whose every sentence the bottom line tells, when
    other talks of the article have points: "The Minister met Ana Ruiz ... | He also met Tom
    Berg ..." gives each counterpart a heading, not only those the bottom line left for the body
    (a meeting without one reads as one not held). Not the talks of the bottom line's lead
    (paragraph ``lead``): they are the occasion the note opens on."""
    if not any(b["kind"] == _TALKS and b["points"] for b in blocks):
        return blocks
    for block in blocks:
        told = not block["points"] and not block["note"]
        if block["kind"] == _TALKS and told and lead not in block["paragraphs"]:
            block["note"] = TOLD_ABOVE.format(where=", ".join(f"¶{i}" for i in block["paragraphs"]))
    return blocks


def _summary_section(
    briefing: Briefing,
    chosen: SectionPointsDict,
    told: set[int],
    span: tuple[dt.date, dt.date] | None = None,
    facts: _SectionFacts | None = None,
) -> SummarySectionDict:
    """A section's block: its label and facts, and the key points chosen for it; without a
    point, a note saying why when the word budget was spent. A section whose every sentence
    the bottom line tells (``told``; a subheading or a date line is no sentence that tells)
    has nothing more to say and no note: the reader has just read it."""
    section = briefing.sections[chosen["section"]]
    article = briefing.article
    sentences = {
        s.index
        for i in section.paragraphs
        for s in article.paragraphs[i].sentences
        if not heading_only(without_dateline(article, s.start, s.end))
    }
    note = None
    if not chosen["points"]:
        note = None if sentences and sentences <= told else NO_POINT
    facts = _SectionFacts.of(briefing) if facts is None else facts
    by_id = facts.by_id
    ids = section.participant_ids
    if len(ids) != len(section.participants):  # a section built without ids (by hand)
        ids = ("",) * len(section.participants)
    dates = _section_dates(briefing, section, facts, span)
    return {
        "kind": section.kind,
        "label": section.label,
        "paragraphs": list(section.paragraphs),
        "participants": [  # not those the text only talks about ("recalled President X's plan")
            surname(by_id[i], briefing.people) if i in by_id else n
            for n, i in zip(section.participants, ids, strict=True)
            if i not in by_id or by_id[i].took_part
        ],
        "dates": list(dict.fromkeys(dates)),
        "points": chosen["points"],
        "note": note,
    }


TO_COME = " (to come)"


def _to_come(
    briefing: Briefing, sections: Sequence[Section], blocks: list[SummarySectionDict], facts: _SectionFacts
) -> list[SummarySectionDict]:
    """The blocks, the heading of one whose every sentence tells an event still to come marked
    so ("Adoption of the Harbour Declaration (to come)" over "The Forum closes on Friday with the
    adoption of the Harbour Declaration."): it would read as a scene that took place. Not a
    heading an earlier block has: that gathering took place, and the line is its sequel ("The
    conclusions of the dialogue will feed into the Conference")."""
    seen: set[str] = set()
    for section, block in zip(sections, blocks, strict=True):
        if block["label"] not in seen and _still_to_come(briefing, section, facts):
            block["label"] += TO_COME
        seen.add(section.label)
    return blocks


def _still_to_come(briefing: Briefing, section: Section, facts: _SectionFacts) -> bool:
    """Whether every sentence of a section tells an event still to come and none what someone
    said ("Ana Ruiz announced that the next meeting would be held in May" was said there)."""
    events = facts.events_in(section.paragraphs)
    article = briefing.article
    published = article.published.isoformat() if article.published else None
    # most sections tell an event that took place: that rules them out first
    if not events or not all(upcoming(e, published) for e in events):
        return _all_future(briefing, section)
    sentences = {
        s.index
        for i in section.paragraphs
        for s in article.paragraphs[i].sentences
        if not heading_only(without_dateline(article, s.start, s.end))
    }
    rest = sentences - {e.sentence for e in events}  # "At the Summit, she is expected to speak."
    if not sentences or not all(tense_between(article, *_bounds(article, i)) > 0 for i in rest):
        return False
    return not any(st.sentence in sentences for st in briefing.statements)


def _bounds(article: Article, sentence: int) -> tuple[int, int]:
    s = article.sentences[sentence]
    return s.start, s.end


def _all_future(briefing: Briefing, section: Section) -> bool:
    """Whether a short section tells only what is still to come, every sentence in the future
    and none with a statement, whatever its dates say: "She will also hold talks with her Kessan
    counterpart on the sidelines." (talks announced, undated), "The Minister will travel to
    Kessa next week to attend the Summit." (a week that holds the release's day)."""
    article = briefing.article
    sentences = [s for i in section.paragraphs for s in article.paragraphs[i].sentences]
    if not sentences or len(sentences) > _FUTURE_SENTENCES:
        return False  # the cheap check first: a long section tells more than an announcement
    if not all(tense_between(article, s.start, s.end) > 0 for s in sentences):
        return False
    told = {s.index for s in sentences}
    return not any(st.sentence in told for st in briefing.statements)


_FUTURE_SENTENCES = 3  # an announced encounter is told in a line or two


def _section_dates(
    briefing: Briefing, section: Section, facts: _SectionFacts, span: tuple[dt.date, dt.date] | None
) -> list[str]:
    """The dates a section's line shows: those of its events near the header's occasion
    (``span``), else the weekday it tells with no day to count from."""
    article = briefing.article
    published = article.published.isoformat() if article.published else None
    near = dt.timedelta(days=SECTION_DAYS)
    events = [  # not an announced event's: "the conference, which will take place on 1 October"
        e
        for e in facts.events_in(section.paragraphs)
        if not upcoming(e, published)
        and not talked_about(e)
        # nor a day told in passing of a thing ("the High Commission, which was opened last
        # evening"): not when the section's scene was held
        and not e.aside
        and (
            (span is None and tells_what_happened(e))  # not a quotation's month
            or (
                span is not None
                and _last_day(e.end or e.date) >= span[0] - near
                and _first_day(e.date) <= span[1] + near
            )
        )
    ]
    # in date order, days that follow one another as one span (as the header's): "17–18 November
    # 2026", not "18 November 2026; 17 November 2026" for a forum that opened and closed
    widest = _widest(events)
    hosted = {(e.date, e.end or e.date) for e in widest if e.hosted}
    spans = sorted({(e.date, e.end or e.date) for e in widest})
    dates = [_span_shown(d, end, (d, end) in hosted, article.published) for d, end in _runs(spans, hosted)]
    # "held talks on Friday", with no day to count from: the weekday
    return dates or _section_weekday(article, section)


def _widest(events: Sequence[Event]) -> list[Event]:
    """The events whose days no other of them holds: "held from 4 to 6 May ... The first day
    of the Forum was devoted to ports" shows 4–6 May, not "4–6 May; 4 May" (a day of the same
    gathering told again)."""
    spans = [(_first_day(e.date), _last_day(e.end or e.date)) for e in events]
    return [
        e
        for e, (first, last) in zip(events, spans, strict=True)
        if not any(f <= first and last <= t and (f, t) != (first, last) for f, t in spans)
    ]


def _section_weekday(article: Article, section: Section) -> list[str]:
    """The first weekday a section's paragraphs tell a happening on, when the text gives no day
    to count from (``undated_weekday``)."""
    for i in section.paragraphs:
        p = article.paragraphs[i]
        day = undated_weekday(article, max(p.start, article.dateline_end), p.end, future=False)
        if day:
            return [day]
    return []


# --- briefcli people ---------------------------------------------------------------------------


def people_view(briefing: Briefing) -> PeopleViewDict:
    """The roster: each named person with title, organization, mentions, the sections they
    appear in and their statements; then the unnamed participants."""
    article = briefing.article
    people: list[PersonRowDict] = []
    for p in briefing.people:
        paragraphs = {m.paragraph for m in p.spans}
        sections = [s.label for s in briefing.sections if paragraphs.intersection(s.paragraphs)]
        people.append(
            {
                "name": p.name,
                "title": p.title,
                "org": p.org,
                "mentions": len(p.spans),
                "forms": list(p.mentions),
                "sections": list(dict.fromkeys(sections)),
                "statements": sum(1 for st in briefing.statements if st.speaker == p.name),
            }
        )
    participants: list[ParticipantRowDict] = [
        {"role": p.role, "title": p.title, "org": p.org, "mentions": len(p.spans)}
        for p in briefing.participants
    ]
    return {
        "schema_version": SCHEMA_VERSION,
        "title": article.title,
        "source": source_dict(article.source),
        "location": briefing.location,
        "sections": [s.label for s in briefing.sections],
        "people": people,
        "participants": participants,
    }


PEOPLE_CSV_COLUMNS = ("kind", "name", "title", "org", "mentions", "sections", "statements")


def people_rows(view: PeopleViewDict) -> list[dict[str, object]]:
    """The roster as flat rows (people, then participants) for CSV."""
    rows: list[dict[str, object]] = [
        {
            "kind": "person",
            "name": p["name"],
            "title": p["title"],
            "org": p["org"],
            "mentions": p["mentions"],
            "sections": p["sections"],
            "statements": p["statements"],
        }
        for p in view["people"]
    ]
    rows += [
        {
            "kind": "participant",
            "name": p["role"],
            "title": p["title"],
            "org": p["org"],
            "mentions": p["mentions"],
        }
        for p in view["participants"]
    ]
    return rows


# --- briefcli sections and briefcli timeline ----------------------------------------------------


def sections_view(briefing: Briefing) -> SectionsViewDict:
    """The article in sections: kind, label, paragraphs, participants, dates and opening line."""
    article = briefing.article
    rows: list[SectionRowDict] = []
    for number, section in enumerate(briefing.sections, 1):
        first = article.paragraphs[section.paragraphs[0]]
        opening = article.span(first.sentences[0].start, first.sentences[0].end) if first.sentences else ""
        dates = [iso_range(e.date, e.end) for e in briefing.events if e.paragraph in section.paragraphs]
        rows.append(
            {
                "number": number,
                "kind": section.kind,
                "label": section.label,
                "paragraphs": list(section.paragraphs),
                "participants": list(section.participants),
                "dates": list(dict.fromkeys(dates)),
                "opening": opening,
            }
        )
    return {
        "schema_version": SCHEMA_VERSION,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": source_dict(article.source),
        "sections": rows,
    }


def article_id(article: Article) -> str:
    """The article's content as a short id: 32 hex digits of the SHA-256 of its title, its
    publication date and its body text. The same article read from any folder, a URL or
    standard input has the same id; any other article another."""
    import hashlib  # here, not above: `briefcli summary` starts without it

    published = article.published.isoformat() if article.published else ""
    content = "\x1f".join([article.title or "", published, article.text])
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:32]


def timeline_view(briefing: Briefing, *, publication: bool = True) -> TimelineViewDict:
    """The events sorted by date (then by where the text tells them), with the publication of
    the article as its own row on its date, after the events of that day (unless
    ``publication`` is False)."""
    article = briefing.article
    section_of = {index: s.label for s in briefing.sections for index in s.paragraphs}
    rows: list[TimelineRowDict] = [
        {
            "date": e.date,
            "end": e.end,
            "when": when(e.date, e.end),
            "kind": "event",
            "what": e.what,
            "where": e.where,
            "who": list(e.who),
            "paragraph": e.paragraph,
            "section": section_of.get(e.paragraph),
            "text": article.paragraph_text(e.paragraph),
        }
        for e in briefing.events
    ]
    if publication and article.published is not None:
        rows.append(
            {
                "date": article.published.isoformat(),
                "end": None,
                "when": when(article.published.isoformat(), None),
                "kind": "publication",
                "what": f"Published: {article.title}" if article.title else "Published",
                "where": readable_place(article.dateline) if article.dateline else None,
                "who": [],
                "paragraph": None,
                "section": None,
                "text": None,
            }
        )
    rows.sort(key=lambda r: (r["date"], r["kind"] == "publication", r["paragraph"] or 0))
    return {
        "schema_version": SCHEMA_VERSION,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": source_dict(article.source),
        "article_id": article_id(article),
        "rows": rows,
    }


TIMELINE_CSV_COLUMNS = ("date", "end", "kind", "what", "where", "who", "paragraph", "section")


# --- briefcli quotes ---------------------------------------------------------------------------


_PLAIN_WORD = pattern(r"\w+")


def _folded_words(text: str) -> tuple[str, ...]:
    """Lower-case words without accents or punctuation: "Dr. Kunio Mikuriya" -> ("dr", "kunio",
    "mikuriya"); "José" and "Jose" compare equal."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return tuple(_PLAIN_WORD.findall(plain.casefold()))


def _contains_run(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))


class _Speaker(NamedTuple):
    name: str
    kind: SpeakerKind
    title: str | None
    org: str | None
    forms: tuple[tuple[str, ...], ...]  # folded forms a --speaker query may match a run of


def _strip_the(text: str) -> str:
    return text[4:] if text[:4].casefold() == "the " else text


def _describe_speaker(briefing: Briefing, name: str, kind: SpeakerKind, ref: str | None) -> _Speaker:
    """Title, organization and the forms the text uses for a speaker, found by the id the
    statement refers to (``Statement.speaker_id``): a person's name, aliases, titles and every
    non-pronoun mention ("the WCO Secretary General"), also title + name ("Secretary General
    Mikuriya"); an unnamed role holder's role; a group or an organization as written, plus the
    organization's name and acronym."""
    title: str | None = None
    org: str | None = None
    forms: list[str] = []
    person = next((p for p in briefing.people if p.id == ref), None) if ref else None
    role = next((r for r in briefing.participants if r.id == ref), None) if ref else None
    organization = next((o for o in briefing.organizations if o.id == ref), None) if ref else None
    if person is not None:
        title, org, forms = _person_facts(briefing.article, person)
    elif role is not None:
        title, org, forms = _role_facts(briefing.article, role, name)
    elif organization is not None:
        org, forms = _organization_facts(organization, name)
    return _Speaker(name, kind, title, org, tuple(dict.fromkeys(_folded_words(f) for f in [name, *forms])))


_Facts = tuple[str | None, str | None, list[str]]  # title, organization, forms


def _person_facts(article: Article, person: Person) -> _Facts:
    names = [person.name, *person.aliases, person.name.split()[-1]]
    forms = names + [article.span(m.start, m.end) for m in person.spans if m.kind != "pronoun"]
    if person.title:
        forms += [person.title] + [f"{person.title} {n}" for n in names]
    return person.title, person.org, forms


def _role_facts(article: Article, role: Participant, name: str) -> _Facts:
    """An unnamed role holder speaks as written: "The Acting Head" for the participant whose
    role is "Acting Head of the Federal Customs Service". "The Deputy Mayor of Lisbon" needs no
    title beside it; "The Acting Head" keeps the organization the role names."""
    as_written = _folded_words(_strip_the(name))
    # the title as written, with its owner after "of" or not: "The Deputy Mayor of Lisbon"
    said = {_folded_words(role.title or ""), _folded_words(f"{role.title} of {role.org}")}
    title = role.title if role.title and as_written not in said else None
    forms = [role.role] + [article.span(m.start, m.end) for m in role.spans if m.kind != "pronoun"]
    return title, role.org, forms


def _organization_facts(organization: Organization, name: str) -> tuple[str | None, list[str]]:
    """An organization speaker: its full name (when the text spoke of it otherwise) and forms."""
    o = organization
    known = [o.name, *([o.acronym] if o.acronym else []), *o.aliases]
    return (o.name if o.name != name else None), known


def _speaker_matches(speaker: _Speaker, query: tuple[str, ...]) -> bool:
    """A query matches when its words are a run of words of one of the speaker's forms:
    "kunio", "Mikuriya", "secretary general", "Secretary General Mikuriya", "both sides"."""
    return any(_contains_run(form, query) for form in speaker.forms)


def _no_quotes_message(
    speakers: list[_Speaker], speaker: str | None, section: str | None, direct: bool | None
) -> str:
    what = "no statements"
    if direct is not None:
        what = "no direct quotes" if direct else "no reported statements"
    if speaker is not None:
        what += f" by {speaker!r}"
    if section is not None:
        what += f" in {section} sections"
    if not speakers:
        return f"{what}; this article has no statements"
    return f"{what}; speakers in this article: {', '.join(s.name for s in speakers)}"


def _speaker_query(speaker: str | None, section: str | None) -> tuple[str, ...] | None:
    """The --speaker query as folded words, once the filters are checked: a section kind the
    kinds table has, a query with letters."""
    if section is not None and section not in PARAGRAPH_KINDS:
        raise UsageError(f"unknown section kind {section!r}; give one of {', '.join(PARAGRAPH_KINDS)}")
    query = _folded_words(speaker) if speaker is not None else None
    if query == ():
        raise UsageError(f"--speaker {speaker!r} has no letters; give a name, part of one or a title")
    return query


def _speakers(briefing: Briefing, statements: list[Statement]) -> dict[str, _Speaker]:
    """Every speaker, described once, in order of first statement."""
    first: dict[str, Statement] = {}
    for st in statements:
        first.setdefault(st.speaker, st)
    return {
        name: _describe_speaker(briefing, name, st.speaker_kind, st.speaker_id) for name, st in first.items()
    }


def _quote_row(briefing: Briefing, st: Statement, who: _Speaker, section: Section | None) -> QuoteRowDict:
    """A statement as a row; ``section`` holds its paragraph (a paragraph outside every section
    shows its own kind)."""
    return {
        "speaker": who.name,
        "speaker_kind": who.kind,
        "title": who.title,
        "org": who.org,
        "cue": st.cue,
        "text": st.text_in(briefing.article, ELLIPSIS),
        "direct": st.direct,
        "section": section.kind if section else briefing.kinds[st.paragraph],
        "section_label": section.label if section else None,
        "paragraph": st.paragraph,
        "sentence": st.sentence,
    }


def _kept(
    row: QuoteRowDict, who: _Speaker, query: tuple[str, ...] | None, section: str | None, direct: bool | None
) -> bool:
    """Whether a row passes the filters (None: no filter)."""
    return (
        (query is None or _speaker_matches(who, query))
        and (section is None or row["section"] == section)
        and (direct is None or row["direct"] == direct)
    )


def _grouped(rows: list[QuoteRowDict]) -> list[SpeakerGroupDict]:
    """The rows by speaker, in order of each speaker's first row."""
    groups: dict[str, SpeakerGroupDict] = {}
    for row in rows:
        group = groups.setdefault(
            row["speaker"],
            {
                "speaker": row["speaker"],
                "speaker_kind": row["speaker_kind"],
                "title": row["title"],
                "org": row["org"],
                "rows": [],
            },
        )
        group["rows"].append(row)
    return list(groups.values())


def quotes_view(
    briefing: Briefing,
    *,
    speaker: str | None = None,
    section: str | None = None,
    direct: bool | None = None,
) -> QuotesDict:
    """Who said what: the statements grouped by speaker (in order of first statement), each
    with its cue, content, section and paragraph (¶), and the list of every speaker.

    ``speaker`` keeps one speaker's statements: it matches, ignoring case and accents, a run
    of words of the speaker's name, alias, title or any mention ("kunio", "Secretary General",
    "Secretary General Mikuriya"), or a group or organization as written ("both sides").
    ``section`` keeps one section kind; ``direct`` True keeps quotations, False reported speech.

    An article without statements gives an empty view; filters that match nothing raise
    ``NoResultsError`` naming the speakers the article has."""
    query = _speaker_query(speaker, section)
    article = briefing.article
    section_of = {index: s for s in briefing.sections for index in s.paragraphs}
    statements = sorted(briefing.statements, key=lambda s: (s.paragraph, s.sentence, s.start))
    speakers = _speakers(briefing, statements)
    counts = Counter(st.speaker for st in statements)
    rows: list[QuoteRowDict] = []
    for st in statements:
        who = speakers[st.speaker]
        row = _quote_row(briefing, st, who, section_of.get(st.paragraph))
        if _kept(row, who, query, section, direct):
            rows.append(row)
    if not rows and (speaker is not None or section is not None or direct is not None):
        raise NoResultsError(_no_quotes_message(list(speakers.values()), speaker, section, direct))
    return {
        "schema_version": SCHEMA_VERSION,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": source_dict(article.source),
        "filters": {"speaker": speaker, "section": section, "direct": direct},
        "total": len(statements),
        "speakers": [
            {"name": s.name, "kind": s.kind, "title": s.title, "org": s.org, "statements": counts[s.name]}
            for s in speakers.values()
        ],
        "groups": _grouped(rows),
        "sections": _cited_sections(briefing, rows),
    }


def _cited_sections(briefing: Briefing, rows: list[QuoteRowDict]) -> list[QuoteSectionDict]:
    """The sections the rows stand in, in text order."""
    cited = {row["paragraph"] for row in rows}
    return [
        {"kind": s.kind, "label": s.label, "paragraphs": list(s.paragraphs)}
        for s in briefing.sections
        if cited.intersection(s.paragraphs)
    ]


QUOTES_CSV_COLUMNS = (
    "speaker",
    "speaker_kind",
    "title",
    "org",
    "cue",
    "text",
    "direct",
    "section",
    "section_label",
    "paragraph",
    "sentence",
)


def quotes_rows(view: QuotesDict) -> list[QuoteRowDict]:
    """The statements kept, as flat rows in text order, for CSV."""
    rows = [row for group in view["groups"] for row in group["rows"]]
    return sorted(rows, key=lambda r: (r["paragraph"], r["sentence"]))


# --- briefcli export ---------------------------------------------------------------------------


def export_view(briefing: Briefing, *, max_words: int | None = None) -> ExportDict:
    """The full briefing for a document: the summary (``max_words`` as in ``summary_view``),
    the sections, all statements by speaker, the timeline and the people, composed from the
    views of the commands that print each part."""
    article = briefing.article
    return {
        "schema_version": SCHEMA_VERSION,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": source_dict(article.source),
        "summary": summary_view(briefing, max_words=max_words),
        "sections": sections_view(briefing),
        "quotes": quotes_view(briefing),
        "timeline": timeline_view(briefing),
        "people": people_view(briefing),
    }
