"""Events: one per dated happening, with its date (and end), a short ``what``, where, who and
the paragraph (and sentence) that tells it.

- Each date the text gives (``find_dates``) dates the happening its sentence tells. Mentions of
  the same date in one sentence are one event.
- ``what`` quotes or trims the sentence, never rewords it (``event_what``): the clause that
  holds the date, without the date phrase, introductory phrases ("At the invitation of ...,"),
  appositives (", Secretary General of the WCO,"), honorifics and bracketed acronyms, cut at
  the clause's end: "Kunio Mikuriya attended the International Customs Forum in Moscow". A date
  inside a relative clause dates that clause: "the Summit, which will begin on 14
  December" gives "Summit will begin"; inside a participle phrase, that phrase: "the findings
  of the Working Group held from 2 to 4 May" gives "Working Group held".
- A paragraph that is only a date (and a place), as some releases open ("Windhoek, 8-9 May
  2017"), dates the happening the next paragraph tells; the place is the event's ``where``.
- A section (a panel, a bilateral meeting) the text does not date itself, told after a dated
  scene, inherits that scene's date: "In the margins of his visit, the Secretary General
  attended a bilateral meeting with the Minister" happens during the dated visit. A date in a
  future-tense clause ("Kenya will host a port expo in August") is an announcement, no scene.
- ``where``: the place the sentence gives ("in Moscow, Russia", "visited Tokyo, Japan"), else
  the place of a date line the date stands in, else the article's location for the first
  paragraph; ``who``: the people the sentence mentions (from the people stage).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from briefcli.analysis.dates import clause_tense
from briefcli.analysis.sections import SceneCues, mentioned_people, noun_phrase_before, scene_cues
from briefcli.lang.en import (
    FINITE_WORDS,
    HONORIFICS,
    INTRO_WORDS,
    MONTHS,
    NOT_PLACES,
    PAST_FORMS,
    PLACE_LEADS,
    WEEKDAYS,
)
from briefcli.model import Article, DateMention, Event, Person, Section, Sentence

MAX_WHAT_WORDS = 30
# Characters of a sentence read around a date: a clause is shorter; bounds the work on a
# sentence that never ends (a megabyte without punctuation).
_REACH = 400
_MAX_HEADING = 120  # a date heading ("Windhoek, 8-9 May 2017") is short

_TOKEN = re.compile(r"[\w'’.-]+")
_PAST = frozenset(PAST_FORMS)
_NOT_VERBS_ED = frozenset(
    {"need", "indeed", "proceed", "exceed", "succeed", "speed", "seed", "feed", "red", "bed"}
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those"}
)
_RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "where", "when"})
# Words dropped with a date phrase: "[on] 23 October", "[from] 6 to 8 July", "[in] June 2019".
_DATE_PREPOSITIONS = re.compile(
    r"(?:\b(?:on|from|between|since|in|during|until|till|by|of|dated|as of)\s+(?:the\s+)?)?$", re.IGNORECASE
)
# A date line opening a paragraph: "State House, Accra, Thursday 9 June 2022 – Her ..."
_DATELINE_DASH = re.compile(r"\s*(?:–|—|--|-)\s+")
_ACRONYM_BRACKETS = re.compile(r"\s*\((?:[A-Z][\w.&-]{0,14})\)")
# Honorifics before a name; a few words that are also ordinary titles or nouns are kept.
_KEEP = {"lady", "lord", "major", "father", "general", "gen", "chief"}


def _trie(words: list[list[str]]) -> str:
    """An alternation of ``words`` (each a list of regex pieces) as a trie: "m(?:rs?|s|...)".
    The engine then tries a word's first letter once, not once per honorific (3x faster), and
    still tries the longest honorific first where several match ("his royal highness" before
    "his ..."), as a list sorted by length would."""
    by_first: dict[str, list[list[str]]] = {}
    ends = False
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = [first + _trie(rests) for first, rests in by_first.items()]
    if not branches:
        return ""
    alternatives = [*branches, ""] if ends else branches
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


_HONORIFIC_PATTERN = (
    r"(?<![\w.])"
    + _trie([[r"\s+" if c == " " else re.escape(c) for c in h] for h in sorted(HONORIFICS) if h not in _KEEP])
    + r"\.?\s+(?=[A-Z])"
)
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.|de|da|van|von|der|el|al|bin|ibn|le|la)$")
_CALENDAR_WORDS = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))
_PLACE_WORD = r"[A-Z][\w'’-]+"
_PLACE_PATTERN = (
    r"(?<![\w-])(?:" + "|".join(re.escape(lead) for lead in PLACE_LEADS) + r")\s+"
    rf"(?P<place>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}(?:,\s{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}})?)"
    r"(?=\s*(?:$|[.,;:)–—]|\s(?:on|from|to|and|for|with|at|in|where|during|this|last|next|until|by|as|which|who|the|\d)\b))"
)


@cache
def _honorific() -> re.Pattern[str]:
    return re.compile(_HONORIFIC_PATTERN, re.IGNORECASE)


@cache
def _place() -> re.Pattern[str]:
    return re.compile(_PLACE_PATTERN)


# --- The short account of a sentence -------------------------------------------------------------


_SPLIT_MARKS = re.compile(r"[,()\[\]“”«»\"–—]")


def _split_top_level(text: str) -> list[str]:
    """Split at commas (and dashes between spaces) outside brackets and quotation marks."""
    parts: list[str] = []
    depth = 0
    quoted = False
    last = 0
    for m in _SPLIT_MARKS.finditer(text):
        c = m.group()
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in "“«":
            quoted = True
        elif c in "”»":
            quoted = False
        elif c == '"':
            quoted = not quoted
        elif not depth and not quoted and (c == "," or text[m.start() - 1 : m.start()] == " "):
            parts.append(text[last : m.start()])
            last = m.end()
    parts.append(text[last:])
    return [p.strip() for p in parts]


def _words(segment: str) -> list[str]:
    return _TOKEN.findall(segment)


def _is_finite(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a finite verb: an auxiliary, an irregular past form, or a
    lowercase "-ed" form not used as an adjective ("the newly appointed Ambassador")."""
    word = words[i]
    low = word.lower()
    if low in FINITE_WORDS and word.islower():
        return True
    if not word.islower() or "-" in word:
        return False
    is_past = low in _PAST or (len(low) > 3 and low.endswith("ed") and low not in _NOT_VERBS_ED)
    if not is_past:
        return False
    if i > 0 and i + 1 < len(words) and words[i + 1] == "by" and low not in ("was", "were", "had"):
        return False  # a passive participle after its noun: "The agreement signed by the two ministers"
    j = i - 1
    while j >= 0 and words[j].lower().endswith("ly"):
        j -= 1
    return not (j >= 0 and words[j].lower() in _DETERMINERS)


def _first_finite(segment: str) -> int | None:
    """The index (in words) of the segment's first finite verb, or None."""
    words = _words(segment)
    for i in range(len(words)):
        if _is_finite(words, i):
            return i
        if i == 0 and len(words) > 1 and words[1] == "by" and words[0].lower().endswith("ed"):
            return None  # "organized by the Port Authority": a participle phrase, not a clause
    return None


_SUBORDINATORS = frozenset({
    "after", "before", "while", "whilst", "when", "once", "as", "although", "though", "because",
    "since", "if", "until", "whereas",
})  # fmt: skip


def _opens_clause(segment: str) -> bool:
    """A segment that is a clause of its own: a subject then a verb ("President Lopes met ..."),
    not a relative or coordinated one ("who said ...", "and later proceeded ...")."""
    words = _words(segment)
    verb = _first_finite(segment)
    return bool(words) and bool(verb) and words[0].lower() not in (*_RELATIVE_WORDS, "and", "but", "or")


def _is_intro(segment: str) -> bool:
    words = _words(segment)
    if not words:
        return True
    first = words[0].lower()
    return first in INTRO_WORDS or (first.endswith("ing") and first not in ("king", "during"))


def _is_name(segment: str) -> bool:
    """A bare personal name (with honorifics): "Dr. Kunio Mikuriya", "Vo Thi Lan"."""
    words = segment.split()
    return 2 <= len(words) <= 6 and all(_NAME_WORD.match(w) for w in words) and "of" not in words


def _only_adverbs(words: list[str]) -> bool:
    return all(
        w.lower() in ("also", "then", "later", "further", "officially") or w.lower().endswith("ly")
        for w in words
    )


def _clean(text: str) -> str:
    text = _ACRONYM_BRACKETS.sub("", text)
    text = _honorific().sub("", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;:.–—-")
    words = text.split()
    if len(words) > MAX_WHAT_WORDS:
        text = " ".join(words[:MAX_WHAT_WORDS]).rstrip(",;:") + " …"
    return text[:1].upper() + text[1:]


def _remove_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` without the date phrases at ``spans`` and the prepositions before them."""
    out = text
    for start, end in sorted(spans, reverse=True):
        cut = max(0, start - 40)  # the prepositions stand right before the date
        head = out[:cut] + _DATE_PREPOSITIONS.sub("", out[cut:start]).rstrip()
        out = head + out[end:]
    out = re.sub(r"\s+([,.;:])", r"\1", out)
    out = re.sub(r",\s*,", ",", out)
    return re.sub(r"\s{2,}", " ", out).strip(" ,")


def _main_clause(segments: list[str]) -> str:
    rest = list(segments)
    subordinate = False
    while rest and (not rest[0] or _is_intro(rest[0])):
        first = _words(rest[0])
        subordinate = subordinate or bool(first and first[0].lower() in _SUBORDINATORS)
        rest.pop(0)
    if not rest:
        return ""
    verbs = {segment: _first_finite(segment) for segment in rest}  # each segment's first verb
    clauses = [i for i, segment in enumerate(rest) if verbs[segment]]
    if subordinate and len(clauses) > 1 and verbs[rest[clauses[0]]] and _opens_clause(rest[clauses[1]]):
        # "After the Ministers signed the agreements, President Lopes met ...": the first clause
        # belongs to the subordinate one.
        rest = rest[clauses[1] :]
    for i, segment in enumerate(rest):
        verb = verbs[segment]
        if verb is None:
            continue
        words = _words(segment)
        if i > 0 and _only_adverbs(words[:verb]):
            subject = rest[0]
            if subject.lower().startswith("the ") and i > 1 and _is_name(rest[1]):
                subject = rest[1]
            return f"{subject} {segment}"
        return segment
    return rest[0]


def _inner_clause(text: str, start: int, end: int) -> str | None:
    """The clause a date stands in when it is not the main one: a relative clause ("the
    Summit, which will begin on 14 December") or a participle phrase after a noun, once
    the clause has its verb ("discussed the findings of the Working Group held from 2 to 4
    May")."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start))
    segment_start = left + 1
    before = _DATE_PREPOSITIONS.sub("", text[segment_start:start]).rstrip()
    right = text.find(",", end)
    tail = text[end : right if right >= 0 else len(text)].rstrip(" .;:")
    words = _words(before)
    # "..., which will begin on 14 December": the relative clause and the noun before it.
    relative = next(
        (
            i
            for i, w in enumerate(words)
            if w.lower() in _RELATIVE_WORDS and i + 1 < len(words) and _is_finite(words, i + 1)
        ),
        None,
    )
    if relative is not None:
        if relative == 0:
            head_text = _ACRONYM_BRACKETS.sub("", text[: max(left, 0)])
        else:
            cut = re.search(rf"\b{re.escape(words[relative])}\b", before)
            head_text = _ACRONYM_BRACKETS.sub(
                "", text[segment_start : segment_start + (cut.start() if cut else 0)]
            )
        antecedent = noun_phrase_before(head_text, len(head_text.rstrip()))
        if antecedent:
            return f"{antecedent} {' '.join(words[relative + 1 :])}{tail}"
        return None
    # A participle right before the date ("held on", "signed in"), after a noun, with a verb before it.
    m = re.search(r"([\w'’-]+)$", before)
    if m is None:
        return None
    participle = m.group(1)
    p_words = _words(before[: m.start(1)])
    if participle.lower() in INTRO_WORDS:
        return None
    low = participle.lower()
    is_participle = low in _PAST or (low.endswith("ed") and low not in _NOT_VERBS_ED)
    if not is_participle or not p_words or p_words[-1].lower() in FINITE_WORDS:
        return None
    if not any(_is_finite(p_words, i) for i in range(len(p_words))):
        return None
    noun = noun_phrase_before(text, segment_start + m.start(1) - 1)
    if not noun:
        return None
    return f"{noun} {participle}{tail}"


def event_what(sentence: str, spans: Sequence[tuple[int, int]] = ()) -> str:
    """A short account of what ``sentence`` tells, quoting or trimming it: the clause holding
    the dates at ``spans`` (offsets in ``sentence``) without them, its introductory phrases,
    appositives, honorifics and bracketed acronyms."""
    text = sentence
    if spans:
        first_start, first_end = min(spans)
        dash = _DATELINE_DASH.match(text, first_end)
        if dash is not None and first_start < 150:
            cut = dash.end()
            spans = [(s - cut, e - cut) for s, e in spans if s >= cut]
            text = text[cut:]
    if spans:
        start, end = min(spans)
        inner = _inner_clause(text, start, end)
        if inner:
            return _clean(_remove_spans(inner, []))
    text = _remove_spans(text, spans)
    semicolon = text.find(";")
    if semicolon > 0:
        text = text[:semicolon]
    return _clean(_main_clause(_split_top_level(text)))


def place_in(text: str, within: str | None = None) -> str | None:
    """The place a sentence names for what happens: "held in Bonn, Germany" -> "Bonn, Germany".
    With ``within`` (the event's ``what``), only a place whose first word it holds: the place
    of the clause that tells the event, not of another ("those who went to Lima")."""
    for m in _place().finditer(text):
        place = m.group("place")
        if re.match(r"\s+and\s+[A-Z]", text[m.end() :]):
            continue  # "journalists from Africa and Asia": a list, not where it happened
        parts = [p.strip() for p in place.split(",")]
        if parts[0].split()[0] in NOT_PLACES or parts[0].split()[0] in _CALENDAR_WORDS:
            continue
        if len(parts) == 2:
            second = parts[1].split()[0]
            if second in NOT_PLACES or second in _CALENDAR_WORDS or second.lower() in HONORIFICS:
                parts = parts[:1]
        if within is not None and parts[0].split()[0] not in within:
            continue
        return ", ".join(parts)
    return None


# --- Events --------------------------------------------------------------------------------------


class _Dated(NamedTuple):
    date: str
    until: str | None
    paragraph: int
    sentence: int
    spans: tuple[tuple[int, int], ...]  # offsets into Article.text


_Mentions = dict[int, list[tuple[int, str]]]  # sentence -> (position, name)


def _mentions_by_sentence(people: Sequence[Person]) -> _Mentions:
    index: _Mentions = {}
    for person in people:
        for m in person.spans:
            index.setdefault(m.sentence, []).append((m.start, person.name))
    return index


class _People(NamedTuple):
    """The people stage's result as the events need it, built once per article: the mentions
    of each sentence, and the people without spans (found by name in a sentence's text)."""

    by_sentence: _Mentions
    unplaced: tuple[Person, ...]


def _people_index(people: Sequence[Person]) -> _People:
    return _People(_mentions_by_sentence(people), tuple(p for p in people if not p.spans))


def _who(article: Article, sentence: Sentence, index: _People) -> tuple[str, ...]:
    """The people mentioned in a sentence (by the people stage's spans, else by their names
    and mentions in its text), in the order they first appear there."""
    found = list(index.by_sentence.get(sentence.index, ()))
    if index.unplaced:
        start, text = _sentence_text(article, sentence)
        found += [(start + pos, name) for pos, name in mentioned_people(text, index.unplaced)]
    return tuple(dict.fromkeys(name for _, name in sorted(found)))


def _sentence_text(article: Article, s: Sentence, near: int | None = None) -> tuple[int, str]:
    """The start and text of a sentence; of a long one, only ``_REACH`` characters around
    ``near`` (or its first ones), cut at spaces."""
    start, end = s.start, s.end
    if end - start > 2 * _REACH:
        centre = near if near is not None else start + _REACH
        lo, hi = max(start, centre - _REACH), min(end, centre + _REACH)
        space = article.text.find(" ", lo, hi)
        lo = space + 1 if lo > start and space >= 0 else lo
        space = article.text.rfind(" ", lo, hi)
        hi = space if hi < end and space > lo else hi
        start, end = lo, hi
    return start, article.text[start:end]


def _in_dateline(article: Article, dated: _Dated) -> bool:
    """Whether the date stands in a date line opening its paragraph ("Accra, 9 June 2022 – ...")."""
    p = article.paragraphs[dated.paragraph]
    start, end = dated.spans[0]
    return start - p.start < 150 and _DATELINE_DASH.match(article.text, end) is not None


def _publication_only(article: Article, dated: _Dated, grouped: Sequence[_Dated]) -> bool:
    """Whether a date is only the date line's publication date: when the lead dates its
    happening itself ("GENEVA, 17 May 2025 – The Agency held a dialogue on Tuesday, 16 May"),
    the date line dates the release, not a happening (GUIDE.md). Without a date of its own the
    lead tells the date line's day ("Hanoi, 15 March 2022 – The President has held talks ...")."""
    if article.published is None or dated.date != article.published.isoformat() or dated.until:
        return False
    if len(dated.spans) > 1 or dated.paragraph != 0 or not _in_dateline(article, dated):
        return False
    lead = (dated.sentence, dated.sentence + 1)
    return any(o.paragraph == 0 and o.sentence in lead and o.date != dated.date for o in grouped)


def _heading_rest(article: Article, dated: _Dated) -> str | None:
    """For a paragraph that is only a date (and a place), what is left: "" or the place."""
    p = article.paragraphs[dated.paragraph]
    if p.end - p.start > _MAX_HEADING:
        return None
    text = article.text[p.start : p.end]
    rest = _remove_spans(text, [(s - p.start, e - p.start) for s, e in dated.spans]).strip(" .,;:–—-")
    if _first_finite(rest) is not None or len(rest.split()) > 6:
        return None
    return rest


def _group(dates: Sequence[DateMention]) -> list[_Dated]:
    grouped: dict[tuple[int, str, str | None], _Dated] = {}
    for d in dates:
        key = (d.sentence, d.date, d.until)
        if key in grouped:
            old = grouped[key]
            grouped[key] = _Dated(
                old.date, old.until, old.paragraph, old.sentence, (*old.spans, (d.start, d.end))
            )
        else:
            grouped[key] = _Dated(d.date, d.until, d.paragraph, d.sentence, ((d.start, d.end),))
    return list(grouped.values())


def _dated_event(
    article: Article,
    sentences: tuple[Sentence, ...],
    dated: _Dated,
    index: _People,
    location: str | None,
) -> Event:
    s_start, text = _sentence_text(article, sentences[dated.sentence], near=dated.spans[0][0])
    spans = [(a - s_start, b - s_start) for a, b in dated.spans if a >= s_start and b <= s_start + len(text)]
    where: str | None = None
    heading = _heading_rest(article, dated)
    sentence = sentences[dated.sentence]
    if heading is not None and dated.paragraph + 1 < len(article.paragraphs):
        # A date heading: the next paragraph tells what happened.
        nxt = article.paragraphs[dated.paragraph + 1]
        if nxt.sentences:
            sentence = nxt.sentences[0]
            s_start, text = _sentence_text(article, sentence)
            spans = []
        where = heading or None
    what = event_what(text, spans)
    if where is None and _in_dateline(article, dated):
        where = article.dateline
    where = (
        where or place_in(_remove_spans(text, spans), what) or (location if dated.paragraph == 0 else None)
    )
    return Event(
        dated.date,
        dated.until,
        dated.paragraph,
        what,
        where,
        _who(article, sentence, index),
        sentence.index,
    )


def _scene_sentence(article: Article, section: Section, cues: SceneCues) -> int | None:
    """The sentence that opens a section's scene: the first with a cue of the section's kind."""
    first = section.paragraphs[0]
    for cue in cues[first]:
        if cue.kind == section.kind:
            return cue.sentence
    p = article.paragraphs[first]
    return p.sentences[0].index if p.sentences else None


def find_events(
    article: Article,
    dates: Sequence[DateMention],
    sections: Sequence[Section] = (),
    people: Sequence[Person] = (),
    *,
    location: str | None = None,
    cues: SceneCues | None = None,
) -> tuple[Event, ...]:
    """The events of an article, in text order (see the module's docstring); ``cues`` as
    ``scene_cues(article)`` gives them, found here when not given."""
    cues = scene_cues(article) if cues is None else cues
    index = _people_index(people)
    sentences = article.sentences  # Sentence.index is the position here
    grouped = _group(dates)
    grouped = [d for d in grouped if not _publication_only(article, d, grouped)]
    events = [_dated_event(article, sentences, dated, index, location) for dated in grouped]
    kinds = {index: section.kind for section in sections for index in section.paragraphs}
    dated_paragraphs = {e.paragraph for e in events}
    # A section without a date of its own takes the date of the nearest event before it: the
    # first event of the latest earlier paragraph that has one and is not background, nor
    # announced for later ("He announced that Kenya will host a port expo in August" is not the
    # scene of the signing told after it).
    first_event: dict[int, Event] = {}
    for e, dated in zip(events, grouped, strict=True):
        if clause_tense(article.text, *dated.spans[0]) <= 0:
            first_event.setdefault(e.paragraph, e)
    anchored = sorted(p for p in first_event if kinds.get(p) != "other")
    for section in sections:
        if section.kind == "other" or dated_paragraphs & set(section.paragraphs):
            continue
        before = bisect.bisect_left(anchored, section.paragraphs[0])
        if not before:
            continue
        anchor = first_event[anchored[before - 1]]
        scene = _scene_sentence(article, section, cues)
        if scene is None:
            continue
        sentence = sentences[scene]
        _, text = _sentence_text(article, sentence)
        what = event_what(text)
        event = Event(
            anchor.date,
            anchor.end,
            section.paragraphs[0],
            what,
            place_in(text, what) or anchor.where,
            _who(article, sentence, index),
            scene,
        )
        events.append(event)
        if event.paragraph not in first_event:
            first_event[event.paragraph] = event
            bisect.insort(anchored, event.paragraph)
    events.sort(key=lambda e: (e.paragraph, e.sentence if e.sentence is not None else -1))
    unique: list[Event] = []
    seen: set[tuple[str, str | None, str]] = set()
    for event in events:
        key = (event.date, event.end, event.what)
        if key not in seen:
            seen.add(key)
            unique.append(event)
    return tuple(unique)
