"""English verb inflection and the cue-word lookups built on it: grammar, not data.

The verbs themselves are records (``verbs.json``); this module derives their forms: the regular
-s, -ed and -ing, the irregular ones a record lists instead, the British -ise spelling beside
each -ize one ("emphasised"), and a phrasal lemma's particle after each form ("wound up"). The
loader runs it when the data changes and keeps what it derives (``records.tables``).

The small API the speech stages use:

- ``cue_lemma(word)``: the lemma of a speech cue in any of its forms, case-insensitive, or None:
  ``cue_lemma("Emphasised") == "emphasize"``, ``cue_lemma("said") == "say"``,
  ``cue_lemma("attended") is None``;
- ``cue_form(word)``: which form it is ("base", "s", "past", "ing"), or None;
- ``cue_group(lemma)``: the group a lemma belongs to ("emphasis", "proposal", ...);
- ``cue_lemmas()``, ``cue_forms()``: every cue form at once; ``trigger_words()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from briefcli.lang.en.records import FormKind, Tables, Verb

CueForm = Literal["base", "s", "past", "ing"]  # what a speech stage calls a form

_KINDS: tuple[FormKind, ...] = ("s", "present", "past", "participle", "ing")
# What a speech stage calls each form: a participle is a past ("has written"), "am" a base.
CUE_FORMS: dict[FormKind, CueForm] = {
    "base": "base", "s": "s", "present": "base", "past": "past", "participle": "past", "ing": "ing",
}  # fmt: skip


def regular(lemma: str) -> dict[FormKind, str]:
    """-s, -ed, -ing of a regular verb: "stress" -> stresses, stressed, stressing;
    "emphasize" -> emphasizes, emphasized, emphasizing; "agree" -> agrees, agreed, agreeing;
    "clarify" -> clarifies, clarified, clarifying."""
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        s, past, ing = lemma + "s", lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("ee"):
        s, past, ing = lemma + "s", lemma + "d", lemma + "ing"
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        s, past, ing = lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        s, past, ing = lemma + "es", lemma + "ed", lemma + "ing"
    else:
        s, past, ing = lemma + "s", lemma + "ed", lemma + "ing"
    return {"s": s, "past": past, "participle": past, "ing": ing}


def british(word: str) -> str | None:
    """The -ise spelling of an -ize form: "emphasized" -> "emphasised"."""
    for us, gb in (("izing", "ising"), ("ized", "ised"), ("izes", "ises"), ("ize", "ise")):
        if word.endswith(us):
            return word[: -len(us)] + gb
    return None


def forms(verb: Verb) -> list[tuple[str, FormKind]]:
    """Every (form, kind) of a verb, US spelling, base first: a listed irregular kind replaces
    the regular one ("said"); a participle not listed is the past ("held")."""
    head, _, particle = verb["lemma"].partition(" ")
    irregular = verb.get("irregular", {})
    made = regular(head)
    out: list[tuple[str, FormKind]] = [(head, "base")]
    for kind in _KINDS:
        listed = irregular.get(kind) or (irregular.get("past") if kind == "participle" else None)
        if listed:
            out.extend((word, kind) for word in listed)
        elif kind in made:
            out.append((made[kind], kind))
    if particle:
        return [(f"{word} {particle}", kind) for word, kind in out]
    return out


def spelled(words: Iterable[str]) -> dict[str, None]:
    """Words with the -ise twin of each -ize one after it, in order, once each."""
    out: dict[str, None] = {}
    for word in words:
        out[word] = None
        gb = british(word)
        if gb:
            out[gb] = None
    return out


def cue_table(verbs: Iterable[Verb]) -> dict[str, tuple[str, CueForm]]:
    """Every form of the speech-cue verbs, -ise twins too, with its lemma and form; the first
    verb listing a form keeps it."""
    table: dict[str, tuple[str, CueForm]] = {}
    for verb in verbs:
        if "group" not in verb:
            continue
        # a later kind wins within a verb: "set" is the past of "set" (a participle is a past)
        own = {word: CUE_FORMS[kind] for word, kind in forms(verb)}
        for word, cue in own.items():
            for spelling in spelled((word,)):
                table.setdefault(spelling, (verb["lemma"], cue))
    return table


# --- The cue lookups ------------------------------------------------------------------------------


@cache
def _tables() -> Tables:
    # imported here: compiling the tables imports this module
    from briefcli.lang.en.load import TABLES

    return TABLES


def cue_lemma(word: str) -> str | None:
    """The lemma of a speech cue in any form, or None: "Emphasised" -> "emphasize",
    "said" -> "say", "pointed" -> "point" (a phrasal cue: check ``PARTICLES``)."""
    return _tables()["cue_lemmas"].get(word.lower())


def cue_form(word: str) -> CueForm | None:
    """The form of a speech cue: "stressed" -> "past", "stressing" -> "ing", "says" -> "s"."""
    return _tables()["cue_forms"].get(word.lower())


@cache
def _groups() -> Mapping[str, str]:
    return {lemma: group for group, lemmas in _tables()["cue_groups"].items() for lemma in lemmas}


def cue_group(lemma: str) -> str | None:
    """The group a cue lemma belongs to: "stress" -> "emphasis", "urge" -> "proposal"."""
    return _groups().get(lemma)


def cue_lemmas() -> Mapping[str, str]:
    """Every cue form (lowercase) with its lemma, for code that looks up many words at once."""
    return _tables()["cue_lemmas"]


def cue_forms() -> Mapping[str, CueForm]:
    """Every cue form (lowercase) with its form, for code that looks up many words at once."""
    return _tables()["cue_forms"]


@cache
def trigger_words() -> frozenset[str]:
    """Every lowercase word that may make a statement: the cue forms, "according" and the
    opinion nouns of light verbs ("gave his views on"). A sentence without one holds no
    reported statement (except "In his remarks, X focused on ...": see SPEECH_NOUNS)."""
    found = _tables()
    return frozenset(found["cue_lemmas"]) | {"according"} | frozenset(found["words"]["opinion_nouns"])
