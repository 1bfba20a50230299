"""Several briefings in one output: what a command prints for several sources.

- rich, md, txt: one briefing after another, each under a line naming its source, as head(1)
  does: ``==> article.txt <==`` (on a terminal a Rich rule with the name);
- html: one page, each briefing's body in a ``<section>`` under a heading naming its source;
- json: a JSON array of the outputs one source gives; jsonl: one compact object per line;
- csv: one table, with a ``source`` column first;
- ics: one calendar with every source's events.

One source is never a batch: its output stays exactly what it was.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from briefcli.render.formats import Rendered, render

if TYPE_CHECKING:
    from rich.console import RenderableType


class Item(NamedTuple):
    """One source's view and the name its separator shows."""

    name: str
    view: Mapping[str, Any]


def header(name: str) -> str:
    """The line above each briefing of a text batch (as head(1) prints for several files)."""
    return f"==> {name} <=="


def _csv_table(view: str) -> tuple[Callable[[Any], Sequence[Mapping[str, object]]], tuple[str, ...]]:
    from briefcli.present import views

    tables: dict[str, tuple[Callable[[Any], Sequence[Mapping[str, object]]], tuple[str, ...]]] = {
        "people": (views.people_rows, views.PEOPLE_CSV_COLUMNS),
        "quotes": (views.quotes_rows, views.QUOTES_CSV_COLUMNS),
        "timeline": (lambda v: v["rows"], views.TIMELINE_CSV_COLUMNS),
    }
    return tables[view]


def _csv(view: str, items: Sequence[Item]) -> str:
    from briefcli.render.data import to_csv

    rows_of, columns = _csv_table(view)
    rows = [{"source": item.name, **row} for item in items for row in rows_of(item.view)]
    return to_csv(rows, ("source", *columns))


def _html(view: str, items: Sequence[Item]) -> str:
    """The first page's head, then each page's body in a section headed by its source."""
    pages = [str(render(view, "html", item.view)) for item in items]
    head, _, _ = pages[0].partition("<body")
    parts = [head, "<body>\n"]
    for item, page in zip(items, pages, strict=True):
        body = page.partition("<body")[2].partition(">")[2].rpartition("</body>")[0]
        name = html.escape(item.name)
        parts.append(f'<section class="source" data-source="{name}">\n<h1 class="source">{name}</h1>\n')
        parts.append(body.strip("\n") + "\n</section>\n")
    parts.append("</body>\n</html>\n")
    return "".join(parts)


def _decoded(rendered: Rendered) -> str:
    return rendered.decode("utf-8") if isinstance(rendered, bytes) else str(rendered)


def _ics(view: str, items: Sequence[Item]) -> bytes:
    """One VCALENDAR: the first calendar's header lines, then every calendar's events."""
    calendars = [_decoded(render(view, "ics", item.view)) for item in items]
    head = calendars[0].split("BEGIN:VEVENT\r\n", 1)[0].split("END:VCALENDAR\r\n", 1)[0]
    # A calendar named after one article's title would misname the others' events.
    head = "".join(
        line + "\r\n" for line in head.split("\r\n") if line and not line.startswith("X-WR-CALNAME")
    )
    events = []
    for calendar in calendars:
        body = calendar.split("END:VCALENDAR\r\n", 1)[0]
        start = body.find("BEGIN:VEVENT\r\n")
        if start >= 0:
            events.append(body[start:])
    return (head + "".join(events) + "END:VCALENDAR\r\n").encode("utf-8")


def _rich(view: str, items: Sequence[Item]) -> RenderableType:
    from rich.console import Group
    from rich.rule import Rule
    from rich.text import Text

    parts: list[RenderableType] = []
    for item in items:
        parts.append(Rule(Text(header(item.name)), style="bold"))
        parts.append(render(view, "rich", item.view))  # type: ignore[arg-type]
    return Group(*parts)


def _text(view: str, fmt: str, items: Sequence[Item]) -> str:
    blocks = []
    for item in items:
        text = str(render(view, fmt, item.view))
        line = header(item.name)
        if fmt == "md":  # "a_b.txt" must not turn italic
            from briefcli.render.templates import md_escape

            line = header(md_escape(item.name))
        blocks.append(f"{line}\n\n{text.rstrip(chr(10))}\n")
    return "\n".join(blocks)


def render_batch(view: str, fmt: str, items: Sequence[Item]) -> Rendered:
    """The views of several sources in one output of format ``fmt`` (see the module's text)."""
    if fmt == "json":
        return json.dumps([dict(item.view) for item in items], ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(str(render(view, fmt, item.view)) for item in items)
    if not items:
        return "" if fmt != "ics" else b""
    if fmt == "csv":
        return _csv(view, items)
    if fmt == "html":
        return _html(view, items)
    if fmt == "ics":
        return _ics(view, items)
    if fmt == "rich":
        return _rich(view, items)
    return _text(view, fmt, items)


def join_text(items: Sequence[tuple[str, str]]) -> str:
    """Texts of several sources one after another under their headers (a user's --template)."""
    return "\n".join(f"{header(name)}\n\n{text.rstrip(chr(10))}\n" for name, text in items)
