"""Who's who: named people with their titles and organizations, every mention resolved to
them, unnamed role holders, organizations with their acronyms, countries and the event's place.

One stage, ``find_people(article) -> PeopleResult``, and lookups for the stages after it
(statements, sections, events), which work on a ``PeopleResult`` or a ``Briefing``:

- ``mention_at(source, start, end)``: the person mentioned at those offsets, with the mention
  ("Mr. Siluanov", "The Secretary General", "He" all resolve here);
- ``person_at(source, start, end)``: the same, the person only;
- ``mentions_in(source, start, end)``: every person mention inside a span, in text order;
- ``participant_at(source, start, end)``: the unnamed role holder mentioned there.

How a person is found. The text is split into words per sentence. A run of capitalised name
words is a person's name when something marks it as one:

- an honorific before it: "Dr. Kunio Mikuriya", "Ms Mei Ling Tan", "H.E. Capt. Tarek El Sayed";
- a title right before it: "Prime Minister Hiroshi Tanabe", "Riga Mayor Ilze Kalnina",
  "Ghana’s Minister of Trade and Industry Ama Owusu";
- a title phrase in apposition, after it ("Nadia Ferraz, ITU Spokesperson,") or before it
  ("the Director General of the Port Authority, Sara Lind,");
- a verb right after it ("Jane Doe said"), or a later "Mr./Dr./title + surname" of it.

Runs inside an organization's name ("Eurasian Economic Commission", "Russian Railways",
"Federal Customs Service"), countries, months and sentence openers are never names.

How mentions resolve. A surname or a shorter form ("Mr. Siluanov", "Minister Ben Salah",
"Dr. Anurak") goes to the person whose full name ends with (or holds) it, the most recently
mentioned one first. A title phrase without a name ("the WCO Secretary General", "The
Secretary General", "the Minister of Finance of Russia") goes to the person whose title has the
same head ("Minister of Finance") and whose organization or country agrees with every qualifier
the phrase gives ("Russia" = "the Russian Federation", "WCO" = "World Customs Organization",
"Vietnamese" = Vietnam), whether that person is named before or after it; "the late ..." and
"the former ..." only match a past holder. A headline that opens with a title as its subject
("WCO S-G opens customs week") gives that title to the lead sentence's subject when the text
gives them none ("Dr. Ana Ortiz opened ..."), so "the WCO Secretary-General" later is them. Role
phrases that match nobody are unnamed participants ("the Acting Head of the Federal Customs
Service of the Russian Federation").

The pronoun rule (he/him/his/himself, she/her/hers/herself), in this order:

1. a person mentioned earlier in the same sentence, the nearest one whose gender fits
   ("Minister Petrovic stated that his Government ...");
2. in a sentence opening with a preposition or a participle, a pronoun before the first comma
   looks ahead to the first person after it ("In his remarks, President Mensah ...");
3. otherwise (typically a sentence-initial "He"), the subject of the nearest earlier sentence
   that has a person as subject; failing that, the most recently mentioned person.

The subject of a sentence is its first person mention not governed by a preposition or an
object-taking word ("At the invitation of Mr. X, Dr. Y attended ..." has Dr. Y as subject),
or the person named right after an opening that gives the sentence's source ("According to
Mr. X, the talks went well. He added ..." has Mr. X as its topic; see ``SOURCE_OPENERS``).
Gender comes from honorifics ("Mr.", "Ms.", "His Excellency"); unknown gender fits both.
Plural pronouns are groups, left to the statements stage.

The location is the main event's place as "City, Country" (or "City, State": "Houston,
Texas"): the date line's place; else the lead paragraph's "City, Country" after "in", "to",
"at" or "visited"; else the lead sentence's "in <Place>"; else the first "City, Country"
elsewhere, one in a sentence about what comes next ("The next forum will be held in Praia,
Cabo Verde") last; else an "in <Place>" a few words after a verb of meeting ("held", "attended",
"took place", "visited"); else the known city the lead's venue is named after ("at the Lisbon
Town Hall"). A bare city gets the one country its sentence names. Nothing is
guessed for an online event.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from briefcli.lexicon import people as lex
from briefcli.lexicon.dates import MONTHS
from briefcli.lexicon.places import (
    CITIES,
    COUNTRIES,
    EVENT_PLACE_VERBS,
    FUTURE_WORDS,
    REGIONS,
    STATES,
    VENUE_NOUNS,
    VIRTUAL_CUES,
)
from briefcli.model import (
    Article,
    Briefing,
    Gender,
    Mention,
    MentionKind,
    Organization,
    Participant,
    Person,
    Place,
    Sentence,
    Tokens,
    Word,
)
from briefcli.text.tokens import tokenize

log = logging.getLogger(__name__)

__all__ = [
    "PeopleResult",
    "find_people",
    "mention_at",
    "mentions_in",
    "participant_at",
    "person_at",
    "person_mentions",
]


@dataclass(frozen=True, slots=True)
class PeopleResult:
    """What ``find_people`` finds in one article."""

    people: tuple[Person, ...] = ()
    participants: tuple[Participant, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    location: str | None = None


# --- Words ------------------------------------------------------------------------------------

_POSSESSIVES = ("'s", "’s")
_DETS = frozenset({"the", "a", "an", "its", "their", "our"})  # "led by its Chairman, Takebe Tsutomu"
_INDEFINITE = frozenset({"a", "an"})
_PREPS = frozenset({"of", "for", "to", "from", "on"})
_TITLE_PREPS = _PREPS | {"at"}  # "Director of Trade at the Ministry of Commerce"
_CHUNK_CONNECTORS = frozenset({"and", "&", "de", "du", "des", "d'", "la"})
_HONORIFIC_PHRASES = tuple(
    sorted((tuple(k.split()) for k in lex.HONORIFICS if " " in k), key=len, reverse=True)
)
_HONORIFIC_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _HONORIFIC_PHRASES:  # longest first
    _HONORIFIC_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
# The last words of honorific phrases: "Excellency" (of "His Excellency").
_HONORIFIC_PHRASE_LAST = frozenset(phrase[-1] for phrase in _HONORIFIC_PHRASES)
_SOURCE_OPENERS = tuple(tuple(phrase.split()) for phrase in lex.SOURCE_OPENERS)
_HEAD_FIRST = frozenset(h.split()[0] for h in lex.TITLE_HEADS)
_MAX_HEAD = max(len(h.split()) for h in lex.TITLE_HEADS)
# Every head's first words ("prime", "prime minister"): a longer head cannot start where these end.
_HEAD_PREFIXES = frozenset(
    " ".join(h.split()[:k]) for h in lex.TITLE_HEADS for k in range(1, len(h.split()) + 1)
)
_MONTHS = frozenset(MONTHS)
_MAX_NAME_WORDS = 6


# --- Countries --------------------------------------------------------------------------------


def _country_index() -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    """First word -> [(words, country, is_demonym)], longest first. Words compare as written,
    the last one without a possessive ("Benin’s Minister")."""
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for name, aliases, demonyms in COUNTRIES:
        for form, demonym in [(name, False), *((a, False) for a in aliases), *((d, True) for d in demonyms)]:
            if "," in form:
                words = tuple(w for w in tokenize(form, (Sentence(0, 0, 0, len(form)),)).texts if w != ".")
            else:  # the same words, faster: "U.S.A." -> ("U.S.A",)
                words = tuple(form.rstrip(".").split())
            index.setdefault(words[0], []).append((words, name, demonym))
    for entries in index.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return index


_COUNTRY_INDEX = _country_index()
_COUNTRY_NAMES = {form.lower(): name for name, aliases, _ in COUNTRIES for form in (name, *aliases)}


def _country_spans(toks: tuple[Word, ...]) -> dict[int, tuple[int, str, bool]]:
    """Token index -> (end index, country, is_demonym) for each country name or demonym."""
    spans: dict[int, tuple[int, str, bool]] = {}
    n = len(toks)
    after = 0  # the end of the last country found: no other starts inside it
    for i in [
        x for x, t in enumerate(toks) if t.text in _COUNTRY_INDEX or (t.poss and t.base in _COUNTRY_INDEX)
    ]:
        if i < after:
            continue
        t = toks[i]
        entries = _COUNTRY_INDEX.get(t.text)
        if t.base != t.text:
            entries = [*(entries or ()), *_COUNTRY_INDEX.get(t.base, ())]
        hit = None
        for words, country, demonym in entries or ():
            k = len(words)
            if k == 1:  # most names are one word: "Japan", "Vietnamese"
                matched = t.base == words[0]
            else:
                matched = i + k <= n and all(
                    (toks[i + j].base if j == k - 1 else toks[i + j].text) == words[j] for j in range(k)
                )
            if matched:
                hit = (i + k, country, demonym)
                break
        if hit is None:
            continue
        spans[i] = hit
        after = hit[0]
    return spans


def country_of(text: str) -> str | None:
    """The country a name stands for: "the Russian Federation" -> "Russia"; None if none."""
    key = text.strip()
    if key.lower().startswith("the "):
        key = key[4:]
    return _COUNTRY_NAMES.get(key.lower())


# --- Sentence structures ----------------------------------------------------------------------


class _Comp(NamedTuple):
    """A title's complement: "of Finance", "of the Russian Federation", "to Armenia"."""

    prep: int  # token index of the preposition
    start: int  # first token of the noun phrase (after any article)
    end: int
    det: bool
    lower: bool  # a lowercase phrase: "of the maritime boundary talks"


class _Segment(NamedTuple):
    start: int
    end: int  # end of the core (head and its modifiers), before post-modifiers and complements
    key: str  # normalised core: "minister", "secretary general", "acting head"
    past: bool
    comps: list[_Comp]
    stop: int  # end of the segment, complements included


@dataclass(slots=True, eq=False, repr=False)
class _Title:
    """A title phrase in a sentence: "the WCO Secretary General", "Minister of Finance of Japan"."""

    start: int  # first token: article, prefix or core
    det: int | None  # token index of the article or possessive determiner
    prefix: tuple[int, int] | None  # "WCO", "Egypt's", "Vietnamese", "ICAO Council"
    segments: list[_Segment]
    end: int
    past: bool
    used: bool = False  # taken as a named person's title
    parts: tuple[str, str | None] | None = None  # cache of _title_parts
    keys: tuple[list[str], frozenset[str]] | None = None  # cache of _title_keys


@dataclass(slots=True, eq=False, repr=False)
class _Named:
    """A mention of a person by name, with the titles around it."""

    sent: int
    para: int
    start: int  # chars: the surface form, honorifics and a title before the name included
    end: int
    name_start: int
    name_end: int
    words: tuple[str, ...]
    titles: list[tuple[_Title, _SentenceView, int]]  # (title, its sentence, rank: 0 best)
    org_after: str | None
    gender: Gender | None
    cued: bool
    prev: str | None  # the lowercased word before the mention
    person: int | None = None


@dataclass(slots=True, eq=False, repr=False)
class _Role:
    """A title phrase that refers to someone: "the Minister", "The Secretary General"."""

    sent: int
    para: int
    start: int
    end: int
    key: str
    quals: frozenset[str]
    past: bool
    has_det: bool
    indefinite: bool  # "a new Chairperson": somebody not named before
    role: str  # the phrase without its article
    title_text: str | None
    org_text: str | None
    prev: str | None
    named: _Named | None = None  # an apposition: the role is this person's
    person: int | None = None


@dataclass(slots=True, eq=False, repr=False)
class _Pronoun:
    """A personal pronoun ("he", "her") and the person it resolves to."""

    sent: int
    para: int
    start: int
    end: int
    gender: Gender
    prev: str | None
    intro: bool  # stands in an opening phrase, before the sentence's first comma
    person: int | None = None


@dataclass(slots=True, eq=False, repr=False)
class _SentenceView:
    """One sentence's words, their offsets and the countries among them."""

    index: int
    para: int
    toks: tuple[Word, ...]
    starts: tuple[int, ...]  # offsets of each word in the article text
    ends: tuple[int, ...]
    countries: dict[int, tuple[int, str, bool]]  # start -> (end, country, is_demonym)
    text: str
    in_country: set[int] = field(default_factory=set)  # token indices inside a country's name
    country_ends: dict[int, int] = field(default_factory=dict)  # end -> start
    org_spans: list[tuple[int, int]] = field(default_factory=list)  # organizations' names


def _view(text: str, tokens: Tokens, index: int, para: int, k: int | None = None) -> _SentenceView:
    """Sentence ``k`` of ``tokens`` (by default ``index``: the article's sentence of that index)."""
    r = tokens.sentence(index if k is None else k)
    toks, starts, ends = (
        tokens.words[r.start : r.stop],
        tokens.starts[r.start : r.stop],
        tokens.ends[r.start : r.stop],
    )
    countries = _country_spans(toks)
    view = _SentenceView(
        index=index, para=para, toks=toks, starts=starts, ends=ends, countries=countries, text=text
    )
    for a, (b, _, _) in countries.items():
        view.in_country.update(range(a, b))
        view.country_ends[b] = a
    return view


class _Org(NamedTuple):
    name: str
    acronym: str | None
    start: int
    end: int
    sent: int
    para: int
    generic: bool


@dataclass(slots=True, eq=False, repr=False)
class _Found:
    """What the sentence pass finds in the whole article."""

    named: list[_Named] = field(default_factory=list)
    roles: list[_Role] = field(default_factory=list)
    pronouns: list[_Pronoun] = field(default_factory=list)
    orgs: list[_Org] = field(default_factory=list)
    bare: list[_Named] = field(default_factory=list)  # name-shaped runs with no cue yet
    acronyms: dict[str, str] = field(default_factory=dict)  # "WCO" -> "World Customs Organization"
    org_acronyms: dict[str, str] = field(default_factory=dict)  # "World Customs Organization" -> "WCO"
    country_forms: dict[str, list[str]] = field(default_factory=dict)
    views: list[_SentenceView] = field(default_factory=list)


# --- Titles -----------------------------------------------------------------------------------


def _head_len(toks: tuple[Word, ...], j: int, lowercase: bool) -> int:
    """Words in the title head starting at ``j`` ("Prime Minister" -> 2), 0 if none."""
    n = len(toks)
    t = toks[j]
    if t.base_low not in _HEAD_FIRST and "-" not in t.base_low:
        return 0
    # the heads starting here, shortest first: "prime" (none), "prime minister"
    heads: list[tuple[int, str]] = []
    key = ""
    for k in range(1, min(_MAX_HEAD, n - j) + 1):
        key = f"{key} {toks[j + k - 1].base_low}" if key else toks[j + k - 1].base_low
        if key not in _HEAD_PREFIXES:
            break
        if key in lex.TITLE_HEADS:
            heads.append((k, key))
    for k, key in reversed(heads):  # the longest first
        words = toks[j : j + k]
        if any(t.poss for t in words[:-1]):
            continue
        if all(t.cap for t in words):
            return k
        if lowercase and k == 1 and key in lex.LOWERCASE_ROLE_HEADS and not words[0].cap:
            return 1
    t = toks[j]
    if t.cap and "-" in t.base_low:  # "Deputy-Director", "Co-Chair": modifiers and a head
        parts = t.base_low.split("-")
        if parts[-1] in lex.TITLE_HEADS and all(p in lex.TITLE_MODIFIERS for p in parts[:-1]):
            return 1
    return 0


def _core(toks: tuple[Word, ...], i: int, after_det: bool) -> int:
    """End of the title core starting at ``i`` (modifiers and heads, ending on a head), or 0."""
    n = len(toks)
    j, last = i, 0
    while j < n and j - i < 8:
        t = toks[j]
        k = _head_len(toks, j, lowercase=after_det)
        if k:
            j += k
            last = j
            if toks[j - 1].poss:
                break
            continue
        if t.cap and not t.poss and (t.base_low in lex.TITLE_MODIFIERS or t.base_low in lex.PORTFOLIO_WORDS):
            j += 1
            continue
        if (
            not t.cap
            and after_det
            and (t.base_low in lex.PAST_MODIFIERS or t.base_low in lex.EPHEMERAL_MODIFIERS)
        ):
            j += 1
            continue
        break
    return last


def _known(view: _SentenceView, j: int, in_country: set[int]) -> bool:
    """Is this word one a title or an organization is made of (so not a name after it)?"""
    return view.toks[j].org_word or j in in_country


def _chunk_end(view: _SentenceView, k: int, in_country: set[int], det: bool) -> int:
    """End of a capitalised noun phrase starting at ``k``, trimmed before a name that follows
    it without a comma ("Minister of Finance Kenji Mori" -> "Finance")."""
    toks = view.toks
    n = len(toks)
    m = k
    last_known = -1
    seen_known = False  # since the last possessive: "UNDP's West Africa (WA) Office"
    while m < n and m - k < 16:
        t = toks[m]
        if t.cap and t.alpha:
            if t.honorific or _honorific_at(toks, m):
                break
            if _known(view, m, in_country):
                last_known = m
                seen_known = True
            elif seen_known:
                break  # "Minister of Finance Kenji Mori": the name after the portfolio
            m += 1
            if t.poss:
                seen_known = False
                if not (m < n and toks[m].cap):
                    # "thanked the Minister for Brazil's engagement": the possessor of what follows
                    m -= 1
                    last_known = min(last_known, m - 1)
                    break
            continue
        if t.text == "(" and m + 2 < n and toks[m + 1].acro and toks[m + 2].text == ")":
            last_known = m + 2
            m += 3
            continue
        if (
            t.base_low in _CHUNK_CONNECTORS
            and m > k
            and not (m + 1 < n and toks[m + 1].org_cue and toks[m + 1].base_low not in lex.PORTFOLIO_WORDS)
            and not (
                t.base_low == "and" and _core(toks, m + 1, False)
            )  # "... of the Council and First Deputy Head"
            and m + 1 < n
            and toks[m + 1].cap
            and toks[m + 1].alpha
            and not toks[m + 1].honorific
        ):
            m += 1
            seen_known = False  # "Customs and Indirect Taxes Administration": one name
            continue
        if (
            t.text == ","
            and m > k
            and m + 1 < n
            and toks[m + 1].cap
            and toks[m + 1].base_low in lex.PORTFOLIO_WORDS | lex.ORG_CUES
        ):
            m += 1
            continue
        break
    while m > k and toks[m - 1].base_low in _CHUNK_CONNECTORS | {","}:
        m -= 1
    if m == k:
        return k
    if last_known >= 0:
        return last_known + 1
    return m if det else k + 1


def _lower_phrase_end(toks: tuple[Word, ...], k: int) -> int:
    """End of a lowercase complement in an apposition: "of the maritime boundary talks"."""
    n = len(toks)
    m = k
    while m < n and m - k < 10:
        t = toks[m]
        if not t.alpha or t.base_low in {"who", "which", "that", "whose"} or t.base_low in lex.NAME_VERBS:
            break
        if t.base_low == "and" and m + 1 < n and (toks[m + 1].cap or toks[m + 1].base_low in _DETS):
            break
        m += 1
    return m


def _complements(
    view: _SentenceView, j: int, in_country: set[int], lower_ok: bool
) -> tuple[list[_Comp], int]:
    toks = view.toks
    n = len(toks)
    comps: list[_Comp] = []
    while j < n and toks[j].base_low in _TITLE_PREPS and not toks[j].cap:
        k = j + 1
        det = k < n and toks[k].base_low == "the" and not toks[k].cap
        if det:
            k += 1
        if k >= n:
            break
        end = _chunk_end(view, k, in_country, det) if toks[k].cap else k
        lower = False
        if end == k:
            if not (lower_ok and det and toks[k].alpha and not toks[k].cap):
                break
            end = _lower_phrase_end(toks, k)
            if end == k:
                break
            lower = True
        comps.append(_Comp(prep=j, start=k, end=end, det=det, lower=lower))
        j = end
        if lower:
            break
    return comps, j


def _honorific_at(toks: tuple[Word, ...], j: int) -> int:
    """Words in the honorific starting at ``j`` ("His Excellency" -> 2), 0 if none."""
    t = toks[j]
    if not t.honorific_start:
        return 0
    for phrase in _HONORIFIC_BY_FIRST.get(t.base_low, ()):
        k = len(phrase)
        if j + k <= len(toks) and all(toks[j + x].base_low == phrase[x] for x in range(k)):
            return k
    if t.honorific and not t.poss:
        return 1
    return 0


def _post_modifiers(toks: tuple[Word, ...], j: int) -> int:
    n = len(toks)
    while j < n:
        if toks[j].base_low in lex.TITLE_POST_MODIFIERS and toks[j].cap:
            j += 1
        elif (
            toks[j].base_low == "and"
            and j + 1 < n
            and toks[j + 1].cap
            and toks[j + 1].base_low in lex.TITLE_POST_MODIFIERS
            and toks[j + 1].base_low not in {"i", "v"}
        ):
            j += 2
        else:
            break
    return j


def _segment(
    view: _SentenceView, i: int, in_country: set[int], after_det: bool, lower_ok: bool
) -> _Segment | None:
    toks = view.toks
    end = _core(toks, i, after_det)
    if not end:
        return None
    words = [t.base_low.replace("-", " ") for t in toks[i:end]]
    past = any(w in lex.PAST_MODIFIERS for w in words)
    key = " ".join(w for w in words if w not in lex.PAST_MODIFIERS and w not in lex.EPHEMERAL_MODIFIERS)
    j = _post_modifiers(toks, end)
    comps: list[_Comp] = []
    if not toks[end - 1].poss:
        comps, j = _complements(view, j, in_country, lower_ok)
    return _Segment(start=i, end=end, key=key, past=past, comps=comps, stop=j)


def _parse_title(view: _SentenceView, i: int, floor: int, in_country: set[int]) -> _Title | None:
    """A title phrase whose core starts at token ``i``, with its article, prefix,
    complements and coordinated heads ("Deputy Prime Minister and Minister of Defence")."""
    toks = view.toks
    after_det = i > 0 and toks[i - 1].base_low in _DETS and not toks[i].cap
    first = _segment(view, i, in_country, after_det, lower_ok=False)
    if first is None:
        return None
    segments = [first]
    j = first.stop
    n = len(toks)
    while j + 1 < n and toks[j].base_low == "and" and toks[j + 1].cap:
        nxt = _segment(view, j + 1, in_country, False, lower_ok=False)
        if nxt is None:
            break
        segments.append(nxt)
        j = nxt.stop
    # A title followed straight by an organization's or a thing's name is part of that name:
    # "the Presidential Palace", "the Chairman's Office".
    if j < n and toks[j].cap and toks[j].base_low in lex.ORG_CUES | lex.THING_CUES and not segments[-1].comps:
        return None
    # Leftwards: prefix ("WCO", "Egypt's", "the late Vietnamese"), then the article.
    p = i - 1
    prefix_start = i
    det: int | None = None
    past = any(s.past for s in segments)
    ends = view.country_ends
    while p >= floor and i - p <= 6:
        t = toks[p]
        if p + 1 in ends and ends[p + 1] >= floor:
            poss = t.poss
            prefix_start = ends[p + 1]
            p = prefix_start - 1
            if poss:
                break
            continue
        if t.poss and t.alpha:
            if t.cap:
                prefix_start = p
            else:
                det = p
            p -= 1
            break
        if (t.acro or (t.cap and t.alpha)) and not t.poss:
            if (t.base_low in lex.NOT_NAME_WORDS and not t.acro) or _honorific_at(toks, p) or t.title_word:
                break
            if t.month is not None or t.weekday:
                break
            prefix_start = p
            p -= 1
            continue
        if not t.cap and (t.base_low in lex.PAST_MODIFIERS or t.base_low in lex.EPHEMERAL_MODIFIERS):
            past = past or t.base_low in lex.PAST_MODIFIERS
            prefix_start = p
            p -= 1
            continue
        break
    if det is None and p >= floor and toks[p].base_low in _DETS:
        det = p
    elif det is not None and det - 1 >= floor and toks[det - 1].base_low in _DETS:
        det -= 1  # "the country’s Prime Minister"
    if after_det and det is None:
        return None
    # Capitalised words before the core that are not an organization or place (a name with
    # no comma: "Mr. X Y Minister ...") are not a prefix: drop them.
    if prefix_start < i and not _prefix_ok(view, prefix_start, i, in_country):
        prefix_start = i
        if det is not None and det != i - 1:
            det = None
    start = det if det is not None else prefix_start
    prefix = (prefix_start, i) if prefix_start < i else None
    return _Title(start=start, det=det, prefix=prefix, segments=segments, end=j, past=past)


def _prefix_ok(view: _SentenceView, a: int, b: int, in_country: set[int]) -> bool:
    """A title's prefix is an organization, a country, a demonym, a place or an acronym:
    every word of it must be one a name is not made of, or it must be one word."""
    toks = view.toks
    if b - a == 1:
        return True
    return all(
        _known(view, x, in_country)
        or toks[x].poss
        or not toks[x].cap
        or toks[x].base_low in lex.TITLE_MODIFIERS
        for x in range(a, b)
    )


# --- Organizations ----------------------------------------------------------------------------


def _orgs_in(
    view: _SentenceView, in_country: set[int], found: _Found, art_text: str
) -> list[tuple[int, int]]:
    """Organization names in the sentence ("Federal Customs Service (FCS)"), recorded in
    ``found``; returns their token spans."""
    toks = view.toks
    n = len(toks)
    spans: list[tuple[int, int]] = []
    after = 0  # the end of the last organization's name
    for i in [x for x, t in enumerate(toks) if t.org_cue]:
        if i < after or (toks[i].poss and i + 1 < n and not toks[i + 1].cap):
            continue
        # leftwards over capitalised words that are not a title, an honorific or an opener
        a = i
        while a - 1 >= 0 and i - a < 6:
            t = toks[a - 1]
            if t.poss or not (t.cap or t.acro) or not t.alpha:
                break
            if (
                t.base_low in lex.NOT_NAME_WORDS
                or _head_len(toks, a - 1, False)
                or _honorific_at(toks, a - 1)
            ):
                break
            a -= 1
        # rightwards over capitalised words, connectors and "of/on/for [the] ..."
        b = i + 1
        acronym: str | None = None
        while b < n and b - i < 14:
            t = toks[b]
            if t.cap and t.alpha and not t.poss and _known(view, b, in_country) and not t.title_word:
                b += 1
                continue
            if t.text == "(" and b + 2 < n and toks[b + 1].acro and toks[b + 2].text == ")":
                if b + 3 < n and toks[b + 3].cap and toks[b + 3].alpha:
                    b += 3
                    continue
                acronym = toks[b + 1].base
                break
            if t.base_low in _PREPS | _CHUNK_CONNECTORS and not t.cap and b + 1 < n:
                c = b + 1
                det = toks[c].base_low == "the" and t.base_low in _PREPS and c + 1 < n
                if det:
                    c += 1
                if toks[c].cap and toks[c].alpha and not toks[c].title_word:
                    end = _chunk_end(view, c, in_country, det)
                    if end > c:
                        b = end
                        if toks[b - 1].text == ")" and b - 3 > c and toks[b - 3].text == "(":
                            acronym = toks[b - 2].base
                            b -= 3
                            break
                        continue
            break
        span = (a, b + 3 if acronym else b)
        # "the Board of the Eurasian Economic Commission": the organization is the Commission
        of = next((x for x in range(a, b) if toks[x].base_low == "of"), None)
        if of is not None and all(toks[x].base_low in lex.ORG_BODIES for x in range(a, of)):
            c = of + 1 + (toks[of + 1].base_low == "the")
            if c < b and any(t.org_cue for t in toks[c:b]):
                a = c
        name = art_text[view.starts[a] : view.ends[b - 1]]
        words = [t.base_low for t in toks[a:b] if t.alpha]
        generic = all(w in lex.ORG_CUES or w in _PREPS or w in _CHUNK_CONNECTORS or w == "the" for w in words)
        country = view.countries.get(a)
        last = toks[b - 1].base_low
        if (country is not None and country[0] == b) or (last in lex.THING_CUES and last not in lex.ORG_CUES):
            generic = True  # a country ("the Russian Federation") or an event ("the Customs Forum")
        cues = [t for t in toks[a:b] if t.org_cue]
        if all(t.base_low in lex.PORTFOLIO_WORDS for t in cues) and not any(
            x in in_country or toks[x].acro for x in range(a, b)
        ):
            generic = True  # "Green Customs" is a notion; "China Customs", "Belgian Customs" are services
        org = _Org(
            name=name, acronym=acronym, start=view.starts[a], end=view.ends[b - 1], sent=view.index,
            para=view.para, generic=generic and acronym is None,
        )  # fmt: skip
        found.orgs.append(org)
        if acronym:
            found.acronyms.setdefault(acronym, name)
        spans.append(span)
        after = span[1]
    # Other acronym definitions, "Harmonized System (HS)": known words for qualifiers.
    for j in [x for x, t in enumerate(toks) if t.text == "(" and 0 < x < n - 2]:
        if toks[j + 1].acro and toks[j + 2].text == ")" and toks[j - 1].cap:
            acr = toks[j + 1].base
            if acr in found.acronyms:
                continue
            a = j - 1
            while a - 1 >= 0 and j - a < len(acr) + 3 and (toks[a - 1].cap or toks[a - 1].base_low in _PREPS):
                a -= 1
            while a < j - 1 and not toks[a].cap:
                a += 1
            if toks[a].base[:1].upper() == acr[:1]:
                found.acronyms[acr] = art_text[view.starts[a] : view.ends[j - 1]]
    return spans


# --- Names ------------------------------------------------------------------------------------


def _name_word(toks: tuple[Word, ...], j: int, known_acronyms: dict[str, str]) -> bool:
    t = toks[j]
    if not t.name_word:
        return False
    if t.base_low in _MONTHS:  # "May" is a name, "May 2021" is not
        near = [toks[x] for x in (j - 1, j + 1) if 0 <= x < len(toks)]
        if any(x.digit for x in near) or len(t.base_low) <= 3:
            return False
    return not (t.acro and t.base in known_acronyms)


def _abbreviated_particle(
    toks: tuple[Word, ...], free: list[bool], j: int, known_acronyms: dict[str, str]
) -> bool:
    """Whether token ``j`` is an abbreviated particle, its full stop and a name word after it:
    "Gabriela St. Clair", "Ms. St. Clair" (see ``NAME_ABBREVIATED_PARTICLES``)."""
    return (
        j + 2 < len(toks)
        and toks[j].cap
        and toks[j].base_low in lex.NAME_ABBREVIATED_PARTICLES
        and toks[j + 1].text == "."
        and free[j + 1]
        and free[j + 2]
        and toks[j + 2].name_word
        and _name_word(toks, j + 2, known_acronyms)
    )


def _name_runs(
    toks: tuple[Word, ...], free: list[bool], known_acronyms: dict[str, str]
) -> list[tuple[int, int]]:
    """Maximal runs of name words (with particles and initials inside)."""
    runs: list[tuple[int, int]] = []
    n = len(toks)
    after = 0  # the end of the last run
    for i in [x for x, t in enumerate(toks) if t.name_word and free[x]]:
        if i < after or not _name_word(toks, i, known_acronyms):
            continue
        j = i + 3 if _abbreviated_particle(toks, free, i, known_acronyms) else i + 1  # "Ms. St. Clair"
        while j < n and free[j]:
            t = toks[j]
            if toks[j - 1].poss:
                break
            # "John F. Kennedy": an initial and its full stop
            if (
                len(t.base) == 1
                and t.cap
                and j + 2 < n
                and toks[j + 1].text == "."
                and free[j + 2]
                and toks[j + 2].name_word
                and _name_word(toks, j + 2, known_acronyms)
            ):
                j += 3
                continue
            if _abbreviated_particle(toks, free, j, known_acronyms):
                j += 3
                continue
            if t.name_word and _name_word(toks, j, known_acronyms):
                j += 1
                continue
            # "Ursula von der Leyen": lowercase particles before another name word
            k = j
            while (
                k < n and free[k] and not toks[k].cap and toks[k].base_low in lex.NAME_PARTICLES and k - j < 3
            ):
                k += 1
            if k > j and k < n and free[k] and _name_word(toks, k, known_acronyms):
                j = k
                continue
            break
        after = j
        # an all-caps word is a name only beside a mixed-case one ("KURAMOTO Norikazu")
        if all(toks[x].acro for x in range(i, j) if toks[x].alpha):
            continue
        runs.append((i, j))
    return runs


# --- One sentence -----------------------------------------------------------------------------


_BRACKETS = re.compile(r"\s*\([^)]*\)\s*")  # "Federal Customs Service (FCS)"


def _qual_key(text: str, acronyms: dict[str, str], org_acronyms: dict[str, str]) -> str:
    """A qualifier in comparable form: countries by their short name, acronyms by what they stand
    for: "the Russian Federation" and "Russia" -> "russia"; "WCO" -> "world customs organization"."""
    if "(" in text:
        text = _BRACKETS.sub(" ", text)
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    for p in _POSSESSIVES:
        if text.endswith(p):
            text = text[: -len(p)]
    country = country_of(text) or _DEMONYMS.get(text)
    if country:
        return "country:" + country.lower()
    if text in acronyms:
        text = acronyms[text]
    return " ".join(text.lower().split())


_DEMONYMS = {d: name for name, _, demonyms in COUNTRIES for d in demonyms}


def _span_text(view: _SentenceView, a: int, b: int) -> str:
    return view.text[view.starts[a] : view.ends[b - 1]] if b > a else ""


def _org_like(view: _SentenceView, comp: _Comp, in_country: set[int]) -> bool:
    """Does this "of ..." complement name the organization or country (rather than the
    portfolio, "of Finance", or another post, "of the Vice-Chair")?"""
    toks = view.toks
    first = toks[comp.start]
    prep = toks[comp.prep].base_low
    if comp.lower or prep not in ("of", "at") or _core(toks, comp.start, False):
        return False
    if prep == "at":  # "at the Ministry of Commerce", not "at the Elysee Palace"
        return any(t.org_cue for t in toks[comp.start : comp.end])
    if comp.det or comp.start in in_country or first.acro or first.poss:
        return True
    words = toks[comp.start : comp.end]
    return len(words) >= 2 and any(t.org_cue for t in words)


_QUALIFIER_WORDS = lex.PAST_MODIFIERS | lex.EPHEMERAL_MODIFIERS
_GENERIC_OWNERS = frozenset({"country", "nation", "organization", "organisation", "city", "government"})


def _prefix_org(view: _SentenceView, title: _Title) -> str | None:
    """The organization or country a title's prefix names: "WCO", "Egypt's" -> "Egypt",
    "the late Vietnamese" -> "Vietnam"; None for "the country's" or "the newly-appointed"."""
    if title.prefix is None:
        return None
    a, b = title.prefix
    words = [x for x in range(a, b) if view.toks[x].base_low not in _QUALIFIER_WORDS]
    if not words or (len(words) == 1 and view.toks[words[0]].base_low in _GENERIC_OWNERS):
        return None
    text = view.text[view.starts[words[0]] : view.ends[words[-1]]]
    for p in _POSSESSIVES:
        if text.endswith(p):
            text = text[: -len(p)]
    return _DEMONYMS.get(text, text)


def _title_parts(view: _SentenceView, title: _Title, in_country: set[int]) -> tuple[str, str | None]:
    """(title text, organization text) of a title phrase, as the text gives them:
    "Minister of Finance of the Russian Federation" -> ("Minister of Finance", "Russian Federation");
    "WCO Secretary General" -> ("Secretary General", "WCO")."""
    if title.parts is None:
        title.parts = _split_title(view, title, in_country)
    return title.parts


def _split_title(view: _SentenceView, title: _Title, in_country: set[int]) -> tuple[str, str | None]:
    toks = view.toks
    org: str | None = None
    title_end = title.end
    # the organization is named last: "Chairperson of the Council and First Deputy Head of the FCS"
    for seg in reversed(title.segments):
        for idx, comp in enumerate(seg.comps):
            body = all(toks[x].base_low in lex.ORG_BODIES for x in range(comp.start, comp.end))
            if body and idx + 1 < len(seg.comps) and toks[seg.comps[idx + 1].prep].base_low == "of":
                continue  # "Chairman of the Board of the Eurasian Economic Commission"
            if _org_like(view, comp, in_country):
                end = comp.end
                for nxt in seg.comps[idx + 1 :]:  # "General Administration of Customs of China"
                    if toks[nxt.prep].base_low not in ("of", "on"):
                        break
                    end = nxt.end
                org = re.sub(r"\s*\([A-Z][\w&]*\)$", "", _span_text(view, comp.start, end))
                title_end = comp.prep
                break
        if org is not None:
            break
    start = title.segments[0].start
    prefix_org = _prefix_org(view, title)
    if org is None:
        org = prefix_org
    elif title.prefix and prefix_org:
        start = title.prefix[0]  # "Senior Policy Officer II of the Ministry ...": all title
    while start < title_end and (
        toks[start].base_low in _QUALIFIER_WORDS | _DETS | {","} or toks[start].poss
    ):
        start += 1
    text = _span_text(view, start, title_end).rstrip(" ,")
    return text, org


def _title_keys(
    view: _SentenceView,
    title: _Title,
    acronyms: dict[str, str],
    org_acr: dict[str, str],
    in_country: set[int],
) -> tuple[list[str], frozenset[str]]:
    """The cores of a title ("minister", "prime minister") and its qualifiers (computed once per
    title: a title in apposition is read both as a role and as its person's title)."""
    if title.keys is None:
        title.keys = _read_title_keys(view, title, acronyms, org_acr, in_country)
    return title.keys


def _read_title_keys(
    view: _SentenceView,
    title: _Title,
    acronyms: dict[str, str],
    org_acr: dict[str, str],
    in_country: set[int],
) -> tuple[list[str], frozenset[str]]:
    quals: set[str] = set()
    prefix_org = _prefix_org(view, title)
    if prefix_org:
        quals.add(_qual_key(prefix_org, acronyms, org_acr))
    for seg in title.segments:
        for comp in seg.comps:
            if not comp.lower:
                quals.add(_qual_key(_span_text(view, comp.start, comp.end), acronyms, org_acr))
    _, org = _title_parts(view, title, in_country)
    if org:
        quals.add(_qual_key(org, acronyms, org_acr))
    return [s.key for s in title.segments], frozenset(q for q in quals if q)


def _prev_word(toks: tuple[Word, ...], i: int) -> str | None:
    return toks[i - 1].base_low if i > 0 else None


def _analyse_sentence(view: _SentenceView, found: _Found, art_text: str) -> None:
    toks = view.toks
    n = len(toks)
    if not n:
        return
    in_country = view.in_country
    for s, (e, country, demonym) in view.countries.items():
        if not demonym:
            found.country_forms.setdefault(country, []).append(_span_text(view, s, e))
    covered = [False] * n
    org_spans = view.org_spans
    # titles, left to right
    titles: list[_Title] = []
    floor = 0
    for i in [x for x, t in enumerate(toks) if t.title_start or t.role_start]:
        if i < floor:
            continue  # inside the last title
        t = toks[i]
        if not t.title_start and not (i > 0 and toks[i - 1].base_low in _DETS):
            continue
        title = _parse_title(view, i, floor, in_country)
        if title is None:
            continue
        titles.append(title)
        for x in range(title.start, title.end):
            covered[x] = True
        floor = title.end
    in_org = [False] * n
    for a, b in org_spans:
        for x in range(a, min(b, n)):
            in_org[x] = True
    free = [not (covered[x] or in_org[x] or x in in_country) for x in range(n)]
    # the words of an honorific phrase are never a name: "Her Worship Ms. Ana Costa",
    # "His Royal Highness Prince Omar", "The Right Honourable Jane Doe"
    for x in [x for x, t in enumerate(toks) if t.honorific_start and t.base_low in _HONORIFIC_BY_FIRST]:
        for y in range(x, x + _honorific_at(toks, x)):
            free[y] = False
    ends_at = {t.end: t for t in titles}
    starts_at = {t.start: t for t in titles}
    runs = _name_runs(toks, free, found.acronyms)
    run_starts = {a for a, _ in runs}
    for a, b in runs:
        _named_from_run(view, a, b, ends_at, starts_at, run_starts, in_country, found)
    # roles: titles not taken by a name
    for title in titles:
        if title.used:
            continue
        _roles_from_title(view, title, in_country, found)
    # pronouns
    pronouns = [x for x, t in enumerate(toks) if t.pronoun is not None]
    if not pronouns:
        return
    first_comma = next((x for x in range(n) if toks[x].text == ","), n)
    opener = toks[0].base_low
    intro_sentence = opener in lex.OBJECT_MARKERS or (opener.endswith("ing") and toks[0].cap) or opener in {
        "in", "at", "during", "after", "before", "following", "on", "upon", "with", "while", "when",
    }  # fmt: skip
    for x in pronouns:
        t = toks[x]
        gender = t.pronoun
        if gender is None:
            continue
        if toks[x].honorific_start and _honorific_at(toks, x) > 1:
            continue  # "Her Worship", "His Excellency": an honorific, not a pronoun
        pron = _Pronoun(
            sent=view.index, para=view.para, start=view.starts[x], end=view.ends[x], gender=gender,
            prev=_prev_word(toks, x), intro=intro_sentence and x < first_comma,
        )  # fmt: skip
        found.pronouns.append(pron)


def _named_from_run(
    view: _SentenceView,
    a: int,
    b: int,
    ends_at: dict[int, _Title],
    starts_at: dict[int, _Title],
    run_starts: set[int],
    in_country: set[int],
    found: _Found,
) -> None:
    toks = view.toks
    n = len(toks)
    parts: list[str] = []
    for x in range(a, b):
        if toks[x].text == "." and parts:
            parts[-1] += "."  # an initial: "John F. Kennedy"
        else:
            parts.append(toks[x].base if x == b - 1 else toks[x].text)
    words = tuple(parts)
    if len(words) > _MAX_NAME_WORDS:
        return
    # leftwards: honorifics and titles right before the name
    p = a
    gender: Gender | None = None
    honorific = False
    pre: list[_Title] = []
    only_honorific_titles = True
    while p > 0:
        q = p - 1
        if toks[q].text == "." and q > 0:
            q -= 1
        hit = 0
        for k in range(3, 0, -1) if toks[q].honorific or toks[q].base_low in _HONORIFIC_PHRASE_LAST else ():
            if q - k + 1 >= 0 and _honorific_at(toks, q - k + 1) == k:
                hit = k
                break
        if hit:
            key = " ".join(t.base_low for t in toks[q - hit + 1 : q + 1])
            gender = gender or lex.HONORIFICS.get(key)
            honorific = True
            p = q - hit + 1
            continue
        title = ends_at.get(p)
        if title is not None and not title.used:
            pre.append(title)
            if not (
                len(title.segments) == 1
                and title.segments[0].key in lex.HONORIFIC_TITLES
                and not title.segments[0].comps
            ):
                only_honorific_titles = False
            p = title.start
            continue
        break
    chain_start = p
    # a title's article belongs to the role, not to the name's surface form
    surface_start = chain_start
    if (
        pre
        and pre[-1].det is not None
        and pre[-1].start == chain_start
        and toks[chain_start].base_low in _DETS
    ):
        surface_start = chain_start + 1
    prev = _prev_word(toks, chain_start)
    if prev is not None and prev in _DETS and not pre:
        return  # "the Bergen Policy Institute": a name after an article is not a person's
    titles: list[tuple[_Title, _SentenceView, int]] = []
    # rightwards: post-nominals, "of <organization>", an apposition
    j = b
    org_after: str | None = None
    while (
        j + 1 < n and toks[j].text == "," and toks[j + 1].base_low in lex.POST_NOMINALS and toks[j + 1].acro
    ):
        j += 2
    if j + 1 < n and toks[j].base_low == "of" and toks[j + 1].cap:
        end = _chunk_end(view, j + 1, in_country, False)
        if end > j + 1 and (
            j + 1 in in_country or any(t.org_cue for t in toks[j + 1 : end]) or toks[j + 1].acro
        ):
            org_after = _span_text(view, j + 1, end)
            j = end
    appositive = False
    if j + 1 < n and toks[j].text == ",":
        k = j + 1
        title = starts_at.get(k)
        if title is None and k < n and toks[k].base_low in _DETS:
            title = starts_at.get(k)
        if (
            title is not None
            and not title.used
            and title.end not in run_starts
            and not _honorific_follows(toks, title.end)
            # "X, the Minister of Culture, Mr. Y": a title with an article between two names
            # introduces the next one
            and not (
                title.det is not None
                and title.end < n
                and toks[title.end].text == ","
                and _name_follows(toks, title.end + 1, run_starts)
            )
        ):
            title.used = True
            # re-parse with lowercase complements allowed: "Chair of the maritime boundary talks"
            title = _with_lower_complement(view, title, in_country)
            titles.append((title, view, 0))
            title.used = True
            appositive = True
    if chain_start >= 2 and toks[chain_start - 1].text == "," and (not pre or only_honorific_titles):
        before = ends_at.get(chain_start - 1)
        bare = not pre and not honorific
        if (
            before is not None
            and not before.used
            and (bare or _determined(view, before))
            and not (bare and b - a < 2)
        ):
            titles.append((before, view, 1))
            before.used = True
            appositive = True
    for rank, title in enumerate(pre):
        titles.append((title, view, 2 + rank))
        title.used = True
    verb_cue = b < n and (toks[b].base_low in lex.NAME_VERBS or (
        toks[b].base_low in {"also", "then", "further", "later", "has", "had", "have", "was", "will", "would"}
        and b + 1 < n and toks[b + 1].base_low in lex.NAME_VERBS
    ))  # fmt: skip
    lead_in = " ".join(t.base_low for t in toks[max(0, chain_start - 2) : chain_start])
    last_before = (lead_in.split()[-1:] or [""])[0]
    said_before = lead_in in lex.NAME_BEFORE_CUES or last_before in lex.NAME_BEFORE_CUES
    # "moderated by journalist Jane Doe": an occupation in lowercase right before the name
    said_before = said_before or (last_before in lex.OCCUPATION_NOUNS and not toks[chain_start - 1].cap)
    cued = honorific or bool(pre) or appositive or ((verb_cue or said_before) and len(words) >= 2)
    named = _Named(
        sent=view.index, para=view.para, start=view.starts[surface_start], end=view.ends[b - 1],
        name_start=view.starts[a], name_end=view.ends[b - 1], words=words, titles=titles,
        org_after=org_after, gender=gender, cued=cued, prev=_prev_word(toks, chain_start),
    )  # fmt: skip
    if cued:
        found.named.append(named)
    elif len(words) >= 2 and (a > 0 or all(not toks[x].poss for x in range(a, b))):
        found.bare.append(named)
    # appositive titles are also mentions of this person (as roles attached to it)
    for title, tview, rank in titles:
        if rank <= 1:
            _roles_from_title(tview, title, in_country, found, attached=named)


def _name_follows(toks: tuple[Word, ...], j: int, run_starts: set[int]) -> bool:
    """Does a name (after any honorifics) start at token ``j``?"""
    while j < len(toks):
        if toks[j].text == ".":
            j += 1
            continue
        k = _honorific_at(toks, j)
        if not k:
            break
        j += k
    return j in run_starts


def _honorific_follows(toks: tuple[Word, ...], j: int) -> bool:
    while j < len(toks) and toks[j].text == ".":
        j += 1
    return j < len(toks) and _honorific_at(toks, j) > 0


def _determined(view: _SentenceView, title: _Title) -> bool:
    """A title with an article, a possessive, or opening the sentence: a noun phrase of its own
    ("the Minister of Culture, Mr. X", "Jordan's Minister ..., Dr. X", "Head of the Delegation,
    Mr. X, thanked ...")."""
    return title.det is not None or _has_possessive(view, title) or title.start == 0


def _has_possessive(view: _SentenceView, title: _Title) -> bool:
    if title.prefix is None:
        return False
    return view.toks[title.prefix[1] - 1].poss


def _with_lower_complement(view: _SentenceView, title: _Title, in_country: set[int]) -> _Title:
    last = title.segments[-1]
    if last.comps or title.end != last.stop:
        return title
    comps, j = _complements(view, last.stop, in_country, lower_ok=True)
    if not comps:
        return title
    seg = _Segment(start=last.start, end=last.end, key=last.key, past=last.past, comps=comps, stop=j)
    return _Title(
        start=title.start, det=title.det, prefix=title.prefix, segments=[*title.segments[:-1], seg], end=j,
        past=title.past, used=title.used,
    )  # fmt: skip


def _roles_from_title(
    view: _SentenceView,
    title: _Title,
    in_country: set[int],
    found: _Found,
    attached: _Named | None = None,
) -> None:
    toks = view.toks
    has_det = title.det is not None or _has_possessive(view, title)
    org_acr = found.org_acronyms
    if attached is not None or len(title.segments) == 1:
        parts = [title]
    else:
        # "Both the Chair and Deputy Chair": two roles sharing the article
        parts = []
        for idx, seg in enumerate(title.segments):
            start = title.start if idx == 0 else seg.start
            prefix = title.prefix if idx == 0 else None
            det = title.det if idx == 0 else None
            parts.append(
                _Title(start=start, det=det, prefix=prefix, segments=[seg], end=seg.stop, past=title.past)
            )
    for part in parts:
        keys, quals = _title_keys(view, part, found.acronyms, org_acr, in_country)
        title_text, org_text = _title_parts(view, part, in_country)
        role_start = part.start
        if toks[role_start].base_low in _DETS:
            role_start += 1
        role = _Role(
            sent=view.index, para=view.para, start=view.starts[part.start], end=view.ends[part.end - 1],
            key=keys[0] if len(keys) == 1 else " and ".join(keys), quals=quals, past=part.past or title.past,
            has_det=has_det or attached is not None, role=_span_text(view, role_start, part.end).rstrip(" ,"),
            indefinite=part.det is not None and toks[part.det].base_low in _INDEFINITE,
            title_text=title_text, org_text=org_text, prev=_prev_word(toks, part.start), named=attached,
        )  # fmt: skip
        found.roles.append(role)


# --- The article ------------------------------------------------------------------------------


@dataclass(slots=True, eq=False, repr=False)
class _P:
    """A person being built: the forms of the name, mentions, titles and qualifiers."""

    words: tuple[str, ...]
    folded: tuple[str, ...]
    named: list[_Named] = field(default_factory=list)
    cores: set[str] = field(default_factory=set)
    past_cores: set[str] = field(default_factory=set)
    quals: set[str] = field(default_factory=set)
    gender: Gender | None = None
    title: str | None = None
    org: str | None = None


def _fold(word: str) -> str:
    return word.casefold().replace("’", "'")


@dataclass(slots=True, eq=False, repr=False)
class _Registry:
    """The people found so far, indexed by the forms of their names."""

    people: list[_P] = field(default_factory=list)
    by_suffix: dict[tuple[str, ...], int] = field(default_factory=dict)  # "kunio mikuriya" and longer
    by_word: dict[str, list[int]] = field(default_factory=dict)  # any word of the name
    by_last: dict[str, list[int]] = field(default_factory=dict)  # the last word, names of 2+ words
    starts: dict[int, list[int]] = field(default_factory=dict)  # person -> sorted mention starts

    def register(self, idx: int) -> None:
        folded = self.people[idx].folded
        for k in range(2, len(folded) + 1):
            self.by_suffix.setdefault(folded[-k:], idx)
        for w in folded:
            ids = self.by_word.setdefault(w, [])
            if idx not in ids:
                ids.append(idx)
        if len(folded) > 1:
            ids = self.by_last.setdefault(folded[-1], [])
            if idx not in ids:
                ids.append(idx)

    def add(self, words: tuple[str, ...], folded: tuple[str, ...]) -> int:
        self.people.append(_P(words=words, folded=folded))
        idx = len(self.people) - 1
        self.register(idx)
        return idx

    def attach(self, m: _Named, idx: int) -> None:
        m.person = idx
        self.people[idx].named.append(m)
        bisect.insort(self.starts.setdefault(idx, []), m.start)

    def match_full(self, folded: tuple[str, ...]) -> int | None:
        """A person whose full name ends with this one, or whose full name this one ends with."""
        hit = self.by_suffix.get(folded)
        if hit is not None:
            return hit
        for k in range(len(folded) - 1, 1, -1):
            idx = self.by_suffix.get(folded[-k:])
            if idx is not None and self.people[idx].folded == folded[-k:]:
                return idx
        return None

    def last_before(self, idx: int, before: int) -> int:
        starts = self.starts.get(idx, [])
        k = bisect.bisect_left(starts, before)
        return starts[k - 1] if k else -1

    def match_short(self, word: str, before: int) -> int | None:
        """The person one word refers to: by surname first, then any part of the name; among
        several, the most recently mentioned before ``before``."""
        pool = self.by_last.get(word) or self.by_word.get(word)
        if not pool:
            return None
        if len(pool) == 1:
            return pool[0]
        return max(pool, key=lambda i: self.last_before(i, before))


def _build_people(found: _Found) -> list[_P]:
    reg = _Registry()
    multi = [m for m in found.named if len(m.words) >= 2]
    single = [m for m in found.named if len(m.words) == 1]
    for m in sorted(multi, key=lambda m: m.start):
        folded = tuple(_fold(w) for w in m.words)
        idx = reg.match_full(folded)
        if idx is None:
            idx = reg.add(m.words, folded)
        elif len(folded) > len(reg.people[idx].folded):
            reg.people[idx].words, reg.people[idx].folded = m.words, folded
            reg.register(idx)
        reg.attach(m, idx)
    # bare runs: the full name of a person only referred to by surname elsewhere, or a
    # form of a known person ("Kunio Mikuriya" after "Dr. Kunio Mikuriya")
    short_forms = {_fold(m.words[0]) for m in single}
    for m in sorted(found.bare, key=lambda m: m.start):
        folded = tuple(_fold(w) for w in m.words)
        idx = reg.match_full(folded)
        if idx is None and (folded[-1] in short_forms or folded[0] in short_forms):
            idx = reg.add(m.words, folded)
        if idx is not None:
            reg.attach(m, idx)
    for m in sorted(single, key=lambda m: m.start):
        word = _fold(m.words[0])
        idx = reg.match_short(word, m.start)
        if idx is None:
            idx = reg.add(m.words, (word,))
        reg.attach(m, idx)
    for p in reg.people:
        p.named.sort(key=lambda m: m.start)
    return reg.people


def _describe(people: list[_P], found: _Found) -> None:
    """Each person's title, organization, gender, and the title cores and qualifiers that a
    role phrase must agree with."""
    org_acr = {v: k for k, v in found.acronyms.items()}
    for p in people:
        best: tuple[int, int, int] | None = None
        for m in p.named:
            p.gender = p.gender or m.gender
            for title, view, _rank in m.titles:
                keys, quals = _title_keys(view, title, found.acronyms, org_acr, view.in_country)
                for key in keys:
                    (p.past_cores if title.past else p.cores).add(key)
                p.quals.update(quals)
                text, org = _title_parts(view, title, view.in_country)
                org = org or m.org_after
                honorific_only = (
                    len(keys) == 1 and keys[0] in lex.HONORIFIC_TITLES and not title.segments[0].comps
                )
                score = (1 if honorific_only else 0, 0 if (org or title.segments[0].comps) else 1, m.start)
                if best is None or score < best:
                    best = score
                    p.title, p.org = text or None, org
            if m.org_after:
                p.quals.add(_qual_key(m.org_after, found.acronyms, org_acr))
                if p.org is None:
                    p.org = m.org_after


_ABBREVIATION = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(a) for a in sorted(lex.TITLE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w-])"
)


def _headline_title(people: list[_P], found: _Found, headline: str | None) -> None:
    """A headline that opens with a title as its subject names by title the person the lead
    sentence names as its subject: "WCO S-G opens customs week" over "Dr. Ana Ortiz opened the
    customs week on Monday" makes Dr. Ortiz the WCO Secretary-General, so "the WCO
    Secretary-General" later in the text is her. Only for a lead subject with no title of its
    own, and a title no one else in the text holds."""
    if not headline or not found.views:
        return
    text = _ABBREVIATION.sub(lambda m: lex.TITLE_ABBREVIATIONS[m.group()], headline)
    view = _view(text, tokenize(text, (Sentence(0, 0, 0, len(text)),)), -1, -1, k=0)
    toks = view.toks
    core = next((i for i, t in enumerate(toks[:4]) if t.title_start), None)
    if core is None:
        return
    title = _parse_title(view, core, 0, view.in_country)
    # the title opens the headline and a lowercase verb follows it: "WCO S-G opens ..."
    if title is None or title.start != 0 or title.end >= len(toks):
        return
    verb = toks[title.end]
    if verb.cap or not verb.alpha or verb.base_low in ("and", "or", "nor"):
        return  # "PM and Minister visit ...": two people
    lead = _lead(found)
    subject = next(
        (
            m
            for m in found.named
            if lead is not None
            and m.sent == lead.index
            and (m.prev is None or m.prev not in lex.OBJECT_MARKERS)
        ),
        None,
    )
    if subject is None or subject.person is None:
        return
    holder = people[subject.person]
    if holder.cores or holder.past_cores:
        return
    org_acr = {v: k for k, v in found.acronyms.items()}
    keys, quals = _title_keys(view, title, found.acronyms, org_acr, view.in_country)
    if any(set(keys) & p.cores and quals <= p.quals for p in people):
        return  # somebody in the text holds it
    holder.cores.update(keys)
    holder.quals.update(quals)
    holder.title, holder.org = _title_parts(view, title, view.in_country)


def _resolve_roles(people: list[_P], found: _Found) -> None:
    """A role phrase goes to the person holding that title with every qualifier it gives; among
    several, the one mentioned most recently before it, else the first one named after it."""
    by_core: dict[tuple[str, bool], list[int]] = {}
    starts: list[list[int]] = []
    for i, p in enumerate(people):
        for key in p.cores:
            by_core.setdefault((key, False), []).append(i)
        for key in p.past_cores:
            by_core.setdefault((key, True), []).append(i)
        starts.append(sorted(m.start for m in p.named))

    def recency(i: int, at: int) -> tuple[int, int]:
        k = bisect.bisect_left(starts[i], at)
        return (1, starts[i][k - 1]) if k else (0, -starts[i][0])

    for r in found.roles:
        if r.named is not None:
            r.person = r.named.person
            continue
        if r.indefinite:
            continue
        holders = by_core.get((r.key, r.past), [])
        pool = [i for i in holders if r.quals <= people[i].quals]
        if not pool:
            # a qualifier the text never gave the holder: "The Vietnamese Prime Minister" for
            # "Prime Minister Pham Van Long", if he is the only one whose country is unknown
            unknown = [i for i in holders if not people[i].quals]
            pool = unknown if len(unknown) == 1 else []
        if pool:
            r.person = max(pool, key=lambda i: recency(i, r.start)) if len(pool) > 1 else pool[0]


@dataclass(slots=True, eq=False, repr=False)
class _Item:
    """A person mention or a pronoun, in text order, for the pronoun pass."""

    start: int
    sent: int
    prev: str | None
    person: int | None
    pronoun: _Pronoun | None


def _resolve_pronouns(people: list[_P], found: _Found) -> None:
    """The pronoun rule of the module docstring, in one pass over the mentions in text order."""
    items: list[_Item] = [
        _Item(m.start, m.sent, m.prev, m.person, None) for m in found.named if m.person is not None
    ]
    items += [_Item(r.start, r.sent, r.prev, r.person, None) for r in found.roles if r.person is not None]
    items += [_Item(pr.start, pr.sent, pr.prev, None, pr) for pr in found.pronouns]
    items.sort(key=lambda it: it.start)
    genders: tuple[Gender, Gender] = ("male", "female")

    def fits(person: int, gender: Gender) -> bool:
        g = people[person].gender
        return g is None or g == gender

    # sentence -> where the person stands that a source opener ("According to") introduces
    topics: dict[int, int] = {}
    for view in found.views:
        for opener in _SOURCE_OPENERS:
            k = len(opener)
            if len(view.toks) > k and tuple(t.base_low for t in view.toks[:k]) == opener:
                topics[view.index] = view.starts[k]
    last_subject: int | None = None  # the subject of the nearest earlier sentence that has one
    recent: dict[Gender, int | None] = {"male": None, "female": None}  # most recent fitting person
    pos = 0
    while pos < len(items):
        sent = items[pos].sent
        end = pos
        while end < len(items) and items[end].sent == sent:
            end += 1
        row = items[pos:end]
        # the next named (not pronoun) person after each position, per gender, for rule 2
        ahead: list[dict[Gender, int | None]] = [{}] * len(row)
        nxt: dict[Gender, int | None] = {"male": None, "female": None}
        for x in range(len(row) - 1, -1, -1):
            ahead[x] = dict(nxt)
            it = row[x]
            if it.pronoun is None and it.person is not None:
                for g in genders:
                    if fits(it.person, g):
                        nxt[g] = it.person
        here: dict[Gender, int | None] = {"male": None, "female": None}
        subject: int | None = None
        for x, it in enumerate(row):
            pr = it.pronoun
            if pr is not None:
                g = pr.gender
                chosen = here[g]
                if chosen is None and pr.intro:
                    chosen = ahead[x][g]
                if chosen is None and last_subject is not None and fits(last_subject, g):
                    chosen = last_subject
                if chosen is None:
                    chosen = recent[g]
                pr.person = it.person = chosen
            if it.person is not None:
                for g in genders:
                    if fits(it.person, g):
                        here[g] = recent[g] = it.person
                if subject is None and (
                    it.prev is None or it.prev not in lex.OBJECT_MARKERS or topics.get(sent) == it.start
                ):
                    subject = it.person
        if subject is not None:
            last_subject = subject
        pos = end


# --- Location ---------------------------------------------------------------------------------


# A known city of several words whose first word is no place word by itself: "Port Louis",
# "Port of Spain", "St. John's", "Kuala Lumpur", "Dar es Salaam" ("Port" is an organization cue).
def _city_first_words() -> dict[str, int]:
    """First word of each multi-word city -> the most tokens a city starting with it spans
    (words plus room for the "." and "'s" tokens of "St. John's")."""
    first: dict[str, int] = {}
    for city in CITIES:
        word, _, rest = city.partition(" ")
        if rest:
            word = word.rstrip(".")
            first[word] = max(first.get(word, 0), len(city.split()) + 2)
    return first


_CITY_FIRST = _city_first_words()


def _known_city_at(view: _SentenceView, i: int) -> int | None:
    """The end of the longest known multi-word city starting at token ``i``, if any."""
    toks = view.toks
    longest = _CITY_FIRST.get(toks[i].text)
    if longest is None:
        return None
    for k in range(min(longest, len(toks) - i), 1, -1):
        if _span_text(view, i, i + k) in CITIES:
            return i + k
    return None


def _place_at(view: _SentenceView, i: int, blocked: AbstractSet[int]) -> tuple[int, str, str | None] | None:
    """A place starting at token ``i``: (end, name, country if the place is a country)."""
    toks = view.toks
    n = len(toks)
    if i >= n or i in blocked:
        return None
    known = _known_city_at(view, i)
    if known is not None and not any(x in blocked for x in range(i, known)):
        return known, _span_text(view, i, known), None
    if i in view.countries:
        end, country, demonym = view.countries[i]
        if demonym or (end < n and toks[end].cap and toks[end].alpha):
            return None
        return end, _span_text(view, i, end), country
    j = i
    while j < n and j - i < 3 and j not in blocked and j not in view.countries and toks[j].place_word:
        j += 1
    if j == i or (j < n and toks[j].cap and toks[j].alpha and j not in view.countries):
        return None
    name = _span_text(view, i, j)
    if name in REGIONS:
        return None
    return j, name, None


_LOCATIVES = frozenset({"in", "to", "at", "visited", "visiting", "visit", "visits", "toured", "near"})


def _city_country(view: _SentenceView, blocked: AbstractSet[int]) -> list[tuple[str, str, str, bool]]:
    """Each "<City>, <Country>" in the sentence: (as written, city, country, after "in", "to",
    "at" or "visited"). "... visited the Port Authority of Valparaíso, Chile" counts too."""
    toks = view.toks
    n = len(toks)
    pairs: list[tuple[str, str, str, bool]] = []
    countries = view.countries
    covered = 0  # tokens before this are inside a known city already read ("Port Louis")
    for i in [x for x, t in enumerate(toks) if t.place_word or x in countries or t.text in _CITY_FIRST]:
        if i < covered or (i > 0 and toks[i - 1].place_word and i - 1 not in blocked):
            continue  # not the start of a place's name
        covered = _known_city_at(view, i) or covered
        place = _place_at(view, i, blocked)
        if place is None or place[2] is not None:
            continue
        end, city, _ = place
        if end + 1 < n and toks[end].text == "," and end + 1 in view.countries:
            c_end, country, demonym = view.countries[end + 1]
            if demonym or (c_end < n and toks[c_end].cap and toks[c_end].alpha):
                continue
            locative = i > 0 and toks[i - 1].base_low in _LOCATIVES
            pairs.append((_span_text(view, i, c_end), city, country, locative))
        elif end + 1 < n and toks[end].text == ",":
            state = _state_at(view, end + 1)
            if state is not None:
                locative = i > 0 and toks[i - 1].base_low in _LOCATIVES
                pairs.append((_span_text(view, i, state[0]), city, state[1], locative))
    return pairs


_MAX_STATE_WORDS = max(len(s.split()) for s in STATES)


def _state_at(view: _SentenceView, i: int) -> tuple[int, str] | None:
    """A state or province starting at token ``i`` and ending the place: (end, its country).
    "Houston, Texas, on June 3"; not "Victoria Falls"."""
    toks = view.toks
    n = len(toks)
    for k in range(min(_MAX_STATE_WORDS, n - i), 0, -1):
        end = i + k
        if _span_text(view, i, end) in STATES and not (end < n and toks[end].cap and toks[end].alpha):
            return end, STATES[_span_text(view, i, end)]
    return None


def _blocked_tokens(found: _Found, orgs: bool) -> dict[int, set[int]]:
    """Per sentence that has any, the tokens inside a person's mention (and with ``orgs`` an
    organization's name): no place. Other sentences are absent (see ``_NONE``)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in found.named:
        spans.setdefault(m.sent, []).append((m.start, m.end))
    for o in found.orgs if orgs else ():
        spans.setdefault(o.sent, []).append((o.start, o.end))
    views = {view.index: view for view in found.views}
    blocked: dict[int, set[int]] = {}
    for sent, inside in spans.items():
        marks: set[int] = set()
        starts = views[sent].starts
        for a, b in inside:
            x = bisect.bisect_left(starts, a)
            while x < len(starts) and starts[x] < b:
                marks.add(x)
                x += 1
        blocked[sent] = marks
    return blocked


_NONE: frozenset[int] = frozenset()  # no token blocked


def _dateline_location(dateline: str, pairs: dict[str, str]) -> str | None:
    # A date line's place is often in capitals: "GENEVA, 17 May" is Geneva.
    parts = [p.strip().title() if p.isupper() else p.strip() for p in dateline.split(",") if p.strip()]
    if not parts:
        return None
    last = parts[-1]
    if country_of(last):
        if len(parts) >= 2:
            return f"{parts[-2]}, {last}"
        return last
    words = last.split()
    for k in range(min(4, len(words) - 1), 0, -1):
        tail = " ".join(words[-k:])
        if country_of(tail):
            return f"{' '.join(words[:-k])}, {tail}"
    return _with_country(last, pairs)


def _find_location(article: Article, found: _Found) -> tuple[str | None, list[Place]]:
    cities: list[Place] = []
    seen: set[str] = set()
    pairs: dict[str, str] = {}
    blocked_by_sent = _blocked_tokens(found, orgs=True)
    by_people = _blocked_tokens(found, orgs=False)
    lead = _lead(found)
    lead_para = lead.para if lead is not None else 0
    # By rank: a pair in the lead paragraph after "in", "to", "at"; any pair there (after the
    # lead's bare "in Rome": "guests from Dakar, Senegal" came from elsewhere); a pair after
    # "in" elsewhere; any other pair; a pair in a sentence about what comes next, last.
    ranked: list[str | None] = [None] * 5
    for view in found.views:
        later = any(t.base_low in FUTURE_WORDS for t in view.toks)
        for written, city, country, locative in _city_country(view, by_people.get(view.index, _NONE)):
            pairs.setdefault(city, written.split(",", 1)[1].strip())
            if city not in seen:
                seen.add(city)
                cities.append(Place(name=city, kind="city", country=country, aliases=(city,)))
            rank = 4 if later else (0 if view.para == lead_para else 2) + (0 if locative else 1)
            ranked[rank] = ranked[rank] or written
    location: str | None = None
    if article.dateline:
        location = _dateline_location(article.dateline, pairs)
    # The main event is the lead's: its "City, Country", else its bare "in Lisbon", before the
    # cities of guests, partners or a next edition told later ("will take place in Praia,
    # Cabo Verde").
    location = location or ranked[0]
    if location is None and lead is not None and not any(t.base_low in VIRTUAL_CUES for t in lead.toks):
        location = _lead_location(lead, blocked_by_sent, pairs)
    location = location or next((pair for pair in ranked if pair), None)
    if location is None:
        location = _loose_location(found, blocked_by_sent, pairs)
    if location and "," in location:
        city = location.split(",", 1)[0].strip()
        country = country_of(location.split(",", 1)[1]) or location.split(",", 1)[1].strip()
        if city not in seen:
            cities.insert(0, Place(name=city, kind="city", country=country, aliases=(city,)))
    elif location and not country_of(location) and location not in seen:
        cities.insert(0, Place(name=location, kind="city", aliases=(location,)))
    return location, cities


def _lead(found: _Found) -> _SentenceView | None:
    """The lead: the first sentence that is prose, not a date or place line ("Windhoek, 8-9 May")."""
    return next(
        (v for v in found.views if any(t.alpha and not t.cap and t.base_low != "of" for t in v.toks)), None
    )


def _lead_location(lead: _SentenceView, blocked: dict[int, set[int]], pairs: dict[str, str]) -> str | None:
    """The lead sentence's "in <Place>": "The Chamber held its forum in Lisbon from 3 June"."""
    for i, t in enumerate(lead.toks):
        if t.base_low == "in" and not t.cap:
            place = _place_at(lead, i + 1, blocked.get(lead.index, _NONE))
            if place is not None:
                return place[1] if place[2] is not None else _with_country(place[1], pairs)
    return None


def _loose_location(found: _Found, blocked: dict[int, set[int]], pairs: dict[str, str]) -> str | None:
    """The lead sentence's "in <Place>", else "in <Place>" a few words after a meeting verb."""
    lead = _lead(found)
    if lead is not None and any(t.base_low in VIRTUAL_CUES for t in lead.toks):
        return None
    candidates: list[tuple[_SentenceView, int]] = []
    if lead is not None:
        candidates += [(lead, i) for i, t in enumerate(lead.toks) if t.base_low == "in" and not t.cap]
    for view in found.views:
        toks = view.toks
        for i, t in enumerate(toks):
            if t.base_low == "in" and not t.cap:
                window = toks[max(0, i - 6) : i]
                cut = max((x for x, w in enumerate(window) if w.text in {",", ";"}), default=-1)
                if any(w.base_low in EVENT_PLACE_VERBS for w in window[cut + 1 :]):
                    candidates.append((view, i))
            elif t.base_low in {"visited", "visiting"} and i + 1 < len(toks):
                candidates.append((view, i))
    for view, i in candidates:
        place = _place_at(view, i + 1, blocked.get(view.index, _NONE))
        if place is None:
            continue
        _, name, country = place
        if country is not None:
            return name
        return _with_country(name, pairs)
    return _venue_city(lead, pairs) if lead is not None else None


_MAX_CITY_WORDS = max(len(c.split()) for c in CITIES)


def _venue_city(lead: _SentenceView, pairs: dict[str, str]) -> str | None:
    """The known city a lead sentence's venue is named after: "received the delegation at the
    Lisbon Town Hall" -> "Lisbon, Portugal" (see ``VENUE_NOUNS``)."""
    toks = lead.toks
    n = len(toks)
    for i in range(n - 3):
        if toks[i].base_low != "at" or toks[i + 1].base_low != "the":
            continue
        a = i + 2
        for k in range(min(_MAX_CITY_WORDS, n - a - 1), 0, -1):
            city = _span_text(lead, a, a + k)
            if city not in CITIES:
                continue
            # the venue's name: the capitalised words after the city, ending on a building
            j = a + k
            while j < n and toks[j].cap and toks[j].alpha:
                j += 1
            if j > a + k and toks[j - 1].base_low in VENUE_NOUNS:
                return _with_country(city, pairs)
            break
    return None


def _with_country(city: str, pairs: dict[str, str]) -> str:
    """ "Belgrade" -> "Belgrade, Serbia": the country the text pairs it with, else the one the
    city table gives, else the city alone."""
    if city in pairs:
        return f"{city}, {pairs[city]}"
    if city in CITIES and CITIES[city] != city:
        return f"{city}, {CITIES[city]}"
    return city


# --- Output -----------------------------------------------------------------------------------


def _mention(kind: MentionKind, start: int, end: int, para: int, sent: int) -> Mention:
    return Mention(start=start, end=end, kind=kind, paragraph=para, sentence=sent)


def _forms(text: str, spans: Iterable[Mention]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for s in spans:
        seen.setdefault(text[s.start : s.end], None)
    return tuple(seen)


def _output(
    article: Article, people: list[_P], found: _Found, location: str | None, cities: list[Place]
) -> PeopleResult:
    text = article.text
    spans: dict[int, list[Mention]] = {i: [] for i in range(len(people))}
    for m in found.named:
        if m.person is not None:
            spans[m.person].append(_mention("name", m.start, m.end, m.para, m.sent))
    for r in found.roles:
        if r.person is not None:
            spans[r.person].append(_mention("title", r.start, r.end, r.para, r.sent))
    for pr in found.pronouns:
        if pr.person is not None:
            spans[pr.person].append(_mention("pronoun", pr.start, pr.end, pr.para, pr.sent))
    order = sorted(range(len(people)), key=lambda i: min(m.start for m in people[i].named))
    out_people: list[Person] = []
    for i in order:
        p = people[i]
        ms = tuple(sorted(set(spans[i]), key=lambda m: (m.start, m.end)))
        name = " ".join(p.words)
        aliases = tuple(
            dict.fromkeys(
                text[m.name_start : m.name_end] for m in p.named if text[m.name_start : m.name_end] != name
            )
        )
        out_people.append(
            Person(
                name=name,
                title=p.title,
                org=p.org,
                mentions=_forms(text, ms),
                spans=ms,
                aliases=aliases,
                gender=p.gender,
            )
        )
    # participants: role phrases with an article that match nobody
    groups: dict[tuple[str, frozenset[str]], list[_Role]] = {}
    for r in found.roles:
        if r.person is None and r.named is None and r.has_det and r.key not in lex.PLURAL_HEADS:
            groups.setdefault((r.key, r.quals), []).append(r)
    participants = []
    for roles in groups.values():
        ms = tuple(_mention("title", r.start, r.end, r.para, r.sent) for r in roles)
        first = roles[0]
        participants.append(
            Participant(
                role=first.role,
                title=first.title_text,
                org=first.org_text,
                mentions=_forms(text, ms),
                spans=ms,
            )
        )
    # organizations: named ones, their acronyms, and acronyms that name a person's organization
    orgs: dict[str, tuple[str, str | None, list[Mention]]] = {}
    for o in found.orgs:
        if o.generic:
            continue
        key = o.name.casefold()
        name, acr, found_in = orgs.setdefault(key, (o.name, o.acronym, []))
        if o.acronym and not acr:
            orgs[key] = (name, o.acronym, found_in)
        found_in.append(_mention("name", o.start, o.end, o.para, o.sent))
    # "Federal Customs Service of the Russian Federation" is the "Federal Customs Service"
    for key in sorted(orgs, key=len, reverse=True):
        for sep in (" of ", " in "):
            cut = key.find(sep)
            while cut > 0:
                if key[:cut] in orgs:
                    orgs[key[:cut]][2].extend(orgs.pop(key)[2])
                    break
                cut = key.find(sep, cut + 1)
            if key not in orgs:
                break
    by_acronym = {acr: key for key, (_, acr, _) in orgs.items() if acr}
    for person in out_people:
        acr = person.org
        if (
            acr
            and acr.isupper()
            and " " not in acr
            and acr not in by_acronym
            and acr.casefold() not in orgs
            and not country_of(acr)
        ):
            orgs[acr.casefold()] = (acr, acr, [])
            by_acronym[acr] = acr.casefold()
    for view in found.views if by_acronym else ():
        for x in [x for x, t in enumerate(view.toks) if t.acro]:
            t = view.toks[x]
            if t.base in by_acronym and not (x and view.toks[x - 1].text == "("):
                orgs[by_acronym[t.base]][2].append(
                    _mention("acronym", view.starts[x], view.ends[x], view.para, view.index)
                )
    organizations = tuple(
        Organization(
            name=name,
            acronym=acr,
            aliases=_forms(text, ms),
            spans=tuple(sorted(set(ms), key=lambda m: m.start)),
        )
        for name, acr, ms in orgs.values()
    )
    places = [
        Place(name=country, kind="country", aliases=tuple(dict.fromkeys(forms)))
        for country, forms in found.country_forms.items()
    ]
    return PeopleResult(
        people=tuple(out_people),
        participants=tuple(participants),
        organizations=organizations,
        places=(*places, *cities),
        location=location,
    )


def find_people(article: Article) -> PeopleResult:
    """People, their mentions, unnamed participants, organizations, places and the event
    location of ``article`` (see the module docstring for the rules)."""
    text = article.text
    found = _Found()
    for paragraph in article.paragraphs:
        for s in paragraph.sentences:
            found.views.append(_view(text, article.tokens, s.index, paragraph.index))
    # acronyms first (an acronym may be used before it is spelled out), then the rest
    for view in found.views:
        view.org_spans = _orgs_in(view, view.in_country, found, text)
    found.org_acronyms = {v: k for k, v in found.acronyms.items()}
    for view in found.views:
        _analyse_sentence(view, found, text)
    people = _build_people(found)
    _describe(people, found)
    _headline_title(people, found, article.title)
    _resolve_roles(people, found)
    _resolve_pronouns(people, found)
    location, cities = _find_location(article, found)
    result = _with_ids(_output(article, people, found, location, cities))
    log.debug("people: %s", [p.name for p in result.people])
    return result


def _with_ids(result: PeopleResult) -> PeopleResult:
    """Number people "p1", "p2", ..., unnamed participants "u1", ... and organizations "o1", ...
    in output order: what statements, events and sections refer to."""
    return replace(
        result,
        people=tuple(replace(p, id=f"p{i}") for i, p in enumerate(result.people, 1)),
        participants=tuple(replace(r, id=f"u{i}") for i, r in enumerate(result.participants, 1)),
        organizations=tuple(replace(o, id=f"o{i}") for i, o in enumerate(result.organizations, 1)),
    )


# --- Lookups for later stages -----------------------------------------------------------------

PeopleSource = PeopleResult | Briefing


def person_mentions(source: PeopleSource) -> tuple[tuple[Mention, Person], ...]:
    """Every person mention with its person, in text order."""
    pairs = [(m, p) for p in source.people for m in p.spans]
    pairs.sort(key=lambda mp: (mp[0].start, mp[0].end))
    return tuple(pairs)


def _overlap(m: Mention, start: int, end: int) -> int:
    return min(m.end, end) - max(m.start, start)


def mention_at(source: PeopleSource, start: int, end: int) -> tuple[Person, Mention] | None:
    """The person mention that overlaps ``[start, end)`` most, or None: "He" at a sentence's
    start, "The Secretary General", "Mr. Siluanov" all resolve to their person."""
    best: tuple[int, Person, Mention] | None = None
    for p in source.people:
        for m in p.spans:
            overlap = _overlap(m, start, end) if end > start else (1 if m.start <= start < m.end else 0)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, p, m)
    return (best[1], best[2]) if best else None


def person_at(source: PeopleSource, start: int, end: int) -> Person | None:
    """The person mentioned at ``[start, end)`` (see ``mention_at``), or None."""
    hit = mention_at(source, start, end)
    return hit[0] if hit else None


def mentions_in(source: PeopleSource, start: int, end: int) -> tuple[tuple[Person, Mention], ...]:
    """Every person mention lying inside ``[start, end)``, in text order."""
    return tuple((p, m) for m, p in person_mentions(source) if start <= m.start and m.end <= end)


def participant_at(source: PeopleSource, start: int, end: int) -> Participant | None:
    """The unnamed role holder mentioned at ``[start, end)``, or None."""
    for part in source.participants:
        for m in part.spans:
            if _overlap(m, start, end) > 0:
                return part
    return None
