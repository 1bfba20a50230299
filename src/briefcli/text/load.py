"""Reading every kind of source into decoded text: a file, standard input, a URL, the bundled sample.

``read_source()`` returns a ``RawText``: the decoded text (for an HTML page, its main text, one
paragraph per line) with the page's title and date. ``load()`` hands that to ``layout`` to make
an ``Article``.

Every failure is an ``InputError`` (the bytes cannot be an article) or a ``NetworkError`` (the
URL could not be fetched) whose one-line message names the input and the fix.

urllib3 and trafilatura are imported inside the functions that need them: reading a text file
must not pay for them (``briefcli summary file.txt`` start-up time).
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
import sys
import typing
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

from briefcli.errors import BriefError, InputError, NetworkError
from briefcli.model import Article, Format, Source
from briefcli.regexes import pattern

if typing.TYPE_CHECKING:
    import urllib3

    from briefcli.text import net

log = logging.getLogger(__name__)

MAX_INPUT_BYTES: int = 10 * 1024 * 1024
"""Documented limit for files, standard input and URL bodies (after content decoding)."""

MAX_REDIRECTS = 5
SAMPLE_NAME = "sample: wco-2021-10-moscow-customs-forum"
# Read beside the code, as data/kinds.json and the language tables are: importlib.resources
# would cost ~3 ms of import (and zipfile's) for this one file, at every `briefcli summary`.
_SAMPLE = Path(__file__).parent.parent / "data" / "sample.txt"

_STDIN_NAME = "standard input"


class RawText(typing.NamedTuple):
    """A source read and decoded, before layout.

    ``text`` is plain text as decoded (layout normalises it), or for HTML the extractor's main
    text with one paragraph per line. ``title`` and ``published`` come from HTML metadata only.
    """

    source: Source
    text: str
    title: str | None
    published: dt.date | None


# --- Binary input ------------------------------------------------------------------------------

_SAVE_AS_TEXT = "save it as text or HTML first"

# Magic bytes of the files people pass by mistake: (prefix, what it is, the fix). One line each.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF file", _SAVE_AS_TEXT),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", _SAVE_AS_TEXT),
    (b"\xff\xd8\xff", "a JPEG image", _SAVE_AS_TEXT),
    (b"GIF87a", "a GIF image", _SAVE_AS_TEXT),
    (b"GIF89a", "a GIF image", _SAVE_AS_TEXT),
    (b"PK\x03\x04", "a ZIP archive", "unpack it and give the article file"),
    (b"PK\x05\x06", "a ZIP archive", "unpack it and give the article file"),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first"),
    (b"\xfd7zXZ\x00", "an xz-compressed file", "decompress it first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (.doc, .xls)", _SAVE_AS_TEXT),
    (b"{\\rtf", "an RTF document", _SAVE_AS_TEXT),
)

# Office documents are ZIP archives; their member names say which (the central directory at the
# end lists every member, so a search of the whole body finds them).
_ZIP_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"word/document.xml", "a Word document (.docx)"),
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"),
)


def _reject_binary(data: bytes, name: str) -> None:
    for magic, kind, fix in _SIGNATURES:
        if data.startswith(magic):
            if magic.startswith(b"PK"):
                for member, office_kind in _ZIP_KINDS:
                    if member in data:
                        kind, fix = office_kind, _SAVE_AS_TEXT
                        break
            raise InputError(f"{name} is {kind}, not an article; {fix}")


# --- Decoding ----------------------------------------------------------------------------------

# Checked longest first: the UTF-32 LE mark begins with the UTF-16 LE one. The codecs named
# here strip the mark.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

# Labels that mean windows-1252 to a browser (WHATWG Encoding Standard): pages labelled
# ascii or iso-8859-1 use its curly quotes and dashes at 0x80-0x9F.
_WINDOWS_1252_LABELS = frozenset({"ascii", "iso8859-1", "cp1252"})

# windows-1252 as browsers decode it: cp1252, with the five bytes cp1252 leaves undefined
# (0x81 0x8D 0x8F 0x90 0x9D) kept as the code points of the same number. A charmap table decodes
# in C: 9 MB in 0.02 s, where latin-1 then str.translate took 0.5 s.
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
_WINDOWS_1252_TABLE = "".join(
    chr(i) if i in _CP1252_UNDEFINED else bytes([i]).decode("cp1252") for i in range(256)
)

# Controls that are layout, not noise: tab, line feed, vertical tab, form feed, carriage return,
# NEL (U+0085, a line break in EBCDIC-derived text; layout reads it as one).
_CONTROLS = pattern(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Above this share of control characters, decoded bytes are not text. Measured: the 15 corpus
# articles have none; 100 kB of random bytes decoded by this rule (as windows-1252) have 12.6 %
# (22.5 % as latin-1, which is why "mostly" would be too lax a bar).
_MAX_CONTROL_SHARE = 0.05

_META_CHARSET = pattern(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _codec(label: str | None) -> str | None:
    """Python's name for a charset label, or None for a label Python does not know."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        log.debug("unknown charset label %r ignored", label)
        return None


def _utf16_order(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when BOM-less bytes look like UTF-16 text: mostly-Latin text
    puts a NUL in every other byte, always on the same side; binary data has NULs on both."""
    if len(data) < 4 or len(data) % 2:
        return None
    units = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    allowance = units // 100  # U+0100, U+2000, U+3000 ... have a NUL low byte
    if odd * 2 >= units and even <= allowance:
        return "utf-16-le"
    if even * 2 >= units and odd <= allowance:
        return "utf-16-be"
    return None


def _decode_windows_1252(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", _WINDOWS_1252_TABLE)[0]


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_marked(data: bytes, name: str) -> tuple[str, str] | None:
    """(text, encoding) of bytes that start with a byte-order mark; None without one."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _try(data, codec)
            if text is None:
                raise InputError(
                    f"{name} starts with a {label} byte-order mark but is not valid {label}; "
                    "re-save it as UTF-8"
                )
            return text, codec
    return None


# Mostly valid UTF-8: an invalid sequence is one U+FFFD in Python's "replace" decoding (one per
# maximal invalid subpart, as Unicode recommends). Bytes are read as UTF-8 with those replaced when
# there is at most one invalid sequence per 100 bytes (or one in all, in a short text) AND at least
# twice as many well-formed multi-byte characters as invalid sequences. Measured on legacy text
# read as UTF-8: Western and Central European code pages, Cyrillic and Greek give no well-formed
# sequence (KOI8-R one per 100 invalid); CJK encodings give at most 0.53 per invalid one (300
# random texts each of GBK, Big5, Shift_JIS, EUC-JP, EUC-KR) and their invalid sequences are over
# 10 % of the bytes. A UTF-8 article with one stray byte has dozens of curly quotes and dashes.
_MAX_INVALID_SHARE = 0.01
_MIN_VALID_PER_INVALID = 2
_ASCII = bytes(range(0x80))

# Where no charset is declared and the bytes are not UTF-8, charset_normalizer chooses among the
# legacy encodings a browser offers (the WHATWG Encoding Standard's, by Python's names; Shift_JIS
# and EUC-KR as the Windows supersets browsers use), less the two Mac OS code pages, which nothing
# has written pages in this century and which read cp1252's curly quotes as letters (a short
# cp1252 line with "€", "½" and curly quotes came out as mac_roman). Unrestricted, it also weighs
# DOS code pages: it read short Western text as cp775, mac_iceland or cp1125, and KOI8-R as
# shift_jis_2004.
_LEGACY_ENCODINGS = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8",
    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
    "koi8_r", "koi8_u", "cp866",
    "gbk", "gb18030", "big5hkscs", "cp932", "euc_jp", "iso2022_jp", "cp949",
)  # fmt: skip
# charset_normalizer's own tie (CharsetMatch.__lt__): chaos within 0.01, coherence within 0.02.
_CHAOS_TIE = 0.01
_COHERENCE_TIE = 0.02
# At most this share of the letters of the windows-1252 reading are non-ASCII in Western text
# (measured: 3-11 % in English, French, German, Spanish, Portuguese); Cyrillic, Greek and CJK bytes
# read as windows-1252 give 72-100 %.
_MAX_LATIN_ACCENTED = 0.5
# Detection reads the first 256 KiB (cut at a line end): charset_normalizer tries every candidate
# on all it is given, 0.2 s for 9 MB; the head of an article names its encoding as well.
_DETECT_SAMPLE = 256 * 1024
_NON_ASCII_LETTER = pattern(r"[^\W\d_a-zA-Z]")
_ASCII_LETTER = pattern(r"[a-zA-Z]")


def _mostly_utf8(data: bytes, name: str, error: UnicodeDecodeError) -> str | None:
    """The bytes as UTF-8 with invalid sequences replaced by U+FFFD, when they are mostly valid
    UTF-8 (see ``_MAX_INVALID_SHARE``); None otherwise. Says so in a warning."""
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    ascii_bytes = len(data) - len(data.translate(None, _ASCII))
    valid = len(text) - ascii_bytes - invalid  # multi-byte characters: ASCII bytes are one each
    if invalid > max(1, _MAX_INVALID_SHARE * len(data)) or valid < _MIN_VALID_PER_INVALID * invalid:
        return None
    sequences = "sequence" if invalid == 1 else "sequences"
    log.warning(
        "%s: %d invalid UTF-8 %s (the first at byte %d) replaced by U+FFFD; re-save the file as UTF-8",
        name,
        invalid,
        sequences,
        error.start,
    )
    return text


def _looks_latin(text: str) -> bool:
    """Whether text reads as a Latin-script language: few of its letters are non-ASCII."""
    accented = len(_NON_ASCII_LETTER.findall(text))
    return accented <= _MAX_LATIN_ACCENTED * (accented + len(_ASCII_LETTER.findall(text)))


def _detect(data: bytes) -> tuple[str, str]:
    """(text, encoding) of legacy bytes: the encoding ``_guess`` names from the first
    ``_DETECT_SAMPLE`` bytes, or from all of them when the rest does not decode with it."""
    head = data
    if len(data) > _DETECT_SAMPLE:
        head = data[: data.rfind(b"\n", 0, _DETECT_SAMPLE) + 1 or _DETECT_SAMPLE]
    encoding = _guess(head)
    if encoding != "windows-1252":
        text = _try(data, encoding)
        if text is None and head is not data:
            encoding = _guess(data)
            text = _try(data, encoding) if encoding != "windows-1252" else None
        if text is not None:
            return text, encoding
    return _decode_windows_1252(data), "windows-1252"


def _guess(data: bytes) -> str:
    """charset_normalizer's best guess among ``_LEGACY_ENCODINGS``, with its ties broken for
    windows-1252 (see ``decode_bytes``)."""
    import charset_normalizer  # lazily: only bytes that are not UTF-8 pay its import (~10 ms)

    matches = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS))
    best = matches.best()
    if best is None or "cp1252" in best.could_be_from_charset:
        return "windows-1252"
    # The guess reads every byte windows-1252 defines alike: only its five undefined bytes differ.
    defined = data.translate(None, _CP1252_UNDEFINED)
    if defined != data and _try(defined, best.encoding) == defined.decode("cp1252"):
        return "windows-1252"
    rival = next((m for m in matches if "cp1252" in m.could_be_from_charset), None)
    if (
        rival is not None
        and rival.chaos - best.chaos < _CHAOS_TIE
        and best.coherence - rival.coherence <= _COHERENCE_TIE
        and _looks_latin(_decode_windows_1252(data))
    ):
        return "windows-1252"
    return best.encoding


def _decode(data: bytes, name: str, declared: str | None) -> tuple[str, str]:
    """(text, the encoding used), by the rule in ``decode_bytes``."""
    marked = _decode_marked(data, name)
    if marked is not None:
        return marked

    declared_codec = _codec(declared)
    if declared_codec in _WINDOWS_1252_LABELS:
        declared_codec = "windows-1252"
    if declared_codec is not None and declared_codec.startswith(("utf-16", "utf-32")):
        text = _try(data, declared_codec)
        if text is not None:
            return text, declared_codec

    if b"\x00" in data:
        order = _utf16_order(data)
        text = _try(data, order) if order else None
        if text is None:
            raise InputError(
                f"{name} is binary data (it contains NUL bytes), not an article; {_SAVE_AS_TEXT}"
            )
        return text, typing.cast(str, order)

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        mostly = _mostly_utf8(data, name, error)
        if mostly is not None:
            return mostly, "utf-8"
    else:
        if declared_codec not in (None, "utf-8", "ascii"):
            log.info("%s: declared %s, but the bytes are UTF-8; read as UTF-8", name, declared)
        return text, "utf-8"

    if declared_codec == "windows-1252":
        return _decode_windows_1252(data), declared_codec
    if declared_codec is not None:
        text = _try(data, declared_codec)
        if text is not None:
            return text, declared_codec
        log.info("%s: not valid %s as declared; detecting the encoding", name, declared)
    return _detect(data)


def decode_bytes(data: bytes, *, name: str, declared: str | None = None) -> str:
    """Decode the bytes of an input. First rule that applies wins:

    1. Known binary formats (PDF, images, archives, Office files) by magic bytes: InputError.
    2. A byte-order mark: UTF-32, UTF-8 or UTF-16, as it says (the mark is dropped).
    3. A declared UTF-16/UTF-32 (HTTP Content-Type), if the bytes decode with it.
    4. NUL bytes: UTF-16 without a mark when they fall in every other byte on one side
       (see ``_utf16_order``); otherwise binary: InputError.
    5. Strict UTF-8, even against a declared charset: pages often keep an old label after
       being re-saved as UTF-8, while legacy text is practically never valid UTF-8 (measured:
       none of ten sentences in cp1252, latin-1, iso8859-15, cp1250, cp1251, Shift_JIS and GBK
       with non-ASCII letters is).
    6. Mostly valid UTF-8 (``_MAX_INVALID_SHARE``: at most one invalid sequence per 100
       bytes, or one in all, and at most half as many as well-formed multi-byte characters):
       UTF-8, each invalid sequence replaced by U+FFFD, with a warning. Read as windows-1252
       instead, one stray byte made every curly quote of the file mojibake ("weekâ€™s").
    7. The declared charset (HTTP Content-Type or an HTML ``<meta charset>`` in the first
       1024 bytes), when Python knows it and the bytes decode with it. ascii and iso-8859-1
       labels mean windows-1252, as in browsers.
    8. Detected (``_detect``): charset_normalizer's best guess among the browsers' legacy
       encodings, except that windows-1252 wins when the guess reads the bytes alike, or ties
       with windows-1252 by charset_normalizer's own measures (chaos, language coherence) and
       the windows-1252 reading is Latin script (``_looks_latin``). Unbroken, its ties went to
       cp1250 for French, Spanish and Portuguese sentences (wrong letters). Measured on the
       composed texts of tests/test_load.py (one to three sentences each: cp1252 English,
       French, German; latin-1 Spanish, Portuguese; cp1250 Polish, Czech; cp1251 and KOI8-R
       Russian; ISO-8859-7 Greek; Shift_JIS; GBK), 16 of 16 decode right, where windows-1252
       for every input that is not UTF-8 got 8. On lone short lines detection is weaker: 23
       of 28 right (a Hungarian line, short Czech, Polish, KOI8-R and Hebrew ones misread),
       against 15. iso8859-15 text reads as windows-1252: its € (0xA4) comes out as ¤.

    windows-1252 is read as browsers do: the five bytes cp1252 leaves undefined are kept as
    the C1 code points of the same number (layout drops them).

    Text that decodes but has more than 5 % control characters is undecodable: InputError.
    """
    _reject_binary(data, name)
    text, encoding = _decode(data, name, declared)
    if text and len(_CONTROLS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise InputError(
            f"{name} is not readable text in a known encoding (it is full of control characters); "
            "save it as UTF-8 text"
        )
    log.debug("%s: decoded %d bytes as %s", name, len(data), encoding)
    return text


def _meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> within its first 1024 bytes (the HTML
    standard's prescan window)."""
    m = _META_CHARSET.search(data[:1024])
    return m.group(1).decode("ascii") if m else None


# --- Format ------------------------------------------------------------------------------------

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Markdown may carry inline HTML tags, so a .md file is HTML only if it starts like a page.
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_HTML_START = pattern(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAG = pattern(r"<(?:body|article|p)[\s>]", re.I)
_SNIFF_CHARS = 4096


def detect_format(text: str, name: str) -> Format:
    """HTML by extension (.html, .htm, .xhtml) or by content: starting (after a BOM and
    whitespace) like a page, or with <body>, <article> or <p> tags early on. Else plain text,
    also for a .html file without a single tag."""
    if "<" not in text:
        return "text"
    suffix = Path(urllib.parse.urlsplit(name).path if "://" in name else name).suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "html"
    head = text[:_SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if _HTML_START.match(head):
        return "html"
    if suffix not in _MARKDOWN_SUFFIXES and _HTML_TAG.search(head):
        return "html"
    return "text"


# --- HTML --------------------------------------------------------------------------------------

# A line that reads like prose: five words or more, ending a sentence. Pages without an article
# make trafilatura's fallback return menu items ("Home", "News"), which have none.
_PROSE_LINE = pattern(r"^(?=(?:\S+[^\S\n]+){4}\S).*[.!?…][\"'”’)\]]*$", re.M)


def _parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        log.debug("page date %r is not a date; ignored", value)
        return None


# A numeric reference to a C0 control other than tab, line feed and carriage return ("&#27;",
# "&#x1b", "&#7;"): lxml puts the control in the tree, where XML allows none, and trafilatura then
# discards the whole document ("no article text"), while the same raw byte is dropped quietly. Such
# references go as the raw controls do: removed. (lxml maps the other references as browsers do:
# 128-159 to windows-1252's characters, 0 and surrogates to U+FFFD.)
_CONTROL_REF = pattern(r"&#(?:[xX]0*([0-9a-fA-F]{1,2})(?![0-9a-fA-F])|0*([0-9]{1,2})(?![0-9]));?")


def _control_ref(match: re.Match[str]) -> str:
    code = int(match[1], 16) if match[1] is not None else int(match[2])
    return match[0] if code >= 0x20 or code in (0x09, 0x0A, 0x0D) else ""


def _extract_html(html: str, name: str) -> tuple[str, str | None, dt.date | None]:
    """(main text with one paragraph per line, title, date) of an HTML page.

    Options measured on the reference article wrapped in a page (nav, aside, footer; also as
    div soup): the defaults keep every paragraph, unmerged, and drop the boilerplate;
    favor_recall/favor_precision change nothing there. include_tables=False is avoided: it made
    trafilatura fall back and merge a whole article into one line. Dates come from markup only
    (extensive_search=False): the text search read "© 2021" in a footer as 1 January 2021.
    """
    import trafilatura  # lazily: only HTML pays for it

    html = _CONTROL_REF.sub(_control_ref, html)
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # lxml and trafilatura raise many types on malformed pages
        log.debug("trafilatura failed on %s", name, exc_info=True)
        raise InputError(
            f"{name}: the HTML page could not be parsed ({type(exc).__name__}); save the article as text"
        ) from exc
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not _PROSE_LINE.search(text):
        raise InputError(
            f"{name}: no article text found in the HTML page; give the page of the article itself, "
            "or save its text to a .txt file"
        )
    title = getattr(doc, "title", None)
    title = title.strip() if isinstance(title, str) and title.strip() else None
    return text, title, _parse_date(getattr(doc, "date", None))


# --- Sources -----------------------------------------------------------------------------------

# Blank as layout sees it: spaces and its invisible characters (layout._INVISIBLE's printable ones).
_BLANK = pattern(r"[\s\ufeff\u200b-\u200d\u2060\u00ad\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*")


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):g} MiB"


def _too_large(name: str) -> InputError:
    return InputError(
        f"{name} is larger than the {_mib(MAX_INPUT_BYTES)} input limit; give the article alone"
    )


def _raw_text(
    data: bytes,
    source: Source,
    name: str,
    *,
    declared: str | None = None,
    fmt: Format | None = None,
) -> RawText:
    """Decode, check for emptiness, detect the format and extract HTML."""
    text = decode_bytes(data, name=name, declared=declared or _meta_charset(data))
    if _BLANK.fullmatch(text):
        raise InputError(f"{name} is empty; give an article with its text")
    # A server may call anything text/html; without a single tag it is text.
    if fmt is None or (fmt == "html" and "<" not in text):
        fmt = detect_format(text, source.name)
    source = Source(source.kind, source.name, fmt)
    if fmt == "text":
        return RawText(source, text, None, None)
    body, title, published = _extract_html(text, name)
    return RawText(source, body, title, published)


def _read_sample() -> RawText:
    data = _SAMPLE.read_bytes()
    return _raw_text(data, Source("sample", SAMPLE_NAME), SAMPLE_NAME, fmt="text")


def _read_stdin(stdin: typing.BinaryIO | None) -> RawText:
    try:
        if stdin is not None:
            data = stdin.read(MAX_INPUT_BYTES + 1)
        elif sys.stdin is None:
            raise InputError("there is no standard input to read; pipe an article in or give a path")
        elif hasattr(sys.stdin, "buffer"):
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:  # a text stream put in place of sys.stdin (tests, embedding)
            data = sys.stdin.read(MAX_INPUT_BYTES + 1).encode("utf-8")
    except (OSError, ValueError) as exc:  # ValueError: read from a closed stream
        raise InputError(f"cannot read {_STDIN_NAME} ({exc}); pipe an article in or give a path") from exc
    if len(data) > MAX_INPUT_BYTES:
        raise _too_large(_STDIN_NAME)
    return _raw_text(data, Source("stdin", "-"), _STDIN_NAME)


def _read_file(spec: str) -> RawText:
    if not spec.strip():
        raise InputError(
            "the source is an empty name; give a path, an http(s):// URL or - for standard input"
        )
    if "://" in spec:
        scheme = spec.split("://", 1)[0]
        raise InputError(
            f"{redact_url(spec)}: {scheme}:// addresses are not supported; give an http(s):// URL or a path"
        )
    path = Path(spec)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_INPUT_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError) as exc:
        hint = " (for a web page, start the address with https://)" if spec.startswith("www.") else ""
        raise InputError(f"file not found: {spec} — check the path{hint}") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{spec} is a directory, not a file; give the path of an article file") from exc
    except PermissionError as exc:
        raise InputError(f"cannot read {spec}: permission denied; check the file's permissions") from exc
    except OSError as exc:
        raise InputError(f"cannot read {spec}: {exc.strerror or exc}; check the path") from exc
    if len(data) > MAX_INPUT_BYTES:
        raise _too_large(spec)
    return _raw_text(data, Source("file", spec), spec)


# --- URLs --------------------------------------------------------------------------------------

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
# The userinfo of a URL (everything before the last @ of its authority).
_CREDENTIALS = pattern(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")


def redact_url(url: str) -> str:
    """The URL without its ``user:password@``: what the Source, messages and logs show."""
    return _CREDENTIALS.sub(r"\1", url, count=1)


def user_agent() -> str:
    import importlib.metadata  # only for URLs: it costs ~15 ms of every command's start

    try:
        version = importlib.metadata.version("briefcli")
    except importlib.metadata.PackageNotFoundError:
        version = "dev"
    return f"briefcli/{version} (+https://pypi.org/project/briefcli/)"


class _Fetched(typing.NamedTuple):
    body: bytes
    media_type: str | None
    charset: str | None


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    """('text/html', 'utf-8') from 'text/html; charset="utf-8"'."""
    if not value or not value.strip():
        return None, None
    media, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return media.strip().lower() or None, charset


def _read_body(response: urllib3.BaseHTTPResponse, name: str, guard: net.Guard) -> bytes:
    length = response.headers.get("Content-Length")
    if length is not None and length.strip().isdigit() and int(length) > MAX_INPUT_BYTES:
        raise NetworkError(
            f"{name}: the page is {int(length):,} bytes, over the {_mib(MAX_INPUT_BYTES)} input limit; "
            "give the address of the article alone"
        )
    chunks: list[bytes] = []
    size = 0
    # read1 (urllib3 >= 2.3) returns what one receive brings; stream() would wait for a whole
    # chunk or the end of the body.
    if hasattr(response, "read1"):
        pieces: Iterable[bytes] = iter(lambda: response.read1(_CHUNK, decode_content=True), b"")
    else:
        pieces = response.stream(_CHUNK, decode_content=True)
    for chunk in pieces:
        size += len(chunk)
        if size > MAX_INPUT_BYTES:
            raise NetworkError(
                f"{name}: the page is over the {_mib(MAX_INPUT_BYTES)} input limit; "
                "give the address of the article alone"
            )
        guard.remaining()
        chunks.append(chunk)
    # The watchdog's shutdown looks like the end of the body: a body cut short is no answer.
    guard.remaining()
    return b"".join(chunks)


def _timed_out(name: str, timeout: float) -> NetworkError:
    return NetworkError(
        f"{name}: timed out, no complete answer within {timeout:g} s; try again later, raise --timeout "
        "or check the address"
    )


def _origin(url: urllib3.util.Url) -> tuple[str | None, str | None, int | None]:
    port = url.port or {"http": 80, "https": 443}.get(url.scheme or "")
    return url.scheme, url.host, port


def _authorization(given: urllib3.util.Url, target: urllib3.util.Url) -> dict[str, str]:
    """Basic authentication from the ``user:password@`` of the URL given, for its own origin
    only: a redirect elsewhere does not get them (nor do a redirect's own credentials count)."""
    if not given.auth or _origin(given) != _origin(target):
        return {}
    import base64

    user, _, password = given.auth.partition(":")
    plain = f"{urllib.parse.unquote(user)}:{urllib.parse.unquote(password)}"
    return {"Authorization": "Basic " + base64.b64encode(plain.encode("utf-8")).decode("ascii")}


def _get(url: str, name: str, guard: net.Guard) -> _Fetched:
    """GET with at most MAX_REDIRECTS redirects, every hop under ``guard``: its one deadline and
    its address policy. ``name`` is the URL as shown (without credentials)."""
    import urllib3

    from briefcli.text import net

    given = urllib3.util.parse_url(url)
    current = url
    seen = {url}
    headers = {"User-Agent": user_agent(), "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate"}
    # Redirects are followed here, not by urllib3, so that every hop shares one deadline, goes
    # through the address policy, and a loop is reported as a loop.
    for _hop in range(MAX_REDIRECTS + 1):
        target = urllib3.util.parse_url(current)
        remaining = guard.remaining()
        scheme, host, port = _origin(target)
        # The port always given: without one, http.client reads an IPv6 host's last group as one.
        with net.pool(scheme or "http", host or "", port, guard) as pool:
            response = pool.urlopen(
                "GET",
                target.request_uri,
                headers=headers | _authorization(given, target),
                redirect=False,
                retries=False,
                preload_content=False,
                assert_same_host=False,
                timeout=urllib3.Timeout(connect=remaining, read=remaining),
            )
            try:
                if response.status in _REDIRECTS:
                    current = _redirect_target(name, current, response, seen)
                    seen.add(current)
                    continue
                media, charset = _checked_content(name, response)
                body = _read_body(response, name, guard)
                log.debug("%s: %d bytes of %s from %s", name, len(body), media, redact_url(current))
                return _Fetched(body, media, charset)
            finally:
                response.close()
                response.release_conn()
    raise NetworkError(f"{name}: more than {MAX_REDIRECTS} redirects; give the final address of the page")


def _redirect_target(name: str, current: str, response: urllib3.BaseHTTPResponse, seen: set[str]) -> str:
    """Where a redirect from ``current`` leads: an http(s) address not visited yet."""
    status = response.status
    location = response.headers.get("Location")
    if not location:
        raise NetworkError(f"{name}: HTTP {status} redirect without a Location; check the address")
    target = urllib.parse.urljoin(current, location)
    if urllib.parse.urlsplit(target).scheme.lower() not in ("http", "https"):
        raise NetworkError(
            f"{name}: redirected to {redact_url(target)}, which is not http(s); give another address"
        )
    if target in seen:
        raise NetworkError(f"{name}: the redirects go round in a loop; check the address in a browser")
    log.debug("%s: HTTP %d -> %s", redact_url(current), status, redact_url(target))
    return target


def _checked_content(name: str, response: urllib3.BaseHTTPResponse) -> tuple[str | None, str | None]:
    """The media type and charset of a final answer: an error status, or a type that is not an
    HTML or text page, is a NetworkError."""
    status = response.status
    if status >= 400:
        reason = f" {response.reason}" if response.reason else ""
        fix = "the site has a problem, try again later" if status >= 500 else "check the address"
        raise NetworkError(f"{name}: the server answered HTTP {status}{reason}; {fix}")
    media, charset = _content_type(response.headers.get("Content-Type"))
    if media is not None and media not in _HTML_TYPES | _TEXT_TYPES:
        raise NetworkError(
            f"{name}: the server sent {media}, not an HTML or text page; "
            "give the address of the article's web page"
        )
    return media, charset


def _blocked(name: str, url: str, exc: net.BlockedAddressError) -> NetworkError:
    """One line naming the host, the kind of address and the option that allows it."""
    address = "" if exc.address == exc.host else f" ({exc.address})"
    kind = f"{'an' if exc.kind[0] in 'aeiou' else 'a'} {exc.kind} address{address}"
    redirected = exc.host != urllib.parse.urlsplit(url).hostname
    what = f"redirected to {exc.host}, {kind}" if redirected else f"{exc.host} is {kind}"
    return NetworkError(
        f"{name}: {what}; briefcli fetches only public addresses unless given --allow-private-urls"
    )


def _fetch(url: str, timeout: float, allow_private: bool) -> _Fetched:
    """``_get`` under one guard, with every urllib3 and socket exception turned into a
    NetworkError or InputError."""
    from briefcli.text import net

    name = redact_url(url)
    with net.Guard(timeout, allow_private=allow_private) as guard:
        try:
            return _get(_checked_url(url, name), name, guard)
        except BriefError:
            raise
        except net.DeadlineError as exc:
            raise _timed_out(name, timeout) from exc
        except net.BlockedAddressError as exc:
            raise _blocked(name, url, exc) from exc
        except Exception as exc:
            if guard.expired:  # the watchdog cut a receive short, whatever urllib3 made of it
                raise _timed_out(name, timeout) from exc
            raise _network_error(name, url, timeout, exc) from exc


def _checked_url(url: str, name: str) -> str:
    """The URL with an ASCII host; InputError when it has none or is malformed."""
    import urllib3
    import urllib3.exceptions as ue

    try:
        ascii_url = _idna_url(url, name)
        if not urllib3.util.parse_url(ascii_url).host:
            raise InputError(f"{name} is not a valid URL (no host); check the address")
    except ue.LocationValueError as exc:
        raise InputError(f"{name} is not a valid URL ({exc}); check the address") from exc
    return ascii_url


def _network_error(name: str, url: str, timeout: float, exc: Exception) -> BriefError:
    """The BriefError for an exception of urllib3, http.client or the socket layer."""
    from http.client import HTTPException

    import urllib3.exceptions as ue

    if isinstance(exc, ue.LocationValueError):
        return InputError(f"{name} is not a valid URL ({exc}); check the address")
    if isinstance(exc, ue.NameResolutionError):
        host = urllib.parse.urlsplit(url).hostname
        return NetworkError(f"{name}: cannot resolve the host name {host}; check the address and the network")
    if isinstance(exc, ue.NewConnectionError):
        # A subclass of ConnectTimeoutError in urllib3 2, so it is tested before it.
        reason = "connection refused" if "refused" in str(exc).lower() else "cannot connect"
        return NetworkError(f"{name}: {reason}; check the address, or try again later")
    if isinstance(exc, ue.TimeoutError | TimeoutError):
        return _timed_out(name, timeout)
    if isinstance(exc, ue.SSLError):
        return NetworkError(
            f"{name}: TLS error ({_first_line(exc)}); check the address or the system certificates"
        )
    if isinstance(exc, ue.HTTPError | HTTPException | OSError | ValueError):
        return NetworkError(f"{name}: network error ({_first_line(exc)}); try again later")
    raise exc


def _idna_url(url: str, name: str) -> str:
    """The URL with a non-ASCII host name in its ASCII (punycode) form: urllib3 needs the
    third-party idna package for that, Python's own IDNA 2003 codec does it well enough."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname
    if not host or host.isascii():
        return url
    try:
        ascii_host = host.encode("idna").decode("ascii")
        port = parts.port
    except (UnicodeError, ValueError) as exc:
        raise InputError(f"{name} is not a valid URL (bad host name {host}); check the address") from exc
    userinfo, at, _ = parts.netloc.rpartition("@")
    netloc = f"{userinfo}{at}{ascii_host}" + (f":{port}" if port is not None else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _read_url(url: str, timeout: float, allow_private: bool) -> RawText:
    fetched = _fetch(url, timeout, allow_private)
    fmt: Format | None = "html" if fetched.media_type in _HTML_TYPES else None
    name = redact_url(url)
    return _raw_text(fetched.body, Source("url", name), name, declared=fetched.charset, fmt=fmt)


def _is_url(spec: str) -> bool:
    return spec[:8].lower().startswith(("http://", "https://"))


# --- Public ------------------------------------------------------------------------------------


def read_source(
    spec: str | None,
    *,
    stdin: typing.BinaryIO | None = None,
    timeout: float = 10.0,
    allow_private: bool = False,
) -> RawText:
    """Read and decode a source: None for the bundled sample, "-" for standard input (``stdin``
    or ``sys.stdin``), an http(s):// URL, else a path.

    A URL gets ``timeout`` seconds for the whole fetch (name lookup, connections, redirects,
    headers and body), and only public addresses unless ``allow_private``: a host or redirect
    that resolves to a loopback, private, link-local, cloud-metadata or other non-public
    address is refused (see ``briefcli.text.net``). Credentials in a URL are sent to its own
    origin only, and never shown: the Source's name is the URL without them.

    Raises InputError or NetworkError only.
    """
    if spec is None:
        return _read_sample()
    if spec == "-":
        return _read_stdin(stdin)
    if _is_url(spec):
        return _read_url(spec, timeout, allow_private)
    return _read_file(spec)


def load(
    spec: str | None = None,
    *,
    stdin: typing.BinaryIO | None = None,
    timeout: float = 10.0,
    allow_private: bool = False,
) -> Article:
    """Load a source as an Article: see ``read_source`` for the sources, ``layout`` for the layout."""
    raw = read_source(spec, stdin=stdin, timeout=timeout, allow_private=allow_private)
    from briefcli.text.layout import build_article

    return build_article(raw.source, raw.text, title=raw.title, published=raw.published)
