"""load.py: every source kind, every encoding rule, every error, and nothing but BriefErrors."""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import os
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.errors import BriefError, ExitCode, InputError, NetworkError
from briefcli.model import Source
from briefcli.text.layout import build_article, normalise
from briefcli.text.load import (
    MAX_INPUT_BYTES,
    SAMPLE_NAME,
    RawText,
    decode_bytes,
    detect_format,
    load,
    read_source,
    user_agent,
)
from conftest import LocalHTTPServer, ReferenceArticle, Reply, build_html_page

# An article of our own with the accents and typography of the genre.
ACCENTED = (
    "Minister of Côte d’Ivoire meets Mr. Muñoz\n"
    "\n"
    "Abidjan, 4 June 2019\n"
    "\n"
    "The Minister of Foreign Affairs of Côte d’Ivoire, Mr. Aïssa Koné, received Mr. Andrés Muñoz, "
    "Ambassador of Spain, on 3 June 2019.\n"
    "\n"
    "“Our cooperation – in trade and in education – is growing,” said Mr. Koné.\n"
)
# Latin-1 has no curly quotes or dashes.
LATIN1 = "Señor Núñez met the Minister in Genève.\n\nBoth sides welcomed the «progress» made since 2018.\n"
SHORT_HTML_ARTICLE = build_html_page(
    "Minister meets envoy in Lima",
    "12 March 2020",
    [
        "The Foreign Minister of Peru, Mr. Néstor Popolizio, received the Ambassador of Chile in Lima.",
        "Both discussed trade, fisheries and the joint commission on water.",
    ],
)


def lines(text: str) -> list[str]:
    """Non-blank lines, normalised as layout does (NBSP -> space, ...)."""
    return [line for line in normalise(text).split("\n") if line]


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


# --- Source kinds ------------------------------------------------------------------------------


def test_sample(reference_article_text: str) -> None:
    raw = read_source(None)
    assert raw == RawText(raw.source, reference_article_text, None, None)
    assert (raw.source.kind, raw.source.name, raw.source.format) == ("sample", SAMPLE_NAME, "text")


def test_load_sample(reference_article: ReferenceArticle) -> None:
    article = load()
    assert article.title == reference_article.title
    assert article.published == dt.date(2021, 10, 25)
    assert len(article.paragraphs) == len(reference_article.paragraphs) == 6


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("article.txt", "text"),
        ("article.md", "text"),
        ("article", "text"),
        ("ARTICLE.TXT", "text"),
    ],
)
def test_text_files(tmp_path: Path, reference_article_text: str, name: str, fmt: str) -> None:
    path = write(tmp_path, name, reference_article_text)
    raw = read_source(path)
    assert (raw.source.kind, raw.source.name, raw.source.format) == ("file", path, fmt)
    assert raw.text == reference_article_text
    assert raw.title is None and raw.published is None


@pytest.mark.parametrize("name", ["article.html", "article.htm", "Article.HTML", "article.txt", "article"])
def test_html_files_by_extension_or_content(
    tmp_path: Path, reference_html: str, reference_article: ReferenceArticle, name: str
) -> None:
    raw = read_source(write(tmp_path, name, reference_html))
    assert raw.source.format == "html"
    assert raw.title == reference_article.title
    assert raw.published == dt.date(2021, 10, 25)
    # Exactly: title, date line, body paragraphs (NBSP -> space is trafilatura's and layout's doing).
    assert lines(raw.text) == lines(
        "\n".join([reference_article.title, reference_article.date_line, *reference_article.paragraphs])
    )


def test_html_and_text_give_the_same_article(tmp_path: Path, reference_html: str) -> None:
    from_html = load(write(tmp_path, "a.html", reference_html))
    sample = load()
    assert from_html.text == sample.text
    assert from_html.paragraphs == sample.paragraphs
    assert (from_html.title, from_html.published) == (sample.title, sample.published)


def test_html_div_soup_keeps_every_paragraph(tmp_path: Path, reference_article: ReferenceArticle) -> None:
    ref = reference_article
    body = "".join(f"<div>{p}</div>" for p in ref.paragraphs)
    page = (
        f"<html><head><title>{ref.title}</title></head><body><div id='menu'><a href='/'>Home</a></div>"
        f"<div class='main'><h1>{ref.title}</h1><div class='meta'><span>{ref.date_line}</span></div>"
        f"<div class='content'>{body}</div></div><div class='footer'>Copyright WCO 2021.</div></body></html>"
    )
    raw = read_source(write(tmp_path, "soup.html", page))
    assert lines(raw.text)[-6:] == [normalise(p) for p in ref.paragraphs]


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ('<meta property="article:published_time" content="2019-05-03">', dt.date(2019, 5, 3)),
        ('<meta property="article:published_time" content="not a date">', None),
        ('<meta name="date" content="2099-99-99">', None),
        ("", None),
    ],
)
def test_html_metadata_date(tmp_path: Path, meta: str, published: dt.date | None) -> None:
    page = SHORT_HTML_ARTICLE.replace("</head>", f"{meta}</head>").replace(
        '<p class="date">12 March 2020</p>', ""
    )
    assert read_source(write(tmp_path, "a.html", page)).published == published


@pytest.mark.parametrize(
    ("reference", "raw"),
    [
        ("&#27;", "\x1b"),
        ("&#7;", "\x07"),
        ("&#x1b;", "\x1b"),
        ("&#X1B", "\x1b"),  # no semicolon, as browsers allow
        ("&#0027;", "\x1b"),
        ("&#x0C;", "\x0c"),
        ("&#31;", "\x1f"),
    ],
)
def test_control_character_references_in_html_go_as_raw_controls(
    tmp_path: Path, reference: str, raw: str
) -> None:
    # lxml keeps "&#27;" in its tree as ESC, where XML allows none: trafilatura then found no
    # article text at all, while the raw byte was dropped quietly.
    def page(control: str) -> str:
        return SHORT_HTML_ARTICLE.replace("Popolizio,", f"Popolizio{control}[2J,").replace(
            "fisheries and", f"fisheries{control} and"
        )

    from_reference = load(write(tmp_path, "reference.html", page(reference)))
    from_raw = load(write(tmp_path, "raw.html", page(raw)))
    assert from_reference.text == from_raw.text
    assert "Popolizio[2J, received" in from_reference.text
    assert "fisheries and the" in from_reference.text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", from_reference.text)


def test_other_numeric_references_are_left_to_the_parser(tmp_path: Path) -> None:
    page = SHORT_HTML_ARTICLE.replace("Popolizio,", "Popolizio&#146;s envoy&#271;&#x20;&#9;,")
    assert "Popolizio’s envoyď ," in load(write(tmp_path, "a.html", page)).text


def test_stdin(reference_article_text: str) -> None:
    raw = read_source("-", stdin=io.BytesIO(reference_article_text.encode()))
    assert (raw.source.kind, raw.source.name, raw.source.format) == ("stdin", "-", "text")
    assert raw.text == reference_article_text


def test_stdin_html(reference_html: str, reference_article: ReferenceArticle) -> None:
    raw = read_source("-", stdin=io.BytesIO(reference_html.encode()))
    assert raw.source.format == "html"
    assert raw.title == reference_article.title


def test_stdin_defaults_to_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(ACCENTED.encode("cp1252")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert read_source("-").text == ACCENTED


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("/article.html", "html"),
        ("/untyped", "html"),  # no Content-Type: sniffed
        ("/text-as-html", "text"),  # text/html without a tag
        ("/article.txt", "text"),
        ("/article.md", "text"),
        ("/article.gz", "text"),  # Content-Encoding: gzip
        ("/hops/3", "html"),  # three redirects
        ("/hops/5", "html"),  # the most we follow
    ],
)
def test_urls(http_server: LocalHTTPServer, reference_article: ReferenceArticle, path: str, fmt: str) -> None:
    url = http_server.url(path)
    raw = read_source(url, allow_private=True)
    assert (raw.source.kind, raw.source.name, raw.source.format) == ("url", url, fmt)
    assert lines(raw.text)[-6:] == [normalise(p) for p in reference_article.paragraphs]


def test_url_load_matches_sample(http_server: LocalHTTPServer) -> None:
    assert load(http_server.url("/article.html"), allow_private=True).paragraphs == load().paragraphs


def test_url_sends_user_agent(http_server: LocalHTTPServer) -> None:
    read_source(http_server.url("/article.txt?ua"), allow_private=True)
    headers = next(h for path, h in reversed(http_server.requests) if path == "/article.txt?ua")
    assert headers["User-Agent"] == user_agent()
    assert re.fullmatch(r"briefcli/\S+ \(\+https://pypi\.org/project/briefcli/\)", user_agent())


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        (
            "text/plain; charset=iso-8859-1",
            ACCENTED.encode("cp1252"),
            ACCENTED,
        ),  # labels read as windows-1252
        ("text/plain; charset=ISO-8859-1", ACCENTED.encode("utf-8"), ACCENTED),  # mislabelled UTF-8
        (
            'text/plain; charset="windows-1251"',
            "Министр встретился с послом.".encode("cp1251"),
            "Министр встретился с послом.",
        ),
        ("text/plain; charset=no-such-charset", ACCENTED.encode("utf-8"), ACCENTED),
        ("text/plain", ACCENTED.encode("cp1252"), ACCENTED),
    ],
)
def test_url_charset(http_server: LocalHTTPServer, content_type: str, body: bytes, expected: str) -> None:
    path = f"/charset/{abs(hash((content_type, body)))}"
    http_server.routes[path] = Reply(200, body, {"Content-Type": content_type})
    assert read_source(http_server.url(path), allow_private=True).text == expected


# --- Decoding ----------------------------------------------------------------------------------

ENCODINGS = [
    ("utf-8", ACCENTED.encode("utf-8")),
    ("utf-8 with BOM", codecs.BOM_UTF8 + ACCENTED.encode("utf-8")),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + ACCENTED.encode("utf-16-le")),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + ACCENTED.encode("utf-16-be")),
    ("utf-32 LE with BOM", codecs.BOM_UTF32_LE + ACCENTED.encode("utf-32-le")),
    ("utf-32 BE with BOM", codecs.BOM_UTF32_BE + ACCENTED.encode("utf-32-be")),
    ("utf-16 LE without BOM", ACCENTED.encode("utf-16-le")),
    ("utf-16 BE without BOM", ACCENTED.encode("utf-16-be")),
    ("cp1252", ACCENTED.encode("cp1252")),
]


@pytest.mark.parametrize(("label", "data"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_decode(tmp_path: Path, label: str, data: bytes) -> None:
    assert decode_bytes(data, name="t") == ACCENTED
    assert read_source(write(tmp_path, "a.txt", data)).text == ACCENTED


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (LATIN1, "latin-1"),
        ("Côte d’Ivoire", "cp1252"),
        ("Mr. González", "cp1252"),
        ("Saïd – “yes”", "cp1252"),
        ("Le budget de 5 € a été approuvé.", "iso8859-15"),  # € sits at 0xA4: ¤ in cp1252
    ],
)
def test_decode_western_single_byte(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding), name="t")
    if encoding == "iso8859-15":  # the one we cannot tell from cp1252: documented loss
        assert decoded == text.replace("€", "¤")
    else:
        assert decoded == text


def test_decode_cp1252_undefined_bytes_do_not_lose_the_rest() -> None:
    # 0x81 is undefined in cp1252; the curly quotes around it must still decode.
    data = b"\x93Yes,\x94 said the Minister of C\xf4te d\x92Ivoire. \x81"
    assert decode_bytes(data, name="t") == "“Yes,” said the Minister of Côte d’Ivoire. \x81"


# Legacy encodings, detected: composed sentences, two or three of them as an article's paragraph
# would have (charset_normalizer needs some text; a lone short line may be misread). windows-1252
# for every input that was not UTF-8 decoded 8 of these 16 right; detection decodes all 16.
LEGACY = [
    ("cp1252", "Côte d’Ivoire"),
    ("cp1252", "Mr. González – “yes”"),
    (
        "cp1252",
        "The Minister of Côte d’Ivoire met Mr. González in Genève on Monday. “It was a productive "
        "meeting,” she said – and both sides agreed to meet again.",
    ),
    (
        "cp1252",
        "Le ministre a reçu l’ambassadeur à Genève : « une rencontre très fructueuse », a-t-il déclaré. "
        "Les deux délégations se réuniront à nouveau à Montréal l’été prochain.",
    ),
    (
        "cp1252",
        "Der Minister traf den Botschafter in Köln. „Wir haben über die Zusammenarbeit gesprochen“, "
        "sagte er. Die Gespräche würden fortgesetzt.",
    ),
    ("cp1252", "Price: €5 million; growth 3½ % – a “record”, he said."),
    (
        "latin-1",
        "El ministro recibió al embajador en Cádiz; según el comunicado, ambas partes acordaron "
        "reunirse de nuevo en Bogotá el próximo año.",
    ),
    (
        "latin-1",
        "O ministro recebeu o embaixador em São Paulo. As duas delegações discutiram a cooperação "
        "aduaneira e a situação económica da região.",
    ),
    (
        "cp1250",
        "Minister spraw zagranicznych spotkał się w Łodzi z ambasadorem Węgier. Rozmowy dotyczyły "
        "współpracy gospodarczej i żeglugi śródlądowej.",
    ),
    (
        "cp1250",
        "Ministr zahraničí přijal v Brně velvyslance Maďarska. Jednání se týkala hospodářské spolupráce "
        "a celního řízení na hranicích.",
    ),
    (
        "cp1251",
        "Министр иностранных дел принял посла Чили в Москве. Стороны обсудили таможенное "
        "сотрудничество и договорились встретиться снова в следующем году.",
    ),
    ("cp1251", "Министр встретился с послом."),
    (
        "koi8-r",
        "Глава таможенной службы провёл переговоры с делегацией Казахстана. Участники подписали "
        "меморандум о взаимопонимании.",
    ),
    (
        "iso8859-7",
        "Ο υπουργός Εξωτερικών συναντήθηκε με τον πρέσβη της Χιλής στην Αθήνα. Οι δύο πλευρές "
        "συζήτησαν την τελωνειακή συνεργασία.",
    ),
    (
        "shift_jis",
        "外務大臣は本日、チリ大使と東京で会談し、税関分野での協力について協議した。"
        "両国は来年再び会合を開くことで合意した。",
    ),
    ("gbk", "外交部长今天在北京会见了智利大使，双方讨论了海关合作，并同意明年再次举行会议。"),
]


@pytest.mark.parametrize(("encoding", "text"), LEGACY, ids=[f"{e}-{i}" for i, (e, _) in enumerate(LEGACY)])
def test_decode_legacy_encodings(encoding: str, text: str) -> None:
    assert decode_bytes(text.encode(encoding), name="t") == text


def test_a_long_cp1252_article_stays_cp1252() -> None:
    # Typography only, no accented letter: every curly quote and dash is a byte another code page
    # reads as a letter.
    text = "\n\n".join(
        [
            "Minister welcomes trade delegation",
            "The Minister of Trade on Tuesday welcomed a delegation from the Port Authority to discuss "
            "the region’s new customs corridor – a project worth €40 million.",
            "“This corridor is a turning point for our exporters,” the Minister said. “We’ve waited a "
            "long time for it… and now it’s here.”",
        ]
        * 40
    )
    assert decode_bytes(text.encode("cp1252"), name="t") == text


def test_detection_reads_the_head_of_a_long_input() -> None:
    # Past the sampled head, the bytes still decode with the encoding the head named.
    text = "Министр иностранных дел принял посла Чили в Москве.\n" * 10_000
    assert decode_bytes(text.encode("cp1251"), name="t") == text


def test_a_cp1251_article_reaches_the_language_check(tmp_path: Path) -> None:
    path = tmp_path / "statya.txt"
    path.write_bytes(f"Заголовок\n\n{_FOREIGN['Russian']}\n\n{_FOREIGN['Russian']}\n".encode("cp1251"))
    result = CliRunner().invoke(app, ["summary", str(path)])
    assert result.exit_code == ExitCode.LANGUAGE, result.output
    assert result.stderr.count("\n") == 1
    assert "the article is in Russian, not English" in result.stderr


# --- Mostly valid UTF-8 ------------------------------------------------------------------------

STRAY = ACCENTED.replace("Koné", "Kon\udce9", 1).encode("utf-8", "surrogateescape")  # é as latin-1


def test_one_stray_byte_keeps_utf8(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="briefcli.text.load"):
        text = decode_bytes(STRAY, name="a.txt")
    assert text == ACCENTED.replace("Koné", "Kon\ufffd", 1)
    assert text.count("\ufffd") == 1
    offset = STRAY.index(b"\xe9")
    (record,) = caplog.records
    assert record.getMessage() == (
        f"a.txt: 1 invalid UTF-8 sequence (the first at byte {offset}) replaced by U+FFFD; "
        "re-save the file as UTF-8"
    )


def test_one_stray_byte_cli_warns_on_one_line_and_succeeds(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", STRAY)
    result = CliRunner().invoke(app, ["summary", path, "--format", "md"])
    assert result.exit_code == 0, result.output
    assert "Côte d’Ivoire" in result.stdout and "â€" not in result.stdout
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"briefcli: warning: {path}: 1 invalid UTF-8 sequence")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # A stray byte against a declared legacy charset: UTF-8 wins here as when all is valid.
        (STRAY, ACCENTED.replace("Koné", "Kon\ufffd", 1)),
        # One invalid sequence in 80 bytes: allowed, a short text may have one.
        ("“Yes” – said Genève".encode().replace(b"\xc3\xa8", b"\xe8"), "“Yes” – said Gen\ufffdve"),
    ],
    ids=["article", "short text"],
)
def test_mostly_utf8_against_a_declared_charset(data: bytes, expected: str) -> None:
    assert decode_bytes(data, name="t", declared="windows-1251") == expected


@pytest.mark.parametrize(
    "data",
    [
        # Two stray bytes, one multi-byte character: fewer than twice as many valid as invalid.
        "Genève – Zürich".encode().replace(b"\xc3\xa8", b"\xe8").replace(b"\xc3\xbc", b"\xfc"),
        # Valid UTF-8 at the start, then a cp1252 paragraph: more than 1 invalid per 100 bytes.
        "Côte d’Ivoire\n\n".encode() + ("Genève, Zürich, Besançon – “all”. " * 5).encode("cp1252"),
    ],
    ids=["few valid", "many invalid"],
)
def test_not_mostly_utf8(data: bytes) -> None:
    assert "\ufffd" not in decode_bytes(data, name="t")


def _random_cjk(rng: random.Random, encoding: str) -> bytes:
    """200 random kana and ideographs that ``encoding`` has, encoded with it."""
    chars: list[str] = []
    while len(chars) < 200:
        char = chr(rng.choice([rng.randint(0x3041, 0x30F6), rng.randint(0x4E00, 0x9FA5)]))
        try:
            char.encode(encoding)
        except UnicodeEncodeError:
            continue
        chars.append(char)
    return "".join(chars).encode(encoding)


@pytest.mark.parametrize("encoding", ["gbk", "big5", "shift_jis", "euc_jp", "euc_kr"])
def test_cjk_legacy_text_is_never_mostly_utf8(encoding: str, caplog: pytest.LogCaptureFixture) -> None:
    # Multi-byte legacy text has well-formed UTF-8 sequences by chance (at most 0.53 per
    # invalid one measured): never twice as many. (Random characters may not be detected right,
    # nor be text at all: only the UTF-8 reading is checked.)
    rng = random.Random(encoding)
    with caplog.at_level("WARNING", logger="briefcli.text.load"):
        for _ in range(50):
            try:
                text = decode_bytes(_random_cjk(rng, encoding), name="t")
            except InputError:
                continue
            assert "\ufffd" not in text
    assert not caplog.records


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        ("Côte".encode(), "iso-8859-1", "Côte"),
        ("Côte".encode("cp1252"), "iso-8859-1", "Côte"),
        ("Łódź".encode("cp1250"), "windows-1250", "Łódź"),
        ("Łódź".encode(), "windows-1250", "Łódź"),  # not valid cp1250 (0x81): UTF-8
        ("Dvořák".encode(), "windows-1250", "Dvořák"),  # valid cp1250 too, but UTF-8 wins
        ("Côte".encode(), "x-unknown", "Côte"),
        ("Côte".encode("utf-16"), "utf-16", "Côte"),
    ],
)
def test_decode_declared(data: bytes, declared: str, expected: str) -> None:
    assert decode_bytes(data, name="t", declared=declared) == expected


def test_meta_charset_in_html_file(tmp_path: Path) -> None:
    page = build_html_page(
        "Ministr se setkal s velvyslancem",
        None,
        ["Ministr Dvořák přijal velvyslance v Brně, aby jednali o obchodu."],
        charset="windows-1250",
    )
    raw = read_source(write(tmp_path, "a.html", page.encode("cp1250")))
    assert "Dvořák přijal velvyslance v Brně" in raw.text


@pytest.mark.parametrize(
    ("text", "name", "fmt"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "a.txt", "html"),
        ("\ufeff  \n<!doctype HTML>\n<html>", "a", "html"),
        ("<html lang='en'><head>", "a.md", "html"),
        ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "a", "html"),
        ("<!-- saved page -->\n<html>", "a.txt", "html"),
        ("Title\n\n<p>First paragraph.</p>", "a.txt", "html"),
        ("Title\n\n<article>", "-", "html"),
        ("Title\n\n<p>Inline HTML in markdown.</p>", "a.md", "text"),
        ("Plain text, no tags at all.", "a.html", "text"),
        ("Plain text <with> one.", "a.html", "html"),
        ("Plain text about <pre> and <b> only.", "a.txt", "text"),
        ("Plain <i>text</i>.", "https://example.org/news/a.html?x=1", "html"),
        ("Plain text.", "https://example.org/news/a.txt", "text"),
        ("Plain text.", "-", "text"),
    ],
)
def test_detect_format(text: str, name: str, fmt: str) -> None:
    assert detect_format(text, name) == fmt


# --- Input errors ------------------------------------------------------------------------------


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", ACCENTED)
    return buf.getvalue()


BAD_BYTES = [
    ("empty", b"", "is empty"),
    ("whitespace", b" \n\t\r\n  \n", "is empty"),
    ("bom only", codecs.BOM_UTF8 + b"\n", "is empty"),
    (
        "pdf",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        "is a PDF file, not an article; save it as text or HTML first",
    ),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image"),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "is a JPEG image"),
    ("gif", b"GIF89a\x01\x00\x01\x00", "is a GIF image"),
    ("zip", _zip(), "is a ZIP archive, not an article; unpack it"),
    ("docx", _docx(), "is a Word document (.docx)"),
    ("gzip", gzip.compress(ACCENTED.encode()), "is a gzip-compressed file, not an article; decompress it"),
    (
        "nul bytes",
        b"The Minister\x00\x00\x01 met\x00 the envoy.\x00",
        "is binary data (it contains NUL bytes)",
    ),
    ("controls", bytes(range(1, 9)) * 20, "is not readable text"),
    ("random", random.Random(7).randbytes(4000).replace(b"\x00", b"\x01"), "is not readable text"),
    (
        "bad utf-8 after bom",
        codecs.BOM_UTF8 + b"caf\xe9",
        "starts with a UTF-8 byte-order mark but is not valid UTF-8",
    ),
    (
        "html without article",
        b"<html><body><nav><ul><li><a href='/'>Home</a></li><li>News</li></ul></nav></body></html>",
        "no article text found",
    ),
    (
        "html menu only",  # the menu's lines must not add up to one line of prose
        b"<html><body><ul><li>Home</li><li>Write to us.</li><li>Follow</li><li>our</li>"
        b"<li>news</li></ul></body></html>",
        "no article text found",
    ),
    (
        "html empty body",
        b"<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
        "no article text found",
    ),
]


@pytest.mark.parametrize(("label", "data", "message"), BAD_BYTES, ids=[b[0] for b in BAD_BYTES])
def test_bad_files(tmp_path: Path, label: str, data: bytes, message: str) -> None:
    path = write(tmp_path, "input.txt", data)
    with pytest.raises(InputError) as err:
        read_source(path)
    assert str(err.value).startswith(path) and message in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(("label", "data", "message"), BAD_BYTES, ids=[b[0] for b in BAD_BYTES])
def test_bad_stdin(label: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as err:
        read_source("-", stdin=io.BytesIO(data))
    assert str(err.value).startswith("standard input")


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.txt")
    with pytest.raises(InputError, match=f"^file not found: {re.escape(path)} — check the path$"):
        read_source(path)


def test_missing_file_that_looks_like_a_web_address() -> None:
    with pytest.raises(InputError, match="start the address with https://"):
        read_source("www.example.org/news.html")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory, not a file"):
        read_source(str(tmp_path))


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(MAX_INPUT_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(InputError, match="larger than the 10 MiB input limit"):
        read_source(str(path))


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    data = (b"The Minister met the envoy. " * (MAX_INPUT_BYTES // 28 + 1))[:MAX_INPUT_BYTES]
    assert len(read_source(write(tmp_path, "a.txt", data)).text) == MAX_INPUT_BYTES


def test_too_large_stdin() -> None:
    with pytest.raises(InputError, match="standard input is larger than the 10 MiB input limit"):
        read_source("-", stdin=io.BytesIO(b"a" * (MAX_INPUT_BYTES + 1)))


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ACCENTED, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make open() refuse as it would for a user
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match="permission denied; check the file's permissions"):
        read_source(str(path))


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("", "empty name"),
        ("   ", "empty name"),
        ("ftp://example.org/a.txt", "ftp:// addresses are not supported"),
        ("file:///etc/hostname", "file:// addresses are not supported"),
        ("http://", "not a valid URL"),
        ("https:///article.html", "not a valid URL"),
        ("http://127.0.0.1:99999/", "not a valid URL"),
    ],
)
def test_bad_specs(spec: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        read_source(spec)


def test_no_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match="no standard input"):
        read_source("-")


def test_closed_stdin() -> None:
    stream = io.BytesIO(b"text")
    stream.close()
    with pytest.raises(InputError, match="cannot read standard input"):
        read_source("-", stdin=stream)


# --- Network errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered HTTP 404 Not Found; check the address"),
        ("/error", "the server answered HTTP 500 Internal Server Error; the site has a problem"),
        ("/hops/6", "more than 5 redirects"),
        ("/loop", "the redirects go round in a loop"),
        ("/ftp-redirect", "which is not http(s)"),
        ("/redirect-no-location", "redirect without a Location"),
        ("/report.pdf", "the server sent application/pdf, not an HTML or text page"),
        ("/huge", "the page is 10,485,761 bytes, over the 10 MiB input limit"),
        ("/endless", "the page is over the 10 MiB input limit"),
    ],
)
def test_http_errors(http_server: LocalHTTPServer, path: str, message: str) -> None:
    url = http_server.url(path)
    with pytest.raises(NetworkError, match=re.escape(message)) as err:
        read_source(url, allow_private=True)
    assert str(err.value).startswith(url)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("path", "error", "message"),
    [
        ("/empty", InputError, "is empty"),
        ("/pdf-as-html", InputError, "is a PDF file"),
    ],
)
def test_url_content_errors(
    http_server: LocalHTTPServer, path: str, error: type[BriefError], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        read_source(http_server.url(path), allow_private=True)


@pytest.mark.parametrize("path", ["/slow", "/drip"])
def test_timeout(http_server: LocalHTTPServer, path: str) -> None:
    with pytest.raises(NetworkError, match=r"no complete answer within 0\.5 s"):
        read_source(http_server.url(path), timeout=0.5, allow_private=True)


def test_dns_failure(unresolvable_url: str) -> None:
    with pytest.raises(NetworkError, match=r"cannot resolve the host name briefcli-test\.invalid"):
        read_source(unresolvable_url)


def test_international_host_name_is_looked_up_in_ascii(no_dns: None) -> None:
    # Reaching the lookup means the host was converted (urllib3 alone needs the idna package).
    with pytest.raises(NetworkError, match=r"cannot resolve the host name ünïcödé\.invalid"):
        read_source("http://ünïcödé.invalid/päth")


def test_connection_refused(refused_url: str) -> None:
    with pytest.raises(NetworkError, match="connection refused"):
        read_source(refused_url, allow_private=True)


def test_tls_error(http_server: LocalHTTPServer) -> None:
    # HTTPS to a plain-HTTP server: the TLS handshake fails.
    url = http_server.url("/article.html").replace("http://", "https://")
    with pytest.raises(NetworkError, match="TLS error"):
        read_source(url, timeout=2, allow_private=True)


@pytest.mark.usefixtures("no_dns")
@pytest.mark.parametrize(
    "spec",
    [
        "http://[::1",
        "http://exa mple.org/",
        "http://127.0.0.1:0/",
        "https://127.0.0.1:1/x",
        "http://ünïcödé.invalid/",
        "http://" + "a" * 300 + ".invalid/",
        "HTTP://briefcli-test.invalid",
        "http://user:pass@127.0.0.1:1/",
    ],
)
def test_only_brief_errors_escape(spec: str) -> None:
    with pytest.raises(BriefError):
        read_source(spec, timeout=1, allow_private=True)


# --- Start-up cost -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "unwanted"),
    [
        ("utf-8", {"urllib3", "socket", "briefcli.text.net", "trafilatura", "charset_normalizer"}),
        # Only bytes that are not UTF-8 pay for the encoding detector.
        ("cp1252", {"urllib3", "socket", "briefcli.text.net", "trafilatura"}),
    ],
)
def test_text_file_does_not_import_network_or_html_modules(
    tmp_path: Path, encoding: str, unwanted: set[str]
) -> None:
    path = write(tmp_path, "a.txt", ACCENTED.encode(encoding))
    code = (
        "import sys, briefcli.text.load as l\n"
        f"l.load({path!r})\n"
        f"bad = {unwanted!r} & set(sys.modules)\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# --- Language ----------------------------------------------------------------------------------

_FOREIGN = {
    "French": "Le ministre des Finances a reçu hier l'ambassadeur du Chili pour discuter de la "
    "coopération douanière. Les deux parties ont souligné l'importance du dialogue et ont convenu "
    "de se revoir au printemps prochain à Santiago.",
    "Spanish": "El Ministro de Comercio se reunió ayer con el embajador de Chile para examinar la "
    "cooperación aduanera. Ambas partes destacaron la importancia del diálogo y acordaron reunirse "
    "de nuevo el próximo año en Santiago.",
    "Russian": "Министр финансов вчера принял посла Чили, чтобы обсудить таможенное сотрудничество. "
    "Стороны подчеркнули важность диалога и договорились встретиться снова в следующем году в Сантьяго.",
}


@pytest.mark.parametrize("language", sorted(_FOREIGN))
def test_an_article_in_another_language_is_refused_naming_it(tmp_path: Path, language: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"A title\n\n{_FOREIGN[language]}\n\n{_FOREIGN[language]}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["summary", str(path)])
    assert result.exit_code == ExitCode.LANGUAGE
    assert result.stderr.count("\n") == 1
    assert f"the article is in {language}, not English" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_english_article_quoting_another_language_is_read(tmp_path: Path) -> None:
    english = (
        "The Minister received the Ambassador of Chile on Monday. Both sides stressed the value of "
        "dialogue and agreed to meet again in Santiago next spring, the Ministry said in a statement."
    )
    path = tmp_path / "article.txt"
    path.write_text(f"A title\n\n{english}\n\n“{_FOREIGN['French']}”\n\n{english}\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["summary", str(path), "--format", "md"]).exit_code == 0


def test_text_with_hardly_an_english_word_is_refused_as_no_prose(tmp_path: Path) -> None:
    # Random letters of many scripts, one English sentence in front: no language CLD2 names.
    rng = random.Random(7)
    junk = " ".join("".join(chr(rng.randrange(0x100, 0x3000)) for _ in range(8)) for _ in range(400))
    path = tmp_path / "junk.txt"
    path.write_text(f"A title\n\nThe Minister met the Ambassador.\n\n{junk}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["summary", str(path)])
    assert result.exit_code == ExitCode.LANGUAGE
    assert result.stderr.count("\n") == 1 and "no English prose found" in result.stderr


def test_english_naming_people_in_another_script_is_read(tmp_path: Path) -> None:
    # Half the words are names in Arabic and Hebrew script: fewer function words than usual
    # prose, and CLD2 places none of it, but it is English.
    sentence = "The Minister met محمد بن سلمان عبد العزيز, Ambassador of עמוס עוז, who praised أحمد الشرع. "
    path = tmp_path / "names.txt"
    path.write_text(f"A title\n\n{sentence * 40}\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["summary", str(path), "--format", "md"]).exit_code == 0


def test_a_short_text_is_not_judged() -> None:
    article = build_article(Source("stdin", "-"), "Titre\n\nLe ministre a reçu l'ambassadeur.")
    assert article.paragraphs


def test_the_language_check_counts_words_as_runs_of_letters() -> None:
    """Its faster pattern reads the words a run of Unicode letters does: "café", "Zürich",
    "high-level" (two), scripts mixed, digits and underscores between."""
    import random
    import re

    from briefcli.text.language import _LETTERS

    def runs(text: str) -> list[str]:
        return re.findall(r"[^\W\d_]+", text)

    for text in ("café au lait in zürich, a high-level talk", "x9y_z straße naïve مرحبا 中文abc"):
        assert _LETTERS.findall(text) == runs(text)
    rng = random.Random(5)
    atoms = ["a", "é", "Z", "1", "_", "-", " ", "ß", "ا", "中", "ab", "\u0301"]
    for _ in range(20_000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 10)))
        assert _LETTERS.findall(text) == runs(text), repr(text)
