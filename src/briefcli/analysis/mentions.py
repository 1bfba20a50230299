"""The sentence pass: every mention of a person, a role or an organization, sentence by sentence.

Organizations come first, over the whole article, so that an acronym is known before a title
or a name uses it ("the WCO Secretary General" before "World Customs Organization (WCO)").
Then, in each sentence: its countries; its title phrases, left to right; the name runs among
the words no title, organization, country or honorific phrase covers ("Her Worship Ms. Ana
Costa", "His Royal Highness Prince Omar": the honorific's words are never a name), each read
with the titles around it (``names``); the titles no name took, as role phrases ("the Minister",
"Both the Chair and Deputy Chair" is two roles); and the personal pronouns ("he", "her"; not
"Her Excellency"), marked when they stand in an opening phrase before the sentence's first
comma, in a sentence that opens with a preposition or a participle ("In his remarks, ...").

Nothing here decides who is who: ``coref`` does, over the whole article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from briefcli.analysis.names import Named, RunContext, coordinate_names, find_name_runs, read_name
from briefcli.analysis.orgs import Org, find_orgs
from briefcli.analysis.rolelists import listed_roles
from briefcli.analysis.titles import (
    Title,
    bare_news_title,
    determined_prefix,
    has_possessive,
    parse_title,
    title_keys,
    title_parts,
)
from briefcli.analysis.words import (
    HONORIFIC_PHRASE_FIRST,
    SentenceView,
    SentenceViews,
    after_article,
    honorific_at,
    prev_word,
    span_text,
)
from briefcli.lang import en as lex
from briefcli.lang.en import INDEFINITE_ARTICLES, LOOK_AHEAD_OPENERS, TITLE_DETERMINERS
from briefcli.model import Article, Gender, Participant, Word

__all__ = ["Found", "Pronoun", "Role", "find_mentions"]


@dataclass(slots=True, eq=False, repr=False)
class Role:
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
    named: Named | None = None  # an apposition: the role is this person's
    person: int | None = None


@dataclass(slots=True, eq=False, repr=False)
class Pronoun:
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
class Found:
    """What the sentence pass finds in the whole article."""

    views: SentenceViews  # its sentences, as the people stage reads them
    named: list[Named] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    pronouns: list[Pronoun] = field(default_factory=list)
    orgs: list[Org] = field(default_factory=list)
    bare: list[Named] = field(default_factory=list)  # name-shaped runs with no cue yet
    acronyms: dict[str, str] = field(default_factory=dict)  # "WCO" -> "World Customs Organization"
    country_forms: dict[str, list[str]] = field(default_factory=dict)
    listed: list[Participant] = field(default_factory=list)  # "the ministers of A and B": one each
    families: set[str] = field(default_factory=set)  # family names in capitals (``_families``)
    families_read: int = 0  # how many of ``named`` ``families`` has read


def find_mentions(article: Article) -> Found:
    """The sentence pass over ``article`` (see the module docstring)."""
    paras = [s.paragraph for p in article.paragraphs for s in p.sentences]
    found = Found(views=SentenceViews(article.text, article.tokens, paras))
    # acronyms first (an acronym may be used before it is spelled out), then the rest
    _find_orgs(found)
    said: dict[tuple[str, tuple[tuple[int, int], ...]], _Said] = {}
    views = found.views
    for i in range(len(views)):
        key = views.said(i)
        if key is None:
            continue  # no words
        for country, form in views.country_forms(i):
            found.country_forms.setdefault(country, []).append(form)
        known = said.get(key)
        if known is not None:
            known.shifted_to(views, i, found)
            continue
        marks = (len(found.named), len(found.bare), len(found.roles), len(found.pronouns), len(found.listed))
        _analyse_sentence(views[i], found)
        if len(said) < _SAID_KEPT:
            said[key] = _Said(
                views.start(i), found.named[marks[0] :], found.bare[marks[1] :], found.roles[marks[2] :],
                found.pronouns[marks[3] :], found.listed[marks[4] :],
            )  # fmt: skip
    return found


# A long text says the same sentence many times ("Mr. Li came.", a line of a transcript said
# again and again): its mentions are read once, then moved to each place it stands. The
# sentences kept while the pass runs:
_SAID_KEPT = 4096


def _find_orgs(found: Found) -> None:
    """The organizations of every sentence, into ``found``. A sentence said again gives the
    names it gave before, moved to where it stands (the acronyms it defines are known by
    then), and its view is not made again."""
    views = found.views
    seen: dict[str, tuple[int, int, list[Org]]] = {}  # text -> (sentence, its first word's offset, names)
    for i in range(len(views)):
        text = views.text_of(i)
        known = seen.get(text) if text is not None else None
        if known is not None:
            j, start, orgs = known
            views.copy_from(i, j)
            d, para = views.start(i) - start, views.paragraph(i)
            found.orgs += [o._replace(start=o.start + d, end=o.end + d, sent=i, para=para) for o in orgs]
            continue
        view = views.passing(i)
        orgs, spans = find_orgs(view, found.acronyms)
        views.set_org_spans(view, spans)
        found.orgs += orgs
        if text is not None and len(seen) < _SAID_KEPT:
            seen[text] = (i, views.start(i), orgs)


@dataclass(slots=True)
class _Said:
    """What one sentence gave the pass, the sentence's first word at ``start``."""

    start: int
    named: list[Named]
    bare: list[Named]
    roles: list[Role]
    pronouns: list[Pronoun]
    listed: list[Participant]

    def shifted_to(self, views: SentenceViews, i: int, found: Found) -> None:
        """Add to ``found`` a copy of each mention, as said again at sentence ``i``."""
        d, sent, para = views.start(i) - self.start, i, views.paragraph(i)
        names: dict[int, Named] = {}
        # built field by field: ``dataclasses.replace`` costs several times more, on a text
        # that says one sentence 10,000 times
        for source, target in ((self.named, found.named), (self.bare, found.bare)):
            for n in source:
                names[id(n)] = copy = Named(
                    sent, para, n.start + d, n.end + d, n.name_start + d, n.name_end + d, n.words,
                    list(n.titles), n.org_after, n.gender, n.cued, n.prev, None, n.described, n.coordinated,
                )  # fmt: skip
                target.append(copy)
        for r in self.roles:
            named = None if r.named is None else names.get(id(r.named), r.named)
            found.roles.append(
                replace(r, sent=sent, para=para, start=r.start + d, end=r.end + d, named=named)
            )
        found.pronouns += [
            Pronoun(sent, para, p.start + d, p.end + d, p.gender, p.prev, p.intro) for p in self.pronouns
        ]
        for p in self.listed:
            spans = tuple(
                replace(m, start=m.start + d, end=m.end + d, paragraph=para, sentence=sent) for m in p.spans
            )
            found.listed.append(replace(p, spans=spans))


def _families(found: Found) -> set[str]:
    """The family names in capitals of the full names read so far, beside a mixed-case word:
    "KIM" of "Mr. KIM Min-soo", which a title may then stand before ("Commissioner KIM").
    Kept up to date from the names read since the last call: a long text names thousands."""
    for n in found.named[found.families_read :]:
        if any(not x.isupper() for x in n.words):
            found.families.update(w for w in n.words if w.isupper() and len(w) > 1)
    found.families_read = len(found.named)
    return found.families


def _analyse_sentence(view: SentenceView, found: Found) -> None:
    titles = _titles_in(view)
    runs = find_name_runs(view.words, _free_words(view, titles), found.acronyms, _families(found))
    read: list[tuple[int, int, Named]] = []
    if runs:  # most sentences of a long text name nobody
        ctx = RunContext(
            ends_at={t.end: t for t in titles},
            starts_at={t.start: t for t in titles},
            run_starts={a for a, _ in runs},
            run_ends=frozenset(b for _, b in runs),
            runs=tuple(runs),
        )
        read = [(a, b, named) for a, b in runs if (named := read_name(view, a, b, ctx)) is not None]
        coordinate_names(view, read, found.views)
    for _, _, named in read:
        (found.named if named.cued else found.bare).append(named)
        # appositive titles are also mentions of this person (as roles attached to it)
        for title, rank in named.titles:
            if rank <= 1:
                _roles_from_title(view, title, found, attached=named)
    marks = len(found.roles)
    for title in titles:  # roles: titles not taken by a name
        if not title.used and not _in_office_name(view, title.start):
            _roles_from_title(view, title, found)
    if view.lows and view.lows[0] == _ITS:  # the cheap test: few sentences open with "Its"
        _its_owner(view, found, [n for _, _, n in read], found.roles[marks:])
    found.pronouns += _pronouns_in(view)
    found.listed += listed_roles(view)


_ITS = "its"


def _its_owner(view: SentenceView, found: Found, named: list[Named], roles: list[Role]) -> None:
    """The body a sentence's opening "Its" stands for, given to the title it opens: the body
    the sentence before opens with, as its subject ("The Grain Board met on Monday. Its
    chairman said ..." is the Board's chairman; "Its head of inspections, Grace Phiri, ...")."""
    body = _subject_body(found.views, view)
    if body is None:
        return
    start = view.starts[0]
    for n in named:
        if n.org_after is None and any(view.starts[t.start] == start for t, _ in n.titles):
            n.org_after = body
    for r in roles:
        if r.org_text is None and r.start == start:
            r.org_text = body


def _subject_body(views: SentenceViews, view: SentenceView) -> str | None:
    """The organisation the sentence before ``view``, in its paragraph, opens with (after
    "The"), a word no name nor title after it: "The Grain Board met on Monday." -> "Grain Board"."""
    if view.index < 1:
        return None
    prev = views[view.index - 1]
    if prev.para != view.para:
        return None
    toks = prev.words
    a = int(bool(toks) and toks[0].low == "the")
    span = next(((x, y) for x, y in prev.org_spans if x == a), None)
    if span is None or span[1] >= len(toks) or toks[span[1]].cap or toks[span[1]].text == ",":
        return None  # "The Board, its chair and ...", "The Board Chairman": no subject body
    return span_text(prev, a, span[1])


def _in_office_name(view: SentenceView, start: int) -> bool:
    """Whether a title at token ``start`` ends a body's name: "the Office of [the Spokesperson]",
    "the Cabinet of [the Prime Minister]" name the office, not anyone who holds it."""
    toks = view.words
    return start >= 2 and toks[start - 1].low == "of" and toks[start - 2].org_cue


def _titles_in(view: SentenceView) -> list[Title]:
    """The sentence's title phrases, left to right, none inside another. A lowercase role
    starts only after an article ("the representative")."""
    toks = view.words
    titles: list[Title] = []
    floor = 0
    starts = [
        x
        for x, t in enumerate(toks)
        if t.title_start or t.role_start or (t.title_word and t.base_low in _NEWS_HEADS)
    ]
    for i in starts:
        if i < floor:
            continue  # inside the last title
        if not toks[i].title_start and not (
            (toks[i].role_start and (after_article(toks, i) or determined_prefix(view, i)))
            or bare_news_title(view, i)
        ):
            continue
        title = parse_title(view, i, floor)
        if title is not None:
            titles.append(title)
            floor = title.end
    return titles


# heads news style writes bare before a full name, though alone they are things: "Committee
# chair Ole Sandberg asked" (a capitalised "Chair" is a title's start already)
_NEWS_HEADS = lex.NEWS_TITLE_HEADS


def _free_words(view: SentenceView, titles: list[Title]) -> list[bool]:
    """The words a name may take: none inside a title, an organization, a country or an
    honorific phrase ("Her Worship Ms. Ana Costa", "The Right Honourable Jane Doe")."""
    toks = view.words
    n = len(toks)
    free = [x not in view.in_country for x in range(n)]
    for x in view.in_country:  # few: most sentences name no country
        if x >= 2 and toks[x - 1].name_word and _country_as_surname(toks, view, x):
            free[x] = True
    for a, b in [(t.start, t.end) for t in titles] + view.org_spans:
        for x in range(a, min(b, n)):
            free[x] = False
    for t in titles:
        if _portfolio_after_title(toks, t.end):
            free[t.end] = False  # "Secretary [Commerce] Mr. Ali Khan": the post's portfolio, no name
    for x in [x for x, t in enumerate(toks) if t.honorific_start and t.base_low in HONORIFIC_PHRASE_FIRST]:
        for y in range(x, x + honorific_at(toks, x)):
            free[y] = False
    return free


def _country_as_surname(toks: Sequence[Word], view: SentenceView, x: int) -> bool:
    """Whether the one-word country at ``x`` is a family name: right after a given name that an
    honorific opens, a country never stands ("Dr Lupe Tonga said", "Ms Ana Chad")."""
    g = x - 1
    h = g - 1 - (g > 1 and toks[g - 1].text == ".")
    return (
        h >= 0
        and toks[h].honorific
        and toks[g].name_word
        and g not in view.in_country
        and x + 1 not in view.in_country
    )


def _portfolio_after_title(toks: Sequence[Word], end: int) -> bool:
    """Whether a portfolio stands right after a title and an honorific after it, as South Asian
    style writes a post: "Secretary [Commerce] Mr. Ali Khan", "Federal Secretary [Finance] Dr. X"."""
    return (
        end + 1 < len(toks)
        and toks[end].cap
        and toks[end].base_low in lex.PORTFOLIO_WORDS
        and (toks[end + 1].honorific or honorific_at(toks, end + 1) > 0)
    )


def _roles_from_title(view: SentenceView, title: Title, found: Found, attached: Named | None = None) -> None:
    """The roles a title phrase stands for: one, or one per coordinated head when no name takes
    it ("Both the Chair and Deputy Chair" share the article)."""
    toks = view.words
    has_det = title.det is not None or has_possessive(view, title)
    if attached is not None or len(title.segments) == 1:
        parts = [title]
    else:
        first = title.segments[0]
        parts = [Title(title.start, title.det, title.prefix, [first], first.stop, title.past)]
        parts += [Title(seg.start, None, None, [seg], seg.stop, title.past) for seg in title.segments[1:]]
    for part in parts:
        keys, quals = title_keys(view, part, found.acronyms)
        title_text, org_text = title_parts(view, part)
        role_start = part.start + (toks[part.start].base_low in TITLE_DETERMINERS)
        role = Role(
            sent=view.index, para=view.para, start=view.starts[part.start], end=view.ends[part.end - 1],
            key=keys[0] if len(keys) == 1 else " and ".join(keys), quals=quals, past=part.past or title.past,
            has_det=has_det or attached is not None, role=span_text(view, role_start, part.end).rstrip(" ,"),
            indefinite=part.det is not None and toks[part.det].base_low in INDEFINITE_ARTICLES,
            title_text=title_text, org_text=org_text, prev=prev_word(toks, part.start), named=attached,
        )  # fmt: skip
        found.roles.append(role)


def _pronouns_in(view: SentenceView) -> list[Pronoun]:
    """The personal pronouns of the sentence, "Her Excellency" and the like aside."""
    toks = view.words
    pronouns = [x for x, t in enumerate(toks) if t.pronoun is not None]
    if not pronouns:
        return []
    first_comma = next((x for x, t in enumerate(toks) if t.text == ","), len(toks))
    opener = toks[0].base_low
    intro_sentence = (
        opener in lex.OBJECT_MARKERS
        or (opener.endswith("ing") and toks[0].cap)
        or opener in LOOK_AHEAD_OPENERS
    )
    out: list[Pronoun] = []
    for x in pronouns:
        gender = toks[x].pronoun
        if gender is None or (toks[x].honorific_start and honorific_at(toks, x) > 1):
            continue  # "Her Worship", "His Excellency": an honorific, not a pronoun
        out.append(
            Pronoun(
                sent=view.index, para=view.para, start=view.starts[x], end=view.ends[x], gender=gender,
                prev=prev_word(toks, x), intro=intro_sentence and x < first_comma,
            )
        )  # fmt: skip
    return out
