"""`briefcli export`: the full briefing (summary, sections, statements by speaker, timeline,
people) as Markdown, HTML, text, JSON and DOCX, the DOCX read back with python-docx."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.shared import RGBColor
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.contract import ExportDict
from briefcli.errors import ExitCode
from briefcli.present.views import export_view
from briefcli.render.docx import to_docx
from briefings import reference_briefing

runner = CliRunner()

HOSTILE = (
    "Envoy <script>alert(1)</script> meets the | minister\n\n3 May 2024\n\n"
    "On 2 May 2024, Ms. Clara Stone, Secretary General of the Harbour Council, met with Mr. Ivo Brandt, "
    "Minister of Transport, in Riga. She stressed that <script>alert(2)</script> ports | need **support** "
    "and [links](x) to work.\n"
)


def _view() -> ExportDict:
    return export_view(reference_briefing())


def _document(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def _all_text(document: Document) -> str:
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


# --- The view ----------------------------------------------------------------------------------


def test_export_view_is_composed_of_the_command_views() -> None:
    view = _view()
    assert set(view) == {
        "schema_version",
        "title",
        "published",
        "source",
        "summary",
        "sections",
        "quotes",
        "timeline",
        "people",
    }
    assert view["quotes"]["total"] == 10
    assert sum(len(g["rows"]) for g in view["quotes"]["groups"]) == 10
    assert [s["kind"] for s in view["sections"]["sections"]] == ["meeting", "panel", "bilateral"]
    assert [r["kind"] for r in view["timeline"]["rows"]][-1] == "publication"
    assert {p["name"] for p in view["people"]["people"]} == {
        "Kunio Mikuriya",
        "Anton Siluanov",
        "Mikhail Mishustin",
    }


# --- DOCX --------------------------------------------------------------------------------------


def test_docx_reads_back_with_headings_and_tables() -> None:
    view = _view()
    document = _document(to_docx(view))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style is not None and (p.style.name.startswith("Heading") or p.style.name == "Title")
    ]
    assert headings[0] == ("Title", view["title"])
    for name in ("Summary", "Sections", "Statements by speaker", "Timeline", "People"):
        assert ("Heading 1", name) in headings
    for section in view["summary"]["sections"]:
        assert ("Heading 2", section["label"]) in headings
    assert ("Heading 2", "Kunio Mikuriya — Secretary General, World Customs Organization") in headings
    tables = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    people = tables[("Name", "Title", "Organization", "Mentions", "Statements")]
    assert [tuple(c.text for c in row.cells)[:3] for row in people.rows[1:]] == [
        (p["name"], p["title"], p["org"]) for p in view["people"]["people"]
    ]
    timeline = tables[("Date", "What", "Where", "Who", "¶")]
    assert [row.cells[1].text for row in timeline.rows[1:]] == [r["what"] for r in view["timeline"]["rows"]]
    rows = [
        tuple(c.text for c in row.cells)
        for t in document.tables
        if tuple(c.text for c in t.rows[0].cells) == ("¶", "Section", "Cue", "Statement")
        for row in t.rows[1:]
    ]
    expected = [
        (str(r["paragraph"]), r["section"], r["cue"], r["text"])
        for g in view["quotes"]["groups"]
        for r in g["rows"]
    ]
    assert rows == expected


def test_docx_cites_paragraphs_and_has_no_raw_markup() -> None:
    view = _view()
    document = _document(to_docx(view))
    text = _all_text(document)
    assert view["summary"]["bottom_line"][0]["text"] in text
    for section in view["summary"]["sections"]:
        for point in section["points"]:
            assert point["text"] in text
    assert len(re.findall(r"\(¶\d\)", text)) >= 6
    for markup in ("**", "{{", "{%", "<", "&lt;", "\\|"):
        assert markup not in text, markup
    bold = [
        r.text
        for p in document.paragraphs
        if p.style is not None and p.style.name == "List Bullet"
        for r in p.runs
        if r.bold
    ]
    assert "Mikuriya emphasized " in bold


def test_docx_bytes_are_deterministic() -> None:
    view = _view()
    assert to_docx(view) == to_docx(view)


def test_docx_keeps_article_markup_as_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    target = tmp_path / "brief.docx"
    result = runner.invoke(app, ["export", str(path), "-o", str(target)])
    assert result.exit_code == 0, result.output
    document = _document(target.read_bytes())
    assert document.paragraphs[0].text == "Envoy <script>alert(1)</script> meets the | minister"


def test_docx_drops_characters_xml_cannot_hold() -> None:
    view = _view()
    view["title"] = "Talks\x0b in\x00 Oslo"
    assert _document(to_docx(view)).paragraphs[0].text == "Talks in Oslo"


# --- DOCX: the look ------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _length(length: object) -> int:
    assert isinstance(length, int)
    return length  # EMU


def _mm(length: object) -> float:
    return _length(length) / 36000


@pytest.mark.parametrize(("paper", "size"), [("a4", (210.0, 297.0)), ("letter", (215.9, 279.4))])
def test_docx_page_is_a4_by_default_or_us_letter(paper: str, size: tuple[float, float]) -> None:
    view = _view()
    data = to_docx(view) if paper == "a4" else to_docx(view, "letter")
    section = _document(data).sections[0]
    assert (_mm(section.page_width), _mm(section.page_height)) == pytest.approx(size, abs=0.1)
    text_width = _length(section.page_width) - _length(section.left_margin) - _length(section.right_margin)
    for table in _document(data).tables:  # every table within the margins
        assert sum(_length(column.width) for column in table.columns) <= text_width


@pytest.mark.parametrize(
    ("args", "width"), [([], 210.0), (["--paper", "letter"], 215.9), (["--paper", "a4"], 210.0)]
)
def test_export_paper_option(tmp_path: Path, args: list[str], width: float) -> None:
    target = tmp_path / "briefing.docx"
    result = runner.invoke(app, ["export", "-o", str(target), *args])
    assert result.exit_code == 0, result.output
    assert _mm(_document(target.read_bytes()).sections[0].page_width) == pytest.approx(width, abs=0.1)


@pytest.mark.parametrize(
    "args", [["--format", "md"], ["-o", "brief.html"], ["--paper", "legal", "-o", "b.docx"]]
)
def test_paper_is_for_docx_only(args: list[str], tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", "--paper", "letter", *args] if "legal" not in args else ["export", *args]
    )
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""


def test_docx_header_gives_title_and_date_and_footer_numbers_pages() -> None:
    view = _view()
    section = _document(to_docx(view)).sections[0]
    assert section.different_first_page_header_footer  # the first page shows the title large
    assert section.header.paragraphs[0].text == f"{view['title']}\t25 October 2021"
    for footer in (section.footer, section.first_page_footer):
        fields = [f.get(f"{W}instr") for f in footer._element.iter(f"{W}fldSimple")]
        assert fields == ["PAGE", "NUMPAGES"]
        assert footer.paragraphs[0].text.startswith(view["source"]["name"])


def test_docx_core_properties_name_the_briefing_and_briefcli() -> None:
    view = _view()
    data = to_docx(view)
    props = _document(data).core_properties
    assert props.title == view["title"]
    assert props.subject.startswith("Briefing")
    assert "briefcli" in props.comments and view["title"] in props.comments
    assert props.author == "briefcli"
    assert props.created == props.modified == dt.datetime(2021, 10, 25, tzinfo=dt.UTC)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        metadata = b"".join(package.read(n) for n in names if n.startswith(("docProps/", "_rels/")))
    assert not [n for n in names if "thumbnail" in n]
    assert b"python-docx" not in metadata and b"Microsoft" not in metadata
    assert b"<Application>briefcli</Application>" in metadata


def test_docx_is_styled_like_the_html_briefing() -> None:
    document = _document(to_docx(_view()))
    styles = document.styles
    assert styles["Normal"].font.name == "Georgia"
    assert styles["Heading 1"].font.name == "Arial"
    assert styles["Heading 1"].font.color.rgb == RGBColor.from_string("1A1A1A")
    for name in ("Normal", "Heading 1", "Heading 2", "Title"):  # no theme font overrides ours
        fonts = styles[name].element.find(f"{W}rPr/{W}rFonts")
        assert fonts is not None and not [a for a in fonts.attrib if "Theme" in a or "theme" in a], name
    assert styles["Title"].element.find(f"{W}pPr/{W}pBdr") is None  # no Word rule under the title
    bottom_line = next(p for p in document.paragraphs if p.text.startswith("Bottom line."))
    assert bottom_line._p.find(f"{W}pPr/{W}shd").get(f"{W}fill") == "F3F6FA"
    for table in document.tables:
        properties = table._tbl.tblPr
        assert properties.find(f"{W}tblStyle") is None  # not Word's banded "Light Grid"
        margins = properties.find(f"{W}tblCellMar")
        assert int(margins.find(f"{W}top").get(f"{W}w")) >= 60  # room in each cell
        assert int(margins.find(f"{W}left").get(f"{W}w")) >= 100
        for row in table.rows[1:]:  # the number column is not bold
            assert not any(run.bold for run in row.cells[0].paragraphs[0].runs)
        assert table.rows[0].cells[0]._tc.get_or_add_tcPr().find(f"{W}shd").get(f"{W}fill") == "F1F3F5"


def test_docx_sections_table_reads_dates_as_the_html_does() -> None:
    document = _document(to_docx(_view()))
    sections = next(t for t in document.tables if t.rows[0].cells[0].text == "#")
    assert [row.cells[5].text for row in sections.rows[1:]] == ["23 October 2021"] * 3


# --- The command -------------------------------------------------------------------------------


def test_export_to_a_docx_file_by_its_extension(tmp_path: Path) -> None:
    target = tmp_path / "briefing.docx"
    result = runner.invoke(app, ["export", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert f"wrote {target}" in result.stderr
    assert target.read_bytes()[:2] == b"PK"
    assert "Kunio Mikuriya" in _all_text(_document(target.read_bytes()))


def test_export_docx_needs_an_output_file() -> None:
    result = runner.invoke(app, ["export", "--format", "docx"])
    assert result.exit_code == ExitCode.USAGE
    assert "-o FILE" in result.stderr
    assert result.stdout == ""


def test_export_does_not_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "briefing.docx"
    target.write_bytes(b"mine")
    result = runner.invoke(app, ["export", "-o", str(target)])
    assert result.exit_code == ExitCode.OUTPUT
    assert target.read_bytes() == b"mine"
    assert runner.invoke(app, ["export", "-o", str(target), "--force"]).exit_code == 0
    assert target.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        ("md", "## Statements by speaker"),
        ("txt", "STATEMENTS BY SPEAKER"),
        ("html", "<h2>Statements by speaker</h2>"),
    ],
)
def test_text_formats_print_the_full_briefing(fmt: str, marker: str) -> None:
    result = runner.invoke(app, ["export", "--format", fmt])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert marker in out
    for needle in (
        "Kunio Mikuriya",
        "Anton Siluanov",
        "Mikhail Mishustin",
        "23 October 2021",
        "25 October 2021",
        "Bilateral talks",
        "(¶0)",
    ):
        assert needle in out, needle
    for heading in ("Summary", "Sections", "Timeline", "People"):
        assert heading.lower() in out.lower()


def test_export_md_is_the_default_and_json_is_the_view() -> None:
    md = runner.invoke(app, ["export"])
    assert md.exit_code == 0
    assert md.stdout.startswith("# WCO Secretary General")
    data = json.loads(runner.invoke(app, ["export", "--format", "json"]).stdout)
    assert data["summary"]["title"] == data["title"]
    assert data["quotes"]["groups"]
    assert data["people"]["people"]


def test_export_txt_fits_80_columns() -> None:
    out = runner.invoke(app, ["export", "--format", "txt"]).stdout
    assert max(len(line) for line in out.splitlines()) <= 80


def test_html_export_is_a_standalone_page_that_escapes_the_article(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    result = runner.invoke(app, ["export", str(path), "--format", "html"])
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    assert "<style>" in page
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_md_export_escapes_table_pipes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    out = runner.invoke(app, ["export", str(path)]).stdout
    assert out.splitlines()[0] == "# Envoy \\<script>alert(1)\\</script> meets the \\| minister"


def test_export_refuses_to_guess_an_unknown_extension(tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    result = runner.invoke(app, ["export", "-o", str(target)])
    assert result.exit_code == ExitCode.USAGE
    assert "--format" in result.stderr
    assert not target.exists()


def test_export_docx_pipes_with_dash() -> None:
    result = runner.invoke(app, ["export", "--format", "docx", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "Kunio Mikuriya" in _all_text(_document(result.stdout_bytes))


def test_export_user_template_sees_the_export_view(tmp_path: Path) -> None:
    template = tmp_path / "mine.txt.j2"
    template.write_text(
        "{{ export.summary.dates|join }}: {{ export.quotes.total }} statements, "
        "{{ export.people.people|length }} people\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["export", "--template", str(template)])
    assert result.exit_code == 0, result.output
    total = json.loads(runner.invoke(app, ["export", "--format", "json"]).stdout)["quotes"]["total"]
    assert result.stdout == f"23 October 2021: {total} statements, 3 people\n"
