"""Compiling the English records into the tables the stages look up.

``records(files)`` types checked files and expands the scene pieces; ``tables(records)`` derives
what the stages read with the grammar of ``inflect``: the words of a list or of a role, the
forms of the verbs with a flag, every speech-cue form, the scene patterns by kind and label.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, cast

from briefcli.lang import lists as common
from briefcli.lang.en.inflect import cue_table, forms, spelled
from briefcli.lang.en.records import FILES, VERB_FLAGS

if TYPE_CHECKING:
    from briefcli.lang.en.records import CueGroup, Piece, Records, Scene, Tables, Verb, VerbFlag
from briefcli.lang.lists import Raw, lists_of, with_role
from briefcli.regexes import pattern

PIECE = pattern(r"\{@(\w+)\}")
# Pieces read off word lists: the list, the role, and whether each word is written capitalised.
# "met local officials" (group nouns); "received the Ambassador" (titles, case-sensitive).
LIST_PIECES: Final[dict[str, tuple[str, str, bool]]] = {
    "group_nouns": ("group_nouns", "scene", False),
    "received_titles": ("title_words", "received", True),
    # "met with the head of the institute": a post in lowercase, one counterpart
    "role_titles": ("title_words", "lowercase_role", False),
}


_ELIDED = pattern(r"^([a-z])['’]")  # "d'" of "chargé d'affaires"


def _capitalised(title: str) -> str:
    """A title as a pattern, written as a title is: "Chargé d['’]Affaires" (an elided particle
    stays lowercase, with either apostrophe)."""
    parts = []
    for part in title.split(" "):
        elided = _ELIDED.match(part)
        if elided:
            parts.append(elided.group(1) + "['’]" + part[2:].title())
        else:
            parts.append(part.title())
    return " ".join(parts)


def _expand(source: str, pieces: Mapping[str, str]) -> str:
    return PIECE.sub(lambda m: _expand(pieces[m.group(1)], pieces), source)


def _flagged(verbs: list[Verb]) -> dict[VerbFlag, tuple[str, ...]]:
    """Each form flag's forms: those of the flag (or the ones a verb narrows it to) of every verb
    with the flag, each -ize form with its -ise twin, in record order."""
    out: dict[VerbFlag, dict[str, None]] = {flag: {} for flag, (kinds, _) in VERB_FLAGS.items() if kinds}
    for verb in verbs:
        made = forms(verb)
        narrowed = verb.get("flag_forms", {})
        for flag in verb.get("flags", ()):
            for kind in narrowed.get(flag, VERB_FLAGS[flag][0]):
                out[flag].update(spelled(word for word, its in made if its == kind))
    return {flag: tuple(found) for flag, found in out.items()}


def records(files: Mapping[str, Raw]) -> Records:
    """The records of checked data files (see ``check``), scene pieces expanded."""
    every = [files[name] for name in FILES]
    lists = lists_of(every, "lists")
    pieces, patterns = files["scenes"]["pieces"], files["scenes"]["scenes"]
    templates: dict[str, str] = {p["id"]: p["pattern"] for p in pieces}
    for name, (list_name, role, capitalised) in LIST_PIECES.items():
        chosen = with_role(lists[list_name], role)
        words = [w for w in common.words(lists[list_name]) if w in chosen]
        templates[name] = "|".join(_capitalised(w) if capitalised else w for w in words)
    return {
        "verbs": files["verbs"]["verbs"],
        "pieces": cast("list[Piece]", [{**p, "pattern": _expand(p["pattern"], templates)} for p in pieces]),
        "scenes": cast("list[Scene]", [{**s, "pattern": _expand(s["pattern"], templates)} for s in patterns]),
        "countries": files["places"]["countries"],
        "gazetteer": files["gazetteer"]["cities"],
        "capitals": files["gazetteer"].get("capitals", []),
        "months": files["calendar"]["months"],
        "weekdays": files["calendar"]["weekdays"],
        "lists": lists,
        "maps": lists_of(every, "maps"),
    }


def _by_lemma(verbs: list[Verb], field: str) -> dict[str, frozenset[str]]:
    """A structured field of the verbs that have it: "particles" -> {"point": {"out"}, ...}."""
    return {v["lemma"]: frozenset(v[field]) for v in verbs if field in v}  # type: ignore[literal-required]


def _city_starts(cities: Mapping[str, str]) -> dict[str, int]:
    """First word of each city of several words -> the most tokens a city starting with it spans
    (its words plus room for the "." and "'s" tokens of "St. John's"): "Port" -> 5."""
    first: dict[str, int] = {}
    for city in cities:
        word, _, rest = city.partition(" ")
        if rest:
            word = word.rstrip(".")
            first[word] = max(first.get(word, 0), len(city.split()) + 2)
    return first


def _known_places(
    cities: Mapping[str, str],
    states: Mapping[str, str],
    countries: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...],
) -> frozenset[str]:
    """The hand table's cities, the states and the countries' names (and other names),
    casefolded: what a date line's place alone may be ("GENEVA", "Kenya"). The gazetteer's
    cities are looked up as written or in title case (``known_place``): folding all of them
    here would double what every start reads."""
    names = {name.casefold() for name in (*cities, *states)}
    for name, aliases, _demonyms in countries:
        names.add(name.casefold())
        names.update(a.casefold() for a in aliases)
    return frozenset(names)


def tables(found: Records) -> Tables:
    """What the stages look up (see ``Tables``), compiled from the records."""
    verbs, lists, countries = found["verbs"], found["lists"], found["countries"]
    cues = cue_table(verbs)
    groups: dict[CueGroup, tuple[str, ...]] = {}
    for verb in verbs:
        if "group" in verb:
            groups[verb["group"]] = (*groups.get(verb["group"], ()), verb["lemma"])
    scenes: dict[str, tuple[str, ...]] = {}
    for scene in found["scenes"]:
        key = f"{scene['kind']}.{scene['label']}"
        scenes[key] = (*scenes.get(key, ()), scene["pattern"])
    roles = {name: {role: with_role(wl, role) for role in wl.get("roles", {})} for name, wl in lists.items()}
    lemmas = {flag: frozenset(v["lemma"] for v in verbs if flag in v.get("flags", ())) for flag in VERB_FLAGS}
    names = tuple((c["name"], tuple(c.get("aliases", ())), tuple(c.get("demonyms", ()))) for c in countries)
    months = found["months"]
    weekdays = found["weekdays"]
    # one string object per country, so the kept tables write each name once (marshal refers
    # back to an object it wrote before)
    country_names = {c["name"]: c["name"] for c in countries}
    hand = {city: c["name"] for c in countries for city in c.get("cities", ())}
    cities = {city: country_names[country] for city, country in found["gazetteer"] if city not in hand}
    cities.update(hand)  # the hand table wins
    states = {state: c["name"] for c in countries for state in c.get("states", ())}
    return {
        "words": {name: common.words(wl) for name, wl in lists.items()},
        "roles": roles,
        "maps": {name: dict(wm["entries"]) for name, wm in found["maps"].items()},
        "lemmas": lemmas,
        "flagged": _flagged(verbs),
        "be_forms": frozenset(w for v in verbs if v["lemma"] == "be" for w, _ in forms(v)),
        "cue_groups": groups,
        "cue_lemmas": {word: lemma for word, (lemma, _) in cues.items()},
        "cue_forms": {word: form for word, (_, form) in cues.items()},
        "particles": _by_lemma(verbs, "particles"),
        "infinitive_particles": _by_lemma(verbs, "infinitive_particles"),
        "idioms": {v["lemma"]: tuple(v["idiom"]) for v in verbs if "idiom" in v},
        "prepositional_content": _by_lemma(verbs, "prepositional_content"),
        "scenes": scenes,
        "countries": names,
        "cities": cities,
        "city_starts": _city_starts(cities),
        "known_places": _known_places(hand, states, names),
        "states": states,
        "capitals": {country_names[country]: capital for country, capital in found["capitals"]},
        "months": {word: n for n, m in enumerate(months, 1) for word in (m["name"], *m.get("short", ()))},
        "month_names": tuple(m["name"] for m in months),
        "weekdays": (*(d["name"] for d in weekdays), *(a for d in weekdays for a in d.get("short", ()))),
    }
