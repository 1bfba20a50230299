"""Reported speech: who said what, as the press release reports it.

One stage, ``find_statements(article, who) -> tuple[Statement, ...]``: every speech act with
content (see the corpus GUIDE), reported or quoted, in text order. Direct quotes come from
``briefcli.analysis.quotes``; a reported statement whose content is mostly a quote's is
dropped (the quote's cue must not count twice), as is one whose cue is a quote's own cue
("“...,” he told the audience") or stands inside a quote's words. The cue words are data in
``briefcli.lang.en`` (the verb records).

The stage reads each sentence's words from the article's token table (a sentence without a
cue word is skipped on its lowercase words, in C); a cue word (any form of a cue verb)
makes a statement when it has a speaker and content. The patterns, here:

- finite: "Dr. X emphasized the role of data", "He stressed that ...", "The two delegations
  warmly welcomed ...", "Mr. X, Minister of Energy, noted that ...", "X, who chaired the
  session, noted ..."; the speaker is the subject right before the cue (adverbs, auxiliaries
  and an appositive between commas skipped); a cue after "and" ("... and highlighted B")
  shares the subject of the clause before it;
- participial: "..., stressing that ..." (the speaker of the clause it trails), "Mr. X,
  noting that A, called for B" (between the subject and its verb: content up to the comma
  before the verb), "Stressing
  ..., X said" / "After thanking ..., X noted" / "Having thanked ... X noted" (the subject of
  the main clause);
- infinitive after a frame: "X took the opportunity to thank ...";
- base form after an emphatic "did" or a plural subject: "He did stress that ...", "Both
  sides agree that ..." (not after a modal: "The Bank will support members");
- passive with an agent: "as highlighted by the panellists", "... was stressed by X";
- the news report's "quoted as": "X was quoted as saying ...", "The agency quoted X as saying";
- "According to X, ..." and "..., according to X." (X also the issuer of a text: "according to a
  statement from the ministry"); X is only the channel of a clause with a speech act of its
  own ("According to the ministry, the Minister stated that ...": the Minister's statement);
- parenthetical: "The new portal, she added, covers ...";
- content before its attribution, without quotation marks: "Trade is growing, the ministry
  said in a statement.", also a question before a lowercase attribution of its own: "Why
  wait? she asked." (a statement it reports keeps its own: "X noted that A, the ministry
  said"), also before an inverted attribution ("Funding came from the bank, said Mr. X,
  director of the fund.") or one that names only its hearer ("A, the Minister told
  reporters.", "A, she said to the envoy.");
- a relative clause on the subject with a cue of its own: "Minister X, who said A, stressed
  B" (two statements, one speaker); cues listed with commas: "thanked A, commended B and
  expressed C";
- "In his remarks, X focused on ...": after a speech noun, the subject's main verb reports
  speech even when it is not a cue;
- light verbs: "X gave his views on how ..."; "X was of the view that ...";
- an interview's answers ("A: We estimate that ...", "Holm: We estimate ...", after "Q: ..."):
  their "we" is the one who answers, the person the label names or, after "A:", the one the
  headline names (else the first one named); an answer with no speech verb is that person's
  words, one direct statement without a cue;
- stances without a verb of saying: "X was confident that ...", "X made it clear that ..."
  (the verb its cue), "In his view, A", "In the view of X, A", "In her words, A", "Ruiz's
  view (position, message) was that A" (no cue word);
- what an announcing object introduces: "said the following: A", and "highlighted the
  following points:" closing a paragraph, whose content is the next paragraph (a list);
- a cue in a subordinate clause opening the sentence: "Although X agreed A, Y said B" (A ends
  at the comma before the main clause);
- progressive cues: "The Fund has been urging members to ...";
- absolute constructions: "..., with Mr. X noting that ...", "With both sides stressing A, ...";
- an attribution with a participle after it: "“...,” the Minister said, adding that ..." (the
  participle is a statement of its own, the attribution takes no content after it);
- a verb listed after an activity shares its subject: "The ministers exchanged views on A,
  attached importance to B".

Not statements: a cue with a hearer and the hearer's apposition after a fronted adjunct ("Ahead
of the forum, we spoke to Ms. X, head of the fund, about ..."), a mutual act ("supported each
other"), a relative clause without "that" ("the opportunities they present"), a group's
exchange of views ("They shared views on ..."), an infinitive of purpose ("gathered experts to
share their views"), a courtesy ("conveyed his best wishes").

Verbs of presentation ("presented the main actions", "shared the challenges", "introduced
the history of ...") count with what was said as object, not a person, a thing handed over or
a document ("presented her credentials", "presented the annual report"). A subject pronoun is
the person who spoke in this sentence or the one before when the people stage gave it to
someone else (a bare surname as the new speaker: "Costa said A. He added B"), and never a
person the text shows to be of the other gender (see ``attribution``). A one-word speaker
that is a place, an adverb or an initial is no one: its statement is dropped. "The UPU head"
is the one person at the top of that organization.

The subject, the content and where it ends are read by ``briefcli.analysis.clauses``; whom
the subject names (a person and its id, a role holder, a group, an organization) by
``briefcli.analysis.attribution``. A cue inside another statement's content is part of what
was said ("He noted that the Bank supports its members": no statement by the Bank).
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import replace
from functools import cache
from itertools import accumulate, compress
from typing import NamedTuple

from briefcli.analysis.attribution import (
    MAX_ANTECEDENT_WORDS,
    Context,
    Mentions,
    Speaker,
    apposed_name_start,
    head_plural,
    index_mentions,
    organization_head,
    role_holders,
    self_named_group,
    speaker_ending,
    speaker_starting,
    surname_mentions,
    title_holder,
)
from briefcli.analysis.clauses import (
    COORDINATED,
    PASSIVE,
    absolute_speaker,
    accepts,
    bare_tail,
    clause_start,
    clause_subject,
    content_end,
    content_start,
    infinitive_after_to,
    matter_after_of,
    noun_use,
    participle_follows,
    subject,
    trim_end,
    unpunctuated_trail,
)
from briefcli.analysis.countries import country_of
from briefcli.analysis.grammar import (
    FINITE_MARKERS,
    POSSESSIVE_ENDINGS,
    QUOTE_MARKS,
    Words,
    closed_word,
    finite_cue,
    is_adverb,
    is_as_well_as,
    is_verbish,
    opens_quotation,
    plural_present_verb,
    present_verb,
    skip_back,
    skip_commas,
    skip_forward,
    tense,
    word_after,
    word_before,
    words_of_sentence,
)
from briefcli.analysis.interview import ANSWER, LABEL, asks
from briefcli.analysis.people import PeopleResult
from briefcli.analysis.quotemarks import quotations
from briefcli.analysis.quotes import find_quotes
from briefcli.lang import en as lex
from briefcli.lang.en import (
    CLAUSE_OPENERS,
    CONTRASTS,
    EMPHATIC_AUXILIARIES,
    RELATIVES,
    SPEECH_OPENERS,
    SPEECH_OWNERS,
    SUBJECT_PRONOUNS,
    TOPIC_PREPOSITIONS,
    TRAILING_CUE_LEADS,
)
from briefcli.model import Article, Paragraph, Person, Statement, Word

log = logging.getLogger(__name__)

__all__ = ["find_statements"]

# "..., stressing", "... and highlighting": a comma is a mark, the others are words.
_TRAILED = frozenset({","}) | TRAILING_CUE_LEADS
_FINITE_FORMS = frozenset({"past", "s", "base"})  # the names of forms (``Word.form``), not words
_EARLIER_PIECES = 2  # quote pieces starting before a content that may still reach into it
_OPENING_MARKS = QUOTE_MARKS | frozenset(":;(—–-")  # after one, a word may open a sentence
_MIN_FRONTED_WORDS = 4  # "[Trade is growing fast], the ministry said."
_MAX_APPOSITIVE_WORDS = 16  # "..., said X[, assistant director of the centre]."
_MAX_QUOTED_WORDS = 8  # "quoted [the Minister of Trade] as saying"


@cache
def _cue_words() -> frozenset[str]:
    """The words a statement may hang on: every cue form, "according", the light verbs, the
    opinion nouns ("was of the view that")."""
    return (
        frozenset(lex.cue_lemmas())
        | {"according"}
        | lex.LIGHT_VERBS
        | lex.OPINION_NOUNS
        | lex.QUOTE_SOURCE_NOUNS
        | lex.POSITION_NOUNS
        | lex.STANCE_ADJECTIVES
        | lex.MADE_IT_ADJECTIVES
    )


# "In her view, A", "In her words, A", "Her position was that A"
_VIEW_NOUNS = lex.OPINION_NOUNS | lex.QUOTE_SOURCE_NOUNS | lex.POSITION_NOUNS
_STANCE_WORDS = _VIEW_NOUNS | lex.STANCE_ADJECTIVES | lex.MADE_IT_ADJECTIVES  # no verbs


class _Found(NamedTuple):
    """One statement before it becomes a Statement: cue word and content span."""

    speaker: Speaker
    cue: int  # the cue's word in its sentence
    start: int  # content offsets
    end: int
    coordinated: bool = False  # its subject is shared with the clause before ("and highlighted")
    relative: bool = False  # its cue stands in a relative clause on the subject ("X who said A")
    fronted: bool = False  # its content stands before its subject ("A, the ministry said.")
    parts: tuple[tuple[int, int], ...] = ()  # around a parenthetical cue: "Trade, she said, grew"
    bare: bool = False  # no verb to show as its cue: "In his view, A" reads "Ruiz: A"
    follows: bool = False  # what was said is the next paragraph: "She highlighted the following:"


# --- Cues --------------------------------------------------------------------------------------


def _sentence_statements(s: Context) -> list[_Found]:
    """The statements of one sentence, in the order of their cues."""
    w = s.words
    found: list[_Found] = []
    leading: list[tuple[int, str]] = []  # participial cues opening the sentence
    for i in compress(range(len(w)), map(_cue_words().__contains__, w.lows)):
        if found and found[-1].start <= w.starts[i] < found[-1].end:
            continue  # inside what was said (see the end): no need to look at it
        hit = _statement_at(s, i, found, leading)
        if hit:
            found.append(hit)
    if leading:
        found.extend(_leading(s, leading, found))
    speech = _speech_noun_opener(s, found)
    if speech:
        found.append(speech)
    return _not_inside(w, found)


def _statement_at(s: Context, i: int, found: list[_Found], leading: list[tuple[int, str]]) -> _Found | None:
    """The statement of the cue word ``i``, or None; an opening participle is kept in
    ``leading`` for the main clause's subject."""
    w = s.words
    word = w.words[i]
    lemma = word.lemma
    if word.cap and i > 0 and w.texts[i - 1] not in _OPENING_MARKS:
        return None  # a name's word mid-sentence: "the Member States", "Her Notes on Trade"
    if word.low in _STANCE_WORDS:
        # "X was of the view that ...", "X was confident that ...", "X made it clear that ..."
        return _of_the_view(s, i) if word.low in _VIEW_NOUNS else _stance_adjective(s, i)
    if word.low in lex.LIGHT_VERBS:
        # "shared his thoughts on X": the opinion's content, before the verb's own object
        light = _light_verb(s, i, found)
        if light is not None or lemma is None:
            return light
    if lemma is None:
        if word.low == "according" and word_after(w, i) == "to":
            return _according(s, i)
        return None
    if word.form == "ing" and _progressive(w, i):
        return _finite(s, i, lemma, found)  # "The Fund has been urging leaders to ..."
    if word.form == "ing" or (word.form == "past" and word_before(w, i) == "having"):
        if _opens_sentence(w, i) or _continues_leading(w, i, leading):
            leading.append((i, lemma))
            return None
        if word.form == "ing" and i >= 3 and w.lows[i - 1] == "as":
            # before a trail: "quoted Ms. X as saying that ..." is hers, not the quoting body's
            quoted = _quoted_speaker(s, i)
            if quoted is not None:
                return _make(s, quoted, i, lemma, content_start(s, i, lemma), len(w))
        if word.form == "ing" and (_trails(w, i) or unpunctuated_trail(s, i)):
            return _trailing(s, i, lemma, found)
        absolute = absolute_speaker(s, i) if word.form == "ing" else None
        if absolute is not None:  # "..., with Mr. X noting that ...", "With X noting A, ..."
            opening = w.lows[0] == "with"
            stop = next((n for n in range(i + 1, len(w)) if w.texts[n] == ","), len(w)) if opening else len(w)
            return _make(s, absolute, i, lemma, content_start(s, i, lemma), stop)
        return None
    if word.form == "base":
        return _base_form(s, i, lemma, found)
    return _finite(s, i, lemma, found)


def _trails(w: Words, i: int) -> bool:
    """Whether the -ing cue at word ``i`` trails a clause: after a comma, "and", "by", "as well
    as" ("discussed X, as well as highlighting Y"), or a comma and a closing quotation mark
    ("praised “the work of the staff,” adding that ...")."""
    before = word_before(w, i)
    if before in _TRAILED or (i >= 1 and is_as_well_as(w, i - 1)):
        return True
    j = skip_back(w, i - 1)
    if j < i - 1 and j >= 0 and w.texts[j] == ",":
        return True  # ", further stressing its role", ", also noting that ..."
    # ", while underscoring ...", "members,” adding that ..."
    return (before in QUOTE_MARKS or before in CONTRASTS) and i >= 2 and w.texts[i - 2] == ","


def _quoted_speaker(s: Context, i: int) -> Speaker | None:
    """The speaker of an -ing cue after "quoted ... as", the news report's attribution: "The
    Minister was quoted as saying that ..." (the subject of "be"), "The agency quoted Ms. X as
    saying ..." (the object of "quoted")."""
    w = s.words
    if w.lows[i - 2] == "quoted":
        if w.lows[skip_back(w, i - 3)] not in lex.BE_FORMS:
            return None
        speaker = subject(s, skip_back(w, i - 3))
        return speaker if isinstance(speaker, Speaker) else None
    for q in range(i - 3, max(-1, i - 2 - _MAX_QUOTED_WORDS), -1):
        if w.lows[q] == "quoted":
            found = speaker_starting(s, q + 1)
            return found[0] if found is not None and found[1] == i - 2 else None
    return None


def _not_inside(w: Words, found: list[_Found]) -> list[_Found]:
    """The statements whose cue stands in no statement's content: a cue inside another
    statement's content is part of what was said, not a speech act of its own: "He noted that
    the Bank supports its members" (no statement by the Bank); but a report's attribution
    after its content keeps the statement it reports ("X noted A, the ministry said"). No
    content holds its own cue, so each statement is checked against all (sorted, prefix max)."""
    spans = sorted((f.start, f.end) for f in found if not f.fronted)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    kept = []
    for f in found:
        at = w.starts[f.cue]
        n = bisect.bisect_right(starts, at)
        if not (n and reach[n - 1] > at):
            kept.append(f)
    return kept


def _progressive(w: Words, i: int) -> bool:
    """Whether the -ing cue at word ``i`` is a progressive after a form of "be" (adverbs and
    auxiliaries between): "is calling for", "has been urging", "were also stressing"."""
    j = skip_back(w, i - 1)
    return j >= 1 and w.lows[j] in lex.BE_FORMS and w.lows[j] != "being"


def _opens_sentence(w: Words, i: int) -> bool:
    """ "Stressing ..., X said", "After congratulating ...", "Having thanked ...", and after an
    opening phrase without a verb: "According to the ministry, highlighting ..., the Minister
    stated"."""
    k = i - 1 if word_before(w, i) == "having" else i
    if k == 0 or (k == 1 and w.lows[0] in CLAUSE_OPENERS):
        return True
    return word_before(w, k) == "," and _opening_phrase(w, k - 1)


def _opening_phrase(w: Words, comma: int) -> bool:
    """Whether words ``0 .. comma - 1`` are an opening prepositional phrase with no verb and no
    other comma: "According to a statement from the ministry", "In the same spirit"."""
    if comma < 2 or (w.lows[0] not in lex.PREPOSITIONS and w.lows[0] != "according"):
        return False
    return not any(
        (word.punct and word.text != ".") or (word.lower and is_verbish(word)) for word in w.words[1:comma]
    )


def _continues_leading(w: Words, i: int, leading: list[tuple[int, str]]) -> bool:
    """ "After congratulating X on Y and thanking him for Z, ...": a second opening participle."""
    if not leading or w.words[i].form != "ing" or word_before(w, i) != "and":
        return False
    first = leading[-1][0]
    return i - first <= MAX_ANTECEDENT_WORDS and "," not in w.texts[first:i]


def _make(
    s: Context, speaker: Speaker, i: int, lemma: str, k: int | None, stop: int, coordinated: bool = False
) -> _Found | None:
    """A statement for the cue at word ``i`` with content from word ``k``, or None when the
    content is empty or does not suit the cue."""
    w = s.words
    if k is None or k >= stop:
        return None
    if w.lows[k] == "the" and word_after(w, k) == "following":
        colon = _announced(w, k)
        if colon is not None and colon + 1 >= len(w):  # "highlighted the following points:" ending it
            return _Found(speaker, i, w.starts[colon], w.ends[colon], coordinated, follows=True)
        k = colon + 1 if colon is not None else k  # "said the following: A" says A
    end = content_end(s, k, stop, i if w.words[i].form in _FINITE_FORMS else None)
    end_k = w.last_until(end) + 1
    if all(word.punct for word in w.words[k:end_k]):
        return None
    if not accepts(s, lemma, k, end_k):
        return None
    return _Found(speaker, i, w.starts[k], end, coordinated)


_MAX_ANNOUNCING_WORDS = 6  # "the following [three key] points:", "[features of the] terminal:"


def _announced(w: Words, k: int) -> int | None:
    """The colon after "the following [points]" at word ``k``: what was said comes after it."""
    return next(
        (n for n in range(k + 2, min(len(w), k + 2 + _MAX_ANNOUNCING_WORDS)) if w.texts[n] == ":"), None
    )


def _shared_object(w: Words, i: int) -> int | None:
    """ "appreciated and encouraged the plan": the first cue's content is the second's. The word
    of the second cue, or None."""
    if i + 2 < len(w) and word_after(w, i) in ("and", "or"):
        second = w.words[i + 2]
        if second.form is not None and second.form == w.words[i].form:
            return None if _says_own(second) else i + 2
    return None


def _says_own(word: Word) -> bool:
    """Whether a cue is a verb of saying, which reports what it says itself: "agreed and said
    [the engineers were ready]" is no content of "agreed"."""
    return word.lemma is not None and lex.cue_group(word.lemma) == _SAY


_SAY = "say"  # the cue group of "say", "state", "tell", "add"


def _shared_subject(s: Context, i: int, found: list[_Found]) -> Speaker | None:
    """The speaker of a cue coordinated with the clause before it ("... and highlighted B"):
    the last statement's, or the main clause's subject."""
    return found[-1].speaker if found else clause_subject(s, i)


def _finite(s: Context, i: int, lemma: str, found: list[_Found]) -> _Found | None:
    """A cue in a finite form ("stressed", "notes"): its subject before it, or the subject of
    the clause before when it is coordinated ("... and highlighted"); a passive goes to
    ``_passive``; "Mr. X, he added, ..." to ``_parenthetical``."""
    w = s.words
    if _contact_relative(w, i):
        return None  # "the opportunities they present for policymakers": a relative clause
    found_subject = COORDINATED if _listed(s, i, found) else subject(s, i)
    if found_subject is None and _after_finite_clause(w, i):
        found_subject = COORDINATED  # "The ministers exchanged views on A, attached importance to B"
    if found_subject == PASSIVE or (found_subject != COORDINATED and word_before(w, i) == "as"):
        return _passive(s, i, lemma)
    if word_after(w, i) == "by":
        return None  # "the clinic, largely funded by the Province": a reduced passive
    inverted = _inverted(s, i) if _after_comma(w, i) else _inverted_unmarked(s, i)
    if inverted is not None:
        return inverted  # "A, said Mr. X, director of Y."; "A said Mr. X, director of Y, today ..."
    if w.words[i].form == "s" and noun_use(s, i):
        return None  # "delegates of 58 member states attended": a plural noun
    coordinated = found_subject == COORDINATED
    speaker = _speaker_of(s, i, found, found_subject)
    if speaker is None:
        return None
    trailed = participle_follows(w, i)  # "..., the Minister said, adding that ..."
    if not coordinated and not trailed:
        done, aside = _aside(s, i, lemma, speaker)
        if done:
            return aside
    if not coordinated and (trailed or (bare_tail(w, i + 1) and not _own_particle(w, i, lemma))):
        fronted = _fronted(s, i, speaker)
        if fronted is not None or not trailed:
            return fronted
    if not coordinated and _hearer_tail(w, i + 1):
        fronted = _fronted(s, i, speaker)  # "A, the Minister told reporters." / "said to X."
        if fronted is not None or lemma in lex.ADDRESSEE_CUES:
            return fronted  # "He told reporters.": a hearer is no content
    second = _shared_object(w, i)
    if second is None and i + 2 < len(w) and word_after(w, i) in ("and", "or") and _says_own(w.words[i + 2]):
        return None  # "agreed and said A": A is what he said; "agreed" has no content of its own
    cue_at = second if second is not None else i
    k = content_start(s, cue_at, w.words[cue_at].lemma or lemma)
    relative = w.lows[skip_back(w, i - 1)] == "who"
    stop = _main_verb(w, i) if relative else _main_clause_comma(w, i) if w.lows[0] in _OPENERS else len(w)
    hit = _make(s, speaker, i, lemma, k, stop, coordinated)
    return hit._replace(relative=True) if hit is not None and relative else hit


_MAX_MAIN_SUBJECT = 8  # ", [the Mayor of the port city of Ostby] said ..."


# a subordinate clause opening the sentence: "Although X agreed A, Y said B" ("As X noted, A"
# is X's statement of A, read elsewhere)
_OPENERS = lex.SUBORDINATORS - {"as"}


def _main_clause_comma(w: Words, i: int) -> int:
    """Where a cue's content ends when the cue stands in a subordinate clause opening the
    sentence: the comma before the main clause, the last one followed by a subject and its
    finite verb ("Although the two mayors agreed the plan was good[, Ms. X said] the cost was
    too high"); the sentence's end when the cue is in the main clause or no such comma is
    found. ("As X noted, A" is X's statement of A, read elsewhere.)"""
    n = len(w) - 1
    first = w.texts.index(",") if "," in w.texts else n
    if first < i:
        return len(w)
    while n > i:
        if w.texts[n] == "," and _clause_follows(w, n + 1) and not _closing_attribution(w, n + 1):
            return n
        n -= 1
    return len(w)


def _closing_attribution(w: Words, k: int) -> bool:
    """Whether the words from ``k`` are an attribution closing the sentence: a short subject, a
    finite cue and a bare tail ("..., Mayor X said."): the whole sentence before is its
    content, not a main clause after a subordinate one."""
    for v in range(k, min(len(w), k + _MAX_MAIN_SUBJECT)):
        if finite_cue(w.words[v]):
            return bare_tail(w, v + 1)
    return False


def _clause_follows(w: Words, k: int) -> bool:
    """Whether a subject and a finite verb start at word ``k``, no mark between them."""
    if k >= len(w) or is_verbish(w.words[k]) or w.lows[k] in RELATIVES:
        return False  # ", which ...", ", who ...": a relative clause, no main clause
    for m in range(k + 1, min(len(w), k + 1 + _MAX_MAIN_SUBJECT)):
        word = w.words[m]
        if word.punct and word.text != ".":  # inside a sentence, a dot is an abbreviation's: "Mr."
            return False
        if word.lower and (
            word.form in ("past", "s") or word.low in FINITE_MARKERS or tense(word) is not None
        ):
            return True
    return False


# Function words: no noun that a contact relative clause ("the plan [they] backed") hangs on.
_CLOSED_BEFORE_PRONOUN = (
    lex.PREPOSITIONS | lex.DETERMINERS | lex.SUBORDINATORS | lex.COORDINATORS | lex.AUXILIARIES
    | RELATIVES | lex.BE_FORMS | CONTRASTS
)  # fmt: skip


def _contact_relative(w: Words, i: int) -> bool:
    """Whether the cue at word ``i`` stands in a relative clause without "that" on the noun
    before its pronoun subject: "the opportunities [they present]", "the ideas [he shared] were
    welcomed" (the noun is the cue's object, nothing is reported)."""
    j = skip_back(w, i - 1)
    if j < 1 or (w.lows[j] not in SUBJECT_PRONOUNS and w.lows[j] not in lex.GROUP_PRONOUNS):
        return False
    noun = w.words[j - 1]
    low = noun.low
    if not (noun.lower and low.isalpha()) or is_adverb(noun) or is_verbish(noun) or low in lex.SUBJECT_WORDS:
        return False
    if low in _CLOSED_BEFORE_PRONOUN:
        return False
    # the cue's object is the noun before: no object after it ("In this regard she noted that")
    lemma = w.words[i].lemma or ""
    own = lex.PARTICLES.get(lemma, frozenset()) | frozenset(lex.PREPOSITIONAL_CONTENT.get(lemma, ()))
    after = w.words[i + 1] if i + 1 < len(w) else None
    if after is None or after.punct:
        return True
    if after.low in own or after.low == "that":
        return False
    return after.low in lex.PREPOSITIONS or after.low in lex.AUXILIARIES or after.low in lex.BE_FORMS


def _after_finite_clause(w: Words, i: int) -> bool:
    """Whether the cue at word ``i`` follows a comma that closes a clause of a finite verb of its
    tense with a subject before it: "The ministers exchanged views on A, attached importance to
    B" (a list of verbs of one subject, the first an activity)."""
    if i < 3 or word_before(w, i) != "," or w.words[i].form != "past":
        return False
    for k in range(i - 2, max(0, i - MAX_ANTECEDENT_WORDS), -1):
        word = w.words[k]
        if w.texts[k] in ",;:" or word.low in RELATIVES or word.low in lex.SUBORDINATORS:
            return False
        if word.lower and is_verbish(word) and tense(word) == "past" and k > 0 and not w.words[k - 1].punct:
            return word_before(w, k) not in lex.BE_FORMS and word_before(w, k) not in lex.AUXILIARIES
    return False


def _listed(s: Context, i: int, found: list[_Found]) -> bool:
    """Whether the cue at word ``i`` comes right after the content of the statement before,
    a comma between: "thanked the hosts, commended the staff and ..." (one subject). Not a cue
    that closes the sentence without content after a name set off by commas, the subject in
    apposition to a title before it: "A, his spokesperson, Mr. Luis Ortega, told reporters"."""
    w = s.words
    if not (i >= 2 and word_before(w, i) == "," and bool(found) and found[-1].end == w.ends[i - 2]):
        return False
    name = s.mentions.person_end.get(w.ends[i - 2])
    if name is None or name[1].kind != "name" or not (bare_tail(w, i + 1) or _hearer_tail(w, i + 1)):
        return True  # a listed cue has content of its own: "thanked her counterpart, Mr. X, praised A"
    k = w.index_at(name[1].start)
    if k is None or k < 2 or word_before(w, k) != ",":
        return True
    # "his spokesperson, Mr. X,": a title of the same person, or a role noun, before the name
    title = s.mentions.person_end.get(w.ends[k - 2])
    if title is not None:
        return title[0] is not name[0]
    return w.lows[k - 2] not in lex.LOWERCASE_ROLE_HEADS


def _speaker_of(
    s: Context, i: int, found: list[_Found], found_subject: Speaker | str | None
) -> Speaker | None:
    """The speaker of the finite cue at word ``i`` with the subject ``found_subject``: shared
    with the clause before when coordinated; after a relative clause with a cue of its own
    ("X who said A noted B"), the relative clause's speaker."""
    if found_subject == COORDINATED:
        return _shared_subject(s, i, found)
    if isinstance(found_subject, Speaker):
        return found_subject
    if found and found[-1].relative and found[-1].end <= s.words.starts[i]:
        return found[-1].speaker
    if s.lead is not None and all(word.punct for word in s.words.words[:i]):
        return s.lead  # a list item that opens with its cue: "welcomed A;" after "The ministers:"
    return None


def _relative_item(w: Words, k: int) -> bool:
    """Whether a list item with a relative clause of its own starts at word ``k``: a phrase
    without a verb, then ", who" ("[Botswana's Minister, Ms. Y, who] warned ...")."""
    for n in range(k, min(len(w) - 1, k + MAX_ANTECEDENT_WORDS)):
        word = w.words[n]
        if word.lower and (is_verbish(word) or word.low == "that"):
            return False
        if w.texts[n] == "," and w.lows[n + 1] == "who":
            return True
    return False


def _main_verb(w: Words, i: int) -> int:
    """The word where the main clause takes up again after a relative clause whose cue is at
    word ``i``: "Minister X, who said A[, stressed] B" (the comma), "President X who said A
    [noted] that B" (a cue with "that"); the sentence end when neither follows."""
    for n in range(i + 2, min(len(w) - 1, i + MAX_ANTECEDENT_WORDS)):
        nxt = w.words[n + 1]
        if w.texts[n] == "," and nxt.lower and nxt.form in ("past", "s"):
            return n
        if w.texts[n] == "," and nxt.low == "and" and _relative_item(w, n + 2):
            return n  # "Speakers included X, who said A[, and Y, who] warned B": the next item
        word = w.words[n]
        cue_with_that = word.lower and word.form in ("past", "s") and w.lows[n + 1] == "that"
        if cue_with_that and w.lows[skip_back(w, n - 1)] not in SUBJECT_PRONOUNS:
            return n  # not "who said he noted that ...": a clause inside the relative one
    return len(w)


def _aside(s: Context, i: int, lemma: str, speaker: Speaker) -> tuple[bool, _Found | None]:
    """An attribution set off by commas inside the sentence, from the cue at word ``i``:
    (True, the statement) for a parenthetical ("The portal, she added, covers ..."; "The talks,
    she told reporters, went well"), (True, None) when it reports the statement of the
    sentence's subject ("Mr. X, the ministry said, called for ..."), (False, None) for none."""
    w = s.words
    if word_after(w, i) == ",":
        if _between_subject_and_verb(s, i, speaker):
            return True, None  # Mr. X's statement, found at its own cue
        paren = _parenthetical(s, i, speaker)
        return paren is not None, paren
    if lemma in lex.ADDRESSEE_CUES or word_after(w, i) == "to":
        comma = _hearer_comma(w, i)
        if comma is None:
            return False, None
        paren = _parenthetical(s, i, speaker, comma)
        if paren is not None and not _has_verb(w, comma + 1, w.last_until(paren.end) + 1):
            # "Ahead of the forum, we spoke to Ms. X, head of the fund, about ...": what follows
            # the hearer's comma is the hearer's apposition, no clause; the cue is the main verb
            return False, None
        return paren is not None, paren
    return False, None


def _parenthetical(s: Context, i: int, speaker: Speaker, comma: int | None = None) -> _Found | None:
    """ "The new portal, she added, covers all ports": the content is the subject before the
    first comma and what follows the second (two parts), when the subject is a noun phrase
    (no verb); else what follows the second comma (``comma``, after the cue and its hearer:
    "The talks, she told reporters, went well")."""
    w = s.words
    first = w.index_at(speaker.start)
    if first is None or word_before(w, first) != ",":
        return None
    after = (i + 1 if comma is None else comma) + 1
    if after >= len(w):
        return None
    end = content_end(s, after, len(w))
    subject = w.words[: first - 1]
    if len(subject) == 1 and _sentence_adverb(s, 0):
        return _Found(speaker, i, w.starts[after], end)  # "Importantly, she said, ...": the clause after
    if 0 < len(subject) <= _MAX_TITLE_WORDS and not any(word.lower and is_verbish(word) for word in subject):
        # "Trade, she said, would grow": the subject before the cue is the content's own
        parts = ((w.starts[0], w.ends[first - 2]), (w.starts[after], end))
        return _Found(speaker, i, parts[0][0], end, fronted=True, parts=parts)
    return _Found(speaker, i, w.starts[after], end)


_MAX_HEARER_WORDS = 4  # "she told [the visiting delegation],"
_MIN_LY_ADVERB = 7  # "Crucially", not "Italy"


def _sentence_adverb(s: Context, k: int) -> bool:
    """Whether word ``k``, alone before a parenthetical attribution, is a sentence adverb, no
    part of what was said: "Importantly, she said, ..." (a known adverb, or a long -ly word that
    names no one and nothing: not "Italy", "Emily")."""
    word = s.words.words[k]
    if is_adverb(word):
        return True
    low = word.low
    if not (low.endswith("ly") and len(low) >= _MIN_LY_ADVERB) or word.text in lex.CITIES:
        return False
    return s.words.starts[k] not in s.mentions.person_start and country_of(word.text) is None


def _hearer_comma(w: Words, i: int) -> int | None:
    """The comma that closes a short hearer after the cue at word ``i`` ("told reporters[,]",
    "said to the envoy[,]"): no verb, no "that" before it; None when there is none."""
    for n in range(i + 2, min(len(w), i + 2 + _MAX_HEARER_WORDS)):
        word = w.words[n]
        if word.text == ",":
            return n
        if word.punct or word.low == "that" or word.form is not None or (word.lower and is_verbish(word)):
            return None
    return None


def _between_subject_and_verb(s: Context, i: int, speaker: Speaker) -> bool:
    """Whether the attribution "<speaker> <cue>" at word ``i`` stands between commas right
    after the sentence's subject and right before its finite verb, which is a cue: "Mr. X, the
    ministry said, also called for a new treaty" (the statement is Mr. X's, found at its cue;
    the ministry only reports it)."""
    w = s.words
    first = w.index_at(speaker.start)
    if first is None or first < 2 or w.texts[first - 1] != ",":
        return False
    subject_phrase = speaker_ending(s, first - 2)
    if subject_phrase is None or w.index_at(subject_phrase.start) != 0:
        return False  # the subject opens the sentence
    v = skip_forward(w, i + 2)
    verb = w.words[v] if v < len(w) else None
    return verb is not None and verb.lower and verb.lemma is not None and verb.form in _FINITE_FORMS


def _fronted(s: Context, i: int, speaker: Speaker) -> _Found | None:
    """ "Trade is growing fast, the ministry said in a statement.": reported content before its
    attribution, without quotation marks; the content is the clause before the subject's comma
    (a clause with a verb of its own, not an adverbial: "After the vote, he said.")."""
    w = s.words
    first = w.index_at(speaker.start)
    if first == 0 and w.words[0].lower:
        return _question_before(s, i, speaker)
    if first is not None and word_before(w, first) != ",":
        first = _news_title_start(w, first)
    if first is None or first < 2 or word_before(w, first) != ",":
        return None
    return _content_before(s, i, _apposed_title_start(w, first), speaker)


def _question_before(s: Context, i: int, speaker: Speaker) -> _Found | None:
    """ "Why would we wait another year? she asked.": a question without quotation marks, its
    attribution a sentence of its own in lowercase after the "?"; the question is the content."""
    prev = s.previous
    if prev is None or len(prev) < _MIN_FRONTED_WORDS or prev.texts[-1] != "?":
        return None
    return _Found(speaker, i, prev.starts[0], prev.ends[-1], fronted=True)


_MAX_NEWS_TITLE = 3  # "..., [union leader] Karin Dahl said"


def _news_title_start(w: Words, first: int) -> int:
    """Where a name's lowercase title, news style, starts before it: "..., [union leader] Karin
    Dahl said Thursday." (its last word a title's head); else ``first``."""
    if first < 1 or w.words[first - 1].base_low not in lex.TITLE_HEADS:
        return first
    k = first - 1
    while k > 0 and first - k <= _MAX_NEWS_TITLE and w.words[k].lower and w.words[k].alpha:
        k -= 1
    return k + 1 if w.texts[k] == "," else first


_MAX_TITLE_WORDS = 8


def _apposed_title_start(w: Words, first: int) -> int:
    """Where the subject starts when a title with its article (or a possessive) stands before
    the name, between commas: "..., [the mayor of Rotterdam], Pieter van der Lans, said" (not
    the content's)."""
    comma = first - 1
    start = comma - 1
    while start > 0 and comma - start < _MAX_TITLE_WORDS and w.texts[start - 1] != ",":
        start -= 1
    if start < 1 or w.texts[start - 1] != ",":
        return first
    if w.lows[start] not in lex.ARTICLES and w.lows[start] not in lex.POSSESSIVE_DETERMINERS:
        return first  # "..., [his spokesperson], Mr. X, told reporters" too
    phrase = w.words[start:comma]
    titled = any(word.base_low in lex.TITLE_HEADS for word in phrase)
    verb = any(word.lower and is_verbish(word) for word in phrase)
    return start if titled and not verb else first


def _inverted(s: Context, i: int) -> _Found | None:
    """ "Funding came from the bank, said Mr. X, director of the fund.": reported content
    before an inverted attribution (a cue that may stand before a name, then its subject),
    without quotation marks; the subject, its appositive or a short adjunct end the sentence
    ("said X." is not "said X would come": a clause after the name is the cue's content)."""
    w = s.words
    if w.texts[i] not in lex.INVERTED_CUES or not w.words[i].lower or w.words[i].lemma in lex.ADDRESSEE_CUES:
        return None  # "told the delegates" names a hearer, never an inverted subject
    found = speaker_starting(s, i + 1)
    if found is None:
        return None
    after = found[1] + 1
    if not (bare_tail(w, after) or (found[0].kind != "group" and _appositive_tail(w, after))):
        return None
    return _content_before(s, i, i if w.texts[i - 1] == "," else i - 1, found[0])


def _after_comma(w: Words, i: int) -> bool:
    """Whether a comma stands before word ``i``, or a comma and a closing quotation mark: "A,
    said X", 'A “in quotes,” said X'."""
    before = word_before(w, i)
    return before == "," or (before in QUOTE_MARKS and i >= 2 and w.texts[i - 2] == ",")


def _inverted_unmarked(s: Context, i: int) -> _Found | None:
    """ "Trade is the key to growth said Mr. X, Director of Y, today at the fair.": an inverted
    attribution right after its content, no comma between, as many press releases write it; the
    cue stands after an open-class word that ends a clause, a person named with an honorific or
    a title follows it, and nothing after the name makes that person the subject of a clause
    the cue reports ("said Mr. X had resigned", "said Mr. X, the chair, would come")."""
    w = s.words
    if i < 1 or w.texts[i] not in lex.INVERTED_CUES or not w.words[i].lower:
        return None
    if w.words[i].lemma in lex.ADDRESSEE_CUES:
        return None  # "told Mr. X": a hearer
    before = w.words[i - 1]
    if not before.alpha or before.pronoun is not None or closed_word(before) or is_adverb(before):
        return None  # "... and noted Mr. X's role", "he said Mr. X": no content ends there
    if i + 1 >= len(w) or not (w.words[i + 1].honorific_start or w.words[i + 1].title_start):
        return None
    found = speaker_starting(s, i + 1)
    if found is None or found[0].kind != "person" or w.words[found[1]].poss:
        return None
    rest = range(found[1] + 1, len(w))
    if any(w.lows[n] == "that" or w.lows[n] in FINITE_MARKERS for n in rest):
        return None
    if opens_quotation(w, found[1] + 1, min(found[1] + 3, len(w))):
        return None  # "said Mr. X: “...”": the quotation is what he said
    if any(w.words[n].form == "ing" for n in rest):
        return None  # "said Mr. X, adding ...": a statement of its own, the usual way
    return _content_before(s, i, i + 1, found[0])


def _own_particle(w: Words, i: int, lemma: str) -> bool:
    """Whether the cue at word ``i`` goes on with a particle or preposition of its own, which
    opens its content ("called on members to act", "commented on the plan"), not an adjunct
    ("said on Monday")."""
    if i + 1 >= len(w):
        return False
    after = w.lows[i + 1]
    return after in lex.PARTICLES.get(lemma, frozenset()) or after in lex.PREPOSITIONAL_CONTENT.get(lemma, ())


def _appositive_tail(w: Words, k: int) -> bool:
    """Whether the words from ``k`` are an appositive that ends the sentence: ", assistant
    director of the centre." (a comma, no "that", no quotation, no other comma's clause)."""
    if k >= len(w) or w.texts[k] != "," or len(w) - k > _MAX_APPOSITIVE_WORDS:
        return False
    rest = w.words[k + 1 :]
    return not any(word.low == "that" or word.text in QUOTE_MARKS or word.form == "ing" for word in rest)


def _hearer_tail(w: Words, k: int) -> bool:
    """Whether the words from ``k`` name only the hearer of a cue and end the sentence: "told
    reporters.", "said to the visiting envoy." (a short phrase, no verb, no "that")."""
    if k >= len(w) or len(w) - k > _MAX_APPOSITIVE_WORDS:
        return False
    lemma = w.words[k - 1].lemma
    if w.lows[k] != "to" and lemma not in lex.ADDRESSEE_CUES:
        return False
    if w.lows[k] == "to" and (k + 1 >= len(w) or infinitive_after_to(w.words[k + 1])):
        return False  # "agreed to meet again": an infinitive, no hearer
    if lemma in lex.HEARER_FIRST and any(matter_after_of(w, n) for n in range(k, len(w))):
        return False  # "assured the delegates of her full support": what they were assured of
    rest = _without_date_adjunct([word for word in w.words[k:] if not word.punct])
    if any(word.low == "that" or tense(word) is not None or word.low in FINITE_MARKERS for word in rest[1:]):
        return False
    # "told reporters [at the daily briefing]", "[in Geneva]": where it was told, not what
    at = next((n for n in range(1, len(rest)) if rest[n].low in lex.PREPOSITIONS - {"to", "of"}), len(rest))
    return bool(rest) and (
        at == len(rest)
        or (
            rest[at].low in _PLACE_PREPOSITIONS
            and not any(word.low in lex.PREPOSITIONS for word in rest[at + 1 :])
        )
    )


_PLACE_PREPOSITIONS = frozenset({"at", "in", "during", "after", "following"})  # of where and when


def _without_date_adjunct(words: list[Word]) -> list[Word]:
    """The words without a date adjunct that ends them: "said to the envoy [on 6 December]",
    "told reporters [on Monday]" (the day of saying, no content)."""
    for n in range(1, len(words)):
        if words[n].low in lex.PREPOSITIONS and words[n].low not in ("to", "of"):
            after = words[n + 1 :]
            dated = bool(after) and all(
                t.month is not None or t.weekday or t.digit or t.low == "the" for t in after
            )
            return words[:n] if dated else words
    return words


def _content_before(s: Context, i: int, first: int, speaker: Speaker) -> _Found | None:
    """The fronted statement of the cue at word ``i``: its content is the clause before the
    comma before word ``first`` (a clause with a verb of its own, of four words or more)."""
    w = s.words
    k = clause_start(w, first - 1)
    if w.lows[k] == "according":
        return None  # "According to the release, the ministers agreed": an attribution
    words = w.words[k : first - 1]
    if len(words) < _MIN_FRONTED_WORDS or words[0].form in ("ing", "past"):
        return None  # a participle's clause: "Asked by the chair what held trade back, X pointed to ..."
    if opens_quotation(w, k, k + 1):
        return None  # a quotation: the quotes stage's (a few quoted words inside are the content's:
        # 'The talks had been “a textbook case,” said Ms. X')
    main = _main_clause(w, k, first - 1)
    if main is None or not _has_verb(w, main, first - 1):
        return None
    # a quotation closing the content keeps its mark: 'The talks were “frank,” said X'
    end = w.ends[first] if w.texts[first] in QUOTE_MARKS else trim_end(w, k, first - 1)
    return _Found(speaker, i, w.starts[k], end, fronted=True)


def _main_clause(w: Words, k: int, end: int) -> int | None:
    """Where the main clause of the words ``k .. end - 1`` starts: at ``k``, or after the comma
    that closes an opening subordinate clause ("Since the port opened, [trade has grown], he
    said"); None when they are a subordinate clause alone ("Although the talks went well, he
    said")."""
    if w.lows[k] not in lex.SUBORDINATORS:
        return k
    comma = next((n for n in range(k + 1, end) if w.texts[n] == ","), None)
    return comma + 1 if comma is not None and end - comma > _MIN_FRONTED_WORDS else None


def _has_verb(w: Words, k: int, end: int) -> bool:
    """Whether the words ``k .. end - 1`` have a finite verb of their own, so are a clause, not an
    adverbial ("After the vote in the evening, he said")."""
    return any(
        (word.lower and is_verbish(word)) or present_verb(w, n) or plural_present_verb(w, n)
        for n, word in enumerate(w.words[k:end], k)
    )


def _passive(s: Context, i: int, lemma: str) -> _Found | None:
    """ "as highlighted by the panellists" (content: the clause before, or after when it opens
    the sentence), "The need for reform was stressed by the Minister" (content: the subject)."""
    w = s.words
    if i + 2 >= len(w) or word_after(w, i) != "by":
        return None
    told = _told_by(s, i, lemma) if lemma in lex.HEARER_FIRST else None
    if told is not None or lemma in lex.NO_PASSIVE:
        return told  # "Ms. X was told by Mr. Y that ...": the hearer is the subject
    agent = speaker_starting(s, i + 2)
    if agent is None:
        return None
    speaker, agent_end = agent
    j = skip_back(w, i - 1)
    if w.lows[j] == "as":
        if j == 0:  # "As highlighted by the panellists, trade ...": the content follows
            return _make(s, speaker, i, lemma, skip_commas(w, agent_end + 1), len(w))
        first = clause_start(w, j)
        return _Found(speaker, i, w.starts[first], trim_end(w, first, j)) if first < j else None
    # "X was stressed by Y": the subject, from the clause start to the be-form; not after a
    # relative pronoun ("the strategy, which was welcomed by ...") nor a greeting ("Mr. X was
    # welcomed by the Mayor")
    first = _past_opening_phrase(w, clause_start(w, j), j)
    if first >= j or word_before(w, j) in RELATIVES or not accepts(s, lemma, first, j):
        return None
    return _Found(speaker, i, w.starts[first], trim_end(w, first, j))


def _past_opening_phrase(w: Words, first: int, j: int) -> int:
    """Where a passive's subject starts, past a phrase that opens the clause with a preposition
    and ends at a comma: "On Tuesday, [President X] was welcomed by ..." (a greeting, as the
    subject shows), "In the report, [the need for reform] was stressed by ..."."""
    if w.lows[first] not in lex.PREPOSITIONS:
        return first
    comma = next((k for k in range(first + 1, j) if w.texts[k] == ","), None)
    return comma + 1 if comma is not None else first


def _told_by(s: Context, i: int, lemma: str) -> _Found | None:
    """The passive of a cue whose object is its hearer, with its agent and a clause after it:
    "Ms. X was told by Mr. Y that fees would fall", "was assured by the Minister that ...": the
    agent said the clause; the subject only heard it."""
    agent = speaker_starting(s, i + 2)
    if agent is None or word_after(s.words, agent[1]) != "that":
        return None
    return _make(s, agent[0], i, lemma, agent[1] + 2, len(s.words))


def _base_form(s: Context, i: int, lemma: str, found: list[_Found]) -> _Found | None:
    """A cue in its base form: after an infinitive frame ("took the opportunity to thank"), an
    emphatic "did" ("He did stress that ..."), or a plural subject ("Both sides agree that").
    Not after a modal: "The Bank will support members" tells an intention, no speech act."""
    w = s.words
    if word_before(w, i) == "to" and i >= 2 and w.lows[i - 2] in lex.INFINITIVE_FRAMES:
        speaker = clause_subject(s, i - 1)
        if speaker is None:
            return None
        return _make(s, speaker, i, lemma, content_start(s, i, lemma), len(w))
    j = skip_back(w, i - 1)
    if j < 0:
        return None
    auxiliaries = lex.AUXILIARIES.intersection(w.lows[j + 1 : i])
    if auxiliaries:
        hedged = auxiliaries <= lex.HEDGE_AUXILIARIES and _answering_i(s, j)  # "A: I would say that ..."
        return _finite(s, i, lemma, found) if auxiliaries <= EMPHATIC_AUXILIARIES or hedged else None
    if w.lows[j] in lex.GROUP_PRONOUNS or _answering_i(s, j) or head_plural(w, j) is not None:
        if lemma in lex.CONTENT_OBJECT_ONLY:
            # "Member states share the goal of ...", "The two ports present a contrast": the
            # narrator's present of a verb of presenting tells what they have, not what they said
            return None
        return _finite(s, i, lemma, found)
    return None


def _answering_i(s: Context, j: int) -> bool:
    """Whether word ``j`` is the "I" of an interview's answer, whose present is finite ("A: I
    expect that fees will fall": the one who answers)."""
    return s.words.lows[j] in lex.FIRST_SINGULAR_PRONOUNS and s.we is not None and s.we.kind == "person"


def _trailing(s: Context, i: int, lemma: str, found: list[_Found]) -> _Found | None:
    """ "..., stressing that ..." / "..., and highlighting ...": the speaker of the clause it trails."""
    inserted = _inserted_participle(s, i, lemma)
    if inserted is not None:
        return inserted
    speaker = _attribution_subject(s, i, found) or _shared_subject(s, i, found)
    if speaker is None:
        return None
    return _make(s, speaker, i, lemma, content_start(s, i, lemma), len(s.words))


def _attribution_subject(s: Context, i: int, found: list[_Found]) -> Speaker | None:
    """The subject of the reporting clause a participle trails when that clause gave no
    statement of its own (its content is a quotation, the quotes stage's): "“Ms. Y flagged the
    risk,” the CS stated, noting that ..." is the CS's noting, not Ms. Y's."""
    w = s.words
    if i < 3 or word_before(w, i) != "," or not finite_cue(w.words[i - 2]):
        return None
    if found and found[-1].cue >= i - 2:
        return None
    return clause_subject(s, i - 2)


def _finite_verb(word: Word) -> bool:
    """A lowercase finite verb: a cue in a past or -s form ("said"), or a verb in -ed."""
    return word.lower and (tense(word) is not None or (word.lemma is not None and word.form in ("past", "s")))


def _inserted_participle(s: Context, i: int, lemma: str) -> _Found | None:
    """A participial cue between the subject and its verb, inside commas: "Mr. X, noting that
    fees were high, called for reform" (the subject opening the sentence speaks; the content
    ends at the comma before the main verb)."""
    w = s.words
    if i < 3 or word_before(w, i) != ",":
        return None
    speaker = speaker_ending(s, i - 2)
    first = w.index_at(speaker.start) if speaker is not None else None
    if speaker is None or first is None or first > 1:
        return None
    stop = next(
        (n for n in range(i + 2, len(w) - 1) if w.texts[n] == "," and _finite_verb(w.words[n + 1])),
        None,
    )
    if stop is None:
        return None
    return _make(s, speaker, i, lemma, content_start(s, i, lemma), stop)


def _leading(s: Context, leading: list[tuple[int, str]], found: list[_Found]) -> list[_Found]:
    """Opening participles take the main clause's subject: "Congratulating the Ambassador on
    his mission, the Mayor expressed ..." (also without the comma), "After thanking X, he noted"."""
    w = s.words
    first = leading[0][0]
    main = [f for f in found if f.cue > first and not f.coordinated]
    speaker, stop = _main_subject(s, first, main)
    if speaker is None:
        return []
    if stop is None:
        stop = main[0].cue if main else len(w)
    out = []
    for i, lemma in leading:
        hit = _make(s, speaker, i, lemma, content_start(s, i, lemma), stop)
        if hit:
            out.append(hit)
    return out


def _main_subject(s: Context, first: int, main: list[_Found]) -> tuple[Speaker | None, int | None]:
    """The subject of the main clause after the opening participle at word ``first``, and the
    word its content stops before: the first statement's speaker when it stands after the
    participle, else a speaker right after the participle's comma ("Congratulating X, the
    Mayor ...")."""
    w = s.words
    speaker: Speaker | None = None
    stop: int | None = None
    if main:
        speaker = main[0].speaker
        # "Commending X, Dr Tom Berg, Director General of Y praised ...": X stops at the name
        start = apposed_name_start(s, speaker.start)
        stop = w.first_from(start) if start > w.starts[first] else None
    if speaker is None or stop is None:
        comma = next((k for k in range(first + 1, len(w) - 1) if w.texts[k] == ","), None)
        after = speaker_starting(s, comma + 1) if comma is not None else None
        if after is not None:
            speaker, stop = after[0], comma
    return speaker, stop


def _according(s: Context, i: int) -> _Found | None:
    """ "According to X, Y." (content: Y) and "Y, according to X." (content: Y). X before a
    clause that reports a speech act of its own is only the channel: "According to the
    ministry, the Minister stated that ..." is the Minister's statement, not the ministry's."""
    w = s.words
    hit = speaker_starting(s, i + 2) or _issuer_starting(s, i + 2)
    if hit is None:
        return None
    speaker, end_k = hit
    if word_before(w, i) != ",":
        k = skip_commas(w, _after_relative(w, skip_commas(w, end_k + 1)))
        if k >= len(w) - 1:
            return None
        end = content_end(s, k, len(w))
        return None if _reports_speech(s, k, end) else _Found(speaker, i, w.starts[k], end)
    first = clause_start(w, i - 1)
    if first >= i - 1:
        return None
    # a report's source after its content keeps the statement it reports, as "A, the
    # ministry said" does: "Ms. X stressed A, according to the ministry"
    return _Found(speaker, i, w.starts[first], trim_end(w, first, i - 1), fronted=True)


_WHO_WORDS = frozenset({"who", "whom", "whose"})


def _after_relative(w: Words, k: int) -> int:
    """Word ``k``, or the comma that closes a relative clause on the source opening there:
    "According to an official [who attended the talks], the canal ..." (the content starts
    after it, not at "who")."""
    if k >= len(w) or w.lows[k] not in _WHO_WORDS:
        return k
    return next((n for n in range(k + 1, min(len(w), k + MAX_ANTECEDENT_WORDS)) if w.texts[n] == ","), k)


def _reports_speech(s: Context, k: int, end: int) -> bool:
    """Whether the clause from word ``k`` to offset ``end`` reports a speech act of its own: a
    finite cue ("the Minister stated that ..."), or an opening participle, whose subject the
    main clause after it names ("stressing A, the Minister stated ...")."""
    w = s.words
    if w.words[k].form == "ing" and w.words[k].lower:
        return True
    return any(
        finite_cue(w.words[m]) and not (w.words[m].form == "s" and noun_use(s, m))
        for m in range(k, len(w))
        if w.starts[m] < end
    )


_ISSUED_TEXTS = lex.SPEECH_NOUNS | lex.DOCUMENT_NOUNS
_ISSUERS = frozenset({"by", "from"})
_MAX_ISSUED_WORDS = 5  # "a [joint written statement issued] by"


def _issuer_starting(s: Context, k: int) -> tuple[Speaker, int] | None:
    """The one who issued the text that "according to" names from word ``k``, and where that
    speaker's phrase ends: "According to a statement from the Ministry of Ports, ...", "...,
    according to a press release issued by the Council": the text is theirs, they are the source."""
    w = s.words
    for m in range(k, min(len(w), k + _MAX_ISSUED_WORDS + 1)):
        if w.lows[m] in _ISSUERS:
            texts = w.lows[k:m]
            return speaker_starting(s, m + 1) if not _ISSUED_TEXTS.isdisjoint(texts) else None
        if not w.words[m].lower:
            return None
    return None


def _light_verb(s: Context, i: int, found: list[_Found]) -> _Found | None:
    """ "X gave his views on how ...": giving an opinion noun; the content after the preposition.
    Not an infinitive of purpose: "gathered experts to share their views on ..." (but "took the
    opportunity to share ...": a frame)."""
    w = s.words
    framed = word_before(w, i) == "to"
    if framed and not (i >= 2 and w.lows[i - 2] in lex.INFINITIVE_FRAMES):
        return None
    for n in range(i + 1, min(len(w) - 1, i + 5)):
        if w.lows[n] in lex.OPINION_NOUNS:
            # "gave his views on X", "shared the view that X"; "made several recommendations
            # including X": the noun phrase with its list
            listed = _lists_after(w, n + 1)
            if word_after(w, n) not in lex.OPINION_PREPOSITIONS and word_after(w, n) != "that" and not listed:
                return None
            found_subject = clause_subject(s, i - 1) if framed else subject(s, i)
            speaker = _shared_subject(s, i, found) if found_subject == COORDINATED else found_subject
            if not isinstance(speaker, Speaker):
                return None
            if n == i + 1 and speaker.kind == "group" and w.lows[n].endswith("s") and _exchange(w.words[i]):
                # "Both sides shared views on ...": an exchange of views, an activity (not
                # "Both sides made recommendations on ...": making is no exchange)
                return None
            return _make(s, speaker, i, "give", i + 1 if listed else n + 2, len(w))
        if w.words[n].punct:
            return None
    return None


def _exchange(word: Word) -> bool:
    """Whether a light verb with a bare plural object tells an exchange ("shared views"): a
    verb whose bare plural object is one (``DETERMINED_OBJECT_ONLY``), not "made", "gave"."""
    return word.lemma in lex.DETERMINED_OBJECT_ONLY


def _lists_after(w: Words, k: int) -> bool:
    """Whether the words from ``k`` open a list of what a noun holds: "[including] A and B",
    "[, such as] A", "[:] A, B and C" (``LISTING_WORDS``)."""
    if k < len(w) and w.texts[k] in ",:":
        if w.texts[k] == ":":
            return k + 1 < len(w)
        k += 1
    return any(tuple(w.lows[k : k + len(p.split())]) == tuple(p.split()) for p in lex.LISTING_WORDS)


def _of_the_view(s: Context, n: int) -> _Found | None:
    """ "X was of the view that ...", "The ministers are of the opinion that ...": a stance, the
    that-clause its content, the subject of the form of "be" its speaker."""
    w = s.words
    if 2 <= n <= 3 and w.lows[0] == "in":
        return _in_the_view(s, n)  # "In his view, A", "In the view of X, A"
    if n >= 1 and w.lows[n - 1].endswith(POSSESSIVE_ENDINGS):
        return _possessor_view(s, n)
    if n < 3 or word_after(w, n) != "that" or tuple(w.lows[n - 2 : n]) != ("of", "the"):
        return None
    if w.lows[n - 3] not in lex.BE_FORMS:
        return None
    speaker = subject(s, n - 3)
    if not isinstance(speaker, Speaker):
        return None
    return _make(s, speaker, n, "believe", n + 2, len(w))


def _possessor_view(s: Context, n: int) -> _Found | None:
    """ "Ruiz's view was that A", "Dr. Ode's words were that A": the opinion noun at word ``n``
    after a person's possessive, then "be" and "that": A is that person's stance (no verb of
    saying to show as its cue). Only a person the people stage names ends the possessive."""
    w = s.words
    if n + 3 >= len(w) or w.lows[n + 1] not in lex.BE_FORMS or w.lows[n + 2] != "that":
        return None
    # the mention ends before the "'s" ("Ruiz's") or holds it ("The Minister's")
    hit = s.mentions.person_end.get(w.ends[n - 1] - len(POSSESSIVE_ENDINGS[0])) or s.mentions.person_end.get(
        w.ends[n - 1]
    )
    if hit is not None and hit[1].kind == "pronoun":
        return None
    bare = w.texts[n - 1][: -len(POSSESSIVE_ENDINGS[0])]
    person = hit[0] if hit is not None else _surname_holder(s.mentions, bare)
    if person is None:
        return None
    stance = _make(s, Speaker(person.name, "person", w.starts[n - 1], person.id), n, "believe", n + 3, len(w))
    return stance._replace(bare=True) if stance is not None else None


def _surname_holder(mentions: Mentions, surname: str) -> Person | None:
    """The one person whose name ends with ``surname`` ("Petrov" in "Petrov's view"), else None."""
    found = {p.id: p for p, _ in mentions.person_start.values() if p.name.rsplit(" ", 1)[-1] == surname}
    return next(iter(found.values())) if len(found) == 1 else None


_MAKE_FORMS = frozenset({"made", "makes", "make"})


def _in_the_view(s: Context, n: int) -> _Found | None:
    """ "In his view, A" (the possessive's person), "In the view of X, A" (X): A, the rest of the
    sentence, is the stance of that speaker, with no verb to show as its cue (the opinion noun
    at word ``n`` anchors it); not when A reports a speech act of its own ("In his view, the
    Minister said ...")."""
    w = s.words
    if n == 2 and w.lows[1] in lex.POSSESSIVE_DETERMINERS and word_after(w, n) == ",":
        hit = s.mentions.person_start.get(w.starts[1])
        speaker = Speaker(hit[0].name, "person", w.starts[1], hit[0].id) if hit is not None else None
        k = n + 2
    elif n == 2 and w.lows[1] == "the" and word_after(w, n) == "of":
        found = speaker_starting(s, n + 2)
        if found is None or word_after(w, found[1]) != ",":
            return None
        speaker, k = found[0], found[1] + 2
    else:
        return None
    if speaker is None or k >= len(w) - 1 or _reports_speech(s, k, w.ends[-1]):
        return None
    stance = _make(s, speaker, n, "believe", k, len(w))
    return stance._replace(bare=True) if stance is not None else None


def _stance_adjective(s: Context, n: int) -> _Found | None:
    """ "X was confident that ...", "X is optimistic that ...", "X made it clear that ...": a
    stance adjective (data: ``stance_adjectives``, ``made_it_adjectives``) with a that-clause,
    the clause its content, the subject of "be" (adverbs between: "was very confident") or of
    "made it" its speaker, that verb its cue."""
    w = s.words
    if n < 2 or word_after(w, n) != "that":
        return None
    j = skip_back(w, n - 1)
    if w.words[n].low in lex.MADE_IT_ADJECTIVES:
        if w.lows[j] != "it" or j < 1 or w.lows[j - 1] not in _MAKE_FORMS:
            return None
        j -= 1  # "made it clear": the subject of "made"
    elif w.lows[j] not in lex.BE_FORMS:
        return None
    speaker = subject(s, j)
    if not isinstance(speaker, Speaker):
        return None
    # the cue is the verb, so the point reads as the article does: "Ruiz was confident that"
    return _make(s, speaker, j, "believe", n + 2, len(w))


def _speech_noun_opener(s: Context, found: list[_Found]) -> _Found | None:
    """ "In her address, the Minister focused on the recovery": after an opening speech noun,
    the subject's main verb reports speech even when it is not a cue."""
    w = s.words
    comma = _after_speech_noun(w)
    subject_hit = speaker_starting(s, comma + 1) if comma is not None else None
    if subject_hit is None:
        return None
    speaker, end_k = subject_hit
    v = skip_forward(w, end_k + 1)
    if v >= len(w) - 1:
        return None
    verb = w.words[v]
    if any(f.cue == v for f in found) or verb.lemma is not None:
        return None
    if verb.low in lex.ACTIVITY_VERBS or not verb.lower or not verb.low.endswith("ed"):
        return None
    k = v + 2 if word_after(w, v) in TOPIC_PREPOSITIONS else v + 1  # "focused on the recovery"
    return _make(s, speaker, v, "", k, len(w))


def _after_speech_noun(w: Words) -> int | None:
    """The comma closing an opening "In his remarks,", "During her address,", or None."""
    if len(w) < 6 or w.lows[0] not in SPEECH_OPENERS:
        return None
    comma = next((k for k in range(1, min(len(w), 7)) if w.texts[k] == ","), None)
    if comma is None or word_before(w, comma) not in lex.SPEECH_NOUNS or w.lows[1] not in SPEECH_OWNERS:
        return None
    return comma


# --- The stage ---------------------------------------------------------------------------------


def _may_state(lows: tuple[str, ...]) -> bool:
    """Whether a sentence's lowercase words hold a word a statement may hang on (in C): a
    trigger word, or an opening "In his remarks, ..." (see ``SPEECH_NOUNS``)."""
    if not lex.trigger_words().isdisjoint(lows):
        return True
    return bool(lows) and lows[0] in SPEECH_OPENERS and not lex.SPEECH_NOUNS.isdisjoint(lows)


def _reported(
    article: Article, mentions: Mentions, answers: dict[int, tuple[Speaker, int]] | None = None
) -> tuple[list[Statement], list[int]]:
    """The reported statements of ``article`` in text order, with the offset of each cue;
    ``answers``: an interview's answer paragraphs, each with the one who answers (whose "we"
    and "I" it holds) and where the answer's words start after its label."""
    reported: list[Statement] = []
    cues: list[int] = []
    last: Speaker | None = None  # the last person who spoke, for a pronoun left open
    last_paragraph = -1
    we = _we(article)
    lead: Speaker | None = None
    for paragraph in article.paragraphs:
        if paragraph.index - last_paragraph > 1:
            last = None
        answer = answers.get(paragraph.index) if answers else None
        ours = answer[0] if answer is not None else we
        lead = lead if lead is not None and _list_item(article.text, paragraph) else None
        found, last = _paragraph_statements(article, paragraph, mentions, (last, ours), lead)
        if not found and answer is not None:
            found = _whole_answer(article, paragraph, *answer)
        if article.text[paragraph.end - 1 : paragraph.end] == ":":
            lead = _list_lead(article, paragraph, mentions)
        for st, cue in found:
            reported.append(st)
            cues.append(cue)
            if st.speaker_kind == "person":
                last_paragraph = paragraph.index
    return reported, cues


def _whole_answer(
    article: Article, paragraph: Paragraph, who: Speaker, at: int
) -> list[tuple[Statement, int]]:
    """An interview answer with no speech verb of its own is the interviewee's words as a
    transcript gives them ("Holm: Every barge will need a permit."): one direct statement,
    the words after the label, with no cue word."""
    end = paragraph.end
    while end > at and (article.text[end - 1].isspace() or article.text[end - 1] in ".,;:"):
        end -= 1  # the closing full stop is no part of the words, as for a quotation
    if end <= at or not paragraph.sentences:
        return []
    st = Statement(
        who.name, who.kind, "", at, end, paragraph.index, paragraph.sentences[0].index, True, (), who.id
    )
    return [(st, paragraph.start)]


def _answers(article: Article, who: PeopleResult) -> dict[int, tuple[Speaker, int]]:
    """An interview's answer paragraphs, after "Q: ..." ones, each with the one who answers and
    where the answer's words start: "A: We need shared data ..." is the person the headline
    names (else the first one the text names); "Holm: We need ..." is the person named Holm.
    Their "we" and "I" are that person's ("A: We estimate that ..." is no group's statement)."""
    text = article.text
    if not who.people or not any(asks(text, p.start, p.end) for p in article.paragraphs):
        return {}
    title = (article.title or "").split()
    person = next((p for p in who.people if p.name.split()[-1] in title), who.people[0])
    named = {p.name: p for p in who.people} | {p.name.split()[-1]: p for p in who.people}
    out: dict[int, tuple[Speaker, int]] = {}
    for p in article.paragraphs:
        m = ANSWER.match(text, p.start)
        label = None if m is not None else LABEL.match(text, p.start)
        one = (
            person if m is not None else named.get(_label_name(label.group(1))) if label is not None else None
        )
        end = m.end() if m is not None else label.end() if label is not None else 0
        if one is not None:
            out[p.index] = (Speaker(one.name, "person", 0, one.id), end)
    return out


def _label_name(label: str) -> str:
    """A transcript label's name without its honorific: "Dr. Holm" -> "Holm"."""
    words = label.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].rstrip(".").lower() in lex.HONORIFICS else label


def _we(article: Article) -> Speaker | None:
    """The group the text's "we" names itself as, in the first sentence that opens "We, the
    ... ," (``self_named_group``)."""
    tokens = article.tokens
    for sentence in article.sentences:
        r = tokens.sentence(sentence.index)
        if (
            r.stop - r.start > 2
            and tokens.lows[r.start] in lex.FIRST_PLURAL_PRONOUNS
            and tokens.texts[r.start + 1] == ","
        ):
            group = self_named_group(words_of_sentence(article.text, tokens, sentence.index))
            if group is not None:
                return group
    return None


def _list_item(text: str, paragraph: Paragraph) -> bool:
    """Whether a paragraph goes on with a list: it opens in lowercase, after a bullet or not
    ("welcomed the new link;", "- stressed the need for ...")."""
    head = text[paragraph.start : paragraph.start + 3].lstrip(_BULLETS)
    return head[:1].islower()


_BULLETS = "-\u2013\u2022*\u00b7 "  # "- ", "• ": what may open a list item before its words


def _list_lead(article: Article, paragraph: Paragraph, mentions: Mentions) -> Speaker | None:
    """The speaker a paragraph ending with a colon names right before it, the subject of the
    list items after it: "In the declaration, the ministers:" (then "welcomed A;")."""
    if not paragraph.sentences:
        return None
    w = words_of_sentence(article.text, article.tokens, paragraph.sentences[-1].index)
    if len(w) < 2 or w.texts[-1] != ":" or w.words[-2].punct:
        return None
    return speaker_ending(Context(w, mentions, None, None), len(w) - 2)


def _paragraph_statements(
    article: Article,
    paragraph: Paragraph,
    mentions: Mentions,
    before: tuple[Speaker | None, Speaker | None],
    lead: Speaker | None = None,
) -> tuple[list[tuple[Statement, int]], Speaker | None]:
    """The reported statements of one paragraph with their cue offsets, and the last person
    who spoke at its end; ``before``: the one before it, and the group "we" stands for;
    ``lead``: the subject a list's lead gave this item (its first sentence's)."""
    last, we = before
    tokens, text = article.tokens, article.text
    first = paragraph.sentences[0].index if paragraph.sentences else 0
    out: list[tuple[Statement, int]] = []
    spoke = -2  # the sentence where ``last`` spoke, when it is in this paragraph
    for sentence in paragraph.sentences:
        r = tokens.sentence(sentence.index)
        if not _may_state(tokens.lows[r.start : r.stop]):
            continue
        w = words_of_sentence(text, tokens, sentence.index)
        previous = words_of_sentence(text, tokens, sentence.index - 1) if sentence.index > first else None
        near = sentence.index - spoke <= 1
        item = lead if sentence.index == first else None
        for found in _sentence_statements(Context(w, mentions, previous, last, near, we, item)):
            if _self_object(found, mentions):
                continue
            if found.speaker.kind == "person" and not _aside_of_another(w, found, mentions):
                last = found.speaker
                spoke = sentence.index
            f = _following(article, paragraph, found) if found.follows else found
            if f is None:
                continue
            statement = Statement(
                speaker=f.speaker.name,
                speaker_kind=f.speaker.kind,
                cue="" if f.bare else w.texts[f.cue],
                start=f.start,
                end=f.end,
                paragraph=paragraph.index,
                sentence=sentence.index,
                direct=False,
                parts=f.parts,
                speaker_id=f.speaker.id,
            )
            out.append((statement, w.starts[f.cue]))
    return out, last


def _aside_of_another(w: Words, f: _Found, mentions: Mentions) -> bool:
    """Whether a statement is told in a relative clause about someone the sentence names after
    its subject, the subject's gender known and the speaker's not the same: "Ms. A conveyed the
    message of President B, who reaffirmed ... She called for ..." (B is no speaker a later
    "She" goes on with: the people stage's reading of the pronoun stands). With no gender to
    tell them apart, the last speaker goes on ("... met President B, who stressed ... He also
    called ...")."""
    if f.cue < 1 or w.lows[f.cue - 1] != "who":
        return False
    for k in range(f.cue):
        hit = mentions.person_end.get(w.ends[k])
        if hit is not None and hit[1].kind != "pronoun":
            subject = mentions.genders.get(hit[0].id or "")
            return (
                hit[0].id != f.speaker.id
                and subject is not None
                and mentions.genders.get(f.speaker.id or "") != subject
            )
    return False


def _following(article: Article, paragraph: Paragraph, f: _Found) -> _Found | None:
    """A statement whose cue announced what follows at its paragraph's end ("In her address,
    she highlighted the following points:") with the next paragraph as its content, its
    bullet left out; None when there is no next paragraph or it opens no list or clause in
    lowercase."""
    text = article.text
    if f.end != paragraph.end or paragraph.index + 1 >= len(article.paragraphs):
        return None
    nxt = article.paragraphs[paragraph.index + 1]
    start = nxt.start
    while start < nxt.end and text[start] in _BULLETS:
        start += 1
    end = nxt.end
    while end > start and text[end - 1] in " .;":
        end -= 1
    if end <= start or not text[start].islower():
        return None
    return f._replace(start=start, end=end, follows=False)


def _self_object(f: _Found, mentions: Mentions) -> bool:
    """Whether the content opens with the speaker's own name ("The Director-General invited
    Mrs X to visit" given to Mrs X): a subject resolved to the wrong person, worse than none."""
    hit = mentions.person_start.get(f.start)
    return (
        hit is not None and hit[1].kind == "name" and f.speaker.id is not None and hit[0].id == f.speaker.id
    )


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


def _not_quoted(
    reported: list[Statement], cues: list[int], quotes: tuple[Statement, ...], quoted: list[tuple[int, int]]
) -> list[Statement]:
    """The reported statements whose cue (at offset ``cues[n]``) is neither inside a quote's
    words nor a quote's own cue. Inside: "“Our clients ask about emissions first,” said Ms. X"
    (the clients' asking is part of what she said). The quote's cue: "“We are ready,” he told
    the audience" is one quote, not also a statement whose content is "the audience"; the
    quote's cue is the reported cue with its word in its sentence nearest to the quote. A
    quotation no one is given (``quoted``: every closed one) holds no reported statement either."""
    pieces = sorted({*quoted, *(p for q in quotes for p in (q.parts or ((q.start, q.end),)))})
    if not pieces:
        return reported
    starts = [a for a, _ in pieces]
    reach = list(accumulate((b for _, b in pieces), max))  # nested spans: the farthest end so far
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
        if n not in dropped and not (k >= 0 and cues[n] < reach[k]):
            kept.append(st)
    return kept


def _may_speak(st: Statement, places: set[str]) -> bool:
    """Whether a statement's speaker may be someone: not one word that is a city or another
    place ("Geneva"), a sentence adverb ("Similarly"), an initial ("J") or, for a person, a
    word of titles and portfolios ("Security"), nor a person whose name ends with a body's
    head ("Cultural Organization"). Such a speaker is a reading error, worse than a missed
    statement."""
    words = st.speaker.split()
    if len(words) != 1:
        # a person named like a body ("Cultural Organization"): a piece of an organization's name
        last = words[-1].lower()
        named = st.speaker_kind == "person" and (st.speaker_id or "").startswith("p")  # not a role
        return not (named and last in lex.BODY_HEADS and last in lex.ORG_CUES)
    word = words[0].strip(".,")
    low = word.lower()
    if st.speaker_kind == "group" and low in lex.GROUP_QUANTIFIERS:
        return True  # "Both said that ...": the people named together, not the adverb
    if (
        len(word) < 2
        or word in places
        or word in lex.CITIES
        or low in lex.ADVERBS
        or (low.endswith("ly") and len(low) > 4)
    ):
        return False
    return not (st.speaker_kind == "person" and low in lex.PORTFOLIO_WORDS)


def _retitled(st: Statement, places: set[str], who: PeopleResult) -> Statement:
    """A statement whose person speaker may not be someone ("Geneva": see ``_may_speak``) given
    to the one other person holding the title the people stage gave that speaker ("At the
    Office in Geneva, the Director General said ..." is the Director General the text names),
    or, when no one else holds it, to that title as an unnamed role ("In Lima, the Minister
    said ...": the Minister)."""
    if st.speaker_kind != "person" or not st.speaker_id or _may_speak(st, places):
        return st
    holder = title_holder(who, st.speaker_id)
    if holder is not None:
        return replace(st, speaker=holder.name, speaker_id=holder.id)
    person = next((p for p in who.people if p.id == st.speaker_id), None)
    if person is None or not person.title or person.title.split()[0] in places:
        return st
    return replace(st, speaker=person.title, speaker_id=None)


def _headed(st: Statement, who: PeopleResult) -> Statement:
    """A statement of "the UPU head" given to the one person heading that organization."""
    if st.speaker_kind == "person" and st.speaker_id and st.speaker_id.startswith("p"):
        return st
    head = organization_head(who, st.speaker)
    return st if head is None else replace(st, speaker=head.name, speaker_kind="person", speaker_id=head.id)


def find_statements(article: Article, who: PeopleResult) -> tuple[Statement, ...]:
    """Every statement of ``article``, reported or quoted, in text order (see the module
    docstring for the rules); each speaker with its id when it is a person, a role holder or
    an organization (a role the text gives to one named person is that person)."""
    surnames = surname_mentions(article, who)
    reported, cues = _reported(article, index_mentions(who, surnames, article.text), _answers(article, who))
    quotes = find_quotes(article, who, surnames)
    quoted = quotations(article)
    kept = _uncovered(_not_quoted(reported, cues, quotes, quoted), quotes)
    if quoted:
        kept = [_whole_quotation(st, article.text, quoted) for st in kept]
    places = {alias for place in who.places for alias in place.aliases if place.kind != "country"}
    found = (_retitled(st, places, who) for st in (*kept, *quotes))
    out = sorted((st for st in found if _may_speak(st, places)), key=lambda st: (st.start, st.end))
    holders = role_holders(article.text, who)
    if holders:
        out = [
            replace(st, speaker=holders[st.speaker].name, speaker_id=holders[st.speaker].id)
            if st.speaker_kind == "person" and st.speaker in holders
            else st
            for st in out
        ]
    out = [_after_dateline(_headed(st, who), article) for st in out]
    log.debug("statements: %d reported, %d quoted", len(kept), len(quotes))
    return tuple(out)


def _whole_quotation(st: Statement, text: str, quoted: list[tuple[int, int]]) -> Statement:
    """A reported content that is one quotation, marks and all, is a direct statement of the
    words inside ("cautioned against “unrealistic deadlines.”" says “unrealistic deadlines”,
    directly), as a quote's content is given."""
    if text[st.start] not in QUOTE_MARKS or text[st.end - 1] not in QUOTE_MARKS:
        return st
    k = bisect.bisect_left(quoted, (st.start, st.start))
    if k == len(quoted) or quoted[k] != (st.start, st.end):
        return st
    start, end = st.start + 1, st.end - 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    return replace(st, start=start, end=end, direct=True) if end > start else st


def _after_dateline(st: Statement, article: Article) -> Statement:
    """A reported content that opens the first paragraph starts after its date line: "ROTTERDAM
    – Port cities must act, the mayor said" says "Port cities must act"."""
    end = article.dateline_end
    if st.direct or st.parts or not st.start < end < st.end:
        return st
    start = end
    while start < st.end and article.text[start].isspace():
        start += 1
    return replace(st, start=start)
