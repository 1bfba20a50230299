"""Files people share, read back with the libraries their readers use: a CSV that Excel opens
right (a byte-order mark in files, none on standard output), a calendar that imports again
without copies (UIDs from the content, not the path), and no local path in what is shared."""

from __future__ import annotations

import codecs
import csv
import io
import shutil
import zipfile
from importlib.resources import files
from pathlib import Path

import icalendar
import pytest
from docx import Document
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.contract import TimelineRowDict, TimelineViewDict
from briefcli.errors import ExitCode
from briefcli.model import Source
from briefcli.present.views import source_dict
from briefcli.render.data import to_ics
from clicases import cases, invoke
from conftest import LocalHTTPServer

CSV_COMMANDS = sorted({command for command, _ in cases("csv")})
SAMPLE = files("briefcli.data").joinpath("sample.txt").read_bytes()
OTHER_ARTICLE = "\n\n".join(
    [
        "Ports ministers meet in Lima",
        "9 May 2022",
        "From 3 to 5 May 2022, Ms. Ana Ortiz, Minister of Transport of Peru, hosted the Pacific Ports "
        "Forum in Lima, Peru.",
        "On the margins of the Forum, Ms. Ortiz held bilateral talks with the Minister of Trade of Chile.",
        "The next Forum will take place on 12 March 2023 in Santiago, Chile.",
    ]
)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# --- CSV for Excel -------------------------------------------------------------------------------


def test_the_csv_commands_are_found() -> None:
    assert CSV_COMMANDS == ["people", "quotes", "timeline"]


@pytest.mark.parametrize("command", CSV_COMMANDS)
def test_a_csv_file_starts_with_a_bom_and_reads_back_identical(command: str, tmp_path: Path) -> None:
    printed = invoke([command, "--format", "csv"])
    assert printed.exit_code == 0, printed.output
    assert not printed.stdout_bytes.startswith(codecs.BOM_UTF8)  # a pipe's reader wants plain UTF-8
    target = tmp_path / f"{command}.csv"
    result = invoke([command, "--format", "csv", "-o", str(target)])
    assert result.exit_code == 0, result.output
    raw = target.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)  # Excel reads the file as UTF-8, not as its code page
    assert raw[len(codecs.BOM_UTF8) :] == printed.stdout_bytes
    with target.open(encoding="utf-8-sig", newline="") as handle:
        from_file = list(csv.reader(handle))
    assert from_file == _rows(printed.stdout)
    assert from_file[0][0].isascii()  # the mark is not part of the first header


def test_the_sample_has_cells_a_legacy_code_page_would_garble(tmp_path: Path) -> None:
    cells = []
    for command in CSV_COMMANDS:
        target = tmp_path / f"{command}.csv"
        assert invoke([command, "--format", "csv", "-o", str(target)]).exit_code == 0
        with target.open(encoding="utf-8-sig", newline="") as handle:
            cells += [cell for row in csv.reader(handle) for cell in row if not cell.isascii()]
    assert any("–" in cell for cell in cells)  # "â€“" in Excel without the mark


def test_dash_o_dash_is_standard_output_without_a_bom() -> None:
    result = invoke(["people", "--format", "csv", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == invoke(["people", "--format", "csv"]).stdout_bytes


def test_no_csv_bom_writes_plain_utf8(tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    result = invoke(["people", "--format", "csv", "--no-csv-bom", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == invoke(["people", "--format", "csv"]).stdout_bytes


def test_csv_bom_asked_for_on_standard_output() -> None:
    result = invoke(["quotes", "--format", "csv", "--csv-bom"])
    assert result.exit_code == 0, result.output
    plain = invoke(["quotes", "--format", "csv"]).stdout_bytes
    assert result.stdout_bytes == codecs.BOM_UTF8 + plain


def test_other_formats_never_get_a_bom(tmp_path: Path) -> None:
    target = tmp_path / "people.md"
    result = invoke(["people", "--format", "md", "--csv-bom", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert not target.read_bytes().startswith(codecs.BOM_UTF8)


def test_csv_bom_is_offered_only_where_csv_is() -> None:
    result = invoke(["summary", "--csv-bom"])
    assert result.exit_code == ExitCode.USAGE
    assert "--csv-bom" in result.output


# --- Calendars that import again without copies ---------------------------------------------------


def _uids(ics: bytes) -> list[str]:
    calendar = icalendar.Calendar.from_ical(ics.decode("utf-8"))
    return [str(event["UID"]) for event in calendar.walk("VEVENT")]


def _ics(*args: str, stdin: bytes | None = None) -> bytes:
    result = CliRunner().invoke(app, ["timeline", *args, "--format", "ics"], input=stdin)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


@pytest.fixture
def two_copies(tmp_path: Path) -> tuple[Path, Path]:
    """The reference article saved twice, in two folders under two names."""
    first = tmp_path / "downloads" / "wco.txt"
    second = tmp_path / "work" / "briefings" / "article-copy.txt"
    for path in (first, second):
        path.parent.mkdir(parents=True)
    first.write_bytes(SAMPLE)
    shutil.copy(first, second)
    return first, second


def test_the_same_article_has_the_same_uids_wherever_it_is_read_from(
    two_copies: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_copies
    monkeypatch.chdir(first.parent.parent)
    uids = _uids(_ics(str(first)))
    assert len(uids) == 4 and len(set(uids)) == 4  # different events, different UIDs
    assert _uids(_ics(str(second))) == uids
    assert _uids(_ics("-", stdin=SAMPLE)) == uids
    assert _uids(_ics()) == uids  # the bundled copy
    assert _uids(_ics("downloads/wco.txt")) == uids  # as typed: relative
    assert _uids(_ics(str(first), "--no-publication")) == uids[:3]  # the others' stay


def test_another_article_has_other_uids(two_copies: tuple[Path, Path]) -> None:
    other = two_copies[0].with_name("wco.txt.2")
    other.write_text(OTHER_ARTICLE, encoding="utf-8")
    theirs = _uids(_ics(str(other)))
    assert theirs and len(set(theirs)) == len(theirs)
    assert not set(theirs) & set(_uids(_ics(str(two_copies[0]))))


def test_one_changed_word_makes_another_article(tmp_path: Path) -> None:
    edited = tmp_path / "edited.txt"
    edited.write_bytes(SAMPLE.replace(b"Moscow", b"Kazan", 1))
    assert not set(_uids(_ics(str(edited)))) & set(_uids(_ics()))


def test_no_publication_leaves_out_the_publication_row_only() -> None:
    calendar = icalendar.Calendar.from_ical(_ics("--no-publication").decode("utf-8"))
    kinds = [
        list(event.categories) for event in calendar.walk("VEVENT") if isinstance(event, icalendar.Event)
    ]
    assert kinds == [["EVENT"], ["EVENT"], ["EVENT"]]
    rows = invoke(["timeline", "--no-publication", "--format", "csv"]).stdout
    assert [row[2] for row in _rows(rows)[1:]] == ["event", "event", "event"]
    assert "publication" in invoke(["timeline", "--format", "csv"]).stdout


# --- No local path in what is shared --------------------------------------------------------------

FOLDER = "private-client-notes"  # a folder name that must not travel with the files


@pytest.fixture
def nested(tmp_path: Path) -> Path:
    path = tmp_path / "home" / FOLDER / "article.txt"
    path.parent.mkdir(parents=True)
    path.write_bytes(SAMPLE)
    return path


def _docx_text(data: bytes) -> str:
    """Every part of a Word file (the document, its properties, its headers), as text."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


@pytest.mark.parametrize(("command", "fmt"), cases(text_only=False))
def test_no_output_names_the_folder_of_the_file(command: str, fmt: str, nested: Path) -> None:
    result = invoke([command, str(nested), "--format", fmt, "-o", "-"])
    assert result.exit_code == 0, result.output
    raw = result.stdout_bytes
    text = _docx_text(raw) if fmt == "docx" else raw.decode("utf-8")
    assert FOLDER not in text and str(nested.parent) not in text
    if fmt not in ("csv", "rich") and (command, fmt) != ("people", "md"):  # those show no source
        assert "article.txt" in text


def test_the_source_line_shows_the_file_name(nested: Path) -> None:
    html = invoke(["summary", str(nested), "--format", "html"]).stdout
    assert "<dt>Source</dt><dd>article.txt</dd>" in html
    docx = invoke(["export", str(nested), "-o", "-", "--format", "docx"]).stdout_bytes
    document = Document(io.BytesIO(docx))
    assert "Source: article.txt" in [p.text for p in document.paragraphs]
    assert document.sections[0].footer.paragraphs[0].text.startswith("article.txt\tPage ")
    calendar = icalendar.Calendar.from_ical(_ics(str(nested)).decode("utf-8"))
    descriptions = [str(event["DESCRIPTION"]) for event in calendar.walk("VEVENT")]
    assert all(d.endswith("; article.txt)") or d.endswith("(article.txt)") for d in descriptions)
    rich = invoke(["summary", str(nested)], env={"COLUMNS": "200"}).stdout
    assert "article.txt" in rich and FOLDER not in rich


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://user:secret@example.org/a/b.html", "https://example.org/a/b.html"),
        ("http://user@example.org:8080/x?y=1#z", "http://example.org:8080/x?y=1#z"),
        ("https://a:b@c@example.org?q=1", "https://example.org?q=1"),  # the last @ ends it
        ("https://example.org/people/@handle", "https://example.org/people/@handle"),  # a path's @
        ("https://example.org/?mail=a@b.org", "https://example.org/?mail=a@b.org"),
        ("https://example.org", "https://example.org"),
    ],
)
def test_a_url_is_shown_without_user_name_or_password(url: str, shown: str) -> None:
    assert source_dict(Source("url", url, "html")) == {"kind": "url", "name": shown, "format": "html"}


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        (Source("file", "/home/ana/clients/acme/article.txt"), "article.txt"),
        (Source("file", "article.txt"), "article.txt"),
        (Source("file", "../drafts/notes.md"), "notes.md"),
        (Source("stdin", "-"), "-"),
        (
            Source("sample", "sample: wco-2021-10-moscow-customs-forum"),
            "sample: wco-2021-10-moscow-customs-forum",
        ),
    ],
)
def test_a_file_is_shown_by_its_name(source: Source, shown: str) -> None:
    assert source_dict(source)["name"] == shown


def test_a_page_fetched_with_credentials_does_not_show_them(http_server: LocalHTTPServer) -> None:
    url = http_server.url("/article.txt").replace("http://", "http://reader:hunter2@")
    for command, fmt in [("summary", "html"), ("analyze", "json"), ("timeline", "ics")]:
        result = invoke([command, url, "--format", fmt, "--allow-private-urls"])
        assert result.exit_code == 0, result.output
        assert "hunter2" not in result.stdout and "reader" not in result.stdout
        assert http_server.url("/article.txt") in result.stdout.replace("\r\n ", "")


def test_two_events_of_one_day_in_one_paragraph_have_two_uids() -> None:
    row: TimelineRowDict = {
        "date": "2022-05-03",
        "end": None,
        "when": "3 May 2022",
        "kind": "event",
        "what": "Talks",
        "where": None,
        "who": [],
        "paragraph": 0,
        "section": None,
        "text": "On 3 May 2022 the ministers met and then visited the port.",
    }
    view: TimelineViewDict = {
        "schema_version": "1",
        "title": None,
        "published": None,
        "source": {"kind": "stdin", "name": "-", "format": "text"},
        "article_id": "0" * 32,
        "rows": [row, {**row, "what": "Port visit"}],
    }
    first, second = _uids(to_ics(view).encode("utf-8"))
    assert first != second
    assert _uids(to_ics({**view, "article_id": "1" * 32}).encode("utf-8"))[0] != first
