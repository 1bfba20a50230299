"""The checks of the English data files: run when a file changed (see ``load``) and by the tests.

``check`` raises ``LanguageDataError`` at the first fault: a duplicate entry, an unknown field,
flag, role, form, kind or label, an irregular form listed for two verbs, or a pattern naming a
piece that does not exist. (That every example still matches its pattern is a test: compiling
~130 patterns here would cost a start-up.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast, get_args

from briefcli.lang import LanguageDataError
from briefcli.lang.en.records import FILES, VERB_FLAGS, CueGroup, FormKind, SceneKind, SceneLabel
from briefcli.lang.en.tables import LIST_PIECES, PIECE
from briefcli.lang.lists import (
    Raw,
    check_fields,
    check_lists,
    check_maps,
    check_objects,
    check_strings,
    check_text,
    check_unique,
    fail_unless,
    lists_of,
)

# The sections of a file besides its doc, lists and maps.
_SECTIONS = {
    "verbs": ("verbs",),
    "scenes": ("pieces", "scenes"),
    "places": ("countries",),
    "gazetteer": ("example", "cities", "capitals"),
    "calendar": ("months", "weekdays"),
}
_VERB_FIELDS = (
    "lemma", "group", "irregular", "flags", "flag_forms", "particles", "infinitive_particles", "idiom",
    "prepositional_content", "example",
)  # fmt: skip


def _check_verb(record: Raw, listed: dict[str, str]) -> None:
    check_text(record, "lemma", "verbs.json")
    lemma = record["lemma"]
    where = f"verbs.json: {lemma!r}"
    check_fields(record, _VERB_FIELDS, where)
    check_text(record, "example", where)
    group = record.get("group", "say")
    fail_unless(group in get_args(CueGroup), where, f"unknown group {group!r}")
    for key in ("flags", "particles", "infinitive_particles", "idiom", "prepositional_content"):
        check_strings(record.get(key, []), f"{where}: {key}")
    flags = record.get("flags", [])
    unknown = set(flags) - VERB_FLAGS.keys()
    fail_unless(not unknown, where, f"unknown flag {min(unknown or [''])!r}")
    irregular = record.get("irregular", {})
    fail_unless(isinstance(irregular, dict), where, "'irregular' must map forms to words")
    for kind, forms in irregular.items():
        fail_unless(kind in get_args(FormKind)[1:], where, f"unknown form {kind!r}")
        check_strings(forms, f"{where}: {kind}")
        for form in forms:
            # listed once for the whole language: "held" is the past of "hold" and of nothing else
            owner = listed.setdefault(form, lemma)
            fail_unless(owner == lemma, where, f"{form!r} is already a form of {owner!r}")
    narrowed = record.get("flag_forms", {})
    fail_unless(isinstance(narrowed, dict), where, "'flag_forms' must map flags to forms")
    for flag, kinds in narrowed.items():
        fail_unless(flag in flags and VERB_FLAGS[flag][0], where, f"{flag!r} is no form flag of it")
        check_strings(kinds, f"{where}: {flag}")
        fail_unless(set(kinds) <= set(get_args(FormKind)), where, f"unknown form in {kinds!r}")


def _check_scenes(raw: Raw, lists: Mapping[str, Raw]) -> None:
    known = set(LIST_PIECES)
    for record in check_objects(raw.get("pieces"), "scenes.json: pieces"):
        check_fields(record, ("id", "pattern", "example"), "scenes.json: pieces")
        for key in ("id", "pattern", "example"):
            check_text(record, key, "scenes.json: pieces")
        known.add(record["id"])
    ids = []
    for record in check_objects(raw.get("scenes"), "scenes.json: scenes"):
        check_text(record, "id", "scenes.json")
        where = f"scenes.json: {record['id']!r}"
        ids.append(record["id"])
        check_fields(record, ("id", "kind", "label", "pattern", "example"), where)
        check_text(record, "pattern", where)
        check_text(record, "example", where)
        fail_unless(record.get("kind") in get_args(SceneKind), where, f"unknown kind {record.get('kind')!r}")
        fail_unless(
            record.get("label") in get_args(SceneLabel), where, f"unknown label {record.get('label')!r}"
        )
        unknown = set(PIECE.findall(record["pattern"])) - known
        fail_unless(not unknown, where, f"unknown piece {min(unknown or [''])!r}")
    check_unique(ids, "scenes.json: ids")
    for name, (list_name, role, _) in LIST_PIECES.items():
        declared = lists.get(list_name, {}).get("roles", {})
        fail_unless(role in declared, f"piece {name!r}", f"needs a list {list_name!r} with role {role!r}")


def _check_places(raw: Raw) -> None:
    fields = ("name", "aliases", "demonyms", "cities", "states")
    countries = check_objects(raw.get("countries"), "places.json: countries")
    for record in countries:
        check_text(record, "name", "places.json")
        where = f"places.json: {record['name']!r}"
        check_fields(record, fields, where)
        for key in fields[1:]:
            check_strings(record.get(key, []), f"{where}: {key}")
    # a city or a state belongs to one country ("Victoria" the city and the state: two tables)
    check_unique((r["name"] for r in countries), "places.json: countries")
    check_unique((c for r in countries for c in r.get("cities", [])), "places.json: cities")
    check_unique((s for r in countries for s in r.get("states", [])), "places.json: states")


def _check_gazetteer(raw: Raw, places: Raw) -> None:
    """Each entry a [city, country] pair, the country one of places.json, each city once."""
    countries = {r["name"] for r in places["countries"]}
    pairs = raw.get("cities")
    if not isinstance(pairs, list) or not all(isinstance(p, list) for p in pairs):
        raise LanguageDataError("gazetteer.json: cities: expected a list of [city, country] pairs")
    for pair in pairs:
        fail_unless(
            len(pair) == 2 and all(isinstance(x, str) and x for x in pair), "gazetteer.json", f"{pair!r}"
        )
        fail_unless(pair[1] in countries, f"gazetteer.json: {pair[0]!r}", f"unknown country {pair[1]!r}")
    check_unique((pair[0] for pair in pairs), "gazetteer.json: cities")
    for country, capital in raw.get("capitals", []):
        fail_unless(
            country in countries and bool(capital), f"gazetteer.json: capital {capital!r}", f"of {country!r}"
        )
    check_text(raw, "example", "gazetteer.json")


def _check_calendar(raw: Raw) -> None:
    for key, count in (("months", 12), ("weekdays", 7)):
        records = check_objects(raw.get(key), f"calendar.json: {key}")
        fail_unless(len(records) == count, "calendar.json", f"{count} {key}, January and Monday first")
        for record in records:
            check_fields(record, ("name", "short"), f"calendar.json: {key}")
            check_text(record, "name", f"calendar.json: {key}")
            check_strings(record.get("short", []), f"calendar.json: {record['name']}")
        check_unique((w for r in records for w in (r["name"], *r.get("short", []))), f"calendar.json: {key}")


def check(files: Mapping[str, object]) -> None:
    """Validate the parsed data files (by name); raise ``LanguageDataError`` at the first fault."""
    names: list[str] = []
    for name in FILES:
        raw = files.get(name)
        if not isinstance(raw, dict):
            raise LanguageDataError(f"{name}.json: expected an object")
        check_fields(raw, ("doc", "lists", "maps", *_SECTIONS.get(name, ())), f"{name}.json")
        check_text(raw, "doc", f"{name}.json")
        names += check_lists(raw.get("lists", []), f"{name}.json")
        names += check_maps(raw.get("maps", []), f"{name}.json")
    check_unique(names, "lists and maps")
    data = cast(dict[str, Raw], files)
    listed: dict[str, str] = {}
    verbs = check_objects(data["verbs"].get("verbs"), "verbs.json: verbs")
    for record in verbs:
        _check_verb(record, listed)
    check_unique((r["lemma"] for r in verbs), "verbs.json: lemmas")
    _check_scenes(data["scenes"], lists_of(data.values(), "lists"))
    _check_places(data["places"])
    _check_gazetteer(data["gazetteer"], data["places"])
    _check_calendar(data["calendar"])
