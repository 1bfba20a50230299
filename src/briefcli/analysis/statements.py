"""Reported speech: who said what, as the press release reports it.

One stage, ``find_statements(article, who) -> tuple[Statement, ...]``: every speech act with
content (see the corpus GUIDE), reported or quoted, in text order. Direct quotes come from
``briefcli.analysis.quotes``; a reported statement whose content is mostly a quote's is
dropped (the quote's cue must not count twice), as is one whose cue is a quote's own cue
("“...,” he told the audience") or stands inside a quote's words. The cue words are data in
``briefcli.lang.en`` (the verb records).

Each sentence is split into words once; a cue word (any form of a cue verb) makes a
statement when it has a speaker and content:

- finite: "Dr. X emphasized the role of data", "He stressed that ...", "The two delegations
  warmly welcomed ...", "Mr. X, Minister of Energy, noted that ...", "X, who chaired the
  session, noted ..."; the speaker is the subject right before the cue (adverbs, auxiliaries
  and an appositive between commas skipped); a cue after "and" ("... and highlighted B")
  shares the subject of the clause before it;
- participial: "..., stressing that ..." (the speaker of the clause it trails), "Stressing
  ..., X said" / "After thanking ..., X noted" / "Having thanked ... X noted" (the subject of
  the main clause);
- infinitive after a frame: "X took the opportunity to thank ...";
- passive with an agent: "as highlighted by the panellists", "... was stressed by X";
- "According to X, ..." and "..., according to X.";
- parenthetical: "The new portal, she added, covers ...";
- "In his remarks, X focused on ...": after a speech noun, the subject's main verb reports
  speech even when it is not a cue;
- light verbs: "X gave his views on how ...".

The speaker: a person mention (name, title, pronoun: resolved by the people stage; a bare
surname: "Lopez said that ...", see ``quotes.surname_mentions``) gives the person's name; an
unnamed role holder its role, or the one named person holding that title ("the Mayor" when
one person is titled "Mayor of ..."; "the Chairperson" when the text names one chair: "under
the chairmanship of Dr. X"); a group ("Both sides", "Other speakers",
"They" resolved to the group named just before) or an organization ("The Council", "The IMF",
"According to the City": a capitalised institution noun after "the") is kept as written.
Anything else (a document: "The report highlights ...") is no speaker.

The content: after "that" (a that-clause), after the hearer for "inform"/"tell" ("informed
members about X": X), the object phrase otherwise ("thanked X for Y": "X for Y"), up to the
end of the clause that belongs to the cue: the sentence end (without its full stop), a
coordinated verb ("and highlighted ..."), a clause with its own subject and cue (", and she
announced that ..."), a participial cue (", stressing ..."), ", while" before a new clause,
";". A coordinated verb in another tense or with other auxiliaries than the cue continues
the reported clause ("She recalled that the fund dates back to 1990 and has financed
schools": the fund financed them; no statement by the fund). An -s cue form used as a plural
noun ("member states attended", "his closing remarks") is no cue.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import replace
from functools import cache, partial
from itertools import accumulate, compress
from operator import add, attrgetter, not_
from typing import NamedTuple

from briefcli.analysis.people import PeopleResult
from briefcli.analysis.quotes import find_quotes, surname_mentions
from briefcli.lang import en as lex
from briefcli.model import Article, Mention, Participant, Person, Sentence, SpeakerKind, Statement

log = logging.getLogger(__name__)

__all__ = ["find_statements"]

# A word (with inner apostrophes, hyphens, full stops: "Egypt's", "high-level", "U.S") or
# one other non-space character. Linear: each inner group starts with a separator \w can't match.
_TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*|\S")

_PREPOSITIONS = frozenset({
    "in", "on", "at", "during", "after", "before", "with", "by", "for", "from", "to", "of",
    "among", "between", "following", "including", "under", "over", "through", "within",
    "without", "across", "via", "per", "like", "than", "against", "about", "into", "upon",
    "amid", "throughout", "despite", "towards", "toward", "beyond", "regarding", "concerning",
})  # fmt: skip
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_EMPHATIC = frozenset({"do", "does", "did"})  # "He did stress that ..."
_HEARER_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
_RELATIVES = frozenset({"who", "which", "that"})
_COORDINATORS = frozenset({"and", "or", "but"})
# Words opening a parenthesis between a subject and its verb (the subject stands before it).
_PARENTHESIS_OPENERS = frozenset({
    "who", "which", "whose", "including", "such", "namely", "especially", "notably",
    "particularly", "among", "like",
})  # fmt: skip
_SPEECH_OPENERS = frozenset({"in", "during", "throughout"})  # "In his remarks, X focused on ..."
_CLAUSE_OPENERS = frozenset(
    {"after", "before", "while", "whilst", "upon", "on", "in", "by", "when", "besides"}
)
_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "it", "there"})  # "said he would ..."
_WH_WORDS = frozenset({"how", "why", "what", "whether", "where", "when", "which", "who", "if"})
_FINITE_MARKERS = lex.AUXILIARIES | lex.BE_FORMS | {"remains", "remained", "needs", "needed"}
_QUOTE_MARKS = frozenset('“”"«»‘’')
_TRAILING = ".,;:"


def _phrases_by(position: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The adverbial phrases keyed by their first (0) or last (-1) word."""
    by: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lex.ADVERBIAL_PHRASES:
        by.setdefault(phrase[position], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in by.items()}


_PHRASES_BY_FIRST = _phrases_by(0)
_PHRASES_BY_LAST = _phrases_by(-1)
_BREAKS = frozenset({";", ",", "and", "but", "as"})  # the words a clause break may start with
_START = attrgetter("start")
_END = attrgetter("end")
_MAX_ADVERBS = 4
_EARLIER_PIECES = 2  # quote pieces starting before a content that may still reach into it
# How far back a subject, an antecedent or an opening participle is looked for: bounded so a
# long unpunctuated text stays linear. "The Governor, whose offer to the investors stood since
# the trade fair held in Lagos two springs ago, used the evening to thank them, praising ..."
_MAX_ANTECEDENT_WORDS = 60
_MAX_GROUP_WORDS = 8
_MAX_HEARER_WORDS = 8
_MAX_ADJUNCT_WORDS = 4  # "in his opening presentation" before an object
_MAX_THAT_GAP = 3
_MAX_SUBJECT_WORDS = 8  # how far a zero-that clause's verb may stand: "said his Government was"


@cache
def _cue_words() -> frozenset[str]:
    """The words a statement may hang on: every cue form, "according", the light verbs."""
    return frozenset(lex.cue_lemmas()) | {"according"} | lex.LIGHT_VERBS


class _Tok(NamedTuple):
    """A word with its offsets and, for a cue, its lemma and form ("stressing": "stress", "ing")."""

    text: str
    low: str
    start: int
    end: int
    lemma: str | None
    form: lex.CueForm | None


# Build a _Tok from a tuple in C: NamedTuple's own constructor is Python code.
_make_tok = partial(tuple.__new__, _Tok)


class _Speaker(NamedTuple):
    name: str
    kind: SpeakerKind
    start: int  # where the subject phrase starts (offset in Article.text)


class _Index(NamedTuple):
    """The people stage's mentions, keyed by their end and start offsets."""

    person_end: dict[int, tuple[Person, Mention]]
    person_start: dict[int, tuple[Person, Mention]]
    role_end: dict[int, tuple[Participant, Mention]]
    role_start: dict[int, tuple[Participant, Mention]]
    org_end: dict[int, Mention]
    org_start: dict[int, Mention]
    countries: frozenset[str]  # the forms the text uses for countries: "Peru", "the Republic of Korea"


def _index(who: PeopleResult, surnames: tuple[tuple[Mention, Person], ...] = ()) -> _Index:
    person_end: dict[int, tuple[Person, Mention]] = {}
    person_start: dict[int, tuple[Person, Mention]] = {}
    for p in who.people:
        for m in p.spans:
            person_end.setdefault(m.end, (p, m))
            person_start.setdefault(m.start, (p, m))
    for m, p in surnames:  # "Lopez said that ...": a bare surname (see quotes.surname_mentions)
        person_end.setdefault(m.end, (p, m))
        person_start.setdefault(m.start, (p, m))
    role_end: dict[int, tuple[Participant, Mention]] = {}
    role_start: dict[int, tuple[Participant, Mention]] = {}
    for r in who.participants:
        for m in r.spans:
            role_end.setdefault(m.end, (r, m))
            role_start.setdefault(m.start, (r, m))
    org_end: dict[int, Mention] = {}
    org_start: dict[int, Mention] = {}
    for o in who.organizations:
        for m in o.spans:
            org_end.setdefault(m.end, m)
            org_start.setdefault(m.start, m)
    countries = frozenset(form for place in who.places if place.kind == "country" for form in place.aliases)
    return _Index(person_end, person_start, role_end, role_start, org_end, org_start, countries)


class _Found(NamedTuple):
    """One statement before it becomes a Statement: cue token index and content span."""

    speaker: _Speaker
    cue: int  # token index
    start: int  # content offsets
    end: int
    coordinated: bool = False  # its subject is shared with the clause before ("and highlighted")


class _Sentence(NamedTuple):
    """One sentence's words and what the stage needs around them."""

    text: str
    toks: list[_Tok]
    sentence: Sentence
    mentions: _Index  # the people stage's mentions, by offset
    lows: list[str]  # the words, lowercase
    previous: _Words | None  # the sentence before, in the same paragraph
    last: _Speaker | None  # the last person who spoke, in this paragraph or the one before


# --- Words -------------------------------------------------------------------------------------


def _split(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """The words of ``text[start:end]`` as ``_TOKEN`` finds them, and their start offsets.

    A regex search costs far more per word than ``str.split``, so the sentence is split on
    spaces and only a piece that is not one word goes through ``_TOKEN``: "said," and "process."
    are cut by hand, "(UNCTAD)" or "Egypt's" are searched. A piece never holds more than its
    own words (a word has no space) and starts one (``_TOKEN`` matches any non-space). A
    sentence with other spacing than single spaces is searched whole."""
    piece = text[start:end]
    pieces = piece.split()
    if " ".join(pieces) != piece:
        ms = list(_TOKEN.finditer(text, start, end))
        return list(map(re.Match.group, ms)), list(map(re.Match.start, ms))
    offsets = list(accumulate(map((1).__add__, map(len, pieces)), initial=start))
    odd = list(compress(range(len(pieces)), map(not_, map(str.isalnum, pieces))))
    if not odd:
        return pieces, offsets[:-1]
    words: list[str] = []
    starts: list[int] = []
    done = 0
    for i in odd:
        words += pieces[done:i]
        starts += offsets[done:i]
        word, at = pieces[i], offsets[i]
        if len(word) > 1 and word[-1] in _TRAILING and word[:-1].isalnum():
            words += (word[:-1], word[-1])
            starts += (at, at + len(word) - 1)
        else:
            for m in _TOKEN.finditer(text, at, at + len(word)):
                words.append(m.group())
                starts.append(m.start())
        done = i + 1
    words += pieces[done:]
    starts += offsets[done:-1]
    return words, starts


class _Words:
    """A sentence split into words once (see ``_split``); the words with their offsets, lemmas
    and forms are built only for a sentence that needs them (one without a cue word does not).
    Everything per word runs in C (``map``), the hot path of the stage. (A plain class: it
    caches its words, and a dataclass costs a millisecond of start-up.)"""

    __slots__ = ("lows", "starts", "texts", "toks")

    def __init__(self, text: str, sentence: Sentence) -> None:
        self.texts, self.starts = _split(text, sentence.start, sentence.end)
        self.lows: list[str] = list(map(str.lower, self.texts))
        self.toks: list[_Tok] | None = None

    def tokens(self) -> list[_Tok]:
        if self.toks is None:
            texts, lows, starts = self.texts, self.lows, self.starts
            lemmas, forms = lex.cue_lemmas(), lex.cue_forms()
            self.toks = list(
                map(
                    _make_tok,
                    zip(
                        texts,
                        lows,
                        starts,
                        map(add, starts, map(len, texts)),
                        map(lemmas.get, lows),
                        map(forms.get, lows),
                        strict=True,
                    ),
                )
            )
        return self.toks


def _is_adverb(tok: _Tok) -> bool:
    return tok.low in lex.ADVERBS or (tok.low.endswith("ly") and tok.low.isalpha() and len(tok.low) > 4)


def _phrase_back(toks: list[_Tok], j: int) -> int:
    """The length of an adverbial phrase ending at word ``j`` ("in his turn"), or 0."""
    for phrase in _PHRASES_BY_LAST.get(toks[j].low, ()):
        n = len(phrase)
        if j + 1 >= n and all(toks[j - n + 1 + m].low == w for m, w in enumerate(phrase)):
            return n
    return 0


def _phrase_forward(toks: list[_Tok], k: int) -> int:
    """The length of an adverbial phrase starting at word ``k`` ("in particular"), or 0."""
    for phrase in _PHRASES_BY_FIRST.get(toks[k].low, ()):
        n = len(phrase)
        if k + n <= len(toks) and all(toks[k + m].low == w for m, w in enumerate(phrase)):
            return n
    return 0


def _verbish(tok: _Tok) -> bool:
    """A word that may be a finite verb: a cue, an activity verb, an auxiliary, a past form."""
    low = tok.low
    if tok.form in ("past", "s") or low in lex.ACTIVITY_VERBS or low in _FINITE_MARKERS:
        return True
    if low in lex.IRREGULAR_PASTS:
        return True
    return low.endswith("ed") and low.isalpha() and tok.text[0].islower()


# --- Speakers ----------------------------------------------------------------------------------


def _phrase_start(toks: list[_Tok], j: int) -> int:
    """The first word of the noun phrase whose head is ``toks[j]``: "Both sides", "Other
    speakers", "The Auditors General", "a range of experts", "Ambassadors and Directors"."""
    k = j
    while k > 0 and j - k < _MAX_GROUP_WORDS:
        prev = toks[k - 1]
        low = prev.low
        if low == "of" and k >= 2 and toks[k - 2].low in lex.QUANTITY_NOUNS:
            k -= 2
            continue
        if low == "and" and k >= 2 and toks[k - 2].low in lex.GROUP_HEADS:
            k -= 2
            continue
        if not prev.text[0].isalnum() or low in _PREPOSITIONS or low in _COORDINATORS:
            break
        if low in lex.SUBORDINATORS or low in _RELATIVES or low in lex.AUXILIARIES or low in lex.BE_FORMS:
            break
        if low in _WH_WORDS:
            break
        if low in lex.GROUP_OPENERS:
            k -= 1
            continue
        if low in lex.ACTIVITY_VERBS or prev.form in ("past", "s", "ing"):
            break
        if low.endswith("ed") and prev.text[0].islower() and low not in lex.GROUP_PARTICIPLES:
            break
        if low in _SUBJECT_PRONOUNS or low in lex.GROUP_PRONOUNS or low in ("it", "there"):
            break
        k -= 1
    return k


def _head_plural(toks: list[_Tok], j: int) -> int | None:
    """The index of a group head ending at ``j``: "sides", "speakers", or "Auditors" of
    "Auditors General" (a plural title with a postposed "General")."""
    low = toks[j].low
    if low in lex.GROUP_HEADS:
        return j
    if low in ("general", "generals") and j > 0 and toks[j - 1].low in lex.GROUP_HEADS:
        return j - 1
    return None


def _group_antecedent(s: _Sentence, j: int) -> _Speaker | None:
    """The group a plural pronoun stands for: the nearest group phrase before it in this
    sentence or the one before ("The Minister met senior officials. They all supported ...")."""
    candidates: list[tuple[list[_Tok], int]] = [(s.toks, j)]
    if s.previous is not None:
        previous = s.previous.tokens()
        candidates.append((previous, len(previous)))
    for toks, limit in candidates:
        for k in range(limit - 1, max(-1, limit - 1 - _MAX_ANTECEDENT_WORDS), -1):
            if toks[k].low in lex.GROUP_HEADS and toks[k].low not in lex.GROUP_OPENERS:
                if s.mentions.person_end.get(toks[k].end) is not None:
                    continue
                start = _phrase_start(toks, k)
                return _Speaker(s.text[toks[start].start : toks[k].end], "group", s.toks[j].start)
    return None


def _speaker_ending(s: _Sentence, j: int, join: bool = True) -> _Speaker | None:
    """The speaker whose phrase ends with word ``j``, or None (a document, a thing); with
    ``join``, a speaker coordinated before it makes both one group ("The EU and the AU")."""
    toks, ix = s.toks, s.mentions
    tok = toks[j]
    low = tok.low
    person = ix.person_end.get(tok.end)
    head = _head_plural(toks, j)
    if person is not None and (head is None or person[1].kind == "name"):
        p, m = person
        if m.kind == "pronoun" and low not in _SUBJECT_PRONOUNS:
            return None  # "his", "him": never a subject
        if m.kind == "pronoun":
            return _Speaker(p.name, "person", m.start)
        return _with_partner(s, _Speaker(p.name, "person", m.start), j, join)
    if head is not None:
        start = _phrase_start(toks, head)
        return _owner(s, start) or _joined(s, start, j, "group", join)
    role = ix.role_end.get(tok.end)
    if role is not None:
        return _with_partner(s, _Speaker(role[0].role, "person", role[1].start), j, join)
    if low in _SUBJECT_PRONOUNS:
        # a pronoun the people stage left open (its antecedent is an unnamed role holder:
        # "The Governor highlighted ... He also underscored ..."): the last person who spoke
        return s.last
    if low in lex.GROUP_PRONOUNS:
        found = _group_antecedent(s, j)
        return found or _Speaker(tok.text, "group", tok.start)
    if low == "who":
        return _antecedent(s, j)
    if low in lex.DOCUMENT_NOUNS:
        return None
    complement = _of_complement(s, j)
    if complement is not None:
        return complement
    country = _country_ending(s, j)
    if country is not None:
        return country
    org = ix.org_end.get(tok.end)
    civic = low in lex.INSTITUTION_HEADS and tok.text[0].isupper() and j > 0 and toks[j - 1].low == "the"
    if org is not None or (low in lex.BODY_HEADS and j > 0) or civic or _acronym(tok):
        start_k = _index_at(toks, org.start) if org is not None else _phrase_start(toks, j)
        start_k = j if start_k is None else start_k
        if start_k > 0 and toks[start_k - 1].low == "the":
            start_k -= 1
        if org is None and low in lex.BODY_HEADS and start_k == j:
            return None  # a bare "government" or "office" is no one in particular
        return _owner(s, start_k) or _joined(s, start_k, j, "organization", join)
    return None


def _joined(s: _Sentence, start_k: int, j: int, kind: SpeakerKind, join: bool = True) -> _Speaker:
    """The phrase of words ``start_k .. j`` as a speaker; with a coordinated speaker before it
    the two are one group: "The EU and the AU reaffirmed ..." (kept as written)."""
    toks = s.toks
    if join and start_k >= 2 and toks[start_k - 1].low == "and":
        before = _speaker_ending(s, start_k - 2, join=False)
        if before is not None and before.kind != "person":
            return _Speaker(s.text[before.start : toks[j].end], "group", before.start)
    return _Speaker(s.text[toks[start_k].start : toks[j].end], kind, toks[start_k].start)


def _country_ending(s: _Sentence, j: int) -> _Speaker | None:
    """A country, or a body of one, as speaker: "Peru supported ...", "The delegation of Peru
    stated ...", "Japan and the Republic of Korea urged ..."."""
    toks = s.toks
    if not s.mentions.countries or not toks[j].text[0].isupper():
        return None
    for n in range(1, 5):
        k = j - n + 1
        if k < 0:
            break
        if s.text[toks[k].start : toks[j].end] not in s.mentions.countries:
            continue
        if k > 0 and toks[k - 1].low == "the":
            k -= 1
        if (
            k >= 2
            and toks[k - 1].low == "of"
            and (toks[k - 2].low in lex.BODY_HEADS or toks[k - 2].low in lex.GROUP_HEADS)
        ):
            start = _phrase_start(toks, k - 2)  # "The delegation of Peru"
            return _joined(s, start, j, "organization")
        if k > 0 and (toks[k - 1].low in _PREPOSITIONS or toks[k - 1].text[0].isupper()):
            return None  # "the Minister of Finance of Peru", "the Peru ..." belong elsewhere
        return _joined(s, k, j, "organization")
    return None


def _with_partner(s: _Sentence, speaker: _Speaker, j: int, join: bool = True) -> _Speaker:
    """Two people as one subject are a group, kept as written: "The Minister and the Secretary
    General agreed that ...", "Mr. A and Ms. B stressed ..."."""
    toks = s.toks
    k = _index_at(toks, speaker.start)
    if join and k is not None and k >= 2 and toks[k - 1].low == "and":
        before = _speaker_ending(s, k - 2, join=False)
        if before is not None and before.kind == "person":
            return _Speaker(s.text[before.start : toks[j].end], "group", before.start)
    return speaker


def _of_complement(s: _Sentence, j: int) -> _Speaker | None:
    """A group whose head has an "of" complement ending at word ``j``: "Representatives of the
    private sector called for ...", "Members of the Council stressed ..."."""
    toks = s.toks
    for n in range(j - 1, max(0, j - _MAX_GROUP_WORDS), -1):
        tok = toks[n]
        if tok.low == "of":
            if n > 0 and _head_plural(toks, n - 1) is not None:
                start = _phrase_start(toks, n - 1)
                return _Speaker(s.text[toks[start].start : toks[j].end], "group", toks[start].start)
            return None
        if not tok.text[0].isalnum() or tok.low in _PREPOSITIONS or tok.form is not None:
            return None
    return None


def _acronym(tok: _Tok) -> bool:
    """An organization's acronym: "IMF", "OECD", "ASEAN" (not "I", not "II")."""
    text = tok.text
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper() and set(text) - set("IVX") != set()


def _owner(s: _Sentence, start_k: int) -> _Speaker | None:
    """The person a group or organization phrase belongs to, when it is the complement of a
    preposition after that person: "Mr. X of the IMF noted" (the speaker is Mr. X)."""
    toks = s.toks
    if start_k >= 2 and toks[start_k - 1].low in ("of", "from", "at"):
        hit = s.mentions.person_end.get(toks[start_k - 2].end) or None
        if hit is not None and hit[1].kind != "pronoun":
            return _Speaker(hit[0].name, "person", hit[1].start)
        role = s.mentions.role_end.get(toks[start_k - 2].end)
        if role is not None:
            return _Speaker(role[0].role, "person", role[1].start)
    return None


def _index_at(toks: list[_Tok], offset: int) -> int | None:
    """The word starting at ``offset``, or None."""
    k = bisect.bisect_left(toks, offset, key=_START)
    return k if k < len(toks) and toks[k].start == offset else None


def _antecedent(s: _Sentence, j: int) -> _Speaker | None:
    """Who "who" is: the nearest person (or group) before it, an appositive title skipped."""
    for k in range(j - 1, -1, -1):
        tok = s.toks[k]
        if tok.text == ",":
            continue
        hit = s.mentions.person_end.get(tok.end)
        if hit is not None and hit[1].kind != "pronoun":
            return _Speaker(hit[0].name, "person", hit[1].start)
        head = _head_plural(s.toks, k)
        if head is not None:
            start = _phrase_start(s.toks, head)
            return _Speaker(s.text[s.toks[start].start : tok.end], "group", s.toks[start].start)
        if j - k > _MAX_GROUP_WORDS + 4:
            return None
    return None


def _skip_back(toks: list[_Tok], j: int) -> int:
    """Step left over adverbs and auxiliaries: "The delegates [warmly] welcomed", "He [has
    also] stressed", "Mr. X [in his turn] noted"."""
    steps = 0
    while j >= 0 and steps < _MAX_ADVERBS:
        if _is_adverb(toks[j]) or toks[j].low in lex.AUXILIARIES:
            j -= 1
        elif n := _phrase_back(toks, j):
            j -= n
        else:
            break
        steps += 1
    return j


def _subject(s: _Sentence, i: int) -> _Speaker | str | None:
    """The subject of the finite cue at word ``i``: a speaker, None, or "and" when the cue is
    coordinated with a verb before it, "be" when it is a passive."""
    toks = s.toks
    j = _skip_back(toks, i - 1)
    if j < 0:
        return None
    low = toks[j].low
    if low in lex.BE_FORMS:
        return "be"
    if low in _COORDINATORS or (
        low == "as" and j >= 2 and toks[j - 1].low == "well" and toks[j - 2].low == "as"
    ):
        return "and"
    if toks[j].text == ",":
        if j >= 1 and toks[j - 1].text in _QUOTE_MARKS:
            return None  # "“...”, stressed the Mayor": the quotes stage's
        if j >= 1 and toks[j - 1].low in _COORDINATORS:
            return "and"
        opening = next((k for k in range(j - 1, 0, -1) if toks[k].text == ","), None)
        if opening is not None and _parenthesis(toks[opening + 1]):
            # "Mr. X, who chairs the board, noted", "Speakers, including delegates, noted",
            # "The Minister, accompanied by Mr. Y, noted", "Ms. X, in her capacity as Chair, noted"
            return _speaker_ending(s, opening - 1)
        direct = _speaker_ending(s, j - 1) if j >= 1 else None
        if direct is not None and direct.kind == "person":
            return direct  # "Mr. Lenz, noted that ...", "The Minister, Ms. Y, noted"
        # an appositive between commas: "Mr. X, Chief Executive of the Port Authority, noted"
        earlier = _speaker_ending(s, opening - 1) if opening is not None else None
        return earlier if earlier is not None and earlier.kind == "person" else direct or earlier
    if low in _COORDINATORS:
        return "and"
    return _speaker_ending(s, j)


def _parenthesis(tok: _Tok) -> bool:
    """Whether a phrase between commas opening with ``tok`` is a parenthesis (a relative or
    participial clause, a prepositional phrase, "including ..."), not an appositive title."""
    low = tok.low
    if low in _PARENTHESIS_OPENERS or low in _PREPOSITIONS:
        return True
    return tok.text[0].islower() and tok.text[0].isalpha() and low not in lex.DETERMINERS


def _clause_subject(s: _Sentence, i: int) -> _Speaker | None:
    """The subject of the main clause before word ``i``, for a trailing participle or a
    coordinated verb: the nearest speaker not governed by a preposition or a subordinator and
    followed by a verb; a document subject ("The Charter reaffirms ..., underlining ...") is no
    speaker."""
    toks = s.toks
    k = i - 1
    while k >= 0 and i - k <= _MAX_ANTECEDENT_WORDS:
        tok = toks[k]
        if tok.low == "who":
            return _antecedent(s, k)
        sp = _speaker_ending(s, k) if tok.text[0].isalnum() else None
        if sp is not None or tok.low in lex.DOCUMENT_NOUNS:
            start_k = _index_at(toks, sp.start) if sp is not None else _phrase_start(toks, k)
            start_k = k if start_k is None else start_k
            before = toks[start_k - 1].low if start_k > 0 else ""
            after = _skip_forward(toks, k + 1)
            governed = before in _PREPOSITIONS or before in lex.SUBORDINATORS
            if not governed and after < len(toks) and _verbish(toks[after]):
                return sp
            k = start_k - 1
            continue
        k -= 1
    return None


def _skip_forward(toks: list[_Tok], k: int) -> int:
    """Step right over adverbs and auxiliaries (see ``_skip_back``)."""
    steps = 0
    while k < len(toks) and steps < _MAX_ADVERBS:
        if _is_adverb(toks[k]) or toks[k].low in lex.AUXILIARIES:
            k += 1
        elif n := _phrase_forward(toks, k):
            k += n
        else:
            break
        steps += 1
    return k


def _speaker_starting(s: _Sentence, k: int) -> tuple[_Speaker, int] | None:
    """A speaker whose phrase starts at word ``k`` and the index of its last word:
    "according to the Minister", "as highlighted by the panellists"."""
    toks, ix = s.toks, s.mentions
    if k >= len(toks):
        return None
    for start_k in (k, k + 1) if toks[k].low == "the" else (k,):
        if start_k >= len(toks):
            break
        tok = toks[start_k]
        person = ix.person_start.get(tok.start)
        if person is not None:
            end_k = _last_before(toks, person[1].end)
            return _Speaker(person[0].name, "person", person[1].start), end_k
        role = ix.role_start.get(tok.start)
        if role is not None:
            return _Speaker(role[0].role, "person", role[1].start), _last_before(toks, role[1].end)
    org = ix.org_start.get(toks[k].start) or (
        ix.org_start.get(toks[k + 1].start) if k + 1 < len(toks) else None
    )
    if org is not None:
        end_k = _last_before(toks, org.end)
        return _Speaker(s.text[toks[k].start : org.end], "organization", toks[k].start), end_k
    body_end = _body_starting(toks, k)
    if body_end is not None:
        return _Speaker(s.text[toks[k].start : toks[body_end].end], "organization", toks[k].start), body_end
    for j in range(k, min(len(toks), k + _MAX_GROUP_WORDS)):
        if not toks[j].text[0].isalnum():
            break
        head = _head_plural(toks, j)
        if head is not None:
            end_k = j + 1 if j + 1 < len(toks) and toks[j + 1].low in ("general", "generals") else j
            return _Speaker(s.text[toks[k].start : toks[end_k].end], "group", toks[k].start), end_k
    return None


def _institution(tok: _Tok) -> bool:
    """A head noun that names an institution: "Council", "ministry"; "City" only capitalised."""
    return tok.low in lex.BODY_HEADS or (tok.low in lex.INSTITUTION_HEADS and tok.text[0].isupper())


def _body_starting(toks: list[_Tok], k: int) -> int | None:
    """The last word of an institution named with "the" from word ``k``, or None: "the City",
    "the Central Bank", "the Ministry of Finance", "the Council of the Union" (capitalised words
    before the head, an "of" phrase of capitalised words after it)."""
    if k + 1 >= len(toks) or toks[k].low != "the":
        return None
    n = k + 1
    while (
        n + 1 < len(toks)
        and n - k < _MAX_GROUP_WORDS
        and toks[n].text[0].isupper()
        and toks[n + 1].text[0].isupper()
    ):
        n += 1  # capitalised modifiers: "the Central Bank"
    if not _institution(toks[n]):
        return None
    end = n
    if end + 2 < len(toks) and toks[end + 1].low == "of":
        m = end + 2
        if toks[m].low == "the":
            m += 1
        while m < len(toks) and m - end < _MAX_GROUP_WORDS and toks[m].text[0].isupper():
            end = m
            m += 1
    return end


def _last_before(toks: list[_Tok], end: int) -> int:
    """The last word ending at or before ``end`` (0 when none does)."""
    return max(0, bisect.bisect_right(toks, end, key=_END) - 1)


# --- Content -----------------------------------------------------------------------------------


def _content_start(s: _Sentence, i: int, lemma: str) -> int | None:
    """The word where the content of the cue at word ``i`` begins (after its particle, after
    "that", after the hearer), or None when the cue has no content."""
    toks = s.toks
    k = i + 1
    if lemma in lex.PARTICLES:
        if k >= len(toks) or toks[k].low not in lex.PARTICLES[lemma]:
            return None
        k += 1
    if lemma in lex.PHRASES:
        words = lex.PHRASES[lemma]
        if [t.low for t in toks[k : k + len(words)]] != list(words):
            return None
        k += len(words)
    if k + 1 < len(toks) and toks[k].low == "with":
        # "noted with satisfaction the progress achieved": the object follows the manner phrase
        n = k + 1
        while n < len(toks) - 1 and toks[n].low in lex.MANNER_NOUNS and n - k <= 2:
            n += 1
        if n > k + 1 and toks[n - 1].low in lex.STANCE_NOUNS | lex.MANNER_NOUNS:
            k = n
    if k < len(toks) and toks[k].low in _PREPOSITIONS and toks[k].low != "of" and _np_start(toks, k + 1):
        # "said in a statement that ...", "explained to journalists that ...", "agreed with the
        # Minister that ..." (not "undertook to ensure that ...": a to-infinitive is content)
        for n in range(k + 1, min(len(toks) - 1, k + _MAX_HEARER_WORDS)):
            if toks[n].low == "that":
                return n + 1
            if not toks[n].text[0].isalnum() or toks[n].form is not None or toks[n].low in lex.BE_FORMS:
                break
    # "noted in particular that", "stressed once again that", "said, however, that"
    n = k
    for _ in range(_MAX_THAT_GAP + 1):
        if n >= len(toks):
            break
        if toks[n].low == "that":
            k = n + 1
            while k < len(toks) and toks[k].text == ",":
                k += 1
            return k if k < len(toks) else None
        if _is_adverb(toks[n]) or toks[n].text == ",":
            n += 1
        elif m := _phrase_forward(toks, n):
            n += m
        else:
            break
    if lemma in lex.HEARER_FIRST:
        for n in range(k, min(len(toks), k + _MAX_HEARER_WORDS)):
            if toks[n].low in lex.HEARER_CONTENT_MARKERS:
                return n + 1 if n + 1 < len(toks) else None
            if not toks[n].text[0].isalnum():
                break
    while k < len(toks) and (
        toks[k].text in ",:" or (_is_adverb(toks[k]) and toks[k].low not in ("both", "all"))
    ):
        k += 1
    k = _after_adjunct(toks, k)
    if k < len(toks) - 1 and toks[k].low in ("on", "upon", "about"):
        k += 1  # "reported on the activities of ...", "elaborated on the plan"
    return k if k < len(toks) else None


def _after_adjunct(toks: list[_Tok], k: int) -> int:
    """Past a short prepositional phrase standing between a cue and its object: "highlighted in
    his presentation the challenges ahead" (the object starts at "the challenges"); not into an
    "of" phrase ("reported on the work of the group" keeps its object)."""
    if k >= len(toks) - 3 or toks[k].low not in _PREPOSITIONS or toks[k].low in ("of", "that"):
        return k
    if toks[k + 1].low not in lex.DETERMINERS:
        return k
    for n in range(k + 2, min(len(toks), k + 2 + _MAX_ADJUNCT_WORDS)):
        tok = toks[n]
        if tok.low in lex.DETERMINERS:
            return n
        if not tok.text[0].isalnum() or tok.low in _PREPOSITIONS or tok.form is not None:
            return k
    return k


def _np_start(toks: list[_Tok], k: int) -> bool:
    """Whether word ``k`` may open a noun phrase after a preposition: "the", "his", "Mr.",
    "them", a plural ("journalists"); not a verb after "to" ("to ensure")."""
    if k >= len(toks):
        return False
    tok = toks[k]
    if tok.low in lex.DETERMINERS or tok.text[0].isupper() or tok.low in _HEARER_PRONOUNS:
        return True
    return tok.form is None and tok.low.endswith("s") and not tok.low.endswith("ss")


def _ends_clause(s: _Sentence, n: int, cue: int | None = None) -> bool:
    """Whether word ``n`` starts a new clause that ends the content before it: a coordinated
    verb ("and highlighted", ", and discussed"), a participial cue (", stressing"), ", while"
    before a new subject, ";". A coordinated verb that does not agree with the cue at word
    ``cue`` continues the content instead (see ``_agrees``)."""
    toks = s.toks
    tok = toks[n]
    if tok.low not in _BREAKS:
        return False
    if tok.text == ";":
        return True
    if tok.text == "," and n + 1 < len(toks):
        nxt = toks[n + 1]
        if nxt.form == "ing":
            return True
        if (
            nxt.low in ("while", "whereas", "whilst")
            and n + 2 < len(toks)
            and not toks[n + 2].low.endswith("ing")
        ):
            return True
    if tok.low in ("and", "but") or (tok.low == "as" and n + 2 < len(toks) and toks[n + 1].low == "well"):
        k = n + (3 if tok.low == "as" else 1)
        k = _skip_forward(toks, k)
        if k >= len(toks):
            return False
        nxt = toks[k]
        if _own_subject_cue(s, n + 1):
            return True
        if cue is not None and not _agrees(toks, cue, n + 1, k):
            return False
        form = nxt.form
        if form in ("past", "s") and nxt.text[0].islower():
            return True
        if form == "ing" and n > 0 and _follows_participle(s, n):
            return True
        if nxt.low in lex.ACTIVITY_VERBS and nxt.text[0].islower() and not nxt.low.endswith("ing"):
            return True
        after = toks[k + 1].low if k + 1 < len(toks) else ""
        if nxt.low.endswith("ed") and nxt.text[0].islower() and after in lex.DETERMINERS:
            return True
    return False


def _own_subject_cue(s: _Sentence, k: int) -> bool:
    """Whether a clause with a subject of its own and a finite cue starts at word ``k`` (after
    "and", "but"): "She said that costs fell, and she announced that a fund would open" is two
    statements; the first content ends before ", and she". (Without a speaker as subject the
    clause goes on: "He noted that costs fell and prices rose".)"""
    toks = s.toks
    for v in range(k + 1, min(len(toks), k + 1 + _MAX_GROUP_WORDS)):
        tok = toks[v]
        if not tok.text[0].isalnum():
            return tok.text == "," and _cue_after_parenthesis(s, k, v)
        if tok.lemma is None or tok.form not in ("past", "s") or not tok.text[0].islower():
            continue
        if tok.form == "s" and _noun_use(s, v):
            continue  # "and the member states stressed ..."
        j = _skip_back(toks, v - 1)
        if j < k or toks[j].low in _RELATIVES:
            return False  # "thanked the team and the Mayor who welcomed it": one object
        if j == k and (toks[k].low in _SUBJECT_PRONOUNS or toks[k].low in lex.GROUP_PRONOUNS):
            return True
        speaker = _speaker_ending(s, j, join=False)
        return speaker is not None and speaker.start >= toks[k].start
    return False


def _cue_after_parenthesis(s: _Sentence, k: int, c: int) -> bool:
    """Whether words ``k .. c - 1`` are a speaker and, after a parenthesis from the comma at
    ``c`` to the next comma, a finite cue follows: "..., and the Mayor, who chaired the
    meeting, noted that ..."."""
    toks = s.toks
    speaker = _speaker_ending(s, c - 1, join=False) if c > k else None
    if speaker is None or speaker.start < toks[k].start:
        return False
    for n in range(c + 1, min(len(toks) - 1, c + _MAX_ANTECEDENT_WORDS)):
        if toks[n].text in ";:":
            return False
        if toks[n].text == ",":
            v = _skip_forward(toks, n + 1)
            verb = toks[v] if v < len(toks) else None
            return verb is not None and verb.form in ("past", "s") and verb.text[0].islower()
    return False


def _auxiliaries(toks: list[_Tok], a: int, b: int) -> tuple[str, ...]:
    """The auxiliaries among words ``a .. b - 1`` ("has", "will"), lowercase, in order."""
    return tuple(t.low for t in toks[a:b] if t.low in lex.AUXILIARIES)


def _tense(tok: _Tok) -> str | None:
    """ "past" or "s" (present) for a finite verb form without auxiliary, else None."""
    if tok.form in ("past", "s"):
        return tok.form
    low = tok.low
    if low in lex.IRREGULAR_PASTS or (low.endswith("ed") and not low.endswith("eed") and low.isalpha()):
        return "past"  # "financed", "met" (not "need", "exceed")
    if low in lex.ACTIVITY_VERBS and low.endswith("s") and not low.endswith("ss"):
        return "s"  # "hosts", "leads" (not "address", "discuss")
    return None


def _agrees(toks: list[_Tok], cue: int, a: int, v: int) -> bool:
    """Whether the verb at word ``v`` (after "and" at ``a - 1``, adverbs and auxiliaries at
    ``a .. v - 1``) may share the subject of the cue at word ``cue``: a second verb of the same
    speaker keeps the cue's auxiliaries or drops them ("He has stressed A and (has) called for
    B") and its tense ("She noted A and stressed B"). One that differs belongs to the reported
    clause: "She recalled that the fund dates back to 1990 and has financed schools" (the fund
    has financed them), "He noted that the port handles grain and ships ore"."""
    mine = _auxiliaries(toks, a, v)
    before = _skip_back(toks, cue - 1)
    theirs = _auxiliaries(toks, before + 1, cue)
    if mine:
        return mine == theirs
    if theirs:
        return True
    cue_tense, verb_tense = _tense(toks[cue]), _tense(toks[v])
    return cue_tense is None or verb_tense is None or cue_tense == verb_tense


def _follows_participle(s: _Sentence, n: int) -> bool:
    """Whether an "and" at word ``n`` continues a participial cue ("After congratulating X and
    thanking him, ...")."""
    for k in range(n - 1, max(-1, n - 1 - _MAX_ANTECEDENT_WORDS), -1):
        if s.toks[k].form == "ing":
            return True
        if s.toks[k].text in (",", ";"):
            return False
    return False


def _content_end(s: _Sentence, k: int, stop: int, cue: int | None = None) -> int:
    """The offset where the content starting at word ``k`` ends, before word ``stop`` at most;
    ``cue``: the word of the finite cue it reports, for the agreement of a coordinated verb."""
    end_k = stop
    # only a word of _BREAKS may start a new clause: the others are skipped in C
    for n in compress(range(k + 1, stop), map(_BREAKS.__contains__, s.lows[k + 1 : stop])):
        if _ends_clause(s, n, cue):
            end_k = n
            break
    return _trim_end(s, k, end_k)


def _trim_end(s: _Sentence, k: int, end_k: int) -> int:
    """The end offset of words ``k .. end_k - 1``, without trailing commas, a final full stop
    or an unmatched closing quotation mark."""
    toks = s.toks
    last = end_k - 1
    while last > k and (toks[last].text in _TRAILING or toks[last].low in ("and", "but", "as", "well")):
        last -= 1
    if toks[last].text in _QUOTE_MARKS and not any(t.text in _QUOTE_MARKS for t in toks[k:last]):
        last -= 1
        while last > k and toks[last].text in _TRAILING:
            last -= 1
    return toks[last].end


def _is_clause(toks: list[_Tok], k: int, end_k: int) -> bool:
    """Whether words ``k ..`` read as a clause (for cues that need one): "that ...", a
    wh-word, "to" + verb, a quotation, or a finite verb early on ("his Government was keen")."""
    before = k - 1
    while before > 0 and toks[before].text == ",":
        before -= 1
    if before >= 0 and toks[before].low == "that":  # "concluded that, from the data, ..."
        return True
    first = toks[k].low
    if first in _WH_WORDS or toks[k].text in _QUOTE_MARKS or first in _CLAUSE_SUBJECTS:
        return True
    if first == "to":  # "agreed to meet", not "responded to the concerns"
        return k + 1 < end_k and toks[k + 1].low not in lex.DETERMINERS and toks[k + 1].text[0].islower()
    if first in _PREPOSITIONS:
        return False
    stop = min(end_k, k + _MAX_SUBJECT_WORDS)
    for n in range(k, stop):
        t = toks[n]
        if t.low in _FINITE_MARKERS:
            return True
        if not t.text[0].isalnum():
            return False
        # a past verb after the subject's noun: "said the Authority valued the partnership"
        # (not a participle: "answered questions raised by members")
        if n > k and _verbish(t) and toks[n - 1].low not in lex.DETERMINERS:
            return n + 1 >= len(toks) or toks[n + 1].low != "by"
    return False


def _welcome_greeting(s: _Sentence, k: int) -> bool:
    """ "The Mayor welcomed the delegation", "She welcomed participants to Geneva": a greeting,
    not a stance (but "welcomed the Minister's proposal" is one)."""
    toks = s.toks
    person = s.mentions.person_start.get(toks[k].start)
    if person is not None:
        end_k = _last_before(toks, person[1].end)
        return not toks[end_k].low.endswith(("'s", "’s"))
    for n in range(k, min(len(toks), k + 4)):
        low = toks[n].low
        if low in lex.GREETING_OBJECTS:
            nxt = toks[n + 1].low if n + 1 < len(toks) else ""
            return nxt not in ("'s", "’s", "of") and not low.endswith(("'s", "’s"))
        if low not in lex.GROUP_OPENERS and not toks[n].text[0].isupper():
            return False
    return False


def _stance_object(toks: list[_Tok], k: int) -> bool:
    """Whether the object at word ``k`` is a stance noun: "her congratulations", "his support"."""
    return any(toks[n].low in lex.STANCE_NOUNS for n in range(k, min(len(toks), k + 4)))


def _accepts(s: _Sentence, lemma: str, k: int, end_k: int) -> bool:
    """Whether the content from word ``k`` suits the cue ``lemma``."""
    toks = s.toks
    prepositional = k > 0 and toks[k - 1].low in lex.PREPOSITIONAL_CONTENT.get(lemma, ())
    if lemma in lex.CLAUSE_ONLY and not prepositional and not _is_clause(toks, k, end_k):
        return False
    if lemma in lex.STANCE_OBJECT_ONLY and not _stance_object(toks, k):
        return False
    if (
        k > 0
        and toks[k - 1].low in lex.INFINITIVE_PARTICLES.get(lemma, ())
        and not any(t.low == "to" for t in toks[k:end_k])
    ):
        return False  # "called on the Minister" is a visit; "called on members to act" counts
    return not (lemma == "welcome" and _welcome_greeting(s, k))


# --- Cues --------------------------------------------------------------------------------------


def _sentence_statements(s: _Sentence) -> list[_Found]:
    toks = s.toks
    found: list[_Found] = []
    leading: list[tuple[int, str]] = []  # participial cues opening the sentence
    n = len(toks)
    for i in compress(range(n), map(_cue_words().__contains__, s.lows)):
        tok = toks[i]
        lemma = tok.lemma
        if found and found[-1].start <= tok.start < found[-1].end:
            continue  # inside what was said (see the end): no need to look at it
        if lemma is None:
            other: _Found | None = None
            if tok.low == "according" and i + 1 < n and toks[i + 1].low == "to":
                other = _according(s, i)
            elif tok.low in lex.LIGHT_VERBS:
                other = _light_verb(s, i, found)
            if other:
                found.append(other)
            continue
        form = tok.form
        if form == "ing" or (form == "past" and i > 0 and toks[i - 1].low == "having"):
            if _opens_sentence(toks, i) or _continues_leading(toks, i, leading):
                leading.append((i, lemma))
                continue
            if i > 0 and (toks[i - 1].text == "," or toks[i - 1].low in ("and", "by")) and form == "ing":
                hit = _trailing(s, i, lemma, found)
                if hit:
                    found.append(hit)
            continue
        if form == "base":
            hit = _base_form(s, i, lemma, found)
            if hit:
                found.append(hit)
            continue
        hit = _finite(s, i, lemma, found)
        if hit:
            found.append(hit)
    if leading:
        found.extend(_leading(s, leading, found))
    speech = _speech_noun_opener(s, found)
    if speech:
        found.append(speech)
    # a cue inside another statement's content is part of what was said, not a speech act of
    # its own: "He noted that the Bank supports its members" (no statement by the Bank). No
    # content holds its own cue, so each statement is checked against all (sorted, prefix max).
    spans = sorted((f.start, f.end) for f in found)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    kept = []
    for f in found:
        at = toks[f.cue].start
        n = bisect.bisect_right(starts, at)
        if not (n and reach[n - 1] > at):
            kept.append(f)
    return kept


def _opens_sentence(toks: list[_Tok], i: int) -> bool:
    """ "Stressing ..., X said", "After congratulating ...", "Having thanked ..."."""
    k = i - 1 if i > 0 and toks[i - 1].low == "having" else i
    if k == 0:
        return True
    return k == 1 and toks[0].low in _CLAUSE_OPENERS


def _continues_leading(toks: list[_Tok], i: int, leading: list[tuple[int, str]]) -> bool:
    """ "After congratulating X on Y and thanking him for Z, ...": a second opening participle."""
    if not leading or toks[i].form != "ing" or i == 0 or toks[i - 1].low != "and":
        return False
    return i - leading[-1][0] <= _MAX_ANTECEDENT_WORDS and not any(
        t.text == "," for t in toks[leading[-1][0] : i]
    )


def _make(
    s: _Sentence, speaker: _Speaker, i: int, lemma: str, k: int | None, stop: int, coordinated: bool = False
) -> _Found | None:
    """A statement for the cue at word ``i`` with content from word ``k``, or None when the
    content is empty or does not suit the cue."""
    toks = s.toks
    if k is None or k >= stop:
        return None
    end = _content_end(s, k, stop, i if toks[i].form in ("past", "s", "base") else None)
    end_k = _last_before(toks, end) + 1
    if not any(t.text[0].isalnum() for t in toks[k:end_k]):
        return None
    if not _accepts(s, lemma, k, end_k):
        return None
    return _Found(speaker, i, toks[k].start, end, coordinated)


def _shared_object(s: _Sentence, i: int) -> int | None:
    """ "appreciated and encouraged the plan": the first cue's content is the second's. The word
    of the second cue, or None."""
    toks = s.toks
    if i + 2 < len(toks) and toks[i + 1].low in ("and", "or"):
        form = toks[i + 2].form
        if form is not None and form == toks[i].form:
            return i + 2
    return None


def _finite(s: _Sentence, i: int, lemma: str, found: list[_Found]) -> _Found | None:
    """A cue in a finite form ("stressed", "notes"): its subject before it, or the subject of
    the clause before when it is coordinated ("... and highlighted"); a passive goes to
    ``_passive``; "Mr. X, he added, ..." to ``_parenthetical``."""
    toks = s.toks
    subject = _subject(s, i)
    if subject == "be":
        return _passive(s, i, lemma)
    if subject != "and" and i > 0 and toks[i - 1].low == "as":
        return _passive(s, i, lemma)
    if i + 1 < len(toks) and toks[i + 1].low == "by":
        return None  # "the clinic, largely funded by the Province": a reduced passive
    if toks[i].form == "s" and _noun_use(s, i):
        return None  # "delegates of 58 member states attended": a plural noun
    coordinated = subject == "and"
    if coordinated:
        speaker = found[-1].speaker if found else _clause_subject(s, i)
    else:
        speaker = subject if isinstance(subject, _Speaker) else None
    if speaker is None:
        return None
    if i + 1 < len(toks) and toks[i + 1].text == "," and not coordinated:
        paren = _parenthetical(s, i, speaker)
        if paren is not None:
            return paren
    second = _shared_object(s, i)
    cue_at = second if second is not None else i
    k = _content_start(s, cue_at, toks[cue_at].lemma or lemma)
    return _make(s, speaker, i, lemma, k, len(toks), coordinated)


def _noun_use(s: _Sentence, i: int) -> bool:
    """Whether the -s cue form at word ``i`` is a plural noun, not a verb: after a determiner, a
    number, a possessive, a preposition or a lowercase noun modifier ("member states", "the
    notes", "his closing remarks", "in comments to the press"), or right before a finite verb
    ("representatives of member states attended the dialogue", "the remarks were brief").
    A subject word before it keeps it a verb: "The committee notes that ...", "He states ..."."""
    toks = s.toks
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.text[0].islower():
        if (toks[i].low, nxt.low) in lex.COMPOUND_PREPOSITIONS:
            return True  # "thanks to the support of donors"
        if nxt.low in lex.AUXILIARIES or nxt.low in lex.BE_FORMS:
            return True
        after = toks[i + 2].low if i + 2 < len(toks) else ""
        past = nxt.form == "past" or nxt.low in lex.IRREGULAR_PASTS or _tense(nxt) == "past"
        if past and (nxt.lemma is not None or nxt.low in lex.ACTIVITY_VERBS) and after in lex.DETERMINERS:
            return True  # "member states attended the dialogue", "the notes said that"
    if i == 0:
        return False
    prev = toks[i - 1]
    low = prev.low
    if low in lex.SUBJECT_WORDS or low in _SUBJECT_PRONOUNS or low in lex.GROUP_PRONOUNS:
        return False
    if low in lex.DETERMINERS or low in _PREPOSITIONS or low.isdigit() or low.endswith(("'s", "’s")):
        return True
    if not (prev.text[0].islower() and low.isalpha()) or _is_adverb(prev):
        return False
    if low in lex.AUXILIARIES or low in _COORDINATORS or low in lex.DOCUMENT_NOUNS or _institution(prev):
        return False
    ix = s.mentions
    return prev.end not in ix.person_end and prev.end not in ix.role_end and prev.end not in ix.org_end


def _parenthetical(s: _Sentence, i: int, speaker: _Speaker) -> _Found | None:
    """ "The new portal, she added, covers all ports": the content follows the second comma.
    "..., he added." at the end: the content is what stands before the subject's comma."""
    toks = s.toks
    subj_k = _index_at(toks, speaker.start)
    if subj_k is None or subj_k == 0 or toks[subj_k - 1].text != ",":
        return None
    if i + 2 < len(toks):
        return _Found(speaker, i, toks[i + 2].start, _content_end(s, i + 2, len(toks)))
    return None


def _passive(s: _Sentence, i: int, lemma: str) -> _Found | None:
    """ "as highlighted by the panellists" (content: the clause before, or after when it opens
    the sentence), "The need for reform was stressed by the Minister" (content: the subject)."""
    toks = s.toks
    if lemma in lex.NO_PASSIVE or i + 2 >= len(toks) or toks[i + 1].low != "by":
        return None
    agent = _speaker_starting(s, i + 2)
    if agent is None:
        return None
    speaker, agent_end = agent
    j = _skip_back(toks, i - 1)
    if toks[j].low == "as":
        if j == 0:
            k = agent_end + 1
            while k < len(toks) and toks[k].text == ",":
                k += 1
            return _make(s, speaker, i, lemma, k, len(toks))
        clause_start = _clause_start(toks, j)
        if clause_start >= j:
            return None
        return _Found(speaker, i, toks[clause_start].start, _trim_end(s, clause_start, j))
    # "X was stressed by Y": the subject, from the clause start to the be-form; not after a
    # relative pronoun ("the strategy, which was welcomed by ...") nor a greeting ("Mr. X was
    # welcomed by the Mayor")
    clause_start = _clause_start(toks, j)
    if clause_start >= j or toks[j - 1].low in _RELATIVES or not _accepts(s, lemma, clause_start, j):
        return None
    return _Found(speaker, i, toks[clause_start].start, _trim_end(s, clause_start, j))


def _clause_start(toks: list[_Tok], j: int) -> int:
    """The first word of the clause that word ``j`` stands in: after the last ";" before it,
    else the sentence start."""
    for k in range(j - 1, -1, -1):
        if toks[k].text == ";":
            return k + 1
    return 0


def _base_form(s: _Sentence, i: int, lemma: str, found: list[_Found]) -> _Found | None:
    """A cue in its base form: after an infinitive frame ("took the opportunity to thank"), an
    emphatic "did" ("He did stress that ..."), or a plural subject ("Both sides agree that").
    Not after a modal: "The Bank will support members" tells an intention, no speech act."""
    toks = s.toks
    if i >= 2 and toks[i - 1].low == "to" and toks[i - 2].low in lex.INFINITIVE_FRAMES:
        speaker = _clause_subject(s, i - 1)
        if speaker is None:
            return None
        return _make(s, speaker, i, lemma, _content_start(s, i, lemma), len(toks))
    j = _skip_back(toks, i - 1)
    if j < 0:
        return None
    between = {toks[n].low for n in range(j + 1, i)}
    if between & lex.AUXILIARIES:
        return _finite(s, i, lemma, found) if between & lex.AUXILIARIES <= _EMPHATIC else None
    if toks[j].low in lex.GROUP_PRONOUNS or _head_plural(toks, j) is not None:
        return _finite(s, i, lemma, found)
    return None


def _trailing(s: _Sentence, i: int, lemma: str, found: list[_Found]) -> _Found | None:
    """ "..., stressing that ..." / "..., and highlighting ...": the speaker of the clause it trails."""
    speaker = found[-1].speaker if found else _clause_subject(s, i)
    if speaker is None:
        return None
    return _make(s, speaker, i, lemma, _content_start(s, i, lemma), len(s.toks))


def _leading(s: _Sentence, leading: list[tuple[int, str]], found: list[_Found]) -> list[_Found]:
    """Opening participles take the main clause's subject: "Congratulating the Ambassador on
    his mission, the Mayor expressed ..." (also without the comma), "After thanking X, he noted"."""
    toks = s.toks
    first = leading[0][0]
    main = [f for f in found if f.cue > first and not f.coordinated]
    speaker: _Speaker | None = None
    stop: int | None = None
    if main:
        speaker = main[0].speaker
        stop = _word_at_or_after(toks, speaker.start) if speaker.start > toks[first].start else None
    if speaker is None or stop is None:
        for k in range(first + 1, len(toks) - 1):
            if toks[k].text == ",":
                after = _speaker_starting(s, k + 1)
                if after is not None:
                    speaker, stop = after[0], k
                break
        if speaker is None and main:
            speaker = main[0].speaker
    if speaker is None:
        return []
    if stop is None:
        stop = main[0].cue if main else len(toks)
    out = []
    for i, lemma in leading:
        hit = _make(s, speaker, i, lemma, _content_start(s, i, lemma), stop)
        if hit:
            out.append(hit)
    return out


def _word_at_or_after(toks: list[_Tok], offset: int) -> int | None:
    """The first word starting at or after ``offset``, or None."""
    k = bisect.bisect_left(toks, offset, key=_START)
    return k if k < len(toks) else None


def _according(s: _Sentence, i: int) -> _Found | None:
    """ "According to X, Y." (content: Y) and "Y, according to X." (content: Y)."""
    toks = s.toks
    hit = _speaker_starting(s, i + 2)
    if hit is None:
        return None
    speaker, end_k = hit
    if i == 0 or (i > 0 and toks[i - 1].text != ","):
        k = end_k + 1
        while k < len(toks) and toks[k].text == ",":
            k += 1
        if k >= len(toks) - 1:
            return None
        return _Found(speaker, i, toks[k].start, _content_end(s, k, len(toks)))
    start = _clause_start(toks, i - 1)
    if start >= i - 1:
        return None
    return _Found(speaker, i, toks[start].start, _trim_end(s, start, i - 1))


def _light_verb(s: _Sentence, i: int, found: list[_Found]) -> _Found | None:
    """ "X gave his views on how ...": giving an opinion noun; the content after the preposition."""
    toks = s.toks
    for n in range(i + 1, min(len(toks) - 1, i + 5)):
        if toks[n].low in lex.OPINION_NOUNS:
            if toks[n + 1].low not in lex.OPINION_PREPOSITIONS:
                return None
            speaker = _subject(s, i)
            if speaker == "and":
                speaker = found[-1].speaker if found else _clause_subject(s, i)
            if not isinstance(speaker, _Speaker):
                return None
            return _make(s, speaker, i, "give", n + 2, len(toks))
        if not toks[n].text[0].isalnum():
            return None
    return None


def _speech_noun_opener(s: _Sentence, found: list[_Found]) -> _Found | None:
    """ "In her address, the Minister focused on the recovery": after an opening speech noun,
    the subject's main verb reports speech even when it is not a cue."""
    toks = s.toks
    if len(toks) < 6 or toks[0].low not in _SPEECH_OPENERS:
        return None
    comma = next((k for k in range(1, min(len(toks), 7)) if toks[k].text == ","), None)
    if comma is None or toks[comma - 1].low not in lex.SPEECH_NOUNS:
        return None
    if toks[1].low not in ("his", "her", "their", "its"):
        return None
    subject = _speaker_starting(s, comma + 1)
    if subject is None:
        return None
    speaker, end_k = subject
    v = _skip_forward(toks, end_k + 1)
    if v >= len(toks) - 1:
        return None
    verb = toks[v]
    if any(f.cue == v for f in found) or verb.lemma is not None:
        return None
    if verb.low in lex.ACTIVITY_VERBS or not verb.text[0].islower() or not verb.low.endswith("ed"):
        return None
    k = v + 1
    if toks[k].low in ("on", "upon", "about", "to"):
        k += 1
    return _make(s, speaker, v, "", k, len(toks))


# --- The stage ---------------------------------------------------------------------------------


def _uncovered(reported: list[Statement], quotes: tuple[Statement, ...]) -> list[Statement]:
    """The reported statements whose content is not mostly a quote's (its cue introduced the
    quote). Quote pieces are sorted once; each statement looks only at the pieces it reaches."""
    pieces = sorted((a, b, n) for n, q in enumerate(quotes) for a, b in (q.parts or ((q.start, q.end),)))
    starts = [a for a, _, _ in pieces]
    kept = []
    for st in reported:
        shared: dict[int, int] = {}
        k = bisect.bisect_left(starts, st.end) - 1
        while k >= 0 and k >= bisect.bisect_left(starts, st.start) - _EARLIER_PIECES:
            a, b, n = pieces[k]
            shared[n] = shared.get(n, 0) + max(0, min(b, st.end) - max(a, st.start))
            k -= 1
        size = st.end - st.start
        if not any(2 * part >= size for part in shared.values()):
            kept.append(st)
    return kept


def _not_quoted(reported: list[Statement], cues: list[int], quotes: tuple[Statement, ...]) -> list[Statement]:
    """The reported statements whose cue (at offset ``cues[n]``) is neither inside a quote's
    words nor a quote's own cue. Inside: "“Our clients ask about emissions first,” said Ms. X"
    (the clients' asking is part of what she said). The quote's cue: "“We are ready,” he told
    the audience" is one quote, not also a statement whose content is "the audience"; the
    quote's cue is the reported cue with its word in its sentence nearest to the quote."""
    if not quotes:
        return reported
    pieces = sorted(p for q in quotes for p in (q.parts or ((q.start, q.end),)))
    starts = [a for a, _ in pieces]
    by_cue: dict[tuple[int, str], list[int]] = {}
    for n, st in enumerate(reported):
        by_cue.setdefault((st.sentence, st.cue), []).append(n)
    dropped: set[int] = set()
    for q in quotes:
        same = by_cue.get((q.sentence, q.cue))
        if same:
            dropped.add(min(same, key=lambda n: min(abs(cues[n] - q.start), abs(cues[n] - q.end))))
    kept = []
    for n, st in enumerate(reported):
        k = bisect.bisect_right(starts, cues[n]) - 1
        if n not in dropped and not (k >= 0 and cues[n] < pieces[k][1]):
            kept.append(st)
    return kept


@cache
def _chairing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that make the name after them ("under the chairmanship of H.E. Ms. X") or
    before them ("Ms. X, who chaired the session") the chair: see ``lex.CHAIRING_BEFORE``."""

    def words(phrases: tuple[str, ...]) -> str:
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)

    # up to three style words between the phrase and the mention: "H.E.", "Her Worship"
    before = re.compile(rf"(?i:\b(?:{words(lex.CHAIRING_BEFORE)}))\s+(?:[A-Z][\w.]*\s+){{0,3}}$")
    after = re.compile(rf"\s*(?:,\s*who\s+)?(?i:(?:{words(lex.CHAIRING_AFTER)}))\b")
    return before, after


def _title_core(title: str) -> str:
    """A title without its "of" complement, casefolded: "Mayor of Eastbrook" -> "mayor"."""
    return title.casefold().split(" of ")[0].strip()


def _role_holders(text: str, who: PeopleResult) -> dict[str, str]:
    """The named person each unnamed role phrase refers to, when exactly one person holds that
    title: "the Mayor" is Ms. X when she is the only person titled "Mayor" ("Deputy Mayor" is
    another title); "the Mayor of Eastbrook" needs that full title; "the Chairperson" is the one
    person the text says chairs ("under the chairmanship of Dr. Y", "Dr. Y, who chaired ...").
    The people stage links most title phrases itself; this catches the ones it left open."""
    if not who.participants:
        return {}
    before, after = _chairing()
    window = 60  # characters before a mention where "under the chairmanship of" may stand
    chairs = {
        p.name
        for p in who.people
        for m in p.spans
        if m.kind == "name"
        and (before.search(text, max(0, m.start - window), m.start) or after.match(text, m.end))
    }
    holders: dict[str, str] = {}
    for r in who.participants:
        full = (r.title or r.role).casefold()
        core = _title_core(full)
        titled = {p.name for p in who.people if p.title and _title_core(p.title) == core}
        if full != core:
            candidates = {p.name for p in who.people if p.title and p.title.casefold() == full}
        elif core in lex.CHAIR_TITLES:
            candidates = chairs | titled
        else:
            candidates = titled
        if len(candidates) == 1:
            holders[r.role] = next(iter(candidates))
    return holders


def find_statements(article: Article, who: PeopleResult) -> tuple[Statement, ...]:
    """Every statement of ``article``, reported or quoted, in text order (see the module
    docstring for the rules)."""
    surnames = surname_mentions(article, who)
    index = _index(who, surnames)
    text = article.text
    reported: list[Statement] = []
    cues: list[int] = []  # each reported statement's cue offset
    triggers = lex.trigger_words()
    openers = lex.SPEECH_NOUNS
    last: _Speaker | None = None
    last_paragraph = -1
    for paragraph in article.paragraphs:
        previous: _Words | None = None
        if paragraph.index - last_paragraph > 1:
            last = None
        for sentence in paragraph.sentences:
            words = _Words(text, sentence)
            lows = words.lows
            if triggers.isdisjoint(lows) and not (
                lows and lows[0] in _SPEECH_OPENERS and not openers.isdisjoint(lows)
            ):
                previous = words
                continue
            toks = words.tokens()
            s = _Sentence(text, toks, sentence, index, lows, previous, last)
            previous = words
            for f in _sentence_statements(s):
                if f.speaker.kind == "person":
                    last, last_paragraph = f.speaker, paragraph.index
                reported.append(
                    Statement(
                        speaker=f.speaker.name,
                        speaker_kind=f.speaker.kind,
                        cue=toks[f.cue].text,
                        start=f.start,
                        end=f.end,
                        paragraph=paragraph.index,
                        sentence=sentence.index,
                        direct=False,
                    )
                )
                cues.append(toks[f.cue].start)
    quotes = find_quotes(article, who, surnames)
    reported = _not_quoted(reported, cues, quotes)
    kept = _uncovered(reported, quotes)
    out = sorted((*kept, *quotes), key=lambda st: (st.start, st.end))
    holders = _role_holders(text, who)
    if holders:
        out = [
            replace(st, speaker=holders[st.speaker])
            if st.speaker_kind == "person" and st.speaker in holders
            else st
            for st in out
        ]
    log.debug("statements: %d reported, %d quoted", len(kept), len(quotes))
    return tuple(out)
