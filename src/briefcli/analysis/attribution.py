"""Who the speaker of a statement is: a person, a role holder, a group or an organization.

The statements stage finds where a cue's subject ends (or, after "by" and "according to",
where it starts); this module says whom that phrase names, by the people stage's mentions
(looked up by offset) and the words around them:

- a person mention (name, title, pronoun: resolved by the people stage; a bare surname:
  "Lopez said that ...", see ``surname_mentions``) gives the person's name and id;
- an unnamed role holder its role and id ("u1"), or the one named person holding that title
  (``role_holders``: "the Mayor" when one person is titled "Mayor of ..."; "the Chairperson"
  when the text names one chair: "under the chairmanship of Dr. X");
- a pronoun the people stage left open ("The Governor highlighted ... He also underscored
  ...") is the last person who spoke; "They" the group or the pair of people named just
  before ("The Minister met senior officials. They all supported ..."); "who" the person or
  group before it; a pronoun the people stage gave to someone the text shows to be of the
  other gender (an honorific, a title word such as "Chairwoman", the pronouns of a sentence
  that names them) is the nearest person who fits, or no one;
- a bare given name right before a verb ("Angela commented") is the one person so named;
- a group ("Both sides", "Other speakers", "Representatives of the private sector", "The EU
  and the AU", "Mr. A and Ms. B") is kept as written, with no id;
- an organization ("The Council", "The IMF", "the Ministry of Finance", "According to the
  City": a capitalised institution noun after "the"; a country: "Peru supported ...", "The
  delegation of Peru stated ...") is kept as written, with the organization's id when the
  people stage found one there ("o1");
- "Mr. X of the IMF" is Mr. X, not the IMF;
- anything else (a document: "The report highlights ...", a bare "government") is no one.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import NamedTuple

from briefcli.analysis.countries import country_of
from briefcli.analysis.grammar import POSSESSIVE_ENDINGS, Words, is_verbish, word_after, word_before
from briefcli.analysis.names import family_name, title_gender
from briefcli.analysis.people import PeopleResult
from briefcli.lang import en as lex
from briefcli.lang.en import (
    ARTICLES,
    COORDINATORS,
    OWNER_PREPOSITIONS,
    POSTPOSED_TITLES,
    PREPOSITIONS,
    RELATIVES,
    SUBJECT_PRONOUNS,
    WH_WORDS,
)
from briefcli.model import Article, Gender, Mention, Organization, Participant, Person, SpeakerKind, Word
from briefcli.regexes import pattern
from briefcli.text.tokens import is_word

__all__ = [
    "Context",
    "Mentions",
    "Speaker",
    "antecedent",
    "apposed_name_start",
    "head_plural",
    "index_mentions",
    "initials_holders",
    "is_institution",
    "organization_head",
    "organization_id",
    "organization_names",
    "phrase_start",
    "role_holders",
    "speaker_ending",
    "speaker_starting",
    "surname_mentions",
    "title_holder",
    "title_initials",
]

# How far back a subject, an antecedent or an opening participle is looked for: bounded so a
# long unpunctuated text stays linear. "The Governor, whose offer to the investors stood since
# the trade fair held in Lagos two springs ago, used the evening to thank them, praising ..."
MAX_ANTECEDENT_WORDS = 90
MAX_GROUP_WORDS = 8
_MAX_COLLECTIVE_MODIFIERS = 4  # "a group of [young Indian] professionals"
_FITTING_REACH = 400  # characters before a paragraph that opens with a pronoun
# Words that never stand inside a group phrase: "[and] other speakers", "the officials [who]".
_CLOSED_WORDS = COORDINATORS | RELATIVES | WH_WORDS | lex.SUBORDINATORS | lex.AUXILIARIES | lex.BE_FORMS


class Speaker(NamedTuple):
    name: str
    kind: SpeakerKind
    start: int  # where the subject phrase starts (offset in Article.text)
    id: str | None  # the person ("p1"), role holder ("u1") or organization ("o1"); None for a group


class Mentions(NamedTuple):
    """The people stage's mentions, keyed by their end and start offsets."""

    person_end: dict[int, tuple[Person, Mention]]
    person_start: dict[int, tuple[Person, Mention]]
    role_end: dict[int, tuple[Participant, Mention]]
    role_start: dict[int, tuple[Participant, Mention]]
    org_end: dict[int, tuple[Organization, Mention]]
    org_start: dict[int, tuple[Organization, Mention]]
    countries: frozenset[str]  # the forms the text uses for countries: "Peru", "the Republic of Korea"
    organizations: dict[str, str]  # each organization's name, acronym and aliases: its id
    genders: dict[str, Gender]  # each person's gender, by id, when the text shows it
    initials: dict[str, Person]  # a title's initials and the one person holding it: "CS"
    person_ends: tuple[int, ...] = ()  # the ends of the person name mentions, sorted
    # (owner id, relative noun, person): "her counterpart, Mr. X" makes X her "counterpart"
    relatives: tuple[tuple[str, str, Person], ...] = ()


class Context(NamedTuple):
    """One sentence's words and what attribution needs around them."""

    words: Words
    mentions: Mentions
    previous: Words | None  # the sentence before, in the same paragraph
    last: Speaker | None  # the last person who spoke, in this paragraph or the one before
    last_near: bool = False  # ... in this sentence or the one before it, in the same paragraph
    we: Speaker | None = None  # the group the text's "we" named itself as (``self_named_group``)
    # the subject a list's lead gave its items: "The ministers:" before "welcomed A;" "stressed B"
    lead: Speaker | None = None


def index_mentions(
    who: PeopleResult, surnames: tuple[tuple[Mention, Person], ...] = (), text: str = ""
) -> Mentions:
    """The mentions of ``who`` (and the bare ``surnames``) by offset; the first one wins;
    ``text``: the article's, for the genders its pronouns tell (see ``genders``)."""
    person_end: dict[int, tuple[Person, Mention]] = {}
    person_start: dict[int, tuple[Person, Mention]] = {}
    pairs = [(p, m) for p in who.people for m in p.spans] + [(p, m) for m, p in surnames]
    for p, m in pairs:
        person_end.setdefault(m.end, (p, m))
        person_start.setdefault(m.start, (p, m))
    role_end: dict[int, tuple[Participant, Mention]] = {}
    role_start: dict[int, tuple[Participant, Mention]] = {}
    for r in who.participants:
        for m in r.spans:
            role_end.setdefault(m.end, (r, m))
            role_start.setdefault(m.start, (r, m))
    org_end: dict[int, tuple[Organization, Mention]] = {}
    org_start: dict[int, tuple[Organization, Mention]] = {}
    for o in who.organizations:
        for m in o.spans:
            org_end.setdefault(m.end, (o, m))
            org_start.setdefault(m.start, (o, m))
    countries = frozenset(form for place in who.places if place.kind == "country" for form in place.aliases)
    organizations = organization_names(who)
    genders = person_genders(who, text)
    names = tuple(sorted(end for end, (_, m) in person_end.items() if m.kind != "pronoun"))
    return Mentions(
        person_end,
        person_start,
        role_end,
        role_start,
        org_end,
        org_start,
        countries,
        organizations,
        genders,
        initials_holders(who),
        names,
        _relatives(text, pairs, person_end),
    )


@cache
def _relative_apposition() -> re.Pattern[str]:
    """A possessive, a relative noun and what comes before the name apposed to it: "her
    [Chilean] counterpart[ from Chile], " ... "Mr. Omar Sidi"."""
    nouns = "|".join(sorted(lex.RELATIVE_PERSON_NOUNS))
    owners = "|".join(sorted(lex.POSSESSIVE_DETERMINERS))
    return pattern(
        rf"\b(?:{owners})\b(?P<rest>\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{nouns})"
        rf"(?:\s+(?:from|of)\s+[^,;.]{{1,40}}?)?,?\s+)$",
        re.IGNORECASE,
    )


def _relatives(
    text: str, pairs: list[tuple[Person, Mention]], person_end: dict[int, tuple[Person, Mention]]
) -> tuple[tuple[str, str, Person], ...]:
    """The people the text names in apposition to a relative noun of someone else's: "met her
    counterpart from Chile, Mr. Omar Sidi" (owner: the person "her" is, noun: "counterpart")."""
    found: list[tuple[str, str, Person]] = []
    for person, m in pairs:
        if m.kind == "pronoun":
            continue
        hit = _relative_apposition().search(text, max(0, m.start - 80), m.start)
        owner = person_end.get(hit.start("rest")) if hit else None
        if hit and owner is not None and owner[0].id != person.id:
            found.append((owner[0].id, hit["noun"].lower(), person))
    return tuple(found)


def _relative_person(s: Context, j: int) -> Speaker | None:
    """ "Her counterpart thanked her": the person the text named in apposition to the same
    relative noun of the same owner ("met her counterpart, Mr. Omar Sidi"), when one was."""
    w = s.words
    k = j - 1
    while k > 0 and j - k <= 2 and w.lows[k] not in lex.POSSESSIVE_DETERMINERS:
        k -= 1  # "her Chilean counterpart"
    owner = s.mentions.person_end.get(w.ends[k]) if k >= 0 else None
    if owner is None or w.lows[k] not in lex.POSSESSIVE_DETERMINERS:
        return None
    named = {p.id: p for o, noun, p in s.mentions.relatives if o == owner[0].id and noun == w.lows[j]}
    if not named and w.lows[j] in lex.MUTUAL_RELATIVE_NOUNS:
        named = _met_with(s.mentions, owner[0])  # "Ms. A met Mr. B. ... Her counterpart said"
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    return Speaker(person.name, "person", w.starts[k], person.id)


def _met_with(mentions: Mentions, owner: Person) -> dict[str, Person]:
    """The other people named (not by a pronoun) in the first sentence that names ``owner`` by
    name: "Ms. A received Mr. B in Lisvik" makes B her counterpart, when he is the only one."""
    spans = [m for m in owner.spans if m.kind == "name"]
    if not spans:
        return {}
    first = min(m.sentence for m in spans)
    return {
        p.id: p
        for p, m in mentions.person_start.values()
        if m.sentence == first and m.kind == "name" and p.id != owner.id
    }


def person_genders(who: PeopleResult, text: str = "") -> dict[str, Gender]:
    """Each person's gender when the text tells it, by id: an honorific ("Ms."), a word of a
    title or a style ("Chairwoman", "Baroness"), or else the pronouns the people stage gave
    them in a sentence that names them before ("Prime Minister X, who is on her first visit"),
    when those agree."""
    genders: dict[str, Gender] = {}
    for p in who.people:
        gender = p.gender or title_gender((p.title or "", *p.mentions))
        if gender is None and text:
            gender = _pronoun_gender(p, text, who.people)
        if gender is not None:
            genders[p.id] = gender
    return genders


def _pronoun_gender(p: Person, text: str, people: tuple[Person, ...]) -> Gender | None:
    """The gender of the pronouns given to ``p`` after a mention of ``p`` in the same sentence,
    when they all agree, and only where ``p`` is the sentence's first person named (its
    subject, most often): not after an object's ("The Dean thanked the Governor for the talk,
    which he described as frank" tells nothing of the Governor)."""
    named = {m.sentence: m.start for m in p.spans if m.kind != "pronoun"}
    after = [
        m for m in p.spans if m.kind == "pronoun" and m.sentence in named and named[m.sentence] < m.start
    ]
    if not after:
        return None
    first: dict[int, int] = {}
    for m in p.spans:
        if m.kind != "pronoun":
            first.setdefault(m.sentence, m.start)
    sentences = {m.sentence for m in after}
    objects = {
        m.sentence
        for q in people
        if q is not p
        for m in q.spans
        if m.kind != "pronoun" and m.sentence in sentences and m.start < first[m.sentence]
    }
    told = {lex.PRONOUNS.get(text[m.start : m.end].lower()) for m in after if m.sentence not in objects} - {
        None
    }
    return told.pop() if len(told) == 1 else None


def initials_holders(who: PeopleResult) -> dict[str, Person]:
    """The initials of each person's title ("CS" for a Cabinet Secretary), when one person
    holds that title and no organization or place goes by them ("US": not an Under Secretary)."""
    holders: dict[str, list[Person]] = {}
    for p in who.people:
        surname = p.name.split()[-1] if p.name else ""
        titles = {p.title or "", *(m for m in p.mentions if surname not in m)}  # "the Cabinet Secretary"
        for title in titles:
            letters = title_initials(title)
            if len(letters) >= 2 and p not in holders.get(letters, []):
                holders.setdefault(letters, []).append(p)
    if not holders:
        return {}
    taken = organization_names(who).keys() | {alias for place in who.places for alias in place.aliases}
    countries = _country_aliases()  # "US", mentioned or not
    return {k: ps[0] for k, ps in holders.items() if len(ps) == 1 and k not in taken and k not in countries}


@cache
def _country_aliases() -> frozenset[str]:
    """Every name of every country ("US", "United States")."""
    return frozenset(alias for _, aliases, _ in lex.COUNTRIES for alias in aliases)


def organization_names(who: PeopleResult) -> dict[str, str]:
    """Each organization's name, acronym and other forms, with its id (the first one wins)."""
    names: dict[str, str] = {}
    for o in who.organizations:
        for name in (o.name, o.acronym, *o.aliases):
            if name:
                names.setdefault(name, o.id)
    return names


def organization_id(names: dict[str, str], phrase: str) -> str | None:
    """The id of the organization a phrase names exactly, with or without "the": "The IMF"
    when an organization has the acronym "IMF"; for "the" and a bare organisation noun, the
    one organization whose name holds that noun ("the ministry" of a text that names one, the
    "Ministry of Ports"); None for "The Commission" of a text that names two."""
    first, _, rest = phrase.partition(" ")
    if first not in ("the", "The"):
        return names.get(phrase)
    if rest in names or " " in rest or rest.casefold() not in lex.ORG_CUES:
        return names.get(rest)
    ids = {i for name, i in names.items() if name != rest and rest.casefold() in name.casefold().split()}
    return ids.pop() if len(ids) == 1 else None


def _person(hit: tuple[Person, Mention]) -> Speaker:
    return Speaker(hit[0].name, "person", hit[1].start, hit[0].id)


def _role(hit: tuple[Participant, Mention]) -> Speaker:
    return Speaker(hit[0].role, "person", hit[1].start, hit[0].id)


# --- Phrases ending at a word ------------------------------------------------------------------


def speaker_ending(s: Context, j: int, join: bool = True) -> Speaker | None:
    """The speaker whose phrase ends with word ``j``, or None (a document, a thing); with
    ``join``, a speaker coordinated before it makes both one group ("The EU and the AU")."""
    w, mentions = s.words, s.mentions
    person = mentions.person_end.get(w.ends[j])
    head = head_plural(w, j)
    if person is not None and (head is None or person[1].kind == "name"):
        if person[1].kind == "pronoun":
            # "his", "him": never a subject
            return _subject_pronoun(s, person, j) if w.lows[j] in SUBJECT_PRONOUNS else None
        return _with_partner(s, _person(person), j, join, person[1].kind == "name")
    origin = _origin_phrase(w, j)
    if origin is not None:
        if w.lows[origin] in _PERSON_ORIGINS and _person_before(mentions, w, origin):
            return speaker_ending(s, origin - 1, join)  # "Ms. Ana Ruiz from Chile said"
        one = _one_of_group(w, origin - 1) if w.lows[origin - 1] in _ONE_OF_GROUP else None
        if one is not None:  # "An expert from the fund said": the one, not the body
            return Speaker(w.span(one, j), "group", w.starts[one], None)
        origin_head = head_plural(w, origin - 1)
        if origin_head is None:
            origin_head = _head_of_complement(w, origin - 1)
        head = head if origin_head is None else origin_head  # the group with where it comes from
    if head is not None:
        start = _of_chain_start(w, phrase_start(w, head))
        return _owner(s, start) or _joined(s, start, j, "group", join)
    role = mentions.role_end.get(w.ends[j])
    if role is not None:
        return _with_partner(s, _role(role), j, join)
    if w.lows[j] in _ONE_OF_GROUP:  # the cheap test: few words are such a singular
        one = _one_of_group(w, j)
        if one is not None:
            return Speaker(w.span(one, j), "group", w.starts[one], None)
    return _pronoun_or_thing(s, j, join)


# the singulars of the plurals of persons that speak as a group: "a farmer" of "farmers"
_ONE_OF_GROUP = frozenset(p[:-1] for p in lex.GROUP_HEADS & lex.PERSON_PLURALS if p.endswith("s"))
_INDEFINITES = frozenset({"a", "an", "one", "another"})
_MAX_ONE_MODIFIERS = 2  # "a young Kenyan farmer"


def _one_of_group(w: Words, j: int) -> int | None:
    """The first word of an indefinite phrase naming one unnamed member of a group, its head
    at word ``j``: "[A] farmer asked", "[One] local resident said" (anyone, named nowhere)."""
    for k in range(j - 1, max(-1, j - 2 - _MAX_ONE_MODIFIERS), -1):
        if w.lows[k] in _INDEFINITES:
            return k
        word = w.words[k]
        if word.punct or word.low in _CLOSED_WORDS or word.low in PREPOSITIONS or is_verbish(word):
            return None
    return None


def apposed_name_start(s: Context, start: int) -> int:
    """Where the phrase of the person whose title mention starts at offset ``start`` starts: at
    the person's name when the title stands in apposition right after it ("Dr Tom Berg,
    Director General of the Port Board praised ..."), else ``start``."""
    w = s.words
    title = s.mentions.person_start.get(start)
    t = w.index_at(start) if title is not None and title[1].kind == "title" else None
    if t is None or t < 2 or w.texts[t - 1] != ",":
        return start
    name = s.mentions.person_end.get(w.ends[t - 2])
    if name is None or title is None or name[0] is not title[0] or name[1].kind != "name":
        return start
    return name[1].start


_MAX_ORIGIN_WORDS = 14  # "from Estonia, Latvia, Lithuania, Finland and Poland"
# "Participants in the workshop": a group's "in" phrase; after a person it is a post ("the
# Secretary in charge of the Sectors set out"), not where they come from
_ORIGIN_PREPOSITIONS = frozenset({"from", "at", "in"})
_PERSON_ORIGINS = frozenset({"from", "at"})


def _origin_phrase(w: Words, j: int) -> int | None:
    """The "from", "at" or "in" of a phrase of origin or place that ends at word ``j``: "ministers
    [from Pacific Island countries]", "Heads of customs administrations [from Estonia, Latvia and
    Poland]", "Ms. Ana Ruiz [from Chile]", "Speakers [at a roundtable]", "Participants [in the
    workshop]": the speaker is before it, not the places it names."""
    if not w.words[j].alpha or w.lows[j] in _CLOSED_WORDS or w.lows[j] in PREPOSITIONS:
        return None  # "met the delegates at the forum [and] said": the phrase ended before
    for k in range(j - 1, max(0, j - _MAX_ORIGIN_WORDS), -1):
        word = w.words[k]
        if w.lows[k] in _ORIGIN_PREPOSITIONS:
            return k
        if (word.punct and word.text != ",") or (word.lower and word.form in ("past", "s") and word.lemma):
            return None  # another clause: "officials said that delegates from ..."
        if word.text == "," and not w.words[k + 1].cap:
            return None  # a list of places goes on capitalised: "in the capital, [officials] said"
    return None


def _person_before(mentions: Mentions, w: Words, k: int) -> bool:
    """Whether a person's name or title ends right before word ``k``."""
    return k > 0 and (w.ends[k - 1] in mentions.person_end or w.ends[k - 1] in mentions.role_end)


def _of_chain_start(w: Words, start: int) -> int:
    """The start of a group phrase whose head comes before an "of" chain ending with the group
    phrase at ``start``: "[The delegates of] the member states", "[The Ministers of Trade of]
    the two countries"; ``start`` when there is none."""
    if start < 2 or word_before(w, start) != "of":
        return start
    for k in range(start - 2, max(-1, start - 2 - MAX_GROUP_WORDS), -1):
        if head_plural(w, k) is not None:
            return phrase_start(w, k)
        word = w.words[k]
        if word.punct or not (word.cap or word.low in ("of", "the", "and")):
            break
    return start


def _subject_pronoun(s: Context, hit: tuple[Person, Mention], j: int) -> Speaker | None:
    """Whom a subject pronoun resolved by the people stage stands for as a speaker: the person
    who spoke in this sentence or the one before, when that is someone else of no other
    gender: "Costa said A. He added B" is Costa, though the people stage, who does not count
    a bare surname, gave "He" to someone named before; so is "While Mr. X's plan ..., he
    considered" after Mr. Y spoke (a name in a fronted clause is no antecedent)."""
    resolved = _person(hit)
    said = lex.PRONOUNS.get(s.words.lows[j])
    if said is not None and s.mentions.genders.get(resolved.id or "", said) != said:
        # the people stage gave "He" to a woman the text names so: the nearest fitting person
        return _fitting_person(s, j, said)
    last = s.last
    if last is None or not s.last_near or last.id is None or last.id == resolved.id:
        return resolved
    if _named_before(s, resolved, j):
        return resolved  # "Mr. X, for his part, stressed A, and he urged B"
    said = lex.PRONOUNS.get(s.words.lows[j])
    known = s.mentions.genders.get(last.id)
    if said is not None and known is not None and said != known:
        return resolved
    return Speaker(last.name, last.kind, s.words.starts[j], last.id)


def _fitting_person(s: Context, j: int, gender: Gender) -> Speaker | None:
    """The person a subject pronoun at word ``j`` of ``gender`` stands for when the people
    stage gave it to someone of the other gender: the last person who spoke (in this paragraph
    or the one before) when they fit, else the nearest person named before it who fits, in
    this sentence or the one before (or the end of the paragraph before, for a paragraph's
    first word); None when no one does (no speaker is better than a wrong one)."""
    genders = s.mentions.genders
    last = s.last
    if last is not None and last.id is not None and genders.get(last.id, gender) == gender:
        return Speaker(last.name, last.kind, s.words.starts[j], last.id)
    lo = s.previous.starts[0] if s.previous is not None and s.previous.starts else s.words.starts[0]
    if j == 0 and s.previous is None:
        lo = max(0, lo - _FITTING_REACH)  # a paragraph opening with "He": the one before
    ends = s.mentions.person_ends
    k = bisect.bisect_left(ends, s.words.starts[j]) - 1
    while k >= 0 and ends[k] > lo:
        person, _ = s.mentions.person_end[ends[k]]
        if genders.get(person.id, gender) == gender:
            return Speaker(person.name, "person", s.words.starts[j], person.id)
        k -= 1
    return None


def _named_before(s: Context, speaker: Speaker, j: int) -> bool:
    """Whether ``speaker`` is named in this sentence before word ``j``, not as a possessive
    ("Mr. X's plan")."""
    w = s.words
    for k in range(max(0, j - MAX_ANTECEDENT_WORDS), j):
        hit = s.mentions.person_end.get(w.ends[k])
        if hit is None or hit[0].id != speaker.id or hit[1].kind == "pronoun":
            continue
        if not w.lows[k].endswith(POSSESSIVE_ENDINGS) and word_after(w, k) not in POSSESSIVE_ENDINGS:
            return True
    return False


def _pronoun_or_thing(s: Context, j: int, join: bool) -> Speaker | None:
    """A phrase ending at word ``j`` that is no mention of the people stage: a pronoun it left
    open, "who", a group with an "of" complement, a country, an organization, or nothing."""
    w = s.words
    low = w.lows[j]
    if low in SUBJECT_PRONOUNS:
        # a pronoun the people stage left open (its antecedent is an unnamed role holder:
        # "The Governor highlighted ... He also underscored ..."): the last person who spoke
        return s.last
    if low in lex.FIRST_PLURAL_PRONOUNS and s.we is not None:
        return s.we._replace(start=w.starts[j])
    if low in lex.FIRST_SINGULAR_PRONOUNS and s.we is not None and s.we.kind == "person":
        # an interview's answer ("A: I expect fees to fall"): the one who answers, as its "we"
        return s.we._replace(start=w.starts[j])
    if low in lex.GROUP_PRONOUNS:
        return _group_antecedent(s, j) or Speaker(w.texts[j], "group", w.starts[j], None)
    if low == "who":
        return antecedent(s, j)
    if (low in lex.FORMER_POINTERS or low in lex.LATTER_POINTERS) and word_before(w, j) == "the":
        return _pointed_person(s, j)
    if low in lex.RELATIVE_PERSON_NOUNS:
        return _relative_person(s, j)
    if low == "it" and j == 0:
        return _organization_antecedent(s)
    if low in lex.DOCUMENT_NOUNS:
        return None
    holder = s.mentions.initials.get(w.texts[j])
    if holder is not None and (j == 0 or word_before(w, j) == "the"):
        # "The CS said": the abbreviation of the title of the one person holding it
        return Speaker(holder.name, "person", w.starts[j - 1 if j else j], holder.id)
    return (
        _of_complement(s, j)
        or _country_ending(s, j)
        or _organization_ending(s, j, join)
        or _person_of_body(s, j)
    )


def _pointed_person(s: Context, j: int) -> Speaker | None:
    """ "Ms. A met Mr. B. The latter said ...": of the people named in the sentence before and
    in this one before "the former" / "the latter" at word ``j``, the first or the last; no one
    unless two or more were named (one alone is no order)."""
    named: list[tuple[Person, Mention]] = []
    for words, stop in ((s.previous, None), (s.words, j - 1)):
        if words is None:
            continue
        for start in words.starts[:stop]:
            hit = s.mentions.person_start.get(start)
            if hit is not None and all(hit[0].id != p.id for p, _ in named):
                named.append(hit)
    if len(named) < 2:
        # "Ms. A and Mr. B signed it. The former said A. The latter stressed B": the pair is
        # still the last two people named, before the sentence before
        named = _last_two_named(s.mentions, s.words.starts[0]) if _points_too(s.previous) else []
        if len(named) < 2:
            return None
    person = named[0][0] if s.words.lows[j] in lex.FORMER_POINTERS else named[-1][0]
    return Speaker(person.name, "person", s.words.starts[j - 1], person.id)


_MAX_POINTED_BACK = 6  # name mentions looked at back from "the latter"


def _points_too(previous: Words | None) -> bool:
    """Whether the sentence before points at one of a pair too: "The former said A." before
    "The latter stressed B."."""
    return previous is not None and any(
        low in lex.FORMER_POINTERS or low in lex.LATTER_POINTERS for low in previous.lows
    )


def _last_two_named(mentions: Mentions, before: int) -> list[tuple[Person, Mention]]:
    """The last two distinct people named (by name) before offset ``before`` and not far before
    it, in text order."""
    ends = mentions.person_ends
    out: list[tuple[Person, Mention]] = []
    last = bisect.bisect_left(ends, before) - 1
    for n in range(last, max(-1, last - _MAX_POINTED_BACK), -1):
        if ends[n] < before - _FITTING_REACH:
            break  # too far back for a pair the reader still holds
        hit = mentions.person_end[ends[n]]
        if hit[1].kind == "name" and all(hit[0].id != p.id for p, _ in out):
            out.insert(0, hit)
            if len(out) == 2:
                break
    return out


_MAX_BODY_WORDS = 14  # "of the International Center for Agricultural Research in the Dry Areas"
# the words that join a body's name, and "in" of a name read in parts ("Research in the Dry Areas")
_BODY_LINKS = lex.NAME_PREPOSITIONS | lex.CHUNK_CONNECTORS | {"in", "the"}


def _person_of_body(s: Context, j: int) -> Speaker | None:
    """The person before the body named from "of" to word ``j`` (capitalised words and the
    links of a name, an acronym in brackets): "Dr. A of the Center for Research in the Dry
    Areas (CRDA) reported ..." (the body's name read in parts)."""
    w = s.words
    if not w.words[j].cap and w.texts[j] != ")":
        return None
    for k in range(j, max(0, j - _MAX_BODY_WORDS), -1):
        word = w.words[k]
        if w.lows[k] == "of" and k > 0:
            hit = s.mentions.person_end.get(w.ends[k - 1])
            return _person(hit) if hit is not None and hit[1].kind == "name" else None
        if w.texts[k] == ",":
            return _apposition_holder(s, k)  # "Ms. A, Director, Skyline Robotics spoke"
        if not (word.cap or w.lows[k] in _BODY_LINKS or w.texts[k] in "()" or _kind_after_the(w, k)):
            return None
    return None


def _kind_after_the(w: Words, k: int) -> bool:
    """Whether word ``k`` is a lowercase noun saying what kind of body the name after it is,
    right after "the" (a word between allowed): "Ms. A of the [consultancy] Harbour Insight",
    "of the [shipping line] Nordline"."""
    word = w.words[k]
    if not (word.lower and word.alpha) or k < 2:
        return False
    if w.lows[k - 1] == "the":
        return True
    return w.lows[k - 2] == "the" and w.words[k - 1].lower and w.words[k - 1].alpha


def _organization_antecedent(s: Context) -> Speaker | None:
    """The organization "It" opening a sentence stands for: the one that opens the sentence
    before as its subject ("The Committee met in May. It noted that ..."), or None (a thing:
    "The report was published. It notes ...")."""
    if s.previous is None or not s.previous.words:
        return None
    found = _organization_starting(Context(s.previous, s.mentions, None, None), 0)
    if found is None or found[0].kind != "organization":
        return None
    return found[0]._replace(start=s.words.starts[0])


def _organization_ending(s: Context, j: int, join: bool) -> Speaker | None:
    """ "The Council", "The IMF", "the City" (a capitalised institution noun after "the"), an
    organization the people stage found ("the World Customs Organization")."""
    w = s.words
    word = w.words[j]
    org = s.mentions.org_end.get(w.ends[j])
    civic = word.low in lex.INSTITUTION_HEADS and word.cap and word_before(w, j) == "the"
    body = word.low in lex.BODY_HEADS
    if org is None and not (body and j > 0) and not civic and not _is_acronym(word):
        return None
    first = w.index_at(org[1].start) if org is not None else phrase_start(w, j)
    first = j if first is None else first
    if word_before(w, first) == "the":
        first -= 1
    if org is None and body and first == j:
        return None  # a bare "government" or "office" is no one in particular
    org_id = org[0].id if org is not None else None
    if _is_body_of(w, first):
        # "The Secretariat of the Council said": the body of the organization speaks, not it
        first, org_id = phrase_start(w, first - 2), None
    elif first > 0 and _country_possessive(w.words[first - 1]):
        first -= 1  # "Portugal's Foreign Ministry said": whose ministry, as written
    return _owner(s, first) or _joined(s, first, j, "organization", join, org_id)


def _country_possessive(word: Word) -> bool:
    """Whether a word is a country's possessive: "Portugal's", "Kenya’s"."""
    return word.cap and word.low.endswith(POSSESSIVE_ENDINGS) and country_of(word.text[:-2]) is not None


def _joined(
    s: Context, first: int, j: int, kind: SpeakerKind, join: bool = True, speaker_id: str | None = None
) -> Speaker:
    """The phrase of words ``first .. j`` as a speaker; with a coordinated speaker before it
    the two are one group: "The EU and the AU reaffirmed ..." (kept as written)."""
    w = s.words
    if join and first >= 2 and word_before(w, first) == "and":
        before = speaker_ending(s, first - 2, join=False)
        if before is not None and before.kind != "person":
            return Speaker(w.text[before.start : w.ends[j]], "group", before.start, None)
    phrase = w.span(first, j)
    if kind == "organization" and speaker_id is None:
        speaker_id = organization_id(s.mentions.organizations, phrase)
    return Speaker(phrase, kind, w.starts[first], speaker_id)


def _with_partner(s: Context, speaker: Speaker, j: int, join: bool = True, named: bool = False) -> Speaker:
    """Two people as one subject are a group, kept as written: "The Minister and the Secretary
    General agreed that ...", "Mr. A and Ms. B stressed ...", also with their appositives:
    "Ms. A, Minister of Trade, and Mr. B said", "The Minister of Trade, A, and the Minister of
    Finance, B, said" (``named``: the speaker is a name, which a title may stand before)."""
    w = s.words
    k = w.index_at(speaker.start)
    a = _and_before(w, k, named) if join and k is not None else None
    if a is None or (k is not None and _name_before_comma(s, k)):
        # "during a meeting with Minister A and Minister B, Minister C commended ...": a name
        # before the comma ends a phrase of its own; only a title stands in apposition there
        return speaker
    before = speaker_ending(s, a - 1, join=False) if w.texts[a - 1] != "," else _before_appositive(s, a - 1)
    if before is not None and before.kind == "person":
        return Speaker(w.text[before.start : w.ends[j]], "group", before.start, None)
    return speaker


def _name_before_comma(s: Context, k: int) -> bool:
    """Whether a person's name ends right before the comma before word ``k``."""
    w = s.words
    if k < 2 or w.texts[k - 1] != ",":
        return False
    hit = s.mentions.person_end.get(w.ends[k - 2])
    return hit is not None and hit[1].kind == "name"


def _and_before(w: Words, k: int, named: bool) -> int | None:
    """The word "and" that joins a subject starting at word ``k`` to one before it: right
    before it ("A and [B]"), or before its title and comma ("A, and the Minister of Finance,
    [B]"); None when there is none."""
    if k >= 2 and word_before(w, k) == "and":
        return k - 1
    if not named or k < 3:
        return None
    if w.lows[k - 1] in lex.RELATIVE_PERSON_NOUNS or (
        w.texts[k - 1] == "," and w.lows[k - 2] in lex.RELATIVE_PERSON_NOUNS
    ):
        return _and_before_relative(w, k - 1 if w.texts[k - 1] != "," else k - 2)
    if word_before(w, k) != ",":
        return None
    for n in range(k - 2, max(0, k - 2 - MAX_GROUP_WORDS), -1):
        low = w.lows[n]
        if low == "and":
            return n if n < k - 2 and n >= 2 else None
        if not (w.words[n].cap or low in ("the", "of", "for", ".")):
            return None  # the title and the name: "and the Minister of Finance, Mr. [B]"
    return None


def _and_before_relative(w: Words, r: int) -> int | None:
    """The "and" before the relative noun at word ``r`` and its possessive: "Ms. A and her
    [Ostravan] counterpart[,] Mr. B agreed" joins B to A; None when no "and" opens it."""
    for n in range(r - 1, max(1, r - 4), -1):
        low = w.lows[n]
        if low in lex.POSSESSIVE_DETERMINERS or low == "the":
            return n - 1 if w.lows[n - 1] == "and" and n >= 3 else None
        if w.words[n].punct:
            return None
    return None


def _before_appositive(s: Context, comma: int) -> Speaker | None:
    """The person before an appositive that the comma at word ``comma`` closes: "Ms. A,
    Minister of Trade[,]" (the name before the opening comma), "The Minister of Trade, A[,]"
    (the name itself)."""
    w = s.words
    for c in range(comma - 1, max(0, comma - MAX_GROUP_WORDS), -1):
        if w.texts[c] == ",":
            first = speaker_ending(s, c - 1, join=False) if c > 0 else None
            if first is not None and first.kind == "person":
                return first
            break
        word = w.words[c]
        if w.texts[c] in ";:" or (word.lower and is_verbish(word)) or w.lows[c] in RELATIVES:
            return None
    return speaker_ending(s, comma - 1, join=False)


def _is_body_of(w: Words, k: int) -> bool:
    """Whether word ``k`` follows a body or group head and "of": "The delegation of [Peru]"."""
    return (
        k >= 2
        and word_before(w, k) == "of"
        and (w.lows[k - 2] in lex.BODY_HEADS or w.lows[k - 2] in lex.GROUP_HEADS)
    )


def _country_ending(s: Context, j: int) -> Speaker | None:
    """A country, or a body of one, as speaker: "Peru supported ...", "The delegation of Peru
    stated ...", "Japan and the Republic of Korea urged ..."."""
    w = s.words
    if not s.mentions.countries or not w.words[j].cap:
        return None
    for k in range(j, max(-1, j - 4), -1):
        if w.span(k, j) not in s.mentions.countries:
            continue
        first = k - 1 if word_before(w, k) == "the" else k
        if _is_body_of(w, first):
            return _joined(s, phrase_start(w, first - 2), j, "organization")  # "The delegation of Peru"
        if first > 0 and (w.lows[first - 1] in PREPOSITIONS or w.words[first - 1].cap):
            return None  # "the Minister of Finance of Peru", "the Peru ..." belong elsewhere
        return _joined(s, first, j, "organization")
    return None


def _of_complement(s: Context, j: int) -> Speaker | None:
    """A group whose head has an "of" complement ending at word ``j``: "Representatives of the
    private sector called for ...", "Members of the Council stressed ..."."""
    w = s.words
    if (
        w.lows[j] in _CLOSED_WORDS
        or w.lows[j] in PREPOSITIONS
        or (w.words[j].lower and is_verbish(w.words[j]))
    ):
        return None  # "[...] the heads of the agencies and", "... took", "[...] experts to": it ends before
    for n in range(j - 1, max(0, j - MAX_GROUP_WORDS), -1):
        if w.lows[n] == "of":
            if n > 0 and head_plural(w, n - 1) is not None:
                first = phrase_start(w, n - 1)
                return Speaker(w.span(first, j), "group", w.starts[first], None)
            return None
        word = w.words[n]
        if word.punct or word.low in PREPOSITIONS or word.form is not None:
            return None
        if word.lower and is_verbish(word):
            return None  # "[...] Administrations took note": a verb ends the phrase
    return None


def _is_acronym(word: Word) -> bool:
    """An organization's acronym: "IMF", "OECD", "ASEAN" (not "I", not "II")."""
    text = word.text
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper() and set(text) - set("IVX") != set()


def _owner(s: Context, first: int) -> Speaker | None:
    """The person a group or organization phrase belongs to, when it is the complement of a
    preposition after that person: "Mr. X of the IMF noted" (the speaker is Mr. X)."""
    w = s.words
    if first >= 2 and word_before(w, first) == "," and w.lows[first] != "the":
        return _apposition_holder(s, first - 1)  # "Ms. A, Director, Norland Port Authority said"
    if first < 2 or word_before(w, first) not in OWNER_PREPOSITIONS:
        return None
    hit = s.mentions.person_end.get(w.ends[first - 2])
    if hit is not None and hit[1].kind != "pronoun":
        return _person(hit)
    role = s.mentions.role_end.get(w.ends[first - 2])
    return _role(role) if role is not None else None


def _apposition_holder(s: Context, comma: int) -> Speaker | None:
    """The person whose title in apposition after their name ends at the comma at ``comma``:
    the organisation after it closes the apposition, and the verb after that is the name's
    ("Ms. Ana Ruiz, Director, Norland Port Authority said ..."), the name opening its clause.
    Not a title alone before the comma ("After meeting the Director, the Authority said ..."),
    nor a name a verb or preposition governs ("After meeting Ms. A, Director, ...")."""
    w = s.words
    hit = s.mentions.person_end.get(w.ends[comma - 1]) if comma > 0 else None
    if hit is None or hit[1].kind != "title":
        return None
    t = w.index_at(hit[1].start)
    name = (
        s.mentions.person_end.get(w.ends[t - 2])
        if t is not None and t >= 2 and w.texts[t - 1] == ","
        else None
    )
    if name is None or name[0] is not hit[0] or name[1].kind != "name":
        return None
    n = w.index_at(name[1].start)
    return _person(hit) if n is not None and (n == 0 or w.words[n - 1].punct) else None


def antecedent(s: Context, j: int) -> Speaker | None:
    """Who "who" is: the nearest person (or group) before it, an appositive title skipped; a
    group with its origin ("their counterparts from China and Japan, who pledged ...")."""
    w = s.words
    last = j - 1
    while last > 0 and w.texts[last] == ",":
        last -= 1
    origin = _origin_phrase(w, last) if last > 0 else None
    head = head_plural(w, origin - 1) if origin is not None else None
    if head is not None:  # "their counterparts from China and Japan, who ..."
        first = _of_chain_start(w, phrase_start(w, head))
        return Speaker(w.span(first, last), "group", w.starts[first], None)
    for k in range(j - 1, -1, -1):
        if w.texts[k] == ",":
            continue
        hit = s.mentions.person_end.get(w.ends[k])
        if hit is not None and hit[1].kind != "pronoun":
            return _person(hit)
        head = head_plural(w, k)
        if head is not None:
            first = _of_chain_start(w, phrase_start(w, head))
            return Speaker(w.span(first, k), "group", w.starts[first], None)
        role = s.mentions.role_end.get(w.ends[k]) if j > 0 and w.texts[j - 1] == "," else None
        if role is not None:
            # a clause between commas on a role holder: "She thanked the Ambassador of Lorcia,
            # who stressed ..." (not a restrictive one: "The official who said A was dismissed")
            return _role(role)
        if j - k > MAX_GROUP_WORDS + 4:
            return None
    return None


def self_named_group(w: Words) -> Speaker | None:
    """The group a text written as "we" names itself as, in an apposition right after the
    sentence's opening "We": "We, the Ministers of Ostland and Varia, agreed ...". A joint
    statement's later "We welcomed ..." is that group, however far from it."""
    if len(w) < 5 or w.lows[0] not in lex.FIRST_PLURAL_PRONOUNS or w.texts[1] != ",":
        return None
    close = next((k for k in range(2, min(len(w), 3 + MAX_GROUP_WORDS)) if w.texts[k] == ","), None)
    if close is None or close == 2:
        return None
    if not any(w.lows[k] in lex.GROUP_HEADS for k in range(2, close)):
        return None
    return Speaker(w.span(2, close - 1), "group", w.starts[0], None)


def _group_antecedent(s: Context, j: int) -> Speaker | None:
    """The group a plural pronoun stands for: the nearest group phrase or pair of people named
    before it in this sentence or the one before ("The Minister met senior officials. They all
    supported ...", "Mr. A and Ms. B discussed trade. They agreed ..."), not one governed by a
    preposition ("exposure to Customs officials", "met with Mr. A and Ms. B")."""
    candidates: list[tuple[Words, int]] = [(s.words, j)]
    if s.previous is not None:
        candidates.append((s.previous, len(s.previous)))
    for w, limit in candidates:
        for k in range(limit - 1, max(-1, limit - 1 - MAX_ANTECEDENT_WORDS), -1):
            pair = _named_pair(Context(w, s.mentions, None, None), k)
            if pair is not None:
                return pair._replace(start=s.words.starts[j])
            if w.lows[k] in lex.GROUP_HEADS and w.lows[k] not in lex.GROUP_OPENERS:
                if s.mentions.person_end.get(w.ends[k]) is not None:
                    continue
                start = phrase_start(w, k)
                if word_before(w, start) in PREPOSITIONS:
                    continue  # "... more training for Customs officials. They agreed": not them
                return Speaker(w.span(start, _origin_end(w, k)), "group", s.words.starts[j], None)
    return None


_ORIGIN_WORDS = frozenset({"from", "of"})
_ORIGIN_STOPS = RELATIVES | WH_WORDS | lex.SUBORDINATORS | lex.AUXILIARIES | lex.BE_FORMS


def _origin_end(w: Words, k: int) -> int:
    """The last word of a group phrase whose head is word ``k``, with the "from"/"of" phrase
    after it that says whose they are, up to its verb: "Representatives [from the agencies of
    Chile and Peru] gave presentations. They pointed out ..." (the head alone, without it)."""
    if word_after(w, k) not in _ORIGIN_WORDS:
        return k
    end = k
    for m in range(k + 2, min(len(w), k + 2 + MAX_GROUP_WORDS)):
        word = w.words[m]
        low = word.low
        if low == "," and m + 1 < len(w) and w.words[m + 1].cap:
            continue  # a list of places: "of Malaysia, Sri Lanka and China"
        if word.punct or low in _ORIGIN_STOPS or low in lex.ACTIVITY_VERBS or low in lex.IRREGULAR_PASTS:
            break
        if low.endswith("ed") and word.lower:
            break
        end = m
    return end if end > k + 1 else k


def _named_pair(s: Context, k: int) -> Speaker | None:
    """Two people named as a subject, the second ending at word ``k``: "Mr. A and Ms. B[,
    the Minister of Y,] discussed ..." (not governed by a preposition: "met with A and B")."""
    hit = s.mentions.person_end.get(s.words.ends[k])
    if hit is None or hit[1].kind == "pronoun":
        return None
    pair = _with_partner(s, _person(hit), k)
    if pair.kind != "group":
        return None
    first = s.words.index_at(pair.start)
    if first is None or word_before(s.words, first) in PREPOSITIONS:
        return None
    return pair


def head_plural(w: Words, j: int) -> int | None:
    """The index of a group head ending at ``j``: "sides", "speakers", or "Auditors" of
    "Auditors General" (a plural title with a postposed "General")."""
    low = w.lows[j]
    if low in lex.GROUP_HEADS:
        return j
    if low in POSTPOSED_TITLES and word_before(w, j) in lex.GROUP_HEADS:
        return j - 1
    return j if _collective_member(w, j) else None


_MAX_COMPLEMENT_WORDS = 2  # "Heads of [customs administrations]"


def _head_of_complement(w: Words, j: int) -> int | None:
    """The group head whose "of" complement ends at word ``j``: "[Heads] of customs", "[Heads]
    of delegation" (before "from Estonia and Poland": the group, not the last country)."""
    for k in range(j - 1, max(0, j - 1 - _MAX_COMPLEMENT_WORDS), -1):
        if w.lows[k] == "of":
            return head_plural(w, k - 1) if k > 0 and w.lows[k - 1] in lex.GROUP_HEADS else None
        if w.words[k].punct:
            return None
    return None


def _collective_member(w: Words, j: int) -> bool:
    """Whether word ``j`` is a plural noun after a collective noun of people and "of", a few
    modifiers between: "a group of young [engineers]", "a delegation of Kenyan [traders]" (any
    plural names people there: the collective says so)."""
    low = w.lows[j]
    if not (low.endswith("s") and not low.endswith("ss") and low.isalpha() and len(low) > 3):
        return False
    for k in range(j - 1, max(0, j - _MAX_COLLECTIVE_MODIFIERS - 1), -1):
        if w.lows[k] == "of":
            return k > 0 and w.lows[k - 1] in lex.COLLECTIVE_NOUNS
        word = w.words[k]
        if word.punct or word.low in _CLOSED_WORDS or word.low in PREPOSITIONS or is_verbish(word):
            return False
    return False


def phrase_start(w: Words, j: int) -> int:
    """The first word of the noun phrase whose head is word ``j``: "Both sides", "Other
    speakers", "The Auditors General", "a range of experts", "Ambassadors and Directors"."""
    k = j
    while k > 0 and j - k < MAX_GROUP_WORDS:
        low = w.lows[k - 1]
        if k >= 2 and (
            (low == "of" and (w.lows[k - 2] in lex.QUANTITY_NOUNS or w.lows[k - 2] in lex.COLLECTIVE_NOUNS))
            or (low == "and" and w.lows[k - 2] in lex.GROUP_HEADS)  # "Ambassadors and Directors"
            or (low == "and" and k == j - 1 and _modifier_pair(w, k - 2, k))  # "Finance and trade ministers"
        ):
            k -= 2
        elif k >= 2 and _plural_possessive(w, k - 1):
            k -= 2  # "the farmers' federation", "the two countries’ delegates"
        elif _ends_group_phrase(w.words[k - 1]):
            break
        else:
            k -= 1
    return k


def _plural_possessive(w: Words, k: int) -> bool:
    """Whether word ``k`` is the apostrophe of a plural possessive, written on the word before
    it: "farmers'", "countries’"."""
    return w.texts[k] in ("'", "’") and w.lows[k - 1].endswith("s") and w.ends[k - 1] == w.starts[k]


def _modifier_pair(w: Words, a: int, b: int) -> bool:
    """Whether words ``a`` and ``b``, joined by "and", modify one head: "[Finance] and
    [environment] ministers" (nouns of a field, not a person, a group or a function word)."""
    return not w.words[a].honorific and all(_field_word(w.words[n]) for n in (a, b))


def _field_word(word: Word) -> bool:
    """A word that may name the field of a group: "Finance", "environment"; not an opener, a
    determiner, an acronym or a group head ("the", "senior", "EU", "delegates")."""
    low = word.low
    return (
        word.alpha
        and not word.acro
        and not _ends_group_phrase(word)
        and low not in lex.GROUP_HEADS
        and low not in lex.GROUP_OPENERS
        and low not in lex.DETERMINERS
    )


def _ends_group_phrase(word: Word) -> bool:
    """Whether ``word``, before a group phrase, stands outside it: punctuation, a preposition,
    a conjunction, a verb, a pronoun, a clause adverb ("the officials [who] met", "[and] other
    speakers", "[Later] representatives"); not
    an opener ("both", "the", "senior") or an adjective ("recently elected")."""
    low = word.low
    if word.punct or low in PREPOSITIONS or low in _CLOSED_WORDS:
        return True
    if low in lex.GROUP_OPENERS:
        return False
    if low in lex.CLAUSE_ADVERBS:  # "[Later] representatives of the agencies said ..."
        return True
    if low in lex.ACTIVITY_VERBS or word.form in ("past", "s", "ing"):
        return True
    if low.endswith("ed") and word.lower and low not in lex.GROUP_PARTICIPLES:
        return True
    return low in SUBJECT_PRONOUNS or low in lex.GROUP_PRONOUNS or low in ("it", "there")


# --- Phrases starting at a word ----------------------------------------------------------------


def speaker_starting(s: Context, k: int) -> tuple[Speaker, int] | None:
    """A speaker whose phrase starts at word ``k`` and the index of its last word:
    "according to the Minister", "as highlighted by the panellists"."""
    if k >= len(s.words):
        return None
    return (
        _mention_starting(s, k)
        or _organization_starting(s, k)
        or _group_starting(s.words, k)
        or _phrase_starting(s, k)
    )


def _phrase_starting(s: Context, k: int) -> tuple[Speaker, int] | None:
    """A speaker phrase from word ``k`` up to a mark that reads as a subject would, its whole
    phrase: "according to [the Colombian delegation], ..." (a country's adjective and a body
    noun, as "The Colombian delegation stressed ..." reads)."""
    w = s.words
    stop = next((n for n in range(k, min(len(w), k + MAX_GROUP_WORDS + 1)) if w.words[n].punct), None)
    if stop is None or stop <= k:
        return None
    speaker = speaker_ending(s, stop - 1, join=False)
    return (speaker, stop - 1) if speaker is not None and speaker.start == w.starts[k] else None


def _mention_starting(s: Context, k: int) -> tuple[Speaker, int] | None:
    """A person or role holder mentioned from word ``k`` (or the word after "the")."""
    w = s.words
    for first in (k, k + 1) if w.lows[k] == "the" else (k,):
        if first >= len(w):
            break
        person = s.mentions.person_start.get(w.starts[first])
        if person is not None:
            last = w.last_until(person[1].end)
            if w.lows[last].endswith(POSSESSIVE_ENDINGS):
                return _possessed_name(s, last)  # "the President's spokesman": not the President
            return _person(person), last
        role = s.mentions.role_start.get(w.starts[first])
        if role is not None:
            return _role(role), w.last_until(role[1].end)
    return None


_MAX_POSSESSED_WORDS = 3  # "the Minister's [chief policy adviser], Ms. X"


def _possessed_name(s: Context, last: int) -> tuple[Speaker, int] | None:
    """The person a possessive's noun names in apposition after it: "according to the
    President's spokesman, Mr. Femi Okoro, ..." (Mr. Okoro, not the President); None without a
    name there (the possessor is never the one who spoke)."""
    w = s.words
    for n in range(last + 1, min(len(w) - 1, last + 2 + _MAX_POSSESSED_WORDS)):
        if w.texts[n] == ",":
            person = s.mentions.person_start.get(w.starts[n + 1])
            if person is None or person[1].kind != "name":
                return None
            return _person(person), w.last_until(person[1].end)
        if not w.words[n].lower:
            return None
    return None


def _organization_starting(s: Context, k: int) -> tuple[Speaker, int] | None:
    """An organization the people stage found at word ``k`` or the next, or an institution
    named with "the" ("the City", "the Ministry of Finance")."""
    w = s.words
    org = s.mentions.org_start.get(w.starts[k]) or (
        s.mentions.org_start.get(w.starts[k + 1]) if k + 1 < len(w) else None
    )
    if org is not None:
        speaker = Speaker(w.text[w.starts[k] : org[1].end], "organization", w.starts[k], org[0].id)
        return speaker, w.last_until(org[1].end)
    end = _body_starting(w, k)
    if end is not None:
        phrase = w.span(k, end)
        return Speaker(
            phrase, "organization", w.starts[k], organization_id(s.mentions.organizations, phrase)
        ), end
    return None


def _group_starting(w: Words, k: int) -> tuple[Speaker, int] | None:
    """A group phrase from word ``k``: "the panellists", "the Directors General"."""
    for j in range(k, min(len(w), k + MAX_GROUP_WORDS)):
        if w.words[j].punct:
            break
        if head_plural(w, j) is not None:
            end = j + 1 if word_after(w, j) in POSTPOSED_TITLES else j
            return Speaker(w.span(k, end), "group", w.starts[k], None), end
    return None


def is_institution(word: Word) -> bool:
    """A head noun that names an institution: "Council", "ministry"; "City" only capitalised."""
    return word.low in lex.BODY_HEADS or (word.low in lex.INSTITUTION_HEADS and word.cap)


def _body_starting(w: Words, k: int) -> int | None:
    """The last word of an institution named with "the" from word ``k``, or None: "the City",
    "the Central Bank", "the Ministry of Finance", "the Council of the Union" (capitalised words
    before the head, an "of" phrase of capitalised words after it)."""
    n = len(w)
    if k + 1 >= n or w.lows[k] != "the":
        return None
    head = k + 1
    while head + 1 < n and head - k < MAX_GROUP_WORDS and w.words[head].cap and w.words[head + 1].cap:
        head += 1  # capitalised modifiers: "the Central Bank"
    if not is_institution(w.words[head]):
        return None
    end = head
    if end + 2 < n and word_after(w, end) == "of":
        m = end + 3 if w.lows[end + 2] == "the" else end + 2
        while m < n and m - end < MAX_GROUP_WORDS and w.words[m].cap:
            end = m
            m += 1
    return end


# --- Role holders ------------------------------------------------------------------------------


@cache
def _chairing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that make the name after them ("under the chairmanship of H.E. Ms. X") or
    before them ("Ms. X, who chaired the session") the chair: see ``lex.CHAIRING_BEFORE``."""

    def words(phrases: tuple[str, ...]) -> str:
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)

    # up to three style words between the phrase and the mention: "H.E.", "Her Worship"
    before = pattern(rf"(?i:\b(?:{words(lex.CHAIRING_BEFORE)}))\s+(?:[A-Z][\w.]*\s+){{0,3}}$")
    after = pattern(rf"\s*(?:,\s*who\s+)?(?i:(?:{words(lex.CHAIRING_AFTER)}))\b")
    return before, after


def _owner_head_holders(title: str, org: str, who: PeopleResult) -> set[str]:
    """The people a role with its owner before its head may name once their full title was
    given: "the US Representative" for the United States Special Representative for X, "the
    Kenyan Ambassador" for Kenya's Ambassador to Y. The person's organization or country is the
    role's (a country by any of its names), the title's head before its complement is the
    role's, and the title has the role's other words and no subordinate rank ("Deputy")."""
    words = title.casefold().split()
    owner = country_of(org) or org.casefold()
    out = set()
    for p in who.people:
        if not p.title or not p.org or (country_of(p.org) or p.org.casefold()) != owner:
            continue
        core = _COMPLEMENT.split(p.title.casefold())[0].split()
        if not core or core[-1] != words[-1] or any(word in lex.SUBORDINATE_MODIFIERS for word in core):
            continue
        if set(words[:-1]) <= set(core[:-1]):
            out.add(p.name)
    return out


def _same_title(title: str, role: str) -> bool:
    """Whether a person's title core is the role, or the role with an organization's name or
    a country before it: "commonwealth secretary-general" for "secretary-general" (not
    "deputy secretary-general": another title)."""
    if title == role:
        return True
    if not title.endswith(" " + role):
        return False
    before = title[: -len(role) - 1].split()
    return bool(before) and before[-1] not in lex.TITLE_MODIFIERS  # not "deputy secretary-general"


def _title_core(title: str) -> str:
    """A title without its "of" complement, casefolded: "Mayor of Eastbrook" -> "mayor"."""
    return title.casefold().split(" of ")[0].strip()


def _chairs(text: str, who: PeopleResult) -> set[str]:
    """The names of the people the text says chair: "under the chairmanship of Dr. Y", "Dr. Y,
    who chaired ..." (the phrase up to 60 characters before a name mention)."""
    before, after = _chairing()
    window = 60
    return {
        p.name
        for p in who.people
        for m in p.spans
        if m.kind == "name"
        and (before.search(text, max(0, m.start - window), m.start) or after.match(text, m.end))
    }


def role_holders(text: str, who: PeopleResult) -> dict[str, Person]:
    """The named person each unnamed role phrase refers to, when exactly one person holds that
    title: "the Mayor" is Ms. X when she is the only person titled "Mayor" ("Deputy Mayor" is
    another title); "the Mayor of Eastbrook" needs that full title; "the Chairperson" is the one
    person the text says chairs ("under the chairmanship of Dr. Y", "Dr. Y, who chaired ...");
    "the Health Minister" is the "Minister of Health (and ...)" (the portfolio before the head
    is its complement). When the role names an organization or a country and several people
    fit, the one of that organization. A role with its owner before its head ("the US
    Representative") that fits no title as it stands is the one person of that owner whose title
    has that head ("Special Representative for X" of the United States). The people stage links
    most title phrases itself; this catches the ones it left open."""
    if not who.participants:
        return {}
    chairs = _chairs(text, who)
    holders: dict[str, Person] = {}
    for r in who.participants:
        full = (r.title or r.role).casefold()
        core = _title_core(full)
        titled = {p.name for p in who.people if p.title and _same_title(_title_core(p.title), core)}
        titled |= {p.name for p in who.people if p.title and _portfolio_title(full, p.title.casefold())}
        if full != core:
            candidates = {p.name for p in who.people if p.title and p.title.casefold() == full}
            candidates |= {
                p.name for p in who.people if p.title and _portfolio_title(full, p.title.casefold())
            }
        elif core in lex.CHAIR_TITLES:
            candidates = chairs | titled
        else:
            candidates = titled
        if len(candidates) > 1 and r.org:
            candidates = {p.name for p in who.people if p.name in candidates and p.org == r.org}
        elif r.org:  # "the representative of Ghana" is not Ms. X, representative of Norway
            candidates = {
                p.name for p in who.people if p.name in candidates and not _other_owner(p.org, r.org)
            }
        if not candidates and r.org and r.title:
            candidates = _owner_head_holders(r.title, r.org, who)
        if len(candidates) == 1:
            name = next(iter(candidates))
            holders[r.role] = next(p for p in who.people if p.name == name)
    return holders


def _other_owner(org: str | None, other: str) -> bool:
    """Whether a person's organization is surely not the role's: two countries ("Norway",
    "Ghana"; not "Republic of Ghana" and "Ghana"). Not two organizations' names, which may
    be one body ("AU Commission", "African Union Commission")."""
    countries = (country_of(org), country_of(other)) if org else (None, None)
    return countries[0] is not None and countries[1] is not None and countries[0] != countries[1]


def title_holder(who: PeopleResult, person_id: str) -> Person | None:
    """The one other person holding the title of the person ``person_id``, or None: a title
    mention the people stage gave to a word that names no one ("At the Office in Geneva, the
    Director General said ...": "Geneva" read as the name before an apposition) belongs to
    the person the text names with that title."""
    person = next((p for p in who.people if p.id == person_id), None)
    if person is None or not person.title:
        return None
    core = _title_core(person.title)
    holders = [p for p in who.people if p.id != person_id and p.title and _title_core(p.title) == core]
    return holders[0] if len(holders) == 1 else None


def organization_head(who: PeopleResult, phrase: str) -> Person | None:
    """The person "the UPU head" or "the Agency chief" names: the one person of that
    organization (its name or acronym as the person's organization, or opening a form of
    their name: "UPU Director General X") whose title is no subordinate post ("Director
    General", not "Deputy Director General"); None when not one."""
    words = phrase.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in lex.CHIEF_NOUNS:
        return None
    org = " ".join(words[:-1])
    names = {org}
    for o in who.organizations:
        forms = {o.name, o.acronym or "", *o.aliases} - {""}
        if org in forms:
            names |= forms
    heads = [
        p
        for p in who.people
        if (p.org in names or any(form.split()[0] in names for form in p.mentions if form))
        and p.title
        and not lex.SUBORDINATE_MODIFIERS.intersection(p.title.lower().replace("-", " ").split())
    ]
    return heads[0] if len(heads) == 1 else None


def _portfolio_title(role: str, title: str) -> bool:
    """Whether a role "health minister" (a portfolio before the head) is the title "minister of
    health" or "minister of health and family welfare" (the portfolio as its complement, first);
    both casefolded. Not "deputy health minister" for "minister of health"."""
    words = role.split()
    if len(words) < 2 or " of " in role:
        if " of " not in role:
            return False
        head, _, portfolio = role.partition(" of ")  # "minister of health" for "minister of health and ..."
        return title.startswith(f"{head} of {portfolio} and ")
    head, portfolio = words[-1], " ".join(words[:-1])
    if any(word in lex.TITLE_MODIFIERS for word in words[:-1]):
        return False
    return title == f"{head} of {portfolio}" or title.startswith(f"{head} of {portfolio} and ")


# --- Bare surnames -----------------------------------------------------------------------------

_MODIFIED_HEADS = lex.GROUP_HEADS | lex.BODY_HEADS | lex.DOCUMENT_NOUNS


def _surname_owners(who: PeopleResult) -> dict[str, Person]:
    """The last word of each person's name, when no one else's name holds that word (nor a
    place's): "Lopez" for Maria Lopez, not when another person is "Lopez Ruiz"; a one-word
    name with a title ("Prime Minister Rata") is its own."""
    owners: dict[str, Person | None] = {}
    for p in who.people:
        words = p.name.split()
        # a one-word name the text gives with a title: "Prime Minister Rata", then "Rata said"
        named = len(words) >= 2 or (len(words) == 1 and p.title is not None)
        last = family_name(p.name)  # "QU" of "QU Dongyu"
        if named and last[0].isupper() and is_word(last):
            owners[last] = p if owners.get(last, p) is p else None
    for p in who.people:
        for w in p.name.split():
            if w != family_name(p.name) and w in owners and owners[w] is not p:
                owners[w] = None  # another person's first name: "Lopez" of "Lopez Ruiz" too
    places = {alias for place in who.places for alias in place.aliases}
    return {w: p for w, p in owners.items() if p is not None and w not in places}


def _given_name_owners(who: PeopleResult) -> dict[str, Person]:
    """The first word of each name of two words or more, when it is no word of anyone else's
    name nor a place: "Angela" for Angela Reyes, a given name the text may use alone as a
    subject ("Angela commented that ..."), or a family name written first, as East Asian names
    are ("Li" for Li Yong: "Li commended ..."); a word of two letters or more, capitalised,
    not all capitals (not "QU")."""
    count: dict[str, set[str]] = {}
    first: dict[str, Person] = {}
    for p in who.people:
        words = p.name.split()
        for w in words:
            count.setdefault(w, set()).add(p.id)
        head = words[0] if len(words) >= 2 else ""
        if len(head) >= 2 and head[0].isupper() and not head.isupper() and is_word(head):
            first.setdefault(words[0], p)
    places = {alias for place in who.places for alias in place.aliases}
    return {
        w: p
        for w, p in first.items()
        if len(count[w]) == 1 and w not in places and w.lower() not in lex.HONORIFICS
    }


def _verb_after(article: Article, b: int) -> bool:
    """Whether the word after offset ``b`` is a lowercase finite verb: "Angela [commented]"."""
    tokens = article.tokens
    k = bisect.bisect_left(tokens.starts, b + 1)
    if k >= len(tokens) or tokens.starts[k] != b + 1:
        return False
    word = tokens.words[k]
    return (word.lower and word.form in ("past", "s")) or (word.lower and word.low.endswith("ed"))


def _taken(who: PeopleResult) -> list[tuple[int, int]]:
    """Every span the people stage gave to someone or something, sorted."""
    return sorted(
        [(m.start, m.end) for p in who.people for m in p.spans]
        + [(m.start, m.end) for r in who.participants for m in r.spans]
        + [(m.start, m.end) for o in who.organizations for m in o.spans]
    )


def _attributive(article: Article, a: int, b: int) -> bool:
    """Whether the surname at ``[a, b)`` is part of something else: after a capitalised word or
    an article ("Port Lopez", "the Lopez plan"; a sentence opener has a full stop before it),
    before a capitalised word ("Lopez Avenue") or a head noun ("Lopez officials")."""
    text = article.text
    before = text[max(0, a - 30) : a].rstrip(" ")
    prev = before.rsplit(None, 1)[-1] if before[-1:].isalnum() else ""
    if prev[:1].isupper() or prev.lower() in ARTICLES:
        return True
    after = text[b : b + 2]
    if after[:1] != " ":
        return False
    if after[1:].isupper():
        return True
    tokens = article.tokens
    k = bisect.bisect_left(tokens.starts, b + 1)
    return k < len(tokens) and tokens.starts[k] == b + 1 and tokens.texts[k] in _MODIFIED_HEADS


def surname_mentions(article: Article, who: PeopleResult) -> tuple[tuple[Mention, Person], ...]:
    """Bare surnames the people stage left unlinked, as name mentions of their person, in text
    order: in "“We are ready,” Lopez said." Lopez is Maria Lopez, named before, when no one
    else's name holds that word. Not inside another mention or an organization's name, not
    next to another capitalised word ("Lopez Avenue"), not after an article ("the Lopez
    plan"), not possessive ("Lopez's team"), not a place's name. A bare given name ("Angela
    commented") only right before a verb."""
    owners = _surname_owners(who)
    given = {w: p for w, p in _given_name_owners(who).items() if w not in owners}
    owners.update(given)
    if not owners:
        return ()
    text = article.text
    hits = sorted((a, a + len(w), w) for w in owners for a in _occurrences(text, w))
    if not hits:
        return ()
    taken = _taken(who)
    sentences = article.sentences
    sent_starts = [s.start for s in sentences]
    found: list[tuple[Mention, Person]] = []
    for a, b, word in hits:
        if overlaps(taken, a, b) or text.startswith(POSSESSIVE_ENDINGS, b):
            continue
        title = _title_abbreviation(text, a, owners[word])
        if title is None:
            title = _title_word_before(text, a)
        if title is not None and (not overlaps(taken, title, a) or _cut_title(owners[word], title, a)):
            a = title  # "SG Lopez", "Ambassador Ruiz": her title is part of the mention
        elif _attributive(article, a, b):
            continue
        if word in given and not _verb_after(article, b):
            continue
        s = sentences[max(0, bisect.bisect_right(sent_starts, a) - 1)]
        found.append((Mention(a, b, "name", s.paragraph, s.index), owners[word]))
    return tuple(found)


# A title's complement ("Secretary-General [of the Union]") and the parts of its core.
_COMPLEMENT = pattern(r",| of | for | in | at | to ")
_TITLE_PARTS = pattern(r"[\s\-]+")


def title_initials(title: str) -> str:
    """The initials of a title's core, before its complement ("of", "for" ...), each part of a
    hyphenated word counted: "Secretary-General of the Union" -> "SG", "Cabinet Secretary for
    Trade" -> "CS", "Deputy Director General" -> "DDG"."""
    core = _COMPLEMENT.split(title)[0]
    return "".join(part[0] for part in _TITLE_PARTS.split(core) if part[:1].isupper())


def _title_abbreviation(text: str, a: int, person: Person) -> int | None:
    """Where an abbreviation of ``person``'s title stands right before the surname at ``a``
    ("SG Lopez" for the Secretary-General, "DSG Mensah" for a Deputy Secretary-General), or
    None. Only an all-capital word of two letters or more that spells the title's initials."""
    if not person.title or a < 3 or text[a - 1] != " ":
        return None
    k = a - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k : a - 1]
    if len(word) < 2 or not word.isupper() or (k > 0 and text[k - 1].isalnum()):
        return None
    return k if word == title_initials(person.title) else None


def _title_word_before(text: str, a: int) -> int | None:
    """Where a one-word title right before the surname at ``a`` starts: "Ambassador KIM",
    "Commissioner Lopez" (a title head, capitalised); None when there is none."""
    before = text[max(0, a - 30) : a]
    words = before.split() if before.endswith(" ") else []
    word = words[-1] if words else ""
    head = word.lower().split("-")[0]  # "Ambassador-designate"
    if not (word[:1].isupper() and (word.lower() in lex.TITLE_HEADS or head in lex.TITLE_HEADS)):
        return None
    return a - 1 - len(word)


def _cut_title(person: Person, start: int, a: int) -> bool:
    """Whether the people stage gave ``person`` the title before the surname at ``a`` as a
    mention of its own: "Ambassador" of "Ambassador KIM", a family name in capitals it read as
    no name."""
    return any(m.start == start and m.end == a - 1 for m in person.spans)


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word in ``text`` (str.find: a C scan per word)."""
    out = []
    a = text.find(word)
    while a >= 0:
        b = a + len(word)
        if (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum()):
            out.append(a)
        a = text.find(word, b)
    return out


def overlaps(spans: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int] | None:
    """The first span overlapping ``[lo, hi)`` (spans sorted by start)."""
    i = max(0, bisect.bisect_right(spans, (lo, lo)) - 1)
    while i < len(spans) and spans[i][0] < hi:
        a, b = spans[i]
        if b > lo and a < hi:
            return spans[i]
        i += 1
    return None
