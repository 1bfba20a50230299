"""Section labels a reader understands: "International Customs Forum", "Panel on ports at
the International Customs Forum", "Courtesy call: Kunio Mikuriya – Anton Siluanov".

- Background is "Background".
- The event as a whole: its name ("International Customs Forum"; a body's name gives way to
  the event it is told to have held: "the Regional Assembly organized a Youth Side Event" is
  at the "Youth Side Event"), else the sitting of a body its first sentence says met ("Meeting
  of the Council of Ministers of the Lake Union") or names ("38th ordinary session of the
  Council of Ministers"; not the next one), else the noun phrase of its first event noun
  ("Danish Police Academy graduation ceremony"), else the text it adopted ("Adoption of the Apia
  Declaration"), else the visit ("Visit to Lima, Peru"), else whom the principal met
  ("Meeting with other senior officials"), else a ceremony or a meal and where it was given
  ("Reception at the Residence"), else the event told nearest in the article (a section split
  off by background is still part of it).
- A panel (and a scene of a kind added to data/kinds.json): the noun phrase of its cue's head
  noun and the title after it ("High-level panel discussion “Ports of the future”"), else the
  kind's name, at the event nearest before it (else the one named after it, unless the panel's
  sentence sets it at a building of its own: "hosted a roundtable at her residence" is at no
  summit the article recalls later). The questions taken after the talks ("During a
  question-and-answer session, ...") are a part of the scene and name it only when the section
  opens on them.
- Talks: what kind (talks, a courtesy call, a farewell call, a video call, a signing, by the cue group that
  found them; a call or credentials the talks' sentence tells name them too; a joint
  commission by its name) and between whom: the first two participants, else what was
  signed, else whom the cue names.
- Questions taken that open a section with no discussion named are "Questions and answers".
- A byline or a heading ("National Assembly of Orla — News") names the publisher, no scene.
- No label is a fragment of what was said: an event or a discussion named in a quotation or
  in reported speech ("UNECE is “an inclusive and neutral forum”") names no scene, and the
  label falls back to the next source, at last the kind's name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

from briefcli.analysis.accounts import first_finite
from briefcli.analysis.countries import country_of, opening_delegation
from briefcli.analysis.frames import headline_gathering, is_heading
from briefcli.analysis.phrases import event_names, noun_phrase_before
from briefcli.analysis.scenes import (
    FOR_LATER,
    Cue,
    SceneCues,
    announced,
    credentials_of_several,
    find_cues,
    find_in_text,
    gathering_nouns,
    in_announced_encounter,
    in_quotation,
    joint_body,
    names_no_scene,
    office_after,
    office_of,
    own_meeting,
    release_announces,
    said_that,
    said_would,
    subject_to_come,
)
from briefcli.analysis.tense import looks_ahead_to
from briefcli.analysis.venues import place_in
from briefcli.lang.en import (
    ADOPT_FORMS,
    ADOPTION_NOUNS,
    ANNOUNCED_MODIFIERS,
    BE_FORMS,
    BODY_NOUNS,
    BRIEFING_VERBS,
    CEREMONY_HEADINGS,
    COUNTERPART_ENDS,
    COUNTERPART_PREPOSITIONS,
    DETERMINERS,
    DISCUSSION_NOUNS,
    DISCUSSION_TOPIC_ENDS,
    DISCUSSION_TOPIC_PREPOSITIONS,
    ENVOY_TITLES,
    EVENT_NAME_HEADS,
    EVENT_NAME_JOINERS,
    FAREWELL_WORDS,
    HEARING_NOUNS,
    HOLD_FORMS,
    HOSPITALITY_NOUNS,
    LEADS_TO_ANOTHER_EVENT,
    MEET_FORMS,
    MONTHS,
    OPEN_LETTER_NOUNS,
    PERSON_PLURALS,
    PRAISING_ADJECTIVES,
    SIGN_FORMS,
    SITTING_NOUNS,
    TAKING_PART_VERBS,
    TEXT_TOPIC_ENDS,
    TEXT_TOPIC_PREPOSITIONS,
    TITLE_HEADS,
    TITLE_LEADS,
    TITLE_NAMING,
    VENUE_NOUNS,
    VIDEO_WORDS,
    WEEKDAYS,
)
from briefcli.model import KIND, Article, ParagraphKind, Sentence
from briefcli.regexes import pattern


class LabelContext(NamedTuple):
    """What the labels of one article's sections look up, built once: the sentences by start,
    and each paragraph's event names as they are first asked for."""

    article: Article
    sentences: tuple[Sentence, ...]
    starts: list[int]
    names: dict[int, list[str]]
    # paragraph -> the nearest paragraph at or before it (``back``), at or after it (``on``),
    # that names an event; -1 if none. Each section's label looks for one, so a long text with
    # many sections would otherwise walk its paragraphs once a section.
    back: dict[int, int]
    on: dict[int, int]
    bodies: dict[str, bool]  # event name -> whether the text tells it taking part in an event
    cues: SceneCues | None  # each paragraph's scene cues, when the caller found them
    # [paragraphs read, the first that tells credentials presented by several, -1 if none yet]:
    # each talks section asks about the paragraphs before it, read once for all of them
    several: list[int]

    def sentence_of(self, position: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``position``; (position, position) if none."""
        i = bisect.bisect_right(self.starts, position) - 1
        if i >= 0 and position < self.sentences[i].end:
            return self.sentences[i].start, self.sentences[i].end
        return position, position

    def event_names(self, paragraph: int) -> list[str]:
        """The paragraph's event names, less those named in what was said ("He said that the
        plans announced at the Ports Summit ...") or still to come ("the Summit to be held in
        Apia"): no event the section is at."""
        names = self.names.get(paragraph)
        if names is None and is_heading(self.article, paragraph):
            names = self.names[paragraph] = []  # a byline names its publisher: "Assembly of Orla — News"
        if names is None:
            names = self.names[paragraph] = [
                self._numbered(paragraph, self._held(paragraph, n) or self._short_owner(paragraph, n) or n)
                for n in event_names(self.article, paragraph)
                if not self._elsewhere(paragraph, n)
                and not self._takes_part(n)
                and not self._office(n)
                and self.briefed_on(paragraph, n) is None
            ]
        return names

    def _numbered(self, paragraph: int, name: str) -> str:
        """The name with the ordinal the text gives it right before: "the [18th] Regular
        Session" is the 18th Regular Session (a name already numbered stays as it is)."""
        p = self.article.paragraphs[paragraph]
        at = self.article.text.find(name, p.start, p.end)
        if at < 0:
            return name
        ordinal = _ORDINAL_BEFORE.search(self.article.text, max(p.start, at - 12), at)
        return f"{ordinal.group(1)} {name}" if ordinal else name

    def briefed_on(self, paragraph: int, name: str) -> str | None:
        """The event, with its ordinal, that a briefing in its sentence was about ("briefed the
        envoys on the outcomes of last week's 22nd Harbour Summit" -> "22nd Harbour Summit"):
        what was told, not where; None when the name is no briefing's topic."""
        p = self.article.paragraphs[paragraph]
        text = self.article.text
        at = text.find(name, p.start, p.end)
        if at < 0:
            return None
        start, _ = self.sentence_of(at)
        verb = _briefing().search(text, start, at)
        if verb is None or _ON.search(text, verb.end(), at) is None:
            return None
        return self._numbered(paragraph, name)

    def _office(self, name: str) -> bool:
        """Whether the named body is only ever the one an office's title governs, no scene:
        "Ana Ruiz, [Member of the] Committee on Fisheries" is someone's post, not where the
        debate was; a body the text also names otherwise ("at the invitation of the Committee
        on Fisheries") may be the host."""
        text = self.article.text
        at = text.find(name)
        if at < 0:
            return False
        while at >= 0:
            if not office_of(text, at) and not self._in_heading(at):
                return False
            at = text.find(name, at + len(name))
        return True

    def _in_heading(self, position: int) -> bool:
        """Whether ``position`` stands in a heading or a byline ("National Assembly of Orla —
        Public Relations Office"), which names the publisher, no scene."""
        start, _ = self.sentence_of(position)
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and is_heading(self.article, self.sentences[i].paragraph)

    def _short_owner(self, paragraph: int, name: str) -> str | None:
        """The name with its owner by the short form the text gives it, when the owner's full
        name runs on past what a name takes: "the 12th Meeting of the Council of Harbour
        Masters of the Lakes and Rivers (CHMLR)" -> "12th Meeting of CHMLR"."""
        p = self.article.paragraphs[paragraph]
        text = self.article.text
        at = text.find(name, p.start, p.end)
        # the name may hold the first words of its owner's ("Meeting of the Council of Harbour
        # Masters"): the owner's name starts at its first "of"
        head = name.find(" of ")
        head = len(name) if head < 0 else head
        owner = _SHORT_OWNER.match(text, at + head, p.end) if at >= 0 else None
        if owner is None or not all(w[:1].isupper() or w in _OWNER_JOINERS for w in owner.group(1).split()):
            return None
        # the short form may be a modifier of the owner's head: "(CHMLR) Board of Pilots"
        rest = _NAME_AFTER.match(text, owner.end(), p.end)
        if rest is not None:
            return f"{name[:head]} of the {owner.group(2)}{rest.group()}"
        if text.startswith("(", at + len(name) + 1):
            return None  # "the Congress of the Postal Union (UPU)": the whole name is told
        return f"{name[:head]} of {owner.group(2)}"

    def nearest_named(self, paragraph: int, step: int) -> int:
        """The first paragraph from ``paragraph`` on in direction ``step`` (-1 or 1) whose
        ``event_names`` are not empty; -1 when none is."""
        memo = self.back if step < 0 else self.on
        walked: list[int] = []
        found = -1
        i = paragraph
        while 0 <= i < len(self.article.paragraphs):
            known = memo.get(i)
            if known is not None:
                found = known
                break
            walked.append(i)
            if self.event_names(i):
                found = i
                break
            i += step
        for i in walked:
            memo[i] = found
        return found

    def _held(self, paragraph: int, name: str) -> str | None:
        """The event a body named so held, which is the scene's name: "the Regional Assembly of
        Mayors organized a Youth Forum" -> "Youth Forum" (see ``_held_event``)."""
        if BODY_NOUNS.isdisjoint(name.lower().split()):
            return None
        p = self.article.paragraphs[paragraph]
        at = self.article.text.find(name, p.start, p.end)
        return _held_event(self, at + len(name)) if at >= 0 else None

    def _takes_part(self, name: str) -> bool:
        """Whether the text tells the named "event" taking part in one: an event attends
        nothing, so "the Harbour Forum, a think tank, is participating in the Coastal Summit"
        makes the Harbour Forum a body, and no scene it hosts is held at it."""
        known = self.bodies.get(name)
        if known is None:
            found = _taking_part().search(self.article.text.replace(name, "\x00"))
            _, of, owner = name.rpartition(" of ")  # "the Director of the Harbour Forum"
            known = self.bodies[name] = found is not None or bool(of and self._takes_part(owner))
        return known

    def _elsewhere(self, paragraph: int, name: str) -> bool:
        p = self.article.paragraphs[paragraph]
        text = self.article.text
        at = text.find(name, p.start, p.end)
        if at < 0:
            return False
        start, _ = self.sentence_of(at)
        return (
            in_quotation(text, p.start, at)  # “... as we agreed at the Ports Summit”
            or said_that(self.article, start, at)
            or said_would(self.article, start, at)  # "said the Agency would report to the Summit"
            or _later_one(self, at, at + len(name))
            or looks_ahead_to(text, start, at)  # "urged members to take part in the Trade Fair"
        )


@cache
def _briefing() -> re.Pattern[str]:
    """A verb of briefing an audience: "[briefed] the envoys on ..." (see ``LabelContext.briefed_on``)."""
    return pattern(rf"\b(?:{_either(BRIEFING_VERBS)})\b", re.IGNORECASE)


_ON = pattern(r"\bon\b")
# An ordinal right before a name: "the [22nd] Harbour Summit", "the [XIIth] Meeting".
_ORDINAL_BEFORE = pattern(r"\b(\d+(?:st|nd|rd|th)|[IVXLC]+(?:st|nd|rd|th))\s+$")


# The owner after an event's name, its long name and then its short form in brackets: " of
# the Council of Harbour Masters of the Lakes, Rivers and Canals (CHMLR)". The long name is
# capitalised words and the words that join them (``_OWNER_JOINERS``).
_SHORT_OWNER = pattern(
    r"\s+of\s+(?:the\s+)?((?-i:[A-Z])[^()\n.;:“”\"]{0,200}?)\s*\(((?-i:[A-Z])[A-Z0-9&/-]{1,11})\)"
)
_NAME_AFTER = pattern(r"(?:\s+(?-i:[A-Z])[\w'’-]*)+(?:\s+(?:of|for|and)\s+(?-i:[A-Z])[\w'’-]*)*")
_OWNER_JOINERS = frozenset({*EVENT_NAME_JOINERS, "the", "in", "to"})


# A name (made a NUL, see ``LabelContext._takes_part``), its short form and an aside between
# commas, then a verb of taking part in an event: "[NUL], a think tank, is participating in the
# Summit", "[NUL] also attended the Summit".
@cache
def _taking_part() -> re.Pattern[str]:
    return pattern(
        r"\x00(?:\s*\([^()]{1,40}\))?(?:\s*,[^;.]{1,150}?,)?\s+(?:(?:is|are|was|were|has|have|had|also)\s+){0,2}"
        rf"(?:{_either(TAKING_PART_VERBS)})\s+(?:(?:in|at)\s+)?(?:the\s+)?(?-i:[A-Z])",
        re.IGNORECASE,
    )


# An event still to come after its name: "the Ports Forum [plenary session scheduled to be
# hosted in May]", "the Summit [to be held in Apia]": no event a section is at.
@cache
def _to_come() -> re.Pattern[str]:
    return pattern(
        r"(?:\s+[\w-]+){0,5}?,?\s+(?:(?:scheduled|slated|due|planned|set)\s+(?:to|for)|(?:to\s+be|will\s+be)\s+(?:held|hosted|convened|organi[sz]ed)"
        r"|(?:(?:which|that)\s+)?(?:will|is\s+to|are\s+to)\s+take\s+place|to\s+take\s+place)\b",
        re.IGNORECASE,
    )


# What follows a body's name up to the verb by which it held an event: the rest of its name
# after "of the" ("the Assembly [of the Regions]"), its short form ("[(ARM)]") and an aside
# between commas ("[, with the support of its secretariat,]"), then the verb and a determiner.
@cache
def _held_by() -> re.Pattern[str]:
    return pattern(
        r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)?(?:\s*\([^()]{1,40}\))?"
        rf"(?:\s*,[^,;.]{{1,150}},)?\s+(?:{_either(HOLD_FORMS)})\s+(?:(?:{_either(DETERMINERS)})\s+)?",
        re.IGNORECASE,
    )


_OBJECT_REACH = 60  # characters from the determiner to the event's noun: "a High-Level Side Event"
_CLAUSE_BREAK = pattern(r"[,;:.()“”\"]")


def _held_event(context: LabelContext, end: int) -> str | None:
    """The event that a body whose name ends at ``end`` held, when its sentence names it: "The
    Regional Assembly of Mayors (RAM), with the support of its secretariat, organized a
    High-Level Youth Forum" -> "High-Level Youth Forum". A body's name is the scene's only when
    it names no event it held; an event told in lowercase is no name ("held its annual
    session": the Assembly's session)."""
    text = context.article.text
    _, s_end = context.sentence_of(max(0, end - 1))
    verb = _held_by().match(text, end, s_end)
    if verb is None:
        return None
    noun = gathering_nouns().search(text, verb.end(), min(s_end, verb.end() + _OBJECT_REACH))
    if noun is None or not noun.group()[:1].isupper() or _CLAUSE_BREAK.search(text, verb.end(), noun.start()):
        return None
    return noun_phrase_before(text, noun.end()) or None


def label_context(article: Article, cues: SceneCues | None = None) -> LabelContext:
    sentences = article.sentences
    return LabelContext(article, sentences, [s.start for s in sentences], {}, {}, {}, {}, cues, [0, -1])


def _either(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, in a fixed order (each is followed by a space or a
    word's end wherever it is used, so which is tried first does not matter)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# The noun that names a panel in its cue: "a [panel] of ministers", "moderated the closing
# [debate]"; "moderated by" names none.
_PANEL_HEAD = pattern(rf"(?:{_either(DISCUSSION_NOUNS)})s?(?![\w-])", re.IGNORECASE)
# A title in quotation marks; in single ones, an apostrophe inside a word ("Pakistan’s") does
# not close it.
_QUOTED_TITLE = r"([“\"][^”\"]{1,120}[”\"]|‘(?:[^’]|’(?=\w)){1,120}’)"
# The title right after the noun, in apposition, needs no lead word: "a panel discussion ‘Ports
# of Tomorrow’"; a straight quotation mark opens a title only after a space (one right after the
# noun closes a quotation: "“... a good debate" he said").
# A role the speaker had at it may stand between: "the panel discussion [as keynote speaker] on
# ‘Ports of Tomorrow’".
_TITLE_AFTER = pattern(
    rf"(?:\s+as\s+(?:[\w'’-]+\s+){{0,2}}[\w'’-]+(?=\s+(?:{_either(TITLE_LEADS)})\s))?"
    rf"(?:\s*,?\s*(?P<lead>{_either(TITLE_LEADS)})\s+|\s*(?=[“‘])|\s+(?=\")){_QUOTED_TITLE}"
)
# A title a little further on: "a webinar on trade, [titled ‘Boosting Trade’]".
_TITLE_NEAR = pattern(rf"\b(?:{_either(TITLE_NAMING)})\s+{_QUOTED_TITLE}")
# A possessive before a panel's noun is its event, not its name: "the Seminar’s [panel]".
# A time's two words are one possessor too: "[Last week's] Riverbank Roundtable".
_POSSESSOR = pattern(r"^(?:(?:last|next|this|past)\s+)?\S+['’]s\s+", re.IGNORECASE)
# What a panel is about, after its noun: "a panel [on port finance], moderated by ...".
_PANEL_TOPIC = pattern(
    rf"\s+(?:{_either(DISCUSSION_TOPIC_PREPOSITIONS)})\s+[^,;.:“”\"‘’()]{{3,90}}?(?=[,;.:()]|\s+(?:{_either(DISCUSSION_TOPIC_ENDS)})\s|$)"
)
_WITH_WHOM = pattern(
    rf"\s+(?:{_either(COUNTERPART_PREPOSITIONS)})\s+((?:the\s+)?[^,;.]{{3,90}}?)"
    rf"(?=[,;.]|\s+(?:{_either(COUNTERPART_ENDS)})\s|$)"
)


def _first_cue(found: Sequence[Cue], kind: ParagraphKind) -> Cue | None:
    return next((c for c in found if c.kind == kind), None)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unpraised(phrase: str) -> str:
    """A heading without the praise the text gives its scene: "A lively question-and-answer
    session followed" is headed "Question-and-answer session" (the judgement is the text's)."""
    first, _, rest = phrase.partition(" ")
    return _capitalise(rest) if rest and first.lower() in PRAISING_ADJECTIVES else phrase


def _meeting_name(context: LabelContext, paragraphs: Sequence[int]) -> str | None:
    """The fullest event name of the first paragraph that names one: the one of most
    capitalised words ("of the" in "Summit of the Sea Nations" adds nothing to it); not a body
    still to be met ("The delegation will also meet the Budget Committee", ``_still_to_meet``)."""
    for index in paragraphs:
        names = [n for n in context.event_names(index) if not _still_to_meet(context, index, n)]
        if names:
            return max(names, key=lambda n: sum(1 for w in n.split() if w[:1].isupper()))
    return None


def _still_to_meet(context: LabelContext, index: int, name: str) -> bool:
    """Whether each mention of an event's name in a paragraph stands after an announced
    encounter's verb: "The delegation will also meet the Budget Committee"."""
    text = context.article.text
    p = context.article.paragraphs[index]
    starts = []
    at = text.find(name, p.start, p.end)
    while at >= 0:
        starts.append(at)
        at = text.find(name, at + 1, p.end)
    return (
        bool(starts)
        and all(in_announced_encounter(text, context.sentence_of(k)[0], k) for k in starts)
        and not release_announces(context.article)
    )


def _briefing_topic(context: LabelContext, paragraph: int) -> str | None:
    """The event a briefing that opens the section was about: "The Secretary-General briefed
    envoys on the outcomes of last week's 22nd Harbour Summit, today at the Secretariat" is
    a briefing on the summit, not the summit."""
    first = context.article.paragraphs[paragraph].sentences[:1]
    for name in event_names(context.article, paragraph):
        topic = context.briefed_on(paragraph, name)
        if topic and first and context.article.text.find(name, first[0].start, first[0].end) >= 0:
            return topic
    return None


def _main_event(context: LabelContext, before: int, *, ahead: bool = True) -> str | None:
    """The event named nearest before paragraph ``before`` (or, ``ahead``, anywhere when none
    before)."""
    index = context.nearest_named(before, -1)
    if index < 0 and ahead:
        index = context.nearest_named(before + 1, 1)
    return context.event_names(index)[0] if index >= 0 else None


# The cue groups (``briefcli.analysis.scenes.GROUPS``) whose cues a label reads: what the
# event adopted ("adopted the Apia Declaration"), a visit ("visited Lima"), whom the principal
# met ("met senior officials"); the panellists (who name no panel); the parties of talks ("Both
# sides ...", who say not what kind of talks they held), and what signed talks signed.
_OUTCOMES = "MEETING_OUTCOMES"
_VISITS = "MEETING_VISITS"
_PRESS = "MEETING_PRESS"
_GROUPS = "MEETING_GROUPS"
_SPEAKERS = "PANEL_SPEAKERS"
_QUESTIONS = "PANEL_QUESTIONS"
_PARTIES = "BILATERAL_PARTIES"
_SIGNINGS = "BILATERAL_SIGNINGS"
# What talks are called by the group of the cue that tells them: "The Ambassador paid a
# courtesy call on the Governor"; "The two Ministers signed an agreement".
_CREDENTIALS = "BILATERAL_CREDENTIALS"
_TALKS = {
    "BILATERAL_COURTESY": "Courtesy call",
    "BILATERAL_CALLS": "Telephone call",
    _CREDENTIALS: "Presentation of credentials",
    _SIGNINGS: "Signing",
}
_CALLS = tuple(group for group in _TALKS if group != _SIGNINGS)
_OPEN_LETTERS = pattern(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(OPEN_LETTER_NOUNS)) + r")\b",
    re.IGNORECASE,
)
_TALKS_KIND = "bilateral"  # the scene between two parties, whom its label names
# The verb before whom the principal met: "[met with] senior officials of the port".
_MEET_GROUP = pattern(rf"(?:{_either(MEET_FORMS)})\s+(?:with\s+)?", re.IGNORECASE)
# The verb before an adopted or a signed text: "adopted [the Apia Declaration]", "signed [a
# letter of intent]".
_ADOPTED = pattern(rf"(?:{_either((*ADOPT_FORMS, *ADOPTION_NOUNS))})\s+", re.IGNORECASE)
_SIGNED = pattern(rf"(?:{_either(SIGN_FORMS)})\s+(?:of\s+)?", re.IGNORECASE)
# What a text is about, after its name: "the Apia Declaration [on Ocean Freight], which ...",
# "a letter of intent [on cooperation in training] at City Hall".
_TEXT_TOPIC = pattern(
    rf"\s+(?:{_either(TEXT_TOPIC_PREPOSITIONS)})\s+[^,;.:]{{1,80}}?(?=[,;.:]|\s(?:{_either(TEXT_TOPIC_ENDS)})\s|$)"
)


def _signed_text(text: str, cue_start: int, cue_end: int, verb: re.Pattern[str]) -> str | None:
    """The text adopted or signed in a cue, with what it is about: "the Apia Declaration on
    Ocean Freight", "a letter of intent on cooperation in training"."""
    m = verb.match(text, cue_start, cue_end)
    if m is None:
        return None
    what = text[m.end() : cue_end]
    topic = _TEXT_TOPIC.match(text, cue_end)
    return what + (topic.group() if topic else "")


_PASSIVE = pattern(r"\s+(?:was|were)\s")


def _signed_subject(text: str, cue: Cue) -> str | None:
    """The text a passive signing cue signed, its subject: "[The twinning agreement] was signed
    on Friday" -> "the twinning agreement"."""
    m = _PASSIVE.search(text, cue.start, cue.end)
    phrase = noun_phrase_before(text, m.start()) if m else ""
    if not phrase or m is None:
        return None
    before = text[max(0, m.start() - len(phrase) - 6) : m.start() - len(phrase)].split()
    determiner = before[-1].lower() if before and before[-1].lower() in DETERMINERS else ""
    return f"{determiner} {phrase}".strip()


def _meeting_label(context: LabelContext, paragraphs: Sequence[int], found: Sequence[Cue]) -> str:
    """The event's name ("International Customs Forum"), else the noun phrase of its first
    event noun ("Danish Police Academy graduation ceremony"), else the text it adopted
    ("Adoption of the Apia Declaration"), else the visit ("Visit to Lima, Peru"), else whom
    the principal met ("Meeting with other senior officials") or the credentials several
    presented ("Presentation of credentials"), else the event told nearest in
    the article (a section split off by background is still part of it)."""
    article = context.article
    briefed = _briefing_topic(context, paragraphs[0])
    if briefed:
        return f"Briefing on the {briefed}"
    name = _meeting_name(context, paragraphs) or _body_met(context, paragraphs[0])
    name = name or _sitting_of(context, paragraphs[0]) or _event_phrase(context, paragraphs)
    name = name or _trip_to_event(context, paragraphs[0], found)
    if name:
        return name
    found = _main_cues(context, paragraphs, found)
    for cue in found:
        adopted = _signed_text(article.text, cue.start, cue.end, _ADOPTED) if cue.group == _OUTCOMES else None
        if adopted:
            return "Adoption of " + adopted
    for cue in found:
        if cue.group == _PRESS:
            # "In a statement to the press, she said ...": a scene of its own, not the event
            # told before it (its plenary), which the statement was not part of
            return _capitalise(article.text[cue.start : cue.end])
        if cue.group == _VISITS:
            s_start, s_end = context.sentence_of(cue.start)
            # the place after the visit's cue, before one a title names ("The Coordinator in
            # Lamaria undertook a mission to [the Northern Province]")
            place = place_in(article.text[s_start:s_end])
            if place is None or article.text.find(place, cue.start, s_end) < 0:
                place = _visited_site(article.text, cue.end, s_end) or place
            if place:
                return f"Visit to {place}"
        met = _group_met(article.text, cue) if cue.group == _GROUPS else None
        if met:
            return met
        if cue.group == _GROUPS and credentials_of_several(article.text, cue):
            # several envoys "presented their credentials", "the letters of credence of three"
            return _TALKS[_CREDENTIALS]
    ceremony = next(filter(None, (_ceremony(context, c) for c in found if c.group == _CEREMONIES)), None)
    if ceremony:
        return ceremony
    meal = next(filter(None, (_meal(context, c) for c in found if c.group == _HOSPITALITY)), None)
    if meal:
        return meal
    # "The Commissioner also visited the new depot": the visit is this scene's, not an event
    # another paragraph tells
    site = next(filter(None, (_site_of(context, c) for c in found if c.group == _VISITS)), None)
    if site:
        return f"Visit to {site}"
    first = paragraphs[0]
    own = _own_event(context, first, found) or _group_meeting(context, first) or _main_event(context, first)
    elsewhere = [*range(first - 1, -1, -1), *range(paragraphs[-1] + 1, len(article.paragraphs))]
    return own or _event_phrase(context, elsewhere) or "Meeting"


# A group's meeting told by its people as the subject of "met" with no one met: "[Trade
# ministers of the Lake Union] met in Kessa on 3 May", "... met by videoconference".
_GROUP_MET = pattern(
    r"((?-i:[A-Z])[^,;:.()“”\"]{2,100}?)\s+(?:(?:also|again|virtually|formally)\s+)?met\s+"
    r"(?:by|in|on|at|to|for|via|online|virtually|today|yesterday)\b"
)


def _group_meeting(context: LabelContext, first: int) -> str | None:
    """The meeting of a group its section opens on, the people the subject of "met" with no
    one met: "Trade ministers of six lake states met in Kessa" -> "Meeting of trade ministers
    of six lake states"; not one person's ("The Minister met in Lima with ...")."""
    p = context.article.paragraphs[first]
    m = _GROUP_MET.match(context.article.text, p.start, p.end)
    if m is None:
        return None
    subject = m.group(1)
    head = subject.split(" of ", 1)[0].split()
    if not head or head[-1].lower() not in PERSON_PLURALS:
        return None
    if len(head) == 1:  # "Ministers of the Lake Union": the head opens the sentence
        subject = subject[0].lower() + subject[1:]
    return "Meeting of " + subject  # a modifier keeps its case: "Kessan ministers", "Trade ministers"


def _trip_to_event(context: LabelContext, first: int, found: Sequence[Cue]) -> str | None:
    """The event a trip still to come goes to, which names the section, not the trip's place:
    "will travel to Kessa next week to attend the Ports Summit" -> "Ports Summit"."""
    if not any(c.group == _VISITS for c in found):
        return None  # the cheap check first
    return _gone_to(context, first)


def _group_met(text: str, cue: Cue) -> str | None:
    """The heading of a group met: "met members [of the African Group]" -> "Meeting with members
    of the African Group"; a group's own meeting is theirs: "a meeting of senior officials of
    the Council" -> "Meeting of senior officials of the Council"."""
    met = _MEET_GROUP.match(text, cue.start, cue.end)
    if met is None:
        return None
    owner = _OF_NAME.match(text, cue.end)  # whose members the heading says
    end = owner.end() if owner else cue.end
    if own_meeting(text, cue):
        return _capitalise(text[cue.start : end])
    return "Meeting with " + text[met.end() : end]


def _own_event(context: LabelContext, first: int, found: Sequence[Cue]) -> str | None:
    """The event of its own a section that names nothing else tells, before the event another
    paragraph named: a new one a later section opens on (``_new_event``; the lead's is the
    headline's), or one still to come (``_next_event``)."""
    if not all(is_heading(context.article, i) for i in range(first)):
        new = next(filter(None, (_new_event(context, c) for c in found if c.group == _EVENTS)), None)
        if new:
            return new
    to_come = (
        _next_event(context, found)
        or _next_opening(context, first)
        or _subject_to_come(context, first, found)
    )
    return to_come or (_gone_to(context, first) if found else None)


# A sentence's subject up to its verb: "The [Union's summit of heads of state] will take place".
_SUBJECT = pattern(r"(?:the|an?|its|their)\s+([^,;:.()“”\"]{1,80}?)\s+(?:will|is|are|shall)\b", re.IGNORECASE)


def _subject_to_come(context: LabelContext, first: int, found: Sequence[Cue]) -> str | None:
    """The gathering still to come a section opens on as its subject, whole: "The Union's summit
    of heads of state will take place in December." -> "Union's summit of heads of state"."""
    if (
        not found
        or found[0].group not in (_EVENTS, _GROUPS)
        or not subject_to_come(context.article, found[0])
    ):
        return None
    p = context.article.paragraphs[first]
    m = _SUBJECT.match(context.article.text, p.start, p.end)
    return _capitalise(m.group(1)) if m and m.end(1) >= found[0].end else None


# A trip still to come to an event, up to the event's name: "will travel to Harbin Bay on
# Tuesday [for the opening of the] Design Week", "will [attend the] Ports Summit".
_GONE_TO = pattern(
    r"\b(?:will|shall)\s+(?:also\s+)?(?:(?:travel|go|fly|head|leave)\b[^.;“”\"]{0,80}?\b"
    r"(?:for|to\s+attend|at)|attend|visit)\s+the\s+((?:[a-z][\w-]*\s+of\s+(?:the\s+)?)?)$"
)


def _gone_to(context: LabelContext, first: int) -> str | None:
    """The event a section's first paragraph tells a trip to, still to come, when that is the
    only event it names: "The Minister will travel to Harbin Bay on Tuesday for the opening of
    the Design Week." -> "Opening of the Design Week", not the event told before (the section
    is no part of it)."""
    names = event_names(context.article, first)
    if not names or context.event_names(first):  # the cheap test first: most name none, or one held
        return None
    text = context.article.text
    p = context.article.paragraphs[first]
    for name in names:
        at = text.find(name, p.start, p.end)
        start, _ = context.sentence_of(at) if at >= 0 else (at, at)
        gone = _GONE_TO.search(text[start:at]) if at >= 0 else None
        if gone:
            return _capitalise(gone.group(1) + name)
    return None


@cache
def _next_subject() -> re.Pattern[str]:
    """A sentence that opens on an event still to come as its subject, up to its verb: "The
    [next session of the Council] will take place in Dala"."""
    modifiers = _either(ANNOUNCED_MODIFIERS)
    return pattern(
        rf"(?:the|its|their)\s+((?:{modifiers})\s+[^,;:.()“”\"]{{1,60}}?)\s+(?:will|is|are|shall|would)\b",
        re.IGNORECASE,
    )


def _next_opening(context: LabelContext, first: int) -> str | None:
    """The event still to come a section opens on: "The next session of the Council will take
    place in Dala in November 2026." -> "Next session of the Council"."""
    return next_opening(context.article, first)


_SUBJECT_LEADS = ("the ", "its ", "their ")


def next_opening(article: Article, paragraph: int) -> str | None:
    """The event still to come a paragraph opens on as its subject, capitalised: "The next
    meeting of the Council will be held in Dala." -> "Next meeting of the Council"."""
    p = article.paragraphs[paragraph]
    if not article.text[p.start : p.start + 6].lower().startswith(_SUBJECT_LEADS):
        return None  # the cheap check first: most paragraphs open otherwise
    m = _next_subject().match(article.text, p.start, p.end)
    return _capitalise(m.group(1)) if m else None


_EVENTS = "MEETING_EVENTS"
# An indefinite article and a modifier or two before an event's noun: "delivered [a public] lecture".
_A_NEW_EVENT = pattern(r"\b(?:a|an)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$", re.IGNORECASE)
# What the noun phrase of a new event holds after its noun: its place and topic ("at the Brenn
# Institute on maritime security"), up to a mark or a word that opens another clause.
_EVENT_TAIL = pattern(r"[^,;:.()“”\"]{0,100}")
_EVENT_TAIL_STOPS = frozenset(
    {
        "which",
        "who",
        "where",
        "that",
        "and",
        "followed",
        "to",
        "during",
        "after",
        "before",
        "when",
        "with",
        "by",
    }
)
_EVENT_TAIL_WORDS = 10
_QUOTE_OPENERS = frozenset('“"‘')


def _next_event(context: LabelContext, events: Sequence[Cue]) -> str | None:
    """The event still to come a section tells, when all it tells is one: "The next Conference
    will be held in Tarno in 2026." is headed "Next Conference", not by the conference the
    article told (another event)."""
    if not events or any(c.group != _EVENTS for c in events):
        return None
    text = context.article.text
    phrases = [noun_phrase_before(text, c.end) for c in events]
    if not phrases or not all(p and p.split()[0].lower() in ANNOUNCED_MODIFIERS for p in phrases):
        return None
    return _capitalise(phrases[0])


def _new_event(context: LabelContext, cue: Cue) -> str | None:
    """An event a section introduces with an indefinite noun phrase, named by its one noun with
    its place and topic: "In the evening, he delivered a lecture at the Brenn Institute on
    maritime security, followed by ..." -> "Lecture at the Brenn Institute on maritime
    security"; not the event told before, nor one still to come or only said."""
    text = context.article.text
    if _A_NEW_EVENT.search(text, max(0, cue.start - 30), cue.start) is None:
        return None  # the cheap check first: most event nouns point back ("the Forum")
    if _later_one(context, cue.start, cue.end):
        return None  # "will deliver a lecture": still to come (a cue tells no quotation nor speech)
    s_end = context.sentence_of(cue.start)[1]
    tail = _EVENT_TAIL.match(text, cue.end, s_end)
    words: list[str] = []
    for word in (tail.group() if tail else "").split():
        if word.lower() in _EVENT_TAIL_STOPS or len(words) >= _EVENT_TAIL_WORDS:
            break
        words.append(word)
    if tail is not None and text[tail.end() : tail.end() + 1] in _QUOTE_OPENERS:
        # a title in quotation marks follows: "a lecture on the topic “...”" is a lecture
        words = []
    phrase = noun_phrase_before(text, cue.end) or text[cue.start : cue.end]
    return _capitalise(" ".join([phrase, *words]))


# A standing body's name that opens a sentence, and the verb by which it sat: "The [Council of
# Ministers of the Lake Basin Union] met in Kisumu". The name's words are capitalised words and
# the words that join them; a body noun (``BODY_NOUNS``) among them says it is a body.
_BODY_MET = pattern(
    r"(?:The\s+)?((?:[A-Z][\w'’-]*)(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,9})"
    # its acronym in brackets after it: "The Council of the Reef Union (RU) met"
    r"(?:\s+\([A-Z][A-Za-z.&-]*\))?"
    r"\s+(?:(?:also|again|formally)\s+)?(?:met|convened|(?P<held>held\s+its))\b"
)


def _body_met(context: LabelContext, paragraph: int) -> str | None:
    """The sitting of a standing body whose first sentence tells it met: "The Council of
    Ministers of the Lake Basin Union met in Kisumu on 3 May" -> "Meeting of the Council of
    Ministers of the Lake Basin Union". A body that sits names the scene before any event noun a
    later sentence of the section names ("a joint press conference after the meeting")."""
    sentences = context.article.paragraphs[paragraph].sentences
    if not sentences:
        return None
    text = context.article.text
    start = max(sentences[0].start, context.article.dateline_end)
    m = _BODY_MET.match(text, start, sentences[0].end)
    if m is None or not any(w.casefold() in BODY_NOUNS for w in m.group(1).split()):
        return None
    held = _ITS_SITTING.match(text, m.end(), sentences[0].end) if m.group("held") else None
    if m.group("held") and held is None:
        return None
    # "The Working Group held its fourth meeting" -> "Fourth meeting of the Working Group"
    sitting = " ".join(held.group(1).split()) if held is not None else "meeting"
    return f"{sitting[:1].upper()}{sitting[1:]} of the {m.group(1)}"


# The sitting a body held, its own ("its"), up to its noun: "held its [fourth regular session]".
_ITS_SITTING = pattern(rf"\s*((?:[\w-]+\s+){{0,2}}?(?:{_either(SITTING_NOUNS)}))\b", re.IGNORECASE)


# A sitting of a standing body after its determiner, with its ordinal and up to two words
# before the noun: "the [38th ordinary session of the Council of Ministers]".
_SITTING = pattern(
    rf"\b(?:{_either(DETERMINERS)})\s+((?:\d+(?:st|nd|rd|th)\s+)?(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:{_either(SITTING_NOUNS)})\s+of\s+the\s+((?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*){0,8}))"
)


def _body_name(name: str) -> bool:
    """Whether a capitalised name after "session of the" names a body: a body's noun in it
    ("Council of Ministers"), or a name of two capitalised words or more that opens on no
    title ("Group of Small Economies"; not "Minister of Trade", a person)."""
    words = name.split()
    if not BODY_NOUNS.isdisjoint(w.casefold() for w in words):
        return True
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= 2 and words[0].lower() not in TITLE_HEADS


def _sitting_of(context: LabelContext, paragraph: int) -> str | None:
    """The sitting of a standing body the first sentence tells ("travelled to Arvale for the
    38th ordinary session of the Council of Ministers, which adopted the budget") names the
    scene, before what it adopted: "38th ordinary session of the Council of Ministers"; not
    one still to come ("preparations for the next session of the Council")."""
    sentences = context.article.paragraphs[paragraph].sentences
    if not sentences:
        return None
    text = context.article.text
    s = sentences[0]
    if not any(noun in text[s.start : s.end] for noun in SITTING_NOUNS):
        return None  # the cheap check first: most first sentences name no sitting
    for m in _SITTING.finditer(text, s.start, s.end):
        if not _body_name(m.group(2)):
            continue
        if _later_one(context, m.start(1), m.end(1)) or m.group(1).split()[0].lower() in ANNOUNCED_MODIFIERS:
            continue  # "ahead of the next session of the Council": still to come
        return _capitalise(m.group(1))
    return None


# " of the African Group", " of Turkey, Albania and Moldova": the owner's name, or a list of them;
# or what the group heads, in a word or two, and its owner ("the heads [of customs of Europe]",
# "members [of the public]") up to where the phrase ends: not "of various" of "of various agencies".
_NAME = r"[A-Z][\w’'-]*(?: (?:of |and |for )?[A-Z][\w’'-]*)*"
# A phrase ends too where a participle opens a reduced relative clause: "the Belmar community
# [living in] Orla", "engineers [working at] the port".
_PARTICIPLE = r"[a-z]{3,}ing\s(?:in|at|on|from|across|abroad|outside|with|for)\b"
_PHRASE_ENDS = rf"(?=[,.;:]|$|\s(?:on|in|at|and|to|for|from|during|with|who|which|that|as)\b|\s{_PARTICIPLE})"
# A name may head a phrase of common nouns: "members [of the Belmar business community]".
_NOT_A_NOUN = rf"(?!(?:on|in|at|and|to|for|from|during|with|who|which|that|as|of)\b|{_PARTICIPLE})"
_NAMED_NOUNS = rf"{_NAME}(?: {_NOT_A_NOUN}[a-z][\w’'-]*){{1,2}}{_PHRASE_ENDS}"
_OF_NAME = pattern(
    rf" of (?:the )?(?:{_NAMED_NOUNS}|{_NAME}(?:(?:, (?:and )?(?:the )?| and ){_NAME})*"
    rf"|[a-z][\w’'-]*(?: [a-z][\w’'-]*)?(?: of (?:the )?{_NAME}|{_PHRASE_ENDS}))"
)


def _main_cues(context: LabelContext, paragraphs: Sequence[int], found: Sequence[Cue]) -> list[Cue]:
    """The cues that may name a section: not an activity a later paragraph adds to the scene
    it opened with ("The envoy toured the port. | ... | She later met with members of the
    Chamber of Shipping.": the visit is the scene, the meeting a side one). The section's first
    paragraph tells its scene, "also" or not ("The Forum also adopted a resolution ...")."""
    sentences = context.article.sentences
    return [c for c in found if not c.also or sentences[c.sentence].paragraph == paragraphs[0]]


def _site_of(context: LabelContext, cue: Cue) -> str | None:
    """The site a visit cue tells, named or not: "visited [the new depot]"."""
    _, s_end = context.sentence_of(cue.start)
    return _visited_site(context.article.text, cue.end, s_end, named=False)


# The site a visit went to, named but not a place ``place_in`` reads: "visited [the Port of
# Sella] on Monday", "a field trip to [the Orvan dry port]"; a named one (a capitalised word), not
# "the new depot".
_SITE = pattern(rf"(?:\s+to)?\s+((?:the|an?)\s+(?:[\w’'-]+\s+){{0,6}}?[\w’'-]+){_PHRASE_ENDS}")


def _visited_site(text: str, cue_end: int, s_end: int, *, named: bool = True) -> str | None:
    """The site a visit cue ending at ``cue_end`` went to, with the named place it stands at
    ("the coastal works [at Hanga village]"); with ``named``, only a site a capital names."""
    m = _SITE.match(text, cue_end, s_end)
    if m is None:
        return None
    site = m.group(1)
    at = _SITE_AT.match(text, m.end(), s_end)
    if at is not None:
        site = f"{site} {at.group(1)}"
    if named and not any(w[:1].isupper() for w in site.split()[1:]):
        return None
    return site


# The named place a site stands at: "the coastal works [at Hanga village]", "[in Old Town]".
_SITE_AT = pattern(r"\s+((?:at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|village|town|port))*)")


_CEREMONIES = "MEETING_CEREMONIES"
_VERB = pattern(r"[a-z]+")
# What a ceremony's verb took, up to where its phrase ends, and the named site it was held at:
# "laid [a wreath] [at the Tarn Memorial Park]", "launched [the online portal of the Port Board]".
_CEREMONY_OBJECT = pattern(
    rf"\s+((?:{_either(DETERMINERS)})\s+(?:[\w’'-]+\s+){{0,6}}?[\w’'-]+(?: of (?:the )?{_NAME})?)"
    rf"{_PHRASE_ENDS}"
    rf"(\s+(?:at|in)\s+(?:the\s+)?{_NAME})?"
)


def _ceremony(context: LabelContext, cue: Cue) -> str | None:
    """A ceremony told by its verb, headed by its noun and what the verb took: "laid a wreath
    at the Tarn Memorial Park" -> "Laying of a wreath at the Tarn Memorial Park", "launched the
    online licensing portal" -> "Launch of the online licensing portal"."""
    text = context.article.text
    verb = _VERB.match(text, cue.start)
    heading = CEREMONY_HEADINGS.get(verb.group()) if verb is not None else None
    if verb is None or heading is None:
        return None
    _, s_end = context.sentence_of(cue.start)
    what = _CEREMONY_OBJECT.match(text, verb.end(), s_end)
    return f"{heading} {what.group(1)}{what.group(2) or ''}" if what is not None else None


_HOSPITALITY = "MEETING_HOSPITALITY"
_HOSPITALITY_NOUN = pattern(rf"\b(?:{_either(HOSPITALITY_NOUNS)})\b", re.IGNORECASE)


def _meal(context: LabelContext, cue: Cue) -> str | None:
    """A meal or a reception, by its noun phrase and where it was given or by whom: "concluded
    with a reception at the Residence in honour of ..." -> "Reception at the Residence", "hosted
    a working dinner" -> "Working dinner", "a dinner hosted by the Orla Chamber" -> "Dinner
    hosted by the Orla Chamber"."""
    text = context.article.text
    noun = _HOSPITALITY_NOUN.search(text, cue.start, cue.end)
    if noun is None:
        return None
    phrase = noun_phrase_before(text, noun.end())
    if not phrase:
        return None
    _, s_end = context.sentence_of(cue.start)
    at = _SITE_AT.match(text, noun.end(), s_end) or _HOSTED_BY.match(text, noun.end(), s_end)
    return _capitalise(phrase) + (f" {at.group(1)}" if at else "")


# Who gave a meal, a body or a person named: "a dinner [hosted by the Orla Chamber of Commerce]".
_HOSTED_BY = pattern(
    r"\s+((?:hosted|given|offered|organi[sz]ed)\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,6}[A-Z][\w'’-]*)"
)


def _verb_cue(cue: str) -> bool:
    """Whether a gathering's cue is a verb, which heads no noun phrase: "launched", "laid a
    wreath", "inaugurated" (a ceremony's verb), not "launch", "inauguration"."""
    first = cue.split()[0]
    return first in CEREMONY_HEADINGS or (first.islower() and first.endswith("ed"))


def _event_phrase(context: LabelContext, paragraphs: Iterable[int]) -> str | None:
    """The noun phrase of the first event noun in the paragraphs, of two words or more:
    "Danish Police Academy graduation ceremony", "Town hall meeting"; not the body an
    office's title names ("the Forum Secretary General", "the President of the Assembly"),
    nor an event only said ("UNECE is “an inclusive and neutral forum”", ``names_no_scene``),
    nor a body still to be met ("The delegation will also meet the Budget Committee"):
    a heading names the scene, not a fragment of what a speaker said of it."""
    article = context.article
    for index in paragraphs:
        p = article.paragraphs[index]
        for m in gathering_nouns().finditer(article.text, p.start, p.end):
            if office_after(article.text, m.end()) or office_of(article.text, m.start()):
                continue  # "the OSCE Parliamentary Assembly President": a person, no event
            if _verb_cue(m.group()):
                continue  # "the Mayor launched the portal": a verb, no noun phrase ("Mayor launched")
            if names_no_scene(article, p.start, context.sentence_of(m.start())[0], m):
                continue
            if in_announced_encounter(article.text, context.sentence_of(m.start())[0], m.start()):
                continue  # "The delegation will also meet the Budget Committee": still to meet
            if looks_ahead_to(article.text, context.sentence_of(m.start())[0], m.start()):
                continue  # "encouraged members to take part in the trade fair": still to come
            held = _held_event(context, m.end()) if m.group().lower() in BODY_NOUNS else None
            if held:
                return _capitalise(held)  # "the regional assembly organized a Youth Side Event"
            phrase = noun_phrase_before(article.text, m.end())
            if phrase and phrase.split()[0].lower() in ANNOUNCED_MODIFIERS:
                continue  # "the upcoming ocean conference": still to come, no scene told
            if phrase and _later_one(context, m.end() - len(phrase), m.end()):
                continue  # "met to prepare for the 45th Summit, which will take place ..."
            if len(phrase.split()) >= 2:
                return _capitalise(phrase)
    return None


def _later_one(context: LabelContext, start: int, end: int) -> bool:
    """Whether the event named at ``start``..``end`` is one still to come, its sentence's scene
    another: "to prepare for [the Summit]", "[the Summit], which will take place in May", "The
    conclusions will be presented at [the Summit]"."""
    text = context.article.text
    s_start, s_end = context.sentence_of(start)
    return (
        FOR_LATER.search(text, max(s_start, start - 40), start) is not None
        or _to_come().match(text, end, s_end) is not None
        or (announced(text, s_start, start) and not release_announces(context.article))
        or _other_event().search(text, max(s_start, start - 60), start) is not None
    )


@cache
def _other_event() -> re.Pattern[str]:
    """Words that make the event named next another one: "The meeting was [preceded by a session
    of the] Technical Committee" (``LEADS_TO_ANOTHER_EVENT``; a few words may stand between)."""
    return pattern(rf"\b(?:{_either(LEADS_TO_ANOTHER_EVENT)})\b[^.;:]{{0,40}}$", re.IGNORECASE)


def _scene_label(
    context: LabelContext, paragraphs: Sequence[int], found: Sequence[Cue], kind: ParagraphKind
) -> str:
    """A panel (or a scene of another kind): the noun phrase of its cue ("[a panel] of
    ministers", "moderated [the closing debate]") with its title, else the kind ("Panel"), at
    the event named nearest before it, else after it when no building of its own is told."""
    phrase = _unpraised(
        _panel_named(context, paragraphs, found, kind)
        or _questions(context, paragraphs, found)
        or kind.capitalize()
    )
    own_venue = _at_venue(context, found, kind)
    # At a building of its own, in an article whose headline names no gathering (a trip, a
    # series of encounters), a scene is part of no event told in another paragraph: "took part
    # in a panel at the University of Lima" after "addressed the Water Summit" two days before.
    # An event the panel's own sentence sets it in comes first.
    event = _within_event(context, found, kind)
    if event is None and own_venue and headline_gathering(context.article.title or "") is None:
        event = (
            _main_event(context, paragraphs[0], ahead=False) if _names_event(context, paragraphs) else None
        )
    elif event is None:
        event = _main_event(context, paragraphs[0], ahead=not own_venue)
    if event is None and " " not in phrase:  # "Discussion", at no event: a cue that says more
        phrase = _panel_named(context, paragraphs, found, kind, fuller=True) or phrase
    if (
        event
        and found
        and all(_to_come_phrase(noun_phrase_before(context.article.text, c.end)) for c in found)
    ):
        return event  # "The governors agreed to hold the next Roundtable in Vell.": the Roundtable's own line
    return f"{phrase} at the {event}" if event and event not in phrase else phrase


_QUESTIONS_HEADING = "Questions and answers"


def _questions(context: LabelContext, paragraphs: Sequence[int], found: Sequence[Cue]) -> str | None:
    """A section that opens on questions taken, with no discussion named ("Following the
    lecture, the Governor took questions from students"), is the questions and answers: no
    panel sat."""
    first = context.article.paragraphs[paragraphs[0]]
    opens = any(c.group == _QUESTIONS and first.start <= c.start < first.end for c in found)
    return _QUESTIONS_HEADING if opens else None


# The preposition that sets a panel inside a named event, right before the event's phrase:
# "On the second day [of the] Harbour Forum, two panels were held", "[during the] ..."
_INSIDE = pattern(r"\b(?:of|at|during)\s+the\s+$", re.IGNORECASE)


@cache
def _event_heads() -> re.Pattern[str]:
    """The head nouns of event names, in any case: "the Harbour Forum [meeting]"."""
    return pattern(rf"\b(?:{_either(EVENT_NAME_HEADS)})s?\b", re.IGNORECASE)


def _within_event(context: LabelContext, found: Sequence[Cue], kind: ParagraphKind) -> str | None:
    """The event the panel's own sentence sets it in, before its cue, by a name and a
    gathering's noun: "On the second day of the Harbour Forum meeting, two panels were held"
    -> "Harbour Forum meeting" (not the event a paragraph before it names)."""
    text = context.article.text
    cue = _first_cue(found, kind)
    if cue is None:
        return None
    s_start, _ = context.sentence_of(cue.start)
    for m in _event_heads().finditer(text, s_start, cue.start):
        phrase = noun_phrase_before(text, m.end())
        at = m.end() - len(phrase)
        if (
            len(phrase.split()) >= 2
            and phrase[:1].isupper()
            and _INSIDE.search(text, s_start, at)
            and not office_of(text, at)  # "the Director of the Lakeside Forum hosted a panel"
        ):
            return phrase
    return None


def _names_event(context: LabelContext, paragraphs: Sequence[int]) -> bool:
    return any(context.event_names(index) for index in paragraphs)


# A panel's own venue, after its cue in its sentence: "hosted a roundtable with envoys [at her
# residence]", "a roundtable on port fees [at its city campus]".
_AT_VENUE = pattern(
    rf"\bat\s+(?:(?:{_either(DETERMINERS)})\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_either(VENUE_NOUNS)})(?![\w-])",
    re.IGNORECASE,
)


def _at_venue(context: LabelContext, found: Sequence[Cue], kind: ParagraphKind) -> bool:
    """Whether the sentence that tells the panel sets it at a building of its own ("The
    Ambassador hosted a roundtable at her residence"): then an event the article names only
    after it is no place it was held at ("The Summit was held in Apia in April": what the
    talks recalled, or where their outcome will go)."""
    text = context.article.text
    for cue in found:
        if cue.kind == kind and cue.group != _SPEAKERS:
            _, s_end = context.sentence_of(cue.start)
            return _AT_VENUE.search(text, cue.end, s_end) is not None
    return False


def _panel_named(
    context: LabelContext,
    paragraphs: Sequence[int],
    found: Sequence[Cue],
    kind: ParagraphKind,
    fuller: bool = False,
) -> str | None:
    """How the section names its panel: the noun phrase of the first of its cues that holds a
    discussion noun (its own cues first: "[a high-level panel discussion]", then the others:
    "an important [webinar]"), with the panel's title ("entitled “Green Ports”") or else its
    topic ("on port finance"); with ``fuller``, the first that says more than its noun ("The
    discussion featured ..." after "hosted a webinar on “Ports at a crossroads”"). "The
    panellists discussed" names none."""
    text = context.article.text
    article = context.article
    # The questions taken after the talks are a part of the scene, which they name only when
    # the section opens on them ("During the Q&A, students asked ..."), not a lecture of
    # twelve paragraphs that ends with "During a question-and-answer session, ...".
    side = [c for c in found if c.group == _QUESTIONS and article.paragraphs[paragraphs[0]].end < c.start]
    found = [c for c in found if c not in side]
    own = [c for c in found if c.kind == kind and c.group != _SPEAKERS][:1]
    ordered = (*own, *(c for c in found if c not in own))
    heads = [_titled_head(context, _cue_head(context, c)) for c in ordered]
    bare = None  # with ``fuller``, "Discussion" of "The discussion featured ..." if nothing says more
    for head in heads:
        phrase = _capitalise(_POSSESSOR.sub("", noun_phrase_before(text, head.end()))) if head else ""
        if head and phrase and not _to_come_phrase(phrase):  # not "the next Roundtable"
            named = _first_mention(context, head, phrase + _panel_title(context, head.end()))
            if not fuller or " " in named:
                return named
            bare = bare or named
    if bare is not None:
        return bare
    # else the first words of the section that name a discussion and say which: "hosted [a
    # debate on port fees]" (not "the session" alone, nor "the Panel of Eminent Persons")
    for index in paragraphs:
        p = context.article.paragraphs[index]
        for head in _PANEL_HEAD.finditer(text, p.start, p.end):
            if names_no_scene(context.article, p.start, context.sentence_of(head.start())[0], head):
                continue  # “It was a very useful dialogue on diplomacy,” said a student
            if any(c.start <= head.start() < c.end for c in side):
                continue
            phrase = _capitalise(_POSSESSOR.sub("", noun_phrase_before(text, head.end())))
            which = _panel_title(context, head.end())
            if _to_come_phrase(phrase):
                continue  # "agreed to hold the next Roundtable in Vell": the one to come
            if (which or " " in phrase) and not _BODY_NAME.match(text, head.end()):
                return phrase + which
    return None


def _to_come_phrase(phrase: str) -> bool:
    """Whether a noun phrase names a gathering still to come: "Next Roundtable"."""
    return phrase.split(maxsplit=1)[0].lower() in ANNOUNCED_MODIFIERS if phrase else False


def _first_mention(context: LabelContext, head: re.Match[str], named: str) -> str:
    """A bare noun ("The dialogue was moderated by ...") names the discussion the article
    introduced before it in full: "a high-level dialogue on water security" (its first
    mention with words before the noun or a topic after it); else ``named`` as it is."""
    if " " in named:
        return named
    text = context.article.text
    noun = head.group().lower()
    for m in _PANEL_HEAD.finditer(text, 0, head.start()):
        if m.group().lower() != noun:
            continue
        phrase = _capitalise(_POSSESSOR.sub("", noun_phrase_before(text, m.end())))
        which = _panel_title(context, m.end())
        if (which or " " in phrase) and not _BODY_NAME.match(text, m.end()):
            return phrase + which
    return named


# A capitalised "Panel of ..." is a standing body, not a session: "the Panel of Eminent Persons".
_BODY_NAME = pattern(r"\s+of\s+[A-Z]")
_RIGHT_BEFORE = pattern(r"\s*$")
# A passive's subject before a form of "be" and its cue: "The [dialogue] was moderated by".
_PASSIVE_BEFORE = pattern(rf"\s+(?:{_either(BE_FORMS)})\s*$")


def _cue_head(context: LabelContext, cue: Cue) -> re.Match[str] | None:
    """The discussion noun a cue holds ("a [panel] of ministers"), or the one right before it
    ("the Prosperity [session] moderated by"), or its passive's subject when the article
    introduced that discussion in full before ("a high-level dialogue on water ..." | "The
    [dialogue] was moderated by"; a bare "The session was moderated by" names nothing)."""
    text = context.article.text
    inside = list(_PANEL_HEAD.finditer(text, cue.start, cue.end))
    if inside:
        return inside[-1]
    before = [m for m in _PANEL_HEAD.finditer(text, max(0, cue.start - 40), cue.start)]
    if before and _RIGHT_BEFORE.match(text, before[-1].end(), cue.start):
        return before[-1]
    if before and _PASSIVE_BEFORE.match(text, before[-1].end(), cue.start):
        head = before[-1]
        return head if " " in _first_mention(context, head, head.group()) else None
    return None


# The next noun of a compound of discussion nouns: "a panel[ discussion]", "a round table[ debate]".
_NEXT_HEAD = pattern(rf"[ \t]+(?:{_either(DISCUSSION_NOUNS)})s?(?![\w-])", re.IGNORECASE)


def _titled_head(context: LabelContext, head: re.Match[str] | None) -> re.Match[str] | None:
    """The cue's discussion noun, else, when its title or topic follows not it but the compound
    it begins, the compound's last noun: a cue ending on "moderated a panel" is of "a panel
    discussion ‘Green Ports’"; "a round table session" with no title stays "round table"."""
    text = context.article.text
    if head is None or _panel_title(context, head.end()):
        return head
    last = head
    while (more := _NEXT_HEAD.match(text, last.end())) is not None:
        last = more
    return last if _panel_title(context, last.end()) else head


_COMMA_IN_CLOSE = pattern(r"[,;]([”’\"])$")


def _panel_title(context: LabelContext, end: int) -> str:
    """The title or the topic after a panel's noun: " “Green Ports”", " on port finance"."""
    text = context.article.text
    _, s_end = context.sentence_of(end - 1)
    title = _TITLE_AFTER.match(text, end) or _TITLE_NEAR.search(text, end, min(s_end, end + 150))
    if title:  # the sentence's comma inside the closing mark is not the title's: “Green Ports,”
        # a title stands in apposition ("Panel “Green Ports”"); a topic in lowercase keeps its
        # preposition: "Panel on ‘green ports’"
        quoted = title.groups()[-1]
        lead: str = title.groupdict().get("lead") or ""
        topic = lead and lead.lower() not in TITLE_NAMING and quoted[1:2].islower()
        return (f" {lead.lower()}" if topic else "") + " " + _COMMA_IN_CLOSE.sub(r"\1", quoted)
    topic = _PANEL_TOPIC.match(text, end, s_end)
    if topic is not None and _a_date(topic.group().split(maxsplit=1)[-1]):
        # "a webinar on Wednesday, 5 March 2025, on closing the gender gap": its day, then its topic
        after = _DATE_REST.match(text, topic.end(), s_end)
        topic = _PANEL_TOPIC.match(text, after.end() if after else topic.end(), s_end)
    if topic is None or _a_date(topic.group().split(maxsplit=1)[-1]):
        return ""
    return _before_verb(topic.group())


def _before_verb(topic: str) -> str:
    """A panel's topic up to the verb of the sentence it opens: " on risk management" of "A
    panel on risk management featured Mr. ..." (the topic's words never hold a finite verb)."""
    preposition, words = topic.split(maxsplit=1)
    verb = first_finite(words)
    if verb is None:
        return topic
    kept = words.split()[:verb]
    return f" {preposition} {' '.join(kept)}" if kept else ""


# The rest of a date after its first word and the commas around it: "[, 5 March 2025,]".
_DATE_REST = pattern(r"(?:,?\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?)?\s*,")


def _later_visit(
    context: LabelContext, paragraphs: Sequence[int], found: Sequence[Cue], participants: Sequence[str]
) -> str | None:
    """A later scene of talks that opens on a visit whose paragraph does not name two of its
    people is the visit: "The delegation later visited the Port Authority in Tema, where they
    were briefed by its Director, Ms. Ama Osei." -> "Visit to Tema, Ghana" (not talks between
    Ms. Osei and whoever the scene names next). "Ambassador Li visited the Institute in Tema,
    where its Director, Ms. Ama Osei, received him" stays the talks of the two."""
    first = min(found, key=lambda c: c.start, default=None)
    if paragraphs[0] == 0 or first is None or first.group != _VISITS:
        return None
    p = context.article.paragraphs[paragraphs[0]]
    opening = context.article.text[p.start : p.end]
    if sum(name.split()[-1] in opening for name in participants[:2]) == 2:
        return None
    s_start, s_end = context.sentence_of(first.start)
    place = place_in(context.article.text[s_start:s_end])
    return f"Visit to {place}" if place else None


def _talks_label(
    context: LabelContext,
    participants: Sequence[str],
    found: Sequence[Cue],
    kind: ParagraphKind,
    scope: tuple[Sequence[int], bool],
) -> str:
    """What kind of talks, by the group of their first cue that says it ("Both sides ..." says
    not; for the whole article's talks, else the headline: "... pays courtesy call on ..."), and
    between whom: "Courtesy call: Kunio Mikuriya – Anton Siluanov", "Signing of a letter of
    intent on training", "Bilateral talks with the Minister of Finance"."""
    paragraphs, whole = scope
    text = context.article.text
    cue = _talks_cue(context, found, kind, paragraphs[0])
    what = _talks_kind(context, cue, paragraphs[0], whole)
    signed = (
        _signed_text(text, cue.start, cue.end, _SIGNED) or _signed_subject(text, cue)
        if cue is not None and cue.group == _SIGNINGS
        else None
    )
    group = _group_party(context, cue) if cue is not None else None
    if group and participants:
        return f"{what}: {participants[0]} – {group}"
    if cue is not None and len(participants) >= 2 and (others := _with_others(context, cue, participants)):
        return f"Talks: {participants[0]} – {others}"
    if len(participants) >= 2:
        return f"{what}: {participants[0]} – {participants[1]}"
    country = _country_party(context, paragraphs) if len(participants) == 1 else None
    if country:
        return f"{what}: {participants[0]} – {country}"
    if signed:
        return f"Signing of {signed}"
    if cue is not None:
        _, s_end = context.sentence_of(cue.start)
        # not in a relative clause after the cue: "met the Minister, Tom Berg, who briefed the
        # guests on the new project" tells no talks "with"/"on" the project
        relative = _RELATIVE_AFTER.search(text, cue.start, s_end)
        end = relative.start() if relative else s_end
        whom = _WITH_WHOM.search(text, cue.start, end)
        if whom and not _a_date(whom.group(1)) and _someone(whom.group(1)):
            return f"{what} with {whom.group(1).strip()}"
        if len(participants) == 1 and participants[0] in text[cue.end : end]:
            return f"{what} with {participants[0]}"  # the one named, the cue's object
    # no one to pair: the event a trip still to come goes to, if the section tells one
    gone = _gone_to(context, paragraphs[0]) if not participants and what == "Bilateral talks" else None
    return gone or what


def _talks_kind(context: LabelContext, cue: Cue | None, first: int, whole: bool) -> str:
    """What talks are called: by the group of their cue, a joint body's name, a video call,
    open letters, an envoy's turn, the headline's call, a hearing; else "Bilateral talks"."""
    text = context.article.text
    what = _TALKS.get(cue.group, "Bilateral talks") if cue is not None else "Bilateral talks"
    if what == _TALKS[_COURTESY] and cue is not None and _farewell(text, cue):
        what = "Farewell call"
    what = _joint_body(text, cue) or what
    if (
        what == "Bilateral talks"
        and cue is not None
        and text[cue.start : cue.end].split()[0].lower() in VIDEO_WORDS
    ):
        what = "Video call"  # "held a video conference with the Minister"
    if cue is not None and cue.group == _CREDENTIALS and _OPEN_LETTERS.search(text, cue.start, cue.end):
        what = "Presentation of open letters"  # copies of the credentials, to the Foreign Minister
    if what == "Bilateral talks" and _envoy_of_several(context, first, cue):
        what = _TALKS[_CREDENTIALS]  # "He then received the Ambassador of Orland": one of the envoys
    if what == "Bilateral talks" and context.article.title:
        what = _headline_talks(context, first, whole) or what
    if what == "Bilateral talks" and _hearing(context, first, whole):
        what = _HEARING
    return what


_RELATIVE_AFTER = pattern(r",?\s+(?:who|which|whose)\b")
_HEARING = "Hearing"


def _hearing(context: LabelContext, first: int, whole: bool) -> bool:
    """Whether talks no cue names are a hearing: the section's first sentence, or the headline
    of the talks the article opens on, names one ("Fisheries Committee holds hearing with
    Minister Ana Ruiz"): a body questioned the one it heard, no talks of two parties."""
    article = context.article
    p = article.paragraphs[first]
    texts = [article.text[p.start : p.sentences[0].end if p.sentences else p.end]]
    if whole or _opens_article(context, first):
        texts.append(article.title or "")
    folded = [t.casefold() for t in texts]
    # a substring look first: almost no text names a hearing
    if not any(n in t for t in folded for n in HEARING_NOUNS):
        return False
    return any(n in _WORD.findall(t) for t in folded for n in HEARING_NOUNS)


_WORD = pattern(r"[\w-]+")


def _headline_talks(context: LabelContext, first: int, whole: bool) -> str | None:
    """What talks the headline names, for the talks of the whole article; or the call it
    names, for the talks the article opens on: "Speaker receives courtesy call from ..." over
    the call, then the delegation's tour of the building (what the parties signed may be
    another scene's)."""
    if not whole and not _opens_article(context, first):
        return None
    told = find_in_text(context.article.title or "", tuple(_TALKS) if whole else _CALLS)
    if not told:
        return None
    group = _group_of(told[0].group())
    if group == _COURTESY and _FAREWELL.search(told[0].group()):
        return "Farewell call"  # "Envoy pays farewell call on Premier"
    return _TALKS[group]


def _opens_article(context: LabelContext, paragraph: int) -> bool:
    """Whether a paragraph is the article's first that tells something (no heading before)."""
    article = context.article
    return all(is_heading(article, i) for i in range(paragraph))


def _talks_cue(context: LabelContext, found: Sequence[Cue], kind: ParagraphKind, first: int) -> Cue | None:
    """The cue that says what kind of talks a section tells, its first paragraph being
    ``first``: the first that tells talks, not one of the parties only ("Both sides ..."). A
    signing told after the first paragraph is one act of the talks it opened on ("paid an
    official visit ... | The two mayors signed a charter"): no name for them all."""
    text = context.article.text
    sentences = context.article.sentences
    found = [
        c
        for c in found
        if (c.group != _SIGNINGS or sentences[c.sentence].paragraph == first)
        and not _in_relative_aside(text, sentences[c.sentence].start, c.start, sentences[c.sentence].end)
    ]
    cue = next(
        (c for c in found if c.kind == kind and c.group != _PARTIES and _tells_talks(text, c)),
        _first_cue(found, kind),
    )
    if cue is not None and (not _tells_talks(text, cue) or _quoted_cue(context, cue)):
        cue = None
    return _named_talks(text, found, cue)


_RELATIVE_OPENERS = ("who ", "which ", "whose ")


def _in_relative_aside(text: str, start: int, at: int, end: int) -> bool:
    """Whether a cue stands in a relative clause set off by commas inside its sentence ("Mr. Tom
    Berg, who presented his credentials last month, said ..."): a fact about someone, no scene's
    name. Not one that closes the sentence, which may tell the encounter itself ("received the
    outgoing Ambassador, who called on him to bid farewell")."""
    comma = text.rfind(",", start, at)
    if comma < 0 or not text[comma + 1 : at].lstrip().startswith(_RELATIVE_OPENERS):
        return False
    return text.find(",", at, end) >= 0


def _quoted_cue(context: LabelContext, cue: Cue) -> bool:
    """Whether a cue stands inside a quotation: ""The joint commission has done good work," he
    said" names no talks of the scene (no label is a fragment of what was said)."""
    p = context.article.paragraphs[context.article.sentences[cue.sentence].paragraph]
    return in_quotation(context.article.text, p.start, cue.start)


_COURTESY = "BILATERAL_COURTESY"


@cache
def _envoy_words() -> re.Pattern[str]:
    return pattern(rf"\b(?:{_either(ENVOY_TITLES)})\b", re.IGNORECASE)


def _envoy_of_several(context: LabelContext, first: int, cue: Cue | None) -> bool:
    """Whether talks are one envoy's turn in a presentation of credentials by several told
    before them: after "The President received the letters of credence of five new
    ambassadors", "He first received the Ambassador of Kestia, ..." (talks with an envoy) or a
    paragraph with no cue of its own ("The Ambassador of Orland said ...") is that envoy's
    presentation."""
    text = context.article.text
    if cue is not None:
        _, s_end = context.sentence_of(cue.start)
        if _envoy_words().search(text, cue.start, s_end) is None:
            return False
    return 0 <= _credentials_of_several_at(context, first) < first


def _credentials_of_several_at(context: LabelContext, before: int) -> int:
    """The first paragraph before ``before`` that tells credentials presented by several, or
    -1: the paragraphs read so far are kept, so a text of many talks sections reads each once."""
    state = context.several
    text = context.article.text
    while state[1] < 0 and state[0] < before:
        p = state[0]
        found = context.cues[p] if context.cues is not None else find_cues(context.article, p)
        if any(credentials_of_several(text, c) for c in found):
            state[1] = p
        state[0] += 1
    return state[1]


_MARGINS = "BILATERAL_MARGINS"


def _named_talks(text: str, found: Sequence[Cue], cue: Cue | None) -> Cue | None:
    """The cue that names what talks were, in the sentence of ``cue``: one that says a call or
    credentials names the encounter another cue told ("received the outgoing Ambassador, who
    called on him to bid farewell" is a farewell call); after "on the margins of", which says
    where, a signing too ("On the margins of the forum, the Chamber signed an agreement with
    ..."); not a signing beside the talks ("held talks with X and witnessed the signing of
    ..."). Else ``cue``."""
    if cue is None or cue.group in _TALKS:
        return cue
    groups = set(_TALKS) if cue.group == _MARGINS else set(_TALKS) - {_SIGNINGS}
    named = (c for c in found if c.sentence == cue.sentence and c.group in groups and _tells_talks(text, c))
    return next(named, cue)


def _joint_body(text: str, cue: Cue | None) -> str | None:
    """The name of the standing body of two countries whose session a talks cue tells: "The
    Joint Permanent Commission of Tarelia and Vosk met in Lira" -> "Joint Permanent
    Commission"."""
    if cue is None or not joint_body(text, cue):
        return None
    return _capitalise(" ".join(text[cue.start : cue.end].split()))


_FAREWELL = pattern(rf"\b(?:{_either(FAREWELL_WORDS)})\b", re.IGNORECASE)


def _farewell(text: str, cue: Cue) -> bool:
    """Whether a courtesy call is a farewell one: its cue, or the purpose after it in its
    sentence, says so ("paid a farewell call on", "called on the Speaker to bid farewell")."""
    return _FAREWELL.search(text, cue.start, min(len(text), cue.end + 40)) is not None


# Whom talks were held with, when it is a group of people, up to its plural head: "held a
# meeting with [visiting state senators] who sit on ...", "met with [members of the Port
# Board]"; no "and" inside ("with the Mayor and local officials" names the Mayor).
def _with_others(context: LabelContext, cue: Cue, participants: Sequence[str]) -> str | None:
    """The people the talks of ``cue`` were held with when a group closes their list ("met
    Governor A, Mayor B, and other senior officials"): "A, B and other senior officials", no
    talks of two; None for any other."""
    text = context.article.text
    _, s_end = context.sentence_of(cue.start)
    if text.find(" other ", cue.end, s_end) < 0:
        return None  # the cheap test first: almost no list of counterparts closes so
    m = _and_others().search(text, cue.end, s_end)
    if m is None:
        return None
    listed = text[cue.end : m.start()]
    named = [p for p in participants[1:] if p.split()[-1] in listed]
    if len(named) < 2:
        return None  # "the President and other members of his delegation": one counterpart
    return f"{', '.join(named)} and {m.group(1)}"


@cache
def _and_others() -> re.Pattern[str]:
    return pattern(rf",?\s+and\s+(other\s+(?:[a-z-]+\s+){{0,2}}(?:{_either(PERSON_PLURALS)}))(?![\w-])")


@cache
def _group_with() -> re.Pattern[str]:
    return pattern(
        rf"\bwith\s+((?:the\s+)?(?:(?!(?:and|or|the)\b)[\w.'’-]+\s+){{0,3}}?(?:{_either(PERSON_PLURALS)}))(?![\w-])"
    )


def _group_party(context: LabelContext, cue: Cue) -> str | None:
    """The group the talks of ``cue`` were held with, with its owner's name ("members of the
    Port Board"): they are one side of the talks, and the member named first in a list of them
    ("The senators who met her were Ana Ruiz, Tom Berg, ...") is not the other party."""
    text = context.article.text
    _, s_end = context.sentence_of(cue.start)
    found = _group_with().search(text, cue.start, s_end)
    if found is None or found.start() > cue.end:
        return None
    owner = _OF_NAME.match(text, found.end())
    return text[found.start(1) : owner.end() if owner else found.end()]


# A country's name as a clause's subject, before its verb in the past: "[Peru] welcomed the
# offer", "“[Chile] agreed to ...". Up to four capitalised words: "the [United Arab Emirates]".
_SUBJECT_COUNTRY = pattern(
    r"(?:^|(?<=[.;“\"]\s)|(?<=[“\"]))(?:[Tt]he\s+)?((?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,3})"
    r"\s+(?=(?-i:[a-z])[a-z]+ed\b)",
    re.MULTILINE,
)


def _country_party(context: LabelContext, paragraphs: Sequence[int]) -> str | None:
    """The country that is the other party of talks whose section names one person only: the
    subject of a clause of the section ("Mandla stated that “Peru welcomed the offer and agreed
    to ...”" -> Peru): a country acts in talks through its delegation."""
    text = context.article.text
    for index in paragraphs:
        p = context.article.paragraphs[index]
        delegation = opening_delegation(text, p.start, p.end)
        if delegation is not None:
            return delegation  # "The Maldives delegation expressed ...": talks with it
        for m in _SUBJECT_COUNTRY.finditer(text, p.start, p.end):
            if country_of(m.group(1)) is not None:
                return m.group(1)
    return None


# What makes a text signed, not talked about: "signed", "inked", "concluded" ("signing of"
# too), not "agreed to sign an MoU", "an MoU will be signed", "the MoU covers training".
_SIGNED_WORD = pattern(r"\b(?:signed|signing|inked|concluded|formali[sz]ed|initial(?:l)?ed)\b", re.IGNORECASE)
_AFTER_NAME = 12  # characters: " signed by", ", signed"
_NOT_YET = pattern(r"\b(?:to|will|would|shall|could|should|may|might)\s+(?:be\s+)?$", re.IGNORECASE)


def _tells_talks(text: str, cue: Cue) -> bool:
    """Whether a cue says what talks were held; a signing cue only when the text was signed
    then: not "agreed to sign an MoU", not a mention of an MoU that covers training."""
    if cue.group != _SIGNINGS:
        return True
    # the signing word may follow the text's name: "The MoU signed by the Ministers"
    words = _SIGNED_WORD.search(text, cue.start, min(len(text), cue.end + _AFTER_NAME))
    return words is not None and _NOT_YET.search(text, max(0, cue.start - 20), cue.start) is None


def _someone(phrase: str) -> bool:
    """Whether a phrase after "with" or "on" may name whom talks were held with: a name, or a
    noun phrase with its article ("the Ambassador"); not a topic ("on port security")."""
    return phrase[:1].isupper() or phrase.lower().startswith(("the ", "his ", "her ", "their "))


def _group_of(words: str) -> str:
    """The group of ``_TALKS`` whose cue ``words`` are ("courtesy call" -> courtesy)."""
    return next(group for group in _TALKS if find_in_text(words, (group,)))


_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _a_date(phrase: str) -> bool:
    """Whether a phrase after "on" is a date, not whom talks were held with: "on 9 May"."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    return first[:1].isdigit() or first in _CALENDAR_WORDS


def label_section(
    context: LabelContext,
    kind: ParagraphKind,
    paragraphs: Sequence[int],
    participants: Sequence[str],
    found: Sequence[Cue],
    *,
    whole: bool = False,
) -> str:
    """The label of a section of ``kind`` over ``paragraphs`` (see the module's docstring);
    ``whole``: the section tells the whole article, so its headline says what it is too."""
    role = KIND[kind].role
    if role == "background":
        return "Background"
    if role == "event":
        return _meeting_label(context, paragraphs, found)
    if kind == _TALKS_KIND:
        visit = _later_visit(context, paragraphs, found, participants) if not whole else None
        return visit or _talks_label(context, participants, found, kind, (paragraphs, whole))
    return _scene_label(context, paragraphs, found, kind)
