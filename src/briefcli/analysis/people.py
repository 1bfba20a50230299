"""Who's who: named people with their titles and organizations, every mention resolved to
them, unnamed role holders, organizations with their acronyms, countries and the event's place.

One stage, ``find_people(article) -> PeopleResult``, and lookups for the stages after it
(statements, sections, events), which work on a ``PeopleResult`` or a ``Briefing``:

- ``mention_at(source, start, end)``: the person mentioned at those offsets, with the mention
  ("Mr. Siluanov", "The Secretary General", "He" all resolve here);
- ``person_at(source, start, end)``: the same, the person only;
- ``mentions_in(source, start, end)``: every person mention inside a span, in text order;
- ``participant_at(source, start, end)``: the unnamed role holder mentioned there;
- ``person_mentions(source)``: every person mention with its person, in text order;
- ``country_of(text)``: the country a name stands for ("the Russian Federation" -> "Russia").

The stage reads the article's token table and runs in three steps, each a module of its own
with its rules in its docstring:

1. the sentence pass (``mentions``): organizations and acronyms (``orgs``), then per sentence
   countries (``countries``), title phrases (``titles``), names (``names``), roles and pronouns;
2. resolution over the whole article (``coref``): names to people, role phrases to the people
   holding those titles, pronouns to people;
3. places and the event's location (``places``).

Who took part (``Person.took_part``): a person the text only talks about took no part. Every
mention of such a person is one of these: a possessor that does not open its sentence and
follows no preposition of an occasion ("highlighted Prime Minister X's state visit", "what
President Y's administration might bring"; not "Mr. X's remarks opened ...", "during the
Minister's visit", "in his remarks"); a name right after words that say someone else stood
in for them or that they lent their name ("representing the Governor", "on behalf of Dr. X",
"under the patronage of Sheikh Y", "the late President"); a possessor after an "on" that gives
a topic ("the debate focused on Mr. X's plan"); a name in a clause of condition ("if Minister
X agrees"); a mention inside someone's quoted
words ('"... the President was to visit Accra ...," she noted'). Once the statements are known,
``presence`` drops those named only in a clause someone else reported ("She said Minister X
returned ...").

Role phrases that match nobody are unnamed participants ("the Acting Head of the Federal
Customs Service of the Russian Federation"), one per title and qualifiers; plural heads ("the
Ministers") are groups, not participants.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from briefcli.analysis.accounts import event_what, past_perfect
from briefcli.analysis.coref import Draft, resolve_people, stood_in_for
from briefcli.analysis.countries import country_of, unknown_demonym_place
from briefcli.analysis.mentions import Found, Role, find_mentions
from briefcli.analysis.orgs import collect_organizations, named_by_noun, named_in_full, spelled_out
from briefcli.analysis.places import find_location
from briefcli.analysis.quotemarks import quotation_spans
from briefcli.analysis.scenes import find_cues, in_announced_encounter, release_announces
from briefcli.analysis.words import (
    SentenceView,
    honorific_at,
    lead_sentence,
    surface_forms,
    without_possessive,
)
from briefcli.lang import en as lex
from briefcli.model import (
    Article,
    Briefing,
    Mention,
    MentionKind,
    Organization,
    Participant,
    Person,
    Place,
    Word,
)
from briefcli.regexes import pattern

log = logging.getLogger(__name__)

__all__ = [
    "PeopleResult",
    "country_of",
    "find_people",
    "mention_at",
    "mentions_in",
    "participant_at",
    "person_at",
    "person_mentions",
]


class PeopleResult(NamedTuple):
    """What ``find_people`` finds in one article."""

    people: tuple[Person, ...] = ()
    participants: tuple[Participant, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    location: str | None = None


def find_people(article: Article) -> PeopleResult:
    """People, their mentions, unnamed participants, organizations, places and the event
    location of ``article`` (see the module docstring for the rules)."""
    found = find_mentions(article)
    quoted, spoken = quotation_spans(article)  # closed ones; and those left open, someone's too
    drafts = resolve_people(found, article.title, quoted)
    location, cities = find_location(article, found)
    people = _list_people(article.text, drafts, found)
    people = tuple(_with_part(p, not _late(p) and took_part(article, p.spans, spoken)) for p in people)
    represented = frozenset(p.name for p in people if not p.took_part and _represented(article, p))
    people = tuple(_demonym_state(_headline_state(p, article.title), article) for p in people)
    people = _represented_states(people, found)
    if not _delegate_lead(found):
        people = _home_offices(
            people,
            article.dateline,
            article.title,
            found.country_forms,
            represented,
            location,
            _hosts(article),
        )
    people = _side_states(people, found)
    people = _counterpart_posts(people, article.text)
    countries = [
        Place(name=country, kind="country", aliases=tuple(dict.fromkeys(forms)))
        for country, forms in found.country_forms.items()
    ]
    participants = sorted((*_list_participants(article.text, found.roles), *found.listed), key=_first_start)
    spelled = _spelled_out(found, [*people, *participants], article)
    if spelled:
        people = tuple(replace(p, org=spelled.get(p.org or "", p.org)) for p in people)
        participants = [replace(r, org=spelled.get(r.org or "", r.org)) for r in participants]
    result = _with_ids(
        PeopleResult(
            people=people,
            participants=tuple(participants),
            organizations=collect_organizations(article.text, found.orgs, people, found.views, spelled),
            places=(*countries, *cities),
            location=location,
        )
    )
    log.debug("people: %s", [p.name for p in result.people])
    return result


def _list_people(text: str, drafts: list[Draft], found: Found) -> tuple[Person, ...]:
    """The people in order of first mention, each with every mention (name, title, pronoun)."""
    # each mention once, as a tuple (hashed and sorted in C), made a Mention after: a long text
    # has hundreds of thousands
    spans: dict[int, set[tuple[int, int, MentionKind, int, int]]] = {i: set() for i in range(len(drafts))}
    for m in found.named:
        if m.person is not None:
            spans[m.person].add((m.start, m.end, "name", m.para, m.sent))
    for r in found.roles:
        if r.person is not None:
            spans[r.person].add((r.start, r.end, "title", r.para, r.sent))
    for pr in found.pronouns:
        if pr.person is not None:
            spans[pr.person].add((pr.start, pr.end, "pronoun", pr.para, pr.sent))
    order = sorted(range(len(drafts)), key=lambda i: min(m.start for m in drafts[i].named))
    people: list[Person] = []
    for i in order:
        p = drafts[i]
        ms = tuple(Mention(*m) for m in sorted(spans[i]))
        name = " ".join(p.words)
        forms = (without_possessive(text[m.name_start : m.name_end]) for m in p.named)  # "Ruiz's" is "Ruiz"
        title, org = _with_posts(p.title, p.org, p.more)
        people.append(
            Person(
                name=name, title=title, org=org, mentions=surface_forms(text, ms), spans=ms,
                aliases=tuple(dict.fromkeys(form for form in forms if form != name)), gender=p.gender,
            )
        )  # fmt: skip
    return tuple(people)


def _spelled_out(found: Found, holders: Sequence[Person | Participant], article: Article) -> dict[str, str]:
    """The organizations that holders' bare acronyms stand for, when the text spells out no
    acronym of its own but names one organization whose last words they are ("PA President
    Tom Berg" ... "the Elmfield Parliamentary Assembly"), and those a one-word owner opens
    ("Vice Chancellor Elmfield" ... "Elmfield International University"), and those a body's
    bare noun stands for ("Director of the Institute" ... "Elmfield Ports Institute"): owner -> name."""
    used: dict[str, int] = {}  # each owner's first use, by the first mention of its holders
    for h in holders:
        if h.org:
            first = min((m.start for m in h.spans), default=len(article.text))
            used[h.org] = min(used.get(h.org, first), first)
    return {
        owner: name
        for owner in sorted(used)
        if (
            name := spelled_out(owner, found.orgs, found.acronyms)
            or named_in_full(owner, found.orgs, article.text)
            or named_by_noun(owner, found.orgs, article.dateline_end, used[owner])
        )
    }


def _with_posts(title: str | None, org: str | None, more: Sequence[str]) -> tuple[str | None, str | None]:
    """A title and organisation with the posts coordinated with them after a semicolon, at the
    end of what a reader sees ("title, org"): "Director of Ports", "Harbour Authority;
    Chair of the Regional Board"."""
    if not more or title is None:
        return title, org
    posts = "; ".join(more)
    return (title, f"{org}; {posts}") if org else (f"{title}; {posts}", org)


@cache
def _capital_states() -> dict[str, str]:
    return {capital.casefold(): country for country, capital in lex.CAPITALS.items()}


def _home_offices(
    people: tuple[Person, ...],
    dateline: str | None,
    headline: str | None,
    named: dict[str, list[str]],
    represented: frozenset[str],
    location: str | None,
    hosts: Callable[[Person], bool],
) -> tuple[Person, ...]:
    """A state's own release calls that state's office holders by the title alone, never
    naming its own country in them ("ISLAMABAD: ... called on Finance Minister Ana Ruiz"): such
    a post without an owner is the state's. A post of another body is not ("President of the
    Assembly"). The home state is the date line's capital's; else the pair of states a headline
    tells the relations of ("Japan-Germany Relations") when its guest holds a post of the other
    one; else, with no date line, the state the text names most (see ``_named_home``). Not a
    release written from abroad (see ``_written_abroad``), nor a leader only someone stands in
    for (``represented``: "Tom Berg, representing Prime Minister Ivo Dahl", the envoy's own)."""
    city = dateline.split(",")[0].strip().casefold() if dateline else ""  # "New Delhi, India"
    state = _capital_states().get(city) or _paired_home(people, headline)
    if state is None and dateline is None:
        state = _named_home(people, named)
    if state is None or _written_abroad(people, state):
        return people
    # a leader named in passing may be a guest envoy's, when the text gives the envoy no state
    passing = not any(p.took_part and p.org is None and _envoy(p.title) for p in people)
    holders = [p for p in people if _home_holder(p, passing=passing) and p.name not in represented]
    home = {id(p) for p in _one_per_post(holders, _abroad(location, state), hosts)}
    return tuple(replace(p, org=state) if id(p) in home else p for p in people)


_DELEGATE = tuple(tuple(phrase.split()) for phrase in lex.DELEGATE_PHRASES)
_DELEGATE_FIRST = frozenset(phrase[0] for phrase in _DELEGATE)
_DELEGATE_REACH = 6  # words from the phrase to "at": "represented [the Government of Peru] at"


def _delegate_lead(found: Found) -> bool:
    """Whether the lead makes its subject a state's delegate to a gathering (``DELEGATE_PHRASES``,
    then "at" or "to" a few words on): "Deputy Minister Ana Ruiz represented the Government at
    the Ports Council meeting held in Vienna". The delegate's side writes it from the
    gathering's city: the date line's city ("VIENNA, 8 June") is no home state of the posts."""
    lead = lead_sentence(found.views)
    if lead is None:
        return False
    lows = lead.lows
    for k in range(len(lows)):
        if lows[k] not in _DELEGATE_FIRST:
            continue  # most words open no phrase
        for phrase in _DELEGATE:
            if tuple(lows[k : k + len(phrase)]) == phrase:
                after = lows[k + len(phrase) : k + len(phrase) + _DELEGATE_REACH]
                if "at" in after or "to" in after:
                    return True
    return False


_SIDE_OPENERS = frozenset({"on", "from", "for"})


def _side_states(people: tuple[Person, ...], found: Found) -> tuple[Person, ...]:
    """A post holder with no organisation named in a sentence that opens with a state's side:
    "On the Kenyan side, the Minister of Trade, Mr. Tom Otieno, attended": Kenya's minister;
    "The Uruguayan side was represented by the Director General for Trade, Ms. Ana Ruiz"."""
    out = []
    for p in people:
        first = next((m for m in p.spans if m.kind != "pronoun"), None)
        state = _side_of(found.views[first.sentence], first.start) if first and first.sentence >= 0 else None
        keep = p.org is not None or state is None or p.title is None
        out.append(p if keep else replace(p, org=state))
    return tuple(out)


def _counterpart_posts(people: tuple[Person, ...], text: str) -> tuple[Person, ...]:
    """A state's counterpart of a national post holder holds the same post in that state: "the
    Minister of Foreign Affairs of Ostria, Mr. A, received his Ghanaian counterpart, Mr. B" makes
    B Ghana's Minister of Foreign Affairs ("counterpart" alone says no post to check). Only when
    the possessive before the relation is the holder's and the counterpart's state is given."""
    if not any(p.title in lex.MUTUAL_RELATIVE_NOUNS and p.org for p in people):
        return people  # almost every text: no "<possessive> <State> counterpart, <name>"
    pronoun_ends = {m.end: p for p in people for m in p.spans if m.kind == "pronoun"}
    out = []
    for p in people:
        related = p.title in lex.MUTUAL_RELATIVE_NOUNS and p.org is not None
        owner = _relation_owner(p, text, pronoun_ends) if related else None
        if owner is not None and owner.org != p.org and _national(owner.title):
            p = replace(p, title=owner.title)
        out.append(p)
    return tuple(out)


def _relation_owner(person: Person, text: str, pronoun_ends: dict[int, Person]) -> Person | None:
    """The person whose possessive opens the relation apposed to ``person``'s first name:
    "[his] Ghanaian counterpart, Mr. B", "[her] counterpart from Ghana, Ms. B"."""
    first = next((m for m in person.spans if m.kind == "name"), None)
    if first is None:
        return None
    window = text[max(0, first.start - _RELATION_WINDOW) : first.start]
    hit = _RELATION_BEFORE_NAME.search(window)
    if hit is None:
        return None
    owner = pronoun_ends.get(first.start - len(window) + hit.end("owner"))
    return owner if owner is not person else None  # (no ids yet: they come last)


_RELATION_WINDOW = 80
# "[his] Ghanaian counterpart, ", "[her] counterpart from Peru, " right before a name
_RELATION_BEFORE_NAME = pattern(
    rf"\b(?P<owner>his|her|their)\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(lex.MUTUAL_RELATIVE_NOUNS))})"
    r"(?:\s+from\s+[^,;.]{1,40}?)?,?\s*$",
    re.IGNORECASE,
)


def _side_of(view: SentenceView, before: int) -> str | None:
    """The state of a sentence opening "On the <state's> side," ahead of ``before``, or whose
    subject is that side ("The Uruguayan side was represented by ...")."""
    lows = view.lows
    if len(lows) < 4:
        return None
    at = 2 if lows[0] in _SIDE_OPENERS and lows[1] == "the" else 1 if lows[0] == "the" else 0
    if not at or at not in view.countries:
        return None
    end, country, _ = view.countries[at]
    if end >= len(lows) or lows[end] != "side" or view.starts[end] > before:
        return None
    return country


def _represented_states(people: tuple[Person, ...], found: Found) -> tuple[Person, ...]:
    """A state's post holder the text names as the one who represented it: "Nordmark was
    represented by Prime Minister Lena Falk and Sarawan by President Rafael Monte" (Falk is
    Nordmark's Prime Minister, Monte Sarawan's President, whatever city the release is filed
    from)."""
    out = []
    for p in people:
        first = next((m for m in p.spans if m.kind != "pronoun"), None)
        state = None
        if p.org is None and first is not None and first.sentence >= 0:
            view = found.views[first.sentence]
            if _REPRESENTED in view.lows:  # the cheap test: most sentences tell no representation
                state = _represented_by(view, first.start) if _national(p.title) else None
                state = state or _represents(view, first.end)
        out.append(p if state is None else replace(p, org=state))
    return tuple(out)


def _represents(view: SentenceView, end: int) -> str | None:
    """The state the person whose mention ends at character ``end`` represented, as the verb
    right after it says: "Acting Director General Jonas Berg represented Norland" (a known
    country, "the" before it or not, as written: "the Republic of Korea")."""
    x = bisect_left(view.starts, end)
    if x + 1 >= len(view.lows) or view.lows[x] != _REPRESENTED:
        return None
    x += 1 + (view.lows[x + 1] == "the")
    hit = view.countries.get(x)
    if hit is None or hit[2]:  # not a demonym: "represented Chilean exporters"
        return None
    return view.text[view.starts[x] : view.ends[hit[0] - 1]]


_REPRESENTED = "represented"
_STATE_JOINERS = frozenset({"of", "the"})  # "the Republic of Sarawan"


def _represented_by(view: SentenceView, start: int) -> str | None:
    """The state before "was represented by" whose representative's mention starts at
    character ``start`` (titles and honorifics between "by" and the name), or before "by" in a
    second, gapped clause ("and Sarawan by President Rafael Monte")."""
    toks, lows = view.words, view.lows
    x = bisect_left(view.starts, start)
    b = x - 1
    while b >= 0 and (toks[b].cap or toks[b].text == "."):
        b -= 1  # "by [H.E. President] Rafael Monte"
    if b < 2 or lows[b] != "by":
        return None
    if lows[b - 1] == _REPRESENTED and lows[b - 2] in ("was", "were"):
        end = b - 2
    elif _REPRESENTED in lows[:b]:
        end = b  # "and Sarawan by ...": the verb is the first clause's
    else:
        return None
    k = end
    while k > 0 and (toks[k - 1].cap or (lows[k - 1] in _STATE_JOINERS and k - 1 > 0 and toks[k - 2].cap)):
        k -= 1
    if k < end and k > 0 and lows[k - 1] == "the":
        k -= 1  # "and [the] Republic of Tarn by ..."
    if k == end or (end == b and (k == 0 or lows[k - 1] != "and")):
        return None
    text = view.text[view.starts[k] : view.ends[end - 1]]
    return text.removeprefix("The ").removeprefix("the ")


_MAX_STATE_WORDS = 6  # "the United Republic of Tanzania"


def _headline_state(person: Person, headline: str | None) -> Person:
    """A person the text gives no organisation takes the state a headline names after their
    full name: "Joint Statement by President Ana Ruiz of the Republic of Chile and Prime
    Minister Tom Berg of the Kingdom of Norway" over a text that calls them "President Ruiz" and
    "Prime Minister Berg" (not the home state of a release dated from one capital)."""
    if person.org is not None or not headline or not person.name:
        return person
    at = headline.find(person.name + " of ")
    if at < 0:
        return person
    words = headline[at + len(person.name) + 4 :].split()
    for n in range(min(len(words), _MAX_STATE_WORDS), 0, -1):
        phrase = " ".join(words[:n]).rstrip(",;:")
        if country_of(phrase) is not None:
            return replace(person, org=phrase.removeprefix("the ").removeprefix("The "))
    return person


def _demonym_state(person: Person, article: Article) -> Person:
    """A person's organisation written as an adjective of a state the gazetteer does not know,
    formed as English forms most ("Norlandian" of "Norlandia", as "Kenyan" of "Kenya"): the
    state's name, when the text writes it ("the Norlandian Foreign Minister" ... "Norlandia's
    support")."""
    org = person.org
    state = unknown_demonym_place(org) if org is not None and org[:1].isupper() else None
    if state is None:
        return person
    written = pattern(rf"\b{re.escape(state)}\b(?![\w-])", keep=False)
    # the headline may be where it is written: "Ghana and Norvania deepen ties"
    if written.search(article.text) is None and written.search(article.title or "") is None:
        return person
    return replace(person, org=state)


def _abroad(location: str | None, state: str) -> bool:
    """Whether the event took place in another state than the release's home: "ACCRA - The
    President concluded a state visit to Portugal"."""
    where = country_of(location.rsplit(",", 1)[-1]) if location else None
    return where is not None and where != state


_MET_GROUPS = frozenset({"BILATERAL_MEETINGS", "BILATERAL_COURTESY"})
_MET_REACH = 160  # characters from a talks cue to the last counterpart its object names


def _hosts(article: Article) -> Callable[[Person], bool]:
    """Whether a person is one someone met, as the object of a talks cue ("held talks with
    President X and Prime Minister Y", "called on Premier Z"): read only for the people asked
    about (a release written from home about a visit abroad)."""

    def met(person: Person) -> bool:
        first = next((m for m in person.spans if m.kind != "pronoun"), None)
        if first is None:
            return False
        return any(
            c.group in _MET_GROUPS
            and c.sentence == first.sentence
            and c.end - 1 <= first.start <= c.end - 1 + _MET_REACH
            and not any(mark in article.text[c.end : first.start] for mark in ";:")
            for c in find_cues(article, first.paragraph)
        )

    return met


def _one_per_post(holders: list[Person], abroad: bool, hosts: Callable[[Person], bool]) -> list[Person]:
    """The home state's holders among ``holders``: a state has one holder of a post, so of two
    "Presidents" only the first named is the home one ("President Kone and President Brandt held
    talks"); and abroad, not the hosts the release's people met there (``hosts``: "held talks
    with Prime Minister Eva Novak"), whose state the text may leave to the reader; the release's
    own delegation keeps it ("accompanied by the Foreign Minister")."""
    ordered = sorted(holders, key=lambda p: p.spans[0].start if p.spans else 0)
    if abroad:
        ordered = ordered[:1] + [p for p in ordered[1:] if not hosts(p)]
    seen: set[str] = set()
    kept = []
    for p in ordered:
        post = _post_key(p.title)
        if post not in seen:
            seen.add(post)
            kept.append(p)
    return kept


# words a post's two spellings differ by: "Foreign Minister" is the "Minister of Foreign Affairs"
_POST_FILLERS = frozenset(("of", "for", "the", "and", "affairs", "&"))


def _post_key(title: str | None) -> str:
    """One post however a release words it, its words in order and its joiners aside: "Foreign
    Minister" and "Minister of Foreign Affairs" are one post, which one state gives one holder
    ("ACCRA - The Minister of Foreign Affairs, Ama Owusu, received Foreign Minister Luca
    Varossi": the guest holds it elsewhere)."""
    words = (title or "").casefold().split()
    if len(words) < 2:
        return " ".join(words)
    return " ".join(sorted(w for w in words if w not in _POST_FILLERS))


def _envoy(title: str | None) -> bool:
    """Is ``title`` an envoy's ("Ambassador", "High Commissioner to Ghana")?"""
    words = (title or "").casefold().split(" to ")[0].split()
    return any(
        " ".join(words[i : i + 2]) in lex.ENVOY_TITLES or w in lex.ENVOY_TITLES for i, w in enumerate(words)
    )


_HOME_MENTIONS = 2  # a state named once may be only where something happened ("held in Lima, Peru")


def _named_home(people: Sequence[Person], named: dict[str, list[str]]) -> str | None:
    """The state a release with no date line is written for: it names its own state as an
    actor ("Norland values its ties", "thanked Norland") but in no post of its people, where
    it names its guests' ("the President of Sudria, Ana Ruiz"). So the state the text names
    most, at least twice and more than any other, that no one taking part holds a post of."""
    guests = {country_of(p.org) for p in people if p.org and p.took_part}
    counts = sorted(
        ((len(forms), state) for state, forms in named.items() if state not in guests), reverse=True
    )
    if not counts or counts[0][0] < _HOME_MENTIONS or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _written_abroad(people: Sequence[Person], state: str) -> bool:
    """Whether an envoy accredited to the date line's state tells a release written from
    abroad by the envoy's own side ("Washington (PTI): ... India's Ambassador to the US"). Not
    when the text names the envoy's country for someone else taking part: a release names the
    guests' country, never its own, so the envoy escorts a delegation the state receives
    ("NAIROBI: Trade Minister Ana Wanjiru received Ghana's Minister of Trade Kofi Mensah; the
    Ghanaian High Commissioner to Kenya attended")."""
    return any(
        _accredited_to(p.title, state) and not _sent_of(p) and not _escorts_guests(p, people, state)
        for p in people
    )


def _sent_of(envoy: Person) -> bool:
    """Whether the text names the envoy in the protocol style of the host's own releases, the
    sender after "of": "the Ambassador of Ostria to Kenya" (not "Ostria's Ambassador to Kenya",
    as the envoy's own side writes)."""
    return any(" of " in form.split(" to ")[0] for form in envoy.mentions if " to " in form)


def _escorts_guests(envoy: Person, people: Sequence[Person], state: str) -> bool:
    """Whether another person taking part is given the envoy's country, one not ``state``; a
    state no table knows by its name ("Velmoria", "the Republic of Velmoria")."""
    home = _state_key(envoy.org) if envoy.org else None
    if home is None or home == state:
        return False
    return any(p is not envoy and p.took_part and p.org and _state_key(p.org) == home for p in people)


def _state_key(org: str) -> str:
    """The state an organisation names, however written: "the Russian Federation" and "Russia"
    are Russia, "Republic of Velmoria" (a state's formal name no table knows) is "Velmoria";
    else the organisation itself."""
    known = country_of(org)
    if known is not None:
        return known
    form, of, name = org.removeprefix("the ").partition(" of ")
    return name if of and form in lex.STATE_FORM_NOUNS else org


# Two states' names joined by a hyphen or a dash in a headline: "Japan-Germany Relations",
# "India – Jamaica talks". Up to three words each side; a word is never given back (``*+``):
# a space or a dash follows it, which it cannot hold, and a headline in capitals made the
# search try every shorter word at every letter.
_STATE_PAIR = pattern(
    r"((?:[A-Z][\w.'’]*+\s){0,2}[A-Z][\w.'’]*+)\s?[-–—]\s?([A-Z][\w.'’]*+(?:\s[A-Z][\w.'’]*+){0,2})"
)


def _paired_home(people: Sequence[Person], headline: str | None) -> str | None:
    """The home state of a release headed with a pair of states ("Japan-Germany Relations"):
    the one of the two that no one in its lead holds a post of, when someone there holds a
    post of the other ("Federal Minister for Foreign Affairs, Germany")."""
    for m in _STATE_PAIR.finditer(headline or ""):
        pair = [_state_at(m.group(1), last=True), _state_at(m.group(2), last=False)]
        if None in pair or pair[0] == pair[1]:
            continue
        guests = {country_of(p.org) for p in people if p.org and p.spans and p.spans[0].paragraph == 0}
        homes = [state for state, other in (pair, pair[::-1]) if other in guests and state not in guests]
        if len(homes) == 1:
            return homes[0]
    return None


def _state_at(words: str, *, last: bool) -> str | None:
    """The state the first (or ``last``) one, two or three words name: "South Africa Talks" ->
    "South Africa"; "Talks with South Korea", last -> "South Korea"."""
    parts = words.split()
    for n in (3, 2, 1):
        state = country_of(" ".join(parts[-n:] if last else parts[:n])) if len(parts) >= n else None
        if state:
            return state
    return None


def _home_holder(person: Person, *, passing: bool = True) -> bool:
    """Whether a person is a home office holder as a release from home names one: a state's
    post without an owner, taking part and named in the lead paragraph (a counterpart met later
    may be a guest whose country the text gives in a way not read), or, when ``passing``,
    named only in passing ("the directions of Prime Minister Ana Ruiz": the release's own
    leaders go unnamed by country, a foreign one is called by it)."""
    lead = bool(person.spans) and person.spans[0].paragraph == 0
    return person.org is None and (lead or (passing and not person.took_part)) and _national(person.title)


def _accredited_to(title: str | None, state: str) -> bool:
    """Is ``title`` a post accredited to ``state`` ("Ambassador to the US")?"""
    if title is None or " to " not in title:
        return False
    return country_of(title.rsplit(" to ", 1)[1]) == state


def _national(title: str | None) -> bool:
    """Is ``title`` a state's post ("Finance Minister", "Minister of Health", "President of the
    Republic"), not one of a body it names ("President of the General Assembly")?"""
    if title is None:
        return False
    words = title.casefold().replace("-", " ").split()
    owner = next((i for i, w in enumerate(words) if w == "of"), len(words))
    # "of Health" is a portfolio, "of the General Assembly" a body's (its head noun tells)
    if set(words[owner + 1 :]) & (lex.ORG_CUES - lex.GENERIC_OWNERS):
        return False
    if owner + 1 < len(words) and words[owner + 1] in lex.CORPORATE_FUNCTIONS:
        return False  # "Vice President of Sales": a company's post
    core = words[:owner]
    # a national word that opens a longer head is that head's: "Minister-Counsellor" a diplomat
    return (
        any(
            " ".join(core[i : i + 2]) in lex.NATIONAL_TITLES
            or "-".join(core[i : i + 2]) in lex.NATIONAL_TITLES  # "Governor-General"
            or (core[i] in lex.NATIONAL_TITLES and " ".join(core[i : i + 2]) not in lex.TITLE_HEADS)
            for i in range(len(core))
        )
        or _portfolio_post(core, words[owner + 1 :])
    )


_STATE_PORTFOLIOS = lex.PORTFOLIO_WORDS - lex.TITLE_MODIFIERS  # "National Secretary" is a party's


def _portfolio_post(core: Sequence[str], owner: Sequence[str]) -> bool:
    """Is a title's core a post that is a state's when a portfolio names its field, and does
    one: before it ("Finance Secretary", "Foreign Affairs Undersecretary for Policy"), after
    its "of" ("Secretary of Health", "Secretary of the Treasury") or after it, ending the title,
    as South Asian releases write it ("Secretary Commerce")?"""
    owner = owner[1:] if owner[:1] == ["the"] else owner
    last = len(core) - 1
    return any(
        word in lex.PORTFOLIO_NATIONAL_TITLES
        and " ".join(core[i : i + 2]) not in lex.TITLE_HEADS - {word}  # "Commonwealth Secretary-General"
        and (
            (i > 0 and core[i - 1] in _STATE_PORTFOLIOS)
            or (i == last and bool(owner) and owner[0] in _STATE_PORTFOLIOS)
            or (i + 1 == last and not owner and core[last] in _STATE_PORTFOLIOS)
        )
        for i, word in enumerate(core)
    )


_MAX_BEFORE_NAME = 10
_DEATH = tuple(tuple(phrase.split()) for phrase in lex.DEATH_PHRASES)
_ENVOY_PRINCIPAL = tuple(tuple(phrase.split()) for phrase in lex.ENVOY_PRINCIPAL_PHRASES)
_POSSESSIVE_PRONOUNS = frozenset(("his", "their"))  # "her" is also an object


def _late(person: Person) -> bool:
    """Whether the person's title says they died: "late Lorian fisheries minister" (however the
    text named them: "the late Lorian fisheries minister, Mr. X, was remembered")."""
    words = (person.title or "").split()
    return bool(words) and words[0].lower() == _LATE


_LATE = "late"
_APPOSED = ("", "as")  # between a name and its title: ", ", " as "


def took_part(article: Article, spans: tuple[Mention, ...], quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a person with these mentions took part, as far as the text tells (see the
    module docstring): False when every mention only talks about the person or stands in
    someone's quoted words (``quoted``: the article's quotations)."""
    text = article.text
    # a title in apposition goes with the name before it: "Sheikh X, Vice President,"; a name
    # in apposition with the title before it: "succeeds the Minister of Trade, Hon. X" (the
    # title's words tell whether X was there); so does a title after "as", the post the name
    # held: "who succeeded Mr. Tom Berg as Governor" (the words before the name tell)
    own = [
        m
        for k, m in enumerate(spans)
        if not (
            k
            and {m.kind, spans[k - 1].kind} == {"title", "name"}
            and text[spans[k - 1].end : m.start].strip(" ,") in _APPOSED
        )
    ]
    if any(_said_absent(article, m) for m in spans):
        return False
    return not own or not all(
        (_inside(m, quoted) and not _met_in_quote(article, m))
        or _only_talked_about(article, m)
        or _still_to_meet(article, m)
        for m in own
    )


def _still_to_meet(article: Article, m: Mention) -> bool:
    """Whether the mention names one an announced encounter is still to meet: "She will also
    meet the Mayor, Mr. Ole Brun" (he was not at the talks told), not its subject. Not in the
    lead paragraph, whose announcement is what the release is about ("Ms. Ana Ruiz will meet
    Mr. Tom Berg in Lima"), nor in a release that announces its event, whose every encounter is
    to come ("Ms. Ruiz will travel to Lima next week. She will also meet Mr. Tom Berg.")."""
    if m.sentence < 0 or m.paragraph <= 0:  # the headline, the lead
        return False
    start = article.sentences[m.sentence].start
    return in_announced_encounter(article.text, start, m.start) and not release_announces(article)


_ABSENCE = tuple(tuple(phrase.split()) for phrase in lex.ABSENCE_CLAUSES)


def _said_absent(article: Article, m: Mention) -> bool:
    """Whether a relative clause right after the mention says the person was not there: "the
    Governor, Ms. Ana Ruiz, who could not attend, sent a message" (``ABSENCE_CLAUSES``); not
    "who could not attend in person" (they may have joined from afar)."""
    if m.sentence < 0:
        return False
    tokens = article.tokens
    lows = tokens.lows
    j = bisect_right(tokens.starts, m.end - 1)  # the first token after the mention
    if j < len(lows) and lows[j] in _ABSENCE_FIRST:
        return _absence_at(lows, j)  # "Mr. X was not present": the sentence's predicate
    if lows[j : j + 2] != (",", "who"):
        return False
    j += 2
    if _absence_at(lows, j):
        return True
    # past the relative clause to the predicate: "Mr. X, who began the talks, was not present"
    end = min(len(lows), j + _RELATIVE_REACH)
    k = next((x for x in range(j, end) if lows[x] in (",", ".", ";")), end)
    return k + 1 < len(lows) and lows[k] == "," and lows[k + 1] in _ABSENCE_FIRST and _absence_at(lows, k + 1)


_ABSENCE_FIRST = frozenset(p[0] for p in _ABSENCE)
_RELATIVE_REACH = 16  # ", who [started the talks with the ministry in 2022]," then the predicate


def _absence_at(lows: Sequence[str], j: int) -> bool:
    """Whether an absence phrase (``ABSENCE_CLAUSES``) stands at token ``j``, no "in person" after it."""
    return any(
        tuple(lows[j : j + len(p)]) == p and tuple(lows[j + len(p) : j + len(p) + 2]) != ("in", "person")
        for p in _ABSENCE
    )


_MET_REACH = 30  # tokens back to "met": "met with [Minister A, Governor B, and] Governor C"
_MET = "met"
_MET_LIST_WORDS = frozenset({"with", "and", ",", "the", "other", "."})


def _met_in_quote(article: Article, m: Mention) -> bool:
    """Whether a quoted mention is the object of a meeting the speaker tells: "“The team met
    with Finance Minister Ana Ruiz, Governor Tom Berg and others,” she said" (an end-of-mission
    statement): the people met were there. Only capitalised words, commas and the list's small
    words stand between "met" and the mention."""
    if m.sentence < 0:
        return False
    tokens = article.tokens
    first = tokens.sentence_first[m.sentence]
    lows, words = tokens.lows, tokens.words
    i = bisect_left(tokens.starts, m.start)
    for k in range(i - 1, max(first, i - _MET_REACH) - 1, -1):
        if lows[k] == _MET:
            return True
        if not (words[k].cap or lows[k] in _MET_LIST_WORDS):
            return False
    return False


def _inside(m: Mention, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether a mention stands inside a quotation: '“... President X was to visit ...,” she
    noted' names someone a speaker talks about."""
    return any(a <= m.start and m.end <= b for a, b in quoted)


def _only_talked_about(article: Article, m: Mention) -> bool:
    """A mention that talks about the person without putting them there: a possessor in the
    middle of a sentence after no preposition of an occasion, or a name after a stand-in's
    words ("representing", "on behalf of", "the late")."""
    if m.sentence < 0:  # the headline
        return False
    tokens = article.tokens
    first = tokens.sentence_first[m.sentence]
    i = bisect_left(tokens.starts, m.start)
    j = bisect_right(tokens.starts, m.end - 1) - 1  # the mention's last token
    if i >= len(tokens) or j < i:
        return False
    lows, words = tokens.lows, tokens.words
    k = i  # where the words before the person end: "representing [the] Minister X"
    while k > first and lows[k - 1] in ("the", "late"):
        k -= 1
    # ... and past titles, honorifics and the names listed before: "the passing of [former
    # Foreign Ministers Mr. A and Mr.] B" (only a death's words are looked for there)
    t = k
    while (
        t > first and k - t < _MAX_BEFORE_NAME and (lows[t - 1] in ("former", ".", "and") or words[t - 1].cap)
    ):
        t -= 1
    if any(e - len(p) >= first and tuple(lows[e - len(p) : e]) == p for p in _DEATH for e in {k, t}):
        return True
    if _stand_in_before(words, lows, first, k) or (
        ("the", "late") in pairwise(lows[max(first, i - 2) : j + 1])
    ):
        return True
    if _absent_genitive(lows, first, k) or _in_condition(lows, first, k) or _before_the_story(article, m):
        return True
    p = k + (lows[k] == "the" and k < j)  # "[the] then-Minister of Trade"
    if lows[p] in lex.PAST_MODIFIERS and _past_holder_then(article, p, j):
        return True
    if k > first and lows[k - 1] == "to" and _greetings_sent_to(lows, first, k):
        return True
    if k > first and lows[k - 1] in lex.INVITATION_VERBS and _invited_to_come(tokens.words, lows, j):
        return True
    if _recalled(article, m, lows, first, k):
        return True
    last = tokens.words[j]
    possessive = lows[j] in _POSSESSIVE_PRONOUNS if m.kind == "pronoun" else last.poss
    return possessive and i > first and not _at_occasion(lows, first, i)


_CONJUNCT_REACH = 12  # tokens back to the first conjunct's "of": "greetings of [the King] and of"
_OF = "of"


def _past_holder_then(article: Article, k: int, j: int) -> bool:
    """Whether a past holder's mention (its title opens at token ``k`` with a past mark, it ends
    at ``j``) tells what they did then: "then-" glued to the title ("the accord then-Minister
    Tom Berg signed") is always a past moment; "former" when a year before the release's dates
    the act ("the fund launched by former Governor Ana Ruiz in 2010"), not "former Governor Ana
    Ruiz also attended" (a former holder can come)."""
    tokens = article.tokens
    at = tokens.starts[k] + len(tokens.words[k].text)
    if article.text[at : at + 1] == "-":
        return True  # "then-Minister", "former-President": one word, cut at its hyphen
    lows = tokens.lows
    year = lows[j + 2] if j + 2 < len(lows) and lows[j + 1] == "in" else ""
    if len(year) != 4 or not year.isdigit():
        return False
    published = article.published
    return published is None or int(year) < published.year


def _stand_in_before(words: Sequence[Word], lows: Sequence[str], first: int, k: int) -> bool:
    """Whether a stand-in's words (``stood_in_for``) end right before token ``k``, past an
    honorific ("conveyed the greetings of [His Majesty] the King") or a first conjunct ("the
    greetings of the King [and of] the Prime Minister")."""
    if stood_in_for(lows, first, k):
        return True
    for size in (3, 2, 1):  # "His Royal Highness", "His Majesty", "H.E."
        if k - size >= first and honorific_at(words, k - size) == size:
            return stood_in_for(lows, first, k - size) or (
                k - size - 1 >= first
                and lows[k - size - 1] == "the"
                and stood_in_for(lows, first, k - size - 1)
            )
    if k - 2 < first or lows[k - 1] != _OF or lows[k - 2] != "and":
        return False
    for x in range(k - 3, max(first, k - 2 - _CONJUNCT_REACH) - 1, -1):
        if lows[x] in (",", ";", ":"):
            return False
        if lows[x] == _OF:
            return stood_in_for(lows, first, x + 1)
    return False


def _recalled(article: Article, m: Mention, lows: Sequence[str], first: int, k: int) -> bool:
    """Whether the mention stands in what someone recalled, after the verb in its sentence:
    "He recalled his visit to Norland in 2019, when he met the Minister, Ms. Ana Ruiz" (a
    memory, not the event); not the one who recalls ("Ms. Ana Ruiz recalled ...")."""
    sentence = article.sentences[m.sentence]
    if (
        article.text.find("reca", sentence.start, m.start) < 0
        and article.text.find("remem", sentence.start, m.start) < 0
    ):
        return False  # most mentions: no memory verb before them
    return any(lows[x] in lex.MEMORY_VERBS for x in range(first + 1, k))


def _invited_to_come(words: Sequence[Word], lows: Sequence[str], j: int) -> bool:
    """Whether the words after an invitation's object ending at token ``j`` (and a name in
    apposition after it) ask it to come later: "invited the President of Norland [to visit]
    Lorvik next year", "invited the Governor, Mr. Tom Berg, [to visit]"; not "invited the
    Minister to open the fair" (the one asked to open it was there)."""
    x = j + 1
    while x < len(lows) and x - j <= _MAX_APPOSED and (lows[x] in (",", ".") or words[x].cap):
        x += 1
    return x + 1 < len(lows) and lows[x] == "to" and lows[x + 1] in lex.TRIP_INFINITIVES


_MAX_APPOSED = 8  # tokens: ", Mr. Tom van Berg,"


def _before_the_story(article: Article, m: Mention) -> bool:
    """Whether the mention is the subject of a sentence in the past perfect, which tells what
    the person had done before the event ("The Minister, Mr. Tom Berg, who visited the port in
    2023, had announced the project in Lora"): it does not put them at the event."""
    sentence = article.sentences[m.sentence]
    if article.text.find("had", m.end, sentence.end) < 0:
        return False  # first, as most sentences have none: the account costs more
    text = article.text[sentence.start : sentence.end]
    had = _HAD.search(text)
    if had is None or m.end > sentence.start + had.start():
        return False
    return past_perfect(event_what(text)) is not None  # the main clause, past its asides


_HAD = pattern(r"\bhad\b")


def _at_occasion(lows: Sequence[str], first: int, i: int) -> bool:
    """Whether the preposition before token ``i`` puts the possessor there at an occasion
    ("during the Minister's visit", "on Dr. X's arrival"); not an "on" that gives the topic of
    the word before it ("the debate focused on the Minister's plan")."""
    prep = lows[i - 1]
    if prep not in lex.OCCASION_PREPOSITIONS:
        return False
    return not (prep in _TOPIC_ON and i - 2 >= first and lows[i - 2] in lex.TOPIC_BEFORE_ON)


_TOPIC_ON = frozenset(("on", "upon"))
_CONDITION_REACH = 6  # "if [the newly appointed] Minister X": the person opens the clause


def _in_condition(lows: Sequence[str], first: int, k: int) -> bool:
    """Whether the words before token ``k``, back to a comma or the sentence's start, open a
    clause of condition or an open question: "if Minister X agrees, ...", "asked whether Dr. X
    would come" name someone supposed, not someone the sentence puts there."""
    for x in range(k - 1, max(first, k - _CONDITION_REACH) - 1, -1):
        if lows[x] in (",", ";", ":"):
            return False
        if lows[x] in lex.CONDITION_OPENERS:
            return True
    return False


def _represented(article: Article, person: Person) -> bool:
    """Whether the person is named after words that say someone represented them or brought
    their word ("Tom Berg, representing Prime Minister Ivo Dahl", "the greetings of President
    Lea Marsh"): an envoy does so for a leader of the envoy's own state."""
    tokens = article.tokens
    for m in person.spans:
        if m.sentence < 0:
            continue
        first = tokens.sentence_first[m.sentence]
        k = bisect_left(tokens.starts, m.start)
        while k > first and tokens.lows[k - 1] in ("the", "late"):
            k -= 1
        if k < len(tokens) and stood_in_for(tokens.lows, first, k, _ENVOY_PRINCIPAL):
            return True
    return False


_NOUN_PHRASE_WORDS = 3  # "[the recent official] visit of"


def _greetings_sent_to(lows: Sequence[str], first: int, k: int) -> bool:
    """Whether the words before token ``k`` carry the speaker's own greetings to the person
    there: "conveyed his (warm) greetings to [the King]" (``CONVEYING_VERBS``,
    ``GREETING_NOUNS``): someone not at the talks."""
    p = k - 3  # "his [warm] greetings to": a possessive, one modifier maybe
    if p - 1 < first:
        return False
    if lows[k - 2] not in lex.GREETING_NOUNS:
        return _greetings_of_sender_to(lows, first, k)
    if lows[p] not in lex.POSSESSIVE_DETERMINERS:
        p -= 1
    return p - 1 >= first and lows[p] in lex.POSSESSIVE_DETERMINERS and lows[p - 1] in lex.CONVEYING_VERBS


_GREETING_REACH = 14  # "greetings of [President His Highness Sheikh Ali bin Omar Al Harbi] to"


def _greetings_of_sender_to(lows: Sequence[str], first: int, k: int) -> bool:
    """Whether the words before "to" at ``k - 1`` carry someone's greetings through the
    sentence's subject, the sender named after "of": "conveyed the greetings of President Ana
    Ruiz to [King Olav]" (neither is at the talks)."""
    for g in range(k - 3, max(first, k - _GREETING_REACH) - 1, -1):
        low = lows[g]
        if low in _CLAUSE_MARKS:
            return False
        if low in lex.GREETING_NOUNS:
            d = g - 1 - (g - 1 > first and lows[g - 1] not in _GREETING_DETERMINERS)  # one modifier
            return (
                lows[g + 1] == "of"
                and d - 1 >= first
                and lows[d] in _GREETING_DETERMINERS
                and lows[d - 1] in lex.CONVEYING_VERBS
            )
    return False


_CLAUSE_MARKS = frozenset((",", ";", ":"))
_GREETING_DETERMINERS = lex.POSSESSIVE_DETERMINERS | {"the"}


def _absent_genitive(lows: Sequence[str], first: int, k: int) -> bool:
    """Whether the words before token ``k`` make the person the owner of something talked
    about: "recalled the recent visit of [the President]", "a message of [the King]", "in the
    aftermath of two visits here by [the Minister]"; not the occasion the sentence is at
    ("during the visit of the Minister, ...", "during a visit by the Minister")."""
    noun = k - 2  # "visits [here] by": an adverb of place may stand before the owner's word
    while noun > first and lows[noun] in lex.OWNER_GAP_ADVERBS:
        noun -= 1
    if noun < first:
        return False
    owner = lows[k - 1]
    if not (
        (owner == "of" and lows[noun] in lex.ABSENT_GENITIVES)
        or (owner == "by" and lows[noun] in lex.ABSENT_AGENTS)
    ):
        return False
    n = noun - 1
    while n >= first and noun - 1 - n < _NOUN_PHRASE_WORDS and lows[n] not in lex.OCCASION_PREPOSITIONS:
        if lows[n] in lex.ARTICLES or lows[n] in _POSSESSIVE_PRONOUNS:
            n -= 1
            break
        n -= 1
    if any(lows[x] in lex.NOT_THIS_VISIT_WORDS for x in range(max(n, first), noun)):
        return True  # "during the recent visit of the President": an earlier occasion
    if n >= first and lows[n] == _UNDER and lows[noun] in lex.LEADING_GENITIVES:
        return False  # "a delegation, under the leadership of the Minister, ...": its head
    return n < first or lows[n] not in lex.OCCASION_PREPOSITIONS


_UNDER = "under"


def _list_participants(text: str, roles: list[Role]) -> tuple[Participant, ...]:
    """Role phrases with an article that match nobody, one participant per title and
    qualifiers."""
    groups: dict[tuple[str, frozenset[str]], list[Role]] = {}
    for r in roles:
        if r.person is None and r.named is None and r.has_det and r.key not in lex.PLURAL_HEADS:
            groups.setdefault((r.key, r.quals), []).append(r)
    participants = []
    for group in groups.values():
        ms = tuple(Mention(r.start, r.end, "title", r.para, r.sent) for r in group)
        first = group[0]
        participants.append(
            Participant(
                role=first.role, title=first.title_text, org=first.org_text, mentions=surface_forms(text, ms),
                spans=ms,
            )
        )  # fmt: skip
    return tuple(participants)


def _first_start(participant: Participant) -> int:
    return participant.spans[0].start if participant.spans else 0


def _with_part(person: Person, part: bool) -> Person:
    """``person`` with ``took_part`` set (a copy only when it changes: most people take part)."""
    return person if person.took_part == part else replace(person, took_part=part)


def _with_ids(result: PeopleResult) -> PeopleResult:
    """Number people "p1", "p2", ..., unnamed participants "u1", ... and organizations "o1", ...
    in output order: what statements, events and sections refer to."""
    return result._replace(
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
