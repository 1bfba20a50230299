"""Clauses around a speech cue: its subject, where its content starts and where it ends.

The statements stage finds a cue word; this module reads the clause it stands in, over the
sentence's words (``grammar.Words``), and asks ``attribution`` whom a subject phrase names.

The subject (``subject``): the phrase right before the cue, adverbs, auxiliaries and an
appositive between commas skipped ("Mr. X, Minister of Energy, noted that ...", "X, who
chaired the session, noted ..."); a cue after "and" ("... and highlighted B") or "as well as"
is coordinated and shares the subject of the clause before it (``clause_subject``); after a
form of "be" it is a passive. An -s cue form used as a plural noun ("member states attended",
"his closing remarks") is no cue (``noun_use``).

The content starts (``content_start``): after "that" (a that-clause), after the hearer for
"inform"/"tell" ("informed members about X": X; "told reporters the plan was ready": a clause
without "that" after a short hearer), after a manner phrase ("noted with
satisfaction the progress"), the object phrase otherwise ("thanked X for Y": "X for Y").

It ends (``content_end``) with the clause that belongs to the cue: the sentence end (without
its full stop), a coordinated verb ("and highlighted ..."), a clause with its own subject and
cue (", and she announced that ..."), a participial cue (", stressing ..."), ", while" before
a new clause, ";". A coordinated verb in another tense or with other auxiliaries than the cue
continues the reported clause ("She recalled that the fund dates back to 1990 and has
financed schools": the fund financed them; no statement by the fund).

Whether a content suits its cue (``accepts``): some cues need a clause ("agreed to meet",
"said the Authority valued ...", "said hosting the games cost too much": after such a cue a
gerund can only be the clause's subject), some a stance noun ("extended her congratulations"); "called
on the Minister" is a visit; "welcomed the delegation" a greeting (but "welcomed the
Minister's proposal" a stance).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from itertools import compress

from briefcli.analysis.attribution import (
    MAX_ANTECEDENT_WORDS,
    MAX_GROUP_WORDS,
    Context,
    Speaker,
    antecedent,
    head_plural,
    is_institution,
    phrase_start,
    speaker_ending,
)
from briefcli.analysis.countries import DEMONYMS
from briefcli.analysis.grammar import (
    FINITE_MARKERS,
    POSSESSIVE_ENDINGS,
    QUOTE_MARKS,
    TRAILING,
    Words,
    adverb_phrase,
    finite_cue,
    is_adverb,
    is_as_well_as,
    is_verbish,
    skip_adverbs,
    skip_back,
    skip_commas,
    skip_forward,
    tense,
    word_after,
    word_before,
)
from briefcli.analysis.tense import event_noun_set
from briefcli.lang import en as lex
from briefcli.lang.en import (
    CLAUSE_BREAK_WORDS,
    CLAUSE_SUBJECTS,
    CONTRASTS,
    COORDINATORS,
    DETERMINERS,
    HEARER_PRONOUNS,
    LOOSE_ENDS,
    OBJECT_PREPOSITIONS,
    PARENTHESIS_OPENERS,
    PREPOSITIONS,
    RELATIVES,
    SPEECH_OPENERS,
    SPEECH_OWNERS,
    SUBJECT_PRONOUNS,
    WH_WORDS,
)
from briefcli.model import Word
from briefcli.regexes import pattern

__all__ = [
    "COORDINATED",
    "PASSIVE",
    "absolute_speaker",
    "accepts",
    "bare_tail",
    "clause_for",
    "clause_start",
    "clause_subject",
    "content_end",
    "content_start",
    "infinitive_after_to",
    "noun_use",
    "participle_follows",
    "subject",
    "trim_end",
    "unpunctuated_trail",
]

COORDINATED = "and"  # the cue shares the subject of the clause before: "... and highlighted B"
PASSIVE = "be"  # the cue is a passive: "It was stressed by the Minister that ..."

# The words a clause break may start with; a semicolon and a comma are marks, not words.
# the -ing forms of the cues, which may trail an object without a comma (see ``unpunctuated_trail``)
_ING_CUES = frozenset(form for form, kind in lex.cue_forms().items() if kind == "ing")
_BREAKS = (
    frozenset({";", ",", "“"}) | CLAUSE_BREAK_WORDS | lex.CONCESSIONS | _ING_CUES | lex.OCCASION_PREPOSITIONS
)
_OWN_OCCASIONS = event_noun_set() | lex.OCCASION_NOUNS | lex.VISIT_NOUNS | lex.SPEECH_NOUNS
_MAX_OCCASION_WORDS = 3  # "during [his first official] visit"
_MAX_AS_GAP = 6  # "describing [the old port city] as a gateway"
_MAX_HEARER_WORDS = 8
_EMPHASIS = "emphasis"  # the cue group of "stress", "emphasise", "underline"
_MAX_ADJUNCT_WORDS = 4  # "in his opening presentation" before an object
_MAX_THAT_GAP = 3
_TOPIC_MARKERS = lex.HEARER_CONTENT_MARKERS - {"that"}  # "briefed X [on] the plans"
# before a bare verb: a modal or the infinitive's "to" ("will mark", "to build")
_BARE_VERB_MARKERS = lex.MODALS | {"to"}
_PAST_WORDS = frozenset({"was", "were", "had", "did", "would", "could", "should", "might"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})  # alone, a pronoun: "this created"
_RECIPROCALS = (("each", "other"), ("one", "another"))  # "supported each other": a mutual act
_INDEFINITES = frozenset({"a", "an"})  # the indefinite article: a grammatical word
_SAY = "say"  # the cue whose object is always what was said
_MIN_SAID_WORDS = 4  # "said [the port handles trade]", not "said a few words"
_MIN_GERUND_LETTERS = 5  # "bringing", not "king" or "sing"
_MAX_LISTED_MODIFIERS = (
    3  # "illegal, unreported and unregulated": the words between two commas or before "and"
)
_MAX_SUBJECT_WORDS = 8  # how far a zero-that clause's verb may stand: "said his Government was"
_MAX_TAIL_WORDS = 6  # "..., he said [in a statement on Monday]."
_DASHES = frozenset("-–—")  # an appositive's marks when not commas: "Mr. X - President of Y - said"


# --- The subject -------------------------------------------------------------------------------


def subject(s: Context, i: int) -> Speaker | str | None:
    """The subject of the finite cue at word ``i``: a speaker, None, or ``COORDINATED`` when
    the cue is coordinated with a verb before it, ``PASSIVE`` when it is a passive."""
    w = s.words
    j = _before_speech_phrase(w, skip_back(w, i - 1))
    if (
        w.lows[j + 1] in lex.GROUP_QUANTIFIERS
        and j + 1 < i
        and (j < 0 or (j > 0 and w.lows[j] in lex.SUBORDINATORS))
    ):
        return Speaker(w.texts[j + 1], "group", w.starts[j + 1], None)  # "Both said", "though both said"
    if j < 0:
        return None
    low = w.lows[j]
    if low in lex.BE_FORMS and w.words[i].form == "ing":
        return subject(s, j)  # a progressive: "The Fund has been urging", "She is calling for"
    if low in lex.BE_FORMS:
        return PASSIVE
    if low in COORDINATORS or is_as_well_as(w, j):
        return COORDINATED
    if low == ",":
        return _subject_before_comma(s, j)
    if low == ")":
        hit = s.mentions.person_end.get(w.ends[j])
        if hit is not None and hit[1].kind == "title":
            return speaker_ending(
                s, j
            )  # "Ms. X, Director of the Port Authority (NPA) said": a title's acronym
        return _person_before_brackets(s, j) or _person_before_appositive(s, j)
    if low in _DASHES:
        return _subject_before_dashes(s, j)
    speaker = speaker_ending(s, j)
    if speaker is not None and speaker.kind == "organization" and _complement(w, speaker.start):
        # "Dr. X, Director General of the Agency praised ...": the appositive's closing comma
        # left out, the organization is the title's complement, the person the subject
        return _person_before_appositive(s, j + 1) or speaker
    return speaker


def _complement(w: Words, start: int) -> bool:
    """Whether the phrase starting at offset ``start`` follows "of" (a stray comma between):
    "Director General of[,] the Agency"."""
    k = w.index_at(start)
    if k is None:
        return False
    while k > 0 and w.texts[k - 1] == ",":
        k -= 1
    return word_before(w, k) == "of"


def _subject_before_dashes(s: Context, j: int) -> Speaker | None:
    """The subject before an appositive between dashes that ends at word ``j``: "Mr. X -
    President of Y and Chair of Z - praised ..." (no verb inside the dashes)."""
    w = s.words
    for k in range(j - 1, max(0, j - MAX_ANTECEDENT_WORDS // 3), -1):
        if w.texts[k] in _DASHES:
            speaker = speaker_ending(s, k - 1) if k > 0 else None
            return speaker if speaker is not None and speaker.kind == "person" else None
        word = w.words[k]
        if w.texts[k] in ";:" or (word.lower and is_verbish(word)) or w.lows[k] in RELATIVES:
            return None
    return None


def _name_ends(s: Context, j: int) -> bool:
    """Whether a person's name (not a title) ends with word ``j``."""
    hit = s.mentions.person_end.get(s.words.ends[j])
    return hit is not None and hit[1].kind == "name"


def _person_before_brackets(s: Context, j: int) -> Speaker | None:
    """The speaker right before brackets that close at word ``j``: "Ms. X (pictured) said",
    "Mr. Y (left) noted", "The Commission for Europe (ECE) stressed" (an organization or a
    group with its acronym, as written)."""
    w = s.words
    for k in range(j - 1, max(0, j - MAX_GROUP_WORDS), -1):
        if w.texts[k] == "(":
            speaker = speaker_ending(s, k - 1) if k > 0 else None
            if speaker is None or speaker.kind == "person":
                return speaker
            return _with_acronym(w, speaker, k - 1)
    return None


def _named(speaker: Speaker) -> bool:
    """Whether a speaker is a person the people stage named ("p1"), not a role ("u1")."""
    return (speaker.id or "").startswith("p")


def _person_before_appositive(s: Context, j: int) -> Speaker | None:
    """The named person before an appositive that ends at word ``j`` (a comma or a bracket)
    and opens with a comma after the name, when no verb stands in between: "Ms. X, Director,
    Compliance, Customs Agency, said"; "Ms. X, Director, Planning and Budget (Agency)
    stressed" (the closing comma missing)."""
    w = s.words
    for k in range(j - 1, max(-1, j - MAX_ANTECEDENT_WORDS // 3), -1):
        word = w.words[k]
        if word.text == ",":
            person = speaker_ending(s, k - 1) if k > 0 else None
            if person is not None and person.kind == "person" and _named(person):
                return person
        elif w.texts[k] in ";:" or (word.lower and is_verbish(word)) or w.lows[k] in RELATIVES:
            return None
    return None


def _before_speech_phrase(w: Words, j: int) -> int:
    """Step left over a speech phrase ending at word ``j`` ("President X [in his statement]
    said", "Ms. Y [during her address] noted"): the word before it, else ``j``."""
    if j < 2 or w.lows[j] not in lex.SPEECH_NOUNS or w.lows[j - 1] not in SPEECH_OWNERS:
        return j
    return skip_back(w, j - 3) if w.lows[j - 2] in SPEECH_OPENERS else j


def _subject_before_comma(s: Context, j: int) -> Speaker | str | None:
    """The subject of a cue after the comma at word ``j``: before a parenthesis ("Mr. X, who
    chairs the board, noted"), an appositive ("Mr. X, Chief Executive of the Port Authority,
    noted") or right before the comma ("Mr. Lenz, noted that ...")."""
    w = s.words
    if word_before(w, j) in QUOTE_MARKS:
        return None  # "“...”, stressed the Mayor": the quotes stage's
    if word_before(w, j) in COORDINATORS:
        return COORDINATED
    opening = next((k for k in range(j - 1, 0, -1) if w.texts[k] == ","), None)
    relative = _relative_before(w, j, 0 if opening is None else opening + 1)
    if relative is not None and relative > 0 and w.texts[relative - 1] != ",":
        return antecedent(s, relative)  # "Mr. X who chairs the board, noted" (no first comma)
    if opening is not None and _parenthesis(w.words[opening + 1]):
        # "Mr. X, who chairs the board, noted", "Speakers, including delegates, noted",
        # "The Minister, accompanied by Mr. Y, noted", "Ms. X, in her capacity as Chair, noted",
        # "The Authority (IGAD), which brokered the talks, welcomed"
        return _ending_before(s, opening - 1)
    outer = _relative_around(w, opening)
    if outer is not None:
        # "Ms. X, who represented the Prime Minister, Mr. Y, called for ...": the appositive
        # closes the relative clause, whose antecedent is the subject
        return _ending_before(s, outer - 1)
    direct = speaker_ending(s, j - 1) if j >= 1 else None
    joined = (
        direct is not None
        and direct.kind == "group"
        and opening is not None
        and direct.start < w.starts[opening]
    )
    # an appositive between commas: "Mr. X, Chief Executive of the Port Authority, noted"
    earlier = _ending_before(s, opening - 1) if opening is not None else None
    named_last = opening is not None and _name_ends(s, opening - 1)
    if direct is not None and earlier is not None and earlier.kind == "group" and named_last:
        return earlier  # "Ms. A and Mr. B, Minister of Finance, said": the pair, as named
    if joined and direct is not None:
        holder = _relative_holding(s, direct)
        if holder is not None:
            return holder  # "Ms. X, who was accompanied by Mr. Y and Ms. Z, noted": Ms. X
    if direct is not None and (direct.kind == "person" or joined):
        # "Mr. Lenz, noted that ...", "The Minister, Ms. Y, noted", "Ms. A, Minister of
        # Trade, and Mr. B, Minister of Finance, said" (two people joined across the commas)
        if direct.kind == "person" and not _named(direct) and opening is not None:
            # "Mr. X, the Director of the Agency and a former Minister of Y, said": a title
            # the appositive gives the person named before it, not someone else
            return _person_before_appositive(s, j) or direct
        return direct
    if earlier is not None and earlier.kind == "person":
        return earlier
    # an appositive with commas of its own: "Ms. X, Director, Compliance, Customs Agency, said"
    named = _person_before_appositive(s, j) if opening is not None else None
    return named or direct or earlier


def _ending_before(s: Context, k: int) -> Speaker | None:
    """The speaker whose phrase ends at word ``k``, past the brackets that may close there:
    "Ana Lopez (Chile, EPP)[,] Chair of ...", "The Fund (OFD)[,] which ..."."""
    if s.words.texts[k] == ")":
        return _person_before_brackets(s, k)
    return speaker_ending(s, k)


def _relative_holding(s: Context, group: Speaker) -> Speaker | None:
    """The antecedent of a relative clause that holds a group of people, the clause opened by
    ", who" a few words before the group with no comma between, but the one after a title set
    beside its first name: "Ms. X, who was accompanied by [the Deputy Minister, Mr. Y, and the
    Director, Ms. Z], noted ...", "Ms. X, who was flanked by her Deputy, [Mr. Y, and ...],
    noted" (Ms. X speaks)."""
    w = s.words
    k = w.index_at(group.start)
    if k is None:
        return None
    # "who was flanked by her Deputy[,] Mr. Y, and ...": the title set beside the first name
    apposed = k > 0 and w.texts[k - 1] == ","
    for m in range(k - 1 - apposed, max(0, k - _MAX_RELATIVE_LEAD - apposed * _APPOSED_TITLE), -1):
        if w.texts[m] in ",;:":
            return None
        if w.lows[m] in _WHO:
            return antecedent(s, m) if w.texts[m - 1] == "," else None
    return None


_MAX_RELATIVE_LEAD = 6  # "who [was accompanied by] the Deputy Minister, ..."
_APPOSED_TITLE = 4  # "[her Deputy Chief of Staff,] Mr. Y"


def _relative_around(w: Words, opening: int | None) -> int | None:
    """The comma that opens a relative clause ("..., who represented the Prime Minister") right
    before the appositive that opens at the comma ``opening`` (", Mr. Y,"), or None."""
    if opening is None:
        return None
    for k in range(opening - 1, max(0, opening - MAX_ANTECEDENT_WORDS // 3) - 1, -1):
        if w.texts[k] in ",;:":
            return k if k > 0 and w.texts[k] == "," and _opens_company(w, k + 1) else None
    return None


def _opens_company(w: Words, k: int) -> bool:
    """Whether word ``k`` opens a clause on the subject that names someone else: "who ...", or
    a lowercase word and "by" / "with" ("accompanied by the Deputy, Mr. Y,", "together with
    ..."): the name in apposition inside it is not the subject."""
    if w.lows[k] in _WHO:
        return True
    return w.words[k].lower and k + 1 < len(w) and w.lows[k + 1] in ("by", "with")


_WHO = frozenset({"who", "whom"})


def _relative_before(w: Words, j: int, lo: int) -> int | None:
    """The word "who" of a relative clause that the comma at word ``j`` closes, from word
    ``lo`` on: "Mr. X who chairs the board[,] noted"."""
    for k in range(j - 1, max(lo, j - MAX_ANTECEDENT_WORDS // 3) - 1, -1):
        if w.lows[k] == "who":
            return k
        if w.texts[k] in ";:":
            return None
    return None


def _parenthesis(word: Word) -> bool:
    """Whether a phrase between commas opening with ``word`` is a parenthesis (a relative or
    participial clause, a prepositional phrase, "including ..."), not an appositive title."""
    low = word.low
    if low in PARENTHESIS_OPENERS or low in PREPOSITIONS:
        return True
    return word.lower and word.text[0].isalpha() and low not in lex.DETERMINERS


def clause_subject(s: Context, i: int) -> Speaker | None:
    """The subject of the main clause before word ``i``, for a trailing participle or a
    coordinated verb: the nearest speaker not governed by a preposition or a subordinator and
    followed by a verb; a document subject ("The Charter reaffirms ..., underlining ...") is no
    speaker."""
    w = s.words
    k = i - 1
    while k >= 0 and i - k <= MAX_ANTECEDENT_WORDS:
        if w.lows[k] == "who":
            before = antecedent(s, k)
            first = w.index_at(before.start) if before is not None else None
            if first is None or not _governed(w, first) or "," not in w.texts[k:i]:
                return before  # "received Mr. Y, who conveyed A and said B": Mr. Y said it
            k = first - 1  # "X welcomed Ms. Y who is on her first visit, and reaffirmed ...": X
            continue
        if _closed_relative(w, k, i):
            k -= 2  # "X visited the port, which is old, and welcomed ...": X, past the relative clause
            continue
        speaker = speaker_ending(s, k) if not w.words[k].punct else None
        if speaker is None and w.lows[k] not in lex.DOCUMENT_NOUNS:
            k -= 1
            continue
        first = w.index_at(speaker.start) if speaker is not None else phrase_start(w, k)
        first = k if first is None else first
        if speaker is not None and first >= 2 and word_before(w, first) == "of" and head_plural(w, first - 2):
            # "The Heads of Customs Administrations took note of A and endorsed B" (the
            # organization "Customs Administrations" inside the group)
            first = phrase_start(w, first - 2)
            speaker = Speaker(w.span(first, k), "group", w.starts[first], None)
        if _subject_of_verb(w, first, k, speaker is not None and speaker.kind == "person"):
            return _with_acronym(w, speaker, k)
        k = first - 1
    return None


def _closed_relative(w: Words, k: int, i: int) -> bool:
    """Whether the "which" at word ``k`` opens a relative clause set off by commas that closes
    before word ``i``: ", which is old, and welcomed ..." (the verb after it is the main
    clause's); not one still open ("the plan, which covers ports and calls for ...")."""
    return w.lows[k] == "which" and k > 0 and w.texts[k - 1] == "," and "," in w.texts[k + 1 : i]


def _governed(w: Words, first: int) -> bool:
    """Whether the phrase from word ``first`` is the object of a verb or a preposition before it
    ("welcomed [Ms. Y]", "with [Ms. Y]"), so not a clause's subject."""
    k = first - 1
    while k >= 0 and (w.words[k].cap or w.words[k].honorific or w.texts[k] == "."):
        k -= 1  # the title words before a name: "welcomed Prime Minister Y"
    if k < 0:
        return False
    word = w.words[k]
    return word.low in PREPOSITIONS or (word.lower and is_verbish(word))


def _with_acronym(w: Words, speaker: Speaker | None, k: int) -> Speaker | None:
    """An organization's phrase with the acronym in brackets after it, as written: "The
    Commission for Europe (ECE)"."""
    if speaker is None or speaker.kind == "person" or k + 3 >= len(w) or w.texts[k + 1] != "(":
        return speaker
    if w.texts[k + 3] != ")":
        return speaker
    return speaker._replace(name=w.text[speaker.start : w.ends[k + 3]])


def _subject_of_verb(w: Words, first: int, last: int, person: bool = False) -> bool:
    """Whether the phrase of words ``first .. last`` is a clause's subject: not governed by a
    preposition or a subordinator ("when [they] met"), and followed by a verb; a person's
    appositive may stand between ("Dr. X, President of the Assembly, opened ...")."""
    before = word_before(w, first)
    if before in PREPOSITIONS or before in lex.SUBORDINATORS:
        return False
    inverted = first > 0 and finite_cue(w.words[first - 1]) and _after_quotation(w, first - 1)
    if inverted and word_after(w, last) == ",":
        return True  # inverted after a quotation: "“...,” said Ms. X, adding that ..."
    after = skip_forward(w, last + 1)
    if after + 2 < len(w) and w.texts[after] == "(" and w.texts[after + 2] == ")":
        after = skip_forward(w, after + 3)  # "The Commission for Europe (UNECE) concluded"
    if after < len(w) and w.texts[after] == ",":
        after = _past_parenthetical(w, after)  # "The union, however, signed the deal and said"
    if person and after < len(w) and w.texts[after] == ",":
        if _closes_subject_appositive(w, first, after):
            return True
        after = _after_appositive(w, after)
    return after < len(w) and is_verbish(w.words[after])


def _past_parenthetical(w: Words, comma: int) -> int:
    """The word after an adverb or adverbial phrase set off by commas from the one at word
    ``comma`` ("The union[, however,] signed", "[, in turn,]"); ``comma`` itself when there is none."""
    k = skip_forward(w, comma + 1)
    if comma + 1 < k < len(w) and w.texts[k] == ",":
        return skip_forward(w, k + 1)
    return comma


def _closes_subject_appositive(w: Words, first: int, comma: int) -> bool:
    """Whether the name from word ``first`` to the comma at ``comma`` closes an appositive of the
    sentence's subject, a verb right after it: "The Chair of the Council, Mayor of Kald Mr. Jan
    Holt, presented the report and highlighted ..." (no verb before the appositive: not "He met
    the Chair, Ms. Y, attended ...")."""
    if word_before(w, first) != ",":
        return False
    verb = skip_forward(w, comma + 1)  # "..., Mr. Jan Holt, [also] spoke"
    if verb >= len(w) or not is_verbish(w.words[verb]):
        return False
    return not any(word.lower and is_verbish(word) for word in w.words[: first - 1])


def _after_quotation(w: Words, k: int) -> bool:
    """Whether word ``k`` follows a closing quotation mark (and a comma): "“...,” said"."""
    return (k >= 1 and w.texts[k - 1] in QUOTE_MARKS) or (
        k >= 2 and w.texts[k - 1] == "," and w.texts[k - 2] in QUOTE_MARKS
    )


def _after_appositive(w: Words, comma: int) -> int:
    """The word after an appositive opened by the comma at word ``comma`` and closed by the
    next one, with no verb inside ("Dr. X[, President of the Assembly and Chair of Y,] opened");
    ``comma`` itself when there is none."""
    for n in range(comma + 1, min(len(w), comma + MAX_GROUP_WORDS * 3)):
        if w.texts[n] == ",":
            return skip_forward(w, n + 1) if n > comma + 1 else comma
        word = w.words[n]
        if w.texts[n] in ";:" or (word.lower and is_verbish(word)) or w.lows[n] in RELATIVES:
            return comma
    return comma


def noun_use(s: Context, i: int) -> bool:
    """Whether the -s cue form at word ``i`` is a plural noun, not a verb: after a determiner, a
    number, a possessive, a preposition or a lowercase noun modifier ("member states", "the
    notes", "his closing remarks", "in comments to the press"), or right before a finite verb
    ("representatives of member states attended the dialogue", "the remarks were brief", "the
    Nordic states warned that"), or
    after a place's name ("the Kessel Sea states", "the Gulf states").
    A subject word before it keeps it a verb: "The committee notes that ...", "He states ..."."""
    return _noun_before_verb(s.words, i) or (i > 0 and _noun_after_modifier(s, i))


def _noun_before_verb(w: Words, i: int) -> bool:
    """ "the remarks were brief", "member states attended the dialogue", "thanks to ..."."""
    nxt = w.words[i + 1] if i + 1 < len(w) else None
    if nxt is None or not nxt.lower:
        return False
    if (w.lows[i], nxt.low) in lex.COMPOUND_PREPOSITIONS:
        return True  # "thanks to the support of donors"
    if nxt.low in lex.AUXILIARIES or nxt.low in lex.BE_FORMS:
        return True
    past = nxt.form == "past" or nxt.low in lex.IRREGULAR_PASTS or tense(nxt) == "past"
    after = word_after(w, i + 1)
    # "member states attended the dialogue", "the notes said that"
    if past and (nxt.lemma is not None or nxt.low in lex.ACTIVITY_VERBS) and after in lex.DETERMINERS:
        return True
    if past and nxt.lemma is not None and (after == "that" or after in PREPOSITIONS):
        return True  # "ministers of the Nordic states warned [on Tuesday] that": a cue of their own
    # "the Kessel Sea states met in Dravo": an activity in a place, no cue takes it as content
    return past and nxt.low in lex.ACTIVITY_VERBS and after in PREPOSITIONS


def _place_word(word: Word) -> bool:
    """Whether a capitalised word ends a place's name that may modify a plural: a region
    ("Gulf", "Balkans"), a natural feature ("Sea", "Basin") or a demonym ("Arab")."""
    return word.text in lex.REGIONS or word.text in lex.FEATURE_WORDS or word.text in DEMONYMS


def _noun_after_modifier(s: Context, i: int) -> bool:
    """ "the notes", "58 member states", "his closing remarks" (not "The committee notes")."""
    prev = s.words.words[i - 1]
    low = prev.low
    if low in lex.SUBJECT_WORDS or low in SUBJECT_PRONOUNS or low in lex.GROUP_PRONOUNS:
        return False
    if low in lex.DETERMINERS or low in PREPOSITIONS or low.isdigit() or low.endswith(POSSESSIVE_ENDINGS):
        return True
    if prev.cap and _place_word(prev):
        return True  # "from the Orin Basin states", "the Gulf states": a place names them
    if not (prev.lower and low.isalpha()) or is_adverb(prev):
        return False
    if low in lex.AUXILIARIES or low in COORDINATORS or low in lex.DOCUMENT_NOUNS or is_institution(prev):
        return False
    end = s.words.ends[i - 1]
    mentions = s.mentions
    return end not in mentions.person_end and end not in mentions.role_end and end not in mentions.org_end


# --- Where the content starts ------------------------------------------------------------------


def content_start(s: Context, i: int, lemma: str) -> int | None:
    """The word where the content of the cue at word ``i`` begins (after its particle, a date
    adjunct, "that", the hearer), or None when the cue has no content."""
    w = s.words
    k = _after_cue_words(w, i + 1, lemma)
    if k is None:
        return None
    if lemma in lex.PHRASES and lex.PHRASES[lemma][-1] in PREPOSITIONS:
        return i + 1  # the idiom's object is the content: "paid [warm tribute to the hosts]"
    # a date between the cue and its content dates the act: "agreed on Friday [to resume talks]"
    k = _after_date(w, _after_manner(w, k))
    that = _that_after_hearer(w, k)
    if that is not None:
        return that
    # "noted in particular that", "stressed once again that", "said, however, that"
    n = skip_adverbs(w, k, _MAX_THAT_GAP)
    if n < len(w) and w.lows[n] == "that" and not _demonstrative_that(w, n):
        n = skip_commas(w, _past_doubled_that(w, n + 1))
        return n if n < len(w) else None
    if lemma in lex.HEARER_FIRST:
        about = _after_hearer(w, k)
        if about is None:
            about = _clause_after_hearer(w, k)
        if about is not None:
            return about if about < len(w) else None
    if k + 1 < len(w) and w.lows[k] in lex.PREPOSITIONAL_CONTENT.get(lemma, ()):
        return k + 1  # "agreed with the proposal": the content follows the preposition
    return _object_start(w, k)


def _demonstrative_that(w: Words, n: int) -> bool:
    """Whether the "that" at word ``n`` points at a noun, the object itself, not a clause: one
    noun after it and then the sentence's end or a verb of the speaker's ("welcomed [that
    commitment] but cautioned ..."); a clause has a verb of its own ("noted that trade grew"),
    which may be a present the tables do not know ("stressed that ports matter")."""
    for m in range(n + 1, min(len(w), n + 3)):
        word = w.words[m]
        if word.punct or word.low in ("and", "but"):
            nxt = w.words[m + 1] if word.low in ("and", "but") and m + 1 < len(w) else None
            ends = word.text in ".!?" or (nxt is not None and nxt.lower and nxt.form in ("past", "s"))
            return m > n + 1 and ends
        if not word.lower or word.form is not None or is_verbish(word) or word.low in FINITE_MARKERS:
            return False
    return False


def _past_doubled_that(w: Words, n: int) -> int:
    """Past a second "that" typed twice after a cue, when a determiner or a pronoun follows it:
    "He noted that that the plan works" (a demonstrative "that" takes no determiner after it:
    "noted that that plan works" keeps it)."""
    if n + 1 < len(w) and w.lows[n] == "that" and w.lows[n + 1] in _AFTER_DOUBLED_THAT:
        return n + 1
    return n


_AFTER_DOUBLED_THAT = DETERMINERS | SUBJECT_PRONOUNS | frozenset({"it", "we", "they", "i", "you"})


def _after_cue_words(w: Words, k: int, lemma: str) -> int | None:
    """The word after the particle ("pointed out") or the idiom's words ("paid tribute to") of
    the cue ``lemma`` from word ``k``; None when they are missing."""
    if lemma in lex.PARTICLES:
        k = _after_date(w, k)  # "spoke on Monday about the plan": "on" dates it, "about" is the particle
        if k >= len(w) or w.lows[k] not in lex.PARTICLES[lemma]:
            return None
        k += 1
    if lemma in lex.PHRASES:
        words = lex.PHRASES[lemma]
        if k < len(w) and w.lows[k] in lex.IDIOM_MODIFIERS:
            k += 1  # "attached great importance to", "paid special tribute to"
        if tuple(w.lows[k : k + len(words)]) != tuple(words):
            return None
        k += len(words)
    return k


def _after_date(w: Words, k: int) -> int:
    """Past a date adjunct of one or two words at word ``k``: "on Monday", "in June", "on 3 May"
    (a preposition that dates the act, not the cue's own particle), or a news wire's bare
    weekday: "said Thursday [the agreement ...]"."""
    if k + 1 < len(w) and w.words[k].weekday and w.words[k].cap:
        return k + 1
    if k >= len(w) or w.lows[k] not in PREPOSITIONS or not _dated_by(w, k):
        return k
    after = k + 1
    while after < len(w) and _date_word(w.words[after]):
        after += 1  # "on Monday", "on 3 May 2024"
    return after


def _date_word(word: Word) -> bool:
    return word.weekday or word.month is not None or word.digit


def _after_manner(w: Words, k: int) -> int:
    """Past a manner phrase: "noted with satisfaction the progress achieved" (the object follows
    it)."""
    if k + 1 >= len(w) or w.lows[k] != "with":
        return k
    n = k + 1
    while n < len(w) - 1 and w.lows[n] in lex.MANNER_NOUNS and n - k <= 2:
        n += 1
    if n > k + 1 and (w.lows[n - 1] in lex.STANCE_NOUNS or w.lows[n - 1] in lex.MANNER_NOUNS):
        return n
    return k


def _relative_that(w: Words, n: int) -> bool:
    """Whether the "that" at ``n`` after a noun is a relative pronoun, the subject of its own
    verb, not the start of what was said: a that-clause needs a subject, so a verb right after
    "that" makes it relative: "elaborated on the contours that define the ties", "spoke of
    the plan that was adopted" (not "spoke to reporters that the plan was adopted")."""
    if n + 1 >= len(w):
        return False
    nxt = w.words[n + 1]
    if nxt.low in lex.AUXILIARIES or nxt.low in lex.BE_FORMS or nxt.low in FINITE_MARKERS:
        return True
    # a verb before its object: "that define the ties" ("that trade the" is no clause)
    return (
        nxt.lower
        and nxt.alpha
        and nxt.low not in lex.DETERMINERS
        and nxt.low not in lex.PRONOUN_WORDS
        and n + 2 < len(w)
        and w.lows[n + 2] in lex.ARTICLES
    )


def _that_after_hearer(w: Words, k: int) -> int | None:
    """The word after "that" when a prepositional phrase comes between the cue and it: "said in
    a statement that ...", "explained to journalists that ...", "agreed with the Minister that
    ..." (not "undertook to ensure that ...": a to-infinitive is content)."""
    if k >= len(w) or w.lows[k] not in PREPOSITIONS or w.lows[k] == "of":
        return None
    if not (_np_start(w, k + 1) or _bare_noun_after(w, k)):
        return None
    for n in range(k + 1, min(len(w) - 1, k + _MAX_HEARER_WORDS)):
        if w.lows[n] == "that":
            return None if _relative_that(w, n) else n + 1
        word = w.words[n]
        if word.low in lex.SPEECH_NOUNS or _noun_in_phrase(w, n, k):
            continue  # "said in his opening remarks that ...", "in a press release that": nouns
        if word.punct or word.form is not None or word.low in lex.BE_FORMS:
            break
    return None


def _bare_noun_after(w: Words, k: int) -> bool:
    """Whether a bare lowercase noun follows the preposition at word ``k`` (not "to" and its
    verb, not a gerund): "wrote on [social media] that", "said on [television] that"."""
    if w.lows[k] == "to" or k + 1 >= len(w):
        return False
    word = w.words[k + 1]
    return word.lower and word.form is None and word.low.isalpha() and not word.low.endswith("ing")


def _noun_in_phrase(w: Words, n: int, k: int) -> bool:
    """Whether word ``n``, a base or -s form, is a noun of the phrase the preposition at ``k``
    opens: right after its determiner, or after such a noun ("said in [a press release] that",
    "noted in [its reports] that"): no verb follows a determiner, nor does an -ing form right
    after one ("said in a statement after [the briefing] that")."""
    if w.words[n].form not in ("base", "s"):
        return w.words[n].form == "ing" and n - 1 > k and w.lows[n - 1] in lex.DETERMINERS
    before = n - 1
    while before > k and w.words[before].form in ("base", "s"):
        before -= 1  # "a [press] release": the nouns of a compound
    return before > k and w.lows[before] in lex.DETERMINERS


def _after_hearer(w: Words, k: int) -> int | None:
    """The word after the hearer's marker: "informed members about the plan" (the plan),
    "told reporters that ..."; None when no marker follows the hearer, or when a preposition
    that is no marker stands where the hearer would ("warned against delays in the talks on
    fees": no hearer, so the "on" after is no marker but part of the content)."""
    if k < len(w) and w.lows[k] in PREPOSITIONS and w.lows[k] not in lex.HEARER_CONTENT_MARKERS:
        return None
    for n in range(k, min(len(w), k + _MAX_HEARER_WORDS)):
        if w.lows[n] in lex.HEARER_CONTENT_MARKERS:
            if _dated_by(w, n) or _title_of(w, n, k):
                continue  # "told reporters on Monday that ...": when, not what about
            return n + 1
        if _honorific_dot(w, n) or _appositive_comma(w, n, k):
            continue  # "told Ms. Roy that", "told the Minister, Ms Roy, that"
        if w.words[n].punct or (w.lows[n] == "to" and n + 1 < len(w) and infinitive_after_to(w.words[n + 1])):
            break  # "invited the Ministry to join the programme on safety": the infinitive is the content
    return None


def _title_of(w: Words, n: int, k: int) -> bool:
    """Whether the "of" at word ``n`` joins the hearer's title to its country or body, between
    capitalised words after a title word: "invited the Prime Minister [of] Lurovia to visit",
    "the Minister of Trade [of] Norvale" (the hearer goes on); not "assured Ms Roy [of] her
    support" nor "assured Dr Ruiz [of] WHO support" (no title)."""
    if w.lows[n] != "of" or not k < n < len(w) - 1 or not (w.words[n - 1].cap and w.words[n + 1].cap):
        return False
    return any(w.lows[m] in lex.TITLE_HEADS for m in range(k, n))


def _honorific_dot(w: Words, n: int) -> bool:
    """Whether word ``n`` is the full stop of an honorific right before it: "Ms[.] Roy"."""
    return (
        w.texts[n] == "."
        and n > 0
        and w.starts[n] == w.ends[n - 1]
        and w.texts[n - 1] in lex.HONORIFIC_ABBREVIATIONS
    )


def _appositive_comma(w: Words, n: int, k: int) -> bool:
    """Whether the comma at word ``n`` opens or closes a name in apposition to the hearer that
    starts at word ``k``, or an adverb: "told [the Minister], Ms Roy, that" (capitalised words
    between commas, no verb), "informed the Minister, however, that"."""
    if w.texts[n] != "," or n + 1 >= len(w):
        return False
    if w.lows[n + 1] == "that":
        return n > k  # the closing comma: ", that"
    nxt = w.words[n + 1]
    return n > k and ((nxt.cap and not is_verbish(nxt)) or is_adverb(nxt))  # ", Ms Roy,", ", however,"


def _dated_by(w: Words, n: int) -> bool:
    """Whether the preposition at ``n`` opens a date ("on Monday", "on 3 May", "in June")."""
    if n + 1 >= len(w):
        return False
    nxt = w.words[n + 1]
    return (
        nxt.weekday
        or nxt.month is not None
        or (nxt.digit and n + 2 < len(w) and w.words[n + 2].month is not None)
    )


def _clause_after_hearer(w: Words, k: int) -> int | None:
    """The first word of a clause without "that" after a short hearer: "told reporters [the
    plan was ready]", "assured the Minister [his Government would help]" (the hearer has no
    verb, preposition or mark; the clause opens with a determiner or a pronoun and has a finite
    verb early); None otherwise."""
    for n in range(k + 1, min(len(w) - 1, k + _MAX_HEARER_WORDS)):
        word = w.words[n - 1]
        if word.punct or word.low in PREPOSITIONS or word.low == "that" or (word.lower and is_verbish(word)):
            return None
        opens = w.lows[n] in lex.DETERMINERS or w.lows[n] in CLAUSE_SUBJECTS
        if opens and w.lows[n] != "that" and _finite_verb_early(w, n, len(w)):
            return n
    return None


def _object_start(w: Words, k: int) -> int | None:
    """The first word of the object phrase from word ``k``: past commas, colons, adverbs (not
    "both", "all": they open the object, nor one that narrows it: "said [only] four ships
    arrived"), a short adjunct, and "on" ("reported on ...")."""
    start = k
    while k < len(w):
        if w.texts[k] in ",:" or (is_adverb(w.words[k]) and _not_opening(w.lows[k])):
            k += 1
        elif n := adverb_phrase(w, k):
            k += n  # "noting [in particular] the opening of the line"
        else:
            break
    if k < len(w) and "," in w.texts[start:k] and _ing_cue(w, k):
        return None  # "“...,” the Minister said, adding that ...": the participle's, not the cue's
    k = _after_adjunct(w, k)
    if k < len(w) - 1 and w.lows[k] in OBJECT_PREPOSITIONS:
        k += 1  # "reported on the activities of ...", "elaborated on the plan"
    elif k < len(w) - 1 and w.lows[k] == "as" and w.texts[k + 1] in QUOTE_MARKS:
        k += 1  # "a charge he rejected as “baseless”": the object gone before, what he called it
    if _points_back(w, k):
        return None
    return k if k < len(w) else None


def _not_opening(low: str) -> bool:
    """Whether an adverb before an object stays out of it: not "both", "all" nor a focus
    adverb ("only", "just")."""
    return low not in ("both", "all") and low not in lex.FOCUS_ADVERBS


def _points_back(w: Words, k: int) -> bool:
    """Whether the object at word ``k`` is only a demonstrative that points back at what was
    said before, with the occasion after it: "She said [this] when the envoy called", "He
    stated [this] at the dinner", "He expressed [these views] while talking to the envoy"; not
    "stressed this point", "expressed these views on trade"."""
    if k >= len(w) or w.lows[k] not in lex.ANAPHORIC_OBJECTS:
        return False
    n = k + 1
    noun = n < len(w) and (w.lows[n] in lex.OPINION_NOUNS or w.lows[n] in lex.SPEECH_NOUNS)
    if noun:
        n += 1  # "He expressed [these views] while talking to the envoy"
        if n < len(w) and w.lows[n] in lex.OPINION_PREPOSITIONS:
            return False  # "expressed these views on trade": what they are about follows
    return (
        n >= len(w)
        or w.words[n].punct
        or w.lows[n] in lex.SUBORDINATORS
        or w.lows[n] in lex.OCCASION_PREPOSITIONS
    )


def _after_adjunct(w: Words, k: int) -> int:
    """Past a short prepositional phrase standing between a cue and its object: "highlighted in
    his presentation the challenges ahead" (the object starts at "the challenges"); not into an
    "of" phrase ("reported on the work of the group" keeps its object); a news wire's bare
    weekday is one too: "stressed Monday [the need for calm]"."""
    if k < len(w) and w.words[k].weekday and w.words[k].cap:
        return k + 1
    if k >= len(w) - 3 or w.lows[k] not in PREPOSITIONS or w.lows[k] in ("of", "that"):
        return k
    if w.words[k + 1].cap and w.lows[k + 1] in lex.WEEKDAY_NAMES:
        return k + 2  # "said on Monday the port would open": a date between cue and content
    if word_after(w, k) not in lex.DETERMINERS:
        return k
    for n in range(k + 2, min(len(w), k + 2 + _MAX_ADJUNCT_WORDS)):
        word = w.words[n]
        if word.low in lex.DETERMINERS:
            return n
        if word.punct or word.low in PREPOSITIONS or word.form is not None:
            return k
    return k


def _np_start(w: Words, k: int) -> bool:
    """Whether word ``k`` may open a noun phrase after a preposition: "the", "his", "Mr.",
    "them", a plural ("journalists"); not a verb after "to" ("to ensure")."""
    if k >= len(w):
        return False
    word = w.words[k]
    if word.low in lex.DETERMINERS or word.cap or word.low in HEARER_PRONOUNS:
        return True
    return word.form is None and word.low.endswith("s") and not word.low.endswith("ss")


# --- Where the content ends --------------------------------------------------------------------


def content_end(s: Context, k: int, stop: int, cue: int | None = None) -> int:
    """The offset where the content starting at word ``k`` ends, before word ``stop`` at most;
    ``cue``: the word of the finite cue it reports, for the agreement of a coordinated verb."""
    end = stop
    # only a word of _BREAKS may start a new clause: the others are skipped in C
    for n in compress(range(k + 1, stop), map(_BREAKS.__contains__, s.words.lows[k + 1 : stop])):
        if _modal_goes_on(s.words, k, n):
            continue
        if _ends_clause(s, n, cue) or _concession_after_object(s.words, k, n) or _own_occasion(s.words, k, n):
            end = n
            break
    return trim_end(s.words, k, end)


def _modal_goes_on(w: Words, k: int, n: int) -> bool:
    """Whether "and" at word ``n`` joins a bare verb to one after a modal or "to" in the
    content from word ``k``: "updates on the summit, where the region will mark its jubilee
    [and adopt a strategy]", "plans to build ports [and open a fund]". A bare verb shares the
    modal; it cannot be a second verb of the speaker's finite cue ("provided ... and adopt")."""
    if w.lows[n] != "and" or n + 1 >= len(w):
        return False
    nxt = w.words[n + 1]
    if not (nxt.lower and nxt.text.isalpha()) or nxt.form not in (None, "base") or tense(nxt) is not None:
        return False
    if not (nxt.low in lex.ACTIVITY_VERBS or nxt.lemma is not None):
        return False  # "and training": only a word the tables know as a verb
    for m in range(n - 1, k - 1, -1):
        word = w.words[m]
        if w.texts[m] in ";:" or (word.lower and (tense(word) is not None or word.low in lex.BE_FORMS)):
            return False  # a finite verb nearer than the modal: "will see that fees fell and ..."
        if w.lows[m] in _BARE_VERB_MARKERS and m + 1 < n and w.words[m + 1].lower:
            return True
    return False


def _own_occasion(w: Words, k: int, n: int) -> bool:
    """Whether word ``n`` opens the occasion of the speaker's own act after an object from word
    ``k``, which ends it: "stressed the need for reform [during his first meeting with the
    traders]", "praised the crews [at her visit to the docks]" (a preposition of occasion, a
    possessive and an event, visit or speech noun); a reported clause keeps its own, as does a
    relative clause in the object: "noted that fees rose during her visit", "praised the talk
    in which he recalled the floods during his visit"."""
    if n + 2 >= len(w) or w.lows[n + 1] not in lex.POSSESSIVE_DETERMINERS or _is_clause(w, k, n):
        return False
    if not RELATIVES.isdisjoint(w.lows[k:n]):
        return False
    for m in range(n + 2, min(len(w), n + 2 + _MAX_OCCASION_WORDS + 1)):
        if w.lows[m] in _OWN_OCCASIONS:
            return True
        if w.words[m].punct or w.lows[m] in PREPOSITIONS:
            return False
    return False


def _concession_after_object(w: Words, k: int, n: int) -> bool:
    """Whether word ``n`` opens a concession after an object from word ``k``, which ends it:
    "referred to the delays [albeit from another angle]", "praised the plan [although briefly]";
    a reported clause keeps its own: "noted that fees rose although trade fell"."""
    return w.lows[n] in lex.CONCESSIONS and not _is_clause(w, k, n)


def trim_end(w: Words, k: int, end: int) -> int:
    """The end offset of words ``k .. end - 1``, without trailing commas, a final full stop
    or an unmatched closing quotation mark."""
    last = end - 1
    while last > k and (w.texts[last] in TRAILING or _loose_end(w, last)):
        last -= 1
    if w.texts[last] in QUOTE_MARKS and not any(t in QUOTE_MARKS for t in w.texts[k:last]):
        last -= 1
        while last > k and w.texts[last] in TRAILING:
            last -= 1
    return w.ends[last]


def _loose_end(w: Words, k: int) -> bool:
    """Whether word ``k`` is a loose end left before a break: "and", "but", "as", the "well" of
    "as well" (not the adverb: "the talks went well")."""
    low = w.lows[k]
    if low not in LOOSE_ENDS:
        return False
    return low != "well" or word_before(w, k) == "as"


def _ends_clause(s: Context, n: int, cue: int | None = None) -> bool:
    """Whether word ``n`` starts a new clause that ends the content before it: a coordinated
    verb ("and highlighted", ", and discussed"), a participial cue (", stressing"), ", while"
    before a new subject, ";". A coordinated verb that does not agree with the cue at word
    ``cue`` continues the content instead (see ``_agrees``)."""
    w = s.words
    low = w.lows[n]
    if low == ";":
        return not _list_item_follows(w, n)
    if low == ",":
        return (
            _comma_breaks(w, n)
            or _contrast_attribution(s, n)
            or _listed_cue(w, n, cue)
            or _attribution_follows(s, n)
            or _according_follows(s.words, n)
            or _speech_of_its_own(s, n)
            or _absolute_follows(s, n)
        )
    if low in ("and", "but") or (low == "as" and n + 2 < len(w) and word_after(w, n) == "well"):
        return _coordinated_verb(s, n, cue)
    if low == "“":
        return _quote_attributed_after(s, n)
    return low in _ING_CUES and unpunctuated_trail(s, n)


def unpunctuated_trail(s: Context, n: int) -> bool:
    """Whether the -ing cue at word ``n`` trails the clause before it though no comma sets it
    off: right after the noun ending an object and opening its own clause or its "as" frame,
    it tells what the subject said on that occasion ("congratulated the Mayor saying that the
    port had grown", "paid tribute to the hosts describing the city as a jewel"). Not after a
    preposition or a determiner (a gerund: "thanked her for saying that"), nor after a document,
    which it describes ("welcomed the report saying that fees would fall"), nor with its own
    subject after "with" ("agreed with the ministers stressing that ...")."""
    w = s.words
    if n < 2 or n + 1 >= len(w) or not w.words[n].lower or not _ing_cue(w, n):
        return False
    before = w.words[n - 1]
    if before.punct or before.form is not None or before.low in lex.DOCUMENT_NOUNS:
        return False
    if before.low in PREPOSITIONS or before.low in lex.DETERMINERS or before.low in lex.AUXILIARIES:
        return False
    if before.low in lex.BE_FORMS or before.low in COORDINATORS or is_adverb(before):
        return False
    framed = w.lows[n + 1] == "that" or (
        w.words[n].lemma in lex.AS_COMPLEMENT and "as" in w.lows[n + 2 : n + 2 + _MAX_AS_GAP]
    )
    return framed and absolute_speaker(s, n) is None and not _after_with(w, n - 1)


def _after_with(w: Words, j: int) -> bool:
    """Whether the noun phrase ending at word ``j`` is governed by "with" (its -ing cue then has
    that phrase as subject, not the clause's): "agreed with the ministers stressing that ..."."""
    for k in range(j, max(-1, j - _MAX_SUBJECT_WORDS), -1):
        if w.texts[k] == "." and k > 0 and w.words[k - 1].honorific:
            continue  # the stop of "Mr."
        if w.words[k].punct or w.words[k].form is not None:
            return False
        if w.lows[k] in PREPOSITIONS:
            return w.lows[k] == "with"
    return False


def _quote_attributed_after(s: Context, n: int) -> bool:
    """Whether the quotation opening at word ``n`` is attributed after it closes, so it is a
    statement of its own, not the end of the content before it: 'noted that the region has 320
    million people “We refer to Nigeria as the engine of the region” the President added.'"""
    w = s.words
    close = next((m for m in range(n + 1, len(w)) if w.texts[m] == "”"), None)
    if close is None:
        return False
    k = close + 1 + (close + 1 < len(w) and w.texts[close + 1] == ",")
    for v in range(k, min(len(w), k + MAX_GROUP_WORDS)):
        word = w.words[v]
        if word.punct and w.texts[v] != ".":  # the stop of "Mr."
            return False
        if finite_cue(word) and bare_tail(w, v + 1):
            speaker = speaker_ending(s, v - 1, join=False)  # "Rao" of "Mr. Rao": past its honorific
            return speaker is not None and w.starts[k] <= speaker.start
    return False


def _list_item_follows(w: Words, n: int) -> bool:
    """Whether the ";" at word ``n`` separates the items of a list a listing word opened
    earlier in the sentence ("recommendations including A; B; and C"), the next item no
    clause of its own ("; the Minister stressed ..." is one)."""
    k = n + 1 + (n + 1 < len(w) and w.lows[n + 1] == "and")
    if _enumerator_at(w, k):
        return True  # "three clusters: (i) A; (ii) B; and (iii) C": the next item is marked
    opened = any(
        tuple(w.lows[m : m + len(p.split())]) == tuple(p.split()) for m in range(n) for p in lex.LISTING_WORDS
    )
    if not opened:
        return False
    return k < len(w) and not _finite_verb_early(w, k, len(w))


_ENUMERATOR = pattern(r"(?:[ivx]{1,4}|[a-h]|\d{1,2})")


_BULLETS = frozenset("-–—•·▪*")  # the marks of a bulleted list's items


def _enumerator_at(w: Words, k: int) -> bool:
    """Whether words ``k`` on are a list item's mark: in brackets, "(ii)", "(b)", "(3)"; or a
    bullet before a word, the lines of a bulleted list joined in one paragraph ("the following
    priorities: - a fund for ports; - lower fees")."""
    if k + 1 < len(w) and w.texts[k] in _BULLETS and w.words[k + 1].alpha:
        return True
    return (
        k + 2 < len(w)
        and w.texts[k] == "("
        and w.texts[k + 2] == ")"
        and _ENUMERATOR.fullmatch(w.lows[k + 1]) is not None
    )


def bare_tail(w: Words, k: int) -> bool:
    """Whether the words from ``k`` to the sentence end give a cue no content of its own: none,
    or a short adjunct ("in a statement", "on Monday"): "..., he said in a press release."."""
    if k < len(w) and w.lows[k] == "with" and _after_manner(w, k) < len(w) - 1:
        return False  # "noted with satisfaction [the growth of trade, which ...]": the object
    if len(w) - k > 2 * _MAX_TAIL_WORDS:
        return _occasion_tail(w, k)  # bounded: a long sentence goes on after its cue
    rest = [n for n in range(k, len(w)) if not w.words[n].punct]
    if not rest:
        return True
    if w.lows[rest[0]] not in lex.QUOTE_ATTRIBUTION_TAIL:
        return False
    if len(rest) > _MAX_TAIL_WORDS:
        return _document_tail(w, rest)
    after = _after_adjunct(w, rest[0])
    if after > rest[0] and any(not word.punct for word in w.words[after:]):
        return False  # "stressed on Tuesday [the need for reform]": an object after the adjunct
    if len(rest) > 1 and w.lows[rest[0]] == "on" and _emphasis_on(w, k - 1, rest[1]):
        return False  # "stressed on [the need for reform]": an idea, not the day of saying
    # "said on Monday [the port would open]": a clause after the adjunct is content
    return not any(
        w.lows[n] == "that" or w.texts[n] in QUOTE_MARKS or w.lows[n] in FINITE_MARKERS
        for n in range(k, len(w))
    )


_MAX_OCCASION_WORDS = 40
_MAX_DOCUMENT_LEAD = 3  # "in [a joint] statement issued ..."


def _document_tail(w: Words, rest: list[int]) -> bool:
    """Whether a tail longer than a short adjunct only names the document the cue was said in,
    with a participle after it: "..., the ministry said [in a statement issued after the
    meeting in Lusaka]." (a document noun, a past participle, then only phrases of time and
    place: no verb, no "that", no quotation)."""
    for m in rest[1 : 1 + _MAX_DOCUMENT_LEAD]:
        if w.lows[m] in lex.DOCUMENT_NOUNS:
            n = m + 1
            if n >= len(w) or not (w.words[n].lower and w.lows[n].endswith("ed")):
                return False
            return not any(
                word.low == "that" or word.text in QUOTE_MARKS or word.low in FINITE_MARKERS
                or (word.lower and is_verbish(word) and not word.low.endswith("ing"))
                for word in w.words[n + 1 : n + 1 + _MAX_OCCASION_WORDS]
            )  # fmt: skip
    return False


def _occasion_tail(w: Words, k: int) -> bool:
    """Whether a long tail after a cue only tells when and where it was said: "..., the mayor
    said [on Wednesday at the opening of the Port Cities Conference, which runs until Friday]"
    (phrases after a preposition of time or place, a relative clause at most; no verb, no
    "that", no quotation of their own)."""
    if k >= len(w) or w.lows[k] not in lex.QUOTE_ATTRIBUTION_TAIL:
        return False
    for n in range(k, min(len(w), k + _MAX_OCCASION_WORDS)):
        word = w.words[n]
        if word.text == "," and n + 1 < len(w):
            # ", which runs until Friday", ", as talks resumed": about the occasion; "reported
            # at the session, an update on ...": what follows the comma is the content
            return w.lows[n + 1] in RELATIVES or w.lows[n + 1] in lex.OCCASION_CLAUSE_OPENERS
        if word.low == "that" or word.text in QUOTE_MARKS or word.low in FINITE_MARKERS:
            return False
        if word.lower and is_verbish(word) and not word.low.endswith("ing"):
            return False
    return len(w) - k <= _MAX_OCCASION_WORDS


def _emphasis_on(w: Words, cue: int, k: int) -> bool:
    """Whether a cue of emphasis takes the "on" before word ``k`` as its object's: "stressed on
    the need for reform", "emphasised on the importance of trade" (as many writers of English
    say it), an idea after it; not "said on the occasion"."""
    lemma = w.words[cue].lemma if cue >= 0 else None
    if lemma is None or lex.cue_group(lemma) != _EMPHASIS:
        return False
    return _abstract(w.words[_object_head(w, k, len(w))])


def _listed_cue(w: Words, n: int, cue: int | None) -> bool:
    """Whether the comma at word ``n`` is followed by a cue in the tense of the cue at word
    ``cue``, listed after it: "thanked the hosts[, commended] the staff and expressed hope"."""
    if cue is None or n + 1 >= len(w) or not finite_cue(w.words[n + 1]):
        return False
    return tense(w.words[n + 1]) == tense(w.words[cue]) and not _reduced_passive(w, n + 1)


def _reduced_passive(w: Words, k: int) -> bool:
    """Whether the past form at word ``k`` is a participle telling of the noun before it, not
    a verb of its own: "warned that funding for the posts[, estimated at 4 million dollars,]
    was short", "[, approved by the board,]" (its agent, or the amount it is put at)."""
    if k + 2 >= len(w):
        return False
    after = w.lows[k + 1]
    return after == "by" or (after == "at" and _amount_at(w, k + 2))


def _amount_at(w: Words, k: int) -> bool:
    """Whether an amount opens at word ``k``, or after one word: "41 million", "about $4m"."""
    return any(
        any(c.isdigit() or unicodedata.category(c) == "Sc" for c in text) for text in w.texts[k : k + 2]
    )
    return False


def absolute_speaker(s: Context, i: int) -> Speaker | None:
    """The speaker of a participial cue at word ``i`` in an absolute construction: "..., with
    Mr. X noting that ..." (the subject between "with" and the cue), or right after a verb of
    ending: "The meeting ended with both sides expressing satisfaction" (what it ended with)."""
    w = s.words
    j = skip_back(w, i - 1)
    if j < 1:
        return None
    speaker = speaker_ending(s, j, join=False)
    k = w.index_at(speaker.start) if speaker is not None else None
    if k is None or word_before(w, k) != "with":
        return None
    if k >= 2 and w.texts[k - 2] != "," and w.lows[k - 2] not in lex.CLOSING_VERBS:
        return None  # set off by a comma or opening the sentence: not "agreed with X stressing"
    return speaker


def _absolute_follows(s: Context, n: int) -> bool:
    """Whether the comma at word ``n`` opens an absolute construction with a participial cue:
    ", with Mr. X noting that ..."."""
    w = s.words
    if word_after(w, n) != "with":
        return False
    for v in range(n + 3, min(len(w), n + 3 + MAX_GROUP_WORDS)):
        if _ing_cue(w, v):
            return absolute_speaker(s, v) is not None
        if w.words[v].punct and w.texts[v] != ".":
            return False
    return False


def _attribution_follows(s: Context, n: int) -> bool:
    """Whether the comma at word ``n`` opens the attribution that closes the sentence: "X
    noted that trade grew[, the ministry said in a statement.]", "[, the statement said.]" (a
    subject, a finite cue and nothing else but a short adjunct)."""
    w = s.words
    for v in range(n + 2, min(len(w), n + 2 + MAX_GROUP_WORDS)):
        word = w.words[v]
        if word.punct:
            return w.texts[v] == "," and _apposed_name_attribution(s, v)
        if finite_cue(word) and bare_tail(w, v + 1):
            if w.lows[v - 1] in lex.DOCUMENT_NOUNS and w.lows[n + 1] in lex.DETERMINERS:
                return True  # "..., the statement said": a document, no speaker, closes it
            speaker = speaker_ending(s, v - 1, join=False)
            return speaker is not None and speaker.start == w.starts[n + 1]
    return False


def _apposed_name_attribution(s: Context, c: int) -> bool:
    """Whether the comma at word ``c``, after a title phrase, sets off a name and a cue that
    closes the sentence with only its hearer after it: "A[, his spokesperson], Mr. Luis
    Ortega, told reporters."."""
    w = s.words
    person = s.mentions.person_start.get(w.starts[c + 1]) if c + 1 < len(w) else None
    if person is None or person[1].kind != "name":
        return False
    k = w.last_until(person[1].end) + 1  # the comma after the name
    if k + 1 >= len(w) or w.texts[k] != "," or not finite_cue(w.words[k + 1]):
        return False
    rest = [word for word in w.words[k + 2 :] if not word.punct]
    if w.words[k + 1].lemma in lex.ADDRESSEE_CUES and len(rest) <= _MAX_HEARER_WORDS:
        return not any(word.low == "that" or (word.lower and is_verbish(word)) for word in rest)
    return bare_tail(w, k + 2)


def _according_follows(w: Words, n: int) -> bool:
    """Whether the comma at word ``n`` opens "according to" and a short source that closes
    the sentence: "X said the talks went well[, according to the statement.]" (the source of
    the report, not what was said)."""
    if n + 3 >= len(w) or w.lows[n + 1] != "according" or w.lows[n + 2] != "to":
        return False
    rest = w.words[n + 3 :]
    return len(rest) <= MAX_GROUP_WORDS and not any(word.punct and word.text != "." for word in rest)


_OPENS_SPEECH = frozenset({",", ":", "that", "“", '"'})


def _speech_of_its_own(s: Context, n: int) -> bool:
    """Whether the comma at word ``n`` opens a clause whose speaker says something of their
    own: "While thanking the panelists[, Ambassador de Cerjat stated, “...”]": the content of
    the fronted cue ends at the comma (a subject, a finite cue, then a quotation, a colon or
    "that")."""
    w = s.words
    if n + 1 < len(w) and w.lows[n + 1] in SUBJECT_PRONOUNS:
        return False  # "stated that while ..., she believed that ...": the same speaker goes on
    before = w.words[:n]
    if any(finite_cue(word) for word in before) or not any(word.form == "ing" for word in before):
        return False  # only the content of a fronted participle: "While thanking X, ..."
    for v in range(n + 2, min(len(w), n + 2 + MAX_GROUP_WORDS)):
        word = w.words[v]
        if word.punct and w.texts[v] != ".":
            return False
        if finite_cue(word):
            if v + 1 >= len(w) or w.texts[v + 1] not in _OPENS_SPEECH:
                return False
            speaker = speaker_ending(s, v - 1, join=False)
            return speaker is not None and w.starts[n + 1] <= speaker.start
    return False


def _comma_breaks(w: Words, n: int) -> bool:
    """ ", stressing that ...", ", while underscoring ..." (not ", while visiting"), ", who said
    ..." (a relative clause with a cue of its own: "thanked Mr. Y, who said ...")."""
    if n + 1 >= len(w):
        return False
    if _ing_cue(w, n + 1) or (w.texts[n + 1] in QUOTE_MARKS and _ing_cue(w, n + 2)):
        return True  # also after a closing quotation mark: "... “for all,” adding that ..."
    if _participle_clause(w, skip_forward(w, n + 1)):
        return True
    if w.lows[n + 1] == "who" and n + 2 < len(w):
        after = skip_forward(w, n + 2)  # ", who said ...", ", who also stressed ...": a cue of its own
        return after < len(w) and finite_cue(w.words[after])
    if w.lows[n + 1] == "which" and _which_describes(w, n + 2):
        return True
    if _summative_appositive(w, n):
        return True
    # ", while underscoring the need" (a cue), not ", while visiting"; a finite clause after
    # ", while" is read in ``_ends_clause``
    return w.lows[n + 1] in CONTRASTS and n + 2 < len(w) and _ing_cue(w, n + 2)


def _which_describes(w: Words, k: int) -> bool:
    """Whether a relative clause from word ``k`` (after ", which") is a pronoun's speech act of
    its own that closes the sentence: "... new tariff rules by March[, which he described as
    “the key signal to investors.”]" (the quoted words are his statement, not the content of
    the clause before); not one that the content goes on after ("the rules, which she
    described as harsh, would change")."""
    k = skip_forward(w, k)
    v = skip_forward(w, k + 1)
    if v + 1 >= len(w) or w.lows[k] not in SUBJECT_PRONOUNS or w.lows[v + 1] != "as":
        return False
    if w.words[v].lemma not in lex.AS_COMPLEMENT or not w.words[v].lower:
        return False
    quoted = False
    for text in w.texts[v + 2 :]:
        if text in QUOTE_MARKS:
            quoted = not quoted
        elif text == "," and not quoted:
            return False
    return True


def _summative_appositive(w: Words, n: int) -> bool:
    """Whether the comma at word ``n`` opens the narrator's appositive that sums up the content
    before it as someone's view: "argued that fuels stay costly[, a view that was challenged by
    Ms. Y]", "[, a proposal echoed by the panel]" (an indefinite article, a noun of what was put
    forward, then a relative or a participle): it tells how the content was received."""
    if n + 3 >= len(w) or w.lows[n + 1] not in _INDEFINITES:
        return False
    noun = w.lows[n + 2]
    if noun not in lex.PROPOSITION_NOUNS and noun not in lex.OPINION_NOUNS:
        return False
    nxt = w.words[n + 3]
    if nxt.low in ("that", "which") or (nxt.lower and nxt.low.endswith("ed") and nxt.low.isalpha()):
        return True
    # a relative clause without "that", its subject a name or a pronoun: "[, a charge Mr. Y
    # rejected]", "[, a view she shares]"
    return (nxt.cap or nxt.low in SUBJECT_PRONOUNS) and any(
        is_verbish(word) and word.lower for word in w.words[n + 4 : n + 4 + _MAX_CONTACT_SUBJECT]
    )


_MAX_CONTACT_SUBJECT = 4  # "a charge [Mr. Tom Berg] rejected"


def _contrast_attribution(s: Context, n: int) -> bool:
    """Whether the comma at word ``n`` opens ", while" with a speaker and a cue of its own, which
    ends the content: "Ms A warned that costs rose, while Mr B argued ..."; a clause without
    one belongs to what was said: "the region remains stable, while efforts continue ..."."""
    w = s.words
    if not (n + 2 < len(w) and w.lows[n + 1] in CONTRASTS):
        return False
    if _own_subject_cue(s, n + 1):
        return True
    # a long subject before its cue: ", while the General Secretary of the Congress of Labour,
    # Ms. X, insisted that ...": a finite cue after a speaker's name in the clause
    for v in range(n + 3, min(len(w), n + 2 + _MAX_CONTRAST_WORDS)):
        if w.texts[v] in ";:" or w.lows[v] == "that":
            return False
        if finite_cue(w.words[v]):
            k = skip_back(w, v - 1)
            while k > n and w.texts[k] == ",":
                k -= 1  # "..., Ms. X[,] insisted"
            return speaker_ending(s, k, join=False) is not None
    return False


_MAX_CONTRAST_WORDS = 24  # ", while the Secretary-General of the ..., Ms. X, noted"


def participle_follows(w: Words, i: int) -> bool:
    """Whether a comma and a participial cue follow word ``i``: "the Minister said[, adding
    that ...]", also past a short adjunct of the saying: "the ministry said [in a statement],
    adding that ..."."""
    after = word_after(w, i)
    if after == ",":
        return _ing_cue(w, skip_forward(w, i + 2))
    if after not in lex.QUOTE_ATTRIBUTION_TAIL:
        return False
    comma = _adjunct_comma(w, i + 1)
    return comma is not None and _ing_cue(w, skip_forward(w, comma + 1))


def _adjunct_comma(w: Words, k: int) -> int | None:
    """The comma that closes a short adjunct from word ``k`` ("in a statement[,]"): no verb, no
    "that", no quotation before it; None when there is none."""
    for n in range(k + 1, min(len(w), k + 1 + _MAX_TAIL_WORDS)):
        word = w.words[n]
        if word.text == ",":
            return n
        if word.punct or word.low == "that" or word.form is not None or word.low in FINITE_MARKERS:
            return None
    return None


def _ing_cue(w: Words, k: int) -> bool:
    """Whether word ``k`` is the -ing form of a cue, with its idiom's words when it has one
    ("making clear", not "making it possible")."""
    if k >= len(w) or w.words[k].form != "ing":
        return False
    if w.words[k].lemma in lex.DETERMINED_OBJECT_ONLY and not _opens_said_object(w, k + 1):
        return False  # "the need for cooperation, sharing experiences and ...": an exchange
    return _with_idiom(w, k)


def _opens_said_object(w: Words, k: int) -> bool:
    """Whether word ``k`` opens an object that can be what was said after "share" or
    "introduce": a determined noun phrase ("her views", "the view"), a name, or a clause ("that
    ...", "how ..."); not a bare plural ("experiences")."""
    if k >= len(w):
        return False
    first = w.words[k]
    return (
        first.low in lex.DETERMINERS
        or first.low.endswith(POSSESSIVE_ENDINGS)
        or (k + 1 < len(w) and w.lows[k + 1] in POSSESSIVE_ENDINGS)
        or first.cap
        or first.low == "that"
        or first.low in WH_WORDS
        or w.texts[k] in QUOTE_MARKS
    )


def _with_idiom(w: Words, k: int) -> bool:
    """Whether the cue word ``k`` has the words of its idiom after it, when its lemma has one."""
    words = lex.PHRASES.get(w.words[k].lemma or "")
    if words is None:
        return True
    n = k + 1 + (k + 1 < len(w) and w.lows[k + 1] in lex.IDIOM_MODIFIERS)
    return tuple(w.lows[n : n + len(words)]) == words


def _participle_clause(w: Words, k: int) -> bool:
    """Whether a participial cue opens at word ``k``, after a comma and an adverb: ", further
    stressing its role" (not another participle, which may belong to what was said: "...,
    performing a wide range of tasks")."""
    return k < len(w) and w.words[k].lower and _ing_cue(w, k)


def _coordinated_verb(s: Context, n: int, cue: int | None) -> bool:
    """Whether "and", "but" or "as well as" at word ``n`` opens a verb of its own: "and
    highlighted ...", ", and she announced that ...", "and adopted the report" (not "and
    trained officers", nor a verb that does not agree with the cue)."""
    w = s.words
    k = skip_forward(w, n + (3 if w.lows[n] == "as" else 1))
    if k >= len(w) or w.lows[n + 1] == "that":
        return False  # "said fees fell [and that] the board expected more": one content, two clauses
    if _own_subject_cue(s, n + 1) or (cue is not None and _same_pronoun_clause(w, cue, n + 1)):
        return True
    if cue is not None and not _agrees(w, cue, n + 1, k):
        return False
    nxt = w.words[k]
    if nxt.form in ("past", "s") and nxt.lower and _with_idiom(w, k):
        return True
    if nxt.low in lex.QUOTE_ONLY_FIRSTS and nxt.lower and _goes_on_to_cue(w, k):
        return True  # "said fees had fallen, and went on to say that ...": the speaker's next act
    if nxt.low in lex.WITHHOLDING_VERBS and _infinitive_after(w, k + 1):
        return True  # "said the talks went well but declined to give details": the speaker's refusal
    if nxt.form == "ing" and n > 0 and (_follows_participle(w, n) or w.lows[n] == "as"):
        return True  # "After thanking A and congratulating B", "praised A as well as agreeing to B"
    if nxt.low in lex.IRREGULAR_PASTS and nxt.lower and cue is not None and tense(w.words[cue]) == "past":
        # "He noted that changes require responses and made clear ...": a past verb after a
        # clause with none is not that clause's (the sequence of tenses) but the cue's subject's
        return not _past_between(w, cue, n)
    if nxt.low in lex.ACTIVITY_VERBS and nxt.lower and not nxt.low.endswith("ing"):
        # a verb sharing a finite cue's subject is finite too: "stressed A and reviewed B", not
        # "stressed that without evaluation and review it will ..." (a noun)
        return cue is None or tense(w.words[cue]) is None or tense(nxt) is not None
    if nxt.low.endswith("ed") and nxt.lower and word_after(w, k) == "to":
        # "agreed on the need for a roadmap [and decided] to task ...": a past verb with its
        # infinitive after a noun is the subject's next act (not "were raised and used to ...")
        past = cue is not None and tense(w.words[cue]) == "past"
        return past and _infinitive_after(w, k + 1) and not is_verbish(w.words[n - 1])
    return nxt.low.endswith("ed") and nxt.lower and word_after(w, k) in lex.DETERMINERS


def _goes_on_to_cue(w: Words, k: int) -> bool:
    """Whether a verb of going on ("went on", "continued") at word ``k`` takes a cue in the
    infinitive: "went on to say", "continued to stress" (a speech act of the speaker's, not
    the reported clause's: "said costs had risen and went on to explain why")."""
    n = k + 2 if k + 1 < len(w) and f"{w.lows[k]} {w.lows[k + 1]}" in lex.QUOTE_ONLY_CUES else k + 1
    if n + 1 >= len(w) or w.lows[n] != "to" or (n == k + 1 and w.lows[k] not in lex.QUOTE_ONLY_CUES):
        return False
    cue = w.words[n + 1]
    return cue.lemma is not None and cue.form == "base" and cue.low not in lex.ACTIVITY_VERBS


def _infinitive_after(w: Words, k: int) -> bool:
    """Whether "to" and a bare verb stand at word ``k``: "declined [to give]", not a fall
    "declined [to 40] tonnes", "[to a] record low"."""
    if k + 1 >= len(w) or w.lows[k] != "to":
        return False
    nxt = w.words[k + 1]
    return nxt.lower and nxt.alpha and nxt.low not in DETERMINERS


def _past_between(w: Words, cue: int, n: int) -> bool:
    """Whether the reported clause between the cue at word ``cue`` and word ``n`` has a verb in
    the past: "grew", "financed", "was", "had", "would" ..."""
    return any(
        low in _PAST_WORDS or (w.words[m].lower and tense(w.words[m]) == "past")
        for m, low in enumerate(w.lows[cue + 1 : n], cue + 1)
    )


# a subject pronoun that, said again after "and", opens the speaker's next clause
_CLAUSE_PRONOUNS = SUBJECT_PRONOUNS | lex.GROUP_PRONOUNS | lex.FIRST_SINGULAR_PRONOUNS


def _same_pronoun_clause(w: Words, cue: int, k: int) -> bool:
    """Whether a clause with the cue's own pronoun subject and a verb starts at word ``k``:
    "He said the training shaped him, and he later joined the police", "We expect delays,
    and we will help them" (the content ends before ", and he"); not "that" again ("and
    that wages would follow": still content)."""
    pronoun = w.lows[skip_back(w, cue - 1)]
    if w.lows[k] != pronoun or pronoun not in _CLAUSE_PRONOUNS:
        return False
    v = skip_forward(w, k + 1)  # over adverbs and auxiliaries: "and we [will] help"
    return v < len(w) and any(word.lower and is_verbish(word) for word in w.words[k + 1 : v + 1])


def _own_subject_cue(s: Context, k: int) -> bool:
    """Whether a clause with a subject of its own and a finite cue starts at word ``k`` (after
    "and", "but"): "She said that costs fell, and she announced that a fund would open" is two
    statements; the first content ends before ", and she". (Without a speaker as subject the
    clause goes on: "He noted that costs fell and prices rose".)"""
    w = s.words
    for v in range(k + 1, min(len(w), k + 1 + MAX_GROUP_WORDS)):
        word = w.words[v]
        if word.text == "." and w.words[v - 1].honorific:
            continue  # "..., and Ms. X stressed ..."
        if word.punct:
            return word.text == "," and _cue_after_parenthesis(s, k, v)
        if not finite_cue(word) or (word.form == "s" and noun_use(s, v)):
            continue  # "and the member states stressed ..."
        j = skip_back(w, v - 1)
        if j < k or w.lows[j] in RELATIVES:
            return False  # "thanked the team and the Mayor who welcomed it": one object
        if j == k and (w.lows[k] in SUBJECT_PRONOUNS or w.lows[k] in lex.GROUP_PRONOUNS):
            return True
        speaker = speaker_ending(s, j, join=False)
        return speaker is not None and speaker.start >= w.starts[k]
    return False


def _cue_after_parenthesis(s: Context, k: int, c: int) -> bool:
    """Whether words ``k .. c - 1`` are a speaker and, after a parenthesis from the comma at
    ``c`` to the next comma, a finite cue follows: "..., and the Mayor, who chaired the
    meeting, noted that ..."."""
    w = s.words
    speaker = speaker_ending(s, c - 1, join=False) if c > k else None
    if speaker is None or speaker.start < w.starts[k]:
        return False
    for n in range(c + 1, min(len(w) - 1, c + MAX_ANTECEDENT_WORDS)):
        if w.texts[n] in ";:":
            return False
        if w.texts[n] == ",":
            v = skip_forward(w, n + 1)
            return v < len(w) and w.words[v].form in ("past", "s") and w.words[v].lower
    return False


def _auxiliaries(w: Words, a: int, b: int) -> tuple[str, ...]:
    """The auxiliaries among words ``a .. b - 1`` ("has", "will"), lowercase, in order."""
    return tuple(low for low in w.lows[a:b] if low in lex.AUXILIARIES)


def _agrees(w: Words, cue: int, a: int, v: int) -> bool:
    """Whether the verb at word ``v`` (after "and" at ``a - 1``, adverbs and auxiliaries at
    ``a .. v - 1``) may share the subject of the cue at word ``cue``: a second verb of the same
    speaker keeps the cue's auxiliaries or drops them ("He has stressed A and (has) called for
    B") and its tense ("She noted A and stressed B"). One that differs belongs to the reported
    clause: "She recalled that the fund dates back to 1990 and has financed schools" (the fund
    has financed them), "He noted that the port handles grain and ships ore"."""
    mine = _auxiliaries(w, a, v)
    theirs = _auxiliaries(w, skip_back(w, cue - 1) + 1, cue)
    if mine:
        return mine == theirs
    if theirs:
        return True
    cue_tense, verb_tense = tense(w.words[cue]), tense(w.words[v])
    return cue_tense is None or verb_tense is None or cue_tense == verb_tense


def _follows_participle(w: Words, n: int) -> bool:
    """Whether an "and" at word ``n`` continues a participial cue ("After congratulating X and
    thanking him, ...")."""
    for k in range(n - 1, max(-1, n - 1 - MAX_ANTECEDENT_WORDS), -1):
        if w.words[k].form == "ing":
            return True
        if w.texts[k] in (",", ";"):
            return False
    return False


def clause_start(w: Words, j: int) -> int:
    """The first word of the clause that word ``j`` stands in: after the last ";" before it,
    else the sentence start."""
    for k in range(j - 1, -1, -1):
        if w.texts[k] == ";":
            return k + 1
    return 0


# --- Whether the content suits its cue ---------------------------------------------------------


def accepts(s: Context, lemma: str, k: int, end: int) -> bool:
    """Whether the content from word ``k`` to word ``end`` (excluded) suits the cue ``lemma``."""
    w = s.words
    if tuple(w.lows[k : k + 2]) in _RECIPROCALS or (k > 0 and tuple(w.lows[k - 1 : k + 1]) in _RECIPROCALS):
        return False  # "The two sides supported each other": a mutual act, no content
    before = word_before(w, k)
    if lemma in lex.THAT_ONLY and before != "that":
        return False  # "accepted the invitation": no statement; "accepted that ..." is one
    if w.lows[k] in lex.PARTICLE_ADJUNCT_NOUNS:
        return False  # "speaking on behalf of the chair": who she spoke for, not what
    prepositional = before in lex.PREPOSITIONAL_CONTENT.get(lemma, ())
    if lemma in lex.CLAUSE_ONLY and not prepositional and not clause_for(lemma, w, k, end):
        return False
    if lemma in lex.CLAUSE_ONLY and lemma in lex.HEARER_FIRST and before in _TOPIC_MARKERS:
        return False  # "briefed the board on the plans": a topic, not a clause
    if lemma in lex.STANCE_OBJECT_ONLY and not _stance_object(w, k):
        return False
    if w.lows[k] == "as" and word_after(w, k) != "to":
        # "the plan she described as bold": its object stands before it, unsaid ("elaborated
        # as to how ..." has its content after the compound preposition)
        return False
    if prepositional and before == "with" and not _proposition_object(w, k, end):
        return False  # "agreed with the envoy" (no content); "agreed with the envoy's proposal"
    if lemma in lex.CONTENT_OBJECT_ONLY and not _said_object(s, lemma, k, end):
        return False
    if lemma in _closing_cues() and _event_object(w, k, end):
        return False  # "concluded a two-day meeting held in the capital": it ended the meeting
    if lemma in lex.ABSTRACT_OBJECT_ONLY and not _abstract(w.words[_object_head(w, k, end)]):
        return False  # "admired the dedication of the staff", not "admired the old town"
    if before in lex.INFINITIVE_PARTICLES.get(lemma, ()) and not _appeal(w, k, end):
        return False  # "called on the Minister" is a visit; "called on members to act" counts
    return not (lemma == "welcome" and _welcome_greeting(s, k))


def _appeal(w: Words, k: int, end: int) -> bool:
    """Whether "called on" + the words ``k .. end - 1`` is an appeal: its object and a
    to-infinitive right after it ("called on all parties to respect the truce"), not a visit
    with a time between them ("calls on the Governor once each year to report")."""
    lows = w.lows[k:end]
    if "to" not in lows:
        return False
    between = w.words[k : k + lows.index("to")]
    return not any(
        word.low in lex.FREQUENCY_WORDS or word.digit or word.low in lex.MONTHS for word in between
    )


def _is_clause(w: Words, k: int, end: int) -> bool:
    """Whether words ``k ..`` read as a clause (for cues that need one): "that ...", a
    wh-word, "to" + verb, a quotation, or a finite verb early on ("his Government was keen")."""
    before = k - 1
    while before > 0 and w.texts[before] == ",":
        before -= 1
    if before >= 0 and w.lows[before] == "that":  # "concluded that, from the data, ..."
        return True
    first = w.lows[k]
    if first in WH_WORDS or w.texts[k] in QUOTE_MARKS or first in CLAUSE_SUBJECTS:
        return True
    if first == "to":  # "agreed to meet", not "responded to the concerns"
        return k + 1 < end and infinitive_after_to(w.words[k + 1])
    if first in PREPOSITIONS:
        return False
    if _gerund_subject(w, k, end):
        return True  # "said bringing speakers to campus helps students"
    infinitive = _object_infinitive(w, k, end)
    return _finite_verb_early(w, k, end) if infinitive is None else infinitive


def clause_for(lemma: str, w: Words, k: int, end: int) -> bool:
    """Whether words ``k ..`` read as the clause the cue ``lemma`` needs (see ``_is_clause``;
    after "said", ``_said_clause`` too)."""
    return _is_clause(w, k, end) or (lemma == _SAY and _said_clause(w, k, end))


def _said_clause(w: Words, k: int, end: int) -> bool:
    """Whether the words ``k .. end - 1`` after "said" read as its clause even without a verb
    this module knows ("said the two countries enjoy close ties", "said the port handles most
    trade"): "say" takes a clause, not a thing, so a phrase of four words or more opening with
    a determiner, a name or a subject pronoun is one; not "said a few words"."""
    if end - k < _MIN_SAID_WORDS or any(word.punct and word.text in QUOTE_MARKS for word in w.words[k:end]):
        return False
    first = w.words[k]
    if first.low in _INDEFINITES or first.low in lex.PREPOSITIONS:
        return False
    return first.low in lex.DETERMINERS or first.cap or first.low in CLAUSE_SUBJECTS


def infinitive_after_to(word: Word) -> bool:
    """Whether the word after "to" reads as a verb: lowercase, no determiner, not a plural noun
    ("replied to questions", "responded to concerns": -s but not -ss or -us)."""
    low = word.low
    if not word.lower or low in lex.DETERMINERS:
        return False
    return not (low.endswith("s") and not low.endswith(("ss", "us")))


def _gerund_subject(w: Words, k: int, end: int) -> bool:
    """Whether words ``k ..`` open with a gerund, which after a cue that needs a clause can only
    be that clause's subject: "said [hosting] the games had cost too much", "argued [bringing]
    speakers to campus helps students" (a lowercase word in -ing with words after it; not
    "nothing", "during")."""
    word = w.words[k]
    low = word.low
    if not (word.lower and low.isalpha() and low.endswith("ing") and len(low) > _MIN_GERUND_LETTERS):
        return False
    return not low.endswith("thing") and low not in PREPOSITIONS and end - k > 2


def _object_infinitive(w: Words, k: int, end: int) -> bool | None:
    """Whether words ``k ..`` are a short object and a to-infinitive: "asked members to ratify
    the treaty", "told reporters to expect delays", "invited the Minister to visit the port"
    (an invitation or an appeal is what was proposed, whatever the verb); not "to the press";
    None when there is no such infinitive."""
    for n in range(k + 1, min(end - 1, k + _MAX_HEARER_WORDS)):
        if w.lows[n] == "to":
            nxt = w.words[n + 1]
            if nxt.text in QUOTE_MARKS and n + 2 < end:
                nxt = w.words[n + 2]  # "invited the cities to “treat the sea as a neighbour”"
            return (
                nxt.lower and nxt.low.replace("-", "").isalpha() and nxt.low not in lex.DETERMINERS
            )  # "to co-finance"
        if (w.texts[n] == "." and w.words[n - 1].honorific) or (w.lows[n] == "of" and _title_of(w, n, k)):
            continue  # "invited Ms. X to visit", "invited the Minister of Trade to visit"
        if w.words[n].punct or w.lows[n] in PREPOSITIONS or is_verbish(w.words[n]):
            return None
    return None


def _finite_verb_early(w: Words, k: int, end: int) -> bool:
    """Whether a finite verb stands within the first words from word ``k``: "said his
    Government was keen", "said the Authority valued the partnership" (not a participle:
    "answered questions raised by members")."""
    for n in range(k, min(end, k + _MAX_SUBJECT_WORDS)):
        word = w.words[n]
        if word.low in FINITE_MARKERS:
            return True
        if word.punct and not _list_comma(w, n):
            return False
        if (
            n > k
            and is_verbish(word)
            and (word_before(w, n) not in lex.DETERMINERS or _demonstrative(w, k, n))
        ):
            if word.low.endswith("s") and _noun_modifier(w.words[n - 1]):
                continue  # "maintaining high-level delegation exchanges": a plural noun
            if w.lows[k] in _INDEFINITES and word.form not in ("past", "s"):
                continue  # "concluded a three-day official visit": a singular subject takes no bare verb
            return word_after(w, n) != "by"
    return False


def _list_comma(w: Words, n: int) -> bool:
    """Whether the comma at word ``n`` parts the modifiers of one noun: "said [illegal,
    unreported and unregulated] fishing continued": lowercase words on both sides, and "and" or
    "or" a few words on (not "their talks, held in Lima")."""
    if w.texts[n] != "," or n == 0 or not (w.words[n - 1].lower and w.words[n - 1].low.isalpha()):
        return False
    for m in range(n + 1, min(len(w), n + _MAX_LISTED_MODIFIERS + 2)):
        word = w.words[m]
        if word.low in ("and", "or"):
            return m > n + 1
        if word.text != "," and not (word.lower and word.low.isalpha() and word.low not in lex.DETERMINERS):
            return False
    return False


def _demonstrative(w: Words, k: int, n: int) -> bool:
    """Whether the clause from word ``k`` opens with a demonstrative pronoun as the subject of
    the verb at word ``n``: "said [this] created a chance", "noted [these] were signed"."""
    return n == k + 1 and w.lows[k] in _DEMONSTRATIVES and w.words[n].lower


def _noun_modifier(word: Word) -> bool:
    """Whether a lowercase word before an -s form makes it a plural noun ("delegation
    exchanges", "trade talks"): a content word, not a subject, an auxiliary, an adverb or
    another function word ("he supports", "also stresses", "it notes")."""
    low = word.low
    if not (word.lower and low.isalpha()) or is_adverb(word) or is_verbish(word):
        return False
    return low not in _NOT_MODIFIERS


_NOT_MODIFIERS = (
    SUBJECT_PRONOUNS
    | lex.GROUP_PRONOUNS
    | lex.SUBJECT_WORDS
    | COORDINATORS
    | RELATIVES
    | lex.AUXILIARIES
    | PREPOSITIONS
)


def _welcome_greeting(s: Context, k: int) -> bool:
    """ "The Mayor welcomed the delegation", "She welcomed participants to Geneva", "welcomed
    the representatives of the agency": a greeting, not a stance (but "welcomed the Minister's
    proposal" is one)."""
    w = s.words
    person = s.mentions.person_start.get(w.starts[k])
    if person is not None:
        return not w.lows[w.last_until(person[1].end)].endswith(POSSESSIVE_ENDINGS)
    if w.lows[k] in _PEOPLE_PRONOUNS:
        return True  # "welcomed them", a passive's "They were welcomed by the Mayor": people
    for n in range(k, min(len(w), k + 5)):
        low = w.lows[n]
        if low in lex.GREETING_OBJECTS:
            if word_after(w, n) == "of":
                # "welcomed the representatives of the office" (people: a greeting), not
                # "welcomed all of the proposals"
                return low not in lex.GROUP_OPENERS
            return word_after(w, n) not in POSSESSIVE_ENDINGS and not low.endswith(POSSESSIVE_ENDINGS)
        if low not in lex.GROUP_OPENERS and not w.words[n].cap and not _count_word(low):
            return False
    return False


# Pronouns that stand for people only ("her" may be a possessive: "welcomed her proposal").
_PEOPLE_PRONOUNS = (lex.SCENE_PRONOUNS | lex.HEARER_PRONOUNS) - {"her"}


def _count_word(low: str) -> bool:
    """Whether a word counts what follows: "[more than 80] delegates", "[some forty] guests"."""
    return low in lex.APPROXIMATE_COUNTS or low[:1].isdigit()


@cache
def _closing_cues() -> frozenset[str]:
    """The cues that also close a meeting: "concluded that ..." reports, "concluded a meeting"
    ends it."""
    return frozenset(filter(None, map(lex.cue_lemma, lex.DURATION_CLOSES)))


@cache
def _event_nouns() -> frozenset[str]:
    """The head nouns of an event, lowercase: "meeting", "session", "roundtable"."""
    return frozenset(word.lower() for word in (*lex.EVENT_NAME_HEADS, *lex.DISCUSSION_NOUNS))


def _event_object(w: Words, k: int, end: int) -> bool:
    """Whether the noun phrase from word ``k`` is headed by an event noun: "a two-day
    meeting", "the session", "their talks" (its last word before a preposition or a comma; a
    hyphen stays inside it), not the subject of a clause ("the meeting went well")."""
    head = None
    for n in range(k, min(end, k + _MAX_SUBJECT_WORDS)):
        word = w.words[n]
        if n > k and (tense(word) is not None or word.low in FINITE_MARKERS):
            return False  # "concluded the meeting went well": its subject
        if word.low in PREPOSITIONS or word.text in ",;:":
            break
        if word.low.isalpha():
            head = word.low
    events = _event_nouns()
    return head is not None and (head in events or (head.endswith("s") and head[:-1] in events))


def _object_head(w: Words, k: int, end: int) -> int:
    """The head of the noun phrase from word ``k``: its last word before a preposition, a
    punctuation mark, a relative or a verb ("the WCO's Strategic Outlook [for] 2023", "the main
    actions [carried] out")."""
    head = k
    for n in range(k, min(end, k + _MAX_SUBJECT_WORDS)):
        word = w.words[n]
        if n > k and (word.punct or word.low in PREPOSITIONS or word.low in RELATIVES or _verb_after(w, n)):
            break
        if not word.punct:
            head = n
    return head


def _verb_after(w: Words, n: int) -> bool:
    """Whether word ``n`` is a verb ending a noun phrase ("the actions [carried] out"), not a
    noun after a determiner or a possessive ("the need", "its support")."""
    before = w.lows[n - 1]
    if before in lex.DETERMINERS or before.endswith(POSSESSIVE_ENDINGS):
        return False
    return is_verbish(w.words[n])


def _proposition_object(w: Words, k: int, end: int) -> bool:
    """Whether the object from word ``k`` is something put forward: "the suggestion by Dr. X",
    "the Minister's assessment of the talks", "Dr. X' assessment" (not "the envoy"): a
    proposition noun among its first words."""
    for n in range(k, min(end, k + _MAX_SUBJECT_WORDS)):
        if w.lows[n] in lex.PROPOSITION_NOUNS:
            return True
        if w.texts[n] in ",;:" or (w.words[n].lower and _verb_after(w, n)):
            return False
    return False


def _said_object(s: Context, lemma: str, k: int, end: int) -> bool:
    """Whether the object of a verb of presentation at word ``k`` is what was said: "presented
    the main actions of the year", "shared the challenges ahead"; not a person ("introduced the
    speakers", "presented Dr. X"), a thing handed over ("presented her credentials", "presented
    the annual report"), a thing shown or made ("introduced a new system") or, after "share"
    and "introduce", a bare plural ("shared experiences": an exchange; "introduced new rules")."""
    w = s.words
    if word_before(w, k) == "that" or w.lows[k] in WH_WORDS or w.texts[k] in QUOTE_MARKS:
        return True
    if w.starts[k] in s.mentions.person_start or w.starts[k] in s.mentions.role_start:
        return False
    first = w.words[k]
    if first.low in _INDEFINITES:
        return False  # "introduced a new clearance system", "presented a plaque": a thing shown
    if lemma in lex.DETERMINED_OBJECT_ONLY and not _opens_said_object(w, k):
        return False
    h = _object_head(w, k, end)
    head = w.words[h]
    if head.low in lex.HANDED_OBJECTS or head.low in lex.GROUP_HEADS or _handed_with(w, h + 1, end):
        return False
    if word_before(w, k) in ("to", "on") and not _abstract(head):
        # "pointed to the need for funds", not "pointed to the map"; "commented on the
        # importance of trade", not "Commenting on the conference, ..."
        return False
    return not (head.title_word and head.low not in lex.PROPOSITION_NOUNS)


def _handed_with(w: Words, n: int, end: int) -> bool:
    """Whether word ``n``, after the object, hands that object a thing ("presented the
    delegation [with a plaque]", "the winners of the contest [with their prizes]"): the object
    is whom it was given to, nothing said."""
    while n + 1 < end and w.lows[n] == "of":
        n = _object_head(w, n + 1, end) + 1
    if n + 1 >= end or w.lows[n] != "with":
        return False
    return w.lows[_object_head(w, n + 1, end)] in lex.HANDED_OBJECTS


def matter_after_of(w: Words, n: int) -> bool:
    """Whether the "of" at word ``n``, after a hearer, opens what the hearer is told about, not
    more of the hearer's name: "assured the delegates [of her full support]", "apprised the
    board [of the progress]"; not "told the members of the board"."""
    if n + 1 >= len(w) or w.lows[n] != "of":
        return False
    if w.lows[n + 1] in lex.POSSESSIVE_DETERMINERS:
        return True
    head = w.words[_object_head(w, n + 1, len(w))]
    return _abstract(head) or head.low in lex.STANCE_NOUNS


def _abstract(word: Word) -> bool:
    """Whether a noun names an idea, not a thing: a listed one ("need", "role", "progress") or
    one with a suffix of abstract nouns ("importance", "contribution", "security")."""
    low = word.low
    if low in lex.ABSTRACT_NOUNS:
        return True
    return low.endswith(lex.ABSTRACT_SUFFIXES) and low not in lex.DOCUMENT_NOUNS


def _stance_object(w: Words, k: int) -> bool:
    """Whether the object at word ``k`` is a stance noun ("her congratulations", "his support")
    or a matter put forward ("raised the issue of fees", "raised two questions")."""
    lows = w.lows[k : k + 4]
    return not (lex.STANCE_NOUNS.isdisjoint(lows) and lex.MATTER_NOUNS.isdisjoint(lows))
