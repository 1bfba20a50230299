"""The document model: frozen values that flow one way, load -> analyse -> view.

Every span (paragraph, sentence, mention, statement) is a pair of character offsets into
``Article.text``, the normalised body text, never a copy: each line of a briefing can cite
where it stands.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

ParagraphKind = Literal["meeting", "panel", "bilateral", "other"]
SpeakerKind = Literal["person", "group", "organization"]
SourceKind = Literal["file", "stdin", "url", "sample"]
Format = Literal["text", "html"]

PARAGRAPH_KINDS: tuple[ParagraphKind, ...] = ("meeting", "panel", "bilateral", "other")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence. ``index`` counts sentences across the whole article, from 0."""

    index: int
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph (``index`` from 0 after the title and date line)."""

    index: int
    start: int
    end: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from, as the user named it."""

    kind: SourceKind
    name: str  # the path, the URL, "-" or the sample's name
    format: Format = "text"


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded article.

    ``text`` is the body only: the normalised paragraphs joined by a blank line. The title and
    the date line live in their own fields, so the body offsets are the same whichever way the
    article arrived (text file, stdin, HTML page, URL).
    """

    source: Source
    text: str
    title: str | None
    published: dt.date | None
    dateline: str | None  # the place a date line gives ("Geneva" in "Geneva, January 24, 2003")
    paragraphs: tuple[Paragraph, ...]

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def paragraph_text(self, index: int) -> str:
        p = self.paragraphs[index]
        return self.text[p.start : p.end]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str | None = None
    org: str | None = None
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    kind: ParagraphKind
    paragraphs: tuple[int, ...]
    label: str
    participants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Statement:
    speaker: str
    speaker_kind: SpeakerKind
    cue: str
    start: int  # offsets of the reported content in Article.text
    end: int
    paragraph: int
    sentence: int
    direct: bool


@dataclass(frozen=True, slots=True)
class Event:
    date: str  # "YYYY-MM-DD" or "YYYY-MM"
    end: str | None
    paragraph: int
    what: str
    where: str | None = None
    who: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything the analysis found in one article; later stages fill the empty parts."""

    article: Article
    kinds: tuple[ParagraphKind, ...]
    location: str | None = None
    people: tuple[Person, ...] = ()
    sections: tuple[Section, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
