"""One article as the rows the store keeps: a pure function of the source read.

``analyse_to_rows(raw)`` takes a ``RawText`` (what ``briefcli.text.load.read_source`` gives: the
decoded text, title and date) and returns an ``ArticleRows`` of plain tuples, one per table, in
the tables' column order. Nothing here touches a database or a file: a process pool maps it
today, and any other engine (a cluster's ``map``) can map it over a list of sources tomorrow.

The article's key is its content hash (``content_hash``): SHA-256 of the decoded text, the
title and the publication date, so that re-reading the same article, from any folder or URL,
gives the same key, and a changed article another.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from briefcli.model import Briefing
    from briefcli.text.load import RawText

# The columns of each table, in order (``briefcli.store.schema`` declares the same).
ARTICLE_COLUMNS = (
    "id",
    "source",
    "source_name",
    "source_kind",
    "format",
    "title",
    "published",
    "date",
    "location",
    "dateline",
    "paragraph_count",
)
PARAGRAPH_COLUMNS = ("article_id", "paragraph", "kind", "text")
APPEARANCE_COLUMNS = ("article_id", "ref", "name", "title", "org", "took_part", "mentions", "date")
ORGANIZATION_COLUMNS = ("article_id", "ref", "name", "acronym")
SECTION_COLUMNS = (
    "article_id",
    "number",
    "kind",
    "label",
    "first_paragraph",
    "last_paragraph",
    "participants",
)
STATEMENT_COLUMNS = (
    "article_id",
    "paragraph",
    "sentence",
    "kind",
    "speaker",
    "speaker_kind",
    "speaker_ref",
    "cue",
    "text",
    "direct",
)
EVENT_COLUMNS = (
    "article_id",
    "number",
    "date",
    "end_date",
    "paragraph",
    "kind",
    "what",
    "place",
    "announced",
)
# An event's people: (event number in its article, the person's ref in it, the name as written).
EVENT_PERSON_COLUMNS = ("article_id", "event_number", "ref", "name")

Row = tuple[object, ...]


class ArticleRows(NamedTuple):
    """An article's rows, each a tuple in its table's column order (see the *_COLUMNS above)."""

    article: Row
    paragraphs: tuple[Row, ...]
    appearances: tuple[Row, ...]
    organizations: tuple[Row, ...]
    sections: tuple[Row, ...]
    statements: tuple[Row, ...]
    events: tuple[Row, ...]
    event_people: tuple[Row, ...]

    @property
    def id(self) -> str:
        return str(self.article[0])

    @property
    def source(self) -> str:
        return str(self.article[1])


def content_hash(raw: RawText) -> str:
    """The article's key: SHA-256 (hex) of its decoded text, title and publication date."""
    digest = hashlib.sha256()
    for part in (raw.text, raw.title or "", raw.published.isoformat() if raw.published else ""):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _article_date(briefing: Briefing) -> str | None:
    """The day an article is filed under: its publication, else its first reported event."""
    if briefing.article.published is not None:
        return briefing.article.published.isoformat()
    reported = sorted(e.date for e in briefing.events if not e.announced)
    return reported[0] if reported else None


def _statements(briefing: Briefing, key: str) -> tuple[Row, ...]:
    kind_of = dict(enumerate(briefing.kinds))
    return tuple(
        (
            key,
            s.paragraph,
            s.sentence,
            kind_of.get(s.paragraph),
            s.speaker,
            s.speaker_kind,
            s.speaker_id,
            s.cue,
            s.text_in(briefing.article),
            int(s.direct),
        )
        for s in briefing.statements
    )


def analyse_to_rows(raw: RawText, source: str | None = None) -> ArticleRows:
    """Analyse the source read (``raw``) and return its rows. ``source`` is how the user named
    it (a path, a URL, "-"), kept to find the article again when it changes; by default the
    name ``raw`` carries."""
    from briefcli.analysis import analyse
    from briefcli.present.views import source_dict
    from briefcli.text.layout import build_article

    briefing = analyse(build_article(raw.source, raw.text, title=raw.title, published=raw.published))
    article = briefing.article
    key = content_hash(raw)
    date = _article_date(briefing)
    kinds = briefing.kinds
    kind_of = dict(enumerate(kinds))
    return ArticleRows(
        article=(
            key,
            source if source is not None else article.source.name,
            source_dict(article.source)["name"],
            article.source.kind,
            article.source.format,
            article.title,
            article.published.isoformat() if article.published else None,
            date,
            briefing.location,
            article.dateline,
            len(article.paragraphs),
        ),
        paragraphs=tuple(
            (key, p.index, kinds[p.index], article.span(p.start, p.end)) for p in article.paragraphs
        ),
        appearances=(
            *(
                (key, p.id, p.name, p.title, p.org, int(p.took_part), len(p.spans), date)
                for p in briefing.people
            ),
            *((key, u.id, u.role, u.title, u.org, 1, len(u.spans), date) for u in briefing.participants),
        ),
        organizations=tuple((key, o.id, o.name, o.acronym) for o in briefing.organizations),
        sections=tuple(
            (key, n, s.kind, s.label, min(s.paragraphs), max(s.paragraphs), "; ".join(s.participants))
            for n, s in enumerate(briefing.sections, start=1)
            if s.paragraphs
        ),
        statements=_statements(briefing, key),
        events=tuple(
            (key, n, e.date, e.end, e.paragraph, kind_of.get(e.paragraph), e.what, e.where, int(e.announced))
            for n, e in enumerate(briefing.events, start=1)
        ),
        event_people=tuple(
            (key, n, ref, name)
            for n, e in enumerate(briefing.events, start=1)
            for ref, name in zip(e.who_ids, e.who, strict=False)
        ),
    )
