"""What an English record is: the closed sets its fields take, and its type.

- ``verbs.json``: one record per verb lemma (``Verb``): its irregular forms, its speech-cue group
  and its behaviour as flags from the closed set ``VERB_FLAGS``, plus what a flag cannot say
  (particles, idiom words, prepositional content).
- ``scenes.json``: one record per scene pattern (``Scene``: kind, label, pattern, example) and
  the pieces patterns share (``Piece``, written ``{@id}`` in a pattern).
- ``titles.json``, ``nouns.json``, ``words.json``, ``places.json``, ``calendar.json``: word lists
  and maps (``briefcli.lang.lists``) grouped by what the words are; countries; months, weekdays.
- ``gazetteer.json``: the cities of GeoNames a text may name without its country, each with its
  country (``[city, country]`` pairs), compiled by ``scripts/build_gazetteer.py``: not edited by
  hand; the hand cities of ``places.json`` win over it.

A record is the JSON object itself, typed here; ``check`` establishes the shape these types
state. ``Tables`` is what the stages look up, compiled from the records (``tables``). This
module sits below every other one of the folder: it imports none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

# The data files of this folder.
FILES: Final = ("verbs", "scenes", "titles", "nouns", "words", "places", "gazetteer", "calendar")

CueForm = Literal["base", "s", "past", "ing"]  # what a speech stage calls a form ("written": past)

CueGroup = Literal[
    "say", "observation", "emphasis", "explanation", "argument", "appreciation", "expression",
    "agreement", "commitment", "idiom", "proposal", "concern",
]  # fmt: skip

# The forms of a verb: "say", "says", ("am", "are": "be" only), "said", "said", "saying".
FormKind = Literal["base", "s", "present", "past", "participle", "ing"]

VerbFlag = Literal[
    "clause_only", "that_only", "hearer_first", "stance_object_only", "no_passive", "addressee",
    "quote_title", "activity", "light", "subject_past", "tense_past", "looks_ahead", "mandative",
    "group_participle", "background_participle", "after_name", "before_name", "event_place",
    "event_present", "object_marker", "infinitive_frame", "naming", "closes_meeting",
    "opens_meeting", "chairing", "meets_whom", "adopts_text", "signs_text", "locative",
    "content_object", "determined_object", "re_prefix", "abstract_object", "holds_event",
    "as_complement", "event_progressive", "withholds", "needs_object", "quote_object", "venue_at",
]  # fmt: skip

_ALL: Final[tuple[FormKind, ...]] = ("base", "past", "participle", "s", "ing")

# Each flag: the forms it concerns (none: it says something of the lemma, as a speech cue) and
# what it means. A record may narrow a flag to some forms ("flag_forms": {"after_name": ["past",
# "s"]}); a flag's own forms are the ones most of its verbs take.
VERB_FLAGS: Final[dict[VerbFlag, tuple[tuple[FormKind, ...], str]]] = {
    # What a speech cue needs to count (cues only).
    "clause_only": ((), "counts only with a clause, a to-infinitive or a quotation: 'He said that'"),
    "that_only": (
        (),
        "counts only with a that-clause: 'accepted that the rules had failed', not 'accepted the report'",
    ),
    "hearer_first": ((), "its first object is the hearer: 'She told reporters that ...'"),
    "stance_object_only": ((), "counts only with a stance noun: 'extended her congratulations'"),
    "no_passive": ((), "does not count in the passive: 'a centre supported by the Government'"),
    "addressee": ((), "its hearer may follow a quotation's cue: '“...,” she told reporters.'"),
    "quote_title": ((), "its quoted object is a title: 'He presented “Vision 2030”'"),
    "content_object": ((), "counts only with what was said, not a person or a gift: 'presented the plan'"),
    "determined_object": ((), "a bare plural object is an exchange: 'They shared experiences'"),
    "re_prefix": ((), "'re' or 're-' before a form is the same cue: 'reconfirmed', 're-emphasised'"),
    "abstract_object": ((), "counts only with an idea as object: 'admired the commitment of the staff'"),
    "as_complement": ((), "its object takes 'as' and what it is called: 'described the port as a gateway'"),
    "quote_object": ((), "a quotation right after it is what was said, however short: 'He said “not yet.”'"),
    # Forms other stages look for.
    "activity": (_ALL, "reports doing, never saying: 'She attended the forum'"),
    "light": (_ALL, "gives an opinion noun, the content after it: 'gave his views on trade'"),
    "subject_past": (("past",), "its simple past after a subject makes a clause: 'The Minister took'"),
    "tense_past": (("past",), "its past puts a clause in the past: 'the Board met in May'"),
    "looks_ahead": (("base", "past", "s"), "what it governs happens later: 'agreed to meet in May'"),
    "mandative": (("base", "past", "s"), "its that-clause happens later: 'proposed that it be held'"),
    "group_participle": (("participle",), "a participle inside a group phrase: 'the invited experts'"),
    "background_participle": (("participle",), "after a noun, dates its background: 'the summit held on'"),
    "after_name": (("past",), "after a bare name makes it a person: 'Jane Doe said'"),
    "before_name": (("past",), "before a bare name makes it a person: '“...,” said John Smith'"),
    "event_place": (("past",), "before a place, where a meeting was: 'The Forum convened in Lima'"),
    "venue_at": (("past",), "before 'at' and a venue, where a meeting was: 'received him at the Palace'"),
    "event_present": (("s",), "a finite verb of an event's account: 'The Conference opens on 3 May'"),
    "event_progressive": (
        ("ing",),
        "after 'is', tells an event going on as the text is written: 'The Minister is attending the Forum'",
    ),
    "object_marker": (("past",), "a person right after it is its object: 'Having thanked Mayor X'"),
    "needs_object": (
        ("past", "s"),
        "an encounter that needs whom: a clause that ends on it once its date is cut out goes on to "
        "whom, after a place: 'received today, 4 May, at the Ministry the Director, Ms. X'",
    ),
    "infinitive_frame": (("past",), "a cue after 'to' after it counts: 'She wished to stress'"),
    "withholds": (
        ("past", "s"),
        "after 'and' or 'but' and before 'to', the speaker's own refusal, which ends what was said: "
        "'said the talks went well but declined to give details'",
    ),
    "naming": (("participle",), "a name, not speech, in quotation marks after it: 'entitled “...”'"),
    "closes_meeting": (
        ("past", "s"),
        "with a length, dates a meeting's last day: 'closed a two-day session'",
    ),
    "opens_meeting": (
        ("past", "s"),
        "with a length, dates a meeting's first day: 'opened a three-day forum'",
    ),
    "chairing": (("past", "s"), "after a name, makes its holder the chair: 'X, who chaired the session'"),
    # Forms the labels of scenes read.
    "meets_whom": (
        ("base", "s", "past", "ing"),
        "whom the principal met follows it: 'met with senior officials'",
    ),
    "adopts_text": (
        ("base", "s", "past"),
        "the text an event adopted follows it: 'adopted the Apia Declaration'",
    ),
    "signs_text": (("base", "s", "past", "ing"), "the text signed follows it: 'signed a letter of intent'"),
    "holds_event": (
        ("past",),
        "a body before it held the event it governs, no scene itself: 'The Assembly organized a side event'",
    ),
    # Forms the places stage reads.
    "locative": (("base", "s", "past", "ing"), "a capitalised word after it is a place: 'toured Lima, Peru'"),
}

SceneKind = Literal["meeting", "panel", "bilateral", "other"]
SceneLabel = Literal[
    "invitation", "events", "hospitality", "ceremonies", "speeches", "press", "visits", "outcomes",
    "attendance", "groups", "series", "sessions", "questions", "speakers", "talks", "parties", "courtesy",
    "credentials", "margins", "meetings", "calls", "signings", "background", "earlier_times",
    "headline_encounter", "headline_one", "headline_several", "headline_format", "whole_moderated",
]  # fmt: skip


# The record types, for the type checker only: a TypedDict class costs ~0.15 ms to make, and at
# run time a record is the JSON object itself (``check`` establishes the shape stated here).
if TYPE_CHECKING:
    from typing import NotRequired, TypedDict

    from briefcli.lang.lists import WordList, WordMap, WordValue

    class Verb(TypedDict):
        """A verb lemma and all it does; a phrasal lemma ("wind up") inflects its first word."""

        lemma: str
        group: NotRequired[CueGroup]  # its speech-cue group; none: no speech cue
        irregular: NotRequired[dict[FormKind, list[str]]]  # a listed kind replaces the regular one
        flags: NotRequired[list[VerbFlag]]
        flag_forms: NotRequired[dict[VerbFlag, list[FormKind]]]  # a flag narrowed to these forms
        particles: NotRequired[list[str]]  # a cue only with one after it: "pointed out"
        infinitive_particles: NotRequired[list[str]]  # ... and "to" after that: "called on X to"
        idiom: NotRequired[list[str]]  # the words an idiom cue needs: "paid tribute to"
        prepositional_content: NotRequired[list[str]]  # content after one: "agreed on a roadmap"
        example: str

    class Scene(TypedDict):
        """A scene pattern: a regular-expression fragment (its pieces expanded here) that tells
        which part of an event a sentence is about; ``label`` names its cue group."""

        id: str
        kind: SceneKind
        label: SceneLabel
        pattern: str
        example: str

    class Piece(TypedDict):
        """A fragment scene patterns share, written ``{@id}`` in them."""

        id: str
        pattern: str
        example: str

    class Country(TypedDict):
        name: str  # the short name we report
        aliases: NotRequired[list[str]]
        demonyms: NotRequired[list[str]]
        cities: NotRequired[list[str]]
        states: NotRequired[list[str]]  # states and provinces of a federal country

    class Day(TypedDict):
        """A month (January first) or a weekday (Monday first) and its abbreviations."""

        name: str
        short: NotRequired[list[str]]

    class Records(TypedDict):
        """Everything in the data files, checked, scene pieces expanded."""

        verbs: list[Verb]
        pieces: list[Piece]
        scenes: list[Scene]
        countries: list[Country]
        gazetteer: list[list[str]]  # [city, country]
        capitals: list[list[str]]  # [country, its capital]
        months: list[Day]
        weekdays: list[Day]
        lists: dict[str, WordList]
        maps: dict[str, WordMap]

    class Tables(TypedDict):
        """What the stages look up, compiled from the records with the grammar of ``inflect``."""

        words: dict[str, tuple[str, ...]]  # list -> its words, in order
        roles: dict[str, dict[str, frozenset[str]]]  # list -> role -> its words
        maps: dict[str, dict[str, WordValue]]
        lemmas: dict[VerbFlag, frozenset[str]]  # flag -> the lemmas that have it
        flagged: dict[VerbFlag, tuple[str, ...]]  # form flag -> the forms it concerns
        be_forms: frozenset[str]
        cue_groups: dict[CueGroup, tuple[str, ...]]
        cue_lemmas: dict[str, str]  # every speech-cue form -> its lemma
        cue_forms: dict[str, CueForm]  # ... -> its form
        particles: dict[str, frozenset[str]]  # lemma -> ...
        infinitive_particles: dict[str, frozenset[str]]
        idioms: dict[str, tuple[str, ...]]
        prepositional_content: dict[str, frozenset[str]]
        scenes: dict[str, tuple[str, ...]]  # "meeting.events" -> its patterns, in order
        countries: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]  # name, aliases, demonyms
        cities: dict[str, str]  # city -> country: the hand table's and the gazetteer's
        city_starts: dict[str, int]  # first word of a city of several words -> the most tokens it spans
        known_places: frozenset[str]  # the hand cities, states and country forms, casefolded
        states: dict[str, str]  # state -> country
        capitals: dict[str, str]  # country -> its capital
        months: dict[str, int]  # name or abbreviation -> 1..12
        month_names: tuple[str, ...]  # the full names, January first
        weekdays: tuple[str, ...]  # Monday first, the abbreviations after
