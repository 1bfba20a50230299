"""The frame of a whole article: one encounter, one panel, or an event told in parts.

``frame_article(article, cues)`` reads the headline and the opening paragraphs once and says
what the article as a whole is (GUIDE.md), with the reason in words:

- ``panel``: the article says its event as a whole was moderated ("Paul Lee moderated the
  event", "The debate was moderated by ...") or, a discussion format, chaired ("The discussion
  was chaired by ...", not a meeting or one session; nor a session its paragraph named before:
  "She joined a roundtable. The discussion was moderated by ..."): a moderated event is a
  discussion of several speakers; or the headline names a discussion format ("Panel weighs
  ...", "... hosts round table on ...", "Webinar looks at ...") or the opening paragraph tells
  a panel ("gathered a panel of experts", "Speakers included ..."), and the headline names no
  larger gathering. The speeches, presentations and the webinar told in it are the panel's.
- ``bilateral``: a visit, call, reception or audience with ONE counterpart: the headline says
  so ("meets the Minister", "receives Ambassador", "calls on", "courtesy call", "credentials",
  "holds talks with", "A and B sign ...", "visits WCO Headquarters"), or the opening's first
  scene is talks with one counterpart, or the body tells a courtesy call or credentials, or
  every scene the article tells is talks with one counterpart ("Both sides agreed", "his
  counterpart"; not talks "on the sidelines", which are a gathering's). A
  visit to one body's seat is one encounter with its host: the offices and officers met
  there ("also held discussions with the Office of the Vice President") are the host's. Not
  when the headline names a gathering (a forum, a summit, a ceremony) or several counterparts
  ("meets port officials"), nor when the opening names an audience of many ("addressed
  representatives of Member States", "a series of meetings with several agencies"), nor when
  the article tells talks with a further counterpart: "also" ("He also met the Minister"), or
  talks in a later paragraph with a post neither the headline nor the first talks named ("On
  Friday, she held talks with the President of the Transport Authority").
- ``None``: an event with parts (a conference, a visit with several counterparts): each
  paragraph's own cues say which part it tells.

A headline's gathering is read as English compounds are: a gathering's noun before a title
names an office of that body ("National Assembly Chairwoman receives ..." is a person, not a
gathering), and a name is what its last noun says ("Parliament Week Panel Discussion" is a
panel). Two parties a headline joins with a comma for "and" ("Kenya, Uganda discuss trade")
are one encounter, unless the headline counts several counterparts ("credentials of four
envoys").

The headline's patterns are the ``headline_*`` records of ``briefcli.lang.en`` (scenes.json).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import islice
from typing import NamedTuple

from briefcli.analysis.scenes import (
    ENCOUNTER_GROUPS,
    FOR_LATER,
    Cue,
    SceneCues,
    compile_cues,
    find_in_text,
    joint_body,
    office_after,
    office_of,
    own_meeting,
    post_met,
)
from briefcli.lang import en as cues
from briefcli.model import KIND, Article, ParagraphKind
from briefcli.regexes import pattern
from briefcli.text.dateline import known_place

log = logging.getLogger(__name__)

# The cue groups (``briefcli.analysis.scenes.GROUPS``) a frame reads in the opening.
_GATHERING_GROUPS = ("MEETING_EVENTS", "MEETING_HOSPITALITY", "MEETING_CEREMONIES")
_GATHERINGS = frozenset(_GATHERING_GROUPS)
_EVENTS = _GATHERING_GROUPS[0]  # "forum", "summit", "conference": an event of many parties
# "met senior officials", "addressed representatives"; "held bilateral meetings with ..."
_GROUPS = frozenset({"MEETING_GROUPS", "MEETING_SERIES"})
_COURTESY = frozenset({"BILATERAL_COURTESY", "BILATERAL_CREDENTIALS"})  # a call, credentials
# a counterpart met, received, called on, telephoned
_MEETINGS = ENCOUNTER_GROUPS
_ONE_COUNTERPART = frozenset({*_MEETINGS, "BILATERAL_TALKS"})
_SESSIONS = "PANEL_SESSIONS"  # "a roundtable", "a panel discussion": a session named
_PANEL = frozenset({_SESSIONS, "PANEL_QUESTIONS", "PANEL_SPEAKERS"})
_WEBINAR = "webinar"
_TOLD = 3  # paragraphs: a panel that frames an article is told in its first ones
# The opening: the first two paragraphs that tell something (a date line or a heading is none).
_OPENING = 2
_HEADING_TOKENS = 12  # a heading is a short line ...
_SENTENCE_END = frozenset(".;,")  # ... that does not end as a sentence or a list item does
_QUOTES = frozenset('“”"‘')
# A quoted reason goes on to the end of its word and through the name after it: "meets
# visiting C" is quoted "meets visiting Consul of Tonga".
# It stays in its paragraph's line.
_NAME_GOES_ON = pattern(r"[\w.'’-]*(?:[ \t]+(?:of|the|(?-i:[A-Z])[\w.'’-]*)){0,4}")


# The headline's cue groups of ``briefcli.lang.en``; each is checked as the scene stage reads
# it when this module loads (every pattern starts with a word), compiled only when asked for.
_HEADLINES = ("HEADLINE_ENCOUNTER", "HEADLINE_ONE", "HEADLINE_SEVERAL", "HEADLINE_FORMAT", "WHOLE_MODERATED")
for _group in _HEADLINES:
    find_in_text("", (_group,))


class Frame(NamedTuple):
    """What the whole article is: ``kind`` "bilateral" (one encounter), "panel" (one panel) or
    None (an event told in parts), and why, in words a reader can check."""

    kind: ParagraphKind | None
    reason: str


# ... and, for two parties, back through the first one's name: "[Jamaica] and Rwanda sign".
_NAME_BEFORE = pattern(r"(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}$")
_AND = "and "


def _words_from(text: str, start: int, end: int) -> str:
    """The words from ``start`` to ``end``, on through the word and the name at ``end`` (and
    back through the name before ``start`` when it starts with "and")."""
    more = _NAME_GOES_ON.match(text, end)
    before = _NAME_BEFORE.search(text, max(0, start - 80), start)
    if before is None or not text[start:end].lower().startswith(_AND):
        before = None
    return text[before.start() if before else start : more.end() if more else end].strip()


def _found(group: str, text: str) -> str | None:
    """The words of ``text`` a headline group's patterns match first, or None."""
    found = find_in_text(text, (group,))
    return _words_from(text, found[0].start(), found[0].end()) if found else None


# The capitalised words of one name: "Parliament Week [Panel Discussion]".
_NAME_WORDS = pattern(r"(?:\s+(?-i:[A-Z])[\w'’-]*)+")


def _office(text: str, start: int, end: int) -> bool:
    """Whether a gathering's noun names the body of an office, not a gathering: the
    capitalised words after it are a title ("National Assembly [Chairwoman]", "Forum
    [Secretary General]"), or a title governs it with "of" ("[President of the] General
    Assembly", "[Chair of the] Summit")."""
    return office_after(text, end) or office_of(text, start)


def _headed_by_format(text: str, end: int, formats: Iterable[int]) -> bool:
    """Whether the name a gathering's noun stands in ends on a discussion format: in English a
    compound is what its last noun says ("Parliament Week Panel Discussion" is a panel)."""
    after = _NAME_WORDS.match(text, end)
    return after is not None and any(end < start < after.end() for start in formats)


@cache
def _two_by_comma() -> re.Pattern[str]:
    """Two parties a headline joins with a comma for "and", before what they do together:
    "Kenya, Uganda discuss trade", "Lima, Sato agree on a study"."""
    name = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    verbs = "|".join(cues.TOGETHER_VERBS)
    return pattern(rf"(?:^|:\s+)({name},\s+{name}\s+(?:{verbs}))(?![\w-])")


def _two_parties(text: str) -> str | None:
    m = _two_by_comma().search(text)
    return m.group(1) if m else None


# The lowercase modifiers of a gathering's noun, one or two: "ahead of [investment] forum".
_MODIFIERS = (pattern(r"(?-i:[a-z])[\w-]*\s+$"), pattern(r"(?:(?-i:[a-z])[\w-]*\s+){2}$"))


def _to_come(text: str, at: int) -> bool:
    """Whether the gathering whose noun is at ``at`` is one still to come: "ahead of [Harbour]
    Summit", "ahead of [investment] forum" (a name or a lowercase modifier before its noun)."""
    name = _NAME_BEFORE.search(text, max(0, at - 80), at)  # "[Harbour] Summit"
    if name is not None:
        return FOR_LATER.search(text, 0, name.start()) is not None
    starts = [at, *(m.start() for p in _MODIFIERS if (m := p.search(text, 0, at)))]
    return any(FOR_LATER.search(text, 0, start) is not None for start in starts)


def headline_gathering(text: str) -> str | None:
    """The gathering a headline names ("Forum", "annual meeting", "ceremony"), not a
    discussion format ("webinar"), a word that names no kind of one ("Special Event"), an
    office ("Assembly Speaker"), a name whose head is a format ("Week Panel Discussion") nor
    one still to come ("... ahead of Ministerial Conference")."""
    formats = {m.start() for m in find_in_text(text, ("HEADLINE_FORMAT",))}
    for m in find_in_text(text, _GATHERING_GROUPS):
        if m.group().lower() in cues.GENERIC_EVENT_NOUNS or m.start() in formats:
            continue
        if _to_come(text, m.start()):
            continue  # "Webinar examines youth jobs ahead of Harbour Summit": still to come
        if _office(text, m.start(), m.end()) or _headed_by_format(text, m.end(), formats):
            continue
        return _words_from(text, m.start(), m.end())
    return None


@cache
def _scene_words() -> re.Pattern[str]:
    """A verb of encounter in headline form ("visits", "speak at"), a discussion's noun
    ("session", "panels") or a body's that names its sitting too ("Port Council agrees ...")."""
    verbs = "|".join(re.escape(v) for v in cues.HEADLINE_SCENE_VERBS)
    nouns = "|".join(re.escape(n) for n in (*cues.DISCUSSION_NOUNS, *sorted(cues.BODY_NOUNS)))
    return pattern(rf"\b(?:{verbs}|(?:{nouns})s?)(?![\w-])", re.IGNORECASE)


def headline_names_scene(text: str) -> bool:
    """Whether a headline names an event or an encounter ("Minister visits the Port of Lima",
    "Delegates meet at 12th session", "Kenya, Uganda discuss trade"), and so may head the
    scene it tells; not a statement ("Ports are the need of the hour, says Minister", "Peru
    praised the reform"), which names none."""
    if find_in_text(text, _GATHERING_GROUPS) or _two_parties(text):
        return True
    if any(find_in_text(text, (group,)) for group in _HEADLINES):
        return True
    return _scene_words().search(text) is not None


def headline_scene(text: str) -> str | None:
    """The gathering a headline names, with the words after it up to a comma, as a heading:
    "Envoy delivers lecture on river trade at Harlow Institute, Port Harlow" -> "Lecture on
    river trade at Harlow Institute". The headline is the note's title already; a section
    heads its scene. None when the headline names no gathering."""
    # not one still to come: "Ministers meet [ahead of] summit"
    found = [m for m in find_in_text(text, _GATHERING_GROUPS) if not FOR_LATER.search(text, 0, m.start())]
    if not found:
        return None
    start = found[0].start()
    end = text.find(",", start)
    phrase = text[start : len(text) if end < 0 else end].strip()
    return phrase[:1].upper() + phrase[1:]


def _gathering_told(article: Article, found: Iterable[Cue]) -> bool:
    """Whether a paragraph's cues name a gathering (as ``_gathering`` reads a headline)."""
    for cue in found:
        words = article.text[cue.start : cue.end]
        named = cue.group in _GATHERINGS and words.lower() not in cues.GENERIC_EVENT_NOUNS
        if named and not find_in_text(words, ("HEADLINE_FORMAT",)):
            return True
    return False


def is_heading(article: Article, paragraph: int) -> bool:
    """Whether a paragraph is a heading or a date line: a short line that does not end as a
    sentence does ("Session 2: Who pays for ports?", "20-21 May 2019, Apia, Samoa"), nor opens
    a list item or a quotation."""
    p = article.paragraphs[paragraph]
    if len(article.tokens.paragraph(p)) > _HEADING_TOKENS:
        return False  # the cheap check first, before a copy of the text: most paragraphs are long
    text = article.text[p.start : p.end].strip()
    if text[-1:] in _SENTENCE_END:
        return False
    return text[:1].isalnum() and _QUOTES.isdisjoint(text)


def _opening(article: Article) -> list[int]:
    """The first paragraphs that tell something (no heading, no date line)."""
    # islice: a long text's other paragraphs are never read here
    return list(islice((p.index for p in article.paragraphs if not is_heading(article, p.index)), _OPENING))


def _quoted(article: Article, cue: Cue) -> str:
    return _words_from(article.text, cue.start, cue.end)


def _first(found: Iterable[Cue], groups: frozenset[str] | str) -> Cue | None:
    return next((c for c in found if c.group in groups or c.group == groups), None)


def _moderated(article: Article, found: SceneCues) -> str | None:
    """The words by which the article's event as a whole is moderated: "moderated the event",
    "The debate was moderated by" (the event itself, not "a panel" nor "the second session");
    not a discussion its paragraph named before as a session of its own, which the definite
    noun points back to ("She joined a roundtable on housing. The discussion was moderated by
    ..." after a courtesy call: the roundtable was moderated, not the day)."""
    for p in article.paragraphs:
        # one compiled search a paragraph: the word-by-word finder costs ~0.6 s on 1 MB
        m = _whole_moderated().search(article.text, p.start, p.end)
        if m and not any(c.group == _SESSIONS and c.end <= m.start() for c in found[p.index]):
            return _words_from(article.text, m.start(), m.end())
    return None


@cache
def _whole_moderated() -> re.Pattern[str]:
    return compile_cues(cues.WHOLE_MODERATED)


def _panel_frame(article: Article, found: SceneCues, opening: Sequence[int]) -> Frame | None:
    """A panel: the event as a whole moderated, wherever the article says so ("Paul Lee
    moderated the event"), or one told in the first paragraphs ("moderated by", "the
    panellists"), which the headline names as the format ("Panel weighs ...", "Webinar on
    ...") or the opening tells as the event itself ("gathered a panel of experts", not "a
    panel at the Forum"; "held a webinar")."""
    moderated = _moderated(article, found)
    if moderated:
        return Frame("panel", f"the event as a whole is moderated: “{moderated}”")
    told = _first((c for i in range(min(_TOLD, len(found))) for c in found[i]), _PANEL)
    if told is None:
        return None
    named = _found("HEADLINE_FORMAT", article.title or "")
    if named:
        return Frame("panel", f"the headline names a discussion format: “{named}”")
    if not opening:
        return None
    cue = _first(found[opening[0]], _PANEL)
    if cue is not None and not _gathering_told(article, found[opening[0]]):
        return Frame("panel", f"the opening tells a panel: “{_quoted(article, cue)}”")
    webinar = next((c for c in found[opening[0]] if _WEBINAR in article.text[c.start : c.end].lower()), None)
    if webinar is not None:
        return Frame("panel", f"the opening tells a webinar, with its panel: “{_quoted(article, told)}”")
    return None


# The object of a talks cue, to the end of its clause: "[President Ana Ruiz and Prime Minister
# Tom Berg], and addressed ..."
# A talks cue's object: up to a mark that ends it; across a name's apposition between commas
# and an honorific's full stop ("met with the Minister of Transport, Mr. Tom Otieno, and the
# Commissioner General ...").
_OBJECT = pattern(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Hon)\.|,(?=\s+(?:Mr|Mrs|Ms|Dr|Prof|Hon|and)\b)|[^,;:.()“”\"]){0,200}"
)
# "and" before a second party's title or honorific: "and Prime Minister", "and Mr."
_SECOND_PARTY = pattern(
    r"\s(?:and|as well as)\s+(?:the\s+)?((?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})"
)


def _two_met(article: Article, cue: Cue) -> bool:
    """Whether a talks cue's object names two parties, each with a title or an honorific:
    "held talks with President Ana Ruiz and Prime Minister Tom Berg" (not "the Minister of
    Trade and Industry": "Industry" is no post)."""
    text = article.text
    obj = _OBJECT.match(text, max(0, cue.end - 1))
    if obj is None:
        return False
    for m in _SECOND_PARTY.finditer(obj.group()):
        words = m.group(1).split()
        if any(" ".join(words[:n]).lower().rstrip(".") in _PARTY_OPENERS for n in (1, 2, 3)):
            return True
    return False


_PARTY_OPENERS = cues.TITLE_HEADS | cues.HONORIFICS.keys()  # a post's head or an honorific


def _one_counterpart(article: Article, found: SceneCues, opening: Sequence[int]) -> Frame | None:
    """One encounter: the headline's one counterpart, else the opening's first scene, else a
    courtesy call or credentials in the body (with no gathering in the opening)."""
    named = _found("HEADLINE_ONE", article.title or "")
    if named:
        return Frame("bilateral", f"the headline names one counterpart: “{named}”")
    told = [c for i in opening for c in found[i]]
    if _first(told, _GATHERINGS) is not None:
        return None
    if told and told[0].group in _ONE_COUNTERPART and not _two_met(article, told[0]):
        return Frame(
            "bilateral", f"the opening tells talks with one counterpart: “{_quoted(article, told[0])}”"
        )
    joint = next((c for c in told if joint_body(article.text, c)), None)
    if joint is not None:  # "hosted ... for the 9th session of the Bi-National Commission"
        return Frame(
            "bilateral", f"the opening tells a session of a joint commission: “{_quoted(article, joint)}”"
        )
    call = _first((c for cs in found for c in cs), _COURTESY)
    if call is not None:
        return Frame("bilateral", f"the article tells a call on one counterpart: “{_quoted(article, call)}”")
    return None


def frame_article(article: Article, found: SceneCues) -> Frame:
    """The frame of the whole article (see the module's docstring); ``found`` are its scene
    cues, as ``scene_cues(article)`` gives them."""
    frame = _frame(article, found)
    log.debug("frame of %s: %s (%s)", article.source.name, frame.kind, frame.reason)
    return frame


def _further(article: Article, found: SceneCues) -> Cue | None:
    """Talks with a further counterpart: "He also met with the Minister of Trade"; or, without
    "also", talks told in a later paragraph than the first talks with one whose post neither
    the headline nor the first talks' paragraph names ("On Friday, the Mayor held talks with the
    President of the Transport Authority" after a courtesy call of the Consul General)."""
    also = next((c for cs in found for c in cs if c.group in _MEETINGS and c.also), None)
    if also is not None:
        return also
    first = next((i for i, cs in enumerate(found) if _first(cs, _MEETINGS) is not None), None)
    if first is None:
        return None  # most articles: no talks, or none but the first
    told = None
    for cs in found[first + 1 :]:
        # each paragraph's first talks cue, looked for in place (a long text has 100,000 of them)
        for cue in cs:
            if cue.group in _MEETINGS:
                break
        else:
            continue
        post = post_met(article.text, cue)
        if post is None:
            continue
        told = told or f"{article.title or ''} {article.paragraph_text(first)}".lower()
        if post not in told:
            return cue
    return None


_VISIT = "visit"
_BILATERAL: ParagraphKind = "bilateral"
_MARGINS = "BILATERAL_MARGINS"  # "on the sidelines of": of a gathering
_VISITS = "MEETING_VISITS"  # "visited the port": a visit, whose talks tell with whom


# A trip's places: "visits Nairobi and Addis Ababa", "travelled to Kenya, Uganda and Ethiopia".
_TRIP_SEPARATOR = pattern(r",\s*|\s+and\s+")
_TRIP_PLACE = r"(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*){0,2}"


@cache
def _trip() -> re.Pattern[str]:
    leads = "|".join(re.escape(lead) for lead in cues.TRIP_LEADS)
    return pattern(
        rf"(?i:\b(?:{leads}))\s+(?:the\s+)?(?P<places>{_TRIP_PLACE}(?:,\s+{_TRIP_PLACE})*,?\s+and\s+{_TRIP_PLACE})"
    )


def _trip_places(text: str) -> str | None:
    """The places of a trip to two or more that the tables know: "Kenya and Ethiopia" of
    "travelled to Kenya and Ethiopia"; not "the Port Authority and Customs" (one host's
    offices)."""
    for m in _trip().finditer(text):
        places = [p.strip() for p in _TRIP_SEPARATOR.split(m.group("places")) if p.strip()]
        if len(set(places)) > 1 and all(known_place(p) for p in places):
            return m.group("places")
    return None


def _frame(article: Article, found: SceneCues) -> Frame:
    title = article.title or ""
    opening = _opening(article)
    # A visit to one body's seat ("visits ECOWAS Commission", "visits FFA Headquarters") is one
    # encounter with its host: the offices met there are the host's, no further counterpart.
    visited = (_found("HEADLINE_ONE", title) or "").lower().startswith(_VISIT)
    further = None if visited else _further(article, found)
    encounter = _found("HEADLINE_ENCOUNTER", title) or _two_parties(title)
    gathering = headline_gathering(title)
    if (
        encounter
        and further is None
        and not _holds_talks(gathering)
        and not _found("HEADLINE_SEVERAL", title)
        and not _many_parties(article)
    ):
        return Frame("bilateral", f"the headline names an encounter of two parties: “{encounter}”")
    if gathering is not None:
        return Frame(None, f"the headline names a gathering: “{gathering}”")
    panel = _panel_frame(article, found, opening)
    if panel is not None:
        return panel
    several = _found("HEADLINE_SEVERAL", title)
    if several:
        return Frame(None, f"the headline names several counterparts: “{several}”")
    group = _first((c for i in opening for c in found[i] if not own_meeting(article.text, c)), _GROUPS)
    if group is not None:
        return Frame(None, f"the opening names several counterparts: “{_quoted(article, group)}”")
    trip = _trip_places(title) or next(
        (places for i in opening if (places := _trip_places(article.paragraph_text(i))) is not None), None
    )
    if trip is not None:
        return Frame(None, f"a trip to several places: “{trip}”")
    if further is not None:
        return Frame(
            None, f"the article tells talks with a further counterpart: “{_quoted(article, further)}”"
        )
    one = _one_counterpart(article, found, opening)
    return (
        one
        or _only_talks(article, found)
        or Frame(None, "no single counterpart or panel frames the whole article")
    )


def _holds_talks(gathering: str | None) -> bool:
    """Whether a headline's gathering is an event of many parties, inside which the talks it
    also names were held: "Ministers meet at Coastal Forum; bilateral talks with Tessaly" tells
    the Forum and the talks on its margins, each paragraph its own part. Not a ceremony or a
    meal, which the two parties' encounter holds ("Envoy presents credentials at ceremony"),
    nor the session of their joint body ("talks at annual conference of the Joint Commission")."""
    if gathering is None or not find_in_text(gathering, (_EVENTS,)):
        return False
    return cues.JOINT_BODY_NOUNS.isdisjoint(w.lower() for w in gathering.split())


@cache
def _parties_counted() -> re.Pattern[str]:
    """A count of three or more parties: "from twelve Pacific island countries", "16 states"."""
    counts = "|".join(sorted(cues.SESSION_COUNTS - {"two"}, key=len, reverse=True))
    nouns = "|".join(sorted(cues.PARTY_NOUNS, key=len, reverse=True))
    return pattern(rf"\b(?:[3-9]|[1-9]\d+|{counts})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b", re.IGNORECASE)


def _many_parties(article: Article) -> bool:
    """Whether the lead's first sentence counts three or more parties ("Ministers from twelve
    Pacific island countries took part in a dialogue ..."): whatever two a headline pairs
    ("ESCAP and Pacific ministers discuss ..."), the event is no talks of two."""
    lead = next(iter(article.sentences), None)
    return lead is not None and _parties_counted().search(article.text, lead.start, lead.end) is not None


# The cues of a visit around its talks: the visit, its invitation, a ceremony.
_CEREMONIES = "MEETING_CEREMONIES"
_AROUND_TALKS = frozenset({_VISITS, "MEETING_INVITATION", _CEREMONIES})


def _only_talks(article: Article, found: SceneCues) -> Frame | None:
    """One encounter told without a word for it in the opening: every scene the article tells
    is talks with one counterpart ("The delegation briefed the Minister on ...", "Both sides
    agreed ..."), and no gathering, panel or group of counterparts is told anywhere (talks "on
    the sidelines" are the sidelines of a gathering)."""
    told = [c for cs in found for c in cs if KIND[c.kind].role != "background"]
    # the visit itself ("visited the Board's headquarters") is the frame of its talks, when
    # they are talks with one counterpart ("was welcomed by the Secretary General"), and so
    # are its invitation and the two delegations' own meeting ("followed by a meeting of the two
    # delegations"); a ceremony told later ("laid a wreath") stands apart from the talks in the
    # frame, but one the article opens on is what it is about ("laid the foundation stone ... |
    # After the ceremony, the President held talks with the Ambassador")
    opening = next((cs for cs in found if cs), ())
    talks = [
        c
        for c in told
        if not (c.group in _AROUND_TALKS and (c.group != _CEREMONIES or c not in opening))
        and not own_meeting(article.text, c)
    ]
    one = all(c.kind == _BILATERAL and c.group != _MARGINS and not _two_met(article, c) for c in talks)
    if talks and one:
        return Frame(
            "bilateral", f"every scene told is talks with one counterpart: “{_quoted(article, talks[0])}”"
        )
    return None
