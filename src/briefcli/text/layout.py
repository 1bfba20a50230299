"""Plain-text layout: decoded text -> normalised body, title, date line, paragraphs, sentences.

The layout of a press release as text:

    Title line

    25 October 2021            <- optional date line, may carry a place

    First body paragraph ...

    Second body paragraph ...

Paragraphs are separated by blank lines; a file that uses single newlines between
paragraphs works too (see ``_block_paragraphs``). HTML pages arrive here as the extractor's
text, one paragraph per line, with the title and date from the page's metadata.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from briefcli.errors import InputError, LanguageError
from briefcli.lang.en import (
    BOILERPLATE_HEADINGS,
    END_MARKS,
    METADATA_FIELDS,
    ORG_CUES,
    PLACE_FIELDS,
    RELEASE_LABELS,
    SETTLEMENT_NOUNS,
)
from briefcli.model import Article, Paragraph, Sentence, Source
from briefcli.regexes import pattern
from briefcli.text.dateline import (
    Dateline,
    american_place,
    inline_dateline,
    is_byline,
    known_place,
    labelled_place,
    parse_dateline,
    place_line,
    publication_line,
)
from briefcli.text.furniture import without_furniture
from briefcli.text.language import NO_PROSE, foreign_language
from briefcli.text.sentences import split_sentences
from briefcli.text.tokens import tokenize

PARAGRAPH_SEPARATOR = "\n\n"

# Characters that are spaces to a reader: NBSP ("Dr.\u00a0Mikuriya"), the en/em/thin spaces,
# the narrow NBSP, the ideographic space, tabs.
_ODD_SPACES = pattern(r"[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Characters that are nothing to a reader: zero-width space/joiners, word joiner, BOM, soft hyphen;
# control characters, which a page may carry and which, printed to a terminal by the md or txt
# output, would drive it ("\x1b]0;title\x07" retitles the window, "\x1b[2J" clears it); and the
# bidirectional controls: embeddings and overrides (U+202A-U+202E) and isolates (U+2066-U+2069),
# which reorder what follows them in every output ("Trojan Source": a quote that reads otherwise
# than its bytes), and the marks (U+200E, U+200F, U+061C), zero-width too, which reorder the
# punctuation and digits beside them: in an English article they change no word, and left in they
# would split names and --speaker searches ("Mikuriya\u200e" is not "Mikuriya").
_INVISIBLE = pattern(
    r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SPACES = pattern(r" {2,}")
_BLANK_LINE = pattern(r"\n\s*\n")
# A line that ends a sentence: "... in Moscow, Russia." / '... he said."' / "... (WCO)."
_ENDS_SENTENCE = pattern(r"[.!?…][\"'”’)\]]*$")
# A markdown heading marker on the title line: "# WCO Secretary General ...".
_MD_HEADING = pattern(r"^#{1,6}\s+")


def normalise(text: str) -> str:
    """NFC, LF line ends, odd spaces to spaces, invisible characters (bidirectional controls
    too) removed, runs of spaces collapsed, lines stripped. Every source's text and title
    passes here. Curly quotes and dashes are kept: the briefing quotes
    the article exactly."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2029", "\n\n").replace("\u2028", "\n").replace("\x85", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _block_paragraphs(block: str) -> list[str]:
    """The paragraphs of one blank-line-separated block.

    A block with several lines is either hard-wrapped prose (most lines stop mid-sentence:
    join them) or paragraphs separated by single newlines (most lines end a sentence: one
    paragraph per line).
    """
    lines = [line for line in block.split("\n") if line]
    if len(lines) <= 1:
        return lines
    inner = lines[:-1]
    open_ended = sum(1 for line in inner if not _ENDS_SENTENCE.search(line))
    if open_ended * 2 > len(inner):
        return [" ".join(lines)]
    return lines


def _looks_like_title(line: str) -> bool:
    """A title is one line, not a paragraph: at most 30 words, and not a long sentence
    ending in a full stop."""
    words = len(line.split())
    return words <= 30 and not (words > 15 and line.endswith("."))


def _same_title(line: str, title: str) -> bool:
    # The page title often adds the site's name: "Minister visits port | Ministry of Transport".
    short, long = sorted((line.casefold(), title.casefold()), key=len)
    return short == long or (len(short) >= 10 and long.startswith(short))


def build_article(
    source: Source,
    text: str,
    *,
    title: str | None = None,
    published: dt.date | None = None,
) -> Article:
    """Lay out decoded text as an Article. ``title``/``published`` come from page metadata
    (HTML); a date line in the text wins over the metadata date."""
    # Title and date line are lines, not blocks: a file with single newlines between
    # paragraphs has them in its first block.
    blocks = [[line for line in block.split("\n") if line] for block in _BLANK_LINE.split(normalise(text))]
    title, head, rest = _title_and_head(without_furniture([block for block in blocks if block]), title)
    dateline, field_place = _head_dateline(head, rest)
    lines = [p for block in ([head] if head else []) + rest for p in _block_paragraphs("\n".join(block))]
    lines = _without_masthead(lines)
    if dateline is None and len(lines) > 2:
        # a standfirst sentence above the site's publication line: "The talks focused on trade."
        # then "Posted on 7 March 2026 by the Press Office"
        dateline = publication_line(lines[1])
        if dateline is not None:
            lines.pop(1)
    while len(lines) > 1 and lines[-1].strip(" .").casefold() in END_MARKS:
        lines.pop()  # "ENDS", "###": the release's end, the sign-off's date line above it
    closing = _closing_dateline(lines)
    if closing is not None:
        lines.pop()
    if not lines:
        raise InputError(
            f"{source.name}: no article text found (only a title or date line); "
            "give a file with body paragraphs"
        )
    # The first paragraph's own date line ("JAKARTA, 30 July 2020 – ...") gives the place a bare
    # date line above it leaves out, and the date when there is no such line.
    inline = inline_dateline(lines[0])
    if inline is not None and inline.date is None and _acronym(inline, lines):
        inline = None
    if inline is None and dateline is None:
        dateline = _inline_after_deck(lines)
    date, place = (dateline.date, dateline.place) if dateline is not None else (None, None)
    if inline is not None:
        date, place = date or inline.date, place or inline.place
    place = place or field_place
    dated_by = dateline if dateline is not None and dateline.date is not None else inline
    if date is not None and dated_by is not None and dated_by.swappable and american_place(place):
        date = date.replace(month=date.day, day=date.month)  # "03/07/2026" over "SPRINGFIELD, Ill. –"
    lead = inline.end if inline is not None else 0
    dated = dateline is not None and dateline.date is not None and dateline.place is not None
    # a known place, or one the text names too ("MARAVAL, Tesmar – ..." over "Maraval, 14 August
    # 2026"): a sign-off's other words may stand there ("ENDS 3 March 2026")
    issued_at = closing.place if closing is not None and _signed_off_at(closing.place, lines) else None
    if closing is not None:
        date = date or closing.date
    return _assemble(source, lines, title, date or published, place, lead, dated=dated, issued_at=issued_at)


# What a sign-off line may carry before its date: the office that issued the release ("Issued by
# the Press Office, Tolvara, 15 July 2024."), a wire desk's initials ("KNA/ 7 February 2025").
_SIGN_OFF_ISSUER = pattern(r"^(?:issued|released|published|posted)\s+by:?\s+[^,\d]{2,60},\s*", re.IGNORECASE)
_SIGN_OFF_DESK = pattern(r"^[A-Z]{2,6}\s*/\s*(?=\d)")
_DIGIT = pattern(r"\d")
# An issuer with no comma before the date, its lines joined: "Issued by: Press Office Ministry of
# Fisheries 23 April 2026": the date ends the line, the words before it are the office's.
_SIGN_OFF_BY = pattern(
    r"^(?:(?:issued|released|published|posted)\s+by\b"
    # or a closing label: "Media contact: Press Office, Karvo. 14 December 2026"
    + "|(?:"
    + "|".join(re.escape(h) for h in sorted(BOILERPLATE_HEADINGS, key=len, reverse=True))
    + r")\s*:)",
    re.IGNORECASE,
)
# Where and when, in words: "Issued in Accra on 14 June 2026", "Done at Apia, on 3 May 2026".
_SIGN_OFF_IN = pattern(
    r"^(?:issued|released|published|done|dated)\s+(?:in|at)\s+(?P<place>[A-Z][^,\d]{1,40}?),?\s+on\s+",
    re.IGNORECASE,
)
_TRAILING_DATE = pattern(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d\.?$"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\.?$"
)


def _signed_off_at(place: str | None, lines: list[str]) -> bool:
    """Whether a sign-off's place is a place: one a table knows, or a town the text names in
    its first paragraph in any case, its date line's ("MARAVAL, Tesmar – Ministers met here
    ..." over "Maraval, 14 August 2026"); not a word of the sign-off ("ENDS")."""
    if not place:
        return False
    if known_place(place):
        return True
    town = place.split(",")[0].strip()
    return (
        len(town) >= _MIN_TOWN
        and town[0].isupper()
        and not town.isupper()
        and town.casefold() in lines[0][:_HEAD_REACH].casefold()
    )


_MIN_TOWN = 3
_HEAD_REACH = 200  # characters of the first paragraph searched for the town


_FIELD_CHARS = 40  # characters: a field's value is short ("Category: News")


def _head_dateline(head: list[str], rest: list[list[str]]) -> tuple[Dateline | None, str | None]:
    """The date line of the lines under the title, taken out of ``head`` with the site's fields
    beside it, and the place a field gives ("Location: Nadi, Fiji"), if any."""
    dateline = _dateline_line(head)
    if dateline is None:
        dateline = _dateline_after_label(head, rest) or _dateline_after_masthead(head)
        return dateline or _dateline_after_deck(head, rest), None
    head.pop(0)
    field_place = next((p for p in map(_place_field, head) if p), None)
    # "Author: Press Office", "Location: Nadi, Fiji": fields, no paragraphs
    head[:] = [line for line in head if not _metadata_field(line) and _place_field(line) is None]
    return dateline, field_place


def _place_field(line: str) -> str | None:
    """The place a site's field beside its date line gives ("Location: Nadi, Fiji", "Venue:
    Apia"), or None."""
    name, colon, value = line.partition(":")
    if not colon or name.strip().casefold() not in PLACE_FIELDS:
        return None
    return labelled_place(value)


def _metadata_field(line: str) -> bool:
    """A site's field beside its date line: "Author: Press Office", "Category: News"."""
    name, colon, value = line.partition(":")
    return (
        bool(colon) and name.strip().casefold() in METADATA_FIELDS and 0 < len(value.strip()) <= _FIELD_CHARS
    )


def _closing_dateline(lines: list[str]) -> Dateline | None:
    """The sign-off line under the last paragraph that says when the release was issued ("Last
    updated: 3 March 2025", "Published: 20/08/2024", "25.01.2025", "Issued by the Press Office,
    Tolvara, 15 July 2024."): page furniture, as a date line under the title is, and the
    publication date when none stands above. Its place is the issuing office's, not the event's."""
    if len(lines) < 2 or _DIGIT.search(lines[-1]) is None:
        return None  # every date line's date has a year in digits
    line = _SIGN_OFF_DESK.sub("", _SIGN_OFF_ISSUER.sub("", lines[-1], count=1), count=1)
    line = _SIGN_OFF_IN.sub(r"\g<place>, ", line, count=1)
    if line == lines[-1] and _SIGN_OFF_BY.match(line):
        m = _TRAILING_DATE.search(line)
        line = m.group() if m is not None else line
    dateline = parse_dateline(line)
    return dateline if dateline is not None and dateline.date is not None else None


def _acronym(dateline: Dateline, lines: list[str]) -> bool:
    """Whether the capitals opening the text ("WCO – The Secretary General ...") are an acronym
    rather than a place: the text writes them in capitals again. A wire date line's city is in
    capitals only there ("KARACHI: ... held here"), and a known place is a place."""
    place = dateline.place or ""
    if known_place(place):
        return False
    written = pattern(rf"(?<![\w-]){re.escape(place)}(?![\w-])", keep=False)
    return written.search(lines[0], dateline.end) is not None or any(
        written.search(line) for line in lines[1:]
    )


def _dateline_line(head: list[str]) -> Dateline | None:
    """The date line under the title, if the first line there is one. A date followed by a place
    ("21 December 2021, Bangkok Thailand") heads the event, as the line of a programme does: it
    is the body's first paragraph, not the publication date (GUIDE.md: the publication line is
    the date the source shows; a place before the date is a date line: "Geneva, January 24")."""
    dateline = parse_dateline(head[0]) if head else None
    if dateline is None or (dateline.date_first and dateline.place):
        return None
    return dateline


# A release's number after its label: "Press Release No. 45/2024", "PR #12", "News Release 2024-07"
_RELEASE_NUMBER = pattern(r"\s+(?:(?:no|nr|number)\.?\s*|#\s*)?[A-Z]{0,3}[-\s]?\d[\d/.-]*$", re.IGNORECASE)


def _release_label(line: str) -> str:
    """A line's words as a release label, its number aside: "Press Release No. 45/2024" ->
    "press release"."""
    return _RELEASE_NUMBER.sub("", line.strip(" .:–—-")).strip(" .:–—-").casefold()


def _dateline_after_label(head: list[str], rest: list[list[str]]) -> Dateline | None:
    """The date line on the line after a label of its own ("PRESS RELEASE" / "17 July 2019"),
    taken out of the text with the label, as a date line under the title is: page furniture,
    not the article's words."""
    if not head or not _label_line(head[0]):  # "News Release – City of Harlow Bay"
        return None
    lines = head[1:] if len(head) > 1 else (rest[0] if rest else [])
    dateline = _dateline_line(lines)
    if dateline is None:
        return None
    if len(head) > 1:
        del head[:2]
    else:
        head.pop(0)
        rest[0].pop(0)
        if not rest[0]:
            rest.pop(0)
    return dateline


# At most this many lines naming the issuer stand above a date line.
_MAX_MASTHEAD = 3
# A small word inside a name: "Office of the Spokesperson", "Ministry of Trade and Industry".
_NAME_JOINERS = frozenset(("of", "the", "and", "for", "&", "on", "in"))


def _masthead_line(line: str) -> bool:
    """A line that names a body or an office, as a release's masthead does ("Office of the
    Spokesperson", "Ministry of Fisheries and Ocean Affairs"): a few capitalised words, no
    sentence, no date; a bar may part the body from its office ("MINISTRY OF PORTS | PRESS
    SERVICE")."""
    words = [w for w in line.split() if w != "|"]
    return (
        0 < len(words) <= 8
        and not _ENDS_SENTENCE.search(line)
        and not any(ch.isdigit() for ch in line)
        and all(w[:1].isupper() or w in _NAME_JOINERS for w in words)
    )


def _dateline_after_masthead(head: list[str]) -> Dateline | None:
    """The date line under the lines naming the release's issuer ("Office of the Spokesperson" /
    "4 March 2026"; "Bureau of Information" / "Ministry of Fisheries" / "Tolvan, 2 May 2026"),
    taken out of the text with them: page furniture, not the article's words."""
    masthead = head[:1]
    for k in range(1, min(len(head), _MAX_MASTHEAD + 1)):
        if not _masthead_line(head[k - 1]):
            return None
        dateline = _dateline_line(head[k:])
        if dateline is not None:
            del head[: k + 1]
            if k == 1 and dateline.place is None and dateline.date is not None:
                # a place on its own line above the date ("Kisumu" / "12 March 2026"): the
                # date line's place, not an issuer's name
                return dateline._replace(place=place_line(masthead[0]))
            return dateline
    return None


# At most this many words in a standfirst under the headline, above the date line.
_MAX_DECK_WORDS = 25


def _deck_line(line: str) -> bool:
    """A line under the headline that is a heading, not a paragraph: a masthead or a section's
    name ("University News"), or a standfirst ("Island exporters explore markets in Tolvara"):
    a few words, not a sentence, no date (figures may be a standfirst's: "Mission signs 14
    agreements worth USD 320 million")."""
    return (
        0 < len(line.split()) <= _MAX_DECK_WORDS
        and not _ENDS_SENTENCE.search(line)
        and (not any(ch.isdigit() for ch in line) or not _dated(line))
    )


def _dated(line: str) -> bool:
    return parse_dateline(line) is not None or inline_dateline(line) is not None


def _dateline_after_deck(head: list[str], rest: list[list[str]]) -> Dateline | None:
    """The date line that opens the block after a block of heading lines (a section's name
    "University News", or a standfirst under the headline), set apart by blank lines: taken out of
    the text with the lines above it, which are no paragraphs of the body."""
    if not head or len(head) > _MAX_MASTHEAD or not rest or not all(_deck_line(line) for line in head):
        return None
    dateline = _dateline_line(rest[0])
    if dateline is None:
        return None
    rest[0].pop(0)
    if not rest[0]:
        rest.pop(0)
    # above the date line, a standfirst is no paragraph of the body (GUIDE.md: the body opens
    # after the title and date lines), as a masthead's lines are not
    head.clear()
    return dateline


def _inline_after_deck(lines: list[str]) -> Dateline | None:
    """The date line opening the paragraph after a standfirst ("Mission signs 14 agreements" /
    "MANILA, 5 June 2026 — The Secretary led ..."), taken out of that paragraph as a date line of
    its own line is, with the standfirst above it: the body opens after the date line."""
    if len(lines) < 2 or not _deck_line(lines[0]):
        return None
    found = inline_dateline(lines[1])
    if found is None or found.place is None:
        return None
    if found.date is None and not is_byline(lines[0]):
        return None  # a place alone opens the body only under a byline: "By A. Yusuf" / "KANO —"
    lines[1] = lines[1][found.end :].lstrip()
    del lines[0]
    return found


def _without_masthead(lines: list[str]) -> list[str]:
    """The paragraphs without the lines naming the issuer above a first paragraph that opens with
    its date line ("Secretariat of the Reef Partnership" / "6 November 2026, Karvo - The
    Committee met ..."): page furniture, as above a date line of its own."""
    for k in range(1, min(len(lines) - 1, _MAX_MASTHEAD) + 1):
        if not _masthead_line(lines[k - 1]):
            break
        found = inline_dateline(lines[k])
        if found is not None and (found.date is not None or found.month_day is not None):
            return lines[k:]  # (a wire's date without a year too: "LORVIK, 12 February (NP) –")
    return lines


def _title_and_head(
    blocks: list[list[str]], title: str | None
) -> tuple[str | None, list[str], list[list[str]]]:
    """The title, the lines at the top where a date line may stand, and the blocks after them.
    The title is the page's own (dropping its copy at the top of the text), else the first
    line when it looks like one and text follows it."""
    head = list(blocks[0]) if blocks else []
    rest = blocks[1:]
    if head:
        head[0] = _MD_HEADING.sub("", head[0])
    if _drop_label_line(head, rest) and not head and rest:
        head = rest.pop(0)  # "PRESS RELEASE" above the headline
    if title is not None:
        title = normalise(title) or None
    if title is not None:
        if head and _same_title(head[0], title):
            head.pop(0)
    elif head and _looks_like_title(head[0]) and (len(head) > 1 or rest):
        title = head.pop(0)
    if not head and rest:
        head = rest.pop(0)
    _drop_label_line(head, rest)
    if not head and rest:
        head = rest.pop(0)
    return title, head, rest


_FIRST_WORD = pattern(r"[^\W\d_]+")
_LABEL_FIRST = frozenset(label.split()[0] for label in RELEASE_LABELS)  # "press" of "press release"
# The issuer after a release's label: "Press release – Ministry of Health", "NEWS | Office of the Mayor"
_LABEL_ISSUER = pattern(r"^(?P<label>[^–—|:]+?)\s*(?:[–—|:]|\s-)\s*(?P<issuer>.+)$")


def _label_line(line: str) -> bool:
    """A line that only says what kind of text this is, and maybe who issued it ("PRESS
    RELEASE", "Press release – Ministry of Health of Norland"): page furniture, neither the
    headline nor a paragraph."""
    first = _FIRST_WORD.search(line)
    if first is None:
        return False
    if first.group().casefold() not in _LABEL_FIRST:
        return _issuer_first(line)  # most lines: neither a label's first word nor an issuer's
    if _release_label(line) in RELEASE_LABELS:
        return True
    found = _LABEL_ISSUER.match(line.strip())
    if found is None or _release_label(found["label"]) not in RELEASE_LABELS:
        return False
    issuer = found["issuer"]
    words = issuer.split()
    # an office, or a town's government: "City of Harlow Bay", "County of Lorne"
    municipal = len(words) > 2 and words[0].casefold() in SETTLEMENT_NOUNS and words[1] == "of"
    return _masthead_line(issuer) and (municipal or any(word.casefold() in ORG_CUES for word in words))


# The label after the release's issuer: "MINISTRY OF PORTS – PRESS RELEASE No. 45/2024"
_ISSUER_LABEL = pattern(r"^(?P<issuer>[^–—|:]+?)\s*(?:[–—|:]|\s-)\s*(?P<label>[^–—|:]+)$")


def _issuer_first(line: str) -> bool:
    """A label line that names its issuer first, an office ("Ministry of Ports – Press release
    No. 45"): the issuer's words a masthead's, the label's a release label."""
    if len(line) > _MAX_LABEL_LINE or line[:1].islower():
        return False
    found = _ISSUER_LABEL.match(line.strip())
    if found is None or _release_label(found["label"]) not in RELEASE_LABELS:
        return False
    words = found["issuer"].split()
    return _masthead_line(found["issuer"]) and any(word.casefold() in ORG_CUES for word in words)


_MAX_LABEL_LINE = 120  # characters: an office's name and a label, no paragraph


def _drop_label_line(head: list[str], rest: list[list[str]]) -> bool:
    """Takes out a label line at the top of ``head`` when no date line follows it (a date line
    after a label is taken with it later, as the publication line)."""
    if not head or not _label_line(head[0]):
        return False
    after = head[1:] if len(head) > 1 else (rest[0] if rest else [])
    if not after or _dateline_line(after) is not None:
        return False
    head.pop(0)
    return True


def _assemble(
    source: Source,
    texts: list[str],
    title: str | None,
    published: dt.date | None,
    place: str | None,
    lead: int = 0,
    *,
    dated: bool = False,
    issued_at: str | None = None,
) -> Article:
    body = PARAGRAPH_SEPARATOR.join(texts)
    # Before any work on it: a text that is not English is refused, not briefed as junk.
    language = foreign_language(body)
    if language == NO_PROSE:
        raise LanguageError(
            f"{source.name}: no English prose found (hardly any English words, and no language "
            "recognised); briefcli reads English articles only: give it an English article"
        )
    if language is not None:
        raise LanguageError(
            f"{source.name}: the article is {language}, not English; briefcli reads English "
            "articles only: give it the English version"
        )
    paragraphs: list[Paragraph] = []
    offset = 0
    sentence_index = 0
    for p_index, p_text in enumerate(texts):
        sentences = []
        for start, end in split_sentences(p_text):
            sentences.append(Sentence(sentence_index, p_index, offset + start, offset + end))
            sentence_index += 1
        paragraphs.append(Paragraph(p_index, offset, offset + len(p_text), tuple(sentences)))
        offset += len(p_text) + len(PARAGRAPH_SEPARATOR)
    tokens = tokenize(body, tuple(s for p in paragraphs for s in p.sentences))
    return Article(
        source,
        body,
        title,
        published,
        place,
        tuple(paragraphs),
        tokens,
        dateline_end=lead,
        dateline_dated=dated,
        issued_at=issued_at,
    )
