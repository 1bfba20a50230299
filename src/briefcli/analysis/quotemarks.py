"""Quotation marks, paired on paragraph text with offsets: which spans of an article are
someone's words. The quotes stage reads them for its statements, the people stage so that a
person named inside a quotation is not the antecedent of a pronoun outside it.

Curly “...” and guillemets «...» pair as they open and close; straight "..." alternate, an
opening one never right after a letter or digit ("a 40" container"). Single quotes count only
as curly ‘...’: the opening ‘ must follow a space or an opening bracket, and the closing ’
must not stand before a letter (so "Egypt’s" and "don’t" never close one); straight ' is never
a quotation mark (too often an apostrophe). A double quotation mark left open at the end of a
paragraph runs to that end: the press convention for a quotation that goes on in the next
paragraph, which then opens with a new mark. The content is the words inside the marks,
without the spaces and the closing comma, full stop, colon or semicolon of the quoted sentence.

A double quotation never closed (left open at its paragraph's end, or dropped by a new opening
mark) that holds the narrator's reporting clause between commas closes before it: the writer
forgot the closing mark ('“Trade rose by half, the Minister stated, noting that ...' quotes
"Trade rose by half"; what follows the clause is the narrator's again). The clause is a
third-person subject (a pronoun, or capitalised words or a title after "the") and a finite
speech cue, or the cue before such a subject ("said the Minister"), followed by a comma or a
sentence's end. A first-person one ("as we said,") is the speaker's own.
"""

from __future__ import annotations

from typing import NamedTuple

from briefcli.lang import en as lex
from briefcli.model import Article
from briefcli.regexes import pattern

__all__ = ["Quote", "paragraph_quotes", "quotation_spans", "quotations", "quoted_spans", "quotes_in"]

_MARKS = pattern('[“”"«»‘’]')
_CLOSING_PUNCT = ",.;:"
_OPENING_CONTEXT = "([{—–-/"
# A reporting clause after a comma inside a quotation never closed: "..., the CS stated, ..."
# (up to the next comma or semicolon; a full stop inside may end it: "..., Dr. Rola said. We")
_CLAUSE_STOPS = ',;:!?“”"'
_REPORTING = pattern(r",\s+([^,;:!?“”\"]{1,80})")
_CLAUSE_WORD = pattern(r"[^\s]+")
_MAX_SUBJECT_WORDS = 6
_SUBJECT_LINKS = frozenset({"the", "of", "and"})
_THIRD_PERSON = frozenset({"he", "she", "they"})


class Quote(NamedTuple):
    para: int
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or the paragraph's end when left open
    start: int  # the content, trimmed
    end: int
    closed: bool


def _content(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The quoted words between ``a`` and ``b``: spaces and a closing , . ; : trimmed."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in _CLOSING_PUNCT):
        b -= 1
    if b <= a or not any(ch.isalnum() for ch in text[a:b]):
        return None
    return a, b


def _make(text: str, para: int, open_at: int, close_at: int, closed: bool) -> Quote | None:
    span = _content(text, open_at + 1, close_at)
    return Quote(para, open_at, close_at, span[0], span[1], closed) if span else None


def _mark_role(text: str, lo: int, hi: int, i: int, single: bool | None) -> str:
    """What the quotation mark at ``i`` does: "open" (a double quotation), "open single",
    "close" or "" (nothing: an apostrophe, an inch mark); ``single``: whether the quotation
    open is a single-quoted one (None when none is open)."""
    ch = text[i]
    if ch == '"' and single is not False and i > lo and text[i - 1].isalnum():
        return ""  # an inch mark or a stray one: "a 40" container"
    if ch in "“«" or (ch == '"' and single is not False):
        return "open"  # an earlier mark left open is a typo: drop it
    if ch in '”»"':
        return "close" if single is False else ""
    if ch == "‘":
        before = text[i - 1] if i > lo else " "
        return "open single" if single is None and (before.isspace() or before in _OPENING_CONTEXT) else ""
    if ch == "’" and single:
        after = text[i + 1] if i + 1 < hi else " "
        return "" if after.isalnum() else "close"  # not "Egypt’s", "don’t"
    return ""


def _finite_cue(word: str) -> bool:
    """A speech cue in its past or -s form that is no activity verb: "stated", "says"."""
    return word.islower() and lex.cue_form(word) in ("past", "s") and word not in lex.ACTIVITY_VERBS


def _subject(words: list[str]) -> bool:
    """A third-person subject of a reporting clause: "he", "the CS", "Dr. Ana Rola", "the
    minister" (a title word after "the"); never "we" or "I" (the speaker's own words)."""
    if not 0 < len(words) <= _MAX_SUBJECT_WORDS:
        return False
    if len(words) == 1 and words[0].lower() in _THIRD_PERSON:
        return True
    titled = words[0].lower() == "the" and len(words) > 1 and words[-1].lower() in lex.TITLE_HEADS
    capitalised = all(w[0].isupper() or w in _SUBJECT_LINKS for w in words) and words[-1][0].isupper()
    return titled or capitalised


def _reporting_clause(clause: str, whole: bool) -> bool:
    """ "the CS stated", "he said", "said the Minister": a subject and a finite speech cue,
    the whole ``clause`` (when ``whole``: up to a comma) or up to a full stop in it."""
    words = _CLAUSE_WORD.findall(clause)
    for n in range(2, min(len(words), _MAX_SUBJECT_WORDS + 1) + 1):
        if (n < len(words) or not whole) and not words[n - 1].endswith("."):
            continue  # the clause runs to the comma, or to a full stop that ends a sentence
        head = [w.rstrip(".") if k == n - 1 else w for k, w in enumerate(words[:n])]
        if _finite_cue(head[-1]) and _subject(head[:-1]):
            return True
        if _finite_cue(head[0]) and _subject(head[1:]):
            return True
    return False


def _unclosed(text: str, para: int, open_at: int, end: int) -> Quote | None:
    """A double quotation opened at ``open_at`` and never closed before ``end``: closed before
    the narrator's reporting clause it holds, if any (see the module doc)."""
    for m in _REPORTING.finditer(text, open_at + 1, end):
        whole = m.end() == end or text[m.end()] in _CLAUSE_STOPS
        if _reporting_clause(m.group(1), whole):
            return _make(text, para, open_at, m.start(), True)
    return None


def quotes_in(text: str, para: int, lo: int, hi: int) -> list[Quote]:
    """Every top-level quotation in the paragraph ``[lo, hi)``, in order (see the module doc)."""
    quotes: list[Quote] = []
    open_at: int | None = None
    single = False  # the open quotation is a single-quoted one
    for m in _MARKS.finditer(text, lo, hi):
        i = m.start()
        role = _mark_role(text, lo, hi, i, None if open_at is None else single)
        if role.startswith("open"):
            cut = _unclosed(text, para, open_at, i) if open_at is not None and not single else None
            if cut:
                quotes.append(cut)
            open_at, single = i, role == "open single"
        elif role == "close" and open_at is not None:
            q = _make(text, para, open_at, i, True)
            if q:
                quotes.append(q)
            open_at = None
    if open_at is not None and not single:
        q = _unclosed(text, para, open_at, hi) or _make(text, para, open_at, hi, False)
        if q:
            quotes.append(q)
    return quotes


# The last article's quotations: the people, quotes, statements and presence stages and the
# summary all read them, and on a text of quotation marks pairing them is most of the work.
# Articles are immutable; one entry, looked up by identity, keeps only the article in hand.
_LAST: tuple[Article, tuple[tuple[Quote, ...], ...]] | None = None


def paragraph_quotes(article: Article) -> tuple[tuple[Quote, ...], ...]:
    """Each paragraph's quotations (``quotes_in``), in paragraph order; paired once per article."""
    global _LAST
    last = _LAST  # read once: another thread (a Dask worker's) may replace it meanwhile
    if last is not None and last[0] is article:
        return last[1]
    text = article.text
    found = tuple(tuple(quotes_in(text, p.index, p.start, p.end)) for p in article.paragraphs)
    _LAST = (article, found)
    return found


def quotation_spans(article: Article) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The closed quotations (``quotations``) and all of them (``quoted_spans``), in one pass."""
    found = [q for quotes in paragraph_quotes(article) for q in quotes]
    return [(q.open, q.close + 1) for q in found if q.closed], [(q.open, q.close + 1) for q in found]


def quoted_spans(article: Article) -> list[tuple[int, int]]:
    """Every quotation of ``article``, closed or left open to its paragraph's end (the press
    convention for a quotation that goes on in the next paragraph), marks included."""
    return quotation_spans(article)[1]


def quotations(article: Article) -> list[tuple[int, int]]:
    """Every closed quotation of ``article`` (its marks included), attributed or not, in text
    order: what stands inside one is someone's words, never a reported statement of its own."""
    return quotation_spans(article)[0]
