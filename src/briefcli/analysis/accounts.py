"""The short account of a dated sentence: what an event was, quoted or trimmed, never reworded.

``event_what(sentence, spans)`` keeps the clause that holds the date, without the date phrase,
introductory phrases ("At the invitation of ...,"), appositives (", Secretary General of the
WCO,"), honorifics and bracketed acronyms, cut at the clause's end: "Kunio Mikuriya attended the
International Customs Forum in Moscow".

- A date inside a relative clause dates that clause: "the Summit, which will begin on 14
  December" gives "Summit will begin"; inside a participle phrase, that phrase: "the findings
  of the Working Group held from 2 to 4 May" gives "Working Group held"; but going to or
  taking part in the event it dates happens then ("led a delegation to the Forum held on 4
  May"): the main clause.
- A subordinate clause before the main one belongs to it: "After the Ministers signed the
  agreements, President Lopes met ..." tells the meeting.
- A date line before a dash ("Accra, 9 June 2022 – Her Excellency ...") is left out.
- At most ``MAX_WHAT_WORDS`` words, then "…".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from briefcli.analysis.countries import country_of
from briefcli.analysis.grammar import POSSESSIVE_ENDINGS
from briefcli.analysis.phrases import noun_phrase_before
from briefcli.analysis.scenes import gathering_nouns
from briefcli.lang.en import (
    ACCOUNT_DETERMINERS,
    ACCOUNT_KEPT_HONORIFICS,
    ACCOUNT_NAME_PARTICLES,
    ACCOUNT_NOT_PAST_ED,
    ACCOUNT_RELATIVES,
    ACCOUNT_SUBORDINATORS,
    ADVERBS,
    ANAPHORIC_OBJECTS,
    AUXILIARIES,
    CONCESSIONS,
    CONTRASTS,
    COORDINATORS,
    DATE_MODIFIERS,
    DATE_PREPOSITIONS,
    DAY_PARTS,
    DEICTIC_TIMES,
    EVENT_NAME_JOINERS,
    FINITE_WORDS,
    HABITUAL_ADVERBS,
    HABITUAL_BASES,
    HOLD_FORMS,
    HONORIFICS,
    INTRO_WORDS,
    LEADER_PARTICIPLES,
    MEET_FORMS,
    MONTH_WHICH_WORDS,
    NEEDS_OBJECT,
    OCCASION_PARTICIPLES,
    OCCASION_SUBORDINATORS,
    PAST_FORMS,
    PREPOSITIONS,
    RELATIVE_ADVERBS,
    SCENE_PREPOSITIONS,
    SCHEDULE_PRESENTS,
    SETTLEMENT_NOUNS,
    SIGN_FORMS,
    THEME_NOUNS,
    TITLE_HEADS,
    VERB_PREFIXES,
    WEEKDAYS,
    cue_form,
    cue_lemma,
)
from briefcli.regexes import pattern

MAX_WHAT_WORDS = 45
WHAT_TAIL = 15  # an account at most this much longer stays whole when its last words name something

# The words of a trimmed clause: the account reads the sentence without its date phrases and
# their prepositions ("They met on 5 May." is read "They met."), text the token table does not
# hold, so it takes its words from that text (a word keeps its full stops: "Dr.", "met.").
_CLAUSE_WORD = pattern(r"[\w'’.-]+")
_PAST = frozenset(PAST_FORMS)


def _past_participle(low: str) -> bool:
    """A past or a past participle, given lowercase: "held", "signed" (not "need", "proceed")."""
    return low in _PAST or (low.endswith("ed") and low not in ACCOUNT_NOT_PAST_ED)


# Words dropped with a date phrase: "[on] 23 October", "[from] 6 to 8 July", "[in] June 2019".
# A weekday (and a part of it) in apposition before a date, with its preposition: "[on Tuesday
# evening,] 18 November 2025".
_WEEKDAY_BEFORE = pattern(
    rf"(?:\b(?:on|last|this)\s+)?\b(?:{'|'.join(w.capitalize() for w in WEEKDAYS if len(w) > 3)})"
    rf"(?:\s+(?:{'|'.join(DAY_PARTS)}))?\s*,$"
)
_DATE_PREPOSITIONS = pattern(
    r"(?:\b(?:" + "|".join(map(re.escape, DATE_PREPOSITIONS)) + r")\s+(?:the\s+)?)?"
    r"(?:\b(?:" + "|".join(map(re.escape, DATE_MODIFIERS)) + r")[\s-]+)?$",
    re.IGNORECASE,
)
# A date line opening a paragraph: "State House, Accra, Thursday 9 June 2022 – Her ..."
DATELINE_DASH = pattern(r"\s*(?:–|—|--|-)\s+")
_ACRONYM_BRACKETS = pattern(r"\s*\((?:[A-Z][\w.&-]{0,14})\)")
# What a clause is tidied of once phrases are cut out of it: runs of spaces, a space before a
# mark, a doubled comma.
_SPACE_RUN = pattern(r"\s{2,}")
_SPACE_BEFORE_MARK = pattern(r"\s+([,.;:])")
_DOUBLE_COMMA = pattern(r",\s*,")
# The word right before a date, its prepositions cut: the participle of "the Working Group held
# on 2 May".
_LAST_WORD = pattern(r"([\w'’-]+)$")
# Honorifics before a name; a few words that are also ordinary titles or nouns are kept.


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
    + _trie(
        [
            # "Rt Hon" and "Rt. Hon.": a full stop may end each word; "H.E." and "H. E."
            [r"\.?\s+" if c == " " else r"\.\s?" if c == "." else re.escape(c) for c in h]
            for h in sorted(HONORIFICS)
            if h not in ACCOUNT_KEPT_HONORIFICS
        ]
    )
    # "H.E.Tibor Baloghdi": a full stop may stand for the space before a name (not "U.S.")
    + r"(?:\.?\s+(?=[A-Z])|\.(?=[A-Z][a-z]))"
)
_NAME_WORD = pattern(r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.|" + "|".join(sorted(ACCOUNT_NAME_PARTICLES)) + ")$")


@cache
def _honorific() -> re.Pattern[str]:
    return pattern(_HONORIFIC_PATTERN, re.IGNORECASE)


def without_honorifics(text: str) -> str:
    """``text`` without the honorifics an account leaves out ("Minister of Commerce Dr Piyush
    Goyal" -> "Minister of Commerce Piyush Goyal"), spaces tidied."""
    return _SPACE_RUN.sub(" ", _honorific().sub("", text)).strip()


# --- The short account of a sentence -------------------------------------------------------------


_SPLIT_MARKS = pattern(r"[,()\[\]“”«»\"–—]")
_OPENING_QUOTES = frozenset("“‘«")
_CLOSING_QUOTES = frozenset("”’»")


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
        elif c == "," and text[m.start() - 1 : m.start()].isdigit() and text[m.end() : m.end() + 1].isdigit():
            continue  # a thousands separator: "1,200 participants"
        elif c == "," and text[m.end() : m.end() + 2].lstrip()[:1] in _OPENING_QUOTES:
            continue  # a title in quotation marks after its noun: "focused on the theme, ‘Trade,’"
        elif c == "," and text[m.end() : m.end() + 1] in _CLOSING_QUOTES:
            continue  # ... and the comma inside its closing mark
        elif not depth and not quoted and (c == "," or text[m.start() - 1 : m.start()] == " "):
            parts.append(text[last : m.start()])
            last = m.end()
    parts.append(text[last:])
    return [p.strip() for p in parts]


def _words(segment: str) -> list[str]:
    return _CLAUSE_WORD.findall(segment)


def _is_finite(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a finite verb: an auxiliary, an irregular past form, or a
    lowercase "-ed" form not used as an adjective ("the newly appointed Ambassador")."""
    word = words[i]
    low = word.lower()
    if low in FINITE_WORDS and word.islower():
        return True
    if "-" in word and word.islower() and word.partition("-")[0] in VERB_PREFIXES:
        low = word.partition("-")[2]  # "co-chaired", "re-elected": the verb's past
    elif not word.islower() or "-" in word:
        return False
    is_past = low in _PAST or (len(low) > 3 and low.endswith("ed") and low not in ACCOUNT_NOT_PAST_ED)
    if not is_past:
        return False
    if i > 0 and words[i + 1 : i + 2] == ["by"] and low not in ("was", "were", "had"):
        return False  # a passive participle after its noun: "The agreement signed by the two ministers"
    return not _after_determiner(words, i)


def _after_determiner(words: list[str], i: int) -> bool:
    """Whether a determiner stands before word ``i``, past any "-ly" adverbs: an adjective, as
    in "the newly appointed Ambassador"."""
    j = i - 1
    while j >= 0 and words[j].lower().endswith("ly"):
        j -= 1
    return j >= 0 and words[j].lower() in ACCOUNT_DETERMINERS


@lru_cache(maxsize=8192)  # the summary and the events stage read the same segments again
def first_finite(segment: str) -> int | None:
    """The index (in words) of the segment's first finite verb, or None. An occasion's
    participle after its name ("The Ports Forum [held] in Lima brought together ...") is one
    only when no finite verb comes after it."""
    words = _words(segment)
    reduced: int | None = None
    for i in range(len(words)):
        if _is_finite(words, i):
            if not _reduced_relative(words, i):
                return i
            reduced = i if reduced is None else reduced
        if i == 0 and words[1:2] == ["by"] and words[0].lower().endswith("ed"):
            return None  # "organized by the Port Authority": a participle phrase, not a clause
    return reduced


# The prepositions after an occasion's participle that make it a reduced relative clause:
# "the Forum held [in] Lima", "the Summit hosted [by] Peru", "the Meeting convened [on] 3 May".
_REDUCED_PREPOSITIONS = frozenset({"in", "at", "on", "from", "by", "during", "under"})


def _reduced_relative(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is an occasion's participle right after the occasion's name and
    before a preposition: "The Ports Forum [held] in Lima ..." (a reduced relative clause: the
    name is the subject of a verb after it), not "The delegates convened in Lima"."""
    return (
        0 < i < len(words) - 1
        and words[i].lower() in OCCASION_PARTICIPLES
        and words[i - 1][:1].isupper()
        and words[i + 1].lower() in _REDUCED_PREPOSITIONS
    )


def _reduced_subject(rest: list[str], verbs: dict[str, int | None]) -> list[str]:
    """The segments with an occasion's reduced relative clause joined to the clause whose
    verb it is the subject of, past the rest of its place and date: "The Ports Forum held in
    Lima" + "Peru brought together 600 delegates" (a place's country or state after its
    comma) is one clause; else as they are."""
    for i, segment in enumerate(rest[:-1]):
        verb = verbs[segment]
        if verb is None or not _reduced_relative(_words(segment), verb):
            continue
        for j in range(i + 1, len(rest)):
            later = rest[j]
            at = verbs[later]
            if _relative(later):
                break
            if at is not None:
                if not all(w[:1].isupper() for w in _words(later)[:at]):
                    break  # a clause with its own subject: "..., the Minister opened it"
                merged = ", ".join(piece.strip() for piece in rest[i : j + 1])
                verbs[merged] = first_finite(merged)
                return [*rest[:i], merged, *rest[j + 1 :]]
    return rest


def first_finite_match(segment: str) -> re.Match[str] | None:
    """The segment's first finite verb (``first_finite``) as a match: its word and where it
    stands."""
    verb = first_finite(segment)
    return None if verb is None else next(itertools.islice(_CLAUSE_WORD.finditer(segment), verb, None), None)


# A past perfect's participle, past an adverb: "had [already] announced", "had met", "had been".
_PARTICIPLE_AFTER = pattern(r"\s+(?:[a-z]+ly\s+|already\s+|also\s+|earlier\s+)?([a-z]+)")


def past_perfect(what: str) -> int | None:
    """Where the first finite verb of a clause stands when it is a past perfect, else None: the
    clause tells what had happened before the story's time ("The Minister, who visited the port
    in 2023, had announced the terminal at a conference in Lora"); not "had talks with"."""
    verb = first_finite_match(what)
    if verb is None or verb.group().lower() != "had":
        return None
    after = _PARTICIPLE_AFTER.match(what, verb.end())
    if after is None:
        return None
    word = after.group(1)
    return verb.start() if _past_participle(word) or cue_form(word) == "past" else None


_NOT_MAIN = ACCOUNT_RELATIVES | COORDINATORS  # "who said ...", "and later proceeded ..."


def _relative(segment: str) -> bool:
    """Whether a segment between commas is a relative clause: "who was appointed in 2017"."""
    words = _words(segment)
    return bool(words) and words[0].lower() in ACCOUNT_RELATIVES


def _opens_clause(segment: str) -> bool:
    """A segment that is a clause of its own: a subject then a verb ("President Lopes met ..."),
    not a relative or coordinated one ("who said ...", "and later proceeded ...")."""
    words = _words(segment)
    verb = first_finite(segment)
    return bool(words) and bool(verb) and words[0].lower() not in _NOT_MAIN


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


def _apposed_name(rest: list[str], verb: int) -> int | None:
    """Which of the pieces before the verb's (``verb``) is the name set beside a subject told
    by its title: "The Minister of Ports, [Ana Ruiz], on Monday opened"; past the rest of a
    portfolio list the commas cut ("The Minister of Industry, Trade and Investment, [Ana
    Ruiz], ..."). None when the subject is no title."""
    subject = rest[0]
    if verb < 2 or not (
        subject.lower().startswith("the ") or (subject[:1].isalpha() and _ends_on_title(subject))
    ):
        return None  # (not the end of a quotation before the verb: '...," the Chief said')
    k = 1
    while k < verb - 1 and not _is_name(rest[k]) and _portfolio_piece(rest[k]):
        k += 1
    return k if _is_name(rest[k]) else None


def _portfolio_piece(segment: str) -> bool:
    """Whether a piece is the rest of a list of portfolios: capitalised words and "and" ("Trade
    and Investment")."""
    words = segment.split()
    return bool(words) and all(w[:1].isupper() or w in ("and", "&") for w in words)


def _second_party(pieces: list[str]) -> str:
    """The name of the second of two subjects each told by title and name, after "and": ", and
    [the visiting Minister of Fiji], [Ana Ruiz], signed" -> "Ana Ruiz"; "" when the pieces are no
    such second subject."""
    if not pieces or not pieces[0].lstrip().lower().startswith("and "):
        return ""
    last = pieces[-1].strip()
    if len(pieces) == 1:  # ", and Ana Ruiz signed"
        last = last[len("and ") :].strip()
    return last if len(pieces) <= 2 and _is_name(last) else ""


def _only_adverbs(words: list[str]) -> bool:
    return all(
        w.lower() in ("also", "then", "later", "further", "officially") or w.lower().endswith("ly")
        for w in words
    )


def _clean(text: str) -> str:
    text = _ACRONYM_BRACKETS.sub("", text)
    text = _honorific().sub("", text)
    text = _SPACE_RUN.sub(" ", text).strip(" ,;:.–—-")
    words = text.split()
    # whole when the words past the limit are few and name something or give a figure: English
    # puts what is new last ("... on the margins | of the Ministerial Council in Milan")
    tail = words[MAX_WHAT_WORDS:]
    if tail and (len(tail) > WHAT_TAIL or not any(w[:1].isupper() or w[:1].isdigit() for w in tail)):
        text = " ".join(words[:MAX_WHAT_WORDS]).rstrip(",;:") + " …"
    return text[:1].upper() + text[1:]


def remove_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` without the date phrases at ``spans`` and the prepositions before them."""
    out = text
    for start, end in sorted(spans, reverse=True):
        if out[end : end + 2] in POSSESSIVE_ENDINGS:
            continue  # "at Thursday's meeting": the date is a word of the noun phrase, kept
        cut = max(0, start - 40)  # the prepositions stand right before the date
        head = out[:cut] + _DATE_PREPOSITIONS.sub("", out[cut:start]).rstrip()
        before, _, which = head.rpartition(" ")
        if which.lower() in MONTH_WHICH_WORDS:  # "in Kallo [last] November"
            head = before.rstrip()
        if head.endswith(","):  # "on Tuesday evening, 18 November": the weekday is the date's
            weekday = _WEEKDAY_BEFORE.search(head, max(0, len(head) - 40))
            head = head[: weekday.start()].rstrip() if weekday is not None else head
        if "," in out[start:end] and out[end : end + 1] == "," and head and head[-1] != ",":
            end += 1  # "a webinar on Wednesday, 5 March 2025, on ...": the date's closing comma
        out = head + out[end:]
    out = _SPACE_BEFORE_MARK.sub(r"\1", out)
    out = _DOUBLE_COMMA.sub(",", out)
    return _SPACE_RUN.sub(" ", out).strip(" ,")


def _main_clause(segments: list[str]) -> str:
    """The main clause of a sentence's segments, after a fronted "With <someone>," that names
    the other party of its talks ("With Trade Minister Ana Ruiz, the Minister discussed ...":
    without it the account tells talks with no one)."""
    clause = _main_clause_of(segments)
    party = _with_party(segments) if clause else None
    return f"{party}, {clause}" if party else clause


def _with_party(segments: list[str]) -> str | None:
    """The fronted "With" phrase among the opening phrases whose object is named (a capital
    after "with" or "with the"): "With Foreign Minister Tom Berg"; not "With the support of
    the Bank", "With this in mind". The name set beside a title goes with it: "With the Mayor
    of Olvik, Ms. Ana Lind"."""
    for i, segment in enumerate(segments):
        words = _words(segment)
        if words and not _is_intro(segment):
            return None
        if len(words) < 2 or words[0].lower() != "with":
            continue
        named = words[2] if words[1] == "the" and len(words) > 2 else words[1]
        if not named[:1].isupper():
            return None
        name = segments[i + 1].strip() if i + 1 < len(segments) else ""
        return f"{segment.strip()}, {name}" if _is_name(name) else segment.strip()
    return None


def _main_clause_of(segments: list[str]) -> str:
    rest = list(segments)
    subordinate = False
    while rest and (not rest[0] or _is_intro(rest[0])):
        first = _words(rest[0])
        subordinate = subordinate or bool(first and first[0].lower() in ACCOUNT_SUBORDINATORS)
        rest.pop(0)
    if not rest:
        return ""
    # after an opening phrase, a relative clause is the phrase's, not the main one: "In Abuja,
    # [where she arrived on Monday,] she held talks ..."
    first_relative = 0 if len(rest) < len(segments) else 1
    verbs = {segment: first_finite(segment) for segment in rest}  # each segment's first verb
    rest = _reduced_subject(rest, verbs)
    for segment in rest[first_relative:]:  # ", who was appointed in 2017,": the subject's apposition
        if _relative(segment) and any(verbs[s] is not None for s in rest[rest.index(segment) + 1 :]):
            verbs[segment] = None
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
        named = _with_named_object(segment, rest[i + 1 :], verbs)
        after = rest[i + 2 :] if named != segment else rest[i + 1 :]  # past the name it took
        segment = _with_list(named, after, verbs)
        # whom the subject met there comes first, as told: "visited the College, where she met
        # its rector, Mr. Tom Berg, and handed over ..." (the second predicate after it)
        segment = _with_encounter(segment, after, verbs)
        segment = _with_second_predicate(segment, after, verbs)
        segment = _with_shifted_object(segment, after, verbs)
        segment = _with_signatories(segment, after, verbs)
        segment = _with_occasion(segment, after, verbs)
        segment = _with_theme(segment, after)
        listed = _list_before(rest[:i], verbs, words[:verb])
        if listed:
            return f"{listed}, {segment}"
        if i > 0 and _only_adverbs(words[:verb]):
            subject = rest[0]
            k = _apposed_name(rest, i)
            if k is not None:
                subject = rest[k]
                second = _second_party(rest[k + 1 : i])
                subject = f"{subject} and {second}" if second else subject
            return f"{subject} {segment}"
        return segment
    return rest[0]


_ENCOUNTER_VERBS = frozenset(HOLD_FORMS) | frozenset(MEET_FORMS)
# "on the theme ‘Ports for People’", "under the motto ...": what the occasion was about.
_THEME = pattern(rf"(?:on|under|with)\s+(?:the|a|its)\s+(?:{'|'.join(sorted(THEME_NOUNS))})\b", re.IGNORECASE)


def _with_theme(segment: str, after: list[str]) -> str:
    """The clause with the theme phrase that comes next, past the date cut out before it: "The
    Harbour Forum met in Apia" + ", under the theme ‘Ports for People’" tells what it was
    about, as the sentence put it last (end focus)."""
    piece = next((p.strip() for p in after if p.strip()), "")
    if not _THEME.match(piece) or segment.rstrip().endswith(piece):
        return segment
    return f"{segment}, {piece}"


def _with_occasion(segment: str, after: list[str], verbs: dict[str, int | None]) -> str:
    """The clause with the "as"/"when"/"while" clause after it that tells the event it happened
    at, when it names none itself: "Trade and jobs were the focus for the delegates" + ", as
    Lima hosted the Ports Forum" (its verb holds the event, or the event is its subject: ",
    when the Ports Forum opened"). A clause that tells an encounter keeps to itself."""
    if _tells_encounter(segment):
        return segment
    for piece in after:
        verb = verbs.get(piece)
        if verb is None:
            continue
        words = _words(piece)
        if words[0].lower() not in OCCASION_SUBORDINATORS or not _tells_encounter(piece):
            return segment
        held = words[verb].lower() in _ENCOUNTER_VERBS
        noun = gathering_nouns().search(piece)
        before_verb = noun is not None and len(_words(piece[: noun.start()])) < verb
        return f"{segment}, {piece}" if held or before_verb else segment
    return segment


def _tells_encounter(segment: str) -> bool:
    """Whether a clause names a gathering ("the Forum") or an encounter's verb ("met",
    "hosted")."""
    if gathering_nouns().search(segment) is not None:
        return True
    return any(w.lower() in _ENCOUNTER_VERBS for w in _words(segment))


def _with_second_predicate(segment: str, after: list[str], verbs: dict[str, int | None]) -> str:
    """The clause with a second predicate of its subject joined by ", and" after it (past its
    object's appositions): "Mr X attended the Conference in Seoul, Korea, [and signed agreed
    minutes with the Commissioner, Mr Y]" tells both what he did."""
    for j, piece in enumerate(after):
        if piece.lower().startswith("and ") and verbs[piece] == 1:
            return f"{segment}, {_with_named_object(piece, after[j + 1 :], verbs)}"
        if verbs[piece] is not None:
            return segment  # a clause of its own comes first
    return segment


_ENCOUNTER_REACH = 3  # "where [the Minister] met", "where she [later] met": the verb comes soon


def _with_encounter(segment: str, after: list[str], verbs: dict[str, int | None]) -> str:
    """The clause with a relative clause of place right after it that tells whom the subject
    met there, and the name its title stands with: "visited the Council's headquarters" + ",
    where she met the Secretary General" + ", Mr. Tom Berg": a visit's account says whom."""
    if not after:
        return segment
    words = [w.lower() for w in _words(after[0])]
    if not words or words[0] != "where" or not any(w in MEET_FORMS for w in words[1 : 2 + _ENCOUNTER_REACH]):
        return segment
    clause = _with_named_object(after[0], after[1:], verbs)
    rest = after[2:] if clause != after[0] else after[1:]
    return f"{segment}, {_with_list(clause, rest, verbs)}"


_DEICTIC_WORDS = frozenset(
    w for phrase in DEICTIC_TIMES for w in phrase.split()
)  # "today", "this", "morning"
_ON_WEEKDAY = frozenset(("on", *(w.lower() for w in WEEKDAYS)))  # "received on Monday"


def _with_shifted_object(segment: str, after: list[str], verbs: dict[str, int | None]) -> str:
    """The clause of an encounter that needs whom (``NEEDS_OBJECT``) and ends on its verb once
    the date between commas is cut out, with the next piece that holds whom, after a place, and
    the name in apposition with it: "The Minister received today" + "at the Ministry the
    Director of the Agency" + ", Ms. Ana Ruiz" (the long object comes last: end weight)."""
    words = [w.lower() for w in _words(segment)]
    told = len(words)
    while words and (words[-1] in _DEICTIC_WORDS or words[-1] in _ON_WEEKDAY):
        words.pop()
    if not words or words[-1] not in NEEDS_OBJECT or not after:
        return segment
    if len(words) < told:  # the day word the date stood beside goes with it: "received [today]"
        segment = segment[: _verb_end(segment, len(words))]
    nxt = after[0]
    if not nxt.strip() or verbs.get(nxt) is not None or _relative(nxt) or nxt.split()[0].endswith("ing"):
        return segment  # not "received today, | who ...", "| bringing ..."
    return _with_named_object(f"{segment} {nxt.strip()}", after[1:], verbs)


def _verb_end(segment: str, count: int) -> int:
    """Where the ``count``-th word of a segment ends."""
    return next(itertools.islice(_CLAUSE_WORD.finditer(segment), count - 1, None)).end()


# A participle of signing and its agent: ", signed by the Mayor ...".
_SIGNED_BY = pattern(
    rf"(?:{'|'.join(f for f in SIGN_FORMS if f.endswith('ed'))})\s+by\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE
)


def _with_signatories(segment: str, after: list[str], verbs: dict[str, int | None]) -> str:
    """The clause with who signed what it tells was agreed: "formalised a new lease agreement"
    + ", signed by Mayor Tom Berg" + ", and Harbour Master Ana Ruiz": a signing's account names
    its signatories, the pieces after the participle with no verb of their own."""
    if not after or _SIGNED_BY.match(after[0].strip()) is None:
        return segment
    pieces = [after[0].strip()]
    for item in after[1 : _LIST_ITEMS + 1]:
        if verbs.get(item) is not None or not item or _relative(item) or _is_intro(item):
            break
        pieces.append(item.strip())
    return ", ".join([segment, *pieces])


# "and" or "or" joining the last item; not after a suspended hyphen, which joins two modifiers
# of one item: "international- and regional bodies".
_LIST_END = pattern(r"(?<!-\s)\b(?:and|or)\s")
_AS_WELL_AS = pattern(r"\s*as\s+well\s+as\s")  # the last item, added: "..., as well as the Port Board"
_LIST_ITEMS = 6  # "from Rwanda, the UAE, ... and Zimbabwe": the items after the first
_LIST_ITEM_WORDS = 6  # longer pieces are appositions ("Ahmed Al Khalifa, the President of ...")
_SUBJECT_ITEM_WORDS = 8  # "Trade and other Ministries from WCO Members": an item of a subject list


def _list_before(before: list[str], verbs: dict[str, int | None], subject: list[str]) -> str:
    """The first items of a list that is the clause's subject, its commas cut: "More than 180
    delegates from Customs, ministries, academia" before "and business convened": the
    subject holds "and", and the pieces before it have no verb, six words at most but the
    first (the list's head); "" when there are none."""
    if not before or "and" not in subject:
        return ""
    items: list[str] = []
    for item in reversed(before[-_LIST_ITEMS:]):
        head = item is before[0]
        if not item or verbs.get(item) is not None or _relative(item) or _opens_phrase(item, head):
            return ""
        items.insert(0, item)
        if item is before[0]:
            break  # the head of the list: "More than 180 delegates from Customs"
        if len(_words(item)) > _SUBJECT_ITEM_WORDS:
            return ""
    return ", ".join(items) if items and items[0] is before[0] else ""


def _opens_phrase(item: str, head: bool) -> bool:
    """Whether a piece before a list subject's last item is an introductory phrase, not an
    item: one opening with an intro word ("In Lima, the ports and the railways were ..."), or
    at the list's head with a participle ("Speaking at the Forum, the Minister and ...", "Held
    here on Saturday, the ceremony between Olvik and Brask ..."; a past participle then a small
    word, not a name: "United Nations, ..."). After the head, a gerund or a compound in -ing is
    an item of the list: "Port fees, [building the new quay], [capacity-building] and trade
    were among the topics"."""
    words = _words(item)
    if not words or words[0].lower() in INTRO_WORDS:
        return True
    return head and (_is_intro(item) or _participle_opening(words))


def _participle_opening(words: list[str]) -> bool:
    """ "Held here", "Organised by the Ministry": a capitalised past participle, then a
    lowercase word."""
    return len(words) > 1 and words[1].islower() and _past_participle(words[0].lower())


def _with_named_object(segment: str, after: list[str], verbs: dict[str, int | None]) -> str:
    """The clause with the name its last word, a title, stands in apposition with, and what
    follows the name: "congratulated Finance Minister" + ", Muhammad Dar on the conclusion of
    the review" (no verb of its own, a capitalised name first): the object is the person."""
    if not after or verbs.get(after[0]) is not None:
        return segment
    first = after[0].split()[:2]
    if not _ends_on_title(segment) or len(first) < 2:
        return segment
    if not all(_NAME_WORD.match(w) for w in first) or first[0].lower() in ACCOUNT_DETERMINERS:
        return segment
    return f"{segment}, {after[0].strip()}"


@cache
def _title_end() -> re.Pattern[str]:
    """A title closing a clause, its head last or its complement after it: "met Finance
    Minister", "met the Minister of Interior", "met the Minister of Trade and Industry"."""
    heads = "|".join(
        r"\s+".join(map(re.escape, h.split())) for h in sorted(TITLE_HEADS, key=len, reverse=True)
    )
    name = r"(?-i:[A-Z])[\w’'-]*"
    return pattern(
        rf"\b(?:{heads})(?:\s+(?:of|for)\s+(?:the\s+)?{name}(?:\s+(?:(?:and|of|the|for)\s+)*{name})*)?$",
        re.IGNORECASE,
    )


def _ends_on_title(segment: str) -> bool:
    """Whether a clause ends on a title (``_title_end``), which a name in apposition may follow."""
    return _title_end().search(segment.rstrip()) is not None


def _with_list(segment: str, after: list[str], verbs: dict[str, int | None]) -> str:
    """The clause with the rest of a list its last comma cut: "met his counterparts from
    Rwanda" + ", the United Arab Emirates and Zimbabwe today": the items after it have no verb
    of their own, and the last one joins with "and" or "or"; else the clause as it is."""
    for k, item in enumerate(after[:_LIST_ITEMS]):
        closing = _before_relative(item)
        if closing and _closing_item(closing) and first_finite(closing) is None:
            # "from the Authority, [shipping lines and exporters] on the delays that have left ...":
            # the last item, its relative clause left out
            return ", ".join([segment, *after[:k], closing])
        if verbs.get(item) is not None or not item or _relative(item):
            return segment
        if first_finite(item.rstrip(".!?")) is not None:
            return segment  # a clause of its own: ", and the talks began."
        if _AS_WELL_AS.match(item) and len(_words(item)) <= _BODY_ITEM_WORDS:
            return ", ".join([segment, *after[: k + 1]])  # "..., as well as representatives of X"
        if (
            _is_intro(item)
            and not _gerund_item(item)
            and not _modified_item(after[k - 1] if k else segment, item)
        ):
            return segment
        if (
            len(_words(item)) > _LIST_ITEM_WORDS
            and not _body_name(item)
            and not _closing_item(item)
            and not _closes_list(item)
        ):
            return segment  # an apposition; not the last item, however long: "and other
            # senior officials of the province"
        if _LIST_END.search(item) and not _last_item_after(item, after[k + 1 : _LIST_ITEMS]):
            # the last item with the name its title stands with: "and the Minister of Trade, Ana Ruiz"
            return ", ".join([segment, *after[:k], _with_named_object(item, after[k + 1 :], verbs)])
    return segment


_RELATIVE_OPENING = pattern(r"\s(?:that|which|who|whom)\s")


def _before_relative(item: str) -> str | None:
    """A list item's words before a relative clause it ends with; None when it has none, or
    when a verb comes after the relative clause's own (a clause of its own: "and the talks
    that followed were long")."""
    found = _RELATIVE_OPENING.search(item)
    if found is None:
        return None
    rest = item[found.end() :].split()
    verb = first_finite(" ".join(rest))
    if verb is None:
        return None
    after = verb + 1
    while after < len(rest) and rest[after - 1].lower() in AUXILIARIES:
        after += 1  # "that [have left]", "who [had complained]": one verb
    return item[: found.start()] if first_finite(" ".join(rest[after:])) is None else None


def _closing_item(item: str) -> bool:
    """Whether a long piece is a list's last item with the clause's adjuncts after it: "met
    exporters, [importers and freight forwarders] at the port on Monday": its "and" comes
    before any preposition, and the item up to the first preposition after it is as short as
    any other. Not an apposition ("the President of the Board and Chair of ...")."""
    words = [w.casefold() for w in _words(item)]
    joiner = next((k for k, w in enumerate(words) if w in _ITEM_JOINERS), None)
    if joiner is None or any(w in PREPOSITIONS for w in words[:joiner]):
        return False
    head = next((k for k in range(joiner + 1, len(words)) if words[k] in PREPOSITIONS), len(words))
    return head <= _LIST_ITEM_WORDS


_ITEM_JOINERS = frozenset({"and", "or"})


def _gerund_item(item: str) -> bool:
    """Whether a piece opening with an -ing word is a list's item, not a participle's phrase: the
    word is followed by the list's "and" or "or" ("to fight piracy, [smuggling and illegal
    fishing]"), not by an object ("thanking the Minister")."""
    words = _words(item)
    return len(words) > 1 and words[1] in _ITEM_JOINERS


def _modified_item(before: str, item: str) -> bool:
    """Whether a piece opening with an -ing word is a list's item whose noun it modifies: the
    -ing word, a plural noun, then the list's "and" or "or", after an item of the same shape (a
    bare plural): "met port managers, [shipping executives and government officials]"; not a
    participle's phrase after a clause ("opened the forum, welcoming delegates and guests")."""
    words = _words(item)
    last = _words(before)[-2:]
    return (
        len(words) > 2
        and words[2] in _ITEM_JOINERS
        and words[1].endswith("s")
        and len(last) == 2
        and last[1].endswith("s")
        and last[1].islower()
        and last[0].lower() not in ACCOUNT_DETERMINERS
    )


def _closes_list(item: str) -> bool:
    """Whether a piece opens with the "and" or "or" of a list's last item: ", and other senior
    officials of the province" (no apposition opens so)."""
    return item.lstrip().startswith(("and ", "or "))


def _last_item_after(item: str, rest: list[str]) -> bool:
    """Whether an item's "and" is one of a body's name ("the Office of Trade and Shipping"): the
    list's last item, a body's name opening with "and", comes after it."""
    return (
        not item.lstrip().startswith("and ")
        and bool(rest)
        and rest[0].lstrip().startswith("and ")
        and _body_name(rest[0])
    )


_BODY_ITEM_WORDS = 20  # "Deputy Prime Minister and Minister of Finance Taro Aso": a titled name is long


def _body_name(item: str) -> bool:
    """Whether a list item is a name, however long: of a body ("met the Ministry of Ports, [the
    Office of the Norland Trade Envoy], and [the Harbour Board of Port Harlow]") or of a person
    with the title before it ("[Deputy Prime Minister and Minister of Ports Tom Berg]"):
    capitalised words and the small words inside a name. Not an apposition that gives a title
    with its article ("Tom Berg, the President of the Harbour Board"): it says who the name
    before it is."""
    words = _words(item)
    if words[:1] == ["and"]:
        words = words[1:]
    article = bool(words) and words[0].lower() == "the"
    words = words[1:] if article else words
    if not words or len(words) > _BODY_ITEM_WORDS or (article and words[0].lower() in TITLE_HEADS):
        return False
    return all(w[:1].isupper() or w.lower() in EVENT_NAME_JOINERS or w == "the" for w in words)


_PLACE_PREPOSITIONS = frozenset(("in", "at", "to"))
_WORD_BEFORE = pattern(r"([\w'’]+)\s*$")


def _antecedent(head: str) -> str:
    """The noun phrase a relative clause after ``head`` is about, whole: with its place ("the
    new High Commission in Suva, which was opened" -> "the new High Commission in Suva", not
    "Suva") and its determiner ("the conference, which was held" -> "the conference"), so that
    the account reads as a sentence of its own."""
    end = len(head.rstrip())
    phrase = noun_phrase_before(head, end)
    if not phrase:
        return phrase
    start = head.rfind(phrase, 0, end)
    comma = len(head[:start].rstrip()) - 1
    if comma > 0 and head[comma] == "," and _opens_on_country(phrase.split()):
        place = noun_phrase_before(head, comma)
        if place[:1].isupper():  # "a visit to Maseru, Lesotho, which began": the city's country
            start = head.rfind(place, 0, comma)
            phrase = f"{place}, {phrase}"
    before = _WORD_BEFORE.search(head, 0, start)
    if before is not None and before.group(1).casefold() in _PLACE_PREPOSITIONS and phrase[:1].isupper():
        owner = noun_phrase_before(head, before.start())
        if owner:  # "the new High Commission in Suva": the place is the noun's, not the noun
            phrase = f"{owner} {before.group(1)} {phrase}"
            start = head.rfind(owner, 0, before.start())
            before = _WORD_BEFORE.search(head, 0, start)
    if before is not None and before.group(1).casefold() in ACCOUNT_DETERMINERS:
        phrase = f"{before.group(1)} {phrase}"
    return phrase


def _opens_adverb_clause(before: list[str], after: str) -> bool:
    """Whether the date opens a relative adverb's clause, which has its own subject and verb
    after it: "..., where on 14 May she held talks with ...". That clause is the event."""
    if len(before) != 1 or before[0].lower() not in RELATIVE_ADVERBS:
        return False
    clause = _words(after)
    return any(_is_finite(clause, i) for i in range(len(clause)))


def _clause_of_its_own(text: str, left: int, words: list[str], tail: str) -> str | None:
    """The clause after the comma at ``left`` (its ``words`` up to the date, then ``tail``)
    when it tells a happening of its own, with its subject."""
    if _opens_adverb_clause(words, tail):
        return tail.strip()
    if _contrast_clause(words):
        # "..., while dredging of the channel had been completed in July": the contrast is a
        # happening of its own, not the main clause's
        return f"{' '.join(words[1:])}{tail}"
    if _coordinate_clause(words) and first_finite(text[:left]) is not None:
        # "Relations were established in 1993, and the last visit took place in October 2019":
        # the date is the second clause's, which has a subject of its own (not a subject's
        # last item: "The Speaker, Ana Lind, and a delegation of members visited ...")
        return f"{' '.join(words[1:])}{tail}"
    said = _said_clause(words)
    if said:
        # "..., adding that the first meeting could be held in Apia in September": the date is
        # the meeting's, which the words said tell
        return f"{said}{tail}"
    subject = _later_predicate_subject(text, left, words)
    if subject:
        # "Ministers adopted the plan, and agreed to meet again in Apia in March 2027": the
        # date is the meeting's, not the adoption's
        return f"{subject} {' '.join(words[1:])}{tail}"
    subject = _subject_before_relative(text, left, words)
    if subject:
        # "The Forum, which is held every two years, continues until Wednesday": the subject's
        # own predicate, after its relative clause
        return f"{subject} {' '.join(words)}{tail}"
    return None


# A relative clause set off by commas after the sentence's subject: "The Forum, which ..., ".
_SUBJECT_RELATIVE = pattern(r"^(?P<subject>[^,;:]{2,80}?),\s+(?:which|who)\s[^,;:]*$")


def _s_form(word: str) -> bool:
    """A verb's third person in -s that a timetable or a state uses: "continues", "runs"."""
    return word in SCHEDULE_PRESENTS


def _subject_before_relative(text: str, comma: int, words: list[str]) -> str | None:
    """The sentence's subject when the date stands in its predicate after a relative clause
    between commas ("The Forum, which is held every two years, [continues until] Wednesday"):
    its first word a finite verb or a timetable's present ("continues", "ends")."""
    if comma <= 0 or not words or not words[0].islower() or not (_is_finite(words, 0) or _s_form(words[0])):
        return None
    m = _SUBJECT_RELATIVE.match(text, 0, comma)
    return m.group("subject").strip() if m is not None else None


def _contrast_clause(words: list[str]) -> bool:
    """Whether the words before a date open a contrast or a concession with a finite verb of its
    own: "while the works had ended", "although the port had closed"."""
    if not words or (words[0].lower() not in CONTRASTS and words[0].lower() not in CONCESSIONS):
        return False
    return any(_is_finite(words, i) for i in range(1, len(words)))


def _only_when(words: list[str], at: int, tail: str, right: int) -> bool:
    """Whether a relative clause between commas says no more than its verb and the date: "The
    mission, [which ran from 8 to 10 May,] included ..." (after the sentence's subject, the
    caller checks: no verb before it); its account is the main clause's. Not one that ends the
    sentence: "visited the port, which opened in May 2021" (the port's opening, dated)."""
    return at == 0 and at + 2 == len(words) and not tail.strip() and right >= 0


def _relative_account(text: str, left: int, before: str, words: list[str], at: int, tail: str) -> str | None:
    """The account of a relative clause opening at ``words[at]`` (``before``, the words up to
    the date after the comma at ``left``): the noun before it, then the clause."""
    if at == 0:
        head_text = _ACRONYM_BRACKETS.sub("", text[: max(left, 0)])
        opener = head_text.split(maxsplit=1)[:1]
        if opener and opener[0].lower() in SCENE_PREPOSITIONS and first_finite(head_text) is None:
            return None  # "During the visit, which ran from 7 to 9 June, he met ...": the scene's days
    else:
        cut = pattern(rf"\b{re.escape(words[at])}\s+{re.escape(words[at + 1])}\b", keep=False).search(before)
        head_text = _ACRONYM_BRACKETS.sub("", text[left + 1 : left + 1 + (cut.start() if cut else 0)])
    antecedent = _antecedent(head_text)
    return f"{antecedent} {' '.join(words[at + 1 :])}{tail}" if antecedent else None


def _that_relative(words: list[str]) -> int | None:
    """Where a restrictive relative "that" opens the clause of a date, its verb right after it
    and a noun before it, in the predicate of a verb: "visited the bridge [that] collapsed";
    not a that-clause after a verb ("agreed that", "said that"), "that" as a determiner ("that
    week"), nor a relative in an opening phrase, which tells the scene's date."""
    for i in range(len(words) - 2, 0, -1):
        if words[i] != "that":
            continue
        before = words[i - 1]
        if not before.isalpha() or _is_finite(words, i - 1) or cue_lemma(before.lower()) is not None:
            return None
        if not any(_is_finite(words, k) for k in range(i - 1)):
            return None  # "At the Forum that took place on 3 May, the Minister ...": the scene's
        return i if _is_finite(words[i + 1 :], 0) else None  # "that" read as no determiner
    return None


# What opens the subject of a clause joined by ", and": "and [the] last visit took place".
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "both"})
_SUBJECT_WORDS = 6  # the words of that subject before its verb


def _coordinate_clause(words: list[str]) -> bool:
    """Whether the words before a date, after a comma, open a clause joined by "and" or "but"
    with a subject of its own (a determiner, then its verb a few words on): "and the last visit
    at this level took place"; not a predicate sharing the sentence's ("and agreed to meet")."""
    if len(words) < 3 or words[0] not in ("and", "but") or words[1].lower() not in _SUBJECT_OPENERS:
        return False
    return any(_is_finite(words, i) for i in range(3, min(len(words), 3 + _SUBJECT_WORDS)))


def _said_clause(words: list[str]) -> str | None:
    """The clause a participle of speech reports after a comma, when it has a verb of its own:
    ", adding that the meeting could be held", ", noting that the port had opened"."""
    if len(words) < 3 or words[1].lower() != "that" or not words[0].lower().endswith("ing"):
        return None
    if cue_lemma(words[0].lower()) is None or not any(_is_finite(words, i) for i in range(2, len(words))):
        return None
    return " ".join(words[2:])


def _later_predicate_subject(text: str, comma: int, words: list[str]) -> str | None:
    """The subject of the sentence when the date stands in a predicate joined by ", and" after
    its main one ("Ministers adopted the plan, [and agreed to meet in March]"): the words before
    the sentence's first finite verb, when they hold no comma of an opening phrase."""
    if comma <= 0 or len(words) < 2 or words[0].lower() != "and" or not _is_finite(words, 1):
        return None
    if not _past_participle(words[1].lower()):
        # "announced that the community would dedicate 2012 to trade, and would launch it on
        # 26 January": a modal goes on the clause nearest it, whose subject is not the sentence's
        return None
    main = text[:comma]
    verb = first_finite(main)
    if not verb:
        return None
    subject = _words(main)[:verb]
    end = 0
    for word in subject:  # where the subject's words end in the text
        end = main.find(word, end) + len(word)
    if "," in main[:end]:
        return None  # "On Monday, the Minister visited ...": no bare subject to repeat
    return " ".join(subject)


def _inner_clause(text: str, start: int, end: int) -> str | None:
    """The clause a date stands in when it is not the main one: a relative clause ("the
    Summit, which will begin on 14 December") or a participle phrase after a noun, once
    the clause has its verb ("discussed the findings of the Working Group held from 2 to 4
    May")."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start))
    segment_start = left + 1
    before = _DATE_PREPOSITIONS.sub("", text[segment_start:start]).rstrip()
    head, _, which = before.rpartition(" ")
    if which.lower() in MONTH_WHICH_WORDS:  # "since the Minister took office [last] September"
        before = head.rstrip()
    right = text.find(",", end)
    tail = text[end : right if right >= 0 else len(text)].rstrip(" .;:")
    words = _words(before)
    own = _clause_of_its_own(text, left, words, tail)
    if own is not None:
        return own
    # "..., which will begin on 14 December": the relative clause and the noun before it.
    relative = next(
        (
            i
            for i, w in enumerate(words)
            if w.lower() in ACCOUNT_RELATIVES and i + 1 < len(words) and _is_finite(words, i + 1)
        ),
        None,
    )
    if relative is None and "that" in words:
        # "to see the repairs to the pier that flooded in June": June is the pier's
        relative = _that_relative(words)
    if (
        relative is not None
        and _only_when(words, relative, tail, right)
        and first_finite(text[:left]) is None
    ):
        return None  # "The mission, which ran from 8 to 10 May, included ...": the main clause's
    if relative is not None:
        return _relative_account(text, left, before, words, relative, tail)
    return _participle_clause(text, before, segment_start, tail)


def _participle_clause(text: str, before: str, segment_start: int, tail: str) -> str | None:
    """A participle right before the date ("held on", "signed in"), after a noun, with a verb
    before it; or before a phrase of a preposition ("introduced [with the neighbouring
    country] in June"), which goes with it: the noun and the participle's phrase."""
    m = _LAST_WORD.search(before) if before else None
    if m is None:
        return None
    phrase = _participle_phrase(before)
    if phrase is not None:
        m, tail = phrase, f"{before[phrase.end(1) :].rstrip()}{tail}"
    participle = m.group(1)
    p_words = _words(before[: m.start(1)])
    if participle.lower() in INTRO_WORDS:
        return None
    if (
        phrase is not None
        and participle.lower() in LEADER_PARTICIPLES
        and gathering_nouns().search(before, max(0, m.start(1) - _GATHERING_NOUN_REACH), m.start(1)) is None
    ):
        return None  # "received a delegation led by the Vice Minister on 10 March": the receiving's day
    if not _past_participle(participle.lower()) or not p_words or p_words[-1].lower() in FINITE_WORDS:
        return None
    if not any(_is_finite(p_words, i) for i in range(len(p_words))):
        return None
    noun = noun_phrase_before(text, segment_start + m.start(1) - 1)
    if not noun:
        return None
    head = text[: text.rfind(noun, 0, segment_start + m.start(1))]
    if _GOES_TO.search(head):
        # "led a delegation to the Session held from 31 May to 7 June": going to, or taking
        # part in, the event dated happens then; the main clause tells it
        return None
    return f"{noun} {participle}{tail}"


_GATHERING_NOUN_REACH = 30  # characters before a leader's participle: "the ministerial meeting"


# A participle and the phrase of a preposition after it, up to the date: "introduced [with the
# neighbouring country]", "adopted [by the Council]", "signed [in Harare]"; no comma, no verb in
# the phrase.
_PARTICIPLE_PHRASE = pattern(
    r"(?<![\w'’-])([a-z][\w'’-]*)\s+(?:with|by|between|among|for|at|under|in)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+$"
)


def _participle_phrase(before: str) -> re.Match[str] | None:
    """The participle before a phrase of a preposition that ends where the date starts, when
    the word before the date is no participle itself (then it is the one dated)."""
    last = before.rsplit(None, 1)[-1].lower()
    if _past_participle(last) or not any(
        w in before for w in (" with ", " by ", " between ", " among ", " for ", " at ", " under ", " in ")
    ):
        return None
    m = _PARTICIPLE_PHRASE.search(before, max(0, len(before) - 80))
    if m is None or not _past_participle(m.group(1)):
        return None
    previous = before[: m.start(1)].rsplit(None, 1)
    if previous and (previous[-1].lower() in ADVERBS or previous[-1].endswith("ly")):
        return None  # "The plan was first proposed at a meeting": the verb of its clause
    rest = _words(before[m.end(1) :])
    return None if any(_is_finite(rest, i) for i in range(len(rest))) else m


# The preposition of going to or taking part in what follows: "led a delegation [to the]", "took
# part [in the]", "spoke [at the]".
_GOES_TO = pattern(r"\b(?:to|in|at|into)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


# A speech verb whose object points back, then the occasion: "She [said this when] the envoy
# called on her": the happening is the occasion's clause. The verb is read from the first letter of
# a run of letters and apostrophes only (not from each boundary in "a’b’c…", which made a long
# such run quadratic): what a later start in the run would read ends where it ends, the same.
_POINTS_BACK = pattern(
    rf"^[^;]*?(?<![\w'’])['’]*(\w[\w'’]*)\s+(?:{'|'.join(sorted(ANAPHORIC_OBJECTS))})\s+(?:{'|'.join(sorted(ACCOUNT_SUBORDINATORS))})\s+",
    re.IGNORECASE,
)


def _occasion(text: str) -> str:
    """The occasion of a sentence that only points back at what was said before: "Ms Roy said
    this when the Ambassador of Chile presented his letters to her" tells that the Ambassador
    presented his letters."""
    m = _POINTS_BACK.match(text)
    if m is None or cue_lemma(m.group(1)) is None or first_finite(text[m.end() :]) is None:
        return text  # "He stated this while receiving the envoy": no clause of its own
    return text[m.end() :]


# A repeated activity: "met [regularly]", "held consultations [on a regular basis]".
_HABITUAL = pattern(
    rf"\b(?:{'|'.join(sorted(HABITUAL_ADVERBS))})\b"
    rf"|\bon\s+(?:an?\s+)?(?:{'|'.join(sorted(HABITUAL_BASES))})\s+basis\b",
    re.IGNORECASE,
)


def habitual(text: str) -> bool:
    """Whether a sentence tells an activity repeated over time, no scene of its own: "The
    officers held meetings on a regular basis", "The two ministries met regularly"."""
    return _HABITUAL.search(text) is not None


def event_what(sentence: str, spans: Sequence[tuple[int, int]] = ()) -> str:
    """A short account of what ``sentence`` tells, quoting or trimming it: the clause holding
    the dates at ``spans`` (offsets in ``sentence``) without them, its introductory phrases,
    appositives, honorifics and bracketed acronyms."""
    return _event_what(sentence, tuple(spans))


# A long text says the same short sentence many times ("On 3 May.", a repeated standfirst):
# its account is worked out once.
@lru_cache(maxsize=1024)
def _event_what(sentence: str, dated: tuple[tuple[int, int], ...]) -> str:
    text = sentence
    spans: Sequence[tuple[int, int]] = dated
    if spans:
        first_start, first_end = min(spans)
        dash = DATELINE_DASH.match(text, first_end)
        if dash is not None and first_start < 150:
            cut = dash.end()
            spans = [(s - cut, e - cut) for s, e in spans if s >= cut]
            text = text[cut:]
    if spans:
        start, end = min(spans)
        inner = _inner_clause(text, start, end)
        if inner:
            return _clean(remove_spans(inner, []))
    text = _occasion(remove_spans(text, spans))
    semicolon = text.find(";")
    listed = ""
    if semicolon > 0:
        listed = _semicolon_list(text[semicolon + 1 :])
        text = text[:semicolon]
    clause = _main_clause(_with_countries(_split_top_level(text)))
    if listed:
        clause = _with_semicolon_list(clause, text, listed)
    return _clean(clause)


def _with_semicolon_list(clause: str, text: str, listed: str) -> str:
    """The clause with the rest of a semicolon list (``listed``) when it ends on the list's first
    item (``text`` is the sentence up to the first semicolon), and with that item's apposition
    when it left it out: "brought together Tom Berg" + ", Head of the Port of Orvik" + "; Eva
    Dal, ...; and Leo Sand of ..."."""
    last = " ".join(clause.split()[-2:])
    at = text.rfind(last) if last else -1
    if at < 0:
        return clause
    apposition = text[at + len(last) :].rstrip()
    if apposition and (apposition[0] != "," or "," in apposition[1:] or first_finite(apposition) is not None):
        return clause  # the clause does not end on the list's first item
    return f"{clause}{apposition}; {listed}"


def _semicolon_list(rest: str) -> str:
    """The rest of a list whose items the semicolons part, after its first item, when ``rest``
    (the text after the first semicolon) is one: its last item opens with "and" or "or" and no
    item has a verb of its own ("met the Minister of Ports, Ana Ruiz; the Minister of Trade, Tom
    Berg; and the Mayor, Eva Lind"). "" when it is not: "...; the talks went on"."""
    items = rest.split(";")
    last = items[-1].lstrip()[:4].lower()
    if last not in ("and ", "or ") or any(first_finite(item) is not None for item in items):
        return ""
    return rest.strip().rstrip(".")


def _with_countries(segments: list[str]) -> list[str]:
    """The segments with a country after a comma joined back to the place before it: "visited
    Tashkent, | Uzbekistan to speak at the Conference" is one clause."""
    out: list[str] = []
    for segment in segments:
        words = segment.split()
        if out and (_after_a_place(out[-1], words) or _names_the_settlement(out[-1], words)):
            out[-1] = f"{out[-1]}, {segment}"
        else:
            out.append(segment)
    return out


def _after_a_place(before: str, words: list[str]) -> bool:
    """Does a segment open with the country of the place the one before ends on ("Tashkent, |
    Uzbekistan")?"""
    return before[-1:].isalpha() and before.split()[-1][:1].isupper() and _opens_on_country(words)


_PLACE_NAME_WORDS = 4  # "Ciudad del Este", "Bandar Seri Begawan"


def _names_the_settlement(before: str, words: list[str]) -> bool:
    """Does a segment only name the kind of place the one before ends on ("travelled to the
    capital, | Tolvik" , "in the port town, | Sandness")? The name in apposition is the place."""
    last = before.split()[-1:] or [""]
    return (
        last[0] in SETTLEMENT_NOUNS
        and 0 < len(words) <= _PLACE_NAME_WORDS
        and all(w[:1].isupper() or w in ACCOUNT_NAME_PARTICLES for w in words)
    )


_COUNTRY_WORDS = 4  # "Bosnia and Herzegovina", "the United Arab Emirates"


def _opens_on_country(words: list[str]) -> bool:
    """Does a segment open with a country's name ("Uzbekistan to speak ...")? Not a country's
    possessive, which opens a noun phrase of its own ("Uzbekistan's Deputy Prime Minister")."""
    for n in range(min(len(words), _COUNTRY_WORDS), 0, -1):
        name = " ".join(words[:n]).rstrip(".;:")
        if country_of(name) is not None:
            return True
    return False
