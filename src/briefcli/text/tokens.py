"""The token table: every sentence of an article cut into words once, for every stage.

A token is a word (letters or digits, with inner apostrophes, hyphens or full stops:
"Egypt's", "Vice-Chair", "H.E", "U.S", "1,500" is "1", ",", "500") or one other non-space
character ("(", ",", "“"). A sentence's last full stop is its own token ("process."), an
abbreviation's inner ones stay ("U.S.A." is "U.S.A", "."). An honorific glued to the name after
it is cut as if a space followed its full stop ("H.E.Tibor" is "H.E", ".", "Tibor").

Each distinct spelling gets one ``Word`` with the facts the stages ask about (case, shape,
word or punctuation, possessive, speech-cue lemma and form, month, weekday, and what it can be
in a person's name, a title, an organization or a place), computed once and shared by all its
tokens, as spaCy's ``Lexeme`` is.
"""

from __future__ import annotations

from array import array
from itertools import accumulate, compress
from operator import attrgetter, not_

from briefcli.lang import en as lex
from briefcli.lang.en import HONORIFIC_ABBREVIATIONS, MONTHS, REGIONS, WEEKDAYS, cue_forms, cue_lemmas
from briefcli.model import Sentence, Tokens, Word
from briefcli.regexes import pattern

__all__ = ["GLUED_INITIALS", "is_word", "tokenize", "word"]

# A word, or one other non-space character. Linear: each inner group starts with a separator
# that \w cannot match. An abbreviation's full stop before a hyphen and a capital stays inside
# the word: "the U.S.-Chile Trade Council" (not "U.S.-based": a word of its own after it).
# An en dash between two letters joins names as a hyphen does ("the Ostria–Estara Friendship
# Group", "the Vell–Maro highway"); between digits it is a range ("6–8 July") and cuts.
_TOKEN = pattern(r"\w+(?:['’.\-]\w+|–(?<=[^\W\d_]–)(?=[^\W\d_])\w+|\.-[A-Z]\w*)*|\S")
_POSSESSIVES = ("'s", "’s")
GLUED_INITIALS = pattern(r"[A-Z](?:\.[A-Z]){1,3}")  # initials written together: "J.R" of "J.R. Smith"
_TRAILING = ".,;:"  # "said," and "process." are cut without a regex search
_WEEKDAYS = frozenset(WEEKDAYS)
_TEXT = attrgetter("text")
_LOW = attrgetter("low")

# The people stage's word classes (see ``briefcli.lang.en``).
_HONORIFIC_WORDS = frozenset(k for k in lex.HONORIFICS if " " not in k)  # "dr", "h.e"
_HONORIFIC_FIRST = frozenset(k.split()[0] for k in lex.HONORIFICS if " " in k)  # "his" excellency
# "prime", "minister"; not "harbour" ("the Harbour Board"), the first of an org-noun head
_HEAD_WORDS = frozenset(
    w for h in lex.TITLE_HEADS for w in (h.split()[1:] if h in lex.ORG_NOUN_FIRST_HEADS else h.split())
)
# Words a title's core can start with: "Deputy Prime Minister", "Finance Minister", "Head".
_CORE_START = (
    frozenset(h.split()[0] for h in lex.TITLE_HEADS)
    | lex.TITLE_MODIFIERS
    | lex.PORTFOLIO_WORDS
    | lex.OPENING_MODIFIERS
)
_LOWER_CORE_START = (
    lex.LOWERCASE_ROLE_HEADS
    | lex.PAST_MODIFIERS
    | lex.EPHEMERAL_MODIFIERS
    # "the Council's secretary-general": a hyphened head that opens with a role noun
    | frozenset(h for h in lex.TITLE_HEADS if "-" in h and h.split("-")[0] in lex.LOWERCASE_ROLE_HEADS)
)
# Words of titles, organizations, honorifics and the calendar: never a word of a person's name.
_NAME_BLOCK = (
    lex.NOT_NAME_WORDS
    | _HONORIFIC_WORDS
    | _HEAD_WORDS
    | lex.TITLE_MODIFIERS
    | lex.ORG_CUES
    | lex.POST_NOMINALS
    | frozenset(w for h in lex.PLURAL_HEADS for w in h.split())
    | _WEEKDAYS
    | frozenset(r.lower() for r in REGIONS if " " not in r)
)
# Words that are no place's name ("Ministry", "Forum", "May"); regions are checked as written.
_NOT_PLACE = (
    lex.NOT_NAME_WORDS
    | _HONORIFIC_WORDS
    | _HEAD_WORDS
    | lex.ORG_CUES
    | lex.THING_CUES
    | lex.PORTFOLIO_WORDS
    | frozenset(MONTHS)
    | _WEEKDAYS
)

_CUE_LEMMAS = cue_lemmas()
_CUE_FORMS = cue_forms()
_VOCABULARY: dict[str, Word] = {}  # every spelling seen, emptied when it grows large
_MAX_WORDS = 50_000


def _acronym(base: str) -> bool:
    """ "WCO", "FCS", "U.S", "MC12", "MSMEs": two or more capitals and no other letters (a
    plural s allowed)."""
    if not base.isupper() and not (len(base) > 2 and base[-1] == "s" and base[:-1].isupper()):
        return False
    return sum(c.isupper() for c in base) >= 2


def _new_word(text: str) -> Word:
    poss = text.endswith(_POSSESSIVES) and len(text) > 2
    base = text[:-2] if poss else text
    low = text.lower()
    cap = base[0].isupper()
    acro = cap and _acronym(base)
    alpha = base.isalpha() or any(map(str.isalpha, base))  # map: no Python frame per letter
    base_low = base.lower()
    punct = not (text[0].isalnum() or text[0] == "_")
    lower = text[0].islower()
    name_word = (cap and alpha and _name_shaped(base, base_low, acro)) or _elided_name(base)
    caps_name = acro and _caps_name_shaped(base, base_low)
    word = Word(
        text=text,
        low=low,
        base=base,
        poss=poss,
        cap=cap,
        lower=lower,
        punct=punct,
        acro=acro,
        alpha=alpha,
        digit=base[0].isdigit(),
        lemma=_CUE_LEMMAS.get(low),
        form=_CUE_FORMS.get(low),
        month=MONTHS.get(low),
        weekday=low in _WEEKDAYS,
        base_low=base_low,
        pronoun=None if poss else lex.PRONOUNS.get(base_low),
        honorific=base_low in _HONORIFIC_WORDS,
        honorific_start=cap and (base_low in _HONORIFIC_WORDS or base_low in _HONORIFIC_FIRST),
        title_word=base_low in _HEAD_WORDS,
        title_start=cap and (base_low in _CORE_START or "-" in base_low),
        role_start=base_low in _LOWER_CORE_START,
        name_word=name_word,
        caps_name=caps_name,
        org_word=acro or text == ")" or _org_word(base, base_low),
        org_cue=cap and _org_cue(base_low),
        place_word=cap and alpha and not (acro or poss) and _place_shaped(base, base_low),
        name_open=name_word
        or caps_name
        or (len(base) == 1 and not punct)
        or (acro and GLUED_INITIALS.fullmatch(base) is not None)
        or base_low in lex.NAME_ABBREVIATED_PARTICLES
        or (lower and base_low in lex.NAME_PARTICLES),
    )
    _VOCABULARY[text] = word
    return word


def _name_shaped(base: str, base_low: str, acro: bool) -> bool:
    """No digit and no word of a title, an organization or the calendar (nor a title's head joined
    to an acronym or a lowercase tail, "EU-Commissioner", "President-elect"); an acronym only of
    four letters or more without full stops ("KURAMOTO", not "WCO" or "U.S")."""
    if base_low in _NAME_BLOCK or any(map(str.isdigit, base)):
        return False
    if "-" in base and (
        (base_low.rsplit("-", 1)[1] in _HEAD_WORDS and base.split("-")[0].isupper())
        or (base_low.split("-")[0] in _HEAD_WORDS and base.split("-", 1)[1].islower())
    ):
        return False  # "EU-Commissioner", "Ambassador-at-large": a title's head and more
    return not acro or ("." not in base and sum(c.isalpha() for c in base) >= 4)


_GLUED_PARTICLES = (
    ("'", lex.ELIDED_NAME_PARTICLES),
    ("’", lex.ELIDED_NAME_PARTICLES),
    ("-", lex.HYPHENED_NAME_PARTICLES),
)


def _elided_name(base: str) -> bool:
    """A name part that opens with an elided particle and its apostrophe, "d'Almeida",
    "dell’Acqua", or with an Arabic article and a hyphen, "al-Masri", "el-Sayed" (see
    ``ELIDED_NAME_PARTICLES``, ``HYPHENED_NAME_PARTICLES``)."""
    for mark, heads in _GLUED_PARTICLES:
        head, _, rest = base.partition(mark)
        if rest:
            return head in heads and rest[0].isupper() and rest.replace("-", "").isalpha()
    return False


def _caps_name_shaped(base: str, base_low: str) -> bool:
    """An acronym of letters only (a hyphen inside allowed), no plural s and no word of a title,
    an organization or the calendar: "QU", "LIN", "AL-SAYED"; not "U.S", "MSMEs" or "CEO"."""
    return base.replace("-", "").isalpha() and base.isupper() and base_low not in _NAME_BLOCK


def _place_shaped(base: str, base_low: str) -> bool:
    """No word of a title, an organization, a thing or the calendar, and no region: "Lisbon",
    not "Ministry", "Forum", "May" or "Asia"."""
    return base_low not in _NOT_PLACE and base not in REGIONS


def _org_word(base: str, base_low: str) -> bool:
    """A word titles and organizations are made of: "Finance", "Service", "Deputy", "Asia",
    "Development" (a portfolio's suffix)."""
    return (
        base_low in lex.PORTFOLIO_WORDS
        or base_low in lex.ORG_CUES
        or base_low in lex.THING_CUES
        or base_low in _HEAD_WORDS
        or base_low in lex.TITLE_MODIFIERS
        or base in REGIONS
        or (len(base_low) > 5 and base_low.endswith(lex.PORTFOLIO_SUFFIXES))
    )


def _org_cue(base_low: str) -> bool:
    """ "Service", "Sub-Committee": an organization cue, or a hyphenated word ending with one."""
    return base_low in lex.ORG_CUES or ("-" in base_low and base_low.rsplit("-", 1)[1] in lex.ORG_CUES)


def word(text: str) -> Word:
    """The ``Word`` of one spelling (shared with every token that spells it)."""
    return _VOCABULARY.get(text) or _new_word(text)


def is_word(text: str) -> bool:
    """Whether ``text`` is one word token as the table cuts it: "Lopez", "O'Brien", "U.S"; not
    "Jr." (a word and a full stop), "Lopez Ruiz" or "("."""
    return _TOKEN.fullmatch(text) is not None and (text[0].isalnum() or text[0] == "_")


def _unglued(piece: str, at: int) -> tuple[list[str], list[int]]:
    """One word as the pattern cuts it, or an honorific glued to the name after it cut in three,
    as if a space stood after its full stop: "H.E.Tibor" -> "H.E", ".", "Tibor"; "Dr.Ana" ->
    "Dr", ".", "Ana" (the abbreviation as written, a capital and a small letter after it); a
    past mark glued by its hyphen to a capitalised title cut in two, as if a space stood there:
    "then-Minister" -> "then", "Minister" (a title the stages read as "then Minister")."""
    cut = piece.rfind(".")
    if (
        cut > 0
        and cut + 2 < len(piece)
        and piece[cut + 1].isupper()
        and piece[cut + 2].islower()
        and piece[:cut] in HONORIFIC_ABBREVIATIONS
    ):
        return [piece[:cut], ".", piece[cut + 1 :]], [at, at + cut, at + cut + 1]
    cut = piece.find("-")
    if 0 < cut < len(piece) - 1 and piece[cut + 1].isupper() and piece[:cut].lower() in lex.PAST_MODIFIERS:
        return [piece[:cut], piece[cut + 1 :]], [at, at + cut + 1]
    return [piece], [at]


def _split(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """The tokens of ``text[start:end]`` and their start offsets.

    A regex search costs far more per word than ``str.split``, so the span is split on spaces
    and only a piece that is not one word goes through ``_TOKEN``: "said," and "process." are
    cut by hand, "(UNCTAD)" or "Egypt's" are searched. A piece never holds more than its own
    words (a word has no space) and starts one (``_TOKEN`` matches any non-space). A span with
    other spacing than single spaces is searched whole."""
    piece = text[start:end]
    pieces = piece.split()
    if " ".join(pieces) != piece:
        words: list[str] = []
        starts: list[int] = []
        for m in _TOKEN.finditer(text, start, end):
            cut, cut_at = _unglued(m.group(), m.start())
            words += cut
            starts += cut_at
        return words, starts
    offsets = list(accumulate(map((1).__add__, map(len, pieces)), initial=start))
    odd = list(compress(range(len(pieces)), map(not_, map(str.isalnum, pieces))))
    if not odd:
        return pieces, offsets[:-1]
    words = []
    starts = []
    done = 0
    for i in odd:
        words += pieces[done:i]
        starts += offsets[done:i]
        piece_text, at = pieces[i], offsets[i]
        if len(piece_text) > 1 and piece_text[-1] in _TRAILING and piece_text[:-1].isalnum():
            words += (piece_text[:-1], piece_text[-1])
            starts += (at, at + len(piece_text) - 1)
        else:
            for m in _TOKEN.finditer(text, at, at + len(piece_text)):
                cut, cut_at = _unglued(m.group(), m.start())
                words += cut
                starts += cut_at
        done = i + 1
    words += pieces[done:]
    starts += offsets[done:-1]
    return words, starts


_MAX_SENTENCES_KEPT = 4096  # the sentences ``tokenize`` keeps the cut of, while it runs


def tokenize(text: str, sentences: tuple[Sentence, ...]) -> Tokens:
    """The token table of ``text``, cut sentence by sentence (in order, as the article gives
    them)."""
    if len(_VOCABULARY) > _MAX_WORDS:
        _VOCABULARY.clear()
    known = _VOCABULARY.get
    words: list[Word] = []
    # Offsets as machine integers (4 bytes each, not a 28-byte int object and a pointer): a
    # 10 MiB text has two million tokens. Input is capped far below 2**31 characters.
    starts = array("i")
    firsts: list[int] = []
    cut: dict[str, tuple[list[Word], list[int]]] = {}  # a sentence said again is cut once
    for sentence in sentences:
        firsts.append(len(words))
        said = text[sentence.start : sentence.end]
        done = cut.get(said)
        if done is None:
            pieces, offsets = _split(said, 0, len(said))
            # Each piece gives way to its word's own string at once: one string per spelling.
            done = ([known(t) or _new_word(t) for t in pieces], offsets)
            if len(cut) < _MAX_SENTENCES_KEPT:
                cut[said] = done
        words += done[0]
        starts.extend([sentence.start + at for at in done[1]] if sentence.start else done[1])
    firsts.append(len(words))
    texts = tuple(map(_TEXT, words))
    return Tokens(
        words=tuple(words),
        texts=texts,
        lows=tuple(map(_LOW, words)),
        starts=starts,
        ends=array("i", map(int.__add__, starts, map(len, texts))),
        sentence_first=tuple(firsts),
    )
