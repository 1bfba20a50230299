"""The parts of a summary that are composed rather than copied: the bottom line, and the key
points of each section, chosen and shortened.

Nothing here invents. The bottom line is built from analysis facts only (the events' ``what``,
their dates and places, people's names, titles and organizations), each clause citing the
paragraph its event is told in. Key points are the article's own words: a statement's content
or a sentence, cut at a clause boundary and marked with " …", never reworded.

**The bottom line pattern.** The lead, when it comes first, then one clause per chosen
event, in text order (three clauses at most):

    [<the lead, as written>. ][On <when>, ]<what, people named>[ in <where>]

- the lead: the first sentence of the first three paragraphs, outside background, that tells
  something that happened (its first finite verb, past a relative clause between commas, in the
  past, the present perfect or the genre's present of an event: "hosted", "has signed",
  "meets"; not a question, a quotation, nor "has been urging"), when it comes before the
  main event's sentence: a press release leads with what happened, and a date given later
  (for the last day of a visit, for a speech) does not make that later event the first
  clause. Quoted in the article's words, trimmed like a key point (past ``LEAD_WORDS``);
- the main event: the first event in text order that is neither background nor announced
  (a press release leads with it) and whose account tells what happened; with none, the
  lead alone (else the article's first sentence): an announced event or a relative clause
  ("who is in New York on a working visit") is no account of what happened;
- an account that opens with a pronoun ("She spoke about ...", "His remarks came ...") names
  the person the people stage resolved it to: out of its sentence a pronoun stands for nobody;
  a name before "’s" takes no description;
- the clauses after it, each a sentence of its own: the first event of up to two other
  sections (bilateral talks first, then panels, then other meetings);
- the encounter first, when the first clause does not say who met whom or who took part in
  what (a lead that says why before whom, sets a scene, lists topics or quotes): for talks
  between two parties its sentence names, "On <when> in <where>, A (title) held talks with B
  (title)"; for a meeting or a panel whose label its sentence names ("the Ports Forum", "a panel
  discussion ‘Green Berths’"; not the kind alone, "Panel", nor the end of a longer name), "...,
  A (title)[, B (title) and C (title)] took part in <it>", A, B and C the participants that
  sentence has as its subject or speaker (not "organised by B", "at the invitation of B": one
  only named there may not have been present). "Took part" is true of the host, the chair, a
  speaker and a moderator alike. A first clause that names the occasion itself ("The 9th Ports
  Forum took place in Lima") or a participant and a scene cue ("A attended the Forum") keeps
  its place. A lead that only tells what was said ("Ana Ruiz said on Monday that ...", "called on
  lenders to act") takes its occasion from the sentence after it in its paragraph or the first
  of the next paragraph of its scene when that one names it, told as done ("She was speaking at
  the Ports Forum in Lima", "Addressing the Ports Forum, she ..."), with the place written after
  the name; a lead that is a quotation, from its own sentence ("“...,” said Ana Ruiz at a panel
  discussion on ports").
  The lead and the events follow, naming them by surname;
- <what, people named>: the event's ``what`` with each person mention ("the WCO Secretary
  General", "Dr. Kunio Mikuriya") replaced by the person's name, with "(title, organization)"
  the first time the bottom line names them and the surname after (the article before a mention
  goes with it; a possessive stays, after the plain name; a bare title word names its person only
  as "the <title>", not "the Nigerian president <name>" nor "the Minister of <another office>");
- a date in figures in brackets ("yesterday (11.02)") is dropped, a date line left at the head
  of the first paragraph ("GENEVA: ", "Oslo, 3 May 2021 – ") too, and an account another stage
  cut with "…" ends on a word that says something (not "to …", "of the …");
- an account that is a quotation, whose that-clause is only a fronted phrase, or that stops
  after a cue and its hearer ("the Minister told Ambassador Ruiz"), tells nothing and gives no
  clause (nor is a sentence cut there); after "On <when>, " a determiner or quantity word takes no capital
  ("more than 400 delegates");
- "On <when>, " only when the event's date differs from the clause before it and the account
  gives no date of its own ("was held from 20 to 21 May 2023"); " in <where>"
  only when the ``what`` does not already name the place and it differs from the one before
  (in front, "On <when> in <where>, ", when the ``what`` was cut with "…"), and only a place
  the article gives the event: named in its paragraph, the first one, the title or the date
  line (not a later visit's city two paragraphs on);
- no events: the lead, else the article's first sentence, quoted and trimmed like a key
  point (its date line left out).

- a mention whose title is the end of a longer one written before it ("the Port Authority
  (PA) Director General Li Wei", "Undersecretary for Ports and Acting Secretary Ana Ruiz", "Deputy
  PM and Defence Minister ...") stays as written: described, the words before would hang; a
  title after "as" ("his appointment as the Minister of ...") is the office, not a person; a
  mention followed by an appositive giving the title ("Ana Ruiz - Minister of Ports -") is
  not described twice; a mention that stops inside the name takes the name's last words;
- a demonstrative subject ("This view was shared ...", "These measures ...", not "This year")
  points back to the sentence before: such a sentence is no lead, and a main event that opens
  with one comes after the sentence it points back to;
- no cut falls inside a name ("at the Department of Foreign | Affairs").

**Cuts** (key points, the bottom line's quoted sentences): a that-clause is not cut before its
verb; an aside between its subject and verb goes, with " … ", when the verb is out of reach;
the pieces of a split quotation join as the article punctuates them (" … " between two
sentences), and a cut keeps no first words of a second sentence; a key point at most
``SHORT_TAIL`` words past the limit stays whole when that tail holds a name or a figure
(English puts what is new last: end focus); a short sentence without a verb (a subheading, a
date line) is no fact. A fact point drops an opening adverb that only orders the telling
("Finally, ..."), and reads a day word before its date in brackets as the date ("tomorrow
(May 4)" -> "on May 4").

**Lead-ins.** A statement's point opens with its speaker and the article's words from the cue
to the content ("Mikuriya pointed out that"); a cue in -ing, which hangs on the sentence's main
verb (", noting that ..."), reads in the past after the name ("Mikuriya noted that"). A cue that
is the second verb of its speaker's predicate leads with the first ("Ode represented the board
and stressed ..."). What the writer says before the speaker stands before the lead-in, outside
it (``KeyPoint.preface``): the first clause of "A runs well, and delegates said that it ...", an
opening contrast ("While ..., she considered that"), and the sentence a speaker that only points
back stands for ("... met the Port Board and the Rail Office. They thanked ..."). A paragraph
that opens a quotation with no speaker of its own goes on in the last quoted person's words
("Ode (continuing):"), a quotation inside it nested in single marks.

**Key point scoring.** Candidates are the section's statements and its other sentences (facts;
a sentence already told by the bottom line is left out; a fact is never cut before its first
verb, nor any point inside quotation marks). Score:

- a statement 3, a fact 1 (+2 when its subject is a participant the section quotes nowhere:
  "Deputy Prime Minister X spoke about burden-sharing" tells what X did);
- +2 when the speaker is a named person, +1 more for the principal (the main event's first
  participant, else the most mentioned person), +0.5 for a direct quotation;
- + length / 15 (words, at most 30): longer content says more;
- when choosing the next point of a section, -1.5 for each point its speaker already has there,
  and -``SAME_PARAGRAPH`` for each point its paragraph already has (cover the story's steps
  before dwelling on one);
- a candidate whose words (of four letters or more, names, titles and organizations left out)
  are mostly (60 %, and at least four) those of a point already chosen, or of the bottom line,
  is a duplicate and is skipped.

Sections are served in turn (the best point of each, then the second of each, then the third,
``MAX_POINTS`` at most), each time the best candidate that fits the word budget, so a short budget
still gives every section its best point. Within a section the points read in text order.

**The selection** (``select_summary``) is made here and nowhere else: the bottom line and the
key points of each section that gets a block (every section that is not background, all of
them when the article has nothing else; the first ``MAX_SECTIONS`` of those, the rest counted),
within a word budget. ``briefcli analyze --format
json`` prints it under "summary" at the default budget (typed as ``contract.SummarySelectionDict``);
the summary and export views build their sections around it with their own budget.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Generic, Literal, NamedTuple, TypeVar

from briefcli.analysis.accounts import (
    event_what,
    first_finite,
    first_finite_match,
    habitual,
    past_perfect,
    without_honorifics,
)
from briefcli.analysis.cast import cast_of
from briefcli.analysis.countries import country_of
from briefcli.analysis.dates import PAST_SLACK, RelativeDay, relative_days
from briefcli.analysis.events import returned_from
from briefcli.analysis.frames import is_heading
from briefcli.analysis.kinds import dates_earlier
from briefcli.analysis.names import called
from briefcli.analysis.phrases import event_names
from briefcli.analysis.places import hosted_from_afar
from briefcli.analysis.scenes import BACKGROUND_KIND, GROUPS, find_cues, find_in_text, group_kind
from briefcli.analysis.tense import event_noun_set, tense_between
from briefcli.analysis.venues import place_in
from briefcli.lang.en import (
    ADDRESSEE_CUES,
    ADVERBS,
    ANAPHORIC_DETERMINERS,
    AREA_NOUNS,
    ARTICLES,
    CITIES,
    COLLECTIVE_NOUNS,
    CONCESSIONS,
    CONTRASTS,
    CREDIT_WORDS,
    DAY_ORDINALS,
    DAY_PARTS,
    DEICTIC_TIMES,
    DELEGATION_NOUNS,
    DETERMINERS,
    DISCUSSION_NOUNS,
    EARLIER_TIMES,
    EVENT_LEMMAS,
    EVENT_PRESENT,
    EVENT_PROGRESSIVE,
    FINITE_WORDS,
    FRAMING_NOUNS,
    GENERIC_EVENT_NOUNS,
    GIVEN_NAME_STYLES,
    HEADLINE_NEWS_VERBS,
    HEARER_FIRST,
    HONORIFICS,
    INFINITIVE_PARTICLES,
    JOINT_OPENERS,
    LEADER_PARTICIPLES,
    MEET_FORMS,
    MODALS,
    MONTH_NAMES,
    MONTHS,
    NEWS_PARTICIPLES,
    OUTCOME_PARTICIPLES,
    OUTCOME_PASTS,
    PARTICLES,
    PAST_FORMS,
    PERSON_PLURALS,
    POST_NOMINALS,
    PRAISING_ADJECTIVES,
    PREPOSITIONS,
    QUOTE_BACK_OPENERS,
    RELATIVE_DATE_KEYS,
    RELATIVE_PERSON_NOUNS,
    RESULT_PHRASES,
    SESSION_COUNTS,
    SUBORDINATORS,
    TELLING_ORDER_ADVERBS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_SMALL_WORDS,
    TOPIC_FRAMES,
    TURN_PLURALS,
    VIRTUAL_CUES,
    VISIT_PURPOSE_VERBS,
    WEEKDAY_LEADS,
    WEEKDAY_NAMES,
    WHOLE_DAY_WORDS,
    cue_form,
    cue_forms,
    cue_group,
    cue_lemma,
    cue_lemmas,
)
from briefcli.lang.en.inflect import british
from briefcli.model import (
    EVENT_KIND,
    KIND,
    Article,
    Briefing,
    Event,
    Mention,
    Person,
    Section,
    Sentence,
    Statement,
)
from briefcli.present.dates import when
from briefcli.present.speech import speech_runs
from briefcli.regexes import alternation, pattern

# --- Trimming ---------------------------------------------------------------------------------

TRIM_WORDS = 60  # content longer than this is cut at a clause boundary
LEAD_WORDS = 40  # a sentence the bottom line quotes whole is cut past this
LEAD_TAIL = 10  # ... unless at most this much longer, ending on names ("Pharmacy, Medicine")
MIN_WORDS = 5  # never cut shorter than this
SHORT_TAIL = 30  # a key point at most this much longer than the limit is kept whole
ELLIPSIS = "\u00a0…"  # a no-break space: the mark stays on the line of the word it follows

# Words that open a new clause or a loosely attached phrase; a cut before them leaves a
# phrase that stands on its own: "the role of Customs in improving the business environment |
# through consolidation of ...", "the key agencies at the border, | performing ...". Not "and"
# or "or": they join noun phrases as often as clauses ("between the WCO and the Federation"),
# so they count only after a comma, like any word.
_CLAUSE_OPENERS = frozenset(
    {
        "but", "while", "whereas", "which", "who", "whose", "where", "when", "because",
        "although", "though", "including", "through", "by", "with", "without", "via", "thereby",
    }
)  # fmt: skip
# Prepositions that open a loose phrase after a noun, but are a verb's complement after a
# participle: "cooperation | with other agencies", not "sharing with the Members".
_PREPOSITIONS = frozenset({"through", "by", "with", "without", "via"})
# Words that open a fronted phrase: its comma ends the phrase, not the clause, so a cut there
# would keep the frame and drop the point ("from the data available from other agencies, | it is
# evident that ...").
_FRONTED = frozenset(
    {
        "from", "in", "on", "at", "for", "with", "after", "before", "despite", "given", "as",
        "while", "when", "if", "although", "though", "since", "because", "according", "following",
        "during", "under", "over", "through", "by", "to", "unlike", "like", "beyond", "among",
        "even", "whilst", "upon", "amid", "throughout", "within",
    }
)  # fmt: skip
# "as well as" opens an added phrase: "e-commerce | as well as the need for ...".
_MULTIWORD_OPENERS = (("as", "well", "as"),)
# Before an -ing word these mean it is no clause of its own: "in improving", "the meeting".
_BEFORE_NON_CLAUSE_ING = frozenset(
    {"in", "of", "for", "on", "at", "to", "by", "about", "the", "a", "an", "is", "are", "was", "were",
     "and", "or", "more", "most", "very", "ever",
     "be", "been", "being", "its", "their", "his", "her", "this", "that", "these", "those"}
)  # fmt: skip
# A cut never ends on a word that needs what follows it: "to bring the issues to | the fore"
# reads "to bring the issues …", not "to bring the issues to …".
_DANGLING = frozenset(
    {
        "a", "an", "the", "and", "or", "nor", "but", "to", "of", "in", "on", "at", "for", "with",
        "by", "from", "as", "into", "onto", "between", "among", "about", "that", "which", "who",
        "whose", "its", "their", "his", "her", "our", "this", "these", "those", "such", "than",
    }
)  # fmt: skip
_WORD = pattern(r"\S+")

if TYPE_CHECKING:  # the contract's shapes, for the type checker only: no runtime cost
    from briefcli.contract import KeyPointDict, SummarySelectionDict


# A run of marks with no letter or digit, between blanks: "–", "…", "**". It starts only after a
# blank, so it reads each run once (a long run of dashes is linear, not quadratic).
_MARKS_ONLY = pattern(r"(?<!\S)[^\s\w]+(?!\S)")


def count_words(text: str) -> int:
    """Words as a reader counts them: runs with a letter or digit ("–" and "…" are not)."""
    # Not one pattern such as \S*\w\S*: on a long run without a letter it backtracks from every
    # start, quadratic (a 100 kB run of dashes took minutes). All runs, less those of marks only.
    return len(_WORD.findall(text)) - len(_MARKS_ONLY.findall(text))


def _bare(word: str) -> str:
    return word.strip("\"'“”‘’()[],;:.").casefold()


def _boundary(words: Sequence[str], bares: Sequence[str], i: int) -> bool:
    """May the text be cut before ``words[i]``? (``bares``: the words as ``_bare`` gives them.)"""
    before, word = words[i - 1], words[i]
    if before.endswith(",") and _in_series(words, bares, i):
        return False
    if before.endswith((",", ";", ":")) or word in ("–", "—", "-") or word.startswith("("):
        return True
    bare = bares[i]
    if bare in _PREPOSITIONS:
        # "the suggestion | by Dr. Mikuriya": "by" before a name or a title is the agent of
        # the noun before it, not a loose phrase; "held talks | with President Ruiz", "met the
        # ministers | with the Prime Minister of Canada": "with" before one, its article or not,
        # is the counterpart, what the point is about.
        j = i + 2 if bares[i + 1 : i + 2] in (["the"], ["a"], ["an"]) else i + 1
        agent = bare in ("by", "with") and j < len(words) and words[j][:1].isupper()
        return not agent and not bares[i - 1].endswith(("ing", "ed"))
    if bare in _CLAUSE_OPENERS:
        return True
    following = tuple(bares[i : i + 3])
    if any(following[: len(opener)] == opener for opener in _MULTIWORD_OPENERS):
        return True
    # A participle after a noun opens a reduced relative clause: "experience | relating to ...";
    # not after a possessive, where it is an adjective ("the country's ongoing reform"), nor
    # after an adverb in -ly, which is the -ing form's own ("in support of effectively expanding").
    before_bare = bares[i - 1]
    return (
        bare.endswith("ing")
        and len(bare) > 5
        and before_bare not in _BEFORE_NON_CLAUSE_ING
        and not before_bare.endswith(("'s", "’s", "ing", "ly"))  # "a working meeting": one noun
    )


_SERIES_ITEM_WORDS = 3  # "to remind Customs, [border agencies] and transport operators": an item's words


def _in_series(words: Sequence[str], bares: Sequence[str], i: int) -> bool:
    """Whether the comma before ``words[i]`` parts two items of a series, whose last one joins
    with "and" or "or" a few words on: "urged Customs, | border agencies and carriers to ...";
    not a clause joined after it (", and they agreed ...")."""
    for j in range(i + 1, min(i + 1 + _SERIES_ITEM_WORDS, len(words))):
        if words[j - 1].endswith((",", ";", ":", ".")):
            return False
        if bares[j] in ("and", "or"):
            return True
    return False


def _quoted(words: Sequence[str]) -> list[bool]:
    """For each word, whether it stands inside quotation marks opened before it (a title:
    "the theme ‘Global Vulnerabilities: Call from a Vulnerable Place’")."""
    inside: list[bool] = []
    open_ = False
    for word in words:
        inside.append(open_)
        if word.startswith(("“", "‘")) or (word.startswith('"') and not open_):
            open_ = True
        end = word.rstrip(".,;:!?")
        if end.endswith(("”", '"')) or (open_ and end.endswith("’")):
            open_ = False
    return inside


def trim(
    text: str, limit: int = TRIM_WORDS, *, sentence: bool = False, clause: bool = False, tail: int = 0
) -> tuple[str, bool]:
    """``text`` cut at the last clause boundary within ``limit`` words, with " …"; whole when
    it is short, or at most ``tail`` words longer (a key point's) with a name or a figure in
    those last words: English puts what is new last in a clause (end focus), and a cut that
    saves a few words would lose what the point is about ("the prompt response of the agency
    | during the floods in Northern Province", "| in Nairobi in 2026"). Without a boundary in
    reach: the first one within twice the limit; else the whole text up to twice the limit;
    else the first ``limit`` words. Returns (text, trimmed).
    No cut falls inside quotation marks; a whole ``sentence`` (a fact, not a statement's
    content) is not cut before its first verb: "The 15th session of the Conference | (UNCTAD
    15) presented ..." would leave a subject that says nothing; nor is a that-clause cut
    before its verb (a ``clause`` is one: the content of "said that ..."), and an aside
    between its subject and its verb goes with "…" when the verb is out of reach. A cut
    never keeps the first words of a second quoted sentence (after " … ")."""
    # No cut is looked for past twice the limit: the words after it are not read.
    spans = [(m.start(), m.end()) for m in itertools.islice(_WORD.finditer(text), 2 * limit + 3)]
    words = [text[a:b] for a, b in spans]
    if len(words) <= limit or (len(words) <= limit + tail and any(_specific(w) for w in words[limit:])):
        return text, False
    bares = [_bare(w) for w in words]
    that = _that_clause(words, bares, clause)
    if that is not None and that[1] is not None and that[0] + 2 > limit:
        a, b = that[1]  # the aside goes, with "…": what the clause says comes after it
        shorter = f"{text[: spans[a - 1][1]].rstrip(',')}{ELLIPSIS} {text[spans[b][0] :]}"
        return trim(shorter, limit, sentence=sentence, tail=tail)[0], True
    # A verb out of reach is no floor: the subject alone reads no worse than a cut at the limit.
    floor = _floor(words, bares, sentence, that[0] if that and that[0] + 2 < 2 * limit else None)
    quoted = _quoted(words)

    def cuts(i: int) -> bool:
        if quoted[i] or not _boundary(words, bares, i):
            return False
        # a sentence is not cut after a cue and its hearer, before what was told ("the
        # Minister told Ambassador Ruiz, | the envoy of ..., that ...")
        head = " ".join(words[:i])
        verb = first_finite(head) if sentence else None
        return verb is None or not _hearer_only(head, verb)

    cut = next((i for i in range(limit, floor - 1, -1) if cuts(i)), None)
    if cut is None:
        start = max(limit + 1, floor)
        cut = next((i for i in range(start, min(2 * limit, len(words))) if cuts(i)), None)
    if cut is None:
        if len(spans) <= 2 * limit:
            return text, False
        cut = limit
    cut = _past_dangling(bares, _out_of_name(words, bares, cut, max(floor, MIN_WORDS)))
    # The first sentence whole, not the first words of the next: a floor set by a clause of the
    # next sentence ("… The dedication that they have ...") does not hold it.
    joined = [j for j in range(MIN_WORDS, cut) if words[j] == "…" and words[j + 1][:1].isupper()]
    if joined:
        cut = joined[-1]
    head = text[: spans[cut - 1][1]].rstrip(" ,;:–—-")
    return head + ELLIPSIS, True


def _specific(word: str) -> bool:
    """Whether a word names something or gives a figure: "Nairobi", "UNESCO", "2026"."""
    return word[:1].isupper() or word[:1].isdigit()


def _floor(words: Sequence[str], bares: Sequence[str], sentence: bool, that_verb: int | None) -> int:
    """The fewest words a cut keeps: past a fronted phrase's comma and the clause it frames;
    past a ``sentence``'s first verb; past the verb of a that-clause."""
    floor = MIN_WORDS
    if bares[0] in _FRONTED:
        # Past the fronted phrase's comma, and then some: the clause it frames must be kept.
        comma = next((i for i, w in enumerate(words) if w.endswith(",")), len(words))
        floor = max(floor, comma + 1 + MIN_WORDS)
    if sentence:
        verb = first_finite(" ".join(words))
        floor = max(floor, len(words) if verb is None else verb + 2)
    if that_verb is not None:
        floor = max(floor, that_verb + 2)
    return floor


# Words before "that" that make it a demonstrative or a relative pronoun, not the opener of a
# that-clause: "in that regard", "of that country".
_NOT_COMPLEMENT = frozenset(
    {"in", "at", "of", "on", "for", "by", "with", "from", "to", "about", "like", "after"}
)


def _that_clause(
    words: Sequence[str], bares: Sequence[str], clause: bool = False
) -> tuple[int, tuple[int, int] | None] | None:
    """The first that-clause ("stressed that the ports need ...", "his hope that the Forum
    ... will be ..."), or the whole text when it is a ``clause``, as (the index of its finite
    verb, the aside between its subject and its verb or None). A that-clause says nothing
    before its verb: a cut never falls between them ("his hope that the IAEA Forum …"). A
    phrase from the comma after the subject to a comma right before the verb is an aside (a
    participle phrase, a relative clause, an "as" phrase: "the Forum, convened later this
    month by the Director General, will ..."). The verb is looked for before the subject's
    comma, right after the aside, or anywhere when the clause opens with its subject (a
    determiner, a pronoun, a name: "that the ports, the roads and the railways were ..."):
    else None ("initiatives that promote peace, faith and ..." holds no verb this can tell)."""
    if clause:
        at = -1
    else:
        found = (
            j for j in range(1, len(bares) - 1) if bares[j] == "that" and bares[j - 1] not in _NOT_COMPLEMENT
        )
        at = next(found, -2)
        if at < 0:
            return None
    commas = [k for k in range(at + 1, len(words) - 1) if words[k].endswith(",")]
    head = words[at + 1 : commas[0] + 1] if commas else words[at + 1 :]
    verb = first_finite(" ".join(head))
    if verb is not None:
        return at + 1 + verb, None
    ends = [k for k in commas[1:] if first_finite(words[k + 1]) == 0]
    if ends:
        return ends[0] + 1, (commas[0] + 1, ends[0] + 1)
    # A subject that is a list ("that the ports, the roads and the railways were ..."); not a
    # relative "that" before a verb this cannot tell ("initiatives that promote peace, ...").
    opener = words[at + 1]
    if bares[at + 1] in _SUBJECT_OPENERS or opener[:1].isupper() or opener[:1].isdigit():
        verb = first_finite(" ".join(words[at + 1 :]))
        return None if verb is None else (at + 1 + verb, None)
    return None


_SUBJECT_OPENERS = DETERMINERS | {"it", "they", "there", "we", "he", "she", "i", "you"}


_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "in"})


def _capital(word: str) -> bool:
    """Whether ``word`` is a word of a name that goes on after it: capitalised, with no
    punctuation after it that ends the name ("Affairs," "Affairs)")."""
    return word[:1].isupper() and word[-1:].isalnum()


def _out_of_name(words: Sequence[str], bares: Sequence[str], cut: int, floor: int) -> int:
    """``cut`` moved back to the start of a name it would fall inside: "at the Department of
    Foreign | Affairs", "the Ministry of Trade | and Industry" keep no broken name ("at the
    Department of Foreign …" names nothing that exists); never below ``floor``."""
    if cut >= len(words) or cut < 2:
        return cut
    before = words[cut - 2] if bares[cut - 1] in _NAME_JOINERS else words[cut - 1]
    after = words[cut + 1] if bares[cut] in _NAME_JOINERS and cut + 1 < len(words) else words[cut]
    if not _capital(before) or not after[:1].isupper():
        return cut
    j = cut - 1
    while j > 0 and (_capital(words[j - 1]) or bares[j - 1] in _NAME_JOINERS):
        j -= 1
    while bares[j] in _NAME_JOINERS:  # "the envoy of the | Port Council": the name starts at "Port"
        j += 1
    return j if j >= floor else cut


def _past_dangling(bares: Sequence[str], cut: int) -> int:
    """``cut`` moved back past the words that need what follows them ("to", "of the", "as
    well as"), never below ``MIN_WORDS``."""
    while cut > MIN_WORDS:
        if tuple(bares[cut - 3 : cut]) in _MULTIWORD_OPENERS:
            cut -= 3
        elif bares[cut - 1] in _DANGLING:
            cut -= 1
        else:
            break
    return cut


def tidy_cut(text: str, source: str = "") -> str:
    """A text another stage cut with "…" (an event's account), ending on a word that says
    something: "efforts to bring the issues to …" -> "efforts to bring the issues …"; and,
    when the ``source`` it was cut from tells the word after the cut, outside a name: "at the
    Department of Foreign | Affairs …" -> "…"."""
    body = text.removesuffix("…").rstrip()
    if body == text.rstrip():
        return text
    words = body.split()
    tail = " ".join(words[-4:])  # the account may leave out an aside: its last words are the source's
    at = source.find(tail) if source else -1
    after = source[at + len(tail) :].split(maxsplit=2)[:2] if at >= 0 else []
    bares = [_bare(w) for w in [*words, *after]]
    cut = _out_of_name([*words, *after], bares, len(words), MIN_WORDS) if after else len(words)
    words = words[: _past_dangling(bares, cut)]
    return " ".join(words).rstrip(" ,;:–—-") + ELLIPSIS


# --- A date line left in the text -----------------------------------------------------------------


def without_dateline(article: Article, start: int, end: int) -> str:
    """The text of ``[start, end)`` without the date line the layout found at the head of the
    first paragraph ("GENEVA: The ...", "OSLO, 3 MAY 2021 The ..."): the source's furniture, not
    a point."""
    return article.span(max(start, article.dateline_end), end).strip()


def readable_place(place: str) -> str:
    """A date line's place as a reader writes it: "NEW DELHI" -> "New Delhi"; a known city in
    capitals before its country in sentence case too ("MANILA, Philippines" -> "Manila,
    Philippines"), not an acronym ("UNHQ, New York")."""
    if place.isupper() and any(len(w) > 3 for w in place.split()):
        return " ".join(w.capitalize() for w in place.split())
    city, comma, rest = place.partition(",")
    if comma and city.isupper() and city.strip().title() in CITIES:
        return city.strip().title() + comma + rest
    return place


# --- People in composed text -------------------------------------------------------------------


_POSSESSIVE = pattern(r"['’]s?$")
_K = TypeVar("_K")
_V = TypeVar("_V")


class _Kept(Generic[_K, _V]):
    """Values worked out for objects a briefing asks about again and again, kept by the object's
    identity (the object is kept too, so its id is not reused), at most ``size`` at a time: the
    objects (people, the people tuple, the article) are immutable."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._kept: dict[int, tuple[_K, _V]] = {}

    def get(self, obj: _K, make: Callable[[_K], _V]) -> _V:
        hit = self._kept.get(id(obj))
        if hit is not None and hit[0] is obj:
            return hit[1]
        value = make(obj)
        if len(self._kept) >= self._size:
            self._kept.clear()
        self._kept[id(obj)] = (obj, value)
        return value


# A briefing asks for a person's short name at each mention of each person.
_SHORTS: _Kept[Person, str] = _Kept(4096)


def _short(person: Person) -> str:
    """The alias the text calls the person by; of several ("Amb Tomas ... Amb Berg" of
    "Tomas Berg"), the family name as a reader calls it, else the last one."""
    return _SHORTS.get(person, _worked_out_short)


def _worked_out_short(person: Person) -> str:
    styled = _styled_given_names(person)
    bare = [_POSSESSIVE.sub("", alias) for alias in person.aliases if alias not in styled]
    country = " ".join(part for part in (person.org, person.title) if part) or None
    family = called(person.name, country)
    # two family names as the text writes them ("Rojas Quintero" of "Ana Rojas Quintero"),
    # though it also says "Ms. Rojas": the whole family name is the one to call her by
    whole = max(
        (alias for alias in bare if " " in alias and person.name.endswith(" " + alias)), key=len, default=None
    )
    short = (
        family
        if family in bare
        else whole or next((alias for alias in reversed(bare) if alias), None) or family
    )
    return _as_in_name(short, person.name)


def _styled_given_names(person: Person) -> frozenset[str]:
    """Given names the text uses only after a knight's style ("Dame Ana" of Dame Ana Ruiz):
    that is how the style is used, so the given name is not what a reader calls her."""
    styled = set()
    for form in person.mentions:
        words = form.split()
        if len(words) == 2 and words[0].lower().rstrip(".") in GIVEN_NAME_STYLES:
            styled.add(words[1])
    return frozenset(styled)


def _as_in_name(alias: str, name: str) -> str:
    """An alias in capitals written as the full name writes it: "NASSER" of "Maher Nasser" is
    "Nasser" (a press release's style for later mentions); a family name the full name also
    writes in capitals, in a name's case ("BALOGHDI" of "Tibor BALOGHDI" is "Baloghdi"); one
    of two letters stays ("QU" of "QU Dongyu": no word to read)."""
    if not alias.isupper():
        return alias
    written = next((w for w in name.split() if w.casefold() == alias.casefold()), alias)
    if written.isupper() and len(written) >= _CASED_LETTERS and written.isalpha():
        return written.capitalize()
    return written


_CASED_LETTERS = 3


def surname(person: Person, people: Iterable[Person] = ()) -> str:
    """What a briefing calls someone after the first mention: the alias the text uses, else the
    family name ("Mikuriya"; "QU" of "QU Dongyu"), never in the possessive ("Mikuriya’s guest speech");
    the whole name when another of ``people`` goes by the same ("Hosni Mubarak" and "Suzanne
    Mubarak", not "Mubarak" twice) or has it in their name ("Farouk Hosni" beside "Hosni
    Mubarak")."""
    short = _short(person)
    # "Hosni" of "Farouk Hosni" beside "Hosni Mubarak" would read as Mubarak
    shorts, words = _goes_by(people if isinstance(people, tuple) else tuple(people))
    if shorts.get(short, set()) - {person.name} or words.get(short, set()) - {person.name}:
        return person.name
    return short


# A briefing asks for a surname at each mention, and each answer looked at everyone.
_GOES_BY: _Kept[tuple[Person, ...], tuple[dict[str, set[str]], dict[str, set[str]]]] = _Kept(8)


def _goes_by(people: tuple[Person, ...]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For ``surname``: who of ``people`` goes by each short form, and whose name has each word."""
    return _GOES_BY.get(people, _index_goes_by)


def _index_goes_by(people: tuple[Person, ...]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    shorts: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    for p in people:
        shorts.setdefault(_short(p), set()).add(p.name)
        for word in p.name.split():
            words.setdefault(word, set()).add(p.name)
    return shorts, words


def described(person: Person) -> str:
    """ "Kunio Mikuriya (Secretary General, World Customs Organization)"."""
    facts = [f for f in (person.title, person.org) if f]
    return f"{person.name} ({', '.join(facts)})" if facts else person.name


class Form(NamedTuple):
    """A form the text uses for a person, casefolded: a name ("minister mahuta") or a title
    ("the director general")."""

    text: str
    person: Person
    title: bool  # a title without a word of the name: it needs "the" before it to be someone


_INITIALS_AFTER = pattern(r"\s*\([^()\s]+\)$")


def _forms(article: Article, people: Sequence[Person]) -> list[Form]:
    """Every name and title form the text uses for a person, longest first (pronouns left out:
    they stand for someone only in their own sentence)."""
    forms: dict[str, Form] = {}
    for p in people:
        for m in p.spans:
            if m.kind in ("name", "title"):
                text = article.span(m.start, m.end).casefold()
                forms.setdefault(text, Form(text, p, m.kind == "title"))
                # as an account writes it, honorifics left out: "minister of commerce piyush goyal"
                bare = without_honorifics(text)
                forms.setdefault(bare, Form(bare, p, m.kind == "title"))
                if text.endswith(")"):
                    # as an account writes it, the initials in brackets left out with the
                    # name after them: "Director of the Harbour Board (HB), Ms. Ana Ruiz,
                    # opened ..." is told "Director of the Harbour Board opened ..."
                    short = _INITIALS_AFTER.sub("", text)
                    forms.setdefault(short, Form(short, p, m.kind == "title"))
    for p in people:
        forms.setdefault(p.name.casefold(), Form(p.name.casefold(), p, False))
    return sorted(forms.values(), key=lambda f: -len(f.text))


# "the Nigerian president Muhammadu Buhari", "the Minister of Health": a bare title word stands
# for the person it was resolved to only as a definite description of its own ("the President
# said"), not with a modifier before it, a name after it, or an "of" phrase that makes it
# another office.
_THE_BEFORE = pattern(r"(?:^|(?<=\s))the\s+$", re.IGNORECASE)
_TITLE_GOES_ON = pattern(r"\s+(?:of\b|for\b|[A-Z])")
# "as" after a word (not after a comma: ", as the Minister noted" is a clause) makes the title
# after it a role: "his appointment as | the Minister of ...", "served as | Director General".
_AS_BEFORE = pattern(r"\w\s+as\s+(?:the\s+)?$")


def _stands_for_person(text: str, start: int, end: int, form: Form) -> bool:
    """Whether the mention of ``form`` at ``start:end`` of ``text`` names its person."""
    if not form.title:
        return True
    if _AS_BEFORE.search(text, max(0, start - 40), start):
        return False  # "his appointment as the Minister of ...": the office, not its holder
    if " " in form.text:
        return True
    return bool(_THE_BEFORE.search(text[:start])) and not _TITLE_GOES_ON.match(text, end)


def _names_in(folded: str, form: str) -> bool:
    """Whether a casefolded text holds a person's form as words."""
    return pattern(rf"(?<!\w){re.escape(form)}(?!\w)", keep=False).search(folded) is not None


def name_people(text: str, forms: Sequence[Form], named: set[str]) -> str:
    """``text`` with each person mention replaced by the name: described the first time (per
    ``named``, which this updates), by surname after. The article before a mention goes with
    it ("the Secretary General" -> "Mikuriya"); a possessive stays, after the plain name
    ("Minister Mahuta’s" -> "Mahuta’s", "Nanaia Mahuta’s" the first time: a description
    in brackets cannot stand before "’s")."""
    folded = text.casefold()
    hits: list[tuple[int, int, Form]] = []
    taken = [False] * len(text)
    for form in forms:
        for m in pattern(rf"(?<!\w){re.escape(form.text)}(?!\w)", keep=False).finditer(folded):
            if any(taken[m.start() : m.end()]) or not _stands_for_person(text, m.start(), m.end(), form):
                continue
            end = _name_runs_on(text, m.end(), form)
            hits.append((m.start(), end, form))
            taken[m.start() : end] = [True] * (end - m.start())
    people = {f.person.name: f.person for f in forms}.values()
    out: list[str] = []
    last = 0
    previous: Person | None = None
    for start, end, form in _one_mention_each(text, hits):
        person = form.person
        apposed = form.title and person is previous and _APPOSITION_GAP.fullmatch(text, last, start)
        previous = person
        owned = text[start : start + 1].islower() and _OWNER_BEFORE.search(text, last, start) is not None
        if apposed or owned or _inside_longer_title(text, start, form):
            # "Ana Ruiz MP, Shadow Minister of Ports,": the title the text sets beside the name;
            # "her Peruvian counterpart Tom Berg": a possessive's title stays with it
            out.append(text[last:end])  # as written: the title goes on before the mention
            named.add(person.name)
            last = end
            continue
        the = _THE_BEFORE.search(text, last, start)
        out.append(text[last : the.start() if the else start])
        possessive = _POSSESSIVE.search(form.text)
        before_s = text[end : end + 2] in ("’s", "'s")  # "Mikuriya’s": no description before "’s"
        # "Ana Ruiz MP, Shadow Minister of Ports": the letters after the name stay with it
        after = _post_nominals_end(text, end) if not (possessive or before_s) else end
        if person.name in named:
            out.append(surname(person, people) + text[end:after])
        else:
            plain = (
                possessive
                or before_s
                or _described_after(text, after, person)
                or _titled_before(text, start, person)
                or (_related_before(text, start) and not _title_in_mention(form))
            )
            out.append(
                person.name + text[end:after] + ("" if plain else described(person)[len(person.name) :])
            )
        if possessive:
            out.append(text[end - len(possessive.group()) : end])
        named.add(person.name)
        last = after
    out.append(text[last:])
    return "".join(out)


# between a name and the title the text sets beside it: "Ana Ruiz, the Minister", "Ana Ruiz -
# Minister of Ports -"
_APPOSITION_GAP = pattern(r"(?:,|\s[-–—])\s*(?:the\s+)?")
# A possessive determiner and an adjective or two right before a title: "[her Peruvian]
# counterpart Tom Berg", "[his] counterpart": the title is the possessor's relation, said as written.
_OWNER_BEFORE = pattern(r"\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _post_nominals_end(text: str, end: int) -> int:
    """Past the post-nominal letters right after a name ("Ana Ruiz[ MP]", "Tom Berg[ MEP,
    OBE]"), else ``end``."""
    while (m := _NEXT_WORD.match(text, end)) is not None and m.group(1).rstrip(
        "."
    ).casefold() in POST_NOMINALS:
        end = m.end(1)
    return end


# The words right before a mention that make its title part of a longer one: a capitalised
# word ("Organization (UNIDO) | Director General ..."), "for" or "of" after one, or "and"
# after an office's "for"/"of" phrase ("Undersecretary for Policy and | Acting Secretary ...";
# not "Ana Park and | Minister Ruiz").
_TITLE_BEFORE = pattern(
    r"(?:[A-Z][\w’'.-]*(?:\s+\([A-Z][\w.-]*\))?|(?:for|of)\s+[A-Z][\w’'.-]*\s+and|[A-Z][\w’'.-]*\s+(?:for|of))\s+$"
)


def _inside_longer_title(text: str, start: int, form: Form) -> bool:
    """Whether the mention at ``start`` opens with a title that is the end of a longer one
    written before it: "the Foreign Affairs Undersecretary for Policy and Acting Secretary Ana
    Ruiz", "the Port Authority (PA) Director General Li Wei". Described there ("... Policy and
    Ana Ruiz (Acting Secretary)"), the words before would be left hanging; the mention stays
    as written. A mention opening with the name, or after a comma, is not one ("Ana Ruiz",
    "On Monday, Director General Li")."""
    words = [w for w in form.text.split() if not w.endswith(".")]  # "Ms. Ana Ruiz": the name
    if not words or words[0] == "the" or words[0] in form.person.name.casefold().split():
        return False
    before = text[max(0, start - 80) : start]
    if _TITLE_BEFORE.search(before) is not None:
        return True
    # Two offices of one person: "Deputy PM and | Defence Minister ...", "the President and |
    # Foreign Minister ..." (not "Ana Park and | Minister Ruiz": a name before "and").
    m = _AND_BEFORE.search(before)
    return m is not None and (m.group(1) in TITLE_ABBREVIATIONS or m.group(1).casefold() in _title_ends())


_AND_BEFORE = pattern(r"([A-Z][\w-]*)\s+and\s+$")


@cache
def _title_ends() -> frozenset[str]:
    """The last words of the titles: "minister", "president", "general"."""
    return frozenset(t.split()[-1] for t in TITLE_HEADS)


# An appositive right after a mention: ", the ...", " - ...", " (...".
_APPOSITIVE = pattern(r"\s*(?:,|\s[-–—]|\()\s*(?:the\s+)?([\w-]+)", re.IGNORECASE)


def _described_after(text: str, end: int, person: Person) -> bool:
    """Whether the mention ending at ``end`` is followed by an appositive that opens with the
    person's title ("Ana Ruiz - Minister of Ports of ... -", "Ana Ruiz, the Minister of Ports,"):
    the text describes the person itself, and a description in brackets would say it twice."""
    m = _APPOSITIVE.match(text, end)
    if m is None or not person.title:
        return False
    return m.group(1).casefold() == person.title.split()[0].casefold()


def _titled_before(text: str, start: int, person: Person) -> bool:
    """Whether the name starting at ``start`` stands in apposition after the person's own title
    ("met the Ostland Minister of Ports, Ana Ruiz"): said once, not again in brackets."""
    if not person.title:
        return False
    before = text[:start].rstrip()
    return before.endswith(",") and before[:-1].rstrip().casefold().endswith(person.title.casefold())


def _related_before(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows a possessive's relation noun ("and her
    Ostrian counterpart Ivo Tamm", "his deputy, Tom Berg"): the text says who the person is to
    someone named, and a description in brackets would say it again."""
    return _RELATION_BEFORE.search(text, max(0, start - _RELATION_REACH), start) is not None


def _title_in_mention(form: Form) -> bool:
    """Whether a name mention opens with the person's title ("his counterpart, Director General
    Ana Ruiz of the Port Authority"): the account leaves the title out of it, so after a
    relation the description in brackets is the only place it is said."""
    words = without_honorifics(form.text).split()
    return bool(words) and not form.title and words[0] not in form.person.name.casefold().split()


_RELATION_REACH = 60
_RELATION_BEFORE = pattern(
    rf"\b(?i:his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}(?i:{'|'.join(sorted(RELATIVE_PERSON_NOUNS))}),?\s+$"
)


# The word right after a mention: "Director General Li| Yong".
_NEXT_WORD = pattern(r"\s+([^\W\d_][\w'’.-]*)")


def _name_runs_on(text: str, end: int, form: Form) -> int:
    """``end`` moved past the words of the person's name that follow the mention and that it
    does not hold: a form that stops inside the name ("Director General Li" in "Director
    General Li Yong") and the name's last words are one mention; left behind, they would read
    "Li Yong (Director General) Yong"."""
    name = [w.casefold() for w in form.person.name.split()]
    held = set(form.text.split())
    while (m := _NEXT_WORD.match(text, end)) is not None:
        written = _POSSESSIVE.sub("", m.group(1))  # "Li Yong’s": the "’s" stays after the name
        word = written.rstrip(".").casefold()
        if word not in name or word in held or not written[:1].isupper():
            break
        held.add(word)
        end = m.start(1) + len(written)
        if written != m.group(1):
            break
    return _org_runs_on(text, end, form.person.org)


def _org_runs_on(text: str, end: int, org: str | None) -> int:
    """``end`` moved past the person's organization when it follows the mention, with no
    comma or after one, or after "of": "Ana Ruiz, Director General Ministry of Finance met ..."
    is named "Ana Ruiz (Director General, Ministry of Finance)", which says it already; so does
    "Lena Berg (Ambassador, Estonia)" for "Ambassador Lena Berg of Estonia"."""
    if not org:
        return end
    # its acronym in brackets written or not: "of the Department of Trade [(DTI)]"
    bare = _INITIALS_AFTER.sub("", org)
    m = pattern(
        rf"(?:\s*,)?\s+(?:of\s+(?:the\s+)?)?{re.escape(bare)}(?:\s*\([^()\s]+\))?(?![\w(])", keep=False
    ).match(text, end)
    if m is not None:
        return _country_runs_on(text, m.end())
    # the rest of the organization's name after a title the form holds the start of: "the
    # President of the Commission | of the Economic Community of West African States"
    rest = _OF_REST.match(text, end)
    if rest is not None and f" {rest.group(1).casefold()}" in f" {org.casefold()}":
        return rest.end()
    return end


def _country_runs_on(text: str, end: int) -> int:
    """``end`` moved past the country a place's name is set beside, between commas: "Mayor
    Ana Ruiz of Lorvik[, Ostria], signed"; left behind, it would read "Ana Ruiz (Mayor,
    Lorvik), Ostria signed"."""
    if text[end : end + 1] != ",":
        return end  # the cheap test first: almost always no comma after the organization
    m = _COUNTRY_AFTER.match(text, end)
    return m.end(1) if m is not None and country_of(m.group(1)) is not None else end


# (a comma closes it, or the verb where an account dropped that comma: "of Lorvik, Ostria signed")
_COUNTRY_AFTER = pattern(r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?=\s*,|\s+(?!and\b|or\b)[a-z])")
_OF_REST = pattern(r"\s+of\s+((?:the\s+)?[A-Z][^,;:()]*?)(?=\s*[,;:()]|\s*$)")


_JOINERS = frozenset({"and", "of", "for", "the", "to", "in", "on", "at", "a", "an"})


@cache
def _honorific_words() -> frozenset[str]:
    """The words honorifics are made of ("his", "excellency", "hon", "most", "rt"), casefolded."""
    words = {w.strip(".") for h in HONORIFICS for w in h.split()}
    return frozenset(words | {"the", "most", "right", "rt", "hon"})


def _honorifics_only(between: str) -> bool:
    """Whether the text between two mentions is only honorifics, "the" and commas: "Prime
    Minister| the Most Hon. |Andrew Holness", "The Director-General of UNESCO|, Mrs |Irina ..."."""
    words = [w.strip(".,").casefold() for w in between.split()]
    return len(between) < 40 and all(not w or w in _honorific_words() for w in words)


# The place of a post between its title and the name: "the Resident Coordinator[ in Ostland
# Ms. ]Ana Ruiz", "Ambassador[ to Norland ]Tom Berg".
_POST_PLACE = pattern(r"\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s)")


def _apposed_between(text: str, before: tuple[int, int, Form], start: int) -> bool:
    """Whether the mention before (``before``) and the next one of its person, at ``start``, are
    one: only honorifics between them, or a title and the place of its post ("the Resident
    Coordinator in Ostland Ms. Ana Ruiz"), said by the description once."""
    between = text[before[1] : start]
    if _honorifics_only(between):
        return True
    if not before[2].title or len(between) > _POST_PLACE_REACH:
        return False
    m = _POST_PLACE.match(between)
    return m is not None and _honorifics_only(between[m.end() :])


_POST_PLACE_REACH = 60  # characters: " in the Northern Isles His Excellency "


def _one_mention_each(text: str, hits: list[tuple[int, int, Form]]) -> list[tuple[int, int, Form]]:
    """The hits in text order, each person's mentions side by side (a title, honorifics, the
    name: "Prime Minister the Most Hon. Andrew Holness") made one, and a name taking in the
    words of its person's title and honorifics right before it ("President Julius Maada Bio",
    "H.E. Julius Maada Bio"): the description says them once."""
    merged: list[tuple[int, int, Form]] = []
    for start, end, form in sorted(hits, key=lambda h: h[0]):
        if merged and merged[-1][2].person is form.person and _apposed_between(text, merged[-1], start):
            merged[-1] = (merged[-1][0], end, form)
        else:
            merged.append((start, end, form))
    floor = 0
    out = []
    for start, end, form in merged:
        out.append((max(floor, _title_before(text, start, form.person)), end, form))
        floor = end
    return out


# The words of a title; the long words of an organization's name (for its demonym); a word
# right before a mention.
_TITLE_WORD = pattern(r"[^\W_]+")
_ORG_WORD = pattern(r"[^\W\d_]{4,}")
_WORD_BEFORE = pattern(r"([^\W\d_][\w.]*)\s+$")
_WORD_BEFORE_REACH = 100  # characters: a word of a title and the space after it are shorter


def _title_before(text: str, start: int, person: Person) -> int:
    """``start`` moved back over the words right before it that are honorifics or words of the
    person's title ("President | Julius Maada Bio")."""
    own = {w.casefold() for w in _TITLE_WORD.findall(person.title or "") if w.casefold() not in _JOINERS}
    own |= _honorific_words() - {"the"}
    # a demonym of the person's organisation: "the Nigerian president" for the president of Nigeria
    org = [w.casefold() for w in _ORG_WORD.findall(person.org or "")]
    after = ""  # the word stepped over last
    while True:
        # Within the last _WORD_BEFORE_REACH characters: searched over all before it, the
        # pattern tried every start of a long run (quadratic), and the text was copied per word.
        m = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
        if m is None:
            return start
        word = m.group(1).strip(".").casefold()
        demonym = m.group(1)[:1].isupper() and any(word.startswith(o[:5]) for o in org if len(o) >= 5)
        if word not in own and not demonym:
            return _title_of_body_before(text, start, own, person.org)
        if word in _OWNERS and after in own - _honorific_words():
            return start  # "her | counterpart Tom Berg": a possessive's relation, said as written
        start, after = m.start(1), word


_OWNERS = frozenset(("his", "her", "their", "its"))


_TITLE_OF_WORDS = 10  # "President of the [Norland Council of Port and Harbour Masters]"


def _title_of_body_before(text: str, start: int, own: set[str], org: str | None) -> int:
    """``start`` moved back over a title of the person's written with the full name of the body
    whose initials are the person's organisation: "President of the Norland Harbour Council |
    Tom Berg" for the President of the "NHC". The run back is of capitalised words and the small
    words inside a name, opening on a title word of the person's and "of" or "for"."""
    if not org or not org.isupper() or not org.isalpha():
        return start
    at = start
    run: list[tuple[int, str]] = []
    for _ in range(_TITLE_OF_WORDS + 2):
        m = _WORD_BEFORE.search(text, max(0, at - _WORD_BEFORE_REACH), at)
        if m is None or not (m.group(1)[:1].isupper() or m.group(1) in _NAME_JOINERS):
            break
        run.insert(0, (m.start(1), m.group(1)))
        at = m.start(1)
        if len(run) > 1 and run[0][1].casefold() in own and run[1][1] in ("of", "for"):
            initials = "".join(w[0] for _, w in run[2:] if w[:1].isupper())
            return run[0][0] if initials == org else start
    return start


# --- The bottom line ---------------------------------------------------------------------------


class Clause(NamedTuple):
    """One clause of the bottom line and the paragraph (and sentence) it rests on."""

    text: str
    paragraph: int
    sentence: int


# Words that open a noun phrase and take no capital inside a sentence: "On 5 May, the forum
# ...", "On 5 May, more than 400 delegates ..." (not "Her Excellency": an honorific keeps it).
# and a number in words: "On 16 April 2018, six new envoys presented ..."; and a plural noun of
# people, which no name is: "On 1 April, members of the Group visited ..."
_LOWER_OPENERS = (
    DETERMINERS
    | SESSION_COUNTS
    | PERSON_PLURALS
    | {"more", "most", "over", "nearly", "almost", "around", "about", "fewer"}
)


# Words that open reported content told before its cue ("The two sides agreed ..., she said"),
# or in a sentence of its own after it ("With the changes in trade, the rules ..."): after the
# lead-in "Ngan said" they take no capital.
_CONTENT_OPENERS = DETERMINERS | PREPOSITIONS | SUBORDINATORS | {"it", "they", "there", "we", "he", "she"}


def _lower_opening(what: str, openers: frozenset[str] = _LOWER_OPENERS) -> str:
    """``what`` with its first word in lower case when it is a determiner or a quantity word
    (one of ``openers``)."""
    words = what.split(maxsplit=2)
    if not words or words[0].casefold() not in openers or any(c.isupper() for c in words[0][1:]):
        return what
    if " ".join(words[:2]).casefold() in HONORIFICS:
        return what
    return what[0].lower() + what[1:]


def _reported_opening(article: Article, st: Statement, content: str) -> str:
    """A reported content with its first word in lower case after the lead-in: a determiner or
    a pronoun; a common word whose capital only opened the sentence, when the content stands
    before its cue ("Exports grow fast, she noted." reads "Lind noted exports grow fast")."""
    content = _lower_opening(content, _CONTENT_OPENERS)
    opens = article.sentences[st.sentence].start if st.sentence < len(article.sentences) else -1
    if article.text[opens : st.start].strip():
        return content
    return _lower_common(content, article)


def _lower_common(what: str, article: Article) -> str:
    """``what`` with its first word in lower case when the article writes that word in lower
    case elsewhere: a common word that only opened its sentence ("On 7 December, civil society
    and democracy were among the topics", "six new envoys presented"); a name stays."""
    first = what.split(maxsplit=1)[:1]
    if not first or not first[0][:1].isupper() or not first[0][1:].islower():
        return what
    return what[0].lower() + what[1:] if first[0].lower() in _written_words(article) else what


# The last article's words: every point's opening is looked up in them.
_WORDS: _Kept[Article, frozenset[str]] = _Kept(1)
_WORD_RUN = pattern(r"[\w'’-]+")


def _written_words(article: Article) -> frozenset[str]:
    """The words of ``article`` as written: its runs of letters, digits, apostrophes and hyphens
    ("well-being" is one); made once per article."""
    return _WORDS.get(article, _article_words)


_NOT_WORD = pattern(r"[^\w'’-]")
_WORDS_CHUNK = 1 << 16  # characters: the words of a 10 MiB text listed at once held ~100 MB


def _article_words(article: Article) -> frozenset[str]:
    text = article.text
    words: set[str] = set()
    at = 0
    while at < len(text):
        cut = _NOT_WORD.search(text, min(len(text), at + _WORDS_CHUNK))  # never inside a word
        end = cut.start() if cut else len(text)
        words.update(_WORD_RUN.findall(text, at, end))
        at = end + 1
    return frozenset(words)


OTHER_EVENTS = 2  # events of other sections the bottom line tells after the main one


def _date_phrase(event: Event) -> str:
    return f"{'In' if len(event.date) == 7 else 'On'} {when(event.date, event.end)}, "


def principal(briefing: Briefing) -> Person | None:
    """The person the article is about: the main event's first participant, else the most
    mentioned person."""
    main = main_event(briefing)
    by_name = {p.name: p for p in briefing.people}
    if main is not None:
        for name in main.who:
            if name in by_name:
                return by_name[name]
    return max(briefing.people, key=lambda p: len(p.spans), default=None)


def section_of(briefing: Briefing, paragraph: int) -> Section | None:
    return _sections_by_paragraph(briefing.sections).get(paragraph)


_BY_PARAGRAPH: dict[int, tuple[tuple[Section, ...], dict[int, Section]]] = {}


def _sections_by_paragraph(sections: tuple[Section, ...]) -> dict[int, Section]:
    """Each paragraph's (first) section, kept for the last few ``sections`` tuples by identity:
    a lookup per event or sentence scanned every section, quadratic on a long article."""
    hit = _BY_PARAGRAPH.get(id(sections))
    if hit is not None and hit[0] is sections:
        return hit[1]
    found: dict[int, Section] = {}
    for section in sections:
        for index in section.paragraphs:
            found.setdefault(index, section)
    if not isinstance(sections, tuple):  # a list may change: not kept
        return found
    if len(_BY_PARAGRAPH) >= 8:
        _BY_PARAGRAPH.clear()
    _BY_PARAGRAPH[id(sections)] = (sections, found)
    return found


def is_background(section: Section | None) -> bool:
    """A section tied to no part of the event (the kind whose role is "background": "other")."""
    return section is not None and KIND[section.kind].role == "background"


def _text_order(event: Event) -> tuple[int, int]:
    return event.paragraph, event.sentence or 0


def _told(briefing: Briefing, event: Event) -> bool:
    """Whether ``event`` is something the article tells as done: not background, not announced
    (after the publication date), its account says what happened, and its date is not a month
    someone talked about ("highlighted the state visit to Washington [in June 2023]")."""
    published = briefing.article.published.isoformat() if briefing.article.published else None
    background = is_background(section_of(briefing, event.paragraph))
    return (
        not background
        and not upcoming(event, published)
        and tells_what_happened(event)
        and not talked_about(event)
    )


OCCASION_DAYS = 45  # a press release is published within weeks of what it reports


def _recent(briefing: Briefing, event: Event) -> bool:
    """Whether an event ends within ``OCCASION_DAYS`` before the publication date (any, without
    one): "who was appointed in March 2017" is no occasion of a release of April 2019."""
    published = briefing.article.published
    if published is None:
        return True
    last = event.end or event.date
    if len(last) == len("YYYY"):
        return False
    day = dt.date.fromisoformat(last if len(last) == len("YYYY-MM-DD") else f"{last}-28")
    return day >= published - dt.timedelta(days=OCCASION_DAYS)


def main_event(briefing: Briefing) -> Event | None:
    """The event the article leads with: a press release tells its main event first, so the
    first event in text order that is neither background nor announced (after the publication
    date), of those near the publication date when there are any (an appointment years before,
    told in a relative clause, is no occasion); else the first event of the first section of
    the event's own kind (a meeting); else of the first section that is not background; else
    the first event."""
    # a day told in passing of something else ("the High Commission, which was opened last
    # evening") is never the occasion
    events = sorted((e for e in briefing.events if not e.aside), key=_text_order)
    told = [event for event in events if _told(briefing, event)]
    recent = [event for event in told if _recent(briefing, event)]
    if recent or told:
        return (recent or told)[0]
    for wanted in (EVENT_KIND, None):
        for section in briefing.sections:
            if (wanted and section.kind != wanted) or is_background(section):
                continue
            found = next((e for e in events if e.paragraph in section.paragraphs), None)
            if found is not None:
                return found
    return events[0] if events else None


def _sentence_index(article: Article, event: Event) -> int:
    if event.sentence is not None:
        return event.sentence
    paragraph = article.paragraphs[event.paragraph]
    return paragraph.sentences[0].index if paragraph.sentences else 0


MAX_CLAUSES = 3  # the lead, the main event, another section's event
LEAD_PARAGRAPHS = 3  # a lead is told in the first paragraphs, or it is no lead


def bottom_line(briefing: Briefing) -> list[Clause]:
    """The bottom line's clauses (see the module docstring for the pattern), with the news its
    headline announces when none of them says it (``_headline_news``)."""
    clauses = _bottom_line(briefing)
    news = _headline_news(briefing, clauses)
    if news is not None:
        clauses = [*clauses[: MAX_CLAUSES - 1], news]
    return [_without_run_in(c) for c in clauses]


def _without_run_in(clause: Clause) -> Clause:
    """A clause without the run-in label before its sentence: "Day two: The mayors signed ..."
    -> "The mayors signed ..."."""
    if ":" not in clause.text[:_RUN_IN_REACH]:  # the cheap test first: almost no clause has one
        return clause
    return clause._replace(text=_RUN_IN.sub("", clause.text, count=1))


# The words of a headline's object up to what ends its noun phrase: "announces [partnership]
# with ...", "signs [new port agreement]".
_HEADLINE_OBJECT = pattern(
    r"\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:with|for|on|to|in|at|and|between)\b|\s*$|\s*[,:;])"
)


def _headline_news(briefing: Briefing, clauses: Sequence[Clause]) -> Clause | None:
    """The news a headline announces when the bottom line does not say it: "Harbour Board
    attends summit, announces partnership" and a bottom line about the summit only -> the
    first sentence after the lead that names the partnership ("The two bodies also formalised
    a Partnership Agreement ..."), as its account (its main clause). None when the headline
    announces nothing, or a clause already names its object's noun. A sentence that reports
    what someone said ("She also proposed that the roadmap include ...") is no news of it."""
    article = briefing.article
    title = article.title or ""
    words = title.split()
    verb = next((i for i, w in enumerate(words) if w.casefold() in HEADLINE_NEWS_VERBS and i > 0), None)
    if verb is None:
        return None
    start = sum(len(w) + 1 for w in words[: verb + 1]) - 1
    found = _HEADLINE_OBJECT.match(title, start)
    if found is None:
        return None
    head = found.group(1).split()[-1].casefold().removesuffix("s")
    noun = pattern(rf"\b{re.escape(head)}", re.IGNORECASE)
    if len(head) < 4 or any(noun.search(c.text) for c in clauses):
        return None
    after = max((c.sentence for c in clauses), default=-1)
    said = {st.sentence for st in briefing.statements}
    for sentence in article.sentences[after + 1 :]:
        if sentence.index in said:
            continue
        text = without_dateline(article, sentence.start, sentence.end)
        # not what someone said of it, nor what went on before it ("The officers of both sides
        # had met on a regular basis to prepare the text"): no news the headline announces
        if noun.search(text) and not _QUOTE_MARKS.search(text) and not _before_the_news(text):
            what = _tidy_marks(event_what(without_honorifics(text)).removesuffix("."))
            if noun.search(what):
                return Clause(what[:1].upper() + what[1:], sentence.paragraph, sentence.index)
    return None


_QUOTE_MARKS = pattern(r"[“”\"]")


def _before_the_news(text: str) -> bool:
    """Whether a sentence tells what went on before the news: in the past perfect ("The two
    sides had prepared the text for a year") or a repeated activity ("The officers held
    meetings on a regular basis")."""
    return past_perfect(text) is not None or habitual(text)


def _bottom_line(briefing: Briefing) -> list[Clause]:
    article = briefing.article
    main = main_event(briefing)
    told = main if main is not None and _told(briefing, main) else None
    # an announced main event told first ("The Minister will lead the delegation to the Forum
    # ..."): the announcement is the news, not what a spokesman said after it
    announced = main if told is None and main is not None and main.announced else None
    # a main event told by a quotation that names its occasion ("'We are out of time,' said Ana
    # Ruiz, addressing the Ports Forum on Tuesday"): no sentence after it is its lead
    quoting = main if told is None and announced is None and _quoted_occasion(briefing, main, []) else None
    lead = _lead(briefing, told or announced or quoting) or _antecedent(article, told)
    own = _own_lead(article, told) if lead is None else None
    lead = lead or own
    clauses = [_news_after_quote(briefing, _quoted_clause(article, lead))] if lead is not None else []
    if own is not None:  # its date is the relative clause's, told in the quoted sentence
        told = None
    if told is None:
        return _untold(briefing, clauses, main)
    told = _past_standfirst(article, told)
    forms = _forms(article, briefing.people)
    # the people the quoted lead names are named: after it, a surname says who
    named = {f.person.name for c in clauses for f in forms if _names_in(c.text.casefold(), f.text)}
    told_clauses = _event_clauses(
        briefing, told, clauses, forms, set(named), _lead_dated(briefing, lead, clauses)
    )
    first = _opening(briefing, told, clauses + told_clauses, forms) or _earlier_quotation(
        briefing, told, clauses + told_clauses, forms
    )
    if first is None:
        if clauses and told_clauses and _speech_only(clauses[0].text):
            # a lead that tells what was said ("Delegates called for reform") follows what
            # happened: the bottom line opens with the occasion
            return _dated_relatives(article, [told_clauses[0], *clauses, *told_clauses[1:]])
        return _dated_relatives(article, clauses + told_clauses)
    # Who met whom (who took part in what) first, then the lead and the events, which name them
    # by surname and leave the encounter's date unsaid.
    encounter, who = first
    told_clauses = _event_clauses(briefing, told, clauses, forms, named | {p.name for p in who}, told)
    # the encounter's own sentence, when it is what someone said before the cue ("Systematic
    # intervention is needed, said Mr Tom Berg, today moderating a panel ..."): the encounter
    # told the occasion, and the words said are a key point's
    encounter = _led_encounter(briefing, told, encounter, who, forms) or encounter
    told_clauses = [
        c
        for c in told_clauses
        if not _said_first(briefing, c.sentence)
        and not _retold(c, encounter, who, briefing.people)
        and not _within(c, encounter)
    ]
    return _dated_relatives(article, [encounter, *clauses, *told_clauses][:MAX_CLAUSES])


def _untold(briefing: Briefing, clauses: list[Clause], main: Event | None) -> list[Clause]:
    """The bottom line when nothing dated tells what happened (an announced event, a relative
    clause): the lead, else the article's first sentence; after who met whom, when talks are
    the scene."""
    article = briefing.article
    clauses = _led_body(briefing, clauses or _first_sentence(article), main)
    clauses = [_news_after_quote(briefing, clauses[0]), *clauses[1:]] if clauses else clauses
    opening, pair = _opening_pair(briefing, clauses)
    if opening is None or pair is None or _names_both(clauses, pair):
        quoted = _quoted_occasion(briefing, main, clauses)
        undated = main is None and quoted is None and article.published is None
        talks = _undated_talks(briefing, clauses) if undated else None
        clauses = [*clauses, talks] if talks is not None else clauses
        # the quotation itself is a key point's, not the bottom line's
        told_by = [quoted, *_but_quotation(clauses, quoted.sentence)] if quoted else clauses
        return _dated_relatives(article, told_by[:MAX_CLAUSES])
    return _dated_relatives(article, [_encounter(briefing, None, pair, opening), *clauses][:MAX_CLAUSES])


# The news a lead that opens on a quotation gives after its cue, up to its verb: ""The Summit is
# where our fisheries will be decided," said Minister Ana Ruiz[, announcing that she] will lead
# the delegation to the Summit".
_NEWS_AFTER_QUOTE = pattern(
    rf",\s+(?:{'|'.join(sorted(NEWS_PARTICIPLES))})\s+(?:that\s+)?(?:he|she|they)\s+(?=(?:will|would|is|are|has|have)\b)"
)


def _news_after_quote(briefing: Briefing, clause: Clause) -> Clause:
    """A lead that quotes its speaker and then tells the news the speaker announced, as that
    news with the speaker as its subject: ""Ports decide our future," said Minister Ana Ruiz,
    announcing that she will lead the delegation to the Summit" -> "Ana Ruiz (Minister) will
    lead the delegation to the Summit": the quotation is a key point's, the announcement the
    bottom line's. Else the clause as it is."""
    text = clause.text
    if text[:1] not in _QUOTE_OPENERS or not any(w in text for w in NEWS_PARTICIPLES):
        return clause  # the cheap tests first: most leads open on no quotation
    news = _NEWS_AFTER_QUOTE.search(text)
    if news is None:
        return clause
    cue = text.rfind("”", 0, news.start())
    cue = cue if cue >= 0 else text.rfind('"', 0, news.start())
    between = text[cue + 1 : news.start()].casefold()
    forms = _forms(briefing.article, briefing.people)
    speaker = next((f.person for f in forms if _names_in(between, f.text)), None)
    if cue < 0 or speaker is None:
        return clause
    return clause._replace(text=f"{described(speaker)} {text[news.end() :]}")


_QUOTE_OPENERS = ("“", '"')


def _led_encounter(
    briefing: Briefing, told: Event, encounter: Clause, who: Sequence[Person], forms: Sequence[Form]
) -> Clause | None:
    """The encounter as its sentence tells it when one party received the other's delegation,
    led by the other: "Ana Ravel received a delegation of the Lorvik Chamber, led by its
    Vice-President, Mr. Tom Kohl" -> "On <when>, Ana Ravel (Minister) received a delegation of
    the Lorvik Chamber, led by Tom Kohl (Vice-President, Lorvik Chamber)", not "Ravel held talks
    with Kohl" and the account cut before "led by". None for any other encounter."""
    article = briefing.article
    if (
        len(who) != 2
        or told.sentence != encounter.sentence
        or not 0 <= told.sentence < len(article.sentences)
    ):
        return None
    s = article.sentences[told.sentence]
    led = _LED_BY.search(article.text, s.start, s.end)
    if led is None:
        return None
    folded = told.what.casefold()
    host = next((p for p in who if any(_names_in(folded, f.text) for f in forms if f.person is p)), None)
    other = next((p for p in who if p is not host), None)
    if host is None or other is None or any(_names_in(folded, f.text) for f in forms if f.person is other):
        return None
    if not any(m.sentence == s.index and led.end() <= m.start < led.end() + _LED_REACH for m in other.spans):
        return None  # the one led by is not the other party
    account = _clause(article, told, None, forms, set())
    text, where = account.text, f" in {told.where}"
    if told.where and text.endswith(where):  # the place after the leader: "..., led by X, in Lima"
        return account._replace(text=f"{text.removesuffix(where)}, led by {described(other)},{where}")
    return account._replace(text=f"{text}, led by {described(other)}")


_LED_BY = pattern(rf",\s+(?:{'|'.join(sorted(LEADER_PARTICIPLES))})\s+by\b")
_LED_REACH = 60  # characters from "by" to the leader's mention: " its Vice-President, Mr. Tom"


def _undated_talks(briefing: Briefing, clauses: Sequence[Clause]) -> Clause | None:
    """Who met whom, after the lead of a release that dates nothing (no event, no publication
    date): the talks of the first section of talks after the lead's, in the first paragraphs,
    whose first sentence names both parties ("Mayor Okafor returned on Sunday from a visit to
    Bremerhaven ... | On Tuesday, Mayor Okafor was received by Lord Mayor Melf Grantz" ->
    "Okafor held talks with Melf Grantz (Lord Mayor)"): with no date, the lead alone would
    leave out whom the visit met."""
    lead = clauses[0].paragraph if clauses else -1
    for section in briefing.sections:
        first = section.paragraphs[0]
        if section.kind != "bilateral" or first <= lead or first > LEAD_PARAGRAPHS:
            continue
        pair = _talks_pair(briefing, first, None)
        if pair is None or _names_both(clauses, pair):
            return None
        return _encounter(briefing, None, pair, first)
    return None


def _earlier_quotation(
    briefing: Briefing, told: Event, clauses: Sequence[Clause], forms: Sequence[Form]
) -> tuple[Clause, Sequence[Person]] | None:
    """Who took part in what, told by a quotation before the main event: the lead ""Small ports
    cannot modernise alone," Ana Ruiz told the Ports Forum on Tuesday" names the encounter that
    the later "The two-day Forum, which closed on Wednesday, ..." does not."""
    first = min((e for e in briefing.events if not e.aside), key=_text_order, default=None)
    if first is None or _text_order(first) >= _text_order(told) or not _QUOTE_MARKS.search(first.what):
        return None
    if _quoted_occasion(briefing, first, clauses) is None:
        return None
    return _took_part(briefing, first, clauses, forms)


def _quoted_occasion(briefing: Briefing, main: Event | None, clauses: Sequence[Clause]) -> Clause | None:
    """Who took part in what, when the main event's account is a quotation that names its
    speaker and its occasion (""Cities must plan for heat," said Ana Ruiz at a panel discussion on
    urban heat on Thursday"): a quotation is no account, but its sentence still tells the
    encounter."""
    if main is None or main.announced or not _QUOTE_MARKS.search(main.what):
        return None
    published = briefing.article.published.isoformat() if briefing.article.published else None
    if upcoming(main, published) or is_background(section_of(briefing, main.paragraph)):
        return None
    # the quotation's own sentence names the occasion after its cue, but tells what was said
    said = _but_quotation(clauses, main.sentence)
    took = _took_part(briefing, main, said, _forms(briefing.article, briefing.people))
    return took[0] if took is not None else None


def _but_quotation(clauses: Sequence[Clause], sentence: int | None) -> list[Clause]:
    """The clauses less the one that quotes sentence ``sentence`` ("\"We are out of time,\" said
    Ana Ruiz, addressing the Forum"): what was said, not what happened."""
    return [c for c in clauses if c.sentence != sentence or c.text[:1] not in _QUOTE_OPENERS]


# A lead whose subject is a body of people, named by nothing else: "A trade delegation of the
# Harbour Board paid a visit to ..." (up to its first finite verb).
_BODY_SUBJECT = pattern(
    rf"(?:An?|The)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(COLLECTIVE_NOUNS))})\b[^,;:]*", re.IGNORECASE
)
# "The delegation, led by ...", "The team was headed by ..."
_BODY_LED_BY = pattern(
    rf"\b(?:{'|'.join(sorted(COLLECTIVE_NOUNS))})\b,?\s+(?:(?:was|were)\s+)?"
    rf"(?:{'|'.join(sorted(LEADER_PARTICIPLES))})\s+by\s+",
    re.IGNORECASE,
)


def _led_body(briefing: Briefing, clauses: list[Clause], main: Event | None) -> list[Clause]:
    """A lead that tells what a body of people did and names no one gets the person the text
    says led it, and the date of the main event that person takes part in: "A delegation of the
    Harbour Board paid a visit to Suva" and "The delegation, led by Ana Ruiz, set out on 3-4 May
    2024" -> "On 3–4 May 2024, a delegation of the Harbour Board, led by Ana Ruiz (Director),
    paid a visit to Suva"."""
    article = briefing.article
    text = clauses[0].text if clauses else ""
    subject = _BODY_SUBJECT.match(text)
    verb = first_finite_match(text)
    forms = _forms(article, briefing.people)
    if subject is None or verb is None or verb.start() > subject.end() or _names_any(text, forms):
        return clauses
    leader = _leader(briefing)
    if leader is None:
        return clauses
    text = f"{text[: verb.start()].rstrip()}, led by {described(leader)}, {text[verb.start() :]}"
    if main is not None and leader.name in main.who and not main.announced and not _DATED.search(text):
        text = _date_phrase(main) + _lower_common(_lower_opening(text), article)
    return [clauses[0]._replace(text=text), *clauses[1:]]


def _names_any(text: str, forms: Sequence[Form]) -> bool:
    folded = text.casefold()
    return any(_names_in(folded, f.text) for f in forms)


def _leader(briefing: Briefing) -> Person | None:
    """The person the first paragraphs say led a body of people ("The delegation, led by Ana
    Ruiz, ..."): the one whose name comes right after "led by"."""
    article = briefing.article
    names = [(n.start, p) for p in briefing.people for n in p.spans if n.kind == "name"]
    for paragraph in article.paragraphs[:LEAD_PARAGRAPHS]:
        for s in paragraph.sentences:
            for m in _BODY_LED_BY.finditer(article.text, s.start, s.end):
                # the name right after "by", or after an honorific ("led by Dr. Ana Ruiz")
                found = next((p for at, p in names if m.end() <= at <= m.end() + len("Dr. ")), None)
                if found is not None:
                    return found
    return None


def _opening_pair(
    briefing: Briefing, clauses: Sequence[Clause]
) -> tuple[int | None, tuple[Person, Person] | None]:
    """The paragraph of the first scene that is not background, and the two parties of the talks
    it tells, when its first sentence names both; when the lead only tells what was said, the
    scene's next paragraph of the lead's may name them instead: "Ana Ruiz said that ... | She
    expressed these views while talking to Tom Berg, who called on her" (the encounter)."""
    opening = next((s for s in briefing.sections if not is_background(s)), None)
    if opening is None:
        return None, None
    first = opening.paragraphs[0]
    pair = _talks_pair(briefing, first, None)
    if pair is not None or not clauses or not _tells_speech(clauses[0].text):
        return first, pair
    return _later_pair(briefing, first) or (first, None)


def _later_pair(briefing: Briefing, paragraph: int) -> tuple[int, tuple[Person, Person]] | None:
    """The next paragraph of the lead's (its scene's, in the first ``LEAD_PARAGRAPHS``) whose
    first sentence names both parties of the talks, and the two: where a lead that tells what
    was said says at what encounter ("She expressed these views while talking to Tom Berg")."""
    section = section_of(briefing, paragraph)
    if section is None:
        return None
    article = briefing.article
    for later in section.paragraphs:
        if paragraph < later < LEAD_PARAGRAPHS:
            found = _talks_pair(briefing, later, None)
            s = article.sentences[_sentence_of(article, later, None)]
            # told as done: not "She will call on the President on Friday"
            if found is not None and tells_happening(without_dateline(article, s.start, s.end)):
                return later, found
    return None


# A perfect's auxiliary before its participle: "Ana Ruiz [has ]praised the reforms".
_PERFECT = pattern(r"(?:has|have|had)\s+(?:[a-z]+ly\s+)?", re.IGNORECASE)


def _tells_speech(text: str) -> bool:
    """``_speech_only`` of a clause from its first finite verb on, past a perfect's auxiliary:
    "Ana Ruiz has praised the reforms", "Tom Berg said on Friday that ..."."""
    verb = first_finite_match(text)
    if verb is None:
        return False
    rest = text[verb.start() :]
    perfect = _PERFECT.match(rest)
    return _speech_only(rest[perfect.end() :] if perfect is not None else rest)


def _retold(clause: Clause, encounter: Clause, who: Sequence[Person], people: Sequence[Person]) -> bool:
    """Whether a clause of the encounter's own sentence names its two parties again ("Ahmad’s
    remarks came during a bilateral meeting with Hannig" after "Ahmad held talks with
    Hannig"): it says the encounter twice."""
    if clause.sentence != encounter.sentence or len(who) != 2:
        return False
    folded = clause.text.casefold()
    named = [_names_in(folded, surname(p, people).casefold()) for p in who]
    if all(named):
        return True
    if not any(named):
        # the talks told without their parties ("A new round of talks took place in Lorvik"),
        # who held them told after: the encounter says it with them
        return not any(_names_in(folded, surname(p, people).casefold()) for p in people)
    # one party alone, no one else: the encounter's sentence cut short ("Ravel received a
    # delegation of the Chamber" after "Ana Ravel held talks with Tom Kohl (Vice-President, Chamber)")
    return any(named) and not any(
        _names_in(folded, surname(p, people).casefold()) for p in people if p not in who
    )


def _within(clause: Clause, encounter: Clause) -> bool:
    """Whether the encounter already tells a clause of its own sentence, from its verb on: "Ruiz
    concluded a state visit to Norland" after "Ana Ruiz (President) concluded a state visit to
    Norland, during which ..."."""
    if clause.sentence != encounter.sentence:
        return False
    verb = first_finite_match(clause.text)
    if verb is None:
        return False
    rest = clause.text[verb.start() :]
    if rest in encounter.text:
        return True
    # the encounter names in full and describes whom the clause names by surname: "received by
    # Tom Berg (President)" tells "received by Berg"
    told = iter(_DESCRIPTION.sub("", encounter.text).split())
    return all(word in told for word in rest.split())


_DESCRIPTION = pattern(r"\s\([^()]*\)")


def _said_first(briefing: Briefing, sentence: int) -> bool:
    """Whether a sentence opens with the content of a statement whose cue comes after it."""
    if not 0 <= sentence < len(briefing.article.sentences):
        return False
    s = briefing.article.sentences[sentence]
    opening = s.end - len(without_dateline(briefing.article, s.start, s.end).rstrip())
    return any(
        st.sentence == sentence
        and not st.direct
        and st.start <= opening + 1
        and _cue_at(briefing.article, st) < 0
        for st in briefing.statements
    )


def _opening(
    briefing: Briefing, told: Event, clauses: Sequence[Clause], forms: Sequence[Form]
) -> tuple[Clause, Sequence[Person]] | None:
    """The clause the bottom line opens with when its first clause does not say who met whom
    (talks) or who took part in what (a meeting, a panel), and the people it names; else None."""
    pair = _talks_pair(briefing, told.paragraph, told)
    if pair is None:
        series = _series_visit(briefing, told, forms)
        if series is not None:
            return series
        after = _talks_next(briefing, told)
        if after is not None:  # "She travelled to Lira on 3-4 May. On 3 May, she was received by ..."
            own, pair = after
            return _encounter(briefing, own, pair, own.paragraph, own.sentence), pair
    if pair is not None:
        if _names_both(clauses, pair):
            return None
        visit = _visit_talks(briefing, told, pair, forms)
        if visit is not None:
            return visit
        return _encounter(briefing, told, pair, told.paragraph), pair
    later = _later_pair(briefing, told.paragraph) if _tells_speech(told.what) else None
    if later is not None:  # what was said at the encounter, on its day: the encounter first
        paragraph, pair = later
        if _names_both(clauses, pair):
            return None
        sentence = _sentence_of(briefing.article, paragraph, None)
        own = next((e for e in briefing.events if e.sentence == sentence and _told(briefing, e)), told)
        return _encounter(briefing, own, pair, paragraph, sentence), pair  # its own date, if told
    return _took_part(briefing, told, clauses, forms)


def _took_part(
    briefing: Briefing, told: Event, clauses: Sequence[Clause], forms: Sequence[Form]
) -> tuple[Clause, Sequence[Person]] | None:
    """Who took part in what, when the main event's sentence (or, for what was said, the
    sentence after it that names its occasion) names a meeting or a panel and who was there:
    "On <when>[ in <where>], A (title)[ and B (title)] took part in <the occasion>"; None when
    the first clause already says so."""
    paragraph, index = told.paragraph, _sentence_index(briefing.article, told)
    occasion = _occasion_of(briefing, paragraph, index)
    # "X said on Monday that ...", or what X said told first: "Ports risk ..., X said on Thursday"
    if occasion is None and (_tells_speech(told.what) or _said_in(briefing, told)):
        paragraph, index, occasion = _later_occasion(briefing, told)
    later = index != _sentence_index(briefing.article, told)
    who = _took_part_in(briefing, told, paragraph, index, later) if occasion is not None else []
    if (
        occasion is None
        or not who
        or (clauses and _says_who_took_part(clauses[0].text, who, forms, occasion))
    ):
        return None
    names = [described(p) for p in who]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    if later and told.where is None:  # the later sentence's place, if told
        told = replace(told, where=_place_after(briefing.article, index, occasion))
    text = f"{_front(briefing, told)}{listed} took part in {occasion}"
    return Clause(text, paragraph, index), who


_IN_PLACE = pattern(r"\s+in\s+[A-Z]")


def _place_after(article: Article, index: int, occasion: str) -> str | None:
    """The place sentence ``index`` gives right after the occasion's name: "the Ports Forum [in
    Lima]"."""
    s = article.sentences[index]
    text = article.text[s.start : s.end]
    at = text.find(occasion.split(" ", 1)[1])
    end = at + len(occasion.split(" ", 1)[1])
    if at < 0 or not _IN_PLACE.match(text, end):
        return None
    rest = text[end:]
    place = place_in(rest)
    return place if place is not None and rest.lstrip()[len("in ") :].startswith(place) else None


def _later_occasion(briefing: Briefing, told: Event) -> tuple[int, int, str | None]:
    """The paragraph, sentence and occasion of a main event that only tells what was said, when
    the sentence after it in its paragraph, or the first of the next paragraph of its scene,
    names the occasion, told as done: "Ana Ruiz said on Monday that ports must change. She was
    speaking at the Ports Forum." or "... | Addressing the opening session of the Ports Forum,
    she urged ..." (the speech's occasion, the encounter the bottom line opens with). Else the
    main event's own, without an occasion."""
    article = briefing.article
    own = (told.paragraph, _sentence_index(article, told), None)
    section = section_of(briefing, told.paragraph)
    if section is None:
        return own
    later = [own[1] + 1] if own[1] + 1 < len(article.sentences) else []
    after = told.paragraph + 1
    if after in section.paragraphs and after < LEAD_PARAGRAPHS:
        later.append(_sentence_of(article, after, None))
    for index in later:
        s = article.sentences[index]
        if s.paragraph not in section.paragraphs:
            continue
        if not tells_happening(without_dateline(article, s.start, s.end)):
            return own  # "She will address the Forum on Friday": not the occasion of what she said
        occasion = _occasion_of(briefing, s.paragraph, index)
        if occasion is not None:
            return s.paragraph, index, occasion
    return own


_SERIES = "MEETING_SERIES"


def _series_visit(
    briefing: Briefing, told: Event, forms: Sequence[Form]
) -> tuple[Clause, Sequence[Person]] | None:
    """A visit whose sentence tells a series of talks ("concluded a visit to Norland, during
    which she held talks with President Tom Berg and Prime Minister Eva Lind"): the visit and
    everyone talked with, as ``_visit_talks`` tells them, its visitor the first person who took
    part that the account names."""
    index = _sentence_index(briefing.article, told)
    cues = find_cues(briefing.article, told.paragraph)
    if not any(c.group == _SERIES and c.sentence == index for c in cues):
        return None
    folded = told.what.casefold()
    visitor = next((f.person for f in forms if f.person.took_part and _names_in(folded, f.text)), None)
    return _visit_talks(briefing, told, (visitor, visitor), forms) if visitor is not None else None


def _visit_talks(
    briefing: Briefing, told: Event, pair: tuple[Person, Person], forms: Sequence[Form]
) -> tuple[Clause, Sequence[Person]] | None:
    """A visit whose sentence also tells the talks held during it, as the visit and everyone
    talked with: "Ana Ruiz concluded a state visit to Norland, during which she held talks with
    President Tom Berg and Prime Minister Eva Lind" -> "On 3–5 May 2024, Ana Ruiz (President)
    concluded a state visit to Norland, during which Ruiz held talks with Tom Berg (President) and
    Eva Lind (Prime Minister)". The visit is the occasion; the talks are its parts. None when
    the main event's account tells no visit or names no visitor."""
    if not find_in_text(told.what, ("MEETING_VISITS",)):
        return None
    folded = told.what.casefold()
    visitor = next((p for p in pair if any(_names_in(folded, f.text) for f in forms if f.person is p)), None)
    if visitor is None:
        return None
    article = briefing.article
    index = _sentence_index(article, told)
    visit = _clause(article, replace(told, where=None), None, forms, set())  # "a visit to Norland" says where
    folded = visit.text.casefold()
    hosts = sorted(
        (min(m.start for m in p.spans if m.sentence == index), p)
        for p in briefing.people
        if p is not visitor
        and p.took_part
        and any(m.sentence == index and m.kind == "name" for m in p.spans)
        # not one the visit's account names already: "... and was received by the President"
        and not _names_in(folded, p.name.casefold())
    )
    if not hosts:
        return None
    names = [described(p) for _, p in hosts]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    text = f"{visit.text}, during which {surname(visitor, briefing.people)} held talks with {listed}"
    return visit._replace(text=text), [visitor, *(p for _, p in hosts)]


def _lead_dated(briefing: Briefing, lead: Sentence | None, clauses: Sequence[Clause]) -> Event | None:
    """The event the quoted lead dates in its own words ("A delegation ... visited the Senate on
    19 November 2024"): the clause after it says no "On 19 November 2024, " again (its place,
    which the lead may not give, it still says)."""
    if lead is None or not clauses or not _DATED.search(clauses[0].text):
        return None
    event = next((e for e in briefing.events if e.sentence == lead.index), None)
    return None if event is None else replace(event, where=None)


def _event_clauses(
    briefing: Briefing,
    told: Event,
    clauses: list[Clause],
    forms: Sequence[Form],
    named: set[str],
    previous: Event | None = None,
) -> list[Clause]:
    """The clauses of the main event and the next scenes' events after the lead's ``clauses``
    (see the module docstring); ``previous``: the event the clause before them dated."""
    article = briefing.article
    pronouns = {m.start: p for p in briefing.people for m in p.spans if m.kind == "pronoun"}
    out: list[Clause] = []
    room = MAX_CLAUSES - len(clauses)
    met: set[str] = set()  # the people the main event's paragraph says were also met
    for i, event in enumerate([_placed(briefing, told, clauses), *_other_events(briefing, told)][:room]):
        event = _pronoun_named(article, event, pronouns)
        if (clauses or out) and _held_only(event.what):
            continue  # "the conference was held" after the lead: its date is the header's
        others = set(event.who) - set(told.who)
        if others and others <= met:
            continue  # talks with someone the lead paragraph already says was met
        clause = _clause(article, event, previous, forms, named, briefing.location)
        out.append(_with_outcome(article, event, clause) if i == 0 else clause)
        if i == 0:  # the main event: the other meetings its paragraph sums up
            also = [_pronoun_named(article, e, pronouns) for e in _also_met(briefing, event)]
            out += [_clause(article, e, event, forms, named, briefing.location) for e in also]
            met |= {name for e in also for name in e.who}
        previous = event
    return out[:room]


# What a meeting decided, told after its main clause: "..., adopting new catch limits".
_OUTCOME = pattern(
    rf",\s+(?:and\s+)?((?:{'|'.join(sorted(OUTCOME_PARTICIPLES))})\b[^;]*?)\.?\s*$"
    # "..., and adopted a roadmap": a past of the same subject, its "and" kept
    rf"|,?\s+(and\s+(?:also\s+)?(?:{'|'.join(sorted(OUTCOME_PASTS))})\b[^;]*?)\.?\s*$"
    # "..., which resulted in the signing of 14 agreements": what the occasion produced
    rf"|,\s+(which\s+(?:{'|'.join(re.escape(p) for p in RESULT_PHRASES)})\b[^;]*?)\.?\s*$"
)


def _with_outcome(article: Article, event: Event, clause: Clause) -> Clause:
    """The main event's clause with the outcome a participle phrase ends its sentence with: "The
    Board closed its session in Apia after three days, adopting a new tariff plan" (the account
    stops at the main clause; what was decided is what an analyst needs most)."""
    if event.sentence is None or clause.text.endswith("…"):
        return clause
    s = article.sentences[event.sentence]
    found = _OUTCOME.search(article.text, s.start, s.end)
    outcome = (found.group(1) or found.group(2) or found.group(3)) if found is not None else None
    # told already, maybe with its names retold ("signed minutes with Joo (Commissioner)")
    if outcome is None or " ".join(outcome.removeprefix("and ").split()[:4]) in clause.text:
        return clause
    return clause._replace(text=f"{clause.text}, {_tidy_marks(without_honorifics(outcome))}")


def _also_met(briefing: Briefing, event: Event) -> list[Event]:
    """The other encounters the main event's paragraph tells right after it, undated: "Ruiz met
    the Mayor of Apia today. | She also met the Harbour Master, as well as representatives of the
    Port Board." The lead paragraph sums up the visit; each meeting it names is one the bottom
    line tells, before the details of the next scenes. Only a sentence whose first verb is
    "met" ("also met")."""
    article = briefing.article
    if event.sentence is None:
        return []
    found: list[Event] = []
    for s in article.paragraphs[event.paragraph].sentences:
        if s.index <= event.sentence:
            continue
        what = event_what(without_honorifics(without_dateline(article, s.start, s.end)))
        verb = first_finite_match(what)
        if verb is None or verb.group().casefold() not in _MET:
            break
        who = tuple(
            p.name
            for p in briefing.people
            if any(m.sentence == s.index and m.kind != "pronoun" for m in p.spans)
        )
        found.append(replace(event, what=what, sentence=s.index, who=who))
    return found


# What the bottom line says two parties did, by the label of their talks: "Bilateral talks: A –
# B" -> "A held talks with B". Other talks (a signing, credentials) tell it in their own words.
_TALKS_DONE = {
    "Bilateral talks": "held talks with",
    "Courtesy call": "met",
    "Telephone call": "spoke by telephone with",
}
_MET = frozenset(f for f in MEET_FORMS if f in PAST_FORMS)  # "met", not "meeting"


def _names_both(clauses: Sequence[Clause], pair: tuple[Person, Person]) -> bool:
    """Whether the first clause names both parties ("Tax paid a courtesy call on Unity Dow")."""
    return bool(clauses) and all(_names_in(clauses[0].text.casefold(), p.name.casefold()) for p in pair)


def _sentence_of(article: Article, paragraph: int, told: Event | None) -> int:
    """The sentence an encounter is told in: the main event's, else its paragraph's first."""
    if told is not None:
        return _sentence_index(article, told)
    sentences = article.paragraphs[paragraph].sentences
    return sentences[0].index if sentences else -1


def _talks_pair(briefing: Briefing, paragraph: int, told: Event | None) -> tuple[Person, Person] | None:
    """The two named parties of the talks paragraph ``paragraph`` tells ("Bilateral talks: A –
    B", ``_TALKS_DONE``), or None: another scene, or talks its label names no two people of."""
    section = section_of(briefing, paragraph)
    if section is None or section.kind != "bilateral" or ": " not in section.label:
        return None
    kind, _, parties = section.label.partition(": ")
    by_name = {p.name: p for p in briefing.people}
    pair = [by_name.get(name) for name in parties.split(" – ")]
    first, second = (pair[0], pair[1]) if len(pair) == 2 else (None, None)
    if kind not in _TALKS_DONE or first is None or second is None:
        return None
    # both told in the sentence of the encounter ("His remarks came during a meeting with Ms.
    # Ruiz"), not one of them only named elsewhere in the scene ("The Programme Manager of the
    # Office met Ms. Lin" is no talks of the Office's Head)
    sentence = _sentence_of(briefing.article, paragraph, told)
    if not all(any(m.sentence == sentence for m in p.spans) for p in (first, second)):
        return (first, second) if _sides_led_after(briefing, sentence, (first, second)) else None
    return first, second


def _talks_next(briefing: Briefing, told: Event) -> tuple[Event, tuple[Person, Person]] | None:
    """The talks the sentence after the main event's tells, dated there, when the main event's
    names one party only: "Ana Ruiz travelled to Lira Province on 3-4 May. On 3 May, she was
    received by the Governor, Mr. Tom Berg, ..." -> the talks of 3 May, and their two parties
    (the section's)."""
    article = briefing.article
    index = told.sentence
    if index is None or not 0 <= index < len(article.sentences) - 1:
        return None
    if article.sentences[index + 1].paragraph != told.paragraph:
        return None
    section = section_of(briefing, told.paragraph)
    if section is None or section.kind != "bilateral" or ": " not in section.label:
        return None
    own = next((e for e in briefing.events if e.sentence == index + 1 and _told(briefing, e)), None)
    kind, _, parties = section.label.partition(": ")
    by_name = {p.name: p for p in briefing.people}
    found = [by_name.get(name) for name in parties.split(" – ")]
    pair = [p for p in found if p is not None]
    if own is None or kind not in _TALKS_DONE or len(found) != 2 or len(pair) != 2:
        return None
    said = [{m.sentence for m in p.spans} for p in pair]
    if not all(index + 1 in s for s in said) or sum(index in s for s in said) != 1:
        return None
    return own, (pair[0], pair[1])


def _sides_led_after(briefing: Briefing, sentence: int, pair: tuple[Person, Person]) -> bool:
    """Whether talks told without their parties ("A new round of consultations took place in
    Lorvik on 3 May.") get them from the next sentence of the paragraph, which names both and
    neither is in the first: "The Tarn side was led by Ms. Ana Roel, while Mr. Olaf Brenn headed
    the Estavian delegation." """
    article = briefing.article
    if not 0 <= sentence < len(article.sentences) - 1:
        return False
    if article.sentences[sentence + 1].paragraph != article.sentences[sentence].paragraph:
        return False
    said = [{m.sentence for m in p.spans} for p in pair]
    return all(sentence not in s and sentence + 1 in s for s in said)


def _encounter(
    briefing: Briefing,
    told: Event | None,
    pair: tuple[Person, Person],
    paragraph: int,
    sentence: int | None = None,
) -> Clause:
    """Who met whom, when and where: "On 13 January 2025 in Karachi, Jameel Ahmad (Governor,
    State Bank) held talks with Alfred Hannig (CEO, Finance Alliance)". A press release's
    opening often says why before whom ("In an effort to widen access, ..."); the bottom line
    says whom first."""
    section = section_of(briefing, paragraph)
    done = _TALKS_DONE[section.label.partition(": ")[0]] if section is not None else "met"
    sentence = _sentence_of(briefing.article, paragraph, told) if sentence is None else sentence
    host = _called_on(briefing, sentence, pair)
    if host is not None:  # a courtesy call has a caller and a host: "Ruiz called on Berg"
        done, pair = "called on", (pair[1], pair[0]) if host is pair[0] else pair
    text = f"{_front(briefing, told)}{described(pair[0])} {done} {described(pair[1])}"
    return Clause(text, paragraph, sentence)


# The word after a courtesy call's verb or noun that its host follows: "called [on] him", "her
# call [on] the Premier", "paid a farewell call [to] the Speaker".
_CALL_HOST = pattern(r"\bcall(?:ed|s|ing)?\s+(?:on|to|upon)\b", re.IGNORECASE)


def _called_on(briefing: Briefing, sentence: int, pair: tuple[Person, Person]) -> Person | None:
    """The host of the courtesy call the encounter's sentence tells, the party it names (or a
    pronoun stands for) first after "call on": "Ana Ruiz, who called on him here" (him: the
    host), "following his call on Prime Minister Tom Berg" (Berg). None when the sentence tells
    no courtesy call, or the party after it is neither."""
    article = briefing.article
    if not 0 <= sentence < len(article.sentences):
        return None
    s = article.sentences[sentence]
    text = article.text[s.start : s.end]
    for cue in find_in_text(text, ("BILATERAL_COURTESY",)):
        on = _CALL_HOST.search(text, cue.start(), cue.end() + 1)
        if on is None:
            continue
        who = _WHO_BEFORE.search(text, 0, on.start())
        if who is not None:  # "Tom Berg, who called on him": the name before "who" is the caller
            caller = next((p for p in pair for m in p.spans if m.end == s.start + who.start()), None)
            if caller is not None:
                return pair[1] if caller is pair[0] else pair[0]
        after = [(m.start, p) for p in pair for m in p.spans if s.start + on.end() <= m.start < s.end]
        return min(after, key=lambda found: found[0])[1] if after else None
    return None


# "Tom Berg[, who (also) ]called on", "the Mayor of B, Y[, who ]thanked": the relative pronoun
# of a person, an adverb between it and its verb
_WHO_BEFORE = pattern(r",\s+who\s+(?:[a-z]+ly\s+|also\s+)?$")


def _front(briefing: Briefing, told: Event | None) -> str:
    """ "On <when> in <where>, " of an encounter: the main event's date and place (the
    article's location without one); no place for an occasion held online."""
    front = _date_phrase(told) if told is not None else ""
    where = told.where if told is not None else briefing.location
    if where and not held_online(briefing):
        front = f"{front.removesuffix(', ')} in {where}, " if front else f"In {where}, "
    return front


def _occasion_of(briefing: Briefing, paragraph: int, index: int) -> str | None:
    """The occasion the scene (a meeting, a panel) of sentence ``index`` of ``paragraph`` is
    named by, as that sentence writes it, with its article: "a panel discussion ‘Flight to the
    Future’", "the Regional Ports Forum". Only a label its sentence gives (else the date, place
    and people told there may be another occasion's) and one that names an occasion, not only
    the kind ("Panel")."""
    section = section_of(briefing, paragraph)
    if section is None or KIND[section.kind].role == "background":
        return None
    article = briefing.article
    sentence = article.sentences[index]
    text = without_dateline(article, sentence.start, sentence.end)
    # a panel's label names the event it was part of after " at the ", which its sentence may
    # name otherwise ("a panel discussion ‘Green Berths’ on day two of Harbour Week 2024")
    labels = (section.label, section.label.rpartition(" at the ")[0])
    found = (
        (text.casefold().find(label.casefold()), label)
        for label in labels
        if label and not _bare_label(label)
    )
    at, label = next(((at, label) for at, label in found if at >= 0), (-1, ""))
    end = at + len(label)
    if at < 0 or not _whole_words(text, at, end) or _NAME_RUNS_ON.match(text, end):
        return None
    name = text[at:end]
    before = _WORD_BEFORE.search(text, 0, at)
    if before is not None and before.start() > 0 and before.group(1)[:1].isupper():
        return None  # "the 2017 World Ports Day": the label is the end of a longer name
    article_word = before.group(1).lower() if before and before.group(1).lower() in ARTICLES else "the"
    return f"{article_word} {_lower_common(name, article) if at == 0 else name}"


# The words of a label that names only a kind of occasion, no occasion: "Panel", "Round table",
# "Roundtable discussion", "Meeting".
@cache
def _kind_words() -> frozenset[str]:
    """The words of the discussion and event nouns and of the kinds' names, casefolded."""
    words = {w.casefold() for n in (*DISCUSSION_NOUNS, *GENERIC_EVENT_NOUNS) for w in n.split()}
    return frozenset(words | event_noun_set() | set(KIND))


# The words after a label that would make it the start of a longer name: "the Ports Forum |
# of the Southern Community", "the World Ports Day | Parallel Event"; not a weekday after it ("the
# Ports Forum | on Tuesday").
_WEEKDAYS_WRITTEN = "|".join(w.capitalize() for w in WEEKDAY_NAMES)
_NAME_RUNS_ON = pattern(rf"\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?(?!(?:{_WEEKDAYS_WRITTEN})\b)[A-Z]")


def _bare_label(label: str) -> bool:
    """Whether a label names only the kind of its scene: "Panel", "Roundtable discussion"."""
    return all(w.casefold() in _kind_words() for w in label.split())


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts and ends at word boundaries."""
    return not (start > 0 and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum())


def _took_part_in(
    briefing: Briefing, told: Event, paragraph: int, index: int, later: bool = False
) -> list[Person]:
    """The people of the main event that sentence ``index`` of ``paragraph`` tells took part in
    its scene: participants of its section (not only talked about: "the late Ana Lin") who are
    the sentence's subject ("Ana Ruiz and Tom Berg spoke at the Forum") or say something in it
    ("Ports must change, said Ana Ruiz at the Forum"); not someone a phrase names ("at the
    invitation of Tom Berg", "organised by Tom Berg", "which Tom Berg founded"), who may not
    have been there. In a ``later`` sentence than the main event's, a pronoun subject stands for
    its person too ("Ana Ruiz said ... . She was speaking at the Forum")."""
    kinds = ("name", "pronoun") if later else ("name",)
    section = section_of(briefing, paragraph)
    if section is None:
        return []
    article = briefing.article
    sentence = article.sentences[index]
    start = article.dateline_end if sentence.start == 0 else sentence.start
    verb = first_finite_match(article.text[start : sentence.end])
    before_verb = start + verb.start() if verb is not None else start
    speakers = {st.speaker_id for st in briefing.statements if st.sentence == index}
    present = set(section.participant_ids)

    def subject(m: Mention) -> bool:
        word = _WORD_BEFORE.search(article.text, start, m.start)
        return (
            m.kind in kinds
            and m.start < before_verb
            and not (word is not None and word.group(1).lower() in _BEFORE_NO_SUBJECT)
            and not _POSSESSIVE_AFTER.match(article.text, m.end)
        )

    return [
        p
        for p in briefing.people
        if p.took_part
        and p.id in present
        and p.id in told.who_ids
        and (p.id in speakers or any(m.sentence == index and subject(m) for m in p.spans))
    ]


_POSSESSIVE_AFTER = pattern(r"['’](?:s\b|(?=\s))")  # "Tom Berg’s envoy": the possessor of the subject

# The scene cue groups (a meeting, a panel, talks): a clause with none names no occasion.
_SCENE_GROUPS = tuple(g for g in GROUPS if group_kind(g) != BACKGROUND_KIND)


def _says_who_took_part(text: str, who: Sequence[Person], forms: Sequence[Form], occasion: str) -> bool:
    """Whether a clause already tells the occasion: it names the occasion itself ("The 9th Ports
    Forum took place in Lisbon": what happened, its members the who), or one of ``who`` (by
    name) and a scene cue ("Ana Ruiz attended a panel discussion"). Not "Reform is urgent, said
    Ana Ruiz", nor "Ports were the focus of the day"."""
    folded = text.casefold()
    if _names_in(folded, occasion.split(" ", 1)[1].casefold()):
        return True
    names = any(_names_in(folded, f.text) for f in forms if f.person in who and not f.title)
    return names and bool(find_in_text(text, _SCENE_GROUPS))


# Words every relative date phrase the date stage counts holds: a cheap look before it runs again.
_RELATIVE_CUE = pattern(
    r"(?i:\b(?:to|yester)day\b|\bweek\b|\bmonth\b|\btonight\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
)
_DAY_PART = pattern(rf"\s+(?:{'|'.join(re.escape(w) for w in DAY_PARTS)})\b")


def _dated_relatives(article: Article, clauses: list[Clause]) -> list[Clause]:
    """The clauses with the date of each relative phrase they copy after it, in brackets:
    "packed into Lindow Hall on Thursday night (6 December 2018)", "met this week (3–9 December
    2018) with". Out of the article a reader has no day to count "Thursday" or "this week"
    from; the note has (the publication date, a date line's day). A phrase nothing dates stays."""
    if not any(_RELATIVE_CUE.search(c.text) for c in clauses):
        return clauses
    days = relative_days(article)
    return [_dated_clause(article, c, days) for c in clauses] if days else clauses


def _dated_clause(article: Article, clause: Clause, days: Sequence[RelativeDay]) -> Clause:
    text = clause.text
    sentence = article.sentences[clause.sentence] if clause.sentence < len(article.sentences) else None
    for day in days:
        if sentence is None or not sentence.start <= day.start < sentence.end:
            continue
        part = _DAY_PART.match(article.text, day.end)
        phrase = article.text[day.start : part.end() if part else day.end]
        found = list(pattern(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", keep=False).finditer(text))
        told = when(day.first.isoformat(), day.last.isoformat() if day.last != day.first else None)
        if len(found) != 1 or told in text:
            continue  # not copied, copied twice, or already dated ("On 6 December 2018, ...")
        at = found[0].end()
        if _POSSESSIVE_AFTER.match(text, at):
            continue  # "last month's floods": a bracket would split the possessive from its noun
        text = f"{text[:at]} ({told}){text[at:]}"
    return clause._replace(text=text)


# An account that only says an occasion it names by a common noun was held, with no place,
# people or business ("The talks, which took place on 3 May, covered trade." -> "the talks
# took place"): after the lead it adds nothing a reader needs.
_HELD_ONLY = pattern(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+"
    r"(?:(?:was|were)\s+(?:held|convened|organi[sz]ed)|took\s+place)",
)


def _held_only(what: str) -> bool:
    """Whether an event's account only says its occasion was held ("the meeting was held")."""
    return _HELD_ONLY.fullmatch(what.removesuffix("…").strip().rstrip(".")) is not None


def _placed(briefing: Briefing, event: Event, clauses: Sequence[Clause]) -> Event:
    """The main event with the article's location as its place when its own sentence names
    none ("Swing on 13 March met members of the Group. | During the meeting, which took
    place at the United Nations Office at Geneva, ..."): the bottom line says where. Not when
    the lead before it says so, nor for an occasion held online."""
    location = briefing.location
    if event.where or not location or held_online(briefing) or returned_from(event.what):
        return event  # "returned from a mission to Oman" was not in Oman
    city = location.split(",")[0].strip()
    if any(city in c.text for c in clauses):
        return event
    return replace(event, where=location)


def _past_standfirst(article: Article, told: Event) -> Event:
    """The main event told by the lead under a standfirst: a first paragraph of one sentence in
    a headline's present ("UPU head pays tribute to hosts") above a lead that tells the event in
    the past ("At the opening of the Congress, the Director General stressed ..."). The event
    keeps its date; its account is the lead's."""
    paragraphs = article.paragraphs
    if told.paragraph != 0 or len(paragraphs) < 2 or len(paragraphs[0].sentences) != 1:
        return told
    first = paragraphs[0].sentences[0]
    lead = paragraphs[1].sentences[0] if paragraphs[1].sentences else None
    if lead is None or not _headline_present(without_dateline(article, first.start, first.end)):
        return told
    text = article.span(lead.start, lead.end)
    if tense_between(article, lead.start, lead.end) >= 0 or not tells_happening(text):
        return told
    return replace(told, what=event_what(text), paragraph=1, sentence=lead.index)


def _headline_present(sentence: str) -> bool:
    """Whether a sentence tells its event in a headline's present after a capitalised subject
    ("UPU Director General pays tribute to the hosts"), as a standfirst does; not a noun in -s
    ("In the aftermath of two visits here, ...")."""
    words = _ACCOUNT_WORD.findall(sentence.strip())
    verb = first_finite(" ".join(words))
    return (
        verb is not None
        and verb > 0
        and words[verb].casefold() in EVENT_PRESENT
        and words[verb - 1][:1].isupper()
    )


# A relative clause after a noun: "at the 102nd Conference, which takes place from 5 to 20 June".
_RELATIVE_AFTER_NOUN = pattern(r"\w,\s*(?:which|that)\s", re.IGNORECASE)


def _own_lead(article: Article, told: Event | None) -> Sentence | None:
    """The main event's own sentence, when its account is a relative clause about a noun of
    the sentence's predicate and the sentence, short enough to quote whole, tells what
    happened: "Ryder stressed the role of standards at his first meeting with delegates at the
    Conference, which takes place from 5 to 20 June" tells the meeting; "The Conference takes
    place" is its setting."""
    if told is None or told.sentence is None:
        return None
    sentence = article.sentences[told.sentence]
    text = without_dateline(article, sentence.start, sentence.end)
    relative = _RELATIVE_AFTER_NOUN.search(text)
    words = told.what.split()
    if relative is None or len(words) < 3 or len(text.split()) > LEAD_WORDS or not tells_happening(text):
        return None  # a sentence too long to quote whole would be cut before it says anything
    head = " ".join(words[1:3] if words[0].casefold() in _LOWER_OPENERS else words[:2])
    at = text.find(head)
    verb = first_finite_match(text)
    # the noun stands in the predicate, right before the relative clause, not as the subject
    # (nor a subject's name after its title: "The Commissioner, Mr. Juma Ali, made a visit to
    # the post at Kalemie, which is due to open in January")
    predicate = verb is not None and verb.start() < at
    return sentence if predicate and 0 < at < relative.start() and not text.startswith(words[0]) else None


def _antecedent(article: Article, told: Event | None) -> Sentence | None:
    """The sentence right before the main event's, when the main event's account opens with a
    demonstrative subject that points back to it ("The new corridor will halve the cost of
    trade. | This view was shared by ..."): the bottom line tells it first, so that "this view"
    is something."""
    if told is None or told.sentence is None or told.sentence < 1 or not _refers_back(told.what):
        return None
    return article.sentences[told.sentence - 1]


# A subject pronoun or a possessive opening an account: "She spoke about ...", "His remarks came ...".
_OPENING_PRONOUN = pattern(r"(?P<word>He|She|His|Her)\b")


def _pronoun_named(article: Article, event: Event, pronouns: dict[int, Person]) -> Event:
    """``event`` with the pronoun its account opens with replaced by the name of the person the
    people stage resolved it to ("She spoke about ..." -> "Angela Rayner spoke about ...",
    "His remarks came ..." -> "Jameel Ahmad’s remarks came ..."): out of its sentence, a
    pronoun stands for nobody. Unresolved, the account stays as it is."""
    m = _OPENING_PRONOUN.match(event.what)
    if m is None or event.sentence is None:
        return event
    sentence = article.sentences[event.sentence]
    word = m.group("word").casefold()
    starts = sorted(start for start in pronouns if sentence.start <= start < sentence.end)
    who = next(
        (pronouns[start] for start in starts if article.text[start:].casefold().startswith(word)), None
    )
    if who is None:
        return event
    name = who.name + ("’s" if word in ("his", "her") else "")
    return replace(event, what=name + event.what[m.end() :])


def _first_sentence(article: Article) -> list[Clause]:
    """An article without events: its first sentence, trimmed like a key point."""
    first = next((s for p in article.paragraphs for s in p.sentences), None)
    return [] if first is None else [_quoted_clause(article, first)]


def _quoted_clause(article: Article, sentence: Sentence) -> Clause:
    """A sentence of the article as a bottom-line clause: its own words, trimmed like a key
    point (past ``LEAD_WORDS``), without a date line, a date in figures in brackets or the agency that
    reported it, with "here" named."""
    text = without_honorifics(_unmarked(without_dateline(article, sentence.start, sentence.end)))
    text, _ = trim(_REPORTED_BY.sub("", text.removesuffix(".")), LEAD_WORDS, sentence=True, tail=LEAD_TAIL)
    if article.published is None:  # "received ... this morning": which morning, the note cannot say
        text = _DEICTIC.sub("", text)
    text = _headline_object(_here(text, article))
    return Clause(_tidy_marks(text.removesuffix(".")), sentence.paragraph, sentence.index)


# An opening curly quote glued to the word before it: "a briefing titled“Ports and the Sea”".
_GLUED_QUOTE = pattern(r"(?<=\w)(?=“)")
# The sentence's own full stop inside a closing quote at the clause's end: "... “Ports and the
# Sea.”": the bottom line puts its citation and its own full stop after it.
_STOP_IN_CLOSE = pattern(r"[.](?=[”\"’]$)")  # also a single closing quote: "the theme ‘Ports.’"


def _tidy_marks(text: str) -> str:
    """A clause copied from the text with a space before an opening quote glued to a word, and
    without a full stop inside its closing quote, which the citation's "(¶2)." would double:
    "titled “Ports and the Sea” (¶2).", not "titled“Ports and the Sea.” (¶2)."; without the
    bracketed initials of a title (``_title_initials``)."""
    text = _TITLE_INITIALS.sub(_title_initials, text)
    return _STOP_IN_CLOSE.sub("", _GLUED_QUOTE.sub(" ", text))


# Up to four capitalised words and the capitals in brackets after them: "Trade Minister (TM)".
_TITLE_INITIALS = pattern(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+\(([A-Z]{2,5})\)")


def _title_initials(m: re.Match[str]) -> str:
    """A title's initials in brackets are the source's own shorthand, which a briefing does not
    use: "Trade Minister (TM) Ana Ruiz opened ..." -> "Trade Minister Ana Ruiz opened ...". Only
    a title's (its words end with a title's head); an organisation's initials ("the Harbour
    Board (HB)") are how the note names it later."""
    initials = m.group(2)
    words = m.group(1).split()[-len(initials) :]
    if len(words) != len(initials) or "".join(w[0] for w in words) != initials:
        return m.group()
    heads = {" ".join(words[i:]).casefold() for i in range(len(words))}
    return m.group(1) if heads & TITLE_HEADS else m.group()


_DEICTIC = pattern(rf"\s+(?i:{'|'.join(re.escape(t) for t in DEICTIC_TIMES)})\b(?=[\s,.;])")
# "filled the hall on Thursday night", "met last Friday": a weekday with its lead word; not one
# its date follows ("arrived on Tuesday, 22 April", "on Tuesday the 18th", "on Monday May 3").
_WEEKDAY_PHRASE = pattern(
    rf"\s+(?:{alternation(WEEKDAY_LEADS)})\s+"
    rf"(?i:{'|'.join(WEEKDAY_NAMES)})(?:\s+(?:{'|'.join(re.escape(w) for w in DAY_PARTS)}))?\b(?=[\s,.;])"
    rf"(?!,?\s+(?:the\s+)?\d)(?!,?\s+(?i:{'|'.join(MONTHS)})\b)"
)


def undated_weekday(article: Article, start: int, end: int, *, future: bool = True) -> str | None:
    """The weekday a passage of the text tells its happening on ("held talks on Friday"), when
    the text gives no day to count from: a reader gets "Friday (date not given)" rather than
    nothing, as an analyst writes it. None when a date can be counted (the dates stage places
    the day) or when the passage gives no weekday. Without ``future``, not a weekday told in
    the future ("The Commissioner will report to the College on Wednesday"), a step to come
    after what the passage reports."""
    if article.published is not None or relative_days(article):
        return None
    found = _WEEKDAY_PHRASE.finditer(article.text, start, end)
    m = next((m for m in found if future or not _told_ahead(article, m)), None)
    if m is None:
        return None
    words = m.group().split()
    if WEEKDAY_LEADS.get(words[0].lower()) == 0:  # "on Friday" is "Friday"; "last Friday" stays
        words = words[1:]
    phrase = " ".join(words)
    return f"{phrase[:1].upper()}{phrase[1:]} (date not given)"


def _told_ahead(article: Article, m: re.Match[str]) -> bool:
    """Whether the clause up to a weekday's match is in the future: "will meet on Friday"."""
    k = bisect.bisect_right(article.sentences, m.start(), key=lambda s: s.start) - 1
    start = article.sentences[k].start if k >= 0 else m.start()
    return tense_between(article, start, m.end()) > 0


def _lead(briefing: Briefing, main: Event | None) -> Sentence | None:
    """The article's lead, when it comes before the main event: the first sentence of its
    first ``LEAD_PARAGRAPHS`` paragraphs, outside background, that tells something that happened
    ("Bainimarama welcomed Prime Minister ...", "Martin Wolf led a conversation with ..."),
    not a question, a quotation or a scene-setting sentence in the present ("A key focus of
    our work is ..."). A press release tells its main event first; when the first dated event
    comes later (a date given only for the last day of a visit, for a speech in the third
    paragraph) or none is told, the lead says what happened."""
    article = briefing.article
    stop = (main.paragraph, _sentence_index(article, main)) if main is not None else None
    # a release that opens on background ("Last year's talks ended without a deal.") before
    # its news: what happened before the event is no lead
    year = int(main.date[:4]) if main is not None and main.date[:4].isdigit() else None
    for s in article.sentences:
        if s.paragraph >= LEAD_PARAGRAPHS or (stop is not None and (s.paragraph, s.index) >= stop):
            return None
        if is_background(section_of(briefing, s.paragraph)) or is_heading(article, s.paragraph):
            continue  # background, or a deck under the headline: "Minister speaks at forum"
        text = without_dateline(article, s.start, s.end)
        if tells_happening(text) and not _framing(text) and not _told_before(article, s, text, year):
            return s
    return None


def _told_before(article: Article, s: Sentence, text: str, year: int | None) -> bool:
    """Whether a sentence tells what went on before the event ("Last year's talks ended without
    a deal."), not a sentence dated now that names an earlier thing ("Ana Ruiz briefed the
    press today on last week's Summit")."""
    return dates_earlier(article, s.start, s.end, year) and _DEICTIC.search(text) is None


_FRAMING_REACH = 4  # "presented [a unique and timely] opportunity": the object's noun comes soon


def _framing(sentence: str) -> bool:
    """Whether a sentence only frames what its occasion was good for: its subject names the
    occasion and its first verb's object is a framing noun ("The Harbour Summit provided a
    unique platform to rethink port finance"). It says why, not who met or what happened; a
    person who "took the opportunity to meet" the Minister did something."""
    words = _ACCOUNT_WORD.findall(_RELATIVE_ASIDE.sub(",", sentence))
    verb = first_finite(" ".join(words))
    if verb is None:
        return False
    occasion = event_noun_set()
    subject = any(w.casefold() in occasion for w in words[:verb])
    after = (w.casefold() for w in words[verb + 1 : verb + 1 + _FRAMING_REACH])
    return subject and any(w in FRAMING_NOUNS for w in after)


# A relative clause between commas: ", who is on an official visit to Egypt," (its verb is not
# the sentence's).
_RELATIVE_ASIDE = pattern(r",\s*(?:who|whom|whose|which)\b[^,]*,", re.IGNORECASE)
# Words as ``first_finite`` counts them.
_ACCOUNT_WORD = pattern(r"[\w'’.-]+")
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})
_PROGRESSIVE_AUXILIARIES = frozenset({"is", "are"})
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
_BEFORE_NO_SUBJECT = PREPOSITIONS | _RELATIVES  # "of X", "which X": no subject X


def tells_happening(sentence: str) -> bool:
    """Whether a sentence tells something that happened: its first finite verb (past a
    relative clause between commas) is in the past ("hosted", "met", "was held"), the present
    perfect ("has signed", not "has been urging") or the genre's present of an event ("meets",
    "pays tribute"); not a question, a quotation, nor a sentence whose demonstrative subject
    points back to one before ("This visit was ...")."""
    text = sentence.strip()
    if not text or text.endswith("?") or text[0] in "\"“‘'" or _refers_back(text):
        return False
    words = _ACCOUNT_WORD.findall(_RELATIVE_ASIDE.sub(",", text))
    verb = first_finite(" ".join(words))
    if verb is None:
        return False
    word = words[verb].casefold()
    if word in ("has", "have"):
        after = [w.casefold() for w in words[verb + 1 : verb + 3]]
        return bool(after) and (after[0] != "been" or not after[-1].endswith("ing"))
    if word in _PROGRESSIVE_AUXILIARIES:
        # an event going on as the report is written: "Ana Ruiz is attending the Port Forum"
        # ("is also attending"; not "is not attending")
        after = [w.casefold() for w in words[verb + 1 : verb + 3]]
        also = len(after) == 2 and after[0] in ADVERBS and after[0] != "not"
        return bool(after) and (after[0] in EVENT_PROGRESSIVE or (also and after[1] in EVENT_PROGRESSIVE))
    return word not in FINITE_WORDS or word in EVENT_PRESENT or word in _PAST_AUXILIARIES


def _other_events(briefing: Briefing, main: Event) -> list[Event]:
    """The first event of each other section that is not background, bar announced ones; the
    first ``OTHER_EVENTS`` of them by their kind's summary rank (bilateral talks, then panels,
    then other meetings), in text order, bar those without a clause."""
    published = briefing.article.published.isoformat() if briefing.article.published else None
    main_section = section_of(briefing, main.paragraph)
    used_sections = {main_section.paragraphs if main_section else (main.paragraph,)}
    others: list[Event] = []
    for event in sorted(briefing.events, key=_text_order):
        section = section_of(briefing, event.paragraph)
        key = section.paragraphs if section else (event.paragraph,)
        if key in used_sections or is_background(section):
            continue
        if upcoming(event, published) or event.aside:
            continue  # the bottom line tells what happened; an announced event is no part of it
        used_sections.add(key)
        others.append(event)
    ranked = sorted(others, key=lambda e: KIND[briefing.kinds[e.paragraph]].summary_rank)[:OTHER_EVENTS]
    ranked = [_as_encounter(briefing, e) for e in ranked]
    # An event whose clause the analysis left empty, or without a verb ("Nigel Adams"), keeps its
    # place in the ranking but tells nothing: it gives no clause (it was an IndexError before).
    return sorted(
        (
            e
            for e in ranked
            if tells_what_happened(e)
            and not only_speech(e)
            and not _refers_back(e.what)
            and not _said_in(briefing, e)
            and not _programme_part(e)
            and not told_as_done_before(e)
            and not _long_before(e, main)
        ),
        key=_text_order,
    )


def _long_before(event: Event, main: Event) -> bool:
    """Whether an event ended more than ``OCCASION_DAYS`` before the main one began: a fact of
    the background ("The two countries established relations on 4 July 1991"), no scene of the
    occasion the bottom line tells."""
    if len(main.date) < len("YYYY-MM"):
        return False
    first = dt.date.fromisoformat(main.date if len(main.date) == len("YYYY-MM-DD") else main.date + "-01")
    last = event.end or event.date
    return last < (first - dt.timedelta(days=OCCASION_DAYS)).isoformat()[: len(last)]


def told_as_done_before(event: Event) -> bool:
    """Whether an event's account is in the past perfect, done before the story's time: "the
    President of Tarn, who had arrived the previous evening" is no day of the summit, and no
    scene of the bottom line; so is what a speaker said had been done ("He said the delegation
    had arrived from Doha on Monday")."""
    if "had " not in event.what:
        return False
    said = _SAID_THAT.search(event.what)
    return past_perfect(event.what[said.end() :] if said else event.what) is not None


# A speaker's report of what had been done: "He said [that] the delegation had arrived".
_SAID_THAT = pattern(r"\b(?:said|told\s+\w+|noted|recalled|explained)\s+(?:that\s+)?")


_PART_ORDINALS = frozenset(o for o, n in DAY_ORDINALS.items() if n >= 1 and o != "opening")


def _programme_part(event: Event) -> bool:
    """Whether an account tells a part of the occasion's programme by its kind, naming no one:
    its subject is a session or discussion noun counted among others, by an ordinal or in the
    plural ("The second panel discussion focused on port costs", "Several panel sessions were
    held covering ..."). It says what was on the agenda, not who met whom; the key points tell
    it. The occasion itself ("The meeting closed with the adoption of the communiqué"), a named
    one ("The Ports Forum was held in Apia") or an account that names someone stays."""
    if event.who:
        return False
    verb = first_finite_match(event.what)
    if verb is None:
        return False
    nouns = event_noun_set() | {n.casefold() for n in DISCUSSION_NOUNS}
    words = [w.casefold() for w in _ACCOUNT_WORD.findall(event.what[: verb.start()])]
    for i, word in enumerate(words):
        if word not in nouns:
            continue
        plural = word.endswith("s") and word[:-1] in nouns
        if plural or any(w in _PART_ORDINALS for w in words[:i]):
            return True
    return False


def _as_encounter(briefing: Briefing, event: Event) -> Event:
    """An event of talks between two named parties whose account is only what one of them said
    ("During the meeting with Foreign Minister Ivo Brandt, Ms. Kesslar congratulated him on
    ..."), told as the encounter: "Kesslar held talks with Ivo Brandt". The bottom line says
    who met whom; what was said is a key point's."""
    if not only_speech(event) or not tells_what_happened(event):
        return event  # an account cut before it says anything tells no encounter either
    pair = _talks_pair(briefing, event.paragraph, event)
    section = section_of(briefing, event.paragraph)
    if pair is None or section is None:
        return event
    done = _TALKS_DONE[section.label.partition(": ")[0]]
    first, second = (pair[1], pair[0]) if principal(briefing) is pair[1] else pair  # the principal first
    return replace(event, what=f"{first.name} {done} {second.name}")


def _said_in(briefing: Briefing, event: Event) -> bool:
    """Whether an event's account is what someone said, its cue after it ("The Assembly will
    always insist on the Final Act, President X said to the Minister"): without its speaker it
    would read as a fact of the encounter."""
    # an account opens with a capital where the words said may not: "..., while dredging had
    # ended in July" is told as "Dredging had ended"
    head = event.what.removesuffix("…").strip()[:40].casefold()
    article = briefing.article
    return any(
        st.sentence == event.sentence and head and head in st.text_in(article).casefold()
        for st in briefing.statements
    )


def only_speech(event: Event) -> bool:
    """Whether an account tells only what was said: its verb is a speech cue that tells no
    encounter ("Nalbandian congratulated him on his appointment and expressed confidence
    ..."). The bottom line names the scenes; what was said in them is the key points' (a
    cue that tells one too stays: "welcomed the delegation", "agreed to meet again")."""
    return _speech_only(event.what)


def _speech_only(account: str) -> bool:
    """``only_speech`` of an account's words."""
    what = account.removesuffix("…")
    verb = first_finite_match(what)
    lemma = cue_lemma(verb.group().casefold()) if verb is not None else None
    if verb is None or lemma is None or cue_group(lemma) is None:
        return False
    if lemma not in EVENT_LEMMAS:
        return True
    # A verb of an encounter before the particle that makes it a cue tells only what was said:
    # "She spoke about her trip to Accra in May" (not "She spoke at the forum"), "He called for
    # reform"; not "called on the President", a visit ("on" is a cue's only with "to" after).
    after = what[verb.end() :].split(maxsplit=1)
    particle = after[0].casefold() if after else ""
    if particle in INFINITIVE_PARTICLES.get(lemma, ()):
        return _urged_to(after[1] if len(after) > 1 else "")
    return particle in PARTICLES.get(lemma, ())


_URGED_REACH = 6  # words after "called on": its object, then "to" and the verb


def _urged_to(rest: str) -> bool:
    """Whether the words after "called on" are an object and an infinitive of no encounter:
    "called on [regional governments to remove] the forms" urges; "called on the President"
    and "called on the Minister to discuss trade" visit."""
    words = rest.split()[:_URGED_REACH]
    at = next((i for i, w in enumerate(words) if w == "to"), 0)
    verb = words[at + 1] if 0 < at < len(words) - 1 else ""
    return verb.islower() and verb.isalpha() and verb not in EVENT_LEMMAS and verb not in VISIT_PURPOSE_VERBS


def talked_about(event: Event) -> bool:
    """Whether an event's date is a month someone talked about, not when anything happened:
    "highlighted the state visit to Washington [in June 2023]" (saying happens on a day)."""
    return len(event.date) == len("YYYY-MM") and only_speech(event)


# A that-clause ending an account: "the panellists assessed that [during the past years]".
_THAT_CLAUSE = pattern(r"\bthat\s+(?P<opener>\w+)(?P<rest>[^,;]*)$")


def tells_what_happened(event: Event) -> bool:
    """Whether an event's account says what happened: it has a finite verb ("Nigel Adams", "the
    Minister of State, Nigel Adams" do not), and a that-clause it opens has one too ("the
    panellists assessed that during the past years" stops before it says anything); a
    relative clause ("who is in New York on a working visit") has no subject of its own."""
    return _says_what_happened(event.what)


@functools.lru_cache(maxsize=4096)  # a long text tells the same account many times
def _says_what_happened(account: str) -> bool:
    what = account.removesuffix("…")
    if what.lstrip()[:1] in ('"', "“"):
        return False  # a quotation is what someone said, not what happened
    if what.split(maxsplit=1)[:1] and what.split(maxsplit=1)[0].casefold() in _RELATIVES:
        return False
    that = _THAT_CLAUSE.search(what)
    if that is not None and first_finite(that.group("rest")) is None:
        opener = that.group("opener")
        if opener.casefold() in _FRONTED or _noun_phrase_only(f"{opener} {that.group('rest')}"):
            return False  # the that-clause is only the phrase fronted in it, or its subject
    verb = first_finite(what)
    return verb is not None and not _hearer_only(what, verb)


# The demonstratives that point back to what a sentence before said ("this viewpoint", "these
# measures", "such steps"); "the" and "both" do not, nor "those" ("those present agreed").
_DEMONSTRATIVES = (ANAPHORIC_DETERMINERS - {"the", "both", "those"}) | {"such"}


def _refers_back(what: str) -> bool:
    """Whether an account opens with a demonstrative subject ("this viewpoint emerged as ...",
    "These measures were welcomed ...", "Such steps ...", "Many of these tools ..."): it points
    back to a sentence the bottom line does not show, and says nothing read alone. A time
    ("this year", "this week", "that night": what can follow "last" in a time of the past) is
    no such subject."""
    words = what.split(maxsplit=3)
    if len(words) > 2 and words[1].casefold() == "of" and words[2].casefold() in _DEMONSTRATIVES | {"those"}:
        return True  # a part of them: "Many of these tools were highlighted ..."
    if len(words) < 2 or words[0].casefold() not in _DEMONSTRATIVES:
        return False
    noun = _bare(words[1]).removesuffix("’s").removesuffix("'s")
    return noun not in RELATIVE_DATE_KEYS and pattern(EARLIER_TIMES[0]).fullmatch(f"last {noun}") is None


def _noun_phrase_only(words: str) -> bool:
    """Whether ``words`` are only a noun phrase of a determiner and names ("the IAEA Forum",
    "the Ministers of Trade and Industry"): the subject of a clause whose verb was cut off, as
    in "expressed his hope that the IAEA Forum". A lower-case word other than a determiner,
    "of" or "and" may be a verb in the present ("that the ports need cranes"): not only a noun
    phrase."""
    parts = _ACCOUNT_WORD.findall(words)
    return bool(parts) and all(
        w.casefold() in DETERMINERS or w in ("of", "and", "for") or w[:1].isupper() or w[:1].isdigit()
        for w in parts
    )


# What opens the content of a cue whose hearer comes first: "told X that ...", "informed X
# about ...", "assured X of ..." ("of", "on", "to" only before an appositive's comma: "X, the
# envoy of ...").
_TOLD = frozenset({"that", "about", "how", "what", "whether", "why", "when", "where"})
_TOLD_NEAR = frozenset({"of", "on", "to"})


def _hearer_only(what: str, verb: int) -> bool:
    """Whether an account stops after a cue whose hearer comes before its content ("told",
    "informed", "assured") and that hearer (with an appositive): "the Minister told Ambassador
    Ruiz, the envoy of Peru" says nothing of what was told."""
    words = _ACCOUNT_WORD.findall(what)
    lemma = cue_lemma(words[verb].casefold())
    if lemma is None or lemma not in HEARER_FIRST or verb + 1 >= len(words):
        return False
    rest = what.split(words[verb], 1)[-1]
    near = rest.split(",", 1)[0]
    return not any(w.casefold() in _TOLD for w in _ACCOUNT_WORD.findall(rest)) and not any(
        w.casefold() in _TOLD_NEAR for w in _ACCOUNT_WORD.findall(near)
    )


# A run-in label before the sentence it heads: "[Day two: ]The two mayors signed a charter";
# the layout's, no part of the clause.
_RUN_IN = pattern(r"^[A-Z][\w-]*(?:\s+[\w-]+){0,2}:\s+(?=[A-Z])")
_RUN_IN_REACH = 25


def _clause(
    article: Article,
    event: Event,
    previous: Event | None,
    forms: Sequence[Form],
    named: set[str],
    location: str | None = None,
) -> Clause:
    """[On <when>, ]<what, people named>[ in <where>], after the clause of ``previous``; an
    account cut with "…" has its place in front: "On <when> in <where>, <what> …". A place is
    told where the article puts it for this event (``_told_where``), or is the article's
    ``location``."""
    what = tidy_cut(_unmarked(event.what).strip().rstrip("."), article.text)
    what = _headline_object(_REPORTED_BY.sub("", _here(what, article)))
    same_date = previous is not None and (previous.date, previous.end) == (event.date, event.end)
    occasion = _occasion_named(article, event, what) if previous is None else None
    what = name_people(what, forms, named)
    front = "" if same_date or talked_about(event) or _DATED.search(what) else _date_phrase(event)
    place = event.where.split(",")[0].strip() if event.where else None
    if place and "capital" in what and "," in (event.where or ""):
        what = _IN_THE_CAPITAL.sub(f"in {event.where}", what, count=1)
    if occasion:  # "On 30 January, at the Business Forum, Ana Ruiz praised ..."
        front = f"{front}at the {occasion}, " if front else f"At the {occasion}, "
    if (
        event.where
        and place
        and place not in what
        and not (previous and previous.where == event.where)
        and ((told := _told_where(article, event, place)) or event.where == location)
        and not _VIRTUAL.search(what)
        and not (not told and place_in(what))  # "will travel to Apia": not "... to Apia in Suva"
        and not _area_of().search(what)  # "in the north of the country": not "... in Suva" after it
    ):
        # not "on the margins … in Geneva"; a place the sentence does not give goes first, not
        # after its last noun ("... priorities for Africa in Geneva")
        if what.endswith("…") or occasion or not told:
            front = f"{front.removesuffix(', ')} in {event.where}, " if front else f"In {event.where}, "
        else:
            what += f" in {event.where}"
    if front:
        what = _lower_common(_lower_opening(what), article)  # "On 23 October, the forum ...": no capital
    text = _tidy_marks(front + what)
    return Clause(text[0].upper() + text[1:], event.paragraph, _sentence_index(article, event))


@functools.cache
def _area_of() -> re.Pattern[str]:
    """ "in the north of the country": where an account says it happened, with no name."""
    return pattern(rf"\bin\s+the\s+(?:{'|'.join(map(re.escape, sorted(AREA_NOUNS)))})\s+of\b", re.IGNORECASE)


# "in the capital" of an account with no country after it stands for the event's city, as
# "here" does: "held its meeting in the capital" -> "held its meeting in Kingstown, Saint
# Vincent and the Grenadines", not "... in the capital in Kingstown, ..."; so does "in the
# Belgian capital".
_IN_THE_CAPITAL = pattern(r"\bin\s+the\s+(?:[A-Z][\w-]+\s+)?capital(?:\s+city)?\b(?!\s+of\b|['’])")


def _occasion_named(article: Article, event: Event, what: str) -> str | None:
    """The name of the occasion an event's sentence opens with, when its account leaves the
    opening out and names no occasion itself: "In his opening remarks at the Business and
    Investment Forum, Ana Ruiz praised ..." -> "Business and Investment Forum"."""
    if event.sentence is None:
        return None
    sentence = article.sentences[event.sentence]
    text = without_dateline(article, sentence.start, sentence.end)
    opening = text.find(what.rstrip(" …")[:40])
    heads = event_noun_set()
    # an occasion the account names ("at the Forum") is told; "a sector dialogue" is no name
    if opening <= 0 or any(w[:1].isupper() and w.casefold() in heads for w in _PLAIN_WORD.findall(what)):
        return None
    names = event_names(article, sentence.paragraph)
    return next((name for name in names if 0 <= text.find(name) < opening), None)


# An account of taking part from afar: "participated in the meeting via videoconference from
# the Ministry of Foreign Affairs" (the meeting was held elsewhere); " in <the meeting's place>"
# after it would put the Ministry, or the participant, there.
_VIRTUAL = pattern(rf"\b(?:{alternation(VIRTUAL_CUES)})\b", re.IGNORECASE)


# A news agency's attribution closing the lead: "..., IRNA reported". The bottom line tells what
# happened; who reported it is the source's business.
_REPORTED_BY = pattern(r",\s*(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,4}(?:news\s+agency\s+)?reported$")
# "here", with the bare weekday a wire writes after it ("opened here Sunday").
_HERE = pattern(rf"\bhere\b(?:\s+((?i:{'|'.join(WEEKDAY_NAMES)}))\b(?!['’]))?")


def _here(what: str, article: Article) -> str:
    """ "here" in an account is the date line's place, which a reader of the bottom line does
    not see (or the sign-off's: "Maraval, 14 August 2026"): "arrived here for talks" ->
    "arrived in Georgetown for talks"; left as written without either. A wire's bare weekday
    after it takes the "on" of prose: "The Board here Monday opened a fair" -> "The Board in
    Georgetown on Monday opened a fair"."""
    filed = article.dateline or article.issued_at  # the sign-off's place is where it was written too
    place = readable_place(filed).split(",")[0].strip() if filed else None
    if not place or "here" not in what:
        return what
    return _HERE.sub(lambda m: f"in {place}" + (f" on {m.group(1)}" if m.group(1) else ""), what)


# A past verb and the object a headline writes without its determiner, in capitals: "signed
# Important Port Agreement", "hosted 29th Harbour Forum" (a word in capitals after it).
_BARE_OBJECT = pattern(r"\b([a-z]+)\s+([A-Z][a-z]+|\d+(?:st|nd|rd|th))(?=((?:\s+[A-Z][\w’'-]*)+))")


def _headline_object(what: str) -> str:
    """An account's object with the determiner English requires where a headline leaves it
    out, after a past verb: an ordinal before a name takes "the" ("hosted 29th Harbour Forum"
    -> "hosted the 29th Harbour Forum"); a praising adjective opens no name, so its noun
    phrase is a common one: the adjective in lower case, with "a"/"an" when its last word is
    no plural ("signed Important Port Agreement" -> "signed an important Port Agreement")."""

    def fixed(m: re.Match[str]) -> str:
        verb, first, run = m.group(1), m.group(2), m.group(3)
        if verb not in _PASTS and not verb.endswith("ed"):
            return m.group()
        if first[:1].isdigit():
            return f"{verb} the {first}"
        word = first.lower()
        if word not in PRAISING_ADJECTIVES:
            return m.group()
        article = "" if run.split()[-1].endswith("s") else ("an " if word[0] in "aeiou" else "a ")
        return f"{verb} {article}{word}"

    return _BARE_OBJECT.sub(fixed, what)


_PASTS = frozenset(PAST_FORMS)


# A date the account gives itself ("was held from 20 to 21 May 2023"): no date phrase before it.
_DATED = pattern(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{{1,2}})?\s+(?:of\s+)?(?:{'|'.join(MONTHS)})\b"
    rf"|\b(?:{'|'.join(MONTHS)})\.?\s+\d{{1,2}}\b",
    re.IGNORECASE,
)


def _told_where(article: Article, event: Event, place: str) -> bool:
    """Whether the article puts ``place`` where a reader finds the event's place: in the
    event's own paragraph, the first paragraph, the title or the date line. A place named only
    elsewhere is another scene's ("he would soon visit Paris" two paragraphs on)."""
    texts = [article.paragraph_text(event.paragraph), article.paragraph_text(0)]
    texts += [t for t in (article.title, article.dateline) if t]
    written = pattern(rf"(?<!\w){re.escape(place)}(?!\w)", re.IGNORECASE, keep=False)
    return any(written.search(t) for t in texts)


# A date in figures in brackets, as some sources add after "yesterday": "met ... yesterday
# (11.02)". The clause gives its date in words; the figures are a fragment. Brackets left
# empty by another stage ("today ()" once "December 18" was taken out) go too.
# (From the start of a run of spaces only: from each space of a long run the pattern read to
# its end, quadratic. The run's start finds what any of its spaces would.)
_STRAY_DATE = pattern(r"(?<!\s)\s*\(\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\)|(?<!\s)\s*\(\s*\)")
# A hashtag's mark: "#Fiji looks forward to ... in #Suva" reads "Fiji ... in Suva" in a note.
_HASHTAG = pattern(r"(?<![\w&])#(?=[^\W\d_])")


def _unmarked(text: str) -> str:
    """The text without a stray date in figures or a hashtag's mark."""
    return _HASHTAG.sub("", _STRAY_DATE.sub("", text))


def virtual_cue(text: str) -> re.Match[str] | None:
    """The first cue of taking part from afar in ``text`` ("virtually", "via videoconference")."""
    return _VIRTUAL.search(text)


def held_online(briefing: Briefing) -> bool:
    """Whether the occasion took place online: the main event's sentence, else the lead (the
    first sentence), tells a webinar, a videoconference, a call ("conducted an important
    webinar on trade"); a date line's city is then the publisher's, not the event's."""
    main = main_event(briefing)
    sentences = briefing.article.sentences
    index = main.sentence if main is not None and main.sentence is not None else 0
    if not sentences or index >= len(sentences):
        return False
    s = sentences[index]
    text = without_dateline(briefing.article, s.start, s.end)
    return _VIRTUAL.search(text) is not None or hosted_from_afar(text)  # "a dialogue hosted from Varnholm"


def upcoming(event: Event, published: str | None) -> bool:
    """Whether ``event`` is announced: told in a future-tense clause ("briefed the Minister on
    the Summit, to be held from 9 to 18 August"), or after the publication date ("The next
    meeting will take place in December 2025"), compared at the event date's precision (a
    month with the month). A day told in the past up to ``PAST_SLACK`` days after it is done:
    a release dated 11 May says "was speaking after his call on the Minister on 12 May" when
    written the day before, or a time zone behind (the dates stage gives it that year too)."""
    if event.announced:
        return True
    if published is None or event.date <= published[: len(event.date)]:
        return False
    day = len(event.date) == len(published)
    return not (event.past and day and _days_after(event.date, published) <= PAST_SLACK)


def _days_after(day: str, published: str) -> int:
    return (dt.date.fromisoformat(day) - dt.date.fromisoformat(published)).days


def compose(clauses: Sequence[Clause]) -> str:
    """The bottom line as prose with its citations, one sentence per clause:
    "<first> (¶0). <second> (¶1). <third> (¶3).". A clause that ends on a question or an
    exclamation has its own end mark, and its citation takes no full stop after it: "Can small
    ports grow stronger? (¶0)", not "stronger? (¶0)."."""
    return " ".join(f"{c.text} (¶{c.paragraph}){_full_stop(c.text)}" for c in clauses)


def _full_stop(text: str) -> str:
    """ "." after a clause's citation, "" after one that ends on "?" or "!" (past its closing
    quotation marks: "asked “Why not?”")."""
    return "" if text.rstrip("”’\"')").endswith(("?", "!")) else "."


# --- Key points --------------------------------------------------------------------------------

PointKind = Literal["statement", "fact"]
MAX_POINTS = 10  # per section
SCENE_PARAGRAPHS = 100  # the paragraphs of a section its points are drawn from, from its first


class KeyPoint(NamedTuple):
    kind: PointKind
    speaker: str | None  # as the summary shows it: "Mikuriya", "Both sides"
    person: str | None  # the named person who spoke, for the scoring
    cue: str | None
    direct: bool
    text: str  # the article's words, maybe trimmed with " …"
    trimmed: bool
    paragraph: int
    sentence: int
    start: int
    score: float
    words: int = 0  # of ``line``, as ``count_words`` counts: what the point costs of the budget
    cue_words: str | None = None  # the article's words from the cue to the content: "pointed out that"
    frame: str | None = None  # what the speech is about, fronted: "With respect to the ferry agreement"

    @property
    def preface(self) -> str | None:
        """The writer's own clause before the lead-in, when the point is the second clause of a
        compound sentence: "WSIS runs well, and" of "WSIS runs well, and participants said that
        it should go on". It is a fact of the writer's, not what the speaker said: it stands
        before the lead-in, outside it (a lead-in is shown in bold as who said what)."""
        if not self.speaker or self.kind == "fact" or (self.cue or "").casefold().startswith("according"):
            return None
        # ", and" of a first clause (``_conjunct_before``), "," of a contrast (``_contrast_frame``)
        # and the whole sentence before a speaker that points back to it ("They", ``_antecedent_of_speaker``)
        return self.frame if self.frame and self.frame.endswith((",", ".", _CONJUNCT_END)) else None

    @property
    def lead_in(self) -> str | None:
        """Who spoke and how, before the content: "Mikuriya emphasized", "Mikuriya said:" (a
        quotation follows), "According to the IMF,"; for a fact whose subject is a participant,
        who and the verb ("Ode spoke on"); else None."""
        if not self.speaker:
            return None
        if self.kind == "fact":  # "Ode spoke on": the subject of the sentence and its verb
            return f"{self.speaker} {self.cue_words}"
        cue = self.cue or ""
        if cue.casefold().startswith("according"):
            speaker = self.speaker
            if speaker.startswith(("The ", "A ")):
                speaker = speaker[0].lower() + speaker[1:]  # "According to the Ministers,"
            return f"According to {speaker},"
        head = f"{self.speaker} {self.cue_words or cue}".strip()
        # after a preface ("WSIS runs well, and") as written: "participants said that"
        if self.frame and not self.preface:
            head = f"{self.frame}, {head[:1].upper()}{head[1:]}"
        elif not self.preface:
            head = head[:1].upper() + head[1:]  # "De Croo stated": a particle takes a capital first
        return f"{head}:" if self.direct or not cue else head

    @property
    def line(self) -> str:
        """The point as a reader sees it: "Mikuriya emphasized the crucial role of Customs …"
        (the content follows the cue as in the article, less "that"); a quotation in quotes."""
        text = f"“{self.text}”" if self.direct else self.text
        return " ".join(part for part in (self.preface, self.lead_in, text) if part)


# The words between a reported cue and its content that the lead-in keeps: "He stressed that
# the FCS is ..." reads "Siluanov stressed that the FCS is ...", "pointed out that", "expressed
# appreciation for". Longer gaps (an appositive, a hearer) fall back to the cue alone.
_MAX_CUE_WORDS = 5
# "do" before a cue's base form, with its negation and an adverb: "did not", "does also", "didn't"
_DO_BEFORE = pattern(r"\b((?:did|does|do)(?:\s+not|n['’]t)?(?:\s+\w+ly|\s+also|\s+not)?)\s+$")


def _cue_words(article: Article, st: Statement) -> str | None:
    """The article's own words from the cue verb up to the content, when they run straight
    into it: "stressed that", "pointed out that"; None for a quote or a cue after its content."""
    at = _cue_at(article, st)
    if at < 0:
        return None
    # a base form after "did" keeps it, and its "not": "Lind did not support the plan" (the
    # bare "Lind support the plan" drops the negation)
    aux = _DO_BEFORE.search(article.text, max(article.paragraphs[st.paragraph].start, at - 24), at)
    if aux is not None:
        at = aux.start(1)
    gap = article.text[at : st.start].strip()
    if gap.endswith(" that,"):
        # "stated that, for the members, the gains were large": "that" opens the clause, the
        # comma only opens the fronted phrase inside it ("stated that for the members, ...")
        gap = gap.removesuffix(",")
    if not gap or any(ch in gap for ch in ',;:“”"()') or len(gap.split()) > _MAX_CUE_WORDS:
        return None
    # "noted that that the plan ...": the source typed "that" twice, the content starts past both
    return gap.removesuffix(" that") if gap.endswith(" that that") else gap


# The hearer after a quotation's cue: '"...," she told delegates.' (a few words, up to a mark).
_HEARER_AFTER = pattern(r"\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*(?=[.,;:!?]|$)")
# ... or before the phrase of time or place that follows it: '"...," she told reporters after
# the meeting with ...' (a hearer is a few words with no preposition inside)
_HEARER_BEFORE_PHRASE = pattern(
    r"\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?=(?:after|at|in|on|during|before|following|from)\s)"
)


def _hearer_words(article: Article, st: Statement) -> str | None:
    """A quotation's cue after it with its hearer, when the cue names the hearer first: "told
    delegates" of '"We act now," she told delegates.'; the lead-in reads "Ruiz told delegates:",
    not "Ruiz told:"."""
    lemma = cue_lemma(st.cue.casefold()) if st.direct and st.cue else None
    if lemma is None or lemma not in HEARER_FIRST:
        return None
    sentence = article.sentences[st.sentence]
    at = article.text.find(st.cue, st.end, sentence.end)
    if at < 0:
        return None
    m = _HEARER_AFTER.match(article.text, at + len(st.cue), sentence.end) or _HEARER_BEFORE_PHRASE.match(
        article.text, at + len(st.cue), sentence.end
    )
    return f"{st.cue} {m.group(1)}" if m is not None else None


_TO_BEFORE = pattern(r"\bto\s+$", re.IGNORECASE)


def _infinitive_cue(article: Article, st: Statement) -> bool:
    """Whether a reported statement's cue is an infinitive: "took the opportunity [to]
    announce that ...", "used the forum to stress that ..."."""
    at = _cue_at(article, st)
    p_start = article.paragraphs[st.paragraph].start
    return at > 0 and _TO_BEFORE.search(article.text, max(p_start, at - 8), at) is not None


def _fronted_that(article: Article, st: Statement, cue_words: str | None, content: str) -> str | None:
    """The lead-in's cue with "that" when a content that stood before its cue opens with a
    subordinate clause: "Since the port opened, trade has grown, he added." reads "Ruiz added
    that since the port opened, ..." (after "added" alone, "since" would read as his reason)."""
    first = content.split(maxsplit=1)[:1]
    if st.direct or not cue_words or not first or first[0].casefold() not in SUBORDINATORS:
        return cue_words
    sentence = article.sentences[st.sentence]
    before = article.text.rfind(st.cue, sentence.start, st.start) >= 0
    return cue_words if before else f"{cue_words} that"


def _cue_at(article: Article, st: Statement) -> int:
    """Where a reported statement's cue stands before its content, in its paragraph; -1 for a
    quotation or a cue after the content."""
    if st.direct or not st.cue:
        return -1
    return article.text.rfind(st.cue, article.paragraphs[st.paragraph].start, st.start)


@cache
def _pasts() -> dict[str, str]:
    """Each cue lemma's past form, US spelling: "highlight" -> "highlighted", "say" -> "said"."""
    out: dict[str, str] = {}
    forms = cue_forms()
    for word, lemma in cue_lemmas().items():
        if forms.get(word) == "past" and (lemma not in out or british(word) == out[lemma]):
            out[lemma] = word  # "recognized" over its twin "recognised"
    return out


def finite_cue(words: str | None, *, infinitive: bool = False) -> str | None:
    """A cue in -ing hangs on the sentence's main verb (", noting that ...", "highlighting the
    ..."), and so does an ``infinitive`` one ("took the opportunity to announce that ..."); the
    lead-in makes it a verb of its own, in the past as the genre tells: "Outram highlighting"
    -> "Outram highlighted", "stating that" -> "stated that", "to announce" -> "announced";
    so does a present ("says" -> "said"). Other cues stay as written."""
    if not words:
        return words
    first, _, rest = words.partition(" ")
    if first[:1].isupper() and first[1:].islower():
        first = first.lower()  # "Observing what ..." opened its sentence; after a name it is a verb
    form = cue_form(first)
    # a headline's present ("Hussein pays tribute", "the Minister says") reads in the past too
    if form not in ("ing", "s") and not (infinitive and form == "base"):
        return f"{first} {rest}".strip()
    lemma = cue_lemma(first)
    past = _pasts().get(lemma) if lemma else None
    if past is None:
        return words
    if "ising" in first.casefold():
        past = british(past) or past  # "emphasising" -> "emphasised"
    return f"{past} {rest}".strip()


# What the talks came to: "Both sides agreed to set up a joint committee", "The Minister
# pledged support": an analyst's first question after who met whom.
# Not the rest of the agreement group: "echoed the assessment", "supported the plan" tell a
# stance, not an outcome.
_OUTCOME_GROUP = "commitment"
_OUTCOME_LEMMAS = frozenset({"agree"})
_OUTCOME_BONUS = 1.5


_OUTCOME_FACT_BONUS = 2.0  # "The Council elected Ms. Ruiz as Vice Chair": as good as a statement
_PLAIN_LOWER = pattern(r"\b[a-z]+\b")


def _tells_outcome(sentence: str) -> bool:
    """Whether a sentence tells what a meeting decided or produced ("elected", "adopted the
    plan", ``OUTCOME_PASTS``), outside a quotation."""
    return any(w in OUTCOME_PASTS for w in _PLAIN_LOWER.findall(_unquoted(sentence)))


def _outcome_bonus(cue: str, content: str, cue_words: str | None) -> float:
    """A commitment, or an agreement to do something ("agreed to set up", "agreed that",
    "agreed on"), not with someone's view ("agreed with Dr. X's assessment")."""
    lemma = cue_lemma(cue.split()[0].casefold()) if cue.split() else None
    if lemma is None:
        return 0.0
    if cue_group(lemma) == _OUTCOME_GROUP:
        return _OUTCOME_BONUS
    to_do = content.startswith("to ") or (cue_words or "").endswith((" that", " on"))
    return _OUTCOME_BONUS if lemma in _OUTCOME_LEMMAS and to_do else 0.0


def _counted(point: KeyPoint) -> KeyPoint:
    text = _without_credits(point.text)
    return point._replace(text=text, words=count_words(point._replace(text=text).line))


# A credit in brackets ("(Photo: Ministry of Ports)"), and a wire's tag in slashes closing the
# text ("... in March /NorPress/"): the publisher's notes, no words of the account.
_CREDIT = pattern(rf"\s*\((?i:{'|'.join(sorted(CREDIT_WORDS, key=len, reverse=True))})\b[^()]*\)")
_SLASHED_TAG = pattern(r"\s*/[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}/(?=[.\s]*$)")


def _without_credits(text: str) -> str:
    """A point's text without a credit in brackets or a closing tag in slashes (see
    ``_CREDIT``); the cheap tests first: almost no text holds either mark."""
    if "(" in text:
        text = _CREDIT.sub("", text)
    if "/" in text and text.rstrip(". ").endswith("/"):
        text = _SLASHED_TAG.sub("", text)
    return text


def _length_bonus(text: str) -> float:
    return min(count_words(text), 30) / 15


class _Context(NamedTuple):
    """What scoring needs of the whole briefing, computed once."""

    people: dict[str, Person]
    lead: str | None  # the principal's name
    statements: dict[int, list[Statement]]  # by paragraph
    told: set[int]  # sentences the bottom line tells
    pronouns: dict[int, str]  # where a pronoun referring to a person stands: that person's surname
    actors: dict[int, str]  # by sentence: the participant named before its first verb
    pairs: dict[int, tuple[int, str]]  # by sentence: its paragraph and the two people it names
    subjects: dict[int, _Subject]  # by sentence: the participant that is its subject, and the verb
    first_said: dict[int, int]  # by sentence: where its first statement starts
    # by sentence: each person it tells by a title alone ("met the Mayor"), as written, and
    # their surname
    titles: dict[int, list[tuple[str, str]]]


def _context(briefing: Briefing, clauses: Sequence[Clause], paragraphs: Set[int]) -> _Context:
    """What scoring the points of the sections in ``paragraphs`` needs: only there (a long text
    gives a block to a few of its sections)."""
    by_paragraph: dict[int, list[Statement]] = {}
    for st in briefing.statements:
        if st.paragraph in paragraphs:
            by_paragraph.setdefault(st.paragraph, []).append(st)
    lead = principal(briefing)
    pronouns: dict[int, str] = {}
    named: dict[int, dict[str, int]] = {}  # by sentence: each person it names, and where first
    titles: dict[int, list[tuple[str, str]]] = {}
    # how many people hold a title with each word: "the minister" of a text with two Ministers
    # of Agriculture is either
    held = Counter(w for p in briefing.people if p.title for w in set(p.title.casefold().split()))
    paragraph_of: dict[int, int] = {}
    for p in briefing.people:
        # the surname once a person, not at each of thousands of mentions
        short = surname(p, briefing.people)
        starts = [m.start for m in p.spans if m.kind == "pronoun" and m.paragraph in paragraphs]
        pronouns.update(dict.fromkeys(starts, short))
        for m in p.spans:
            if m.kind != "pronoun" and m.paragraph in paragraphs:
                named.setdefault(m.sentence, {}).setdefault(short, m.start)
                paragraph_of[m.sentence] = m.paragraph
                if m.kind == "title":
                    title = briefing.article.text[m.start : m.end]
                    if held[title.rsplit(maxsplit=1)[-1].casefold()] == 1:  # no other holds it
                        titles.setdefault(m.sentence, []).append((title, short))
    pairs = {
        k: (paragraph_of[k], " and ".join(sorted(v, key=v.__getitem__)))
        for k, v in named.items()
        if len(v) == 2
    }
    return _Context(
        {p.name: p for p in briefing.people},
        lead.name if lead else None,
        by_paragraph,
        {c.sentence for c in clauses},
        pronouns,
        _actors(briefing, paragraphs),
        pairs,
        _subjects(briefing, paragraphs) | _they_subjects(briefing.article, paragraphs, pairs),
        _first_said(by_paragraph),
        titles,
    )


def _first_said(by_paragraph: dict[int, list[Statement]]) -> dict[int, int]:
    """Where the first statement of each sentence starts."""
    first: dict[int, int] = {}
    for statements in by_paragraph.values():
        for st in statements:
            first[st.sentence] = min(st.start, first.get(st.sentence, st.start))
    return first


def _actors(briefing: Briefing, paragraphs: Set[int]) -> dict[int, str]:
    """The participant each sentence of ``paragraphs`` names before its first finite verb, its
    subject: "Deputy Prime Minister Nikola X spoke about burden-sharing" tells what X did."""
    article = briefing.article
    actors: dict[int, str] = {}
    verbs: dict[int, int | None] = {}  # by sentence: where its first finite verb starts
    for p in briefing.people:
        if not p.took_part:
            continue
        for m in p.spans:
            if m.kind == "pronoun" or m.sentence in actors or m.paragraph not in paragraphs:
                continue
            if m.sentence not in verbs:  # once a sentence, not at each of its mentions
                s = article.sentences[m.sentence]
                verb = first_finite_match(article.text[s.start : s.end])
                verbs[m.sentence] = None if verb is None else s.start + verb.start()
            at = verbs[m.sentence]
            if at is not None and m.start < at:
                actors[m.sentence] = p.name
    return actors


class _Subject(NamedTuple):
    """A sentence's subject that is a participant, and its verb, as a fact's lead-in shows them:
    "Mr Tom Ode, Head of Ports, also spoke on the plan." -> "**Ode also spoke on** the plan"."""

    shown: str  # the person's short name: "Ode"
    verb: str  # the main verb as written: "spoke", "elected" of "was elected"
    words: str  # from the adverbs before the verb to its particle: "also spoke on"
    rest: int  # where the rest of the sentence starts, in the article's text


def _subjects(briefing: Briefing, paragraphs: Set[int]) -> dict[int, _Subject]:
    """The sentences of ``paragraphs`` whose subject is a participant, or two (see
    ``_subject_of``)."""
    named: dict[int, list[tuple[Mention, Person]]] = {}
    for p in briefing.people:
        if p.took_part:
            for m in p.spans:
                if m.paragraph in paragraphs:
                    named.setdefault(m.sentence, []).append((m, p))
    subjects: dict[int, _Subject] = {}
    # what the list tells of each participant, once a person, not at each sentence naming them
    told = {p.name: _told_words(p) for p in briefing.people if p.took_part}
    for index, mentions in named.items():
        found = _subject_of(briefing, sorted(mentions, key=lambda mp: mp[0].start), told)
        if found is not None:
            subjects[index] = found
    return subjects


# A pronoun that is a sentence's subject: "He also met ...", not "His speech ..." (a possessor).
_SUBJECT_PRONOUNS = frozenset({"He", "She"})
# "and" between two subjects, after the first one's apposition: "Ode[, Head of Ports, and] Ruiz"
_AND_SUBJECT = pattern(r"(?P<apposition>.*?),?\s+and\s+(?P<title>[^,;:()“”\"]*)", re.DOTALL)


def _subject_of(
    briefing: Briefing, mentions: Sequence[tuple[Mention, Person]], told_of: dict[str, frozenset[str]]
) -> _Subject | None:
    """The subject a sentence opens with, when its first finite verb follows it: a participant
    (``mentions``: theirs in the sentence, in text order), or two joined by "and", each with
    only their title before the name ("Deputy Minister Tom Ode") and only an apposition the
    participants list tells after it (", Head of Ports,"), then adverbs ("also"). Not "Ode's
    team visited ..." (a possessor), "Ode, Ruiz and Berg met ..." (three), "Ode, joined by his
    staff, toured ..." (a phrase the list does not tell), "On Monday Ode met ...", "In Lima,
    Ode met ..." (a phrase of its own, though the organization be "Lima Ports"). ``told_of``:
    each participant's ``_told_words``."""
    article = briefing.article
    text = article.text
    m, person = mentions[0]
    s = article.sentences[m.sentence]
    start = max(s.start, article.dateline_end)
    told = told_of[person.name]
    if (
        m.start < start
        or _PHRASE_MARK.search(text, start, m.start)
        or not _told_of(text[start : m.start], told)
    ):
        return None
    if m.kind == "pronoun" and text[m.start : m.end] not in _SUBJECT_PRONOUNS:
        return None
    verb = first_finite_match(text[start : s.end])
    if verb is None or start + verb.start() < m.end or not verb.group().islower():
        return None
    at = start + verb.start()
    shown = surname(person, briefing.people)
    others = {p.name: (n, p) for n, p in mentions if n.start >= m.end and n.end <= at and p is not person}
    if len(others) > 1:
        return None
    end = m.end
    if others:  # "Ode and Ruiz met ...": the first one's apposition, "and", the second one's title
        n, second = next(iter(others.values()))
        pair = _AND_SUBJECT.fullmatch(text, m.end, n.start)
        if pair is None or not _apposition(pair.group("apposition"), told):
            return None
        told = told_of[second.name]
        if not _told_of(pair.group("title"), told):
            return None
        shown, end = f"{shown} and {surname(second, briefing.people)}", n.end
    return _led_by(text, shown, (end, at, s.end), told)


def _they_subjects(
    article: Article, paragraphs: Set[int], pairs: dict[int, tuple[int, str]]
) -> dict[int, _Subject]:
    """The sentences of ``paragraphs`` that open with "They" after a sentence of the paragraph
    that names two people (``_Context.pairs``): they are its subject. "Ms. Jensen met Mr.
    Otieno. | They discussed training." -> "**Jensen and Otieno discussed** training"."""
    subjects: dict[int, _Subject] = {}
    for index in paragraphs:
        for s in article.paragraphs[index].sentences:
            they = _THEY.match(article.text, max(s.start, article.dateline_end), s.end)
            pair = pairs.get(s.index - 1) if they is not None else None
            if they is None or pair is None or pair[0] != index:
                continue
            verb = first_finite_match(article.text[they.end() : s.end])
            found = None
            if verb is not None and verb.group().islower():
                found = _led_by(
                    article.text, pair[1], (they.end(), they.end() + verb.start(), s.end), frozenset()
                )
            if found is not None:
                subjects[s.index] = found
    return subjects


def _apposition(words: str, told: frozenset[str]) -> bool:
    """Whether the words after a name are none, or an apposition that only tells who the person
    is (``_told_of``): ", Head of Ports,", " (Peru)"."""
    words = words.strip()
    return not words or (words[0] in ",(" and _told_of(words, told))


def _led_by(text: str, shown: str, at: tuple[int, int, int], told: frozenset[str]) -> _Subject | None:
    """The subject ``shown`` with its verb group, when only an apposition and adverbs stand
    between its name and its finite verb; ``at``: where the name ends, the verb starts and the
    sentence ends."""
    end, verb, stop = at
    adverbs = _ADVERBS_AFTER.search(text, end, verb)
    lead = adverbs.start() if adverbs is not None else verb
    if not _apposition(text[end:lead], told):
        return None
    group = _verb_group(text, verb, stop)
    if group is None:
        return None
    return _Subject(shown, group[0], " ".join(text[lead : group[1]].split()), group[1])


# Adverbs between a subject and its verb, which the lead-in keeps: "Ode [also] met ...".
_ADVERBS_AFTER = pattern(rf"(?:(?<=[\s,])(?:{'|'.join(sorted(map(re.escape, ADVERBS)))})\s+)+$")


# A mark that ends a phrase before a subject: "In Lima[,] Ode met ...".
_PHRASE_MARK = pattern(r"[,;:()“”\"]")


def _told_of(words: str, told: frozenset[str]) -> bool:
    """Whether ``words`` before or after a person's name only tell who they are, as the
    participants list does: their title, organization, honorifics and name (``told``: "Deputy
    Minister", ", Head of Ports, Peru Customs,"); so a lead-in can leave them out."""
    return all(
        w.casefold() in told or w.casefold() in TITLE_SMALL_WORDS or w.casefold() in POST_NOMINALS
        for w in _TITLE_WORD.findall(without_honorifics(words))
    )


def _told_words(person: Person) -> frozenset[str]:
    parts = (person.name, person.title, person.org, *person.aliases, *person.mentions)
    return frozenset(w.casefold() for part in parts if part for w in _TITLE_WORD.findall(part))


# The auxiliaries before a participle: "Ode [was] elected ...", "Ode [has] visited ...".
_AUXILIARIES = FINITE_WORDS - EVENT_PRESENT
_BEFORE_PARTICIPLE = frozenset({"been", "being", "be", "have"})
_LOWER_WORD = pattern(r"[a-z][\w'’-]*\b")
_NEXT_LOWER = pattern(r"\s+([a-z][\w'’-]*)\b")


def _verb_group(text: str, at: int, end: int) -> tuple[str, int] | None:
    """A fact's main verb and where its verb group ends, from its finite verb at ``at``: past
    the participle after an auxiliary ("was elected", "has also visited") and the verb's
    particle ("spoke on", ``PARTICLES``); None when an auxiliary has no participle after it
    ("Ode was the first ...": the lead-in would say nothing), or nothing follows."""
    verb = _LOWER_WORD.match(text, at, end)
    if verb is None:
        return None
    word, pos = verb.group(), verb.end()
    if word in _AUXILIARIES:
        nxt = _NEXT_LOWER.match(text, pos, end)
        while nxt is not None and (nxt.group(1) in ADVERBS or nxt.group(1) in _BEFORE_PARTICIPLE):
            nxt = _NEXT_LOWER.match(text, nxt.end(), end)
        if nxt is None or not _participle(nxt.group(1)):
            return None
        word, pos = nxt.group(1), nxt.end()
    lemma = cue_lemma(word)
    particle = _NEXT_LOWER.match(text, pos, end)
    if particle is not None and lemma is not None and particle.group(1) in PARTICLES.get(lemma, ()):
        pos = particle.end()
    return (word, pos) if text[pos:end].strip(" .") else None


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en", "ing")) or word in PAST_FORMS


def _candidates(briefing: Briefing, section: Section, ctx: _Context) -> list[KeyPoint]:
    """Every statement of the section and every other sentence of it (bar those the bottom
    line tells), scored."""
    article = briefing.article
    points: list[KeyPoint] = []
    statements = [st for index in section.paragraphs for st in ctx.statements.get(index, ())]
    # "... talks with the Presidents of A, X; and of B, Y, who thanked ...": the sentence is a fact
    # whole, unless it holds a statement of its own besides the aside
    asides = [st for st in statements if _object_relative(article, st)]
    if asides:
        aside_ids = {id(st) for st in asides}  # by identity: a list's "in" would compare each pair
        statements = [st for st in statements if id(st) not in aside_ids]
        kept = {st.sentence for st in statements}
        statements += [st for st in asides if st.sentence in kept]
        statements.sort(key=lambda st: (st.start, st.end))
    spoken = _spoken(article, statements)
    runs = speech_runs(article, ctx.statements, section.paragraphs, briefing.people, ctx.told)
    by_sentence: dict[int, list[Statement]] = {}
    for st in statements:
        by_sentence.setdefault(st.sentence, []).append(st)
    adjuncts = _adjuncts(article, statements, by_sentence)
    merged = {id(after) for after in adjuncts.values()} | _reported_inside(article, by_sentence)
    continued = _continued_quotes(briefing, section, ctx, spoken)
    points.extend(continued.values())
    for st in statements:
        if id(st) in merged:
            continue  # its words are in the point of the statement it hangs on
        if st.paragraph in continued:
            continue  # '“Then the Mayor said, “Build it.”': the outer speaker's words
        content = _content(article, st, adjuncts.get(id(st)))
        content = (id(st) not in adjuncts and _before_inner(article, st, by_sentence[st.sentence])) or content
        if not content:
            continue
        first = _first_conjunct(briefing, st, ctx, by_sentence[st.sentence])
        if not st.direct:
            content += _concession(article, st) or _and_then(article, st)
            then = _then_back(article, st, (spoken, ctx.told))
            if then is not None:
                content = f"{content.rstrip('.')}. {then[1]}"
                spoken.add(then[0])
            content = _run_on(article, st, runs, spoken, content)
            if first is not None:  # "represented the board at the talks and stressed ..."
                content = f"{article.span(first.rest, st.start).strip()} {content}"
            content = _titles_named(briefing, st, ctx, content)
        point = _statement_point(briefing, st, ctx, content, None if st.direct else first)
        antecedent = _antecedent_of_speaker(briefing, st, ctx, spoken)
        if antecedent is not None:  # "... had meetings with A, B and C. | They thanked ..."
            point = _counted(point._replace(frame=antecedent[1]))
            spoken.add(antecedent[0])
        points.append(point)
    points += _run_points(briefing, runs, spoken, ctx)
    if section.kind == "bilateral":
        points = [_joint(p) for p in points]
    return points + _fact_candidates(briefing, section, ctx, spoken)


# "and" right before a cue, past a first predicate of its subject: "Ode toured the port[ and
# also ]stressed ...".
_AND_BEFORE_CUE = pattern(r",?\s+and\s+(?:(?:also|further|then)\s+)?$")


def _first_conjunct(
    briefing: Briefing, st: Statement, ctx: _Context, statements: Sequence[Statement]
) -> _Subject | None:
    """The speaker's own subject and first verb (``_Context.subjects``) when a reported
    statement's cue is the second verb of a coordinated predicate: "Ms. Ode represented the
    board at the talks and stressed the need for new berths." The point reads "**Ode
    represented** the board at the talks and stressed the need ...": from the cue on, the first
    predicate (often what the speaker did there, their role) is lost. None when another
    statement of the sentence (``statements``) comes first (the two points join another way),
    or the first predicate is long or holds a quotation."""
    subject = ctx.subjects.get(st.sentence)
    at = _cue_at(briefing.article, st)
    person = ctx.people.get(st.speaker) if st.speaker_kind == "person" else None
    if subject is None or person is None or at < 0 or subject.rest >= at:
        return None
    if subject.shown != surname(person, briefing.people) or any(o.start < st.start for o in statements):
        return None
    before = briefing.article.text[subject.rest : at]
    gap = _AND_BEFORE_CUE.search(before)
    predicate = before[: gap.start()] if gap is not None else ""
    if not predicate.strip() or len(predicate.split()) > _CONJUNCT_WORDS or _QUOTE_MARKS.search(predicate):
        return None
    return subject


def _object_relative(article: Article, st: Statement) -> bool:
    """Whether a reported statement's cue stands in a relative clause on a noun after its
    sentence's main verb: "The agenda included talks with the Presidents of A, X; and of B, Y,
    who thanked the hosts for ...". The main clause (who met whom) is the news, the aside a
    part of it: the sentence is a fact whole, not "Y thanked the hosts". Not a relative clause
    on the subject ("Minister X, who said A, stressed B": no finite verb before "who")."""
    at = _cue_at(article, st)
    if at < 0:
        return False
    s = article.sentences[st.sentence]
    who = _WHO_BEFORE.search(article.text, s.start, at)
    if who is None:
        return False
    return first_finite_match(without_dateline(article, s.start, who.start())) is not None


def _joint(point: KeyPoint) -> KeyPoint:
    """In talks, what both parties said at once is what the talks came to, worth a named
    speaker's point: "Both sides welcomed the progress and discussed ...", "The two ministers
    agreed ..." (not "Other delegates voiced ...")."""
    if point.kind != "statement" or point.person is not None or not point.speaker:
        return point
    words = point.speaker.casefold().split()
    opener = words[1] if len(words) > 2 and words[0] in ARTICLES else words[0]
    return point._replace(score=point.score + _ACTOR_BONUS) if opener in JOINT_OPENERS else point


def _statement_point(
    briefing: Briefing, st: Statement, ctx: _Context, content: str, first: _Subject | None = None
) -> KeyPoint:
    """A statement's point, scored: ``content`` (the statement's, with what joined it) after
    the lead-in of its speaker and cue; after the speaker's first verb when ``first`` (see
    ``_first_conjunct``: ``content`` then holds the first predicate)."""
    article = briefing.article
    lead = _quote_lead(article, st)
    direct = st.direct and lead is None
    if lead is not None:  # 'the world will “need to act,” he said': reported, the quote inside
        content = f"{lead} “{content}”"
    cue_words = finite_cue(
        _cue_words(article, st) or _hearer_words(article, st) or st.cue,
        # a base form after one person reads in the past too: the "we" of one who answers an
        # interview ("A: We estimate that ..." -> "Marsh estimated that")
        infinitive=_infinitive_cue(article, st) or st.speaker_kind == "person",
    )
    cue_words = first.words if first is not None else _fronted_that(article, st, cue_words, content)
    # (after the speaker's first verb, the content opens with that verb's own object: "Ode
    # briefed [the envoy on the plan and explained that ...]", its hearer kept)
    if (direct and _carried_cue(article, st)) or (first is None and _hearer_lost(article, st, cue_words)):
        cue_words = "said"
    clause = not direct and bool(cue_words) and f" {cue_words}".endswith(" that")
    text, trimmed = trim(
        content if direct else _reported_opening(article, st, content),
        clause=clause,
        tail=SHORT_TAIL,
    )
    if not direct:
        text = _name_object(briefing, st, text)
    person = ctx.people.get(st.speaker) if st.speaker_kind == "person" else None
    shown = surname(person, briefing.people) if person else _they_named(st, ctx) or _group_shown(st)
    conjunct = _conjunct_before(article, st, content)
    if conjunct is not None and person is None:
        shown = conjunct[1]  # as written after "and": "and participants considered"
    elif person is None:
        shown = _named_with_others(briefing, st) or shown
    score = 3.0 + _length_bonus(content) + (0.5 if st.direct else 0.0)
    score += _outcome_bonus(st.cue, content, cue_words) - _BACK_PENALTY * _points_back(content)
    if person is not None:
        score += 2.0 + (1.0 if person.name == ctx.lead else 0.0)
    name = person.name if person else None
    first_said = ctx.first_said.get(st.sentence, st.start)
    frame = conjunct[0] if conjunct else _topic_frame(article, st, first_said)
    contrast = None if frame else _contrast_frame(article, st, first_said)
    if contrast is not None and person is None and shown == _group_shown(st):
        shown = st.speaker  # as written after the contrast: "Although A, delegates agreed ..."
    return _counted(
        KeyPoint(
            "statement", shown, name, st.cue, direct, text, trimmed,
            st.paragraph, st.sentence, st.start, score, cue_words=cue_words, frame=frame or contrast,
        )
    )  # fmt: skip


# An object pronoun opening a reported content: "him", and "her" before a preposition or a mark
# (before a noun it is a possessive: "congratulated her team").
_OBJECT_PRONOUN = pattern(r"(?:him|her(?=\s+(?:on|for|to|with|at|in|about|as)\b|\s*[,.;]|$))(?=\W|$)")


def _name_object(briefing: Briefing, st: Statement, text: str) -> str:
    """A reported content that opens with an object pronoun ("him") whose person the sentence
    names only before its speaker, in a fronted phrase the point leaves out: "During the talks
    with the Minister of Ports, Tom Ode, Ms. Ruiz congratulated him on ..." reads "him [Ode] on
    ...". An object pronoun is never the subject's own person ("himself" would be), so the one
    other person named before the subject is its antecedent; with none or two, as it is."""
    m = _OBJECT_PRONOUN.match(text)
    if m is None or st.sentence >= len(briefing.article.sentences):
        return text
    opened = briefing.article.sentences[st.sentence].start
    named = {
        p.name
        for p in briefing.people
        if p.name != st.speaker and p.took_part
        for span in p.spans
        if span.sentence == st.sentence and span.kind != "pronoun" and opened <= span.start < st.start
    }
    if len(named) != 1:
        return text
    person = next(p for p in briefing.people if p.name in named)
    if person.gender is not None and person.gender != ("male" if m.group() == "him" else "female"):
        return text
    return f"{text[: m.end()]} [{surname(person, briefing.people)}]{text[m.end() :]}"


_OPENING_MARKS = '“"'
_OPENING_QUOTE = tuple(_OPENING_MARKS)  # for str.endswith

# The cue groups whose verbs can stand for the speech a quotation goes on with in a later
# sentence: "Ruiz stressed the risks. “We must act,” ..." (not "thanked", "called on").
_QUOTING_GROUPS = frozenset(("say", "observation", "emphasis", "explanation", "argument"))


def _hearer_lost(article: Article, st: Statement, cue_words: str | None) -> bool:
    """Whether the lead-in's cue is "told" alone, its hearer too far from the content to keep
    ("She told reporters after the meeting that ..."): "Ruiz told the project ..." is no
    English, "Ruiz said the project ..." is what she told. Not when the content opens right
    after the cue, the hearer its first words: "Ode briefed [the envoy on the plan]"."""
    lemma = cue_lemma(cue_words) if cue_words and " " not in cue_words else None
    if lemma is None or lemma not in ADDRESSEE_CUES:
        return False
    at = _cue_at(article, st)
    return at < 0 or len(article.text[at : st.start].split()) > 1


def _carried_cue(article: Article, st: Statement) -> bool:
    """Whether a quotation's cue is another sentence's verb that no speech verb of its own
    group could introduce it with: 'The Director calls on the Chair each year. “We have done
    much,” ...' reads "Ruiz said: “We have done much”", not "Ruiz called:"."""
    lemma = cue_lemma(st.cue.split()[0]) if st.cue else None
    # "told" needs its hearer, which the other sentence has: "Ruiz told:" says nothing
    if lemma is None or (cue_group(lemma) in _QUOTING_GROUPS and lemma not in HEARER_FIRST):
        return False
    sentence = article.sentences[st.sentence]
    outside = article.text[sentence.start : st.start] + " " + article.text[st.end : sentence.end]
    return st.cue not in outside


def _quote_lead(article: Article, st: Statement) -> str | None:
    """The words of its sentence before a quotation that opens mid-clause and whose cue comes
    after it: 'In the coming years, ports will “need to grow,” she said.' The quote alone
    ("need to grow") has lost its subject; the point reads "Ruiz said in the coming years,
    ports will “need to grow”". None for a quotation that opens its sentence or follows its
    introduction ("She said: “...”", "In her words, “...”"), or one that opens in capitals."""
    if not st.direct or len(st.parts) > 1 or st.sentence >= len(article.sentences):
        return None
    s = article.sentences[st.sentence]
    before = without_dateline(article, s.start, st.start)
    if not before.endswith(_OPENING_QUOTE) or not article.text[st.start : st.start + 1].islower():
        return None
    lead = before[:-1].rstrip()
    if not lead or not lead[-1].isalnum() or article.text.find(st.cue, st.end, s.end) < 0:
        return None
    return _lower_opening(lead, _CONTENT_OPENERS)


def _adjuncts(
    article: Article, statements: Sequence[Statement], by_sentence: dict[int, list[Statement]]
) -> dict[int, Statement]:
    """Each statement's adjunct, by id: the statement that hangs on it (``_participial_after``,
    ``_said_of_it``), through a chain of them (``_chained``)."""
    adjuncts = {
        id(st): after
        for st in statements
        if (
            after := _participial_after(article, st, by_sentence[st.sentence])
            or _said_of_it(article, st, by_sentence.get(st.sentence + 1, []))
        )
    }
    if len(adjuncts) > 1:  # the cheap test first: a chain takes two
        adjuncts = _chained(article, statements, adjuncts)
    return adjuncts


def _chained(
    article: Article, statements: Sequence[Statement], adjuncts: dict[int, Statement]
) -> dict[int, Statement]:
    """Each statement's adjunct (``adjuncts``, by id) through a chain of them while the point
    stays short: "She thanked her host and stressed that A and noted B": the first point runs to
    the end of the third; else the second, taken in by the first, would take the third into a
    point never shown. Where the chain stops, the next statement has a point of its own."""
    out: dict[int, Statement] = {}
    taken: set[int] = set()
    for st in statements:  # in text order: a chain's head comes first
        end = adjuncts.get(id(st))
        if end is None or id(st) in taken:
            continue
        taken.add(id(end))
        nxt = adjuncts.get(id(end))
        while nxt is not None and count_words(article.span(st.start, nxt.end)) <= _JOINED_WORDS:
            end = nxt
            taken.add(id(end))
            nxt = adjuncts.get(id(end))
        out[id(st)] = end
    return out


def _content(article: Article, st: Statement, adjunct: Statement | None) -> str:
    """A statement's content as its point shows it; through the content of the participial
    statement that hangs on it (``_participial_after``)."""
    if adjunct is not None:
        end = adjunct.end
        close = _CLOSING_MARK.match(article.text, end) if adjunct.direct else None
        if close is not None:
            end = close.end()  # the quotation's closing mark: '..., adding that “we all gain.”'
        return _unmarked(article.span(st.start, end)).strip()
    return _unmarked(statement_text(article, st)).strip()


_CLOSING_MARK = pattern(r'[.!?,]?[”"]')


def _before_inner(article: Article, st: Statement, statements: Sequence[Statement]) -> str | None:
    """A reported content up to the statement found inside it, which has a point of its own:
    'Ana Ruiz expected the ports to cooperate, "and we will help them," she said' -> "the ports
    to cooperate", not the quotation and its cue again. None when none starts inside."""
    if len(statements) < 2 or st.direct:  # the cheap test first: most sentences hold one
        return None
    inner = next((o for o in statements if o is not st and st.start < o.start < st.end), None)
    if inner is None or _reported_in(article, st, inner):
        return None
    return _unmarked(article.span(st.start, inner.start)).rstrip(' ,;:“"‘') or None


def _reported_in(article: Article, st: Statement, inner: Statement) -> bool:
    """Whether a statement found inside ``st``'s content is one the content reports, its cue
    in it: "The ministers agreed to X, according to the ministry" (the content, whole, tells
    what the ministers agreed), not a quotation with its cue after it."""
    return st.start <= _cue_at(article, inner) < inner.start < st.end


def _reported_inside(article: Article, by_sentence: dict[int, list[Statement]]) -> set[int]:
    """The ids of the statements another one's content reports (``_reported_in``): their
    words are in its point."""
    out: set[int] = set()
    for group in by_sentence.values():
        if len(group) < 2:  # the cheap test first: most sentences hold one
            continue
        for st in group:
            out.update(id(o) for o in group if not st.direct and o is not st and _reported_in(article, st, o))
    return out


# A pronoun in a participle's content may stand for the main verb's object: "She thanked the
# Mayor, saying that his city had led the way" ("his" is the Mayor's).
_BACK_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})
_PARTICIPLE_GAP = 3  # words between the first content and the second: ", saying that"


def _participial_after(article: Article, st: Statement, statements: Sequence[Statement]) -> Statement | None:
    """The statement that hangs on ``st`` (``statements``: those of its sentence, in text
    order), by the same speaker, right after
    its content, whose words its point takes in:

    - a participle's, when its content has a pronoun: "The Minister congratulated the Mayor[
      saying that under his leadership the port had grown]". Apart, the second point reads
      "The Minister said that under his leadership ..." and "his" turns into the Minister's;
    - a second verb's joined by "and", when the two fit in one point: "She noted that A[ and
      made clear B]". Apart, one of the two is often left out, and the sentence's first half
      with it;
    - a participle's quotation, when the two fit in one point: "He stressed the role of ports[,
      adding that “we all gain from it.”]". The quote, short and apart, reads as a stray remark
      and often goes as a near-duplicate of another speaker's."""
    if st.direct:
        return None
    after = next((a for a in statements if a.sentence == st.sentence and a.start > st.end), None)
    if after is None or after.speaker != st.speaker or after.parts:
        return None
    gap = article.text[st.end : after.start].strip(" ,")
    content = statement_text(article, after)
    whole = count_words(article.span(st.start, after.end)) <= _JOINED_WORDS
    if after.cue.casefold().endswith("ing"):
        words = {w.casefold() for w in _PLAIN_WORD.findall(content)}
        fits = gap.startswith(after.cue) and len(gap.split()) <= _PARTICIPLE_GAP
        said = whole if after.direct else bool(words & _BACK_PRONOUNS)
        return after if fits and said else None
    if after.direct:
        return None
    at = _cue_at(article, after)
    joined = at > st.end and _AND_GAP.fullmatch(article.text[st.end : at]) is not None
    return after if joined and whole else None


# A subject pronoun that stands for what the sentence before told: "it was a fine result".
_IT_OPENERS = frozenset({"it", "this"})
_SAID_OF_IT_GAP = 4  # words from the sentence's start to the content: "He also said that"


def _said_of_it(article: Article, st: Statement, statements: Sequence[Statement]) -> Statement | None:
    """The reported statement of the next sentence (``statements``: those of that sentence, in
    text order), by the same speaker, whose content opens
    with "it" or "this" standing for what ``st`` told, when ``st``'s content ends its sentence
    and the next sentence opens with its speaker and cue: "She congratulated the Mayor on the
    new port. | She said it was a fine result." Apart, the second point's "it" stands for
    nothing, and the first often goes as a near-duplicate of the bottom line."""
    if st.direct or st.sentence + 1 >= len(article.sentences):
        return None
    s, nxt = article.sentences[st.sentence], article.sentences[st.sentence + 1]
    if nxt.paragraph != s.paragraph or article.text[st.end : s.end].strip(" .") != "":
        return None
    after = next((a for a in statements if a.sentence == nxt.index), None)
    if after is None or after.direct or after.speaker != st.speaker or after.parts:
        return None
    opener = _PLAIN_WORD.findall(article.span(after.start, after.end))[:1]
    lead = article.span(nxt.start, after.start).split()
    if not opener or opener[0].casefold() not in _IT_OPENERS or len(lead) > _SAID_OF_IT_GAP:
        return None
    return after if count_words(article.span(st.start, after.end)) <= _JOINED_WORDS else None


# Two statements joined by "and" share a point up to this many words: a longer one would take
# the budget of another section's point.
_JOINED_WORDS = 40
_AND_GAP = pattern(r",?\s+and\s+(?:(?:also|further|then)\s+)?")


_CONJUNCT_END = ", and"
_CONJUNCT_WORDS = 25  # a first clause longer than this is no frame of a point
# The clause before ", and <speaker> <cue>": "WSIS runs well, and participants said ..."
_BEFORE_AND = pattern(r"(?P<first>[^;:“”\"]+?),\s+and\s+(?P<subject>[\w.’'-]+(?:\s+[\w.’'-]+){0,3})$")
_ANAPHORS = frozenset({"it", "its", "they", "them", "their", "this", "these", "so"})


def _conjunct_before(article: Article, st: Statement, content: str) -> tuple[str, str] | None:
    """The first clause of a compound sentence whose second clause is ``st``, with the subject
    as written, when the content points back to it ("it", "they", "do so"): "WSIS is a good
    forum, and participants considered that it should go on." The point keeps "WSIS is a good
    forum, and" before its lead-in, or "it" stands for nothing. None for a first clause
    without a verb, a long one, or one holding a statement of its own."""
    at = _cue_at(article, st)
    if at < 0 or not {w.casefold() for w in _PLAIN_WORD.findall(content)} & _ANAPHORS:
        return None
    s = article.sentences[st.sentence]
    m = _BEFORE_AND.match(without_dateline(article, s.start, at))
    if m is None or len(m.group("first").split()) > _CONJUNCT_WORDS or not _is_clause(m.group("first")):
        return None
    return f"{m.group('first')}{_CONJUNCT_END}", m.group("subject").strip()


def _named_with_others(briefing: Briefing, st: Statement) -> str | None:
    """The subject of a group statement as written when the people named before "and other"
    share it: "Chairman Ivo Lamm, Deputy Chair Ada Berg, and other members of the Board
    welcomed ..." -> "Lamm, Berg and other members of the Board"; alone, "Other members of
    the Board welcomed" leaves out those the sentence names first. None for any other."""
    if st.speaker_kind != "group" or st.speaker[:6].casefold() != "other ":
        return None  # the cheap test first: only "other ..." follows a list of names
    article = briefing.article
    at = _cue_at(article, st)
    s = article.sentences[st.sentence]
    begin = max(s.start, article.dateline_end)
    before = article.text[begin:at] if at > begin else ""
    group = before.rfind(st.speaker)
    if group < 0:
        return None
    end = begin + group
    named = sorted(
        (m.start, m.end, p) for p in briefing.people for m in p.spans if begin <= m.start and m.end <= end
    )
    if not named or any(not _only_joins(article.text[a:b]) for a, b in _gaps(begin, end, named)):
        return None
    names = [surname(p, briefing.people) for _, _, p in named]
    return f"{', '.join(names)} and {st.speaker}"


def _gaps(begin: int, end: int, spans: Sequence[tuple[int, int, Person]]) -> list[tuple[int, int]]:
    """The stretches of text from ``begin`` to ``end`` between the spans."""
    edges = [begin, *(x for a, b, _ in spans for x in (a, b)), end]
    return list(zip(edges[::2], edges[1::2], strict=True))


def _only_joins(text: str) -> bool:
    """Whether a stretch between names holds only what joins a list: commas, "and", titles
    written before a name ("Chairman", "Deputy Chairwoman")."""
    words = text.replace(",", " ").split()
    return all(w == "and" or w[:1].isupper() for w in words)


def _is_clause(words: str) -> bool:
    """Whether words make a clause, not a fronted phrase ("In Lima, and ..."): a finite verb, or
    a present "-s" form after a subject of up to three words ("WSIS provides ...", "The ferry
    link works ...") and no determiner."""
    split = words.split()
    if not split or split[0].casefold() in PREPOSITIONS or split[0].casefold() in SUBORDINATORS:
        return False
    if first_finite(words) is not None:
        return True
    return any(
        w.islower() and w.endswith("s") and not w.endswith("ss") and before.casefold() not in DETERMINERS
        for before, w in itertools.pairwise(split[:4])
    )


def _run_on(
    article: Article, st: Statement, runs: dict[int, Statement], spoken: set[int], content: str
) -> str:
    """A reported statement's content with the sentences right after it, in its paragraph,
    that go on with its speech (``speech_runs``): "He said the port would reopen[. Fees would
    also fall.]"; they join ``spoken``."""
    index = st.sentence + 1
    while (
        index not in spoken and runs.get(index) is st and article.sentences[index].paragraph == st.paragraph
    ):
        s = article.sentences[index]
        content = f"{content.rstrip('.')}. {_unmarked(article.span(s.start, s.end)).strip()}"
        spoken.add(index)
        index += 1
    return content


CONTINUING = "(continuing):"  # the lead-in of speech that runs on with no cue: "Ruiz (continuing):"


_CLOSING_MARKS = '”"'
_QUOTED_SPEAKER_REACH = 3  # paragraphs back to the quotation a paragraph's opening mark goes on with


def _continued_quotes(
    briefing: Briefing, section: Section, ctx: _Context, spoken: set[int]
) -> dict[int, KeyPoint]:
    """The section's paragraphs that go on with a quotation, each as a point of the one quoted
    (see ``_continued_quote``); their sentences join ``spoken``."""
    out: dict[int, KeyPoint] = {}
    for index in section.paragraphs:
        point = _continued_quote(briefing, index, ctx)
        if point is not None:
            out[index] = point
            spoken.update(s.index for s in briefing.article.paragraphs[index].sentences)
    return out


def _continued_quote(briefing: Briefing, index: int, ctx: _Context) -> KeyPoint | None:
    """A paragraph that opens a quotation with no speaker of its own and closes it only at its
    end, if at all: 'Mr. Ode recalled the floods. “We had no wall,” he said. | “Then the Mayor
    said, “Build it.”' By the genre's convention it goes on with the last person quoted before
    it, and a quotation inside it is what that person told: the point is "Ode (continuing):
    “Then the Mayor said, ‘Build it.’”", not "Mayor said: “Build it”" nor the publisher's
    voice. None when no person was quoted in the paragraphs just before."""
    article = briefing.article
    para = article.paragraphs[index]
    start = max(para.start, article.dateline_end)
    text = article.text[start : para.end].rstrip()
    closing = next((k for k, ch in enumerate(text) if ch in _CLOSING_MARKS and k > 0), None)
    if text[:1] not in _OPENING_MARKS or (closing is not None and closing != len(text) - 1):
        return None
    earlier = [
        o
        for o in briefing.statements
        if o.direct and o.speaker_kind == "person" and index - _QUOTED_SPEAKER_REACH <= o.paragraph < index
    ]
    person = ctx.people.get(max(earlier, key=lambda o: o.start).speaker) if earlier else None
    if person is None:
        return None
    # a quotation inside in single marks, as English nests them: “... said, ‘Build it.’”
    end = closing if closing is not None else len(text)
    inner = next((k for k, ch in enumerate(text[:end]) if ch in _OPENING_MARKS and k > 0), None)
    close = "’”" if inner is not None else "”"
    if inner is not None:
        text = f"{text[:inner]}‘{text[inner + 1 :]}"
    text = f"“{text[1:-1]}{close}" if closing is not None else f"“{text[1:]}"  # curly, as the notes quote
    point = _fact(_unmarked(text), index, para.sentences[0], ctx)
    return _counted(point._replace(speaker=surname(person, briefing.people), cue_words=CONTINUING))


def _run_points(
    briefing: Briefing, runs: dict[int, Statement], spoken: set[int], ctx: _Context
) -> list[KeyPoint]:
    """The sentences that go on with a person's speech (``speech_runs``) and joined no
    statement's point: one point of each paragraph's, led by who speaks ("Ruiz (continuing):
    Fees would also fall."), not in the publisher's voice; they join ``spoken``."""
    article = briefing.article
    groups: dict[int, list[Sentence]] = {}
    for index in sorted(runs):
        if index not in spoken:
            s = article.sentences[index]
            groups.setdefault(s.paragraph, []).append(s)
    points: list[KeyPoint] = []
    for group in groups.values():
        person = ctx.people.get(runs[group[0].index].speaker)
        if person is None:
            continue
        text = " ".join(_unmarked(article.span(s.start, s.end)).strip() for s in group)
        point = _fact(text, group[0].paragraph, group[0], ctx)
        shown = surname(person, briefing.people)
        points.append(_counted(point._replace(speaker=shown, cue_words=CONTINUING)))
        spoken.update(s.index for s in group)
    return points


def _spoken(article: Article, statements: Sequence[Statement]) -> set[int]:
    """The sentences of the statements, with those of every piece of a split quotation: '“A,”
    she said. “B.”' is no fact "B."."""
    return {st.sentence for st in statements} | {
        i for st in statements if st.parts for i in _piece_sentences(article, st)
    }


def _piece_sentences(article: Article, st: Statement) -> set[int]:
    """The sentences the pieces of a split quotation start in."""
    sentences = article.sentences
    return {bisect.bisect_right(sentences, a, key=_sentence_start) - 1 for a, _ in st.parts}


def _sentence_start(sentence: Sentence) -> int:
    return sentence.start


def _fact_candidates(briefing: Briefing, section: Section, ctx: _Context, spoken: set[int]) -> list[KeyPoint]:
    """The section's sentences that are no statement (``spoken``) and that the bottom line does
    not tell, scored; one that points back joins the sentence before it."""
    article = briefing.article
    points: list[KeyPoint] = []
    speakers = {st.speaker for index in section.paragraphs for st in ctx.statements.get(index, ())}
    skip = spoken | ctx.told  # once, not for each of a long section's paragraphs
    for index in section.paragraphs:
        listed = _enumeration(article, index, skip, ctx)
        if listed is not None:
            points.append(listed.point)
        held = listed.members if listed is not None else frozenset()
        # the fact of the sentence just before, whole, with its sentence and subject
        before: tuple[KeyPoint, str, _Led | None] | None = None
        for s in article.paragraphs[index].sentences:
            if s.index in spoken or s.index in ctx.told or s.index in held:
                before = None
                continue
            sentence = _unmarked(without_dateline(article, s.start, s.end))
            if heading_only(sentence) or _run_in_heading(article, s, sentence):
                before = None
                continue
            if (
                _publisher_voice(sentence)
                or _roll_call(briefing, sentence, s)
                or _post_only(briefing, s)
                or _lead_in_only(article, s, sentence)
            ):
                before = None
                continue
            led = _led(article, s, sentence, ctx)
            point = _fact(sentence, index, s, ctx, led)
            if sentence[:1] in _OPENING_MARKS:
                point = _quote_told_after(article, s, sentence, ctx) or point
            actor = ctx.actors.get(s.index)
            if actor is not None and actor not in speakers:
                # what a participant who says nothing quoted did: "X spoke about burden-sharing"
                point = point._replace(score=point.score + _ACTOR_BONUS)
            back = _pronoun_back(sentence)
            joined = None
            if back and before is not None and before[0].sentence == s.index - 1:
                first = before[1] if before[2] is not None else before[0].text  # "He [Ode] ..."
                joined = _fact(f"{first} {sentence}", index, s, ctx, before[2])
            if joined is not None and not joined.trimmed and before is not None:
                # "Discussions were held on areas of interest. | These include agriculture
                # ...": the two read as one point, or "These" points at nothing. (The point
                # before is the last one: taken off the end, not searched for in a long list.)
                points.pop()
                point = joined._replace(sentence=before[0].sentence, start=before[0].start)
            elif back:
                point = point._replace(score=point.score - _BACK_PENALTY)
            points.append(point)
            before = (point, sentence, led) if not point.trimmed else None
    return points


@functools.cache
def _topic_frames() -> re.Pattern[str]:
    frames = "|".join(
        r"\s+".join(map(re.escape, f.split())) for f in sorted(TOPIC_FRAMES, key=len, reverse=True)
    )
    return pattern(rf"(?i:{frames})\b[^,;:“”\"]{{1,{_FRAME_CHARS}}}(?=,)")


_FRAME_CHARS = 120  # a topic phrase is short; past this the comma closes something else


def _topic_frame(article: Article, st: Statement, first: int | None = None) -> str | None:
    """The phrase that opens a statement's sentence and says what the speech is about, before
    its speaker ("With respect to the ferry agreement, he said this cooperation matters"): the
    point keeps it, or "this cooperation" is nothing to a reader. Only the sentence's first
    statement's (``first``: where it starts, when known): the frame leads into it, and the
    others go on from it ("Replying to a question, she said A, adding B": the frame once, before A)."""
    if st.sentence >= len(article.sentences):
        return None
    if first is not None and first < st.start:
        return None
    s = article.sentences[st.sentence]
    m = _topic_frames().match(article.text, s.start, min(st.start, s.end))
    return m.group() if m is not None else None


@functools.cache
def _contrast_opening() -> re.Pattern[str]:
    words = "|".join(sorted(CONTRASTS | CONCESSIONS))
    return pattern(rf"(?i:{words})\s[^,;:“”\"]{{1,{_FRAME_CHARS}}},")


def _contrast_frame(article: Article, st: Statement, first: int | None = None) -> str | None:
    """The contrast or concession that opens a reported statement's sentence, with its comma,
    when only the speaker and the cue follow it: "While the talks dwelt on costs, she
    considered that the risks matter too." Without it the point says less than the sentence
    did, and the content's stress ("too", "also") hangs. The point keeps it before the lead-in,
    outside it (``KeyPoint.preface``: it may be the writer's). Only the sentence's first
    statement's (``first``: where it starts, when known)."""
    at = _cue_at(article, st)
    if at < 0 or (first is not None and first < st.start):
        return None
    s = article.sentences[st.sentence]
    m = _contrast_opening().match(article.text, max(s.start, article.dateline_end), at)
    if m is None or len(m.group().split()) > _CONJUNCT_WORDS:
        return None
    return m.group()


# An item of a list told one sentence each: "The first, to ensure ... The second, to assist ...
# And the third, to boost ...".
_ORDINAL_ITEM = pattern(
    rf"(?:And\s+)?(?i:the)\s+(?:{'|'.join(o for o, n in DAY_ORDINALS.items() if n >= 1)})\s*,"
)


_FIRST_ITEM = pattern(r"(?i:the)\s+first\s*,")  # the list starts at its first item


class _Listed(NamedTuple):
    point: KeyPoint
    members: frozenset[int]  # the sentences it holds


def _enumeration(article: Article, index: int, skip: set[int], ctx: _Context) -> _Listed | None:
    """One point of a paragraph's items told a sentence each, from "The first, ..." on, the
    sentences between them left out with " … " (an item alone points at a list the note does
    not show); None when there are fewer than two, or they do not fit whole."""
    items = [
        s
        for s in article.paragraphs[index].sentences
        if s.index not in skip and _ORDINAL_ITEM.match(article.text, s.start, s.end)
    ]
    if len(items) < 2 or not _FIRST_ITEM.match(article.text, items[0].start):
        return None
    # the sentences between the first item and the last are the list's too: "The first, A. A
    # holds four parts. The second, B." (cut out, the list reads with a hole)
    held = [s for s in article.paragraphs[index].sentences if items[0].index <= s.index <= items[-1].index]
    point = _listed_point(article, index, held, ctx)
    if point.trimmed or any(s.index in skip for s in held):
        held = items  # too long whole: the items alone, " … " where a sentence was left out
        point = _listed_point(article, index, held, ctx)
    if point.trimmed:
        return None
    announced = _announced_by(ctx, index, items[0].index - 1)
    if announced is not None:
        # "X reminded them that the UK has three aims. | The first, ...": X's list, X's words
        point = _counted(point._replace(speaker=announced, cue_words=CONTINUING))
    return _Listed(point, frozenset(s.index for s in held))


# A sentence that is one quotation whole: "“Ports must go green or go under.”"
_WHOLE_QUOTE = pattern(r"\s*[“\"]([^“”\"]+?)[.!]?[”\"]\.?\s*")


@functools.cache
def _words_back() -> re.Pattern[str]:
    return pattern(rf"(?:{'|'.join(re.escape(w) for w in sorted(QUOTE_BACK_OPENERS))})\b", re.IGNORECASE)


def _quote_told_after(article: Article, s: Sentence, sentence: str, ctx: _Context) -> KeyPoint | None:
    """A sentence that is one quotation, whose speaker the next sentence names, pointing back
    to it: "“Ports must go green or go under.” | With these words, the Minister, Ms. Ana Ruiz,
    opened the summit" -> "Ruiz said: “Ports must go green or go under”". Alone, the quotation
    would stand with no one's name."""
    quote = _WHOLE_QUOTE.fullmatch(sentence)
    after = s.index + 1
    if quote is None or after >= len(article.sentences) or article.sentences[after].paragraph != s.paragraph:
        return None
    nxt = article.sentences[after]
    name = ctx.actors.get(after)
    person = ctx.people.get(name) if name is not None else None
    if person is None or _words_back().match(article.text, nxt.start, nxt.end) is None:
        return None
    return _counted(
        KeyPoint(
            "statement", surname(person, list(ctx.people.values())), person.name, "said", True,
            quote.group(1), False, s.paragraph, s.index, s.start, 1.0 + _length_bonus(sentence),
        )
    )  # fmt: skip


def _listed_point(article: Article, index: int, held: Sequence[Sentence], ctx: _Context) -> KeyPoint:
    pieces: list[str] = []
    for k, s in enumerate(held):
        text = _unmarked(article.span(s.start, s.end)).strip()
        gap = k > 0 and s.index != held[k - 1].index + 1
        pieces.append(f"{ELLIPSIS} {text}" if gap else (f" {text}" if k else text))
    return _fact("".join(pieces), index, held[0], ctx)


def _announced_by(ctx: _Context, paragraph: int, sentence: int) -> str | None:
    """The short name of the person whose statement ends in ``sentence``, the one that
    announces a list ("... that the UK has three aims."), or None."""
    said = [st for st in ctx.statements.get(paragraph, ()) if st.sentence == sentence]
    person = ctx.people.get(said[-1].speaker) if said and said[-1].speaker_kind == "person" else None
    return surname(person, list(ctx.people.values())) if person is not None else None


class _Led(NamedTuple):
    """A fact's subject and the words of its sentence the lead-in stands for: the subject, its
    apposition and its verb group ("Mr Tom Ode, Head of Ports, spoke on")."""

    subject: _Subject
    opening: str


def _led(article: Article, s: Sentence, sentence: str, ctx: _Context) -> _Led | None:
    """The lead-in of a fact whose subject is a participant (``_Context.subjects``), when the
    sentence as the point has it (``sentence``: without a date line) opens with those words."""
    subject = ctx.subjects.get(s.index)
    if subject is None:
        return None
    opening = article.text[max(s.start, article.dateline_end) : subject.rest].strip()
    return _Led(subject, opening) if sentence.startswith(opening) else None


# A quotation whose cue ends the sentence, no speaker after it: "“…,” said" (a cut in the source).
@functools.cache
def _unnamed_speaker() -> re.Pattern[str]:
    past = sorted(word for word, form in cue_forms().items() if form == "past" and " " not in word)
    return pattern(rf"[”\"’]\s*(?:{'|'.join(map(re.escape, past))})\.?\s*$", re.IGNORECASE)


NO_SPEAKER = "the article names no speaker"


def _fact(sentence: str, paragraph: int, s: Sentence, ctx: _Context, led: _Led | None = None) -> KeyPoint:
    """A sentence (or two) of the section as a point, scored; with the lead-in of its subject
    when ``led`` (see ``_led``)."""
    text, trimmed = trim(sentence, sentence=True, tail=SHORT_TAIL)
    if _unnamed_speaker().search(text):
        # '“We will keep talking,” said' and the paragraph ends: the article lost its speaker
        text = f"{text.rstrip()} [{NO_SPEAKER}]"
    if led is not None and cue_lemma(led.subject.verb.casefold()) is None:
        # "Ode arrived in Lima", "Ode also visited the port": no speech or stance, so no
        # speaker's cue in bold (it would read as a statement); the sentence as written, a
        # title that opens it named in brackets: "The Head of Ports [Ode] arrived in Lima"
        text = _name_title(text, led)
        led = None
    if led is not None and text.startswith(led.opening) and text[len(led.opening) :].strip(" .…\u00a0"):
        # "Mr Tom Ode, Head of Ports, spoke on the plan." -> "**Ode spoke on** the plan.": the
        # words after the verb as written, the cut (if any) where it fell in the sentence
        subject = led.subject
        outcome = _OUTCOME_FACT_BONUS if _tells_outcome(sentence) else 0.0
        rest = _plain_words(text[len(led.opening) :].lstrip())
        return _counted(
            KeyPoint(
                "fact", subject.shown, None, subject.verb, False, rest,
                trimmed, paragraph, s.index, s.start, 1.0 + _length_bonus(sentence) + outcome,
                cue_words=subject.words,
            )
        )  # fmt: skip
    text = _name_pronoun(text, ctx.pronouns.get(s.start))
    text = _name_titles(text, ctx.titles.get(s.index, ()))
    they = _THEY.match(text)
    pair = ctx.pairs.get(s.index - 1) if they is not None else None
    if they is not None and pair is not None and pair[0] == s.paragraph:
        # "Ms. Jensen met Mr. Otieno. | They discussed training.": they are the two it names
        text = f"{text[: they.end()]} [{pair[1]}]{text[they.end() :]}"
    opened = _PRONOUN_AFTER_OPENER.match(text)
    if opened is not None and sentence.startswith(text[: opened.end()]):
        # "Using this year's theme, he [Mikuriya] gave account of ...": a subject pronoun after
        # an opening phrase is named as one opening the sentence is
        who = ctx.pronouns.get(s.start + opened.start("pronoun"))
        if who is not None:
            text = f"{text[: opened.end()]} [{who}]{text[opened.end() :]}"
    outcome = _OUTCOME_FACT_BONUS if _tells_outcome(sentence) else 0.0
    return _counted(
        KeyPoint(
            "fact", None, None, None, False, _plain_words(text), trimmed,
            paragraph, s.index, s.start, 1.0 + _length_bonus(sentence) + outcome,
        )
    )  # fmt: skip


# A sentence adverb that only places its sentence in the article's telling: "Finally, Ms. Ode
# toured the port." Out of that order, opening a point, it says nothing.
_TELLING_ORDER = pattern(rf"(?i:{'|'.join(sorted(TELLING_ORDER_ADVERBS))}),\s+(?=\w)")
# A day word with the day's date in brackets: "returns to Lima tomorrow (May 4)", "(4 May)".
_MONTH = "|".join(MONTH_NAMES)
_DAY_DATED = pattern(
    rf"\b(?i:{'|'.join(WHOLE_DAY_WORDS)})\s+\("
    rf"(?P<date>(?i:(?:{'|'.join(WEEKDAY_NAMES)}),?\s+)?(?:(?i:{_MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTH})))\)"
)


# A list's item mark run into its sentence after the colon or semicolon before it: "discussed:
# - trade in timber; - a rail link" (the layout's, no word of the sentence).
_LIST_MARK = pattern(r"(?<=[:;])\s+[-•*]\s+(?=\w)")


def _plain_words(text: str) -> str:
    """A point's words without what only the article's telling needed: an opening adverb of
    its order ("Finally, Ms. Ode toured the port" reads "Ms. Ode toured the port"), and a day
    word before the day's date in brackets ("returns to Lima tomorrow (May 4)" reads "returns
    to Lima on May 4": "tomorrow" means nothing once the note is read another day)."""
    m = _TELLING_ORDER.match(text)
    if m is not None:
        rest = text[m.end() :]
        text = rest[:1].upper() + rest[1:]
    if "- " in text or "• " in text:  # the cheap test first: almost no point holds a list
        text = _LIST_MARK.sub(" ", text)
    return _DAY_DATED.sub(lambda d: f"{'O' if d.group()[0].isupper() else 'o'}n {d.group('date')}", text)


_ACTOR_BONUS = 2.0  # as a statement by a named speaker has


# A point that opens with "These achievements ...", "This ..." points back to a sentence the
# note may not show: it ranks lower.
_BACK_PENALTY = 2.0
# The publisher's own voice outside a quotation: "We were honoured to have our primary guest
# ..." tells a reader of the note nothing about who "we" are.
_FIRST_PERSON = pattern(r"\b(?:we|our|us|ours)\b", re.IGNORECASE)


def _unquoted(text: str) -> str:
    """``text`` without its quotations (“...” or "..."), as ``re.sub(r'“[^”]*”|"[^"]*"', "",
    text)`` gives it, in linear time: that pattern looks for a closing mark from every opening
    one, so a long sentence of quotes that never close made it quadratic. Here an opening mark
    with no closing one after it stops the search for that kind."""
    out: list[str] = []
    kept = 0  # text[kept:i] is kept
    unclosed = {"“": len(text), '"': len(text)}  # from here on, no closing mark of that kind
    closing = {"“": "”", '"': '"'}
    opening = _OPENING_MARK.search(text)
    while opening is not None:
        i = opening.start()
        mark = text[i]
        end = text.find(closing[mark], i + 1) if i < unclosed[mark] else -1
        if end >= 0:
            out.append(text[kept:i])
            kept = end + 1
        elif i < unclosed[mark]:
            unclosed[mark] = i
        opening = _OPENING_MARK.search(text, end + 1 if end >= 0 else i + 1)
    out.append(text[kept:])
    return "".join(out)


_OPENING_MARK = pattern(r'[“"]')


_PLURAL_BACK = frozenset({"these", "those", "such"})
# A fact that opens with "They" ("They were the Ambassadors of ...") names its people in the
# sentence before; in a statement's content the speaker's own context tells who they are.
_THEY = pattern(r"They\b")


def _points_back(content: str) -> bool:
    """Whether content opens with a plural demonstrative ("These achievements were ...",
    "These include ...", "such steps"), an ordinal standing for a noun of the sentence before
    ("The second, to assist ..."), or a phrase about what that sentence told ("In addition to
    that, he made a presentation"): what it points back to is another sentence's. "This
    visit" and "this is" read in the note's own context."""
    first = content.split(maxsplit=1)[:1]
    if bool(first) and first[0].casefold() in _PLURAL_BACK:
        return True
    return _ORDINAL_BACK.match(content) is not None or _ABOUT_THAT.match(content) is not None


# "The second, to assist ...", "The third was ...": the noun is the sentence before's
_LATER_ORDINALS = [o for o, n in DAY_ORDINALS.items() if n > 1] + ["last", "latter"]
_ORDINAL_BACK = pattern(rf"(?i:the\s+(?:{'|'.join(_LATER_ORDINALS)}))\s*(?:,|(?i:is|was|are|were)\b)")
# "In addition to that,", "Besides this,", "Following these,": a phrase whose object is
# the sentence before
_ABOUT_THAT = pattern(r"(?:[A-Z][a-z]*\s+)(?:[a-z]+\s+){0,2}(?i:this|that|these|those),")


def _lead_in_only(article: Article, s: Sentence, sentence: str) -> bool:
    """Whether a sentence only announces the paragraphs after it: it ends its paragraph with a
    colon ("The following may be quoted from the Chair's office:", "The agenda covered:"), and
    what it announces is not in it."""
    return sentence.rstrip().endswith(":") and article.paragraphs[s.paragraph].sentences[-1].index == s.index


def _publisher_voice(sentence: str) -> bool:
    """Whether a sentence is the writer's own voice, not a fact of the event: it speaks as "we"
    outside its quotations, or it asks the reader a question ("With the risks now
    materializing, is it too late?"); a speaker's quoted question is a statement, not this."""
    unquoted = _unquoted(sentence)
    return _FIRST_PERSON.search(unquoted) is not None or unquoted.rstrip().endswith("?")


# "The panellists were ...", "Other speakers included ...", "They were Ms. X, ...; Mr. Y, ...": a
# sentence that lists who took part.
_ROLL_CALL_NOUNS = "|".join(sorted(PERSON_PLURALS | DELEGATION_NOUNS))
_ROLL_CALL = pattern(
    rf"(?:they|(?:(?:the|other|among\s+the)\s+)?(?:\w+\s+)?(?:{_ROLL_CALL_NOUNS}))\s+"
    # "The delegation [also] included ...", "The team comprised ..."
    r"(?:also\s+)?"
    # not "were welcomed by ...": a name (or "the Ambassadors of ...") after "were"
    r"(?:included|include|comprised|(?:were|are)\s+(?=(?:the\s+)?(?-i:[A-Z])))\b",
    re.IGNORECASE,
)


def _roll_call(briefing: Briefing, sentence: str, s: Sentence) -> bool:
    """Whether a sentence only says who took part, two people or more, whom the participants
    list names already: "The panellists were Mr. Tom Ode, ...; Ms. Ana Ruiz, ..."."""
    if _ROLL_CALL.match(sentence) is None:
        return False
    named = [p for p in briefing.people if any(m.sentence == s.index and m.kind == "name" for m in p.spans)]
    return len(named) >= 2 and all(p.took_part for p in named)


# A linking verb between a person's name and the person's post: "Dr. Ana Ruiz [is] Senior
# Fellow at the Elmfield Institute", "Mr. Tom Berg [serves as] Director of the Port Authority".
_POST_COPULA = pattern(r"\s*(?:is|was|serves\s+as|is\s+currently)\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)
# What may stand before the name in such a sentence: honorifics, capitalised ("Dr.", "Professor").
_NAME_OPENING = pattern(r"(?:[A-Z][\w.]*\s+)*")


# Each sentence asks ``_spans_by_sentence``, and each answer looked at every mention.
_BY_SENTENCE: _Kept[tuple[Person, ...], dict[int, list[tuple[Person, list[Mention]]]]] = _Kept(1)


def _spans_by_sentence(people: tuple[Person, ...]) -> dict[int, list[tuple[Person, list[Mention]]]]:
    """Each sentence's people, with their mentions in it, in text order."""
    return _BY_SENTENCE.get(people, _index_by_sentence)


def _index_by_sentence(people: tuple[Person, ...]) -> dict[int, list[tuple[Person, list[Mention]]]]:
    index: dict[int, list[tuple[Person, list[Mention]]]] = {}
    for person in people:
        mine: dict[int, list[Mention]] = {}
        for m in person.spans:
            mine.setdefault(m.sentence, []).append(m)
        for sentence, spans in mine.items():
            index.setdefault(sentence, []).append((person, spans))
    return index


def _post_only(briefing: Briefing, s: Sentence) -> bool:
    """Whether a sentence only gives a participant's post, whole, as the participants list
    does: "Dr. Ana Ruiz is Senior Fellow at the Elmfield Institute." (a speaker introduced
    after her remarks); not when it says more ("... is Senior Fellow and chairs the board")."""
    text = briefing.article.text
    start = max(s.start, briefing.article.dateline_end)
    for person, spans in _spans_by_sentence(briefing.people).get(s.index, ()):
        for name, post in itertools.pairwise(spans):
            if name.kind != "name" or post.kind != "title" or not person.took_part:
                continue
            opening = _NAME_OPENING.fullmatch(text, start, name.start)
            copula = _POST_COPULA.fullmatch(text, name.end, post.start)
            if opening and copula and not text[post.end : s.end].strip(" ."):
                return True
    return False


HEADING_WORDS = 6  # a sentence this short without a verb is a heading or a date, not a fact


def heading_only(sentence: str) -> bool:
    """Whether a sentence is only a subheading or a date left in the text ("Setting the
    scene", "5-6 October 2011", "Opening session:"): a few words and no finite verb; an item
    of a bulleted list without one; or a sentence that only announces what follows it ("The
    overview of the meeting is as follows."). It tells nothing as a point."""
    words = _ACCOUNT_WORD.findall(sentence)
    if _POINTS_AHEAD.search(sentence):
        return True  # "The overview of the meeting is as follows.": what follows is the point
    if _BULLET.match(sentence):  # an item of a list ("• Trade in the region: new rules"): its
        return first_finite(" ".join(words)) is None  # topic, read only under its lead-in
    if len(words) <= HEADING_WORDS or (len(words) <= RUN_IN_WORDS and _UNSTOPPED.search(sentence)):
        # a line with no stop at its end, verbless, is a heading or the publisher's masthead
        # ("EMBASSY OF THE REPUBLIC OF NORLAND IN OSTIA", "Press Service of the Assembly of Ostia")
        return first_finite(" ".join(words)) is None
    return False


# The end of a line that no stop closes: a letter or a digit last ("Press Office of the Port").
_UNSTOPPED = pattern(r"\w\s*$")


# A run-in heading is a short phrase: a longer verbless opening is more likely a sentence the
# verb finder missed than a heading.
RUN_IN_WORDS = 12


def _run_in_heading(article: Article, s: Sentence, sentence: str) -> bool:
    """Whether a sentence is a run-in subheading: the first of its paragraph, more sentences
    after it, no finite verb, a phrase of up to ``RUN_IN_WORDS`` words ending in a full stop or
    a colon ("Trade ties and the new customs code of the region. The ministers said ..."). The
    paragraph's sentences tell; the heading only names their topic."""
    sentences = article.paragraphs[s.paragraph].sentences
    if len(sentences) < 2 or sentences[0].index != s.index:
        return False
    words = _ACCOUNT_WORD.findall(sentence)
    return (
        len(words) <= RUN_IN_WORDS
        and sentence.rstrip().endswith((".", ":"))
        and first_finite(" ".join(words)) is None
    )


_BULLET = pattern(r"\s*[•▪◦●‣∙·*]\s")
# A sentence that only announces what comes after it: "... is as follows.", "... include the following:"
_POINTS_AHEAD = pattern(r"\b(?:as follows|the following)\s*[.:]?\s*$", re.IGNORECASE)


def statement_text(article: Article, st: Statement) -> str:
    """A statement's content as a point shows it: without the date line the layout found at
    the head of the first paragraph ("According to experts, Dubai: 15 May, 2013 – A single
    window ..." is about the single window); the pieces of a split quotation joined as
    ``Statement.text_in`` joins them, the mark kept on the line of the word it follows."""
    if not st.parts:
        return article.span(max(st.start, article.dateline_end), st.end).strip()
    return st.text_in(article, ELLIPSIS)


# What the speaker did next, in the same sentence, when it is no speech of its own: "He noted
# that the barriers are high[, and discussed areas for collaboration with the Bank]".
_AND_THEN = pattern(r",?\s+and\s+(?:also\s+)?(?P<verb>[a-z]+ed)\b(?P<rest>[^;:“”\"]*?)(?=[.;]?\s*$)")


def _and_then(article: Article, st: Statement) -> str:
    """The predicate joined by "and" after a reported statement's content, to its sentence's
    end: a past verb of what was done ("discussed", "explored", "reviewed"), not a speech cue
    (that one is a statement of its own)."""
    sentence = article.sentences[st.sentence] if st.sentence < len(article.sentences) else None
    if sentence is None or st.end >= sentence.end:
        return ""
    m = _AND_THEN.match(article.text, st.end, sentence.end)
    if m is None or cue_lemma(m.group("verb")) is not None or not m.group("rest").strip():
        return ""
    return m.group().rstrip(" .")


# A concession right after a content: "referred to the delays[, albeit from another angle]".
_CONCESSION = pattern(r",?\s+(?P<word>[a-z]+)\s+(?P<rest>[^,;:“”\"]+?)(?=\s*(?:[.;,]\s*|$))")


def _concession(article: Article, st: Statement) -> str:
    """The concession that qualifies a reported statement's content, which the analysis leaves
    out as no part of what was said ('albeit ...', 'although ...'), up to the next comma or the
    sentence's end: without it "referred to the delays" loses what the text stresses."""
    sentence = article.sentences[st.sentence] if st.sentence < len(article.sentences) else None
    if sentence is None or st.end >= sentence.end:
        return ""
    m = _CONCESSION.match(article.text, st.end, sentence.end)
    if m is None or m.group("word") not in CONCESSIONS:
        return ""
    return m.group().rstrip(" .,")


def _then_back(article: Article, st: Statement, taken: tuple[Set[int], Set[int]]) -> tuple[int, str] | None:
    """The sentence after a reported statement, in its paragraph, that only goes on from it
    ("The Director briefed the Group on the process. | This includes an office in Djibouti."):
    it joins the statement's point, or its "This" would point at nothing. Its index and text.
    ``taken``: the sentences already told, in two sets (not their union: made anew for each of
    a section's thousands of statements, it was quadratic)."""
    index = st.sentence + 1
    if index >= len(article.sentences) or any(index in told for told in taken):
        return None
    nxt = article.sentences[index]
    if nxt.paragraph != st.paragraph or article.sentences[st.sentence].end > st.end + 2:
        return None  # the statement's content must end its sentence
    text = _unmarked(article.span(nxt.start, nxt.end)).strip()
    return (index, text) if _pronoun_back(text) else None


def _pronoun_back(sentence: str) -> bool:
    """Whether a sentence opens with "This" or "That" as a pronoun before its verb ("This
    includes ...", "That was ..."), or a plural that points back ("These include ...")."""
    words = sentence.split(maxsplit=2)
    if len(words) >= 2 and words[0] in ("This", "That"):
        verb = words[1].casefold()
        return verb in FINITE_WORDS or verb.endswith(("es", "ed"))
    return _points_back(sentence) or _THEY.match(sentence) is not None or _it_back(sentence)


_NO_ANTECEDENT_AFTER = frozenset({"be", "have"})  # "It will be recalled that ...": a dummy "it"


def _it_back(sentence: str) -> bool:
    """Whether a sentence opens with an "it" that stands for what the sentence before named:
    "The ferry deal was signed. | It will also cut fares." — "It" then a modal and a verb, or
    "also" and a verb; not the "it" of "It will be recalled that ...", "It is vital to ...".
    Split off from its antecedent, "It" stands for nothing."""
    words = [w.strip(",").casefold() for w in sentence.split(maxsplit=5)]
    if len(words) < 3 or sentence[:3] != "It ":
        return False
    rest, also = words[1:], False
    while rest and rest[0] in ADVERBS:
        rest, also = rest[1:], True
    if rest and rest[0] in MODALS:
        rest = rest[1:]
        while rest and rest[0] in ADVERBS:
            rest = rest[1:]
        return bool(rest) and rest[0].isalpha() and rest[0] not in _NO_ANTECEDENT_AFTER
    return also and bool(rest) and rest[0].isalpha() and rest[0] not in FINITE_WORDS


def _they_named(st: Statement, ctx: _Context) -> str | None:
    """The two people "They" are when the sentence before, in the same paragraph, names two:
    "Ms. Jensen met Mr. Otieno. | They agreed to meet again." -> "Jensen and Otieno agreed";
    None for any other speaker."""
    if st.speaker_kind != "group" or _THEY.fullmatch(st.speaker) is None:
        return None
    pair = ctx.pairs.get(st.sentence - 1)
    return pair[1] if pair is not None and pair[0] == st.paragraph else None


def _anaphoric_speaker(st: Statement) -> bool:
    """Whether a group speaker only points back: "They", "They all", "The speakers"
    (``TURN_PLURALS``)."""
    words = st.speaker.casefold().split()
    if st.speaker_kind != "group" or not words:
        return False
    if words[0] == "they":
        return len(words) == 1 or (len(words) == 2 and words[1] in ("all", "both"))
    return len(words) == 2 and words[0] == "the" and words[1] in TURN_PLURALS


_ANTECEDENT_WORDS = 60  # a sentence longer than this would crowd out the point it explains


def _antecedent_of_speaker(
    briefing: Briefing, st: Statement, ctx: _Context, spoken: Set[int]
) -> tuple[int, str] | None:
    """The sentence before a statement whose speaker only points back to it and opens its
    sentence (``_anaphoric_speaker``; "They" naming no two people, ``_they_named``): "The
    Minister had talks with the Port Board and the Rail Office. | They thanked her for ...".
    Alone, "They thanked" reads as the section's principals. Its index and text, which the
    point keeps before its lead-in; None when that sentence holds a statement, is long, or
    stands in another paragraph; for "The speakers", when it names no one (who spoke is not
    told there: "The panel reflected the region's spirit. | The speakers stressed ...")."""
    article = briefing.article
    if not _anaphoric_speaker(st) or _they_named(st, ctx) is not None or st.sentence == 0:
        return None
    s, before = article.sentences[st.sentence], article.sentences[st.sentence - 1]
    if before.paragraph != s.paragraph or before.index in spoken:
        return None
    named = cast_of(briefing.people).by_sentence.get(before.index)
    if not st.speaker.casefold().startswith("they") and not named:
        return None
    if not article.text[max(s.start, article.dateline_end) :].casefold().startswith(st.speaker.casefold()):
        return None
    text = _unmarked(without_dateline(article, before.start, before.end)).strip()
    if not text.endswith(".") or count_words(text) > _ANTECEDENT_WORDS or heading_only(text):
        return None
    return before.index, text


def _group_shown(st: Statement) -> str:
    """A group or an organization as the lead-in shows it: with a capital where it opens the
    point ("Both sides agreed"), as written after "According to" ("According to experts at
    the forum", not "According to Experts")."""
    if st.cue.casefold().startswith("according"):
        return st.speaker
    return st.speaker[:1].upper() + st.speaker[1:]


# A fact opening with a subject pronoun: "He also met with the Minister of Finance ...".
_LEADING_PRONOUN = pattern(r"(?:He|She|His|Her)\b")


def _name_pronoun(text: str, who: str | None) -> str:
    """A fact that opens with "He"/"She" (or "His"/"Her") names, in brackets as editors do in a
    quotation, the person the people stage resolved it to: "He [Mikuriya] also met with ...",
    "His [Bozgeyik's] speech reflected ..."; else as it is."""
    m = _LEADING_PRONOUN.match(text)
    if m is None or who is None:
        return text
    owner = f"{who}’s" if m.group() in ("His", "Her") else who
    return f"{text[: m.end()]} [{owner}]{text[m.end() :]}"


def _name_title(text: str, led: _Led) -> str:
    """A fact that opens with its subject's title, not a name ("The Head of Ports also toured
    the plant"), with the person's short name after it in brackets, as ``_name_pronoun`` does
    for a pronoun; else as it is (a name, a pronoun or "They" are named or named elsewhere)."""
    shown, opening = led.subject.shown, led.opening
    verb = opening.rfind(led.subject.words)
    subject = opening[:verb].rstrip(" ,") if verb > 0 else ""
    first = subject.split(maxsplit=1)[:1]
    if not first or first[0].casefold() not in ARTICLES or any(w in subject for w in shown.split(" and ")):
        return text
    if not text.startswith(subject):
        return text
    return f"{subject} [{shown}]{text[len(subject) :]}"


def _titles_named(briefing: Briefing, st: Statement, ctx: _Context, content: str) -> str:
    """A reported content with each person it tells by a title alone named (``_name_titles``),
    but the speaker, whom the lead-in names: "Ruiz congratulated the Ambassador [Lind] on ..."."""
    titles = ctx.titles.get(st.sentence)
    if not titles:  # the cheap test first: most sentences tell no one by a title alone
        return content
    person = ctx.people.get(st.speaker) if st.speaker_kind == "person" else None
    speaker = surname(person, briefing.people) if person is not None else None
    return _name_titles(content, [t for t in titles if t[1] != speaker])


def _name_titles(text: str, titles: Sequence[tuple[str, str]]) -> str:
    """A fact with each person it tells only by a title ("The Minister met the Mayor at the
    port") named in brackets after the title's first use, as ``_name_title`` names a subject:
    "... met the Mayor [Berg] at the port". A person the fact names already is left as it is."""
    for title, short in titles:
        at = text.find(title)
        end = at + len(title)
        after = text[end : end + 1]
        if at < 0 or short in text or (after and (after.isalnum() or after in "'’")):
            continue  # cut off, named ("The Mayor [Berg]"), or another word: "the Mayor's"
        if "as" in text[max(0, at - 20) : at].split()[-3:] or title.endswith(("'s", "’s")):
            continue  # a role, no one in it yet: "elected Tom Berg as the next Chair"; "the Mayor's"
        text = f"{text[:end]} [{short}]{text[end:]}"
    return text


_PRONOUN_AFTER_OPENER = pattern(r"[^;]{3,200}?,\s+(?P<pronoun>he|she)\b")
_PLAIN_WORD = pattern(r"\w+")


@functools.lru_cache(maxsize=4096)  # asked again for each candidate at each round of the choice
def _word_set(text: str, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words that say what a point is about: four letters or more, not a word of a name,
    title or organization (two points about one person are not the same point)."""
    return frozenset(
        w for w in (m.casefold() for m in _PLAIN_WORD.findall(text)) if len(w) > 3 and w not in names
    )


class _Seen:
    """The word sets of what the summary already says, and an index of them by word: whether a
    point is a duplicate (``duplicate``) looks only at the sets that share one of its rarer
    words, not at all of them (a long article's summary says thousands of things)."""

    def __init__(self, sets: Iterable[frozenset[str]] = ()) -> None:
        self.sets: list[frozenset[str]] = []
        self.having: dict[str, list[int]] = {}  # word -> positions in ``sets``
        for words in sets:
            self.add(words)

    def add(self, words: frozenset[str]) -> None:
        for w in words:
            self.having.setdefault(w, []).append(len(self.sets))
        self.sets.append(words)

    def duplicate(self, words: frozenset[str]) -> bool:
        """Does a set seen share at least max(4, 60 %) of ``words``? Four shared words at
        least: short points share a word or two with anything ("Customs")."""
        need = math.ceil(max(4, 0.6 * len(words)))
        if len(words) < need:
            return False
        # A set sharing ``need`` of the words shares one of any len - need + 1 of them: the
        # rarest (pigeonhole), so only the sets with one of those are checked.
        rarest = sorted(words, key=lambda w: len(self.having.get(w, ())))[: len(words) - need + 1]
        found = {i for w in rarest for i in self.having.get(w, ())}
        return any(len(words & self.sets[i]) >= need for i in found)


def _said(point: KeyPoint) -> str:
    """What a point says, for telling duplicates: a statement's content; a fact's sentence,
    its lead-in too ("Ode briefed the Board on ...")."""
    return point.line if point.kind == "fact" else point.text


def _duplicate(point: KeyPoint, seen: _Seen, names: frozenset[str]) -> bool:
    return seen.duplicate(_word_set(_said(point), names))


class Selection(NamedTuple):
    points: tuple[tuple[KeyPoint, ...], ...]  # per section, in text order
    words: int  # words of the bottom line and the points
    omitted: int  # statements of these sections not shown (budget, duplicates, five per section)
    omitted_paragraphs: tuple[int, ...]  # the paragraphs they stand in, in text order
    budget: int  # the word budget the choice was made within


def _name_words(people: Sequence[Person]) -> frozenset[str]:
    """The words of people's names, titles and organizations, casefolded."""
    return frozenset(
        w.casefold()
        for p in people
        for part in (p.name, p.title, p.org)
        if part
        for w in _PLAIN_WORD.findall(part)
    )


# A paragraph is one step of the story: a second point from a paragraph that already has one
# ranks this much lower, so the points cover the section before they dwell on one step.
SAME_PARAGRAPH = 1.5


def _best_fit(
    pool: Sequence[KeyPoint],
    chosen: Sequence[KeyPoint],
    room: int,
    seen: _Seen,
    names: frozenset[str],
) -> KeyPoint | None:
    """The best candidate of ``pool`` that fits in ``room`` words and is no duplicate: by score,
    less 1.5 for each point its speaker already has in ``chosen``, then in text order."""
    speakers = [p.person or p.speaker for p in chosen if p.kind == "statement"]
    paragraphs = [p.paragraph for p in chosen]

    def rank(p: KeyPoint) -> tuple[float, int]:
        repeat = speakers.count(p.person or p.speaker) if p.kind == "statement" else 0
        told = paragraphs.count(p.paragraph)
        return (-(p.score - 1.5 * repeat - SAME_PARAGRAPH * told), p.start)

    return next(
        (p for p in sorted(pool, key=rank) if p.words <= room and not _duplicate(p, seen, names)), None
    )


def select_points(
    briefing: Briefing,
    sections: Sequence[Section],
    clauses: Sequence[Clause],
    max_words: int | None,
) -> Selection:
    """Key points for each section within ``max_words`` (the bottom line counts first); with
    None, within ``DEFAULT_MAX_WORDS`` or what the bottom line and one whole point for each
    section need, whichever is more: a briefing that cannot say one thing of a scene is no
    briefing of it."""
    # A scene's points are drawn from its opening paragraphs: ten points at most, and no release
    # has a scene of more than a few dozen paragraphs; a megabyte of text in one scene would
    # score each of its thousands of sentences for ten lines.
    scenes = [replace(s, paragraphs=s.paragraphs[:SCENE_PARAGRAPHS]) for s in sections]
    ctx = _context(briefing, clauses, {i for s in scenes for i in s.paragraphs})
    pools = [_candidates(briefing, s, ctx) for s in scenes]
    chosen: list[list[KeyPoint]] = [[] for _ in sections]
    names = _name_words(briefing.people)
    seen = _Seen(_word_set(c.text, names) for c in clauses)
    words = sum(count_words(c.text) for c in clauses)
    for i, retold in _retold_talks(briefing, scenes, pools, ctx, clauses).items():
        if max_words is None or words + retold.words <= max_words:
            chosen[i].append(retold)
            words += retold.words
    if max_words is None:
        max_words = max(DEFAULT_MAX_WORDS, words + sum(_first_choice(pool, seen, names) for pool in pools))
    # No point is shorter than this: once the budget left is below it, the choice is over.
    shortest = min((p.words for pool in pools for p in pool), default=0)
    for _round in range(MAX_POINTS):
        for pool, points in zip(pools, chosen, strict=True):
            if len(points) >= MAX_POINTS or max_words - words < shortest:
                continue
            point = _best_fit(pool, points, max_words - words, seen, names)
            if point is not None:
                points.append(point)
                pool.remove(point)
                seen.add(_word_set(_said(point), names))
                words += point.words
    return _selection(chosen, pools, words, max_words)


def _retold_talks(
    briefing: Briefing,
    scenes: Sequence[Section],
    pools: Sequence[list[KeyPoint]],
    ctx: _Context,
    clauses: Sequence[Clause],
) -> dict[int, KeyPoint]:
    """A point for each talks section whose every sentence the bottom line tells (its pool is
    empty), when other talks of the article have points: its own best sentence, told again. "He
    also held talks with Vice-President Ana Ruiz on trade." is the bottom line's last clause
    and the whole of the Ruiz talks; a heading with only "Told in the bottom line" leaves the
    section saying nothing of the talks it heads. Not the talks of the bottom line's lead: they
    are the occasion the note opens on. By section position."""
    if not clauses or not any(s.kind == "bilateral" and pool for s, pool in zip(scenes, pools, strict=True)):
        return {}
    article = briefing.article
    lead = clauses[0].paragraph
    retold: dict[int, KeyPoint] = {}
    for i, (scene, pool) in enumerate(zip(scenes, pools, strict=True)):
        if pool or scene.kind != "bilateral" or lead in scene.paragraphs:
            continue
        own = {s.index for j in scene.paragraphs for s in article.paragraphs[j].sentences}
        if not own & ctx.told:
            continue
        again = _candidates(briefing, scene, ctx._replace(told=ctx.told - own))
        if again:
            retold[i] = min(again, key=lambda p: (-p.score, p.start))
    return retold


def _first_choice(pool: Sequence[KeyPoint], seen: _Seen, names: frozenset[str]) -> int:
    """The words of the point a section would get first with room enough: its best."""
    point = _best_fit(pool, (), 10**6, seen, names)
    return point.words if point is not None else 0


def _selection(
    chosen: list[list[KeyPoint]], left: list[list[KeyPoint]], words: int, budget: int
) -> Selection:
    """The points chosen, each section's in text order; the statements left over are omitted."""
    omitted = [p for pool in left for p in pool if p.kind == "statement"]
    paragraphs = tuple(sorted({p.paragraph for p in omitted}))
    points = tuple(tuple(sorted(c, key=lambda p: p.start)) for c in chosen)
    return Selection(points, words, len(omitted), paragraphs, budget)


# --- The selection -----------------------------------------------------------------------------

DEFAULT_MAX_WORDS = 300  # the least budget of `briefcli summary` and of the "summary" key of `analyze`


# The sections a summary gives a block, at most. Real releases have up to six (the 126 corpus
# articles); a transcript or a dump of many articles gets its first twelve, in text order, and
# the count of the rest: a note of thousands of blocks is read by nobody, and choosing and
# drawing them took most of such a run.
MAX_SECTIONS = 12


def _summarised(briefing: Briefing) -> list[int]:
    """The sections a summary is about, by position: those that are not background, or all
    when the article has no other."""
    shown = [i for i, s in enumerate(briefing.sections) if not is_background(s)]
    return shown or list(range(len(briefing.sections)))


def shown_sections(briefing: Briefing) -> list[int]:
    """The sections the summary gives a block, by position: the first ``MAX_SECTIONS`` of those
    it is about (see ``_summarised``), in text order."""
    return _summarised(briefing)[:MAX_SECTIONS]


class _Left(NamedTuple):
    """The sections past ``MAX_SECTIONS``: how many, the paragraphs they cover (first, last),
    and the paragraph of each of their statements."""

    sections: int
    paragraphs: tuple[int, int] | None
    statements: list[int]


def _left_out(briefing: Briefing, summarised: Sequence[int]) -> _Left:
    rest = [briefing.sections[i] for i in summarised[MAX_SECTIONS:]]
    if not rest:
        return _Left(0, None, [])
    shown = {p for i in summarised[:MAX_SECTIONS] for p in briefing.sections[i].paragraphs}
    paragraphs = {p for s in rest for p in s.paragraphs} - shown
    statements = [st.paragraph for st in briefing.statements if st.paragraph in paragraphs]
    covered = [p for s in rest for p in s.paragraphs]
    return _Left(len(rest), (min(covered), max(covered)), statements)


def _point_dict(point: KeyPoint) -> KeyPointDict:
    return {
        "kind": point.kind,
        "speaker": point.speaker,
        "cue": point.cue,
        "direct": point.direct,
        "preface": point.preface,
        "lead_in": point.lead_in,
        "text": point.text,
        "trimmed": point.trimmed,
        "line": point.line,
        "paragraph": point.paragraph,
        "sentence": point.sentence,
    }


def select_summary(briefing: Briefing, max_words: int | None = None) -> SummarySelectionDict:
    """The summary's selection, the one place it is made: the bottom line, and the key points
    of each section ``shown_sections`` gives, within ``max_words`` (None: the default budget,
    which grows to hold one point of each section; see ``select_points``); the sections past
    ``MAX_SECTIONS`` counted, with the paragraphs they cover, and their statements omitted."""
    summarised = _summarised(briefing)
    shown = summarised[:MAX_SECTIONS]
    left = _left_out(briefing, summarised)
    clauses = bottom_line(briefing)
    chosen = select_points(briefing, [briefing.sections[i] for i in shown], clauses, max_words)
    return {
        "bottom_line": [{"text": c.text, "paragraph": c.paragraph, "sentence": c.sentence} for c in clauses],
        "bottom_line_text": compose(clauses),
        "sections": [
            {"section": i, "points": [_point_dict(p) for p in points]}
            for i, points in zip(shown, chosen.points, strict=True)
        ],
        "max_words": chosen.budget,
        "words": chosen.words,
        "omitted": chosen.omitted + len(left.statements),
        "omitted_paragraphs": sorted({*chosen.omitted_paragraphs, *left.statements}),
        "more_sections": left.sections,
        "more_sections_paragraphs": list(left.paragraphs) if left.paragraphs else None,
    }
