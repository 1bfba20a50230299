"""Paragraph kinds and sections: which part of the article is the forum, the panel, the talks.

``classify_paragraphs(article)`` gives each body paragraph a kind (GUIDE.md): ``meeting``,
``panel``, ``bilateral`` or ``other``, from the scene patterns of ``briefcli.lang.en``.

- A sentence's kind is that of its most telling cue: background ("It will be recalled that")
  over bilateral ("met with the Minister") over panel ("panel discussion") over meeting
  ("attended the Forum"), because the specific scene is told inside the general one ("During
  his visit, he met with the Minister" is the talks, not the visit).
- A paragraph's kind is that of its first sentence with a cue, unless that is ``meeting`` and a
  later sentence opens a panel or a bilateral scene: the general sentence then frames the
  specific one ("Over 160 delegates attended the Seminar. The Director spoke on its panel.").
  A later sentence whose cue comes after "also" ("He also met with the Minister") adds an
  activity to the paragraph's scene and does not change the kind.
- A paragraph without a cue carries on the scene where the previous paragraph ended, which is
  the kind of that paragraph's last cue ("She also met Prime Minister Tanabe." then "Prime
  Minister Tanabe welcomed ..." is the talks). A background paragraph is an aside: the scene resumes
  after it. The first paragraph of a press release tells the event as a whole: with no cue
  it is ``meeting``.
- Only a paragraph that narrates carries on a scene (``narrates``): a past verb, the future, a
  subject pronoun, reported speech or a quotation. One of present facts alone ("The Authority
  trains 300 pilots a year. Its office is in Lomé.") is background, and its event nouns are no
  event ("provides a forum for dialogue"); unless it opens on what the scene left behind ("The
  agreement covers ..." after the signing, ``takes_up``). A background cue inside reported speech
  ("He recalled that the Centre was established in 1998") is the speaker's, not an aside.
  Neither what a document says ("The study highlights that ...") nor what a body says of
  itself in the present ("The Authority said it expects ...") narrates.
- A paragraph without cues whose happenings are all told at a time before the event ("Trade
  between the two countries doubled last year.") is background (``tells_earlier``), unless the
  scene's people tell them ("She recalled that trade doubled last year").
- An event named after a speech verb is what was said, no scene: "She welcomed the planned
  business forum" carries on the talks (not "He welcomed delegates to the Forum").

``segment_sections(article, kinds, people)`` groups runs of paragraphs of one kind into
sections, each with a label a reader understands and its participants (the people mentioned in
it, from the people stage; none while that stage has not run).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from briefcli.lang import en as cues
from briefcli.lang.en import MONTHS, ORG_CUES, PAST_FORMS, WEEKDAY_NAMES, cue_form, cue_forms
from briefcli.model import Article, ParagraphKind, Person, Section, Sentence

# The order in which a sentence's cues decide its kind.
_PRIORITY: tuple[ParagraphKind, ...] = ("other", "bilateral", "panel", "meeting")
_SPECIFIC: frozenset[ParagraphKind] = frozenset({"panel", "bilateral"})


def _alternatives(fragments: Iterable[str]) -> str:
    parts = []
    for fragment in fragments:
        # A fragment ending on a capital letter ("met with the M...") stops inside a word.
        bound = "" if fragment.endswith("[A-Z])") else r"(?![\w-])"
        parts.append(f"(?:{fragment}){bound}")
    return "|".join(parts)


def _compile(fragments: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + _alternatives(fragments) + ")", re.IGNORECASE)


_CUE_GROUPS: dict[ParagraphKind, tuple[str, ...]] = {
    "other": cues.OTHER_BACKGROUND,
    "bilateral": (
        cues.BILATERAL_TALKS
        + cues.BILATERAL_COURTESY
        + cues.BILATERAL_MARGINS
        + cues.BILATERAL_MEETINGS
        + cues.BILATERAL_SIGNINGS
        + cues.BILATERAL_PARTIES
    ),
    "panel": cues.PANEL_SESSIONS + cues.PANEL_SPEAKERS,
    "meeting": (
        cues.MEETING_INVITATION
        + cues.MEETING_EVENTS
        + cues.MEETING_CEREMONIES
        + cues.MEETING_SPEECHES
        + cues.MEETING_VISITS
        + cues.MEETING_ATTENDANCE
        + cues.MEETING_OUTCOMES
    ),
}

# Matching ~150 cue patterns at every word of the text is slow in Python's regex engine (one
# big alternation costs ~3 µs a word). So each cue is keyed by its first word: the first three
# letters of it (or the whole word when it is shorter: "a", "at", "it"), and only the cues whose
# key a word of the text has are tried at that word. The keys are read off the fragments (a
# leading literal word, or a leading group of words such as "(?:met|meets|meet)"); a fragment
# without one is refused when the module loads.
_LEAD_GROUP = re.compile(r"\(\?(?::|-i:)([^()]*)\)(\?)?")
_LITERAL = re.compile(r"[^\W\d_]+")
# The key of each word of the text: its first three letters (the whole word when shorter).
_WORD_KEY = re.compile(r"(?<![\w-])[^\W\d_]{1,3}")


def _first_words(fragment: str) -> set[str]:
    """The first words a fragment can start with, lowercased (maybe cut: "symposi")."""
    if fragment[:1].isalpha():
        word = _LITERAL.match(fragment)
        assert word is not None
        text = word.group()
        if fragment[word.end() : word.end() + 1] == "?":  # "forums?": the "s" is optional
            text = text[:-1]
        return {text.lower()}
    m = _LEAD_GROUP.match(fragment)
    if m is None:
        raise ValueError(f"scene cue {fragment!r} must start with a word or a group of words")
    words: set[str] = set()
    for alternative in m.group(1).split("|"):
        words |= _first_words(alternative) if alternative else set()
    if m.group(2):  # an optional group: the words after it may come first
        words |= _first_words(fragment[m.end() :].lstrip("\\s+ "))
    return words


_LITERAL_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _heads(fragment: str) -> tuple[str, ...]:
    """What the lowercased text must start with for the fragment to match: its leading literal
    words ("at the invitation of", "forum" of "forums?") or its first words ("met", "meets").
    Checking them first spares compiling a cue at a word it cannot match."""
    if fragment[:1].isalpha():
        m = _LITERAL_WORDS.match(fragment)
        assert m is not None
        text = m.group()
        if fragment[m.end() : m.end() + 1] in ("?", "*", "{"):  # the last letter may be absent
            text = text[:-1]
        return (text.lower(),)
    return tuple(sorted(_first_words(fragment)))


def _key(word: str) -> str:
    return word[:3]


_Dispatch = dict[str, tuple[tuple[ParagraphKind, str, tuple[str, ...]], ...]]


def _dispatch() -> _Dispatch:
    """Each key's cues, (kind, fragment, heads), in priority order."""
    by_key: dict[str, list[tuple[ParagraphKind, str, tuple[str, ...]]]] = {}
    for kind in _PRIORITY:
        for fragment in _CUE_GROUPS[kind]:
            heads = _heads(fragment)
            for word in _first_words(fragment):
                if not word:
                    raise ValueError(f"scene cue {fragment!r} has no first word")
                by_key.setdefault(_key(word), []).append((kind, fragment, heads))
    return {key: tuple(dict.fromkeys(entries)) for key, entries in by_key.items()}


_CUES_BY_KEY: _Dispatch = _dispatch()

_NO_LETTER = r"(?![^\W\d_])"  # the end of a run of letters


def _key_trie(keys: Iterable[str], depth: int = 0) -> str:
    """A regex matching exactly the keys, as a trie of their letters ("a(?:n|t(?:t)?)..."), so
    the regex engine rejects a word at its first letter that starts no key. A key shorter than
    three letters is a whole run of letters ("at", not the "at" of "attended": that is "att")."""
    by_first: dict[str, list[str]] = {}
    for key in sorted(keys):
        by_first.setdefault(key[0], []).append(key[1:])
    branches = []
    for first, rests in by_first.items():
        alternatives = [_key_trie([r for r in rests if r], depth + 1)] if any(rests) else []
        if "" in rests:
            alternatives.append("" if depth == 2 else _NO_LETTER)
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        branches.append(re.escape(first) + body)
    return "(?:" + "|".join(branches) + ")"


@cache
def _cue_words() -> re.Pattern[str]:
    """The words that start a cue, found in one regex scan over the lowercased text: only they
    reach the Python loop (most words of a paragraph start none). Compiled when first needed."""
    return re.compile(r"(?<![\w-])" + _key_trie(_CUES_BY_KEY))


@cache
def _cue_pattern(fragment: str) -> re.Pattern[str]:
    """One cue, compiled when first needed: compiling all ~150 at start-up would cost ~25 ms
    of every command's start (so would compiling all the cues of a key at its first word)."""
    return re.compile(_alternatives((fragment,)), re.IGNORECASE)


_WORD = re.compile(r"[\w'’-]+")

# "also" up to two words before a cue: "He also met with", "Kenya's delegation also met with".
_ALSO = re.compile(r"\b(?:" + "|".join(cues.ALSO_WORDS) + r")\s+(?:[\w'’-]+\s+){0,1}$", re.IGNORECASE)


def _reported(text: str, start: int, end: int) -> bool:
    """Whether a past speech verb stands in ``text[start:end]``: "She noted that ..."."""
    forms = cue_forms()
    return any(forms.get(word.lower()) == "past" for word in _WORD.findall(text, start, end))


# A preposition of place just before an event cue: the speech is given there ("He welcomed
# delegates to the Forum", "she said at the opening ceremony"), not about it.
_AT_EVENT = re.compile(r"\b(?:" + "|".join(cues.AT_EVENT_WORDS) + r")\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


# How far before an event cue a speech verb is looked for ("She welcomed the planned business
# forum"): a bounded window keeps a huge sentence linear.
_SAID_REACH = 200


@dataclass(frozen=True, slots=True)
class Cue:
    """A scene cue found in the text: its kind, its span (offsets into Article.text), the
    sentence it stands in (Sentence.index) and whether "also" comes before it."""

    kind: ParagraphKind
    start: int
    end: int
    sentence: int
    also: bool


SceneCues = tuple[tuple[Cue, ...], ...]  # per paragraph, in text order


def scene_cues(article: Article) -> SceneCues:
    """The scene cues of every paragraph: found once by ``analyse()`` and handed to
    classify_paragraphs, segment_sections and find_events, which all read them."""
    return tuple(_paragraph_cues(article, p.index) for p in article.paragraphs)


def find_cues(article: Article, paragraph: int) -> tuple[Cue, ...]:
    """The scene cues of one paragraph, in text order."""
    return _paragraph_cues(article, paragraph)


def _paragraph_cues(article: Article, paragraph: int) -> tuple[Cue, ...]:
    p = article.paragraphs[paragraph]
    text = article.text[p.start : p.end]
    starts = [s.start - p.start for s in p.sentences]
    found: list[Cue] = []
    taken = 0
    low = text.lower()
    # lower() may lengthen a rare letter ("İ"): then the keys are read off the text itself
    aligned = len(low) == len(text)
    words = _cue_words().finditer(low) if aligned else _WORD_KEY.finditer(text)
    for word in words:
        at = word.start()
        if at < taken:
            continue
        hit: tuple[ParagraphKind, re.Match[str]] | None = None
        for cue_kind, fragment, heads in _CUES_BY_KEY.get(word.group().lower(), ()):  # by priority
            if aligned and not low.startswith(heads, at):
                continue
            cue_match = _cue_pattern(fragment).match(text, at)
            if cue_match is not None:
                hit = (cue_kind, cue_match)
                break
        if hit is None:
            continue
        kind, m = hit
        taken = m.end()
        i = max(0, bisect.bisect_right(starts, m.start()) - 1)
        sentence = p.sentences[i].index if p.sentences else 0
        s_start = starts[i] if starts else 0
        if kind == "other" and _reported(text, s_start, m.start()):
            continue  # "He recalled that the Centre was established in 1998": said at the scene
        if (
            kind == "meeting"
            and not _AT_EVENT.search(text, max(s_start, m.start() - 60), m.start())
            and _reported(text, max(s_start, m.start() - _SAID_REACH), m.start())
        ):
            # What was said about an event is no scene of its own: "She welcomed the planned
            # business forum"; "He recalled that Parliament had adopted a statement" (not
            # "He welcomed delegates to the Forum", where the words are spoken at it).
            continue
        if kind == "other" and found and found[-1].sentence == sentence and found[-1].kind != "other":
            continue  # a detail of the scene: "She visited the Centre, which is based in Kisumu"
        also = _ALSO.search(text, max(s_start, m.start() - 40), m.start()) is not None
        found.append(Cue(kind, p.start + m.start(), p.start + m.end(), sentence, also))
    return tuple(found)


def _sentence_kinds(found: Sequence[Cue]) -> list[tuple[ParagraphKind, bool]]:
    """(kind, also) per sentence that has a cue, in order."""
    by_sentence: dict[int, list[Cue]] = {}
    for cue in found:
        by_sentence.setdefault(cue.sentence, []).append(cue)
    out = []
    for sentence in sorted(by_sentence):
        sentence_cues = by_sentence[sentence]
        kind = min((c.kind for c in sentence_cues), key=_PRIORITY.index)
        also = all(c.also for c in sentence_cues if c.kind == kind)
        out.append((kind, also))
    return out


def paragraph_kind(found: Sequence[Cue]) -> tuple[ParagraphKind | None, ParagraphKind | None]:
    """The kind a paragraph's own cues give (None without cues) and the scene it ends in."""
    kinds = _sentence_kinds(found)
    if not kinds:
        return None, None
    kind = kinds[0][0]
    for later, also in kinds[1:]:
        if kind == "meeting" and later in _SPECIFIC and not also:
            kind = later
    return kind, kinds[-1][0]


# Words and quotation marks, and commas (a participle may follow one: "The Charter, adopted in").
_NARRATION_TOKEN = re.compile(r"[\w'’-]+|[,“”\"‘]")
_PAST = frozenset(PAST_FORMS) - {"been"}  # "has been" is the present perfect
_FINITE_PAST = frozenset({"was", "were", "did"})  # never a participle
_MONTH_NAMES = frozenset(name for name in MONTHS if len(name) > 3 or name == "may")
_WEEKDAY_NAMES = frozenset(WEEKDAY_NAMES)


def _dated(tokens: Sequence[str], i: int) -> bool:
    """Whether token ``i`` dates a happening: a weekday ("on Wednesday") or a month next to a
    day ("until 18 April", "on April 18"); a year alone ("founded in 1998") dates none."""
    token = tokens[i]
    if not token.istitle():
        return False
    word = token.lower()
    if word in _WEEKDAY_NAMES:
        return True
    if word not in _MONTH_NAMES:
        return False
    return any(0 <= j < len(tokens) and tokens[j][:1].isdigit() for j in (i - 1, i + 1))


_SELF_NEXT = frozenset({cues.SELF_PRONOUN, cues.REPORTED_THAT})


def _self_statement(tokens: Sequence[str], i: int) -> bool:
    """Whether token ``i`` is a past speech verb by which a body (an organisation's noun or an
    acronym before it) states, in the present, a fact about itself: "The Authority said it
    expects volumes to grow"; "The GCPA stated that it has 40 members". What a body states of
    itself in the present stands beyond the event."""
    if i == 0 or i + 2 >= len(tokens) or tokens[i + 1] not in _SELF_NEXT or cue_form(tokens[i]) != "past":
        return False  # the cheap checks first: this runs at every word
    speaker = tokens[i - 1]
    if speaker.lower() not in ORG_CUES and not (len(speaker) > 1 and speaker.isupper()):
        return False  # a person's "it" is something else: "The Governor said it is a historic day"
    j = i + 1
    if j < len(tokens) and tokens[j] == cues.REPORTED_THAT:
        j += 1
    if j + 1 >= len(tokens) or tokens[j] != cues.SELF_PRONOUN:
        return False
    verb = tokens[j + 1].lower()
    present = verb.endswith("s") and not verb.endswith("ss") and verb not in _PAST  # "expects"
    return present or verb in cues.PRESENT_VERBS


_QUOTES = frozenset('“”"‘')  # "‘" opens a quotation; "’" is also an apostrophe


def narrates(text: str) -> bool:
    """Whether ``text`` tells a scene: a past verb ("welcomed", "met"), the future ("will"), a
    subject pronoun ("She added ..."), reported speech, a quotation or a day ("The Week runs
    until 18 April"). Present facts alone ("The Authority trains 300 pilots a year. Its
    office, opened in 2001, is in Lomé.") tell none."""
    tokens = [m.group() for m in _NARRATION_TOKEN.finditer(text)]
    for i, token in enumerate(tokens):
        if token in _QUOTES:
            return True
        word = token.lower()
        before = tokens[i - 1].lower() if i else ""
        if word in cues.NARRATING_WORDS or word in _FINITE_PAST:
            return True
        if _self_statement(tokens, i):
            continue  # an organisation's standing word: "The Authority said it expects growth"
        if word in _PAST and before not in cues.PARTICIPLE_LEADS:
            return True  # "met", not "is held every year"
        if _dated(tokens, i):
            return True
        if i + 1 < len(tokens) and tokens[i + 1] == cues.REPORTED_THAT and cue_form(word):
            if cue_form(word) == "s" and any(
                t.lower() in cues.REPORT_NOUNS for t in tokens[max(0, i - 3) : i]
            ):
                continue  # a document's content, a standing fact: "The study highlights that"
            return True  # reported speech: "Delegates agree that ..."
        if not token.endswith("ed") or "-" in word or len(word) < 4 or word in cues.NOT_PAST_ED:
            continue  # a capitalised "-ed" word is a name: "the United Nations"
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if before in cues.PARTICIPLE_LEADS or after in cues.PARTICIPLE_BY:
            continue  # "is funded", "a specialised agency", "the report prepared by"
        if before == "," and after in cues.PARTICIPLE_AFTER_COMMA:
            continue  # "The Charter, adopted in 2001, sets out ..."
        if before in cues.COORDINATORS and after.islower() and after not in cues.PARTICIPLE_LEADS:
            continue  # an adjective before its noun: "trade and related services"
        return True
    return False


def takes_up(text: str, before: str) -> bool:
    """Whether ``text`` opens on a thing the scene of ``before`` left behind, named there:
    "The agreement covers ..." after "... signed an agreement on fisheries"."""
    words = [m.group().lower() for m in itertools.islice(_WORD.finditer(text), 5)]
    if not words or words[0] not in cues.ANAPHORIC_DETERMINERS:
        return False
    heads = [w for w in words[1:] if w in cues.OUTCOME_NOUNS]
    if not heads:
        return False
    told = {m.group().lower() for m in _WORD.finditer(before)}
    return any(head in told for head in heads)


@cache
def _earlier_times() -> re.Pattern[str]:
    return _compile(cues.EARLIER_TIMES)


_SCENE_SPEAKERS = frozenset({"he", "she", "they", "we"}) | _QUOTES


def tells_earlier(article: Article, paragraph: int) -> bool:
    """Whether each sentence of a paragraph that narrates tells a time before the event: "The
    Bank last week announced a credit line. Exports rose by a third last year." is background.
    Not one where the scene's people speak ("She recalled that exports rose last year")."""
    p = article.paragraphs[paragraph]
    text = article.text
    if _earlier_times().search(text, p.start, p.end) is None:
        return False  # the cheap check first: most paragraphs name no earlier time
    told = False
    for s in p.sentences:
        sentence = text[s.start : s.end]
        if not narrates(sentence):
            continue
        m = _earlier_times().search(sentence)
        if m is None or _reported(sentence, 0, m.start()):
            return False
        if any(t.lower() in _SCENE_SPEAKERS for t in _NARRATION_TOKEN.findall(sentence)):
            return False
        told = True
    return told


def classify_paragraphs(article: Article, cues: SceneCues | None = None) -> tuple[ParagraphKind, ...]:
    """The kind of each body paragraph (see the module's docstring); ``cues`` as
    ``scene_cues(article)`` gives them, found here when not given."""
    cues = scene_cues(article) if cues is None else cues
    scene: ParagraphKind = "meeting"
    out: list[ParagraphKind] = []
    for p in article.paragraphs:
        found = cues[p.index]
        text = article.paragraph_text(p.index)
        if p.index > 0 and not narrates(text) and not takes_up(text, article.paragraph_text(p.index - 1)):
            # Present facts tell no scene: "a forum for dialogue" there is no event. Only a
            # panel, a two-party or a background cue still says what the paragraph is about.
            found = tuple(c for c in found if c.kind != "meeting")
            if not found:
                out.append("other")
                continue
        kind, ends_in = paragraph_kind(found)
        if kind is None:
            # a happening told at an earlier time is no part of the scene: background
            out.append("other" if p.index > 0 and tells_earlier(article, p.index) else scene)
            continue
        out.append(kind)
        if kind != "other" and ends_in is not None:
            scene = ends_in if ends_in != "other" else kind
    return tuple(out)


# --- Sections ------------------------------------------------------------------------------------


def _runs(kinds: Sequence[ParagraphKind]) -> list[tuple[ParagraphKind, list[int]]]:
    runs: list[tuple[ParagraphKind, list[int]]] = []
    for index, kind in enumerate(kinds):
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(index)
        else:
            runs.append((kind, [index]))
    return runs


@lru_cache(maxsize=256)
def _person_pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern for the names a person goes by in the text: the name and the mentions that
    name them (not pronouns). "the WCO Secretary General" also matches "The WCO ..."."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        form = form.strip()
        if not form or form.lower() in cues.PRONOUN_WORDS:
            continue
        escaped = re.escape(form)
        if form[:1].isalpha():
            first = form[0]
            escaped = f"[{first.upper()}{first.lower()}]" + re.escape(form[1:])
        parts.append(escaped)
    if not parts:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def mentioned_people(text: str, people: Sequence[Person]) -> list[tuple[int, str]]:
    """(first position, name) of each person named in ``text`` (by name or a non-pronoun
    mention), in the order they first appear."""
    found = []
    for person in people:
        pattern = _person_pattern((person.name, *person.mentions))
        m = pattern.search(text) if pattern else None
        if m is not None:
            found.append((m.start(), person.name))
    return sorted(found)


_FirstMentions = dict[int, dict[int, tuple[int, str]]]  # paragraph -> person -> (start, name)


def _first_mentions(people: Sequence[Person]) -> _FirstMentions:
    """Where each person is first mentioned in each paragraph, by the people stage's spans:
    built once, so each section reads only its own paragraphs."""
    index: _FirstMentions = {}
    for number, person in enumerate(people):
        for m in person.spans:
            here = index.setdefault(m.paragraph, {})
            seen = here.get(number)
            if seen is None or m.start < seen[0]:
                here[number] = (m.start, person.name)
    return index


def _participants(
    article: Article, paragraphs: Sequence[int], people: Sequence[Person], mentions: _FirstMentions
) -> tuple[str, ...]:
    """The people mentioned in the paragraphs, by the people stage's spans (pronouns resolved)
    or, for a person without spans, by name and mentions; in order of first mention."""
    starts: dict[int, tuple[int, str]] = {}
    for index in dict.fromkeys(paragraphs):
        for number, seen in mentions.get(index, {}).items():
            if number not in starts or seen < starts[number]:
                starts[number] = seen
    found = list(starts.values())
    unplaced = [person for person in people if not person.spans]
    if unplaced:
        first = article.paragraphs[paragraphs[0]].start
        last = article.paragraphs[paragraphs[-1]].end
        found += [(first + pos, name) for pos, name in mentioned_people(article.text[first:last], unplaced)]
    return tuple(name for _, name in sorted(found))


# Labels -------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[\w'’&-]+")
_STOPS = frozenset(cues.PHRASE_STOPS)
_HEADS = frozenset(cues.EVENT_NAME_HEADS)
_JOINERS = frozenset(cues.EVENT_NAME_JOINERS)


def event_names(text: str) -> list[str]:
    """Capitalised event names in ``text``, in order: "International Customs Forum",
    "Conference of Directors General of Fisheries", "EU Sub-Committee of Heads of Ports".

    A name is a run of capitalised words (joined by single spaces) that holds an event head
    noun (``EVENT_NAME_HEADS``), going on after it through "of", "for", "on" ... and more
    capitalised words. Two words or more: "the Forum" alone names nothing new."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]

    def joined(i: int) -> bool:  # token i follows token i-1 after one space, in one phrase
        return i > 0 and text[tokens[i - 1][2] : tokens[i][1]] == " "

    names = []
    taken = -1
    for i, (word, _, _) in enumerate(tokens):
        if word not in _HEADS or i <= taken:
            continue
        if i + 1 < len(tokens) and joined(i + 1) and tokens[i + 1][0][:1].isupper():
            continue  # a modifier, not the head: "the Forum Secretariat", "Council President"
        start = i
        while start > 0 and joined(start) and tokens[start - 1][0][:1].isupper() and start - 1 > taken:
            start -= 1
        while start < i and tokens[start][0].lower() in _STOPS:
            start += 1  # a capitalised determiner opens the sentence: "The Forum is held ..."
        end = i
        j = i + 1
        while (
            j + 1 < len(tokens)
            and joined(j)
            and joined(j + 1)
            and tokens[j][0] in _JOINERS
            and tokens[j + 1][0][:1].isupper()
        ):
            k = j + 1
            while k + 1 < len(tokens) and joined(k + 1) and tokens[k + 1][0][:1].isupper():
                k += 1
            end = k
            j = k + 1
        while end > i and tokens[end][0] not in _HEADS and tokens[end][0] in _JOINERS:
            end -= 1
        taken = end
        if end > start:
            names.append(text[tokens[start][1] : tokens[end][2]])
    return names


def noun_phrase_before(text: str, end: int, *, max_words: int = 6) -> str:
    """The noun phrase that ends at ``end``, without its determiner: "[the] Danish Police
    Academy graduation ceremony", "[a] high-level panel discussion"."""
    words = list(_TOKEN.finditer(text, max(0, end - 200), end))
    start = end
    for taken, m in enumerate(reversed(words)):
        word = m.group()
        if word.lower() in _STOPS or taken >= max_words or text[m.end() : start].strip(" "):
            break
        if word.islower() and word.endswith("ed") and taken:
            break
        start = m.start()
    phrase = text[start:end].strip()
    while phrase.lower().startswith("of "):
        phrase = phrase[3:]
    return phrase


class _Context(NamedTuple):
    """What the labels of one article's sections look up, built once: the sentences by start,
    and each paragraph's event names as they are first asked for."""

    article: Article
    sentences: tuple[Sentence, ...]
    starts: list[int]
    names: dict[int, list[str]]

    def sentence_of(self, position: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``position``; (position, position) if none."""
        i = bisect.bisect_right(self.starts, position) - 1
        if i >= 0 and position < self.sentences[i].end:
            return self.sentences[i].start, self.sentences[i].end
        return position, position

    def event_names(self, paragraph: int) -> list[str]:
        names = self.names.get(paragraph)
        if names is None:
            names = self.names[paragraph] = event_names(self.article.paragraph_text(paragraph))
        return names


def _context(article: Article) -> _Context:
    sentences = article.sentences
    return _Context(article, sentences, [s.start for s in sentences], {})


# The noun that names a panel in its cue: "a [panel] of ministers", "moderated the closing
# [debate]"; "moderated by" names none.
_PANEL_HEAD = re.compile(
    r"(?:panel|round[- ]?table|session|discussion|debate|dialogue|chat|conversation|exchange)s?(?![\w-])",
    re.IGNORECASE,
)
_TITLE_AFTER = re.compile(r"\s*,?\s*(?:entitled|titled|called|on|about)\s+([“\"][^”\"]{1,120}[”\"])")
_WITH_WHOM = re.compile(
    r"\s+(?:with|on)\s+((?:the\s+)?[^,;.]{3,90}?)(?=[,;.]|\s+(?:to|in|on|at|and|where|which|who)\s|$)"
)


def _first_cue(found: Sequence[Cue], kind: ParagraphKind) -> Cue | None:
    return next((c for c in found if c.kind == kind), None)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _meeting_name(context: _Context, paragraphs: Sequence[int]) -> str | None:
    for index in paragraphs:
        names = context.event_names(index)
        if names:
            return max(names, key=lambda n: len(n.split()))
    return None


def _main_event(context: _Context, before: int) -> str | None:
    """The event named nearest before paragraph ``before`` (or anywhere when none before)."""
    for index in [*range(before, -1, -1), *range(before + 1, len(context.article.paragraphs))]:
        names = context.event_names(index)
        if names:
            return names[0]
    return None


@cache
def _event_nouns() -> re.Pattern[str]:
    return _compile(cues.MEETING_EVENTS + cues.MEETING_CEREMONIES)


_VISIT = re.compile(r"visit|mission|trip", re.IGNORECASE)
_MEET_GROUP = re.compile(r"(?:met|meet|meets|meeting)\s+(?:with\s+)?", re.IGNORECASE)
# The verb before an adopted or a signed text: "adopted [the Apia Declaration]", "signed [a
# letter of intent]".
_ADOPTED = re.compile(r"(?:adopted|adopts|adopt|adoption of)\s+", re.IGNORECASE)
_SIGNED = re.compile(r"sign(?:ed|ing|s)?\s+(?:of\s+)?", re.IGNORECASE)
# What a text is about, after its name: "the Apia Declaration [on Ocean Freight], which ...",
# "a letter of intent [on cooperation in training] at City Hall".
_TEXT_TOPIC = re.compile(
    r"\s+(?:on|for|of)\s+[^,;.:]{1,80}?(?=[,;.:]|\s(?:at|by|with|between|during|which|who|where|when|that)\s|$)"
)


@cache
def _party_cues() -> re.Pattern[str]:
    return _compile(cues.BILATERAL_PARTIES)


def _signed_text(text: str, cue_start: int, cue_end: int, verb: re.Pattern[str]) -> str | None:
    """The text adopted or signed in a cue, with what it is about: "the Apia Declaration on
    Ocean Freight", "a letter of intent on cooperation in training"."""
    m = verb.match(text, cue_start, cue_end)
    if m is None:
        return None
    what = text[m.end() : cue_end]
    topic = _TEXT_TOPIC.match(text, cue_end)
    return what + (topic.group() if topic else "")


def _meeting_label(context: _Context, paragraphs: Sequence[int], found: Sequence[Cue]) -> str:
    """The event's name ("International Customs Forum"), else the noun phrase of its first
    event noun ("Danish Police Academy graduation ceremony"), else the text it adopted
    ("Adoption of the Apia Declaration"), else the visit ("Visit to Lima, Peru"), else whom
    the principal met ("Meeting with other senior officials"), else the event told nearest in
    the article (a section split off by background is still part of it)."""
    from briefcli.analysis.events import place_in

    article = context.article
    name = _meeting_name(context, paragraphs)
    if name:
        return name
    phrase = _event_phrase(article, paragraphs)
    if phrase:
        return phrase
    for cue in found:
        adopted = _signed_text(article.text, cue.start, cue.end, _ADOPTED) if cue.kind == "meeting" else None
        if adopted:
            return "Adoption of " + adopted
    for cue in found:
        if cue.kind != "meeting":
            continue
        cue_text = article.text[cue.start : cue.end]
        s_start, s_end = context.sentence_of(cue.start)
        if _VISIT.search(cue_text):
            place = place_in(article.text[s_start:s_end])
            if place:
                return f"Visit to {place}"
        met = _MEET_GROUP.match(cue_text)
        if met:
            return "Meeting with " + cue_text[met.end() :]
    first = paragraphs[0]
    elsewhere = [*range(first - 1, -1, -1), *range(paragraphs[-1] + 1, len(article.paragraphs))]
    return _main_event(context, first) or _event_phrase(article, elsewhere) or "Meeting"


def _event_phrase(article: Article, paragraphs: Iterable[int]) -> str | None:
    """The noun phrase of the first event noun in the paragraphs, of two words or more:
    "Danish Police Academy graduation ceremony", "Town hall meeting"."""
    for index in paragraphs:
        p = article.paragraphs[index]
        for m in _event_nouns().finditer(article.text, p.start, p.end):
            phrase = noun_phrase_before(article.text, m.end())
            if len(phrase.split()) >= 2:
                return _capitalise(phrase)
    return None


def _label(
    context: _Context,
    kind: ParagraphKind,
    paragraphs: Sequence[int],
    participants: Sequence[str],
    found: Sequence[Cue],
) -> str:
    article = context.article
    cue = _first_cue(found, kind)
    if kind == "other":
        return "Background"
    if kind == "meeting":
        return _meeting_label(context, paragraphs, found)
    if kind == "panel":
        phrase = "Panel"
        if cue is not None:
            text = article.text
            cue_text = text[cue.start : cue.end].lower()
            heads = list(_PANEL_HEAD.finditer(text, cue.start, cue.end))
            if (
                heads
                and "panelist" not in cue_text
                and "panellist" not in cue_text
                and "speakers" not in cue_text
            ):
                end = heads[-1].end()  # "[a panel] of ministers", "moderated [the closing debate]"
                phrase = _capitalise(noun_phrase_before(text, end)) or phrase
                title = _TITLE_AFTER.match(text, end)
                if title:
                    phrase += " " + title.group(1)
        event = _main_event(context, paragraphs[0])
        return f"{phrase} at the {event}" if event and event not in phrase else phrase
    # bilateral: the first cue that says what kind of talks ("Both sides ..." says not)
    text = article.text
    cue = next(
        (c for c in found if c.kind == "bilateral" and not _party_cues().fullmatch(text, c.start, c.end)),
        cue,
    )
    what = "Bilateral talks"
    signed = None
    if cue is not None:
        cue_text = text[cue.start : cue.end].lower()
        if "courtesy" in cue_text or "call on" in cue_text:
            what = "Courtesy call"
        elif "sign" in cue_text or "memorand" in cue_text or "mou" in cue_text:
            what = "Signing"
            signed = _signed_text(text, cue.start, cue.end, _SIGNED)
    if len(participants) >= 2:
        return f"{what}: {participants[0]} – {participants[1]}"
    if signed:
        return f"Signing of {signed}"
    if cue is not None:
        _, s_end = context.sentence_of(cue.start)
        whom = _WITH_WHOM.search(article.text, cue.start, s_end)
        if whom:
            return f"{what} with {whom.group(1).strip()}"
    return what


def segment_sections(
    article: Article,
    kinds: Sequence[ParagraphKind],
    people: Sequence[Person] = (),
    cues: SceneCues | None = None,
) -> tuple[Section, ...]:
    """Runs of paragraphs of one kind, each with a label and the people mentioned in it."""
    cues = scene_cues(article) if cues is None else cues
    sections = []
    first = _first_mentions(people)
    context = _context(article)
    for kind, paragraphs in _runs(kinds):
        participants = _participants(article, paragraphs, people, first)
        found = [c for index in paragraphs for c in cues[index]]
        label = _label(context, kind, paragraphs, participants, found)
        sections.append(Section(kind, tuple(paragraphs), label, participants))
    return tuple(sections)
