"""Paragraph kinds: which part of the event each paragraph tells.

``classify_paragraphs(article, cues, frame)`` gives each body paragraph a kind (GUIDE.md):
``meeting``, ``panel``, ``bilateral`` or ``other``, from the scene cues of
``briefcli.analysis.scenes`` and the frame of the whole article (``briefcli.analysis.frames``).

- A sentence's kind is that of its most telling cue: background ("It will be recalled that")
  over bilateral ("met with the Minister") over panel ("panel discussion") over meeting
  ("attended the Forum"), because the specific scene is told inside the general one ("During
  his visit, he met with the Minister" is the talks, not the visit). "On the margins of the
  Summit" says where, not what: what happened there decides ("he engaged with a number of
  members" is the event), and the event it names is only its frame.
- A paragraph's kind is that of its first sentence with a cue, unless that is ``meeting`` and a
  later sentence opens a panel or a bilateral scene: the general sentence then frames the
  specific one ("Over 160 delegates attended the Seminar. The Director spoke on its panel.").
  A later sentence whose cue comes after "also" ("He also met with the Minister") adds an
  activity to the paragraph's scene and does not change the kind. A background cue in a later
  sentence of a paragraph whose first sentence narrates the scene is an aside inside it ("He
  noted that ... . AFI, founded in 2008, ..."), and a gathering only named after a panel or
  talks were told is talked about there, not gone back to ("The Summit was recalled as a
  first step").
- A paragraph without a cue carries on the scene where the previous paragraph ended, which is
  the kind of that paragraph's last cue ("She also met Prime Minister Tanabe." then "Prime
  Minister Tanabe welcomed ..." is the talks). A background paragraph is an aside: the scene resumes
  after it. The first paragraph of a press release tells the event as a whole: with no cue
  it is ``meeting``, unless it tells present facts only ("Although the two ports trade
  heavily, the Authority seeks ...": background; not "Ministers meet in Suva", nor "The
  Secretary-General has praised ...", ``tells_lead``). A speaker's own turn in a panel
  ("During her presentation, ...") goes on with the panel; the event's keynote does not.
- In an article framed as one encounter or one panel, the event as a whole is that scene, from
  the first paragraph on: "visited the Headquarters", "the conference of the two
  administrations", "his speech" are the talks or the panel. What stands apart from the frame
  keeps its own kind: a group met, a ceremony, a later visit, a word to the press ("In an
  interview with the Vell Post, ...") or a gathering still to come beside one encounter; a
  ceremony, a meal or a visit beside one panel (its keynote and opening are the panel's).
- Only a paragraph that narrates carries on a scene (``narrates``): a past verb, the future, a
  subject pronoun (a plural one with a past or future verb: "they agreed", not "the role they
  play"), a stance ("is confident that"), reported speech or a quotation. One of present
  facts alone ("The Authority trains 300 pilots a year. Its office is in Lomé.") is
  background, and its event nouns are no event ("provides a forum for dialogue"; but a visit
  someone is on now is: "The Governor is on a three-day visit to Lira"); unless it
  opens on what the scene left behind ("The agreement covers ..." after the signing,
  ``takes_up``).
  Neither what a document says ("The study highlights that ...") nor what a body says of
  itself in the present ("The Authority said it expects ...") narrates.
- A paragraph without cues whose happenings are all told at a time before the event ("Trade
  between the two countries doubled last year.") is background (``tells_earlier``), unless the
  scene's people tell them ("She recalled that trade doubled last year").
- A series of talks ("She also met Mayor A, Minister B and Speaker C.") is the visit, and the
  paragraphs after it without a cue tell its talks, one counterpart at a time (bilateral).
- A paragraph whose scene cues are all dated in a year before the event's ("The two agencies
  signed an MoU in 2021." in a release on a 2023 visit) is background, unless the scene's
  people tell it (``told_years_before``).
- The layout of the page (``laid_out``): a heading ("Session 2: Who pays for green ports?", a
  date line) is the kind of the paragraph it heads; a list item ("• Trade in the region; and")
  goes on with the paragraph before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from briefcli.analysis.frames import Frame, frame_article, is_heading
from briefcli.analysis.grammar import is_verbish
from briefcli.analysis.interview import interview_turns
from briefcli.analysis.scenes import (
    BACKGROUND_KIND,
    Cue,
    SceneCues,
    announced,
    compile_cues,
    gathering_nouns,
    own_meeting,
    reported,
    scene_cues,
    subject_to_come,
)
from briefcli.analysis.tense import past_form
from briefcli.lang import en as cues
from briefcli.lang.en import MONTH_NAMES, MONTHS, ORG_CUES, PAST_FORMS, WEEKDAY_NAMES, cue_form
from briefcli.model import EVENT_KIND, KIND, Article, ParagraphKind
from briefcli.regexes import alternation, pattern

_MARGINS = "BILATERAL_MARGINS"  # "On the margins of the Summit, ...": where, not what
# The frame of a margins cue: "[of the 78th session of the General Assembly], the Minister ...",
# up to the first comma.
_FRAME = pattern(r"\s+of\b[^,;:()]{0,100}")


def _scene_cues(sentence_cues: Sequence[Cue], text: str) -> list[Cue]:
    """The cues that tell a sentence's scene. "On the margins of" says where something happened,
    not what: the event it names is the frame ("On the margins of the Summit, ..."), and what
    happened there decides ("..., she met with the Minister": talks; "..., he engaged with a
    number of members" or "a side event on the margins of": the event). Alone, it tells talks."""
    margins = [c for c in sentence_cues if c.group == _MARGINS]
    if not margins:
        return list(sentence_cues)
    frames = []
    for cue in margins:
        m = _FRAME.match(text, cue.end)
        frames.append((cue.end, m.end() if m else cue.end))
    rest = [
        c
        for c in sentence_cues
        if c.group != _MARGINS and not any(start <= c.start < end for start, end in frames)
    ]
    return rest or margins


_NAMED = "MEETING_EVENTS"  # "the Summit", "the annual conference": a gathering named


def _sentence_kinds(found: Sequence[Cue], text: str) -> list[tuple[ParagraphKind, bool, bool]]:
    """(kind, also, named) per sentence that has a cue, in order; ``named`` when its cues only
    name a gathering ("The Summit was highlighted as a first step")."""
    by_sentence: dict[int, list[Cue]] = {}
    for cue in found:
        by_sentence.setdefault(cue.sentence, []).append(cue)
    out = []
    for sentence in sorted(by_sentence):
        sentence_cues = _scene_cues(by_sentence[sentence], text)
        kind = min((c.kind for c in sentence_cues), key=lambda k: KIND[k].precedence)  # lowest wins
        also = all(c.also for c in sentence_cues if c.kind == kind)
        out.append((kind, also, all(c.group == _NAMED for c in sentence_cues)))
    return out


def paragraph_kind(found: Sequence[Cue], text: str) -> tuple[ParagraphKind | None, ParagraphKind | None]:
    """The kind a paragraph's own cues give (None without cues) and the scene it ends in;
    ``text`` is the article's text the cues point into."""
    kinds = _sentence_kinds(found, text)
    if not kinds:
        return None, None
    kind = kinds[0][0]
    for later, also, _ in kinds[1:]:
        if KIND[kind].role == "event" and KIND[later].role == "scene" and not also:
            kind = later
    # A gathering only named after the scene was told is talked about there, not gone back to
    ends = [k for k, _, named in kinds if not (named and KIND[kind].role == "scene")] or [kind]
    if _ends_in_series(found):
        return kind, _SERIES_SCENE  # "He also met A, B and C." | "A praised ...": A's talks
    return kind, ends[-1]


_SERIES = "MEETING_SERIES"
_SERIES_SCENE: ParagraphKind = "bilateral"  # what a series of talks is made of


def _ends_in_series(found: Sequence[Cue]) -> bool:
    """Whether a paragraph's last sentence with a cue tells a series of talks and nothing else
    ("He also met Prime Minister A, Minister B and Governor C."): the paragraphs after it tell
    the talks, one counterpart at a time."""
    last = found[-1].sentence if found else None
    return last is not None and all(c.group == _SERIES for c in found if c.sentence == last)


_PAST = frozenset(PAST_FORMS) - {"been"}  # "has been" is the present perfect
_MONTH_NAMES = frozenset(MONTH_NAMES) | {word for word in MONTHS if len(word) > 3}  # "Sept" too
_WEEKDAY_NAMES = frozenset(WEEKDAY_NAMES)
_QUOTES = frozenset('“”"‘')  # "‘" opens a quotation; "’" is also an apostrophe
# Besides words, narration reads commas (a participle may follow one: "The Charter, adopted
# in") and quotation marks.
_MARKS = _QUOTES | {","}
_LONE_MARKS = frozenset("'’-")  # read as words, as "members’" and "mid-" are


_KEPT_MARKS = _LONE_MARKS | _MARKS


def _words(article: Article, tokens: range, *, marks: bool = True) -> list[str]:
    """The words of a range of the token table (with its commas and quotation marks when
    ``marks``): the word tokens, and the apostrophes and hyphens that stand alone."""
    table = article.tokens
    kept = _KEPT_MARKS if marks else _LONE_MARKS
    return [table.texts[i] for i in tokens if not table.words[i].punct or table.texts[i] in kept]


def _paragraph_tokens(article: Article, paragraph: int) -> range:
    return article.tokens.paragraph(article.paragraphs[paragraph])


def _word_at(words: Sequence[str], i: int) -> str:
    """Word ``i``, or "" before the first word and after the last."""
    return words[i] if 0 <= i < len(words) else ""


def _dated(words: Sequence[str], i: int) -> bool:
    """Whether word ``i`` dates a happening: a weekday ("on Wednesday") or a month next to a
    day ("until 18 April", "on April 18"); a year alone ("founded in 1998") dates none."""
    word = words[i]
    if not word.istitle():
        return False
    low = word.lower()
    if low in _WEEKDAY_NAMES:
        return True
    if low not in _MONTH_NAMES:
        return False
    return _word_at(words, i - 1)[:1].isdigit() or _word_at(words, i + 1)[:1].isdigit()


_SELF_NEXT = frozenset({cues.SELF_PRONOUN, cues.REPORTED_THAT})


def _self_statement(words: Sequence[str], i: int) -> bool:
    """Whether word ``i`` is a past speech verb by which a body (an organisation's noun or an
    acronym before it) states, in the present, a fact about itself: "The Authority said it
    expects volumes to grow"; "The GCPA stated that it has 40 members". What a body states of
    itself in the present stands beyond the event."""
    if not _word_at(words, i + 2) or words[i + 1] not in _SELF_NEXT or cue_form(words[i]) != "past":
        return False  # the cheap checks first: this runs at every word
    speaker = _word_at(words, i - 1)
    if speaker.lower() not in ORG_CUES and not (len(speaker) > 1 and speaker.isupper()):
        return False  # a person's "it" is something else: "The Governor said it is a historic day"
    pronoun = i + 2 if words[i + 1] == cues.REPORTED_THAT else i + 1  # "stated that it has"
    verb = _word_at(words, pronoun + 1).lower()
    if words[pronoun] != cues.SELF_PRONOUN or not verb:
        return False
    present = verb.endswith("s") and not verb.endswith("ss") and verb not in _PAST  # "expects"
    return present or verb in cues.PRESENT_VERBS


_INFINITIVE = "to"


def _reports(words: Sequence[str], i: int) -> bool | None:
    """Whether word ``i`` is a speech verb that reports speech ("Delegates agree that ..."):
    True; one that tells what a document says, a standing fact ("The study highlights that"):
    False; None when it is no speech verb before "that"."""
    if _word_at(words, i + 1) != cues.REPORTED_THAT:
        return None
    form = cue_form(words[i])
    if not form or _word_at(words, i - 1).lower() == _INFINITIVE:
        return None  # "the ambition to [ensure] that ...": an infinitive reports nothing said
    by_document = any(w.lower() in cues.REPORT_NOUNS for w in words[max(0, i - 3) : i])
    return not (form == "s" and by_document)


def _after_apposition(words: Sequence[str], i: int) -> bool:
    """Whether the comma before word ``i`` closes an apposition of capitalised words after a
    first phrase: "The Minister of Niger, [Ms. Aicha Moussa], called for ..." (its main verb),
    not "The Charter, adopted in 2001, ..." (a participle after the subject's comma)."""
    commas = [k for k in range(i) if words[k] == ","]
    if len(commas) < 2 or commas[-1] != i - 1:
        return False
    inside = words[commas[-2] + 1 : commas[-1]]
    return bool(inside) and all(w[:1].isupper() or w in {".", "of", "the"} for w in inside)


def _past_ed(words: Sequence[str], i: int) -> bool:
    """Whether a lowercase "-ed" word ``i`` is a past verb, not a participle or an adjective:
    "is funded", "a specialised agency", "the report prepared by", "The Charter, adopted in
    2001, sets out", "trade and related services" tell no happening."""
    word = words[i].lower()
    if "-" in word and word.partition("-")[0] in cues.VERB_PREFIXES:
        word = word.partition("-")[2]  # "co-chaired": a prefixed verb
    if not words[i].endswith("ed") or "-" in word or len(word) < 4 or word in cues.NOT_PAST_ED:
        return False  # a capitalised "-ed" word is a name: "the United Nations"
    before, after = _before_adverbs(words, i), _word_at(words, i + 1)
    if before in cues.PARTICIPLE_LEADS or after in cues.PARTICIPLE_BY:
        return False
    if before == "," and after in cues.PARTICIPLE_AFTER_COMMA and not _after_apposition(words, i):
        return False
    return not (
        before in cues.ADJECTIVE_COORDINATORS and after.islower() and after not in cues.PARTICIPLE_LEADS
    )


_PLURAL_SUBJECTS = frozenset({"they", "we"})
_STANCE_LEADS = frozenset({"is", "are", "am", "remains", "remain"})
_LATER_AUXILIARIES = frozenset({"will", "would", "shall", "should", "could", "might", "had"})


def _tells_past(words: Sequence[str], i: int) -> bool:
    """Whether the verb from word ``i`` on (past adverbs) is past or to come: "they [also]
    agreed", "we will", "they had"; not "they play", "we need"."""
    verb = _after_adverbs(words, i).lower()
    if verb in _PAST or verb in cues.NARRATING_AUXILIARIES or verb in _LATER_AUXILIARIES:
        return True
    return verb.endswith("ed") and verb not in cues.NOT_PAST_ED


def narrates(article: Article, tokens: range) -> bool:
    """Whether the words of ``tokens`` (a range of the token table) tell a scene: a past verb
    ("welcomed", "met"), the future ("will"), a subject pronoun ("She added ..."), reported
    speech, a quotation or a day ("The Week runs until 18 April"). Present facts alone ("The
    Authority trains 300 pilots a year. Its office, opened in 2001, is in Lomé.") tell none."""
    return _narrates(tuple(_words(article, tokens)))


# A long text says the same short paragraph many times ("They spoke."): it is read once.
@lru_cache(maxsize=1024)
def _narrates(words: tuple[str, ...]) -> bool:
    aside = -1  # the comma that closes a relative clause set off inside the sentence
    for i, token in enumerate(words):
        if i < aside:
            continue
        word = token.lower()
        if token == "," and (aside := _aside_end(words, i)) > i:
            continue  # "The line, which carried timber until it closed in 2025, is ...": its history
        if word in _PLURAL_SUBJECTS and not _tells_past(words, i + 1):
            continue  # "the role they play": what a body's members do, in the present
        if word in _STANCE_LEADS and _stance_or_to_come(words, i + 1):
            return True  # "The Governor is confident that ...", "She is expected to speak": as a verb would
        if token in _QUOTES or word in cues.NARRATING_WORDS or word in cues.NARRATING_AUXILIARIES:
            return True
        if _self_statement(words, i):
            continue  # an organisation's standing word: "The Authority said it expects growth"
        if (word in _PAST and _before_adverbs(words, i) not in cues.PARTICIPLE_LEADS) or _dated(words, i):
            return True  # "met", not "is held every year"; "on Wednesday"
        reports = _reports(words, i)
        if reports is not None:
            if reports:
                return True
            continue
        if _past_ed(words, i):
            return True
    return False


# "expected" of "is expected to": the future told as "will" tells it ("She is due to speak")
_TO_COME = frozenset(
    words[1] for words in map(str.split, cues.ANNOUNCING_AUXILIARIES) if len(words) == 3 and words[0] == "is"
)


def _stance_or_to_come(words: Sequence[str], i: int) -> bool:
    """Whether the words from ``i`` on, after "is" or "are", tell a stance ("[confident] that")
    or what is still to be done ("[expected to] present the plan"), as a verb would."""
    while _word_at(words, i).lower() in cues.ADVERBS or _word_at(words, i).endswith("ly"):
        i += 1  # "is [also] expected to"
    word = _word_at(words, i).lower()
    return word in cues.STANCE_ADJECTIVES or (word in _TO_COME and _word_at(words, i + 1) == _INFINITIVE)


_ASIDE_RELATIVES = cues.RELATIVES - {"that"}  # ", which", ", who": a clause set off by commas
_ASIDE_REACH = 20  # words: a relative clause set off inside its sentence is shorter


def _aside_end(words: Sequence[str], comma: int) -> int:
    """The comma that closes a relative clause opened at ``comma`` (", which ... ,"), within a
    few words and with no quotation mark between; -1 when none: what the clause tells is a
    detail of its noun, the sentence's own verb tells whether it narrates."""
    if _word_at(words, comma + 1).lower() not in _ASIDE_RELATIVES:
        return -1
    for j in range(comma + 2, min(len(words), comma + 2 + _ASIDE_REACH)):
        if words[j] in _QUOTES:
            return -1
        if words[j] == ",":
            return j
    # a clause that runs to the paragraph's end is the detail of the noun before it too: "...
    # share the ambition to do well at the next summit, which will take place in Lira in 2030."
    return len(words) if len(words) <= comma + 2 + _ASIDE_REACH else -1


def _after_adverbs(words: Sequence[str], i: int) -> str:
    """The first word from ``i`` on that is no adverb: "[further] prompted" -> "prompted"."""
    while _word_at(words, i).lower() in cues.ADVERBS or _word_at(words, i).endswith("ly"):
        i += 1
    return _word_at(words, i)


_SKIPPED_ADVERBS = cues.ADVERBS - cues.PARTICIPLE_LEADS  # "well", "newly" lead a participle


def _skipped(word: str) -> bool:
    low = word.lower()
    return low in _SKIPPED_ADVERBS or (low.endswith("ly") and low not in cues.PARTICIPLE_LEADS)


# A quantifier that floats after its noun phrase: "they all agreed", "X, Y and Z, all spoke".
_FLOATING = frozenset({"all", "both", "each"})
# What a floating quantifier follows: a comma or a subject pronoun ("of all registered
# members", "in both affected ports" lead a participle).
_FLOATS_AFTER = frozenset({",", "they", "we", "who"})


def _before_adverbs(words: Sequence[str], i: int) -> str:
    """The last word before ``i`` that is no adverb, lowercased: "has [further] prompted" ->
    "has"; "newly" and "well" are kept: they make a participle. A quantifier floating after
    its subject leads no participle: "they [all] agreed" -> "they"."""
    i -= 1
    while i > 0 and _skipped(words[i]):
        i -= 1
    word = _word_at(words, i).lower()
    if word in _FLOATING and _word_at(words, i - 1).lower() in _FLOATS_AFTER:
        return _word_at(words, i - 1).lower()
    return word


_PRESENT_EVENT_VERBS = cues.EVENT_PRESENT | frozenset(
    form[:-2] if form.endswith("ses") else form[:-1] for form in cues.EVENT_PRESENT
)  # "meets" and "meet": "Ministers meet in Suva"
_PROGRESSIVE_LEADS = frozenset({"is", "are", "am"})


def tells_lead(article: Article, tokens: range) -> bool:
    """Whether the words of ``tokens`` tell an event in a tense a press release's lead uses
    besides the past: the present perfect ("The Secretary-General has commended Australia"),
    the progressive ("Ministers are meeting in Suva") or an event verb in the present
    ("Customs chiefs meet in Apia")."""
    words = _words(article, tokens, marks=False)
    for i, word in enumerate(words):
        low = word.lower()
        if low in _PRESENT_EVENT_VERBS and word.islower():
            return True
        verb = _after_adverbs(words, i + 1).lower()
        if low in cues.PERFECT_AUXILIARIES and (
            verb in _PAST or (verb.endswith("ed") and verb not in cues.NOT_PAST_ED)
        ):
            return True
        if low in _PROGRESSIVE_LEADS and verb.endswith("ing") and len(verb) > 4:
            return True
    return False


def takes_up(article: Article, paragraph: int) -> bool:
    """Whether a paragraph opens on a thing the scene of the one before left behind, named
    there: "The agreement covers ..." after "... signed an agreement on fisheries"."""
    words = [w.lower() for w in _words(article, _paragraph_tokens(article, paragraph), marks=False)[:5]]
    if not words or words[0] not in cues.ANAPHORIC_DETERMINERS:
        return False
    heads = [w for w in words[1:] if w in cues.OUTCOME_NOUNS]
    if not heads:
        return False
    told = {w.lower() for w in _words(article, _paragraph_tokens(article, paragraph - 1), marks=False)}
    return any(head in told for head in heads)


@cache
def _earlier_times() -> re.Pattern[str]:
    return compile_cues(cues.EARLIER_TIMES)


_SCENE_SPEAKERS = cues.SCENE_PRONOUNS | _QUOTES


def tells_earlier(article: Article, paragraph: int) -> bool:
    """Whether each sentence of a paragraph that narrates tells a time before the event: "The
    Bank last week announced a credit line. Exports rose by a third last year." is background,
    and so is "The twinning agreement was signed in 1995." in a release on a 2025 visit.
    Not one where the scene's people speak ("She recalled that exports rose last year")."""
    p = article.paragraphs[paragraph]
    text = article.text
    if _earlier_times().search(text, p.start, p.end) is None and not _names_year(text, p.start, p.end):
        return False  # the cheap check first: most paragraphs name no earlier time
    told = False
    for s in p.sentences:
        tokens = article.tokens.sentence(s.index)
        if not narrates(article, tokens):
            continue
        m = _earlier_times().search(text, s.start, s.end) or _year_before(article, s.start, s.end)
        if m is None or reported(article, s.start, m.start()):
            return False
        if any(w.lower() in _SCENE_SPEAKERS for w in _words(article, tokens)):
            return False
        told = True
    return told


def dates_earlier(article: Article, start: int, end: int, year: int | None) -> bool:
    """Whether the sentence at ``start``-``end`` dates what it tells before the event of year
    ``year``: an earlier time ("Last year's talks ended without a deal", "For a decade, growers
    have shipped by air", "have long shared the reef") or a year before it ("A study commissioned
    in 2019 found ..." in a release on a 2025 visit)."""
    text = article.text
    if _earlier_times().search(text, start, end) is not None:
        return True
    if year is None or not _names_year(text, start, end):
        return False
    m = _scene_year(text, start, end)
    return m is not None and int(m.group(1)) < year


def _names_year(text: str, start: int, end: int) -> bool:
    """Whether a paragraph dates a happening in a year ("in 1995"): a look for " 19" or " 20"
    first, which most paragraphs lack."""
    if text.find(" 19", start, end) < 0 and text.find(" 20", start, end) < 0:
        return False
    return _IN_YEAR.search(text, start, end) is not None


def _year_before(article: Article, start: int, end: int) -> re.Match[str] | None:
    """The year a sentence dates a happening in, when before the event's: "The agreement was
    signed in 1995." in a release on a 2025 visit."""
    m = _scene_year(article.text, start, end)
    if m is None:
        return None
    year = _event_year(article)
    return m if year is not None and int(m.group(1)) < year else None


# A year a happening is dated in: "in 2021", "in March 2021", "in early 2019".
_IN_YEAR = pattern(
    r"\bin\s+(?:(?:early|late|mid-?)\s*)?(?:(?-i:[A-Z])[a-z]+\s+)?((?:19|20)\d\d)\b", re.IGNORECASE
)
_YEAR = pattern(r"\b(?:19|20)\d\d\b")


def _scene_year(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first year a sentence dates a happening in, not one an aside after a comma dates
    with its participle: "The two sides reviewed the decisions of the fourth session, [held in
    Lora in 2024]" dates the session, not the review."""
    for m in _IN_YEAR.finditer(text, start, end):
        comma = text.rfind(",", start, m.start())
        aside = text[comma + 1 : m.start()].split() if comma >= 0 else []
        if not (aside and past_form(aside[0])) and not _named_thing_dated(text[start : m.start()].split()):
            return m
    return None


def _named_thing_dated(before: Sequence[str]) -> bool:
    """Whether the words before a year end on a named thing and the participle that dates it,
    after the sentence's own verb: "The ministers reviewed the Partnership Agreement [signed]
    in 2021" dates the agreement, not the review ("The two sides met in 2021" is the verb)."""
    if len(before) < 3 or not past_form(before[-1]) or not before[-2][:1].isupper():
        return False
    return any(past_form(w) for w in before[:-2])


def _event_year(article: Article) -> int | None:
    """The year of the event: the first the lead paragraph gives (a byline or a heading before
    it is no lead: "Faculty of Law, University of Sarro"), else the publication's."""
    lead = next((p for p in article.paragraphs if not is_heading(article, p.index)), article.paragraphs[0])
    m = _YEAR.search(article.text, lead.start, lead.end)
    if m is not None:
        return int(m.group())
    return article.published.year if article.published is not None else None


def _dated_when(m: re.Match[str]) -> tuple[int, int]:
    """(year, month) of a happening ``_IN_YEAR`` dated: "in April 2018" -> (2018, 4); a year
    alone ("in 2018") is its last month, before no month of its year."""
    words = m.group().split()
    return int(m.group(1)), MONTHS.get(words[-2].lower(), 12) if len(words) > 2 else 12


def _event_when(article: Article, year: int) -> tuple[int, int]:
    """(year, month) of the event: the month the lead dates it in ("on 3 August"), its year
    ``year``; else the publication's month in the event's year; else the year's first month
    (only a year before it is before it)."""
    lead = next((p for p in article.paragraphs if not is_heading(article, p.index)), article.paragraphs[0])
    words = _words(article, article.tokens.paragraph(lead), marks=False)
    month = next(
        (MONTHS[w.lower()] for i, w in enumerate(words) if _dated(words, i) and w.lower() in MONTHS), None
    )
    if month is None and article.published is not None and article.published.year == year:
        month = article.published.month
    return year, month or 1


def told_years_before(article: Article, paragraph: int, found: Sequence[Cue]) -> bool:
    """Whether every sentence of a paragraph (not the lead) that has a scene cue (a background
    cue is no scene) is dated in a year before the event's, and no one of the scene tells it:
    "The two authorities signed a memorandum of understanding in 2021." in a release on a 2023
    visit is background, not the visit's talks ("She recalled that they signed an MoU in 2021"
    is her speech)."""
    told = {c.sentence for c in found if KIND[c.kind].role != "background"}
    if paragraph == 0 or not told:
        return False
    text = article.text
    dated = []
    for index in told:  # first the year in each: most scenes give none
        s = article.sentences[index]
        m = _scene_year(text, s.start, s.end)
        if m is None:
            return False
        dated.append((index, s, m))
    year = _event_year(article)
    if year is None:
        return False
    for index, s, m in dated:
        if _dated_when(m) >= _event_when(article, year) or reported(article, s.start, m.start()):
            return False
        if any(w.lower() in _SCENE_SPEAKERS for w in _words(article, article.tokens.sentence(index))):
            return False
    return True


_SPEECHES = "MEETING_SPEECHES"  # "his presentation", "her speech"
_DISCUSSION_KIND: ParagraphKind = "panel"  # the scene a speaker's turn goes on telling
_OWNER = pattern(r"(\w+)\s+$")
_OPEN_CLOSE = frozenset({"opening", "closing"})


def _turn(article: Article, cue: Cue) -> bool:
    """Whether a cue is a speaker's own turn: an owner and one speech noun ("During his
    presentation", "started her speech"), not the event's "opening remarks" or "keynote"; or
    the chair's opening or closing of the session under way ("Closing the session, the
    moderator ...": the bare definite points back to it, not "Opening the conference")."""
    if cue.group != _SPEECHES:
        return False
    words = article.text[cue.start : cue.end].lower().split()
    if len(words) == 3 and words[1] == "the" and words[2] in cues.SESSION_NOUNS:
        return words[0] in _OPEN_CLOSE
    if words[-1] not in cues.TURN_NOUNS and words[-1][:-1] not in cues.TURN_NOUNS:
        return False  # "keynote", "opening remarks": the event's
    if len(words) == 2 and words[0] in cues.SPEECH_OWNERS:
        return True
    before = _OWNER.search(article.text, max(0, cue.start - 8), cue.start)
    return len(words) == 1 and before is not None and before.group(1).lower() in cues.SPEECH_OWNERS


# What a framed article's paragraph may still tell apart from its frame: in one encounter, the
# visitors meeting a group, a ceremony or a later visit ("The delegation later toured the port
# and met local traders"); in one panel, a ceremony, a meal or a visit ("The panellists attended
# a working dinner"); in one encounter too, a word to the press ("In an interview with the
# weekly Vell Post, the Minister said ..."): no part of the talks.
_APART = {
    "bilateral": frozenset(
        {"MEETING_GROUPS", "MEETING_SERIES", "MEETING_CEREMONIES", "MEETING_VISITS", "MEETING_PRESS"}
    ),
    "panel": frozenset({"MEETING_CEREMONIES", "MEETING_HOSPITALITY", "MEETING_VISITS"}),
}


# A determiner that points back right before a cue: "After [the] ceremony, ...".
_BACK = pattern(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_CEREMONIES = "MEETING_CEREMONIES"
_VISITS = "MEETING_VISITS"
_VISIT_NOUNS = frozenset(cues.VISIT_NOUNS)
_SIGNING = next(form for form in cues.SIGN_FORMS if form.endswith("ing"))  # "signing"


def _refers_back(article: Article, cue: Cue) -> bool:
    """Whether a cue of the event as a whole is the framed encounter itself: a ceremony told
    again with a bare definite noun ("After the ceremony, the President and the Ambassador
    discussed ...": the credentials; not "the opening ceremony of the Forum") or named by a
    signing ("The signing ceremony took place ...": the parties' signing), or the visit the
    encounter is made on, told as a noun ("Li arrived in Wellington for an official visit",
    "The delegation is in Lilongwe on a study visit"; not "The delegation then visited the
    port": a visit apart)."""
    if cue.group == _VISITS:
        tokens = article.tokens
        words = article.text[cue.start : cue.end].lower().split()
        noun = not _VISIT_NOUNS.isdisjoint(words)  # "an official visit", "a trip to"
        return noun and not is_verbish(tokens.words[bisect.bisect_left(tokens.starts, cue.start)])
    if cue.group != _CEREMONIES:
        return False
    before = article.text[max(0, cue.start - 16) : cue.start].split()
    if before and before[-1].lower() == _SIGNING:
        return True  # "The signing ceremony took place ...": the two parties' signing itself
    return _BACK.search(article.text, max(0, cue.start - 6), cue.start) is not None


def _apart(
    article: Article, frame: ParagraphKind, found: Sequence[Cue], trip: bool = False, site: bool = False
) -> bool:
    """Whether a paragraph tells an activity apart from its article's frame. In an article that
    is one panel, the event's own speeches (the keynote, the opening) are the panel's: the
    discussion is the event. With ``trip`` (the visit holds more than the talks), the visit
    told as a noun is the trip as a whole, apart from the talks too. With ``site`` (the
    encounter is made on a visit: "visited the Orla dam", "on a study visit to the Authority"),
    a tour is of that site ("The visitors toured the terminal"), part of the encounter; after a
    call or talks it is a visit apart. A group's own meeting ("a meeting of senior officials")
    is no group the parties met: the encounter's, at another level. A gathering still to come
    is another event than the talks the frame told (``_gathering_to_come``)."""
    groups = _APART.get(frame, frozenset())
    opening = found[0].sentence if found else -1
    return any(
        c.group in groups
        and not (c.also and c.sentence != opening)  # "They also visited the port.": added to the scene
        and not own_meeting(article.text, c)
        and (not _refers_back(article, c) or (trip and c.group == _VISITS))
        and not (site and _tour(article, c))
        for c in found
    ) or (frame == _TALKS_KIND and (_gathering_to_come(article, found) or _hosted_by_body(article, found)))


_ATTENDED = frozenset({"MEETING_ATTENDANCE", "MEETING_HOSPITALITY"})
# The host a body is, after the occasion: "a dinner [hosted by the Kessa Chamber] of Commerce".
_BY_BODY = pattern(
    r"[^.;:]{0,60}?\b(?:hosted|given|offered|organi[sz]ed)\s+by\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)"
)


def _hosted_by_body(article: Article, found: Sequence[Cue]) -> bool:
    """Whether a paragraph's first cue tells an occasion attended that a body hosts, not either
    party: "In the evening, the Minister attended a dinner hosted by the Kessa Chamber of
    Commerce" beside one encounter is another occasion, not the talks ("a dinner hosted by
    President Lund" may be)."""
    if not found or found[0].group not in _ATTENDED:
        return False  # the cheap check first: most paragraphs open otherwise
    sentence = article.sentences[found[0].sentence]
    m = _BY_BODY.match(article.text, found[0].start, sentence.end)
    return m is not None and any(w.lower() in ORG_CUES for w in m.group(1).split())


_TO_COME_GROUPS = frozenset({"MEETING_EVENTS", "MEETING_SPEECHES", "MEETING_GROUPS"})


def _gathering_to_come(article: Article, found: Sequence[Cue]) -> bool:
    """Whether a paragraph's first cue names a gathering, its opening or a group's own meeting
    still to come, no determiner pointing back to the one told: "The Minister will travel to
    Lorn on Friday for the opening of the Craft Week", "A meeting of senior officials will be
    held in March" after talks told are other events, not the talks; "The meeting will be held
    at the Ministry" (a common noun) is the talks themselves."""
    if not found or found[0].group not in _TO_COME_GROUPS:
        return False  # the cheap check first: most paragraphs open otherwise
    first, text = found[0], article.text
    if first.group == _NAMED and not text[first.start].isupper():
        return False  # "the meeting", "the visit": the encounter told
    if first.group == _GROUPS_MET and not own_meeting(text, first):
        return False  # "She will also meet members of the Council": a group met, apart already
    if subject_to_come(article, first):
        return True  # "A meeting of senior officials will be held in March"
    return announced(text, article.sentences[first.sentence].start, first.start)


_GROUPS_MET = "MEETING_GROUPS"


_TOUR_WORDS = frozenset(cues.TOUR_WORDS)


def _tour(article: Article, cue: Cue) -> bool:
    """Whether a cue tells a tour of a site: "toured the terminal", "a tour of the plant"."""
    return cue.group == _VISITS and not _TOUR_WORDS.isdisjoint(
        article.text[cue.start : cue.end].lower().split()
    )


_COURTESY = "BILATERAL_COURTESY"  # "a courtesy visit to the Minister": a call, at no site


def _site_visit(article: Article, cues: SceneCues) -> bool:
    """Whether the encounter's opening paragraph (the first with a cue) tells a visit, not a
    tour nor a call: "The Minister on Thursday visited the Orla dam", "hosted officers on a
    study visit", "a study visit to the Maritime Authority"."""
    opening = next((found for found in cues if found), ())
    return any(
        (c.group == _VISITS and not _tour(article, c))
        or (
            c.group != _COURTESY
            and not _VISIT_NOUNS.isdisjoint(article.text[c.start : c.end].lower().split())
        )
        for c in opening
    )


def _trip_goes_on(article: Article, cues: SceneCues) -> bool:
    """Whether a later paragraph tells another stop of the visit, after "also" ("He also
    visited the Rice Institute in Suva", "she also travelled to Lautoka"): the visit holds
    more than the talks, and a paragraph that tells the trip itself ("He arrived in Suva on
    Monday on a four-day trip") is the visit as a whole, not the talks."""
    return any(
        c.group == _VISITS and c.also and not _refers_back(article, c) and not _tour(article, c)
        for found in cues[1:]
        for c in found
    )


def _framed(
    article: Article,
    frame: Frame,
    first: bool,
    found: Sequence[Cue],
    kind: ParagraphKind,
    trip: tuple[bool, bool] = (False, False),
) -> ParagraphKind:
    """A paragraph's kind in the article's frame: the event as a whole is the frame's encounter
    or panel, unless the paragraph tells an activity apart from it (not in the opening);
    ``trip``: ``_apart``'s trip and site."""
    if frame.kind is None or KIND[kind].role != "event":
        return kind
    if not first and _apart(article, frame.kind, found, *trip):
        return kind
    return frame.kind


def _own_kind(
    article: Article, index: int, found: Sequence[Cue], scene: ParagraphKind
) -> tuple[ParagraphKind | None, ParagraphKind | None]:
    """The kind a paragraph's own cues give and the scene it ends in, (None, None) without
    cues; a speaker's turn in a discussion ("During her presentation, ...") goes on with it."""
    if scene == _DISCUSSION_KIND and found and all(_turn(article, c) for c in found):
        return None, None
    return paragraph_kind(found, article.text)


# What stands before a visit someone is on now: "The Governor [is on a] three-day visit".
_ON_A = pattern(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?on\s+(?:an?|his|her|their|its)\s+$", re.IGNORECASE)


def _on_visit(article: Article, cue: Cue) -> bool:
    """Whether a visit cue tells a visit someone is on now, the event itself told in the
    present: "The Governor, who leads a delegation of 14, is on a three-day visit to Lira"."""
    return cue.group == _VISITS and _ON_A.search(article.text, max(0, cue.start - 24), cue.start) is not None


def _tells_no_scene(article: Article, index: int, tokens: range, found: Sequence[Cue]) -> bool:
    """Whether a paragraph tells present facts only: no narration, nor what the scene before it
    left behind; the lead paragraph, without cues, nor in a tense that tells its event."""
    if narrates(article, tokens):
        return False
    if index == 0:
        return not found and not tells_lead(article, tokens)
    return not takes_up(article, index)


def _without_closing_aside(article: Article, index: int, found: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """A paragraph's cues, less the background cues of its later sentences when its first
    sentence narrates the scene without a cue: "He noted that ... . AFI, founded in 2008,
    counts 84 members." goes on with the talks; the aside closes it."""
    p = article.paragraphs[index]
    first = p.sentences[0].index
    if not any(KIND[c.kind].role == "background" and c.sentence != first for c in found):
        return found
    if any(c.sentence == first for c in found) or not narrates(article, article.tokens.sentence(first)):
        return found
    return tuple(c for c in found if KIND[c.kind].role != "background")


_TALKS_KIND: ParagraphKind = "bilateral"
_GATHERED = frozenset(cues.PLURAL_HEADS & cues.PERSON_PLURALS)  # "ministers", "participants"
_GROUP_LEADS = frozenset({"the", "all"})
_SUBJECT_REACH = 4  # words: "[All the central bank] governors"


def _group_returns(article: Article, index: int, kinds: Sequence[ParagraphKind]) -> ParagraphKind | None:
    """The kind of the gathering a paragraph without a cue goes back to, after talks held
    inside it, when its subject is the gathering's people as a whole: "The governors agreed to
    meet again next year." after the round table "of central bank governors" and two governors'
    talks on its margins is the round table's: "all" of them, or a plural the gathering's own
    paragraphs named. Not the talks' parties: "The two governors agreed", "Both sides", nor "the
    ministers" where the gathering was one of mayors, nor where the talks were between two
    ministers, who are the nearest "the ministers" fits, unless the paragraph names the
    gathering ("The ministers agreed to hold the next Forum in Lira")."""
    opening = _paragraph_tokens(article, index)[: 2 * _SUBJECT_REACH]  # not the whole paragraph
    words = [w.lower() for w in _words(article, opening, marks=False)[: _SUBJECT_REACH + 1]]
    if not words or words[0] not in _GROUP_LEADS:
        return None  # the cheap check first: most paragraphs open otherwise
    head = next((i for i, w in enumerate(words) if w in _GATHERED), None)
    if head is None or not _GROUP_SPOILERS.isdisjoint(words[:head]) or _word_at(words, head + 1) == "of":
        return None  # "The two governors", "Members of both delegations": the talks' parties
    talks = len(kinds)
    while talks > 0 and kinds[talks - 1] in (_TALKS_KIND, BACKGROUND_KIND):
        talks -= 1
    if talks == 0 or KIND[kinds[talks - 1]].role == "background":
        return None  # talks from the first paragraph: no gathering held them
    gathering = kinds[talks - 1]
    if words[0] == "all":
        return gathering
    if _the_parties(article, range(talks, len(kinds)), words[head]) and not _names_gathering(article, index):
        return None  # "Minister A held talks with Minister B." | "The ministers discussed quotas."
    told = range(talks - 1, -1, -1)
    before = (i for i in told if kinds[i] == gathering)
    noun = words[head]
    return gathering if any(noun in _words_low(article, i) for i in before) else None


_GROUP_SPOILERS = frozenset({"two", "both"})
_PARTIES_TITLED = 2  # the two parties of the talks, each by a title


def _the_parties(article: Article, talks: range, noun: str) -> bool:
    """Whether the talks' paragraphs name two people by the title a plural noun is of: after
    "Minister Ana Ruiz held talks with Minister Tom Berg", "the ministers" are those two, the
    nearest people the noun fits (not after talks between a Prime Minister and a President)."""
    title = noun[:-1]  # "ministers" -> "minister"
    return sum(w == title for i in talks for w in _words_low_list(article, i)) >= _PARTIES_TITLED


def _words_low_list(article: Article, index: int) -> list[str]:
    return [w.lower() for w in _words(article, _paragraph_tokens(article, index), marks=False)]


def _names_gathering(article: Article, index: int) -> bool:
    """Whether a paragraph names a gathering ("agreed to hold the next Forum in Lira"): what it
    tells is the gathering's business, not the talks held on its margins."""
    p = article.paragraphs[index]
    return gathering_nouns().search(article.text, p.start, p.end) is not None


def _words_low(article: Article, index: int) -> frozenset[str]:
    return frozenset(w.lower() for w in _words(article, _paragraph_tokens(article, index), marks=False))


def classify_paragraphs(
    article: Article, cues: SceneCues | None = None, frame: Frame | None = None
) -> tuple[ParagraphKind, ...]:
    """The kind of each body paragraph (see the module's docstring); ``cues`` as
    ``scene_cues(article)`` gives them and ``frame`` as ``frame_article`` does, found here
    when not given."""
    cues = scene_cues(article) if cues is None else cues
    frame = frame_article(article, cues) if frame is None else frame
    scene: ParagraphKind = frame.kind or EVENT_KIND
    trip = frame.kind == "bilateral" and _trip_goes_on(article, cues)
    site = frame.kind == "bilateral" and _site_visit(article, cues)
    out: list[ParagraphKind] = []
    opened = False  # whether a paragraph of the frame's scene has been told
    turns = interview_turns(article)
    for p in article.paragraphs:
        if p.index in turns and out:
            out.append(out[-1])  # "Q: ..." | "Holm: ...": the interview's scene, whatever is said
            continue
        found = cues[p.index]
        tokens = _paragraph_tokens(article, p.index)
        if _tells_no_scene(article, p.index, tokens, found):
            # Present facts tell no scene: "a forum for dialogue" there is no event. Only a
            # panel, a two-party or a background cue still says what the paragraph is about,
            # and a visit someone is on now ("The Governor is on a three-day visit to Lira").
            found = tuple(c for c in found if KIND[c.kind].role != "event" or _on_visit(article, c))
            if not found:
                out.append(BACKGROUND_KIND)
                continue
        if told_years_before(article, p.index, found):
            out.append(BACKGROUND_KIND)  # "The two agencies signed an MoU in 2021."
            continue
        found = _without_closing_aside(article, p.index, found)
        if out and out[-1] in _GATHERINGS and _counterparts_only(article, found):
            out.append(out[-1])  # "His Burundian counterpart supported the proposal": a speaker of it
            continue
        kind, ends_in = _own_kind(article, p.index, found, scene)
        if kind is None:
            if (
                scene == _TALKS_KIND
                and frame.kind != _TALKS_KIND
                and (back := _group_returns(article, p.index, out))
            ):
                scene = back  # "The governors agreed to meet again.": the round table's, after its talks
            # a happening told at an earlier time is no part of the scene: background
            out.append(BACKGROUND_KIND if p.index > 0 and tells_earlier(article, p.index) else scene)
            opened = opened or out[-1] != BACKGROUND_KIND
            continue
        first = not opened
        kind = _framed(article, frame, first, found, kind, (trip, site))
        out.append(kind)
        opened = opened or kind != BACKGROUND_KIND
        if kind != BACKGROUND_KIND and ends_in is not None:
            ended = ends_in != BACKGROUND_KIND
            scene = _framed(article, frame, first, found, ends_in, (trip, site)) if ended else kind
    return laid_out(article, out)


_GATHERINGS = frozenset({"meeting", "panel"})
_PARTIES = "BILATERAL_PARTIES"
_COUNTERPART = "counterpart"


def _counterparts_only(article: Article, found: Sequence[Cue]) -> bool:
    """Whether a paragraph's only scene cues name someone's counterpart ("his Burundian
    counterpart"): inside a meeting, the minister of the same post of another member taking
    the floor, no talks of two."""
    return bool(found) and all(
        c.group == _PARTIES and article.text[c.start : c.end].casefold().endswith(_COUNTERPART) for c in found
    )


# A list item: a bullet or a dash opens it.
_BULLETS = frozenset("•▪●◦·‣*-–—")


_MAX_SIGN_OFF_WORDS = 3


def _sign_off(text: str) -> bool:
    """Whether a paragraph that opens with a dash is a news agency's sign-off, no list item:
    "-- BERNAMA", "— WAM" (a few words in capitals and nothing else)."""
    words = text.lstrip("".join(_BULLETS) + " ").split()
    return 0 < len(words) <= _MAX_SIGN_OFF_WORDS and all(w.isupper() for w in words)


def laid_out(article: Article, kinds: Sequence[ParagraphKind]) -> tuple[ParagraphKind, ...]:
    """Kinds by the layout of the page: a list item ("• Trade in the region; and") goes on with
    the paragraph before it; a heading ("Session 2: Who pays for ports?") is the kind of the
    paragraph it heads."""
    out = list(kinds)
    for i, p in enumerate(article.paragraphs):
        text = article.text[p.start : p.end].strip()
        if text[:1] in _BULLETS and i > 0 and not _sign_off(text):
            if out[i - 1] == BACKGROUND_KIND and i > 1 and is_heading(article, i - 1):
                out[i - 1] = out[i - 2]  # "Key areas of cooperation" and its list: the scene's
            out[i] = out[i - 1]
    for i in range(len(out) - 2, -1, -1):
        if is_heading(article, i):
            out[i] = out[i + 1]
    boilerplate = next((p.index for p in article.paragraphs if _boilerplate_heading(article, p.index)), None)
    if boilerplate is not None:
        out[boilerplate:] = [BACKGROUND_KIND] * (len(out) - boilerplate)  # "About the Authority"
    return tuple(out)


def _boilerplate_heading(article: Article, paragraph: int) -> bool:
    """Whether a paragraph is a heading that opens the closing boilerplate: "About the Port
    Authority", "Notes to editors" (see ``BOILERPLATE_HEADINGS``); not the first paragraph.
    A label of several words or with a colon opens it on the paragraph's first line too, the
    text run on after it: "Notes to editors FAO is ...", "Media contact: Press Office, ..."."""
    if paragraph == 0:
        return False
    p = article.paragraphs[paragraph]
    if _boilerplate_label().match(article.text, p.start, p.end) is not None:
        return True
    if not is_heading(article, paragraph):
        return False
    low = article.text[p.start : p.end].strip().lower()
    return any(low == h or low.startswith(h + " ") for h in cues.BOILERPLATE_HEADINGS)


@cache
def _boilerplate_label() -> re.Pattern[str]:
    """A closing label with a colon, or of several words, opening a paragraph: one pattern, as
    a text of 100,000 paragraphs asks it of each."""
    every = alternation(list(cues.BOILERPLATE_HEADINGS))
    several = alternation([h for h in cues.BOILERPLATE_HEADINGS if " " in h])
    return pattern(rf"\s*(?:(?:{every}):|(?:{several}) )", re.IGNORECASE)
