"""Is the article English? briefcli's rules read English; an article in another language gets
a clear error, not a briefing of junk.

Most English prose is about a third function words ("the", "of", "and", "was", "he": the
determiners, prepositions, coordinators, forms of "be", auxiliaries and subject pronouns of
lang/en); the press releases of our corpora hold 26 % to 46 %. A text with fewer than
``MIN_SHARE`` of them is asked of CLD2 (Google's Compact Language Detector, through pycld2),
imported only then. A text CLD2 reliably finds to be mostly another language is refused, named;
so is one with hardly any English words (under ``MIN_PROSE_SHARE``) that CLD2 does not find
English: random characters, a dump of symbols. English sentences naming people in another
script hold fewer function words than usual prose, and are read. An English article costs a
count of its words and nothing more, made on the text before it is cut into tokens, so that
junk is refused before the work. A long text is judged by its first ``SAMPLE`` characters.
"""

from __future__ import annotations

from briefcli.lang.en import AUXILIARIES, BE_FORMS, COORDINATORS, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS
from briefcli.regexes import pattern

__all__ = ["NO_PROSE", "foreign_language"]

NO_PROSE = "no English prose"

_FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | COORDINATORS | BE_FORMS | AUXILIARIES | SUBJECT_PRONOUNS
MIN_SHARE = 0.15  # the share of function words below which a text may not be English
# Below this share, a text CLD2 does not find English is no prose at all (random characters,
# a dump of symbols or code): a fifth of the least our corpora's articles hold.
MIN_PROSE_SHARE = 0.05
MIN_WORDS = 20  # fewer words say too little either way: the analysis goes on
_ENGLISH_MAJORITY = 50  # percent of the text CLD2 must find English to let it pass
# The characters read: the opening of a long text tells its language as well as the whole
# (a press release is a tenth of this; a 10 MiB text was counted in full for nothing).
SAMPLE = 200_000


# A word, as counted here: a run of letters ("high-level" is two, "U.S." two). One C-level
# pass over the text, no Python step per word. A run of ASCII letters is tried first: testing
# each character for a Unicode letter took twice as long on an English text; one that a
# letter of another script goes on ("café") is read whole by the second branch.
_LETTERS = pattern(r"[a-z]+(?![^\W\d_])|[^\W\d_]+")


def foreign_language(text: str) -> str | None:
    """Why ``text`` is not read as English, when it is not: "in French" (the language CLD2
    names), or "no English prose" (hardly any English words, and CLD2 does not find English); None
    for English or when the text is too short to tell."""
    words = _LETTERS.findall(text[:SAMPLE].lower())
    if len(words) < MIN_WORDS:
        return None
    function = sum(map(_FUNCTION_WORDS.__contains__, words))
    if function >= MIN_SHARE * len(words):
        return None
    import pycld2  # ~10 ms of import, paid only by a text that may not be English

    try:
        reliable, _, found = pycld2.detect(text[:SAMPLE])
    except pycld2.error:  # CLD2 refuses some inputs (stray surrogates): the words alone tell
        reliable, found = False, [("Unknown", "un", 0, 0.0)]
    english = sum(percent for _, code, percent, _ in found if code == "en")
    name, code, _, _ = found[0]
    if reliable and english < _ENGLISH_MAJORITY and code not in ("en", "un"):
        return f"in {str(name).capitalize()}"
    if english < _ENGLISH_MAJORITY and function < MIN_PROSE_SHARE * len(words):
        return NO_PROSE
    return None
