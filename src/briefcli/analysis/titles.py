"""Title phrases: "the WCO Secretary General", "Minister of Finance of the Russian Federation",
"Deputy Prime Minister and Minister of Defence", "Egypt's Minister of Trade".

A title phrase is, in order: an article or possessive determiner ("the", "its", "the
country's"); a prefix that names its organization or country ("WCO", "Egypt's", "the late
Vietnamese", "Riga"); a core of modifiers and heads ending on a head ("Deputy Prime Minister",
"Acting Head", "Finance Minister", "Trade and Investment Minister": portfolios "and" joins;
``TITLE_HEADS``, ``TITLE_MODIFIERS``); post-modifiers ("II");
complements ("of Finance", "of the Russian Federation", "at the Ministry of Commerce", also
between commas before the name: "Minister for Community Affairs, at the Embassy of Chile, Tom
Berg"); and more
cores joined by "and" ("... and Minister of Defence"). A lowercase head counts only after an
article ("the representative of Japan"). A title followed straight by an organization's or a
thing's name is part of that name ("the Presidential Palace", "the Chairman's Office").

A title is compared by its key, the lowercased core without "late", "former", "acting" and the
like ("minister", "prime minister"), and its qualifiers: the organization or country its prefix
or complements give, in comparable form ("Russia" = "the Russian Federation", "WCO" = "World
Customs Organization", "Vietnamese" = Vietnam). "The late ..." and "the former ..." mark a past
holder. Its organization is the last complement that names one ("Chairperson of the Council
and First Deputy Head of the FCS" is of the FCS), else its prefix; a prefix that is an
organisation's or a work's noun alone names none, and stays in the title ("Program Manager",
"Project Officer"). A state's generic noun and
its name are one phrase: "for the Republic of Ruritania" is the owner, "to the Republic of
Chile" (an envoy's host) stays in the title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from briefcli.analysis.countries import DEMONYMS, country_of, unknown_demonym_place
from briefcli.analysis.words import (
    APOSTROPHES,
    HONORIFIC_PHRASE_LAST,
    SentenceView,
    acronym_in_brackets,
    after_article,
    honorific_at,
    plural_possessive_mark,
    span_text,
    state_name_end,
    without_possessive,
)
from briefcli.lang import en as lex
from briefcli.lang.en import (
    CHUNK_CONNECTORS,
    GENERIC_OWNERS,
    PRONOUN_LIKE_NUMERALS,
    TITLE_DETERMINERS,
    TITLE_PREPOSITIONS,
    TITLE_RELATIVES,
    cue_lemma,
)
from briefcli.model import Word
from briefcli.regexes import pattern

__all__ = [
    "Comp",
    "Segment",
    "Title",
    "chunk_end",
    "determined",
    "has_possessive",
    "head_len",
    "honorific_title",
    "is_org_word",
    "parse_title",
    "plain_qual",
    "qual_key",
    "title_keys",
    "title_parts",
    "with_lower_complement",
    "with_place_complement",
]

_HEAD_FIRST = frozenset(h.split()[0] for h in lex.TITLE_HEADS)
_MAX_HEAD = max(len(h.split()) for h in lex.TITLE_HEADS)
# Every head's first words ("prime", "prime minister"): a longer head cannot start where these end.
_HEAD_PREFIXES = frozenset(
    " ".join(h.split()[:k]) for h in lex.TITLE_HEADS for k in range(1, len(h.split()) + 1)
)
_QUALIFIER_WORDS = lex.PAST_MODIFIERS | lex.EPHEMERAL_MODIFIERS
_NOT_TITLE_TEXT = _QUALIFIER_WORDS | TITLE_DETERMINERS  # "the late", "the acting": before a title's text
_NAME_CUES = lex.ORG_CUES | lex.THING_CUES  # "Office", "Palace": a title before one is in a name
_NAME_GOES_ON = lex.PORTFOLIO_WORDS | lex.ORG_CUES  # "Ministry of Industry, Trade"
# Words of a core that are not its portfolio even where a portfolio may be: "National
# Coordinator", "Regional Director" (modifiers) and the words of heads ("Prime Minister").
_KEPT_IN_CORE = lex.TITLE_MODIFIERS | frozenset(w for h in lex.TITLE_HEADS for w in h.split())
_PORTFOLIO_JOINERS = frozenset(("and", "&"))
_BRACKETS = pattern(r"\s*\([^)]*\)\s*")  # "Federal Customs Service (FCS)"
# "... Service (FCS)"; not a word in brackets, a branch's place: "TDAP (Lahore)" is the office
# in Lahore, no other name of TDAP
_TRAILING_ACRONYM = pattern(r"\s*\((?![A-Z][a-z]{2,}\))[A-Z][\w&]*\)$")
_ROMAN = pattern(r"[ivx]+")  # a numeral post-modifier: "Officer II"


class Comp(NamedTuple):
    """A title's complement: "of Finance", "of the Russian Federation", "to Armenia"."""

    prep: int  # token index of the preposition
    start: int  # first token of the noun phrase (after any article)
    end: int
    det: bool
    lower: bool  # a lowercase phrase: "of the maritime boundary talks"


class Segment(NamedTuple):
    start: int
    end: int  # end of the core (head and its modifiers), before post-modifiers and complements
    key: str  # normalised core: "minister", "secretary general", "acting head"
    past: bool
    comps: list[Comp]
    stop: int  # end of the segment, complements included


@dataclass(slots=True, eq=False, repr=False)
class Title:
    """A title phrase in a sentence: "the WCO Secretary General", "Minister of Finance of Japan"."""

    start: int  # first token: article, prefix or core
    det: int | None  # token index of the article or possessive determiner
    prefix: tuple[int, int] | None  # "WCO", "Egypt's", "Vietnamese", "ICAO Council"
    segments: list[Segment]
    end: int
    past: bool
    used: bool = False  # taken as a named person's title
    parts: tuple[str, str | None] | None = None  # cache of title_parts
    keys: tuple[list[str], frozenset[str]] | None = None  # cache of title_keys


# --- The core ---------------------------------------------------------------------------------


def head_len(toks: Sequence[Word], j: int, lowercase: bool) -> int:
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
        if all(t.cap or _capital_after_elision(t) for t in words):
            return k  # "Chargé d'Affaires": its elided article's noun is capitalised
        if lowercase and not any(w.cap for w in words) and (_lower_head(key) or _news_head(toks, j, key)):
            # "an official visit": an adjective before a noun, not a role
            return 0 if k == 1 and key in lex.ADJECTIVE_ROLE_HEADS and _noun_after(toks, j + 1) else k
    if t.cap and "-" in t.base_low:  # "Deputy-Director", "Co-Chair": modifiers and a head
        parts = t.base_low.split("-")
        if parts[-1] in lex.TITLE_HEADS and all(p in lex.TITLE_MODIFIERS for p in parts[:-1]):
            return 1
        if parts[-1] in lex.TITLE_HEADS and t.base.split("-")[0].isupper() and len(parts) == 2:
            return 1  # "EU-Commissioner": an organization's acronym and a head
        if parts[0] in lex.TITLE_HEADS and t.base.split("-", 1)[1].islower():
            return 1  # "Ambassador-at-large", "President-elect": a head and its lowercase tail
    return 0


def _capital_after_elision(t: Word) -> bool:
    """Whether a word is an elided article and a capitalised word: "d'Affaires"."""
    text = t.text
    cut = max(text.find("'"), text.find("’"))
    return 0 < cut < len(text) - 1 and text[cut + 1].isupper()


def _noun_after(toks: Sequence[Word], m: int) -> bool:
    """Whether word ``m`` is a lowercase noun or a number that the word before modifies ("an
    official [visit]", "the official [80th] anniversary"), not a verb of which it is the
    subject ("the official [said]", "[met]", "[visited]") nor a function word ("the official
    [who]", "[from] the ministry")."""
    if m >= len(toks):
        return False
    t = toks[m]
    low = t.base_low
    if t.digit:
        return True  # "the official 80th anniversary"
    if not (t.lower and t.alpha) or t.lemma is not None or low.endswith(("ed", "ly")):
        return False
    return not (low in lex.NOT_NAME_WORDS or low in lex.IRREGULAR_PASTS or low in lex.AUXILIARIES)


def _news_head(toks: Sequence[Word], j: int, key: str) -> bool:
    """Whether a head that alone is a thing is a title in news style, a full name right after
    it: "Committee [chair] Ole Sandberg" ("the chair", "member states" are things)."""
    return key in lex.NEWS_TITLE_HEADS and _name_after_head(toks, j)


def _lower_head(key: str) -> bool:
    """Whether a head in lowercase is a role (after an article): one of the everyday nouns that
    are also roles ("the director"), or a head of several words that opens with one ("the
    secretary general of the Council", "the director-general")."""
    return key in lex.LOWERCASE_ROLE_HEADS or key.replace("-", " ").split()[0] in lex.LOWERCASE_ROLE_HEADS


def _modifier(t: Word, after_det: bool) -> bool:
    """A word before a head: "Deputy", "Finance"; after an article also "late", "acting"."""
    if t.cap:
        return not t.poss and (t.base_low in lex.TITLE_MODIFIERS or t.base_low in lex.PORTFOLIO_WORDS)
    # "the acting minister", news style's "the foreign minister", "the deputy mayor"
    return after_det and (t.base_low in _QUALIFIER_WORDS or _lower_title_word(t))


def _core_end(toks: Sequence[Word], i: int, after_det: bool) -> int:
    """End of the title core starting at ``i`` (modifiers and heads, ending on a head), or 0."""
    n = len(toks)
    j, last = i, 0
    while j < n and j - i < 8:
        k = head_len(toks, j, lowercase=after_det)
        if k:
            j += k
            last = j
            if toks[j - 1].poss:
                break
            continue
        if j == i and _opening_modifier(toks, i):
            j += 1  # "Union Minister for Foreign Affairs": the government's level, no organization
            continue
        if _portfolio_joiner(toks, i, j, after_det):
            j += 1  # "Trade and Investment Minister": two portfolios of one post
            continue
        if not _modifier(toks[j], after_det):
            bridge = _field_words(toks, j) if j > i and _capital_modifier(toks[j - 1]) else 0
            if not bridge:
                break
            j += bridge  # "Chief [Risk] Officer": the field of the post, its head after it
            continue
        j += 1
    # "the Deputy Ministers", "the Deputy who ...": a modifier; a parliament's Deputy is before a name
    if last and toks[last - 1].base_low in lex.SUBORDINATE_MODIFIERS and not _name_next(toks, last):
        return 0
    return last


_FIELD_WORDS = 2  # "Senior [Grants Policy] Adviser"


def _country_word(word: str) -> bool:
    """A country's name or demonym: "Kenya", "Kenyan"."""
    return word in DEMONYMS or country_of(word) is not None


def _capital_modifier(t: Word) -> bool:
    """A capitalised modifier a post's field may follow: "Chief", "Senior"; not "new", "late"."""
    return t.cap and t.base_low in lex.TITLE_MODIFIERS


def _field_words(toks: Sequence[Word], j: int) -> int:
    """How many capitalised words from ``j`` name a post's field between a modifier and its head
    ("Chief [Risk] Officer", "Senior [Grants] Manager"), the head right after them; 0 when no
    head follows."""
    for k in range(j, min(j + _FIELD_WORDS, len(toks))):
        t = toks[k]
        if not t.cap or t.poss or t.honorific or t.acro or t.org_word or _country_word(t.base):
            return 0  # "National [Assembly] Chair", "new [AU] Chair": the post's body, not its field
        if k + 1 < len(toks) and head_len(toks, k + 1, lowercase=False):
            return k + 1 - j
    return 0


def _name_next(toks: Sequence[Word], k: int) -> bool:
    """Whether a name word (no plural head's: "Ministers") stands at ``k``."""
    return k < len(toks) and toks[k].name_word and toks[k].base_low not in lex.PLURAL_HEADS


def _opening_modifier(toks: Sequence[Word], i: int) -> bool:
    """Does the word at ``i`` open a title as a modifier of a government's level
    (``OPENING_MODIFIERS``): at the start, after an article, a possessive or a country ("the
    Union Minister", "Pakistan Federal Minister"), not inside a name ("African Union Chairperson")?"""
    t = toks[i]
    if not (t.cap and t.base_low in lex.OPENING_MODIFIERS):
        return False
    if i == 0:
        return True
    before = toks[i - 1]
    return (
        not before.cap
        or before.poss
        or before.base_low in TITLE_DETERMINERS
        or before.base in DEMONYMS
        or country_of(before.base) is not None
    )


def _portfolio_joiner(toks: Sequence[Word], i: int, j: int, after_det: bool) -> bool:
    """Is the word at ``j`` an "and" or "&" between two portfolios inside a core starting at
    ``i``: "Chile's Trade and Investment Minister", "the trade and industry minister"?"""
    if not (i < j < len(toks) - 1 and toks[j].base_low in _PORTFOLIO_JOINERS):
        return False
    before, after = toks[j - 1], toks[j + 1]
    return (
        before.cap == after.cap
        and before.base_low in lex.PORTFOLIO_WORDS
        and after.base_low in lex.PORTFOLIO_WORDS
        and _modifier(before, after_det)
        and _modifier(after, after_det)
    )


def title_core_at(toks: Sequence[Word], j: int) -> bool:
    """Does a capitalised title's core start at token ``j``: "Vice President", "Deputy Director"?"""
    return _core_end(toks, j, False) > j


# --- Noun phrases after a title ---------------------------------------------------------------


def is_org_word(view: SentenceView, j: int) -> bool:
    """Is this word one a title or an organization is made of (so not a name after it)?"""
    return view.words[j].org_word or j in view.in_country


def _family_first(view: SentenceView, m: int) -> bool:
    """Whether word ``m`` is a family name in capitals before a given name, as East Asian
    names are written in UN style: "TRAN Van Minh", "QU Dongyu" (not an acronym before a place:
    "MOFA Viet Nam")."""
    toks = view.words
    nxt = m + 1
    return (
        toks[m].caps_name
        and nxt < len(toks)
        and toks[nxt].name_word
        and not toks[nxt].acro
        and not toks[nxt].org_word
        and nxt not in view.in_country
    )


def _connector_joins(toks: Sequence[Word], m: int) -> bool:
    """Does the connector at ``m`` join two parts of one name ("Customs and Indirect Taxes
    Administration", "Banque de France")? Not before an organization cue that is no portfolio,
    a second title ("... of the Council and First Deputy Head") or an honorific."""
    if m + 1 >= len(toks):
        return False
    nxt = toks[m + 1]
    if nxt.org_cue and nxt.base_low not in lex.PORTFOLIO_WORDS:
        return False
    if toks[m].base_low == "and" and (_core_end(toks, m + 1, False) or nxt.base_low in lex.PAST_MODIFIERS):
        return False  # "... Council and Former U.S. Ambassador": a second title, a past one
    return nxt.cap and nxt.alpha and not nxt.honorific


_PORTFOLIO_ITEM_WORDS = 3  # "Meteorological Services": the words of one item of a list


def _comma_joins(toks: Sequence[Word], m: int) -> bool:
    """A comma inside a name before a portfolio or an organization cue: "Ministry of Industry,
    Trade"; or before a portfolio of a few words the list goes on from ("Minister for Public
    Works, Meteorological Services and Transport", not "Minister of Finance, Kenji Mori,")."""
    n = len(toks)
    if not (m + 1 < n and toks[m + 1].cap):
        return False
    if toks[m + 1].base_low in _NAME_GOES_ON:
        return True
    for x in range(m + 1, min(n, m + 1 + _PORTFOLIO_ITEM_WORDS)):
        t = toks[x]
        if not (t.cap and t.alpha) or t.honorific or t.poss:
            return False
        if t.base_low in lex.PORTFOLIO_WORDS:
            return x + 1 < n and (toks[x + 1].text == "," or toks[x + 1].base_low in _PORTFOLIO_JOINERS)
    return False


def _region_list_after(toks: Sequence[Word], m: int) -> int:
    """A list of regions goes on after the comma at ``m`` ("for East Asia, Southeast Asia, and
    the Pacific"): where the next region's words start (past "and" and "the"), 0 if it does
    not. Only after a region, and only up to another region within two capitalised words."""
    n = len(toks)
    if not (m > 0 and toks[m - 1].base in lex.REGIONS):
        return 0
    k = m + 1
    if k < n and toks[k].low == "and":
        k += 1
    if k < n and toks[k].low == "the":
        k += 1
    for x in range(k, min(n, k + 2)):
        if not (toks[x].cap and toks[x].alpha) or toks[x].poss:
            return 0
        if toks[x].base in lex.REGIONS:
            return k
    return 0


def _region_after_and(toks: Sequence[Word], m: int) -> bool:
    """Does "and the <region>" at ``m`` join a second region or portfolio to the one before it,
    inside one name: "Commission for Europe and the Arctic", "Ministry of Culture and the Arts"
    (not "the Commission for Europe and the Minister", "of Trade and the Finance Minister")?"""
    n = len(toks)
    if not (m > 0 and m + 2 < n and toks[m + 1].low == "the" and toks[m + 2].cap):
        return False
    before, after = toks[m - 1], toks[m + 2]
    if before.base in lex.REGIONS:
        return after.base in lex.REGIONS
    return (
        before.base_low in lex.PORTFOLIO_WORDS
        and after.base_low in lex.PORTFOLIO_WORDS
        and not _core_end(toks, m + 2, False)
    )


def _cue_ahead(toks: Sequence[Word], m: int) -> bool:
    """Do the capitalised words from ``m`` on reach an organization cue, so that they are the
    rest of one name ("International Atomic Energy Agency"), not a person's name after a
    portfolio ("Minister of Finance Kenji Mori")?"""
    for x in range(m, min(len(toks), m + 5)):
        t = toks[x]
        if t.text in APOSTROPHES and x > m and toks[x - 1].low.endswith("s"):
            continue  # "Regional Shippers' Council": a plural possessive inside the name
        if not (t.cap and t.alpha) or t.honorific:
            return False
        if t.org_cue:
            return True
        if t.poss:
            return False
    return False


def chunk_end(view: SentenceView, k: int, det: bool) -> int:
    """End of a capitalised noun phrase starting at ``k``, trimmed before a name that follows
    it without a comma ("Minister of Finance Kenji Mori" -> "Finance"); a state's formal name
    whole ("the Republic of Costa Alta")."""
    return _state_form_end(view.words, k) or _chunk_end(view, k, det)


def _chunk_end(view: SentenceView, k: int, det: bool) -> int:
    toks = view.words
    n = len(toks)
    m = k
    last_known = -1
    seen_known = False  # since the last possessive: "UNDP's West Africa (WA) Office"
    while m < n and m - k < 16:
        t = toks[m]
        if t.cap and t.alpha:
            if t.honorific or honorific_at(toks, m) or (seen_known and _family_first(view, m)):
                break  # "Minister of Foreign Affairs TRAN Van Minh": the name after the portfolio
            if m > k and _title_next(view, m):
                last_known = m - 1  # the words before the title are all the name's
                break
            if is_org_word(view, m) or _slashed(view, m) or t.base in lex.PLACE_OPENERS:
                last_known = m
                seen_known = True
            elif (
                seen_known
                and not (m + 1 < n and toks[m + 1].base_low == "of" and toks[m - 1].org_word)
                and not _cue_ahead(toks, m)
                and not _plural_noun_last(toks, m)
                and toks[m - 1].base not in lex.PLACE_OPENERS  # "Mayor of Port [Louis]": one place
                and not (
                    _lone_word(toks, m) and (_apposed_to_name(toks, k) or _honorific_after_comma(toks, m + 1))
                )
            ):
                break  # "Minister of Finance Kenji Mori": the name after the portfolio
            else:  # "... of Agriculture and Food Sovereignty of Norway": one more portfolio word
                last_known = m if seen_known or _listed_last(view, m) else last_known
            m += 1
            if t.poss:
                seen_known = False
                if not (m < n and toks[m].cap):
                    # "thanked the Minister for Brazil's engagement": the possessor of what follows
                    m -= 1
                    last_known = min(last_known, m - 1)
                    break
        elif acronym_in_brackets(toks, m):
            last_known = m + 2
            m += 3
        elif m > k and _mark_inside_name(view, m):
            m += 1
        elif m > k and (joined := _joined_past(toks, m)) is not None:
            last_known = joined[0] - 1 if t.base_low == "with" else last_known  # "Group with Ostia"
            m, reset = joined
            seen_known = seen_known and not reset
        else:
            break
    while m > k and (toks[m - 1].base_low in CHUNK_CONNECTORS or toks[m - 1].text == ","):
        m -= 1
    if m == k:
        return k
    if last_known >= 0:
        return m if _honorific_after_comma(toks, m) else last_known + 1
    return _unknown_words_end(toks, k, m, det)


def _plural_noun_last(toks: Sequence[Word], m: int) -> bool:
    """Whether word ``m`` is the plural of a body's or a post's noun that ends the phrase (no
    capital after it): the name's last word, as no person's name is ("the Congress of Trade
    [Unions] said", "the Council of Trade [Ministers]")."""
    low = toks[m].base_low
    if low[-1:] != "s" or (m + 1 < len(toks) and toks[m + 1].cap):
        return False
    one = low[:-3] + "y" if low.endswith("ies") else low[:-1]  # "Authorities", "Unions"
    return one in lex.ORG_CUES or one in lex.TITLE_HEADS


def _state_form_end(toks: Sequence[Word], k: int) -> int:
    """Where a state's formal name no table knows, of two words or more, opening at ``k``,
    ends ("Republic of Costa Alta"): its capitalised words after "of" (and "and" between two);
    0 when no state form opens there, or the state is a known one or of one word (read as
    before: "for the Republic of Ruritania" is the owner)."""
    n = len(toks)
    if not (k + 2 < n and toks[k].base in lex.STATE_FORM_NOUNS and toks[k + 1].low == "of"):
        return 0
    m = state_name_end(toks, k + 2)
    if m - k - 2 < 2:
        return 0  # one word ("the Republic of Ruritania"): no name can take its second word
    # a state the tables know is read as before (its name, then "of" and the next words)
    if any(country_of(" ".join(t.text for t in toks[k + 2 : e])) is not None for e in range(m, k + 2, -1)):
        return 0
    return m


def _unknown_words_end(toks: Sequence[Word], k: int, m: int, det: bool) -> int:
    """End of a phrase of words no vocabulary knows, ``k``..``m``: all of it after an article,
    before a second title or before a name's honorific after a comma ("the Minister of Trade
    of Cabo Vento, Mrs. Ana Lopes": no name ends the words before the comma), or two words of a
    title in apposition after a name; else its first word alone, a name may follow it
    ("Ambassador of Karvonia Tom Berg")."""
    if (
        det
        or _second_title_after(toks, m)
        or _honorific_after_comma(toks, m)
        or _post_place_then_name(toks, m)
    ):
        return m
    return m if m == k + 2 and _lone_word(toks, k + 1) and _apposed_to_name(toks, k) else k + 1


_MAX_POST_PLACE_WORDS = 3  # "in Porto Feliz", "in the Gulf"


def _post_place_then_name(toks: Sequence[Word], m: int) -> bool:
    """Whether "in <place>" at ``m``, then a comma and an honorific, follow: the place of the
    post, the name after the comma, so none before it ("the Consul General of Nova Luanda in
    Porto Feliz, Mr. X")."""
    if not (m + 1 < len(toks) and toks[m].low in lex.PLACE_TITLE_PREPOSITIONS):
        return False
    x = m + 1 + (toks[m + 1].low == "the")
    start = x
    while x < len(toks) and x - start < _MAX_POST_PLACE_WORDS and toks[x].cap and toks[x].alpha:
        x += 1
    return x > start and _honorific_after_comma(toks, x)


def _listed_last(view: SentenceView, m: int) -> bool:
    """Whether the word at ``m`` closes a list of a post's portfolios, a name after it: "Minister
    of Ports, Shipping [and Waterways] Shri Arvind Menon". The item before "and" is a known one
    after a comma, and the phrase ends after the word, or an honorific or a name of two words
    follows it."""
    toks = view.words
    n = len(toks)
    if not (m >= 4 and toks[m - 1].low in _AND and toks[m - 3].text == "," and is_org_word(view, m - 2)):
        return False
    if m + 1 >= n or not toks[m + 1].cap or toks[m + 1].honorific or honorific_at(toks, m + 1):
        return True  # "..., Minister of Ports, Shipping and Waterways, met", "... Waterways Shri A B"
    return m + 2 < n and toks[m + 1].name_word and toks[m + 2].name_word and not is_org_word(view, m + 1)


_AND = frozenset({"and", "&"})


def _lone_word(toks: Sequence[Word], m: int) -> bool:
    """Whether the capitalised word at ``m`` is one alone, no name word after it: no given
    name and family name ("Minister of Finance Kenji Mori"), so maybe the title's last word."""
    return m + 1 >= len(toks) or not toks[m + 1].name_word


_MAX_TITLE_WORDS = 10
_TITLE_JOINERS = frozenset(("of", "for", "to", "and", "&", "the"))


def _apposed_to_name(toks: Sequence[Word], k: int) -> bool:
    """Whether the title whose complement starts at ``k`` stands in apposition after a name of
    two words or more: a lone word after its portfolio is its own, not a surname ("Mr. Saeed
    Al Ketbi, Executive Director of Free Zones at the Authority"; "Ms. Ana Lopes, Minister of
    Trade of Cabo Vento, and ...")."""
    x = k - 1
    while (
        x > 0
        and k - x <= _MAX_TITLE_WORDS
        and ((toks[x].cap and toks[x].alpha) or toks[x].low in _TITLE_JOINERS)
    ):
        x -= 1
    return (
        x > 1
        and toks[x].text == ","
        and toks[x - 1].name_word
        and (toks[x - 2].name_word or toks[x - 2].honorific)
        and any(t.title_word for t in toks[x + 1 : k])
    )


def _mark_inside_name(view: SentenceView, m: int) -> bool:
    """Whether the mark at ``m`` stands inside a name: a slash ("ROCB A/P", "the Asia/Pacific
    Office") or a plural possessive's apostrophe ("Chair of the Growers' Council")."""
    toks = view.words
    if toks[m].text == "/":
        return _slashed(view, m - 1)
    return plural_possessive_mark(view, m) and toks[m + 1].cap


def _second_title_after(toks: Sequence[Word], m: int) -> bool:
    """Does "and" plus a second title of the same holder follow the words before ``m``? Then
    no name stands between the two titles, and those words are the first one's organization:
    "Chief Executive of Atlas Freight and Chair of the Council" (not a person "Freight")."""
    return m + 1 < len(toks) and toks[m].low == "and" and _core_end(toks, m + 1, False) > 0


def _title_next(view: SentenceView, m: int) -> bool:
    """Does a capitalised title's core start at ``m`` that ends the name before it: after a
    region ("Commission for Europe and the Arctic [Executive Secretary]"), or with a person's
    name right after it ("the Port of Santa Rita [Executive Director] Ana Ruiz"; not "the
    Office of the Prime Minister": no name follows)? A portfolio opens no such core, it goes
    on the name: "Office of International [Affairs] Assistant Commissioner Ana Ruiz"."""
    toks = view.words
    end = _core_end(toks, m, False)
    if not end or toks[m].base_low in lex.PORTFOLIO_WORDS:
        return False
    return toks[m - 1].base in lex.REGIONS or (
        end < len(toks) and toks[end].name_word and not is_org_word(view, end)
    )


_INITIALS = 2  # "A/P": a pair of initials


def _slashed(view: SentenceView, m: int) -> bool:
    """Is the capitalised word at ``m`` paired with another by a slash without spaces, two
    initials or two regions ("A/P", "Asia/Pacific"): one word of a name? Not two words of
    their own ("head of Political Sector/EU representative": two posts)."""
    toks, starts, ends = view.words, view.starts, view.ends

    def part(t: Word) -> bool:
        return t.cap and (len(t.text) <= _INITIALS or t.base in lex.REGIONS)

    def pair(a: int) -> bool:  # tokens a, a + 1 ("/"), a + 2, touching
        return (
            a >= 0
            and a + 2 < len(toks)
            and toks[a + 1].text == "/"
            and part(toks[a])
            and part(toks[a + 2])
            and ends[a] == starts[a + 1]
            and ends[a + 1] == starts[a + 2]
        )

    return pair(m) or pair(m - 2)


def _joined_past(toks: Sequence[Word], m: int) -> tuple[int, bool] | None:
    """Where a name goes on past the connector or comma at ``m`` inside it, and whether the
    words after it are a new part of it with words of its own; None when it ends there."""
    t = toks[m]
    if t.base_low in CHUNK_CONNECTORS and _connector_joins(toks, m):
        return m + 1, True  # "Customs and Indirect Taxes Administration": one name
    if t.text == "," and _comma_joins(toks, m):
        return m + 1, False  # "Ministry of Industry, Trade"
    if t.base_low == "and" and _region_after_and(toks, m):
        return m + 2, True  # "Commission for Europe and the Arctic": the region's own words
    if t.text == "," and (after := _region_list_after(toks, m)):
        return after, True  # "East Asia, Southeast Asia": the next region's own words
    if t.base_low == "with" and _partner_after(toks, m):
        return m + 2, True  # "the Friendship Group with Ostia, Ms. Ana Ruiz": the partner's name
    return None


def _partner_after(toks: Sequence[Word], m: int) -> bool:
    """Whether "with" at ``m`` names the partner a body is for, the body's name going on: after
    a body's word, a state or one capitalised word that ends the title of the name after it
    ("the Friendship Group with Ostia, Ms. Ana Ruiz"; not "the Group with Ostia's envoy")."""
    if m + 1 >= len(toks) or not toks[m - 1].org_cue:
        return False
    nxt = toks[m + 1]
    if not (nxt.cap and nxt.alpha) or nxt.poss or nxt.honorific:
        return False
    return country_of(nxt.base) is not None or _honorific_after_comma(toks, m + 2)


def _lower_phrase_end(toks: Sequence[Word], k: int) -> int:
    """End of a lowercase complement in an apposition: "of the maritime boundary talks"."""
    n = len(toks)
    m = k
    while m < n and m - k < 10:
        t = toks[m]
        if not t.alpha or t.base_low in TITLE_RELATIVES or t.base_low in lex.NAME_VERBS:
            break
        if (
            t.base_low == "and"
            and m + 1 < n
            and (toks[m + 1].cap or toks[m + 1].base_low in TITLE_DETERMINERS)
        ):
            break
        m += 1
    return m


def _place_before_name(view: SentenceView, j: int) -> bool:
    """ "in PLACE" at ``j`` right before a name: the place of the post ("the Trade Envoy in
    Geneva Omar Haddad"), not where something happened ("met the Minister in Accra on Monday")."""
    toks = view.words
    k = j + 1
    if toks[j].base_low not in lex.PLACE_TITLE_PREPOSITIONS or k >= len(toks) or not toks[k].cap:
        return False
    end = chunk_end(view, k, False)
    return end < len(toks) - 1 and toks[end].name_word and toks[end + 1].name_word and end - k <= 2


def _in_office(view: SentenceView, j: int) -> bool:
    """ "in the <organization>" after a title, at token ``j``: the office the post is in
    ("Permanent Secretary in the Ministry of Trade", "Minister of State in the Cabinet Office");
    not a place ("the Minister in Lisbon")."""
    toks = view.words
    k = j + 2
    if not (toks[j].low == "in" and k < len(toks) and toks[j + 1].low == "the" and toks[k].cap):
        return False
    return any(t.org_cue for t in toks[k : chunk_end(view, k, True)])


def _office_between_commas(view: SentenceView, j: int) -> bool:
    """Does the comma at ``j`` open ", at the <organization>," between a title and the name it
    goes to: "Minister for Community Affairs, at the Embassy of Chile, Tom Berg highlighted"?
    The organization has a cue word; a name's capitalised word follows its closing comma."""
    toks = view.words
    n = len(toks)
    k = j + 2 + (j + 2 < n and toks[j + 2].low == "the")
    if not (k < n and toks[j + 1].low == "at" and toks[k].cap):
        return False
    end = chunk_end(view, k, True)
    cue = any(t.org_cue for t in toks[k:end])
    while end + 1 < n and toks[end].low == "of" and end > k:  # "at the Embassy [of Chile]"
        c = end + 1 + (toks[end + 1].low == "the")
        if not (c < n and toks[c].cap):
            break
        end = chunk_end(view, c, True)
    return (
        cue
        and end + 1 < n
        and toks[end].text == ","
        and toks[end + 1].name_word
        and not toks[end + 1].org_word
    )


def _owner_after_comma(view: SentenceView, j: int) -> bool:
    """Does the comma at ``j`` stand between a title and its "of the <organization>", as a
    stray comma some releases write: "Tom Berg, Former Secretary, of the Ministry of Ports"?
    Only a title in apposition after a name, its words all capitalised (not "met the
    Minister, of the Council, ...")."""
    toks = view.words
    t = j - 1
    while t > 0 and toks[t].cap and toks[t].alpha:
        t -= 1  # back over the title's words to the comma after the name
    if not (0 < t < j - 1 and toks[t].text == "," and toks[t - 1].name_word):
        return False
    k = j + 3
    if not (k < len(toks) and toks[j + 1].low == "of" and toks[j + 2].low == "the" and toks[k].cap):
        return False
    return any(t.org_cue for t in toks[k : chunk_end(view, k, True)])


_OWNER_DETERMINERS = frozenset(("its", "their"))  # a body's: "of its legal department"


def _complements(view: SentenceView, j: int, lower_ok: bool) -> tuple[list[Comp], int]:
    """The complements from token ``j`` on ("of Finance of Japan") and where they end; with
    ``lower_ok`` a last lowercase one ("of the maritime boundary talks")."""
    toks = view.words
    n = len(toks)
    comps: list[Comp] = []
    while j < n and not toks[j].cap:
        if toks[j].text == "," and (_office_between_commas(view, j) or _owner_after_comma(view, j)):
            j += 1  # "Minister for Community Affairs, at the Embassy of Chile, Tom Berg"
        elif not (
            toks[j].base_low in TITLE_PREPOSITIONS
            or _place_before_name(view, j)
            or _in_office(view, j)
            or _second_host(view, comps, j)
        ):
            break
        k = j + 1
        if _stray_comma(toks, j):
            k += 1  # "Director General of, the World Ports Organization": a typo's comma
        det = k < n and toks[k].base_low == "the" and not toks[k].cap
        # "the head of its legal department": a possessive determiner opens a lowercase one
        owned = lower_ok and not det and k + 1 < n and toks[k].low in _OWNER_DETERMINERS and toks[k + 1].lower
        # ... and stands for "the" before a body's name: "the Chair of [its Audit Committee]"
        named = not det and k + 1 < n and toks[k].low in _OWNER_DETERMINERS and toks[k + 1].cap
        if det or owned or named:
            k += 1
        det = det or named
        if (
            k >= n
            or toks[k].weekday
            or (toks[k].month is not None and k + 1 < n and toks[k + 1].digit)
            or _building_at(view, j, k, det)
        ):
            break  # "on December 21", "on Monday": a date, no complement; or where its holder was
        lead = _lead_comp(toks, comps, (j, k), det, owned)
        if lead is not None:
            j, stop = lead
            if stop:
                break
            continue
        end = chunk_end(view, k, det) if toks[k].cap else k
        lower = False
        if det and end == k + 1 and (office := _acronym_office_end(toks, k)):
            end, lower = office, True  # "head of the WHO country office": the acronym's office
        if end == k and not det:
            end = _lower_portfolio_end(toks, k)  # "secretary general [for maritime affairs] at ..."
        if end == k:
            if not (lower_ok and toks[k].alpha and not toks[k].cap):
                break
            end = _lower_phrase_end(toks, k) if det else _bare_complement_end(toks, k)
            if end == k:
                break
            lower = True
        comps.append(Comp(prep=j, start=k, end=end, det=det, lower=lower))
        j = end
        if lower:
            break
    return comps, j


def _building_at(view: SentenceView, j: int, k: int, det: bool) -> bool:
    """Whether "at" (token ``j``) opens the name of a building that houses no post, from token
    ``k``: "received by the King [at the Royal Palace]", "the Governor at the Government House"
    say where the holder was (``BUILDING_NOUNS``); not "Clerk at the House of Assembly"."""
    toks = view.words
    if toks[j].base_low != "at" or not toks[k].cap:
        return False
    end = chunk_end(view, k, det)
    return (
        end > k
        and toks[end - 1].base_low in lex.BUILDING_NOUNS
        and not (end < len(toks) and toks[end].low == "of")
    )


_MAX_BARE_COMPLEMENT = 2  # "of inspections", "of public health"


def _bare_complement_end(toks: Sequence[Word], k: int) -> int:
    """Where a short lowercase complement with no article ends, right before the name it is
    apposed to: "its head [of inspections], Grace Phiri,"; ``k`` when there is none (not "the
    Minister of trade and ..." a sentence goes on with)."""
    for end in range(k + 1, min(k + 1 + _MAX_BARE_COMPLEMENT, len(toks))):
        if toks[end].text == ",":
            return end if _before_apposed_name(toks, end) else k
        if not (toks[end].alpha and toks[end].lower):
            return k
    return k


def _second_host(view: SentenceView, comps: list[Comp], j: int) -> bool:
    """Whether "and" at ``j`` adds a second host to an envoy's "to" complement: "Ambassador to
    Ethiopia [and the Union]", "to the Holy See [and the Order of Malta]"; not a second person
    or post ("to Kenya and Mr. Tom Berg", "and the Minister of Trade")."""
    toks = view.words
    if toks[j].low != "and" or not comps or toks[comps[-1].prep].base_low != _TO:
        return False
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].low == "the")
    if k >= len(toks) or not toks[k].cap or toks[k].honorific:
        return False
    if any(t.title_word for t in toks[k : k + _HOST_WORDS]):
        return False  # "and the RA Ambassador to ...": a second post
    return toks[k].org_word or country_of(toks[k].base) is not None


_HOST_WORDS = 4  # "the Order of Malta"


_MAX_OFFICE_WORDS = 3  # "the WHO country liaison office"


def _lead_comp(
    toks: Sequence[Word], comps: list[Comp], at: tuple[int, int], det: bool, owned: bool
) -> tuple[int, bool] | None:
    """A complement of its own kind from the preposition and the word at ``at``, added to
    ``comps``: a lowercase one a body's possessive opens ("the head of [its legal department]",
    the last), a city's office of a body named after it ("Director of [the Lima office] of the
    Trade Council"). Where the complements end and whether they stop there; None for none."""
    j, k = at
    if owned:
        end = _lower_phrase_end(toks, k)
        if end == k:
            return j, True
        comps.append(Comp(prep=j, start=k, end=end, det=True, lower=True))
        return end, True
    if det and toks[k].cap and _place_office(toks, k):
        comps.append(Comp(prep=j, start=k, end=k + 2, det=det, lower=True))
        return k + 2, False
    return None


def _place_office(toks: Sequence[Word], k: int) -> bool:
    """Whether a place's one word and a lowercase office noun stand at ``k``, "of" after them:
    "the [Lima office] of the Trade Council"."""
    return (
        k + 2 < len(toks)
        and toks[k].place_word
        and toks[k + 1].lower
        and toks[k + 1].base_low in lex.ORG_CUES
        and toks[k + 2].low == "of"
    )


def _acronym_office_end(toks: Sequence[Word], k: int) -> int:
    """Where the lowercase office an acronym at ``k`` opens ends, after its body noun: "the
    [WHO country office]", "the [UNDP office] in ..."; 0 when no such office follows."""
    if not (toks[k].acro and not toks[k].poss):
        return 0
    m = k + 1
    while m < len(toks) and m - k <= _MAX_OFFICE_WORDS and toks[m].alpha and toks[m].lower:
        if toks[m].base_low in lex.ORG_CUES:
            return m + 1
        m += 1
    return 0


def _lower_portfolio_end(toks: Sequence[Word], k: int) -> int:
    """The end of a portfolio in lowercase from token ``k`` (its words, "and" between two), a
    complement that a title's preposition takes as it takes a capitalised one: "the secretary
    general for maritime affairs at the Ministry", "the minister of trade and industry"; else
    ``k``."""
    end = k
    x = k
    while x < len(toks) and not toks[x].cap and toks[x].base_low in lex.PORTFOLIO_WORDS:
        x += 1
        end = x
        if x + 1 < len(toks) and toks[x].base_low in _PORTFOLIO_JOINERS and not toks[x + 1].cap:
            x += 1
    return end


def _stray_comma(toks: Sequence[Word], j: int) -> bool:
    """Is the comma after the preposition at ``j`` a slip, its object coming after it? A
    title's preposition has its object after it, so "Director General of, the World Ports
    Organization" is "Director General of the World Ports Organization"."""
    k = j + 1
    if not (k + 1 < len(toks) and toks[j].base_low in TITLE_PREPOSITIONS and toks[k].text == ","):
        return False
    obj = k + 1 + (toks[k + 1].base_low == "the" and k + 2 < len(toks))
    return toks[obj].cap and toks[obj].alpha


_POST_MODIFIER_FIRSTS = frozenset(m.split()[0] for m in lex.TITLE_POST_MODIFIERS if " " in m)


def _post_modifiers(toks: Sequence[Word], j: int) -> int:
    """The end of post-modifiers from ``j`` on: "Senior Policy Officer II", "... I and II",
    "the Ambassador designate" (a word may be lowercase; a numeral is not: "the Minister i")."""
    n = len(toks)
    while j < n:
        word = toks[j].base_low
        if word in lex.TITLE_POST_MODIFIERS and (toks[j].cap or not _ROMAN.fullmatch(word)):
            j += 1
            if "." in word and j < n and toks[j].text == ".":
                j += 1  # "the Secretary-General a.i.": the abbreviation's last full stop
        elif (
            word in _POST_MODIFIER_FIRSTS
            and j + 1 < n
            and f"{word} {toks[j + 1].base_low}" in lex.TITLE_POST_MODIFIERS
        ):
            j += 2  # "the Secretary-General ad interim", "the Chair pro tempore"
        elif (
            toks[j].base_low == "and"
            and j + 1 < n
            and toks[j + 1].cap
            and toks[j + 1].base_low in lex.TITLE_POST_MODIFIERS
            and toks[j + 1].base_low not in PRONOUN_LIKE_NUMERALS
        ):
            j += 2
        else:
            break
    return j


_MAX_BRACKETED_WORDS = 4


def _postposed_portfolio(toks: Sequence[Word], j: int) -> int:
    """The end of one capitalised portfolio word right after a title's core, before two name
    words or an honorific, as South Asian releases write the post: "Secretary Commerce Jawad
    Paul", "Secretary Commerce Mr. Jawad Paul" are the Commerce Secretary (no portfolio opens a
    person's name); else ``j``."""
    n = len(toks)
    if not (j + 2 < n and toks[j].cap and toks[j].alpha and toks[j].base_low in lex.PORTFOLIO_WORDS):
        return j
    if toks[j + 1].name_word and toks[j + 2].name_word and not toks[j + 1].org_word:
        return j + 1
    if toks[j + 1].honorific and toks[j + 1].cap:
        return j + 1
    return j


def _bracketed_modifier(toks: Sequence[Word], j: int) -> int:
    """The end of one modifier of the post in brackets at ``j``, after its complement: "Minister
    of Health [(Acting)]", "Ambassador to Ghana [(Designate)]"; else ``j``."""
    if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"):
        return j  # the cheap test: almost no title has brackets after it
    word = toks[j + 1].base_low
    return j + 3 if word in lex.TITLE_MODIFIERS or word in lex.TITLE_POST_MODIFIERS else j


_MAX_COMMA_PORTFOLIO_WORDS = 6  # "State Department for Foreign Affairs"


def _comma_portfolio(toks: Sequence[Word], j: int) -> int:
    """The end of a portfolio or a body between commas after a title's core, an honorific
    after it, as Nigerian and Kenyan releases write a post: "the Executive Director, [Marine and
    Operations], Engr. Ali Musa", "the Principal Secretary, [State Department for Trade], Amb.
    Ali Musa" (capitalised words, joiners between; a portfolio's word or a body's cue among
    them: the body is the title's organisation, see ``_comma_body``); else ``j`` (the comma)."""
    n = len(toks)
    x = j + 1
    while (
        x < n
        and x - j <= _MAX_COMMA_PORTFOLIO_WORDS
        and ((toks[x].cap and toks[x].alpha and not toks[x].honorific) or toks[x].low in _COMMA_JOINERS)
    ):
        x += 1
    if not (x + 1 < n and x > j + 1 and toks[x].text == "," and toks[x + 1].honorific and toks[x + 1].cap):
        return j
    words = toks[j + 1 : x]
    if words[0].lower or words[-1].lower:
        return j
    return x if any(t.org_cue or t.base_low in lex.PORTFOLIO_WORDS for t in words) else j


def _comma_body(view: SentenceView, title: Title) -> int | None:
    """The comma after a title's core that a body's name between commas follows, to the
    title's end: "the Principal Secretary[,] State Department for Trade" (see
    ``_comma_portfolio``); None for a portfolio ("Executive Director, Marine and Operations")."""
    toks = view.words
    c = title.segments[-1].end
    if c >= title.end or toks[c].text != ",":
        return None
    return c if any(t.org_cue for t in toks[c + 1 : title.end]) else None


_COMMA_JOINERS = frozenset(("and", "&", "for", "of"))


def _bracketed_portfolio(toks: Sequence[Word], j: int) -> int:
    """The end of a portfolio in brackets right after a title's core, else ``j``: "Member
    [(Customs-Operation)] FBR", "Director [(Inland Revenue)]"; not an acronym ("Director (WCO)"
    names the organization)."""
    if not (j < len(toks) and toks[j].text == "("):
        return j
    close = next(
        (k for k in range(j + 1, min(len(toks), j + 2 + _MAX_BRACKETED_WORDS)) if toks[k].text == ")"), None
    )
    inner = toks[j + 1 : close] if close is not None else []
    words = [t for t in inner if t.alpha and len(t.text) > 2]  # not "(R)", retired
    portfolio = (
        bool(words)
        and all(t.cap or t.base_low in _PORTFOLIO_JOINERS or not t.alpha for t in inner)
        and not all(t.acro for t in words)
    )
    return close + 1 if portfolio and close is not None else j


def _segment(view: SentenceView, i: int, after_det: bool, lower_ok: bool) -> Segment | None:
    toks = view.words
    end = _core_end(toks, i, after_det)
    if not end:
        return None
    words = [t.base_low.replace("-", " ") for t in toks[i:end]]
    past = any(w in lex.PAST_MODIFIERS for w in words)
    key = " ".join(
        w
        for w in words
        if w not in lex.PAST_MODIFIERS
        and w not in lex.EPHEMERAL_MODIFIERS
        and w not in _PORTFOLIO_JOINERS
        and w not in lex.OPENING_MODIFIERS
    )
    j = _postposed_portfolio(toks, _bracketed_portfolio(toks, _post_modifiers(toks, end)))
    if j < len(toks) and toks[j].text == ",":  # the cheap test: most titles stop at no comma
        j = _comma_portfolio(toks, j)
    comps: list[Comp] = []
    if not toks[end - 1].poss:
        comps, after = _complements(view, j, lower_ok)
        if (
            comps
            and toks[comps[0].prep].base_low == _TO
            and not (_accredited(key) or _honorific_after_comma(toks, after))
        ):
            comps = []  # "the visit of the President [to India]": where he went, not his post
        else:
            j = _bracketed_modifier(toks, _post_modifiers(toks, after))  # "Head of Mission [a.i.]"
    return Segment(start=i, end=end, key=key, past=past, comps=comps, stop=j)


_TO = "to"


def _honorific_after_comma(toks: Sequence[Word], end: int) -> bool:
    """Whether a comma at ``end`` and an honorific follow: the phrase before is the title of
    the name after, "to" and all ("the Senior Adviser to the Minister, Mr. Tomas Berg")."""
    return (
        end + 1 < len(toks)
        and toks[end].text == ","
        and (toks[end + 1].honorific or honorific_at(toks, end + 1) > 0)
    )


def _accredited(key: str) -> bool:
    """Whether a title's core is a post accredited somewhere ("ambassador", "high
    commissioner", "permanent representative"): "to <place>" is part of it."""
    return key in lex.ACCREDITED_TITLES or any(key.endswith(" " + t) for t in lex.ACCREDITED_TITLES)


# --- The whole phrase -------------------------------------------------------------------------


def _coordinated(view: SentenceView, first: Segment) -> list[Segment]:
    """The first segment and the ones "and" joins to it: "Deputy Prime Minister and Minister of
    Defence"."""
    toks = view.words
    segments = [first]
    j = first.stop
    while j + 1 < len(toks) and not toks[j].cap and toks[j + 1].cap:
        if toks[j].base_low in ("and", "&"):
            nxt = _segment(view, j + 1, False, lower_ok=False)
            if nxt is None:
                break
            segments.append(nxt)
            j = nxt.stop
        elif toks[j].text == "," and (listed := _title_list(view, j)):
            segments += listed  # "Vice President, Prime Minister and Ruler of Dubai"
            j = listed[-1].stop
        else:
            break
    return segments


def _title_list(view: SentenceView, j: int) -> list[Segment]:
    """Titles a comma at ``j`` joins to the one before it, when the list goes on to "and" and
    one more title ("..., Prime Minister and Ruler of Dubai"): those before the "and"; none
    when anything else comes between (a name: "the Minister, Ana Ruiz and ...")."""
    toks = view.words
    listed: list[Segment] = []
    while j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].cap:
        seg = _segment(view, j + 1, False, lower_ok=False)
        if seg is None:
            return []
        listed.append(seg)
        j = seg.stop
    if listed and j + 1 < len(toks) and toks[j].base_low in ("and", "&") and toks[j + 1].cap:
        return listed if _segment(view, j + 1, False, lower_ok=False) is not None else []
    return []


def _prefix_word(t: Word) -> bool:
    """A capitalised word or acronym that can be in a title's prefix: not one that is never a
    name's (an acronym aside), a title head, a month or a weekday ("Minister", "May")."""
    if t.base_low in lex.NOT_NAME_WORDS and not t.acro:
        return False
    return not (t.title_word or t.month is not None or t.weekday)


def _possessor_word(toks: Sequence[Word], p: int) -> bool:
    """A word of a possessor's name before its possessive ("World" of "World Bank's"): a
    capitalised word that may be in a prefix, no honorific, possessive or title."""
    t = toks[p]
    return (
        (t.acro or (t.cap and t.alpha))
        and not t.poss
        and _prefix_word(t)
        and not honorific_at(toks, p)
        and t.base_low not in HONORIFIC_PHRASE_LAST
    )


class _Left(NamedTuple):
    prefix_start: int
    det: int | None
    before: int  # the token before the prefix (and the possessive determiner)
    past: bool


def _named_org(view: SentenceView, a: int, b: int) -> bool:
    """Tokens ``a:b`` are an organization's name, not only words titles are made of ("World
    Bank", "the Port Authority (PA)"; not "Foreign Service", as in "Foreign Service Officer")."""
    toks = view.words
    return (a, b) in view.org_spans and not all(toks[x].org_word and not toks[x].acro for x in range(a, b))


def _leftwards(view: SentenceView, i: int, floor: int, past: bool) -> _Left:
    """The prefix before the core at ``i`` ("WCO", "Egypt's", "the late Vietnamese"), up to six
    words, and a possessive determiner ("its", "the country's")."""
    toks = view.words
    # an organization's name right before the core is the prefix: "World Bank President",
    # "the Industrial Development Organization (IDO) Director General"
    org_start = next((a for a, b in view.org_spans if b == i and a >= floor), None)
    if org_start is not None and _named_org(view, org_start, i):
        return _Left(org_start, None, org_start - 1, past)
    ends = view.country_ends
    p, prefix_start, det = i - 1, i, None
    while p >= floor and i - p <= 6:
        t = toks[p]
        if p + 1 in ends and ends[p + 1] >= floor:  # a country's name: "the Russian Federation"
            prefix_start = ends[p + 1]
            p = prefix_start - 1
            if t.poss:
                break
        elif t.poss and t.alpha:
            p -= 1
            if not t.cap:
                det = p + 1
                break
            prefix_start = p + 1
            # "the World Economic Forum's Head", "Asian Development Bank's Vice President": the
            # possessor is the whole name its capitalised words make
            while p >= floor and i - p <= 6 and _possessor_word(toks, p):
                prefix_start = p
                p -= 1
            break
        elif (t.acro or (t.cap and t.alpha)) and not t.poss:
            if not _prefix_word(t) or honorific_at(toks, p) or t.base_low in HONORIFIC_PHRASE_LAST:
                break  # "His Majesty King ...": the honorific is no prefix of the title
            prefix_start = p
            p -= 1
        elif _bracketed_place(toks, p, floor):
            prefix_start = p - 3  # "TDAP (Lahore) Director General": the acronym and its branch
            p -= 4
        elif t.text == "." and p > floor and toks[p - 1].acro and "." in toks[p - 1].text:
            p -= 1  # "U.S. Permanent Representative": the abbreviation's last full stop
        elif not t.cap and t.base_low in _QUALIFIER_WORDS:  # "the late", "the newly-appointed"
            past = past or t.base_low in lex.PAST_MODIFIERS
            prefix_start = p
            p -= 1
        elif not t.cap and (_lower_title_word(t) or _lower_joiner(toks, p)) and not toks[i].cap:
            prefix_start = p  # news style: "the foreign minister", "the port director"
            p -= 1
        elif t.low == "of" and p > floor and _inside_office_name(toks, p + 1):
            p -= 1  # "CBP Office of International Affairs": the office's "of" and its name before it
        else:
            break
    return _Left(prefix_start, det, p, past)


def _bracketed_place(toks: Sequence[Word], p: int, floor: int) -> bool:
    """Token ``p`` closes one capitalised word in brackets right after an acronym: "TDAP
    (Lahore)", an organization's office in a city, before the title it gives."""
    return (
        toks[p].text == ")"
        and p - 3 >= floor
        and toks[p - 2].text == "("
        and toks[p - 1].cap
        and toks[p - 1].alpha
        and not toks[p - 1].acro
        and toks[p - 3].acro
    )


def parse_title(view: SentenceView, i: int, floor: int) -> Title | None:
    """A title phrase whose core starts at token ``i``, with its article, prefix,
    complements and coordinated heads ("Deputy Prime Minister and Minister of Defence")."""
    toks = view.words
    if _inside_office_name(toks, i) or _given_name_after_plain_honorific(toks, i):
        return None
    bare = not toks[i].cap and not after_article(toks, i) and bare_news_title(view, i)
    after_det = not toks[i].cap and (after_article(toks, i) or determined_prefix(view, i) or bare)
    first = _segment(view, i, after_det, lower_ok=False)
    if first is None or _firm_name_word(view, i, first.end):
        return None
    segments = _coordinated(view, first)
    if _hearer_of_topic(toks, i, segments[-1]):
        # "updated the Minister [on the Harmonised Elections]": the topic, no complement
        last = segments[-1]
        segments[-1] = last._replace(comps=[], stop=_post_modifiers(toks, last.end))
    j = segments[-1].stop
    # "the Presidential Palace", "the Chairman's Office": a title inside a name; but not in an
    # apposition, before the office's own name: "Ana Ruiz, Cabinet Secretary Ministry of Trade,"
    if (
        j < len(toks)
        and toks[j].cap
        and toks[j].base_low in _NAME_CUES
        and not segments[-1].comps
        and not _before_its_office(toks, i, j)
        and not _family_name_of_title(toks, i, j)
    ) or _named_after_holder(toks, i, j, segments[-1]):
        return None
    prefix_start, det, p, past = _leftwards(view, i, floor, any(s.past for s in segments))
    if det is None and p >= floor and toks[p].base_low in TITLE_DETERMINERS:
        det = p
    elif det is not None and det - 1 >= floor and toks[det - 1].base_low in TITLE_DETERMINERS:
        det -= 1  # "the country’s Prime Minister"
    if after_det and det is None and not bare:
        return None
    # Capitalised words before the core that are not an organization or place (a name with
    # no comma: "Mr. X Y Minister ...") are not a prefix: drop them.
    if prefix_start < i and not _prefix_ok(view, prefix_start, i):
        # a possessive keeps its own word ("Ruiz's Chief of Staff"); other words go
        keep = i - 1 if toks[i - 1].poss and toks[i - 1].cap else i
        if det is not None and det != keep - 1:
            det = None
        prefix_start = keep
    start = det if det is not None else prefix_start
    prefix = (prefix_start, i) if prefix_start < i else None
    title = _with_determined_portfolio(
        view, Title(start=start, det=det, prefix=prefix, segments=segments, end=j, past=past)
    )
    if after_det:
        # a lowercase role's lowercase complement, in apposition before a name: "the head of
        # the regional customs office, Ms. Ana Ruiz"
        longer = with_lower_complement(view, title)
        if longer is not title and (
            _before_apposed_name(toks, longer.end) or _speaker_role(toks, title, longer)
        ):
            return longer
    return title


_MAX_HOLDER_WORDS = 3  # "the King Abdul Aziz Centre"
_BUILDING_CUES = _NAME_CUES | lex.VENUE_NOUNS


def _named_after_holder(toks: Sequence[Word], i: int, j: int, last: Segment) -> bool:
    """Whether the title ending at ``j``, an article before it, opens the name of a building or
    body named after its holder: "visited the King Abdulaziz Centre for Culture", "the Queen
    Amina Hospital"; a person's title takes no article right before the name."""
    if (
        not (j < len(toks) and toks[j].name_word and i > 0 and toks[i - 1].base_low in lex.ARTICLES)
        or last.comps
    ):
        return False
    k = j
    while (
        k < len(toks)
        and k - j < _MAX_HOLDER_WORDS
        and toks[k].name_word
        and toks[k].base_low not in _BUILDING_CUES
    ):
        k += 1
    return k > j and k < len(toks) and toks[k].cap and toks[k].base_low in _BUILDING_CUES


def _given_name_after_plain_honorific(toks: Sequence[Word], i: int) -> bool:
    """Whether the title's word at ``i`` follows a plain honorific and a name follows it: a
    given name, "Mr. Sultan Al Ameri" (no post comes after "Mr.")."""
    p = i - 1 - (i >= 2 and toks[i - 1].text == ".")
    return (
        p >= 0
        and toks[p].base_low in lex.PLAIN_HONORIFICS
        and i + 1 < len(toks)
        and toks[i + 1].name_word
        and not toks[i + 1].title_word
    )


def _with_determined_portfolio(view: SentenceView, title: Title) -> Title:
    """The title with a second portfolio that "and the" joins to its complement, before a name
    in apposition: "the Minister of Agriculture and the Sea, Dr. Ana Ruiz" (``PORTFOLIO_WORDS``)."""
    toks = view.words
    last, end = title.segments[-1], title.end
    if not (last.comps and end == last.stop and end + 2 < len(toks) and toks[end].low == "and"):
        return title
    k = end + 2
    if toks[end + 1].low != "the" or not (toks[k].cap and toks[k].base_low in lex.PORTFOLIO_WORDS):
        return title
    stop = chunk_end(view, k, True)
    if stop <= k or not _before_apposed_name(toks, stop):
        return title
    return replace(title, end=stop, segments=[*title.segments[:-1], last._replace(stop=stop)])


_NEW_ONE = lex.INDEFINITE_ARTICLES  # someone new: "a spokeswoman"


def _speaker_role(toks: Sequence[Word], title: Title, longer: Title) -> bool:
    """Whether a role someone new holds, with its lowercase complement, is the subject of the
    speech verb right after it: "..., a spokeswoman for the ministry said." (not "the envoy on
    the window and explained": a clause goes on)."""
    end = longer.end
    return (
        title.det is not None
        and toks[title.det].low in _NEW_ONE
        and end < len(toks)
        and toks[end].lemma is not None
        and toks[end].lower
        and toks[end].form != "ing"
        and toks[end - 1].base_low not in lex.COORDINATORS
    )


def _before_apposed_name(toks: Sequence[Word], end: int) -> bool:
    """Whether a comma at ``end`` and a name (or its honorific) follow a title."""
    if not (end + 1 < len(toks) and toks[end].text == ","):
        return False
    nxt = toks[end + 1]
    return nxt.honorific_start or nxt.honorific or (nxt.name_word and not nxt.title_word)


def _family_name_of_title(toks: Sequence[Word], i: int, j: int) -> bool:
    """Whether the thing's word at ``j`` after a title with no article is a family name, its
    verb after it: "Vice Minister [Park] said", "Ambassador [Hall] noted" (not "the
    Presidential Palace", "the Minister's Office said")."""
    if i > 0 and (toks[i - 1].base_low in TITLE_DETERMINERS or toks[i - 1].poss):
        return False
    if toks[j].base_low in lex.ORG_CUES or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.lower and (nxt.lemma is not None or nxt.base_low in lex.NAME_VERBS)


_MAX_PREFIX_WORDS = 3
_MAX_CORPORATE = 2  # "chief executive"


def _firm_name_word(view: SentenceView, i: int, end: int) -> bool:
    """Is the portfolio word at ``i`` the end of a firm's name before a firm's post, a name
    word before it: "Orbis [Logistics] CEO Sara Mendez" is the CEO of Orbis Logistics (the
    title starts at the post, the firm is its prefix); not "Kenya [Finance] Minister"."""
    toks = view.words
    if not (i > 0 and toks[i - 1].cap and toks[i - 1].alpha and not toks[i - 1].org_word):
        return False
    if i - 1 in view.in_country or toks[i].base_low not in lex.PORTFOLIO_WORDS:
        return False
    for k in range(1, _MAX_CORPORATE + 1):
        h = end - k
        if h > i and " ".join(t.base_low for t in toks[h:end]) in lex.CORPORATE_TITLES:
            return all(t.base_low in lex.PORTFOLIO_WORDS for t in toks[i:h])
    return False


def _inside_office_name(toks: Sequence[Word], i: int) -> bool:
    """Whether a capitalised portfolio at ``i`` goes on the name of an office before it: "CBP
    Office of [International Affairs] Assistant Commissioner X", "The Ministry of [Trade]
    Director General X": the title starts after the portfolio, the office is its organisation."""
    k = i
    while k > 0 and toks[k].cap and toks[k].base_low in lex.PORTFOLIO_WORDS:
        k -= 1
    return k < i and k >= 1 and toks[k].low == "of" and toks[k - 1].cap and toks[k - 1].org_cue


def determined_prefix(view: SentenceView, i: int) -> bool:
    """Whether a country, a demonym, an organization's words or a portfolio stand between an
    article and the lowercase head at ``i``: "the Pakistani envoy", "the BSF chief", "the
    foreign minister"."""
    k = _prefix_reach(view, i)
    return 0 <= k < i - 1 and view.words[k].base_low in TITLE_DETERMINERS


def bare_news_title(view: SentenceView, i: int) -> bool:
    """Whether the lowercase head at ``i`` is news style's title without its article, its
    prefix opening the sentence and a name after it: "Opposition lawmaker Ole Sandberg said"."""
    toks = view.words
    return (
        i > 0
        and not toks[i].cap
        and _name_after_head(toks, i)
        and _opens_clause(toks, _prefix_reach(view, i))
        # the core's own words are read as such: "Foreign minister Ana Ruiz", "Former Lorian
        # president Tom Berg"; a lowercase one is the prefix's ("Opposition transport
        # spokesman Erik Dahl")
        and not any(t.cap and t.base_low in _CORE_WORDS for t in toks[:i])
    )


_CORE_WORDS = lex.PORTFOLIO_WORDS | lex.TITLE_MODIFIERS | lex.PAST_MODIFIERS


_BEFORE_BARE_TITLE = lex.PREPOSITIONS | lex.COORDINATORS


def _opens_clause(toks: Sequence[Word], k: int) -> bool:
    """Whether the head's prefix opens the sentence or the clause after an opening phrase's
    comma, where news style writes the title bare too: "After the vote, [port manager] Ana
    Ruiz said"."""
    if k < 0 or toks[k].text == "," or toks[k].low in _BEFORE_BARE_TITLE:
        return True  # "met with [chair] Ana Ruiz and [manager] Tom Berg", "according to [chair] Ana Ruiz"
    # a plural's possessive owns the post as a determiner would: "The employers' chair Tom Ek"
    return toks[k].text in APOSTROPHES and k > 0 and toks[k - 1].lower and toks[k - 1].low.endswith("s")


def _prefix_reach(view: SentenceView, i: int) -> int:
    """Where the words a lowercase head's prefix may be made of end, going back from ``i``:
    the token before them (-1 at the sentence's start)."""
    toks = view.words
    k, budget = i - 1, _MAX_PREFIX_WORDS
    proper = False  # "his Tarsk counterpart", "a senior Nordmark official": one proper noun the data lacks
    while k >= 0 and i - k <= budget:
        if not _prefix_of_lower(view, k):
            if proper or not _proper_modifier(toks[k]):
                break
            proper = True
        if _lower_joiner(toks, k):
            budget += 2  # "the Chilean trade and industry minister": two portfolios, one word's room
        k -= 1
    return k


def _name_after_head(toks: Sequence[Word], i: int) -> bool:
    """Whether a name of two words or more follows the lowercase head at ``i``: "[Committee]
    chair [Ole Sandberg]"."""
    return (
        i + 2 < len(toks)
        and toks[i + 1].name_word
        and toks[i + 2].name_word
        and not toks[i + 1].org_word
        and not toks[i + 1].poss
    )


def _proper_modifier(t: Word) -> bool:
    """A capitalised word that is not a title, month, weekday or honorific, one alone between a
    determiner and a lowercase head: a place's, people's or body's name the data does not know
    ("the Dravian envoy")."""
    return t.cap and t.alpha and not t.poss and not t.honorific_start and _prefix_word(t)


def _prefix_of_lower(view: SentenceView, k: int) -> bool:
    """A word that may stand between an article and a lowercase head: a country, a demonym,
    an organization's word or acronym ("the [Iraqi] minister", "the [BSF] chief"), a portfolio
    ("the [foreign] minister")."""
    t = view.words[k]
    if t.cap:
        return is_org_word(view, k) or t.acro
    return _lower_title_word(t) or _lower_joiner(view.words, k)


def _lower_joiner(toks: Sequence[Word], k: int) -> bool:
    """An "and" or "&" between two lowercase portfolios before a head: "the trade and industry
    minister"."""
    return (
        0 < k < len(toks) - 1
        and toks[k].base_low in _PORTFOLIO_JOINERS
        and all(not t.cap and t.base_low in lex.PORTFOLIO_WORDS for t in (toks[k - 1], toks[k + 1]))
    )


def _lower_title_word(t: Word) -> bool:
    """A lowercase word news style writes inside a title: a portfolio, a title modifier or a
    body's noun ("the [foreign] minister", "the [deputy] mayor", "the [port] director")."""
    low = t.base_low
    if low in _QUALIFIER_WORDS:
        return False  # "the newly-appointed", "the former": of the moment or past, not the post
    return low in lex.PORTFOLIO_WORDS or low in lex.TITLE_MODIFIERS or low in lex.ORG_CUES


_TOPIC_PREPOSITIONS = frozenset({"on", "about"})


def _hearer_of_topic(toks: Sequence[Word], i: int, last: Segment) -> bool:
    """Whether the title at ``i`` is the hearer of a verb that takes a topic with "on" or
    "about" and its first complement is that topic: "briefed the Minister on the Summit",
    "updated the Minister on the elections" (not "Special Envoy on Climate": no such verb)."""
    if not last.comps or toks[last.comps[0].prep].base_low not in _TOPIC_PREPOSITIONS:
        return False
    k = i - 1
    while k >= 0 and (toks[k].base_low in TITLE_DETERMINERS or toks[k].cap):
        k -= 1
    lemma = cue_lemma(toks[k].text) if k >= 0 else None
    return lemma is not None and lemma in lex.HEARER_FIRST


def _before_its_office(toks: Sequence[Word], i: int, j: int) -> bool:
    """Whether the title from ``i`` to ``j`` stands in apposition after a comma and the body
    noun at ``j`` opens the name of its office with "of": "Ana Ruiz, Director General Ministry
    of Finance, said" (the comma some releases leave out between a title and its office)."""
    k = i
    while k > 0 and i - k < 3 and toks[k - 1].cap and toks[k - 1].alpha:
        k -= 1  # the title's own words before its head: "Cabinet Secretary"
    return (
        k > 0
        and toks[k - 1].text == ","
        and j + 2 < len(toks)
        and toks[j + 1].low == "of"
        and toks[j + 2].cap
    )


def _prefix_ok(view: SentenceView, a: int, b: int) -> bool:
    """A title's prefix is an organization, a country, a demonym, a place or an acronym:
    every word of it must be one a name is not made of, or it must be one word."""
    toks = view.words
    if b - a == 1 or (toks[b - 1].poss and is_org_word(view, b - 1)) or _named_org(view, a, b):
        return True  # one word, or an organization's name as possessor: "the World Bank's"
    if b - a == 4 and _bracketed_place(toks, b - 1, a):
        return True  # "TDAP (Lahore)"
    unknown = [x for x in range(a, b) if not _known_prefix_word(view, x)]
    # before a lowercase head one proper noun the data lacks is the owner: "a senior Nordmark official"
    lower_head = b < len(toks) and toks[b].lower
    return not unknown or (len(unknown) == 1 and lower_head and _proper_modifier(toks[unknown[0]]))


def _known_prefix_word(view: SentenceView, x: int) -> bool:
    t = view.words[x]
    return is_org_word(view, x) or t.poss or not t.cap or t.base_low in lex.TITLE_MODIFIERS


def with_lower_complement(view: SentenceView, title: Title) -> Title:
    """The title re-read with a lowercase complement allowed, as an apposition may have one:
    "Jane Doe, Chair of the maritime boundary talks"."""
    last = title.segments[-1]
    if last.comps or title.end != last.stop:
        return title
    comps, j = _complements(view, last.stop, lower_ok=True)
    if not comps:
        return title
    seg = Segment(start=last.start, end=last.end, key=last.key, past=last.past, comps=comps, stop=j)
    return Title(
        start=title.start, det=title.det, prefix=title.prefix, segments=[*title.segments[:-1], seg], end=j,
        past=title.past, used=title.used,
    )  # fmt: skip


_MAX_PLACE_WORDS = 3  # "in Costa Rica", "in New South Wales"


def with_place_complement(view: SentenceView, title: Title, comma: int) -> Title:
    """The title with "in <place>" between its end and the ``comma`` before the name it goes
    to, when it is a post accredited somewhere or in a body's office: the place of the post
    ("the Ambassador of Norland in Vella, Dr Eva Sund,", "the Director of the WFP in Lima, Mr.
    X,"); else the title as it is."""
    toks = view.words
    last = title.segments[-1]
    k = title.end
    if not (k + 1 < comma and toks[k].low == "in" and (_accredited(last.key) or _of_a_body(toks, last))):
        return title
    country = view.countries.get(k + 1)
    # a region's name may take its article: "the Resident Representative in the Gulf, Mr. X"
    words = toks[k + 1 + (toks[k + 1].low == "the") : comma]
    # a place's opening word may be an organisation's too: "in [Port] Ebo", not "in Port" alone
    plain = bool(words) and all(
        t.cap
        and t.alpha
        and not t.honorific
        and (not t.org_cue or (t.base in lex.PLACE_OPENERS and x < len(words) - 1))
        for x, t in enumerate(words)
    )
    place = (country is not None and country[0] == comma and not country[2]) or (
        len(words) <= _MAX_PLACE_WORDS and plain
    )
    if not place:
        return title
    comp = Comp(prep=k, start=k + 1, end=comma, det=False, lower=False)
    seg = last._replace(comps=[*last.comps, comp], stop=comma)
    segments = [*title.segments[:-1], seg]
    return Title(
        start=title.start, det=title.det, prefix=title.prefix, segments=segments, end=comma, past=title.past,
        used=title.used,
    )  # fmt: skip


def _of_a_body(toks: Sequence[Word], seg: Segment) -> bool:
    """Whether a title's last complement names a body ("of the WFP", "of UNICEF"): its post in
    a place is that body's office there ("the Country Director of the WFP in Lima")."""
    return bool(seg.comps) and (seg.comps[-1].det or toks[seg.comps[-1].start].acro)


def honorific_title(title: Title) -> bool:
    """A title used as an honorific, alone: "Ambassador Jane Doe" (``HONORIFIC_TITLES``)."""
    seg = title.segments[0]
    return len(title.segments) == 1 and seg.key in lex.HONORIFIC_TITLES and not seg.comps


def has_possessive(view: SentenceView, title: Title) -> bool:
    """A prefix that ends with a possessive: "Jordan's Minister"."""
    if title.prefix is None:
        return False
    return view.words[title.prefix[1] - 1].poss


def determined(view: SentenceView, title: Title) -> bool:
    """A title with an article, a possessive or a demonym, or opening the sentence: a noun
    phrase of its own ("the Minister of Culture, Mr. X", "Jordan's Minister ..., Dr. X", "and
    Rwandan President, His Excellency X", "Head of the Delegation, Mr. X, thanked ...", "was
    accompanied by her Deputy Minister, Mr. X": "his" and "her" open no title elsewhere, being
    object pronouns too)."""
    return (
        title.det is not None
        or has_possessive(view, title)
        or (title.start > 0 and view.words[title.start - 1].base_low in lex.POSSESSIVE_DETERMINERS)
        or title.start == 0
        or _after_date_line(view, title.start)
        or _styled(view, title)
        or _demonym_prefix(view, title)
    )


_DATE_LINE_ENDS = frozenset({"—", "–", "-", ":"})
_DATE_LINE_WORDS = 12  # "WASHINGTON, D.C., 14 March 2024 (PTI) -"


def _after_date_line(view: SentenceView, start: int) -> bool:
    """Whether token ``start`` opens the sentence after a date line set before it with a dash
    or a colon: "Nairobi, Kenya — [Cabinet Secretary for Trade], Dr. X, ..."; the date line's
    words are capitalised, numbers, months and punctuation only."""
    toks = view.words
    return (
        0 < start <= _DATE_LINE_WORDS
        and toks[start - 1].text in _DATE_LINE_ENDS
        and all(t.cap or t.punct or t.digit for t in toks[: start - 1])
    )


def _demonym_prefix(view: SentenceView, title: Title) -> bool:
    """A prefix that is a demonym alone, which determines the title as a possessive does:
    "Rwandan President" is "Rwanda's President"."""
    if title.prefix is None:
        return False
    a, b = title.prefix
    found = view.countries.get(a)
    return found is not None and found[0] == b and found[2]


_MAX_STYLE_WORDS = 4  # "The Right Honourable"


def _styled(view: SentenceView, title: Title) -> bool:
    """Whether an honorific style with its article stands before the title, or opens the
    sentence: "The Honourable Minister of Power, Chief X, said"."""
    toks = view.words
    for j in range(max(0, title.start - _MAX_STYLE_WORDS), title.start):
        if honorific_at(toks, j) == title.start - j:
            return j == 0 or toks[j].base_low == "the" or toks[j - 1].base_low in TITLE_DETERMINERS
    return False


# --- What a title says ------------------------------------------------------------------------


def _org_like(view: SentenceView, comp: Comp) -> bool:
    """Does this "of ..." complement name the organization or country (rather than the
    portfolio, "of Finance", or another post, "of the Vice-Chair")?"""
    toks = view.words
    first = toks[comp.start]
    prep = toks[comp.prep].base_low
    if comp.lower or prep not in ("of", "at", "in") or _core_end(toks, comp.start, False):
        return False
    if prep == "at":  # "at the Ministry of Commerce", not "at the Elysee Palace"
        return any(t.org_cue for t in toks[comp.start : comp.end])
    if prep == "in":  # "Head of Unit in the Customs Service", not "Minister in the Cabinet"
        return (comp.det or comp.end - comp.start > 1) and _ends_on_cue(toks, comp.end)
    words = toks[comp.start : comp.end]
    if comp.det and _joined_portfolios(words):
        return False  # "Minister of the Environment and Climate Change": portfolios, their article too
    if first.acro and comp.end - comp.start == 1 and first.base_low in lex.FIELD_ACRONYMS:
        return False  # "Head of IT": a field of work, the portfolio
    if comp.det or comp.start in view.in_country or first.acro or first.poss:
        return True
    # a cue that is also a portfolio names one only beside a word of its own: "Minister of
    # Economy and Ports" holds a portfolio, the "Director of Tema Ports" works at a body
    return len(words) >= 2 and any(t.org_cue for t in words) and not _portfolio_list(words)


def _firm_of_post(view: SentenceView, seg: Segment, comp: Comp) -> bool:
    """Is this "of" complement of a firm's post one capitalised word, no portfolio: the firm
    ("CEO of Harbourline", "Co-founder of AgroPol"); a firm's post has no portfolio after "of"."""
    toks = view.words
    words = seg.key.split()
    spans = ((a, b) for a in range(len(words)) for b in range(a + 1, len(words) + 1))
    corporate = any(" ".join(words[a:b]) in lex.CORPORATE_TITLES for a, b in spans)
    word = toks[comp.start]
    return (
        corporate
        and toks[comp.prep].base_low == "of"
        and not comp.lower
        and comp.end - comp.start == 1
        and word.text[:1].isupper()
        and word.base_low not in lex.PORTFOLIO_WORDS
    )


def _joined_portfolios(words: Sequence[Word]) -> bool:
    """Are these words two portfolios or more that a connector joins, none an organisation's
    cue ("Environment and Climate Change"; not "Maritime", "Customs and Excise")?"""
    return (
        any(t.base_low in CHUNK_CONNECTORS for t in words)
        and _portfolio_list(words)
        and not any(t.org_cue for t in words)
    )


def _portfolio_list(words: Sequence[Word]) -> bool:
    """Are these words portfolios and their connectors only ("Economy and Ports"), commas
    too ("Industry, Trade and Services")? The last item of a comma list of portfolios is one
    too, known or not: "Ports, Shipping and [Waterways]"."""
    known = [
        t.base_low in lex.PORTFOLIO_WORDS or t.base_low in CHUNK_CONNECTORS or t.text == "," for t in words
    ]
    if all(known):
        return True
    last = max((x for x, t in enumerate(words) if t.base_low in _AND), default=-1)
    return (
        last > 0
        and all(known[:last])
        and any(t.text == "," for t in words[:last])
        and 0 < len(words) - last - 1 <= _PORTFOLIO_ITEM_WORDS
        and all(t.cap and t.alpha for t in words[last + 1 :])
    )


def _prefix_org(view: SentenceView, title: Title) -> str | None:
    """The organization or country a title's prefix names: "WCO", "Egypt's" -> "Egypt",
    "the late Vietnamese" -> "Vietnam"; None for "the country's" or "the newly-appointed"."""
    if title.prefix is None:
        return None
    a, b = title.prefix
    words = [x for x in range(a, b) if x in view.in_country or view.words[x].base_low not in _QUALIFIER_WORDS]
    if not words or (len(words) == 1 and view.words[words[0]].base_low in GENERIC_OWNERS):
        return None
    text = _TRAILING_ACRONYM.sub(
        "", without_possessive(view.text[view.starts[words[0]] : view.ends[words[-1]]])
    )
    return DEMONYMS.get(text, text)


def _org_complement(view: SentenceView, title: Title) -> tuple[str, int] | None:
    """The organization a complement names, with the complement's preposition: the last one
    ("Chairperson of the Council and First Deputy Head of the FCS" is of the FCS)."""
    toks = view.words
    for seg in reversed(title.segments):
        skip = -1
        for idx, comp in enumerate(seg.comps):
            if idx == skip:
                continue
            state = _state_named(view, seg.comps, idx)
            if state and toks[comp.prep].base_low == _TO:
                skip = idx + 1  # "Ambassador to the Republic of Chile": the host, all title
                continue
            if state and toks[comp.prep].base_low == "for":
                # "Minister of Trade for the Republic of Ruritania": the state is the owner
                return span_text(view, comp.start, seg.comps[idx + 1].end), comp.prep
            body = all(toks[x].base_low in lex.ORG_BODIES for x in range(comp.start, comp.end))
            if body and idx + 1 < len(seg.comps) and toks[seg.comps[idx + 1].prep].base_low == "of":
                continue  # "Chairman of the Board of the Eurasian Economic Commission"
            last = idx + 1 == len(seg.comps)
            if last and comp.end - comp.start == 1 and toks[comp.start].base_low in GENERIC_OWNERS:
                continue  # "the President of the Republic": no particular owner, all title
            if comp.lower and _acronym_office_end(toks, comp.start):
                # "Director of the WHO country office": the acronym is the body, the office the
                # post's own words (the title is not cut)
                return toks[comp.start].base, title.end
            if _org_like(view, comp) or _firm_of_post(view, seg, comp) or _named_owner(view, seg, idx):
                end = comp.end
                for nxt in seg.comps[idx + 1 :]:  # "General Administration of Customs of China"
                    prep = toks[nxt.prep].base_low
                    # "Organization for Migration": a name goes on after its head noun;
                    # "the Delegation of the Union [to Norland]": so does an envoy body's
                    if not (
                        prep in ("of", "on")
                        or (prep == "for" and _ends_on_cue(toks, end))
                        or (prep == _TO and _holds(toks, comp.start, end, lex.ACCREDITED_BODIES))
                    ):
                        break
                    end = nxt.end
                return _TRAILING_ACRONYM.sub("", span_text(view, comp.start, end)), comp.prep
    return None


def _named_owner(view: SentenceView, seg: Segment, idx: int) -> bool:
    """An "of" complement the data may not know that still names the post's owner: after a
    portfolio's (``_owner_after_portfolio``) or an envoy's sender before the host ("Ambassador of
    Karvonia to Tarsk")."""
    return (
        _owner_after_portfolio(view, seg, idx)
        or _envoy_sender(view, seg, idx)
        or _place_of_post(view, seg, idx)
    )


def _place_of_post(view: SentenceView, seg: Segment, idx: int) -> bool:
    """A capitalised "of" complement right after a post that has no portfolio names the state
    or place it is of, one the data may not know: "the Prime Minister of Tarvonia", "the Mayor
    of Kervala" (``PLACE_OWNED_TITLES``); none with a word of a portfolio or a body."""
    if idx != 0:
        return False
    words = seg.key.split()
    pair = " ".join(words[-2:])
    if pair not in lex.PLACE_OWNED_TITLES and (
        words[-1] not in lex.PLACE_OWNED_TITLES or pair.replace(" ", "-") in lex.TITLE_HEADS
    ):
        return False  # "Vice-President of Marketing": a head of its own, a firm's
    toks = view.words
    comp = seg.comps[0]
    return (
        toks[comp.prep].base_low == "of"
        and not comp.lower
        and all(
            toks[x].cap and toks[x].alpha and not (toks[x].org_word or toks[x].poss)
            for x in range(comp.start, comp.end)
        )
    )


def _envoy_sender(view: SentenceView, seg: Segment, idx: int) -> bool:
    """An envoy's capitalised "of" complement names the sending state: before the host ("of
    Karvonia to Tarsk", "of Karvonia in Tarsk") or last ("the Ambassador of Karvonia, Ms. X"),
    unless a portfolio's word makes it a field ("Ambassador of Culture")."""
    toks = view.words
    comps = seg.comps
    if not _accredited(seg.key):
        return False
    comp = comps[idx]
    if toks[comp.prep].base_low != "of" or comp.lower:
        return False
    if not all(toks[x].cap and toks[x].alpha for x in range(comp.start, comp.end)):
        return False
    if idx + 1 < len(comps):
        return toks[comps[idx + 1].prep].base_low == _TO or _post_in_place(toks, comps[idx + 1].prep)
    return _post_in_place(toks, comp.end) or not any(
        toks[x].base_low in lex.PORTFOLIO_WORDS or toks[x].org_word for x in range(comp.start, comp.end)
    )


def _post_in_place(toks: Sequence[Word], k: int) -> bool:
    """Whether "in" and a capitalised place follow at ``k``: the host of an envoy's post
    ("the Ambassador of Karvonia [in Tarsk]")."""
    return k + 1 < len(toks) and toks[k].base_low == "in" and toks[k + 1].cap and toks[k + 1].alpha


def _owner_after_portfolio(view: SentenceView, seg: Segment, idx: int) -> bool:
    """A capitalised "of" complement after a portfolio names the post's owner, a state or body
    the data may not know: after the portfolio's own complement ("Minister of Foreign Affairs of
    Esperanza") or after a portfolio before the head ("Trade Minister of Karvonia")."""
    toks = view.words
    comp = seg.comps[idx]
    if toks[comp.prep].base_low != "of" or comp.lower:
        return False
    if idx == 0:
        a, b = seg.start, seg.end - 1  # the words before the head: "[Trade] Minister"
    else:
        before = seg.comps[idx - 1]
        if before.lower or toks[before.prep].base_low not in ("of", "for"):
            return False
        a, b = before.start, before.end
    portfolio = a < b and all(
        toks[x].base_low in lex.PORTFOLIO_WORDS
        or toks[x].base_low in _PORTFOLIO_JOINERS
        or toks[x].text == ","
        for x in range(a, b)
    )
    return portfolio and all(
        toks[x].cap and toks[x].alpha and not toks[x].acro for x in range(comp.start, comp.end)
    )


def _state_named(view: SentenceView, comps: Sequence[Comp], idx: int) -> bool:
    """Is complement ``idx`` a state's generic noun that the next complement names: "the
    Republic [of Ruritania]", "the Kingdom [of Chile]" (one noun phrase, never cut)?"""
    toks = view.words
    comp = comps[idx]
    if not (comp.det and comp.end - comp.start == 1 and toks[comp.start].base_low in GENERIC_OWNERS):
        return False
    if idx + 1 >= len(comps):
        return False
    nxt = comps[idx + 1]
    return nxt.prep == comp.end and toks[nxt.prep].base_low == "of" and not nxt.lower


def _ends_on_cue(toks: Sequence[Word], end: int) -> bool:
    """Does the phrase ending at ``end`` end on an organization's head noun, its acronym in
    brackets aside ("International Organization", "Economic Commission (EC)")?"""
    return toks[_before_acronym(toks, end) - 1].org_cue


def _holds(toks: Sequence[Word], start: int, end: int, nouns: frozenset[str]) -> bool:
    """Does the phrase from ``start`` to ``end`` hold a capitalised one of ``nouns``?"""
    return any(t.cap and t.base_low in nouns for t in toks[start:end])


def _before_acronym(toks: Sequence[Word], end: int) -> int:
    if end >= 3 and toks[end - 1].text == ")" and toks[end - 3].text == "(":
        return end - 3
    return end


def title_parts(view: SentenceView, title: Title) -> tuple[str, str | None]:
    """(title text, organization text) of a title phrase, as the text gives them:
    "Minister of Finance of the Russian Federation" -> ("Minister of Finance", "Russian Federation");
    "WCO Secretary General" -> ("Secretary General", "WCO"). Computed once per title."""
    if title.parts is None:
        title.parts = _split_title(view, title)
    return title.parts


def _split_title(view: SentenceView, title: Title) -> tuple[str, str | None]:
    toks = view.words
    found = _org_complement(view, title)
    org, title_end = found if found is not None else (None, title.end)
    if found is None and title.end - title.segments[-1].end > 2:  # the cheap test: words after the core
        comma = _comma_body(view, title)
        if comma is not None:  # "the Principal Secretary, State Department for Trade,"
            org, title_end = span_text(view, comma + 1, title.end), comma
    if org is not None and title_end < title.segments[-1].start:
        # the organization of a first post, a second one after it: "Secretary of the Council
        # and Head of International Affairs": cut there, the second post would be lost
        org, title_end = None, title.end
    start = title.segments[0].start
    portfolio = _lower_portfolio(view, title)
    if portfolio < start:  # news style: "the Iraqi [foreign] minister" is the foreign minister of Iraq
        assert title.prefix is not None
        narrowed = replace(
            title, prefix=(title.prefix[0], portfolio) if title.prefix[0] < portfolio else None
        )
        prefix_org = _prefix_org(view, narrowed)
        text = span_text(view, portfolio, title_end).rstrip(" ,")
        return text, org or prefix_org
    prefix_org = _prefix_org(view, title)
    if _region_adjective(view, title):
        # "European Commissioner for Oceans": a region's adjective is the post's own word,
        # no organization (a country's is its owner: "Chilean Minister")
        start, prefix_org = title.prefix[0] if title.prefix else start, None
    elif _unit_prefix(view, title):
        # "Ana Ruiz, Program Manager,": an organisation's noun alone names none; it is the
        # unit the post runs, part of the title
        start = title.prefix[0] if title.prefix else start
    elif title.prefix and _unit_after_owner(view, title.prefix):
        # "the Alliance's Programme Manager": the unit is the post's, the possessor its owner
        a, b = title.prefix
        owner = next(k for k in range(a, b) if view.words[k].poss)
        start, org = owner + 1, org or _prefix_org(view, replace(title, prefix=(a, owner + 1)))
    elif prefix_org and title.prefix and _named_org(view, *title.prefix):
        # an organization's name before the core is the holder's: "the Border Agency
        # Commissioner and Chair of the Regional Board" is the Agency's
        org, title_end = prefix_org, title.end
    elif org is None:
        org = prefix_org
    elif title.prefix and prefix_org:
        start = title.prefix[0]  # "Senior Policy Officer II of the Ministry ...": all title
    while start < title_end and (
        toks[start].base_low in _NOT_TITLE_TEXT or toks[start].text == "," or toks[start].poss
    ):
        start += 1
    text = _title_text(view, start, title_end)
    if start > title.start and title.prefix is not None:  # "Former [DTI] Secretary"
        text = _past_before_owner(view, title.start, start) + text
    host = (
        _host_after_sender(view, title, title_end, org) if org is not None and title_end < title.end else None
    )
    return (f"{text} {host}" if host else text), org


def _past_before_owner(view: SentenceView, a: int, b: int) -> str:
    """The past modifier among a title's words ``a`` to ``b`` cut before its text, with a space,
    lowercase ("Former DTI Secretary" -> "former " of "former Secretary", of the DTI); else ""."""
    past = next((t for t in view.words[a:b] if t.base_low in lex.PAST_MODIFIERS), None)
    return f"{past.base_low} " if past is not None else ""


def _host_after_sender(view: SentenceView, title: Title, owner: int, org: str) -> str | None:
    """The host of an envoy's post after its sender, which the title keeps as "Ambassador to
    Ghana, Ostria" keeps it: "the Ambassador of Ostria to Ghana" -> "to Ghana" (the owner's
    complement starts at ``owner``); None if there is none, or the owner's name holds it ("the
    Ambassador of the Norland Mission to the Union")."""
    seg = title.segments[-1]
    if not _accredited(seg.key):
        return None
    toks = view.words
    host = next((c for c in seg.comps if c.prep > owner and toks[c.prep].base_low == _TO), None)
    if host is None:
        # "the Ambassador of Karvonia in Tarsk, Ms. X": the place the title ran on to
        sender = next((c for c in seg.comps if c.prep == owner), None)
        at = sender.end if sender is not None else title.end
        return (
            span_text(view, at, title.end).rstrip(" ,")
            if at < title.end and _post_in_place(toks, at)
            else None
        )
    text = _TRAILING_ACRONYM.sub("", span_text(view, host.prep, host.end))
    return None if org.endswith(text[len(_TO) + 1 :]) else text


def _title_text(view: SentenceView, a: int, b: int) -> str:
    """The text of a title's words ``a`` to ``b``, without a slip's comma after a preposition
    ("Minister of, Finance" reads "Minister of Finance")."""
    cut = next((x for x in range(a, b - 1) if _stray_comma(view.words, x)), None)
    if cut is None:
        return span_text(view, a, b).rstrip(" ,")
    return f"{span_text(view, a, cut + 1)} {_title_text(view, cut + 2, b)}"


_REGION_ADJECTIVE_ENDS = ("ean", "ican", "asian")  # "European", "African", "Caribbean", "Eurasian"


def _region_adjective(view: SentenceView, title: Title) -> bool:
    """Is the prefix one adjective of a region, no country's ("European", "African")?"""
    if title.prefix is None or title.prefix[1] - title.prefix[0] != 1:
        return False
    a = title.prefix[0]
    t = view.words[a]
    return (
        t.cap
        and t.alpha
        and not t.acro
        and not t.poss
        and a not in view.in_country
        and t.base not in DEMONYMS
        and t.base_low.endswith(_REGION_ADJECTIVE_ENDS)
    )


def _unit_prefix(view: SentenceView, title: Title) -> bool:
    """Is the prefix the noun of an organisation or of a piece of work alone, capitalised, no
    acronym or possessive ("[Program] Manager", "[Project] Officer"; not "WCO", "Bank's",
    "Customs Service")? After "the", a thing's noun only ("the [District] Commissioner"; not
    "the Bank President", the Bank's)."""
    if title.prefix is None:
        return False
    a, b = title.prefix
    a = _past_modifiers(view, a, b)
    t = view.words[a]
    thing = t.cap and t.base_low in lex.THING_CUES
    noun = thing if title.det is not None else t.org_cue or thing
    return b - a == 1 and noun and not t.acro and not t.poss and a not in view.in_country


def _past_modifiers(view: SentenceView, a: int, b: int) -> int:
    """Past the title's modifiers opening a prefix before its last word: "[Senior] Programme
    Officer" is a senior officer of a programme, the modifier the post's word."""
    while a < b - 1 and view.words[a].base_low in lex.TITLE_MODIFIERS and view.words[a].cap:
        a += 1
    return a


def _unit_after_owner(view: SentenceView, prefix: tuple[int, int]) -> bool:
    """Is the prefix's last word the noun of a unit or a piece of work right after a
    possessive, modifiers between: "the Alliance's [Programme] Manager", "the Board's [Senior
    Project] Officer"?"""
    a, b = prefix
    owner = next((k for k in range(a, b - 1) if view.words[k].poss), None)
    if owner is None or _past_modifiers(view, owner + 1, b) != b - 1:
        return False
    t = view.words[b - 1]
    return t.cap and (t.org_cue or t.base_low in lex.THING_CUES) and not t.acro and not t.poss


def _lower_portfolio(view: SentenceView, title: Title) -> int:
    """Where the lowercase words of a title right before its core start ("the [health]
    minister", "the [deputy] mayor"), or the core's start when there are none."""
    k = title.segments[0].start
    floor = title.prefix[0] if title.prefix else k
    while (
        k > floor
        and not view.words[k - 1].cap
        and (_lower_title_word(view.words[k - 1]) or _lower_joiner(view.words, k - 1))
    ):
        k -= 1
    return k


COUNTRY_QUAL = "country:"  # the prefix of a qualifier that names a state: "country:uzbekistan"


def qual_key(text: str, acronyms: dict[str, str]) -> str:
    """A qualifier in comparable form: countries by their short name, acronyms by what they stand
    for: "the Russian Federation" and "Russia" -> "russia"; "WCO" -> "world customs organization"."""
    if "(" in text:
        text = _BRACKETS.sub(" ", text)
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    text = without_possessive(text)
    country = country_of(text) or DEMONYMS.get(text)
    if country:
        return COUNTRY_QUAL + country.lower()
    if text in acronyms:
        text = acronyms[text]
    key = " ".join(text.lower().split())
    # a demonym no table knows keys as its place, which is how its holder's other titles give
    # it: "valdorian" -> "valdoria" (of "the Valdorian Ambassador", "the Ambassador of Valdoria")
    return unknown_demonym_place(key) or key


_NO_QUALS: frozenset[str] = frozenset()  # most titles have none: one shared empty set


def title_keys(
    view: SentenceView, title: Title, acronyms: dict[str, str]
) -> tuple[list[str], frozenset[str]]:
    """The cores of a title ("minister", "prime minister") and its qualifiers (computed once per
    title: a title in apposition is read both as a role and as its person's title)."""
    if title.keys is None:
        quals: set[str] = set()
        prefix_org = _prefix_org(view, title)
        if prefix_org:
            quals.add(qual_key(prefix_org, acronyms))
        keys = []
        for seg in title.segments:
            key, portfolio = _portfolio_first(seg.key)
            keys.append(key)
            quals.update(portfolio)
            level = view.words[seg.start].base_low
            if level in lex.OPENING_MODIFIERS:
                quals.add(level)  # "the Union Health Minister" is no other country's Minister of Health
            for comp in seg.comps:
                if not comp.lower:
                    text = span_text(view, comp.start, comp.end)
                    quals.add(qual_key(text, acronyms))
                    quals.update(_portfolio_words(text))
        _, org = title_parts(view, title)
        if org:
            quals.add(qual_key(org, acronyms))
        title.keys = keys, frozenset(q for q in quals if q) or _NO_QUALS
    return title.keys


def _portfolio_first(key: str) -> tuple[str, list[str]]:
    """A core with its portfolio before the head, as "<portfolio> Minister" writes it: the core
    without it and the portfolio's words, which "Minister of <portfolio>" gives as qualifiers
    ("health minister" -> ("minister", ["health"]); "deputy foreign minister" -> ("deputy
    minister", ["foreign"])); a core without one as it is."""
    words = key.split()
    portfolio = [w for w in words[:-1] if w in lex.PORTFOLIO_WORDS and w not in _KEPT_IN_CORE]
    if not portfolio:
        return key, []
    return " ".join(w for w in words if w not in portfolio), portfolio


def plain_qual(qual: str) -> bool:
    """Whether a title's qualifier names only the post's field or its government's level, no
    other side: "agriculture", "union", "agriculture and farmers welfare" (of "the Union
    Minister of Agriculture and Farmers Welfare"), not "country:chile" nor "port authority"."""
    return qual in lex.PORTFOLIO_WORDS or qual in lex.OPENING_MODIFIERS or bool(_portfolio_words(qual))


def _portfolio_words(text: str) -> list[str]:
    """The words of a complement that names only portfolios ("Health and Family Welfare" ->
    health, family, welfare), so that "the Health Minister" is the "Minister of Health and
    Family Welfare"; none for a complement that names anything else ("of the Port Authority")."""
    words = text.lower().replace(",", " ").split()
    if not all(w in lex.PORTFOLIO_WORDS or w in _PORTFOLIO_JOINERS for w in words):
        return []
    return [w for w in words if w not in _PORTFOLIO_JOINERS]
