"""The JSON contract: the shape of what every command prints with ``--format json``.

These TypedDicts are the single definition of those shapes: ``AnalysisDict`` for ``briefcli
analyze``, ``SummaryDict`` for ``briefcli summary``, and one per view command below it (``briefcli
eval``'s is ``briefcli.evaluate.EvalResult``). The views (``briefcli.present.views``) build them and
every renderer reads them; ``scripts/generate_schema.py`` turns them into the shipped JSON Schemas
(``schema/<name>.schema.json``, printed by ``briefcli schema NAME``); tests check the two agree and
validate real output against them. Keys keep their names and meanings; new keys may be added.
A change that could break a reader (a key removed, renamed or of another type) takes the next
``SchemaVersion``, which every output carries as ``schema_version`` and every schema in its ``$id``.

Imported by the type checker and the schema generator only: the views pay nothing for it.
"""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict  # pydantic needs it on 3.11 to generate the schema

from briefcli.model import Format, ParagraphKind, PlaceKind, SourceKind, SpeakerKind

# The version of every JSON output's shape, as the outputs write it (``views.SCHEMA_VERSION``).
SchemaVersion = Literal["1"]
SCHEMA_BASE = "https://briefcli.invalid/schema"


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
    """Where the article came from, the same in every output. Its name is what a shared file
    may show: a file's name without its folders, a URL without a user name or password, "-"
    for standard input, the bundled sample's name."""

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
    # as the summary names them: "Mikuriya", "Both sides"; for a fact, the participant that is
    # its subject ("Mikuriya also met with ..."), else None
    speaker: str | None
    cue: str | None  # the cue as written: "emphasized"; a fact's verb: "met"
    direct: bool
    # the writer's clause before the lead-in, outside it: "WSIS runs well, and" of "WSIS runs
    # well, and participants said that it should go on"; else None
    preface: str | None
    # "Mikuriya emphasized", "Mikuriya said:", "According to the IMF,"; a fact's "Mikuriya also met"
    lead_in: str | None
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
    omitted: int  # statements not shown: budget, duplicates, five per section; all of the sections past
    omitted_paragraphs: list[int]  # the paragraphs those statements stand in, in text order
    more_sections: int  # sections left without a block past the first twelve, in text order (0: none)
    more_sections_paragraphs: list[int] | None  # [first, last]: the paragraphs they cover; None with none


class AnalysisDict(TypedDict):
    schema_version: SchemaVersion
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


# --- The views of the other commands ---------------------------------------------------------


class SummarySectionDict(TypedDict):
    kind: ParagraphKind
    label: str
    paragraphs: list[int]
    participants: list[str]  # surnames of named people, as the summary calls them
    dates: list[str]  # the section's event dates, for reading: "23 October 2021"
    points: list[KeyPointDict]
    note: str | None  # why a section has no point: the budget (None with points, or told above)


class SummaryPersonDict(TypedDict):
    name: str
    title: str | None
    org: str | None


class SummaryRoleDict(TypedDict):
    role: str  # an unnamed participant: "Acting Head of the Federal Customs Service"
    org: str | None


class SummaryDict(TypedDict):
    schema_version: SchemaVersion
    title: str | None
    dates: list[str]  # event dates for reading, in date order: "23 October 2021"
    place: str | None
    published: str | None  # ISO
    published_when: str | None  # "25 October 2021"
    source: SourceDict
    bottom_line: list[ClauseDict]  # one clause per event; the first is the first sentence
    bottom_line_text: str  # the clauses as prose, each citing its paragraph
    people: list[SummaryPersonDict]  # the named people who took part
    participants: list[SummaryRoleDict]
    mentioned: list[SummaryPersonDict]  # named, but the text only talks about them
    sections: list[SummarySectionDict]
    max_words: int
    words: int  # words of the bottom line and the key points (the budget's measure)
    omitted: int  # statements of the sections not shown; `briefcli quotes` lists them all
    omitted_paragraphs: list[int]  # where they stand, for a reader of a file to look them up
    more_sections: int  # sections without a block past the first twelve (0: none)
    more_sections_paragraphs: list[int] | None  # [first, last]: the paragraphs they cover
    more_sections_note: str | None  # the line that tells a reader so: "14 more sections (¶40–¶99) ..."


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
    schema_version: SchemaVersion
    title: str | None
    source: SourceDict
    location: str | None
    sections: list[str]  # every section's label, in order
    people: list[PersonRowDict]
    participants: list[ParticipantRowDict]


class SectionRowDict(TypedDict):
    number: int  # from 1, in text order
    kind: ParagraphKind
    label: str
    paragraphs: list[int]
    participants: list[str]
    dates: list[str]  # the section's event dates: "2021-10-23", or "2013-01-30 – 2013-02-01"
    opening: str  # the section's first sentence, as written


class SectionsViewDict(TypedDict):
    schema_version: SchemaVersion
    title: str | None
    published: str | None
    source: SourceDict
    sections: list[SectionRowDict]


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
    schema_version: SchemaVersion
    title: str | None
    published: str | None
    source: SourceDict
    article_id: str  # the article's content as an id (``article_id``): what calendar UIDs build on
    rows: list[TimelineRowDict]


class QuoteRowDict(TypedDict):
    speaker: str
    speaker_kind: SpeakerKind
    title: str | None  # the speaker's title ("Secretary General"), from the people stage
    org: str | None  # the speaker's organization
    cue: str  # the verb as written: "emphasized", "said", "according"
    text: str  # the content, as written (split-quote pieces joined)
    direct: bool  # a quotation, not reported speech
    section: ParagraphKind  # the kind of the section the paragraph is in
    section_label: str | None  # that section's label; None when no section holds the paragraph
    paragraph: int
    sentence: int


class SpeakerDict(TypedDict):
    name: str
    kind: SpeakerKind
    title: str | None
    org: str | None
    statements: int  # in the whole article, before any filter


class SpeakerGroupDict(TypedDict):
    speaker: str
    speaker_kind: SpeakerKind
    title: str | None
    org: str | None
    rows: list[QuoteRowDict]


class QuotesFiltersDict(TypedDict):
    speaker: str | None
    section: ParagraphKind | None
    direct: bool | None  # True: quotations only; False: reported speech only


class QuoteSectionDict(TypedDict):
    kind: ParagraphKind
    label: str
    paragraphs: list[int]


class QuotesDict(TypedDict):
    schema_version: SchemaVersion
    title: str | None
    published: str | None
    source: SourceDict
    filters: QuotesFiltersDict
    total: int  # statements in the article, before filters
    speakers: list[SpeakerDict]  # every speaker in the article, in order of first statement
    groups: list[SpeakerGroupDict]  # the statements kept, by speaker in order of first statement
    sections: list[QuoteSectionDict]  # the sections the kept statements stand in, in text order


class ExportDict(TypedDict):
    """The full briefing: each part is the view its own command prints."""

    schema_version: SchemaVersion
    title: str | None
    published: str | None
    source: SourceDict
    summary: SummaryDict
    sections: SectionsViewDict
    quotes: QuotesDict  # every statement, by speaker
    timeline: TimelineViewDict
    people: PeopleViewDict


# --- The store: briefcli digest and briefcli search -----------------------------------------------


class DigestFiltersDict(TypedDict):
    speaker: str | None
    org: str | None
    since: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    until: str | None
    kind: ParagraphKind | None


class DigestArticleDict(TypedDict):
    ref: str  # "A1", "A2", ... in date order: what every line of the digest cites
    id: str  # the article's content hash (articles.id in the store)
    title: str | None
    date: str | None  # published, else its first reported event
    source: str  # the file's name or the URL, as it may be shared


class DigestTimelineDict(TypedDict):
    date: str  # YYYY-MM-DD or YYYY-MM
    end: str | None
    what: str
    where: str | None
    who: list[str]  # people as they are known across articles; unnamed roles as written
    kind: ParagraphKind | None
    article: str  # "A1"
    paragraph: int  # ¶ in that article


class DigestOccasionDict(TypedDict):
    date: str
    where: str | None
    what: str
    kind: ParagraphKind | None
    article: str
    paragraph: int


class DigestMeetingDict(TypedDict):
    people: list[str]  # two people who were at one event
    person_ids: list[str]
    occasions: list[DigestOccasionDict]  # each event they were both at, by date


class DigestTitleDict(TypedDict):
    title: str
    first_seen: str | None  # the first and last dates of the articles that give it
    last_seen: str | None


class DigestStatementDict(TypedDict):
    date: str | None  # the article's date
    cue: str
    text: str
    direct: bool
    kind: ParagraphKind | None
    article: str
    paragraph: int


class DigestSpeakerDict(TypedDict):
    name: str
    person_id: str | None  # people.id; None for a group or an unnamed role
    titles: list[DigestTitleDict]
    statements: list[DigestStatementDict]


class DigestDict(TypedDict):
    schema_version: SchemaVersion
    store: str  # the store file's name
    filters: DigestFiltersDict
    articles: list[DigestArticleDict]  # every article a line cites
    timeline: list[DigestTimelineDict]  # the events, merged, by date
    meetings: list[DigestMeetingDict]  # who met whom, the most frequent pairs first
    speakers: list[DigestSpeakerDict]  # statements by speaker, the most quoted first


class SearchHitDict(TypedDict):
    kind: Literal["statement", "paragraph"]
    article_id: str
    title: str | None
    date: str | None
    source: str
    paragraph: int
    speaker: str | None  # a statement's
    cue: str | None
    text: str


class SearchDict(TypedDict):
    schema_version: SchemaVersion
    store: str
    query: str
    hits: list[SearchHitDict]  # best first (BM25)
