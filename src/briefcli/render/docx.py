"""The full briefing as a Word document (DOCX), through python-docx: headings, tables (people,
timeline, statements, sections), bullet points, every line citing its paragraph (¶). Article
text goes in as runs of plain text, so nothing in it is read as markup.

python-docx (and lxml under it) is imported only inside ``to_docx``: ~150 ms that no other
command pays. The bytes are deterministic for one input: the document's dates are the
article's publication date (else 1 January 2000) and the ZIP entries carry a fixed time.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from briefcli.regexes import pattern

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

    from briefcli.contract import ExportDict, KeyPointDict

_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a ZIP entry can carry
_NOTE = "¶ numbers count the article's paragraphs from 0, after the title and the date line."


# Characters XML 1.0 cannot hold (python-docx refuses them): C0 controls bar tab and newlines.
_NOT_XML = pattern(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(value: Any) -> Any:
    """The view with every string stripped of what XML cannot hold."""
    if isinstance(value, str):
        return _NOT_XML.sub("", value)
    if isinstance(value, dict):
        return {k: _xml_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_xml_safe(v) for v in value]
    return value


def _cite(paragraph: Paragraph, number: int | None) -> None:
    if number is None:
        return
    run = paragraph.add_run(f" (¶{number})")
    run.italic = True


def _table(doc: Document, columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]]) -> None:
    """A table with a header row; ``columns`` are (heading, width in inches): Word and
    LibreOffice lay out equal columns otherwise, squeezing the text column."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches

    table = doc.add_table(rows=1, cols=len(columns))
    table.style = doc.styles["Light Grid Accent 1"]
    table.autofit = False
    for cell, (heading, _) in zip(table.rows[0].cells, columns, strict=True):
        cell.text = heading
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for number, row in enumerate(table.rows):
        # No row torn across a page; the header row repeats on each page the table spans.
        properties = row._tr.get_or_add_trPr()
        for tag in ("w:cantSplit", "w:tblHeader") if number == 0 else ("w:cantSplit",):
            properties.append(OxmlElement(tag))
        if number == 0:
            properties.find(qn("w:tblHeader")).set(qn("w:val"), "true")
    for index, (_, inches) in enumerate(columns):
        width = Inches(inches)
        table.columns[index].width = width
        for cell in table.columns[index].cells:
            cell.width = width


def _point(doc: Document, point: KeyPointDict) -> None:
    paragraph = doc.add_paragraph(style="List Bullet")
    if point["lead_in"]:
        paragraph.add_run(point["lead_in"] + " ").bold = True
    paragraph.add_run(f"“{point['text']}”" if point["direct"] else point["text"])
    _cite(paragraph, point["paragraph"])


def _paragraphs(numbers: Sequence[int]) -> str:
    return ", ".join(f"¶{n}" for n in numbers)


def _or_dash(value: str | None) -> str:
    return value if value else "—"


def _summary(doc: Document, view: ExportDict) -> None:
    s = view["summary"]
    doc.add_heading("Summary", level=1)
    if s["bottom_line"]:
        paragraph = doc.add_paragraph()
        paragraph.add_run("Bottom line. ").bold = True
        for i, clause in enumerate(s["bottom_line"]):
            paragraph.add_run((" " if i else "") + clause["text"])
            _cite(paragraph, clause["paragraph"])
            paragraph.add_run(".")
    for block in s["sections"]:
        doc.add_heading(block["label"], level=2)
        meta = [block["kind"], _paragraphs(block["paragraphs"]), *block["dates"]]
        if block["participants"]:
            meta.append(", ".join(block["participants"]))
        doc.add_paragraph().add_run(" · ".join(meta)).italic = True
        for point in block["points"]:
            _point(doc, point)
        if not block["points"]:
            doc.add_paragraph(block["note"] or "")


def _sections(doc: Document, view: ExportDict) -> None:
    doc.add_heading("Sections", level=1)
    rows = view["sections"]["sections"]
    if not rows:
        doc.add_paragraph("No sections.")
        return
    _table(
        doc,
        (("#", 0.35), ("Kind", 0.85), ("Section", 1.75), ("¶", 0.8), ("Participants", 1.6), ("Dates", 1.15)),
        [
            (
                str(r["number"]),
                r["kind"],
                r["label"],
                _paragraphs(r["paragraphs"]),
                _or_dash(", ".join(r["participants"])),
                _or_dash("; ".join(r["dates"])),
            )
            for r in rows
        ],
    )


def _statements(doc: Document, view: ExportDict) -> None:
    doc.add_heading("Statements by speaker", level=1)
    groups = view["quotes"]["groups"]
    if not groups:
        doc.add_paragraph("No statements in this article.")
    for group in groups:
        role = ", ".join(f for f in (group["title"], group["org"]) if f)
        doc.add_heading(f"{group['speaker']} — {role}" if role else group["speaker"], level=2)
        _table(
            doc,
            (("¶", 0.4), ("Section", 0.9), ("Cue", 1.2), ("Statement", 4.0)),
            [
                (
                    str(r["paragraph"]),
                    r["section"],
                    r["cue"],
                    f"“{r['text']}”" if r["direct"] else r["text"],
                )
                for r in group["rows"]
            ],
        )


def _timeline(doc: Document, view: ExportDict) -> None:
    doc.add_heading("Timeline", level=1)
    rows = view["timeline"]["rows"]
    if not rows:
        doc.add_paragraph("No dated events.")
        return
    _table(
        doc,
        (("Date", 1.15), ("What", 2.5), ("Where", 1.1), ("Who", 1.35), ("¶", 0.4)),
        [
            (
                r["when"],
                r["what"],
                _or_dash(r["where"]),
                _or_dash(", ".join(r["who"])),
                "—" if r["paragraph"] is None else str(r["paragraph"]),
            )
            for r in rows
        ],
    )


def _people(doc: Document, view: ExportDict) -> None:
    doc.add_heading("People", level=1)
    people = view["people"]
    if people["people"]:
        _table(
            doc,
            (
                ("Name", 1.35),
                ("Title", 1.35),
                ("Organization", 1.7),
                ("Mentions", 0.95),
                ("Statements", 1.15),
            ),
            [
                (
                    p["name"],
                    _or_dash(p["title"]),
                    _or_dash(p["org"]),
                    str(p["mentions"]),
                    str(p["statements"]),
                )
                for p in people["people"]
            ],
        )
    else:
        doc.add_paragraph("No named people.")
    if people["participants"]:
        doc.add_heading("Not named", level=2)
        for r in people["participants"]:
            doc.add_paragraph(r["role"], style="List Bullet")


def _header(doc: Document, view: ExportDict) -> None:
    s = view["summary"]
    doc.add_heading(view["title"] or "Untitled article", level=0)
    facts = (
        ("Date", "; ".join(s["dates"]) or None),
        ("Place", s["place"]),
        ("Published", s["published_when"]),
        ("Source", view["source"]["name"]),
    )
    for label, value in facts:
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(_or_dash(value))


def _stamp(doc: Document, view: ExportDict) -> None:
    published = view["published"]
    when = dt.datetime.fromisoformat(published) if published else dt.datetime(2000, 1, 1)
    props = doc.core_properties
    props.title = (view["title"] or "Untitled article")[:255]
    props.author = "briefcli"
    props.last_modified_by = "briefcli"
    props.created = when
    props.modified = when
    props.revision = 1


def _fixed_zip(data: bytes) -> bytes:
    """The same ZIP with every entry at one fixed time: equal input, equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def to_docx(view: ExportDict) -> bytes:
    """The full briefing (``views.export_view``) as the bytes of a .docx file."""
    import docx

    view = cast("ExportDict", _xml_safe(view))
    doc = docx.Document()
    _stamp(doc, view)
    _header(doc, view)
    _summary(doc, view)
    _sections(doc, view)
    _statements(doc, view)
    _timeline(doc, view)
    _people(doc, view)
    doc.add_paragraph().add_run(f"Generated by briefcli from {view['source']['name']}. {_NOTE}").italic = True
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())
