"""The document model: frozen values that flow one way, load -> analyse -> view.

Every span (paragraph, sentence, mention, statement) is a pair of character offsets into
``Article.text``, the normalised body text, never a copy: each line of a briefing can cite
where it stands.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

# A paragraph's or section's kind: one of the names in ``KINDS`` ("meeting", "panel",
# "bilateral", "other"), declared once, as data, in ``data/kinds.json``.
ParagraphKind = str
SpeakerKind = Literal["person", "group", "organization"]
SourceKind = Literal["file", "stdin", "url", "sample"]
Format = Literal["text", "html"]

KindRole = Literal["event", "scene", "background"]


@dataclass(frozen=True, slots=True)
class Kind:
    """A section kind, as ``data/kinds.json`` declares it. Adding a kind is a record there (and
    its scene patterns and templates), nothing else.

    ``role``: "event" is the umbrella of the whole event (a paragraph with no other cue),
    "scene" a part of it with cues of its own (a panel, bilateral talks), "background" what is
    tied to no part of it. ``precedence``: when one sentence holds cues of several kinds, the
    lowest wins. ``summary_rank``: the order in which the summary's bottom line names the
    events after the main one."""

    name: str
    role: KindRole
    precedence: int
    summary_rank: int
    colour: str  # a Rich style for headings and tables
    about: str
    example: str


def _load_kinds() -> tuple[Kind, ...]:
    records = json.loads((Path(__file__).parent / "data" / "kinds.json").read_bytes())
    kinds = tuple(Kind(name=r.pop("kind"), **r) for r in records)
    if len({k.name for k in kinds}) != len(kinds) or sum(k.role == "event" for k in kinds) != 1:
        raise ValueError(
            "data/kinds.json: kind names must be unique and exactly one kind has the role 'event'"
        )
    return kinds


KINDS: tuple[Kind, ...] = _load_kinds()  # in display order
PARAGRAPH_KINDS: tuple[ParagraphKind, ...] = tuple(k.name for k in KINDS)
KIND = {k.name: k for k in KINDS}
EVENT_KIND: ParagraphKind = next(k.name for k in KINDS if k.role == "event")  # "meeting"
VerbForm = Literal["base", "s", "past", "ing"]  # "stress", "stresses", "stressed", "stressing"


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


@dataclass(frozen=True, slots=True, repr=False)
class Word:
    """What a word form is, whatever its context (spaCy's ``Lexeme``): one value per distinct
    spelling, shared by all its tokens. Built by ``briefcli.text.tokens``."""

    text: str  # as written: "Egypt's", "U.S", "(", "stressing"
    low: str  # lowercase
    base: str  # without a possessive 's: "Egypt" of "Egypt's"
    poss: bool  # ends with a possessive 's
    cap: bool  # starts with an uppercase letter
    lower: bool  # starts with a lowercase letter: "stressed", not "Stressed", "2021" or "("
    punct: bool  # no word: one other character, "(", ",", "“" (a word starts with a word character)
    acro: bool  # an acronym: "WCO", "FCS", "U.S", "MC12", "MSMEs"
    alpha: bool  # holds a letter
    digit: bool  # starts with a digit
    lemma: str | None  # a speech cue's lemma, any form: "stress" for "Stressing", "say" for "said"
    form: VerbForm | None  # that cue's form: "ing" for "stressing"
    month: int | None  # a month name or abbreviation: 10 for "October", "Oct"
    weekday: bool  # a weekday name or abbreviation: "Thursday", "Thu"
    # What a word can be in a name, a title or an organization, whatever its context (the
    # people stage reads these; the word lists are in ``briefcli.lang.en``).
    base_low: str  # base, lowercase: "egypt" of "Egypt's"
    pronoun: Gender | None  # a personal pronoun and the gender it needs: "female" for "her"
    honorific: bool  # a one-word honorific, any case: "Dr", "mr", "H.E", "Excellency"
    honorific_start: bool  # capitalised, may start an honorific: "Dr", "His" (of "His Excellency")
    title_word: bool  # a word of a title head, any case: "Minister", "prime", "General"
    title_start: bool  # capitalised, may start a title's core: "Deputy", "Minister", "Finance"
    role_start: bool  # may start a lowercase role after an article: "the representative", "the late"
    name_word: bool  # may be a word of a person's name: capitalised, no title, month or digit
    caps_name: bool  # all capitals and may be a family name as UN style writes it: "QU", "LIN"
    org_word: bool  # a word titles and organizations are made of: "Finance", "Service", "WCO"
    org_cue: bool  # capitalised and marks an organization: "Service", "Sub-Committee"
    place_word: bool  # may be a word of a place's name: "Lisbon", not "Ministry" or "May"
    # may open a person's name whatever its context: a name word ("Ana"), a family name in
    # capitals ("QU"), an initial ("J"), initials ("J.R"), an abbreviated particle ("Md"), a
    # lowercase particle ("van")
    name_open: bool


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Tokens:
    """The article's words, cut once (see ``briefcli.text.tokens``): token ``i`` is
    ``words[i]`` at ``Article.text[starts[i]:ends[i]]``; column tuples, as spaCy's ``Doc`` keeps
    arrays. A token is a word (letters or digits with inner apostrophes, hyphens or full stops:
    "Egypt's", "high-level", "U.S") or one other character ("(", ",", "“"). No token crosses a
    sentence: the tokens of sentence ``s`` are ``sentence(s)``."""

    words: tuple[Word, ...]
    texts: tuple[str, ...]  # words[i].text, as a column for the hot loops
    lows: tuple[str, ...]  # words[i].low
    starts: array[int]  # machine integers: a long text has millions of tokens
    ends: array[int]
    sentence_first: tuple[int, ...]  # the first token of each sentence, then len(words)

    def __len__(self) -> int:
        return len(self.words)

    def sentence(self, index: int) -> range:
        """The token indices of sentence ``index`` (``Sentence.index``)."""
        return range(self.sentence_first[index], self.sentence_first[index + 1])

    def paragraph(self, paragraph: Paragraph) -> range:
        """The token indices of a paragraph: its sentences' (no token lies between sentences)."""
        if not paragraph.sentences:
            return self.within(paragraph.start, paragraph.end)
        return range(
            self.sentence_first[paragraph.sentences[0].index],
            self.sentence_first[paragraph.sentences[-1].index + 1],
        )

    def within(self, start: int, end: int) -> range:
        """The token indices of the tokens inside the character span ``[start, end)``."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_right(self.ends, end))


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
    tokens: Tokens  # every sentence's words, cut once
    # Where the first paragraph's own words start after a date line at its head ("KARACHI: The
    # Minister ...": the offset of "The"); 0 when it opens with its own words.
    dateline_end: int = 0
    # One date line above the body gives both the place and the day ("United Nations, New York,
    # 1 November 2011"): a lead without a date of its own tells that day's happening.
    dateline_dated: bool = False
    # The place of a sign-off line under the last paragraph ("Ouagadougou, 11 June 2024"): where
    # the release was issued, the event's place only when the text gives it none.
    issued_at: str | None = None
    # ``sentences``, made at its first use: callers index it by Sentence.index, once per
    # statement or mention, and a new tuple at each call made a long text's analysis quadratic.
    _sentences: tuple[Sentence, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def paragraph_text(self, index: int) -> str:
        p = self.paragraphs[index]
        return self.text[p.start : p.end]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence, in order: ``sentences[s.index] is s``."""
        if self._sentences is None:
            object.__setattr__(self, "_sentences", tuple(s for p in self.paragraphs for s in p.sentences))
        assert self._sentences is not None
        return self._sentences


Gender = Literal["male", "female"]
MentionKind = Literal["name", "title", "pronoun", "acronym"]
PlaceKind = Literal["country", "city"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where the text refers to someone or something: offsets into Article.text.

    ``kind``: "name" ("Dr. Kunio Mikuriya", "Mr. Siluanov", "Secretary General Mikuriya"),
    "title" (a role phrase: "the Minister of Finance of Russia", "The Secretary General"),
    "pronoun" ("He", "his"), "acronym" ("WCO" for an organization)."""

    start: int
    end: int
    kind: MentionKind
    paragraph: int
    sentence: int  # Sentence.index


@dataclass(frozen=True, slots=True)
class Person:
    """A named person. ``mentions`` are the distinct surface forms, in order of first use;
    ``spans`` every mention with its offsets, in text order (see ``analysis.people.person_at``)."""

    name: str
    title: str | None = None
    org: str | None = None
    mentions: tuple[str, ...] = ()
    spans: tuple[Mention, ...] = ()
    aliases: tuple[str, ...] = ()  # other names the text uses: "Mikuriya", "Anurak"
    gender: Gender | None = None  # from an honorific ("Mr.", "Ms.", "His Excellency")
    id: str = ""  # "p1", "p2", ... in the order of ``Briefing.people``: what other parts refer to
    # False when the text only talks about the person: named only as a possessor ("Prime
    # Minister X's state visit", "President Y's administration"), as the one someone else
    # represented or spoke for, as a patron, or as "the late" (see ``analysis.people``).
    # A participants list leaves such a person out.
    took_part: bool = True


@dataclass(frozen=True, slots=True)
class Participant:
    """A role holder the text never names: "the Acting Head of the Federal Customs Service"."""

    role: str  # the phrase without its article: "Acting Head of the Federal Customs Service"
    title: str | None = None  # "Acting Head"
    org: str | None = None  # "Federal Customs Service"
    mentions: tuple[str, ...] = ()
    spans: tuple[Mention, ...] = ()
    id: str = ""  # "u1", "u2", ... (unnamed) in the order of ``Briefing.participants``


@dataclass(frozen=True, slots=True)
class Organization:
    """An organization: "World Customs Organization" with its acronym "WCO"."""

    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()  # other forms used: the acronym, a longer form
    spans: tuple[Mention, ...] = ()
    id: str = ""  # "o1", "o2", ... in the order of ``Briefing.organizations``


@dataclass(frozen=True, slots=True)
class Place:
    """A country ("Russia", also written "the Russian Federation") or a city ("Moscow")."""

    name: str
    kind: PlaceKind
    country: str | None = None  # a city's country, when the text gives it
    aliases: tuple[str, ...] = ()  # the forms the text uses


@dataclass(frozen=True, slots=True)
class Section:
    kind: ParagraphKind
    paragraphs: tuple[int, ...]
    label: str
    participants: tuple[str, ...] = ()
    participant_ids: tuple[str, ...] = ()  # the same people by id ("p1", "u2"), in the same order


@dataclass(frozen=True, slots=True)
class Statement:
    """A speech act with content: "He stressed that the FCS is ..." (reported) or a quote.

    ``start``/``end`` cover the reported content in Article.text; a split quote
    ("“A,” he said, “B.”") also lists its pieces in ``parts``, joined by one space."""

    speaker: str
    speaker_kind: SpeakerKind
    cue: str
    start: int  # offsets of the reported content in Article.text
    end: int
    paragraph: int
    sentence: int
    direct: bool
    parts: tuple[tuple[int, int], ...] = ()
    speaker_id: str | None = (
        None  # the person ("p1"), unnamed role holder ("u1") or organization ("o1"); None for a group
    )

    def text_in(self, article: Article, ellipsis: str | None = None) -> str:
        """The reported content as the article gives it; the pieces of a split quotation
        joined by a space, as the annotation guide joins them. With ``ellipsis``, for a
        reader, by that mark and a space when the second piece opens a sentence of its own
        ('“It works,” she said. “We must pay.”'): run together, "It works We must" reads as
        garble; one space still joins the pieces of one sentence ('“We agree,” he said, “on
        the ports.”')."""
        if not self.parts:
            return article.span(self.start, self.end)
        if ellipsis is None:
            return " ".join(article.span(a, b) for a, b in self.parts)
        pieces = [article.span(a, b).strip() for a, b in self.parts]
        out = pieces[0]
        for (_, end), (start, _), piece in zip(self.parts, self.parts[1:], pieces[1:], strict=False):
            # a sentence ends between them: '“A,” said X, a student. “B.”'
            between = article.text[end:start].rstrip(_BLANK_AND_QUOTES)
            new_sentence = piece[:1].isupper() and between.endswith((".", "!", "?"))
            out = f"{out.rstrip(',;:')}{ellipsis} {piece}" if new_sentence else f"{out} {piece}"
        return out


_BLANK_AND_QUOTES = " \t\n\u00a0“”‘’\"'"


DateForm = Literal["absolute", "range", "month", "no-year", "relative"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date the text gives: "23 October 2021", "from 6 to 8 July", "in June 2019", "yesterday".

    ``start``/``end`` are the offsets of the date phrase in Article.text; ``date`` and ``until``
    are ISO ("YYYY-MM-DD", or "YYYY-MM" for a month); ``until`` is the last day of a range."""

    start: int
    end: int
    date: str
    until: str | None
    paragraph: int
    sentence: int  # Sentence.index
    form: DateForm


@dataclass(frozen=True, slots=True)
class Event:
    date: str  # "YYYY-MM-DD" or "YYYY-MM"
    end: str | None
    paragraph: int
    what: str
    where: str | None = None
    who: tuple[str, ...] = ()
    sentence: int | None = None  # Sentence.index of the sentence the event is told in
    who_ids: tuple[str, ...] = ()  # the same people by id ("p1", "u2"), in the same order
    # told in a future-tense clause: "the Summit, to be held from 9 to 18 August", "will meet
    # again in May"; an announcement, not the occasion reported
    announced: bool = False
    # told in a relative clause of something the sentence only mentions: "the new High
    # Commission in Suva, which was officially opened last evening"; a detail, not the occasion
    aside: bool = False
    # the span of the gathering a happening was held at, told in the present while it runs: "met
    # delegates at the Conference, which takes place from 5 to 20 June"; the happening is a day
    # of it, not all of it
    hosted: bool = False
    # told in a past-tense clause: "his call on the Prime Minister on 12 April" after "was
    # commenting"; done, even when its day is a little after a date line written the day before
    past: bool = False
    # dated only by its saying: '"We leave with plans," Mr Vask said in a statement on Friday';
    # the day of a statement, in the timeline, but no day of the occasion it comments on
    said: bool = False


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
    participants: tuple[Participant, ...] = ()  # unnamed role holders
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
