"""Is the article English? briefcli's rules read English; an article in another language gets
a clear error, not a briefing of junk.

Most English prose is about a third function words ("the", "of", "and", "was", "he": the
determiners, prepositions, coordinators, forms of "be", auxiliaries and subject pronouns of
lang/en); the press releases of our corpora hold 26 % to 46 %. A text with fewer than
``MIN_SHARE`` of them is asked of CLD2 (Google's Compact Language Detector, through pycld2),
imported only then, which names the language; a text CLD2 reliably finds to be mostly another
language is refused. So an English article costs a count of its words and nothing more.
"""

from __future__ import annotations

from briefcli.lang.en import AUXILIARIES, BE_FORMS, COORDINATORS, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS
from briefcli.model import Tokens

__all__ = ["foreign_language"]

_FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | COORDINATORS | BE_FORMS | AUXILIARIES | SUBJECT_PRONOUNS
MIN_SHARE = 0.15  # the share of function words below which a text may not be English
MIN_WORDS = 20  # fewer words say too little either way: the analysis goes on
_ENGLISH_MAJORITY = 50  # percent of the text CLD2 must find English to let it pass


def foreign_language(text: str, tokens: Tokens) -> str | None:
    """The name of the language ``text`` is written in ("French"), when it is not English;
    None for English or when it cannot be told."""
    words = [w.low for w in tokens.words if w.alpha]
    if len(words) < MIN_WORDS or sum(w in _FUNCTION_WORDS for w in words) >= MIN_SHARE * len(words):
        return None
    import pycld2  # ~10 ms of import, paid only by a text that may not be English

    try:
        reliable, _, found = pycld2.detect(text)
    except pycld2.error:  # CLD2 refuses some inputs (stray surrogates): not our call to refuse it
        return None
    english = sum(percent for _, code, percent, _ in found if code == "en")
    name, code, _, _ = found[0]
    if not reliable or english >= _ENGLISH_MAJORITY or code in ("en", "un"):
        return None
    return str(name).capitalize()
