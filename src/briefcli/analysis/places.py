"""Places: cities, states and countries in the text, and the event's location.

The location is the main event's place as "City, Country" (or "City, State, Country":
"Houston, Texas, United States"): the date line's place, unless the lead puts its venue in
another city of that country; else the city of the venue the lead paragraph or the next
gives its meeting ("which took place at the United Nations Office at Geneva": a building's
name, then "at" or "in" its city); else the lead paragraph's "City, Country" after "in", "to",
"at" or "visited"; else the lead sentence's "in <Place>"; else the first "City, Country"
elsewhere, one in a sentence about what comes next ("The next forum will be held in Praia,
Cabo Verde") last; else an "in <Place>" a few words after a verb of meeting ("held", "attended",
"took place", "visited"); else the known city the lead's venue is named after ("at the Lisbon
Town Hall", "at the Webster Athens Center") or after its name and a comma ("at the Ananta
Centre, New Delhi"); else the place the lead says hosted it ("as Panama hosted the event");
else the known city the lead's event is named after ("the Vienna Migration Conference"). A
bare city gets the one country its sentence names. Nothing is guessed for an online event.

A place's name is a known city of several words whatever its first word ("Port Louis", "St.
John's"), a country's name, or up to three place words (``Word.place_word``) not followed by
another capitalised word; none inside a person's mention (nor, for the location, inside an
organization's name), and no region ("West Africa"). Every "City, Country" pair is a city of
the output, with its country.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

from briefcli.analysis.countries import country_of
from briefcli.analysis.kinds import dates_earlier
from briefcli.analysis.mentions import Found
from briefcli.analysis.words import SentenceView, lead_sentence, span_text, state_name_end, view_sentence
from briefcli.lang import en as lex
from briefcli.lang.en import (
    BASE_WORDS,
    CAPITALS,
    CITIES,
    CITY_STARTS,
    CIVIC_BUILDINGS,
    DETERMINERS,
    DOCUMENT_PARTICIPLES,
    ELIDED_NAME_PARTICLES,
    EVENT_NAME_HEADS,
    EVENT_PLACE_VERBS,
    FUTURE_WORDS,
    LOCATIVES,
    MONTH_NAMES,
    NAME_PARTICLES,
    NOT_THING_NOUNS,
    NOT_THIS_VISIT_WORDS,
    PAST_FORMS,
    PLACE_LEADS,
    PLACE_MODIFIERS,
    PLACE_OPENERS,
    REGIONS,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKS,
    REMOTE_HOST_VERBS,
    SETTLEMENT_NOUNS,
    STATE_ABBREVIATIONS,
    STATE_FORM_NOUNS,
    STATES,
    STREET_NOUNS,
    TRIP_LEADS,
    VENUE_AT_VERBS,
    VENUE_NOUNS,
    VIRTUAL_CUES,
    WEEKDAY_NAMES,
    WELCOME_TO_VERBS,
)
from briefcli.model import Article, Place, Sentence, Word
from briefcli.regexes import pattern
from briefcli.text.dateline import heading_place
from briefcli.text.tokens import tokenize

__all__ = ["find_location"]


# A known city of several words whose first word is no place word by itself: "Port Louis",
# "Port of Spain", "St. John's", "Kuala Lumpur", "Dar es Salaam" ("Port" is an organization cue).
_CITY_FIRST = CITY_STARTS


def _known_city_at(view: SentenceView, i: int) -> int | None:
    """The end of the longest known multi-word city starting at token ``i``, if any."""
    toks = view.words
    longest = _CITY_FIRST.get(toks[i].text)
    if longest is None:
        return None
    for k in range(min(longest, len(toks) - i), 1, -1):
        if span_text(view, i, i + k) in CITIES:
            return i + k
    return None


def _place_at(view: SentenceView, i: int, blocked: AbstractSet[int]) -> tuple[int, str, str | None] | None:
    """A place starting at token ``i``: (end, name, country if the place is a country)."""
    toks = view.words
    n = len(toks)
    if i >= n or i in blocked:
        return None
    known = _known_city_at(view, i)
    if known is not None and not any(x in blocked for x in range(i, known)):
        return known, span_text(view, i, known), None
    if toks[i].poss and toks[i].base in CITIES:
        return i + 1, toks[i].base, None  # "in Dhaka's Gulshan": the city owns the district after it
    if i in view.countries:
        end, country, demonym = view.countries[i]
        if demonym or (end < n and toks[end].cap and toks[end].alpha):
            return None
        return end, country, country  # "the Portuguese Republic" is Portugal
    formal = _formal_state_at(view, i)
    if formal is not None:
        return formal
    j = i + _place_opener(view, i)
    while j < n and j - i < 3 and j not in blocked and j not in view.countries and toks[j].place_word:
        j += 1
    if j == i + 1 and not toks[i].place_word:
        return None  # the opener alone: "in Port."
    if i < j < n and toks[j].text == "City" and j not in blocked:
        j += 1  # "Quezon City", "Victoria Falls City": "City" ends a city's name
    if j == i or (j < n and toks[j].cap and toks[j].alpha and j not in view.countries):
        return None
    name = span_text(view, i, j)
    if name in REGIONS or (name not in CITIES and _listed_thing(view, j)):
        return None
    return j, name, None


_STATE_FORM_REACH = 4  # "[the] [United] [Federal] Republic": where the state's noun may stand


def _formal_state_at(view: SentenceView, i: int) -> tuple[int, str, str] | None:
    """A state's formal name at token ``i`` that no table knows, a country by its grammar:
    "the Republic of Belmora", "the Federal Republic of Tolvia", "Kingdom of Sarn" -> (end,
    "Belmora", "Belmora"): its short name, as "the Portuguese Republic" is Portugal."""
    toks = view.words
    n = len(toks)
    head = next(
        (k for k in range(i, min(n, i + _STATE_FORM_REACH)) if toks[k].text in STATE_FORM_NOUNS), None
    )
    if head is None or head + 2 >= n or toks[head + 1].text != "of":
        return None
    start = i + (toks[i].low == "the")
    if not all(toks[k].cap and toks[k].alpha for k in range(start, head)):
        return None  # "the [new] Republic of": a lowercase word is no part of the name
    k = head + 2 + (toks[head + 2].low == "the")  # "the Democratic Republic of the Tolvo"
    end = state_name_end(toks, k)
    if end == k:
        return None
    name = span_text(view, k, end)
    return end, name, name


def _formal_state_in(lead: SentenceView, name: str) -> bool:
    """Whether the lead names ``name`` as a state by its formal name ("a visit to the Republic of
    Belmora" for "Belmora"): a country, not a town of the date line's country."""
    if STATE_FORM_NOUNS.isdisjoint(w.text for w in lead.words):
        return False
    text = lead.text[lead.starts[0] : lead.ends[-1]]
    return f"of {name}" in text or f"of the {name}" in text


def _place_opener(view: SentenceView, i: int) -> int:
    """1 when word ``i`` opens a place's name before a name's word, though it is a noun of
    its own ("held in Port Anselm", "in Fort Alder"), else 0."""
    toks = view.words
    opens = toks[i].base in PLACE_OPENERS and not toks[i].place_word
    return int(opens and i + 1 < len(toks) and toks[i + 1].place_word)


def _listed_thing(view: SentenceView, j: int) -> bool:
    """Whether the unknown capitalised name ending at ``j`` opens a list of three or more of
    them joined by commas and "and", which names things, not places: "studies in Engineering,
    Pharmacy and Medicine". Not a place and its state or country ("in Scottsdale, Arizona",
    "in Moshi, Tanzania"), nor two places ("in Athens and Lagonissi")."""
    toks = view.words
    n = len(toks)
    joints: list[str] = []
    k = j
    while k + 1 < n and (toks[k].text == "," or toks[k].base_low == "and"):
        nxt = toks[k + 1]
        if not (nxt.cap and nxt.alpha) or k + 1 in view.countries or nxt.text in CITIES:
            break
        joints.append(toks[k].base_low)
        k += 2
        while k < n and toks[k].cap and toks[k].alpha:
            k += 1  # "Veterinary Science": an item of several words
    return len(joints) >= 2 and "and" in joints


def _capital_at(view: SentenceView, i: int, pairs: dict[str, str]) -> str | None:
    """The city a country's capital is, told by its demonym alone: "in the Kenyan capital" ->
    "Nairobi, Kenya" (not "the Kenyan capital, Nairobi", which names it; see ``_place_start``)."""
    toks = view.words
    if i + 2 >= len(toks) or toks[i].low != "the" or i + 1 not in view.countries:
        return None
    end, country, demonym = view.countries[i + 1]
    if not demonym or end >= len(toks) or toks[end].low != _CAPITAL:
        return None
    after = toks[end + 1] if end + 1 < len(toks) else None
    capital = CAPITALS.get(country)
    if capital is None or (after is not None and (after.cap or after.text == ",")):
        return None  # "the Kenyan capital Nairobi", "the Kenyan capital, Nairobi": named
    return _with_country(capital, pairs)


_CAPITAL = "capital"


_MAX_VENUE_WORDS = 6
# inside a venue's name; narrower than an organization's joiners: "on", "to" after a venue open
# its date or its purpose ("the Exhibition Centre on Monday")
_NAME_LINKS = frozenset({"and", "of", "for", "&"})


def _city_after_venue(lead: SentenceView, k: int) -> str | None:
    """The known city set off by a comma after a venue's capitalised name from word ``k``: "at
    State House, Entebbe,", "at the Kempinski Hotel, Accra"."""
    toks = lead.words
    n = len(toks)
    j = k + (k < n and toks[k].base_low == "the")
    start = j
    while j < n and j - start < _MAX_VENUE_WORDS and toks[j].cap and toks[j].alpha:
        j += 1
    if j == start or j + 1 >= n or toks[j].text != ",":
        return None
    end = _known_city_at(lead, j + 1) or (j + 2 if toks[j + 1].text in CITIES else None)
    if end is None or (end < n and toks[end].cap and toks[end].alpha):
        return None
    return span_text(lead, j + 1, end)


def _in_at(view: SentenceView, i: int) -> bool:
    """Whether word ``i`` is the "in" of a place: lowercase, or opening the sentence before a
    known city ("In Geneva on Tuesday, the Director-General met ...", not "In Agriculture, ...")."""
    t = view.words[i]
    if t.base_low != "in":
        return False
    if not t.cap:
        return True
    return (
        i == 0
        and len(view.words) > 1
        and (view.words[1].text in CITIES or _known_city_at(view, 1) is not None)
    )


def _place_start(view: SentenceView, i: int) -> int:
    """Where the place's name starts when words that say which part of it or what kind of place
    it is stand first: "in downtown Nairobi", "in the Kenyan capital, Nairobi", "in the port city
    of Mombasa", "in the capital Addis Ababa"; ``i`` itself when none do."""
    toks = view.words
    n = len(toks)
    j = i
    while j < n and toks[j].lower and toks[j].low in PLACE_MODIFIERS:
        j += 1
    if j > i or j >= n or toks[j].low != "the":
        return j
    if j + 1 in view.countries and not view.countries[j + 1][2]:
        return j + 1  # a state's formal name: "a state visit to the Portuguese Republic"
    # "the [historic | Kenyan] capital [city] [of | ,] <Place>"
    k = j + 1
    free = False  # an adjective no list knows: "the lakeside town of Tolvo"
    while k < n and k - j <= 3:
        if k in view.countries and view.countries[k][2]:
            k = view.countries[k][0]
        elif toks[k].lower and toks[k].alpha and toks[k].low not in SETTLEMENT_NOUNS:
            free = free or toks[k].low not in PLACE_MODIFIERS
            k += 1
        else:
            break
    nouns = k
    while k < n and k - nouns < 2 and _settlement_noun(toks, k):
        k += 1
    if k == nouns or k >= n:
        return i
    if toks[k].low in {"of", ","}:
        k += 1
    elif free:
        return i  # only a settlement's noun and "of" or a comma name it after an unlisted word
    return k if k < n and toks[k].cap else i


def _settlement_noun(toks: Sequence[Word], k: int) -> bool:
    """A noun of the kind of place at token ``k``: lowercase ("the port city of"), or
    capitalised before "of" as a name's head is ("a visit to the Port of Burgas", "the City of
    Cork")."""
    t = toks[k]
    if t.base_low not in SETTLEMENT_NOUNS:
        return False
    return t.lower or (t.cap and k + 1 < len(toks) and toks[k + 1].low == "of")


def _named_settlement(toks: Sequence[Word], start: int, blocked: AbstractSet[int]) -> AbstractSet[int]:
    """The words a place may not take, but the place a capitalised settlement noun and "of" name
    ("a visit to the Port of Burgas": the port's name is also an organization's, its place
    Burgas)."""
    if (
        start >= 2
        and toks[start - 1].low == "of"
        and _settlement_noun(toks, start - 2)
        and toks[start - 2].cap
    ):
        return frozenset(x for x in blocked if x < start - 2)
    return blocked


def _after_locative(toks: Sequence[Word], i: int) -> bool:
    """Token ``i`` follows "in", "to", "at", "visited" or the like: "held in Lisbon, Portugal"."""
    return i > 0 and toks[i - 1].base_low in LOCATIVES


_ORIGIN_REACH = 4  # lowercase words between "from" and "of": "from our sister city of"


def _after_from(toks: Sequence[Word], i: int) -> bool:
    """Token ``i`` opens the place guests come from, not where they met: "a delegation from
    Tolvo, Norway", "visitors from our sister city of Tolvo, Norway" ("from", or "from" and
    lowercase words ending in "of"), or where one is based ("resident in Tolvo, Norway")."""
    if i == 0:
        return False
    prev = toks[i - 1].low
    if prev == "from":
        return True
    if prev == "in":  # "The Ambassador is resident in Ottawa, Canada": a home, like "from"
        return i >= 2 and (toks[i - 2].low in BASE_WORDS or _thing_done_in(toks, i - 2))
    if prev != "of":
        return False
    for k in range(i - 2, max(-1, i - 3 - _ORIGIN_REACH), -1):
        if toks[k].low == "from":
            return True
        if not (toks[k].lower and toks[k].alpha):
            return False
    return False


_PASTS = frozenset(PAST_FORMS)


def _thing_done_in(toks: Sequence[Word], k: int) -> bool:
    """Whether token ``k`` is a thing's participle after its noun, a past verb before them:
    "reviewed the protocol [signed] in Tolvo, Norland" tells where the protocol was signed,
    not where the ministers met ("was signed in", "The ministers signed in" are the verb's)."""
    if k < 2 or toks[k].low not in DOCUMENT_PARTICIPLES:
        return False
    noun = toks[k - 1]
    if not (noun.lower and noun.alpha) or noun.low in NOT_THING_NOUNS:
        return False
    return any(w.lower and (w.low in _PASTS or w.low.endswith("ed")) for w in toks[: k - 2])


def _city_country(view: SentenceView, blocked: AbstractSet[int]) -> list[tuple[str, str, str, bool, bool]]:
    """Each "<City>, <Country>" in the sentence: (as written, city, country, after "in", "to",
    "at" or "visited", after "from": the guests' home). "... visited the Port Authority of
    Valparaíso, Chile" counts too."""
    toks = view.words
    n = len(toks)
    pairs: list[tuple[str, str, str, bool, bool]] = []
    countries = view.countries
    commas = [x for x, w in enumerate(view.texts) if w == ","]
    if not any(
        x + 1 in countries or (x + 1 < n and toks[x + 1].cap and _state_at(view, x + 1)) for x in commas
    ):
        return pairs  # no comma before a country or a state: no pair (most sentences)
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
            written = span_text(view, i, c_end)
            pairs.append((written, city, country, _after_locative(toks, i), _after_from(toks, i)))
        elif end + 1 < n and toks[end].text == ",":
            state = _state_at(view, end + 1)
            if state is not None:
                written = span_text(view, i, state[0])
                pairs.append((written, city, state[1], _after_locative(toks, i), _after_from(toks, i)))
    return pairs


_MAX_STATE_WORDS = max(len(s.split()) for s in STATES)
_STATE_FIRST = frozenset(s.split()[0] for s in STATES)  # "New" of "New South Wales"


def _state_at(view: SentenceView, i: int) -> tuple[int, str] | None:
    """A state or province starting at token ``i`` and ending the place: (end, its country).
    "Houston, Texas, on June 3"; not "Victoria Falls"."""
    toks = view.words
    n = len(toks)
    for k in range(min(_MAX_STATE_WORDS, n - i), 0, -1):
        end = i + k
        if span_text(view, i, end) in STATES and not (end < n and toks[end].cap and toks[end].alpha):
            return end, STATES[span_text(view, i, end)]
    return None


class _Blocked:
    """Per sentence, the tokens inside a person's mention (and, when made with ``orgs``, an
    organization's name): no place. Each sentence's are found when asked (``get``), from the
    spans kept as machine integers: a set for every sentence at once held ~30 MB of a 10 MiB
    text."""

    __slots__ = ("_ends", "_sents", "_starts", "_views")

    def __init__(self, found: Found, orgs: bool) -> None:
        views = found.views  # by sentence index
        text = views.text
        spans = [(m.sent, m.start, m.end) for m in found.named]
        for o in found.orgs if orgs else ():
            if o.name in CITIES or (o.generic and _opens_known_city(views[o.sent], o.start)):
                continue  # "in Port of Spain", "in Port Louis": a city's name, not a port's authority
            # most names open with no place opener: the view is made only for those that do
            if text.startswith(_OPENERS, o.start) and _opener_town(views[o.sent], o.start, o.end):
                continue
            spans.append((o.sent, o.start, o.end))
        spans.sort()
        self._views = views
        self._sents = array("i", (sent for sent, _, _ in spans))
        self._starts = array("i", (a for _, a, _ in spans))
        self._ends = array("i", (b for _, _, b in spans))

    def get(self, sent: int) -> AbstractSet[int]:
        """The tokens of sentence ``sent`` blocked."""
        lo = bisect.bisect_left(self._sents, sent)
        hi = bisect.bisect_right(self._sents, sent, lo)
        if lo == hi:
            return _NONE
        marks: set[int] = set()
        starts = self._views[sent].starts
        for k in range(lo, hi):
            x = bisect.bisect_left(starts, self._starts[k])
            while x < len(starts) and starts[x] < self._ends[k]:
                marks.add(x)
                x += 1
        return marks


_OPENERS = tuple(sorted(PLACE_OPENERS))  # a word's base starts its text: "Port" of "Port's"


def _opener_town(view: SentenceView, start: int, end: int) -> bool:
    """An organization's name, from character ``start`` to ``end``, that is a place opener
    before a name, after "in", "to" or "at" (the opener is a noun of organizations too): a town
    no table knows ("at the Palace in Port Anselm", "arrived in Fort Alder"), not the port's
    authority ("the Port of Anselm")."""
    x = bisect.bisect_left(view.starts, start)
    y = bisect.bisect_left(view.starts, end)
    toks = view.words
    return (
        0 < x < y
        and view.starts[x] == start
        and _after_locative(toks, x)
        and _place_opener(view, x) == 1
        and all(toks[k].place_word for k in range(x + 1, y))
    )


def _opens_known_city(view: SentenceView, start: int) -> bool:
    """Whether a known city of several words starts at the character offset ``start``."""
    x = bisect.bisect_left(view.starts, start)
    return x < len(view.starts) and view.starts[x] == start and _known_city_at(view, x) is not None


_NONE: frozenset[int] = frozenset()  # no token blocked


_APOSTROPHES = "'’‘`"
_FOLD_APOSTROPHES = str.maketrans({c: "'" for c in _APOSTROPHES})


@functools.cache
def _cities_by_fold() -> dict[str, str]:
    """The gazetteer's cities by their folded names (case and apostrophe): built once, when a
    date line in capitals is read."""
    return {name.casefold().translate(_FOLD_APOSTROPHES): name for name in CITIES}


def _place_cased(place: str) -> str:
    """A place written in capitals, as the gazetteer writes it ("NUKU'ALOFA" -> "Nuku'alofa",
    with the text's apostrophe), or else each word capitalised, a name particle inside it in
    lower case ("SANTA ROSA DEL MAR" -> "Santa Rosa del Mar", "PORT-AUX-FRANCAIS",
    "L'AQUILA" -> "L'Aquila"). ``str.title`` capitalises after an apostrophe: "Nuku'Alofa"."""
    known = _cities_by_fold().get(place.casefold().translate(_FOLD_APOSTROPHES))
    if known is not None:
        mark = next((c for c in place if c in _APOSTROPHES), "'")
        return known.translate(_FOLD_APOSTROPHES).replace("'", mark)
    words = []
    for k, word in enumerate(place.split()):
        low = word.lower()
        if k and low in NAME_PARTICLES:
            words.append(low)
            continue
        words.append("-".join(_word_cased(part, first=k == 0) for part in low.split("-")))
    return " ".join(words)


def _word_cased(word: str, *, first: bool) -> str:
    """A lower-case word of a place capitalised; after an elided particle, the rest too:
    "l'aquila" -> "L'Aquila" (first), "d'ivoire" -> "d'Ivoire" (inside)."""
    head, mark, rest = word.translate(_FOLD_APOSTROPHES).partition("'")
    if not (mark and rest and head in ELIDED_NAME_PARTICLES):
        return word.capitalize()
    elided = word[: len(head) + 1]
    return (elided.capitalize() if first else elided) + rest.capitalize()


_INITIALS = pattern(r"(?:[A-Z]\.){1,3}[A-Z]\.?")


def _joint_dateline_place(article: Article) -> str | None:
    """Of a joint release's two places ("Vienna/Port Lyra, 2 July"), the one the text says the
    occasion was in ("at a ceremony in Port Lyra"); None when it names both or neither so."""
    dateline = article.dateline
    if not dateline or "/" not in dateline:
        return None
    body = article.text[article.dateline_end :]
    parts = [p.strip() for p in dateline.split(",")[0].split("/") if p.strip()]
    named = [p for p in parts if pattern(rf"\bin {re.escape(p)}\b", re.IGNORECASE).search(body)]
    if len(named) != 1:
        return None
    return _place_cased(named[0]) if named[0].isupper() else named[0]


def _dateline_location(dateline: str, pairs: dict[str, str]) -> str | None:
    # A date line's place is often in capitals: "GENEVA, 17 May" is Geneva; a hyphen may join
    # the city and its country: "Dubai-UAE". Two places of a joint release ("Berlin / Lisbon")
    # say where each side wrote it, not where they met: the text says that.
    if "/" in dateline:
        return None
    parts = [
        _place_cased(p.strip()) if p.isupper() and country_of(p.strip()) is None else p.strip()  # "PNG"
        for p in dateline.split(",")
        if p.strip()
    ]
    if not parts:
        return None
    last = parts[-1]
    state = STATE_ABBREVIATIONS.get(last.replace(".", "").casefold()) if len(parts) >= 2 else None
    if state is None and len(parts) >= 2 and last in STATES and last not in CITIES:
        state = last
    if state is not None:  # "ARLINGTON, VA.", "Austin, Texas": a city of a state
        return f"{parts[-2]}, {state}"
    if country_of(last):
        if len(parts) >= 2:
            return f"{parts[-2]}, {last}"
        return last
    city, dash, country = last.rpartition("-")
    if dash and city and country_of(country):
        return f"{city}, {country}"
    if last in CITIES:
        return _with_country(last, pairs)  # "Port of Spain": a city's name may end with a country's
    if len(parts) >= 2 and parts[-2] in CITIES and _INITIALS.fullmatch(dateline.rsplit(",", 1)[1].strip()):
        # a district's initials after a known city: "Santo Domingo, D.N.", "Tegucigalpa, M.D.C."
        return _with_country(parts[-2], pairs)
    if len(parts) >= 2 and parts[-2] in CITIES:
        return f"{parts[-2]}, {last}"  # "Kingstown, St. Vincent": a known city, its country as written
    words = last.split()
    for k in range(min(4, len(words) - 1), 0, -1):
        tail = " ".join(words[-k:])
        if country_of(tail):
            if words[-k - 1].lower() in NAME_PARTICLES:  # "Ciudad de Guatemala": the city named after it
                return f"{last}, {tail}"
            return f"{' '.join(words[:-k])}, {tail}"
    raw = [p.strip() for p in dateline.split(",")]
    if (
        len(raw) == 2
        and raw[0].isupper()
        and last[:1].isupper()
        and not last.isupper()
        and raw[0] != last.upper()
    ):
        # "NOVA TARN, Belmora", "HAMMERVIK, Norland (AP)": the city in capitals, then its country
        # as written, which no table knows
        return f"{parts[0]}, {last}"
    return _with_country(last, pairs)


_VIRTUAL_WORDS = frozenset(w for w in VIRTUAL_CUES if " " not in w)
_VIRTUAL_PAIRS = frozenset(tuple(w.split()) for w in VIRTUAL_CUES if " " in w)
_VIRTUAL_FIRSTS = frozenset(pair[0] for pair in _VIRTUAL_PAIRS)


def _is_virtual(view: SentenceView | None) -> bool:
    """Whether a sentence tells a placeless meeting: "convened virtually", "a webinar", "held
    video talks", "received a phone call"."""
    if view is None:
        return False
    lows = [t.base_low for t in view.words]
    if not _VIRTUAL_WORDS.isdisjoint(lows):
        return True
    if not _VIRTUAL_FIRSTS.isdisjoint(lows) and any(pair in _VIRTUAL_PAIRS for pair in pairwise(lows)):
        return True
    if all(t.low not in REMOTE_HOST_VERBS for t in view.words):
        return False
    return hosted_from_afar(view.text[view.starts[0] : view.ends[-1]])


_CALENDAR_NAMES = "|".join(name.capitalize() for name in (*MONTH_NAMES, *WEEKDAY_NAMES))
_HOSTED_FROM = pattern(
    rf"\b(?:{'|'.join(sorted(REMOTE_HOST_VERBS))})\s+from\s+(?!(?:{_CALENDAR_NAMES})\b)[A-Z]"
)


def hosted_from_afar(text: str) -> bool:
    """Whether ``text`` tells an occasion run from a place, which is where its host sat, not
    where anyone met: "took part in a dialogue hosted from Varnholm"; not a span of days
    ("hosted from Monday to Wednesday in Tolvo")."""
    return " from " in text and _HOSTED_FROM.search(text) is not None


_BY_WAY_OF = frozenset({"by", "via", "through", "over"})


def _online_occasion(view: SentenceView) -> bool:
    """Whether the lead's first cue of an online occasion names the occasion itself, after a
    determiner ("joined a webinar hosted by the Chamber in Tolvo": the host's seat, no place
    of the webinar), not the way someone joined one ("joined by video link the session in
    Geneva": the session's place stands)."""
    toks = view.words
    for k, t in enumerate(toks):
        if t.base_low in _VIRTUAL_WORDS or (
            t.base_low in _VIRTUAL_FIRSTS
            and k + 1 < len(toks)
            and (t.base_low, toks[k + 1].base_low) in _VIRTUAL_PAIRS
        ):
            before = [w.base_low for w in toks[max(0, k - 2) : k]]
            return _BY_WAY_OF.isdisjoint(before) and not DETERMINERS.isdisjoint(before)
    return False


def _joined_occasion_place(lead: SentenceView, blocked: _Blocked, pairs: dict[str, str]) -> str | None:
    """The place of an occasion a lead tells as joined from afar: the place it gives the event
    ("joined by videoconference the meeting held in Colombo"), else the "in <Place>" right
    after the occasion's noun ("took part by video link in the ministerial session in
    Geneva"); none for an occasion held online itself."""
    if _online_occasion(lead):
        return None
    place = _event_place(lead, blocked, pairs)
    if place is not None:
        return place
    toks = lead.words
    for i in range(2, len(toks) - 1):
        if toks[i].base_low == "in" and _after_occasion(toks, i):
            found = _place_at(lead, _place_start(lead, i + 1), blocked.get(lead.index))
            if found is not None:
                return _joined_places(lead, found, blocked, pairs)
    return None


_OF_NAME_REACH = 6  # "the meeting [of the Trade Council] in": the owner's few words


def _after_occasion(toks: Sequence[Word], i: int) -> bool:
    """Whether the "in" at ``i`` follows an occasion's noun, maybe with its owner's name after
    it: "the session in Geneva", "the meeting of the Trade Council in Geneva"."""
    k = i - 1
    while k > 0 and i - k <= _OF_NAME_REACH and toks[k].cap and toks[k].base_low not in _OCCASION_WORDS:
        k -= 1
    if k < i - 1 and k > 1 and toks[k].base_low == "the" and toks[k - 1].base_low == "of":
        k -= 2
    return toks[k].base_low in _OCCASION_WORDS


def _news_lead(
    article: Article, views: Sequence[SentenceView], lead: SentenceView | None
) -> SentenceView | None:
    """The lead of the news: the first sentence of the paragraph after a first paragraph that
    tells only what went on before the event ("For a decade, lorries at the crossing have
    waited two days. A survey commissioned in 2019 found ..."), where a release that opens on
    background tells its event and its venue; else ``lead``."""
    if lead is None or lead.para + 1 >= len(article.paragraphs):
        return lead
    year = article.published.year if article.published is not None else None
    told = [s for s in article.paragraphs[lead.para].sentences if s.index >= lead.index]
    if not all(dates_earlier(article, s.start, s.end, year) for s in told):
        return lead
    after = article.paragraphs[lead.para + 1].sentences
    return views[after[0].index] if after else lead


def _ranked_pairs(
    found: Found, by_people: _Blocked, lead_para: int
) -> tuple[list[str | None], list[Place], dict[str, str]]:
    """The "City, Country" pairs of the text by rank (see ``find_location``), the cities they
    name, and each city's country as the text pairs them."""
    cities: list[Place] = []
    seen: set[str] = set()
    pairs: dict[str, str] = {}
    ranked: list[str | None] = [None] * 6
    views = found.views
    for i in range(len(views)):
        texts = views.texts(i)
        if "," not in texts:
            continue  # no "<City>, <Country>" without its comma: most short sentences
        if views.names_no_country(i) and _STATE_FIRST.isdisjoint(texts):
            continue  # no country nor state after any comma: no view to make
        view = views[i]
        found_pairs = _city_country(view, by_people.get(view.index))
        if not found_pairs:
            continue  # most sentences pair no city with a country: their tense is not read
        later = any(t.base_low in FUTURE_WORDS for t in view.words)
        earlier = not later and view.para != lead_para and _earlier_stop(view)
        virtual = _is_virtual(view)
        for written, city, country, locative, origin in found_pairs:
            pairs.setdefault(city, written.split(",", 1)[1].strip())
            if city not in seen:
                seen.add(city)
                cities.append(Place(name=city, kind="city", country=country, aliases=(city,)))
            if (virtual and not locative) or origin:
                # "convened virtually between Suva and Apia, Samoa": no place of the meeting;
                # "welcomed a delegation from Tolvo, Norway": the guests' home, not where they met
                continue
            rank = (0 if view.para == lead_para else 2) + (0 if locative else 1)
            rank = 5 if earlier else 4 if later else rank
            ranked[rank] = ranked[rank] or written
    return ranked, cities, pairs


_EARLIER_KEYS = frozenset({"earlier", "last", "ago"})


def _earlier_stop(view: SentenceView) -> bool:
    """Whether a sentence after the lead's paragraph tells an occasion of an earlier week or
    month than the lead's ("Earlier this week, she attended a conference in Tallinn, Estonia"):
    a stop before the event, not its place."""
    return any(t.base_low in _EARLIER_KEYS for t in view.words) and _told_as_earlier(view)


def _text_location(
    article: Article,
    found: Found,
    lead: SentenceView | None,
    blocked: _Blocked,
    pairs: dict[str, str],
) -> str | None:
    """The place of the date line (or of a first paragraph that is only a date and a place),
    unless the event is online; a place the lead gives the event ("held in Athens", "visited
    Lima") wins over the date line's, which may be the news agency's or the organization's."""
    if _is_virtual(lead):
        return None
    heading = heading_place(article.paragraph_text(0)) if article.paragraphs else None
    written = article.dateline or heading
    location = _dateline_location(written, pairs) if written else None
    if location is None or lead is None:
        return location
    moved = _event_place(lead, blocked, pairs)
    if moved is None:
        venue = _lead_venue_city(lead, pairs) or _named_venue_city(lead, pairs)
        venue = _in_dateline_country(venue, location, lead) if venue is not None else None
        if venue is not None and _same_country(venue, location):
            return venue  # "MANILA – ... met the Minister at the Department of Trade in Pasay City"
        if venue is not None and "," not in venue and venue not in CITIES and _unknown_home(lead, venue):
            return venue  # "PRAGUE – ... received by President Ana Vell of Tarnia at the Palace in Tolvo"
        held = _held_venue_place(lead, pairs) if venue is not None else None
        if held is not None and "," in held and _other_country(held, location):
            # "ABUJA – ... joined her counterparts at the meeting held at the Conference Centre in
            # Banjul, The Gambia": a meeting held abroad, the date line the publisher's seat
            return held
    if moved is None and venue is None:
        held = _venue_location(found, lead.para, pairs)
        if held is not None and "," in held and held.split(",")[0] != location.split(",")[0]:
            # "VIENNA, 22 May – UNODC and Ghana launched a programme on 18 May. | The launch took
            # place at the Ministry of Interior in Accra": the lead gives no place, the next
            # sentence holds the event at a venue of another city, whose country is known (a
            # town no table knows might be taken for one of the date line's country)
            return held
    if moved is None and _told_as_earlier(lead):
        # "MONTRÉAL, 28 October - The President met late last week with the President of
        # Azerbaijan": an occasion of an earlier week is not at the release's city
        return None
    if moved is None or moved.split(",")[0] == location.split(",")[0]:
        return location
    if country_of(moved) is not None and country_of(location.split(",")[-1]) == country_of(moved):
        return location  # "Amman, Jordan – ... concluded a visit to Jordan": the date line is closer
    return _in_dateline_country(moved, location, lead)


def _in_dateline_country(town: str, dateline: str, lead: SentenceView) -> str:
    """A town no table knows that the lead places the event in, with the country of the date
    line's city, when the lead names no other country: a release filed from a capital tells of
    a small town of its own country ("PORT LOUIS - ... gathered at the Secretariat in Tolvo" ->
    "Tolvo, Mauritius"); not of one where its minister met a neighbour's ("ASTANA - ... held talks
    with his Kyrgyz counterpart in the resort town of Tolvo"). A known city, or a town the text
    gives a country, stays as it is."""
    if "," in town or town in CITIES or country_of(town) is not None or "," not in dateline:
        return town
    if dateline.rsplit(",", 1)[1].strip() == town:
        # the date line's own country, which no table knows ("NOVA TARN, Belmora - ... a visit
        # to Belmora"): the visit's place is the date line's city in it, as for a known country
        return dateline
    if _formal_state_in(lead, town):
        return town  # "a visit to the Republic of Belmora": a country of its own
    if _visited(lead, town):
        return _with_written_state(lead, town)
    country = country_of(dateline.rsplit(",", 1)[1])
    if country is None or any(
        named != country and not any(a <= k < b for a, b in lead.org_spans)  # "the Indian Ocean Commission"
        for k, (_, named, _) in lead.countries.items()
    ):
        return town
    if _unknown_home(lead, town):
        return town
    return f"{town}, {country}"


def _visited(lead: SentenceView, town: str) -> bool:
    """Whether the lead tells a trip to ``town`` ("LAGOS - The Minister began a visit to
    Belmora", "GENEVA - The Director visited Tarsk", "was in Tarsk"): a date line is the traveller's home, and
    a place visited from it is not known to be of its country."""
    toks = lead.words
    head = town.split()[0]
    for k in range(1, len(toks)):
        if toks[k].text != head:
            continue
        before = toks[k - 1].low
        if before in _VISIT_FORMS:
            return True
        j = _before_time(toks, k - 2)
        if (
            before in ("to", "in")
            and j >= 0
            and toks[j].base_low in (_TRAVEL_TO if before == "to" else _BEEN_IN)
        ):
            return True
    return False


_NOT_TRAVEL_TIME = frozenset({"last", "ago", "the", "next", "after", "before", "day", "days", "two", "three"})
# The words of a day or a week told between a verb of travel and its place: "travelled [this
# week] to Tarsk", "arrived [on Monday] in Tarsk".
_TRAVEL_TIME = frozenset(
    w for phrase in (*RELATIVE_DAYS, *RELATIVE_WEEKS) for w in phrase.split() if w not in _NOT_TRAVEL_TIME
) | frozenset((*WEEKDAY_NAMES, "on"))
_BEEN_IN = frozenset({"was", "were", "is", "are", "arrived", "arrives"})  # "was in Tarsk", "arrived in Tarsk"


def _before_time(toks: Sequence[Word], j: int) -> int:
    """The index of the word before the time words ending at ``j`` ("travelled [this week]")."""
    while j >= 0 and toks[j].base_low in _TRAVEL_TIME:
        j -= 1
    return j


# What may follow a town's state written after it: "visited Tarsk, Ostrania[,] where", "[on]
# Monday"; not another town of a list ("Tarsk, Velm and Orsk").
_AFTER_STATE = frozenset({",", ".", "where", "on", "from", "for", "to", "at", "last", "this", "and"})


def _with_written_state(lead: SentenceView, town: str) -> str:
    """A town visited with the state the lead writes after it, one no table knows: "visited
    Tarsk, Ostrania, where" -> "Tarsk, Ostrania"; the town alone otherwise."""
    toks = lead.words
    n = len(toks)
    for k in range(n - 3):
        if toks[k].text != town or toks[k + 1].text != ",":
            continue
        state = toks[k + 2]
        after = toks[k + 3].base_low
        if (
            state.cap
            and state.name_word
            and state.text not in CITIES
            and state.low not in _CALENDAR_LOWS
            and after in _AFTER_STATE
            and not (after in (",", "and") and k + 4 < n and toks[k + 4].cap)
            and not (after == "," and k + 5 < n and toks[k + 4].base_low == "and" and toks[k + 5].cap)
        ):
            return f"{town}, {state.text}"
        owner = _settlement_of(toks, k + 2)
        if owner is not None:
            return f"{town}, {owner}"
    return town


_SETTLEMENT_REACH = 4  # "the [second largest] city of": the article and a few words


def _settlement_of(toks: Sequence[Word], j: int) -> str | None:
    """The state a town's apposition names at ``j``: "Tarsk, [the capital of Ostrania]," ->
    "Ostrania"; None for no such apposition, or a longer name after "of"."""
    if toks[j].low not in ("the", "a"):
        return None
    for k in range(j + 1, min(len(toks) - 2, j + _SETTLEMENT_REACH)):
        if not toks[k].lower:
            return None
        if toks[k].low in SETTLEMENT_NOUNS and toks[k + 1].low == "of":
            state = toks[k + 2]
            ends = k + 3 >= len(toks) or not toks[k + 3].cap
            return state.text if state.cap and state.name_word and ends and state.text not in CITIES else None
    return None


_CALENDAR_LOWS = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES))


def _unknown_home(lead: SentenceView, town: str) -> bool:
    """Whether the lead names a person's state that no table knows, after their name: "PRAGUE -
    The Prime Minister was received by President Ana Vell of Tarnia in Tolvo" (Tolvo may be
    Tarnia's town, not the date line's country's); not the town itself ("Mayor Ana Vell of
    Tolvo")."""
    toks = lead.words
    n = len(toks)
    for k in range(1, n - 1):
        if toks[k].low != "of" or not toks[k - 1].cap:
            continue
        after = toks[k + 1]
        if not toks[k - 1].name_word and not _state_holder(toks[k - 1], after):
            continue
        if (
            after.name_word
            and after.text != town.split()[0]
            and k + 1 not in lead.countries
            and after.text not in CITIES
            and (k + 2 >= n or not toks[k + 2].cap)
        ):
            return True
    return False


def _state_holder(title: Word, after: Word) -> bool:
    """Whether ``title`` "of" ``after`` names the holder of a state's office: "met the Prime
    Minister of Ostrania in Tarsk"; not a ministry's subject ("the Minister of Finance")."""
    low = after.low
    return (
        title.low in lex.TITLE_HEADS
        and low not in lex.PORTFOLIO_WORDS
        and not low.endswith(tuple(lex.PORTFOLIO_SUFFIXES))
    )


_EARLIER_PERIOD = pattern(
    r"\b(?:last|earlier this|earlier that)\s+(?:week|month|year)\b|\b\w+\s+(?:weeks|months)\s+ago\b",
    re.IGNORECASE,
)


def _told_as_earlier(lead: SentenceView) -> bool:
    return bool(lead.words) and told_as_earlier(lead.text[lead.starts[0] : lead.ends[-1]])


def told_as_earlier(sentence: str) -> bool:
    """Whether a lead tells its occasion in an earlier week or month than the release's ("met
    late last week", "two weeks ago"), so the date line's city is the release's, not the
    occasion's; not "last night", which is the day before."""
    return _EARLIER_PERIOD.search(sentence) is not None


def find_location(article: Article, found: Found) -> tuple[str | None, list[Place]]:
    blocked_by_sent = _Blocked(found, orgs=True)
    by_people = _Blocked(found, orgs=False)
    lead = _news_lead(article, found.views, lead_sentence(found.views))
    lead_para = lead.para if lead is not None else 0
    # By rank: a pair in the lead paragraph after "in", "to", "at"; any pair there (after the
    # lead's bare "in Rome": "guests from Dakar, Senegal" came from elsewhere); a pair after
    # "in" elsewhere; any other pair; a pair in a sentence about what comes next, after the
    # sign-off's place; a pair in a later paragraph's stop told as earlier, last of all.
    ranked, cities, pairs = _ranked_pairs(found, by_people, lead_para)
    seen = {place.name for place in cities}
    location = _text_location(article, found, lead, blocked_by_sent, pairs)
    if lead is not None and _is_virtual(lead):
        # an online meeting: only the place the lead gives it ("joined by videoconference the
        # meeting held in Colombo"), no city of a participant or a partner told later
        place = _joined_occasion_place(lead, blocked_by_sent, pairs)
        filed = _dateline_location(article.dateline, pairs) if article.dateline else None
        return (_in_dateline_country(place, filed, lead) if place and filed else place), cities
    # The main event is the lead's: its "City, Country", else its bare "in Lisbon", before the
    # cities of guests, partners or a next edition told later ("will take place in Praia,
    # Cabo Verde").
    if location is None and lead is not None:
        location = _venue_location(found, lead.para, pairs) or _address_town(lead, pairs)
    location = location or ranked[0]
    if location is None and lead is not None and not _is_virtual(lead):
        location = _lead_location(lead, blocked_by_sent, pairs)
    location = location or next((pair for pair in ranked[:4] if pair), None)
    if location is None and ranked[4] and article.issued_at is not None and not _is_virtual(lead):
        # the sign-off's place ("Kingstown, 21 May 2026") before a city only a sentence about
        # what comes next names ("a workshop would take place in Georgetown, Guyana, in June")
        location = _dateline_location(article.issued_at, pairs)
    location = location or ranked[4] or _loose_place(article, found, lead, blocked_by_sent, pairs)
    # last, a stop told as before the event ("Earlier this week, she attended a conference in
    # Tallinn, Estonia")
    location = location or ranked[5] or _joint_dateline_place(article)
    filed = article.dateline or article.issued_at
    if location is not None and lead is not None and filed is not None and "," not in location:
        # a town no table knows, however found: "at the Royal Spa in Tolvo" ... "Mbabane, 20 March"
        location = _in_dateline_country(location, _dateline_location(filed, pairs) or "", lead)
    location = _state_country(location)
    if location is not None and lead is not None and country_of(location) is not None:
        location = _country_city(found, lead.para, location, blocked_by_sent, pairs) or location
    if location and "," in location:
        city = location.split(",", 1)[0].strip()
        country = country_of(location.rsplit(",", 1)[1]) or location.split(",", 1)[1].strip()
        if city not in seen:
            cities.insert(0, Place(name=city, kind="city", country=country, aliases=(city,)))
    elif location and not country_of(location) and location not in seen:
        cities.insert(0, Place(name=location, kind="city", aliases=(location,)))
    return location, cities


def _loose_place(
    article: Article, found: Found, lead: SentenceView | None, blocked: _Blocked, pairs: dict[str, str]
) -> str | None:
    """The place of an event no "City, Country" places: an "in <Place>" after a meeting verb,
    the place the lead says hosted it, the headline's, the city its name carries, else the
    sign-off's ("Ouagadougou, 11 June 2024")."""
    location = _loose_location(found, blocked, pairs)
    if location is None and lead is not None and not _is_virtual(lead):
        location = _host_place(lead, blocked, pairs)
    if location is None and not _is_virtual(lead) and article.title:
        location = _headline_place(article.title, blocked, pairs)
    if location is None and not _is_virtual(lead):
        location = _named_event_city(lead, article.title)
    if location is None and article.issued_at is not None and not _is_virtual(lead):
        location = _dateline_location(article.issued_at, pairs)
    return location


def _state_country(location: str | None) -> str | None:
    """A place written with its state ends with the state's country, like every other "City,
    Country": "ARLINGTON, VA." and "held in Austin, Texas" -> "Arlington, Virginia, United
    States", "Austin, Texas, United States"; a city named like a state ("New York") is a city."""
    if location is None or "," not in location:
        return location
    state = location.rsplit(",", 1)[1].strip()
    if state in STATES and country_of(state) is None:
        return f"{location}, {STATES[state]}"
    return location


# "visited Lima"; "X, who is visiting Beijing, held talks": the visitor is there (a date line's
# city may be the agency's, at home).
_VISIT_FORMS = frozenset(("visited", "visiting"))
# What makes "visiting" an adjective on the noun after it, not the verb of a visit: "for
# [visiting] Heads of State", "the [visiting] delegation", "our [visiting] partners".
_BEFORE_ADJECTIVE = lex.ARTICLES | lex.PREPOSITIONS | lex.POSSESSIVE_DETERMINERS


def _event_place(lead: SentenceView, blocked: _Blocked, pairs: dict[str, str]) -> str | None:
    """The place the lead sentence gives its event: "in <Place>" a few words after a verb of
    meeting ("held this year in Athens and Lagonissi", "met ... in Suva"), or "visited
    <Place>", "is visiting <Place>"; not in a clause about what comes next ("would soon visit
    him in Paris")."""
    toks = lead.words
    welcome = any(w.low in WELCOME_TO_VERBS for w in toks)
    for i, t in enumerate(toks):
        if t.base_low == "in" and not t.cap:
            if _thing_done_in(toks, i - 1):
                continue  # "reviewed the protocol signed in Tolvo": the protocol's place
            window = _verb_window(toks, i)
            if not (
                any(w.base_low in EVENT_PLACE_VERBS for w in window)
                or _occasion_in(toks, i)
                or _at_occasion(toks, i)
                or (welcome and _welcomed_to(toks, i))
                or toks[i - 1].low in _BE_THERE
            ):
                continue
        elif t.base_low not in _VISIT_FORMS and not _this_visit_to(toks, i):
            continue
        elif t.base_low == "visiting" and i and toks[i - 1].base_low in _BEFORE_ADJECTIVE:
            continue  # "hosted a luncheon for visiting Heads of State": no place visited
        if _later(toks, i):
            continue
        place = _place_at(lead, _place_start(lead, i + 1), blocked.get(lead.index))
        if place is not None and not _earlier_event(toks, i):
            return _joined_places(lead, place, blocked, pairs)
    return None


# "was in" a place: the lead's subject there for its event ("GENEVA - The Director was in
# Tarsk on Monday for talks with the Minister").
_BE_THERE = frozenset({"was", "were", "is", "are"})
_WELCOME_REACH = 20  # words from "welcomed" to "to": the guest, with a title and a name


def _welcomed_to(toks: Sequence[Word], i: int) -> bool:
    """Whether the "in" at token ``i`` ends a venue a guest was welcomed to: "welcomed the
    Ambassador of Tarn, Mr. Piet Vos, to the Governor's Residence in Tolvik" met in Tolvik."""
    for j in range(i - 1, max(-1, i - _MAX_VENUE_WORDS - 2), -1):
        if toks[j].low == "to":
            return _venue_end(toks, j + 1) == i and any(
                w.low in WELCOME_TO_VERBS for w in toks[max(0, j - _WELCOME_REACH) : j]
            )
    return False


def _verb_window(toks: Sequence[Word], i: int) -> Sequence[Word]:
    """The words of token ``i``'s clause before it, at most eight, from the last comma or
    semicolon; a name set off by commas is passed over ("held talks with his counterpart[, Mr.
    Luc Anders,] at the Ministry in Accra": the verb's clause goes on around it)."""
    out: list[Word] = []
    k = i - 1
    while k >= 0 and len(out) < _VERB_REACH:
        if toks[k].text == ",":
            before = _apposition_start(toks, k)
            if before is None:
                break
            k = before - 1
            continue
        if toks[k].text == ";":
            break
        out.append(toks[k])
        k -= 1
    return out[::-1]


_VERB_REACH = 8  # words back from "in" to the verb of meeting
_NAME_REACH = 8  # words of a name set off by commas: "Mr. Luc Anders"


def _apposition_start(toks: Sequence[Word], comma: int) -> int | None:
    """The comma that opens a name set off by commas whose closing comma is ``comma``; None
    when the words before ``comma`` are no such name."""
    k = comma - 1
    while k >= 0 and comma - k <= _NAME_REACH and (toks[k].cap or toks[k].text == "."):
        k -= 1
    return k if 0 <= k < comma - 1 and toks[k].text == "," else None


_OCCASION_AT = frozenset({"at", "during", "on"})
_OCCASION_REACH = 16  # words back from "in" to the verb: "held meetings with ... at the 76th ..."


def _occasion_in(toks: Sequence[Word], i: int) -> bool:
    """Whether the "in" at token ``i`` places an occasion named right before it, after a comma,
    that a verb of meeting led to: "held bilateral meetings with member countries at the 76th
    World Health Assembly, in Geneva"."""
    if i < 2 or toks[i - 1].text != ",":
        return False
    start = max(0, i - _OCCASION_REACH)
    at = max(
        (x for x in range(start, i - 1) if toks[x].base_low in _OCCASION_AT and not toks[x].cap), default=-1
    )
    if at < 0 or not all(
        w.cap or w.digit or w.base_low in ("the", "of", "and") for w in toks[at + 1 : i - 1]
    ):
        return False  # the occasion's name only: "at the 76th World Health Assembly"
    return any(w.base_low in EVENT_PLACE_VERBS for w in toks[start:at])


# An occasion's noun, written in lower case: "at a ceremony in", "during the talks in".
_OCCASION_WORDS = frozenset(w.lower() for w in EVENT_NAME_HEADS) | lex.OCCASION_NOUNS
_AT_OCCASION_REACH = 4  # "at [a | the] [signing] ceremony in": the preposition's few words back


def _at_occasion(toks: Sequence[Word], i: int) -> bool:
    """Whether the "in" at token ``i`` places an occasion told right before it with "at" or
    "during": "signed the treaty fixing their maritime boundary at a ceremony in Karvo", "during
    the talks in Karvo"."""
    if i < 2 or toks[i - 1].cap or toks[i - 1].base_low not in _OCCASION_WORDS:
        return False
    return any(w.base_low in _OCCASION_AT and not w.cap for w in toks[max(0, i - _AT_OCCASION_REACH) : i - 1])


def _this_visit_to(toks: Sequence[Word], i: int) -> bool:
    """Whether the "to" at token ``i`` leads to the destination of the visit the lead tells:
    "has concluded a working visit to Lima, Peru"; not another visit ("recalled his recent
    visit to Tokyo", "discussed preparations for the President's visit to Rome")."""
    if toks[i].base_low != "to":
        return False
    noun = _trip_noun_before(toks, i)
    if noun is None:
        return False
    return not any(w.base_low in NOT_THIS_VISIT_WORDS for w in _clause_before(toks, noun))


_OF_REACH = 5  # "a mission [of 40 companies] to Seoul": the words of who went


def _trip_noun_before(toks: Sequence[Word], i: int) -> int | None:
    """Where the trip's noun stands before the "to" at ``i``: right before it ("mission to
    Seoul"), or before an "of" phrase of who went ("a business mission of 40 companies to
    Seoul", "a delegation of ten officials to Lima")."""
    j = _before_time(toks, i - 1)
    if j >= 0 and toks[j].base_low in _TRAVEL_TO:
        return j  # "visit to", "travelled this week to"
    took = _trip_that_took(toks, i)
    if took is not None:
        return took
    for k in range(i - 1, max(0, i - _OF_REACH - 1), -1):
        t = toks[k]
        if t.base_low == "of":
            return k - 1 if k > 0 and toks[k - 1].base_low in _TRAVEL_TO else None
        if t.text != "." and (t.punct or not (t.lower or t.digit or t.cap)):
            return None  # "of 18 U.S. companies", "of ten Norland officials": who went
    return None


_TOOK_FORMS = frozenset({"took", "brought", "takes", "brings"})
_OBJECT_REACH = 3  # "took [him]", "took [the delegation]": who went


def _trip_that_took(toks: Sequence[Word], i: int) -> int | None:
    """Where the trip's noun stands before a relative clause that takes someone to the place at
    the "to" at ``i``: "after a week-long tour that took him to Paris, Brussels and Geneva"."""
    for k in range(i - 1, max(1, i - _OBJECT_REACH - 2), -1):
        if toks[k].low in _TOOK_FORMS:
            j = k - 1 - (toks[k - 1].low in {"that", "which"})
            j -= j >= 0 and toks[j].text == ","
            return j if j >= 0 and j < k - 1 and toks[j].base_low in _TRAVEL_TO else None
        if not toks[k].lower:
            return None
    return None


# Words after the venue that place it in its city: "the United Nations Office at Geneva".
_VENUE_IN = frozenset({"at", "in"})


def _venue_location(found: Found, lead_para: int, pairs: dict[str, str]) -> str | None:
    """The city of the venue the lead paragraph or the next gives its meeting: "the talks, which
    took place at the United Nations Office at Geneva", "was held at the Embassy's Chancery
    Building in Nairobi", "they met at the Regent Hotel in Suva, Fiji". A meeting verb stands in
    the clause before the venue, whose name is capitalised words ending in a building
    (``VENUE_NOUNS``); not a venue to come ("will be held at ..."). The place after the venue
    is no person's nor organization's mention: it ends the venue's name ("the United Nations
    Office at Geneva" is an organization's name too)."""
    for view in found.views.of_paragraphs(lead_para, lead_para + 1):
        place = _held_venue_place(view, pairs)
        if place is not None:
            return place
    return None


def _held_venue_place(view: SentenceView, pairs: dict[str, str]) -> str | None:
    """The place of a venue a sentence holds its meeting at (see ``_venue_location``)."""
    toks = view.words
    for i, t in enumerate(toks):
        if t.base_low != "at" or t.cap or i + 1 >= len(toks):
            continue
        if not any(w.base_low in VENUE_AT_VERBS for w in _clause_past_name(toks, i)):
            continue
        if _later(toks, i) or _earlier_event(toks, i):
            continue
        end = _venue_end(toks, i + 1)
        if end is None or end + 1 >= len(toks) or toks[end].base_low not in _VENUE_IN:
            continue
        place = _place_at(view, _place_start(view, end + 1), _NONE)
        if place is not None:
            return place[1] if place[2] is not None else _with_country(place[1], pairs)
    return None


def _lead_venue_city(lead: SentenceView, pairs: dict[str, str]) -> str | None:
    """The city the lead sentence puts its venue in: "paid a call on the Minister at the
    Ministry of Trade in Quezon City on 2 May" -> "Quezon City, Philippines"; not a venue to
    come ("will meet at the Town Hall in ...") nor an earlier event's."""
    toks = lead.words
    for i, t in enumerate(toks):
        if t.base_low != "at" or t.cap or i + 1 >= len(toks) or _later(toks, i) or _earlier_event(toks, i):
            continue
        end = _venue_end(toks, i + 1)
        if end is None or end + 1 >= len(toks) or toks[end].base_low not in _VENUE_IN:
            continue
        place = _place_at(lead, _place_start(lead, end + 1), _NONE)
        if place is not None and place[2] is None:
            return _with_country(place[1], pairs)
    return None


def _named_venue_city(lead: SentenceView, pairs: dict[str, str]) -> str | None:
    """The known city the lead's venue is named after ("PRETORIA – ... addressed the forum at the
    Cape Town International Convention Centre"), in a lead that tells nothing to come."""
    if any(t.base_low in FUTURE_WORDS for t in lead.words):
        return None
    return _venue_city(lead, pairs)


def _other_country(place: str, other: str) -> bool:
    """Whether two "City, Country" places name two known countries that differ."""
    a, b = country_of(place.rsplit(",", 1)[1]), country_of(other.rsplit(",", 1)[-1])
    return a is not None and b is not None and a != b


def _same_country(place: str, other: str) -> bool:
    """Whether two "City, Country" places name the same country and different cities: a
    venue's town in the date line's metropolis ("MANILA" and "Pasay City, Philippines")."""
    a, b = place.rsplit(",", 1), other.rsplit(",", 1)
    if len(a) < 2 or len(b) < 2 or a[0].strip() == b[0].strip():
        return False
    country = country_of(a[1])
    return country is not None and country == country_of(b[1])


# Words before a venue's name: "at the Embassy of India", "at his office in".
_VENUE_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our"})
# Words inside a venue's name after its head: "the Embassy of India", "the Ministry for Trade".
_VENUE_OF = frozenset({"of", "for"})
_MAX_VENUE_WORDS = 10


def _venue_end(toks: Sequence[Word], i: int) -> int | None:
    """Where the name of a venue starting at token ``i`` ends: "the United Nations Office", "the
    Embassy of India", "the Ministry of Foreign Affairs", "his office"; None when its head (its
    last word before "of" or "for") is no building (``VENUE_NOUNS``)."""
    n = len(toks)
    j = i + (toks[i].low in _VENUE_DETERMINERS)
    if j > i and j < n and toks[j].lower and toks[j].base_low in VENUE_NOUNS:
        return j + 1  # "at his office in Suva"
    k, head = j, None
    while k < n and k - j < _MAX_VENUE_WORDS:
        if toks[k].cap and toks[k].alpha:
            k += 1
        elif (
            k > j
            and k + 1 < n
            and toks[k + 1].cap
            and (toks[k].low in _VENUE_OF or (head is not None and toks[k].low == "and"))
        ):
            head = k - 1 if head is None else head  # "the Ministry of Trade and Industry"
            k += 1
        else:
            break
    if k == j or not toks[k - 1].cap:
        return None
    head = k - 1 if head is None else head
    return k if toks[head].base_low in VENUE_NOUNS else None


def _joined_places(
    view: SentenceView,
    place: tuple[int, str, str | None],
    blocked: _Blocked,
    pairs: dict[str, str],
) -> str:
    """A place, or two joined by "and" ("in Athens and Lagonissi"), with the country the text or
    the city table gives the first: "Athens and Lagonissi, Greece"."""
    end, name, country = place
    if country is not None:
        return name
    toks = view.words
    if end + 1 < len(toks) and toks[end].base_low == "and":
        second = _place_at(view, end + 1, blocked.get(view.index))
        with_country = _with_country(name, pairs)
        country = with_country.split(",", 1)[1] if with_country != name else None
        # two towns of one country, not two capitals ("in Geneva and Brussels")
        if second is not None and second[2] is None and country and second[1] not in CITIES:
            return f"{name} and {second[1]},{country}"
    return _with_country(name, pairs)


# A past time's possessive before an event's name: "last week's Summit in Bandar Seri Begawan",
# "yesterday's meeting in Lima": that place is an earlier event's.
_EARLIER = frozenset({"yesterday", "week", "month", "year"})


def _earlier_event(toks: Sequence[Word], i: int) -> bool:
    """Whether the "in" at token ``i`` ends the name of an earlier event: "last week's 22nd
    Summit in Brunei" (only capitalised or numbered words between the possessive and "in")."""
    for j in range(i - 1, max(-1, i - 8), -1):
        t = toks[j]
        if t.poss:
            return t.base_low in _EARLIER and (
                t.base_low == "yesterday" or (j > 0 and toks[j - 1].base_low == "last")
            )
        if not (t.cap or t.digit):
            return False
    return False


# "visit to Ottawa", "mission to Lima": the destination of the lead's visit (``PLACE_LEADS``).
_TRAVEL_TO = frozenset(lead.split()[0] for lead in PLACE_LEADS if lead.endswith(" to"))


def _lead_location(lead: SentenceView, blocked: _Blocked, pairs: dict[str, str]) -> str | None:
    """The lead sentence's "in <Place>" ("The Chamber held its forum in Lisbon from 3 June"), or
    the place of its visit ("as part of the Minister's visit to Ottawa"); not an earlier event's
    ("last week's Summit in Brunei") nor a visit to come ("would soon visit him in Paris")."""
    toks = lead.words
    for i, t in enumerate(toks):
        travel = t.base_low == "to" and _trip_noun_before(toks, i) is not None
        if not (_in_at(lead, i) or travel) or _later(toks, i) or _earlier_event(toks, i):
            continue
        if _thing_done_in(toks, i - 1):
            continue  # "reviewed the protocol signed in Tolvo": the protocol's place
        start = _place_start(lead, i + 1)
        place = _place_at(lead, start, _named_settlement(toks, start, blocked.get(lead.index)))
        if place is not None:
            if place[2] is not None:  # a country: "on a visit to Japan, where she met ... in Tokyo"
                city = _city_of_country_after(lead, place[0], place[2], blocked, pairs)
                if city is not None:
                    return city
            return _joined_places(lead, place, blocked, pairs)
        capital = _capital_at(lead, i + 1, pairs)
        if capital is not None:
            return capital
    return None


def _city_of_country_after(
    lead: SentenceView, after: int, country: str, blocked: _Blocked, pairs: dict[str, str]
) -> str | None:
    """A city of ``country`` the lead names after word ``after`` with "in": the visit's place
    told more closely ("a working visit to Japan, where she met the Minister in Tokyo")."""
    toks = lead.words
    for i in range(after, len(toks)):
        if not _in_at(lead, i) or _later(toks, i):
            continue
        place = _place_at(lead, _place_start(lead, i + 1), blocked.get(lead.index))
        if place is not None and place[2] is None and CITIES.get(place[1]) == country:
            return _with_country(place[1], pairs)
    return None


def _country_city(
    found: Found, lead_para: int, country: str, blocked: _Blocked, pairs: dict[str, str]
) -> str | None:
    """A city of the lead's country that the lead paragraph or the next places the event in: "led
    a business delegation to Bhutan from 25 to 29 November." / "In Thimphu, the delegation met
    the Minister" -> "Thimphu, Bhutan"."""
    name = country_of(country) or country
    for view in found.views.of_paragraphs(lead_para, lead_para + 1):
        # a sentence set in the city ("In Thimphu, ..."), or an event's place ("met ... in Paro")
        if _in_at(view, 0) and view.words[0].cap:
            place = _place_at(view, 1, blocked.get(view.index))
            city = place[1] if place is not None and place[2] is None else None
        else:
            city = _event_place(view, blocked, pairs)
            city = city.split(",", 1)[0] if city is not None else None
        if city is not None and CITIES.get(city) == name:
            return _with_country(city, pairs)
    return None


def _clause_before(toks: Sequence[Word], i: int) -> Sequence[Word]:
    """The words of token ``i``'s clause before it, at most eight, from the last comma or
    semicolon: "The Minister, who will travel to Paris, met the envoy in" -> "met the envoy"."""
    window = toks[max(0, i - 8) : i]
    cut = max((x for x, w in enumerate(window) if w.text in {",", ";"}), default=-1)
    return window[cut + 1 :]


_APPOSITION_REACH = 12  # tokens: "the Governor of Lira, H.E. Mr. Tom Berg," is shorter


def _clause_past_name(toks: Sequence[Word], i: int) -> Sequence[Word]:
    """The words of token ``i``'s clause before it (``_clause_before``), past a name set off by
    commas right before it: "met the Governor, Mr. Tom Berg, [at] the Palace in Lira" -> "met the
    Governor"."""
    before = _clause_before(toks, i)
    if before or i < 2 or toks[i - 1].text != ",":
        return before
    start = max(0, i - 1 - _APPOSITION_REACH)
    comma = next((j for j in range(i - 2, start - 1, -1) if toks[j].text in {",", ";"}), -1)
    if comma < 0 or toks[comma].text != ",":
        return before
    if not all(w.cap or not w.alpha for w in toks[comma + 1 : i - 1]):
        return before  # no name: "met in Lima, then flew on, [at] ..."
    return _clause_before(toks, comma)


def _later(toks: Sequence[Word], i: int) -> bool:
    """Whether the clause of token ``i`` tells what comes next: "would soon visit him in",
    "ahead of the forum in"; not another clause's future ("The Minister, who will travel to
    Paris, met the envoy in Lima"); nor a passive infinitive's ("Ahead of the Blue Summit to be
    held in Tolvo, the ministers met in Lima": what is to be done has not happened)."""
    if i >= 3 and toks[i - 2].low == "be" and toks[i - 3].low == "to":
        return True
    return any(w.base_low in FUTURE_WORDS for w in _clause_before(toks, i))


# Words before a verb's form that make it a noun: "a series of visits to", "the meeting in".
_NOUN_MARKS = frozenset({"a", "an", "the", "of", "his", "her", "their", "its", "our", "my", "this"})


def _loose_location(found: Found, blocked: _Blocked, pairs: dict[str, str]) -> str | None:
    """The lead sentence's "in <Place>", else "in <Place>" a few words after a meeting verb."""
    lead = lead_sentence(found.views)
    if _is_virtual(lead):
        return None
    candidates: list[tuple[SentenceView, int]] = []
    if lead is not None:
        candidates += [(lead, i) for i in range(len(lead.words)) if _in_at(lead, i)]
    for view in found.views:
        toks = view.words
        for i, t in enumerate(toks):
            if t.base_low == "in" and not t.cap:
                lo = max(0, i - 6)
                window = toks[lo:i]
                cut = max((x for x, w in enumerate(window) if w.text in {",", ";"}), default=-1)
                if _dated_in(view, i) or any(
                    w.base_low in EVENT_PLACE_VERBS and toks[lo + x - 1].base_low not in _NOUN_MARKS
                    for x, w in enumerate(window)
                    if x > cut and lo + x > 0
                ):
                    candidates.append((view, i))
            elif t.base_low in {"visited", "visiting"} and i + 1 < len(toks):
                candidates.append((view, i))
    venue = _venue_city(lead, pairs) if lead is not None else None
    for view, i in candidates:
        if _later(view.words, i) or _earlier_event(view.words, i) or _thing_done_in(view.words, i - 1):
            continue
        if view is not lead and lead is not None and view.para != lead.para and _earlier_stop(view):
            continue  # "Earlier this week, she attended a conference in Tallinn"
        if venue is not None and view is not lead:
            return venue  # the lead's own venue before a place told later
        place = _place_at(view, _place_start(view, i + 1), blocked.get(view.index))
        if place is None:
            capital = _capital_at(view, i + 1, pairs)
            if capital is not None:
                return capital
            continue
        _, name, country = place
        if country is not None:
            return name
        return _with_country(name, pairs)
    return venue


_RELATIVE_DATES = frozenset((*RELATIVE_DAYS, *RELATIVE_WEEKS, *RELATIVE_MONTHS))
_MAX_RELATIVE_WORDS = max(len(d.split()) for d in _RELATIVE_DATES)
# A weekday of this week or the last: "in Accra [last] Friday", "in Lima [this] Monday".
_DAY_BEFORE_WEEKDAY = frozenset({"last", "this", "past"})


def _dated_in(view: SentenceView, i: int) -> bool:
    """Whether the "in" at token ``i`` places a dated happening: "his call on the Prime Minister
    in Canberra on 12 April", "in Lima from 3 to 5 May" (a place, then "on" or "from" a date),
    "opened in downtown Lima today", "in Addis Ababa this week", "in Accra last Friday" (a place,
    then a relative date)."""
    toks = view.words
    start = _place_start(view, i + 1)
    j = start
    while j < len(toks) and j - start < 4 and toks[j].cap and toks[j].alpha:
        j += 1
    if j == start or j >= len(toks):
        return False
    for k in range(_MAX_RELATIVE_WORDS, 0, -1):
        if j + k <= len(toks) and " ".join(t.low for t in toks[j : j + k]) in _RELATIVE_DATES:
            return True
    if j + 1 < len(toks) and toks[j].low in _DAY_BEFORE_WEEKDAY and toks[j + 1].weekday:
        return True  # "in Accra last Friday"
    if j + 1 >= len(toks) or toks[j].base_low not in {"on", "from"}:
        return False
    after = toks[j + 1]
    return after.digit or after.month is not None or after.weekday


_MAX_CITY_WORDS = max(len(c.split()) for c in CITIES)


def _venue_city(lead: SentenceView, pairs: dict[str, str]) -> str | None:
    """The known city a lead sentence's venue is named after ("received the delegation at the
    Lisbon Town Hall" -> "Lisbon, Portugal", "met him at WIPO's Geneva headquarters" -> "Geneva,
    Switzerland"; see ``VENUE_NOUNS``) or that follows its name ("at State House, Entebbe")."""
    toks = lead.words
    n = len(toks)
    for i in range(n - 3):
        # "at the Lisbon Town Hall", "at the Agency's Lomé offices", "at WIPO's Geneva headquarters"
        if toks[i].base_low != "at":
            continue
        after = _city_after_venue(lead, i + 1)
        if after is not None:
            return _with_country(after, pairs)  # "at State House, Entebbe,"
        a = i + 1 + (toks[i + 1].base_low == "the")
        if toks[a].poss and a + 1 < n:
            a += 1
        elif a == i + 1:
            continue
        for k in range(min(_MAX_CITY_WORDS, n - a - 1), 0, -1):
            city = span_text(lead, a, a + k)
            if city not in CITIES:
                continue
            # the venue's name: the capitalised words after the city, ending on a building
            # ("the Bangkok International Trade and Exhibition Centre")
            j = a + k
            while j < n and (
                (toks[j].cap and toks[j].alpha)
                or (toks[j].base_low in _NAME_LINKS and j + 1 < n and toks[j + 1].cap and j > a + k)
            ):
                j += 1
            if j < n and j == a + k and toks[j].base_low in VENUE_NOUNS:
                j += 1  # "its Geneva headquarters"
            if j > a + k and toks[j - 1].base_low in VENUE_NOUNS:
                return _with_country(city, pairs)
            break
        named = _venue_named_city(lead, i + 1)
        if named is not None:
            return _with_country(named, pairs)
    town = _civic_town(lead)
    return _with_country(town, pairs) if town is not None else None


_ADDRESS_END = frozenset({",", ".", ";", "on", "in", "at", "for"})
# A street named without its number: "at the Chamber's offices on Quay Street, Tolvo", "in
# Mill Lane, Tolvo".
_STREET_PREPOSITIONS = frozenset({"on", "in", "at"})


def _address_town(lead: SentenceView, pairs: dict[str, str]) -> str | None:
    """The town of the address the lead sentence gives its venue: "received the delegation at its
    premises at 22 Market Street, Tolvo, on Tuesday" -> "Tolvo": a number (or the preposition of a
    street: "on Market Street, Tolvo"), capitalised words ending in a street's noun
    (``STREET_NOUNS``), a comma, then the town's capitalised words."""
    toks = lead.words
    n = len(toks)
    for j in range(2, n - 2):
        t = toks[j]
        if not (t.cap and t.base_low in STREET_NOUNS and toks[j + 1].text == "," and toks[j - 1].cap):
            continue
        k = j - 1
        while k > 0 and j - k < _MAX_TOWN_WORDS and toks[k - 1].cap and toks[k - 1].alpha:
            k -= 1
        if k == 0 or not (toks[k - 1].digit or toks[k - 1].low in _STREET_PREPOSITIONS):
            continue  # no house number: "Market Street, the old town" is no address
        end = j + 2
        while end < n and end - j - 2 < _MAX_TOWN_WORDS and toks[end].cap and toks[end].alpha:
            end += 1
        if end > j + 2 and (end == n or toks[end].base_low in _ADDRESS_END):
            return _with_country(span_text(lead, j + 2, end), pairs)
    return None


_CIVIC_LEADS = frozenset({"at", "to"})
_MAX_TOWN_WORDS = 3


def _civic_town(lead: SentenceView) -> str | None:
    """The town whose own hall the lead's meeting is at, a town no table lists: "welcomed the
    delegation to Tolvo Town Hall", "met at the Tolvo City Chambers" -> "Tolvo" (capitalised
    words, a settlement noun, then ``CIVIC_BUILDINGS``); not a hall to come."""
    toks = lead.words
    for j in range(3, len(toks)):
        t = toks[j]
        if not (t.cap and t.base_low in CIVIC_BUILDINGS and toks[j - 1].cap):
            continue
        if toks[j - 1].base_low not in SETTLEMENT_NOUNS:
            continue
        k = j - 1
        while k > 1 and j - 1 - k < _MAX_TOWN_WORDS and toks[k - 1].cap and toks[k - 1].alpha:
            k -= 1
        k += toks[k].low == "the"  # "The" opening the sentence is no part of the name
        at = k - 1 - (toks[k - 1].low == "the")
        if k < j - 1 and at >= 0 and toks[at].low in _CIVIC_LEADS and not _later(toks, at):
            return span_text(lead, k, j - 1)
    return None


_HOST_FORMS = frozenset({"hosted", "hosts"})
_MAX_PLACE_WORDS = 3


def _host_place(lead: SentenceView, blocked: _Blocked, pairs: dict[str, str]) -> str | None:
    """The place that hosted the lead's event, as its subject: "as Panama hosted the World
    Maritime Day event", "Suva hosts the Ports Forum"; not an organization ("the Port Authority
    hosted") nor what comes next ("Lima will host")."""
    toks = lead.words
    for i, t in enumerate(toks):
        if t.base_low not in _HOST_FORMS or t.cap or _later(toks, i):
            continue
        for start in range(max(0, i - _MAX_PLACE_WORDS), i):
            place = _place_at(lead, start, blocked.get(lead.index))
            if place is not None and place[0] == i:
                return place[1] if place[2] is not None else _with_country(place[1], pairs)
    return None


def _headline_place(title: str, blocked: _Blocked, pairs: dict[str, str]) -> str | None:
    """The place the headline gives the event when the body names none, only a venue: "Meeting
    of the Council held in Karvo" over "The meeting was held at the Convention Centre"."""
    view = view_sentence(title, tokenize(title, (Sentence(0, 0, 0, len(title)),)), -1, -1, k=0)
    return _event_place(view, blocked, pairs)


def _venue_named_city(lead: SentenceView, i: int) -> str | None:
    """The known city inside the name of a venue starting at token ``i`` ("at the Webster
    Athens Cultural Center"), else the known city right after its name and a comma ("at the
    Ananta Centre, New Delhi on 30 August"): the city ends there, at a comma, a date's "on"
    or the sentence's end."""
    toks = lead.words
    end = _venue_end(toks, i)
    if end is None:
        return None
    start = i + (toks[i].low in _VENUE_DETERMINERS)
    for a in range(start + 1, end - 1):  # the first word is _venue_city's, the head no city
        for k in range(min(_MAX_CITY_WORDS, end - 1 - a), 0, -1):
            if span_text(lead, a, a + k) in CITIES:
                return span_text(lead, a, a + k)
    if end + 1 < len(toks) and toks[end].text == ",":
        after = _known_city_at(lead, end + 1) or (end + 2 if toks[end + 1].text in CITIES else None)
        if after is not None and (
            after >= len(toks) or toks[after].text in {",", ".", ";"} or toks[after].low == "on"
        ):
            return span_text(lead, end + 1, after)
    return None


def _with_country(city: str, pairs: dict[str, str]) -> str:
    """ "Belgrade" -> "Belgrade, Serbia": the country the text pairs it with, else the one the
    city table gives, else the city alone."""
    if city in pairs:
        return f"{city}, {pairs[city]}"
    if city in CITIES and CITIES[city] != city:
        return f"{city}, {CITIES[city]}"
    stem = city.removesuffix(" City")  # "Pasay City" is the city the table lists as "Pasay"
    if stem != city and stem in CITIES and CITIES[stem] != stem:
        return f"{city}, {CITIES[stem]}"
    return city


# An event named after its city: "the Vienna Migration Conference", "the 2019 Lagos Trade Fair";
# not a committee, which meets where it is called ("the Basel Committee").
_NAMED_EVENT_HEADS = frozenset(EVENT_NAME_HEADS) - {"Committee", "Sub-Committee", "Subcommittee"}


def _named_event_city(lead: SentenceView | None, title: str | None) -> str | None:
    """The known city the lead's (else the headline's) event is named after, when nothing says
    where the event was: "On 10 November the Vienna Migration Conference opened" -> "Vienna,
    Austria". The city opens the name (after "the", a number or an ordinal) and an event's
    head noun ends it; not an earlier event ("last week's Lagos Summit") nor one to come."""
    views = [lead] if lead is not None else []
    if title:
        views.append(view_sentence(title, tokenize(title, (Sentence(0, 0, 0, len(title)),)), -1, -1, k=0))
    for view in views:
        toks = view.words
        for i, t in enumerate(toks):
            if not t.cap or (i > 0 and not (toks[i - 1].low == "the" or toks[i - 1].digit)):
                continue
            end = _known_city_at(view, i) or (i + 1 if t.text in CITIES else None)
            if end is None or _later(toks, i) or _earlier_event(toks, i) or _visitors_body(toks, i):
                continue
            j = end
            while j < len(toks) and j - end < 4 and toks[j].cap and toks[j].text not in _NAMED_EVENT_HEADS:
                j += 1
            if (
                j < len(toks)
                and toks[j].text in _NAMED_EVENT_HEADS
                and (view is not lead or _takes_place(toks, i, j))
            ):
                return _with_country(span_text(view, i, end), {})
    return None


def _visitors_body(toks: Sequence[Word], i: int) -> bool:
    """Whether the name at token ``i`` (after "the") is the body a delegation comes from: "met
    a delegation of the Lora County Assembly" names the guests' assembly, not a meeting held in
    Lora (``DELEGATION_NOUNS``)."""
    return i >= 3 and toks[i - 2].low in ("of", "from") and toks[i - 3].base_low in lex.DELEGATION_NOUNS


def _takes_place(toks: Sequence[Word], start: int, end: int) -> bool:
    """Whether the lead tells the named event of tokens ``start``..``end`` happen: a verb of
    meeting near it ("the Vienna Conference opened", "attended the Lagos Fair"), or "at" before
    it ("spoke at the Lagos Fair"); not a mention of it ("praised the outcome of the Lima Summit")."""
    if start > 1 and toks[start - 2].low == "at":
        return True
    return any(t.base_low in EVENT_PLACE_VERBS for t in toks[max(0, start - 6) : end + 4])


# Words before a venue the occasion was at: "visited the Headquarters of the IMO", "received
# them at the Presidential Villa".
_AT_VENUE = frozenset({"at", "visited", "visits", "visit", "to", "in", "into"})  # "packed into Pugh Hall"


def _owner_after(toks: Sequence[Word], end: int) -> int:
    """Past the owner a building's name goes on with: "Headquarters [of the International
    Maritime Organization]" (capitalised words after "of the")."""
    n = len(toks)
    if not (end + 2 < n and toks[end].low == "of" and toks[end + 1].low == "the" and toks[end - 1].cap):
        return end
    k = end + 2
    while k < n and k - end < _MAX_VENUE_WORDS and toks[k].cap and toks[k].alpha:
        k += 1
    return k if k > end + 2 else end


def sentence_venue(article: Article, sentence: Sentence) -> str | None:
    """The venue a sentence puts its occasion at, as written: "the Headquarters of the
    International Maritime Organization" in "X visited the Headquarters of the International
    Maritime Organization"; a building (``VENUE_NOUNS``) after "at", "visited" or "to", with
    its article; None when the sentence names none. For a header that has no city to show."""
    view = view_sentence(article.text, article.tokens, sentence.index, sentence.paragraph)
    toks = view.words
    for i, t in enumerate(toks[:-1]):
        if t.base_low not in _AT_VENUE or t.cap:
            continue
        end = _venue_end(toks, i + 1)
        start = i + 1 + (toks[i + 1].low == "the")
        if end is None or toks[i + 1].low in _VENUE_DETERMINERS - {"the"}:
            continue  # "his office" tells a reader nothing
        end = _owner_after(toks, end)
        if end - start >= 2:  # "the WCO Headquarters", not "the Office"
            return span_text(view, start, end)
    return None


# A trip's lead word and the list of its stops after it: "visited [Lima, Quito and Bogota]",
# "travelled to [Lima and then to Quito]".
_TRIP_LEAD = pattern(
    rf"\b(?:{'|'.join(re.escape(lead) for lead in sorted(TRIP_LEADS, key=len, reverse=True))})\s+"
)
_STOP_JOINT = pattern(r"(?:,\s*|\s+)(?:and\s+)?(?:then\s+)?(?:to\s+)?")
_CAPITAL_WORDS = pattern(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")


def _stop_at(text: str, at: int) -> tuple[int, str, str | None] | None:
    """The known city or country that starts at ``at`` (its end, name, country), the longest."""
    m = _CAPITAL_WORDS.match(text, at)
    if m is None:
        return None
    words = m.group().split()
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        end = at + len(name)
        if name in CITIES and CITIES[name] != name:
            return end, name, CITIES[name]
        if country_of(name) is not None:
            return end, name, None
    return None


def trip_places(text: str, location: str | None) -> str | None:
    """The stops of a trip to several countries that ``text`` (the main event's account) tells
    right after its lead word, by country, when the first is ``location``'s city (any, for a
    trip a return home ends: ``location`` None): "visited
    Lima, Quito and Bogota" -> "Lima, Peru; Quito, Ecuador; Bogota, Colombia". None for a trip
    to one country, or an account that names no such list."""
    lead = _TRIP_LEAD.search(text)
    if lead is None:
        return None
    stops: list[tuple[str, str]] = []  # (city or "", country)
    at = lead.end()
    while (stop := _stop_at(text, at)) is not None:
        end, name, country = stop
        if country is None and stops and stops[-1][1] == name:
            pass  # "Lima, Peru": the city's country, written after it
        else:
            stops.append((name, country) if country is not None else ("", name))
        joint = _STOP_JOINT.match(text, end)
        if joint is None or not joint.group().strip():
            break
        at = joint.end()
    if len({country for _, country in stops}) < 2:
        return None
    if location is not None and (stops[0][0] or stops[0][1]) != location.split(",", 1)[0]:
        return None
    return "; ".join(f"{city}, {country}" if city else country for city, country in stops)
