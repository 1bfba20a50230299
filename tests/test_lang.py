"""The English language data: the checks of its files, every record's example, the grammar, the
tables derived from the records, and the cache that keeps them."""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

import pytest

from briefcli import caches
from briefcli.lang import LanguageDataError
from briefcli.lang import en as lang
from briefcli.lang.en import inflect, load
from briefcli.lang.en.check import check
from briefcli.lang.en.records import VERB_FLAGS, VerbFlag
from briefcli.lang.en.tables import records, tables
from briefcli.lang.lists import words

if TYPE_CHECKING:
    from briefcli.lang.en.records import Records

RECORDS: Records = load.load_records()
FILES: dict[str, Any] = load.read()


def _word(pattern: str) -> re.Pattern[str]:
    """A scene pattern as the scene stage runs it: case-insensitive, from a word start, and
    before a non-word character unless it ends on a capital-letter class (scenes.json's doc)."""
    bound = "" if pattern.endswith("[A-Z])") else r"(?![\w-])"
    return re.compile(rf"(?<![\w-])(?:(?:{pattern}){bound})", re.IGNORECASE)


def _holds(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE) is not None


# --- The checks: a broken file is refused ----------------------------------------------------------


def _verb(files: dict[str, Any], lemma: str) -> dict[str, Any]:
    return next(v for v in files["verbs"]["verbs"] if v["lemma"] == lemma)


def _list(files: dict[str, Any], file: str, name: str) -> dict[str, Any]:
    return next(r for r in files[file]["lists"] if r["name"] == name)


Breakage = Callable[[dict[str, Any]], object]

BROKEN: list[tuple[str, Breakage, str]] = [
    # duplicate entries
    (
        "a word twice",
        lambda f: _list(f, "nouns", "group_nouns")["words"].append("staff"),
        "duplicate entry 'staff'",
    ),
    ("a verb twice", lambda f: f["verbs"]["verbs"].append(_verb(f, "say")), "duplicate entry 'say'"),
    (
        "an irregular form of two verbs",
        lambda f: _verb(f, "meet")["irregular"].update(past=["met", "held"]),
        "'held' is already a form of 'meet'",
    ),
    (
        "a scene id twice",
        lambda f: f["scenes"]["scenes"].append(f["scenes"]["scenes"][0]),
        "ids: duplicate entry 'meeting.invitation.at-the-invitation'",
    ),
    (
        "a city in two countries",
        lambda f: f["places"]["countries"][0]["cities"].append("Lima"),
        "cities: duplicate entry 'Lima'",
    ),
    (
        "a list name twice",
        lambda f: f["words"]["lists"].append(_list(f, "nouns", "stance_nouns")),
        "lists and maps: duplicate entry 'stance_nouns'",
    ),
    (
        "a map word twice",
        lambda f: f["calendar"]["maps"][0]["entries"].append(["today", 0]),
        "duplicate entry 'today'",
    ),
    # unknown flags, roles, fields, forms, kinds, labels, pieces
    (
        "an unknown flag",
        lambda f: _verb(f, "say").update(flags=["clause_only", "shouting"]),
        "unknown flag 'shouting'",
    ),
    (
        "an unknown role",
        lambda f: _list(f, "nouns", "group_nouns")["words"].append(["crowds", "audience"]),
        "roles must be declared ones",
    ),
    ("an unknown verb field", lambda f: _verb(f, "say").update(tense="past"), "unknown field 'tense'"),
    ("an unknown cue group", lambda f: _verb(f, "say").update(group="chatter"), "unknown group 'chatter'"),
    (
        "an unknown form",
        lambda f: _verb(f, "say")["irregular"].update(future=["will say"]),
        "unknown form 'future'",
    ),
    (
        "a narrowed flag the verb lacks",
        lambda f: _verb(f, "state").update(flag_forms={"activity": ["past"]}),
        "'activity' is no form flag of it",
    ),
    (
        "an unknown scene kind",
        lambda f: f["scenes"]["scenes"][0].update(kind="party"),
        "unknown kind 'party'",
    ),
    (
        "an unknown scene label",
        lambda f: f["scenes"]["scenes"][0].update(label="gossip"),
        "unknown label 'gossip'",
    ),
    (
        "an unknown piece",
        lambda f: f["scenes"]["scenes"][0].update(pattern="{@no_such_piece} of"),
        "unknown piece 'no_such_piece'",
    ),
    (
        "a record without its example",
        lambda f: _verb(f, "say").pop("example"),
        "'example' must be a non-empty",
    ),
    ("a month too many", lambda f: f["calendar"]["months"].append({"name": "smarch"}), "12 months"),
]


def test_the_data_files_pass_their_checks() -> None:
    check(FILES)


@pytest.mark.parametrize(
    ("breakage", "problem"), [(b, p) for _, b, p in BROKEN], ids=[i for i, _, _ in BROKEN]
)
def test_a_broken_file_is_refused(breakage: Breakage, problem: str) -> None:
    files = copy.deepcopy(FILES)
    breakage(files)
    with pytest.raises(LanguageDataError, match=re.escape(problem)):
        check(files)


# --- Every record's example ------------------------------------------------------------------------


@pytest.mark.parametrize("scene", RECORDS["scenes"], ids=[s["id"] for s in RECORDS["scenes"]])
def test_each_scene_pattern_matches_its_example(scene: Any) -> None:
    assert _word(scene["pattern"]).search(scene["example"]), scene["pattern"]


def test_a_pattern_that_no_longer_matches_its_example_fails() -> None:
    scene = next(s for s in RECORDS["scenes"] if s["id"] == "bilateral.courtesy.courtesy-call")
    assert _word(scene["pattern"]).search(scene["example"])
    assert not _word(scene["pattern"].replace("courtesy", "curtesy")).search(scene["example"])


@pytest.mark.parametrize("piece", RECORDS["pieces"], ids=[p["id"] for p in RECORDS["pieces"]])
def test_each_piece_does_what_its_example_shows(piece: Any) -> None:
    pattern = re.compile(piece["pattern"], re.IGNORECASE)
    if piece["pattern"].startswith("(?!"):  # a guard: it refuses its example
        assert pattern.match(piece["example"]) is None
    else:
        assert pattern.search(piece["example"])


@pytest.mark.parametrize("verb", RECORDS["verbs"], ids=[v["lemma"] for v in RECORDS["verbs"]])
def test_each_verb_example_holds_a_form_of_the_verb(verb: Any) -> None:
    spellings = inflect.spelled(word for word, _ in inflect.forms(verb))
    assert any(_holds(verb["example"], form) for form in spellings), sorted(spellings)


_LISTS = sorted(RECORDS["lists"].values(), key=lambda wl: wl["name"])


@pytest.mark.parametrize("found", _LISTS, ids=[wl["name"] for wl in _LISTS])
def test_each_word_list_example_holds_one_of_its_words(found: Any) -> None:
    if found["name"] in ("portfolio_suffixes", "abstract_suffixes"):  # endings, not words
        assert any(re.search(rf"\w{w}\b", found["example"]) for w in words(found))
    elif found["name"] == "verb_prefixes":  # beginnings before a hyphen, not words
        assert any(re.search(rf"\b{w}-\w", found["example"]) for w in words(found))
    else:
        assert any(_holds(found["example"], w) for w in words(found))


@pytest.mark.parametrize("found", RECORDS["maps"].values(), ids=list(RECORDS["maps"]))
def test_each_word_map_example_holds_one_of_its_words(found: Any) -> None:
    assert any(_holds(found["example"], word) for word, _ in found["entries"])


# --- Flags --------------------------------------------------------------------------------------


def test_the_flags_are_one_closed_documented_set_and_each_is_used() -> None:
    assert set(get_args(VerbFlag)) == set(VERB_FLAGS)
    assert all(doc for _, doc in VERB_FLAGS.values())
    used = {flag for verb in RECORDS["verbs"] for flag in verb.get("flags", ())}
    assert used == set(VERB_FLAGS)


# --- The grammar ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "lemma", "form"),
    [
        ("stressed", "stress", "past"),
        ("stresses", "stress", "s"),
        ("stressing", "stress", "ing"),
        ("emphasized", "emphasize", "past"),
        ("Emphasised", "emphasize", "past"),  # British spelling, any case
        ("recognising", "recognize", "ing"),
        ("said", "say", "past"),
        ("told", "tell", "past"),
        ("written", "write", "past"),  # a participle is a past
        ("undertook", "undertake", "past"),
        ("set", "set", "past"),  # the past wins over the base
        ("agreed", "agree", "past"),
        ("agreeing", "agree", "ing"),
        ("clarified", "clarify", "past"),
        ("urges", "urge", "s"),
        ("voiced", "voice", "past"),
        ("pointed", "point", "past"),  # a phrasal cue: counts only with "out"
        ("congratulating", "congratulate", "ing"),
        ("welcome", "welcome", "base"),
    ],
)
def test_cue_forms(word: str, lemma: str, form: str) -> None:
    assert lang.cue_lemma(word) == lemma
    assert lang.cue_form(word) == form


@pytest.mark.parametrize(
    "word", ["attended", "met", "visited", "signed", "discussed", "chaired", "opened", "the"]
)
def test_activity_verbs_are_not_cues(word: str) -> None:
    assert lang.cue_lemma(word) is None


def test_every_cue_group_has_its_lemmas_once() -> None:
    lemmas = [lemma for group in lang.CUE_GROUPS.values() for lemma in group]
    assert len(lemmas) == len(set(lemmas))
    assert lang.cue_group("stress") == "emphasis"
    assert lang.cue_group("urge") == "proposal"


@pytest.mark.parametrize(
    ("lemma", "irregular", "expected"),
    [
        ("stress", {}, ["stress", "stresses", "stressed", "stressed", "stressing"]),
        ("clarify", {}, ["clarify", "clarifies", "clarified", "clarified", "clarifying"]),
        ("agree", {}, ["agree", "agrees", "agreed", "agreed", "agreeing"]),
        (
            "write",
            {"past": ["wrote"], "participle": ["written"]},
            ["write", "writes", "wrote", "written", "writing"],
        ),
        ("hold", {"past": ["held"]}, ["hold", "holds", "held", "held", "holding"]),
        ("wind up", {"past": ["wound"]}, ["wind up", "winds up", "wound up", "wound up", "winding up"]),
    ],
)
def test_verb_forms(lemma: str, irregular: dict[str, list[str]], expected: list[str]) -> None:
    verb: Any = {"lemma": lemma, "irregular": irregular, "example": "-"}
    assert [word for word, _ in inflect.forms(verb)] == expected


# --- The tables derived from the records ------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "word", "holds"),
    [
        ("CLAUSE_ONLY", "say", True),  # the lemmas flagged clause_only
        ("CLAUSE_ONLY", "stress", False),
        ("ACTIVITY_VERBS", "travelled", True),  # every form of the verbs flagged activity
        ("ACTIVITY_VERBS", "traveling", True),
        ("LIGHT_VERBS", "given", True),
        ("IRREGULAR_PASTS", "set", True),  # simple pasts after a subject
        ("IRREGULAR_PASTS", "written", False),
        ("PAST_FORMS", "set", False),  # pasts that mark the tense: "set" could be a present
        ("PAST_FORMS", "been", True),
        ("BE_FORMS", "am", True),
        ("NAME_VERBS", "emphasises", True),  # a flag's forms with their -ise twins
        ("NAME_VERBS", "remarks", False),  # "remark" is narrowed to its past
        ("INTENT_VERBS", "called on", True),  # a phrasal lemma
        ("INTENT_VERBS", "planned", False),  # "plan" looks ahead in the present only
        ("GROUP_HEADS", "sides", True),  # group nouns with the role speaker
        ("GROUP_HEADS", "staff", False),
        ("DOCUMENT_NOUNS", "communiqué", True),
        ("REPORT_NOUNS", "outlook", True),
        ("OUTCOME_NOUNS", "roadmap", True),
        ("TITLE_HEADS", "prime minister", True),
        ("TITLE_MODIFIERS", "deputy", True),
        ("PAST_MODIFIERS", "then", True),
        ("ORG_CUES", "railways", True),
        ("BODY_HEADS", "council", True),
        ("PRONOUN_WORDS", "theirs", True),
        ("GROUP_PRONOUNS", "we", True),
    ],
)
def test_a_table_is_a_view_of_the_records(table: str, word: str, holds: bool) -> None:
    assert (word in getattr(lang, table)) is holds


def test_the_views_that_keep_their_order() -> None:
    assert lang.WEEKDAY_NAMES == (
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    )
    assert lang.MONTHS["sept"] == 9
    assert lang.HONORIFICS["ms"] == "female"
    assert lang.HONORIFICS["dr"] is None
    assert {w: "male" for w in ("he", "him", "his", "himself")} | {
        w: "female" for w in ("she", "her", "hers", "herself")
    } == lang.PRONOUNS
    assert lang.SELF_PRONOUN == "it"
    assert lang.REPORTED_THAT == "that"
    assert lang.CITIES["Geneva"] == "Switzerland"
    assert lang.STATES["Ontario"] == "Canada"
    assert ("Russia", ("Russian Federation",), ("Russian",)) in lang.COUNTRIES
    assert lang.PHRASES["pay"] == ("tribute", "to")


def test_a_scene_piece_is_expanded_from_its_word_list() -> None:
    received = next(s for s in RECORDS["scenes"] if s["id"] == "bilateral.meetings.received")["pattern"]
    assert "Prime Minister|" in received and "{@" not in received
    group = next(s for s in RECORDS["scenes"] if s["id"] == "meeting.groups.met-officials")["pattern"]
    assert "|staff|" in group and "|sides|" not in group  # scene group nouns only


# --- Loading once: the kept tables ----------------------------------------------------------------


def test_the_kept_tables_are_the_compiled_records() -> None:
    assert tables(records(FILES)) == load.TABLES


def test_the_tables_are_kept_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = tmp_path / "data.marshal"
    monkeypatch.setattr(caches, "_file", lambda name: kept)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    first = load.load()
    assert kept.exists()
    monkeypatch.setattr(load, "load_records", lambda: pytest.fail("compiled again"))
    assert load.load() == first


def test_stale_or_broken_kept_tables_are_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "data.marshal"
    monkeypatch.setattr(caches, "_file", lambda name: kept)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    kept.write_bytes(b"not marshal data")
    assert load.load() == load.TABLES
    source = tmp_path / "verbs.json"
    source.write_text("{}")
    monkeypatch.setattr(load, "_SOURCES", (source,))
    load.load()
    source.write_text('{"changed": true}')  # another size: another key
    compiled: list[bool] = []
    real = load.load_records

    def counted() -> Records:
        compiled.append(True)
        return real()

    monkeypatch.setattr(load, "load_records", counted)
    assert load.load() == load.TABLES
    assert compiled == [True]


def test_no_tables_are_kept_without_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = tmp_path / "data.marshal"
    monkeypatch.setattr(caches, "_file", lambda name: kept)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert load.load() == load.TABLES
    assert not kept.exists()
