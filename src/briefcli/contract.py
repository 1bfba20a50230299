"""The analysis contract: the JSON that ``briefcli analyze --format json`` prints.

These TypedDicts are the single definition of its shape. ``scripts/generate_schema.py``
turns them into the shipped JSON Schema (``schema/analysis.schema.json``); a test checks the
two agree and validates real output against the schema. Keys keep their names and meanings;
new keys may be added.
"""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict  # pydantic needs it on 3.11 to generate the schema

from briefcli.model import Format, ParagraphKind, PlaceKind, SourceKind, SpeakerKind

SCHEMA_ID = "https://briefcli.invalid/schema/analysis.schema.json"


class SentenceDict(TypedDict):
    index: int  # across the article, from 0
    start: int  # character offsets into the body text (paragraphs joined by a blank line)
    end: int
    text: str


class ParagraphDict(TypedDict):
    index: int
    text: str
    kind: ParagraphKind
    sentences: list[SentenceDict]


class SectionDict(TypedDict):
    kind: ParagraphKind
    paragraphs: list[int]
    label: str
    participants: list[str]
    participant_ids: list[str]  # the same people by id ("p1", "u2"), in the same order


class PersonDict(TypedDict):
    id: str  # "p1", "p2", ... in this order: what statements, events and sections refer to
    name: str
    title: str | None
    org: str | None
    mentions: list[str]
    took_part: bool  # False: the text only talks about them ("recalled President X's plan")


class ParticipantDict(TypedDict):
    id: str  # "u1", "u2", ... (unnamed)
    role: str  # an unnamed role holder: "Acting Head of the Federal Customs Service"
    title: str | None
    org: str | None
    mentions: list[str]


class OrganizationDict(TypedDict):
    id: str  # "o1", "o2", ...
    name: str
    acronym: str | None
    aliases: list[str]  # the forms the text uses, the acronym included


class PlaceDict(TypedDict):
    name: str  # a country by its short name ("Russia" for "the Russian Federation"), or a city
    kind: PlaceKind
    country: str | None  # a city's country
    aliases: list[str]


class StatementDict(TypedDict):
    speaker: str
    speaker_id: (
        str | None
    )  # the person ("p1"), unnamed role holder ("u1") or organization ("o1"); null for a group
    speaker_kind: SpeakerKind
    cue: str
    text: str
    paragraph: int
    sentence: int
    direct: bool


class EventDict(TypedDict):
    date: str  # "YYYY-MM-DD" or "YYYY-MM"
    end: str | None
    paragraph: int
    what: str
    where: str | None
    who: list[str]
    who_ids: list[str]  # the same people by id ("p1", "u2"), in the same order


class SourceDict(TypedDict):
    kind: SourceKind
    name: str
    format: Format


class ClauseDict(TypedDict):
    """A clause of the summary's bottom line and the sentence it rests on."""

    text: str  # "On 23 October 2021, Kunio Mikuriya (Secretary General, ...) attended ..."
    paragraph: int
    sentence: int


class KeyPointDict(TypedDict):
    kind: Literal["statement", "fact"]  # a statement's content, or a sentence of the article
    speaker: str | None  # as the summary names them: "Mikuriya", "Both sides"; None for a fact
    cue: str | None  # the cue as written: "emphasized"
    direct: bool
    lead_in: str | None  # "Mikuriya emphasized", "Mikuriya said:", "According to the IMF,"
    text: str  # the article's words, cut at a clause boundary with " …" when long
    trimmed: bool
    line: str  # lead-in and text: "Mikuriya emphasized the crucial role of Customs …"
    paragraph: int
    sentence: int


class SectionPointsDict(TypedDict):
    section: int  # the section's position in "sections"
    points: list[KeyPointDict]  # in text order, five at most


class SummarySelectionDict(TypedDict):
    """What the summary shows first, chosen within a word budget (``briefcli.present.summary``):
    the bottom line, and the key points of each section it gives a block (background sections
    only when the article has nothing else)."""

    bottom_line: list[ClauseDict]  # one clause per event; the first is the main event
    bottom_line_text: str  # the clauses as prose, each citing its paragraph: "... (¶0)."
    sections: list[SectionPointsDict]
    max_words: int  # the budget of the bottom line and the key points
    words: int  # what they use of it, as ``summary.count_words`` counts
    omitted: int  # statements of these sections not shown: budget, duplicates, five per section
    omitted_paragraphs: list[int]  # the paragraphs those statements stand in, in text order


class AnalysisDict(TypedDict):
    title: str | None
    published: str | None  # "YYYY-MM-DD"
    location: str | None  # "City, Country"
    dateline: str | None  # the place the date line gives, as written
    source: SourceDict
    paragraphs: list[ParagraphDict]
    sections: list[SectionDict]
    people: list[PersonDict]
    statements: list[StatementDict]
    events: list[EventDict]
    participants: list[ParticipantDict]
    organizations: list[OrganizationDict]
    places: list[PlaceDict]
    summary: SummarySelectionDict  # at the default budget of `briefcli summary` (150 words)
