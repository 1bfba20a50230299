"""Direct quotes: the words someone said inside quotation marks, with their cue and speaker.

One function, ``find_quotes(article, who) -> tuple[Statement, ...]``; the statements stage
calls it and drops the reported statements that overlap a quote. Quotation marks are paired
on paragraph text with offsets (the sentence splitter may cut inside a quotation); the words
around them are read from the article's token table (``grammar.words_in``).

Quotation marks pair as ``quotemarks`` says (curly, guillemets, straight double; single only
curly; one left open at a paragraph's end runs to it). Content: the words inside the marks,
without the spaces and the closing comma, full stop, colon or semicolon of the quoted sentence
(as the corpus GUIDE and its gold do: "... ready for the change.”" gives "... ready for the
change"); "?" and "!" stay.

A quotation is a statement when one of these gives its cue and speaker:

- an attribution after it, when the quotation opens a sentence: "“...,” said X." /
  "“...”, stressed the Mayor." / "“...,” X said." / "“...,” he added in his speech."; the
  attribution takes no content of its own ("“...”, he said that ..." is not one);
- an introduction before it, in the same sentence: "X said: “...”" (the last cue before the
  colon), "X said, “...”", "X said that “...”", "X stated “...”" (this last form only for
  a quotation of clause length, see below); "According to X, “...”"; "She continued: “...”";
  with no cue word: "In the words of X, “...”", "In her own words, “...”", "X had this to
  say: “...”", "X issued the following statement: “...”" (also closing the paragraph before),
  a transcript's label: "Dr. Holm: “...”";
- a pull quote signed after a dash, with no verb: "“...” – Ana Ruiz, farmer" (no cue word),
  also on the line below a quotation that closes its paragraph;
- a split quotation: "“A,” he said, “B.”" and "“A,” he said. “B.”" join the second piece to
  the first statement (``parts``), as does a quotation that continues across a paragraph break;
- a quotation standing alone as a sentence or a paragraph, of clause length, gets the speaker
  of the last speech act before it in its paragraph or, when it opens the paragraph, in the
  paragraph before ("Dr. X stressed the role of data." / "“Data is the new currency of
  borders.”"), unless the sentence right before it has another person as its subject: then
  it is that person's when the sentence only tells their stance ("Mr. Y was more cautious.",
  also before a colon: "Mr. Y was blunt: “...”"), else no one's. Its cue is that speech
  act's verb as written; its paragraph is the quotation's own, except after an introduction
  ending with a colon ("Dr. X said:" closing the paragraph before), which is this
  quotation's own cue and paragraph.

Scare quotes and titles never count: a quotation needs one of the cues above, a cue before a
quotation never follows a naming word ("a report entitled “...”") nor presents a title ("He
presented “...”"), and a title-cased quotation ("Customs in the 21st Century") never counts
after a cue. Clause length: at least four words, not title-cased.

Speakers resolve through the people stage: a person mention (name, title, pronoun) gives the
person's name and id (kind "person"); an unnamed role holder gives its role and id (kind
"person", as the statements stage names it); otherwise a group or body phrase is kept as
written ("Both sides", "The Council"; kind "group", or "organization" for a named
organization, with its id, or a body noun); a title's initials ("said the DSG") name the
one person whose title they abbreviate (``attribution.initials_holders``); an inverted subject
stops before its relative clause ("said the envoy who represented Minister X" is the envoy's);
a document never speaks ("“...,” the report says" is no statement), nor a possessive's person
("said the President's spokesman" is not the President's; "..., Mr. X" after it is Mr. X's). A
pronoun after a quotation that the people stage gave to someone the quotation itself names ("“I
thank Dr. Y,” he said.") goes to the last speaker before, or the subject of the sentence
before. A bare surname the people stage left unlinked ("“...,” Lopez said.") is the one person
whose name ends with it (``attribution.surname_mentions``, which the statements stage reads
too).

Cost: one pass over each paragraph's quotation marks, and a bounded look around each
quotation (its sentence, the attribution clause, at most three sentences back for the
speaker given just before); lookups bisect the sorted mentions.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import NamedTuple

from briefcli.analysis.attribution import (
    initials_holders,
    organization_id,
    organization_names,
    overlaps,
    person_genders,
    surname_mentions,
)
from briefcli.analysis.grammar import FINITE_MARKERS, POSSESSIVE_ENDINGS, Words, word_after, words_in
from briefcli.analysis.people import PeopleResult, person_mentions
from briefcli.analysis.quotemarks import Quote, paragraph_quotes
from briefcli.lang import en as lex
from briefcli.lang.en import NOT_SUBJECT_LEADS, SUBJECT_PRONOUNS, TITLE_SMALL_WORDS
from briefcli.model import (
    Article,
    Gender,
    Mention,
    Organization,
    Participant,
    Person,
    SpeakerKind,
    Statement,
    Tokens,
    Word,
)

__all__ = ["find_quotes"]

_SENTENCE_END = ".!?"
_MIN_CLAUSE_WORDS = 4
# "“...,” the Minister of Finance of the Russian Federation said.", "“...,” 2011-2013 Union
# President and Port of Eastbrook Executive Director Ana Ruiz said."
_MAX_SPEAKER_WORDS = 16
_MAX_GROUP_WORDS = 6
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})  # open a relative clause after a subject
_MAX_CUE_TO_COLON = 8  # "He said in his opening remarks to the participants:"
_LAST_SPEECH_SENTENCES = 3  # how far back "the speaker given just before" is looked for
_LAST_SPEECH_TRIES = 5  # cues without a subject tried there before giving up (keeps it linear)


class _Speaker(NamedTuple):
    name: str
    kind: SpeakerKind
    person: Person | None = None
    mention: Mention | None = None
    id: str | None = None  # the person ("p1"), role holder ("u1") or organization ("o1")


class _Attribution(NamedTuple):
    cue: str
    cue_start: int
    speaker: _Speaker
    end: int  # where the attribution ends (for joining a split quotation)
    after: bool  # the attribution follows the quotation


@dataclass(slots=True)
class _Group:
    quotes: list[Quote]
    cue: str
    cue_start: int | None  # None when the cue belongs to an earlier speech act
    speaker: _Speaker
    para: int


class _Index(NamedTuple):
    """The article's words, its sentences and the people stage's mentions, sorted for bisection."""

    text: str
    tokens: Tokens
    sent_starts: list[int]
    sent_ends: list[int]
    sent_index: list[int]
    mentions: tuple[tuple[Mention, Person], ...]
    mention_starts: list[int]
    roles: list[tuple[int, int]]  # unnamed role holders' mentions
    role_of: dict[tuple[int, int], Participant]
    orgs: list[tuple[int, int]]  # organizations' mentions
    org_of: dict[tuple[int, int], Organization]
    org_names: dict[str, str]  # each organization's name, acronym and aliases: its id
    para_bounds: list[tuple[int, int]]
    para_starts: list[int]
    quoted: list[tuple[int, int]]  # every quotation, marks included
    genders: dict[str, Gender]  # each person's gender when the text tells it (by id)
    initials: dict[str, Person]  # a title's initials and its one holder: "the DSG"

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def sentence_at(self, pos: int) -> int:
        """Position in the sorted sentence lists of the sentence holding ``pos``."""
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def mentions_between(self, lo: int, hi: int) -> list[tuple[Mention, Person]]:
        i = bisect.bisect_left(self.mention_starts, lo)
        out: list[tuple[Mention, Person]] = []
        while i < len(self.mentions) and self.mention_starts[i] < hi:
            out.append(self.mentions[i])
            i += 1
        return out

    def words(self, lo: int, hi: int) -> Words:
        """The words inside ``[lo, hi)``, punctuation left out."""
        return words_in(self.text, self.tokens, lo, hi)


def _index(
    article: Article,
    who: PeopleResult,
    quoted: list[tuple[int, int]],
    surnames: tuple[tuple[Mention, Person], ...] | None = None,
) -> _Index:
    sents = article.sentences
    mentions = person_mentions(who)
    bare = surname_mentions(article, who) if surnames is None else surnames
    if bare:
        mentions = tuple(sorted((*mentions, *bare), key=lambda mp: (mp[0].start, mp[0].end)))
    return _Index(
        text=article.text,
        tokens=article.tokens,
        sent_starts=[s.start for s in sents],
        sent_ends=[s.end for s in sents],
        sent_index=[s.index for s in sents],
        mentions=mentions,
        mention_starts=[m.start for m, _ in mentions],
        roles=sorted((m.start, m.end) for p in who.participants for m in p.spans),
        role_of={(m.start, m.end): p for p in who.participants for m in p.spans},
        orgs=sorted((m.start, m.end) for o in who.organizations for m in o.spans),
        org_of={(m.start, m.end): o for o in who.organizations for m in o.spans},
        org_names=organization_names(who),
        para_bounds=[(p.start, p.end) for p in article.paragraphs],
        para_starts=[p.start for p in article.paragraphs],
        quoted=quoted,
        genders=person_genders(who, article.text),
        initials=initials_holders(who),
    )


# --- Shapes of the quoted words ----------------------------------------------------------------


def _title_cased(w: Words) -> bool:
    """ "Customs in the 21st Century", "Single Window": every main word capitalised."""
    main = [word for word in w.words if word.low not in TITLE_SMALL_WORDS]
    return len(main) >= 1 and all(word.cap or word.digit for word in main)


def _clause_like(idx: _Index, q: Quote) -> bool:
    w = idx.words(q.start, q.end)
    return len(w) >= _MIN_CLAUSE_WORDS and not _title_cased(w)


def _opens_sentence(text: str, lo: int, q: Quote) -> bool:
    """Nothing before the quotation in its sentence: the paragraph's start, or a sentence end
    ("... he said. “We ...") or a colon before it."""
    before = text[lo : q.open].rstrip()
    if not before:
        return True
    last = before[-1]
    if last in '”»"’' and len(before) > 1:
        last = before[-2]
    return last in _SENTENCE_END


def _closes_sentence(text: str, q: Quote, hi: int) -> bool:
    """Nothing after the quotation in its sentence: "“...”." or "“...”" then a new sentence."""
    if not q.closed:
        return True
    after = text[q.close + 1 : hi].lstrip()
    if not after:
        return True
    if after[0] in _SENTENCE_END:
        return True
    inner = text[q.open + 1 : q.close].rstrip()
    return bool(inner) and inner[-1] in _SENTENCE_END and after[0].isupper()


# --- Speakers ----------------------------------------------------------------------------------


def _is_cue(word: Word, finite: bool) -> str | None:
    """The cue lemma of ``word``; with ``finite``, only its -s and past forms ("said", "says")."""
    if word.lemma is None or word.low in lex.ACTIVITY_VERBS:
        return None
    if finite and word.form not in ("past", "s"):
        return None
    return word.lemma


def _filler(word: Word) -> bool:
    """A word between a speaker and the cue: "also", "further", "warmly"."""
    low = word.low
    return low in lex.SPEAKER_VERB_FILLERS or (low.endswith("ly") and len(low) > 4)


def _simple_gap(idx: _Index, a: int, b: int) -> bool:
    """Only fillers (and one apposition between commas) between a speaker and the cue:
    "Dr. X also said", "Dr. X, the Secretary General, stressed"."""
    text = idx.text
    gap = text[a:b].strip()
    if gap.startswith(","):
        last = text.rfind(",", a, b)
        if last == text.index(",", a, b):
            return False
        a = last + 1
    return all(_filler(word) for word in idx.words(a, b).words) and not any(ch in text[a:b] for ch in ".;:!?")


def _person(mention: Mention, person: Person) -> _Speaker:
    return _Speaker(person.name, "person", person, mention, person.id)


def _group(idx: _Index, w: Words) -> _Speaker | None:
    """A group or body phrase as written: "Both sides", "The Council", "the WCO", "They",
    "Representatives of the private sector" (the head stands before "of")."""
    if not w.words or len(w) > _MAX_GROUP_WORDS:
        return None
    lows = list(w.lows)
    of = lows.index("of") if "of" in lows[1:] else len(lows)
    head = lows[of - 1]
    if head in lex.DOCUMENT_NOUNS or lows[0] in lex.DOCUMENT_NOUNS:
        return None
    phrase = w.span(0, len(w) - 1)
    if head in lex.GROUP_HEADS or (len(w) == 1 and head in lex.GROUP_PRONOUNS):
        return _Speaker(phrase, "group")
    org = overlaps(idx.orgs, w.starts[0], w.ends[-1])
    if head in lex.BODY_HEADS or org:
        org_id = idx.org_of[org].id if org else organization_id(idx.org_names, phrase)
        return _Speaker(phrase, "organization", id=org_id)
    return None


def _role(idx: _Index, lo: int, hi: int) -> _Speaker | None:
    """An unnamed role holder, by role as the statements stage names it: "the Acting Head of
    the Federal Customs Service" -> "Acting Head of the Federal Customs Service"."""
    span = overlaps(idx.roles, lo, hi)
    if span is None:
        return None
    role = idx.role_of[span]
    return _Speaker(role.role, "person", id=role.id)


def _speaker_in(idx: _Index, lo: int, hi: int) -> _Speaker | None:
    """The speaker a phrase names: its first person mention, an unnamed role holder, or a
    group or body phrase as written."""
    found = [mp for mp in idx.mentions_between(lo, hi) if not _possessor(idx.text, mp[0])]
    if found:
        return _person(*found[0])
    role = _role(idx, lo, hi)
    if role:
        return role
    w = idx.words(lo, hi)
    acronym = w.texts[-1] if w.words and len(w) <= 2 and w.lows[0] in ("the", w.lows[-1]) else ""
    holder = idx.initials.get(acronym) if acronym.isupper() else None
    if holder is not None:  # "said the DSG": the Deputy Secretary General the text named
        return _Speaker(holder.name, "person", holder, None, holder.id)
    # "the ministers in a joint statement": the phrase stops before the tail
    tail = next((k for k in range(1, len(w)) if w.texts[k] in lex.QUOTE_ATTRIBUTION_TAIL), len(w))
    return _group(idx, w.part(0, tail))


def _possessor(text: str, m: Mention) -> bool:
    """Whether a mention is a possessive, the determiner of the noun after it, which is the one
    who speaks: "said the President's spokesman" (not the President)."""
    return text[m.end - 2 : m.end] in POSSESSIVE_ENDINGS or text[m.end : m.end + 2] in POSSESSIVE_ENDINGS


def _subject_before(idx: _Index, lo: int, verb: int, participle: bool) -> _Speaker | None:
    """The subject of a cue at ``verb`` in the clause from ``lo``: the nearest person mention
    with only fillers or an apposition before the verb ("Dr. X, WCO head, also said:"); for a
    participle ("..., adding:"), the sentence's first person not governed by a preposition."""
    found = idx.mentions_between(lo, verb)
    w = idx.words(lo, verb)
    n = len(w)
    while n and _filler(w.words[n - 1]):
        n -= 1
    w = w.part(0, n)
    coordinated = bool(n) and w.lows[-1] == "and"
    if coordinated and not participle:
        return _coordinated_subject(idx, lo, verb, w.starts[-1])
    if participle:
        free = _first_free_person(idx, lo, found)
        if free is not None:
            return free
    for mention, person in reversed(found):
        if mention.end <= verb and _simple_gap(idx, mention.end, verb):
            return _person(mention, person)
    if not n or coordinated:
        return None
    role = _role(idx, w.starts[-1], w.ends[-1])
    if role and _simple_gap(idx, w.ends[-1], verb):
        return role
    # the phrase back to the clause's start or a comma: "In Geneva, both sides said:"
    comma = idx.text.rfind(",", lo, w.starts[-1])
    return _group(idx, w.part(w.first_from(comma + 1) or 0, n) if comma >= 0 else w)


def _coordinated_subject(idx: _Index, lo: int, verb: int, and_at: int) -> _Speaker | None:
    """ "Ms. X thanked the hosts and said: “...”", "The Minister thanked Ms. Y and added:": a
    cue after "and" (at ``and_at``) shares the subject of the clause it is coordinated with,
    its first person or role holder (not after a preposition)."""
    subject = _subject_before(idx, lo, verb, participle=True)
    role_span = overlaps(idx.roles, lo, and_at)
    if role_span and (subject is None or subject.mention is None or role_span[0] < subject.mention.start):
        return _role(idx, *role_span)
    return subject


def _first_free_person(idx: _Index, lo: int, found: list[tuple[Mention, Person]]) -> _Speaker | None:
    """The first person mentioned from ``lo`` not governed by a preposition: "Dr. X, thanking
    Ms. Y, added:" (Dr. X)."""
    for mention, person in found:
        before = idx.words(lo, mention.start)
        if _possessor(idx.text, mention):
            continue  # "The Minister's adviser thanked the hosts and said:"
        if not before.words or before.lows[-1] not in NOT_SUBJECT_LEADS:
            return _person(mention, person)
    return None


# --- Attributions ------------------------------------------------------------------------------


def _attribution_after(idx: _Index, q: Quote, hi: int) -> _Attribution | None:
    """ "“...,” said X." / "“...,” X said." / "“...”, stressed the Mayor of Tartu." / "“...,”
    according to X."."""
    text = idx.text
    if not q.closed:
        return None
    a = q.close + 1
    while a < hi and (text[a].isspace() or text[a] in ",–—"):
        a += 1  # "“...,” said X", "“...” – said X"
    if a >= hi or not text[a].isalnum():  # "“...,” 2011-2013 President X said"
        return None
    s = idx.sentence_at(a)
    end = min(hi, idx.sent_ends[s]) if idx.sent_starts[s] <= a else hi
    w = idx.words(a, end)
    if not w.words:
        return None
    if (_is_cue(w.words[0], finite=True) or _quote_only(w, 0) == 1) and w.words[0].lower:
        return _inverted(idx, w, end)  # "said X", "continued the Minister"
    if len(w) > 2 and w.lows[0] == "according" and w.lows[1] == "to":
        # "“...,” according to the Minister."
        speaker = _speaker_in(idx, w.ends[1], end)
        return _Attribution(w.texts[0], w.starts[0], speaker, end, True) if speaker else None
    found = _speaker_first(idx, w, end)
    if found is None and _DASHES.intersection(text[q.close + 1 : a]):
        return _signed(idx, q, a, hi)
    return found


def _finite_verb(word: Word) -> bool:
    """A word that is surely a finite verb ("met", "said", "is"), not a participle that may
    qualify a noun ("retired teacher")."""
    low = word.low
    return word.lower and (
        word.form in ("past", "s")
        or low in lex.ACTIVITY_VERBS
        or low in FINITE_MARKERS
        or low in lex.IRREGULAR_PASTS
    )


_DASHES = frozenset("–—")  # a pull quote's signature: "“...” – Ana Ruiz, farmer"


def _signed(idx: _Index, q: Quote, a: int, hi: int) -> _Attribution | None:
    """A pull quote signed after a dash, with no verb: "“We will not wait for the rains.” –
    Ana Ruiz, farmer". The person named right after the dash said it, when only her
    apposition (no verb) follows the name up to the paragraph's end or the next quotation;
    there is no cue word (an empty cue)."""
    found = idx.mentions_between(a, a + 1)
    if not found or found[0][0].kind == "pronoun" or not _clause_like(idx, q):
        return None
    mention, person = found[0]
    tail = idx.text[mention.end : hi].strip()
    if tail and (tail[0] != "," or any(map(_finite_verb, idx.words(mention.end, hi).words))):
        return None  # "– Ana Ruiz, a farmer, met the envoy": a sentence of its own
    # no verb to show: the point reads "Ruiz: “...”", in the quotation's sentence
    return _Attribution("", q.open, _person(mention, person), hi, True)


def _signed_below(idx: _Index, q: Quote) -> _Attribution | None:
    """A quotation closing its paragraph, signed on the line below after a dash: "“We will
    invest where the traffic is.”  /  — Deputy Minister Ana Ruiz" (a pull quote's signature
    standing as a paragraph of its own; see ``_signed``)."""
    nxt = q.para + 1
    if nxt >= len(idx.para_bounds) or not q.closed:
        return None
    lo, hi = idx.para_bounds[nxt]
    text = idx.text
    if text[lo] not in _DASHES or text[q.close + 1 : idx.para_bounds[q.para][1]].strip():
        return None
    a = lo + 1
    while a < hi and text[a].isspace():
        a += 1
    return _signed(idx, q, a, hi)


def _inverted(idx: _Index, w: Words, end: int) -> _Attribution | None:
    """ "said X", "stressed the Mayor of Tartu" after a quotation (the cue is word 0)."""
    comma = idx.text.find(",", w.ends[0], end)
    stop = comma if comma >= 0 else end
    # "said the envoy who represented Minister X": a relative clause is no part of the subject
    relative = next((w.starts[k] for k in range(1, len(w)) if w.lows[k] in _RELATIVE_WORDS), end)
    # the name may close the sentence or stand before the relative clause: '“...,” said
    # Peru's envoy, Ms. Ana Ruiz, who chaired the session.'
    closing = _closing_name(idx, comma, relative) if 0 <= comma <= relative else None
    if closing is not None:  # '“...,” said the chair of the board, Ms. Ana Ruiz.'
        return _Attribution(w.texts[0], w.starts[0], closing[0], closing[1], True)
    speaker = _speaker_in(idx, w.ends[0], min(stop, relative))
    return _Attribution(w.texts[0], w.starts[0], speaker, stop, True) if speaker else None


def _closing_name(idx: _Index, comma: int, end: int) -> tuple[_Speaker, int] | None:
    """The person whose name closes an inverted attribution after a comma, with only titles
    between (appositions of the phrase after the cue: the same person), and where the name
    ends: "said the chair of the board, Ms. Ana Ruiz.", "said the board's chair, Peru's
    Minister of Ports, Ana Ruiz." Not "said Ode, thanking Ms. Ruiz." (a clause of its own)."""
    found = idx.mentions_between(comma, end)
    if not found:
        return None
    mention, person = found[-1]
    if idx.text[mention.end : end].strip(" .!?…,"):
        return None  # the name does not end the sentence (or come before its relative clause)
    w = idx.words(comma, mention.start)
    if any(word.lower and low not in TITLE_SMALL_WORDS for word, low in zip(w.words, w.lows, strict=True)):
        return None
    return _person(mention, person), mention.end


def _speaker_first(idx: _Index, w: Words, end: int) -> _Attribution | None:
    """ "he said", "Dr. Mikuriya added", "the Minister of Finance said" after a quotation; the
    cue takes no content of its own ("“...”, he said that ..." is not one)."""
    for k in range(1, min(len(w), _MAX_SPEAKER_WORDS + 1)):
        lemma = _is_cue(w.words[k], finite=True)
        only = _quote_only(w, k) if lemma is None else 0  # "she continued", "he went on"
        if (lemma is None and not only) or not w.words[k].lower:
            continue
        comma = idx.text.find(",", w.ends[k], end)
        stop = comma if comma >= 0 else end
        rest = idx.words(w.ends[k + only - 1] if only else w.ends[k], stop)
        if rest.words and not (
            rest.lows[0] in lex.QUOTE_ATTRIBUTION_TAIL if only else _free_tail(lemma or "", rest)
        ):
            return None
        speaker = _speaker_in(idx, w.starts[0], w.starts[k])
        if speaker is None:
            return None
        return _Attribution(w.texts[k], w.starts[k], speaker, stop, True)
    return None


def _quote_only(w: Words, k: int) -> int:
    """How many words the quote-only cue at word ``k`` has ("continued": 1, "went on": 2), 0
    when none stands there: it attributes the quotation before it, and says nothing itself."""
    if w.lows[k] not in lex.QUOTE_ONLY_FIRSTS:
        return 0
    if k + 1 < len(w) and f"{w.lows[k]} {w.lows[k + 1]}" in lex.QUOTE_ONLY_CUES:
        return 2
    return 1 if w.lows[k] in lex.QUOTE_ONLY_CUES else 0


def _free_tail(lemma: str, rest: Words) -> bool:
    """What may follow a cue after a quotation without being content of its own: "in his
    speech", "today", "ahead of the vote", "last week", "firmly", "pointed out", "told
    reporters" (an addressee), "asked the farmers" (the hearer a cue names first, with no
    clause of its own after it: not "asked them to wait")."""
    first = rest.lows[0]
    if first in lex.QUOTE_TIME_LEADS:
        return len(rest) == 2  # "“...,” she said [last week]."
    if first in lex.PARTICLES.get(lemma, frozenset()):
        return len(rest) == 1 or rest.lows[1] in lex.QUOTE_ATTRIBUTION_TAIL
    if first in lex.QUOTE_ATTRIBUTION_TAIL or (lemma in lex.ADDRESSEE_CUES and first != "that"):
        return True
    if first.endswith("ly") and rest.words[0].lower and _filler(rest.words[0]):  # "she said firmly"
        return len(rest) == 1 or rest.lows[1] in lex.QUOTE_ATTRIBUTION_TAIL
    return lemma in lex.HEARER_FIRST and _CLAUSE_LEADS.isdisjoint(rest.lows)


_CLAUSE_LEADS = frozenset({"to", "that", "whether", "if"})  # "asked them [to] wait", "[whether] ..."


def _closing_after(idx: _Index, q: Quote, lo: int, hi: int) -> _Attribution | None:
    """A quotation that closes a clause of the sentence and is attributed after it, with
    nothing to attribute it before it: "In the coming years, ports will “need to double their
    capacity,” she said." (the quoted words are the statement; the words before them are the
    writer's). Only when a comma closes the quotation and the attribution ends the sentence."""
    if not q.closed or "," not in idx.text[q.close - 1 : q.close + 2] or not _clause_like(idx, q):
        return None
    if _attribution_before(idx, q, lo) is not None:
        return None
    after = _attribution_after(idx, q, hi)
    if after is None or idx.text[after.end : hi].strip()[:1] not in ("", *_SENTENCE_END):
        return None
    return after


def _attribution_before(idx: _Index, q: Quote, lo: int) -> _Attribution | None:
    """ "X said: “...”", "X said, “...”", "X said that “...”", "X stated “...”",
    "According to X, “...”"."""
    text = idx.text
    lo = max(lo, idx.sent_starts[idx.sentence_at(max(lo, q.open - 1))])
    tail = text[lo : q.open].rstrip()
    if not tail:
        return None
    w = idx.words(lo, lo + len(tail))
    if not w.words or w.lows[-1] in lex.QUOTE_NAMING_WORDS:
        return None
    mark = tail[-1]
    if mark == ":":
        return _introduced_by_colon(idx, q, lo, w)
    if mark == ",":
        return _introduced_by_comma(idx, q, lo, w)
    if w.ends[-1] != lo + len(tail):
        return None
    if not _clause_like(idx, q):
        # "X stated “...”" and "X said that “...”" need a quotation of clause length, except
        # after a cue whose bare object can only be what was said: "the mayor said “not yet.”"
        cue = w.words[-1]
        if cue.lemma not in lex.QUOTE_OBJECT_CUES or cue.form == "base" or not _ends_clause(text, q):
            return None
        return _introduced(idx, q, lo, w, len(w) - 1)
    if w.lows[-1] == "that" and len(w) > 1:
        # "X said that “...”", "X said in his opening remarks that “...”"; after "that" a
        # quotation is a clause, never a title: "He accepted that “we acted too late.”"
        return _introduced_by_colon(idx, q, lo, w.part(0, len(w) - 1), clause=True)
    cue_at = _cue_ending(w)
    return _introduced(idx, q, lo, w, cue_at) if cue_at is not None else None


def _ends_clause(text: str, q: Quote) -> bool:
    """Whether a clause ends with the quotation: a mark of its own inside or after it, or the
    paragraph's end ("said “not yet.”", "said “never”, and left"); not the subject of a clause
    going on ("said “green lanes” would open": what was said goes past the marks)."""
    if not q.closed or text[q.close - 1] in ".,;!?":
        return True
    after = text[q.close + 1 : q.close + 2]
    return not after or after in ".,;:!?)"


def _introduced_by_colon(
    idx: _Index, q: Quote, lo: int, w: Words, clause: bool = False
) -> _Attribution | None:
    """ "X said in her opening remarks: “...”": the last cue before the colon that has a
    speaker (not "remarks"); ``clause``: the quotation is a clause after "that". "According
    to X: “...”" as after a comma."""
    if not clause and len(w) > 2 and w.lows[0] == "according" and w.lows[1] == "to":
        return _introduced_by_comma(idx, q, lo, w)
    for k in range(len(w) - 1, max(-1, len(w) - 2 - _MAX_CUE_TO_COLON), -1):
        if _is_cue(w.words[k], finite=False) and _particle_ok(w, k):
            found = _introduced(idx, q, lo, w, k, clause)
            if found:
                return found
    going_on = _quote_only_ending(w)  # "She continued: “...”", "He went on:"
    if going_on is not None:
        return _introduced(idx, q, lo, w, going_on)
    return (
        _had_this_to_say(idx, q, lo, w)
        or _the_following(idx, q, lo, w)
        or _labelled(idx, q, w)
        or _stance_colon(idx, q, lo, w)
    )


def _stance_colon(idx: _Index, q: Quote, lo: int, w: Words) -> _Attribution | None:
    """ "Mr. Y was more cautious: “...”": a person's stance, then a colon, introduces their
    words (no cue word)."""
    if not w.words:
        return None
    subject = _first_free_person(idx, lo, idx.mentions_between(lo, w.ends[-1]))
    if subject is None or subject.mention is None:
        return None
    if not _stance_after(idx, subject.mention.end, w.ends[-1] + 1):
        return None
    return _Attribution("", subject.mention.start, subject, q.open, False)


def _labelled(idx: _Index, q: Quote, w: Words) -> _Attribution | None:
    """ "Dr. Haddad: “...”": a transcript's label, a person's name and nothing else before the
    colon, signs the quotation after it (no cue word)."""
    if not w.words:
        return None
    found = idx.mentions_between(w.starts[0], w.starts[0] + 1)
    if not found or found[0][0].kind == "pronoun" or found[0][0].end < w.ends[-1]:
        return None
    return _Attribution("", w.starts[0], _person(*found[0]), q.open, False)


_HAVE_FORMS = frozenset({"had", "has", "have"})


def _the_following(idx: _Index, q: Quote, lo: int, w: Words) -> _Attribution | None:
    """ "X issued the following statement: “...”", "X made the following remarks:": a verb
    whose object announces the speech the quotation is; the verb's subject said it, with no
    verb of saying to show (no cue word)."""
    n = len(w)
    if n < 5 or w.lows[-1] not in lex.SPEECH_NOUNS or w.lows[-2] != "following" or w.lows[-3] != "the":
        return None
    verb = w.words[n - 4]
    if not (_finite_verb(verb) or (verb.lower and verb.low.endswith("ed"))):
        return None  # "issued", "made", "delivered"
    speaker = _subject_before(idx, lo, w.starts[n - 4], False)
    return _Attribution("", w.starts[n - 4], speaker, q.open, False) if speaker else None


def _had_this_to_say(idx: _Index, q: Quote, lo: int, w: Words) -> _Attribution | None:
    """ "X had this to say: “...”", "X had the following to say:": the subject of "had" said
    the quotation; no verb of saying of its own tense, so no cue word."""
    n = len(w)
    if n < 4 or w.lows[-1] != "say" or w.lows[-2] != "to" or w.lows[-3] not in lex.QUOTE_LEAD_OBJECTS:
        return None
    have = n - 4 if w.lows[n - 4] in _HAVE_FORMS else n - 5  # "had [the] following"
    if have < 1 or w.lows[have] not in _HAVE_FORMS:
        return None
    speaker = _subject_before(idx, lo, w.starts[have], False)
    return _Attribution("", w.starts[have], speaker, q.open, False) if speaker else None


def _quote_only_ending(w: Words) -> int | None:
    """Index of a quote-only cue ("continued", "went on") the words end with, in a finite
    form: it introduces the quotation after it as it attributes one before it."""
    for k in (len(w) - 1, len(w) - 2):
        if k >= 1 and w.words[k].lower and _quote_only(w, k) == len(w) - k:
            return k
    return None


def _introduced_by_comma(idx: _Index, q: Quote, lo: int, w: Words) -> _Attribution | None:
    """ "X said, “...”", "According to X, “...”"."""
    if w.lows[0] == "according" and len(w) > 2 and w.lows[1] == "to":
        speaker = _speaker_in(idx, w.ends[1], w.ends[-1])
        return _Attribution(w.texts[0], w.starts[0], speaker, q.open, False) if speaker else None
    if w.lows[0] == "in" and len(w) > 2 and not lex.QUOTE_SOURCE_NOUNS.isdisjoint(w.lows[1:4]):
        return _in_the_words_of(idx, q, w)
    # "..., adding that, “...”": the "that" before the comma belongs to the cue
    cue_at = _cue_ending(w.part(0, len(w) - 1) if w.lows[-1] == "that" and len(w) > 1 else w)
    if cue_at is None:
        cue_at = _quote_only_ending(w)  # "He went on, “...”"
    return _introduced(idx, q, lo, w, cue_at) if cue_at is not None else None


def _in_the_words_of(idx: _Index, q: Quote, w: Words) -> _Attribution | None:
    """ "In the words of X, “...”" (X after "of"), "In her (own) words, “...”" (the possessive's
    person): whose words the quotation is; no verb, so no cue word."""
    n = next(k for k in range(1, 4) if w.lows[k] in lex.QUOTE_SOURCE_NOUNS)
    if n + 1 < len(w) and w.lows[n + 1] == "of":
        speaker = _speaker_in(idx, w.ends[n + 1], w.ends[-1] + 1)
    elif n == len(w) - 1 and w.lows[1] in lex.POSSESSIVE_DETERMINERS:
        found = idx.mentions_between(w.starts[1], w.ends[1])
        speaker = _person(*found[0]) if found else None
    else:
        return None
    return _Attribution("", w.starts[0], speaker, q.open, False) if speaker else None


def _particle_ok(w: Words, k: int) -> bool:
    """Whether the cue at word ``k`` has its particle when it needs one ("pointed out")."""
    needed = lex.PARTICLES.get(w.words[k].lemma or "")
    if needed is None:
        return True
    return word_after(w, k) in needed


def _cue_ending(w: Words) -> int | None:
    """Index of the cue the words end with: "... said", "... pointed out"."""
    if not w.words:
        return None
    k = len(w) - 1
    if _is_cue(w.words[k], finite=False) and _particle_ok(w, k):
        return k
    if k >= 1:
        lemma = _is_cue(w.words[k - 1], finite=False)
        if lemma and w.lows[k] in lex.PARTICLES.get(lemma, frozenset()):
            return k - 1
    return None


def _introduced(
    idx: _Index, q: Quote, lo: int, w: Words, k: int, clause: bool = False
) -> _Attribution | None:
    """The attribution of the cue at word ``k`` before a quotation: its subject, unless the
    cue presents a title ("He presented “...”", not with ``clause``: after "that") or the
    quotation is title-cased."""
    cue = w.words[k]
    if cue.lemma in lex.QUOTE_TITLE_CUES and not clause:
        return None
    if _title_cased(idx.words(q.start, q.end)):
        return None
    speaker = _subject_before(idx, lo, w.starts[k], cue.form == "ing")
    return _Attribution(w.texts[k], w.starts[k], speaker, q.open, False) if speaker else None


# --- The last speech act before a quotation ------------------------------------------------------


def _last_speech(idx: _Index, lo: int, hi: int) -> _Attribution | None:
    """The last finite cue in ``[lo, hi)`` outside quotations that has a subject: "Dr. X
    stressed the role of data." gives (stressed, Dr. X)."""
    s = idx.sentence_at(max(lo, hi - 1))
    lo = max(lo, idx.sent_starts[max(0, s - _LAST_SPEECH_SENTENCES + 1)])
    tries = _LAST_SPEECH_TRIES
    w = idx.words(lo, hi)
    for k in range(len(w) - 1, -1, -1):
        word, start = w.words[k], w.starts[k]
        if word.cap or not _is_cue(word, finite=True) or _plural_noun(w, k):
            continue
        if overlaps(idx.quoted, start, start + 1):
            continue
        sentence_start = idx.sent_starts[idx.sentence_at(start)]
        speaker = _subject_before(idx, max(lo, sentence_start), start, participle=False)
        if speaker:
            return _Attribution(w.texts[k], start, speaker, hi, False)
        tries -= 1
        if not tries:
            break
    return None


def _plural_noun(w: Words, k: int) -> bool:
    """Whether the -s cue form at word ``k`` is a plural noun: right after a determiner, a
    number, a possessive or a lowercase noun modifier ("envoys of 41 member states attended",
    "the notes"), not after a subject ("The committee notes", "she states"). See the
    statements stage's ``clauses.noun_use``."""
    if k == 0 or w.words[k].form != "s" or w.text[w.ends[k - 1] : w.starts[k]].strip():
        return False
    prev = w.words[k - 1]
    low = prev.low
    if low in lex.SUBJECT_WORDS or low in lex.GROUP_PRONOUNS or low in SUBJECT_PRONOUNS:
        return False
    if low in lex.DETERMINERS or low.isdigit() or low.endswith(POSSESSIVE_ENDINGS):
        return True
    if not (prev.lower and prev.text.isalpha()) or _filler(prev) or low in lex.AUXILIARIES:
        return False
    return low not in NOT_SUBJECT_LEADS and low not in lex.BODY_HEADS and low not in lex.DOCUMENT_NOUNS


# --- Grouping ----------------------------------------------------------------------------------


def _joins(text: str, prev: Quote, prev_attr: _Attribution | None, q: Quote) -> bool:
    """Whether ``q`` continues ``prev``: only the attribution and punctuation between them
    ("“A,” he said, “B.”"), or nothing at all ("“A.” “B.”")."""
    gap_from = prev_attr.end if prev_attr and prev_attr.after else prev.close + 1
    return gap_from <= q.open and not text[gap_from : q.open].strip(" \t\n,.;:—–")


def _pronoun_fix(idx: _Index, group: _Group) -> bool:
    """A pronoun after a quotation may have been resolved to someone the quotation names
    ("“I thank Minister Y,” he said."), or to someone of the other gender ("she" for a man the
    text names so): then the speaker is the last speaker before, when they fit. False when
    no one fits a pronoun given to the other gender (the quote has no speaker)."""
    sp = group.speaker
    if sp.mention is None or sp.mention.kind != "pronoun" or sp.person is None:
        return True
    first = group.quotes[0]
    said = lex.PRONOUNS.get(idx.text[sp.mention.start : sp.mention.end].lower())
    if said is not None and idx.genders.get(sp.person.id, said) != said:
        before = _speaker_before(idx, first)
        if before is None or before.person is None or idx.genders.get(before.person.id, said) != said:
            before = _fitting_before(idx, sp.mention, said)
        if before is None:
            return False
        group.speaker = before
        return True
    inside = any(
        p is sp.person and any(q.open <= m.start < q.close for q in group.quotes)
        for m, p in idx.mentions_between(first.open, sp.mention.start)
    )
    if not inside:
        return True
    speaker = _speaker_before(idx, first)
    if speaker and speaker.person is not None and speaker.person is not sp.person:
        group.speaker = speaker
    return True


def _fitting_before(idx: _Index, pronoun: Mention, gender: Gender) -> _Speaker | None:
    """The nearest person named before ``pronoun`` (in its paragraph or the one before) whose
    gender fits (known to be ``gender``, or unknown)."""
    para = idx.para_of(pronoun.start)
    lo = idx.para_bounds[max(0, para - 1)][0]
    for mention, person in reversed(idx.mentions_between(lo, pronoun.start)):
        if mention.kind != "pronoun" and idx.genders.get(person.id, gender) == gender:
            return _person(mention, person)
    return None


def _speaker_before(idx: _Index, first: Quote) -> _Speaker | None:
    """The speaker of the last speech act before the quotation ``first``, in its paragraph or
    the one before; without one, the subject of the sentence before ("Dr. X met Dr. Y.")."""
    p_lo = idx.para_bounds[first.para][0]
    before = _last_speech(idx, p_lo, first.open)
    if before is None and first.para > 0:
        before = _last_speech(idx, *idx.para_bounds[first.para - 1])
    if before is not None:
        return before.speaker
    s = idx.sentence_at(first.open)
    if s > 0 and idx.sent_starts[s - 1] >= p_lo:
        return _subject_before(idx, idx.sent_starts[s - 1], idx.sent_ends[s - 1], participle=True)
    return None


def find_quotes(
    article: Article, who: PeopleResult, surnames: tuple[tuple[Mention, Person], ...] | None = None
) -> tuple[Statement, ...]:
    """The direct quotes of ``article`` as statements (``direct=True``), speakers resolved
    through ``who`` (see the module docstring for the rules); ``surnames``: the bare surname
    mentions when the caller has them already (see ``attribution.surname_mentions``)."""
    text = article.text
    per_para = [list(quotes) for quotes in paragraph_quotes(article)]
    if not any(per_para):
        return ()  # no quotation: the index of mentions is not needed
    idx = _index(article, who, [(q.open, q.close + 1) for qs in per_para for q in qs], surnames)
    groups: list[_Group] = []
    for p, quotes in zip(article.paragraphs, per_para, strict=True):
        _paragraph_groups(idx, (p.start, p.end), quotes, groups)
    _take_up_open(text, article, per_para, groups)
    kept = [g for g in groups if _pronoun_fix(idx, g)]
    return tuple(_statement(idx, g) for g in kept)


def _take_up_open(text: str, article: Article, per_para: list[list[Quote]], groups: list[_Group]) -> None:
    """A quotation left open at the end of a paragraph with no attribution of its own goes on
    in the next paragraph, whose first mark takes it up: the press convention. It is the
    statement of the piece that closes it there ('“The port will reopen in May.  /  “We are
    ready,” the Director said.'), its first piece."""
    grouped = {id(q) for g in groups for q in g.quotes}
    first_of = {id(g.quotes[0]): g for g in groups}
    for quotes, following, nxt in zip(per_para, per_para[1:], article.paragraphs[1:], strict=False):
        if not quotes or not following or quotes[-1].closed or id(quotes[-1]) in grouped:
            continue
        group = first_of.get(id(following[0]))
        opens = not text[nxt.start : following[0].open].strip()
        if group is not None and group.cue_start is not None and opens:
            group.quotes.insert(0, quotes[-1])


def _paragraph_groups(
    idx: _Index, bounds: tuple[int, int], quotes: list[Quote], groups: list[_Group]
) -> None:
    """Add the statements of one paragraph's quotations to ``groups``: a piece that continues
    the one before (or the quotation left open in the paragraph before) joins its statement."""
    text = idx.text
    prev: Quote | None = None
    prev_attr: _Attribution | None = None
    prev_group: _Group | None = None
    for i, q in enumerate(quotes):
        lo = prev.close + 1 if prev else bounds[0]
        hi = quotes[i + 1].open if i + 1 < len(quotes) else bounds[1]
        opens = _opens_sentence(text, lo, q)
        after = _attribution_after(idx, q, hi) if opens else _closing_after(idx, q, lo, hi)
        if after is None and i == len(quotes) - 1:
            after = _signed_below(idx, q)
        last = groups[-1] if groups else None
        group: _Group | None
        if last is not None and i == 0 and _carried(text, last, q, bounds[0]) and not _own_cue(last, after):
            group = _extend(last, q, after)
        elif (
            prev_group is not None
            and prev is not None
            and (after is None or prev_group.cue_start is None)
            and (_joins(text, prev, prev_attr, q) or _goes_on(idx, prev, prev_attr, q, lo, after))
        ):
            group = _extend(prev_group, q, after)
        else:
            group = _new_group(idx, q, after or _attribution_before(idx, q, lo), lo, hi, last)
            if group:
                groups.append(group)
        prev, prev_attr, prev_group = q, after, group


def _goes_on(
    idx: _Index, prev: Quote, prev_attr: _Attribution | None, q: Quote, lo: int, after: _Attribution | None
) -> bool:
    """Whether ``q`` goes on with the quotation before it, attributed after it: "“A,” said X,
    during the forum held in May. “B.”" (the press convention: the next quotation, opening the
    next sentence with no attribution of its own, is the same speaker's; a speech act or a
    person named between them ends it, not the speaker's own title)."""
    if after is not None or prev_attr is None or not prev_attr.after or not q.closed:
        return False
    text = idx.text
    gap = text[prev_attr.end : q.open]
    if not _opens_sentence(text, lo, q) or gap.count(".") > 1 or _attribution_before(idx, q, lo):
        return False
    if _last_speech(idx, prev_attr.end, q.open) is not None:
        return False
    # the speaker's own appositive is no other person: "“A,” said X, Minister of Trade. “B.”"
    own = prev_attr.speaker.person
    between = idx.mentions_between(prev_attr.end, q.open)
    return not any(m.kind != "pronoun" and p is not own for m, p in between)


def _own_cue(last: _Group, after: _Attribution | None) -> bool:
    """Whether a quotation taken up in a new paragraph has a cue of its own after it while the
    one it would continue had one too: "Mr X said, “A.  /  “B,” he added." are two quotes."""
    return after is not None and last.cue_start is not None


def _carried(text: str, last: _Group, q: Quote, para_start: int) -> bool:
    """A quotation left open at the end of the paragraph before, taken up by the first mark
    of this one."""
    tail = last.quotes[-1]
    return tail.para == q.para - 1 and not tail.closed and not text[para_start : q.open].strip()


def _extend(group: _Group, q: Quote, after: _Attribution | None) -> _Group:
    """Add a piece to a statement; an attribution after it becomes the statement's own cue
    when the statement had only borrowed one ("“A.” “B,” he said.")."""
    group.quotes.append(q)
    if after and group.cue_start is None:
        group.cue, group.cue_start, group.speaker = after.cue, after.cue_start, after.speaker
    return group


def _new_group(
    idx: _Index, q: Quote, attr: _Attribution | None, lo: int, hi: int, last: _Group | None
) -> _Group | None:
    text = idx.text
    if attr:
        return _Group([q], attr.cue, attr.cue_start, attr.speaker, idx.para_of(attr.cue_start))
    if not (_opens_sentence(text, lo, q) and _closes_sentence(text, q, hi) and _clause_like(idx, q)):
        return None
    # the speaker given just before: in this paragraph, or in the one before when the
    # quotation opens its paragraph
    p_lo, _ = idx.para_bounds[q.para]
    opens_paragraph = lo == p_lo and not text[p_lo : q.open].strip()  # lo: after the quote before
    if not opens_paragraph:
        region = (p_lo, q.open)
    elif q.para > 0:
        region = idx.para_bounds[q.para - 1]
    else:
        return None
    if last is not None and region[0] <= last.quotes[-1].open < region[1]:
        # a statement already found there, unless a speech act follows it
        before = _last_speech(idx, last.quotes[-1].close + 1, region[1])
        if before is None:
            changed, other = _new_subject(idx, last.quotes[-1].close + 1, q, last.speaker)
            if changed:
                return _Group([q], "", None, other, q.para) if other is not None else None
            return _Group([q], last.cue, None, last.speaker, q.para)
    else:
        before = _last_speech(idx, *region)
    if before is None:
        return _colon_paragraph(idx, q, region) if region[0] < p_lo else None
    if region[0] < p_lo and text[region[0] : region[1]].rstrip().endswith(":"):
        # "Dr. X said:" closing the paragraph before introduces this quotation
        return _Group([q], before.cue, before.cue_start, before.speaker, q.para - 1)
    changed, other = _new_subject(idx, idx.sent_ends[idx.sentence_at(before.cue_start)], q, before.speaker)
    if changed:
        return _Group([q], "", None, other, q.para) if other is not None else None
    return _Group([q], before.cue, None, before.speaker, q.para)


def _new_subject(idx: _Index, after: int, q: Quote, speaker: _Speaker) -> tuple[bool, _Speaker | None]:
    """Whether the sentence right before a quotation standing alone, after offset ``after``
    (past the speech act that gave ``speaker``), has another person as its subject: then the
    quotation is not surely the speaker's. (True, that person) when the sentence only tells
    their stance ("Ms. X said A. Mr. Y was more cautious. “...”" is Mr. Y's), (True, None)
    otherwise (no one's), (False, None) when no other person is its subject."""
    s = idx.sentence_at(q.open)
    if s == 0 or idx.sent_starts[s - 1] < after:
        return False, None
    lo, hi = idx.sent_starts[s - 1], idx.sent_ends[s - 1]
    subject = _subject_before(idx, lo, hi, participle=True)
    if subject is None or subject.mention is None or subject.person is speaker.person:
        return False, None
    return True, subject if _stance_after(idx, subject.mention.end, hi) else None


_MAX_STANCE_WORDS = 3  # "was [even more cautious]"


def _stance_after(idx: _Index, lo: int, hi: int) -> bool:
    """Whether the words in ``[lo, hi)`` are only a form of "be" and an adjective phrase, a
    subject's stance: "[was more cautious].", ", the port director, [was blunt]:" (an
    apposition between commas before it)."""
    w = idx.words(lo, hi)
    b = next((k for k in range(len(w)) if w.lows[k] in lex.BE_FORMS), None)
    if b is None or not 0 < len(w) - b - 1 <= _MAX_STANCE_WORDS:
        return False
    if b and "," not in idx.text[lo : w.starts[b]]:
        return False  # "Mr. Y of the port authority was blunt": no apposition, more than a name
    return all(
        word.lower and word.alpha and low not in lex.PREPOSITIONS and low not in lex.DETERMINERS
        for word, low in zip(w.words[b + 1 :], w.lows[b + 1 :], strict=True)
    )


def _colon_paragraph(idx: _Index, q: Quote, region: tuple[int, int]) -> _Group | None:
    """The statement of a quotation opening its paragraph after a paragraph that ends with an
    introduction without a cue word: "Mr. X issued the following statement:" / "“...”"."""
    text = idx.text
    end = len(text[region[0] : region[1]].rstrip()) + region[0]
    if end <= region[0] or text[end - 1] != ":":
        return None
    lo = max(region[0], idx.sent_starts[idx.sentence_at(end - 1)])
    w = idx.words(lo, end)
    attr = _the_following(idx, q, lo, w) if w.words else None
    if attr is None:
        return None
    return _Group([q], attr.cue, attr.cue_start, attr.speaker, idx.para_of(attr.cue_start))


def _statement(idx: _Index, g: _Group) -> Statement:
    parts = tuple((q.start, q.end) for q in g.quotes)
    anchor = g.cue_start if g.cue_start is not None else g.quotes[0].start
    return Statement(
        speaker=g.speaker.name,
        speaker_kind=g.speaker.kind,
        cue=g.cue,
        start=parts[0][0],
        end=parts[-1][1],
        paragraph=g.para,
        sentence=idx.sent_index[idx.sentence_at(anchor)],
        direct=True,
        parts=parts if len(parts) > 1 else (),
        speaker_id=g.speaker.id,
    )
