"""Scene cues: the words that tell which part of an event a sentence is about.

``scene_cues(article)`` finds, once per article, every cue of ``briefcli.lang.en`` (scenes.json) in
the body text: its kind (``meeting``, ``panel``, ``bilateral`` or ``other``, as
``data/kinds.json`` declares them), the cue group that matched it (``MEETING_VISITS``,
``BILATERAL_COURTESY`` ...), its span and sentence. The paragraph kinds, the sections' labels and
the events all read them.

- Where cues of several kinds could start at one word, the kind of lowest precedence is tried
  first (background, then bilateral, then panel, then the event as a whole), and a found cue
  claims its text.
- A background cue inside reported speech ("He recalled that the Centre was established in
  1998") is the speaker's, not an aside; nor is one that details the scene its sentence already
  tells ("She visited the Centre, which is based in Kisumu").
- An event named after a speech verb is what was said, no scene: "She welcomed the planned
  business forum"; but not after a preposition of place ("He welcomed delegates to the Forum",
  where the words are spoken at it) that governs it ("returned to Barbados following her
  visit" is what was said: another preposition stands between), and not after "that" opened
  what was said ("He said that the plans announced during the visit ...").
- "speech" without a determiner or an owner is the mass noun ("freedom of speech"), no speech
  given.
- An event named inside a quotation is what was said (“... at the next ministerial
  meetings”), and a bare plural after a word of scope names a kind of gathering, not one that
  took place ("cooperation in international fora"): neither is a scene. Nor is a count of the
  sessions of a programme one panel ("the forum held twelve panel discussions").
- A gathering still to come is a topic of the scene, no scene: "They discussed the upcoming
  summit", "preparations for the Forum" (``FOR_LATER``).
- An encounter still to come, once a scene was told, is no scene (``announced``): "During his
  visit, he will also meet the Minister of Energy", "She is expected to call on the Speaker";
  the paragraph goes on with the scene before it. Not a past verb in its clause ("Mr. Lee, who
  will chair the session, met ..."), nor the travel home that closes the visit ("will return
  to Lima"). An event still to come stays one the release tells ("will feed into the
  Conference"), but a noun's passive infinitive is none ("a tender, to be launched in May").
  In a release that announces its event (its lead tells it still to come: "The Minister will
  travel to Vell next week"), every encounter is to come: each is a scene of its own.
- Talks with one counterpart that name a second in coordination ("She met the President of
  Vosk, Mr. A, and the Prime Minister of Lira, Ms. B") are a series of talks; a group's own
  meeting ("a meeting of senior officials", ``own_meeting``) is no group the principal met.
- A scene a speaker reports in the perfect is the speech's scene, not one of its own: "She noted
  that eight members had already signed the protocol" (``_said_done_before``).
- A cue after "also" ("He also met with the Minister") is marked: it adds an activity to the
  scene its paragraph opened with (see ``briefcli.analysis.kinds``).
- ``find_in_text`` finds the cues of any cue group (the headline's too) in a short text the
  token table does not hold, with the same dispatch.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from typing import NamedTuple

from briefcli.analysis.phrases import PHRASE_REACH, noun_phrase_before
from briefcli.analysis.tense import past_form
from briefcli.lang import en as cues
from briefcli.model import KIND, KINDS, Article, ParagraphKind, Sentence, Tokens
from briefcli.regexes import pattern


def _alternatives(fragments: Iterable[str]) -> str:
    parts = []
    for fragment in fragments:
        # A fragment ending on a capital letter ("met with the M...") stops inside a word.
        bound = "" if fragment.endswith("[A-Z])") else r"(?![\w-])"
        parts.append(f"(?:{fragment}){bound}")
    return "|".join(parts)


def compile_cues(fragments: Iterable[str]) -> re.Pattern[str]:
    """One pattern for cue fragments, as the cue finder matches them: on word boundaries,
    ignoring case."""
    return pattern(r"(?<![\w-])(?:" + _alternatives(fragments) + ")", re.IGNORECASE)


@cache
def gathering_nouns() -> re.Pattern[str]:
    """The nouns of a gathering, as cues: "the Forum", "a reception", "the signing ceremony"."""
    return compile_cues(cues.MEETING_EVENTS + cues.MEETING_HOSPITALITY + cues.MEETING_CEREMONIES)


# The cue groups of ``briefcli.lang.en`` (scenes.json), by name. A group's name starts with the kind
# its cues give ("BILATERAL_COURTESY": a ``bilateral`` cue); within a kind, the groups are tried
# in this order, so where two could match, the earlier one names the cue.
GROUPS: tuple[str, ...] = (
    "OTHER_BACKGROUND",
    "BILATERAL_TALKS",
    "BILATERAL_COURTESY",
    "BILATERAL_CREDENTIALS",
    "BILATERAL_MARGINS",
    "BILATERAL_CALLS",
    "BILATERAL_MEETINGS",
    "BILATERAL_SIGNINGS",
    "BILATERAL_PARTIES",
    "PANEL_SESSIONS",
    "PANEL_QUESTIONS",
    "PANEL_SPEAKERS",
    "MEETING_GROUPS",
    "MEETING_SERIES",
    "MEETING_INVITATION",
    "MEETING_EVENTS",
    "MEETING_HOSPITALITY",
    "MEETING_CEREMONIES",
    "MEETING_SPEECHES",
    "MEETING_PRESS",
    "MEETING_VISITS",
    "MEETING_ATTENDANCE",
    "MEETING_OUTCOMES",
)


def group_kind(group: str) -> ParagraphKind:
    """The kind a cue group's cues give: "bilateral" for "BILATERAL_COURTESY"."""
    kind = group.split("_", 1)[0].lower()
    if kind not in KIND:
        raise ValueError(f"scene cue group {group!r} names no kind of data/kinds.json")
    return kind


def group_cues(group: str) -> tuple[str, ...]:
    """The fragments of a cue group."""
    fragments: tuple[str, ...] = getattr(cues, group)
    return fragments


# The cue group of the gatherings a name tells ("the Summit", "the General Assembly").
_NAMED_GROUPS = frozenset({"MEETING_EVENTS"})
# The cue group of panel sessions, which a programme may count ("twelve panel discussions").
_SESSIONS = "PANEL_SESSIONS"

# The kind of what is tied to no part of the event (data/kinds.json): "other".
BACKGROUND_KIND: ParagraphKind = next(k.name for k in KINDS if k.role == "background")

# The groups in the order their cues are tried at a word: by their kind's precedence (a
# background cue before a bilateral one before a panel before the event as a whole).
_BY_PRECEDENCE = sorted(GROUPS, key=lambda group: KIND[group_kind(group)].precedence)

# Matching ~150 cue patterns at every word of the text is slow in Python's regex engine (one
# big alternation costs ~3 µs a word). So each cue is keyed by its first word: the first three
# letters of it (or the whole word when it is shorter: "a", "at", "it"), and only the cues whose
# key a word of the token table has are tried at that word. The keys are read off the
# fragments (a leading literal word, or a leading group of words such as "(?:met|meets|meet)");
# a fragment without one is refused when the module loads. These patterns read the lexicon's
# fragments, not the text.
_LEAD_GROUP = pattern(r"\(\?(?::|-i:)([^()]*)\)(\?)?")
_FRAGMENT_WORD = pattern(r"[^\W\d_]+")
_FRAGMENT_WORDS = pattern(r"[^\W\d_]+(?: [^\W\d_]+)*")
_KEY = pattern(r"[^\W\d_]{1,3}")


# A lookbehind that opens a fragment: "(?<!was )attended" is "attended", not after "was".
_LOOKBEHIND = pattern(r"\(\?<[!=][^()]*\)")


def _first_words(fragment: str) -> set[str]:
    """The first words a fragment can start with, lowercased (maybe cut: "symposi")."""
    while (behind := _LOOKBEHIND.match(fragment)) is not None:
        fragment = fragment[behind.end() :]
    if fragment[:1].isalpha():
        word = _FRAGMENT_WORD.match(fragment)
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


def _heads(fragment: str) -> tuple[str, ...]:
    """What the lowercased text must start with for the fragment to match: its leading literal
    words ("at the invitation of", "forum" of "forums?") or its first words ("met", "meets").
    Checking them first spares compiling a cue at a word it cannot match."""
    while (behind := _LOOKBEHIND.match(fragment)) is not None:
        fragment = fragment[behind.end() :]
    if fragment[:1].isalpha():
        m = _FRAGMENT_WORDS.match(fragment)
        assert m is not None
        text = m.group()
        if fragment[m.end() : m.end() + 1] in ("?", "*", "{"):  # the last letter may be absent
            text = text[:-1]
        return (text.lower(),)
    return tuple(sorted(_first_words(fragment)))


def _key(word: str) -> str | None:
    """A word's key: its first three letters, all of them when fewer ("at", "a" of "a.m"); none
    when it starts with no letter."""
    m = _KEY.match(word)
    return m.group() if m else None


class _Entry(NamedTuple):
    """A cue fragment as the finder tries it: its group, the fragment and its heads."""

    group: str
    fragment: str
    heads: tuple[str, ...]


_Dispatch = dict[str, tuple[_Entry, ...]]


def _dispatch(groups: Iterable[str]) -> _Dispatch:
    """Each key's cues of ``groups``, in the order they are tried."""
    by_key: dict[str, list[_Entry]] = {}
    for group in groups:
        for fragment in group_cues(group):
            heads = _heads(fragment)
            for word in _first_words(fragment):
                key = _key(word)
                if key is None:
                    raise ValueError(f"scene cue {fragment!r} has no first word")
                by_key.setdefault(key, []).append(_Entry(group, fragment, heads))
    return {key: tuple(dict.fromkeys(entries)) for key, entries in by_key.items()}


_CUES_BY_KEY: _Dispatch = _dispatch(_BY_PRECEDENCE)


class _AtWord(NamedTuple):
    """The cues that may start at a word, by precedence, and one pattern trying them all in
    that order (alternative ``c<i>`` is ``entries[i]``): one match a word, not one per cue."""

    entries: tuple[_Entry, ...]
    pattern: re.Pattern[str] | None


_NO_CUES = _AtWord((), None)
_AT_WORD: dict[str, _AtWord] = {}  # the cues by the lowercase word they may start at
_MAX_WORDS = 50_000


def _cues_at(low: str) -> _AtWord:
    """The cues that may start at a word (given lowercase), by its key; none when it starts
    with no letter. Looked up once per spelling: most words of a paragraph start none."""
    at = _AT_WORD.get(low)
    if at is None:
        if len(_AT_WORD) > _MAX_WORDS:
            _AT_WORD.clear()
        key = _key(low)
        entries = _fitting(low, _CUES_BY_KEY.get(key, ())) if key else ()
        at = _AT_WORD[low] = _AtWord(entries, _tried_in_order(entries)) if entries else _NO_CUES
    return at


@cache
def _tried_in_order(entries: tuple[_Entry, ...]) -> re.Pattern[str]:
    """The cues of ``entries`` as one pattern: an alternation matches its first alternative
    that matches, as trying them one by one does. Compiled when a word first asks for it (and
    kept, as every pattern is: ``briefcli.regexes``)."""
    return pattern(
        "|".join(f"(?P<c{i}>{_alternatives((e.fragment,))})" for i, e in enumerate(entries)), re.IGNORECASE
    )


def _fitting(low: str, entries: tuple[_Entry, ...]) -> tuple[_Entry, ...]:
    """The entries one of whose heads agrees with a word as far as both go: the text there
    starts with the word, so a head that differs from it within both cannot start there
    ("meet" of "meeting" fits the word "meets"; "met" does not fit "metro")."""
    return tuple(e for e in entries if any(h.startswith(low) or low.startswith(h) for h in e.heads))


@cache
def _dispatch_of(groups: tuple[str, ...]) -> _Dispatch:
    return _dispatch(groups)


_WORD_START = pattern(r"(?<![\w-])[^\W\d_]")


_LAST_KEYS: tuple[str, tuple[tuple[int, str], ...]] | None = None


def _word_keys(text: str) -> tuple[tuple[int, str], ...]:
    """Where each word of ``text`` starts and its key: read once for a headline that is asked
    about several groups of cues in turn (the last text's are kept)."""
    global _LAST_KEYS
    last = _LAST_KEYS  # read once: another thread may replace it meanwhile
    if last is not None and last[0] == text:
        return last[1]
    keys = []
    for word in _WORD_START.finditer(text):
        at = word.start()
        key = _KEY.match(text[at : at + 3].lower())
        if key is not None:
            keys.append((at, key.group()))
    found = tuple(keys)
    _LAST_KEYS = (text, found)
    return found


def find_in_text(text: str, groups: Sequence[str]) -> list[re.Match[str]]:
    """The cues of cue groups of ``briefcli.lang.en`` (scene groups or others: the headline's)
    in a short text the token table does not hold (a headline), in text order: at each word,
    the first of the groups' cues that matches there, tried in the order of ``groups`` by one
    pattern a key (``_tried_in_order``), as the body's are."""
    dispatch = _dispatch_of(tuple(groups))
    found: list[re.Match[str]] = []
    taken = 0
    for at, key in _word_keys(text):
        entries = dispatch.get(key, ())
        if at < taken or not entries:
            continue
        m = _tried_in_order(entries).match(text, at)
        if m is not None:
            found.append(m)
            taken = m.end()
    return found


# "also" up to two words before a cue: "He also met with", "Kenya's delegation also met with";
# or before the verb and the article of a cue's noun: "She also held [a] meeting with ...".
_ALSO = pattern(
    r"\b(?:" + "|".join(cues.ALSO_WORDS) + r")\s+(?:[\w'’-]+\s+){0,1}(?:(?:a|an|the)\s+)?$", re.IGNORECASE
)


def reported(article: Article, start: int, end: int) -> bool:
    """Whether a past speech verb stands between offsets ``start`` and ``end`` of the text:
    "She noted that ...". A verb that speaks only with its particle does so only with it:
    "She laid out a plan" reports, "She laid a wreath" does not."""
    tokens = article.tokens
    words = tokens.words
    return any(words[i].form == "past" and _with_particle(tokens, i) for i in tokens.within(start, end))


_IDIOM_REACH = 3  # "paid [a warm] tribute", "made [it] clear"
# What follows a verb of closing when it speaks: "concluded [that] ...", "concluded[:] ..."
_CLOSING_SPEECH = frozenset({cues.REPORTED_THAT, ":", ",", "by", "with", "“", '"'})


def _with_particle(tokens: Tokens, i: int) -> bool:
    """Whether the speech verb at token ``i`` has the particle it needs, if it needs one, or the
    noun of its idiom: "paid tribute" speaks, "paid a state visit" does not."""
    lemma = tokens.words[i].lemma
    idiom = cues.PHRASES.get(lemma) if lemma is not None else None
    if idiom is not None:
        return idiom[0] in tokens.lows[i + 1 : i + 1 + _IDIOM_REACH]
    if tokens.lows[i] in cues.CLOSING_VERBS:
        # "concluded that ...", "concluded: ...", "concluded by saying" speak; "concluded a
        # two-day visit" closes the visit, and so does a stretch of the event that closes with
        # what followed: "The week concluded with a reception" (no one spoke)
        speaks = i + 1 < len(tokens) and tokens.lows[i + 1] in _CLOSING_SPEECH
        return speaks and not (i > 0 and tokens.lows[i - 1] in cues.CLOSING_EVENTS)
    needed = cues.PARTICLES.get(lemma) if lemma is not None else None
    return needed is None or (i + 1 < len(tokens) and tokens.lows[i + 1] in needed)


def said_that(article: Article, start: int, end: int) -> bool:
    """Whether a past speech verb between offsets ``start`` and ``end`` opens a that-clause
    before ``end``: all after "that" is what was said ("He said that the partnerships
    announced during the state visit ..."), whatever preposition comes later."""
    return _said_then(article, start, end, _THAT)


def said_would(article: Article, start: int, end: int) -> bool:
    """Whether a past verb between offsets ``start`` and ``end`` is followed, before ``end``, by
    the backshifted modal of reported speech without "that": "She said the Agency would present
    its findings to the Ocean Summit" tells what is to come, no event that took place."""
    return _said_then(article, start, end, cues.BACKSHIFTED_MODALS)


_THAT = frozenset({cues.REPORTED_THAT})


def _said_then(article: Article, start: int, end: int, words: AbstractSet[str]) -> bool:
    """Whether one of ``words`` follows the first past verb between ``start`` and ``end``."""
    tokens = article.tokens
    span = tokens.within(start, end)
    said = next((i for i in span if tokens.words[i].form == "past"), None)
    return said is not None and any(tokens.lows[i] in words for i in range(said + 1, span.stop))


# A preposition of place just before an event cue: the speech is given there ("He welcomed
# delegates to the Forum", "she said at the opening ceremony"), not about it.
# The words between are the event's noun phrase: no other preposition but "of" opens there
# ("returned to Barbados following her visit": the visit is what was said).
@cache
def _at_event() -> re.Pattern[str]:
    """Compiled when first needed (it spells out the prepositions)."""
    word = r"(?!(?:" + "|".join(sorted(cues.PREPOSITIONS - {"of"})) + r")\b)[\w'’-]+"
    return pattern(
        r"\b(?:" + "|".join(cues.AT_EVENT_WORDS) + r")\s+(?:" + word + r"\s+){0,3}$", re.IGNORECASE
    )


# How far before an event cue a speech verb is looked for ("She welcomed the planned business
# forum"): a bounded window keeps a huge sentence linear.
_SAID_REACH = 200


class Cue(NamedTuple):
    """A scene cue found in the text: its kind and group, its span (offsets into Article.text),
    the sentence it stands in (Sentence.index) and whether "also" comes before it."""

    kind: ParagraphKind
    group: str  # the lexicon's cue group that matched it: "BILATERAL_COURTESY"
    start: int
    end: int
    sentence: int
    also: bool


SceneCues = tuple[tuple[Cue, ...], ...]  # per paragraph, in text order


# The last article's scene cues (``scene_cues``), by identity: a later stage asking for one
# paragraph's (the summary's) reads them instead of finding them again, which on a paragraph of
# thousands of sentences took a third of a second.
_LAST: tuple[Article, SceneCues] | None = None


def scene_cues(article: Article) -> SceneCues:
    """The scene cues of every paragraph: found once by ``analyse()`` and handed to
    classify_paragraphs, segment_sections and find_events, which all read them."""
    global _LAST
    found = tuple(_find_cues(article, p.index) for p in article.paragraphs)
    _LAST = (article, found)
    return found


def find_cues(article: Article, paragraph: int) -> tuple[Cue, ...]:
    """The scene cues of one paragraph, in text order: at each word of the token table, the
    first of the cues its key names that matches there."""
    last = _LAST  # read once: another thread (a Dask worker's) may replace it meanwhile
    if last is not None and last[0] is article:
        return last[1][paragraph]
    return _find_cues(article, paragraph)


def _find_cues(article: Article, paragraph: int) -> tuple[Cue, ...]:
    p = article.paragraphs[paragraph]
    text = article.text
    tokens = article.tokens
    lows, starts, at_word = tokens.lows, tokens.starts, _AT_WORD
    found: list[Cue] = []
    taken = 0
    for s in p.sentences:
        for i in tokens.sentence(s.index):
            # most words start no cue: one dict look-up each (``_cues_at`` for a new spelling)
            entries, cued = at_word.get(lows[i]) or _cues_at(lows[i])
            if cued is None:
                continue
            at = starts[i]
            if at < taken or text[at - 1 : at] == "-":
                continue  # a cue starts a word, not the part after a hyphen ("pre-forum")
            m = cued.match(text, at, p.end)
            if m is None:
                continue
            group = entries[int(str(m.lastgroup)[1:])].group
            taken = m.end()
            cue = _cue(article, s, group, m, found, p.start)
            if cue is not None:
                found.append(cue)
    return tuple(found)


_GROUPS_MET = "MEETING_GROUPS"
_MEETING_NOUNS = frozenset(form for form in cues.MEET_FORMS if form.endswith("ing"))  # "meeting"


_TALKS = "BILATERAL_TALKS"


def joint_body(text: str, cue: Cue) -> bool:
    """Whether a talks cue names the standing body of two states whose session is told: "the
    Joint Permanent Commission of Tarelia and Vosk", "the Bi-National Commission"
    (``JOINT_BODY_NOUNS``)."""
    words = text[cue.start : cue.end].split()
    return cue.group == _TALKS and bool(words) and words[-1].lower() in cues.JOINT_BODY_NOUNS


def own_meeting(text: str, cue: Cue) -> bool:
    """Whether a cue of a group met is the group's own meeting, its members after "of": "The
    session was preceded by a meeting of senior officials" (not "She met senior officials"):
    no counterparts the principal met, nor an activity apart from the talks."""
    if cue.group != _GROUPS_MET:
        return False
    words = text[cue.start : cue.end].lower().split()
    return len(words) > 1 and words[0].rstrip("s") in _MEETING_NOUNS and words[1] == "of"


_ONE_MET = "BILATERAL_MEETINGS"
_SERIES = "MEETING_SERIES"
# The first counterpart's words up to a coordinator, names and titles only ("the President of
# Lithuania, Mr. Ari Budd,"), then a second titled person: "[, and the] Prime Minister".
_AND_ANOTHER = pattern(
    r"(?:[\w.'’-]*)(?:(?:,\s*|\s+)(?:(?-i:[A-Z])[\w.'’-]*|of|the|for))*"
    r"(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+(?:with\s+)?(?:the\s+)?((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})"
)


def _met_several(text: str, m: re.Match[str], sentence_end: int) -> bool:
    """Whether a cue of talks with one counterpart names a second one in coordination: "She met
    the President of Lithuania, Mr. Ari Budd, and the Prime Minister of Poland" is two
    encounters, a series (not "the Minister of Trade and Industry", one office)."""
    after = _AND_ANOTHER.match(text, m.end(), sentence_end)
    if after is None:
        return False
    words = after.group(1).lower().split()
    return any(" ".join(words[:n]) in cues.TITLE_HEADS for n in (1, 2, 3))


_CREDENTIAL_WORDS = pattern(
    r"\b(?:"
    + "|".join(r"\s+".join(w.split()) for w in sorted(cues.CREDENTIAL_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def credentials_of_several(text: str, cue: Cue) -> bool:
    """Whether a cue of a group met is several envoys presenting their credentials: "received
    the letters of credence of three new Heads of Mission", "presented their credentials"."""
    return cue.group == _GROUPS_MET and _CREDENTIAL_WORDS.search(text, cue.start, cue.end) is not None


_OPENING_QUOTES = "“"
_CLOSING_QUOTES = "”"
_STRAIGHT_QUOTE = '"'


def in_quotation(text: str, start: int, at: int) -> bool:
    """Whether position ``at`` stands inside a quotation opened since ``start`` (the
    paragraph's start): more opening marks than closing ones, or an odd number of straight
    ones."""
    before = text[start:at]
    opened = sum(before.count(q) for q in _OPENING_QUOTES) - sum(before.count(q) for q in _CLOSING_QUOTES)
    return opened > 0 or before.count(_STRAIGHT_QUOTE) % 2 == 1


# Words before an event's name that make it one still to come, the sentence's scene another:
# "met [to prepare for] the Summit", "[ahead of] the Forum", "[preparations for] the Talks",
# "[preparations to host] the Summit".
FOR_LATER = pattern(
    r"\b(?:(?:prepare|prepares|prepared|preparing|preparation|preparations|ahead)\s+(?:for|of)"
    r"|(?:preparation|preparations|preparing|prepares|prepared|prepare)\s+to\s+(?:host|hold|convene|organi[sz]e))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# The capitalised words of a name before its head noun: "preparations for the [Northern] Summit".
_NAME_BEFORE = pattern(r"(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}$")
_INVITED_REACH = 160  # "invited [the Mayor of Lira, Ms. Ana Ruiz,] to open the festival"


def _common_start(words: AbstractSet[str]) -> str:
    """The letters all ``words`` start with: those the first and last in order share."""
    first, last = min(words), max(words)
    shared = min(len(first), len(last))
    return first[: next((i for i in range(shared) if first[i] != last[i]), shared)]


# What every word of an invitation starts with ("invit"): a cheap test before the pattern.
_INVITATION_STEM = _common_start(cues.INVITATION_WORDS)


@cache
def _invited_to() -> re.Pattern[str]:
    """An invitation to do something at an event, up to the event's noun: "[invited the Mayor
    to open the anniversary] festival", "[an invitation to attend the] Forum"."""
    verbs = _phrases(cues.INVITED_TO_VERBS)
    return pattern(
        rf"\b(?:{_phrases(cues.INVITATION_WORDS)})\b(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Hon)\.|[^.;:]){{0,100}}?"
        rf"\bto\s+(?:{verbs})\s+(?:[\w'’-]+\s+){{0,4}}$",
        re.IGNORECASE,
    )


def _name_start(text: str, sentence_start: int, at: int) -> int:
    """Where the name whose head noun starts at ``at`` starts: "preparations for the [Northern]
    Summit"; ``at`` when the word before it is no capitalised one (most nouns)."""
    space = text.rfind(" ", max(sentence_start, at - 40), at - 1)
    if space < 0 or not text[space + 1 : space + 2].isupper():
        return at
    name = _NAME_BEFORE.search(text, max(sentence_start, at - 80), at)
    return name.start() if name is not None else at


def _invited(text: str, start: int, end: int) -> bool:
    """Whether a word of an invitation may stand between ``start`` and ``end`` (its stem, in
    either case), looked for without a copy of the text."""
    return any(text.find(stem, start, end) >= 0 for stem in (_INVITATION_STEM, _INVITATION_STEM.title()))


def _to_come(text: str, sentence_start: int, m: re.Match[str]) -> bool:
    """Whether a gathering's noun names one still to come, a topic of the sentence's scene, not
    the scene: "They discussed preparations for the Summit", "They reviewed the upcoming
    ministerial conference" (its noun phrase opens on a word of what is announced). As the
    sentence's subject it is what the sentence tells: "The next Forum will take place in May"
    announces the event's next meeting."""
    named = _name_start(text, sentence_start, m.start())
    if FOR_LATER.search(text, max(sentence_start, named - 40), named) is not None:
        return True
    at = max(sentence_start, m.start() - _INVITED_REACH)
    if _invited(text, at, m.start()) and _invited_to().search(text, at, m.start()):
        return True  # "She invited the Mayor to open the anniversary festival in Redna"
    reach = text[max(0, m.end() - PHRASE_REACH) : m.end()].lower()
    if not any(word in reach for word in cues.ANNOUNCED_MODIFIERS):
        return False  # no such word where the phrase may start: most cues
    phrase = noun_phrase_before(text, m.end())
    if not phrase or phrase.split()[0].lower() not in cues.ANNOUNCED_MODIFIERS:
        return False
    before = text[sentence_start : m.end() - len(phrase)].split()
    return not (before == [] or (len(before) == 1 and before[0].lower() in cues.DETERMINERS))


_JOINT_TALKS = "BILATERAL_TALKS"  # "the Joint Economic Commission", "the talks were ..."


@cache
def _next_sitting() -> re.Pattern[str]:
    """A sitting still to come right before a body's name: "the [next session of the] Joint
    Commission", "its [upcoming meeting of the] Joint Committee"."""
    modifiers = _phrases(cues.ANNOUNCED_MODIFIERS)
    sittings = _phrases(cues.SITTING_NOUNS)
    return pattern(rf"\b(?:{modifiers})\s+(?:[\w-]+\s+)?(?:{sittings})s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _topic_to_come(text: str, sentence_start: int, group: str, m: re.Match[str]) -> bool:
    """Whether a gathering's cue names one still to come, a topic of the scene (``_to_come``),
    or a joint body's its next sitting is ("agreed to hold the next session of the Joint
    Commission": no talks of it)."""
    if group in _NAMED_GROUPS:
        return _to_come(text, sentence_start, m)
    return group == _JOINT_TALKS and _sitting_to_come(text, sentence_start, m.start())


def _sitting_to_come(text: str, sentence_start: int, at: int) -> bool:
    """Whether a joint body's name at ``at`` follows a sitting still to come: "The two sides
    agreed to hold the next session of the Joint Commission in May" tells no talks of it."""
    if not text.endswith(" of the ", max(sentence_start, at - 8), at) and not text.endswith(" of ", 0, at):
        return False  # the cheap check first: most cues stand elsewhere
    return _next_sitting().search(text, max(sentence_start, at - 60), at) is not None


# The two words before a cue: "cooperation in [international] fora", "[twelve panel] discussions".
_WORDS_BEFORE = pattern(r"(?:([\w'’-]+)\s+)?([\w'’-]+)\s+$")
_BARE_PLURAL = pattern(r"(?:s|fora|symposia)$", re.IGNORECASE)


def _generic(text: str, m: re.Match[str]) -> bool:
    """Whether an event cue names a kind of gathering, not one that took place: a bare plural
    after a word of scope ("cooperation in international fora", "at regional conferences")."""
    if not _BARE_PLURAL.search(m.group()):
        return False
    before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if before is None:
        return False
    first, scope = (before.group(1) or "").lower(), before.group(2).lower()
    return scope in cues.GENERIC_SCOPES and first not in cues.DETERMINERS


def _counted(text: str, m: re.Match[str]) -> bool:
    """Whether a panel cue counts the sessions of a programme: "twelve panel discussions were
    held", "five ministerial roundtables": the event's outline, not one panel. A count after
    "into" tells the participants going into the sessions, which is the scene: "the delegates
    split into four breakout groups"."""
    before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if before is None or (before.group(1) or "").lower() == "into":
        return False
    return any(w.isdigit() or w.lower() in cues.SESSION_COUNTS for w in before.groups() if w)


# A title "of" a body before its name: "[President of the] General Assembly".
_TITLE_OF = pattern(r"([\w-]+)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}$")
# A title in apposition after a comma, its portfolio, then "at" the body: ", [Head] of Risk
# Analysis at the ".
_POST_AT = pattern(
    r",\s*(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?((?-i:[A-Z])[\w'’-]*)"
    r"(?:\s+(?:of|for)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?-i:[A-Z])[\w'’-]*)?"
    r"\s+at\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}$"
)
# A delegation "of" or "from" a body before its name: "[a delegation from the] National Assembly".
_GROUP_OF = pattern(r"([\w-]+)\s+(?:of|from)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}$")


# The capitalised words after a gathering's noun: "National Assembly [Chairwoman]".
_NAME_WORDS = pattern(r"(?:\s+(?-i:[A-Z])[\w'’-]*)+")


def office_after(text: str, end: int) -> bool:
    """Whether the capitalised words after a gathering's noun ending at ``end`` are a title,
    so that the noun names the body of an office: "the National Assembly [Chairwoman]", "the
    Forum [Secretary General]" is a person, no gathering told."""
    after = _NAME_WORDS.match(text, end)
    if after is None:
        return False
    words = after.group().split()
    return any(" ".join(words[:n]).lower() in cues.TITLE_HEADS for n in (1, 2, 3))


def office_of(text: str, start: int) -> bool:
    """Whether a gathering's noun at ``start`` names the body of an office a title governs
    with "of": "the [President of the] General Assembly", "the [Chair of the] Summit" is a
    person, no gathering told; or one a verb of holding an office takes ("Tom Berg, who
    [chairs the city's] Environment Committee"); or the body a delegation comes from: "received
    [a delegation of the] National Assembly of Oskaria" (``DELEGATION_NOUNS``)."""
    lo = max(0, start - 80)
    before = _TITLE_OF.search(text, lo, start)
    if before is not None and _title_head(text, lo, before):
        return True
    return _held_office(text, start) or _delegation_of(text, lo, start) or _post_at(text, lo, start)


def _post_at(text: str, lo: int, start: int) -> bool:
    """Whether a gathering's noun at ``start`` names the body where someone in apposition holds
    a post: "Ms. Ana Ruiz, Head of Risk Analysis [at the] State Customs Committee", "Tom Berg,
    Senior Adviser at the Trade Centre" (not "the Minister at the Ports Summit said")."""
    if " at " not in text[lo:start]:
        return False  # most gatherings: no "at" before them
    post = _POST_AT.search(text, lo, start)
    return post is not None and post.group(1).lower() in cues.TITLE_HEADS


def _title_head(text: str, lo: int, before: re.Match[str]) -> bool:
    """Whether the word before "of" ends a title: "President", or with the word before it
    "Secretary General" ("the [Secretary General of the] Islands Forum": a person)."""
    last = before.group(1).lower()
    if last in cues.TITLE_HEADS:
        return True
    words = text[max(lo, before.start() - 30) : before.start()].split()
    return bool(words) and f"{words[-1].lower()} {last}" in cues.TITLE_HEADS


def _held_office(text: str, start: int) -> bool:
    window = text[max(0, start - _HELD_REACH) : start]
    if not any(verb in window for verb in cues.OFFICE_VERBS):
        return False  # most gatherings: no verb of an office before them
    held = _HELD_OFFICE.search(window)
    return held is not None and held.group(1).lower() in cues.OFFICE_VERBS


def _delegation_of(text: str, lo: int, start: int) -> bool:
    if not any(noun in text[lo:start].lower() for noun in cues.DELEGATION_NOUNS):
        return False  # most gatherings: no delegation before them
    group = _GROUP_OF.search(text, lo, start)
    return group is not None and group.group(1).lower() in cues.DELEGATION_NOUNS


_HELD_REACH = 60  # characters back to the verb: "chairs the city's Environment "


# The verb before the body an office holder heads, its determiner and up to two words (a
# possessive, a capitalised word of the name): "who [chairs the city's] Environment Committee".
_HELD_OFFICE = pattern(r"\b([a-z-]+s)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")


_SPEECHES = "MEETING_SPEECHES"
_MASS_NOUNS = frozenset({"speech"})  # countable as an event ("her speech"), a mass noun bare
# Up to three words before a noun, back to its determiner: "[the Minister’s long] speech".
_NOUN_PHRASE_BEFORE = pattern(r"(?:[\w'’-]+\s+){1,3}$")
_POSSESSIVE = pattern(r"['’]s?$")


_CEREMONIES = "MEETING_CEREMONIES"
# A name a preposition governs right before a participle ("to [the Energy Partnership] launched
# in 2024"), and what follows a participle with no object: a preposition of time, place or agent.
_OBJECT_NAME_BEFORE = pattern(r"\b(?P<prep>[a-z]+)\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,6}$")
_NO_OBJECT_AFTER = pattern(r"\s*(?:[,.;]|(?:in|on|by|at|last|earlier|during)\b)")


def _no_happening(group: str, text: str, m: re.Match[str]) -> bool:
    """Whether a speech or a ceremony's word names no speech given nor ceremony held: "freedom
    of speech" (``_mass``); "their commitment to the Energy Partnership launched in 2024", what
    the partnership is (``_reduced_relative``)."""
    if group == _SPEECHES:
        return _mass(text, m)
    return group == _CEREMONIES and _reduced_relative(text, m)


def _reduced_relative(text: str, m: re.Match[str]) -> bool:
    """Whether a ceremony's verb is a participle after a name that a preposition governs, with
    no object of its own: "reaffirmed their commitment to the Energy Partnership launched in
    2024" tells what the partnership is, no launch at the scene ("The Minister launched the
    portal", "The Chair of the Forum launched the plan" have a subject and an object)."""
    if not m.group().endswith("ed") or _NO_OBJECT_AFTER.match(text, m.end()) is None:
        return False
    before = _OBJECT_NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
    return before is not None and before.group("prep") in cues.PREPOSITIONS


def _mass(text: str, m: re.Match[str]) -> bool:
    """Whether a speech noun is the mass noun, not one speech given: "freedom of speech",
    "interactions and speech" have no determiner; "her speech", "a keynote speech", "the
    Minister’s speech" have one within the words before it (or a possessive)."""
    if m.group().lower() not in _MASS_NOUNS:
        return False
    before = _NOUN_PHRASE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if before is None:
        return True
    for word in reversed(before.group().split()):
        low = word.lower()
        if low in cues.DETERMINERS or _POSSESSIVE.search(low) or low[:1].isdigit():
            return False
        if low in cues.PREPOSITIONS or low in cues.COORDINATORS or not word.replace("-", "").isalpha():
            return True  # "of speech", "and speech": no determiner in its phrase
    return True


def _talked_about(article: Article, sentence_start: int, at: int) -> bool:
    """Whether an event noun at ``at`` stands in what was said about an event, which is no
    scene of its own: "She welcomed the planned business forum"; "He recalled that
    Parliament had adopted a statement" (not "He welcomed delegates to the Forum", where the
    words are spoken at it)."""
    text = article.text
    said_from = max(sentence_start, at - _SAID_REACH)
    if not reported(article, said_from, at):
        return False  # no speech verb before it: most cues
    if _next_predicate(article, at) and not said_that(article, said_from, at):
        return False  # "She thanked the guest and presented her with a medal": done, not said
    return not _at_event().search(text, max(sentence_start, at - 60), at) or said_that(article, said_from, at)


_AND_THEN = frozenset({"and", "then"})
# A perfect before a cue, an adverb maybe between: "[had already] signed", "[have] met".
_PERFECT = cues.PERFECT_AUXILIARIES | {"had"}
_PERFECT_REACH = 2


def _said_done_before(article: Article, sentence_start: int, at: int) -> bool:
    """Whether a scene's cue at ``at`` tells, in the perfect, what a speaker said had been done
    before: "She noted that eight members had already signed the protocol", "He said the two
    agencies have met twice since 2024". The scene is the speech's, not the one the words name."""
    tokens = article.tokens
    i = bisect.bisect_left(tokens.starts, at)
    before = tokens.lows[max(0, i - _PERFECT_REACH) : i]
    if _PERFECT.isdisjoint(before):
        return False  # most cues: no perfect before them
    return reported(article, max(sentence_start, at - _SAID_REACH), at)


def _next_predicate(article: Article, at: int) -> bool:
    """Whether the cue at ``at`` opens on a past verb coordinated after the speech verb's
    object: "The Dean thanked the speaker and presented him with an award" tells a second
    act, not what was said."""
    tokens = article.tokens
    i = bisect.bisect_left(tokens.starts, at)
    return (
        0 < i < len(tokens)
        and tokens.lows[i - 1] in _AND_THEN  # first: the rarest
        and tokens.starts[i] == at
        and (
            tokens.words[i].form == "past"
            or tokens.lows[i] in cues.PAST_FORMS
            or tokens.lows[i].endswith("ed")
        )
    )


# The cue groups of talks begun with a counterpart: met, received, called on, telephoned.
ENCOUNTER_GROUPS = frozenset(
    {"BILATERAL_MEETINGS", "BILATERAL_CALLS", "BILATERAL_COURTESY", "BILATERAL_CREDENTIALS"}
)
# The post of the one a talks cue names, its head word: "met [the] Minister of Fisheries",
# "paid a farewell call on the Speaker".
_POST = pattern(r"\s*(?:(?:the|his|her|their|its)\s+)?((?-i:[A-Z])[\w-]*)")


def post_met(text: str, cue: Cue) -> str | None:
    """The post (a title's head word, lowercase) of the one a talks cue names right after it,
    if it opens on one: "minister" of "met the Minister of Fisheries"; not "his counterpart"
    (the one met before), nor a name."""
    at = cue.end - 1 if text[cue.end - 1 : cue.end].isupper() else cue.end
    m = _POST.match(text, at)
    word = m.group(1).lower() if m else ""
    return word if word in cues.TITLE_HEADS and word not in cues.MUTUAL_RELATIVE_NOUNS else None


# A definite noun that points back to talks already told: "the talks", "the discussions".
_BACK_TO_TALKS = pattern(r"the\s+(?:talks|discussions?|meeting)\b", re.IGNORECASE)


def names_no_scene(article: Article, paragraph_start: int, sentence_start: int, m: re.Match[str]) -> bool:
    """Whether an event noun ``m`` names no event that took place (what a label must not
    name either): it stands in a quotation ('“UNECE is a neutral forum”'), names a kind of
    gathering ("cooperation in regional fora") or stands in what was said about an event."""
    text = article.text
    return (
        in_quotation(text, paragraph_start, m.start())
        or _generic(text, m)
        or _talked_about(article, sentence_start, m.start())
    )


# A relative clause opened after a comma, still open at the cue: "Ms. Roth, [whose council] ...".
@cache
def _open_relative() -> re.Pattern[str]:
    return pattern(r",\s+(?:" + "|".join(sorted(cues.TITLE_RELATIVES)) + r")\b[^,;:()“”\"]*$", re.IGNORECASE)


_VERB_REACH = 30  # the comma closing the clause, then the verb: ", also said"


def _describes_speaker(article: Article, s: Sentence, m: re.Match[str]) -> bool:
    """Whether a background or an event's cue stands in a relative clause between commas whose
    sentence goes on with a speech verb: "Ms. Roth, whose council represents 40 shipping lines,
    said: ...", "Mr. Finch, who launched the exchange in 2015, said ..." tell what was said at
    the scene; the clause only says who speaks."""
    text = article.text
    if _open_relative().search(text, max(s.start, m.start() - _SAID_REACH), m.start()) is None:
        return False
    close = text.find(",", m.end(), s.end)
    return close >= 0 and reported(article, close, min(s.end, close + _VERB_REACH))


def _wh_before(text: str, s: Sentence, m: re.Match[str]) -> bool:
    """Whether ", who", ", whose" or ", which" opens before an event's cue in its sentence: the
    cheap test before ``_describes_speaker`` reads the clause (almost no event cue is in one)."""
    return text.find(", wh", max(s.start, m.start() - _SAID_REACH), m.start()) >= 0


def _phrases(words: Iterable[str]) -> str:
    """A regex alternation of phrases, the longest first, any spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def _announcing() -> str:
    """An announcing auxiliary and the adverbs after it: "will also", "is scheduled to"."""
    return (
        rf"(?<![\w'’])(?:{_phrases(cues.ANNOUNCING_AUXILIARIES)})\s+"
        rf"(?:(?:{_phrases(cues.ANNOUNCING_ADVERBS)})\s+){{0,2}}"
    )


@cache
def _announced_at() -> re.Pattern[str]:
    # "will also [meet]", "is expected to hold [talks with]", "will pay a [courtesy call]", "will
    # be [received] by"
    light = _phrases(cues.ANNOUNCING_LIGHT_VERBS)
    return pattern(
        rf"{_announcing()}(?:be\s+|(?:{light})\s+(?:[\w-]+\s+){{0,2}}?)?$",
        re.IGNORECASE,
    )


@cache
def _announced_encounter() -> re.Pattern[str]:
    return pattern(_announcing() + rf"(?:{_phrases(cues.ANNOUNCED_ENCOUNTERS)})(?![\w-])", re.IGNORECASE)


@cache
def _announced_clause() -> re.Pattern[str]:
    return pattern(_announcing() + r"(?:be\s+)?(?-i:[a-z])[\w-]*\b", re.IGNORECASE)


# A word and the one after it: a past form ("met", "signed") tells what took place, unless a
# passive participle's agent follows ("a forum [organised by] the Chamber").
_WORD_AND_NEXT = pattern(r"([\w'’-]+)(?=\s+([\w'’-]+))?")


def _tells_past(text: str, start: int, end: int) -> bool:
    """Whether a finite past verb stands in ``[start, end)``: "he will chair the session, [met]"."""
    for m in _WORD_AND_NEXT.finditer(text, start):  # the next word may stand past ``end``
        if m.start() >= end:
            return False
        if past_form(m.group(1)) and (m.group(2) or "").lower() != "by":
            return True
    return False


def announced(text: str, sentence_start: int, at: int) -> bool:
    """Whether the words at ``at`` tell what is still to be done: right after an announcing
    auxiliary ("The delegation will also [meet] the Clerk", "She is expected to [call on] the
    Governor") or in the clause of its verb, no past verb between ("he will address a business
    [forum]"; not "Mr. Lee, who will chair the session, [met] the Governor")."""
    lo = max(sentence_start, at - _SAID_REACH)
    if not _may_announce(text, lo, at):
        return False
    if _announced_at().search(text, lo, at) is not None:
        return True
    ends = [m.end() for m in _announced_clause().finditer(text, lo, at)]
    return bool(ends) and not _tells_past(text, ends[-1], at + len(_first_word(text, at)))


@cache
def _verb_announced() -> re.Pattern[str]:
    return pattern(r"[^,;:.()“”\"]{0,60}?\s" + _announcing(), re.IGNORECASE)


def announced_after(text: str, at: int, end: int) -> bool:
    """Whether the subject at ``at`` goes on, before ``end`` and any comma, to an announcing
    auxiliary: "A meeting of senior officials [will be held] in March", "The Craft Week [is
    due to] open on Friday"."""
    return _verb_announced().match(text, at, end) is not None


_SUBJECT_CHARS = 40  # from a sentence's start to a cue in its subject: "The third annual Ports"


def subject_to_come(article: Article, cue: Cue) -> bool:
    """Whether a cue stands in its sentence's subject, whose verb tells it still to come: "A
    meeting of senior officials will be held in March", "The Union's summit of leaders is due to
    open in May"."""
    sentence = article.sentences[cue.sentence]
    return cue.start - sentence.start <= _SUBJECT_CHARS and announced_after(
        article.text, cue.end, sentence.end
    )


def _first_word(text: str, at: int) -> str:
    m = _WORD_AND_NEXT.match(text, at)
    return m.group(1) if m else ""


def in_announced_encounter(text: str, sentence_start: int, at: int) -> bool:
    """Whether ``at`` stands after an announced encounter's verb in its sentence, where the one
    still to be met is named: "He will also meet the Minister of Energy, [Mr. Lars Vik]"."""
    return (
        _may_announce(text, sentence_start, at)
        and _announced_encounter().search(text, sentence_start, at) is not None
    )


# The last word or two of each announcing auxiliary ("will", "expected to"): every announcing
# phrase holds one, so a span without any announces nothing, which most spans are.
_ANNOUNCING_ENDS = tuple(dict.fromkeys(" ".join(a.split()[-2:]) for a in cues.ANNOUNCING_AUXILIARIES))


def _may_announce(text: str, start: int, end: int) -> bool:
    words = " ".join(text[start:end].lower().split())
    return any(end_words in words for end_words in _ANNOUNCING_ENDS)


_TO_BE = pattern(r"(?<![\w'’])to\s+be\s+$", re.IGNORECASE)

# The groups of encounters besides the talks' own: a group met, a visit or a stop of the trip.
# An event still to come ("will feed into the Water Conference") stays an event told.
_ENCOUNTER_GROUPS = frozenset({"MEETING_GROUPS", "MEETING_VISITS", "MEETING_SERIES"})
_ENCOUNTER_KIND: ParagraphKind = "bilateral"


def _encounter(group: str) -> bool:
    return group in _ENCOUNTER_GROUPS or group_kind(group) == _ENCOUNTER_KIND


def _announced_scene(
    article: Article, s: Sentence, m: re.Match[str], found: Sequence[Cue], start: int, *, whole: bool
) -> bool:
    """Whether a cue tells an encounter still to come, after the scene was told: "During his
    visit, he will also meet the Minister of Energy" closes a release on talks held. A lead
    that opens on one announces what the release is about ("The Minister will meet ..."); the
    travel home told last closes the visit, whose line it is. Of other cues (``whole`` false),
    an event still to come is one the release tells ("will feed into the Water Conference"),
    but not a noun's passive infinitive: "the tender for the wind farm, to be launched in May"
    says when, no scene."""
    lead = start == article.paragraphs[0].start and not found
    if lead or _first_word(article.text, m.start()).lower() in cues.TRIP_END_VERBS:
        return False  # "The delegation will return to Sarno on Friday": the visit's closing line
    if not whole:  # an event still to come is told; only a noun's passive infinitive is not
        return _TO_BE.search(article.text, max(s.start, m.start() - 12), m.start()) is not None
    return announced(article.text, s.start, m.start()) and not release_announces(article)


def release_announces(article: Article) -> bool:
    """Whether the release announces its event: its lead's first sentence tells it still to come,
    no past verb before the announcing auxiliary ("Minister Lund will travel to Vell next week
    to attend the Ports Summit"). Then every encounter it tells later is to come too, a scene
    of its own ("She will also hold talks with her Kessan counterpart"), not an aside after the
    scene told."""
    lead = article.paragraphs[0].sentences
    if not lead:
        return False
    first = lead[0]
    m = _announced_clause().search(article.text, first.start, first.end)
    return m is not None and not _tells_past(article.text, first.start, m.start())


def _announced_aside(article: Article, s: Sentence, m: re.Match[str]) -> bool:
    """Whether an event cue stands in a relative clause between commas that tells what someone
    will do, the sentence going on after it: "The Premier, who will chair the investment summit
    in May, welcomed the Minister" (the summit says who he is; the welcome is the scene)."""
    text = article.text
    rel = _open_relative().search(text, max(s.start, m.start() - _SAID_REACH), m.start())
    if rel is None or not announced(text, rel.start(), m.start()):
        return False
    close = text.find(",", m.end(), s.end)
    return close >= 0 and bool(text[close + 1 : s.end].strip(" .\n"))


_COPULAS = frozenset({"is", "are", "was", "were", "will"})
# What opens a clause inside the subject: "The Centre[,] ...", "the office [which] is ...".
_CLAUSE_OPENER = pattern(r"[,;:()]|\b(?:which|that|who|whose|where)\b", re.IGNORECASE)


def _main_copula(text: str, sentence_start: int, m: re.Match[str]) -> bool:
    """Whether a background cue opens on the sentence's own verb, a copula after a bare
    subject: "The hearing is the fourth in a series of consultations" says what the event is
    in the series (background), where "She opened the Centre, which is based in Kisumu" tells
    the scene with a detail."""
    first = m.group().split(maxsplit=1)[0].lower()
    return first in _COPULAS and _CLAUSE_OPENER.search(text, sentence_start, m.start()) is None


def _cue(
    article: Article, s: Sentence, group: str, m: re.Match[str], found: Sequence[Cue], paragraph_start: int
) -> Cue | None:
    """The cue a match makes in sentence ``s``, or None when it tells no scene of its own."""
    text = article.text
    kind = group_kind(group)
    role = KIND[kind].role
    if role == "event" and (in_quotation(text, paragraph_start, m.start()) or _generic(text, m)):
        return None  # what was said: “... at ministerial meetings”; "cooperation in regional fora"
    if group in _NAMED_GROUPS and (office_of(text, m.start()) or office_after(text, m.end())):
        return None  # "the President of the General Assembly", "the Forum Chair": a person
    if _no_happening(group, text, m):
        return None  # "freedom of speech"; "the Energy Partnership launched in 2024"
    if group == _SESSIONS and _counted(text, m):
        return None  # "the forum held twelve panel discussions": an outline of the event
    if (role == "background" or (role == "event" and _wh_before(text, s, m))) and _describes_speaker(
        article, s, m
    ):
        # "Ms. Roth, whose council represents 40 lines, said: ...", "Mr. Finch, who launched
        # the exchange, said ...": who speaks
        return None
    if role == "event" and _announced_aside(article, s, m):
        return None  # "The Premier, who will chair the summit in May, welcomed her": who he is
    if role != "background" and _announced_scene(
        article, s, m, found, paragraph_start, whole=_encounter(group)
    ):
        return None  # "The delegation will also meet the Clerk": announced, no scene
    if role == "background" and reported(article, s.start, m.start()):
        return None  # "He recalled that the Centre was established in 1998": said at the scene
    if role == "event" and _talked_about(article, s.start, m.start()):
        return None
    if role == "scene" and _said_done_before(article, s.start, m.start()):
        return None  # "She noted that eight members had already signed the protocol": what was said
    if _topic_to_come(text, s.start, group, m):
        return None  # "The Ministers discussed the upcoming summit in Valletta": a topic
    if _BACK_TO_TALKS.match(text, m.start()) and _talked_about(article, s.start, m.start()):
        return None  # "She said the talks had been frank": what was said of the scene told
    if (
        role == "background"
        and found
        and found[-1].sentence == s.index
        and KIND[found[-1].kind].role != role
        and not _main_copula(text, s.start, m)
    ):
        return None  # a detail of the scene: "She visited the Centre, which is based in Kisumu"
    also = _ALSO.search(text, max(s.start, m.start() - 40), m.start()) is not None
    if group == _ONE_MET and _met_several(text, m, s.end):
        return Cue(group_kind(_SERIES), _SERIES, m.start(), m.end(), s.index, also)  # two met
    return Cue(kind, group, m.start(), m.end(), s.index, also)
