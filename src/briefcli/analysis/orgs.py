"""Organizations and their acronyms: "Federal Customs Service (FCS)", "the Board of the Eurasian
Economic Commission", "World Customs Organization".

An organization is named around an organization cue ("Service", "Commission", "Ministry",
"Sub-Committee"; ``ORG_CUES``): the capitalised words before the cue that are no title, honorific
or sentence opener, up to six ("Federal Customs"), and after it capitalised words a title or an
organization is made of, connectors ("and", "de") and "of/on/for [the] ..." phrases ("of the
Russian Federation"). An acronym in brackets right after the name is its acronym ("(FCS)"); one
followed by more capitalised words is inside the name ("UNDP's West Africa (WA) Office"). The body of
an organization is not the organization: "the Board of the Eurasian Economic Commission" is the
Commission (``ORG_BODIES``).

Some names are generic and not listed as organizations: cue words only ("the Ministry"), a
country ("the Russian Federation"), an event or a thing ("the Customs Forum"), or a notion made
of portfolio words ("Green Customs"; but "China Customs" and "Belgian Customs" are services).

Other acronym definitions ("Harmonized System (HS)") are remembered too: an acronym then reads
as what it stands for when titles are compared ("the WCO Secretary General").

In the output one name is one organization (case aside); "Federal Customs Service of the Russian
Federation" is the "Federal Customs Service"; every later use of an acronym is a mention of its
organization; and a person's organization given as a bare acronym ("Mr. X, WCO") is one too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from briefcli.analysis.countries import country_of
from briefcli.analysis.titles import chunk_end, head_len, is_org_word, title_core_at
from briefcli.analysis.words import (
    SentenceView,
    SentenceViews,
    acronym_in_brackets,
    honorific_at,
    plural_possessive_mark,
    surface_forms,
)
from briefcli.lang import en as lex
from briefcli.lang.en import CHUNK_CONNECTORS, NAME_PREPOSITIONS
from briefcli.model import Mention, Organization, Person, Word
from briefcli.regexes import pattern

__all__ = ["Org", "collect_organizations", "find_orgs", "named_by_noun", "named_in_full", "spelled_out"]

_GENERIC_WORDS = (
    lex.ORG_CUES | NAME_PREPOSITIONS | CHUNK_CONNECTORS | {"the"}
)  # "the Ministry of the Interior"
_JOINERS = NAME_PREPOSITIONS | CHUNK_CONNECTORS
_QUALIFIERS = lex.PAST_MODIFIERS | lex.EPHEMERAL_MODIFIERS  # "former", "late", "newly-appointed"


class Org(NamedTuple):
    """An organization's name in a sentence (character offsets)."""

    name: str
    acronym: str | None
    start: int
    end: int
    sent: int
    para: int
    generic: bool


# --- In a sentence ----------------------------------------------------------------------------


def _org_start(view: SentenceView, i: int) -> int:
    """Leftwards from the cue at ``i`` over capitalised words that are not a title, an
    honorific or an opener: "Federal Customs Service"; a plural possessive is one of them
    ("the Growers' Council", "Veterans' Fund"): a name made of the people it is for."""
    toks = view.words
    a = i
    while a - 1 >= 0 and i - a < 6:
        if plural_possessive_mark(view, a - 1):
            a -= 1
            continue
        t = toks[a - 1]
        if t.poss or not (t.cap or t.acro) or not t.alpha:
            break
        if (
            t.base_low in lex.NOT_NAME_WORDS
            or t.base_low in _QUALIFIERS  # "Former World Bank President": no part of the name
            or head_len(toks, a - 1, False)
            or honorific_at(toks, a - 1)
        ):
            break
        a -= 1
    return a


def _phrase_after(view: SentenceView, b: int) -> tuple[int, int] | None:
    """The capitalised phrase a preposition or connector at ``b`` adds to a name ("of [the]
    Russian Federation", "and Excise"): (its first token, its end), or None."""
    toks = view.words
    t = toks[b]
    if t.base_low not in _JOINERS or t.cap or b + 1 >= len(toks):
        return None
    c = b + 1
    det = toks[c].base_low == "the" and t.base_low in NAME_PREPOSITIONS and c + 1 < len(toks)
    if det:
        c += 1
    if not (toks[c].cap and toks[c].alpha and not toks[c].title_word):
        return None
    if toks[c].month is not None or toks[c].weekday:
        return None  # "the Ministry of Trade on November 14": a date, not the name's phrase
    end = chunk_end(view, c, det)
    return (c, end) if end > c else None


def _org_end(view: SentenceView, i: int) -> tuple[int, str | None]:
    """Rightwards from the cue at ``i``: the end of the name and its acronym in brackets, if
    one follows ("Federal Customs Service (FCS)")."""
    toks = view.words
    n = len(toks)
    b = i + 1
    while b < n and b - i < 14:
        t = toks[b]
        if t.cap and t.alpha and not t.poss and is_org_word(view, b) and not t.title_word:
            if title_core_at(toks, b):
                break  # "the World Bank Vice President": a title after the name
            b += 1
        elif acronym_in_brackets(toks, b):
            if not (b + 3 < n and toks[b + 3].cap and toks[b + 3].alpha):
                return b, toks[b + 1].base
            b += 3  # the name goes on after the brackets
        else:
            phrase = _phrase_after(view, b)
            if phrase is None:
                break
            c, b = phrase
            if b - 3 > c and acronym_in_brackets(toks, b - 3):
                return b - 3, toks[b - 2].base  # "... of the Russian Federation (FCS)"
    return b, None


def _body_of(toks: Sequence[Word], a: int, b: int) -> int:
    """ "the Board of the Eurasian Economic Commission": the organization is the Commission, so
    its name starts after "of [the]"."""
    of = next((x for x in range(a, b) if toks[x].base_low == "of"), None)
    if of is not None and all(toks[x].base_low in lex.ORG_BODIES for x in range(a, of)):
        c = of + 1 + (toks[of + 1].base_low == "the")
        if c < b and any(t.org_cue for t in toks[c:b]):
            return c
    return a


def _generic(view: SentenceView, a: int, b: int) -> bool:
    """A name that is no organization's: cue words only, a country, an event, a notion."""
    toks = view.words
    if all(t.base_low in _GENERIC_WORDS for t in toks[a:b] if t.alpha):
        return True
    country = view.countries.get(a)
    last = toks[b - 1].base_low
    if (country is not None and country[0] == b) or (last in lex.THING_CUES and last not in lex.ORG_CUES):
        return True  # a country ("the Russian Federation") or an event ("the Customs Forum")
    # "Green Customs" is a notion; "China Customs", "Belgian Customs" are services
    return all(t.base_low in lex.PORTFOLIO_WORDS for t in toks[a:b] if t.org_cue) and not any(
        x in view.in_country or toks[x].acro for x in range(a, b)
    )


def _define_acronyms(view: SentenceView, acronyms: dict[str, str]) -> None:
    """Other acronym definitions, "Harmonized System (HS)": the capitalised words before the
    brackets, starting with the acronym's letter."""
    toks = view.words
    for j in [x for x, t in enumerate(toks) if t.text == "(" and 0 < x < len(toks) - 2]:
        if not (toks[j + 1].acro and toks[j + 2].text == ")" and toks[j - 1].cap):
            continue
        acr = toks[j + 1].base
        if acr in acronyms:
            continue
        a = j - 1
        while (
            a - 1 >= 0
            and j - a < len(acr) + 3
            and (toks[a - 1].cap or toks[a - 1].base_low in NAME_PREPOSITIONS)
        ):
            a -= 1
        while a < j - 1 and not toks[a].cap:
            a += 1
        if toks[a].base[:1].upper() == acr[:1]:
            acronyms[acr] = view.text[view.starts[a] : view.ends[j - 1]]


def find_orgs(view: SentenceView, acronyms: dict[str, str]) -> tuple[list[Org], list[tuple[int, int]]]:
    """The organizations named in the sentence and their token spans; the acronyms it
    defines are added to ``acronyms`` (acronym -> what it stands for)."""
    toks = view.words
    n = len(toks)
    orgs: list[Org] = []
    spans: list[tuple[int, int]] = []
    after = 0  # the end of the last organization's name
    for i in [x for x, t in enumerate(toks) if t.org_cue]:
        if i < after or (toks[i].poss and i + 1 < n and not toks[i + 1].cap):
            continue  # inside the last name, or a possessor: "the Commission's work"
        a = _org_start(view, i)
        b, acronym = _org_end(view, i)
        span = (a, b + 3 if acronym else b)
        if spans and a <= spans[-1][0]:
            # the last name was the start of this one, that goes on to its own cue: "the
            # [European Union] Naval Force" is one name, "the European Union Naval Force"
            spans.pop()
            orgs.pop()
        a = _body_of(toks, a, b)
        name = view.text[view.starts[a] : view.ends[b - 1]]
        orgs.append(
            Org(
                name=name, acronym=acronym, start=view.starts[a], end=view.ends[b - 1], sent=view.index,
                para=view.para, generic=acronym is None and _generic(view, a, b),
            )
        )  # fmt: skip
        if acronym:
            acronyms.setdefault(acronym, name)
        spans.append(span)
        after = span[1]
    _define_acronyms(view, acronyms)
    return orgs, spans


# --- In the article ---------------------------------------------------------------------------


def spelled_out(acronym: str, orgs: Iterable[Org], acronyms: Mapping[str, str]) -> str | None:
    """The organization a bare acronym that the text never defines stands for: the one named
    in the text whose last words it spells ("Elmfield PA President Tom Berg" ... "the Elmfield
    Parliamentary Assembly" -> "Elmfield Parliamentary Assembly"); None when no name or more
    than one does ("the Nordic" and "the Baltic Parliamentary Assembly")."""
    if acronym in acronyms or not _bare_acronym(acronym):
        return None
    fits: dict[str, str] = {}
    for o in orgs:
        if not o.generic and _spells_end(acronym, o.name):
            fits.setdefault(o.name.casefold(), o.name)
    # a shorter form is the longer one cut: "Parliamentary Assembly" in "Elmfield Parliamentary Assembly"
    longest = [name for key, name in fits.items() if not any(k.endswith(" " + key) for k in fits)]
    return longest[0] if len(longest) == 1 else None


def named_in_full(word: str, orgs: Iterable[Org], text: str) -> str | None:
    """The organisation a bare one-word owner stands for: the one named in the text whose name
    opens with it ("Vice Chancellor Elmfield" ... "Elmfield International University" ->
    "Elmfield International University"); None for a country, an acronym, a body's noun
    ("Chamber"), a name the text uses alone ("the Commonwealth", "Commonwealth countries"), or
    when no name or more than one opens with it."""
    if " " in word or not word[:1].isupper() or word.isupper() or country_of(word):
        return None
    if word.casefold() in lex.ORG_CUES:
        return None  # "the Chamber": a body's noun, which many names open
    named = [o.name for o in orgs if not o.generic]
    if word in named:
        return None  # "the Commonwealth": a name of its own
    fits = {name for name in named if name.split()[0] == word and " " in name}
    if len(fits) != 1:
        return None
    full = fits.pop()
    # the word stands for nothing else: once alone (the owner's), else as the name's opening
    alone = len(pattern(rf"\b{re.escape(word)}\b", keep=False).findall(text)) - text.count(full)
    return full if alone <= 1 else None


def named_by_noun(word: str, orgs: Iterable[Org], after: int = 0, used: int | None = None) -> str | None:
    """The organisation a body's bare noun stands for when the text names only one body of
    that noun from ``after`` on (the end of the date line, whose wire credit is the
    publisher's, not a body of the story: "SUVA (Pacific Wire Agency) –" ... "the Agency"):
    "the Elmfield Institute for Ports Studies held a seminar ... Mr. Tom Berg, Director of the
    Institute" -> "Elmfield Institute for Ports Studies"; None when the text names two such
    bodies ("the Chamber" of two chambers is either) or none. Of two, the one named before the
    noun is first ``used``, when only one is, is the one it points back to ("The Elmfield Chamber
    of Commerce sent a delegation, headed by the Chamber's President ... met the President of
    the Norfield Chamber of Commerce")."""
    if word.rpartition(" ")[2].casefold() not in lex.ORG_CUES:
        return None
    named = [o for o in orgs if not o.generic and o.start >= after and _noun_of(word, o.name)]
    longest = _longest({o.name for o in named})
    if len(longest) > 1 and used is not None:
        longest = _longest({o.name for o in named if o.end <= used})
    return longest[0] if len(longest) == 1 else None


def _noun_of(word: str, name: str) -> bool:
    """Whether a body's noun (or its last words: "Friendship Group") is a word of a longer name
    ("the Tarna-Norland Parliamentary Friendship Group")."""
    if name == word:
        return False
    if " " not in word:
        return word in name.split()
    # the head of the longer name, a modifier before it: not "... of the Russian Federation";
    # nor a title's words run into a name ("Director General Afghan Customs Department")
    before = name.removesuffix(f" {word}")
    if before == name or not before.rpartition(" ")[2][:1].isupper() or country_of(word) is not None:
        return False
    return not any(
        w.casefold() in lex.TITLE_MODIFIERS or w.casefold() in lex.TITLE_HEADS for w in before.split()
    )


def _longest(fits: set[str]) -> list[str]:
    """The names no other holds: a shorter form is the longer one cut ("Ports Institute" in
    "Elmfield Ports Institute")."""
    return [name for name in fits if not any(other != name and name in other for other in fits)]


def _bare_acronym(word: str) -> bool:
    """One word of two capitals or more, no country's: "PA", "WCO" (not "UK")."""
    return len(word) >= 2 and word.isalpha() and word.isupper() and not country_of(word)


def _spells_end(acronym: str, name: str) -> bool:
    """Do the initials of ``name``'s capitalised words, from some word to its end, make
    ``acronym``? Lowercase joiners are skipped ("Food and Agriculture Organization": FAO); a
    part that is not the whole name follows a capitalised word, the modifier of the head it
    names ("OSCE | Parliamentary Assembly"), not a preposition ("Service of the | Russian
    Federation" is no "RF")."""
    words = name.split()
    initials = ""
    for k in range(len(words) - 1, -1, -1):
        if not words[k][:1].isupper():
            continue
        initials = words[k][0] + initials
        if initials == acronym:
            return k == 0 or words[k - 1][:1].isupper()
        if len(initials) >= len(acronym):
            return False
    return False


_Entry = tuple[str, str | None, list[Mention]]  # (name, acronym, mentions)


def _named_orgs(orgs: Iterable[Org]) -> dict[str, _Entry]:
    """The organizations by casefolded name, in order of first mention."""
    named: dict[str, _Entry] = {}
    for o in orgs:
        if o.generic:
            continue
        key = o.name.casefold()
        name, acr, found_in = named.setdefault(key, (o.name, o.acronym, []))
        if o.acronym and not acr:
            named[key] = (name, o.acronym, found_in)
        found_in.append(Mention(o.start, o.end, "name", o.para, o.sent))
    return named


def _merge_longer_forms(named: dict[str, _Entry]) -> None:
    """ "Federal Customs Service of the Russian Federation" is the "Federal Customs Service"
    when the text names that too (also "... in ...")."""
    for key in sorted(named, key=len, reverse=True):
        for sep in (" of ", " in "):
            cut = key.find(sep)
            while cut > 0:
                if key[:cut] in named:
                    named[key[:cut]][2].extend(named.pop(key)[2])
                    break
                cut = key.find(sep, cut + 1)
            if key not in named:
                break


def _person_acronyms(named: dict[str, _Entry], by_acronym: dict[str, str], people: Sequence[Person]) -> None:
    """A person's organization given as a bare acronym ("WCO") is an organization too."""
    for person in people:
        acr = person.org
        if (
            acr
            and acr.isupper()
            and " " not in acr
            and acr not in by_acronym
            and acr.casefold() not in named
            and not country_of(acr)
        ):
            named[acr.casefold()] = (acr, acr, [])
            by_acronym[acr] = acr.casefold()


def collect_organizations(
    text: str,
    orgs: Iterable[Org],
    people: Sequence[Person],
    views: SentenceViews,
    spelled: Mapping[str, str] | None = None,
) -> tuple[Organization, ...]:
    """The article's organizations, each with every mention of its name and its acronym (and
    of a bare acronym ``spelled`` says it stands for: acronym -> name, see ``spelled_out``)."""
    named = _named_orgs(orgs)
    _merge_longer_forms(named)
    by_acronym = {acr: key for key, (_, acr, _) in named.items() if acr}
    for acr, name in (spelled or {}).items():
        if name.casefold() in named:
            by_acronym.setdefault(acr, name.casefold())
    _person_acronyms(named, by_acronym, people)
    tokens = views.tokens
    for i, g in views.acronyms() if by_acronym else ():
        t = tokens.words[g]
        if t.base in by_acronym and not (g > tokens.sentence_first[i] and tokens.texts[g - 1] == "("):
            # not its definition: "the Harbour Trade Union (HTU)"
            mention = Mention(tokens.starts[g], tokens.ends[g], "acronym", views.paragraph(i), i)
            named[by_acronym[t.base]][2].append(mention)
    return tuple(
        Organization(
            name=name,
            acronym=acr,
            aliases=surface_forms(text, ms),
            spans=tuple(sorted(set(ms), key=lambda m: m.start)),
        )
        for name, acr, ms in named.values()
    )
