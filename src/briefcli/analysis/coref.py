"""Who is who: the sentence pass's mentions resolved to people, over the whole article.

How names resolve. A name of two words or more is a person, joined with any other name whose
words end with it or that it ends with ("Kunio Mikuriya" and "Dr. Kunio Mikuriya"). A bare run
("Kunio Mikuriya" with no cue) is a person only when the text names one by a part of it
elsewhere. A surname or a shorter form ("Mr. Siluanov", "Minister Ben Salah", "Dr. Anurak")
goes to the person whose full name ends with (or holds) it, the most recently mentioned one
first.

How roles resolve. A title with its portfolio before the head is the title with it after
("the Health Minister" is the "Minister of Health and Family Welfare": the portfolio's words
are qualifiers). A title phrase without a name ("the WCO Secretary General", "The Secretary
General", "the Minister of Finance of Russia") goes to the person whose title has the same head
("Minister of Finance") and whose organization or country agrees with every qualifier the phrase
gives ("Russia" = "the Russian Federation", "WCO" = "World Customs Organization", "Vietnamese" =
Vietnam; an acronym agrees with the name whose last words it spells, "PA" with "the OSCE
Parliamentary Assembly"), whether that person is named before or after it; "the late ..." and "the former ..."
only match a past holder. A headline that opens with a title as its subject ("WCO S-G opens
customs week") gives that title to the lead sentence's subject when the text gives them none
("Dr. Ana Ortiz opened ..."), so "the WCO Secretary-General" later is them. An office the
release calls a head of government or state by ("The Head of the Fijian Government said ...",
``OFFICE_EPITHETS``) goes to the one Prime Minister or President of that country (or of none
the text gives), when there is just one; "the UPU head" to the one who heads the UPU
(``ORGANISATION_HEAD_TITLES``). Role phrases that
match nobody are unnamed participants ("the Acting Head of the Federal Customs Service of the
Russian Federation").

The pronoun rule (he/him/his/himself, she/her/hers/herself), in this order:

1. a person mentioned earlier in the same sentence, the nearest one whose gender fits
   ("Minister Petrovic stated that his Government ..."); but the sentence's subject when the
   text tells the subject's gender and not the nearest one's ("Ms. Ruiz thanked Minister Berg
   for her visit": her is Ms. Ruiz); and the sentence's subject for a subject pronoun that
   opens a second main clause ("The Mayor agreed with Mr. Lund, but he argued ...");
2. in a sentence opening with a preposition or a participle, a pronoun before the first comma
   looks ahead to the first person after it ("In his remarks, President Mensah ...");
3. otherwise (typically a sentence-initial "He"), when the sentence just before names people but
   none as its subject, the first of them whose gender fits ("Trade was a theme of Ms. Ruiz's
   talk. She spoke ..."); else the subject of the nearest earlier sentence that has a person
   as subject; failing that, the most recently mentioned person.

A sentence that opens with a possessive and a relative noun ("Her counterpart thanked her.")
is about someone else than the possessive's person: the last one named before who fits, so a
"She" after it is the counterpart.

The subject of a sentence is its first person mention not governed by a preposition or an
object-taking word ("At the invitation of Mr. X, Dr. Y attended ..." has Dr. Y as subject),
or the person named right after an opening that gives the sentence's source ("According to
Mr. X, the talks went well. He added ..." has Mr. X as its topic; see ``SOURCE_OPENERS``).
Gender comes from honorifics ("Mr.", "Ms.", "His Excellency"); unknown gender fits both.
Plural pronouns are groups, left to the statements stage.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from briefcli.analysis.countries import country_of
from briefcli.analysis.mentions import Found, Pronoun, Role
from briefcli.analysis.names import Named, title_gender
from briefcli.analysis.titles import (
    COUNTRY_QUAL,
    Title,
    honorific_title,
    parse_title,
    plain_qual,
    qual_key,
    title_keys,
    title_parts,
)
from briefcli.analysis.words import SentenceView, SentenceViews, lead_sentence, span_text, view_sentence
from briefcli.lang import en as lex
from briefcli.model import Gender, Sentence
from briefcli.regexes import pattern
from briefcli.text.tokens import tokenize

__all__ = ["Draft", "resolve_people"]

_SOURCE_OPENERS = tuple(tuple(phrase.split()) for phrase in lex.SOURCE_OPENERS)
_GENDERS: tuple[Gender, Gender] = ("male", "female")
_ABBREVIATION = pattern(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(a) for a in sorted(lex.TITLE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w-])"
)


@dataclass(slots=True, eq=False, repr=False)
class Draft:
    """A person being built: the forms of the name, mentions, titles and qualifiers."""

    words: tuple[str, ...]
    folded: tuple[str, ...]
    named: list[Named] = field(default_factory=list)
    cores: set[str] = field(default_factory=set)
    past_cores: set[str] = field(default_factory=set)
    shared: set[str] = field(default_factory=set)  # cores of coordinated titles only
    quals: set[str] = field(default_factory=set)
    gender: Gender | None = None
    title: str | None = None
    org: str | None = None
    more: list[str] = field(default_factory=list)  # posts coordinated with the title: "Chair of the Board"


def resolve_people(found: Found, headline: str | None, quoted: Sequence[tuple[int, int]] = ()) -> list[Draft]:
    """The people of the article, every name, role and pronoun mention pointing at one of them
    (``person``, an index into the list) or at nobody; ``quoted``: the article's quotations
    (``quotemarks.quotations``), inside which a name is no antecedent for a pronoun outside."""
    people = _build_people(found)
    _describe(people, found)
    _headline_title(people, found, headline)
    _headline_owners(people, found, headline)
    _resolve_roles(people, found)
    _resolve_pronouns(people, found, quoted)
    return people


# --- Names ------------------------------------------------------------------------------------


def _fold(word: str) -> str:
    """A name's word as names are matched: casefolded, its accents dropped ("Tomás" and
    "Tomas" are one name, written with and without them)."""
    folded = word.casefold().replace("’", "'")
    if folded.isascii():
        return folded  # the cheap test first: most names carry no accent
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


def _variants(folded: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Other ways the text may write the same full name: without its middle initials ("John
    K. Mensah" -> "John Mensah"), a double surname without its hyphen ("Asante-Boateng" ->
    "Asante Boateng"); none for most names."""
    initials = any(len(w.rstrip(".")) == 1 for w in folded[1:-1])
    hyphens = any("-" in w for w in folded)
    if not initials and not hyphens:
        return ()
    plain = tuple(
        w for k, w in enumerate(folded) if not (0 < k < len(folded) - 1 and len(w.rstrip(".")) == 1)
    )
    split = tuple(part for w in plain for part in w.split("-") if part)
    return tuple(v for v in {plain, split} if v != folded and len(v) >= 2)


def _skeleton(word: str) -> str | None:
    """A folded word's first letter and consonants, doubled ones once, an "h" after a final
    vowel dropped ("muhammad" and "mohammed" -> "mhmd"; "abdullah" -> "abdl"); None for a word
    too short to tell spellings apart."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 2 and letters[-1] == "h" and letters[-2] in "aeiou":
        letters.pop()
    if len(letters) < 4:
        return None
    kept = letters[0] + "".join(c for c in letters[1:] if c not in "aeiouy")
    out = "".join(c for k, c in enumerate(kept) if k == 0 or c != kept[k - 1])
    return out if len(out) >= 3 else None


def _spelt_alike(a: str, b: str, *, slip: bool) -> bool:
    """Two spellings of one given name: the same consonants in the same order ("muhammad",
    "mohammed"); with ``slip`` (a middle name, where two people of one article hardly differ),
    also one letter changed in a word of four letters or more ("guido", "guide"). A first
    name one letter apart may be another person ("Maria", "Marta")."""
    skeleton = _skeleton(a)
    if skeleton is not None and skeleton == _skeleton(b):
        return True
    if not slip or len(a) != len(b) or len(a) < 4 or a[0] != b[0]:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


@dataclass(slots=True, eq=False, repr=False)
class _Registry:
    """The people found so far, indexed by the forms of their names."""

    people: list[Draft] = field(default_factory=list)
    by_suffix: dict[tuple[str, ...], int] = field(default_factory=dict)  # "kunio mikuriya" and longer
    # the first words of a longer name ("ana ortega" of "ana ortega diaz"); -1 when two hold them
    by_prefix: dict[tuple[str, ...], int] = field(default_factory=dict)
    by_word: dict[str, list[int]] = field(default_factory=dict)  # any word of the name
    by_last: dict[str, list[int]] = field(default_factory=dict)  # the last word, names of 2+ words
    starts: dict[int, list[int]] = field(default_factory=dict)  # person -> sorted mention starts

    def register(self, idx: int) -> None:
        folded = self.people[idx].folded
        for k in range(2, len(folded) + 1):
            self.by_suffix.setdefault(folded[-k:], idx)
        for variant in _variants(folded):
            for k in range(2, len(variant) + 1):
                self.by_suffix.setdefault(variant[-k:], idx)
        for k in range(2, len(folded)):
            if self.by_prefix.setdefault(folded[:k], idx) != idx:
                self.by_prefix[folded[:k]] = -1
        for w in folded:
            ids = self.by_word.setdefault(w, [])
            if idx not in ids:
                ids.append(idx)
        if len(folded) > 1:
            ids = self.by_last.setdefault(folded[-1], [])
            if idx not in ids:
                ids.append(idx)

    def add(self, words: tuple[str, ...], folded: tuple[str, ...]) -> int:
        self.people.append(Draft(words=words, folded=folded))
        idx = len(self.people) - 1
        self.register(idx)
        return idx

    def attach(self, m: Named, idx: int) -> None:
        m.person = idx
        self.people[idx].named.append(m)
        bisect.insort(self.starts.setdefault(idx, []), m.start)

    def match_full(self, folded: tuple[str, ...]) -> int | None:
        """A person whose full name ends with this one, or whose full name this one ends with;
        else whose full name starts with this one (of two words or more), or whose full name
        this one starts with: the given names and first family name of a name of three words
        or more ("Datuk Seri Mohd Amin" after "Mohd Amin Yusof", "Minister Rafael Ortega" of
        "Rafael Ortega Villalobos"), unless two people's names start so."""
        hit = self.by_suffix.get(folded)
        if hit is not None:
            return hit
        hit = next((i for v in _variants(folded) if (i := self.by_suffix.get(v)) is not None), None)
        if hit is not None:
            return (
                hit  # "John Mensah" after "John K. Mensah", "Ana Asante Boateng" after "Ana Asante-Boateng"
            )
        for k in range(len(folded) - 1, 1, -1):
            idx = self.by_suffix.get(folded[-k:])
            if idx is not None and self.people[idx].folded == folded[-k:]:
                return idx
        hit = self.by_prefix.get(folded)
        if hit is not None:
            return hit if hit >= 0 else None
        for k in range(len(folded) - 1, 1, -1):
            idx = self.by_suffix.get(folded[:k])  # the full name is among its own suffixes
            if idx is not None and self.people[idx].folded == folded[:k]:
                return idx
        return self.match_spelling(folded)

    def match_spelling(self, folded: tuple[str, ...]) -> int | None:
        """A person whose name of three words or more is this one with one given name spelt
        another way: "Mohammad Ishaq Dar" for "Muhammad Ishaq Dar", "Sergey Ivan Lobov" for
        "Sergei Ivan Lobov" (the same consonants in the same order), "Antonio Guide Rossi" for
        "Antonio Guido Rossi" (one letter apart: a slip of the keyboard). The family name is
        the same."""
        if len(folded) < 3:
            return None
        for idx in self.by_last.get(folded[-1], []):
            other = self.people[idx].folded
            if len(other) != len(folded):
                continue
            differ = [k for k in range(len(folded) - 1) if other[k] != folded[k]]
            if len(differ) == 1 and _spelt_alike(other[differ[0]], folded[differ[0]], slip=differ[0] > 0):
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


def _build_people(found: Found) -> list[Draft]:
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
        if len(folded) == 1:
            continue  # a bare surname: below, once every person is known
        idx = reg.match_full(folded)
        if idx is None and (folded[-1] in short_forms or folded[0] in short_forms):
            idx = reg.add(m.words, folded)
        if idx is not None:
            reg.attach(m, idx)
    for m in sorted(single, key=lambda m: m.start):
        word = _fold(m.words[0])
        idx = _title_holder(reg, word, m, found)
        idx = reg.match_short(word, m.start) if idx is None else idx
        if idx is None:
            idx = reg.add(m.words, (word,))
        reg.attach(m, idx)
    for m in sorted(found.bare, key=lambda m: m.start):
        if len(m.words) == 1:
            _attach_bare_word(reg, m, found)
    found.named.extend(m for m in found.bare if m.person is not None)
    found.named.sort(key=lambda m: m.start)
    for p in reg.people:
        p.named.sort(key=lambda m: m.start)
    return reg.people


def _title_holder(reg: _Registry, word: str, m: Named, found: Found) -> int | None:
    """Of two people of one surname, the one a titled surname names by the title one of them
    was given: "President Halloran" after "the President, Mr. Viktor Halloran, and the First
    Lady, Mrs. Ines Halloran" is Viktor, however recently Ines was named. None when the
    surname is one person's, or the title tells none of them apart."""
    pool = reg.by_last.get(word)
    if pool is None or len(pool) < 2:
        return None  # the cheap test first: a surname two people share
    own = _leading_keys(m, found)
    if not own:
        return None
    holders = [i for i in pool if any(own & _leading_keys(n, found) for n in reg.people[i].named)]
    return holders[0] if len(holders) == 1 else None


def _leading_keys(m: Named, found: Found) -> set[str]:
    """The keys of a name mention's own titles (after it, apposed before it, right before it):
    "president" of "President X" and of "the President, Mr. X"."""
    view = found.views[m.sent]
    titles = [title for title, _ in m.titles if not title.past]
    return {key for title in titles for key in title_keys(view, title, found.acronyms)[0]}


def _attach_bare_word(reg: _Registry, m: Named, found: Found) -> None:
    """A bare word is a mention of the person whose surname it is ("Costa said" after "Dr. Ana
    Costa"), or who holds it inside a name of three words or more ("Naz" of "Farah Naz
    Qureshi"), or whose given name it is where people go by it ("Niran said" after "Thai
    Foreign Minister Niran Sombat"), when no one else's name holds it. Never a person of its
    own."""
    word = _fold(m.words[0])
    holders = reg.by_word.get(word, [])
    if not holders:
        # a word where a place stands is no misspelt surname: "a state visit to Korvia" after
        # "President Emil Korvik"
        typo = _misspelt(reg, word) if m.prev not in lex.LOCATIVES else []
        if typo:
            reg.attach(m, typo[0])
        return
    if len(holders) != 1:
        return  # two people whose names hold it: "Okafor" for Jane and Sam Okafor
    folded = reg.people[holders[0]].folded
    if folded == (word,) or (
        len(folded) >= 2 and (folded[-1] == word or (len(folded) >= 3 and word in folded[1:-1]))
    ):
        # "Costa said" after "Dr. Ana Costa", or after "Prime Minister Costa": a person the
        # text names by the surname alone
        reg.attach(m, holders[0])
    elif folded == (word, folded[-1]) and _goes_by_given_name(reg.people[holders[0]], found):
        reg.attach(m, holders[0])
    elif folded[0] == word and len(folded) in (2, 3) and word in lex.FAMILY_FIRST_SURNAMES:
        # "Chen said" after "Shenzhen Mayor Chen Rugui": a common family name of China that
        # opens the name is the family name, written first
        reg.attach(m, holders[0])


def _goes_by_given_name(person: Draft, found: Found) -> bool:
    """Whether a title or organisation of ``person`` tells a country whose people go by the
    given name (``GIVEN_NAME_COUNTRIES``: "Lao Foreign Minister Bounmy Phommachanh" is
    Bounmy after); not elsewhere, where the given name alone is familiar ("Angela" of a
    British MP is still Ms. Rayner)."""
    for m in person.named:
        texts = [m.org_after or ""]
        for title, _rank in m.titles:
            texts.extend(part or "" for part in title_parts(found.views[m.sent], title))
        words = {w for text in texts for w in text.lower().replace("-", " ").split()}
        if not words.isdisjoint(lex.GIVEN_NAME_COUNTRIES):
            return True
    return False


_MIN_TYPO_LETTERS = 5  # shorter words are too often other names one letter apart ("Lin", "Li")


def _misspelt(reg: _Registry, word: str) -> list[int]:
    """The one person whose family name a bare word misspells by one letter, added, dropped,
    changed or swapped with the next ("Ranjani commented ..." after "Shamim Rajani"): press
    releases are typed in a hurry. Empty unless exactly one person's is that close."""
    if len(word) < _MIN_TYPO_LETTERS:
        return []
    close = [
        i
        for i, p in enumerate(reg.people)
        if len(p.folded) >= 2 and len(p.folded[-1]) >= _MIN_TYPO_LETTERS and _one_edit(word, p.folded[-1])
    ]
    return close if len(close) == 1 else []


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one edit apart (a letter added, dropped, changed, or two
    neighbours swapped)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


# --- Titles -----------------------------------------------------------------------------------


_ENVOY_ENDING = " " + lex.ENVOY_WORD


def _envoy_key(key: str) -> bool:
    """Whether a title's key names a post the text may call "the envoy": an envoy title, or a
    post whose head is "envoy" and no modifier puts it below one ("Special Envoy Ana Ruiz ... The
    envoy said"; not a "Deputy Special Envoy")."""
    if key in lex.ENVOY_TITLES:
        return True
    # most titles are no envoy's: the ending first
    return key.endswith(_ENVOY_ENDING) and not any(word in lex.SUBORDINATE_MODIFIERS for word in key.split())


def _describe(people: list[Draft], found: Found) -> None:
    """Each person's title, organization, gender, and the title cores and qualifiers that a
    role phrase must agree with. The title shown is the first one with an organization or a
    complement that is not an honorific one ("Ambassador")."""
    for p in people:
        best: tuple[int, int, int] | None = None
        for m in p.named:
            p.gender = p.gender or m.gender
            view = found.views[m.sent]
            for title, rank in m.titles:
                keys, quals = title_keys(view, title, found.acronyms)
                if len(keys) > 1 and not title.past:
                    p.shared.update(keys)  # "the Secretary General and Chairman Yusupov"
                # an ambassador, a high commissioner or a special envoy is "the envoy" too
                keys = [*keys, *(lex.ENVOY_WORD for key in keys if _envoy_key(key))]
                (p.past_cores if title.past else p.cores).update(keys)
                p.quals.update(quals)
                text, org = title_parts(view, title)
                text = _with_past_mark(view, title, text)
                org = _both_orgs(org, m.closing_org) if rank == 0 else org
                org = org or m.org_after
                has_org = org or title.segments[0].comps
                score = (1 if honorific_title(title) else 0, 0 if has_org else 1, m.start)
                if best is None or score < best:
                    best = score
                    p.title, p.org = text or None, org
                    p.more = _coordinated_posts(view, m, title)
            if m.org_after:
                p.quals.add(qual_key(m.org_after, found.acronyms))
                if p.org is None:
                    p.org = m.org_after
        p.gender = (
            p.gender
            or _patronymic_gender(p.words)
            # "Lao National Assembly Chairwoman Pany Yathotou": a "He" after her names someone else
            or title_gender(
                title_parts(found.views[m.sent], title)[0] or "" for m in p.named for title, _ in m.titles
            )
        )
        if p.title is not None and p.org is None:
            p.org = next((o for m in p.named if (o := _delegation_owner(found.views, m))), None)
        described = next((m.described for m in p.named if m.described), None)
        if described is not None and _says_more(described, p.title, p.org):
            # "Sara Lind, a senior analyst at the Bank"; "The Foreign Ministers of Chile and
            # Peru, Ana Ruiz and ..." before "Minister Ruiz said": the fuller title
            p.title, p.org = described[0], p.org or described[1]
    _unshare_cores(people)


def _says_more(described: tuple[str, str | None], title: str | None, org: str | None) -> bool:
    """Whether a described title says more than the title a name was given: there is none, or
    it is the bare head the described one ends with ("Minister" of "Foreign Minister") and no
    other organisation."""
    if title is None:
        return True
    return described[0] != title and described[0].endswith(f" {title}") and org in (None, described[1])


def _delegation_owner(views: SentenceViews, m: Named) -> str | None:
    """The body whose delegation the sentence before introduced, for one named as its leader
    ("A delegation of the Elmfield Council arrived in Lima. The delegation, led by Ms. Ana Ruiz,
    the Deputy Chair, ..." makes her the Council's Deputy Chair); only "the delegation", which
    points back, and the title shown has no owner of its own."""
    if m.sent < 1 or m.prev != "by":
        return None
    view = views[m.sent]
    k = bisect.bisect_left(view.starts, m.start) - 1  # "by"
    lows = view.lows
    k -= 1
    if k < 2 or lows[k] not in lex.LEADER_PARTICIPLES:
        return None
    k -= 1 + (lows[k - 1] == ",")  # "The delegation, led by"
    if not (lows[k] in lex.COLLECTIVE_NOUNS and lows[k - 1] == "the"):
        return None
    before = views[m.sent - 1]
    for x in range(len(before.lows) - 2):
        if before.lows[x] in lex.COLLECTIVE_NOUNS and before.lows[x + 1] in ("of", "from"):
            y = x + 2 + (before.lows[x + 2] == "the")
            if y in before.countries:
                return before.countries[y][1]
            end = next((e for a, e in before.org_spans if a == y), None)
            if end is not None:
                return _ACRONYM_AFTER.sub("", span_text(before, y, end))
    return None


_ACRONYM_AFTER = pattern(r"\s*\([A-Z][\w&]*\)$")  # "East Coast Council (ECC)"


def _both_orgs(own: str | None, after: str | None) -> str | None:
    """The organisation of a title in apposition after a name, with the one that closes the
    apposition after it, when that is another: "Tom Berg, Member of the Trade Committee, Blue
    Group," is a Member of the Trade Committee in the Blue Group (both are his)."""
    if own is None or after is None:
        return own or after
    if after.casefold() in own.casefold():
        return own
    return after if own.casefold() in after.casefold() else f"{own}, {after}"


def _coordinated_posts(view: SentenceView, m: Named, title: Title) -> list[str]:
    """The posts coordinated with the apposed title ``title`` of the mention ``m``, as written,
    each with its organisation: "Tom Ode, Director of Ports, and Chair of the Regional Board"
    -> ["Chair of the Regional Board"]; none when ``title`` is not the apposed one."""
    if not m.coordinated or m.titles[0][0] is not title:
        return []
    posts = []
    for second, org in m.coordinated:
        text = span_text(view, second.start, second.end).rstrip(" ,")
        posts.append(f"{text}, {org}" if org else text)
    return posts


_SHOWN_PAST = lex.SHOWN_PAST_MODIFIERS  # the marks a reader must see: "former President"


def _with_past_mark(view: SentenceView, title: Title, text: str) -> str:
    """A past holder's title as the text marks it: "former President" for "The former President
    of the Swiss Confederation, Ms X" (the title's text leaves the mark out)."""
    if not (title.past and text):
        return text
    before_head = range(title.start, min(title.end, title.segments[0].start + _MARK_REACH))
    mark = next((view.words[x].base_low for x in before_head if view.words[x].base_low in _SHOWN_PAST), None)
    return f"{mark} {text}" if mark and not text.lower().startswith(mark) else text


_MARK_REACH = 2  # the mark stands before the head or as the segment's first word: "the [former] President"


def _patronymic_gender(words: Sequence[str]) -> Gender | None:
    """The gender a name's patronymic tells: "Rosli bin Hamzah" (son of) a man, "Aminah binti
    Yusof" (daughter of) a woman."""
    lows = {w.lower() for w in words}
    if lows & lex.MALE_NAME_PARTICLES:
        return "male"
    return "female" if lows & lex.FEMALE_NAME_PARTICLES else None


def _unshare_cores(people: list[Draft]) -> None:
    """A title that coordinated titles give a person but another person holds on its own
    belongs to that other one: "the Secretary General and Chairman Yusupov inaugurated ..."
    names two people when the text has named a Secretary General before."""
    for p in people:
        for key in p.shared & p.cores:
            if any(q is not p and key in q.cores and key not in q.shared for q in people):
                p.cores.discard(key)


def _headline_title(people: list[Draft], found: Found, headline: str | None) -> None:
    """A headline that opens with a title as its subject names by title the person the lead
    sentence names as its subject: "WCO S-G opens customs week" over "Dr. Ana Ortiz opened the
    customs week on Monday" makes Dr. Ortiz the WCO Secretary-General, so "the WCO
    Secretary-General" later in the text is her. Only for a lead subject with no title of its
    own, and a title no one else in the text holds."""
    if not headline or not found.views:
        return
    text = _ABBREVIATION.sub(lambda m: lex.TITLE_ABBREVIATIONS[m.group()], headline)
    view = view_sentence(text, tokenize(text, (Sentence(0, 0, 0, len(text)),)), -1, -1, k=0)
    toks = view.words
    core = next((i for i, t in enumerate(toks[:4]) if t.title_start), None)
    title = parse_title(view, core, 0) if core is not None else None
    # the title opens the headline and a lowercase verb follows it: "WCO S-G opens ..."
    if title is None or title.start != 0 or title.end >= len(toks):
        return
    verb = toks[title.end]
    if verb.cap or not verb.alpha or verb.base_low in ("and", "or", "nor"):
        return  # "PM and Minister visit ...": two people
    subject = _lead_subject(found)
    if subject is None or subject.person is None:
        return
    holder = people[subject.person]
    keys, quals = title_keys(view, title, found.acronyms)
    if holder.cores or holder.past_cores:
        _headline_org(people, holder, view, title, (keys, quals))
        return
    if any(set(keys) & p.cores and quals <= p.quals for p in people):
        return  # somebody in the text holds it
    holder.cores.update(keys)
    holder.quals.update(quals)
    holder.title, holder.org = title_parts(view, title)


def _headline_owners(people: list[Draft], found: Found, headline: str | None) -> None:
    """A headline that pairs two holders of one title by their countries' possessives gives
    each their country: "Norland's prime minister receives Elmfield's prime minister" over
    "Berg welcomed Prime Minister Ruiz ..." makes the lead sentence's subject (Berg), who holds
    that title, the headline subject's (Norland's) and the one other holder of it (Ruiz) the
    other's. Only when the text gives neither holder an organisation and no third person holds
    it."""
    owners = _possessors(headline or "")
    subject = _lead_subject(found)
    if len(owners) != 2 or owners[0][1] != 0 or owners[0][0] == owners[1][0] or subject is None:
        return
    lead = people[subject.person] if subject.person is not None else None
    if lead is None or lead.title is None or lead.org is not None:
        return
    title = _plain_title(lead.title).split()
    words = [w.casefold() for w in _headline_words(headline or "")]
    if any(words[i + 1 : i + 1 + len(title)] != title for _, i in owners):
        return  # "Norland's prime minister": the very title the subject holds
    holders = [p for p in people if p.cores & lead.cores]
    other = next((p for p in holders if p is not lead), None)
    if len(holders) != 2 or other is None or other.org is not None or other.title is None:
        return
    if _plain_title(other.title) != _plain_title(lead.title):
        return
    for holder, (country, _) in ((lead, owners[0]), (other, owners[1])):
        holder.org = country
        holder.quals.add(qual_key(country, found.acronyms))


def _possessors(headline: str) -> list[tuple[str, int]]:
    """The countries whose possessive stands in a headline, with its word index: "Norland's
    prime minister meets ..." -> [("Norland", 0)]."""
    return [
        (country, i)
        for i, word in enumerate(_headline_words(headline))
        if word.endswith("'s") and (country := country_of(word[:-2])) is not None
    ]


def _headline_words(headline: str) -> list[str]:
    """A headline's words as titles are compared: "Vice-President" is "Vice President"."""
    return headline.replace("’", "'").replace("-", " ").split()


def _headline_org(
    people: list[Draft],
    holder: Draft,
    view: SentenceView,
    title: Title,
    key: tuple[Sequence[str], frozenset[str]],
) -> None:
    """The headline gives the organization the text leaves out of the lead subject's own title:
    "Foreign Minister of Armenia continues his meetings" over "Foreign Minister Edward Nalbandian
    had an agenda full of meetings" makes Mr. Nalbandian Foreign Minister of Armenia. Only for
    the very title the subject holds, with no organization of its own, when nobody else in the
    text may hold it there: another holder of that title is of another organization ("met the
    Foreign Minister of Georgia, Giorgi Kvirikashvili")."""
    keys, quals = key
    if holder.org is not None or not set(keys) & holder.cores:
        return
    if any(set(keys) & p.cores and (p.org is None or quals <= p.quals) for p in people if p is not holder):
        return  # the headline's "Foreign Minister of Armenia" may be the other one
    headline_title, org = title_parts(view, title)
    if org is None or _plain_title(headline_title) != _plain_title(holder.title or ""):
        return
    holder.quals.update(quals)
    holder.org = org


def _plain_title(title: str) -> str:
    """A title without case or hyphens: "Secretary-General" is "secretary general"."""
    return " ".join(title.replace("-", " ").casefold().split())


def _lead_subject(found: Found) -> Named | None:
    """The first name in the lead sentence that no preposition or object-taking word governs."""
    first = lead_sentence(found.views)
    if first is None:
        return None
    return next(
        (
            m
            for m in found.named
            if m.sent == first.index and (m.prev is None or m.prev not in lex.OBJECT_MARKERS)
        ),
        None,
    )


def _resolve_roles(people: list[Draft], found: Found) -> None:
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

    absent = functools.cache(lambda i: _only_sent_word(people[i], found))
    # A long text says "the Secretary General" thousands of times, with as many holders: each
    # kind of role finds its holders once, and the one mentioned last before it by one search.
    pools: dict[tuple[str, bool, frozenset[str], bool, str], tuple[list[int], list[int], list[int]]] = {}
    for r in found.roles:
        if r.named is not None:
            r.person = r.named.person
            continue
        if r.indefinite:
            continue
        lower_portfolio = not (r.title_text or "")[:1].isupper() and any(
            q in lex.PORTFOLIO_WORDS for q in r.quals
        )
        kind = (r.key, r.past, r.quals, lower_portfolio, r.role)
        if kind not in pools:
            pool = _role_pool(r, people, by_core, found.acronyms, lower_portfolio)
            mentions = sorted((start, i) for i in pool for start in starts[i]) if len(pool) > 1 else []
            pools[kind] = (pool, [start for start, _ in mentions], [i for _, i in mentions])
        pool, at, who = pools[kind]
        present = [i for i in pool if not absent(i)] if len(pool) > 1 else pool
        if len(present) == 1:
            # "conveyed the greetings of Prime Minister X ... The Prime Minister thanked him":
            # of two holders, the one only sent word is not the one there
            r.person = present[0]
        elif pool and _opens_paragraph(r, found):
            # "The Minister also met ..." opening a paragraph goes back to the story's holder,
            # the first named, not to the guest the paragraph before was about
            r.person = who[0]
        elif pool:
            # the holder mentioned most recently before it, else the first one named after it
            k = bisect.bisect_left(at, r.start)
            r.person = who[k - 1] if k else who[0]


def _opens_paragraph(r: Role, found: Found) -> bool:
    """Whether a role phrase is the first words of its paragraph."""
    views = found.views
    return r.sent > 0 and views.start(r.sent) == r.start and views.paragraph(r.sent - 1) != r.para


STAND_IN = tuple(tuple(phrase.split()) for phrase in lex.STAND_IN_PHRASES)


def stood_in_for(
    lows: Sequence[str], first: int, k: int, phrases: Sequence[tuple[str, ...]] = STAND_IN
) -> bool:
    """Whether the words before token ``k`` (from ``first``, where the sentence starts) say
    someone stood in for the person there ("representing [the] Minister", "on behalf of Dr.
    X")."""
    if k <= first or lows[k - 1] not in _last_words(phrases):
        return False  # most words end no phrase
    if any(k - len(phrase) >= first and lows[k - len(phrase) : k] == phrase for phrase in phrases):
        return True
    return lows[k - 1] == "from" and _word_sent_from(lows, first, k - 1, phrases)


_WORD_OF_REACH = 4  # "[a message] of friendship and support [from]"


def _word_sent_from(lows: Sequence[str], first: int, at: int, phrases: Sequence[tuple[str, ...]]) -> bool:
    """Whether the "from" at ``at`` closes a word sent with what it conveys between: "a message
    of friendship from President X", "a letter of congratulations from" (a phrase "message
    from" of ``phrases``, its noun and "of" a few words apart)."""
    for j in range(at - 2, max(first, at - 2 - _WORD_OF_REACH) - 1, -1):
        if lows[j] == "of" and j > first and (lows[j - 1], "from") in phrases:
            return all(w.isalpha() for w in lows[j + 1 : at])
    return False


@functools.cache
def _last_words(phrases: Sequence[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(phrase[-1] for phrase in phrases)


def _only_sent_word(person: Draft, found: Found) -> bool:
    """Whether every time the text names the person, words right before say someone stood in
    for them or brought their word ("the greetings of Prime Minister X", "on behalf of the
    King"): named so, they were not there (``STAND_IN_PHRASES``)."""
    for m in person.named:
        view = found.views[m.sent]
        if not stood_in_for(view.lows, 0, bisect.bisect_left(view.starts, m.start)):
            return False
    return bool(person.named)


def _role_pool(
    r: Role,
    people: list[Draft],
    by_core: dict[tuple[str, bool], list[int]],
    acronyms: dict[str, str],
    lower: bool,
) -> list[int]:
    """The people a role could stand for: those holding its title with every qualifier it
    gives (see ``_resolve_roles``); ``lower``: a news-style lowercase role with a portfolio."""
    holders = by_core.get((r.key, r.past), [])
    pool = [i for i in holders if all(_agrees(q, people[i].quals) for q in r.quals)]
    if not pool and not lower:
        # a qualifier the text never gave the holder: "The Vietnamese Prime Minister" for
        # "Prime Minister Pham Van Long", if he is the only one whose country is unknown
        # (a portfolio, "the Foreign Minister of Chile" for "Foreign Minister X", agrees);
        # not news style's lowercase role, whose qualifier is all it says ("the health
        # minister" is no minister of agriculture)
        portfolio = {q for q in r.quals if q in lex.PORTFOLIO_WORDS}
        unknown = [i for i in holders if people[i].quals <= portfolio]
        pool = unknown if len(unknown) == 1 else []
    if len(pool) > 1 and r.quals <= lex.PORTFOLIO_WORDS:
        # "the Foreign Minister" when the text gave one holder the bare title and the other
        # one of a country ("Foreign Minister X", "the Foreign Minister of Kazakhstan, Mr.
        # Y"): a release calls its own side's holder plainly; a portfolio in words or the
        # government's level is no other side ("the Union Minister of Mines and Farmers
        # Welfare, Mr. X" is as plain as "the State Minister of Mines, Ms. Y")
        bare = [i for i in pool if all(plain_qual(q) for q in people[i].quals)]
        pool = bare if len(bare) == 1 else pool
    if len(pool) > 1 and r.quals <= lex.PORTFOLIO_WORDS:
        # "The minister said" when one holder's title gave a country ("Uzbek Minister of Trade
        # X called on him") and the other's none ("Federal Minister for Commerce Y"): the
        # release's own side, as plainly as the release names it
        own = [i for i in pool if not _names_country(people[i].quals)]
        pool = own if len(own) == 1 else pool
    return pool or _epithet_holders(r, people, by_core, acronyms)


def _names_country(quals: set[str]) -> bool:
    """Whether a holder's qualifiers name a state ("Uzbek Minister")."""
    return any(q.startswith(COUNTRY_QUAL) for q in quals)


@functools.cache
def _epithet_role() -> re.Pattern[str]:
    """ "Head of the Fijian Government", "the Head of State of Chile": the office
    (``OFFICE_EPITHETS``'s last word) and the country, by adjective or after "of"."""
    offices = sorted({e.split()[-1] for e in lex.OFFICE_EPITHETS.values()})
    heads = sorted({e.split()[0] for e in lex.OFFICE_EPITHETS.values()})
    return pattern(
        rf"(?i:{'|'.join(heads)})\s+of\s+(?:the\s+)?(?:(?P<adj>[A-Z][\w-]*)\s+)?"
        rf"(?P<office>(?i:{'|'.join(offices)}))(?:\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w\s-]*))?$"
    )


def _epithet_holders(
    r: Role, people: list[Draft], by_core: dict[tuple[str, bool], list[int]], acronyms: dict[str, str]
) -> list[int]:
    """The one holder of a title the role calls by its office: "The Head of the Fijian
    Government said ..." after "Prime Minister Frank X" is the Prime Minister (of Fiji, or of
    no country the text gives); none when two could be."""
    if r.past:
        return []
    m = _epithet_role().match(r.role)
    if m is None:
        return _organisation_head(r, people, by_core)
    office = f"{r.key} of {m.group('office').lower()}"
    country = m.group("adj") or m.group("country")
    place = qual_key(country, acronyms) if country else None
    holders = {
        i
        for title, epithet in lex.OFFICE_EPITHETS.items()
        if epithet == office
        for i in by_core.get((title, False), [])
    }
    fits = [
        i
        for i in sorted(holders)
        if place is None or place in people[i].quals or not _names_country(people[i].quals)
    ]
    return fits if len(fits) == 1 else []


def _organisation_head(r: Role, people: list[Draft], by_core: dict[tuple[str, bool], list[int]]) -> list[int]:
    """The one person who heads the organisation a role names by an epithet ("the UPU head
    said" after "UPU Director General Tom Berg"), with every qualifier the role gives."""
    if r.key not in lex.ORGANISATION_HEAD_EPITHETS or not r.quals:
        return []
    heads = {i for title in lex.ORGANISATION_HEAD_TITLES for i in by_core.get((title, False), [])}
    fits = [i for i in sorted(heads) if all(_agrees(q, people[i].quals) for q in r.quals)]
    return fits if len(fits) == 1 else []


def _agrees(qual: str, quals: set[str]) -> bool:
    """A role's qualifier is one of the holder's, or an acronym of one's last words, or the
    other way round: "pa" and "osce parliamentary assembly"."""
    return qual in quals or any(_spells(a, b) or _spells(b, a) for a in (qual,) for b in quals)


def _spells(acronym: str, name: str) -> bool:
    """Is ``acronym`` (one word, two letters or more) the initials of ``name``'s last words?"""
    words = name.split()
    n = len(acronym)
    return (
        " " not in acronym
        and n >= 2
        and acronym.isalpha()
        and len(words) >= n
        and "".join(w[0] for w in words[-n:]) == acronym
    )


# --- Pronouns ---------------------------------------------------------------------------------


@dataclass(slots=True, eq=False, repr=False)
class _Item:
    """A person mention or a pronoun, in text order, for the pronoun pass."""

    start: int
    end: int
    sent: int
    prev: str | None
    person: int | None
    pronoun: Pronoun | None


_NAMED_KEPT = 32


@dataclass(slots=True, eq=False, repr=False)
class _Memory:
    """What the pronoun pass remembers from the sentences before."""

    people: list[Draft]
    topics: dict[int, int]  # sentence -> where the person a source opener introduces stands
    views: SentenceViews
    last_subject: int | None = None  # the subject of the nearest earlier sentence that has one
    # the people the sentence just before names, when none of them is its subject
    objects_before: list[int] = field(default_factory=list)
    recent: dict[Gender, int | None] = field(default_factory=lambda: {"male": None, "female": None})
    # the people last named outside quotes, the latest last
    named: deque[int] = field(default_factory=lambda: deque(maxlen=_NAMED_KEPT))
    # the gender a pronoun outside quotes gave a person the text tells none of: "Elena Varga
    # met Tomas Kell. She thanked him. He said ..." (after "She", Varga is no "he")
    learned: dict[int, Gender] = field(default_factory=dict)

    def fits(self, person: int, gender: Gender) -> bool:
        g = self.people[person].gender or self.learned.get(person)
        return g is None or g == gender

    def learn(self, person: int | None, gender: Gender, unsure: bool) -> None:
        """Keep the gender a subject pronoun outside quotes gives ``person`` (inside, it may be
        anyone's; "her office" may be another woman's than the one it resolved to)."""
        if person is not None and not unsure:
            self.learned.setdefault(person, gender)

    def told(self, person: int, gender: Gender) -> bool:
        """Whether the text tells this person's gender, and it is ``gender``."""
        return self.people[person].gender == gender


def _items(found: Found) -> list[_Item]:
    """The resolved name and role mentions and the pronouns, in text order."""
    items = [
        _Item(m.start, m.end, m.sent, m.prev, m.person, None) for m in found.named if m.person is not None
    ]
    items += [
        _Item(r.start, r.end, r.sent, r.prev, r.person, None) for r in found.roles if r.person is not None
    ]
    items += [_Item(pr.start, pr.end, pr.sent, pr.prev, None, pr) for pr in found.pronouns]
    items.sort(key=lambda it: it.start)
    return items


def _topics(views: SentenceViews) -> dict[int, int]:
    """Sentence -> where the person stands that a source opener introduces: "According to Mr. X"."""
    topics: dict[int, int] = {}
    longest = max(map(len, _SOURCE_OPENERS))
    firsts = _opener_firsts()
    for i in range(len(views)):
        words, starts = views.opening(i, longest + 1)
        # most sentences open with no opener's first word: one look, not one per opener
        for opener in firsts.get(words[0].base_low, ()) if words else ():
            k = len(opener)
            if len(words) > k and tuple(t.base_low for t in words[:k]) == opener:
                topics[i] = starts[k]
    return topics


@functools.cache
def _opener_firsts() -> dict[str, list[tuple[str, ...]]]:
    """The source openers by their first word."""
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for opener in _SOURCE_OPENERS:
        firsts.setdefault(opener[0], []).append(opener)
    return firsts


def _ahead(row: list[_Item], memory: _Memory) -> list[dict[Gender, int | None]]:
    """For each position of a sentence, the next named (not pronoun) person after it, per
    gender (rule 2)."""
    ahead: list[dict[Gender, int | None]] = [{}] * len(row)
    nxt: dict[Gender, int | None] = {"male": None, "female": None}
    for x in range(len(row) - 1, -1, -1):
        ahead[x] = dict(nxt)
        it = row[x]
        if it.pronoun is None and it.person is not None:
            for g in _GENDERS:
                if memory.fits(it.person, g):
                    nxt[g] = it.person
    return ahead


# What stands between a clause's subject and its object pronoun: a verb and its particle, or
# "who" and a verb: "Ruiz congratulated [him]", "Ruiz, who called on [him]": he is not Ruiz.
_OWN_CLAUSE = pattern(
    r",?\s*(?:who\s+)?(?:(?:has|have|had|also|then|later|[a-z]+ly)\s+){0,2}[a-z]+(?:\s+(?:on|upon|to|with|for))?\s*"
)


def _not_own_subject(row: list[_Item], x: int, chosen: int | None, memory: _Memory, text: str) -> int | None:
    """An object pronoun ("him") is never the subject of its own clause: when the one chosen is
    the person named right before it as that subject, the one named before them in the
    sentence, if any fits ("During the talks with Minister Berg, Ruiz congratulated him"), else
    the one the sentence before was about, else the last one of its gender, else nobody."""
    it = row[x]
    pr = it.pronoun
    if pr is None or chosen is None or text[pr.start : pr.end].lower() != "him":
        return chosen
    before = [y for y in range(x) if row[y].pronoun is None and row[y].person is not None]
    if not before or row[before[-1]].person != chosen:
        return chosen
    if not _OWN_CLAUSE.fullmatch(text, row[before[-1]].end, pr.start):
        return chosen
    others = [row[y].person for y in reversed(before[:-1]) if row[y].person != chosen]
    # none named before in the sentence: the one the sentence before was about ("Raman said
    # ... | The Prime Minister thanked him"); never the subject itself
    return _someone_else(others, chosen, pr.gender, memory, None)


def _someone_else(
    named: list[int | None], chosen: int, gender: Gender, memory: _Memory, fallback: int | None
) -> int | None:
    """Of ``named``, then the subject of the sentence before and the last one of ``gender``,
    the first who fits and is not ``chosen``; else ``fallback``."""
    others = [*named, memory.last_subject, memory.recent[gender]]
    return next((p for p in others if p is not None and p != chosen and memory.fits(p, gender)), fallback)


_COMPANION_MARKERS = frozenset({"with"})  # "With Ms. Berg, she reviewed ...": someone else


def _not_companion(row: list[_Item], x: int, chosen: int | None, memory: _Memory, text: str) -> int | None:
    """A subject pronoun is not the person its own clause does something with, named before it
    after "with" ("With Ms. Berg, she reviewed the plan"; "Together with Mr. Ode, he toured
    the port"): the one the sentence before was about, else the last one of its gender."""
    it = row[x]
    pr = it.pronoun
    if pr is None or chosen is None or text[pr.start : pr.end].lower() not in lex.SUBJECT_PRONOUNS:
        return chosen
    named = [row[y] for y in range(x) if row[y].pronoun is None and row[y].person == chosen]
    if not named or (named[-1].prev or "").lower() not in _COMPANION_MARKERS:
        return chosen
    return _someone_else([], chosen, pr.gender, memory, chosen)


# the comma and coordinator that open a second main clause, right before its subject pronoun
_CLAUSE_OPENING = pattern(r",\s*[a-z]+\s+")


def _second_clause_subject(
    it: _Item, chosen: int | None, subject: int | None, memory: _Memory, text: str
) -> int | None:
    """A subject pronoun that opens a second main clause (", but he", ", and she") goes on with
    the first clause's subject, not someone named inside that clause ("The Mayor agreed with
    Mr. Lund on costs, but he argued that ...": he is the Mayor), when the subject fits. Inside
    a quotation (no ``subject`` given), the nearest one stays."""
    pr = it.pronoun
    if (
        pr is None
        or subject is None
        or chosen in (None, subject)
        or (it.prev or "") not in lex.CLAUSE_COORDINATORS
        or text[pr.start : pr.end].lower() not in lex.SUBJECT_PRONOUNS
        or not memory.fits(subject, pr.gender)
    ):
        return chosen
    comma = text.rfind(",", max(0, pr.start - 12), pr.start)
    return subject if comma >= 0 and _CLAUSE_OPENING.fullmatch(text, comma, pr.start) else chosen


_RELATIVE_AFTER = pattern(
    r"\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(lex.RELATIVE_PERSON_NOUNS)) + r")\b", re.IGNORECASE
)


def _relative_subject(row: list[_Item], memory: _Memory, text: str) -> int | None:
    """The subject of a sentence that opens with a possessive pronoun and a relative noun ("Her
    counterpart thanked her. She stated ..."): not the pronoun's person but the last one named
    before who fits, so the next "She" is that one; None when the sentence opens otherwise."""
    first = row[0] if row else None
    pr = first.pronoun if first is not None else None
    if first is None or pr is None or first.prev is not None or first.person is None:
        return None
    if text[pr.start : pr.end].lower() not in lex.POSSESSIVE_DETERMINERS:
        return None
    if not _RELATIVE_AFTER.match(text, pr.end):
        return None
    owner = first.person
    return next((p for p in reversed(memory.named) if p != owner and memory.fits(p, pr.gender)), None)


def _resolve_sentence(row: list[_Item], memory: _Memory, quoted: Callable[[int], bool], text: str) -> None:
    """The pronoun rule over one sentence's mentions; then remember its subject. A person
    named inside a quotation is not the sentence's subject nor one of the people it leaves
    for the next sentence: '"... the President ...," she noted. She said ...' goes on with
    the speaker."""
    ahead = _ahead(row, memory)
    here: dict[Gender, int | None] = {"male": None, "female": None}
    here_out: dict[Gender, int | None] = {"male": None, "female": None}  # named outside quotes
    subject: int | None = None
    governed: set[int] = set()  # people named after a preposition or an object-taking word
    for x, it in enumerate(row):
        pr = it.pronoun
        inside = quoted(it.start)
        if pr is not None:
            g = pr.gender
            chosen = (here if inside else here_out)[g]
            if (
                chosen is not None
                and subject is not None
                and memory.told(subject, g)
                and not memory.told(chosen, g)
            ):
                chosen = subject  # "Ms. Ruiz thanked Minister Berg for her visit"
            if chosen is None and pr.intro:
                chosen = ahead[x][g]
            if chosen is None:  # "... a theme of Ana Ruiz's talk. She spoke ...": the one named
                chosen = next((i for i in memory.objects_before if memory.fits(i, g)), None)
            if chosen is None and memory.last_subject is not None and memory.fits(memory.last_subject, g):
                chosen = memory.last_subject
            if chosen is None:
                chosen = memory.recent[g]
            chosen = _not_own_subject(row, x, chosen, memory, text)
            chosen = _not_companion(row, x, chosen, memory, text)
            chosen = _second_clause_subject(it, chosen, None if inside else subject, memory, text)
            pr.person = it.person = chosen
            # only "he" and "she" teach a gender ("her" is an object's too)
            memory.learn(chosen, g, inside or text[pr.start : pr.end].casefold() not in lex.SUBJECT_PRONOUNS)
        if it.person is None:
            continue
        for g in _GENDERS:
            if memory.fits(it.person, g):
                here[g] = it.person
                if not inside:
                    here_out[g] = memory.recent[g] = it.person
        if inside:
            continue
        memory.named.append(it.person)
        if it.prev in lex.OBJECT_MARKERS and memory.topics.get(it.sent) != it.start:
            governed.add(it.person)
        elif subject is None and it.person not in governed:
            # the name in apposition to a governed title is governed too: "Accompanied by the
            # Port Manager, Capt. Ivo Sol, Eng. Ana Ruiz inspected ..." has Ruiz as subject
            subject = it.person
    _remember(row, subject, memory, quoted, text)


def _remember(
    row: list[_Item], subject: int | None, memory: _Memory, quoted: Callable[[int], bool], text: str
) -> None:
    """What the sentences after this one need of it: its subject (see ``_relative_subject``),
    or the people it names when it has none."""
    relative = _relative_subject(row, memory, text)
    subject = relative if relative is not None else subject
    if subject is not None:
        memory.last_subject = subject
        memory.objects_before = []
        return
    named = [it for it in row if it.person is not None and it.pronoun is None and not quoted(it.start)]
    memory.objects_before = [
        it.person for it in named if not _sent_word(it, memory) and it.person is not None
    ]


_STAND_IN_LAST = _last_words(STAND_IN)


def _sent_word(it: _Item, memory: _Memory) -> bool:
    """Whether the words before the mention say the person only sent word or was stood in for
    ("The envoy handed over a letter from President X. She said ...": she is not X, who was
    not there). The previous word first: most mentions follow no such phrase."""
    if it.prev not in _STAND_IN_LAST:
        return False
    view = memory.views[it.sent]
    return stood_in_for(view.lows, 0, bisect.bisect_left(view.starts, it.start))


def _resolve_pronouns(people: list[Draft], found: Found, quoted: Sequence[tuple[int, int]]) -> None:
    """The pronoun rule of the module docstring, in one pass over the mentions in text order."""
    memory = _Memory(people, _topics(found.views), found.views)
    spans = sorted(quoted)
    starts = [a for a, _ in spans]
    for _, row in itertools.groupby(_items(found), key=attrgetter("sent")):
        _resolve_sentence(list(row), memory, functools.partial(_inside, spans, starts), found.views.text)


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether offset ``at`` stands inside one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]
