"""English verb inflection and the cue-word lookups built on it: grammar, not data.

The verbs themselves are records (``verbs.json``); this module derives their forms: the regular
-s, -ed and -ing, the irregular ones a record lists instead, the British -ise spelling beside
each -ize one ("emphasised"), and a phrasal lemma's particle after each form ("wound up"). The
loader runs it when the data changes and keeps what it derives (``records.tables``).

``cue_table`` gives every form of the speech-cue verbs with its lemma and its form; the
lookups over it (``cue_lemma("Emphasised") == "emphasize"``) are ``briefcli.lang.en``'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefcli.lang.en.records import CueForm, FormKind, Verb

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
        # "confirm" flagged re_prefix: "reconfirmed", "re-confirmed" are its forms too
        prefixes = ("", "re", "re-") if "re_prefix" in verb.get("flags", ()) else ("",)
        for word, cue in own.items():
            for spelling in spelled((word,)):
                for prefix in prefixes:
                    table.setdefault(prefix + spelling, (verb["lemma"], cue))
    return table
