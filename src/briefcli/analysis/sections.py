"""Sections: runs of paragraphs of one kind, each with a label and its participants.

A run of panel paragraphs is cut where a numbered session gives way to the next, or where a
paragraph opens another session ("Later, the mayors joined a roundtable on ..."); a run of talks
where another counterpart is met, by name or by a post the talks so far did not name ("He also
held talks with the President of the Bank of Lumara"). A heading or a byline goes with the
scene it heads, not alone. The host of a series of talks is named first in each.

``segment_sections(article, kinds, people, cues, statements)`` groups the paragraph kinds of
``briefcli.analysis.kinds`` into sections, each with a label a reader understands
(``briefcli.analysis.labels``) and its participants: the people mentioned in it, from the people
stage (``briefcli.analysis.cast``; none while that stage has not run).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace
from functools import cache

from briefcli.analysis.accounts import first_finite_match
from briefcli.analysis.cast import Cast, cast_of, people_in
from briefcli.analysis.countries import opening_delegation
from briefcli.analysis.frames import is_heading
from briefcli.analysis.labels import LabelContext, label_context, label_section, next_opening
from briefcli.analysis.scenes import (
    BACKGROUND_KIND,
    ENCOUNTER_GROUPS,
    Cue,
    SceneCues,
    credentials_of_several,
    own_meeting,
    post_met,
    scene_cues,
    subject_to_come,
)
from briefcli.analysis.tense import clause_tense, past_form
from briefcli.lang.en import (
    COMPANION_MARKERS,
    DAY_ORDINALS,
    DELEGATION_NOUNS,
    DISCUSSION_NOUNS,
    LEADER_PARTICIPLES,
    WEEKDAY_NAMES,
)
from briefcli.model import KIND, Article, ParagraphKind, Person, Section, Statement
from briefcli.regexes import pattern

# --- Sections ------------------------------------------------------------------------------------


def _runs(kinds: Sequence[ParagraphKind]) -> list[tuple[ParagraphKind, list[int]]]:
    runs: list[tuple[ParagraphKind, list[int]]] = []
    for index, kind in enumerate(kinds):
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(index)
        else:
            runs.append((kind, [index]))
    return runs


_LIST_GLUE = frozenset(("", ",", ";", "and", ", and", "; and"))
_LIST_SIZE = 3  # "A, B and C": members of one side, where "A and B" may be the two parties


def _listed_members(
    text: str, present: Sequence[Person], paragraphs: Sequence[int], cast: Cast
) -> frozenset[str]:
    """The people first named in these paragraphs inside a list of three or more people (their
    titles in apposition aside): "The delegation included Mr. Tom Berg, Ms. Ana Ruiz and Mr. Li
    Wei, members of the Committee" names members of one side, none of them a party of the
    talks the paragraphs tell beside another member. The mentions are looked up by paragraph
    (``Cast.named``), not by a scan of every mention of each person for each section."""
    names = {p.name for p in present}
    spans = sorted(
        (start, end, sentence, cast.people[number].name)
        for index in dict.fromkeys(paragraphs)
        for start, end, sentence, number in cast.named.get(index, ())
        if cast.people[number].name in names
    )
    first: dict[str, int] = {}
    for start, _, _, name in spans:
        first.setdefault(name, start)
    listed: set[str] = set()
    run: list[tuple[int, str]] = []  # (start, name) of the mentions of the list so far
    last: tuple[int, int] = (-1, -1)  # the end and sentence of the mention before
    for start, end, sentence, name in [*spans, (0, 0, -2, "")]:
        glued = sentence == last[1] and text[last[0] : start].strip() in _LIST_GLUE
        if not glued:
            if len({n for _, n in run}) >= _LIST_SIZE:
                listed.update(n for at, n in run if first[n] == at)
            run = []
        run.append((start, name))
        last = (max(end, last[0]) if glued else end, sentence)
    return frozenset(listed)


def _principals(
    present: Sequence[Person],
    paragraphs: Sequence[int],
    whole: bool,
    spoke: Set[tuple[str, int]] = frozenset(),
    listed: Set[str] = frozenset(),
    companions: Set[str] = frozenset(),
) -> list[str]:
    """The names of the people of a section in the order they are first mentioned; in a
    section that tells the whole article (``whole``), the two told most in it first: the two
    parties of the article's talks, not a delegation member named once, nor one who came with
    a party (``companions``: their ids, "Accompanied by the Permanent Secretary, Mr. Ken Abe,
    the Minister toured ..."), nor someone the text only talks about (``Person.took_part``).
    Of two told as often, one who speaks in it (``spoke``: (person id, paragraph) of each
    statement) comes first: the head of a side addresses the meeting ("X, who opened the
    session, said ..."), a member of the delegation named in passing does not."""
    if not whole:
        # members listed together come after the others (``_listed_members``)
        # and who only the text talks about after all (``Person.took_part``: "He will also
        # meet the Minister of Energy, Mr. Lars Vik"), never a party the label names
        return [person.name for person in sorted(present, key=lambda p: (not p.took_part, p.name in listed))]
    within = set(paragraphs)
    told = [sum(1 for m in person.spans if m.paragraph in within) for person in present]
    speaks = [any((person.id, i) in spoke for i in within) for person in present]
    ranked = sorted(
        range(len(present)),
        key=lambda i: (
            not present[i].took_part,
            present[i].id in companions,
            present[i].name in listed,
            -told[i],
            not speaks[i],
        ),
    )
    first_two = sorted(ranked[:2])
    rest = [i for i in range(len(present)) if i not in first_two]
    return [present[i].name for i in (*first_two, *rest)]


def segment_sections(
    article: Article,
    kinds: Sequence[ParagraphKind],
    people: Sequence[Person] = (),
    cues: SceneCues | None = None,
    statements: Sequence[Statement] = (),
) -> tuple[Section, ...]:
    """Runs of paragraphs of one kind, each with a label and the people mentioned in it (who
    speaks where, from ``statements``, ranks the parties of the talks)."""
    cues = scene_cues(article) if cues is None else cues
    sections: list[Section] = []
    cast = cast_of(people)
    context = label_context(article, cues)
    told = {i for i, kind in enumerate(kinds) if KIND[kind].role != "background"}
    spoke = frozenset((s.speaker_id, s.paragraph) for s in statements if s.speaker_id)
    named = _named_by_paragraph(people)
    scenes: list[tuple[ParagraphKind, list[int], str | None, str | None]] = []
    for kind, run in _runs(kinds):
        lead = _series_lead(article, run, named, cues) if kind == _TALKS else None
        parties = _with_delegations(article, run, named) if lead is not None else named
        head = _delegation_head(article, run, named) if kind == _TALKS and lead is None else None
        headed: list[int] = []  # a heading alone, cut off the scene it heads
        for paragraphs in _scenes(article, kind, run, parties, lead, cues):
            if all(is_heading(article, i) for i in paragraphs):
                headed += paragraphs  # "Orla Institute | Event report" heads what comes next
                continue
            paragraphs = [*headed, *paragraphs]
            headed = []
            if scenes and _trip_close(article, paragraphs, cues):
                scenes[-1][1].extend(paragraphs)  # told with the scene before it, whose trip it ends
            else:
                scenes.append((kind, paragraphs, lead, head if paragraphs[0] == run[0] else None))
        if headed:
            scenes.append((kind, headed, lead, head if headed[0] == run[0] else None))
    before: list[str] = []  # the two parties of the talks told last
    labels: dict[ParagraphKind, str] = {}  # the label of the last section of each kind
    for kind, paragraphs, lead, head in scenes:
        section = _section(
            article, kind, paragraphs, cast, cues, context, (told, spoke), (lead, head), before
        )
        if kind in labels and _resumed(kind, paragraphs, cues, section.label):
            # "The governors agreed to meet again." after the talks on the round table's margins
            section = replace(section, label=labels[kind])
        elif kind == _TALKS and _talks_go_on(section, sections, cues):
            section = replace(section, label=sections[-2].label)  # the same talks, after an aside
        labels[kind] = section.label
        pair = section.label.partition(": ")[2].split(" – ")
        if kind == _TALKS and len(pair) == 2 and set(pair) <= set(section.participants):
            before = pair  # the two its label names, both people of it
        sections.append(section)
    return tuple(sections)


def _talks_go_on(section: Section, sections: Sequence[Section], cues: SceneCues) -> bool:
    """Whether a section of talks goes on with the talks told right before a background aside:
    no talks of its own begun (no one met, received or called on: "the officers of both
    countries had ...", "On signing of the Agreement, ..."), nobody in it the talks before did
    not have. "The two agencies signed the agreement. | It is important to note that ... | The
    officers of both countries ..." is one signing, under its label."""
    if len(sections) < 2 or sections[-1].kind != BACKGROUND_KIND or sections[-2].kind != _TALKS:
        return False  # the cheap check first: most sections follow no aside after talks
    if any(c.group in ENCOUNTER_GROUPS for i in section.paragraphs for c in cues[i]):
        return False  # "He later met the Governor": talks begun anew
    return set(section.participants) <= set(sections[-2].participants)


def _resumed(kind: ParagraphKind, paragraphs: Sequence[int], cues: SceneCues, label: str) -> bool:
    """Whether a section of a discussion goes back to the one told before it of its kind, no
    cue of that kind in it and no name of its own (its label the kind's: "Panel", "Panel at the
    Forum"): the round table resumed after talks held on its margins ("The governors agreed to
    meet again next year") is that round table, under its label; not "The second session
    looked at ...", named by its place in the programme."""
    if KIND[kind].role != "scene" or kind == _TALKS:
        return False
    if label.partition(" at the ")[0] != kind.capitalize():
        return False
    return all(c.kind != kind for i in paragraphs for c in cues[i])


# The cue group of a visit, which also tells the travel to and from it ("will return to Lima").
_VISITS = "MEETING_VISITS"


def _trip_close(article: Article, paragraphs: list[int], cues: SceneCues) -> bool:
    """Whether a section is the closing line of a trip: the article's last paragraph, alone,
    whose every scene cue is travel still to come ("The Minister and her delegation will return
    to Lima tomorrow."). It holds no scene of its own; the scene before it is where it belongs."""
    index = paragraphs[0]
    if paragraphs != [len(article.paragraphs) - 1] or not cues[index]:
        return False
    return all(c.group == _VISITS and clause_tense(article, c.start, c.end) == 1 for c in cues[index])


def _section(
    article: Article,
    kind: ParagraphKind,
    paragraphs: list[int],
    cast: Cast,
    cues: SceneCues,
    context: LabelContext,
    facts: tuple[set[int], Set[tuple[str, int]]],
    leads: tuple[str | None, str | None],
    before: Sequence[str] = (),
) -> Section:
    """One section: its people, principals and label; ``facts``: the paragraphs that tell the
    event and who speaks where; ``leads``: the party of a series of talks, whom each of them
    has, named in its label even where its paragraphs do not name him, and the head of the
    delegation the talks open on (``_delegation_head``); ``before``: the two
    parties of the talks told last, whom talks that name nobody and only point back to them
    ("In a joint statement, the two ministers welcomed ...") have."""
    told, spoke = facts
    lead, head = leads
    present = people_in(article, paragraphs, cast)
    holder = next((p for p in cast.people if p.name == lead), None) if lead is not None else None
    if holder is not None and holder not in present:
        # the host of a series of talks takes part in each ("Minister Ana Ruiz held bilateral
        # meetings ... | The Foreign Minister of Peru thanked India ..."): the first listed
        present = (holder, *present)
    names = tuple(person.name for person in present)
    ids = tuple(person.id for person in present)
    found = [c for index in paragraphs for c in cues[index]]
    whole = told <= set(paragraphs)
    listed = _listed_members(article.text, present, paragraphs, cast) if kind == _TALKS else frozenset()
    companions = _companions(article, present, paragraphs) if whole else frozenset()
    principals = _principals(present, paragraphs, whole, spoke, listed, companions)
    if lead is not None and principals:
        # the host of the series is the first party of each of its talks, wherever the
        # paragraph names him: "With President Ana Lobo, the Prime Minister discussed ..."
        principals = [lead, *(name for name in principals if name != lead)]
    if kind == _TALKS and not principals and len(before) == 2 and _points_back_only(found):
        principals = list(before)
    if head is not None and head in names and head not in principals[:2]:
        # the head of the delegation the talks open on is a party: "the delegation was
        # received by the Speaker, Ms. Ana Ruiz, and held talks with the Group, chaired by ..."
        principals = [head, *(name for name in principals if name != head)]
    # one the text only talks about is never a party the label names ("Bilateral talks: the
    # Commissioner – an analyst quoted after the visit")
    absent = {person.name for person in present if not person.took_part}
    parties = [name for name in principals if name not in absent] if absent else principals
    label = label_section(context, kind, paragraphs, parties, found, whole=whole)
    return Section(kind, tuple(paragraphs), label, names, ids)


_PARTIES = "BILATERAL_PARTIES"  # "the two ministers", "both sides": the parties, pointed back to


def _points_back_only(found: Sequence[Cue]) -> bool:
    """Whether the talks cues of a section only point back to parties told before ("the two
    ministers agreed ..."), naming no kind of talks of their own."""
    talks = [c for c in found if c.kind == _TALKS]
    return bool(talks) and all(c.group == _PARTIES for c in talks)


# "accompanied by [the Permanent Secretary, Mr.] ": a companion, and the apposition before the
# name (a title, its honorific) up to the mention.
@cache
def _companion_before() -> re.Pattern[str]:
    markers = "|".join(r"\s+".join(m.split()) for m in sorted(COMPANION_MARKERS))
    return pattern(
        rf"\b(?:{markers})\s+(?:[^,;.:()]{{1,60}},\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$", re.IGNORECASE
    )


def _companions(article: Article, present: Sequence[Person], paragraphs: Sequence[int]) -> frozenset[str]:
    """The ids of the people a section first names as the company of someone: "Accompanied
    by the Permanent Secretary, Mr. Ken Abe, the Minister toured the dam" (Mr. Abe)."""
    within = set(paragraphs)
    text = article.text
    out = set()
    for person in present:
        first = next((m for m in person.spans if m.paragraph in within), None)
        if first is None:
            continue
        p = article.paragraphs[first.paragraph]
        if _companion_before().search(text, max(p.start, first.start - 100), first.start) is not None:
            out.add(person.id)
    return frozenset(out)


_TALKS: ParagraphKind = "bilateral"
# The cue group of several talks told at once: "held various bilateral meetings with ...".
_SERIES = "MEETING_SERIES"


def _named_by_paragraph(people: Sequence[Person]) -> dict[int, list[tuple[int, str]]]:
    """For each paragraph, (offset, name) of each mention but a pronoun of the people who took
    part: looked up by paragraph, not by a scan of every mention for each paragraph (which grew
    as paragraphs times mentions on a long text)."""
    named: dict[int, list[tuple[int, str]]] = {}
    for p in people:
        if p.took_part:
            for m in p.spans:
                if m.kind != "pronoun":
                    named.setdefault(m.paragraph, []).append((m.start, p.name))
    return named


def _with_delegations(
    article: Article, run: list[int], named: dict[int, list[tuple[int, str]]]
) -> dict[int, list[tuple[int, str]]]:
    """``named``, with a country's delegation that opens a paragraph of a series of talks as
    a party of its own: "The Maldives delegation expressed gratitude ..." is the talks with the
    Maldives, though nobody of it is named."""
    out = dict(named)
    for index in run:
        paragraph = article.paragraphs[index]
        found = opening_delegation(article.text, paragraph.start, paragraph.end)
        if found is not None:
            out[index] = [*named.get(index, ()), (paragraph.start, found)]
    return out


def _series_lead(
    article: Article, run: list[int], named: dict[int, list[tuple[int, str]]], cues: SceneCues
) -> str | None:
    """Who holds the talks of a run told after a series of them was announced, in the
    paragraph before the run or its first: the first person who took part named before the
    cue ("Minister Ana Ruiz [held various bilateral meetings] on the sidelines of the
    Assembly."; "The King received the letters of credence of four new ambassadors."); None
    when no series was told or nobody is named before it."""
    for index in (run[0] - 1, run[0]):
        found = cues[index] if index >= 0 else ()
        # several envoys presenting their credentials to one host are a series of encounters
        series = next(
            (c for c in found if c.group == _SERIES or credentials_of_several(article.text, c)), None
        )
        if series is None:
            continue
        before = [(start, name) for start, name in named.get(index, ()) if start < series.start]
        return min(before)[1] if before else None
    return None


def _delegation_head(article: Article, run: list[int], named: dict[int, list[tuple[int, str]]]) -> str | None:
    """Who leads the delegation that talks open on, named before them: "A delegation of the
    Foreign Affairs Committee, led by its Chair, Mr. Tom Berg, visited Norland. | In Lorvik, the
    delegation was received by the Speaker, Ms. Ana Ruiz, ..." -> Tom Berg, a party of the talks
    though these paragraphs name him not (the Speaker's is the other side). None when the run's
    first sentence has no "the delegation" before its verb, or no one is told leading one."""
    sentences = article.paragraphs[run[0]].sentences
    if run[0] == 0 or not sentences:
        return None
    s = sentences[0]
    opening = article.text[max(s.start, article.dateline_end) : s.end]
    if "delegation" not in opening.lower() and "mission" not in opening.lower():
        return None  # most talks: opened by a named party
    verb = first_finite_match(opening)
    if verb is None or _THE_DELEGATION.search(opening, 0, verb.start()) is None:
        return None
    for index in range(run[0]):
        p = article.paragraphs[index]
        for m in _DELEGATION_LED_BY.finditer(article.text, p.start, p.end):
            after = [
                (start, name)
                for start, name in named.get(index, ())
                if m.end() <= start < m.end() + _LED_REACH
            ]
            if after:
                return min(after)[1]
    return None


_THE_DELEGATION = pattern(rf"\bthe\s+(?:{'|'.join(sorted(DELEGATION_NOUNS))})\b", re.IGNORECASE)
# "a delegation[ of the Trade Committee], led by": the delegation and its leader's participle
_DELEGATION_LED_BY = pattern(
    rf"\b(?:{'|'.join(sorted(DELEGATION_NOUNS))})\b(?:\s+(?:of|from)\s+[^,;.]{{1,100}}?)?,?\s+"
    rf"(?:{'|'.join(sorted(LEADER_PARTICIPLES))})\s+by\b",
    re.IGNORECASE,
)
_LED_REACH = 80  # characters from "by" to the leader's first words: " the Committee Chair, Mr."


def _scenes(
    article: Article,
    kind: ParagraphKind,
    run: list[int],
    named_at: dict[int, list[tuple[int, str]]],
    lead: str | None,
    cues: SceneCues,
) -> list[list[int]]:
    """A run of bilateral paragraphs cut where one party meets another: a paragraph whose first
    sentence names, before its verb, someone who took part and was not named in the scene so
    far beside one person of it, and names nobody else of it ("Minister Shanmugam and Foreign
    Minister of Zimbabwe X discussed ..." after his talks with the Minister of Rwanda); not a
    host who welcomes the guest ("Secretary General Mikuriya welcomed the Minister": the guest
    is named after the verb).
    After a series of talks was announced (``lead`` holds them all: "The Minister held
    bilateral meetings with ..."), each counterpart's talks are a scene, though the lead is
    not named again: a paragraph that names someone new and, of the scene so far, only the
    lead, and names before its verb nobody else ("Dr Ana Lima, Minister of Health of Peru,
    praised ..." after the talks with Fiji; "The Minister congratulated Dr Ana Lima ...")."""
    if kind != "bilateral" and len(run) >= 2 and KIND[kind].role == "scene":
        return _numbered_sessions(article, run, cues)
    if len(run) >= 2 and KIND[kind].role == "event":
        return _activities(article, run, cues)
    if kind != "bilateral" or len(run) < 2:
        return [run]
    scenes = [[run[0]]]
    seen = _named_in(article, run[0], named_at, first_only=False)
    for index in run[1:]:
        opening = _named_in(article, index, named_at, first_only=True)
        named = _named_in(article, index, named_at, first_only=False)
        new = opening - seen
        kept = named & seen
        if new and len(kept) == 1 and kept <= opening and len(seen) >= 2:
            scenes.append([index])
            seen = kept | named
        elif lead is not None and named - seen and kept <= {lead} and opening <= (named - seen) | {lead}:
            scenes.append([index])
            seen = named | {lead}
        elif (
            lead is None
            and (len(seen) >= 2 or len(scenes) > 1)
            and (met := _meets_anew(article, index, named_at, cues, seen))
        ):
            # "Later that day, she met Ms. Li Wei, ...": talks with another; once the run holds
            # talks with two, so do talks after those with one named alone ("He then met the
            # Speaker, Mr. Lind." | "In the afternoon, he held talks with Ms. Sjo.")
            scenes.append([index])
            seen = met
        elif lead is None and len(seen) >= 2 and _meets_post_anew(article, index, cues, scenes[-1]):
            scenes.append([index])  # "He also held talks with the President of the Bank of Lumara"
            seen = named
        else:
            scenes[-1].append(index)
            seen |= named
    return scenes


# The activities of a visit or an event that stand apart from what came before: a meal, a
# ceremony, a visit to a site ("On 13 May, he laid a wreath at ...").
_ACTIVITIES = frozenset({"MEETING_CEREMONIES", "MEETING_HOSPITALITY", _VISITS})
# What a new scene may follow: a meal or a ceremony, not the visit or the event as a whole, whose
# own ceremony ("At the opening ceremony, ...") and sites are part of it.
_AFTER_ACTIVITIES = frozenset({"MEETING_CEREMONIES", "MEETING_HOSPITALITY"})
# A definite determiner that points back before a cue: "After [the] ceremony", "at [the opening] ceremony".
_POINTS_BACK = pattern(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _activities(article: Article, run: list[int], cues: SceneCues) -> list[list[int]]:
    """A run of event paragraphs cut where a paragraph opens on an activity of another kind
    than the paragraph before it told: "The ministers then attended a working lunch ..." |
    "On 13 May, he laid a wreath at the Monument ..." are two scenes, each its own section (a
    heading over both would name only the lunch); or on a weekday and a gathering of its own
    ("On Thursday, the Mayor hosted a town hall meeting"), or on an event still to come as its
    subject ("The next session of the Council will be held in Dala."). An activity after "also", or one named
    with "the" ("After the ceremony, ..."), goes on with the scene before it; so does all
    after the visit or the event as a whole, of which it is a part."""
    scenes = [[run[0]]]
    for index in run[1:]:
        opening = _opening_activity(article, index, cues)
        before = {c.group for c in cues[scenes[-1][-1]]}
        if (
            (opening is not None and opening not in before and before & _AFTER_ACTIVITIES)
            or _opens_day(article, index)
            or _new_gathering_on_a_day(article, index, cues)
            or (_GROUPS in before and _meets_another_group(article, index, cues))
            or (before & _ACTIVITIES and _GATHERING not in before and _event_again(article, index, cues))
            or _press_begins_or_ends(before, cues[index])
            or next_opening(article, index) is not None
            or _opens_on_another_to_come(article, index, scenes[-1][-1], cues)
        ):
            scenes.append([index])
        else:
            scenes[-1].append(index)
    return scenes


_PRESS = "MEETING_PRESS"
_TO_COME_GROUPS = frozenset({"MEETING_EVENTS", "MEETING_GROUPS"})


def _opens_on_another_to_come(article: Article, index: int, before: int, cues: SceneCues) -> bool:
    """Whether a paragraph opens on a gathering still to come as its subject, one the paragraph
    before does not name: "The Union's summit of leaders will take place in December." after
    the ministers' meeting (or the next one announced) is another event; "The Forum will focus
    on ports." after "The next Forum will be held in Lira." is the same."""
    found = cues[index]
    p = article.paragraphs[index]
    if not found or found[0].group not in _TO_COME_GROUPS or not p.sentences:
        return False  # the cheap check first: most paragraphs open otherwise
    cue = found[0]
    if cue.sentence != p.sentences[0].index or cue.also or not subject_to_come(article, cue):
        return False
    if cue.group != _GATHERING and not own_meeting(article.text, cue):
        return False  # "A group of traders will also meet ...": no gathering of its own
    noun = article.text[cue.start : cue.end].split()[0].lower()
    q = article.paragraphs[before]
    return noun not in article.text[q.start : q.end].lower()


def _press_begins_or_ends(before: Set[str], found: Sequence[Cue]) -> bool:
    """Whether a paragraph with cues opens or leaves a scene with the press: "In an interview
    with the weekly Vell Post, the Mayor said ..." after the Forum she opened, or "She will
    then attend the opening of the Craft Fair." after that interview, is a scene of its own."""
    return bool(found) and (_PRESS in before) != any(c.group == _PRESS for c in found)


_GROUPS = "MEETING_GROUPS"
# The event as the subject that opens a paragraph: "[The] conference adopted", "[The annual] Forum closed".
_EVENT_SUBJECT = pattern(r"(?:the|its)\s+(?:(?-i:[\w-]+)\s+){0,3}$", re.IGNORECASE)


def _event_again(article: Article, index: int, cues: SceneCues) -> bool:
    """Whether a paragraph opens with the event as a whole as its subject, after an activity
    apart from it: "On the second day, delegates visited the container terminal." | "The
    conference adopted the Vell Statement ..." are two scenes, the visit and the event's close
    (a heading over both would name only one)."""
    p = article.paragraphs[index]
    found = cues[index]
    if not found or found[0].group != _GATHERING or found[0].start - p.start > _SUBJECT_REACH:
        return False  # the cheap check first: most paragraphs open otherwise
    return _EVENT_SUBJECT.fullmatch(article.text, p.start, found[0].start) is not None


_SUBJECT_REACH = 40  # characters: "The third annual Ports"


def _meets_another_group(article: Article, index: int, cues: SceneCues) -> bool:
    """Whether a paragraph's first sentence opens an encounter with a group, not after "also"
    nor pointed back to, after a paragraph that told one: "She addressed students at the
    University." | "Later in the day, she met members of the diaspora." are two scenes (a
    heading over both would name only the second)."""
    paragraph = article.paragraphs[index]
    if not paragraph.sentences:
        return False
    first = paragraph.sentences[0].index
    cue = next((c for c in cues[index] if c.sentence == first and c.group == _GROUPS), None)
    if cue is None or cue.also:
        return False
    return _POINTS_BACK.search(article.text, max(paragraph.start, cue.start - 40), cue.start) is None


# A paragraph that opens on a day of the programme, as a visit told day by day does: "Day two:
# The Minister ...", "Day 3 - ...", "On the third day, ...".
@cache
def _day_opening() -> re.Pattern[str]:
    ordinals = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))
    return pattern(
        rf"(?:Day\s+(?:\d{{1,2}}|[a-z]+)\s*[:.–—-]|(?:On|During)\s+the\s+(?:{ordinals})\s+day\b)",
        re.IGNORECASE,
    )


def _opens_day(article: Article, index: int) -> bool:
    """Whether a paragraph opens on a day of the programme (``_day_opening``): the day's scene is
    its own, whatever the day before told."""
    p = article.paragraphs[index]
    if article.text[p.start : p.start + 3].lower() not in ("day", "on ", "dur"):
        return False  # most paragraphs: no day opens them
    return _day_opening().match(article.text, p.start, p.end) is not None


_ON_A_WEEKDAY = frozenset(f"on {day.lower()}" for day in WEEKDAY_NAMES)  # "On Thursday, ..."
_GATHERING = "MEETING_EVENTS"


def _new_gathering_on_a_day(article: Article, index: int, cues: SceneCues) -> bool:
    """Whether a paragraph opens on a weekday and its first sentence tells a gathering of its
    own or a visit, not after "also": "On Thursday, the Mayor hosted a town hall meeting in
    Eastside" after his speech at the Chamber's annual meeting is another event; "On Friday,
    the delegation visited the Energy Park" after a dinner is another day's scene."""
    p = article.paragraphs[index]
    if not article.text.startswith("On ", p.start):
        return False  # the cheap check first: most paragraphs open otherwise
    if " ".join(article.text[p.start : p.start + 14].lower().split()[:2]).rstrip(",") not in _ON_A_WEEKDAY:
        return False  # no weekday opens it: "On 3 May, ..."
    first = p.sentences[0].index if p.sentences else -1
    text = article.text
    return any(
        c.sentence == first
        and not c.also
        and (
            (c.group == _GATHERING and _A_NEW.search(text, max(p.start, c.start - 40), c.start) is not None)
            or (c.group == _VISITS and past_form(text[c.start : c.end].split()[0]))  # "visited", "toured"
        )
        for c in cues[index]
    )


def _opening_activity(article: Article, index: int, cues: SceneCues) -> str | None:
    """The group of the activity a paragraph's first sentence tells ("attended a working
    lunch"), if it tells one, not after "also" nor pointed back to."""
    paragraph = article.paragraphs[index]
    if not paragraph.sentences:
        return None
    first = paragraph.sentences[0].index
    activity = next((c for c in cues[index] if c.sentence == first and c.group in _ACTIVITIES), None)
    if activity is None or activity.also:
        return None
    if _POINTS_BACK.search(article.text, max(paragraph.start, activity.start - 40), activity.start):
        return None
    return activity.group


# A paragraph that opens on a session by its place in the programme: "The second dialogue
# ...", "In the first panel, ...". The ordinals are those of the parts of a meeting.
@cache
def _numbered_session() -> re.Pattern[str]:
    ordinals = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(DISCUSSION_NOUNS, key=len, reverse=True))
    # An opening adverbial may come first: "On the second day, a second discussion ...".
    return pattern(
        rf"(?:[^,.;:]{{0,40}},\s+)?(?:(?:in|during|at)\s+)?(?:the|a)\s+({ordinals})\s+(?:[\w-]+\s+)?(?:{nouns})s?(?![\w-])",
        re.IGNORECASE,
    )


def _numbered_sessions(article: Article, run: list[int], cues: SceneCues) -> list[list[int]]:
    """A run of panel paragraphs cut where one numbered session gives way to the next: "The
    first dialogue focused on ports ... | The second dialogue was devoted to inequality ..."
    are two sessions, each its own section (a heading over both would name only the first);
    and where a paragraph opens a session anew (``_opens_session``)."""
    scenes = [[run[0]]]
    ordinal = _opening_ordinal(article, run[0])
    for index in run[1:]:
        this = _opening_ordinal(article, index)
        if _next_numbered(ordinal, this) or _opens_session(article, index, cues):
            scenes.append([index])
        else:
            scenes[-1].append(index)
        ordinal = this or ordinal
    return scenes


def _next_numbered(ordinal: str | None, this: str | None) -> bool:
    """Whether a paragraph's session ordinal starts another session than the one before: "the
    first dialogue" after "the second"; or a "second" one after a session told with no number,
    which an ordinal past the first says was the one before ("A panel discussion on permits
    ... | A second discussion looked at finance")."""
    if this is None or this == ordinal:
        return False
    return ordinal is not None or DAY_ORDINALS[this] != 1


# The session cues a paragraph may open a new session with: "a ministerial roundtable".
_SESSIONS = "PANEL_SESSIONS"
# An indefinite determiner up to three words before the session's noun, in its noun phrase:
# "[a] ministerial roundtable", "[another] panel", "[an] interactive dialogue".
_A_NEW = pattern(r"\b(?:a|an|another)\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}$", re.IGNORECASE)


def _opens_session(article: Article, index: int, cues: SceneCues) -> bool:
    """Whether a paragraph's first sentence introduces a session with an indefinite noun
    phrase, after the panel the paragraphs before it told: "In the afternoon, the ministers
    met for a roundtable on port finance." is another session, not the one before it (which
    "the roundtable" or "the panellists" would go on with)."""
    paragraph = article.paragraphs[index]
    if not paragraph.sentences:
        return False
    first = paragraph.sentences[0].index
    text = article.text
    return any(
        c.group == _SESSIONS
        and c.sentence == first
        and _A_NEW.search(text, max(paragraph.start, c.start - 40), c.start) is not None
        for c in cues[index]
    )


def _opening_ordinal(article: Article, index: int) -> str | None:
    p = article.paragraphs[index]
    m = _numbered_session().match(article.text, p.start, p.end)
    return m.group(1).lower() if m else None


def _meets_anew(
    article: Article, index: int, named_at: dict[int, list[tuple[int, str]]], cues: SceneCues, seen: set[str]
) -> set[str]:
    """The people a paragraph's first sentence says the scene's party met anew: a talks cue
    ("met", "held talks with") in it, and after it only people the scene has not named ("Later
    that day, she met the Director of the Port, Ms. Li Wei, ..."); else none. A host who
    welcomes the guest already named is the same scene."""
    paragraph = article.paragraphs[index]
    if not paragraph.sentences:
        return set()
    first = paragraph.sentences[0]
    talks = [c for c in cues[index] if c.sentence == first.index and c.kind == "bilateral"]
    if not talks:
        return set()
    # the encounter's own cue, not where it was held: "On the margins of the Joint Commission,
    # Ms. Ruiz [was received by] the Prime Minister"
    cue = next((c for c in talks if c.group in ENCOUNTER_GROUPS), talks[0])
    # after the cue's first word: a cue may take the first letter of the name it meets ("held
    # talks with P[resident Emil Korvik]")
    after = {name for start, name in named_at.get(index, ()) if cue.start < start < first.end}
    return after if after and not after & seen else set()


def _meets_post_anew(article: Article, index: int, cues: SceneCues, scene: Sequence[int]) -> bool:
    """Whether a paragraph's first sentence opens talks with one it names by a post only, a
    post the scene so far has not named: "The Governor also held talks with the President of
    the Bank of Lumara" after his talks with the Managing Director of the Fund, Ms. Weiss."""
    paragraph = article.paragraphs[index]
    if not paragraph.sentences:
        return False
    first = paragraph.sentences[0].index
    cue = next((c for c in cues[index] if c.sentence == first and c.group in ENCOUNTER_GROUPS), None)
    post = post_met(article.text, cue) if cue is not None else None
    if post is None:
        return False  # most paragraphs: no talks begun in their first sentence
    return all(post not in article.paragraph_text(i).lower() for i in scene)


def _named_in(
    article: Article, index: int, named_at: dict[int, list[tuple[int, str]]], *, first_only: bool
) -> set[str]:
    """The people who took part that paragraph ``index`` names (``named_at``: see
    ``_named_by_paragraph``); with ``first_only``, only in its first sentence before its first verb."""
    if index not in named_at:
        return set()
    paragraph = article.paragraphs[index]
    limit = paragraph.end
    if first_only and paragraph.sentences:
        first = paragraph.sentences[0]
        verb = first_finite_match(article.text[first.start : first.end])
        limit = first.start + verb.start() if verb is not None else first.end
    return {name for start, name in named_at.get(index, ()) if start < limit}
