"""Briefing -> plain dicts, one per view. Renderers (Rich, Jinja, JSON) only see these."""

from __future__ import annotations

from typing import TypedDict

from briefcli.contract import (
    AnalysisDict,
    EventDict,
    ParagraphDict,
    PersonDict,
    SectionDict,
    SentenceDict,
    StatementDict,
)
from briefcli.model import Article, Briefing


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
            "text": article.span(s.start, s.end),
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
    }


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
