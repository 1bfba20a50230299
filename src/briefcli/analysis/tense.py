"""The tense of the clause a date stands in: future, past or neither.

A date without a year takes the year that fits its clause's tense (``briefcli.analysis.dates``);
a single date that a future-tense clause gives ("Kenya will host a port expo in August") is an
announcement, no scene (``briefcli.analysis.events``).

- The clause runs from the last comma, semicolon, colon, bracket, dash, "?", "!" or closing
  quotation mark before the date to the next one after it, at most ``CLAUSE_REACH`` characters each way.
- A "that" after the date closes its clause: what follows is what was said or decided, with a
  time of its own ("The Minister announced on Monday that Kenya will host the expo": the
  announcing is past, on the last Monday).
- Future: a future marker ("will", "is expected to", see ``FUTURE_MARKERS``), or a verb before
  the date that looks ahead ("agreed to hold it in May", "proposed that it be held in May"),
  unless the occasion of the decision stands between them ("agreed to harmonise their
  policies at a meeting in Abuja on Tuesday": the meeting's date).
- Past: an irregular past form ("met") or a lowercase "-ed" one ("signed"), read off the
  words of the token table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefcli.lang.en import (
    EVENT_NAME_HEADS,
    EVENT_PLACE_VERBS,
    FINITE_WORDS,
    FUTURE_MARKERS,
    INTENT_VERBS,
    MANDATIVE_VERBS,
    MEET_FORMS,
    NOT_AFTER_INFINITIVE,
    NOT_PAST_TENSE,
    NOUN_FUTURE_MARKERS,
    OCCASION_PARTICIPLES,
    PAST_FORMS,
)
from briefcli.model import Article
from briefcli.regexes import alternation, pattern

# A question or exclamation and a closing quotation mark end a clause too: in '"How will the
# port be paid for?" she asked on Monday', the quoted "will" is no tense of the asking.
_CLAUSE_STOP = pattern(r'[,;:()–—?!”"]')
CLAUSE_REACH = 300  # characters: a clause is shorter; bounds the work on unpunctuated text
_FUTURE = pattern(rf"(?<![\w'])(?i:{alternation(list(FUTURE_MARKERS))})(?![\w-])")
_PAST_SET = frozenset(PAST_FORMS)
# A verb that looks ahead, with what it governs: "agreed to present", "invited the members to
# attend", "recommended that"; "to" before a determiner is a preposition ("agreed to the plan").
_FORWARD = pattern(
    rf"(?<![\w'])(?i:{alternation(list(INTENT_VERBS))})(?:\s+[\w'’-]+){{0,3}}?\s+to\s+"
    rf"(?!(?:{alternation(sorted(NOT_AFTER_INFINITIVE))})\b)[a-z]"
    rf"|(?<![\w'])(?i:{alternation(list(MANDATIVE_VERBS))})\s+that\b"
)


def looks_ahead_to(text: str, start: int, at: int) -> bool:
    """Whether a verb that looks ahead, with its infinitive, stands between ``start`` (a
    sentence's) and ``at``: what is named after it is urged, planned or invited to, still to
    come ("encouraged members to take part in [the Trade Fair] this autumn")."""
    if text.find(" to ", start, at) < 0:
        return False  # the cheap check first: most sentences have no infinitive before the name
    return _FORWARD.search(text, start, at) is not None


def clause_tense(article: Article, start: int, end: int, within: tuple[int, int] | None = None) -> int:
    """The tense of the clause around the text's ``[start, end)``: 1 future, -1 past, 0 neither.

    The clause runs from the last comma, semicolon, colon, bracket or dash before the span to
    the next one after it, at most ``CLAUSE_REACH`` characters each way and never out of
    ``within`` (the sentence; the whole text when not given). A verb that looks ahead before the
    span ("agreed to hold it in May", "proposed that it be held in May") makes the clause
    future, whatever its own tense."""
    text = article.text
    lo, hi = within or (0, len(text))
    window = max(lo, start - CLAUSE_REACH)
    left = max((m.end() for m in _CLAUSE_STOP.finditer(text, window, start)), default=window)
    stop = _CLAUSE_STOP.search(text, end, min(hi, end + CLAUSE_REACH))
    right = stop.start() if stop else min(hi, end + CLAUSE_REACH)
    left, cut = _own_predicate(article, left, start, end, right)
    if cut is not None:
        right, stop = cut, None
    content = _that(text, end, right)
    if content is not None:  # "announced on Monday that Kenya will host": what was announced
        right, stop = content, None
    # "agreed to present the plan in October" (the finds skip the regex on most clauses)
    if text.find(" to ", left, start) >= 0 or text.find(" that ", left, start) >= 0:
        forward = _FORWARD.search(text, left, start)
        if forward is not None and (
            _plans_a_meeting(text, forward.end() - 1) or not _occasion().search(text, forward.end(), start)
        ):
            return 1
    if text.find(" to ", left, start) >= 0 and _to_an_event().search(text, left, start) is not None:
        return 1
    tense = tense_between(article, left, right)
    if tense == 1 and _past_before_noun_future(article, left, start, end, right):
        tense = -1
    if (
        tense == 0
        and stop is None
        and left > window
        and start - left <= _BARE_REACH
        and _bare_phrase(text, left, start)
    ):
        # "agreed to convene a forum in Veltrava, the Lorvanian capital, in October.": a date
        # that closes the sentence after an apposition belongs to the clause before it
        return _earlier_tense(article, window, left, start)
    if tense == 0 and stop is not None:
        # A date in a phrase without a verb takes the tense of the clause it belongs to, told
        # after it: "A meeting on 19 September, ahead of the Assembly, will aim to ..."
        tense = _later_tense(article, stop.end(), min(hi, end + CLAUSE_REACH))
    return tense


def _past_before_noun_future(article: Article, left: int, start: int, end: int, right: int) -> bool:
    """Whether a clause's future is only a noun's, after its date, its verb before that noun
    past: "The Ministry on Thursday held a consultation ahead of the rainy season" told
    Thursday's past consultation; "met ahead of the summit on Thursday" dates the summit."""
    text = article.text
    first = None
    for m in _FUTURE.finditer(text, start, right):
        if m.start() < end or m.group().lower() not in NOUN_FUTURE_MARKERS:
            return False
        first = m.start() if first is None else first
    if first is None or _FUTURE.search(text, left, start) is not None:
        return False
    texts = article.tokens.texts
    return any(_past(texts[i]) for i in article.tokens.within(left, first))


# What may stand between a clause's comma and its date when the date's phrase has no verb of
# its own: its preposition ("in", "on", "from"), or nothing.
_BARE_LEADS = frozenset({"in", "on", "from", "during", "at"})
_BARE_REACH = 10  # characters: ", during " and its spaces


def _bare_phrase(text: str, left: int, start: int) -> bool:
    """Whether the date opens its clause, at most its preposition before it: ", in October"."""
    words = text[left:start].split()
    return not words or (len(words) == 1 and words[0] in _BARE_LEADS)


def _earlier_tense(article: Article, window: int, left: int, start: int) -> int:
    """The tense of the nearest clause with a verb before a date's bare phrase, a verb that
    looks ahead in any of them making it future ("agreed to convene a forum in Veltrava, the
    capital, in October")."""
    text = article.text
    forward = _FORWARD.search(text, window, left) if text.find(" to ", window, left) >= 0 else None
    if forward is not None and (
        _plans_a_meeting(text, forward.end() - 1) or not _occasion().search(text, forward.end(), start)
    ):
        return 1
    stops = [m.start() for m in _CLAUSE_STOP.finditer(text, window, left)]
    right = stops.pop() if stops else left
    for _ in range(_CLAUSES_BACK):
        if right <= window:
            break
        clause_left = stops.pop() + 1 if stops else window
        tense = tense_between(article, clause_left, right)
        if tense:
            return tense
        right = clause_left - 1
    return 0


_CLAUSES_BACK = 3  # an apposition or two, then the clause they belong to


def event_nouns() -> list[str]:
    """The event nouns (``EVENT_NAME_HEADS``) as running text writes them: lowercase, singular
    and plural ("meeting", "meetings")."""
    return [n.lower() for n in EVENT_NAME_HEADS] + [n.lower() + "s" for n in EVENT_NAME_HEADS]


@cache
def event_noun_set() -> frozenset[str]:
    """``event_nouns`` as a set, for looking words up."""
    return frozenset(event_nouns())


@cache
def _occasion() -> re.Pattern[str]:
    """The occasion a past decision was taken at, between a verb that looks ahead and the date:
    one the text introduces ("agreed to harmonise their policies [at a meeting] of ministers in
    Abuja on Tuesday") or tells as held ("decided to set up a group [at talks held] in Tashkent
    on 19 November"): the date is the occasion's, past, not the plan's. Not a known one to come
    ("agreed to adopt the text at its session in July")."""
    nouns = alternation([*event_nouns(), "talks"])
    told = alternation(sorted(OCCASION_PARTICIPLES))
    return pattern(
        rf"\b(?:at|during)\s+(?:an?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b"
        rf"|(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\s+(?:{told})\b)",
        re.IGNORECASE,
    )


@cache
def _to_an_event() -> re.Pattern[str]:
    """A verb that looks ahead to an event it names ("invited the Minister to the Canton Fair in
    Guangzhou in October", "to Olvik's harvest festival in September", "to Trade Expo Lorvia in
    October"): the date is the event's, to come."""
    nouns = alternation(event_nouns())
    return pattern(
        rf"(?<![\w'])(?i:{alternation(list(INTENT_VERBS))})(?:\s+[\w'’-]+){{0,4}}?\s+to\s+"
        r"(?:(?:the|an?|[A-Z][\w-]*['’]s)\s+|(?=[A-Z]))"
        rf"(?:[\w'’-]+\s+){{0,5}}?(?i:{nouns})\b"
    )


_WORD = pattern(r"[a-z]+")


def _plans_a_meeting(text: str, at: int) -> bool:
    """Whether the verb at ``at``, after "agreed to", plans a meeting itself: "agreed to [meet]
    at the summit on Tuesday" (the summit to come), "decided to [hold] talks in May"."""
    m = _WORD.match(text, at)
    return m is not None and (m.group() in EVENT_PLACE_VERBS or m.group() in MEET_FORMS)


@cache
def _that_word() -> re.Pattern[str]:
    return pattern(r"\bthat\b")


def _that(text: str, start: int, end: int) -> int | None:
    """Where a "that" of the text's ``[start, end)`` opens a clause of its own: what was said,
    announced or agreed ("announced on Monday that Kenya will host the expo") has its own time,
    not the time of the saying."""
    m = _that_word().search(text, start, end)
    return m.start() if m else None


def _own_predicate(article: Article, left: int, start: int, end: int, right: int) -> tuple[int, int | None]:
    """The clause's bounds narrowed to the date's own predicate where "and" joins another with
    its own finite verb: "arrived on Wednesday [and will remain until Saturday]", "[had earlier
    visited Bissau and] is expected in Dakar on Sunday" (not "Bissau and Conakry")."""
    tokens = article.tokens
    texts = tokens.texts
    before = [k for k in tokens.within(left, start) if _joins_predicate(texts, k)]
    after = next((k for k in tokens.within(end, right) if _joins_predicate(texts, k)), None)
    return (tokens.ends[before[-1]] if before else left), (
        tokens.starts[after] if after is not None else None
    )


def _joins_predicate(texts: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is an "and" before a finite verb: "and will remain", "and signed"."""
    if texts[k] != "and" or k + 1 >= len(texts):
        return False
    word = texts[k + 1]
    return word in FINITE_WORDS or _past(word)


def _later_tense(article: Article, start: int, end: int) -> int:
    """The tense of the first clause of the text's ``[start, end)`` that has one."""
    text = article.text
    while start < end:
        stop = _CLAUSE_STOP.search(text, start, end)
        right = stop.start() if stop else end
        content = _that(text, start, right)
        tense = tense_between(article, start, right if content is None else content)
        if content is not None:
            return tense
        if tense or stop is None:
            return tense
        start = stop.end()
    return 0


def past_form(word: str) -> bool:
    """An irregular past form ("met", "held") or a lowercase "-ed" one ("signed")."""
    return _past(word)


def _past(word: str) -> bool:
    """An irregular past form ("met", "held") or a lowercase "-ed" one ("signed")."""
    return word in _PAST_SET or (
        len(word) > 3 and word.endswith("ed") and word.islower() and word not in NOT_PAST_TENSE
    )


_FUTURE_LOWS = tuple(sorted({marker.lower() for marker in FUTURE_MARKERS}))


def _may_be_future(window: str) -> bool:
    """Whether a marker of the future may stand in ``window``: one of them as it is written,
    in any case. Most clauses have none, and these look-ups cost less than the pattern's
    search (an ASCII window only: the pattern's case folding of other letters is its own)."""
    if not window.isascii():
        return True
    low = window.lower()
    return any(marker in low for marker in _FUTURE_LOWS)


def opens_future(text: str) -> bool:
    """Whether ``text`` opens with a future marker: "will take place in Accra", "is expected to
    sign"."""
    return _FUTURE.match(text) is not None


def has_future(text: str) -> bool:
    """Whether ``text`` holds a future marker anywhere ("will", "is expected to")."""
    return _may_be_future(text) and _FUTURE.search(text) is not None


def tense_between(article: Article, start: int, end: int) -> int:
    """The tense of the words of the text's ``[start, end)``: 1 future ("will"), -1 past, 0 neither."""
    if _may_be_future(article.text[start:end]) and _FUTURE.search(article.text, start, end):
        return 1
    texts = article.tokens.texts
    return -1 if any(_past(texts[i]) for i in article.tokens.within(start, end)) else 0
