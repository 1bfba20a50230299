"""Person names in a sentence: runs of name words and what marks a run as a person's name.

A run is a maximal sequence of capitalised name words (``Word.name_word``) that no title,
organization or country covers, with initials ("John F. Kennedy"), abbreviated particles
("Gabriela St. Clair") and lowercase particles ("Ursula von der Leyen") inside. It stops after a
possessive. An all-caps word is a name only beside a mixed-case one ("KURAMOTO Norikazu"); an
acronym the text defines is never one, nor is a month beside a number ("May 2021").

A run is a person's name when something marks it as one:

- an honorific before it: "Dr. Kunio Mikuriya", "Ms Mei Ling Tan", "H.E. Capt. Tarek El Sayed";
- a title right before it: "Prime Minister Hiroshi Tanabe", "Riga Mayor Ilze Kalnina",
  "Ghana’s Minister of Trade and Industry Ama Owusu";
- a title phrase in apposition, after it ("Nadia Ferraz, ITU Spokesperson,") or before it
  ("the Director General of the Port Authority, Sara Lind,");
- a verb right after it ("Jane Doe said"), or a word that introduces a name before it
  ("moderated by journalist Jane Doe"), for a name of two words or more;
- a lowercase description in apposition built on a person noun (", a senior political
  analyst,", ", the bureau's deputy director for trade"), which gives the title and org, or a
  lowercase title in a noun phrase an article opens ("the Ghanaian president Kofi Mensah");
- a country's possessive in a list of people a plural names before it ("the ministers -
  Spain's Ana Ruiz and Portugal's Rui Costa -");
- the relative pronoun of persons after it ("Jane Doe, who chairs ...", which gives the office
  when its verb is one of ``OFFICE_VERBS`` and its object an organization), a delegate's country in
  brackets before a verb ("Ana Ruiz (Chile) stressed"), "of the <organization>" ("Jane Doe of
  the Port Authority", or of any capitalised phrase a verb follows);
- a list with a person's name, joined by "and" ("chaired by Dr. Ana Ruiz and Tomas Berg");
- an abbreviated title before it ("PM Bainimarama", "DG Okafor"), a lowercase title of news
  style before it or in apposition ("US trade representative Kate Lane", "Chile's foreign
  minister, Pedro Soto,"), a title with a complement right after it without a comma ("Ana
  Costa Minister of Health, Brazil");
- or a later "Mr./Dr./title + surname" of it (the coref module joins a bare run of two words or
  more to a person named elsewhere by a part of it; a bare single word only to the one person
  whose surname, or middle name, it is, or whose whole name it is: "Costa" after "Minister
  Costa").

An apposition opens with a comma or a dash ("Sara Lind - President of Chile -"); a second title
after ", and" closes it too ("..., Chair of the Council, and Director of the Port"), and so does
a country or an organization, an acronym alone too ("..., Minister of Health, Oman,", "...,
Chairman FBR,"). A title with its article after
a name that a comma opens, a verb after the title, is the sentence's subject ("With his wife,
Ana Ruiz, the Director-General discussed ..."); a determined title after a name that has its
title before it is a list's next item ("the Minister, Mr. A, the Chair of B, and Ms. C"). A
title that opens the sentence, followed by one word, a comma and an honorific, goes to the name
after, the word being its organization, no name ("Vice Chancellor Elmfield, Prof Dr Ana Ruiz
welcomed ...").

Styles of other languages: a family name in capitals first or alone ("QU Dongyu", "Mr. LIN";
a word of two or three capitals only where a name is expected: after an honorific or a title,
or with a title in apposition), honorifics spaced ("H. E."), glued to the name ("H.E.Tibor",
cut by the tokenizer) or foreign ("Alhaji", "U", "Daw"), a peer's style with the place of the
peerage ("Baroness Ruiz of Elmfield"), a three-letter month as a first name before a name word
("Jan Berg"), a regnal number kept ("Elizabeth II"), a retired mark skipped ("Ambassador (R) X").

Runs inside an organization's name ("Eurasian Economic Commission", "Russian Railways",
"Federal Customs Service"), countries, months and sentence openers are never names, nor is a run
after an article with no title between ("the Bergen Policy Institute"). A title with an article
between two names introduces the next one ("X, the Minister of Culture, Mr. Y").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from typing import NamedTuple

from briefcli.analysis.countries import unknown_demonym_place
from briefcli.analysis.grammar import finite_cue, is_verbish
from briefcli.analysis.titles import (
    Title,
    chunk_end,
    determined,
    honorific_title,
    title_core_at,
    with_lower_complement,
    with_place_complement,
)
from briefcli.analysis.words import (
    HONORIFIC_PHRASE_LAST,
    HONORIFIC_PHRASE_TOKENS,
    SentenceView,
    acronym_in_brackets,
    honorific_at,
    prev_word,
    span_text,
)
from briefcli.lang import en as lex
from briefcli.lang.en import MONTHS, NAME_VERB_FILLERS, TITLE_DETERMINERS, TITLE_RELATIVES
from briefcli.model import Gender, Word
from briefcli.regexes import pattern
from briefcli.text.tokens import GLUED_INITIALS

__all__ = ["Named", "RunContext", "coordinate_names", "family_name", "find_name_runs", "read_name"]


# A Korean given name as romanised, two syllables joined by a hyphen, the second in lowercase:
# "Ki-moon", "Jae-in" ("Okonjo-Iweala", a family name, has a capital after its hyphen).
_KOREAN_GIVEN = pattern(r"[A-Z][a-z]+-[a-z]+")


def title_gender(texts: Iterable[str]) -> Gender | None:
    """The gender the words of titles or name forms tell, when they agree ("Chairwoman",
    "Baroness": ``GENDERED_TITLE_WORDS``); None when none does or they disagree."""
    told = {lex.GENDERED_TITLE_WORDS.get(w) for text in texts for w in text.lower().replace("-", " ").split()}
    told.discard(None)
    return told.pop() if len(told) == 1 else None


def family_name(name: str, country: str | None = None) -> str:
    """The family name of a full name: the word written in capitals where the others are not
    ("QU Dongyu", "Kazuhiko KOSHIKAWA": the style of the text's own language); the first word
    before a Korean given name ("Ban Ki-moon"); for a person of
    China (``country``, as the person's organisation or title gives it), a common family name
    that opens a name of two or three words ("Han Changfu"); the name before a peer's "of"
    ("Jenkin of Kennington"); else the last word ("Kunio Mikuriya")."""
    words = name.split()
    if len(words) >= 2 and _REGNAL.fullmatch(words[-1]):
        return " ".join(words[-2:])  # a monarch's name and number: "Mswati III", never "III"
    if len(words) >= 3 and "of" in words[1:-1]:
        return words[words.index("of") - 1]  # a peer's title: "Jenkin of Kennington" is Jenkin
    caps = [w for w in words if w.isalpha() and w.isupper() and _syllable(w)]
    if len(caps) == 1 and len(words) >= 2 and any(not w.isupper() for w in words):
        return caps[0]
    if len(words) in (2, 3) and _KOREAN_GIVEN.fullmatch(words[-1]):
        return words[0]  # "Ban Ki-moon", "Kang Kyung-wha": a Korean given name last
    if (
        country is not None
        and any(c in country.lower() for c in lex.FAMILY_FIRST_COUNTRIES)
        and len(words) in (2, 3)
        and words[0].lower() in lex.FAMILY_FIRST_SURNAMES
    ):
        return words[0]
    return words[-1] if words else name


def called(name: str, country: str | None = None) -> str:
    """The family name as a reader calls the person after the first mention: ``family_name``
    with the lowercase particles before it ("de Croo" of "Herman de Croo", "van der Berg") and
    an Arabic article or kunya in any case ("Al Harbi" of "Omar Al Harbi", "Abu Nasser");
    not a patronymic ("bin", "arap") (``FAMILY_NAME_PARTICLES`` and
    ``FAMILY_ANY_CASE_PARTICLES`` say which)."""
    family = family_name(name, country)
    words = name.split()
    tail = family.split()
    if not words or words[-len(tail) :] != tail:
        return family
    k = len(words) - len(tail)  # "dela Cruz III": a regnal number after the family name too
    while k > 1 and (
        words[k - 1] in lex.FAMILY_NAME_PARTICLES or words[k - 1].casefold() in lex.FAMILY_ANY_CASE_PARTICLES
    ):
        k -= 1
    return " ".join(words[k:])


_VOWELS = frozenset("AEIOUY")


def _syllable(word: str) -> bool:
    """Whether a word in capitals reads as a name, not as initials: a vowel in a word of three
    letters or more ("KURAMOTO", "LIN"), or after the first letter of two ("QU", "LI"); not
    "SC" nor "AK" (as in "SC Sharma")."""
    if len(word) >= 3:
        return not _VOWELS.isdisjoint(word)
    return len(word) == 2 and word[1] in _VOWELS


_MONTHS = frozenset(MONTHS)
# "in Lisbon", "the Costa plan": a word after these is no surname of its own
_NOT_BEFORE_SURNAME = frozenset(w for w in lex.PLACE_LEADS if " " not in w) | lex.ARTICLES
_MODIFIED_HEADS = lex.GROUP_HEADS | lex.BODY_HEADS | lex.DOCUMENT_NOUNS  # "Costa officials"
# "at Geneva, the Director General said": before a known city, where things happen ("to" is
# also "according to", before a person)
_AT_PLACE = lex.LOCATIVES - {"to"}
_BUILDING_NOUNS = lex.THING_CUES | lex.VENUE_NOUNS  # "Tower", "Hospital": a name ending on one, a thing's
# the styles an article opens ("the Honourable Ana Hall"): a person's, whatever the name's last word
_STYLES_AFTER_ARTICLE = frozenset(h.split()[1] for h in lex.HONORIFICS if h.startswith("the "))
_REGNAL = pattern(r"[IVX]{2,5}")  # "II", "XVI" ("V" alone is a name word already)
_MAX_NAME_WORDS = 6
_APPOSITION_MARKS = frozenset((",", "-", "–", "—"))  # what opens an apposition after a name
_PERSONAL_RELATIVE = "who"  # English's relative pronoun of persons ("which" is of things)


@dataclass(slots=True, eq=False, repr=False)
class Named:
    """A mention of a person by name, with the titles around it."""

    sent: int
    para: int
    start: int  # chars: the surface form, honorifics and a title before the name included
    end: int
    name_start: int
    name_end: int
    words: tuple[str, ...]
    titles: list[tuple[Title, int]]  # (title, rank: 0 best), in the mention's sentence
    org_after: str | None
    gender: Gender | None
    cued: bool
    prev: str | None  # the lowercased word before the mention
    person: int | None = None
    described: tuple[str, str | None] | None = None  # (title, org) of a lowercase apposition
    # a second title coordinated with the apposed one, with its own organisation: "Tom Ode,
    # Director of Ports, and [Chair of the Regional Board]"
    coordinated: tuple[tuple[Title, str | None], ...] = ()
    # the organisation that closes the apposition after the title, not "of X" right after the
    # name: "Tom Berg, Member of the Trade Committee, [Blue Group],"
    closing_org: str | None = None


# --- Runs -------------------------------------------------------------------------------------


def _is_name_word(toks: Sequence[Word], j: int, acronyms: dict[str, str]) -> bool:
    t = toks[j]
    if not t.name_word:
        return False
    # "June" may be a name, "June 2021" is not; a month of three letters ("May", "Jan") only
    # before a name word, past a name's particles ("Jan Berg", "May Chen", "Jan de Vries")
    if t.base_low in _MONTHS:
        near = [toks[x] for x in (j - 1, j + 1) if 0 <= x < len(toks)]
        if any(x.digit for x in near):
            return False
        k = _past_particles(toks, j + 1)
        if len(t.base_low) <= 3 and not (
            k < len(toks) and toks[k].name_word and toks[k].base_low not in _MONTHS
        ):
            return False
    return not (t.acro and t.base in acronyms)


def _initial(toks: Sequence[Word], free: list[bool], j: int, acronyms: dict[str, str]) -> bool:
    """Token ``j`` is an initial, its full stop and a name word after it: "John F. Kennedy",
    "K.T. Hammond" (initials written together, the tokenizer's one word)."""
    t = toks[j]
    return (
        (len(t.base) == 1 or (GLUED_INITIALS.fullmatch(t.base) is not None and not t.honorific))
        and t.cap
        and j + 2 < len(toks)
        and toks[j + 1].text == "."
        and free[j + 2]
        and (_is_name_word(toks, j + 2, acronyms) or _initial(toks, free, j + 2, acronyms))  # "A. K. Sharma"
    )


def _honorific_initials(toks: Sequence[Word], j: int) -> int:
    """The tokens of an honorific written as spaced initials from token ``j`` ("H. E. Ilham
    ..."), 0 if there is none: never a name's initials."""
    letters: list[str] = []
    k = j
    while k + 1 < len(toks) and len(toks[k].base) == 1 and toks[k].cap and toks[k + 1].text == ".":
        letters.append(toks[k].base_low)
        k += 2
        if len(letters) >= 2 and ".".join(letters) in lex.HONORIFICS:
            return k - j
    return 0


def _abbreviated_particle(toks: Sequence[Word], free: list[bool], j: int, acronyms: dict[str, str]) -> bool:
    """Whether token ``j`` is an abbreviated particle, its full stop and a name word after it:
    "Gabriela St. Clair", "Ms. St. Clair" (see ``NAME_ABBREVIATED_PARTICLES``)."""
    return (
        j + 2 < len(toks)
        and toks[j].cap
        and toks[j].base_low in lex.NAME_ABBREVIATED_PARTICLES
        and toks[j + 1].text == "."
        and free[j + 1]
        and free[j + 2]
        and _is_name_word(toks, j + 2, acronyms)
    )


def _after_abbreviated_given(toks: Sequence[Word], free: list[bool], j: int) -> bool:
    """Whether token ``j`` is the name an abbreviated given name announces, whatever word it
    spells: "Ahmad Mohd Nor", "Md Ali" ("Mohd" and "Md" stand for Muhammad, and a name
    follows them)."""
    t = toks[j]
    return (
        j > 0
        and free[j]
        and t.cap
        and t.alpha
        and not t.acro
        and toks[j - 1].cap
        and toks[j - 1].base_low in lex.NAME_ABBREVIATED_GIVEN
    )


_WEEKDAY_SHORT = 3  # "Thu", "Sun": a weekday written short is also a given or middle name


def _weekday_inside_name(toks: Sequence[Word], free: list[bool], j: int, acronyms: dict[str, str]) -> bool:
    """Whether the short weekday at ``j``, a name already running before it, is a word of the
    name, another name word after it: "Ms. Pham Thu Hang", "Dr. Lee Sun Hee"."""
    return (
        len(toks[j].base) == _WEEKDAY_SHORT
        and toks[j].cap
        and free[j]
        and j + 1 < len(toks)
        and free[j + 1]
        and _is_name_word(toks, j + 1, acronyms)
    )


_NICKNAME_OPENERS = frozenset(('"', "“"))
_NICKNAME_CLOSERS = frozenset(('"', "”"))


def _quoted_nickname(toks: Sequence[Word], free: list[bool], j: int, acronyms: dict[str, str]) -> bool:
    """Whether a nickname in quotation marks stands at ``j`` inside a name, a name word after
    it: 'Rep. Ma. Luisa "Malou" Santiago-Reyes' (a Philippine style)."""
    return (
        j + 3 < len(toks)
        and toks[j + 2].text in _NICKNAME_CLOSERS
        and toks[j + 1].name_word
        and free[j + 1]
        and free[j + 3]
        and _is_name_word(toks, j + 3, acronyms)
    )


def _name_goes_on(toks: Sequence[Word], free: list[bool], j: int, acronyms: dict[str, str]) -> int:
    """Where a name that has reached token ``j`` goes on to, or 0 if it ends there: past an
    initial or an abbreviated particle, a name word, or lowercase particles before one."""
    if _initial(toks, free, j, acronyms):
        return j + 2  # the initial and its full stop: a name word or another initial follows
    if _abbreviated_particle(toks, free, j, acronyms):
        return j + 3
    if _is_name_word(toks, j, acronyms) or _after_abbreviated_given(toks, free, j):
        return j + 1
    if toks[j].weekday and _weekday_inside_name(toks, free, j, acronyms):
        return j + 1
    if toks[j].text in _NICKNAME_OPENERS and _quoted_nickname(toks, free, j, acronyms):
        return j + 4
    # "Ursula von der Leyen": lowercase particles before another name word
    n = len(toks)
    k = j
    while k < n and free[k] and not toks[k].cap and toks[k].base_low in lex.NAME_PARTICLES and k - j < 3:
        k += 1
    if k > j and k < n and free[k] and _is_name_word(toks, k, acronyms):
        return k
    return 0


_MAX_SYLLABLE_LETTERS = 3


def _given_syllable(toks: Sequence[Word], i: int, j: int) -> int:
    """Past a short capitalised word that reads as a function word but is a syllable of a given
    name after a family name in capitals: "NGUYEN Van [An]", "LE Thi [To]" (a capitalised "An"
    inside a sentence is no article); 0 otherwise."""
    t, before = toks[j], toks[j - 1]
    if not (toks[i].caps_name and j - i in (1, 2) and t.cap and t.alpha and not t.acro):
        return 0
    if (
        len(t.base) > _MAX_SYLLABLE_LETTERS
        or len(before.base) > _MAX_SYLLABLE_LETTERS + 1
        or t.base_low in _MONTHS
    ):
        return 0  # "QU Dongyu In his speech": a sentence's first word after a name
    return j + 1 if j + 1 >= len(toks) or not toks[j + 1].cap else 0


def _first_after_honorific(toks: Sequence[Word], free: list[bool], i: int, acronyms: dict[str, str]) -> bool:
    """Whether token ``i`` opens a name though it spells a function word: right after an
    honorific, capitalised, before a name word ("Dr Nor Aini Sulaiman", "Mr. An Tran")."""
    t = toks[i]
    return (
        t.cap
        and t.alpha
        and not t.acro
        and not t.honorific
        and not t.honorific_start
        and _after_honorific(toks, i)
        and i + 1 < len(toks)
        and free[i + 1]
        and _is_name_word(toks, i + 1, acronyms)
    )


def _after_honorific(toks: Sequence[Word], i: int) -> bool:
    """An honorific stands right before token ``i``, its full stop aside: "Mr. LIN"."""
    q = i - 1
    if q > 0 and toks[q].text == ".":
        q -= 1
    return q >= 0 and toks[q].honorific


def _family_in_capitals(
    toks: Sequence[Word], free: list[bool], j: int, acronyms: dict[str, str], families: Set[str] = frozenset()
) -> bool:
    """Token ``j`` is a family name in capitals as UN style writes it, first or alone: after an
    honorific ("Mr. LIN", "Ms. WICKRAMANAYAKE") or before a mixed-case name word ("QU Dongyu");
    or after a title's head when a full name before wrote it so ("Commissioner KIM" after "Mr.
    KIM Min-soo": ``families``); never an acronym the text defines."""
    t = toks[j]
    if not (t.caps_name and free[j]) or t.poss or t.base in acronyms or len(t.base) < 2:
        return False  # an initial is no family name
    if _styled_family(toks, j, families):
        return True
    nxt = j + 1
    return nxt < len(toks) and free[nxt] and toks[nxt].name_word and not toks[nxt].acro


def _styled_family(toks: Sequence[Word], j: int, families: Set[str]) -> bool:
    """Whether token ``j`` stands after an honorific ("Mr. NASSER"), or is a family name in
    capitals a full name before wrote, after a title's head ("Commissioner KIM") or alone
    before a lowercase word, its verb ("Mr. Tevita FALEAFA ... FALEAFA thanked China")."""
    if _after_honorific(toks, j):
        return True
    return toks[j].base in families and (
        _after_title_head(toks, j) or (j + 1 < len(toks) and toks[j + 1].lower and not toks[j].poss)
    )


def _styled_particles(toks: Sequence[Word], free: list[bool], i: int, acronyms: dict[str, str]) -> int:
    """Where the name word is that lowercase particles at token ``i`` lead to, when an honorific
    or a title's head stands before them, as the text calls a person by a family name with its
    particles: "Eng. van Dijk explained", "Prime Minister de Wit proposed", "Dr. bin Omar
    said"; else 0 (a particle after another word is no name's start: "the port of la ...")."""
    if not (_after_honorific(toks, i) or _after_title_head(toks, i)):
        return 0
    k = _past_particles(toks, i, free)
    return k if i < k < len(toks) and free[k] and _is_name_word(toks, k, acronyms) else 0


_MAX_PARTICLES = 3  # "van der", "de la", "de los"


def _past_particles(toks: Sequence[Word], i: int, free: Sequence[bool] = ()) -> int:
    """Where the lowercase particles of a name from token ``i`` end ("de la [Fuente]"); ``i``
    when none stands there. A particle must be ``free`` when that is given."""
    k = i
    while (
        k < len(toks)
        and k - i < _MAX_PARTICLES
        and (not free or free[k])
        and toks[k].lower
        and toks[k].base_low in lex.NAME_PARTICLES
    ):
        k += 1
    return k


def _after_title_head(toks: Sequence[Word], j: int) -> bool:
    """A capitalised title's head word stands right before token ``j``, as a name follows it:
    "Commissioner KIM stated ...", "Director General BATBOLD noted ..." (not an acronym the
    text never wrote as a family name: "Chairman PRA")."""
    q = j - 1
    return q >= 0 and toks[q].cap and toks[q].title_word and not toks[q].caps_name


def _peerage_place(toks: Sequence[Word], free: list[bool], i: int, j: int, acronyms: dict[str, str]) -> int:
    """Where the place of a peerage ends, when "of" and one name word follow the name that a
    peer's style opens at ``i`` ("Baroness Jenkin of Elmfield", "Lord Ruiz of Hove"); else 0."""
    q = i - 1 - (i > 1 and toks[i - 1].text == ".")
    if not (
        q >= 0
        and toks[q].base_low in lex.PEERAGE_HONORIFICS
        and toks[j].low == "of"
        and j + 1 < len(toks)
        and free[j + 1]
        and _is_name_word(toks, j + 1, acronyms)
    ):
        return 0
    return j + 2


def find_name_runs(
    toks: Sequence[Word], free: list[bool], acronyms: dict[str, str], families: Set[str] = frozenset()
) -> list[tuple[int, int]]:
    """Maximal runs of name words (with particles and initials inside) among the ``free``
    tokens; ``acronyms`` are the ones the text defines, ``families`` the family names in
    capitals that full names before wrote beside a mixed-case word ("KIM" of "KIM Min-soo")."""
    runs: list[tuple[int, int]] = []
    n = len(toks)
    after = 0  # the end of the last run
    starts = (
        x
        for x, t in enumerate(toks)
        if (
            t.name_open  # "Ana", "QU", "J", "Md. Rafiq Islam", "Eng. van Dijk"
            or (t.cap and t.alpha and _after_honorific(toks, x))  # "Dr Nor Aini Hassan"
        )
        and free[x]
    )
    for i in list(starts):
        if i < after:
            continue
        spaced = _honorific_initials(toks, i)
        if spaced:  # "H. E. Ilham ...": the name starts after them
            after = i + spaced
            continue
        j = _run_opening(toks, free, i, acronyms, families)
        if not j:
            continue
        while j < n and free[j] and not toks[j - 1].poss:
            nxt = (
                _name_goes_on(toks, free, j, acronyms)
                or _peerage_place(toks, free, i, j, acronyms)
                or _given_syllable(toks, i, j)
            )
            if not nxt:
                break
            j = nxt
        after = j
        # an all-caps word is a name only beside a mixed-case one ("KURAMOTO Norikazu") or
        # after an honorific ("Mr. NASSER") or a title's head ("Commissioner NASSER")
        if all(toks[x].acro for x in range(i, j) if toks[x].alpha) and not _styled_family(toks, i, families):
            continue
        if j - i == 1 and len(toks[i].base) == 1:
            continue  # an initial alone ("Dr. T. said") is no name
        runs.append((i, j))
    return runs


def _run_opening(
    toks: Sequence[Word], free: list[bool], i: int, acronyms: dict[str, str], families: Set[str]
) -> int:
    """Where a name that opens at token ``i`` goes on from, past what opens it, or 0 when no
    name opens there."""
    if _initial(toks, free, i, acronyms):
        return i + 2  # "J. Ruiz", "Dr. T. Berg"
    if _abbreviated_particle(toks, free, i, acronyms):
        return i + 3  # "Ms. St. Clair", "Md. Rafiq Islam"
    styled = toks[i].lower and _styled_particles(toks, free, i, acronyms)  # "Eng. van Dijk"
    if styled:
        return styled
    if (
        _is_name_word(toks, i, acronyms)
        or _family_in_capitals(toks, free, i, acronyms, families)
        or _first_after_honorific(toks, free, i, acronyms)
    ):
        return i + 1
    return 0


# --- What marks a run -------------------------------------------------------------------------


class RunContext(NamedTuple):
    """The sentence's titles by first and end token, and where its name runs start and end."""

    ends_at: dict[int, Title]
    starts_at: dict[int, Title]
    run_starts: set[int]
    run_ends: frozenset[int] = frozenset()
    runs: tuple[tuple[int, int], ...] = ()


def _name_text(toks: Sequence[Word], a: int, b: int) -> tuple[str, ...]:
    """The words of a name as written, an initial with its full stop, the last without a
    possessive: "John F. Kennedy's" -> ("John", "F.", "Kennedy")."""
    parts: list[str] = []
    x = a
    while x < b:
        if toks[x].text in _NICKNAME_OPENERS and x + 2 < b:
            x += 3  # a nickname in quotation marks is no word of the name: 'Ma. Luisa "Malou" Reyes'
            continue
        if toks[x].text == "." and parts:
            parts[-1] += "."  # an initial: "John F. Kennedy"
        else:
            parts.append(toks[x].base if x == b - 1 else toks[x].text)
        x += 1
    return tuple(parts)


def _spaced_initials(toks: Sequence[Word], q: int) -> tuple[int, str] | None:
    """An honorific of initials written with spaces that ends at token ``q`` ("H. E.",
    "H. R. H."): its first token and its key ("h.e"); None if there is none."""
    letters: list[str] = []
    while q >= 0 and len(toks[q].text) == 1 and toks[q].cap:
        letters.append(toks[q].base_low)
        if q < 2 or toks[q - 1].text != ".":
            break
        q -= 2
    key = ".".join(reversed(letters))
    if len(letters) < 2 or key not in lex.HONORIFICS:
        return None
    return q, key


_HONORIFIC_ENDS = frozenset({".", "'", "’"})


def _honorific_ending_at(toks: Sequence[Word], p: int) -> tuple[int, int, str] | None:
    """The honorific that ends right before token ``p``, its full stop aside ("Dr.", "His
    Excellency" or "H. E." before a name): its first token, its end and its key; None if there
    is none."""
    q = p - 1
    if toks[q].text in _HONORIFIC_ENDS and q > 0:
        q -= 1  # "Dr." and Malay "Dato'"
    spaced = _spaced_initials(toks, q) if toks[q].cap and len(toks[q].text) == 1 else None
    if spaced is not None:
        return spaced[0], q + 1, spaced[1]
    if not (toks[q].honorific or toks[q].base_low in HONORIFIC_PHRASE_LAST):
        return None
    for k in range(HONORIFIC_PHRASE_TOKENS, 0, -1):  # "The Rt. Hon." is 5 tokens
        if q - k + 1 >= 0 and honorific_at(toks, q - k + 1) == k:
            return q - k + 1, q + 1, " ".join(t.base_low for t in toks[q - k + 1 : q + 1] if t.text != ".")
    return None


def _retired_before(toks: Sequence[Word], p: int) -> int:
    """The tokens of a retired holder's mark in brackets that ends right before token ``p``
    ("(R)", "(Retd.)"), 0 if none."""
    if p < 3 or toks[p - 1].text != ")":
        return 0
    q = p - 2 - (toks[p - 2].text == ".")
    if q >= 1 and toks[q].base_low in lex.RETIRED_MARKS and toks[q - 1].text == "(":
        return p - q + 1
    return 0


def _past_retired(toks: Sequence[Word], j: int) -> int:
    """Token ``j``, or the token after a retired mark in brackets that opens there."""
    for k in (3, 4):
        if j + k <= len(toks) and toks[j].text == "(" and _retired_before(toks, j + k) == k:
            return j + k
    return j


def _rank_before(toks: Sequence[Word], p: int) -> bool:
    """A rank's abbreviation and its full stop end right before token ``p`` ("Sen. Ana"), not
    a family name that ends a sentence the splitter kept whole ("Amartya Sen. Ana ...")."""
    if not (p >= 2 and toks[p - 1].text == "." and toks[p - 2].text in lex.RANK_ABBREVIATIONS):
        return False
    prev = toks[p - 3] if p >= 3 else None
    return prev is None or not prev.name_word or prev.base_low in lex.PAST_MODIFIERS


def _standalone_rank(toks: Sequence[Word], q: int) -> bool:
    """Whether token ``q`` is a rank that is also a title word ("General"), standing as a rank:
    capitalised, after a comma, another rank or at the start ("the Chief of Staff, [General]
    Tomas Ruiz,", "Lieutenant [General] Tomas Ruiz"), not after a title ("Secretary General Ana
    Ruiz") nor an article ("a General Conference decision")."""
    if q < 0 or not toks[q].cap or toks[q].base_low not in lex.STANDALONE_RANKS:
        return False
    if q == 0:
        return True
    prev = toks[q - 1]
    return prev.text in {",", "(", "-", "–"} or prev.honorific


def _with_rank(rank: str, after: str | None) -> str:
    """A rank before the one already read nearer the name: "Lt." before "Gen." is "Lieutenant
    General"."""
    return f"{rank} {after}" if after else rank


def _written(toks: Sequence[Word], a: int, b: int) -> str:
    """Tokens ``a``..``b`` as written, their full stops aside: "Air Chief Marshal"."""
    return " ".join(t.text for t in toks[a:b] if t.text != ".")


class _Before(NamedTuple):
    """What stands before a name: honorifics and titles, nearest first."""

    start: int  # the first token of the chain
    gender: Gender | None
    honorific: bool
    titles: list[Title]
    only_honorific_titles: bool  # every title is an honorific one ("Ambassador")
    rank: str | None = None  # the title a rank's abbreviation stands for: "Sen." -> "Senator"


def _before_name(toks: Sequence[Word], a: int, ends_at: dict[int, Title]) -> _Before:
    """The honorifics and titles right before the name at ``a``: "H.E. Capt.", "Prime Minister"."""
    p, gender, honorific, rank = a, None, False, None
    pre: list[Title] = []
    while p > 0:
        k = _retired_before(toks, p)
        if k and (p - k in ends_at or _honorific_ending_at(toks, p - k)):
            p -= k  # "Ambassador (R) Tariq Khan": retired, between the title and the name
        if _rank_before(toks, p):
            # "Sen. Ana Ruiz", "Lt. Gen. Tom Berg": the rank written short is the title
            rank = _with_rank(lex.RANK_ABBREVIATIONS[toks[p - 2].text], rank)
            honorific, p = True, p - 2
            continue
        hit = _honorific_ending_at(toks, p)
        longer = ends_at.get(p)
        if hit is not None and not (longer is not None and not longer.used and longer.start < hit[0]):
            # (a title that ends on an honorific's word is the title: "Assistant Professor")
            gender = gender or lex.HONORIFICS.get(hit[2])
            if hit[2] in lex.RANK_HONORIFICS:  # "Rear Admiral Ana Ruiz": the rank is her title
                rank = _with_rank(_written(toks, hit[0], hit[1]), rank)
            honorific, p = True, hit[0]
            continue
        if honorific and p > 1 and toks[p - 1].text == "," and _honorific_ending_at(toks, p - 1):
            p -= 1  # "Her Excellency, Dr Ana Ruiz": a comma between two honorifics
            continue
        if _standalone_rank(toks, p - 1):  # "the Chief of Staff, General Ana Ruiz": a General
            rank = _with_rank(toks[p - 1].text, rank)
            honorific, p = True, p - 1
            continue
        title = ends_at.get(p)
        if title is None or title.used:
            break
        pre.append(title)
        p = title.start
    return _Before(p, gender, honorific, pre, all(honorific_title(t) for t in pre), rank)


def _building_named(toks: Sequence[Word], start: int, before: _Before) -> bool:
    """Whether an article opens the honorific or title before a name ending on a building's
    noun: the building is named after the person ("visited the Sheikh Rashid Tower", "the
    Queen Amina Hospital"); a person takes no article there, bar a style ("the Hon. Ana Hall")."""
    if before.titles and toks[start].base_low in lex.ARTICLES:
        return True  # the title's own article: "the Queen Amina Hospital"
    return (
        (before.honorific or bool(before.titles))
        and start > 0
        and toks[start - 1].base_low in lex.ARTICLES
        and toks[start].base_low not in _STYLES_AFTER_ARTICLE
    )  # "the Her Majesty Queen Sirikit Park", "the Sheikh Rashid Tower"


def _bracketed_country(view: SentenceView, j: int) -> tuple[int, str] | None:
    """A country in brackets after a name, as meeting records give a delegate's ("Ana Ruiz
    (Chile)"): where it ends and the country; None if there is none."""
    toks = view.words
    if not (j + 1 < len(toks) and toks[j].text == "(" and j + 1 in view.countries):
        return None
    end, country, demonym = view.countries[j + 1]
    if demonym or end >= len(toks) or toks[end].text != ")":
        return None
    return end + 1, country


def _past_nickname(view: SentenceView, j: int) -> int:
    """Past the name a person goes by, in brackets after the full one, so that the title after
    it is still in apposition: "Ms. LI Wen (Grace), Programme Officer"; not a country, nor an
    acronym ("Ana Ruiz (WCO)")."""
    toks = view.words
    if (
        j + 2 < len(toks)
        and toks[j].text == "("
        and toks[j + 2].text == ")"
        and toks[j + 1].name_word
        and not toks[j + 1].acro
        and j + 1 not in view.in_country
    ):
        return j + 3
    return j


def _org_after(view: SentenceView, b: int, titled: bool = False) -> tuple[int, str | None]:
    """Post-nominals (", MP") and "of <organization>" after the name ending at ``b``: where they
    end, and the organization ("Jane Doe of the Port Authority"; "Jane Doe of the Daily Courier"
    when a verb follows it; "Minister Jane Doe of Karvonia" when a title (``titled``) is before
    the name: the office's owner)."""
    toks = view.words
    n = len(toks)
    j = b
    while j < n:
        if (
            j + 1 < n
            and toks[j].text == ","
            and toks[j + 1].base_low in lex.POST_NOMINALS
            and toks[j + 1].acro
        ):
            j += 2  # "Jane Doe, MP"
        elif toks[j].base_low in lex.POST_NOMINALS and toks[j].acro:
            j += 1  # "Jane Doe MEP"
        else:
            break
    country = _bracketed_country(view, j)
    if country is not None:
        return country
    j = _past_nickname(view, j)
    if j + 1 >= n or toks[j].base_low != "of":
        return j, None
    k = j + 1 + (toks[j + 1].low == "the" and j + 2 < n)  # "of the Port Authority"
    org_end = _org_span_end(view, k)  # "of the University of Lagos"
    if org_end is not None:
        return org_end, span_text(view, k, org_end)
    if toks[k].cap and toks[k].alpha:
        end = chunk_end(view, k, k > j + 1)
        named = view.countries.get(k)
        if named is not None and named[0] > end and not named[2]:
            # "Ana Ruiz of the Republic of Korea": a state's long name holds its own "of"
            end = named[0]
        if named is not None and named[0] < end and toks[named[0]].base_low == "and":
            # "Tom Berg of Slovenia and NATO Deputy Secretary General Li Wei": the "and" joins
            # the next person, not a second owner
            end = named[0]
        if end > k and (
            k in view.in_country
            or any(t.org_cue for t in toks[k:end])
            or toks[k].acro
            # "Jane Doe of the Daily Courier said", "Tom Berg of Karvonia arrived": a finite verb
            # after it makes the whole one subject
            or (end < n and toks[end].base_low in lex.NAME_VERBS)
            or ((titled or _verb_after(toks, end)) and toks[k].month is None and not toks[k].weekday)
        ):
            return end, span_text(view, k, end)
    return j, None


def _name_follows(toks: Sequence[Word], j: int, run_starts: set[int]) -> bool:
    """Does a name (after any honorifics) start at token ``j``?"""
    while j < len(toks):
        if toks[j].text == ".":
            j += 1
            continue
        k = honorific_at(toks, j)
        if not k:
            break
        j += k
    return j in run_starts


def _honorific_follows(toks: Sequence[Word], j: int) -> bool:
    while j < len(toks) and toks[j].text == ".":
        j += 1
    return j < len(toks) and honorific_at(toks, j) > 0


def _title_right_after(view: SentenceView, j: int, ctx: RunContext) -> Title | None:
    """A title with a complement right after the name, without a comma, that no name follows:
    "congratulated Ana Maria Costa Minister of Health, Brazil, on ..."."""
    title = ctx.starts_at.get(j)
    if title is None or title.used or title.det is not None or not title.segments[-1].comps:
        return None
    end = title.end
    if end in ctx.run_starts or _honorific_follows(view.words, end):
        return None
    return title


def _title_as(view: SentenceView, j: int, ctx: RunContext) -> Title | None:
    """A title right after the name and "as", the post the person holds or takes up: "elected
    Ms. Ana Ruiz as its Vice Chair", "the appointment of Mr. Tom Berg as Deputy Secretary
    General"; not one a name follows ("Mr. X as well as the Minister, Ms. Y": no title there)."""
    toks = view.words
    if not (j + 1 < len(toks) and toks[j].low == "as"):
        return None
    title = ctx.starts_at.get(j + 1)
    if title is None or title.used or title.end in ctx.run_starts or _honorific_follows(toks, title.end):
        return None
    if (
        title.end < len(toks)
        and toks[title.end].text == ","
        and _name_follows(toks, title.end + 1, ctx.run_starts)
    ):
        return None
    return title


def _owner_word(view: SentenceView, titles: Sequence[tuple[Title, int]], before: _Before) -> str | None:
    """The organisation that one word between a title and the comma before the name gives (see
    ``_title_owner``): "Vice Chancellor Elmfield, Prof Dr Ana Ruiz" -> "Elmfield"."""
    comma = before.start - 1
    for title, rank in titles:
        if rank == 1 and title.end == comma - 1 and view.words[title.end].cap:
            return view.words[title.end].text
        if rank == 1 and title.end < comma and (country := _owning_country(view, title.end, comma)):
            return country  # "Trade Minister Ghana, Kofi Mensah"
    return None


def _led_by(toks: Sequence[Word], x: int) -> bool:
    """Whether token ``x`` is the "by" of "led by", "headed by" (``LEADER_PARTICIPLES``)."""
    return x >= 1 and toks[x].low == "by" and toks[x - 1].low in lex.LEADER_PARTICIPLES


def _led_body(view: SentenceView, titles: Sequence[Title]) -> str | None:
    """The organisation a bare title before a name leads, as "led by" right after its name
    says: "the Elmfield Trade Council led by the Chair, Ambassador Tom Berg" makes him Chair of
    the Council. Only a title with no complement nor prefix of its own (a bare "the Chair",
    "its Dean")."""
    toks = view.words
    first = min(titles, key=lambda t: t.start, default=None)
    if first is None or first.prefix is not None or any(seg.comps for seg in first.segments):
        return None
    x = first.start - 1  # the title's article is its first token: "[by] the Chair"
    if not (x >= 2 and _led_by(toks, x)):
        return None
    head = {toks[k].low for k in range(first.start, first.end)}
    its = toks[x - 2].text == "," and first.det is not None and toks[first.det].low == "its"
    body = min((a for a, b in view.org_spans if b == x - 2), default=None) if its else None
    if body is not None and not _sent_by(toks, body) and not _after_delegation(toks, body):
        # no delegation before the body: "its" is the body's own ("The Trade Council, led by
        # its chairwoman, Ms. Eva Lind,")
        return span_text(view, body, x - 2)
    if its and not head & _DELEGATION_HEADS:
        # a delegation has a head, not the body's offices: "a delegation from the Port Board,
        # led by its Director General, Mr. X" is the Board's Director General
        start = min((a for a, b in view.org_spans if b == x - 2), default=None)  # the whole name
        return span_text(view, start, x - 2) if start is not None and _sent_by(toks, start) else None
    # right after the name, no comma: "A delegation of the Board, led by its Chair" may be the
    # delegation's leader
    return next((span_text(view, a, b) for a, b in view.org_spans if b == x - 1), None)


def _delegation_body(view: SentenceView, titles: Sequence[Title]) -> str | None:
    """The organisation whose name stands before the delegation a title's holder leads: "a
    Harbour Board delegation led by the Director for Europe, Ms. Ana Ruiz" makes her the
    Board's Director for Europe (not an official of the date line's country)."""
    toks = view.words
    first = min(titles, key=lambda t: t.start, default=None)
    if first is None or first.prefix is not None:
        return None
    x = first.start - 1
    if not (x >= 3 and _led_by(toks, x) and toks[x - 2].low in lex.DELEGATION_NOUNS):
        return None
    return next((span_text(view, a, b) for a, b in view.org_spans if b == x - 2 and a < b), None)


# What a delegation has itself: "a delegation of the Board, led by its Chair" may be its own chair.
_DELEGATION_HEADS = lex.CHAIR_TITLES | {"head", "leader"}


def _after_delegation(toks: Sequence[Word], start: int) -> bool:
    """Whether a delegation noun stands in the phrase before the organisation at ``start`` (back
    to a comma): "a delegation of the Trade Committee of the Port Council" (its leader may be
    the delegation's)."""
    k = start - 1
    while k >= 0 and toks[k].text not in (",", ";"):
        if toks[k].low in lex.DELEGATION_NOUNS:
            return True
        k -= 1
    return False


def _sent_by(toks: Sequence[Word], start: int) -> bool:
    """Whether the organisation starting at ``start`` sent a delegation (``DELEGATION_NOUNS``):
    "a delegation [from the] Port Board"."""
    k = start - 1 - (start > 0 and toks[start - 1].low == "the")
    return k >= 1 and toks[k].low in ("from", "of") and toks[k - 1].low in lex.DELEGATION_NOUNS


def _its_leader_body(view: SentenceView, title: Title, start: int) -> str | None:
    """The organisation "its" stands for in a title after the name of the one who leads it:
    "the Shippers Council, led by Mr. Tom Berg, its President," makes him the Council's
    President (the body is named right before "led by", ``start`` is where his name starts)."""
    toks = view.words
    x = start - 1
    if title.det is None or toks[title.det].low != "its":
        return None
    if not (x >= 2 and _led_by(toks, x)):
        return None
    end = x - 1 - (toks[x - 2].text == ",")
    return next((span_text(view, a, b) for a, b in view.org_spans if b == end), None)


def _its_subject_body(view: SentenceView, titles: Sequence[Title]) -> str | None:
    """The organisation that opens the sentence, when "its" before a bare title stands for it:
    "The Harbour Board was represented by its Director, Mr. Tom Berg" makes him the Board's
    Director. Only with no article between the two (no other thing "its" may stand for: "The
    Board met the port authority and its Director, ...")."""
    first = min(titles, key=lambda t: t.start, default=None)
    if first is None or first.det is None or view.words[first.det].low != "its":
        return None
    toks = view.words
    if first.prefix is not None or any(not c.lower for seg in first.segments for c in seg.comps):
        return None
    if first.det >= 2 and _verb_between(toks[first.det - 1]):
        # the body right before the verb whose object the title is: "the Congress sent its
        # secretary general, Ruth Kamara", "The Board named its head of inspections, ..."
        body = next(((a, b) for a, b in view.org_spans if b == first.det - 1), None)
        if body is not None:
            return span_text(view, body[0] + (toks[body[0]].base_low == "the"), body[1])
    if any(seg.comps for seg in first.segments):
        return None
    body = next(((a, b) for a, b in view.org_spans if a <= 1 and b < first.det), None)
    if body is None or (body[0] == 1 and toks[0].base_low != "the"):
        return None
    if any(t.base_low in lex.ARTICLES or t.poss for t in toks[body[1] : first.det]):
        return None
    return span_text(view, body[0] + (toks[body[0]].base_low == "the"), body[1])


def _verb_between(t: Word) -> bool:
    """Whether the word between a body and "its" is the body's verb: a lowercase word no
    preposition, joiner nor determiner ("sent", "named"; not "the Board and its Chair")."""
    return t.lower and t.alpha and t.base_low not in _NOT_MODIFIERS


def _led_delegation(view: SentenceView, titles: Sequence[Title]) -> str | None:
    """The country of the delegation a title's holder leads, as "led by" right after it says:
    "a delegation from Ghana led by the Minister of Trade, Kofi Mensah" -> Ghana, and "the
    Ghanaian delegation, led by ..." too. Only a title with no prefix of its own ("Chile's
    Minister")."""
    first = min(titles, key=lambda t: t.start, default=None)
    if first is None or first.prefix is not None:
        return None
    return _delegation_led_by(view, first.start - 1)


def _delegation_led_by(view: SentenceView, x: int) -> str | None:
    """The country of the delegation whose "led by" ends at token ``x`` (see ``_led_delegation``):
    "a delegation from Ghana, led by [H.E. Mr. Kofi Mensah, Minister of Trade]"; a state's formal
    name the tables lack too ("a delegation from the Republic of Velmoria, led by ...")."""
    toks = view.words
    if not (x >= 3 and _led_by(toks, x)):
        return None
    j = x - 3 if toks[x - 2].text == "," else x - 2  # the delegation phrase's last word
    if toks[j].low in _PAST_COPULAS and j >= 2:
        j -= 1  # "The Ghanaian delegation [was] led by ..."
    if toks[j].low in lex.COLLECTIVE_NOUNS:  # "the [Ghanaian] delegation"
        s = view.country_ends.get(j)
        if s is not None:
            return view.countries[s][1] if s > 0 else None
        # a state's adjective no table knows, kept as written ("the Faerlandic delegation"):
        # ``people`` names the state when the text writes it
        adjective = toks[j - 1].text if j >= 2 and toks[j - 1].cap else None
        return adjective if adjective and unknown_demonym_place(adjective) else None
    s = view.country_ends.get(j + 1)  # "a delegation from [Ghana]"
    if s is None:
        return _delegation_state_form(view, j)
    if s < 2:
        return None
    k = s - 1 - (toks[s - 1].low == "the")
    delegation = toks[k].low in ("from", "of") and toks[k - 1].low in lex.COLLECTIVE_NOUNS
    return view.countries[s][1] if delegation else None


_PAST_COPULAS = frozenset(("was", "were"))
_MAX_STATE_FORM_WORDS = 6  # "Republic of [Costa Alta]", "United Republic of [Velmoria]"


def _delegation_state_form(view: SentenceView, j: int) -> str | None:
    """The state's formal name no table knows that ends at token ``j`` after a delegation's
    "from" or "of": "a delegation from the [Republic of Velmoria]" -> "Republic of Velmoria"."""
    toks = view.words
    q = j
    while q > 0 and j - q < _MAX_STATE_FORM_WORDS and toks[q].low != "of" and toks[q].cap:
        q -= 1
    if q < 4 or toks[q].low != "of" or toks[q - 1].base not in lex.STATE_FORM_NOUNS or q == j:
        return None
    k = q - 1 - (toks[q - 2].low == "the")  # the state's form: "[the] Republic"
    d = k - 1 - (toks[k - 1].low == "the")  # "from [the]"
    if d < 1 or toks[d].low not in ("from", "of") or toks[d - 1].low not in lex.COLLECTIVE_NOUNS:
        return None
    return span_text(view, q - 1, j + 1)


def _copular_title(view: SentenceView, j: int, ctx: RunContext, start: int) -> Title | None:
    """A title that a copula in the present gives the name opening the sentence, the title
    ending it: "Tom Berg is Chile's Minister of Trade." (as an apposition would)."""
    toks = view.words
    if start != 0 or not (j + 1 < len(toks) and toks[j].low in lex.PRESENT_COPULAS):
        return None
    title = ctx.starts_at.get(j + 1)
    if title is None or title.used:
        return None
    end = title.end
    return title if end >= len(toks) - 1 or toks[end].text in (",", ";") else None


def _bracketed_title(view: SentenceView, j: int, ctx: RunContext) -> Title | None:
    """A title in brackets right after a name, as meeting records write it: "Ms. Ana Ruiz
    (Minister of Trade) met Mr. Tom Berg (Ambassador of Norland)"."""
    toks = view.words
    if not (j + 2 < len(toks) and toks[j].text == "("):
        return None  # the cheap test: few names have a bracket after them
    title = ctx.starts_at.get(j + 1)
    if title is None or title.used or title.end >= len(toks) or toks[title.end].text != ")":
        return None
    return title


def _relative_copular_title(view: SentenceView, j: int, ctx: RunContext) -> Title | None:
    """A title a relative clause in the present gives the name before it, the title closing
    the clause: "Ana Ruiz, who is also Deputy Prime Minister, said" (an adverb before it or not)."""
    toks = view.words
    n = len(toks)
    if not (j + 3 < n and toks[j].text == "," and toks[j + 1].low == _PERSONAL_RELATIVE):
        return None  # the cheap test: few names have "who" after them
    k = j + 2
    if toks[k].low in lex.SUCCESSION_VERBS:
        return _successor_title(toks, k + 1, ctx)
    if toks[k].low not in lex.PRESENT_COPULAS:
        return None
    k += 1
    if toks[k].low in _RELATIVE_ADVERBS or toks[k].low in lex.PRESENT_ADVERBS:
        k += 1  # "who is [also] Deputy Prime Minister"
    title = ctx.starts_at.get(k)
    if title is None or title.used or title.end >= n or toks[title.end].text not in (",", ";", "."):
        return None
    return title


def _successor_title(toks: Sequence[Word], k: int, ctx: RunContext) -> Title | None:
    """The title after the object of a succession verb and "as", from token ``k`` where the
    object opens: "Ana Ruiz, who succeeded [Mr. Tom Berg as Consul]" (her post now; he held it
    before). The object is capitalised words and full stops only."""
    end = min(len(toks) - 1, k + _MAX_APPOSED_NAME)
    x = k
    while x < end and (toks[x].cap or toks[x].text == "."):
        x += 1
    if x == k or toks[x].low != "as":
        return None
    title = ctx.starts_at.get(x + 1)
    return title if title is not None and not title.used else None


_MAX_APPOSED_NAME = 6  # "H.E. Mr. Tom van Berg": the words of a name with its honorifics


def _second_title(view: SentenceView, k: int, ctx: RunContext) -> Title | None:
    """A second title without an article after "and" or ", and" at token ``k``, where the
    first apposition (a title and any organisation after it) ends, that closes the apposition:
    "Jane Doe, Chair of the Council, and Director General of the Port, said", "Tom Ode,
    Director, Port Authority and Chair of the Regional Board, said"; not one a name follows
    ("..., and Director General Ana Ruiz", "..., and Director General, Ana Ruiz")."""
    toks = view.words
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if not (k + 1 < len(toks) and toks[k].low == "and"):
        return None
    second = ctx.starts_at.get(k + 1)
    if second is None or second.used or second.det is not None:
        return None
    end = second.end
    if end in ctx.run_starts or _honorific_follows(toks, end) or (end < len(toks) and toks[end].cap):
        return None
    if end + 1 < len(toks) and toks[end].text == "," and _name_follows(toks, end + 1, ctx.run_starts):
        return None
    return second


def _subject_title(view: SentenceView, title: Title, a: int) -> bool:
    """Whether a title with its article after the name at ``a`` and a comma is the subject of
    the sentence, not an apposition: the name closes a phrase a comma or "by" opened, and a
    verb follows the title ("With his wife, Ana Ruiz, the Director-General discussed ...",
    "During the debate moderated by journalist Ana Ruiz, the Minister explained ...")."""
    toks = view.words
    if title.det is None or title.end >= len(toks) or a < 1:
        return False
    # "by [veteran journalist] Ana Ruiz": "by" and at most two lowercase words before the name
    by = next((k for k in range(a - 1, max(-1, a - 4), -1) if toks[k].low == "by"), None)
    opened = by is not None and all(toks[x].lower and toks[x].alpha for x in range(by + 1, a))
    # "Welcoming Dr. X, the Minister reaffirmed ...", "After meeting X, the Minister said ...":
    # an opening phrase with the name in it, no comma before the one that closes it
    opener = toks[0].low.endswith("ing") or toks[0].low in lex.PREPOSITIONS
    opened = opened or (opener and all(toks[x].text != "," for x in range(a)))
    if toks[a - 1].text != "," and not opened:
        return False
    verb = toks[title.end]
    return (
        verb.lower
        and verb.alpha
        and (verb.base_low in lex.NAME_VERBS or verb.form == "past" or verb.low.endswith("ed"))
    )


def _verb_after(toks: Sequence[Word], end: int) -> bool:
    return end < len(toks) and toks[end].lower and is_verbish(toks[end])


def _title_after(view: SentenceView, j: int, ctx: RunContext, a: int = 0) -> Title | None:
    """A title in apposition after the name at ``a``, from the comma or dash at ``j``: "Nadia
    Ferraz, ITU Spokesperson,", "Nadia Ferraz - President of Chile -". Not one that a name or an
    honorific follows ("X, the Minister of Culture, Mr. Y" introduces Mr. Y), nor the subject of
    the sentence (see ``_subject_title``)."""
    toks = view.words
    n = len(toks)
    if not (j + 1 < n and toks[j].text in _APPOSITION_MARKS):
        return None
    title = ctx.starts_at.get(j + 1)
    if title is None and j + 2 < n and toks[j + 1].low in lex.PRESENT_ADVERBS:
        title = ctx.starts_at.get(j + 2)  # "Ana Ruiz, [now] the director of the Board,"
    if title is None or title.used or _subject_title(view, title, a):
        return None
    if a > 0 and title.det is not None and toks[title.det].low in _NEW_ONE and _cue_closes(toks, title.end):
        return None  # "... in Tarvik Bay, a spokeswoman for the ministry said": the speaker
    end = _past_retired(toks, title.end)
    if end in ctx.run_starts or _honorific_follows(toks, end):
        return None
    comma = _past_host(toks, title.end)
    if (
        title.det is not None
        and comma < n
        and toks[comma].text == ","
        and _name_follows(toks, comma + 1, ctx.run_starts)
    ):
        return None
    return title


def _past_host(toks: Sequence[Word], k: int) -> int:
    """Past an envoy's host after a title ending at ``k``, "in" and capitalised words: "the
    Honorary Consul of Italy [in Kestrel Bay], Mr. Y" (the title the name after it holds)."""
    if not (k + 1 < len(toks) and toks[k].base_low == "in" and toks[k + 1].cap):
        return k
    k += 1
    while k < len(toks) and toks[k].cap and toks[k].alpha:
        k += 1
    return k


def _org_after_title(view: SentenceView, j: int) -> tuple[str, int] | None:
    """A country or an organization in apposition after a title, from the comma at ``j``, that
    closes it: "Ana Costa, Minister of Health, Oman, spoke" -> "Oman"; "Tom Ode, Director
    General, Kenya Revenue Authority, said" -> "Kenya Revenue Authority"; "Ana Ruiz, Chairman
    FBR," -> "FBR"; None if none. With the token where it ends."""
    toks = view.words
    bare = j < len(toks) and toks[j].text != ","  # "Director General Ministry of Finance,"
    if bare:
        j -= 1
    if not (j + 1 < len(toks) and (toks[j].text == "," or toks[j + 1].cap)):
        return None
    # an organization's span may have taken the title's last word: "[General Ministry of Finance]"
    end = next((e for a, e in view.org_spans if a == j + 1 or (bare and a <= j + 1 < e)), j)
    org, demonym, country = span_text(view, j + 1, end), False, False
    if end == j and j + 1 in view.countries:
        end, org, demonym = view.countries[j + 1]
        country = True
    elif end == j and toks[j + 1].acro and not toks[j + 1].poss:
        # an acronym alone is an organization's: "Tom Ode, Chairman FBR, was present"
        end, org = j + 2, toks[j + 1].text
    unit = None if bare else _unit_before_org(view, j + 1)
    if unit is None and end == j and not bare:
        unit = _unit_of_org(toks, j + 1) or _org_before_verb(toks, j + 1)
    if unit is not None:
        return span_text(view, j + 1, unit), unit
    closed = _closes(toks, end)
    # without a comma the office's name ends where the sentence goes on in lowercase: "Ana
    # Ruiz, Cabinet Secretary Ministry of Trade on 14 May held ..."
    # a country's name ends where the sentence goes on with a preposition too: "Ana Lima
    # Minister of Health, Brazil on the G20 presidency" (not "..., Portugal and Spain signed")
    after = toks[end] if end < len(toks) else None
    goes_on = after is not None and after.lower and (bare or (country and after.low in lex.PREPOSITIONS))
    if end == j or demonym or not (closed or goes_on):
        return None
    return org, end


_MAX_UNIT_WORDS = 6


def _unit_of_org(toks: Sequence[Word], k: int) -> int | None:
    """Where a unit of an organisation given with the organisation's acronym in brackets ends:
    "Ana Hinojosa, Director, [Compliance and Facilitation (WCO)] reminded ..."; None without
    the bracketed acronym right after a few capitalised words."""
    x = _capitalised_run_end(toks, k)
    if x is None or not acronym_in_brackets(toks, x):
        return None
    return x + 3


def _unit_before_org(view: SentenceView, k: int) -> int | None:
    """Where a unit and then its organisation end, each in its own commas after a title:
    "Ana Ruiz, Director, [Ports and Standards, Norland Coast Guard], said"; None unless a few
    capitalised words, a comma and an organisation's name that closes the apposition follow
    (a name's comma or "and" closes it too: "..., Norland Coast Guard and Chair of ...")."""
    toks = view.words
    x = _org_span_end(view, k) or _capitalised_run_end(toks, k)
    if x is None or not (x + 1 < len(toks) and toks[x].text == ","):
        return None
    end = _org_span_end(view, x + 1)
    if end is None:
        return None
    joined = end + 1 < len(toks) and toks[end].low == "and" and title_core_at(toks, end + 1)
    return end if _closes(toks, end) or joined else None


def _org_span_end(view: SentenceView, k: int) -> int | None:
    """The end of the organisation's name that starts at token ``k``, or None."""
    return next((e for a, e in view.org_spans if a == k), None)


def _closes(toks: Sequence[Word], end: int) -> bool:
    """Does an apposition close at token ``end``: the sentence's end, a comma, a bracket, a
    quotation mark or a full stop?"""
    return end >= len(toks) or toks[end].text in _DESCRIPTION_ENDS or toks[end].text == "."


def _org_before_verb(toks: Sequence[Word], k: int) -> int | None:
    """Where the capitalised words from ``k`` end right before a verb, after a title's comma:
    the title's organisation, as the name before the title is the verb's subject ("Ana Ruiz,
    Director & Co-founder, Skyline Robotics spoke on ..."); None if no verb follows them, or
    if they are joined by "and" (names of a list: "Tom Berg, Director, Ana Ruiz and ...")."""
    x = _capitalised_run_end(toks, k)
    if x is None or x >= len(toks) or not toks[x].lower or any(t.low in _AND for t in toks[k:x]):
        return None
    verb = toks[x]
    return x if verb.base_low in lex.NAME_VERBS or (verb.lemma is not None and verb.form != "ing") else None


def _no_person(
    view: SentenceView, run: tuple[int, int, int], before: _Before, prev: str | None, ctx: RunContext
) -> bool:
    """Whether the run ``a``..``b`` (its titles from ``start``) names a place, a thing or an
    organisation, not a person (see ``_a_place``, ``_thing_conjunct``, ``_apposed_org``)."""
    a, b, start = run
    toks = view.words
    return (
        _a_place(view, a, b, before, prev)
        or _place_named(toks, a, b, before)
        or _area_kind_after(toks, b)
        or _thing_conjunct(toks, a, b, before, start)
        or _apposed_org(toks, a, b, ctx)
        or _title_word(toks, a, b, ctx)
        or _group_after_title(toks, a, b, before)
    )


def _place_named(toks: Sequence[Word], a: int, b: int, before: _Before) -> bool:
    """Whether a bare run of two or more words ends with a noun that ends a place's name and no
    person's ("the border post at Lamu Bridge opened in 2024", ``PLACE_NAME_HEADS``); with an
    honorific or a title before it, it is a person's ("Mr. Ivo Bridge")."""
    bare = not before.honorific and not before.titles
    return bare and b - a >= 2 and toks[b - 1].base in lex.PLACE_NAME_HEADS


def _area_kind_after(toks: Sequence[Word], b: int) -> bool:
    """Whether a lowercase noun of an area's kind follows the run: "the Paramount Chief of
    Bombali [Sebora] chiefdom" names a chiefdom, no person after the title."""
    return b < len(toks) and toks[b].lower and toks[b].base_low in lex.AREA_KIND_NOUNS


def _group_after_title(toks: Sequence[Word], a: int, b: int, before: _Before) -> bool:
    """Whether the one word after a title is a plural of states or their people, which the
    title's word qualifies: "Member States said ...", "Member Economies agreed" (``PARTY_NOUNS``)."""
    return b - a == 1 and toks[a].base_low in lex.PARTY_NOUNS and bool(before.titles) and not before.honorific


def _title_word(toks: Sequence[Word], a: int, b: int, ctx: RunContext) -> bool:
    """Whether the one word ``a`` stands between an organisation's initials and a title, no
    comma between: a word of the title no list knows ("the FAO Subregional Coordinator for the
    Isles"), not a name ("Ana Ruiz, Coordinator": a name comes with a comma before its title)."""
    return b - a == 1 and b in ctx.starts_at and a > 0 and toks[a - 1].acro and not toks[a].acro


def _apposed_org(toks: Sequence[Word], a: int, b: int, ctx: RunContext) -> bool:
    """Whether the run ``a``..``b`` is the organisation that closes the apposition of a title a
    name took, a verb after it: "Ana Ruiz, Director, [Skyline Robotics] spoke" (see
    ``_org_before_verb``)."""
    title = ctx.ends_at.get(a - 1) if a > 1 and toks[a - 1].text == "," else None
    return title is not None and title.used and _org_before_verb(toks, a) == b


def _capitalised_run_end(toks: Sequence[Word], k: int) -> int | None:
    """The end of a few capitalised words from ``k`` (with "and" or "&" between them), or None."""
    x = k
    while (
        x < len(toks)
        and x - k < _MAX_UNIT_WORDS
        and (
            (toks[x].cap and toks[x].alpha and not toks[x].honorific)
            or (x > k and toks[x].low in ("and", "&") and x + 1 < len(toks) and toks[x + 1].cap)
        )
    ):
        x += 1
    return None if x == k else x


_ROLE_AFTER = frozenset({"by", "with"})  # "led by deputy minister X", "met with trade minister Y"


def _opens_role(view: SentenceView, q: int) -> bool:
    """Whether token ``q`` opens a lowercase title after it: the sentence's start, an article,
    "by" or "with", a possessive, an acronym or a country ("Chile's foreign minister")."""
    toks = view.words
    if q < 0:
        return True
    opener = toks[q]
    return (
        opener.base_low in TITLE_DETERMINERS
        or opener.base_low in _ROLE_AFTER  # "co-chaired by federal minister Ana Ruiz"
        or (opener.poss and (opener.cap or (q > 0 and toks[q - 1].base_low in TITLE_DETERMINERS)))
        or opener.acro
        or q in view.country_ends.values()
        or q + 1 in view.country_ends
    )


def _bare_role_start(toks: Sequence[Word], head: int, pair: str) -> int | None:
    """The token before a lowercase title with no article, its head at ``head`` and only a
    title's own words before it (``TITLE_MODIFIERS``, ``PORTFOLIO_WORDS``): a verb, a
    preposition or a comma opens it as a noun phrase ("will meet harbour master Sven Roos",
    "Later, state secretary Per Holm said"); None when other words stand there."""
    k = head - 1 - (pair in lex.TITLE_HEADS)
    while (
        k >= 0
        and head - k <= _MAX_MODIFIERS
        and toks[k].lower
        and (toks[k].base_low in lex.TITLE_MODIFIERS or toks[k].base_low in lex.PORTFOLIO_WORDS)
    ):
        k -= 1
    if k < 0 or not ((toks[k].lower and toks[k].alpha) or toks[k].text == ","):
        return None
    return k


def _regular_past(t: Word) -> bool:
    """Whether a lowercase word before a title's head is a verb's regular past, no title's
    word: "The team [included] city councillor Marta Lind" (not "newly elected", "appointed")."""
    low = t.base_low
    return low.endswith("ed") and low not in lex.TITLE_MODIFIERS and low not in lex.PORTFOLIO_WORDS


def _verb_not_portfolio(t: Word) -> bool:
    """Whether a lowercase word before a title's head is a verb ("stressed minister X"), not a
    portfolio word spelled as a verb's base: "state secretary Per Holm", "press secretary"."""
    return t.lemma is not None and not (t.form == "base" and t.base_low in lex.PORTFOLIO_WORDS)


def _lower_role(view: SentenceView, head: int) -> tuple[str, str | None] | None:
    """A lowercase title that ends on the person noun at ``head`` and opens with an article, a
    possessive, a country or an acronym, or the sentence ("the Ghanaian president", "Chile's
    foreign minister", "US trade representative"): (its text from the head's modifiers on, its
    country); None if there is none."""
    toks = view.words
    if head < 0 or toks[head].cap:
        return None
    low = toks[head].base_low
    pair = f"{toks[head - 1].base_low} {low}" if head > 0 and toks[head - 1].lower else ""
    if (
        low not in _LOWER_TITLE_HEADS
        and low.replace("-", " ") not in lex.TITLE_HEADS
        and pair not in lex.TITLE_HEADS
    ):
        return None  # a person noun; a head of two words: "the director-general", "director general"
    q = head - 1
    while q >= 0 and head - q <= _MAX_MODIFIERS and toks[q].alpha and toks[q].lower:
        t = toks[q]
        if (
            t.base_low in TITLE_DETERMINERS
            or t.base_low in _NOT_MODIFIERS
            or _verb_not_portfolio(t)
            or t.poss
        ):
            break  # "the agency's [chief of mission]": the owner opens the title
        if t.base_low in lex.IRREGULAR_PASTS or _regular_past(t):
            break  # a verb, no modifier: "The panel heard [economist] Tom Berg", "included"
        q -= 1
    if (
        q == 0
        and toks[0].cap
        and (toks[0].base_low in lex.PORTFOLIO_WORDS or toks[0].base_low in lex.TITLE_MODIFIERS)
    ):
        q = -1  # "Foreign minister Ana Ruiz said": the sentence opens the title
    past = _past_owner_start(toks, q)
    if past is not None:
        q = past - 1  # "the late Lorian fisheries minister", "Former Academy president"
    proper = q not in view.in_country and _proper_owner(toks, q)
    if proper:
        q -= 1  # "accompanied by [Kervala] councillor Aino Lehto": a place's name owns the post
    opener = toks[q] if q >= 0 else None
    if not _opens_role(view, q):
        bare = _bare_role_start(toks, head, pair)
        if bare is None:
            return None
        q, proper, opener = bare, False, toks[bare]
    first = q + 1 + proper
    country = next((c for s, (e, c, _) in view.countries.items() if s <= q + 1 and q < e <= first), None)
    if proper:
        country = country or toks[q + 1].text
    elif country is None and opener is not None and opener.poss and opener.cap:
        country = _possessive_body(view, q) or _possessive_place(toks, q, low)
    text = span_text(view, first, head + 1)
    if toks[first].base_low in lex.PAST_MODIFIERS:
        text = text[:1].lower() + text[1:]  # "Former Lorian president" -> "former Lorian president"
    return text, country


def _proper_owner(toks: Sequence[Word], q: int) -> bool:
    """Whether token ``q`` is one capitalised word that owns the lowercase post after it, "by"
    or an article before it: "led by [Kervala] councillor Aino Lehto", "the [Velmar] mayor"."""
    t = toks[q] if q >= 1 else None
    return (
        t is not None
        and t.cap
        and t.alpha
        and not (t.poss or t.acro or t.title_word or t.honorific)
        and (toks[q - 1].base_low in _ROLE_AFTER or toks[q - 1].base_low in TITLE_DETERMINERS)
    )


def _possessive_place(toks: Sequence[Word], q: int, head: str) -> str | None:
    """The place whose one-word possessive at ``q`` owns a state's or a town's post after it
    (``NATIONAL_TITLES``, ``LOCAL_TITLES``): "Kervala's mayor, Aino Lehto" -> "Kervala"; not a
    person's name of two words ("Ana Ruiz's adviser") nor a title's or a body's word."""
    if head not in lex.LOCAL_TITLES and head not in lex.NATIONAL_TITLES:
        return None
    t = toks[q]
    if not t.alpha or t.title_word or t.org_word or t.honorific or (q > 0 and toks[q - 1].cap):
        return None
    return t.base


def _possessive_body(view: SentenceView, q: int) -> str | None:
    """The organisation whose possessive ends at token ``q``, its article aside: "[The Port
    Authority's] chief executive" -> "Port Authority"; None for a person's ("Ana Ruiz's")."""
    toks = view.words
    # the body's spans may stop before its possessive word: "[Port] Authority's"
    span = next(((a, b) for a, b in view.org_spans if b in (q, q + 1)), None)
    if span is None:
        return None
    a = span[0] + (toks[span[0]].base_low == "the")
    text = span_text(view, a, q + 1)
    return text[: -len(toks[q].text) + len(toks[q].base)] if toks[q].text != toks[q].base else text


def _rank_described(view: SentenceView, start: int, rank: str) -> tuple[str, str | None]:
    """What a person styled with a rank is, as a title: a post in apposition before, which says
    more ("the Council's secretary-general, Amb. X", "the national security adviser of Lora, Air
    Marshal X"), else the rank, "former" with it ("Former Sen. Ana Ruiz"), with the state of a
    relation before it ("his counterpart from Norvania, Rear Admiral Ana Ruiz": Norvania's)."""
    toks = view.words
    former = start and toks[start - 1].base_low in lex.PAST_MODIFIERS
    described = _lower_title_before(view, start)
    if described is not None:
        return described
    # only after an apposition's comma (cheap): "..., Admiral X"
    relation = _relation_before(view, start) if start > 2 and toks[start - 1].text == "," else None
    return (f"{toks[start - 1].base_low} {rank}" if former else rank, relation[1] if relation else None)


def _past_owner_start(toks: Sequence[Word], q: int) -> int | None:
    """Where a past holder's title starts when the owner's capitalised words, ending at token
    ``q`` before a lowercase head, follow "former" or "late" (``PAST_MODIFIERS``): "Former Lorian
    president Tom Berg", "the late Lorian fisheries minister, Mr. X" (a past holder, named by
    the owner's name, which no article opens); else None."""
    p = q
    while p >= 0 and q - p < _MAX_MODIFIERS and toks[p].cap and toks[p].alpha and not toks[p].poss:
        if toks[p].base_low in lex.PAST_MODIFIERS:
            break  # "Former" opening the sentence
        p -= 1
    if p == q or p < 0 or toks[p].base_low not in lex.PAST_MODIFIERS:
        return None
    return p if p == 0 or toks[p - 1].base_low in TITLE_DETERMINERS else None


def _lower_title_before(view: SentenceView, a: int) -> tuple[str, str | None] | None:
    """A lowercase title right before a name (see ``_lower_role``): "the Ghanaian president Kofi
    Mensah" -> ("president", "Ghana"), "EU trade commissioner Jan Berg"; or before its comma,
    in apposition: "Chile's foreign minister, Pedro Soto," -> ("foreign minister", "Chile")."""
    end = a - 2 if a >= 2 and view.words[a - 1].text == "," else a - 1
    found = _lower_role(view, end)
    if found is not None:
        return found
    # "federal minister for commerce Tariq Awan", "the director-general of the Department of
    # Trade, Ana Ruiz,": the head and its complement
    for of in _complements_before(view.words, end):
        role = _lower_role(view, of - 1)
        if role is not None:
            return f"{role[0]} {span_text(view, of, end + 1)}", role[1]
    return None


def _relation_before(view: SentenceView, a: int) -> tuple[str, str | None] | None:
    """A post told by its relation to someone named before, in apposition before the name:
    "and her deputy, Mr. Erik Holm", "his Peruvian counterpart, Ms. Ana Ruiz", "his chief of
    staff, Mr. Tom Berg" -> ("deputy", None), ("counterpart", "Peru"), ("chief of staff",
    None): a possessive determiner opens it; "from" may give the country after it. With no
    comma, the relation noun right before the name: "and his Ostrian counterpart Ana Ruiz"."""
    toks = view.words
    if a >= 2 and toks[a - 1].lower and toks[a - 1].base_low in _RELATION_HEADS:
        return _relation_at(view, a - 1)
    end = a - 2
    if end < 1 or toks[a - 1].text != ",":
        return None
    if not toks[end].lower and not _owned_head(toks, end):
        return _relation_from_country(view, end)
    found = _relation_at(view, end)
    if found is not None or not any(
        t.base_low in lex.POSSESSIVE_DETERMINERS for t in toks[max(0, end - 6) : end]
    ):
        return found
    for of in _complements_before(toks, end):
        role = _relation_at(view, of - 1)
        if role is not None:
            return f"{role[0]} {span_text(view, of, end + 1)}", role[1]
    return None


def _relation_from_country(view: SentenceView, end: int) -> tuple[str, str | None] | None:
    """A relation and the country it is from, ending at ``end``: "his counterpart from Costa
    Rica, Mrs. Ana Ruiz" -> ("counterpart", "Costa Rica")."""
    s = view.country_ends.get(end + 1)
    if s is None:
        return _relation_from_unknown(view, end)
    if s < 3 or view.words[s - 1].low != "from":
        return None
    found = _relation_at(view, s - 2)
    return (found[0], view.countries[s][1]) if found is not None else None


_MAX_UNKNOWN_STATE_WORDS = 2


def _relation_from_unknown(view: SentenceView, end: int) -> tuple[str, str | None] | None:
    """A relation and the place it is from, a proper name the gazetteer lacks ending at ``end``:
    "her counterpart from Norvania, Tomas Kell" -> ("counterpart", "Norvania"); no body's or
    title's word ("her counterpart from Lustra Customs, ..." is the body's, read elsewhere)."""
    toks = view.words
    s = end
    while s > end - _MAX_UNKNOWN_STATE_WORDS and s > 0 and toks[s - 1].cap:
        s -= 1
    if s < 3 or toks[s - 1].low != "from" or toks[s - 2].base_low not in _RELATION_HEADS:
        return None
    if any(t.org_word or t.title_word or not t.alpha or t.poss for t in toks[s : end + 1]):
        return None
    found = _relation_at(view, s - 2)
    return (found[0], span_text(view, s, end + 1)) if found is not None else None


def _relation_at(view: SentenceView, head: int) -> tuple[str, str | None] | None:
    """The relation ending on the lowercase person noun at ``head``, from its possessive
    determiner on, modifiers between ("her Veradian counterpart"); a country's adjective goes
    to the country ("his Peruvian counterpart" -> ("counterpart", "Peru"))."""
    toks = view.words
    if head < 1 or toks[head].base_low not in _RELATION_HEADS:
        return None
    if not toks[head].lower and not _owned_head(toks, head):
        return None
    q = head - 1
    while q > 0 and head - q <= _MAX_MODIFIERS and toks[q].alpha and not toks[q].poss:
        if toks[q].base_low in lex.POSSESSIVE_DETERMINERS and toks[q].lower:
            break
        q -= 1
    # the determiner lowercase, or capitalised as the sentence's first word: "His counterpart
    # from Ostria, Ana Ruiz, said" (not "His Excellency": no relation noun follows it)
    if not (toks[q].base_low in lex.POSSESSIVE_DETERMINERS and (toks[q].lower or q == 0)):
        return None
    country = view.countries.get(q + 1)
    if country is not None and country[0] == head:
        return span_text(view, head, head + 1), country[1]
    if q + 2 == head and _unknown_demonym(toks[q + 1]):
        # "his Estaran counterpart": a state's adjective the gazetteer does not know is the
        # state's all the same (``people`` names the state when the text writes it)
        return span_text(view, head, head + 1), toks[q + 1].text
    return span_text(view, q + 1, head + 1), None


def _owned_head(toks: Sequence[Word], head: int) -> bool:
    """Whether a capitalised relation noun follows a possessive determiner right before it:
    "her Deputy, Mr. Tom Berg" is her deputy, however the release writes the post."""
    return (
        head >= 1
        and toks[head].base_low in _RELATION_HEADS
        and toks[head - 1].lower
        and toks[head - 1].base_low in lex.POSSESSIVE_DETERMINERS
    )


# "Estaran", "Norlandian", "Velanese", "Tarnish", "Faerlandic"
_DEMONYM_ENDINGS = ("an", "ese", "ish", "landic")


def _unknown_demonym(t: Word) -> bool:
    """A capitalised word formed as most adjectives of states are, and no title's or
    organisation's word: "Estaran", "Velanese"."""
    return t.cap and t.alpha and t.base_low.endswith(_DEMONYM_ENDINGS) and not (t.org_word or t.title_word)


def _listed_title(view: SentenceView, start: int, b: int) -> tuple[str, str | None] | None:
    """The title a list of names shares, given before the list or after it."""
    return _title_before_list(view, start) or _title_after_list(view, start, b)


def _occupation_before(view: SentenceView, a: int) -> tuple[str, str | None] | None:
    """A lowercase occupation right before a name, with its lowercase modifiers: "moderated by
    veteran journalist Sara Lind" -> ("veteran journalist", None). No office, but what the text
    tells of who the person is; a participants list without it reads as a stranger."""
    toks = view.words
    head = a - 1
    apposed = head > 0 and toks[head].text == ","
    head -= apposed
    if head < 0 or toks[head].cap or toks[head].base_low not in lex.OCCUPATION_NOUNS:
        return None
    q = head - 1
    while q >= 0 and head - q <= _MAX_MODIFIERS and toks[q].base_low in lex.OCCUPATION_MODIFIERS:
        q -= 1  # "by [veteran journalist]", not "heard [economist]"
    if apposed and not (q >= 0 and toks[q].base_low in _OCCUPATION_DETERMINERS):
        return None  # in apposition only after its determiner: "said [one] trader, Mary Quinn"
    return span_text(view, q + 1, head + 1), None


# what opens an occupation in apposition before a name: "said one trader, Mary Quinn", "a
# local farmer, Jo Obi, said" (not "the fishermen and traders, Mary Quinn ...")
_OCCUPATION_DETERMINERS = lex.ARTICLES | frozenset(("one", "another"))


_COMPLEMENT_WORDS = 8
# What opens a title's complement: "minister for commerce", "director of customs", "ambassador
# to Norway", "chief of mission in Chile".
_COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "to", "in"})
# Words that end a complement going back: "the company [that] builds ships in Norway".
_CLOSED = (
    (
        lex.PREPOSITIONS
        | lex.DETERMINERS
        | lex.SUBORDINATORS
        | lex.COORDINATORS
        | lex.AUXILIARIES
        | lex.BE_FORMS
    )
    | TITLE_RELATIVES
    | lex.SUBJECT_PRONOUNS
)


def _complements_before(toks: Sequence[Word], end: int) -> list[int]:
    """Where a complement ending at token ``end`` may open, nearest first: at "of", "for", "to"
    or "in" after a lowercase word, over lowercase portfolios ("for commerce", "of investment,
    industry and trade"), a capitalised name ("of the Department of Trade Negotiations", "to
    Norway") and the nouns of a nested complement ("chief [of mission] [in Chile]")."""
    found: list[int] = []
    j = end
    while j > 0 and end - j < _COMPLEMENT_WORDS:
        t = toks[j]
        if t.base_low in _COMPLEMENT_PREPOSITIONS and j < end and toks[j - 1].lower:
            found.append(j)
        elif not (
            t.text == ","
            or t.base_low in ("and", "the", "of")
            or (t.cap and t.alpha)
            or (t.lower and t.base_low in lex.PORTFOLIO_WORDS)
            or (found and t.lower and t.alpha and t.lemma is None and t.base_low not in _CLOSED)
        ):
            break
        j -= 1
    return found


def _title_before_lower_end(view: SentenceView, comma: int, ctx: RunContext) -> Title | None:
    """A title with an article whose complement ends in one or two lowercase nouns before the
    comma: "the Vice Chair of the Andes region, Ana Ruiz", "the Vice-Chair of the region, Ana
    Ruiz", "the Minister of Finance of the host country, Ana Ruiz"."""
    toks = view.words
    for nouns in (1, 2, 3):
        # "the Vice-Chair of the region, Ana Ruiz": the title, then "of the" and a common noun,
        # or two ("of the host country"), a plural's possessive mark among them ("of the
        # farmers' union")
        of = comma - 2 - nouns
        if of < 1 or [toks[of].base_low, toks[of + 1].base_low] != ["of", "the"]:
            continue
        title = ctx.ends_at.get(of)
        words = toks[of + 2 : comma]
        if title is not None and title.det is not None and _lower_complement(words):
            return title
    p = comma
    while p > comma - 2 and p > 1:
        t = toks[p - 1]
        if not _common_noun(t):
            return None
        if t.base_low in lex.NAME_VERBS:
            return None
        p -= 1
        title = ctx.ends_at.get(p)
        if title is not None:
            return title if title.det is not None and title.segments[-1].comps else None
    return None


def _lower_complement(words: Sequence[Word]) -> bool:
    """Whether ``words`` are common nouns, one or two, a plural's possessive mark after one
    allowed ("host country", "farmers ' union"), the last a noun."""
    marks = sum(t.text in _PLURAL_POSSESSIVE_MARKS for t in words)
    return (
        len(words) - marks <= 2
        and _common_noun(words[-1])
        and all(
            _common_noun(t)
            or (k > 0 and t.text in _PLURAL_POSSESSIVE_MARKS and words[k - 1].low.endswith("s"))
            for k, t in enumerate(words)
        )
    )


_PLURAL_POSSESSIVE_MARKS = frozenset(("'", "\u2019"))


def _common_noun(t: Word) -> bool:
    """A lowercase word no verb form, as the nouns of "of the host country" are."""
    return t.alpha and t.lower and t.lemma is None and t.base_low not in _NOT_MODIFIERS


_CLOSERS = frozenset((",", ".", ";", ")"))


def _title_before_place(view: SentenceView, comma: int, b: int, ctx: RunContext) -> Title | None:
    """A title with an article, of a post accredited somewhere, whose place "in <place>"
    stands before the comma, when the name after the comma closes the apposition: "the
    High Commissioner of Norland in Vella, Ms Kim Soto, and ..."; not "After
    meeting the Ambassador in Vella, Mr. Tom Berg said ..." (the name is the subject)."""
    toks = view.words
    if b < len(toks) and toks[b].text not in _CLOSERS:
        return None
    for k in range(comma - 2, max(0, comma - 5), -1):
        title = ctx.ends_at.get(k)
        if title is not None and title.det is not None:
            return title if with_place_complement(view, title, comma).end == comma else None
    return None


def _owning_country(view: SentenceView, end: int, comma: int) -> str | None:
    """The country that stands alone between a title ending at ``end`` and the ``comma`` before
    a name, an acronym of the title in brackets before it: "Trade Minister [Ghana], Kofi
    Mensah", "Foreign Minister (FM) [Norway], Tom Berg" (a style of headlines and some
    releases: the "of" left out). Not a demonym ("Minister Ghanaian" is no English)."""
    toks = view.words
    if end + 3 <= comma and toks[end].text == "(" and toks[end + 2].text == ")" and toks[end + 1].acro:
        end += 3  # "Foreign Minister (FM) Norway": the title's own acronym
    found = view.countries.get(end)
    if found is None or found[0] != comma or found[2]:
        return None
    return found[1]


def _title_before_country(view: SentenceView, comma: int, ctx: RunContext) -> Title | None:
    """A title whose country stands bare before the comma and the name (``_owning_country``):
    "Trade Minister Ghana, Kofi Mensah, said"; a country is no one's name, so the name after
    the comma is the holder's."""
    start = view.country_ends.get(comma)
    if start is None:
        return None
    for end in (start, start - 3):
        title = ctx.ends_at.get(end)
        if title is not None and _owning_country(view, end, comma) is not None:
            return title
    return None


def _title_before(view: SentenceView, a: int, b: int, before: _Before, ctx: RunContext) -> Title | None:
    """A title in apposition before the name and its comma: "the Director General of the Port
    Authority, Sara Lind,". A bare name of one word takes none; one with an honorific or
    title of its own takes only a determined title ("Jordan's Minister ..., Dr. X")."""
    start = before.start
    if not (
        start >= 2
        and view.words[start - 1].text == ","
        and (not before.titles or before.only_honorific_titles)
    ):
        return None
    title = (
        ctx.ends_at.get(start - 1)
        or _title_before_lower_end(view, start - 1, ctx)
        or _title_before_place(view, start - 1, b, ctx)
    )
    owned = False
    if title is None:  # "Norway" in "Foreign Minister Norway, Dr Tom Berg" determines it as "Norway's"
        title = _title_before_country(view, start - 1, ctx)
        owned = True
    bare = not before.titles and not before.honorific
    if title is None or title.used or (bare and b - a < 2):
        return None
    if not (bare or owned or determined(view, title) or _after_small_word(view, title.start)):
        return None
    if _participle_object(view, title) and not (b < len(view.words) and view.words[b].text == ","):
        return None  # "Welcoming the High Commissioner, Mr Doorgakant recalled ...": two people
    return title


def _after_small_word(view: SentenceView, start: int) -> bool:
    """Whether a lowercase word (a preposition, a verb, a conjunction) stands right before the
    title at ``start``: a bare title opens a noun phrase there, no apposition to a name before
    ("opened by Minister of Trade, Dr. Ana Ruiz", "featured Vice President of Sales, Mr. X")."""
    t = view.words[start - 1] if start > 0 else None
    return t is not None and t.lower and t.alpha


def _participle_object(view: SentenceView, title: Title) -> bool:
    """Whether a title is the object of the participle that opens the sentence: "[Welcoming]
    the High Commissioner, ...", "[Thanking] the Minister, ..."."""
    first = title.det if title.det is not None else title.start
    return first == 1 and view.words[0].form == "ing"


def _all_org_words(toks: Sequence[Word], a: int, b: int) -> bool:
    """Whether every word of the run is a word titles and organizations are made of: "the
    Forum on [Disaster Resilience] concluded", "the [Cooperation Forum] opened" name a thing,
    not a person, whatever verb follows."""
    return all(toks[x].org_word for x in range(a, b) if toks[x].alpha)


_MAX_APPOSITIVE_WORDS = 14


def _after_appositive(toks: Sequence[Word], b: int) -> int | None:
    """The token after an appositive that follows a name ending at ``b`` (a bracket first, if
    any): "Ana Lopez[, a trade negotiator from Peru,] said", "Ana Lopez (Chile, EPP)[, Chair of
    the Committee,] said"; None when no appositive closes with a comma there."""
    n = len(toks)
    k = b
    if k < n and toks[k].text == "(":
        while k < n and toks[k].text != ")" and k - b < _MAX_APPOSITIVE_WORDS:
            k += 1
        k += 1
    if k + 1 >= n or toks[k].text != ",":
        return None
    first = toks[k + 1]
    if not (first.lower or first.base_low in lex.TITLE_HEADS or first.base_low in TITLE_DETERMINERS):
        return None  # "..., Export Promotion, Small Business and ...": a list of portfolios
    for m in range(k + 1, min(n, k + 1 + _MAX_APPOSITIVE_WORDS)):
        word = toks[m]
        if word.text == ",":
            return m + 1 if m + 1 < n else None
        if (word.punct and word.text not in "()-'’&/.") or (
            word.lower and word.form in ("past", "s") and word.lemma
        ):
            return None  # another clause: "Ana Lopez, who said ...", "; the Minister"
    return None


def _context_cue(toks: Sequence[Word], b: int, start: int, a: int | None = None) -> bool:
    """A verb right after the name ("Jane Doe said", "Jane Doe also noted"), the relative
    pronoun of persons ("Jane Doe, who chairs ..."), or words before it that introduce a name
    ("according to", "moderated by journalist"); never for a run ``a``..``b`` of the words of
    titles and bodies alone (see ``_all_org_words``)."""
    if a is not None and _all_org_words(toks, a, b):
        return False
    if _topic_of_name(toks, start):
        return False
    n = len(toks)
    nxt = toks[b].base_low if b < n else ""
    if nxt == _PERSONAL_RELATIVE or (nxt == "," and b + 1 < n and toks[b + 1].low == _PERSONAL_RELATIVE):
        return True  # "Jane Doe who chairs the board", "Jane Doe, who opened ...": "who" is a person's
    verb = _after_appositive(toks, b)
    if verb is not None and (toks[verb].base_low in lex.NAME_VERBS or finite_cue(toks[verb])):
        return True  # "Ana Lopez, a trade negotiator from Peru, explained ..."
    if nxt in lex.NAME_VERBS or (
        nxt in NAME_VERB_FILLERS
        and b + 1 < n
        and toks[b + 1].base_low in lex.NAME_VERBS
        # "The Dialogue on Trade Recovery was opened by ...": a passive's subject is no agent
        and not (nxt in lex.BE_FORMS and b + 2 < n and toks[b + 2].base_low == "by")
    ):
        return True
    lead_in = " ".join(t.base_low for t in toks[max(0, start - 2) : start])
    last_before = toks[start - 1].base_low if start > 0 else ""
    if lead_in in lex.NAME_BEFORE_CUES or last_before in lex.NAME_BEFORE_CUES:
        return True
    # "moderated by journalist Jane Doe": an occupation in lowercase right before the name
    if last_before in lex.OCCUPATION_NOUNS and not toks[start - 1].cap:
        return True
    # "met her Ostrian counterpart, Jonas Berg": a person relative to another, a comma between
    relative = start - 1 - (last_before == ",")
    if relative >= 0 and toks[relative].low in lex.RELATIVE_PERSON_NOUNS:
        return True
    # "A local trader, Ana Ruiz, said": an occupation the name is set off after, by two commas
    return last_before == "," and relative >= 0 and _occupation_apposed(toks, relative, b)


def _occupation_apposed(toks: Sequence[Word], k: int, b: int) -> bool:
    """Whether the lowercase occupation at ``k`` has the name ending before ``b`` in apposition,
    a comma closing it: "a local trader, [Ana Ruiz], said"."""
    return toks[k].lower and toks[k].low in lex.OCCUPATION_NOUNS and b < len(toks) and toks[b].text == ","


def _topic_of_name(toks: Sequence[Word], start: int) -> bool:
    """Whether the run at ``start`` is the topic that ends a body's or event's name: "the
    Regional Forum on [Inland Waterways] opened", "the Fund for [Coastal Towns] said": what
    comes after "on" or "for" in a name is its subject, not a person."""
    return (
        start >= 2
        and toks[start - 1].low in _TOPIC_PREPOSITIONS
        and toks[start - 2].cap
        and toks[start - 2].org_word
    )


_TOPIC_PREPOSITIONS = frozenset(("on", "for"))


# Nouns that make a lowercase apposition a person's description: "a senior political analyst",
# "president of the Harbour Group" (occupations and the one-word heads of titles).
_PERSON_HEADS = lex.OCCUPATION_NOUNS | frozenset(h for h in lex.TITLE_HEADS if " " not in h)
_NOT_MODIFIERS = lex.PREPOSITIONS | lex.COORDINATORS | lex.RELATIVES | TITLE_RELATIVES | lex.DETERMINERS
_DESCRIPTION_ENDS = frozenset(',;()“”"')
_MAX_MODIFIERS = 3
# Heads of a lowercase title before a name: "the president", "foreign minister" (one word each).
_LOWER_TITLE_HEADS = lex.LOWERCASE_ROLE_HEADS | frozenset(
    h for h in lex.TITLE_HEADS if " " not in h and "-" not in h
)
_MAX_DESCRIPTION = 16
_RELATION_HEADS = _LOWER_TITLE_HEADS | lex.SUBORDINATE_MODIFIERS  # "her counterpart", "his deputy"


def _description_end(toks: Sequence[Word], k: int) -> int:
    """Where a description that runs from ``k`` ends: at a comma, a bracket, a quotation mark,
    a relative word or the sentence's end."""
    m = k
    while m < len(toks) and m - k < _MAX_DESCRIPTION:
        t = toks[m]
        if t.text == "," and _portfolio_goes_on(toks, m + 1):
            m += 1  # "minister of trade, tourism and fisheries": a list of portfolios
            continue
        if (
            t.text in _DESCRIPTION_ENDS
            or (t.base_low in lex.RELATIVES and not t.acro)  # "head of the WHO office": an acronym
            or t.base_low in lex.TENURE_PREPOSITIONS  # "minister of trade since 2019": when, not what
            or (t.text == "." and m == len(toks) - 1)
        ):
            break
        m += 1
    return m


def _portfolio_goes_on(toks: Sequence[Word], x: int) -> bool:
    """Whether a lowercase list goes on after a description's comma, at ``x``: one noun, then a
    comma or "and" ("trade, tourism, and fisheries"), not a verb (", said") nor a new phrase."""
    if x + 1 < len(toks) and toks[x].base_low in _AND and not toks[x].cap:
        x += 1  # ", and fisheries": the list's last item
        return x + 1 < len(toks) and _portfolio_word(toks[x]) and toks[x + 1].text in (",", ".", ";")
    if x + 1 >= len(toks):
        return False
    t = toks[x]
    if not _portfolio_word(t):
        return False
    nxt = toks[x + 1]
    return nxt.text == "," or (nxt.base_low in _AND and not nxt.cap)


def _portfolio_word(t: Word) -> bool:
    """A lowercase noun that may be an item of a list of portfolios: "tourism"; no verb."""
    return t.lower and t.alpha and t.lemma is None and t.base_low not in _NOT_MODIFIERS


def _description_head(toks: Sequence[Word], k: int) -> int | None:
    """The person noun a description starting at ``k`` is built on, after at most three
    modifiers ("senior political analyst", "executive vice president"), or None."""
    for x in range(k, min(k + _MAX_MODIFIERS + 1, len(toks))):
        t = toks[x]
        if not t.alpha or t.poss:
            return None
        if t.base_low in _PERSON_HEADS:
            return x if not t.cap else None  # "Ambassador Ana Ruiz" is a title and a name
        if t.base_low in _NOT_MODIFIERS or t.lemma is not None or t.digit:
            return None
    return None


def _split_description(view: SentenceView, k: int, head: int, end: int) -> tuple[str, str | None]:
    """(title, org) of a description: the organization after its last "at"/"from" ("... at Hanes
    Brands"), or after "of" right after the head when the rest is a name ("president of the
    Harbour Group"); else the whole phrase is the title."""
    toks = view.words
    for x in range(end - 2, head, -1):
        if toks[x].base_low in ("at", "from") and not toks[x].cap:
            c = x + 1 + (toks[x + 1].base_low == "the")
            if c < end and toks[c].cap:
                return span_text(view, k, x), span_text(view, c, end)
    if head + 2 < end and toks[head + 1].base_low == "of":
        c = head + 2 + (toks[head + 2].base_low == "the")
        if c < end and all(t.cap or not t.alpha for t in toks[c:end]) and any(t.org_cue for t in toks[c:end]):
            return span_text(view, k, head + 1), span_text(view, c, end)
        if _acronym_office(toks, c, end):
            # "head of the WHO country office": the office is the acronym's body's; the title
            # keeps the office, the org is the body
            return span_text(view, k, end), toks[c].base
    return span_text(view, k, end), None


def _acronym_office(toks: Sequence[Word], c: int, end: int) -> bool:
    """Whether an acronym at ``c`` opens a lowercase office's name that ends on one of a body's
    nouns before ``end`` or its place: "the UNDP office in Kivu", "the WHO country office"."""
    if not (toks[c].acro and not toks[c].poss):
        return False
    m = c + 1
    while m < end and m - c <= _MAX_OFFICE_WORDS and toks[m].alpha and not toks[m].cap:
        if toks[m].base_low in lex.ORG_CUES:
            return True
        m += 1
    return False


def _described_after(view: SentenceView, j: int, start: int = -1) -> tuple[str, str | None] | None:
    """A lowercase description of a person in apposition after a bare name, from the comma at
    ``j``: ", a senior political analyst,", ", the bureau's deputy director for programmes",
    ", president of the Harbour Group": (title, org), the owner before a possessive as org.
    So does a copula in the present after the name that opens the sentence (``start`` 0):
    "Ana Ruiz is Peru's minister of trade." -> ("minister of trade", "Peru")."""
    toks = view.words
    n = len(toks)
    if not (j + 1 < n and (toks[j].text == "," or (start == 0 and toks[j].low in lex.PRESENT_COPULAS))):
        return None
    found = _description_from(view, j + 1)
    inverted = start > 0 and toks[j].text == "," and toks[j + 1].low in _NEW_ONE and _cue_closes(toks, j + 1)
    return None if inverted else found


# an indefinite introduces someone new: the speaker
_NEW_ONE = lex.INDEFINITE_ARTICLES


def _cue_closes(toks: Sequence[Word], k: int) -> bool:
    """Whether the phrase from ``k`` runs into a speech verb with no comma to close it: the
    speaker of an inverted report, no apposition to the name before ("... will resume in
    Tarvik, a spokeswoman for the ministry said.")."""
    for t in toks[k : k + _MAX_DESCRIPTION]:
        if t.text in _DESCRIPTION_ENDS or t.base_low in lex.RELATIVES:
            return False
        if t.lemma is not None and t.lower and t.form != "ing":
            return True
    return False


def _description_from(view: SentenceView, k: int) -> tuple[str, str | None] | None:
    """The lowercase description of a person that starts at ``k`` (see ``_described_after``)."""
    toks = view.words
    n = len(toks)
    if toks[k].low in lex.PRESENT_ADVERBS and k + 1 < n:
        k += 1  # "Karin Nyberg, [now] chair of the Council": the post of the moment
    if toks[k].base_low in lex.ARTICLES:
        k += 1
    owner: str | None = None
    if k + 1 < n and toks[k].poss:
        owner = toks[k].base if toks[k].cap else None
        k += 1
    head = _description_head(toks, k)
    if head is None or (head + 1 < n and toks[head + 1].name_word):
        return None  # the title of the name after it: "Tom Berg, included councillor Ana Ruiz"
    end = _description_end(toks, head + 1)
    title, org = _split_description(view, k, head, end)
    return title, owner or org


_MAX_OFFICE_WORDS = 3  # "country liaison office"
_RELATIVE_ADVERBS = frozenset(("also", "now", "still"))  # "who also chairs", "who now heads"


def _office_in_relative(view: SentenceView, j: int) -> tuple[str, str | None] | None:
    """The office a relative clause gives after a name, from ``j`` (a comma or "who"): "Tom
    Berg, who chairs the Ports Commission," -> ("Chair", "Ports Commission"); the verb in the
    present (``OFFICE_VERBS``), its object an organization's name ("who leads the delegation"
    gives none)."""
    toks = view.words
    n = len(toks)
    k = j + (j < n and toks[j].text == ",")
    if not (k + 2 < n and toks[k].low == _PERSONAL_RELATIVE):
        return None
    k += 1
    if toks[k].low in _RELATIVE_ADVERBS or (toks[k].low.endswith("ly") and not toks[k].cap):
        k += 1  # "who currently heads"
    title = lex.OFFICE_VERBS.get(toks[k].low) if k < n else None
    if title is None:
        return None
    k += 1 + (k + 1 < n and toks[k + 1].low == "the")
    end = _org_span_end(view, k)
    if end is None:
        return None
    if end >= 3 and toks[end - 1].text == ")" and toks[end - 3].text == "(":
        end -= 3  # "the African Trade Commission (ATC)": the name, not its acronym
    return title, span_text(view, k, end)


def _office_by_participle(view: SentenceView, start: int) -> tuple[str, str | None] | None:
    """The office a participle with "by" right after an organisation's name gives the name
    after it: "the Ports Commission, chaired by Mr. Tom Berg," -> ("Chair", "Ports Commission")
    (``OFFICE_PARTICIPLES``), "which is" between them too; none after a meeting ("the
    session, chaired by ...")."""
    toks = view.words
    if start < 3 or toks[start - 1].low != "by":
        return None
    title = lex.OFFICE_PARTICIPLES.get(toks[start - 2].low)
    if title is None:
        return None
    end = start - 2
    if end >= 3 and toks[end - 1].low == "is" and toks[end - 2].low == "which":
        end -= 2  # "the Ports Commission, which is chaired by ...": the office held now
    end -= toks[end - 1].text == ","
    body = next(((a, b) for a, b in view.org_spans if b == end), None)
    if body is None:
        return None
    a = body[0] + (toks[body[0]].base_low == "the")
    return (title, span_text(view, a, end)) if a < end else None


def _singular_head(word: Word) -> str | None:
    """The title head a plural title is of, as written: "Presidents" -> "President",
    "Secretaries" -> "Secretary"; None for a plural of no title ("officials")."""
    if word.base_low not in lex.PLURAL_HEADS:
        return None
    base = word.base
    for plural, singular in (("ies", "y"), ("s", "")):
        head = base[: -len(plural)].lower() + singular
        if base.endswith(plural) and head in lex.TITLE_HEADS and head not in lex.ADJECTIVE_ROLE_HEADS:
            return base[: -len(plural)] + singular
    return None


def _shared_title(view: SentenceView, a: int) -> tuple[str, str | None] | None:
    """A plural title shared out over a list, each country with its holder after a comma:
    "the Presidents of Colombia, Ana Ruiz; of Peru, Juan Soto" gives each the singular title
    and the country ("President", "Peru"). The words back to the plural head may be only the
    list's own: countries, names, "of", "and", commas and semicolons. After the first pair
    the "of" may go: "the Ambassadors of Chile, Ana Ruiz; Peru, Juan Soto and Spain, Lea Marsh"
    (the word before the country then ends the holder before it, no country: "of Chile, Peru
    and Mexico, Tom Berg said" is a list of countries)."""
    toks = view.words
    if a < 3 or toks[a - 1].text != ",":
        return None
    first = view.country_ends.get(a - 1)
    if first is None or first < 2 or view.countries[first][2]:
        return None
    if toks[first - 1].base_low != "of" and not _after_a_holder(view, first - 1):
        return None
    for p in range(first - 2, -1, -1):
        t = toks[p]
        head = _singular_head(t)
        if head is not None:  # with its modifiers: "the Foreign Ministers" -> "Foreign Minister"
            k = p
            while k > 0 and toks[k - 1].cap and toks[k - 1].org_word and not toks[k - 1].acro:
                k -= 1
            return " ".join([*(w.text for w in toks[k:p]), head]), view.countries[first][1]
        if (t.cap and t.title_word) or not (t.text in (",", ";") or t.base_low in ("of", "and") or t.cap):
            return None
    return None


def _respective_title(view: SentenceView, a: int) -> tuple[str, str | None] | None:
    """A plural title of two countries before two names, each its country's holder in turn:
    "The Foreign Ministers of Ostland and Varia, Ms. Ana Ruiz and Mr. Tom Berg, met ..." gives
    Ruiz "Foreign Minister" of Ostland and Berg of Varia. ``a``: where the name (with its
    honorific) starts."""
    toks = view.words
    second = a >= 1 and toks[a - 1].base_low == "and"
    comma = a - 1
    if second:  # back over the first name: "Ms. Ana Ruiz [and] Mr. Tom Berg"
        comma = a - 2
        while comma > 0 and toks[comma].text != "," and (toks[comma].cap or toks[comma].text == "."):
            comma -= 1
    if comma < 5 or toks[comma].text != ",":
        return None
    last = view.country_ends.get(comma)  # where the country before the comma starts
    if last is None or last < 4 or toks[last - 1].base_low != "and":
        return None
    first = view.country_ends.get(last - 1)
    if first is None or first < 2 or toks[first - 1].base_low != "of":
        return None
    title = _singular_title(toks, first - 2)
    if title is None:
        return None
    return title, view.countries[last if second else first][1]


def _after_a_holder(view: SentenceView, sep: int) -> bool:
    """Is the comma, semicolon or "and" at ``sep`` the end of a list's pair, a holder's name
    before it ("Chile, Ana Ruiz; [Peru]"), no country nor title ("Chile, [Peru]")?"""
    toks = view.words
    if toks[sep].base_low == "and" and toks[sep - 1].text == ",":
        sep -= 1  # "Chile, Ana Ruiz, and Peru, Juan Soto"
    elif toks[sep].text not in (",", ";") and toks[sep].base_low != "and":
        return False
    last = toks[sep - 1]
    return last.name_word and sep not in view.country_ends and not last.title_word


def _title_before_list(view: SentenceView, a: int) -> tuple[str, str | None] | None:
    """A plural title right before a list of names gives each name its singular:
    "Ministers Ana Ruiz (Peru), Tom Berg (Chile) and Lea Marsh", "Ambassadors Ana Ruiz and
    Tom Berg", "Deputy Ministers Ana Ruiz of Peru and Tom Berg of Chile". Back from the name at
    ``a`` to the plural there may be only the list's own words: names, initials, countries,
    "of", "and", commas, semicolons and brackets; the plural stands right before a name."""
    toks = view.words
    for p in range(a - 1, max(-1, a - 40), -1):
        t = toks[p]
        head = _singular_head(t)
        if head is not None:
            if p + 1 < len(toks) and toks[p + 1].name_word:
                k = p  # with its modifiers: "Deputy Ministers" -> "Deputy Minister"
                while k > 0 and toks[k - 1].cap and toks[k - 1].org_word and not toks[k - 1].acro:
                    k -= 1
                # and a past mark, which each holder's title shows: "former mayors A and B"
                past = (
                    [toks[k - 1].base_low]
                    if k > 0 and toks[k - 1].base_low in lex.SHOWN_PAST_MODIFIERS
                    else []
                )
                text = " ".join([*past, *(w.text for w in toks[k:p]), head])
                if toks[k].base_low in lex.PAST_MODIFIERS:
                    text = text[:1].lower() + text[1:]  # "Former Ministers" -> "former Minister"
                return text, None
            return None
        if (t.cap and t.title_word) or t.honorific or t.poss:
            return None
        if not (t.cap or t.text in (",", ";", "(", ")", ".") or t.base_low in ("of", "and")):
            return None
    return None


_LIST_ITEM_WORDS = 6  # the words of one name in a list: "Dr. Adama Samassékou"


def _title_after_list(view: SentenceView, a: int, b: int) -> tuple[str, str | None] | None:
    """A plural title in apposition after a list of names gives each its singular: "co-chaired
    by Ana Ruiz and Tom Berg, the Presidents of the two Committees," -> ("President", "two
    Committees") for both; with "respectively", each the post of its rank in the list (see
    ``_respective_posts``). From the end ``b`` of a name of the list, only the list's own words
    stand before the comma and "the": names, initials, honorifics, commas and one "and"."""
    toks = view.words
    n = len(toks)
    x, run, later = b, 0, 0
    joined = a > 0 and toks[a - 1].base_low == "and"  # the list's last name
    while x < n:
        t = toks[x]
        if t.text == "," and x + 2 < n and toks[x + 1].base_low == "the":
            break
        if t.text == "," and x + 2 < n and _bare_plural_head(toks, x + 1):
            x -= 1  # "A, B and C, members of the Committee": no article, the head at x + 2
            break
        if t.base_low == "and" and not t.cap:
            joined, run = True, 0
        elif t.text == ",":
            run = 0
        elif (t.cap and t.alpha) or t.text == "." or t.honorific or _particle(t):
            later += run == 0
            run += 1
            if run > _LIST_ITEM_WORDS or t.poss:
                return None
        else:
            return None
        x += 1
    else:
        return None
    k = x + 2
    head = k
    while head < n and _singular_head(toks[head]) is None and toks[head].cap and toks[head].org_word:
        head += 1  # modifiers: "the Deputy Ministers"
    singular = _singular_head(toks[head]) if joined and head < n else None
    if singular is None:
        return None
    title = " ".join([*(w.text for w in toks[k:head]), singular])
    earlier = _names_before(toks, a)
    posts = _respective_posts(view, head, earlier + 1 + later)
    if posts is not None:  # "..., the Presidents, respectively, of the A Council and the B Board"
        post = posts[earlier]
        if any(w in lex.ORG_CUES for w in post.casefold().split()):
            return title, post
        return f"{title} of {post}", None  # "the Ministers of Trade and of Health, respectively"
    end = _description_end(toks, head + 1)
    if head + 2 < end and toks[head + 1].base_low in ("of", "at"):
        c = head + 2 + (toks[head + 2].base_low == "the")
        if c < end and toks[c].cap and any(t.org_cue for t in toks[c:end]):
            return title, span_text(view, c, end)  # "of the Preparatory Committees"
        return f"{title} {span_text(view, head + 1, end)}", None  # "of Trade of Chile and Peru"
    return title, None


def _particle(t: Word) -> bool:
    """A name's lowercase particle, a word of a list of names: "Mr. Ole [van] Berg"."""
    return t.lower and t.base_low in lex.NAME_PARTICLES


def _bare_plural_head(toks: Sequence[Word], x: int) -> bool:
    """Whether token ``x`` is a plural title's head in lowercase with its complement, no article
    before it: "..., members of the Committee", "..., ambassadors of Chile and Peru"."""
    return (
        toks[x].lower
        and _singular_head(toks[x]) is not None
        and x + 1 < len(toks)
        and toks[x + 1].base_low in ("of", "at")
    )


def _names_before(toks: Sequence[Word], a: int) -> int:
    """How many names of a list stand before the one at ``a``: "Ana Ruiz, Tom Berg and [Lea
    Marsh]" -> 2. Back from ``a`` only the list's words: capitalised words, initials, honorifics,
    commas and "and"."""
    count, run = 0, False
    for x in range(a - 1, -1, -1):
        t = toks[x]
        if t.text == "," or (t.base_low in _AND and not t.cap):
            run = False
        elif (t.cap and t.alpha) or t.text == "." or t.honorific or _particle(t):
            count, run = count + (not run), True
        else:
            break
    return count


def _respective_posts(view: SentenceView, head: int, total: int) -> list[str] | None:
    """The posts a plural title's complement shares out, in order, over a list of ``total``
    names when "respectively" says so: "the Presidents, respectively, of the Preparatory
    Committees for Lima and Quito" -> ["Preparatory Committee for Lima", "Preparatory Committee
    for Quito"]; "the Chairs of the Trade Board and the Port Council, respectively" -> ["Trade
    Board", "Port Council"]. None without "respectively" or when the counts differ."""
    toks = view.words
    n = len(toks)
    k, said = head + 1, False
    if k + 2 < n and toks[k].text == "," and toks[k + 1].base_low in lex.DISTRIBUTING_ADVERBS:
        k, said = k + 2 + (toks[k + 2].text == ","), True
    if not (k < n and toks[k].base_low in ("of", "at")):
        return None
    c = k + 1 + (k + 1 < n and toks[k + 1].base_low == "the")
    end = c
    while end < n and not _post_list_end(toks, end):
        end += 1
    if end + 1 < n and toks[end].text == "," and toks[end + 1].base_low in lex.DISTRIBUTING_ADVERBS:
        said = True
    parts = _conjuncts(toks, c, end)
    if not said or len(parts) != total or total < 2:
        return None
    return _shared_prefix(view, parts)


def _post_list_end(toks: Sequence[Word], x: int) -> bool:
    """Whether a list of posts ends at ``x``: a semicolon, the sentence's stop, or a comma
    before "respectively" or a clause's lowercase word (", said ..."), not before the next
    post ("the A Board, the B Council and ...")."""
    t = toks[x]
    if t.text == ";" or (t.text == "." and x == len(toks) - 1):
        return True
    if t.text != "," or x + 1 >= len(toks):
        return t.text == ","
    nxt = toks[x + 1]
    return nxt.base_low in lex.DISTRIBUTING_ADVERBS or (
        nxt.lower and nxt.base_low not in ("the", "of", "and")
    )


def _conjuncts(toks: Sequence[Word], c: int, end: int) -> list[tuple[int, int]]:
    """The phrases "and" joins from ``c`` to ``end``, each without its article or a repeated
    "of": "the A Board and of the B Council" -> "A Board", "B Council"."""
    parts: list[tuple[int, int]] = []
    x = c
    joiners = (
        y for y in range(c, end) if (toks[y].base_low in _AND and not toks[y].cap) or toks[y].text == ","
    )
    for y in [*joiners, end]:
        while x < y and toks[x].base_low in ("of", "the"):
            x += 1
        parts.append((x, y))
        x = y + 1
    return [(x, y) for x, y in parts if y > x]


def _shared_prefix(view: SentenceView, parts: list[tuple[int, int]]) -> list[str]:
    """The conjuncts as whole posts: a plural noun with a preposition in the first one shares
    them, in the singular, with the others ("Preparatory Committees for Lima and Quito" ->
    "Preparatory Committee for Lima", "Preparatory Committee for Quito")."""
    toks = view.words
    a, b = parts[0]
    plural = next(
        (
            x
            for x in range(a, b - 1)
            if toks[x].cap and toks[x].low.endswith("s") and toks[x + 1].base_low in lex.PREPOSITIONS
        ),
        None,
    )
    texts = [span_text(view, x, y) for x, y in parts]
    if plural is None:
        return texts
    word = toks[plural].text
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    prefix = " ".join([span_text(view, a, plural), singular, toks[plural + 1].text]).strip()
    return [f"{prefix} {span_text(view, plural + 2, b)}"] + [f"{prefix} {t}" for t in texts[1:]]


def _country_owner(view: SentenceView, a: int) -> tuple[str, tuple[str, None] | None] | None:
    """The country whose possessive stands right before token ``a`` ("Serbia's"), when a
    plural of people before it says the names are people's, and the singular of that plural
    when it is a title's: each name of the list holds it for its country ("The Trade
    Ministers: Chile's Ana Ruiz and Peru's Tom Berg" -> "Trade Minister", Chile); else None."""
    first = view.country_ends.get(a)
    if first is None or not view.words[a - 1].poss:
        return None
    # only in a list of people a plural names before it: "the ministers - Spain's Ana Ruiz ..."
    plurals = [p for p in range(first) if view.words[p].base_low in lex.PLURAL_HEADS]
    if not plurals:
        return None
    _, country, demonym = view.countries[first]
    title = _singular_title(view.words, plurals[-1])
    return None if demonym else (country, (title, None) if title else None)


def _singular_title(toks: Sequence[Word], p: int) -> str | None:
    """The singular of the plural title at ``p`` with its modifiers ("the Deputy Ministers" ->
    "Deputy Minister"); None for a plural of no title ("officials")."""
    head = _singular_head(toks[p])
    if head is None:
        return None
    k = p
    while k > 0 and toks[k - 1].cap and toks[k - 1].org_word and not toks[k - 1].acro:
        k -= 1
    return " ".join([*(w.text for w in toks[k:p]), head])


def _family_first_marked(view: SentenceView, a: int, b: int, ctx: RunContext) -> bool:
    """A name that opens with a short family name in capitals ("QU Dongyu") stands where a
    name is expected: after an honorific or a title, or with a title in apposition."""
    toks = view.words
    if _after_honorific(toks, a) or a in ctx.ends_at:
        return True
    if a >= 2 and toks[a - 1].text == "," and a - 1 in ctx.ends_at:
        return True
    return b + 1 < len(toks) and toks[b].text == "," and b + 1 in ctx.starts_at


def _bare_kept(toks: Sequence[Word], a: int, b: int) -> bool:
    """Whether an uncued run is kept for coref: two words or more (not a possessive opening
    the sentence), or one word that may be a known person's surname ("Costa said"): not a
    possessive, not a place after "in", not part of something else ("Port Costa", "the Costa
    plan", "Costa Avenue", "Costa officials")."""
    n = len(toks)
    if b - a >= 2:
        return a > 0 or not any(toks[x].poss for x in range(a, b))
    prev = toks[a - 1] if a > 0 else None
    if toks[a].poss or (
        prev is not None and (prev.base_low in _NOT_BEFORE_SURNAME or (prev.cap and prev.alpha))
    ):
        return False
    return not (b < n and ((toks[b].cap and toks[b].alpha) or toks[b].base_low in _MODIFIED_HEADS))


def _surface_start(toks: Sequence[Word], before: _Before) -> int:
    """Where the mention's surface form starts: a title's article belongs to the role, not to
    the name's surface form ("the Minister, Ana Ruiz" is "Minister ... Ana Ruiz")."""
    start = before.start
    last = before.titles[-1] if before.titles else None
    if (
        last is not None
        and last.det is not None
        and last.start == start
        and toks[start].base_low in TITLE_DETERMINERS
    ):
        return start + 1
    return start


def _titles_around(
    view: SentenceView, a: int, b: int, j: int, before: _Before, ctx: RunContext
) -> tuple[list[tuple[Title, int]], bool]:
    """The titles of the name ``a``..``b`` (marked used), best first: in apposition after it (from
    ``j``), in apposition before it, right before it; and whether one is an apposition."""
    titles: list[tuple[Title, int]] = []
    apposed = _title_before(view, a, b, before, ctx)
    after = (
        _title_after(view, j, ctx, before.start)
        or _title_right_after(view, j, ctx)
        or _copular_title(view, j, ctx, before.start)
        or _relative_copular_title(view, j, ctx)
        or _bracketed_title(view, j, ctx)
        or _title_as(view, j, ctx)
    )
    if after is not None and apposed is not None and after.det is not None:
        after = None  # "the Minister of X, Mr. A, the Chair of Y, and Ms. B": a list's next item
    if after is not None and b - a == 1 and _verb_after(view.words, after.end):
        # one word, then a title its verb follows: the title is the subject, the word no name
        # ("Security, the Chair said, ...", "Similarly, the delegate of Kenya stressed ...")
        after = None
    if after is not None:
        after.used = True
        # re-read with lowercase complements allowed: "Chair of the maritime boundary talks"
        titles.append((with_lower_complement(view, after), 0))
    if apposed is not None:
        titles.append((with_place_complement(view, apposed, before.start - 1), 1))
        apposed.used = True
    for rank, title in enumerate(before.titles):
        titles.append((title, 2 + rank))
        title.used = True
    return titles, after is not None or apposed is not None


def _apposition_rest(
    view: SentenceView,
    titles: list[tuple[Title, int]],
    org_after: str | None,
    ctx: RunContext,
    before: _Before,
) -> tuple[str | None, tuple[tuple[Title, str | None], ...]]:
    """What follows the title in apposition after a name (``titles[0]``, rank 0): the
    organisation after it, when the name has none of its own ("Tom Ode, Director of Ports,
    Harbour Authority of Norland,"), and a second title coordinated with the first by "and",
    with its own organisation ("..., and Chair of the Regional Council", "..., and Chair,
    Regional Board,"); the second is marked used and put in ``titles`` after the first. With
    no title after the name, the organisation the words before its title give ("the Board
    led by the Chair, Tom Berg"; "Vice Chancellor Elmfield, Ana Ruiz")."""
    if not titles or titles[0][1] != 0:
        firsts = [t for t, _ in titles]
        owner = _led_body(view, firsts) or _delegation_body(view, firsts) or _led_delegation(view, firsts)
        owner = owner or _owner_word(view, titles, before) or _its_subject_body(view, firsts)
        return org_after or owner, ()
    end = titles[0][0].end
    if org_after is None:
        hit = _org_after_title(view, end)
        if hit is not None:
            org_after, end = hit
    if org_after is None:
        org_after = _its_leader_body(view, titles[0][0], before.start)
    if org_after is None and before.start >= 3 and view.words[before.start - 1].low == "by":
        # "a delegation from Ghana, led by Mr. Kofi Mensah, Minister of Trade": Ghana's
        org_after = _delegation_led_by(view, before.start - 1)
    second = _second_title(view, end, ctx)
    if second is None:
        return org_after, ()
    second.used = True
    titles.insert(1, (second, 0))
    own = _org_after_title(view, second.end)
    return org_after, ((second, own[0] if own else None),)


def _a_place(view: SentenceView, a: int, b: int, before: _Before, prev: str | None) -> bool:
    """One word after a preposition or verb of place ("in", "at", "visited") that names a known
    city or a country, with no honorific or title before it: the place, even with a title in
    apposition after it ("the meeting at Geneva, the Director General said ...")."""
    if b - a != 1 or before.honorific or before.titles or prev not in _AT_PLACE:
        return False
    return a in view.countries or view.words[a].base in lex.CITIES


_THING_OPENERS = frozenset(("of", "for", "on"))
_TOPIC_OPENERS = frozenset(("in", "on", "for", "about", "regarding", "concerning", "across", "within"))


def _thing_conjunct(toks: Sequence[Word], a: int, b: int, before: _Before, start: int) -> bool:
    """Whether the one bare word ``a`` names a thing, not a person, by the words before it:
    - the second half of two capitalised words joined by "and" after "of", "for" or "on" ("the
      issue of Trade and Security, the Minister said", "the Ministry of Land and Housing");
    - the head of "the" + a capitalised modifier ("in the Indian Ocean, the Envoy said", "the
      Pacific Ocean");
    - the object of a preposition opening the sentence, before a comma ("In Agriculture, the
      Minister said"): the title after the comma is the subject, not the word's apposition.
    A person's name would not stand alone in those places."""
    if b - a != 1 or before.honorific or before.titles:
        return False
    prev = toks[start - 1] if start else None
    if start >= 2 and prev is not None and prev.cap and toks[start - 2].base_low == "the":
        return True  # "the Indian Ocean"
    if start == 1 and toks[0].base_low in _TOPIC_OPENERS and b < len(toks) and toks[b].text == ",":
        return True  # "In Agriculture, the Minister said"
    if start < 3:
        return False
    first = toks[start - 2]
    return (
        toks[start - 1].base_low in _AND
        and (first.name_word or first.caps_name)
        and toks[start - 3].base_low in _THING_OPENERS
    )


def _abbreviated_title(toks: Sequence[Word], a: int, b: int) -> str | None:
    """The title a run opens with in the abbreviation the genre writes before a name ("PM
    Bainimarama", "DG Okafor"): the title it stands for, or None."""
    return lex.TITLE_ABBREVIATIONS.get(toks[a].text) if b - a > 1 else None


def _title_owner(
    toks: Sequence[Word], a: int, b: int, before: _Before, runs: Sequence[tuple[int, int]]
) -> bool:
    """Whether the one word ``a`` after a title is the title's organization, the name coming
    after a comma with its honorific: "Vice Chancellor Elmfield, Prof Dr Ana Ruiz" (a style
    of South Asian releases), when the title opens the sentence and a verb follows that name."""
    if not (
        b - a == 1
        and len(before.titles) == 1
        and not before.honorific
        and b + 1 < len(toks)
        and toks[b].text == ","
        and _honorific_follows(toks, b + 1)
    ):
        return False
    # the name after it ends the subject (a verb follows) or the sentence ("..., said the Vice
    # Minister of Finance and Public Credit, Ms. Ana Ruiz."), not another name of a list
    nxt = next((e for s, e in runs if s > b), None)
    if nxt is None or nxt >= len(toks):
        return False
    if toks[nxt].text == "." and nxt == len(toks) - 1:
        return True
    if toks[nxt].text == "," and nxt + 1 < len(toks) and toks[nxt + 1].lower:
        return True  # "the Governor of the State of Mato Grosso, Mr. Joao Lima, and toured ...": closed
    return before.titles[0].start == 0 and toks[nxt].lower and toks[nxt].base_low not in lex.COORDINATORS


def _name_start(view: SentenceView, a: int, b: int, ctx: RunContext, abbreviated: str | None) -> int:
    """Where the name of the run ``a``..``b`` starts: after a title's abbreviation ("PM
    Bainimarama"), after a short word in capitals where no name is expected ("UN Jane Doe");
    at an initial, even "A." ("A. Drougos": no article has a full stop), or initials written
    together ("K.T. Hammond")."""
    toks = view.words
    one = len(toks[a].base) == 1 or GLUED_INITIALS.fullmatch(toks[a].base) is not None
    initial = one and a + 1 < b and toks[a + 1].text == "."
    if abbreviated or (
        not toks[a].name_word and not initial and b - a > 1 and not _family_first_marked(view, a, b, ctx)
    ):
        return a + 1
    return a


def read_name(view: SentenceView, a: int, b: int, ctx: RunContext) -> Named | None:
    """The name mention of the run ``a``..``b`` with the titles around it (marked used), or None
    when it is no person's name nor a bare run of two words or more."""
    toks = view.words
    abbreviated = _abbreviated_title(toks, a, b)
    a = _name_start(view, a, b, ctx, abbreviated)
    words = _name_text(toks, a, b)
    if len(words) > _MAX_NAME_WORDS:
        return None
    before = _before_name(toks, a, ctx.ends_at)
    if b < len(toks) and _REGNAL.fullmatch(toks[b].text) and (before.titles or before.honorific):
        b += 1  # "Queen Elizabeth II": a regnal number is part of the name
        words = _name_text(toks, a, b)
    if _title_owner(toks, a, b, before, ctx.runs):
        ctx.ends_at[b] = before.titles[0]  # the title goes on to the name after the comma
        return None
    start = before.start - (abbreviated is not None)
    prev = prev_word(toks, start)
    if prev is not None and prev in TITLE_DETERMINERS and not before.titles and not before.honorific:
        return None  # "the Bergen Policy Institute": a name after an article is not a person's
    if toks[b - 1].base_low in _BUILDING_NOUNS and _building_named(toks, start, before):
        for title in before.titles:
            title.used = True
        return None  # "the Sheikh Rashid Container Terminal": a building named after a person
    if prev == "of" and start - 1 in ctx.run_ends and not before.honorific:
        return None  # "Ana Costa of Lisbon Harbour": the person's place or organization
    if _no_person(view, (a, b, start), before, prev, ctx):
        return None  # "at Geneva, the Director said", "On Peace and Security, the Minister said"
    j, own_org = _org_after(view, b, bool(before.titles))
    titles, appositive = _titles_around(view, a, b, j, before, ctx)
    org_after, coordinated = _apposition_rest(view, titles, own_org, ctx, before)
    described: tuple[str, str | None] | None = (abbreviated, None) if abbreviated else None
    if before.rank and not before.titles and not described and not appositive:
        described = _rank_described(view, start, before.rank)
    if not (appositive or before.titles or described) and (before.honorific or len(words) >= 2):
        described = _description_of(view, j, start, b)
    cued = before.honorific or bool(before.titles) or appositive or described is not None
    owner = _country_owner(view, start) if len(words) >= 2 and not cued else None
    if owner is not None:  # "Serbia's Ana Petrovic": a country's possessive before a name
        cued, org_after, described = True, org_after or owner[0], owner[1]
    cued = cued or (
        len(words) >= 2
        and (_post_nominal_after(toks, b) or _context_cue(toks, j if org_after else b, start, a))
    )
    if not cued and org_after is not None and toks[b].text == "(" and j < len(toks):
        # "Ana Ruiz (Chile) stressed": a delegate and the country, a verb after them (not a
        # place: "Antigua (Guatemala), 24 May")
        cued = (
            toks[j].lemma is not None or toks[j].base_low in lex.NAME_VERBS
        ) and prev not in _NOT_BEFORE_SURNAME
    if not (cued or _bare_kept(toks, a, b)):
        return None
    surface_start = start if abbreviated else _surface_start(toks, before)
    return Named(
        sent=view.index, para=view.para, start=view.starts[surface_start], end=view.ends[b - 1],
        name_start=view.starts[a], name_end=view.ends[b - 1], words=words, titles=titles,
        org_after=org_after, gender=before.gender, cued=cued, prev=prev, described=described,
        coordinated=coordinated, closing_org=org_after if own_org is None else None,
    )  # fmt: skip


def _post_nominal_at(toks: Sequence[Word], k: int) -> str | None:
    """The post-nominal letters at token ``k``, in the singular ("MP" for "MP" or "MPs"), or None."""
    if k >= len(toks) or not toks[k].acro:
        return None
    low = toks[k].base_low
    if low in lex.POST_NOMINALS:
        return toks[k].base
    return toks[k].base[:-1] if low.endswith("s") and low[:-1] in lex.POST_NOMINALS else None


def _post_nominal_after(toks: Sequence[Word], b: int) -> bool:
    """Whether post-nominal letters follow the name ending at ``b``, after a comma or not:
    "Ana Ruiz, MP", "Tom Berg MEP", "Ana Ruiz and Tom Berg, MPs": letters only a person has."""
    return _post_nominal_at(toks, b + (b < len(toks) and toks[b].text == ",")) is not None


def _description_of(view: SentenceView, j: int, start: int, b: int) -> tuple[str, str | None] | None:
    """What the words around a name with no title tell of the person's post: a lowercase
    description after it, an office in a relative clause, a lowercase title or a relation
    before it, a title the name shares with others, an occupation."""
    return (
        _described_after(view, j, start)
        or _office_in_relative(view, j)
        or _office_by_participle(view, start)
        or _lower_title_before(view, start)
        or _relation_before(view, start)
        or _respective_title(view, start)
        or _shared_title(view, start)
        or _listed_title(view, start, b)
        or _occupation_before(view, start)
        or _post_nominal_post(view.words, b)
    )


def _post_nominal_post(toks: Sequence[Word], b: int) -> tuple[str, str | None] | None:
    """The post the letters after a name stand for when nothing else gives one: "Ana Ruiz, MP,
    joined the delegation" -> ("MP", None); not a degree or a suffix ("PhD", "Jr")."""
    letters = _post_nominal_at(toks, b + (b < len(toks) and toks[b].text == ","))
    return (letters, None) if letters is not None and letters.casefold() in lex.POST_NOMINAL_POSTS else None


# --- Names in a list ----------------------------------------------------------------------------

_AND = frozenset(("and", "&"))
_LIST_JOINERS = _AND | {","}


def _joined(view: SentenceView, left: tuple[int, int, Named], right_start: int) -> bool:
    """Whether a list's "and" (with commas, and the titles of the name on the left) stands
    between the name ``left`` and the token ``right_start``: "Dr. Ana Ruiz, Chair, and"."""
    toks = view.words
    _, b, named = left
    inside = {x for title, rank in named.titles if rank <= 1 for x in range(title.start, title.end)}
    gap = range(b, right_start)
    return (
        len(gap) > 0
        and toks[right_start - 1].low in _LIST_JOINERS
        and any(toks[x].low in _AND for x in gap)  # a comma alone may open an apposition
        and all(toks[x].low in _LIST_JOINERS or x in inside for x in gap)
    )


def _plain_name(toks: Sequence[Word], a: int, b: int) -> bool:
    """No word of a title, an organization, a portfolio or a thing in the run, and no
    capitalised word right after it ("Blue Ocean Week", "Global Health Architecture")."""
    return not any(toks[x].org_word or toks[x].base_low in lex.THING_CUES for x in range(a, b)) and not (
        b < len(toks) and toks[b].cap
    )


def coordinate_names(
    view: SentenceView, read: list[tuple[int, int, Named]], views: Sequence[SentenceView] = ()
) -> None:
    """A bare name of two words or more in a list with a person's name is a person too: "chaired
    by Dr. Ana Ruiz and Tomas Berg", "Tomas Berg and Dr. Ana Ruiz, the co-chairs" (marked
    cued). Not a phrase that names a thing ("Dr. Ana Ruiz and Blue Ocean Week", see ``_plain_name``)."""
    toks = view.words
    first_token = {view.starts[x]: x for x in range(len(toks))}
    for k, (a, b, named) in enumerate(read):
        if named.cued or len(named.words) < 2 or not _plain_name(toks, a, b):
            continue
        left = k > 0 and read[k - 1][2].cued and _joined(view, read[k - 1], a)
        right = (
            k + 1 < len(read)
            and read[k + 1][2].cued
            and _joined(view, (a, b, named), first_token[read[k + 1][2].start])
        )
        named.cued = left or right
    _listed_names(view, read)
    _shared_descriptions(view, read)
    _subject_descriptions(view, read, views)


def _listed_names(view: SentenceView, read: list[tuple[int, int, Named]]) -> None:
    """Bare names of two words or more in a list that a plural of persons opens with "were",
    "included" or the like, or with a colon right after it, are people's names: "The speakers
    were Ana Ruiz, Tom Berg and Lea Marsh", "Participants included Omar Said and Ken Ito", "the
    panellists: T. Dokos, K. Filis" (marked cued). Each item is a plain name (see
    ``_plain_name``), joined to the next by a comma or "and"."""
    toks = view.words
    for k, last in _opened_lists(view, read):
        items = read[k : last + 1]
        if last > k and all(len(n.words) >= 2 and _plain_name(toks, x, y) for x, y, n in items):
            for _, _, named in items:
                named.cued = True


def _opened_lists(view: SentenceView, read: list[tuple[int, int, Named]]) -> list[tuple[int, int]]:
    """The lists of names (first and last index into ``read``) that a plural of persons before
    them opens with a word of ``NAME_LIST_OPENERS`` or a colon: "The speakers were A, B and C"."""
    toks = view.words
    lists: list[tuple[int, int]] = []
    k = 0
    while k < len(read):
        a = _styled_start(toks, read[k][0])  # "were [Mr.] Ana Ruiz"
        colon = a > 1 and toks[a - 1].text == ":" and toks[a - 2].base_low in lex.PERSON_PLURALS
        if not (colon or (a > 1 and toks[a - 1].base_low in lex.NAME_LIST_OPENERS)):
            k += 1
            continue
        if not any(t.base_low in lex.PERSON_PLURALS for t in toks[: a - 1]):
            k += 1
            continue
        last = k
        while last + 1 < len(read) and _item_gap(view, read[last][1], read[last + 1][0]):
            last += 1
        lists.append((k, last))
        k = last + 1
    return lists


def _subject_descriptions(
    view: SentenceView, read: list[tuple[int, int, Named]], views: Sequence[SentenceView]
) -> None:
    """The subject of a copula that opens a list of names describes each name, in the
    singular, with the country that qualifies it as the organisation: "The Peruvian
    legislators who met the Minister were Ana Ruiz and Tom Berg" makes each a "legislator" of
    Peru. The subject opens the sentence ("The" or none, a country, up to three modifiers, the
    plural person noun), and a relative clause may follow it before the copula. Without a
    country the noun tells a part in the event, no office ("The speakers were ..."). Only
    names with no description of their own get it. "The envoys were ..." after a sentence that
    named the plural of an envoy's post is of that post (see ``_envoys_post``)."""
    toks = view.words
    for k, last in _opened_lists(view, read):
        opener = _styled_start(toks, read[k][0]) - 1
        if toks[opener].base_low not in lex.LIST_COPULAS:
            continue
        subject = _plural_subject(view, opener)
        if subject is None:
            continue
        if (
            subject[0].lower() == lex.ENVOY_WORD
            and toks[0].base_low in lex.ARTICLES
            and 0 < view.index < len(views)
        ):
            subject = _envoys_post(views[view.index - 1]) or subject
        for _, _, named in read[k : last + 1]:
            if named.cued and not named.titles:
                named.described = named.described or subject


def _envoys_post(before: SentenceView) -> tuple[str, str | None] | None:
    """The post "the envoys" stand for: the last plural of an envoy's post in the sentence
    ``before`` ("received the letters of credence of three new ambassadors. The envoys were
    Mr. Ana Ruiz of Chile and ..." -> "Ambassador"); None if it names none."""
    toks = before.words
    for x in range(len(toks) - 1, -1, -1):
        singular = _singular_person(toks[x])
        if singular is None:
            continue
        pair = f"{toks[x - 1].base_low} {singular}" if x > 0 else singular  # "high commissioners"
        post = pair if pair in lex.ENVOY_TITLES else singular if singular in lex.ENVOY_TITLES else None
        if post is not None and post != lex.ENVOY_WORD:
            return " ".join(w[:1].upper() + w[1:] for w in post.split()), None
    return None


def _plural_subject(view: SentenceView, opener: int) -> tuple[str, str | None] | None:
    """The description a plural subject of persons that a country qualifies gives, in the
    singular ("The Peruvian legislators who met ..." -> ("legislator", "Peru")), when it opens
    the sentence and ends at the copula ``opener`` or at a relative pronoun before it; else
    None."""
    toks = view.words
    k = int(toks[0].base_low in lex.ARTICLES)
    country = view.countries.get(k)
    if country is None:
        # "The speakers were ...": a part in the event, no office; "The ambassadors were ...":
        # an office, each its holder
        return _office_subject(toks, k, opener)
    k = country[0] + (toks[country[0]].text == ".")  # "The U.S. legislators": the stop of "U.S."
    found = _plural_heads(toks, k)
    if found is None:
        return None
    heads, x = found
    if x != opener and not (x < opener and toks[x].low == _PERSONAL_RELATIVE):
        return None
    title = span_text(view, k, heads[-1] + 1)
    for h in heads:
        singular = _singular_person(toks[h])
        assert singular is not None
        title = title.replace(toks[h].text, singular, 1)
    return title, country[1]


_OWN_MODIFIERS = lex.TITLE_MODIFIERS - lex.EPHEMERAL_MODIFIERS  # "deputy", not "new"


def _office_subject(toks: Sequence[Word], k: int, opener: int) -> tuple[str, str | None] | None:
    """The title a plural of an office that opens the sentence at ``k`` and ends at the copula
    ``opener`` gives each name after it, in the singular, with the title's own modifiers (not
    "new"): "The new deputy ministers were ..." -> ("Deputy Minister", None); None for a plural
    of no office ("The speakers were ...") or with more words before it."""
    head = opener - 1
    singular = _singular_person(toks[head]) if head >= k else None
    if singular is None or singular not in lex.TITLE_HEADS or toks[head].base_low in lex.TURN_PLURALS:
        return None  # "The speakers were ...": their turn at the event, no Speaker's office
    x = head
    while x > k and toks[x - 1].base_low in _OWN_MODIFIERS:
        x -= 1
    if any(toks[y].base_low not in lex.EPHEMERAL_MODIFIERS for y in range(k, x)):
        return None  # "The Harbour Bank lawyers were ...", "The two envoys were": more than the office
    words = [*(t.base_low for t in toks[x:head]), singular]
    return " ".join(w[:1].upper() + w[1:] for w in words), None


def _list_gap(toks: Sequence[Word], b: int, a: int) -> bool:
    """Only a list's joiners between two names: ",", "and", ", and"."""
    return a > b and all(toks[x].low in _LIST_JOINERS for x in range(b, a))


def _styled_start(toks: Sequence[Word], a: int) -> int:
    """The first token of the honorifics right before the name at ``a``: "[Her Excellency
    Dr.] Ana Ruiz"; ``a`` itself without one."""
    while a > 0 and (hit := _honorific_ending_at(toks, a)) is not None:
        a = hit[0]
    return a


def _item_gap(view: SentenceView, b: int, a: int) -> bool:
    """Only a list's joiners between two of its items, each item a name with its honorifics
    and its country after "of": "Mr. Ana Ruiz of Chile, Ms. Lea Marsh of Peru and ..."."""
    toks = view.words
    if b + 1 < len(toks) and toks[b].low == "of" and b + 1 in view.countries:
        b = view.countries[b + 1][0]
    return _list_gap(toks, b, _styled_start(toks, a))


# --- A description shared by a list -----------------------------------------------------------


def _shared_descriptions(view: SentenceView, read: list[tuple[int, int, Named]]) -> None:
    """A plural description in apposition after a list of people's names is each one's, in the
    singular: "the speakers were Ana Ruiz, Tom Berg and Li Wei, all trade lawyers" makes each a
    "trade lawyer"; "the panellists: T. Ode, K. Berg, scholars and educators in ports law, ..."
    each a "scholar and educator in ports law". A plural noun can describe no single name, so
    it is the whole list's. Only names with no description of their own get it."""
    toks = view.words
    k = 0
    while k < len(read):
        last = k
        # "Mr. Tom Berg and Ms. Ana Ruiz, MPs": the honorifics before a name are the item's
        while last + 1 < len(read) and _list_gap(toks, read[last][1], _styled_start(toks, read[last + 1][0])):
            last += 1
        items = [named for _, _, named in read[k : last + 1]]
        shared = _plural_description(view, read[last][1]) if last > k else None
        if shared is not None and all(named.cued for named in items):
            for named in items:
                named.described = named.described or shared
        k = last + 1


def _plural_description(view: SentenceView, j: int) -> tuple[str, str | None] | None:
    """A lowercase description built on plural person nouns in apposition from the comma at
    ``j``, in the singular: ", all trade lawyers" -> ("trade lawyer", None); ", economists at
    the Harbour Bank," -> ("economist", "Harbour Bank"). Not the subject of a clause of its
    own: a verb after the nouns ends no description (", officials said")."""
    toks = view.words
    n = len(toks)
    if not (j + 1 < n and toks[j].text == ","):
        return None
    k = j + 1
    letters = _post_nominal_at(toks, k)
    plural = letters is not None and toks[k].base_low.endswith("s")
    if plural and letters is not None and letters.casefold() in lex.POST_NOMINAL_POSTS:
        return letters, None  # "Ana Ruiz and Tom Berg, MPs,": each an "MP"
    if toks[k].base_low in lex.DISTRIBUTIVE_DETERMINERS or toks[k].base_low in lex.ARTICLES:
        k += 1  # "all trade lawyers", "the co-chairs of the panel"
    found = _plural_heads(toks, k)
    if found is None:
        return None
    heads, x = found
    if x < n and not (
        toks[x].text in _DESCRIPTION_ENDS or toks[x].text == "." or toks[x].base_low in lex.PREPOSITIONS
    ):
        return None  # "..., officials said": a clause's subject
    end = _description_end(toks, x)
    if any(_pairs_off(toks, y) for y in range(x, end)):
        return None  # "..., lawyers at the Port Board and the Harbour Bank": whose is whose?
    title, org = _split_description(view, k, heads[-1], end)
    for h in heads:  # "scholars and educators" -> "scholar and educator"
        singular = _singular_person(toks[h])
        assert singular is not None
        title = title.replace(toks[h].text, singular, 1)
    return title, org


def _pairs_off(toks: Sequence[Word], y: int) -> bool:
    """Does the word at ``y`` join two capitalised names ("of Chile and Peru", "at the Port Board
    and the Harbour Bank"), which may pair off with a list's names, one each?"""
    nxt = y + 1 + (y + 1 < len(toks) and toks[y + 1].base_low in lex.ARTICLES)
    return (
        toks[y].base_low in ("and", "or") and y > 0 and toks[y - 1].cap and nxt < len(toks) and toks[nxt].cap
    )


def _plural_heads(toks: Sequence[Word], k: int) -> tuple[list[int], int] | None:
    """The plural person nouns a description from ``k`` is built on, each after at most three
    modifiers and joined by "and" or "or" ("scholars and educators", "trade lawyers"), and the
    token after them; None when there is none."""
    heads: list[int] = []
    x = k
    while x < len(toks):
        head = next(
            (y for y in range(x, min(x + _MAX_MODIFIERS + 1, len(toks))) if _singular_person(toks[y])), None
        )
        if head is None or not all(_plural_modifier(toks[y]) for y in range(x, head)):
            break
        heads.append(head)
        x = head + 1
        if not (x + 1 < len(toks) and toks[x].base_low in ("and", "or") and not toks[x].cap):
            return heads, x
        x += 1
    return (heads, x - 1) if heads else None


def _plural_modifier(t: Word) -> bool:
    """A word that may stand before a plural person noun in a description: "trade", "senior",
    "Harbour Bank"; no number, determiner, possessive or verb ("two", "their", "said")."""
    return (
        t.alpha
        and not t.poss
        and not t.digit
        and t.lemma is None
        and t.base_low not in _NOT_MODIFIERS
        and t.base_low not in lex.NOT_NAME_WORDS
    )


def _singular_person(word: Word) -> str | None:
    """The person noun a lowercase plural is of: "lawyers" -> "lawyer", "secretaries" ->
    "secretary", "businessmen" -> "businessman"; None for any other word."""
    if word.cap or not word.alpha or word.poss:
        return None
    low = word.low
    for plural, singular in (("ies", "y"), ("men", "man"), ("s", "")):
        if low.endswith(plural) and (one := low[: -len(plural)] + singular) in _PERSON_HEADS:
            return one
    return None
