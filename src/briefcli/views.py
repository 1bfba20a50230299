"""Briefing -> plain dicts, one per view. Renderers (Rich, Jinja, JSON) only see these."""

from __future__ import annotations

from typing import Literal, TypedDict

from briefcli.contract import (
    AnalysisDict,
    EventDict,
    OrganizationDict,
    ParagraphDict,
    ParticipantDict,
    PersonDict,
    PlaceDict,
    SectionDict,
    SentenceDict,
    StatementDict,
)
from briefcli.model import Article, Briefing, ParagraphKind


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


def analysis_view(briefing: Briefing) -> AnalysisDict:
    """The analysis contract (see ``briefcli.contract``)."""
    article: Article = briefing.article
    sections: list[SectionDict] = [
        {
            "kind": s.kind,
            "paragraphs": list(s.paragraphs),
            "label": s.label,
            "participants": list(s.participants),
        }
        for s in briefing.sections
    ]
    people: list[PersonDict] = [
        {"name": p.name, "title": p.title, "org": p.org, "mentions": list(p.mentions)}
        for p in briefing.people
    ]
    statements: list[StatementDict] = [
        {
            "speaker": s.speaker,
            "speaker_kind": s.speaker_kind,
            "cue": s.cue,
            "text": s.text_in(article),
            "paragraph": s.paragraph,
            "sentence": s.sentence,
            "direct": s.direct,
        }
        for s in briefing.statements
    ]
    events: list[EventDict] = [
        {
            "date": e.date,
            "end": e.end,
            "paragraph": e.paragraph,
            "what": e.what,
            "where": e.where,
            "who": list(e.who),
        }
        for e in briefing.events
    ]
    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "location": briefing.location,
        "dateline": article.dateline,
        "source": {"kind": article.source.kind, "name": article.source.name, "format": article.source.format},
        "paragraphs": _paragraphs(briefing),
        "sections": sections,
        "people": people,
        "statements": statements,
        "events": events,
        "participants": _participants(briefing),
        "organizations": _organizations(briefing),
        "places": _places(briefing),
    }


def _participants(briefing: Briefing) -> list[ParticipantDict]:
    return [
        {"role": p.role, "title": p.title, "org": p.org, "mentions": list(p.mentions)}
        for p in briefing.participants
    ]


def _organizations(briefing: Briefing) -> list[OrganizationDict]:
    return [
        {"name": o.name, "acronym": o.acronym, "aliases": list(o.aliases)} for o in briefing.organizations
    ]


def _places(briefing: Briefing) -> list[PlaceDict]:
    return [
        {"name": p.name, "kind": p.kind, "country": p.country, "aliases": list(p.aliases)}
        for p in briefing.places
    ]


class CitedDict(TypedDict):
    text: str
    paragraph: int
    sentence: int


class SummaryDict(TypedDict):
    title: str | None
    published: str | None
    place: str | None
    source: str
    lead: CitedDict | None
    points: list[CitedDict]
    paragraphs: int
    sentences: int
    words: int


def _words(text: str) -> int:
    return len(text.split())


def summary_view(briefing: Briefing, *, max_words: int = 150) -> SummaryDict:
    """An extractive lead summary: the article's opening sentence, then the opening sentence
    of each later paragraph while the word budget lasts. Every line cites its paragraph."""
    article = briefing.article
    openers = [p.sentences[0] for p in article.paragraphs if p.sentences]
    cited: list[CitedDict] = [
        {"text": article.span(s.start, s.end), "paragraph": s.paragraph, "sentence": s.index} for s in openers
    ]
    lead = cited[0] if cited else None
    budget = max_words - (_words(lead["text"]) if lead else 0)
    points: list[CitedDict] = []
    for item in cited[1:]:
        cost = _words(item["text"])
        if cost > budget:
            continue
        points.append(item)
        budget -= cost
    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "place": briefing.location or article.dateline,
        "source": article.source.name,
        "lead": lead,
        "points": points,
        "paragraphs": len(article.paragraphs),
        "sentences": sum(len(p.sentences) for p in article.paragraphs),
        "words": _words(article.text),
    }


# --- briefcli people ---------------------------------------------------------------------------


class PersonRowDict(TypedDict):
    name: str
    title: str | None
    org: str | None
    mentions: int  # how many times the text refers to the person, pronouns included
    forms: list[str]  # the distinct forms it uses
    sections: list[str]  # labels of the sections the person appears in
    statements: int  # statements attributed to the person


class ParticipantRowDict(TypedDict):
    role: str
    title: str | None
    org: str | None
    mentions: int


class PeopleViewDict(TypedDict):
    title: str | None
    source: str
    location: str | None
    sections: list[str]  # every section's label, in order
    people: list[PersonRowDict]
    participants: list[ParticipantRowDict]


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
        "title": article.title,
        "source": article.source.name,
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


class SectionRowDict(TypedDict):
    number: int  # from 1, in text order
    kind: ParagraphKind
    label: str
    paragraphs: list[int]
    participants: list[str]
    dates: list[str]  # the section's event dates: "2021-10-23", or "2013-01-30 – 2013-02-01"
    opening: str  # the section's first sentence, as written


class SectionsViewDict(TypedDict):
    title: str | None
    published: str | None
    source: str
    sections: list[SectionRowDict]


def _date_range(date: str, end: str | None) -> str:
    return f"{date} – {end}" if end and end != date else date


def sections_view(briefing: Briefing) -> SectionsViewDict:
    """The article in sections: kind, label, paragraphs, participants, dates and opening line."""
    article = briefing.article
    rows: list[SectionRowDict] = []
    for number, section in enumerate(briefing.sections, 1):
        first = article.paragraphs[section.paragraphs[0]]
        opening = article.span(first.sentences[0].start, first.sentences[0].end) if first.sentences else ""
        dates = [_date_range(e.date, e.end) for e in briefing.events if e.paragraph in section.paragraphs]
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
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source.name,
        "sections": rows,
    }


class TimelineRowDict(TypedDict):
    date: str  # "YYYY-MM-DD" or "YYYY-MM"
    end: str | None  # the last day of a range
    when: str  # for reading: "23 October 2021", "30 January – 1 February 2013", "September 2021"
    kind: Literal["event", "publication"]
    what: str
    where: str | None
    who: list[str]
    paragraph: int | None  # None for the publication
    section: str | None  # the label of the section the paragraph is in
    text: str | None  # the paragraph that tells the event, as written


class TimelineViewDict(TypedDict):
    title: str | None
    published: str | None
    source: str
    rows: list[TimelineRowDict]


def _readable(value: str, *, year: bool = True, month: bool = True) -> str:
    """ "2021-10-23" -> "23 October 2021"; "2021-09" -> "September 2021"."""
    import calendar

    y, m = int(value[:4]), int(value[5:7])
    parts = [str(int(value[8:10]))] if len(value) == 10 else []
    if month:
        parts.append(calendar.month_name[m])
    if year:
        parts.append(str(y))
    return " ".join(parts)


def when(date: str, end: str | None) -> str:
    """A date or a range for reading: "23 October 2021", "5–6 October 2011",
    "30 January – 1 February 2013", "June – July 2019"."""
    if not end or end == date:
        return _readable(date)
    same_year = date[:4] == end[:4]
    same_month = same_year and date[:7] == end[:7] and len(date) == 10 and len(end) == 10
    if same_month:
        return f"{int(date[8:10])}–{_readable(end)}"
    return f"{_readable(date, year=not same_year)} – {_readable(end)}"


def timeline_view(briefing: Briefing) -> TimelineViewDict:
    """The events sorted by date (then by where the text tells them), with the publication of
    the article as its own row on its date, after the events of that day."""
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
    if article.published is not None:
        rows.append(
            {
                "date": article.published.isoformat(),
                "end": None,
                "when": when(article.published.isoformat(), None),
                "kind": "publication",
                "what": f"Published: {article.title}" if article.title else "Published",
                "where": article.dateline,
                "who": [],
                "paragraph": None,
                "section": None,
                "text": None,
            }
        )
    rows.sort(key=lambda r: (r["date"], r["kind"] == "publication", r["paragraph"] or 0))
    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source.name,
        "rows": rows,
    }


TIMELINE_CSV_COLUMNS = ("date", "end", "kind", "what", "where", "who", "paragraph", "section")
